#include "CliFormat.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace outpace::cli {

void writeUsage(QTextStream &out, const QString &usage)
{
    constexpr int continuation = 4;
    QString line;
    bool first = true;
    for (const QString &word : usage.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype margin = first ? 0 : continuation;
        if (!line.isEmpty() && margin + line.size() + 1 + word.size() > lineWidth) {
            out << QString(margin, QLatin1Char(' ')) << line << '\n';
            first = false;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out << QString(first ? 0 : continuation, QLatin1Char(' ')) << line << '\n';
}

void writeWrapped(QTextStream &out, const QString &text, int indent, const QString &firstPrefix)
{
    const QString padding(indent, QLatin1Char(' '));
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"));
    bool firstLine = true;
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        if (p > 0)
            out << '\n';
        // Only ordinary spaces break lines: French keeps a no-break space before : ; ? ! and %.
        QString paragraph = paragraphs[p];
        paragraph.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
        const QStringList words = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString line;
        auto flush = [&] {
            out << (firstLine
                    ? padding.left(std::max<qsizetype>(0, indent - firstPrefix.size())) + firstPrefix
                    : padding)
                << line << '\n';
            firstLine = false;
            line.clear();
        };
        for (const QString &word : words) {
            if (!line.isEmpty() && indent + line.size() + 1 + word.size() > lineWidth)
                flush();
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        if (!line.isEmpty())
            flush();
    }
}

void writeHeading(QTextStream &out, const QString &title)
{
    out << '\n' << title.toUpper() << '\n' << QString(title.size(), QChar(0x2500)) << '\n';
}

QString elided(const QString &text, int width)
{
    if (text.size() <= width)
        return text;
    return text.left(width - 1).trimmed() + QChar(0x2026);
}

QString bar(double value, int width)
{
    const int filled = std::clamp(int(std::lround(value / 100 * width)), 0, width);
    return QString(filled, QChar(0x2588)) + QString(width - filled, QChar(0x2591));
}

QString percent(const QLocale &locale, double value, int decimals)
{
    // French writes a space before the percent sign.
    const QString number = locale.toString(value, 'f', decimals);
    return locale.language() == QLocale::French ? number + QStringLiteral("\u00a0%")
                                                : number + QLatin1Char('%');
}

QString outOf100(const QLocale &locale, double value)
{
    return locale.toString(value, 'f', 1) + QStringLiteral(" / 100");
}

QString colon(Language language)
{
    return language == Language::French ? QStringLiteral("\u00a0: ") : QStringLiteral(": ");
}

} // namespace outpace::cli
