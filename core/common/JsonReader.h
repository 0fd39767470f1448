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

class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    explicit JsonReader(QString sourceName)
        : m_source(std::move(sourceName))
    { }

    // Parses a whole document that must be an object; a syntax error is reported with line and column.
    std::optional<QJsonObject> parseObject(const QByteArray &bytes);

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
