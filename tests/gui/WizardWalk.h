#pragma once

// Drives the real UpgradeWizard as an operator would, for the GUI tests and the screenshot tour.
#include "Session.h"
#include "SimulatedProbe.h"
#include "StepPage.h"
#include "UpgradeWizard.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QPushButton>
#include <QtTest>

#include <memory>

namespace spuw::test {

// Drives the real QWizard as an operator would: buttons by object name, Next when it is enabled.
class Walk
{
public:
    Walk(const QString &scenario, const QString &journal, std::shared_ptr<SimulatedServer> server = nullptr)
    {
        QString error;
        if (!server)
            server = std::make_shared<SimulatedServer>(*Scenario::load(scenario, &error));
        m_server = server;
        session = std::make_unique<Session>(std::make_unique<SimulatedProbe>(server));
        session->openJournal(journal);
        wizard = std::make_unique<UpgradeWizard>(session.get());
        wizard->show();
    }
    // A real (or injected live) system instead of a training scenario.
    Walk(std::unique_ptr<Probe> probe, const QString &journal)
    {
        session = std::make_unique<Session>(std::move(probe));
        session->openJournal(journal);
        wizard = std::make_unique<UpgradeWizard>(session.get());
        wizard->show();
    }
    std::shared_ptr<SimulatedServer> server() const { return m_server; }

    bool idle() const
    {
        auto *page = qobject_cast<StepPage *>(wizard->currentPage());
        return page && !page->isProbing();
    }
    QAbstractButton *forward() const
    {
        for (auto which : {QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton}) {
            QAbstractButton *b = wizard->button(which);
            if (b->isVisible())
                return b;
        }
        return nullptr;
    }
    bool canGoOn() const { return idle() && forward() && forward()->isEnabled(); }
    QPushButton *button(const QString &name) const { return wizard->findChild<QPushButton *>(name); }

    std::unique_ptr<Session> session;
    std::unique_ptr<UpgradeWizard> wizard;

private:
    std::shared_ptr<SimulatedServer> m_server;
};

// Polls every millisecond, not every 50 ms as QTRY_* does: a walk waits for a probe at every step,
// and the coarse steps made a walk wait several times longer than the wizard took.
template<typename Condition> bool waitUntil(Condition condition, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(1);
    }
    return true;
}

#define WAIT_UNTIL(expr) QVERIFY2(spuw::test::waitUntil([&] { return bool(expr); }), #expr)
#define WAIT_IDLE(walk) WAIT_UNTIL((walk).idle())
#define PRESS(walk, name)                                                                                              \
    do {                                                                                                               \
        WAIT_IDLE(walk);                                                                                               \
        QPushButton *b_ = (walk).button(QStringLiteral(name));                                                         \
        QVERIFY2(b_, name);                                                                                            \
        QVERIFY2(b_->isVisible() && b_->isEnabled(), name);                                                            \
        b_->click();                                                                                                   \
        WAIT_IDLE(walk);                                                                                               \
    } while (false)
#define ROOM(walk, action) PRESS(walk, "room-" action)
#define NEXT(walk, expectedPage)                                                                                       \
    do {                                                                                                               \
        WAIT_UNTIL((walk).canGoOn());                                                                                  \
        (walk).forward()->click();                                                                                     \
        WAIT_UNTIL((walk).wizard->currentId() == int(expectedPage));                                                   \
        QCOMPARE((walk).wizard->currentId(), int(expectedPage));                                                       \
        WAIT_IDLE(walk);                                                                                               \
    } while (false)

// KB 817409's standalone steps 2 to 4 done right in the simulated server room, from the SAN
// disconnection page (the backup recorded) to the reattachment page. A failure is a test failure;
// the caller checks QTest::currentTestFailed() before going on.
inline void walkFromSanDisconnectToReattach(Walk &walk)
{
    using W = UpgradeWizard;
    ROOM(walk, "disconnect-san");
    PRESS(walk, "check-disconnect-san");
    NEXT(walk, W::UpgradePageId);
    ROOM(walk, "upgrade-windows");
    PRESS(walk, "check-upgrade-windows");
    NEXT(walk, W::SecurePathReinstallPageId);
    ROOM(walk, "install-securepath-4.0a");
    PRESS(walk, "check-install-securepath-2003");
    NEXT(walk, W::SanReattachPageId);
}

} // namespace spuw::test
