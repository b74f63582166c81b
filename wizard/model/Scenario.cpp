#include "Scenario.h"

#include "InputFile.h"
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
    // Built-in resources are ours; a file from outside is read only when it is a regular file of
    // at most kMaxFileSize (a FIFO would hang, /dev/zero would fill the memory).
    if (path.startsWith(QLatin1String(":/"))) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot read the scenario: %2").arg(path, f.errorString());
            return std::nullopt;
        }
        return parse(f.readAll(), path, error);
    }
    QString why;
    const auto bytes = InputFile::readAll(path, kMaxFileSize, &why);
    if (!bytes) {
        *error = tr("%1: cannot read the scenario: %2").arg(path, why);
        return std::nullopt;
    }
    return parse(*bytes, path, error);
}

namespace {

// The first raw control character inside a string literal (JSON forbids them; Qt's parser lets a
// tab through): its offset, or -1.
qsizetype rawControlInString(const QByteArray &json)
{
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto c = uchar(json.at(i));
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            else if (c < 0x20)
                return i;
        } else if (c == '"') {
            inString = true;
        }
    }
    return -1;
}

// Every string (keys too) and number of the scenario, checked once: a string may hold line breaks
// and tabs but no other control character and no lone UTF-16 surrogate; every number is a whole,
// non-negative number a computer can hold exactly. Returns "field: expected ..." or empty.
QString checkValues(const QJsonValue &v, const QString &field)
{
    auto checkString = [&](const QString &s, const QString &where) -> QString {
        if (!QStringView(s).isValidUtf16())
            return Scenario::tr("%1: expected text without invalid characters (a lone UTF-16 surrogate such as "
                                "\\ud800 is not a character)")
                .arg(where);
        for (const QChar c : s) {
            // Format characters too (U+202E turns text around: a name that reads as another).
            if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7f
                || c.category() == QChar::Other_Format)
                return Scenario::tr("%1: expected text without control or format characters (found U+%2)")
                    .arg(where)
                    .arg(c.unicode(), 4, 16, QLatin1Char('0'));
        }
        return {};
    };
    if (v.isString())
        return checkString(v.toString(), field);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!(d >= 0 && d <= 9007199254740992.0 && d == double(qint64(d))))
            return Scenario::tr("%1: expected a whole number from 0 to 2^53 (found %2)").arg(field).arg(d);
        return {};
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (QString e = checkValues(a.at(i), QStringLiteral("%1[%2]").arg(field).arg(i)); !e.isEmpty())
                return e;
        }
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString where = field.isEmpty() ? it.key() : field + QLatin1Char('.') + it.key();
            if (QString e = checkString(it.key(), where); !e.isEmpty())
                return e;
            if (QString e = checkValues(it.value(), where); !e.isEmpty())
                return e;
        }
    }
    return {};
}

} // namespace

