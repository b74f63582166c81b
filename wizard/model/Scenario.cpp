#include "Scenario.h"

#include "StepCatalogue.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace spuw {

QByteArray Scenario::stripComments(const QByteArray &text)
{
    // Copies the text between comments in runs (a character at a time was most of the cost of
    // listing the scenarios' titles when the wizard opens).
    QByteArray out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype runStart = 0;
    bool inString = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text.at(i);
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character cannot end the string
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '/' && i + 1 < n && text.at(i + 1) == '/') {
            out.append(text.constData() + runStart, i - runStart);
            while (i < n && text.at(i) != '\n')
                ++i;
            runStart = i; // the newline ending the comment is kept
        }
    }
    out.append(text.constData() + runStart, n - runStart);
    return out;
}

std::optional<Scenario> Scenario::loadFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the scenario: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return parse(f.readAll(), path, error);
}

std::optional<Scenario> Scenario::parse(const QByteArray &text, const QString &source, QString *error)
{
    const QByteArray json = stripComments(text);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(pe.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(pe.offset - before.lastIndexOf('\n'));
        *error = tr("%1:%2:%3: not valid JSON: %4").arg(source).arg(line).arg(column).arg(pe.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("%1: expected a JSON object at the top level.").arg(source);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    auto fail = [&](const QString &field, const QString &expected) {
        *error = tr("%1: field %2: expected %3.").arg(source, field, expected);
        return std::nullopt;
    };
    const QStringList known{QStringLiteral("schema"), QStringLiteral("name"), QStringLiteral("title"),
        QStringLiteral("briefing"), QStringLiteral("expected_procedure"), QStringLiteral("facts"),
        QStringLiteral("faults")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(it.key(), tr("one of %1 (unknown keys are errors)").arg(known.join(QStringLiteral(", "))));
    }
    if (o.value(QLatin1String("schema")).toInt(-1) != kSchema)
        return fail(QStringLiteral("schema"), tr("%1").arg(kSchema));
    Scenario s;
    s.source = source;
    for (const auto &[key, target] : {std::pair{"name", &s.name}, std::pair{"title", &s.title},
             std::pair{"briefing", &s.briefing}, std::pair{"expected_procedure", &s.expectedProcedure}}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return fail(QLatin1String(key), tr("a non-empty string"));
        *target = v.toString();
    }
    const auto expected = StepCatalogue::procedureFromKey(s.expectedProcedure);
    if (!expected || *expected == Procedure::Undetermined) {
        QStringList procedures;
        for (Procedure p : {Procedure::Standalone, Procedure::Clustered, Procedure::Recovery,
                 Procedure::InstallSecurePathFirst, Procedure::Defer, Procedure::NotApplicable})
            procedures << StepCatalogue::procedureKey(p);
        return fail(QStringLiteral("expected_procedure"), procedures.join(QStringLiteral(", ")));
    }
    if (!o.value(QLatin1String("facts")).isObject())
        return fail(QStringLiteral("facts"), tr("an object with the server's facts"));
    QString factsError;
    auto facts = SystemFacts::fromJson(o.value(QLatin1String("facts")).toObject(), FactOrigin::Scenario, &factsError);
    if (!facts) {
        *error = tr("%1: field facts.%2.").arg(source, factsError);
        return std::nullopt;
    }
    s.facts = *facts;
    s.facts.training = true;
    if (!s.facts.computerName.known())
        return fail(QStringLiteral("facts.computer_name"), tr("the simulated server's name"));
    if (!s.facts.sanVolumes.known())
        return fail(QStringLiteral("facts.san_volumes"), tr("the SAN volumes (a list, empty when there are none)"));

    const QJsonValue faults = o.value(QLatin1String("faults"));
    if (!faults.isUndefined() && !faults.isArray())
        return fail(QStringLiteral("faults"), tr("a list of fault objects"));
    const QJsonArray list = faults.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = QStringLiteral("faults[%1]").arg(i);
        const QJsonObject f = list.at(i).toObject();
        if (!list.at(i).isObject())
            return fail(field, tr("an object"));
        for (auto it = f.begin(); it != f.end(); ++it) {
            if (!QStringList{
                    QStringLiteral("kind"), QStringLiteral("volume"), QStringLiteral("node"), QStringLiteral("times")}
                     .contains(it.key()))
                return fail(field + QLatin1Char('.') + it.key(), tr("kind, volume, node or times"));
        }
        ScriptedFault fault;
        const QString kind = f.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("lun-missing-after-reattach")) {
            fault.kind = ScriptedFault::Kind::LunMissingAfterReattach;
            bool ok = false;
            fault.volume = SystemFacts::normaliseVolume(f.value(QLatin1String("volume")).toString(), &ok);
            if (!ok || !s.facts.sanVolumes.get().contains(fault.volume))
                return fail(field + QStringLiteral(".volume"), tr("one of the scenario's SAN volumes"));
        } else if (kind == QLatin1String("backup-fails")) {
            fault.kind = ScriptedFault::Kind::BackupFails;
            fault.times = f.value(QLatin1String("times")).toInt(1);
            if (fault.times < 1)
                return fail(field + QStringLiteral(".times"), tr("a whole number of at least 1"));
        } else if (kind == QLatin1String("node-will-not-pause")) {
            fault.kind = ScriptedFault::Kind::NodeWillNotPause;
            fault.node = f.value(QLatin1String("node")).toString();
        } else {
            return fail(field + QStringLiteral(".kind"),
                QStringLiteral("lun-missing-after-reattach, backup-fails or node-will-not-pause"));
        }
        s.faults << fault;
    }
    return s;
}

