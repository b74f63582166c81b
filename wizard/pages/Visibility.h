#pragma once

#include <QWidget>

namespace spuw {

// Shows or hides a child widget without the cost of an explicit show(): a child shown while its
// window is still hidden has its layout activated at once, at a size it will not keep, which
// made the wizard's first paint measurably later. A child that was never hidden explicitly is
// shown with its window anyway.
class Visibility
{
public:
    static void set(QWidget *widget, bool visible)
    {
        const bool explicitlyHidden
            = widget->testAttribute(Qt::WA_WState_ExplicitShowHide) && widget->testAttribute(Qt::WA_WState_Hidden);
        if (visible == explicitlyHidden)
            widget->setVisible(visible);
    }
};

} // namespace spuw
