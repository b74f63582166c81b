#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace spuw {

// The operator's answer to "which volumes are on the SAN?", read in one place with one meaning
// everywhere (command line, welcome page, preflight page): nothing typed is no answer (the plan asks);
// "none" is the answer "no SAN volumes"; otherwise drive letters separated by commas or blanks.
struct SanVolumesAnswer
{
    Q_DECLARE_TR_FUNCTIONS(SanVolumesAnswer)

public:
    enum class State { NotAnswered, Answered, Invalid };
    State state = State::NotAnswered;
    QStringList volumes; // "E:", upper case, each once; empty with Answered means none
    QString error; // Invalid: which part is not a drive letter

    static SanVolumesAnswer parse(const QString &text);
    // How the answer is written back ("E:, F:" or "none"); empty when not answered.
    static QString format(const QStringList &volumes);
    bool answered() const { return state == State::Answered; }
};

} // namespace spuw
