#include "research/SqliteStatement.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#if __has_include(<dlfcn.h>)
#include <dlfcn.h>
#define OUTPACE_HAVE_DLFCN 1
#endif

namespace outpace {

namespace {

// Whether the driver's code calls the sqlite3_* functions this program calls: a Qt built with its own copy
// of SQLite would answer to the same version yet keep its own global state (mutexes, allocator, VFS list).
bool driverUsesOurLibrary(const QSqlDriver *driver)
{
#ifdef OUTPACE_HAVE_DLFCN
    // The driver's meta-object lives in the plugin (or program) that holds the driver's code.
    Dl_info plugin;
    if (dladdr(driver->metaObject(), &plugin) == 0 || !plugin.dli_fname)
        return false;
    void *library = dlopen(plugin.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (!library)
        return false;
    // Looked up from the plugin: its own definition if it has one, else the library it was linked with.
    void *theirs = dlsym(library, "sqlite3_libversion");
    dlclose(library);
    return theirs && theirs == reinterpret_cast<void *>(&sqlite3_libversion);
#else
    Q_UNUSED(driver)
    return false;
#endif
}

} // namespace

sqlite3 *sqliteHandleOf(const QSqlDatabase &database)
{
    const QSqlDriver *driver = database.driver();
    if (!driver || !database.isOpen())
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return nullptr;

    // Asked through Qt SQL, so answered by the SQLite code that runs this connection.
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) || !query.next())
        return nullptr;
    if (query.value(0).toString() != QLatin1String(sqlite3_libversion())
        || query.value(1).toString() != QLatin1String(sqlite3_sourceid()))
        return nullptr;
    query.finish();
    if (!driverUsesOurLibrary(driver))
        return nullptr;
    return connection;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement); // a no-op on nullptr
}

void SqliteStatement::check(int code)
{
    if (code != SQLITE_OK && !m_failed) {
        m_failed = true;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
    }
}

bool SqliteStatement::prepare(QByteArrayView sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_failed = false;
    m_error.clear();
    check(sqlite3_prepare_v3(
        m_connection, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr));
    if (!m_failed && !m_statement) {
        m_failed = true; // only white space or a comment
        m_error = QStringLiteral("empty statement");
    }
    return !m_failed;
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    if (m_failed)
        return;
    // SQLITE_STATIC: no copy; the caller keeps the bytes until exec() returns. An empty view may have no
    // data pointer, which SQLite would store as NULL: give it an empty string instead.
    const char *data = utf8.isEmpty() ? "" : utf8.data();
    check(sqlite3_bind_text(m_statement, index, data, int(utf8.size()), SQLITE_STATIC));
}

void SqliteStatement::bindText(int index, QStringView text)
{
    if (m_failed)
        return;
    const void *data = text.isEmpty() ? static_cast<const void *>(u"") : text.utf16();
    check(sqlite3_bind_text16(m_statement, index, data, int(text.size() * 2), SQLITE_STATIC));
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    if (!m_failed)
        check(sqlite3_bind_int64(m_statement, index, value));
}

void SqliteStatement::bindDouble(int index, double value)
{
    if (!m_failed)
        check(sqlite3_bind_double(m_statement, index, value));
}

void SqliteStatement::bindNull(int index)
{
    if (!m_failed)
        check(sqlite3_bind_null(m_statement, index));
}

bool SqliteStatement::exec()
{
    if (!m_failed) {
        const int stepped = sqlite3_step(m_statement);
        if (stepped != SQLITE_DONE) {
            m_failed = true;
            m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
        }
    }
    if (m_statement) {
        // Resetting also ends a failed step; its code repeats the step's error, already kept.
        sqlite3_reset(m_statement);
        // The texts were bound without a copy and are about to go away.
        sqlite3_clear_bindings(m_statement);
    }
    const bool done = !m_failed;
    m_failed = false;
    return done;
}

} // namespace outpace
