#pragma once

// What an operator sees of a window, checked widget by widget: nothing outside the screen that cannot
// be scrolled to, no text cut or elided, one mnemonic per key, every text translated (under the
// pseudo-translation) and drawn with real glyphs (no tofu). Each function returns the problems found,
// each naming the widget, so a failure says where to look.
#include "PseudoTranslator.h"
#include "WrapButton.h"
#include "WrapDelegate.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGlyphRun>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRawFont>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QStyleOptionComboBox>
#include <QTableWidget>
#include <QTextLayout>
#include <QWidget>
#include <QtMath>

namespace spuw::test {

inline QString nameOf(const QWidget *w)
{
    QString path;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        const QString n
            = p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName();
        path = path.isEmpty() ? n : n + QLatin1Char('/') + path;
        if (p->isWindow())
            break;
    }
    return path;
}

// Visible to the operator: shown, and not inside a hidden parent.
inline bool shown(const QWidget *w)
{
    return w->isVisible() && w->width() > 0 && w->height() > 0;
}

// The area of the screen a widget can be seen in: the scroll areas around it clip it, and can
// scroll it into view, so only the outermost viewport has to be on the screen.
inline QRect reachableArea(const QWidget *w, bool *inScrollArea)
{
    *inScrollArea = false;
    QRect area = QRect(w->mapToGlobal(QPoint(0, 0)), w->size());
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (auto *scroll = qobject_cast<const QAbstractScrollArea *>(p)) {
            if (scroll->viewport()->isAncestorOf(w)) {
                *inScrollArea = true;
                area = QRect(scroll->viewport()->mapToGlobal(QPoint(0, 0)), scroll->viewport()->size());
            }
        }
        if (p->isWindow())
            break;
    }
    return area;
}

inline QString mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// Every visible control inside the screen's available area, or inside a scroll area that is; the
// window itself (with its frame) inside the available area.
inline QStringList checkReachable(QWidget *window)
{
    QStringList problems;
    const QRect available = window->screen()->availableGeometry();
    if (!available.contains(window->frameGeometry()))
        problems << QStringLiteral("the window (%1,%2 %3x%4 with its frame) is larger than or outside the "
                                   "screen's available area (%5x%6)")
                        .arg(window->frameGeometry().x())
                        .arg(window->frameGeometry().y())
                        .arg(window->frameGeometry().width())
                        .arg(window->frameGeometry().height())
                        .arg(available.width())
                        .arg(available.height());
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!shown(w)
            || !(qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractScrollArea *>(w)))
            continue;
        bool scrolls = false;
        const QRect area = reachableArea(w, &scrolls);
        if (!available.contains(area))
            problems << QStringLiteral("%1 lies outside the screen").arg(nameOf(w));
        if (scrolls) {
            // Inside a scroll area: reachable by scrolling down, never cut at the side.
            const QRect own(w->mapToGlobal(QPoint(0, 0)), w->size());
            if (own.left() < area.left() || own.right() > area.right())
                problems << QStringLiteral("%1 is cut at the side of its scroll area").arg(nameOf(w));
        }
    }
    // No page needs scrolling sideways.
    for (auto *scroll : window->findChildren<QScrollArea *>()) {
        if (shown(scroll) && scroll->widget()
            && (scroll->horizontalScrollBar()->isVisible()
                || scroll->widget()->minimumSizeHint().width() > scroll->viewport()->width()))
            problems << QStringLiteral("%1 scrolls sideways: its content is %2 wide in %3")
                            .arg(nameOf(scroll))
                            .arg(scroll->widget()->minimumSizeHint().width())
                            .arg(scroll->viewport()->width());
    }
    return problems;
}

// The text laid out as Qt's item views and labels lay it out (word wrap at `width`): its height, and
// whether some line is still wider than `width` (a word that cannot be broken).
struct Wrapped
{
    int height = 0;
    bool overflows = false;
};
inline Wrapped wrapped(const QFont &font, const QString &text, int width)
{
    Wrapped out;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        qreal height = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            out.overflows = out.overflows || line.naturalTextWidth() > width + 0.5;
            height += line.height();
        }
        layout.endLayout();
        out.height += qCeil(height);
    }
    return out;
}

