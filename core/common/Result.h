#pragma once
// Errors are values: every reader of outside data returns a Result whose error text names the file,
// the place and what was expected, so one caller can show it to the user as it is.

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace outpace {

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { } // NOLINT(google-explicit-constructor)

    static Result failure(QString message) { return Result(QStringList{std::move(message)}); }
    static Result failure(QStringList messages) { return Result(std::move(messages)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    // All the problems found, one per line; readers that keep going after a problem report each.
    const QStringList &errors() const { return m_errors; }
    QString error() const { return m_errors.join(QLatin1Char('\n')); }

private:
    explicit Result(QStringList errors)
        : m_errors(std::move(errors))
    { }

    std::optional<T> m_value;
    QStringList m_errors;
};

// For operations that produce nothing but can fail.
struct Done
{ };
using Status = Result<Done>;
inline Status success()
{
    return Status(Done{});
}

} // namespace outpace
