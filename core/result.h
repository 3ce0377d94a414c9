#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace core {

/// What kind of failure an Error is; callers branch on this, users read the message.
enum class ErrorCode {
    InvalidInput, ///< the user gave something malformed (exit status 2 in the CLI)
    NotFound,
    Conflict,  ///< a rule or an existing record forbids the change
    Storage,   ///< the database refused or failed
    Integrity, ///< stored data does not match what the audit trail says
    Io,
    Cancelled,
    Forbidden, ///< the logged-in account's role may not do this, or nobody is logged in (exit status 1)
};

/// A failure with a message in the UI language and, where it applies, the place it is about
/// (file:line, field name, record).
struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
    QString where;

    QString text() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
    bool isBadInput() const { return code == ErrorCode::InvalidInput; }
};

inline Error makeError(ErrorCode code, QString message, QString where = {})
{
    return Error{code, std::move(message), std::move(where)};
}

/// A value or an Error. Core functions return this instead of throwing or using out-parameters.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace core
