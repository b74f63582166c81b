#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace spuw::test {

// Grows a real regf hive from the minimal fixture through hivex's write API, so the readers are
// tested against what hivex (and Windows) really lay out on disk.
class HiveBuilder
{
public:
    void addKey(const QString &key);
    void setString(const QString &key, const QString &name, const QString &value);
    void setExpandString(const QString &key, const QString &name, const QString &value);
    void setMultiString(const QString &key, const QString &name, const QStringList &values);
    void setDword(const QString &key, const QString &name, quint32 value);
    void setRaw(const QString &key, const QString &name, int type, const QByteArray &bytes);

    bool write(const QString &outPath, QString *error) const;

    static QString minimalHive(); // tests/data/fixtures/hives/minimal

private:
    struct Value
    {
        QString name;
        int type;
        QByteArray bytes;
    };
    QStringList m_keys; // in order of creation
    QMap<QString, QList<Value>> m_values;
};

} // namespace spuw::test