std::optional<Scenario> Scenario::parse(const QByteArray &text, const QString &source, QString *error)
{
    const QByteArray json = stripComments(text);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(pe.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(pe.offset - before.lastIndexOf('\n'));
        *error = tr("%1:%2:%3: not valid JSON: %4")
                     .arg(source, QString::number(line), QString::number(column), pe.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("%1: expected a JSON object at the top level.").arg(source);
        return std::nullopt;
    }
    if (const qsizetype at = rawControlInString(json); at >= 0) {
        const QByteArray before = json.left(at);
        *error
            = tr("%1:%2:%3: a raw control character (U+%4) inside a string; write it as an escape such as \\t "
                 "or \\n.")
                  .arg(source, QString::number(before.count('\n') + 1), QString::number(at - before.lastIndexOf('\n')),
                      QStringLiteral("%1").arg(uint(uchar(json.at(at))), 4, 16, QLatin1Char('0')));
        return std::nullopt;
    }
    if (const QString problem = checkValues(doc.object(), QString()); !problem.isEmpty()) {
        *error = tr("%1: field %2.").arg(source, problem);
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
    // A built-in scenario speaks the operator's language (ScenarioTexts.cpp lists its texts for
    // lupdate), also when it is the copy a journal recorded (a resumed run); an instructor's own
    // file is shown as written.
    const QStringList builtIn = builtInTexts();
    for (QString *shown : {&s.title, &s.briefing}) {
        if (source.startsWith(QLatin1String(":/scenarios/")) || builtIn.contains(*shown))
            *shown = tr(shown->toUtf8().constData());
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
    if (!s.facts.computerName.known() || s.facts.computerName.get().trimmed().isEmpty())
        return fail(QStringLiteral("facts.computer_name"), tr("the simulated server's name"));
    if (s.facts.osBuild.known() && (s.facts.osBuild.get() < 1 || s.facts.osBuild.get() > 99999))
        return fail(QStringLiteral("facts.os.build"), tr("a Windows build number from 1 to 99999"));
    if (!s.facts.sanVolumes.known())
        return fail(QStringLiteral("facts.san_volumes"), tr("the SAN volumes (a list, empty when there are none)"));
    // The Windows versions KB 817409 knows come with their builds: 5.0 is 2195, 5.2 is 3790.
    if (s.facts.osVersion.known() && s.facts.osBuild.known()) {
        const QString v = s.facts.osVersion.get();
        const int build = s.facts.osBuild.get();
        if ((v == QLatin1String("5.0") && build != 2195) || (v == QLatin1String("5.2") && build != 3790))
            return fail(QStringLiteral("facts.os.build"),
                tr("the build of Windows %1 (%2), not %3")
                    .arg(v, v == QLatin1String("5.0") ? QStringLiteral("2195") : QStringLiteral("3790"))
                    .arg(build));
    }
    // A cluster of this server and at least one other, each named once.
    if (s.facts.clusterMember.valueOr(false)) {
        const QStringList nodes = s.facts.clusterNodes.valueOr({});
        QStringList seen;
        for (const QString &n : nodes) {
            if (seen.contains(n, Qt::CaseInsensitive))
                return fail(QStringLiteral("facts.cluster.nodes"), tr("each node once (%1 is there twice)").arg(n));
            seen << n;
        }
        if (!seen.contains(s.facts.computerName.get(), Qt::CaseInsensitive))
            return fail(QStringLiteral("facts.cluster.nodes"),
                tr("the cluster's nodes, this server (%1) among them").arg(s.facts.computerName.get()));
        if (seen.size() < 2)
            return fail(QStringLiteral("facts.cluster.nodes"),
                tr("at least two nodes: a cluster of one has no other node "
                   "to take the shared storage"));
    }

    const QJsonValue faults = o.value(QLatin1String("faults"));
    if (!faults.isUndefined() && !faults.isArray())
        return fail(QStringLiteral("faults"), tr("a list of fault objects"));
    const QJsonArray list = faults.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = QStringLiteral("faults[%1]").arg(i);
        const QJsonObject f = list.at(i).toObject();
        if (!list.at(i).isObject())
            return fail(field, tr("an object"));
        ScriptedFault fault;
        const QJsonValue kindValue = f.value(QLatin1String("kind"));
        const QString kind = kindValue.toString();
        // Each kind has the fields it needs and no others: a field that means nothing for it is a
        // mistake the instructor would want to hear about.
        auto only = [&](std::initializer_list<const char *> allowed) -> bool {
            for (auto it = f.begin(); it != f.end(); ++it) {
                bool ok = it.key() == QLatin1String("kind");
                for (const char *a : allowed)
                    ok = ok || it.key() == QLatin1String(a);
                if (!ok) {
                    fail(field + QLatin1Char('.') + it.key(), tr("no such field for a %1 fault").arg(kind));
                    return false;
                }
            }
            return true;
        };
        if (kind == QLatin1String("lun-missing-after-reattach")) {
            if (!only({"volume"}))
                return std::nullopt;
            fault.kind = ScriptedFault::Kind::LunMissingAfterReattach;
            bool ok = false;
            const QJsonValue volume = f.value(QLatin1String("volume"));
            fault.volume = SystemFacts::normaliseVolume(volume.toString(), &ok);
            if (!volume.isString() || !ok || !s.facts.sanVolumes.get().contains(fault.volume))
                return fail(field + QStringLiteral(".volume"), tr("one of the scenario's SAN volumes"));
        } else if (kind == QLatin1String("backup-fails")) {
            if (!only({"times"}))
                return std::nullopt;
            fault.kind = ScriptedFault::Kind::BackupFails;
            const QJsonValue times = f.value(QLatin1String("times"));
            if (!times.isUndefined()) {
                const double d = times.toDouble(-1);
                if (!times.isDouble() || d != double(int(d)) || d < 1 || d > kMaxFaultTimes)
                    return fail(field + QStringLiteral(".times"),
                        tr("a whole number from 1 to %1 (how many backups fail)").arg(kMaxFaultTimes));
                fault.times = int(d);
            }
        } else if (kind == QLatin1String("node-will-not-pause")) {
            if (!only({"node"}))
                return std::nullopt;
            fault.kind = ScriptedFault::Kind::NodeWillNotPause;
            const QJsonValue node = f.value(QLatin1String("node"));
            fault.node = node.toString();
            const QStringList nodes = s.facts.clusterNodes.valueOr(QStringList());
            if (!node.isString() || fault.node.trimmed().isEmpty()
                || (!nodes.isEmpty() && !nodes.contains(fault.node, Qt::CaseInsensitive)))
                return fail(field + QStringLiteral(".node"),
                    nodes.isEmpty()
                        ? tr("the name of the node that will not pause")
                        : tr("one of the scenario's cluster nodes (%1)").arg(nodes.join(QStringLiteral(", "))));
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
    return one.isEmpty() ? QString() : tr(one.first().toString().toUtf8().constData());
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
