#pragma once

#include "validation/FieldError.h"

#include <utility>
#include <variant>

namespace nacre {

// Either a value or the field-level reasons it could not be made; never a half-filled object.
// (std::expected is C++23; this is the small part of it Nacre needs.)
template <typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(FieldErrors errors)
        : m_data(std::in_place_index<1>, std::move(errors))
    {
        Q_ASSERT(!std::get<1>(m_data).isEmpty());
    }
    Result(FieldError error)
        : Result(FieldErrors {std::move(error)})
    { }

    bool isOk() const { return m_data.index() == 0; }
    explicit operator bool() const { return isOk(); }

    const T& value() const&
    {
        Q_ASSERT(isOk());
        return std::get<0>(m_data);
    }
    T&& value() &&
    {
        Q_ASSERT(isOk());
        return std::get<0>(std::move(m_data));
    }
    T valueOr(T fallback) const { return isOk() ? std::get<0>(m_data) : std::move(fallback); }

    const FieldErrors& errors() const
    {
        static const FieldErrors none;
        return isOk() ? none : std::get<1>(m_data);
    }
    // The first error, for single-field validators whose callers show one message.
    FieldError error() const { return isOk() ? FieldError {} : std::get<1>(m_data).constFirst(); }

private:
    std::variant<T, FieldErrors> m_data;
};

} // namespace nacre
