#include "JournalRecord.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace spuw {

QJsonObject JournalRecord::evidenceObject() const
{
    return QJsonDocument::fromJson(evidence.toUtf8()).object();
}

QByteArray JournalRecord::canonical() const
{
    const QJsonObject o{{QStringLiteral("seq"), seq}, {QStringLiteral("run_id"), runId},
        {QStringLiteral("computer"), computer}, {QStringLiteral("os_account"), osAccount},
        {QStringLiteral("operator"), operatorName}, {QStringLiteral("utc"), utc.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("step_id"), stepId}, {QStringLiteral("kind"), kind}, {QStringLiteral("training"), training},
        {QStringLiteral("evidence"), evidence}, {QStringLiteral("prev_hash"), QString::fromLatin1(prevHash)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray JournalRecord::computeHash() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash);
    h.addData(QByteArrayView("\n"));
    h.addData(canonical());
    return h.result().toHex();
}

QJsonObject JournalRecord::toJson() const
{
    return QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("run_id"), runId},
        {QStringLiteral("computer"), computer}, {QStringLiteral("os_account"), osAccount},
        {QStringLiteral("operator"), operatorName}, {QStringLiteral("utc"), utc.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("step_id"), stepId}, {QStringLiteral("kind"), kind}, {QStringLiteral("training"), training},
        {QStringLiteral("evidence"), evidenceObject()}, {QStringLiteral("prev_hash"), QString::fromLatin1(prevHash)},
        {QStringLiteral("hash"), QString::fromLatin1(hash)}};
}

} // namespace spuw
