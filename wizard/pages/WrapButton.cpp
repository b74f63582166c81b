#include "WrapButton.h"

#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QTextBoundaryFinder>
#include <QWheelEvent>

namespace spuw {

namespace {

// The widest piece of the text that cannot be broken across lines: between two of the line-break
// opportunities Unicode gives (spaces in English and German, almost every character in Japanese,
// a soft hyphen inside a long German word), as Qt's word wrap breaks.
int widestUnbreakable(const QFontMetrics &fm, const QString &text, int flags = Qt::TextShowMnemonic)
{
    QTextBoundaryFinder lines(QTextBoundaryFinder::Line, text);
    int widest = 0;
    qsizetype start = 0;
    while (lines.toNextBoundary() != -1) {
        const qsizetype end = lines.position();
        QString piece = text.mid(start, end - start).trimmed();
        // A piece broken at a soft hyphen is drawn with a hyphen.
        if (piece.endsWith(QChar(0x00ad)))
            piece.back() = QLatin1Char('-');
        if (!piece.isEmpty())
            widest = qMax(widest, fm.size(flags, piece).width());
        start = end;
    }
    return widest;
}

} // namespace

WrapButton::WrapButton(const QString &text, QWidget *parent) : QPushButton(text, parent)
{
    // No wider than its text on one line, as a push button; narrower when it must, with more lines.
    QSizePolicy policy(QSizePolicy::Maximum, QSizePolicy::Preferred, QSizePolicy::PushButton);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int WrapButton::textFlags() const
{
    return Qt::AlignCenter | Qt::TextWordWrap | Qt::TextShowMnemonic;
}

QSize WrapButton::buttonFor(const QSize &contents) const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    return style()->sizeFromContents(QStyle::CT_PushButton, &option, contents, this);
}

QSize WrapButton::padding() const
{
    // What the style adds around the text (bevel, margins, the default button's frame); without a
    // text, as some styles (Fusion) make a button with text at least 80 pixels wide.
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text.clear();
    return style()->sizeFromContents(QStyle::CT_PushButton, &option, QSize(0, 0), this);
}

QSize WrapButton::sizeHint() const
{
    return buttonFor(fontMetrics().size(Qt::TextShowMnemonic, text()));
}

QSize WrapButton::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int widest = widestUnbreakable(fm, text());
    return QSize(padding().width() + widest, heightForWidth(padding().width() + widest));
}

int WrapButton::heightForWidth(int width) const
{
    const int textWidth = qMax(1, width - padding().width());
    const QRect needed = fontMetrics().boundingRect(QRect(0, 0, textWidth, QWIDGETSIZE_MAX), textFlags(), text());
    return buttonFor(QSize(textWidth, needed.height())).height();
}

QRect WrapButton::textRect() const
{
    // The text's room: the button less what the style adds around it.
    const QSize pad = padding();
    return QRect(pad.width() / 2, pad.height() / 2, width() - pad.width(), height() - pad.height());
}

bool WrapButton::textFits() const
{
    const QRect room = textRect();
    const QRect needed = fontMetrics().boundingRect(QRect(0, 0, room.width(), QWIDGETSIZE_MAX), textFlags(), text());
    const QFontMetrics fm = fontMetrics();
    if (widestUnbreakable(fm, text()) > room.width())
        return false;
    return needed.height() <= room.height();
}

void WrapButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text.clear();
    painter.drawControl(QStyle::CE_PushButton, option);
    painter.drawItemText(textRect(), textFlags(), palette(), isEnabled(), text(), QPalette::ButtonText);
}

WrapCheckBox::WrapCheckBox(const QString &text, QWidget *parent) : QCheckBox(text, parent)
{
    QSizePolicy policy(QSizePolicy::Maximum, QSizePolicy::Preferred, QSizePolicy::CheckBox);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int WrapCheckBox::textFlags() const
{
    return Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap | Qt::TextShowMnemonic;
}

int WrapCheckBox::textLeft() const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    return style()->pixelMetric(QStyle::PM_IndicatorWidth, &option, this)
        + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, &option, this) + 1;
}

QSize WrapCheckBox::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int widest = widestUnbreakable(fm, text());
    return QSize(textLeft() + widest + 2, heightForWidth(textLeft() + widest + 2));
}

