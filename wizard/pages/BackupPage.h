#pragma once

#include "StepPage.h"

class QLineEdit;

namespace spuw {

class BackupPage final : public StepPage
{
    Q_OBJECT

public:
    explicit BackupPage(Session *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

protected:
    void buildBody() override;
    void onFactsRefreshed() override;
    bool stepInputComplete(StepId step) const override;

private:
    QLineEdit *m_media = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_when = nullptr;
    QString m_node; // whose backup the fields describe: a cluster's next node starts with empty fields
};

} // namespace spuw
