#pragma once

#include "ByteSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <optional>

namespace spuw {

// An input the wizard reads but does not trust: a file of a server image, a scenario, a report.
// Only a regular file is opened; a FIFO (which would block the reader forever), a device
// (/dev/zero never ends), a socket or a folder is refused, and so is a symbolic link that loops.
// Links to regular files are followed, as a mounted image may hold them. Opening never blocks,
// and files larger than the limit are refused before anything is read. Every refusal names the
// file and says why in plain words.
class InputFile final : public formats::ByteSource
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    InputFile() = default;
    ~InputFile() override;
    InputFile(const InputFile &) = delete;
    InputFile &operator=(const InputFile &) = delete;

    // maxSize < 0: no limit (the readers only read the ranges they need).
    bool open(const QString &path, qint64 maxSize = -1);
    QString errorString() const { return m_error; }

    std::uint64_t size() const override { return m_size; }
    bool read(std::uint64_t offset, std::size_t length, std::uint8_t *out) override;

    // The whole file, for small inputs (JSON); nothing with *error set when it cannot be read.
    static std::optional<QByteArray> readAll(const QString &path, qint64 maxSize, QString *error);
    // Whether `path` could be opened as an input, for readers that open the file themselves (hivex).
    static QString problemWith(const QString &path, qint64 maxSize);
    // Why the folder `dir` cannot be listed or entered; empty when it can.
    static QString folderProblem(const QString &dir);

private:
    int m_fd = -1; // Unix
    QFile m_file; // elsewhere
    std::uint64_t m_size = 0;
    QString m_error;
};

} // namespace spuw
