// A value or an error message, returned by operations that can fail on bad input or I/O; or cancelled, when
// the person declined or stopped it (a dialog closed, a progress cancelled): not a failure to report.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace coach {

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }
    static Result cancelled()
    {
        Result r;
        r.m_cancelled = true;
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    // Not ok, and nothing to report: the person cancelled.
    bool isCancelled() const { return m_cancelled; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
    bool m_cancelled = false;
};

// For operations that return nothing but may fail, or be cancelled.
class [[nodiscard]] Status
{
public:
    static Status success() { return Status(); }
    static Status failure(QString message)
    {
        Status s;
        s.m_error = std::move(message);
        s.m_failed = true;
        return s;
    }
    static Status cancelled()
    {
        Status s;
        s.m_failed = true;
        s.m_cancelled = true;
        return s;
    }
    bool ok() const { return !m_failed; }
    // Not ok, and nothing to report: the person cancelled.
    bool isCancelled() const { return m_cancelled; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
    bool m_cancelled = false;
};

} // namespace coach
