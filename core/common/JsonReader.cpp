#include "common/JsonReader.h"

#include "common/Utf8.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>
#include <QSet>

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

} // namespace outpace