QStringList Scenario::builtInNames()
{
    // Compiled-in resources never change while the program runs: list them once, straight from the
    // resource tree (a QDir name filter compiles a regular expression: most of a millisecond at start-up).
    static const QStringList names = [] {
        QStringList out;
        const QString suffix = QStringLiteral(".json");
        QDirIterator it(QStringLiteral(":/scenarios"), QDir::Files);
        while (it.hasNext()) {
            it.next();
            const QString f = it.fileName();
            if (f.endsWith(suffix) && f.size() > suffix.size())
                out << f.chopped(suffix.size());
        }
        out.sort();
        return out;
    }();
    return names;
}

QString Scenario::builtInTitle(const QString &name)
{
    QFile f(QStringLiteral(":/scenarios/%1.json").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stripComments(f.readAll());
    const qsizetype key = text.indexOf("\"title\"");
    qsizetype i = key < 0 ? -1 : text.indexOf(':', key + 7);
    if (i < 0)
        return {};
    while (++i < text.size() && (text.at(i) == ' ' || text.at(i) == '\t' || text.at(i) == '\n' || text.at(i) == '\r')) {
    }
    if (i >= text.size() || text.at(i) != '"')
        return {};
    qsizetype end = i + 1;
    while (end < text.size() && text.at(end) != '"')
        end += text.at(end) == '\\' ? 2 : 1;
    if (end >= text.size())
        return {};
    // The string literal alone, decoded by the JSON parser: escapes mean what they mean in the file.
    const QJsonArray one = QJsonDocument::fromJson('[' + text.mid(i, end - i + 1) + ']').array();
    return one.isEmpty() ? QString() : one.first().toString();
}

std::optional<Scenario> Scenario::load(const QString &nameOrPath, QString *error)
{
    if (builtInNames().contains(nameOrPath))
        return loadFile(QStringLiteral(":/scenarios/%1.json").arg(nameOrPath), error);
    if (QFileInfo::exists(nameOrPath))
        return loadFile(nameOrPath, error);
    *error = tr("%1 is neither a built-in scenario (%2) nor a scenario file.")
                 .arg(nameOrPath, builtInNames().join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace spuw