// No text cut off or elided: labels as tall as their wrapped text, buttons as wide as theirs, table
// cells and list items whole.
inline QStringList checkTextsWhole(QWidget *window)
{
    QStringList problems;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!shown(w))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            const QRect room = label->contentsRect();
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height()
                    || label->minimumSizeHint().width() > label->width())
                    problems << QStringLiteral("%1 is cut: %2 high, needs %3 (\"%4\")")
                                    .arg(nameOf(label))
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width()))
                                    .arg(label->text().left(60));
            } else if (label->minimumSizeHint().width() > label->width() + 1
                || label->minimumSizeHint().height() > label->height() + 1) {
                problems << QStringLiteral("%1 is cut: %2x%3, needs %4x%5 (\"%6\")")
                                .arg(nameOf(label))
                                .arg(room.width())
                                .arg(room.height())
                                .arg(label->minimumSizeHint().width())
                                .arg(label->minimumSizeHint().height())
                                .arg(label->text().left(60));
            }
        } else if (auto *wrap = qobject_cast<WrapButton *>(w)) {
            if (!wrap->textFits())
                problems << QStringLiteral("%1's text is cut (\"%2\")").arg(nameOf(w), wrap->text());
        } else if (auto *wrapBox = qobject_cast<WrapCheckBox *>(w)) {
            if (!wrapBox->textFits())
                problems << QStringLiteral("%1's text is cut (\"%2\")").arg(nameOf(w), wrapBox->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
                problems << QStringLiteral("%1 is %2 wide, its text needs %3 (\"%4\")")
                                .arg(nameOf(w))
                                .arg(button->width())
                                .arg(button->sizeHint().width())
                                .arg(button->text());
        } else if (auto *wrapCombo = qobject_cast<WrapComboBox *>(w)) {
            if (!wrapCombo->textFits())
                problems << QStringLiteral("%1's choice is cut (\"%2\")").arg(nameOf(w), wrapCombo->currentText());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            option.currentText = combo->currentText();
            const QRect field
                = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
            if (combo->fontMetrics().horizontalAdvance(combo->currentText()) > field.width())
                problems << QStringLiteral("%1 elides its choice (\"%2\")").arg(nameOf(w), combo->currentText());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            // A hint that does not fit is elided: it belongs in a label then.
            if (edit->text().isEmpty() && !edit->placeholderText().isEmpty()
                && edit->fontMetrics().horizontalAdvance(edit->placeholderText()) > edit->contentsRect().width() - 8)
                problems << QStringLiteral("%1 elides its hint (\"%2\")").arg(nameOf(w), edit->placeholderText());
        } else if (auto *table = qobject_cast<QTableWidget *>(w)) {
            const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
            for (int c = 0; c < table->columnCount(); ++c) {
                if (table->horizontalHeader()->sectionSizeHint(c) > table->horizontalHeader()->sectionSize(c) + 1)
                    problems << QStringLiteral("%1: the heading of column %2 is cut").arg(nameOf(w)).arg(c);
            }
            for (int r = 0; r < table->rowCount(); ++r) {
                for (int c = 0; c < table->columnCount(); ++c) {
                    const QTableWidgetItem *item = table->item(r, c);
                    if (!item || item->text().isEmpty())
                        continue;
                    const int width = table->columnWidth(c) - 2 * margin;
                    const Wrapped text = wrapped(table->font(), WrapDelegate::breakable(item->text()), width);
                    if (text.overflows || text.height > table->rowHeight(r))
                        problems << QStringLiteral("%1: cell %2,%3 is cut: %4x%5, needs %6 high%7 (\"%8\")")
                                        .arg(nameOf(w))
                                        .arg(r)
                                        .arg(c)
                                        .arg(width)
                                        .arg(table->rowHeight(r))
                                        .arg(text.height)
                                        .arg(text.overflows ? QStringLiteral(" and wider") : QString())
                                        .arg(item->text().left(60));
                }
            }
            if (table->verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOff
                && table->viewport()->height() + 1 < table->verticalHeader()->length())
                problems << QStringLiteral("%1 hides rows: %2 of %3 pixels shown")
                                .arg(nameOf(w))
                                .arg(table->viewport()->height())
                                .arg(table->verticalHeader()->length());
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i) {
                const QRect rect = list->visualItemRect(list->item(i));
                QFont font = list->font();
                font.setBold(list->item(i)->font().bold());
                const Wrapped text = wrapped(font, list->item(i)->text(), rect.width() - 4);
                if (text.overflows || text.height > rect.height()
                    || (list->verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOff
                        && rect.bottom() > list->viewport()->height()))
                    problems << QStringLiteral("%1: item %2 is cut (\"%3\")")
                                    .arg(nameOf(w))
                                    .arg(i)
                                    .arg(list->item(i)->text());
            }
        }
    }
    return problems;
}

