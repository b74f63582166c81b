#include "WrappedLabel.h"

#include <QEvent>

namespace spuw {

namespace {
constexpr int kMaxHeights = 8;
}

bool WrappedLabel::Inputs::operator==(const Inputs &o) const
{
    return text == o.text && font == o.font && contents == o.contents && margin == o.margin && indent == o.indent
        && alignment == o.alignment && format == o.format && maximumWidth == o.maximumWidth && wordWrap == o.wordWrap;
}

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappedLabel::Inputs WrappedLabel::currentInputs() const
{
    Inputs in;
    in.text = text();
    in.font = font();
    in.contents = contentsMargins();
    in.margin = margin();
    in.indent = indent();
    in.alignment = int(alignment());
    in.format = int(textFormat());
    in.maximumWidth = maximumWidth();
    in.wordWrap = wordWrap();
    return in;
}

void WrappedLabel::dropIfChanged() const
{
    Inputs now = currentInputs();
    if (m_valid && now == m_inputs)
        return;
    m_inputs = std::move(now);
    m_valid = true;
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
    m_heights.clear();
}

QSize WrappedLabel::sizeHint() const
{
    dropIfChanged();
    if (!m_sizeHint.isValid()) {
        m_sizeHint = QLabel::sizeHint();
        ++m_layouts;
    }
    return m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    dropIfChanged();
    if (!m_minimumSizeHint.isValid()) {
        m_minimumSizeHint = QLabel::minimumSizeHint();
        ++m_layouts;
    }
    return m_minimumSizeHint;
}

int WrappedLabel::heightForWidth(int width) const
{
    dropIfChanged();
    for (const auto &[w, h] : std::as_const(m_heights)) {
        if (w == width)
            return h;
    }
    const int height = QLabel::heightForWidth(width);
    ++m_layouts;
    if (m_heights.size() == kMaxHeights)
        m_heights.remove(0);
    m_heights.append({width, height});
    return height;
}

bool WrappedLabel::event(QEvent *e)
{
    switch (e->type()) {
    case QEvent::FontChange:
    case QEvent::ApplicationFontChange:
    case QEvent::StyleChange:
    case QEvent::ScreenChangeInternal:
    case QEvent::LanguageChange:
    case QEvent::ContentsRectChange: m_valid = false; break;
    default: break;
    }
    return QLabel::event(e);
}

} // namespace spuw
