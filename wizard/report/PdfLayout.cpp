#include "PdfLayout.h"

#include "ReportWriter.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace spuw {

struct PdfLayout::Cell
{
    std::optional<QStaticText> line; // the text fits on one line
    bool prepared = false;
    std::shared_ptr<QTextLayout> layout; // or wrapped onto several
    QList<double> tops;
    QList<double> bottoms;
    double height = 0;
};

namespace {

constexpr int kMaxCachedCells = 40000;

} // namespace

PdfLayout::PdfLayout(
    QPagedPaintDevice &device, QPainter *painter, QList<Banner> banners, QString footer, int totalPages)
    : m_device(device)
    , m_painter(painter)
    , m_banners(std::move(banners))
    , m_footer(std::move(footer))
    , m_totalPages(totalPages)
    , m_cells(std::make_shared<QHash<QString, std::shared_ptr<Cell>>>())
{
    m_width = device.width();
    m_height = device.height();
    m_body = QFont(QStringLiteral("DejaVu Sans"), 8);
    // Kerning and ligatures are not worth harfbuzz on every cell of a 10,000-row timeline; Qt still
    // shapes the scripts that need it, and falls back to other fonts (Japanese) for what this one lacks.
    m_body.setStyleStrategy(QFont::PreferNoShaping);
    m_bold = m_body;
    m_bold.setBold(true);
    // The footer's height, the same on every page and in both passes: the head hash on the left
    // (wrapped when it must), the page number ("Page 999 of 999" wide) on the right.
    const QFontMetricsF fm(m_body, &m_device);
    const double number = fm.horizontalAdvance(ReportWriter::tr("Page %1 of %2").arg(999).arg(999)) + fm.height();
    m_footerHeight = cell(m_footer, m_body, false, m_width - number).height + fm.height() * 0.8;
    startPage();
}

PdfLayout::~PdfLayout() = default;

void PdfLayout::reuse(PdfLayout &earlier)
{
    m_cells = earlier.m_cells;
}

