// Child process of TestRunState's kill test (and the reliability suite): a trainee walks a training
// scenario through a real Session and journal, resuming the journal's unfinished run if there is
// one. After every durable record it prints "state SEQ JSON" (the run's state as the live session
// sees it), so the parent knows what was promised before it kills us; "opened" first, "finished"
// when the run has ended.
#include "ProbeFactory.h"
#include "Session.h"
#include "Trainee.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: walk_writer JOURNAL SCENARIO SEED\n");
        return 2;
    }
    QString error;
    spuw::Session s(spuw::ProbeFactory::scenario(QString::fromLocal8Bit(argv[2]), &error));
    if (!s.probe()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    s.setOperatorName(QStringLiteral("Kill Test"));
    if (!s.openJournal(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(s.recordingError()));
        return 1;
    }
    QObject::connect(&s, &spuw::Session::recorded, [&s](const spuw::JournalRecord &r) {
        std::printf("state %lld %s\n", static_cast<long long>(r.seq),
            QJsonDocument(s.stateJson()).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    });
    std::printf("opened\n");
    std::fflush(stdout);
    spuw::test::Trainee t(s, quint32(QByteArray(argv[3]).toUInt()), 0.15);
    while (t.step() != spuw::test::Trainee::Move::Done && t.moves() < 400) { }
    std::printf("finished %d\n", s.isFinished() ? 1 : 0);
    std::fflush(stdout);
    return 0;
}
