#pragma once

#include <QStyledItemDelegate>

namespace spuw {

// Draws a table's cells word-wrapped, never elided, and lets paths, lists and keys break after
// a backslash, a slash, a comma or an underscore ("C:\WINNT\system32\drivers\Raidisk.sys" has no space to break at).
// The model keeps the text as it is: screen readers and copies read it unchanged.
class WrapDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // The text as it is laid out: break opportunities (zero-width spaces) after \ / , and _.
    static QString breakable(const QString &text);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace spuw
