#include "common/JsonReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

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

std::optional<QJsonObject> JsonReader::parseObject(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // People fix files by line and column, not byte offset.
        const QByteArray before = bytes.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        m_errors << tr("%1: line %2, column %3: malformed JSON: %4")
                        .arg(m_source)
                        .arg(line)
                        .arg(column)
                        .arg(parseError.errorString());
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
