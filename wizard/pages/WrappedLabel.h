#pragma once

#include <QLabel>
#include <QMargins>
#include <QVarLengthArray>

namespace spuw {

// A word-wrapped QLabel that remembers its sizes. QLabel lays its whole text out again for every
// size question (its minimum size alone takes four layouts), and the wizard's layouts ask dozens of
// times while a window opens: that was most of the time between show() and the first paint. The
// answers are kept only while everything they depend on (text, font, margins, format, alignment,
// maximum width) is unchanged, and dropped on any font, style or screen change.
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(const QString &text = {}, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

    // How many size questions were answered by laying the text out (for tests).
    int layouts() const { return m_layouts; }

protected:
    bool event(QEvent *e) override;

private:
    struct Inputs
    {
        QString text;
        QFont font;
        QMargins contents;
        int margin = 0;
        int indent = 0;
        int alignment = 0;
        int format = 0;
        int maximumWidth = 0;
        bool wordWrap = false;
        bool operator==(const Inputs &o) const;
    };
    Inputs currentInputs() const;
    void dropIfChanged() const;

    mutable Inputs m_inputs;
    mutable bool m_valid = false;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    mutable QVarLengthArray<QPair<int, int>, 8> m_heights; // width -> height
    mutable int m_layouts = 0;
};

} // namespace spuw