// One mnemonic per key among everything the operator can reach on the page: the page, the side
// panel and the wizard's buttons.
inline QStringList checkMnemonics(QWidget *window)
{
    QStringList problems;
    QHash<QString, QString> owner;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!shown(w) || w->window() != window)
            continue;
        QString text;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            text = b->text();
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            text = l->text();
        const QString key = mnemonicOf(text);
        if (key.isEmpty())
            continue;
        if (owner.contains(key))
            problems << QStringLiteral("Alt+%1 is both \"%2\" and \"%3\" (%4)")
                            .arg(key.toUpper(), owner.value(key), text, nameOf(w));
        else
            owner.insert(key, text);
    }
    return problems;
}

// Under the pseudo-translation every text the window shows comes from tr(): controls and headings
// whole, composed lines at least in part. Values read from the server (a computer name, a path) are
// not translated, and are only found in the facts table's value column and in line edits.
inline QStringList checkTranslated(QWidget *window)
{
    QStringList problems;
    auto words = [](const QString &t) {
        static const QRegularExpression word(QStringLiteral("[a-z]{3,}"));
        return word.match(t).hasMatch();
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!shown(w))
            continue;
        QStringList texts;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts << b->text();
        else if (auto *l = qobject_cast<QLabel *>(w))
            texts << l->text();
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            texts << combo->currentText();
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            texts << e->placeholderText();
        else if (auto *t = qobject_cast<QTableWidget *>(w)) {
            for (int c = 0; c < t->columnCount(); ++c)
                texts << (t->horizontalHeaderItem(c) ? t->horizontalHeaderItem(c)->text() : QString());
            // The facts table: the fact's name, and where it came from; its value is the server's.
            for (int r = 0; t->objectName() == QLatin1String("factsTable") && r < t->rowCount(); ++r) {
                for (int c : {0, 2})
                    texts << (t->item(r, c) ? t->item(r, c)->text() : QString());
            }
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text();
        }
        for (const QString &t : std::as_const(texts)) {
            if (words(t) && !PseudoTranslator::isMarked(t))
                problems << QStringLiteral("%1 shows a text not marked for translation: \"%2\"").arg(nameOf(w), t);
        }
    }
    return problems;
}

// Every character drawn with a glyph of some font (glyph 0 is the "tofu" box). Returns the font
// families Qt picked in *families.
inline QStringList checkGlyphs(QWidget *window, QSet<QString> *families)
{
    QStringList problems;
    auto check = [&](const QWidget *w, const QString &text) {
        if (text.trimmed().isEmpty())
            return;
        QTextLayout layout(text, w->font());
        layout.beginLayout();
        while (layout.createLine().isValid()) { }
        layout.endLayout();
        for (const QGlyphRun &run : layout.glyphRuns()) {
            families->insert(run.rawFont().familyName());
            for (quint32 glyph : run.glyphIndexes()) {
                if (glyph == 0) {
                    problems << QStringLiteral("%1 draws a missing glyph (tofu) in \"%2\" with %3")
                                    .arg(nameOf(w), text, run.rawFont().familyName());
                    return;
                }
            }
        }
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!shown(w))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            check(w, QString(b->text()).remove(QLatin1Char('&')));
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->textFormat() != Qt::RichText)
            check(w, QString(l->text()).remove(QLatin1Char('&')));
        else if (auto *c = qobject_cast<QComboBox *>(w))
            check(w, c->currentText());
    }
    return problems;
}

} // namespace spuw::test
