#include "SanVolumesAnswer.h"

#include "SystemFacts.h"

namespace spuw {

SanVolumesAnswer SanVolumesAnswer::parse(const QString &text)
{
    SanVolumesAnswer a;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return a;
    if (t.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        a.state = State::Answered;
        return a;
    }
    QString normalised = t;
    normalised.replace(QLatin1Char(';'), QLatin1Char(','));
    normalised.replace(QLatin1Char(' '), QLatin1Char(','));
    for (const QString &part : normalised.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const QString v = SystemFacts::normaliseVolume(part, &ok);
        if (!ok) {
            a.state = State::Invalid;
            a.volumes.clear();
            a.error = tr("\"%1\" is not a drive letter: give drive letters such as E:, F: or say none.").arg(part);
            return a;
        }
        if (!a.volumes.contains(v))
            a.volumes << v;
    }
    if (a.volumes.isEmpty()) {
        a.state = State::Invalid;
        a.error = tr("\"%1\" names no drive letter: give drive letters such as E:, F: or say none.").arg(t);
        return a;
    }
    a.state = State::Answered;
    return a;
}

QString SanVolumesAnswer::format(const QStringList &volumes)
{
    return volumes.isEmpty() ? QStringLiteral("none") : volumes.join(QStringLiteral(", "));
}

} // namespace spuw
