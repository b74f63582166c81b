#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace spuw::test {

// What a journal writer under test tells its parent: one JSON object a line on stdout, flushed
// before it does anything else, so a parent that kills it knows what it had promised.
//   {"event":"opened","head_seq":N}                 the journal is open for writing
//   {"event":"durable","seq":N,"hash":"HEX"}        Journal::append() returned: the record is on disk
//   {"event":"mid-write"}                           (--die-mid-write) a write is under way; kill now
// Any writer may be plugged into the reliability suite if it speaks this: the built-in
// journal_writer, or one that drives scripted wizard walks through the Session.
struct WriterLine
{
    QString event;
    qint64 seq = 0;
    QByteArray hash;
    QJsonObject raw; // the whole line, for writers that say more
};

std::optional<WriterLine> parseWriterLine(const QByteArray &line);
// The last "durable" line among the complete lines of `output` (a line cut by the kill is ignored).
std::optional<WriterLine> lastDurable(const QByteArray &output);
bool saidEvent(const QByteArray &output, const QString &event);

// After a writer was killed: what is wrong with the journal, given the last record it reported
// durable (none when it reported none). Empty when all is well. More checks (say, rebuilding the
// run state from the journal and comparing it with what the writer reported) have the same shape.
using DurabilityCheck = std::function<QString(const QString &journal, const std::optional<WriterLine> &last)>;

// The journal opens for reading and verifies, and the last reported record is there with the
// reported hash (so every record before it is too: the chain holds them).
QString journalHoldsWhatWasPromised(const QString &journal, const std::optional<WriterLine> &last);
// For writers that report the run's state with each record (walk_writer): the run replayed from the
// journal up to the last reported record is exactly the state reported for it.
QString runStateIsWhatWasReported(const QString &journal, const std::optional<WriterLine> &last);

} // namespace spuw::test
