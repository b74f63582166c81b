#pragma once

// A translation into no language: every message of the wizard (and Qt's own) comes back 40 % longer,
// with accented letters, so a layout that only fits English shows itself, and a text that never went
// through tr() stands out unaccented. Placeholders (%1, %n, %L1), mnemonics (&x), markup (<b>) and
// line breaks are kept as they are.
#include <QTranslator>

namespace spuw::test {

class PseudoTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return pseudo(QString::fromUtf8(source));
    }

    // The accented letters a pseudo-translated text always has at least one of.
    static bool isMarked(const QString &text)
    {
        for (const QChar c : text) {
            if (QStringView(kAccents).contains(c))
                return true;
        }
        return false;
    }

    static QString pseudo(const QString &source)
    {
        QString out;
        out.reserve(source.size() * 2);
        int i = 0;
        const int size = int(source.size());
        while (i < size) {
            const QChar c = source.at(i);
            if (c == u'%') { // %1, %n, %L1: kept whole
                int j = i + 1;
                if (j < size && source.at(j) == u'L')
                    ++j;
                while (j < size && (source.at(j).isDigit() || source.at(j) == u'n'))
                    ++j;
                out += source.mid(i, j - i);
                i = j;
                continue;
            }
            if (c == u'<') { // markup kept whole
                const int end = int(source.indexOf(u'>', i));
                if (end > i) {
                    out += source.mid(i, end - i + 1);
                    i = end + 1;
                    continue;
                }
            }
            if (c == u'&' && i + 1 < size) { // the mnemonic and its letter, unaccented
                out += source.mid(i, 2);
                i += 2;
                continue;
            }
            if (c.isLetter() && c.unicode() < 128) {
                // A word: its vowels accented, and 40 % longer (long words are what a layout finds hardest).
                int j = i;
                while (j < size && source.at(j).isLetter() && source.at(j).unicode() < 128)
                    ++j;
                const QString word = source.mid(i, j - i);
                for (const QChar w : word)
                    out += accented(w);
                const int extra = (int(word.size()) * 4 + 9) / 10;
                for (int k = 0; k < extra; ++k)
                    out += kAccents[k % 5];
                i = j;
                continue;
            }
            out += c;
            ++i;
        }
        return out;
    }

private:
    static constexpr char16_t kAccents[] = u"\u00e1\u00e9\u00ed\u00f3\u00fa\u00c1\u00c9\u00cd\u00d3\u00da\u00f1\u00d1";

    static QChar accented(QChar c)
    {
        switch (c.unicode()) {
        case 'a': return QChar(0x00e1);
        case 'e': return QChar(0x00e9);
        case 'i': return QChar(0x00ed);
        case 'o': return QChar(0x00f3);
        case 'u': return QChar(0x00fa);
        case 'A': return QChar(0x00c1);
        case 'E': return QChar(0x00c9);
        case 'I': return QChar(0x00cd);
        case 'O': return QChar(0x00d3);
        case 'U': return QChar(0x00da);
        case 'n': return QChar(0x00f1);
        case 'N': return QChar(0x00d1);
        default: return c;
        }
    }
};

} // namespace spuw::test
