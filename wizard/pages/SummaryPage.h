#pragma once

#include "StepPage.h"

class QPushButton;
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

Q_SIGNALS:
    // A cluster run whose other nodes follow: the operator connects to the next one.
    void nextNodeRequested();

protected:
    void buildBody() override;
    bool readsServer() const override;

private:
    void fill();
    QTextBrowser *m_text = nullptr;
    QPushButton *m_nextNode = nullptr;
};

} // namespace spuw
