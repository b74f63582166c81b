#include "WriterProtocol.h"

#include "Journal.h"
#include "RunState.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace spuw::test {

std::optional<WriterLine> parseWriterLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    WriterLine w;
    w.raw = doc.object();
    w.event = w.raw.value(QStringLiteral("event")).toString();
    w.seq = w.raw.value(QStringLiteral("seq")).toInteger();
    w.hash = w.raw.value(QStringLiteral("hash")).toString().toLatin1();
    return w;
}

std::optional<WriterLine> lastDurable(const QByteArray &output)
{
    std::optional<WriterLine> last;
    const QList<QByteArray> lines = output.split('\n');
    // The final element follows the last newline: a line still being written when the kill came.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        auto w = parseWriterLine(lines.at(i));
        if (w && w->event == QLatin1String("durable"))
            last = w;
    }
    return last;
}

bool saidEvent(const QByteArray &output, const QString &event)
{
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const auto w = parseWriterLine(lines.at(i));
        if (w && w->event == event)
            return true;
    }
    return false;
}

QString journalHoldsWhatWasPromised(const QString &journal, const std::optional<WriterLine> &last)
{
    // Killed before it had created the journal, or before its first write was committed: nothing
    // was promised, and an absent or empty file holds all of that.
    if (!last && QFileInfo(journal).size() == 0)
        return {};
    Journal j;
    if (!j.open(journal, Journal::Mode::ReadOnly))
        return QStringLiteral("cannot open: ") + j.errorString();
    QList<JournalRecord> records;
    const Journal::VerifyResult v = j.verify(&records);
    if (!v.ok)
        return QStringLiteral("verification failed at record %1: %2").arg(v.firstBadSeq).arg(v.problem);
    if (!last)
        return {};
    if (v.records < last->seq)
        return QStringLiteral("record %1 was reported durable, but only %2 records are there")
            .arg(last->seq)
            .arg(v.records);
    if (records.at(last->seq - 1).hash != last->hash)
        return QStringLiteral("record %1 has another hash than the one reported durable").arg(last->seq);
    return {};
}

QString runStateIsWhatWasReported(const QString &journal, const std::optional<WriterLine> &last)
{
    if (!last || !last->raw.value(QStringLiteral("state")).isObject())
        return {};
    const QJsonObject reported = last->raw.value(QStringLiteral("state")).toObject();
    Journal j;
    if (!j.open(journal, Journal::Mode::ReadOnly))
        return QStringLiteral("cannot open: ") + j.errorString();
    QList<JournalRecord> upTo;
    for (const JournalRecord &r : j.records(reported.value(QStringLiteral("run_id")).toString())) {
        if (r.seq <= last->seq)
            upTo << r;
    }
    const RunState run = RunState::replay(upTo);
    const QJsonObject rebuilt = run.toJson(run.lastServer(), run.capabilities(), true, {});
    if (rebuilt == reported)
        return {};
    for (auto it = reported.begin(); it != reported.end(); ++it) {
        if (rebuilt.value(it.key()) != it.value())
            return QStringLiteral("record %1: the run rebuilt from the journal differs in \"%2\" from the state "
                                  "the writer reported")
                .arg(last->seq)
                .arg(it.key());
    }
    return QStringLiteral("record %1: the run rebuilt from the journal differs from the reported state").arg(last->seq);
}

} // namespace spuw::test
