#include "BugcheckScreen.h"

#include "SystemFacts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace spuw {

BugcheckScreen::BugcheckScreen(const CrashDumpFact &dump, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("BugcheckScreen"));
    setWindowTitle(tr("Simulated server console"));
    setStyleSheet(
        QStringLiteral("QDialog { background: #0000aa; } QLabel { color: #ffffff; font-family: monospace; }"));
    auto hex = [](quint64 v) {
        return QStringLiteral("0x%1")
            .arg(v, 8, 16, QLatin1Char('0'))
            .toUpper()
            .replace(QLatin1String("0X"), QLatin1String("0x"));
    };
    auto *text = new QLabel(
        tr("A problem has been detected and Windows has been shut down to prevent damage to your computer.\n\n"
           "BAD_POOL_CALLER\n\n"
           "*** STOP: 0x%1 (%2, %3, %4, %5)\n\n"
           "Beginning dump of physical memory\nPhysical memory dump complete.\n\n"
           "(Training: the server was upgraded or reconnected while KB 817409 says it must not be.)")
            .arg(dump.bugCheckCode, 8, 16, QLatin1Char('0'))
            .arg(hex(dump.parameters[0]), hex(dump.parameters[1]), hex(dump.parameters[2]), hex(dump.parameters[3])),
        this);
    text->setObjectName(QStringLiteral("bugcheckText"));
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(640, 360);
}

} // namespace spuw
