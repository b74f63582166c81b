#pragma once

#include "StepPage.h"

#include <QMap>

class QComboBox;
class QGridLayout;
class QLineEdit;

namespace spuw {

// What the command line named as the system to work on, shown on the welcome page so the operator
// sees (and may change) it; `problem` says why it could not be used (a scenario file with a syntax
// error, say): the window opens anyway and says so.
struct SystemPreset
{
    QString scenario; // a built-in scenario's name or a scenario file
    QString image; // the offline image's folder
    QString sanVolumes; // as given: "E:, F:" or "none"; empty when not given
    QString agent; // host[:port] of a server running the agent
    QString problem;
};

// Mode (live Windows system, offline image folder, training scenario), journal and operator;
// starts (or resumes) the run.
class WelcomePage final : public StepPage
{
    Q_OBJECT

public:
    enum Mode { Training, OfflineImage, LiveWindows, Agent };

    explicit WelcomePage(Session *session, QWidget *parent = nullptr);
    void setPreset(const SystemPreset &preset);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

protected:
    void onFactsRefreshed() override;

private:
    void useSelectedSystem();
    void useScenarioFile(const QString &path);
    void openJournal();
    // The details of the offline image, live and agent modes are built when one is first chosen:
    // most starts are training or live, and their line edits were a tenth of the time to the first paint.
    void showModeDetails(int mode);
    void buildAgentDetails();
    void updateBriefing();
    void updateOperatorHint();

    QComboBox *m_modeBox;
    QComboBox *m_scenario;
    QLineEdit *m_image = nullptr;
    QLineEdit *m_sanVolumes = nullptr;
    QLineEdit *m_agent = nullptr;
    QLineEdit *m_pairingCode = nullptr;
    // The form's rows: each mode's rows are shown in that mode only.
    enum Row {
        RowMode,
        RowScenario,
        RowScenarioFile,
        RowImage,
        RowImageSan,
        RowLive,
        RowAgent,
        RowPairing,
        RowAgentHint,
        RowUse,
        RowNow,
        RowJournal,
        RowOperator,
        RowOperatorHint,
    };
    QGridLayout *m_form = nullptr;
    QMap<int, QList<QWidget *>> m_modeRows;
    QLabel *m_mode;
    QLabel *m_briefing;
    QLineEdit *m_journal;
    QLabel *m_resume;
    QLineEdit *m_operator;
    QLabel *m_operatorHint;
    SystemPreset m_preset;
    bool m_presetShown = false;
};

} // namespace spuw
