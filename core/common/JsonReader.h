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
    class Fields;

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

// The fields of one object from outside read as a cursor (personal-data imports): numbers checked against
// their range, and every problem noted with its full path ("profiles[2].plans[0].checkins[3].week: expected
// an ISO week such as 2026-W48"), so that a refused file is explained all at once. Places are written with
// JsonReader's join and index, as in every other reader of outside JSON.
class JsonReader::Fields
{
public:
    enum Need { Required, Optional };

    Fields(QJsonObject object, QString path, QStringList *errors);

    // The path of a field of this object, and of an item of an array field (JsonReader::join and index).
    QString path(const QString &key) const { return JsonReader::join(m_path, key); }
    static QString itemPath(const QString &arrayPath, qsizetype index)
    {
        return JsonReader::index(arrayPath, index);
    }

    // `expected` replaces "a text" in the message when the text has a form of its own (a date, a week).
    std::optional<QString> text(
        const QString &key, Need need, bool nonEmpty = false, const QString &expected = {});
    std::optional<double> number(const QString &key, double minimum, double maximum, Need need = Required);
    std::optional<int> integer(const QString &key, int minimum, int maximum, Need need = Required);
    std::optional<QJsonArray> array(const QString &key, Need need = Required);
    std::optional<QJsonObject> object(const QString &key, Need need = Required);
    // The field as it is, for a value judged by a rule of its own (a profile name).
    QJsonValue value(const QString &key) const { return m_object.value(key); }
    // A value that must match a pattern or parse; `expected` says what was wanted, e.g. "a date such as …".
    void fail(const QString &key, const QString &expected);
    static void failAt(QStringList *errors, const QString &path, const QString &expected);
    // No NUL anywhere, and for a single-line text (a name, an id) no control character.
    static bool isClean(const QString &text, bool singleLine);

private:
    // False (and an error for a required field) when the field is absent or null.
    bool present(const QString &key, Need need, const QString &expected);

    QJsonObject m_object;
    QString m_path;
    QStringList *m_errors;
};

} // namespace outpace
