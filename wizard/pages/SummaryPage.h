#pragma once

#include "StepPage.h"

class QTextBrowser;

namespace spuw {

// What happened in this run, the journal's verification, and in training the debrief: what the
// trainee did right and wrong, with the KB sentence for every mistake.
class SummaryPage final : public StepPage
{
    Q_OBJECT

public:
    explicit SummaryPage(Session *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

protected:
    void buildBody() override;

private:
    void fill();
    QTextBrowser *m_text = nullptr;
};

} // namespace spuw
