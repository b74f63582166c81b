#pragma once

#include "StepPage.h"

class QLineEdit;

namespace spuw {

// KB 817409's last standalone step: the SAN back, every volume the server had before visible again.
// When a volume does not come back: what to check (zoning, LUN presentation, Secure Path's paths),
// "check again", and an escalation recorded in the journal that lets the run end honestly as not
// complete.
class SanReattachPage final : public StepPage
{
    Q_OBJECT

public:
    explicit SanReattachPage(Session *session, QWidget *parent = nullptr);
    void initializePage() override;

protected:
    void buildBody() override;
    void onFactsRefreshed() override;
    void onStepAnswered(StepId step, bool ok) override;

private:
    void escalate();
    void updateTrouble();

    QLabel *m_instruction = nullptr;
    QLabel *m_volumes = nullptr;
    QLabel *m_guidance = nullptr;
    QWidget *m_escalation = nullptr;
    QLineEdit *m_escalateTo = nullptr;
    QPushButton *m_escalate = nullptr;
    QLabel *m_escalated = nullptr;
    bool m_checkRefused = false; // a check found a volume missing
};

} // namespace spuw
