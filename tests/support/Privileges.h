#pragma once

#include <QString>
#include <QStringList>

namespace spuw::test {

// What CI (root) and a developer (often not root) can both run: an unprivileged user through
// setpriv, a read-only bind mount, a small tmpfs. Each says why when it cannot be had, so a test
// skips with that reason instead of passing without checking anything.
bool isRoot();

// The command prefix that runs a program as user nobody (setpriv); empty with *why set when this
// process is not root or setpriv is missing. Folders the program needs must be open to others.
QStringList asNobody(QString *why);

// A mount that is undone when it goes out of scope.
class ScopedMount
{
public:
    ScopedMount() = default;
    ~ScopedMount();
    ScopedMount(const ScopedMount &) = delete;
    ScopedMount &operator=(const ScopedMount &) = delete;

    // `source` shown read-only at `target` (an existing, empty folder).
    bool bindReadOnly(const QString &source, const QString &target, QString *why);
    // A tmpfs of `kib` KiB at `target`.
    bool tmpfs(const QString &target, int kib, QString *why);
    QString path() const { return m_target; }

private:
    QString m_target;
};

// Runs a command, returning its exit code (-1 when it could not run); output into *output.
int runCommand(const QString &program, const QStringList &args, QByteArray *output = nullptr);

// Fills the file system holding `folder` until not a byte more fits (a file named "filler").
bool fillDisk(const QString &folder, QString *why);

} // namespace spuw::test
