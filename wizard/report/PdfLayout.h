#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QStaticText>
#include <QStringList>

#include <memory>
#include <optional>

class QPagedPaintDevice;
class QPainter;
class QTextLayout;

namespace spuw {

// A small paginating layout for the upgrade record's PDF: paragraphs and tables whose cells wrap (at
// spaces, and anywhere inside a word too long for its column), so nothing is cut or elided; a table
// row taller than what is left of a page goes on the next one (or, taller than a page, across pages),
// the table's heading repeated. Every page has the banners on top and a footer with the page number,
// "of N", and the journal's head hash. Fast for 10,000-row timelines: a cell whose text fits on one
// line is a cached QStaticText; only wrapped cells are laid out with QTextLayout, once per text.
//
// Laid out twice with the same calls: first without a painter (measure()) to count the pages, then
// drawing; the second pass reuses the first one's layouts.
class PdfLayout
{
public:
    struct Banner
    {
        QString text;
        QColor colour;
    };

    // `painter` null: measuring only. `totalPages`: what the footer says ("of N"), 0 while measuring.
    PdfLayout(QPagedPaintDevice &device, QPainter *painter, QList<Banner> banners, QString footer, int totalPages);
    ~PdfLayout();
    // The layouts of an earlier pass with the same device and fonts (the measuring one).
    void reuse(PdfLayout &earlier);

    void title(const QString &text, int pointSize = 14);
    void paragraph(const QString &text, const QColor &background = {}, bool bold = false);
    void space(double lines = 0.6);
    // A table: columns as fractions of the page width; its heading is repeated on every page it spans.
    void beginTable(const QList<double> &columns, const QStringList &heading);
    void row(const QStringList &cells, const QColor &background = {}, bool bold = false);
    void endTable();
    // Ends the last page (its footer); returns the number of pages.
    int finish();

private:
    struct Cell; // a text laid out at a width: one cached line, or a QTextLayout's lines
    const Cell &cell(const QString &text, const QFont &font, bool bold, double width);
    void drawRow(const QStringList &cells, const QList<double> &columns, const QColor &background, bool bold);
    void drawCell(const Cell &c, const QFont &font, const QPointF &at);
    void newPage();
    void startPage();
    void footer();
    double bodyBottom() const { return m_height - m_footerHeight; }

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    QList<Banner> m_banners;
    QString m_footer;
    int m_totalPages;
    QFont m_body;
    QFont m_bold;
    std::shared_ptr<QHash<QString, std::shared_ptr<Cell>>> m_cells;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
    double m_footerHeight = 0;
    double m_pageTop = 0; // where a page's body begins, below its banners
    int m_page = 1;
    QList<double> m_columns;
    QStringList m_heading;
    bool m_inTable = false;
};

} // namespace spuw
