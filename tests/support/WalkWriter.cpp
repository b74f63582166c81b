// A journal writer that is a trainee walking training scenarios through a real Session: it resumes
// the journal's unfinished run when there is one (the scenario that run began with), walks it to its
// end with a few mistakes, and starts the next scenario, until it is killed. It speaks
// WriterProtocol.h: "opened", then after every durable record its seq and hash plus the run's state
// as the live session sees it ("state"), so the parent can rebuild the run from the journal after a
// kill and compare. Used by TestRunState and the reliability suite.
//     walk_writer [--seed N] [--walks N] JOURNAL
#include "Journal.h"
#include "ProbeFactory.h"
#include "RunState.h"
#include "Scenario.h"
#include "Session.h"
#include "Trainee.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace {

void say(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// The scenario of the journal's newest run when it is unfinished: the walk goes on there.
QString unfinishedScenario(const QString &path)
{
    spuw::Journal j;
    if (!j.open(path, spuw::Journal::Mode::ReadOnly))
        return {};
    const QStringList runs = j.runIds();
    if (runs.isEmpty())
        return {};
    const spuw::RunState run = spuw::RunState::replay(j.records(runs.last()));
    return run.isFinished() ? QString() : run.scenarioName();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    quint32 seed = 1;
    int walks = -1; // until killed
    while (args.size() > 1) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--seed") && args.size() > 1)
            seed = args.takeFirst().toUInt();
        else if (a == QLatin1String("--walks") && args.size() > 1)
            walks = args.takeFirst().toInt();
        else
            break;
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: walk_writer [--seed N] [--walks N] JOURNAL\n");
        return 2;
    }
    const QString path = args.first();
    const QStringList scenarios = spuw::Scenario::builtInNames();
    for (int walk = 0; walks < 0 || walk < walks; ++walk) {
        QString scenario = unfinishedScenario(path);
        if (scenario.isEmpty())
            scenario = scenarios.at(int((seed + quint32(walk)) % quint32(scenarios.size())));
        QString error;
        spuw::Session s(spuw::ProbeFactory::scenario(scenario, &error));
        if (!s.probe()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        s.setOperatorName(QStringLiteral("Kill Test"));
        if (!s.openJournal(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(s.recordingError()));
            return 1;
        }
        QObject::connect(&s, &spuw::Session::recorded, [&s](const spuw::JournalRecord &r) {
            say(QJsonObject{{QStringLiteral("event"), QStringLiteral("durable")}, {QStringLiteral("seq"), r.seq},
                {QStringLiteral("hash"), QString::fromLatin1(r.hash)}, {QStringLiteral("state"), s.stateJson()}});
        });
        say(QJsonObject{{QStringLiteral("event"), QStringLiteral("opened")}, {QStringLiteral("scenario"), scenario}});
        spuw::test::Trainee t(s, seed * 7919u + quint32(walk), 0.15);
        while (t.step() != spuw::test::Trainee::Move::Done && t.moves() < 400) { }
        if (!s.isFinished())
            s.finishRun(); // a walk that cannot end right (a fault) still ends, as not complete
        say(QJsonObject{
            {QStringLiteral("event"), QStringLiteral("finished")}, {QStringLiteral("complete"), s.isFinished()}});
    }
    return 0;
}
