#include "personal/JsonFieldReader.h"

#include <QCoreApplication>

#include <cmath>

namespace outpace {

namespace {

QString expectText(const char *text)
{
    return QCoreApplication::translate("PersonalDataJson", text);
}

} // namespace

bool JsonFieldReader::isClean(const QString &text, bool singleLine)
{
    // A NUL cuts the text short in SQLite's functions, and a name or id shown in a list has no business
    // holding a line break or a control character; notes and reflections may hold line breaks and tabs.
    for (const QChar c : text) {
        if (c.unicode() == 0 || (singleLine && c.unicode() < 0x20))
            return false;
    }
    return true;
}

JsonFieldReader::JsonFieldReader(QJsonObject object, QString path, QStringList *errors)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_errors(errors)
{ }

QString JsonFieldReader::path(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QString JsonFieldReader::itemPath(const QString &arrayPath, qsizetype index)
{
    return arrayPath + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void JsonFieldReader::failAt(QStringList *errors, const QString &path, const QString &expected)
{
    //: %1 is the place in the file, such as profiles[2].name; %2 what was expected there.
    errors->append(QCoreApplication::translate("PersonalDataJson", "%1: expected %2").arg(path, expected));
}

void JsonFieldReader::fail(const QString &key, const QString &expected)
{
    failAt(m_errors, path(key), expected);
}

bool JsonFieldReader::present(const QString &key, Need need, const QString &expected)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isUndefined() && !value.isNull())
        return true;
    if (need == Required) {
        //: %1 is the place in the file, %2 what was expected there.
        m_errors->append(QCoreApplication::translate("PersonalDataJson", "%1: missing; expected %2")
                             .arg(path(key), expected));
    }
    return false;
}

std::optional<QString> JsonFieldReader::text(
    const QString &key, Need need, bool nonEmpty, const QString &form)
{
    const QString expected = !form.isEmpty() ? form
        : nonEmpty ? expectText(QT_TRANSLATE_NOOP("PersonalDataJson", "a non-empty text"))
                   : expectText(QT_TRANSLATE_NOOP("PersonalDataJson", "a text"));
    if (!present(key, need, expected))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    const QString text = value.toString();
    if (!value.isString() || (nonEmpty && text.trimmed().isEmpty()) || !isClean(text, nonEmpty)) {
        fail(key, expected);
        return std::nullopt;
    }
    return text;
}

std::optional<double> JsonFieldReader::number(const QString &key, double minimum, double maximum, Need need)
{
    //: %1 and %2 are the bounds.
    const QString expected
        = QCoreApplication::translate("PersonalDataJson", "a number from %1 to %2").arg(minimum).arg(maximum);
    if (!present(key, need, expected))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || number < minimum || number > maximum) {
        fail(key, expected);
        return std::nullopt;
    }
    return number;
}

std::optional<int> JsonFieldReader::integer(const QString &key, int minimum, int maximum, Need need)
{
    //: %1 and %2 are the bounds.
    const QString expected = QCoreApplication::translate("PersonalDataJson", "a whole number from %1 to %2")
                                 .arg(minimum)
                                 .arg(maximum);
    if (!present(key, need, expected))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || number != std::floor(number) || number < minimum
        || number > maximum) {
        fail(key, expected);
        return std::nullopt;
    }
    return int(number);
}

std::optional<QJsonArray> JsonFieldReader::array(const QString &key, Need need)
{
    const QString expected = expectText(QT_TRANSLATE_NOOP("PersonalDataJson", "a list"));
    if (!present(key, need, expected))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(key, expected);
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QJsonObject> JsonFieldReader::object(const QString &key, Need need)
{
    const QString expected = expectText(QT_TRANSLATE_NOOP("PersonalDataJson", "an object"));
    if (!present(key, need, expected))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        fail(key, expected);
        return std::nullopt;
    }
    return value.toObject();
}

} // namespace outpace
