#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

struct hive_h;

namespace spuw {

// Read-only access to a registry hive file through hivex. Key paths are relative to the hive's
// root and separated by backslashes ("ControlSet001\\Control"); names compare case-insensitively
// as Windows does. A damaged hive gives an error naming the file, never a crash.
class HiveReader
{
    Q_DECLARE_TR_FUNCTIONS(HiveReader)

public:
    HiveReader() = default;
    ~HiveReader();
    HiveReader(const HiveReader &) = delete;
    HiveReader &operator=(const HiveReader &) = delete;

    // Only a regular file of at most kMaxSize bytes is opened (hivex maps the whole file).
    static constexpr qint64 kMaxSize = qint64(2) << 30; // Windows' own limit for a hive
    bool open(const QString &path);
    bool isOpen() const { return m_hive != nullptr; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    bool hasKey(const QString &keyPath) const;
    QStringList subkeys(const QString &keyPath) const;
    // Each returns nothing when the key or value is absent, or has another type.
    std::optional<QString> string(const QString &keyPath, const QString &name) const;
    std::optional<QStringList> multiString(const QString &keyPath, const QString &name) const;
    std::optional<quint32> dword(const QString &keyPath, const QString &name) const;
    bool hasValue(const QString &keyPath, const QString &name) const;

    // The control set Windows would mount as CurrentControlSet: "ControlSet00n" from Select\Current.
    std::optional<QString> currentControlSet() const;

    // Why the key (name empty) or value cannot be read where the hive is damaged; empty when it
    // was read or is simply not there. hivex answers "not found" and "damaged" alike unless asked.
    QString readProblem(const QString &keyPath, const QString &name = QString()) const;
    // The first damage any read met, naming the file; empty when none was met.
    QString damage() const { return m_damage; }

private:
    std::size_t node(const QString &keyPath) const;
    std::size_t value(const QString &keyPath, const QString &name) const;

    hive_h *m_hive = nullptr;
    QString m_path;
    void noteDamage(const QString &what) const;

    mutable QString m_error;
    mutable QString m_damage;
    mutable QString m_lastProblem;
};

} // namespace spuw
