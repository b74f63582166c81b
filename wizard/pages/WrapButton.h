#pragma once

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>

namespace spuw {

// A push button whose text wraps at word boundaries when the button is narrower than its text: a
// QPushButton cuts its text instead. Long, translated button texts (the 40 % longer German, a
// 200 % scale on a small screen) then take more lines rather than losing their end. The mnemonic
// and the accessible name are QPushButton's own.
class WrapButton : public QPushButton
{
    Q_OBJECT

public:
    explicit WrapButton(const QString &text, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    // As narrow as the widest word: a button never needs to cut a word.
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    // Whether the text, as laid out for the button's current size, fits inside it (for tests).
    bool textFits() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSize buttonFor(const QSize &contents) const;
    QSize padding() const;
    QRect textRect() const;
    int textFlags() const;
};

// The same for a check box: its text wraps beside the indicator instead of being cut.
class WrapCheckBox : public QCheckBox
{
    Q_OBJECT

public:
    explicit WrapCheckBox(const QString &text, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    bool textFits() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool hitButton(const QPoint &pos) const override;

private:
    // Where the text goes for a check box `width` wide: right of the indicator and its spacing.
    int textLeft() const;
    int textFlags() const;
};

// A combo box whose current choice wraps onto more lines instead of being elided (long scenario
// titles and translations on a narrow page). The list it opens is QComboBox's own.
class WrapComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit WrapComboBox(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    bool textFits() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    // The wheel changes the choice only when the box has the focus: scrolling a page over it must not
    // switch the system the wizard works on.
    void wheelEvent(QWheelEvent *event) override;

private:
    QRect fieldFor(int width, int height) const;
};

} // namespace spuw
