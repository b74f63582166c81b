#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace spuw {

// One event of an upgrade run. The hash chains it to the record before it.
struct JournalRecord
{
    qint64 seq = 0;
    QString runId;
    QString computer;
    QString osAccount;
    QString operatorName;
    QDateTime utc;
    QString stepId;
    QString kind; // see JournalKind
    bool training = false;
    QString evidence; // compact JSON text, hashed exactly as stored
    QByteArray prevHash; // hex
    QByteArray hash; // hex

    QJsonObject evidenceObject() const;
    // The bytes the hash covers: every field but the hash itself, as compact JSON with sorted keys.
    QByteArray canonical() const;
    // The original definition of the canonical form, kept so tests can prove canonical() is the same.
    QByteArray canonicalThroughQJson() const;
    QByteArray computeHash() const;
    QJsonObject toJson() const;
};

namespace JournalKind {
inline const QString RunStarted = QStringLiteral("run-started");
inline const QString Verified = QStringLiteral("verified");
inline const QString Attested = QStringLiteral("attested");
inline const QString Decision = QStringLiteral("decision");
inline const QString Failure = QStringLiteral("failure");
inline const QString Resumed = QStringLiteral("resumed");
inline const QString Probed = QStringLiteral("probed");
inline const QString Reopened = QStringLiteral("reopened");
inline const QString Note = QStringLiteral("note");
inline const QString RunFinished = QStringLiteral("run-finished");
} // namespace JournalKind

} // namespace spuw
