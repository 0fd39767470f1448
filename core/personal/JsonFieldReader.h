#pragma once
// Reads the fields of one JSON object from outside and notes every problem with its full path
// ("profiles[2].plans[0].checkins[3].week: expected an ISO week such as 2026-W48"), so that a refused file
// is explained all at once instead of one error per attempt.

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace outpace {

class JsonFieldReader
{
public:
    enum Need { Required, Optional };

    JsonFieldReader(QJsonObject object, QString path, QStringList *errors);

    // The path of a field of this object, and of an item of an array field.
    QString path(const QString &key) const;
    static QString itemPath(const QString &arrayPath, qsizetype index);

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
