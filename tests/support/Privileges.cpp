#include "Privileges.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

namespace spuw::test {

bool isRoot()
{
    return ::geteuid() == 0;
}

int runCommand(const QString &program, const QStringList &args, QByteArray *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QStringList asNobody(QString *why)
{
    if (!isRoot()) {
        *why = QStringLiteral("not root: cannot switch to user nobody (as this user, permissions apply already)");
        return {};
    }
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty()) {
        *why = QStringLiteral("setpriv (util-linux) is not installed");
        return {};
    }
    return {setpriv, QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
        QStringLiteral("--clear-groups"), QStringLiteral("--")};
}

ScopedMount::~ScopedMount()
{
    if (!m_target.isEmpty())
        runCommand(QStringLiteral("umount"), {QStringLiteral("-l"), m_target});
}

bool ScopedMount::bindReadOnly(const QString &source, const QString &target, QString *why)
{
    if (!isRoot()) {
        *why = QStringLiteral("not root: cannot mount");
        return false;
    }
    QByteArray out;
    if (runCommand(QStringLiteral("mount"), {QStringLiteral("--bind"), source, target}, &out) != 0) {
        *why = QStringLiteral("mount --bind failed: ") + QString::fromLocal8Bit(out).trimmed();
        return false;
    }
    m_target = target;
    if (runCommand(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), target}, &out)
        != 0) {
        *why = QStringLiteral("remounting read-only failed: ") + QString::fromLocal8Bit(out).trimmed();
        return false;
    }
    return true;
}

bool ScopedMount::tmpfs(const QString &target, int kib, QString *why)
{
    if (!isRoot()) {
        *why = QStringLiteral("not root: cannot mount a tmpfs");
        return false;
    }
    QByteArray out;
    if (runCommand(QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=%1k,mode=0755").arg(kib), QStringLiteral("tmpfs"), target},
            &out)
        != 0) {
        *why = QStringLiteral("mount -t tmpfs failed: ") + QString::fromLocal8Bit(out).trimmed();
        return false;
    }
    m_target = target;
    return true;
}

bool fillDisk(const QString &folder, QString *why)
{
    QFile filler(folder + QStringLiteral("/filler"));
    if (!filler.open(QIODevice::WriteOnly)) {
        *why = filler.errorString();
        return false;
    }
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) { }
    // The last partial block: byte by byte until nothing more fits.
    while (filler.write("x", 1) == 1 && filler.flush()) { }
    return true;
}

} // namespace spuw::test
