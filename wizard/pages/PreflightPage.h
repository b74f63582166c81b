#pragma once

#include "StepPage.h"

class QCheckBox;
class QLineEdit;
class QTableWidget;
class QTextBrowser;

namespace spuw {

// The facts with where each came from, the verdict, and every blocker with its KB sentence.
class PreflightPage final : public StepPage
{
    Q_OBJECT

public:
    explicit PreflightPage(Session *session, QWidget *parent = nullptr);
    bool validatePage() override;
    bool isComplete() const override;

protected:
    void buildBody() override;
    void onFactsRefreshed() override;

private:
    void showVerdict();

    QLabel *m_briefing = nullptr;
    QTableWidget *m_facts = nullptr;
    QTextBrowser *m_verdict = nullptr;
    QWidget *m_sanQuestion = nullptr;
    QLineEdit *m_sanAnswer = nullptr;
    QCheckBox *m_bugcheck = nullptr;
};

} // namespace spuw
