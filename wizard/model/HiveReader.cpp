#include "HiveReader.h"

#include "InputFile.h"

#include <QFileInfo>

#include <hivex.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace spuw {

HiveReader::~HiveReader()
{
    if (m_hive)
        hivex_close(m_hive);
}

bool HiveReader::open(const QString &path)
{
    if (m_hive) {
        hivex_close(m_hive);
        m_hive = nullptr;
    }
    m_path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        m_error = tr("%1: no such registry hive.").arg(path);
        return false;
    }
    // A FIFO would block hivex forever, a device never ends: regular files only.
    if (const QString problem = InputFile::problemWith(path, kMaxSize); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    if (info.size() < 4096) {
        m_error = tr("%1 is not a usable registry hive (only %2 bytes; a hive has at least a 4096-byte base block).")
                      .arg(path, QString::number(info.size()));
        return false;
    }
    errno = 0;
    // Flags 0: read-only. hivex never writes a hive opened without HIVEX_OPEN_WRITE.
    m_hive = hivex_open(QFile::encodeName(path).constData(), 0);
    if (!m_hive) {
        const int err = errno;
        m_error = tr("%1 is not a readable registry hive: %2").arg(path, QString::fromLocal8Bit(std::strerror(err)));
        return false;
    }
    // A hive whose root cannot be read is as useless as one that did not open.
    if (hivex_root(m_hive) == 0) {
        m_error = tr("%1 is a damaged registry hive: its root key cannot be read.").arg(path);
        hivex_close(m_hive);
        m_hive = nullptr;
        return false;
    }
    m_error.clear();
    m_damage.clear();
    return true;
}

void HiveReader::noteDamage(const QString &what) const
{
    m_lastProblem = what;
    if (m_damage.isEmpty())
        m_damage = tr("%1 is damaged: %2").arg(m_path, what);
}

std::size_t HiveReader::node(const QString &keyPath) const
{
    if (!m_hive)
        return 0;
    hive_node_h n = hivex_root(m_hive);
    const QStringList parts = keyPath.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (n == 0)
            return 0;
        errno = 0;
        n = hivex_node_get_child(m_hive, n, part.toUtf8().constData());
        if (n == 0 && errno != 0 && errno != ENOENT) {
            m_error = tr("%1: damaged key %2: %3").arg(m_path, keyPath, QString::fromLocal8Bit(std::strerror(errno)));
            noteDamage(tr("key %1 cannot be read (%2)").arg(keyPath, QString::fromLocal8Bit(std::strerror(errno))));
        }
    }
    return n;
}

QString HiveReader::readProblem(const QString &keyPath, const QString &name) const
{
    m_lastProblem.clear();
    if (name.isNull()) {
        node(keyPath);
        return m_lastProblem;
    }
    const hive_value_h v = value(keyPath, name);
    if (v == 0)
        return m_lastProblem;
    hive_type type;
    size_t len = 0;
    errno = 0;
    if (hivex_value_type(m_hive, v, &type, &len) != 0) {
        noteDamage(
            tr("value %1\\%2 cannot be read (%3)").arg(keyPath, name, QString::fromLocal8Bit(std::strerror(errno))));
        return m_lastProblem;
    }
    errno = 0;
    char *data = hivex_value_value(m_hive, v, &type, &len);
    if (!data)
        noteDamage(
            tr("value %1\\%2 cannot be read (%3)").arg(keyPath, name, QString::fromLocal8Bit(std::strerror(errno))));
    std::free(data);
    return m_lastProblem;
}

std::size_t HiveReader::value(const QString &keyPath, const QString &name) const
{
    const hive_node_h n = node(keyPath);
    if (n == 0)
        return 0;
    errno = 0;
    const hive_value_h v = hivex_node_get_value(m_hive, n, name.toUtf8().constData());
    if (v == 0 && errno != 0 && errno != ENOENT)
        noteDamage(
            tr("value %1\\%2 cannot be read (%3)").arg(keyPath, name, QString::fromLocal8Bit(std::strerror(errno))));
    return v;
}

