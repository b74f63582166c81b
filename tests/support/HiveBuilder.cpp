#include "HiveBuilder.h"

#include <QFile>

#include <hivex.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace spuw::test {

namespace {

QByteArray utf16z(const QString &s)
{
    QByteArray out(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
    out.append(2, '\0');
    return out;
}

} // namespace

QString HiveBuilder::minimalHive()
{
    return QStringLiteral(SPUW_TEST_DATA "/fixtures/hives/minimal");
}

void HiveBuilder::addKey(const QString &key)
{
    // Every parent must exist before its child.
    const QStringList parts = key.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    QString path;
    for (const QString &p : parts) {
        path = path.isEmpty() ? p : path + QLatin1Char('\\') + p;
        bool seen = false;
        for (const QString &k : m_keys)
            seen = seen || k.compare(path, Qt::CaseInsensitive) == 0;
        if (!seen)
            m_keys << path;
    }
}

void HiveBuilder::setRaw(const QString &key, const QString &name, int type, const QByteArray &bytes)
{
    if (!key.isEmpty())
        addKey(key);
    auto &values = m_values[key];
    for (Value &v : values) {
        if (v.name == name) {
            v = {name, type, bytes};
            return;
        }
    }
    values.append({name, type, bytes});
}

void HiveBuilder::setString(const QString &key, const QString &name, const QString &value)
{
    setRaw(key, name, hive_t_REG_SZ, utf16z(value));
}

void HiveBuilder::setExpandString(const QString &key, const QString &name, const QString &value)
{
    setRaw(key, name, hive_t_REG_EXPAND_SZ, utf16z(value));
}

void HiveBuilder::setMultiString(const QString &key, const QString &name, const QStringList &values)
{
    QByteArray bytes;
    for (const QString &v : values)
        bytes += utf16z(v);
    bytes.append(2, '\0');
    setRaw(key, name, hive_t_REG_MULTI_SZ, bytes);
}

void HiveBuilder::setDword(const QString &key, const QString &name, quint32 value)
{
    QByteArray bytes(4, '\0');
    for (int i = 0; i < 4; ++i)
        bytes[i] = char((value >> (8 * i)) & 0xFF);
    setRaw(key, name, hive_t_REG_DWORD, bytes);
}

bool HiveBuilder::write(const QString &outPath, QString *error) const
{
    QFile::remove(outPath);
    if (!QFile::copy(minimalHive(), outPath)) {
        *error = QStringLiteral("cannot copy %1 to %2").arg(minimalHive(), outPath);
        return false;
    }
    QFile::setPermissions(outPath, QFile::ReadOwner | QFile::WriteOwner);
    hive_h *h = hivex_open(QFile::encodeName(outPath).constData(), HIVEX_OPEN_WRITE);
    if (!h) {
        *error = QStringLiteral("hivex_open %1: %2").arg(outPath, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    auto nodeOf = [&](const QString &key) -> hive_node_h {
        hive_node_h n = hivex_root(h);
        for (const QString &p : key.split(QLatin1Char('\\'), Qt::SkipEmptyParts)) {
            hive_node_h child = hivex_node_get_child(h, n, p.toUtf8().constData());
            if (child == 0)
                child = hivex_node_add_child(h, n, p.toUtf8().constData());
            n = child;
            if (n == 0)
                return 0;
        }
        return n;
    };
    bool ok = true;
    for (const QString &key : m_keys)
        ok = ok && nodeOf(key) != 0;
    for (auto it = m_values.begin(); ok && it != m_values.end(); ++it) {
        const hive_node_h n = nodeOf(it.key());
        std::vector<QByteArray> names;
        std::vector<hive_set_value> set;
        names.reserve(it.value().size());
        for (const Value &v : it.value()) {
            names.push_back(v.name.toUtf8());
            hive_set_value sv;
            sv.key = names.back().data();
            sv.t = static_cast<hive_type>(v.type);
            sv.len = size_t(v.bytes.size());
            sv.value = const_cast<char *>(v.bytes.constData());
            set.push_back(sv);
        }
        ok = n != 0 && hivex_node_set_values(h, n, set.size(), set.data(), 0) == 0;
    }
    if (!ok) {
        *error = QStringLiteral("building %1: %2").arg(outPath, QString::fromLocal8Bit(std::strerror(errno)));
        hivex_close(h);
        return false;
    }
    if (hivex_commit(h, nullptr, 0) != 0) {
        *error = QStringLiteral("hivex_commit %1: %2").arg(outPath, QString::fromLocal8Bit(std::strerror(errno)));
        hivex_close(h);
        return false;
    }
    hivex_close(h);
    return true;
}

} // namespace spuw::test
