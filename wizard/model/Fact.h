#pragma once

#include <QString>

#include <optional>

namespace spuw {

// Where a fact came from. An Unknown fact has no value and is never guessed.
enum class FactOrigin { Unknown, Probe, File, Operator, Scenario };

QString factOriginName(FactOrigin origin);
FactOrigin factOriginFromName(const QString &name, bool *ok = nullptr);

template<typename T> struct Fact
{
    std::optional<T> value;
    FactOrigin origin = FactOrigin::Unknown;
    QString source; // the file, registry value or question it was read from

    bool known() const { return value.has_value(); }
    const T &get() const { return *value; }
    T valueOr(const T &fallback) const { return value.value_or(fallback); }
    void set(T v, FactOrigin o, const QString &src = {})
    {
        value = std::move(v);
        origin = o;
        source = src;
    }
    void clear()
    {
        value.reset();
        origin = FactOrigin::Unknown;
        source.clear();
    }
};

} // namespace spuw
