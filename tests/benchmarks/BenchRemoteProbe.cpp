// A remote probe round trip over loopback against a local probe of the same Wine prefix: what the
// agent (TCP, the handshake, HMAC-SHA1 on both sides, the report carried as JSON) adds to the probe.
//   local probe:    `wine spuw-live-probe.exe`, the report printed (includes starting a Windows process)
//   remote probe:   RemoteProbe::probeRemote(): connect, pair, identity, probe, report interpreted
//   agent's own:    connect, pair and one identity question: the cost of the protocol without a probe
//   probe in agent: remote probe minus the agent's own cost: the probe itself, done by the agent
// Usage: BenchRemoteProbe [ROUNDS]   (needs the x86_64 agent built and Wine, as TestRemoteProbe)

#include "BenchStats.h"
#include "RemoteProbe.h"
#include "WinePrefix.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>

#include <cstdio>

using namespace spuw;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(3, std::atoi(argv[1])) : 21;
    const QString probeExe = QStringLiteral(SPUW_WIN64_DIR "/spuw-live-probe.exe");
    test::Wine wine(QDir::currentPath() + QStringLiteral("/bench-wine-prefix"));
    QString error;
    if (!wine.create(&error)) {
        std::fprintf(stderr, "Wine: %s\n", qPrintable(error));
        return 1;
    }
    quint16 port = 0;
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        port = s.serverPort();
    }
    QProcess agent;
    agent.setProcessEnvironment(wine.environment());
    agent.start(QStringLiteral(SPUW_WINE),
        {probeExe, QStringLiteral("--serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
    QByteArray out;
    QElapsedTimer wait;
    wait.start();
    while (!out.contains("Pairing code: ") || !out.endsWith('\n')) {
        if (wait.elapsed() > 60000 || agent.state() == QProcess::NotRunning) {
            std::fprintf(stderr, "the agent did not start: %s\n", out.constData());
            return 1;
        }
        agent.waitForReadyRead(200);
        out += agent.readAllStandardOutput();
    }
    const auto code = agent::PairingCode::normalize(out.mid(out.indexOf("Pairing code: ") + 14, 34).toStdString());
    const RemoteProbe remote(AgentAddress{QStringLiteral("127.0.0.1"), port}, *code, QStringList{QStringLiteral("E:")});

    std::vector<double> localMs, remoteMs, ownMs, reportBytes;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        QByteArray json;
        if (wine.wine({probeExe}, &json) != 0) {
            std::fprintf(stderr, "the local probe failed\n");
            return 1;
        }
        localMs.push_back(t.nsecsElapsed() / 1e6);
        reportBytes.push_back(double(json.size()));

        t.restart();
        const RemoteProbe::Outcome o = remote.probeRemote();
        remoteMs.push_back(t.nsecsElapsed() / 1e6);
        if (!o.answered()) {
            std::fprintf(stderr, "the remote probe failed: %s\n", qPrintable(o.problem));
            return 1;
        }

        t.restart();
        if (!remote.identity().ok()) {
            std::fprintf(stderr, "the identity failed\n");
            return 1;
        }
        ownMs.push_back(t.nsecsElapsed() / 1e6);
    }
    agent.kill();
    agent.waitForFinished();
    wine.wine({probeExe, QStringLiteral("--forget-pairing")});
    wine.stopServer();

    const double local = bench::median(localMs);
    const double remoteMedian = bench::median(remoteMs);
    const double own = bench::median(ownMs);
    std::printf("BenchRemoteProbe: %d rounds, medians; report of %.0f bytes\n", rounds, bench::median(reportBytes));
    std::printf("  local probe (wine spuw-live-probe.exe):      %8.2f ms\n", local);
    std::printf("  remote probe (RemoteProbe::probeRemote):     %8.2f ms   (%.2f x the local probe)\n", remoteMedian,
        remoteMedian / local);
    std::printf("  agent's own cost (connect, pair, identity):  %8.2f ms   (%.1f %% of the remote probe)\n", own,
        100.0 * own / remoteMedian);
    std::printf("  the probe inside the agent (remote - own):   %8.2f ms\n", remoteMedian - own);
    return 0;
}
