#include "common/JsonReader.h"

#include "common/Utf8.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>
#include <QSet>

#include <cmath>

namespace outpace {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonReader::tr("null");
    case QJsonValue::Bool:
        return JsonReader::tr("true/false");
    case QJsonValue::Double:
        return JsonReader::tr("a number");
    case QJsonValue::String:
        return JsonReader::tr("a string");
    case QJsonValue::Array:
        return JsonReader::tr("a list");
    case QJsonValue::Object:
        return JsonReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonReader::tr("nothing");
}

} // namespace

std::pair<qsizetype, qsizetype> JsonReader::lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return {line, utf8Length(bytes.constData() + lineStart, offset - lineStart) + 1};
}

std::optional<JsonStrictnessProblem> JsonReader::strictnessProblem(const QByteArray &bytes)
{
    if (const qsizetype bad = firstInvalidUtf8(bytes.constData(), bytes.size()); bad >= 0)
        return JsonStrictnessProblem{JsonStrictnessProblem::Kind::InvalidUtf8, bad, {}};
    // One set of keys per open object; arrays push nothing. Strings are skipped whole, so brackets and
    // quotes inside them do not count.
    QList<QSet<QString>> objects;
    QList<char> open;
    bool expectKey = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '"') {
            const qsizetype start = i;
            QByteArray raw;
            for (++i; i < bytes.size() && bytes.at(i) != '"'; ++i) {
                if (bytes.at(i) == '\\' && i + 1 < bytes.size())
                    raw += bytes.at(i++);
                raw += bytes.at(i);
            }
            if (expectKey && !objects.isEmpty()) {
                // The key as the parser sees it, escapes resolved, so "a" and "\u0061" are one key.
                const QJsonDocument decoded
                    = QJsonDocument::fromJson(QByteArray("[\"") + raw + QByteArray("\"]"));
                const QString key = decoded.array().at(0).toString();
                if (objects.last().contains(key))
                    return JsonStrictnessProblem{JsonStrictnessProblem::Kind::DuplicateKey, start, key};
                objects.last().insert(key);
                expectKey = false;
            }
        } else if (c == '{') {
            objects.append(QSet<QString>());
            open.append('{');
            expectKey = true;
        } else if (c == '[') {
            open.append('[');
            expectKey = false;
        } else if (c == '}' || c == ']') {
            if (!open.isEmpty()) {
                if (open.takeLast() == '{')
                    objects.removeLast();
            }
            expectKey = false;
        } else if (c == ',') {
            expectKey = !open.isEmpty() && open.last() == '{';
        }
    }
    return std::nullopt;
}

QString JsonReader::describe(const JsonStrictnessProblem &problem)
{
    if (problem.kind == JsonStrictnessProblem::Kind::InvalidUtf8)
        return tr("a byte that is not UTF-8; expected text encoded in UTF-8");
    //: %1 is a key of a JSON object.
    return tr("the key \"%1\" appears a second time in the same object; expected each key once")
        .arg(problem.key);
}

std::optional<QJsonObject> JsonReader::parseObject(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // People fix files by line and column, not byte offset.
        const auto [line, column] = lineAndColumn(bytes, parseError.offset);
        m_errors << tr("%1: line %2, column %3: malformed JSON: %4")
                        .arg(m_source)
                        .arg(line)
                        .arg(column)
                        .arg(parseError.errorString());
        return std::nullopt;
    }
    if (const std::optional<JsonStrictnessProblem> problem = strictnessProblem(bytes)) {
        const auto [line, column] = lineAndColumn(bytes, problem->offset);
        //: %1 is a file name, %4 the problem found there.
        m_errors
            << tr("%1: line %2, column %3: %4").arg(m_source).arg(line).arg(column).arg(describe(*problem));
        return std::nullopt;
    }
    if (!document.isObject()) {
        m_errors << tr("%1: expected a JSON object at the top level").arg(m_source);
        return std::nullopt;
    }
    return document.object();
}

void JsonReader::error(const QString &path, const QString &problem)
{
    if (path.isEmpty())
        m_errors << QStringLiteral("%1: %2").arg(m_source, problem);
    else
        m_errors << QStringLiteral("%1: %2: %3").arg(m_source, path, problem);
}

QString JsonReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonReader::index(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString JsonReader::string(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            error(join(path, key), tr("missing; expected a string"));
        return {};
    }
    if (!value.isString()) {
        error(join(path, key), tr("expected a string, found %1").arg(typeName(value)));
        return {};
    }
    return value.toString();
}