int WrapCheckBox::heightForWidth(int width) const
{
    const int textWidth = qMax(1, width - textLeft() - 2);
    const QRect needed = fontMetrics().boundingRect(QRect(0, 0, textWidth, QWIDGETSIZE_MAX), textFlags(), text());
    QStyleOptionButton option;
    initStyleOption(&option);
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorHeight, &option, this);
    return qMax(indicator, needed.height()) + 4;
}

bool WrapCheckBox::textFits() const
{
    const QRect room(textLeft(), 2, width() - textLeft() - 2, height() - 4);
    const QFontMetrics fm = fontMetrics();
    if (widestUnbreakable(fm, text()) > room.width())
        return false;
    const QRect needed = fm.boundingRect(QRect(0, 0, room.width(), QWIDGETSIZE_MAX), textFlags(), text());
    return needed.height() <= room.height();
}

bool WrapCheckBox::hitButton(const QPoint &pos) const
{
    return rect().contains(pos); // the wrapped text's every line, not only the first one
}

void WrapCheckBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text.clear();
    // The indicator, centred on the first line when the text takes several.
    QStyleOptionButton indicator = option;
    const int h = style()->pixelMetric(QStyle::PM_IndicatorHeight, &option, this);
    const int firstLine = qMin(height(), fontMetrics().height() + 4);
    indicator.rect = QRect(0, (firstLine - h) / 2, style()->pixelMetric(QStyle::PM_IndicatorWidth, &option, this), h);
    painter.drawPrimitive(QStyle::PE_IndicatorCheckBox, indicator);
    const QRect text(textLeft(), 2, width() - textLeft() - 2, height() - 4);
    painter.drawItemText(text, (textFlags() & ~Qt::AlignVCenter) | Qt::AlignTop, palette(), isEnabled(), this->text(),
        QPalette::WindowText);
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = fontMetrics()
                         .boundingRect(text, (textFlags() & ~Qt::AlignVCenter) | Qt::AlignTop, this->text())
                         .adjusted(-1, -1, 1, 1);
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
    }
}

WrapComboBox::WrapComboBox(QWidget *parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(8);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred, QSizePolicy::ComboBox);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setFocusPolicy(Qt::StrongFocus);
    // Another choice may take more or fewer lines.
    connect(this, &QComboBox::currentIndexChanged, this, &QWidget::updateGeometry);
}

QRect WrapComboBox::fieldFor(int width, int height) const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    option.rect = QRect(0, 0, width, height);
    return style()
        ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this)
        .adjusted(2, 0, -2, 0);
}

QSize WrapComboBox::minimumSizeHint() const
{
    // As narrow as the widest unbreakable piece of any choice.
    const QFontMetrics fm = fontMetrics();
    int widest = 0;
    for (int i = 0; i < count(); ++i)
        widest = qMax(widest, widestUnbreakable(fm, itemText(i), 0));
    const int line = QComboBox::minimumSizeHint().height();
    const int chrome
        = QComboBox::minimumSizeHint().width() - fieldFor(QComboBox::minimumSizeHint().width(), line).width();
    const int width = qMax(QComboBox::minimumSizeHint().width(), widest + chrome);
    return QSize(width, heightForWidth(width));
}

int WrapComboBox::heightForWidth(int width) const
{
    const int line = QComboBox::sizeHint().height();
    const QRect field = fieldFor(width, line);
    const QFontMetrics fm = fontMetrics();
    const int text
        = fm.boundingRect(QRect(0, 0, qMax(1, field.width()), QWIDGETSIZE_MAX), Qt::TextWordWrap, currentText())
              .height();
    return line + qMax(0, text - fm.height());
}

void WrapComboBox::wheelEvent(QWheelEvent *event)
{
    if (!hasFocus()) {
        event->ignore(); // to the scroll area around it
        return;
    }
    QComboBox::wheelEvent(event);
}

bool WrapComboBox::textFits() const
{
    const QRect field = fieldFor(width(), height());
    const QFontMetrics fm = fontMetrics();
    if (widestUnbreakable(fm, currentText(), 0) > field.width())
        return false;
    return fm.boundingRect(QRect(0, 0, field.width(), QWIDGETSIZE_MAX), Qt::TextWordWrap, currentText()).height()
        <= field.height();
}

void WrapComboBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    option.currentText.clear();
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    painter.drawItemText(fieldFor(width(), height()), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, palette(),
        isEnabled(), currentText(), QPalette::ButtonText);
}

} // namespace spuw
