#pragma once

#include <QWizardPage>

class QLabel;

namespace spuw {

class Session;

class WelcomePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(Session *session, QWidget *parent = nullptr);

    void initializePage() override;

private:
    Session *m_session;
    QLabel *m_intro;
    QLabel *m_mode;
};

} // namespace spuw