std::optional<double> JsonReader::number(
    const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            error(join(path, key), tr("missing; expected a number"));
        return std::nullopt;
    }
    if (!value.isDouble()) {
        error(join(path, key), tr("expected a number, found %1").arg(typeName(value)));
        return std::nullopt;
    }
    return value.toDouble();
}

QJsonArray JsonReader::array(
    const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            error(join(path, key), tr("missing; expected a list"));
        return {};
    }
    if (!value.isArray()) {
        error(join(path, key), tr("expected a list, found %1").arg(typeName(value)));
        return {};
    }
    return value.toArray();
}

QJsonObject JsonReader::object(
    const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            error(join(path, key), tr("missing; expected an object"));
        return {};
    }
    if (!value.isObject()) {
        error(join(path, key), tr("expected an object, found %1").arg(typeName(value)));
        return {};
    }
    return value.toObject();
}

QStringList JsonReader::stringList(
    const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    QStringList list;
    const QJsonArray items = array(object, key, path, required);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isString())
            error(index(join(path, key), i), tr("expected a string, found %1").arg(typeName(items[i])));
        else
            list << items[i].toString();
    }
    return list;
}

LocalizedText JsonReader::text(const QJsonObject &object, const QString &key, const QString &path)
{
    const QString here = join(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        error(here, tr("missing; expected a text with \"en\" and \"fr\""));
        return {};
    }
    if (!value.isObject()) {
        error(here, tr("expected a text object with \"en\" and \"fr\", found %1").arg(typeName(value)));
        return {};
    }
    const QJsonObject languages = value.toObject();
    LocalizedText text;
    text.en = string(languages, QStringLiteral("en"), here);
    text.fr = string(languages, QStringLiteral("fr"), here);
    if (languages.contains(QStringLiteral("en")) && text.en.trimmed().isEmpty())
        error(join(here, QStringLiteral("en")), tr("empty; expected the English text"));
    if (languages.contains(QStringLiteral("fr")) && text.fr.trimmed().isEmpty())
        error(join(here, QStringLiteral("fr")), tr("empty; expected the French text"));
    rejectUnknownKeys(languages, {QStringLiteral("en"), QStringLiteral("fr")}, here);
    return text;
}

void JsonReader::rejectUnknownKeys(const QJsonObject &object, const QStringList &known, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            error(join(path, it.key()),
                tr("unknown field; expected one of: %1").arg(known.join(QStringLiteral(", "))));
    }
}

// JsonReader::Fields

namespace {

QString fieldsExpectText(const char *text)
{
    return QCoreApplication::translate("PersonalDataJson", text);
}

} // namespace

bool JsonReader::Fields::isClean(const QString &text, bool singleLine)
{
    // A NUL cuts the text short in SQLite's functions, and a name or id shown in a list has no business
    // holding a line break or a control character; notes and reflections may hold line breaks and tabs.
    for (const QChar c : text) {
        if (c.unicode() == 0 || (singleLine && c.unicode() < 0x20))
            return false;
    }
    return true;
}

JsonReader::Fields::Fields(QJsonObject object, QString path, QStringList *errors)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_errors(errors)
{ }

void JsonReader::Fields::failAt(QStringList *errors, const QString &path, const QString &expected)
{
    //: %1 is the place in the file, such as profiles[2].name; %2 what was expected there.
    errors->append(QCoreApplication::translate("PersonalDataJson", "%1: expected %2").arg(path, expected));
}

void JsonReader::Fields::fail(const QString &key, const QString &expected)
{
    failAt(m_errors, path(key), expected);
}

bool JsonReader::Fields::present(const QString &key, Need need, const QString &expected)
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

std::optional<QString> JsonReader::Fields::text(
    const QString &key, Need need, bool nonEmpty, const QString &form)
{
    const QString expected = !form.isEmpty() ? form
        : nonEmpty ? fieldsExpectText(QT_TRANSLATE_NOOP("PersonalDataJson", "a non-empty text"))
                   : fieldsExpectText(QT_TRANSLATE_NOOP("PersonalDataJson", "a text"));
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

std::optional<double> JsonReader::Fields::number(
    const QString &key, double minimum, double maximum, Need need)
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

std::optional<int> JsonReader::Fields::integer(const QString &key, int minimum, int maximum, Need need)
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

std::optional<QJsonArray> JsonReader::Fields::array(const QString &key, Need need)
{
    const QString expected = fieldsExpectText(QT_TRANSLATE_NOOP("PersonalDataJson", "a list"));
    if (!present(key, need, expected))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(key, expected);
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QJsonObject> JsonReader::Fields::object(const QString &key, Need need)
{
    const QString expected = fieldsExpectText(QT_TRANSLATE_NOOP("PersonalDataJson", "an object"));
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
