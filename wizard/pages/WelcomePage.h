#pragma once

#include "StepPage.h"

class QComboBox;
class QLineEdit;
class QStackedWidget;

namespace spuw {

// Mode (live Windows system, offline image folder, training scenario), journal and operator;
// starts (or resumes) the run.
class WelcomePage final : public StepPage
{
    Q_OBJECT

public:
    enum Mode { Training, OfflineImage, LiveWindows, Agent };

    explicit WelcomePage(Session *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

protected:
    void onFactsRefreshed() override;

private:
    void useSelectedSystem();
    void openJournal();
    // The details of the offline image, live and agent modes are built when one is first chosen:
    // most starts are training or live, and their line edits were a tenth of the time to the first paint.
    void showModeDetails(int mode);
    void buildAgentDetails();

    QComboBox *m_modeBox;
    QComboBox *m_scenario;
    QLineEdit *m_image = nullptr;
    QLineEdit *m_sanVolumes = nullptr;
    QLineEdit *m_agent = nullptr;
    QLineEdit *m_pairingCode = nullptr;
    QStackedWidget *m_modeDetails;
    QLabel *m_mode;
    QLineEdit *m_journal;
    QLabel *m_resume;
    QLineEdit *m_operator;
};

} // namespace spuw
