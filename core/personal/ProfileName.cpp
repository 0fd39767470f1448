#include "personal/ProfileName.h"

namespace outpace {

namespace {

bool isPrintable(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control: // escape codes, line breaks, NUL
    case QChar::Other_Format:  // invisible marks such as right-to-left overrides
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

} // namespace

QString ProfileName::expectedForm()
{
    //: %1 is the largest number of characters.
    return tr("a non-empty text of at most %1 printable characters").arg(maximumLength);
}

Result<QString> ProfileName::check(const QString &name)
{
    const QString kept = name.normalized(QString::NormalizationForm_C).trimmed();
    if (kept.isEmpty())
        return Result<QString>::failure(tr("A profile needs a name."));
    for (qsizetype i = 0; i < kept.size(); ++i) {
        // A lone surrogate is no character at all.
        if (kept.at(i).isSurrogate()) {
            if (!kept.at(i).isHighSurrogate() || i + 1 >= kept.size() || !kept.at(i + 1).isLowSurrogate())
                return Result<QString>::failure(tr("A profile name must hold only printable characters."));
            ++i;
            continue;
        }
        if (!isPrintable(kept.at(i))) {
            //: %1 is the position of the character in the name, counted from 1.
            return Result<QString>::failure(
                tr("A profile name must hold only printable characters; character %1 is not one.")
                    .arg(kept.left(i).toUcs4().size() + 1));
        }
    }
    if (kept.toUcs4().size() > maximumLength) {
        return Result<QString>::failure(
            tr("A profile name may have at most %1 characters.").arg(maximumLength));
    }
    return kept;
}

QString ProfileName::printable(const QString &name)
{
    QString shown;
    shown.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            shown += c;
            shown += name.at(++i);
        } else {
            shown += c.isSurrogate() || !isPrintable(c) ? QChar(QChar::ReplacementCharacter) : c;
        }
    }
    return shown;
}

QString ProfileName::comparisonKey(const QString &name)
{
    // Compatibility forms fold "ﬁ" into "fi" and full-width letters into plain ones; case folding then
    // makes "Zoé" and "ZOÉ" equal.
    return name.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
}

} // namespace outpace
