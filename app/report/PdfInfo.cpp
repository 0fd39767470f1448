#include "PdfInfo.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace outpace {

namespace {

class PdfInfoTexts
{
    Q_DECLARE_TR_FUNCTIONS(PdfInfo)
};

// A PDF text string: UTF-16BE with a byte-order mark, in hex, so any character survives.
QByteArray textString(const QString &text)
{
    QByteArray bytes("<FEFF");
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

} // namespace

Result<QByteArray> PdfInfo::appendTo(const QByteArray &pdf) const
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startAt < trailerAt)
        return Result<QByteArray>::failure(PdfInfoTexts::tr("the PDF has no trailer"));
    const QString tail = QString::fromLatin1(pdf.mid(trailerAt));
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(tail);
    const QRegularExpressionMatch root
        = QRegularExpression(QStringLiteral("/Root\\s+(\\d+ \\d+ R)")).match(tail);
    const QRegularExpressionMatch info
        = QRegularExpression(QStringLiteral("/Info\\s+(\\d+) (\\d+) R")).match(tail);
    const QRegularExpressionMatch start
        = QRegularExpression(QStringLiteral("startxref\\s+(\\d+)")).match(tail);
    if (!size.hasMatch() || !root.hasMatch() || !info.hasMatch() || !start.hasMatch())
        return Result<QByteArray>::failure(PdfInfoTexts::tr("the PDF's trailer lacks /Size, /Root or /Info"));

    // Keep Qt's creation date: it is when the pages were drawn.
    QByteArray created;
    const QRegularExpressionMatch date = QRegularExpression(QStringLiteral("/CreationDate\\s*(\\([^)]*\\))"))
                                             .match(QString::fromLatin1(pdf));
    if (date.hasMatch())
        created = "/CreationDate " + date.captured(1).toLatin1() + '\n';

    QByteArray update = pdf;
    if (!update.endsWith('\n'))
        update += '\n';
    const qsizetype objectAt = update.size();
    const QByteArray number = info.captured(1).toLatin1();
    const QByteArray generation = info.captured(2).toLatin1();
    update += number + ' ' + generation + " obj\n<<\n/Title " + textString(title) + "\n/Author "
        + textString(author) + "\n/Subject " + textString(subject) + "\n/Creator " + textString(creator)
        + "\n/Producer " + textString(producer) + '\n' + created + ">>\nendobj\n";
    const qsizetype xrefAt = update.size();
    // Each cross-reference entry is exactly 20 bytes: offset, generation, "n", space, newline.
    update += "xref\n" + number + " 1\n" + QByteArray::number(objectAt).rightJustified(10, '0') + ' '
        + generation.rightJustified(5, '0') + " n \n";
    update += "trailer\n<<\n/Size " + size.captured(1).toLatin1() + "\n/Root " + root.captured(1).toLatin1()
        + "\n/Info " + number + ' ' + generation + " R\n/Prev " + start.captured(1).toLatin1()
        + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return update;
}

} // namespace outpace
