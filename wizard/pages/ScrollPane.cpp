#include "ScrollPane.h"

#include <QApplication>
#include <QEvent>
#include <QLayout>
#include <QScrollBar>

namespace spuw {

ScrollPane::ScrollPane(QWidget *content, QWidget *parent) : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidgetResizable(false); // fit() sizes the content
    setWidget(content);
    // The window's own background, as without a scroll area (setWidget() makes the content opaque).
    content->setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
    // A control reached by the keyboard (Tab, its Alt letter) is scrolled into view.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && widget() && widget()->isAncestorOf(now))
            ensureWidgetVisible(now);
    });
}

QSize ScrollPane::sizeHint() const
{
    // What the content would like, as QScrollArea says for a resizable widget, bounded the same way.
    const int h = fontMetrics().height();
    QSize hint = widget() ? widget()->sizeHint() : QSize(12 * h, 8 * h);
    hint.rwidth() += verticalScrollBar()->sizeHint().width();
    return hint.boundedTo(QSize(36 * h, 24 * h));
}

void ScrollPane::fit()
{
    QWidget *content = widget();
    if (!content || std::exchange(m_fitting, true))
        return;
    const int width = viewport()->width();
    const bool hfw = content->layout() ? content->layout()->hasHeightForWidth() : content->hasHeightForWidth();
    const int needed = hfw ? content->heightForWidth(width) : content->minimumSizeHint().height();
    const QSize size(width, qMax(viewport()->height(), needed));
    if (content->size() != size)
        content->resize(size); // the scroll bar follows (QScrollArea watches the content's size)
    m_fitting = false;
}

bool ScrollPane::eventFilter(QObject *watched, QEvent *event)
{
    // The content's layout changed (its hint, its height for its width): fit it again. The layout
    // has been worked out by now (QApplication hands a LayoutRequest to the layout before filters).
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        fit();
    return QScrollArea::eventFilter(watched, event);
}

bool ScrollPane::viewportEvent(QEvent *event)
{
    // Resized (the window, or a scroll bar came or went): the content takes the new width.
    if (event->type() == QEvent::Resize)
        fit();
    return QScrollArea::viewportEvent(event);
}

} // namespace spuw
