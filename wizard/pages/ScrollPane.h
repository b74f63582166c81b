#pragma once

#include <QScrollArea>

namespace spuw {

// A frameless scroll area around a page's (or the side panel's) content, drawn on the window's own
// background, that scrolls only up and down: the content is as wide as the viewport and as tall as its
// word-wrapped text needs at that width (at least the viewport's height). QScrollArea's own resizing
// reads heightForWidth() only when the scroll area is resized, so a label that got a longer text later
// (a status, a server's answer) was squeezed below the height it needs.
class ScrollPane final : public QScrollArea
{
    Q_OBJECT

public:
    explicit ScrollPane(QWidget *content, QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void fit();
    bool m_fitting = false;
};

} // namespace spuw