const PdfLayout::Cell &PdfLayout::cell(const QString &text, const QFont &font, bool bold, double width)
{
    const QString key = QString::number(int(width)) + (bold ? u'b' : u'r') + QString::number(font.pointSize())
        + QLatin1Char(':') + text;
    if (auto it = m_cells->constFind(key); it != m_cells->cend())
        return **it;
    if (m_cells->size() > kMaxCachedCells)
        m_cells->clear(); // unique texts (times, numbers) must not grow it without bound
    auto c = std::make_shared<Cell>();
    const QFontMetricsF fm(font, &m_device);
    if (!text.contains(QLatin1Char('\n')) && fm.horizontalAdvance(text) <= width) {
        QStaticText line(text);
        line.setTextFormat(Qt::PlainText);
        line.setPerformanceHint(QStaticText::AggressiveCaching);
        c->line = line;
        c->height = fm.height();
    } else {
        // Wrapped at spaces, and inside a word that is wider than the column: never cut, never elided.
        QString wrapped = text;
        wrapped.replace(QLatin1Char('\n'), QChar::LineSeparator);
        c->layout = std::make_shared<QTextLayout>(wrapped, font, &m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        c->layout->setTextOption(option);
        c->layout->setCacheEnabled(true);
        c->layout->beginLayout();
        double y = 0;
        for (QTextLine line = c->layout->createLine(); line.isValid(); line = c->layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            c->tops << y;
            y += line.height();
            c->bottoms << y;
        }
        c->layout->endLayout();
        c->height = y;
    }
    return **m_cells->insert(key, c);
}

void PdfLayout::title(const QString &text, int pointSize)
{
    QFont f = m_bold;
    f.setPointSize(pointSize);
    const Cell &c = cell(text, f, true, m_width);
    // A heading is not left alone at the bottom of a page.
    if (m_y + c.height * 3 > bodyBottom())
        newPage();
    m_y += c.height * 0.2;
    drawCell(c, f, QPointF(0, m_y));
    m_y += c.height * 1.2;
}

void PdfLayout::paragraph(const QString &text, const QColor &background, bool bold)
{
    drawRow({text}, {1.0}, background, bold);
}

void PdfLayout::space(double lines)
{
    m_y += QFontMetricsF(m_body, &m_device).height() * lines;
}

void PdfLayout::beginTable(const QList<double> &columns, const QStringList &heading)
{
    m_columns = columns;
    m_heading = heading;
    m_inTable = false;
    // The heading with at least one row under it: not alone at the bottom of a page.
    if (m_y + QFontMetricsF(m_body, &m_device).height() * 4 > bodyBottom())
        newPage();
    drawRow(m_heading, m_columns, QColor(0xee, 0xee, 0xee), true);
    m_inTable = true;
}

void PdfLayout::row(const QStringList &cells, const QColor &background, bool bold)
{
    drawRow(cells, m_columns, background, bold);
}

void PdfLayout::endTable()
{
    m_inTable = false;
    m_heading.clear();
}

void PdfLayout::drawRow(const QStringList &cells, const QList<double> &columns, const QColor &background, bool bold)
{
    const bool table = columns.size() > 1 || m_inTable;
    const double pad = table ? 4 : 0;
    const double vpad = table ? 2 : 1;
    const QFont &font = bold ? m_bold : m_body;
    QList<const Cell *> laid;
    QList<double> xs;
    double x = 0;
    double height = 0;
    for (int i = 0; i < cells.size() && i < columns.size(); ++i) {
        const double w = columns.at(i) * m_width;
        laid << &cell(cells.at(i), font, bold, qMax(1.0, w - 2 * pad));
        xs << x + pad;
        height = qMax(height, laid.last()->height);
        x += w;
    }
    // A row that fits on a page is never split: it starts on the next one.
    if (m_y + height + 2 * vpad > bodyBottom() && height + 2 * vpad <= bodyBottom() - m_pageTop)
        newPage();
    double drawn = 0;
    while (true) {
        // What fits on this page: whole lines only, the same cut for every cell of the row.
        const double room = bodyBottom() - m_y - 2 * vpad;
        double end = height;
        if (drawn + room < height) {
            end = drawn + room;
            for (const Cell *c : std::as_const(laid)) {
                for (int l = 0; l < c->tops.size(); ++l) {
                    if (c->bottoms.at(l) > end && c->tops.at(l) < end) {
                        end = c->tops.at(l);
                        break;
                    }
                }
                if (c->line && c->height > end)
                    end = 0; // a one-line cell that does not fit: the row starts on the next page
            }
        }
        if (end <= drawn) { // not even one line fits here
            newPage();
            continue;
        }
        if (m_painter) {
            if (background.isValid())
                m_painter->fillRect(QRectF(0, m_y, m_width, end - drawn + 2 * vpad), background);
            m_painter->setFont(font);
            for (int i = 0; i < laid.size(); ++i) {
                const Cell *c = laid.at(i);
                if (c->line) {
                    if (drawn == 0)
                        drawCell(*c, font, QPointF(xs.at(i), m_y + vpad));
                    continue;
                }
                for (int l = 0; l < c->tops.size(); ++l) {
                    if (c->tops.at(l) >= drawn && c->bottoms.at(l) <= end)
                        c->layout->lineAt(l).draw(m_painter, QPointF(xs.at(i), m_y + vpad - drawn));
                }
            }
        }
        m_y += end - drawn + 2 * vpad;
        drawn = end;
        if (drawn >= height)
            return;
        newPage();
    }
}

void PdfLayout::newPage()
{
    footer();
    if (m_painter)
        m_device.newPage();
    ++m_page;
    startPage();
    if (m_inTable) {
        // The table goes on: its heading again.
        m_inTable = false;
        drawRow(m_heading, m_columns, QColor(0xee, 0xee, 0xee), true);
        m_inTable = true;
    }
}

void PdfLayout::startPage()
{
    m_y = 0;
    // Training runs and damaged journals are marked on every page, in full.
    for (const Banner &b : std::as_const(m_banners)) {
        const Cell &c = cell(b.text, m_bold, true, m_width - 12);
        const double h = c.height + 8;
        if (m_painter) {
            m_painter->fillRect(QRectF(0, m_y, m_width, h), b.colour);
            m_painter->setPen(b.colour.lightness() < 128 ? Qt::white : Qt::black);
            drawCell(c, m_bold, QPointF(6, m_y + 4));
            m_painter->setPen(Qt::black);
        }
        m_y += h + 6;
    }
    m_pageTop = m_y;
}

void PdfLayout::footer()
{
    if (!m_painter)
        return;
    const QFontMetricsF fm(m_body, &m_device);
    const QString number
        = m_totalPages > 0 ? ReportWriter::tr("Page %1 of %2").arg(m_page).arg(m_totalPages) : QString::number(m_page);
    const double numberWidth = fm.horizontalAdvance(ReportWriter::tr("Page %1 of %2").arg(999).arg(999)) + fm.height();
    const Cell &c = cell(m_footer, m_body, false, m_width - numberWidth);
    const double top = m_height - c.height;
    m_painter->setFont(m_body);
    m_painter->setPen(QColor(0x44, 0x44, 0x44));
    m_painter->drawLine(QPointF(0, top - fm.height() * 0.4), QPointF(m_width, top - fm.height() * 0.4));
    drawCell(c, m_body, QPointF(0, top));
    m_painter->drawText(QPointF(m_width - fm.horizontalAdvance(number), m_height - fm.descent()), number);
    m_painter->setPen(Qt::black);
}

void PdfLayout::drawCell(const Cell &c, const QFont &font, const QPointF &at)
{
    if (!m_painter)
        return;
    if (c.layout) {
        c.layout->draw(m_painter, at);
        return;
    }
    // Laid out for this painter once, then only drawn (a timeline repeats its steps and people).
    auto &cached = const_cast<Cell &>(c);
    if (!cached.prepared) {
        cached.line->prepare(m_painter->transform(), font);
        cached.prepared = true;
    }
    if (m_painter->font() != font)
        m_painter->setFont(font);
    m_painter->drawStaticText(at, *cached.line);
}

int PdfLayout::finish()
{
    footer();
    return m_page;
}

} // namespace spuw
