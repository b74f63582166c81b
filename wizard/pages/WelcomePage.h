#pragma once

#include "StepPage.h"

class QLineEdit;

namespace spuw {

// Mode, journal and operator; starts (or resumes) the run.
class WelcomePage final : public StepPage
{
    Q_OBJECT

public:
    explicit WelcomePage(Session *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

protected:
    void onFactsRefreshed() override;

private:
    QLabel *m_mode;
    QLabel *m_journal;
    QLabel *m_resume;
    QLineEdit *m_operator;
};

} // namespace spuw
