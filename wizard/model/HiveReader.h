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

private:
    std::size_t node(const QString &keyPath) const;
    std::size_t value(const QString &keyPath, const QString &name) const;

    hive_h *m_hive = nullptr;
    QString m_path;
    mutable QString m_error;
};

} // namespace spuw
