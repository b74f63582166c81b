#include "JournalRecord.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace spuw {

QJsonObject JournalRecord::evidenceObject() const
{
    return QJsonDocument::fromJson(evidence.toUtf8()).object();
}

namespace {

// A JSON string exactly as QJsonDocument's compact form writes it (the form the first journals
// were hashed in): ", \ and control characters escaped, the rest UTF-8, a lone surrogate as \uXXXX.
void appendJsonString(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    // Worst case 6 bytes per UTF-16 unit (\u001f); written through a pointer, then cut to size.
    const qsizetype start = out.size();
    out.resize(start + s.size() * 6 + 2);
    char *o = out.data() + start;
    *o++ = '"';
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *o++ = char(u);
                continue;
            }
            *o++ = '\\';
            switch (u) {
            case u'"': *o++ = '"'; break;
            case u'\\': *o++ = '\\'; break;
            case 0x8: *o++ = 'b'; break;
            case 0xc: *o++ = 'f'; break;
            case 0xa: *o++ = 'n'; break;
            case 0xd: *o++ = 'r'; break;
            case 0x9: *o++ = 't'; break;
            default:
                *o++ = 'u';
                *o++ = '0';
                *o++ = '0';
                *o++ = hex[u >> 4];
                *o++ = hex[u & 0xf];
            }
        } else if (u < 0x800) {
            *o++ = char(0xc0 | (u >> 6));
            *o++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            *o++ = char(0xf0 | (c >> 18));
            *o++ = char(0x80 | ((c >> 12) & 0x3f));
            *o++ = char(0x80 | ((c >> 6) & 0x3f));
            *o++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            *o++ = '\\';
            *o++ = 'u';
            for (int shift = 12; shift >= 0; shift -= 4)
                *o++ = hex[(u >> shift) & 0xf];
        } else {
            *o++ = char(0xe0 | (u >> 12));
            *o++ = char(0x80 | ((u >> 6) & 0x3f));
            *o++ = char(0x80 | (u & 0x3f));
        }
    }
    *o++ = '"';
    out.truncate(o - out.constData());
}

} // namespace

// Written by hand, byte for byte what QJsonDocument(...).toJson(Compact) gave for the same object
// (keys in sorted order): verifying a 10,000-record journal spent half its time building and
// printing QJsonObjects. TestJournal compares both forms on awkward records.
QByteArray JournalRecord::canonical() const
{
    QByteArray out;
    out.reserve(6
            * (evidence.size() + computer.size() + operatorName.size() + osAccount.size() + runId.size() + stepId.size()
                + kind.size())
        + 512);
    auto field = [&out](const char *key, QStringView value) {
        out += key;
        appendJsonString(out, value);
    };
    field("{\"computer\":", computer);
    field(",\"evidence\":", evidence);
    field(",\"kind\":", kind);
    field(",\"operator\":", operatorName);
    field(",\"os_account\":", osAccount);
    field(",\"prev_hash\":", QString::fromLatin1(prevHash));
    field(",\"run_id\":", runId);
    out += ",\"seq\":";
    out += QByteArray::number(seq);
    field(",\"step_id\":", stepId);
    out += training ? ",\"training\":true" : ",\"training\":false";
    field(",\"utc\":", utc.toUTC().toString(Qt::ISODateWithMs));
    out += '}';
    return out;
}

QByteArray JournalRecord::canonicalThroughQJson() const
{
    const QJsonObject o{{QStringLiteral("seq"), seq}, {QStringLiteral("run_id"), runId},
        {QStringLiteral("computer"), computer}, {QStringLiteral("os_account"), osAccount},
        {QStringLiteral("operator"), operatorName}, {QStringLiteral("utc"), utc.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("step_id"), stepId}, {QStringLiteral("kind"), kind}, {QStringLiteral("training"), training},
        {QStringLiteral("evidence"), evidence}, {QStringLiteral("prev_hash"), QString::fromLatin1(prevHash)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray JournalRecord::computeHash() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash);
    h.addData(QByteArrayView("\n"));
    h.addData(canonical());
    return h.result().toHex();
}

QJsonObject JournalRecord::toJson() const
{
    return QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("run_id"), runId},
        {QStringLiteral("computer"), computer}, {QStringLiteral("os_account"), osAccount},
        {QStringLiteral("operator"), operatorName}, {QStringLiteral("utc"), utc.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("step_id"), stepId}, {QStringLiteral("kind"), kind}, {QStringLiteral("training"), training},
        {QStringLiteral("evidence"), evidenceObject()}, {QStringLiteral("prev_hash"), QString::fromLatin1(prevHash)},
        {QStringLiteral("hash"), QString::fromLatin1(hash)}};
}

} // namespace spuw
