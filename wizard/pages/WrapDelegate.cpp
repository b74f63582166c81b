#include "WrapDelegate.h"

namespace spuw {

QString WrapDelegate::breakable(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        out += c;
        if (c == u'\\' || c == u'/' || c == u',' || c == u'_')
            out += QChar(0x200B); // zero-width space: a place to break the line, drawn as nothing
    }
    return out;
}

void WrapDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = breakable(option->text);
    option->features |= QStyleOptionViewItem::WrapText;
    option->textElideMode = Qt::ElideNone;
}

} // namespace spuw
