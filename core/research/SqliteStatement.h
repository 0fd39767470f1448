#pragma once
// The SQLite C API under a Qt SQL connection, for the bulk writes of the research import: Qt SQL wraps every
// bound value in a QVariant and looks its placeholder up by name, which cost as much as SQLite's own work.
// Only used when Qt's driver runs the very SQLite library this program links; otherwise the caller keeps to
// Qt SQL. Transactions stay with Qt SQL (SqlTransaction): both act on the same connection.

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

struct sqlite3;
struct sqlite3_stmt;

namespace outpace {

// The connection's sqlite3 handle when it may be driven through the C API: the driver gives a sqlite3*, the
// SQLite that runs the connection reports the version and source id of the library linked here, and the
// driver's own calls resolve to that same library (not a copy built into Qt). nullptr otherwise, and on
// platforms where this cannot be checked.
sqlite3 *sqliteHandleOf(const QSqlDatabase &database);

// One prepared statement, finalized when destroyed. Every call is checked: the first failure is kept, and
// exec() reports it, so values can be bound one after the other without testing each.
class SqliteStatement
{
public:
    explicit SqliteStatement(sqlite3 *connection)
        : m_connection(connection)
    { }
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(QByteArrayView sql);
    // Texts are bound without a copy: they must stay alive and unchanged until exec() returns.
    void bindText(int index, QByteArrayView utf8);
    void bindText(int index, QStringView text);
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindNull(int index);
    // Runs the statement, which returns no row, and makes it ready for the next values. False on the first
    // failure since the previous exec(), of a bind or of the statement.
    bool exec();
    // What SQLite said about the failure.
    const QString &error() const { return m_error; }

private:
    void check(int code);

    sqlite3 *m_connection;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    bool m_failed = false;
};

} // namespace outpace