bool HiveReader::hasKey(const QString &keyPath) const
{
    return node(keyPath) != 0;
}

bool HiveReader::hasValue(const QString &keyPath, const QString &name) const
{
    return value(keyPath, name) != 0;
}

QStringList HiveReader::subkeys(const QString &keyPath) const
{
    QStringList out;
    const hive_node_h n = node(keyPath);
    if (n == 0)
        return out;
    errno = 0;
    hive_node_h *children = hivex_node_children(m_hive, n);
    if (!children) {
        if (errno != 0)
            noteDamage(
                tr("the subkeys of %1 cannot be read (%2)").arg(keyPath, QString::fromLocal8Bit(std::strerror(errno))));
        return out;
    }
    for (hive_node_h *c = children; *c; ++c) {
        errno = 0;
        char *name = hivex_node_name(m_hive, *c);
        if (name) {
            out << QString::fromUtf8(name);
            std::free(name);
        } else {
            noteDamage(tr("a subkey's name cannot be read under %1 (%2)")
                           .arg(keyPath.isEmpty() ? tr("the root key") : keyPath,
                               QString::fromLocal8Bit(std::strerror(errno))));
        }
    }
    std::free(children);
    return out;
}

std::optional<QString> HiveReader::string(const QString &keyPath, const QString &name) const
{
    const hive_value_h v = value(keyPath, name);
    if (v == 0)
        return std::nullopt;
    hive_type type;
    size_t len = 0;
    if (hivex_value_type(m_hive, v, &type, &len) != 0
        || (type != hive_t_REG_SZ && type != hive_t_REG_EXPAND_SZ && type != hive_t_REG_LINK))
        return std::nullopt;
    char *s = hivex_value_string(m_hive, v);
    if (!s)
        return std::nullopt;
    const QString out = QString::fromUtf8(s);
    std::free(s);
    return out;
}

std::optional<QStringList> HiveReader::multiString(const QString &keyPath, const QString &name) const
{
    const hive_value_h v = value(keyPath, name);
    if (v == 0)
        return std::nullopt;
    hive_type type;
    size_t len = 0;
    if (hivex_value_type(m_hive, v, &type, &len) != 0)
        return std::nullopt;
    if (type == hive_t_REG_SZ || type == hive_t_REG_EXPAND_SZ) {
        // Some tools write a single page file as REG_SZ; Windows accepts it.
        if (auto s = string(keyPath, name))
            return QStringList{*s};
        return std::nullopt;
    }
    if (type != hive_t_REG_MULTI_SZ)
        return std::nullopt;
    char **list = hivex_value_multiple_strings(m_hive, v);
    if (!list)
        return std::nullopt;
    // REG_MULTI_SZ ends at the first empty string, as Windows reads it; hivex also returns the
    // terminating empty string as an element.
    QStringList out;
    bool ended = false;
    for (char **p = list; *p; ++p) {
        ended = ended || **p == '\0';
        if (!ended)
            out << QString::fromUtf8(*p);
        std::free(*p);
    }
    std::free(list);
    return out;
}

std::optional<quint32> HiveReader::dword(const QString &keyPath, const QString &name) const
{
    const hive_value_h v = value(keyPath, name);
    if (v == 0)
        return std::nullopt;
    hive_type type;
    size_t len = 0;
    if (hivex_value_type(m_hive, v, &type, &len) != 0
        || (type != hive_t_REG_DWORD && type != hive_t_REG_DWORD_BIG_ENDIAN) || len < 4)
        return std::nullopt;
    errno = 0;
    const int32_t d = hivex_value_dword(m_hive, v);
    if (d == -1 && errno != 0)
        return std::nullopt;
    return static_cast<quint32>(d);
}

std::optional<QString> HiveReader::currentControlSet() const
{
    const auto current = dword(QStringLiteral("Select"), QStringLiteral("Current"));
    if (!current || *current == 0 || *current > 999)
        return std::nullopt;
    const QString name = QStringLiteral("ControlSet%1").arg(*current, 3, 10, QLatin1Char('0'));
    if (!hasKey(name))
        return std::nullopt;
    return name;
}

} // namespace spuw
