#pragma once
// Strict reading of JSON written by people (catalog files, answers files, the scoring model): every
// problem is collected with the file, the field path and what was expected, and reading goes on so that
// one run reports them all.

#include "common/LocalizedText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace outpace {

// What strict reading refuses that Qt's JSON parser lets through: it keeps the last of two equal keys
// (so "profiles":[...],"profiles":[] silently drops data) and replaces bytes that are not UTF-8.
struct JsonStrictnessProblem
{
    enum class Kind { DuplicateKey, InvalidUtf8 };
    Kind kind = Kind::DuplicateKey;
    qsizetype offset = 0; // byte offset of the second key, or of the bad byte
    QString key;          // the repeated key
};

class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    explicit JsonReader(QString sourceName)
        : m_source(std::move(sourceName))
    { }

    // Parses a whole document that must be an object; a syntax error, a key given twice in one object or
    // a byte that is not UTF-8 is reported with line and column.
    std::optional<QJsonObject> parseObject(const QByteArray &bytes);

    // The first duplicate key or invalid UTF-8 byte of a document, if any; call it on syntactically valid
    // JSON (after Qt's parser accepted it).
    static std::optional<JsonStrictnessProblem> strictnessProblem(const QByteArray &bytes);
    // The problem in one sentence, without the place (the caller words the place its own way).
    static QString describe(const JsonStrictnessProblem &problem);
    // 1-based line and column of a byte offset, as people count them in an editor.
    static std::pair<qsizetype, qsizetype> lineAndColumn(const QByteArray &bytes, qsizetype offset);

    QString string(const QJsonObject &object, const QString &key, const QString &path, bool required = true);
    std::optional<double> number(
        const QJsonObject &object, const QString &key, const QString &path, bool required = true);
    QJsonArray array(
        const QJsonObject &object, const QString &key, const QString &path, bool required = true);
    QJsonObject object(
        const QJsonObject &object, const QString &key, const QString &path, bool required = true);
    QStringList stringList(
        const QJsonObject &object, const QString &key, const QString &path, bool required = true);
    LocalizedText text(const QJsonObject &object, const QString &key, const QString &path);
    // Reports keys of the object that are not in the known list (likely typos).
    void rejectUnknownKeys(const QJsonObject &object, const QStringList &known, const QString &path);

    void error(const QString &path, const QString &problem);
    bool hasErrors() const { return !m_errors.isEmpty(); }
    const QStringList &errors() const { return m_errors; }
    const QString &sourceName() const { return m_source; }

    static QString join(const QString &path, const QString &key);
    static QString index(const QString &path, qsizetype i);

private:
    QString m_source;
    QStringList m_errors;
};

} // namespace outpace
