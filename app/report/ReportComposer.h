#pragma once
// Turns the sections' headings, paragraphs, tables and charts into blocks of measured height, ready to be cut
// into pages. Text is laid out once with QTextLayout on the target device, so what is measured is what is
// drawn, and drawn in reading order (the PDF's text then copies and searches as it reads).

#include "ReportBlock.h"
#include "ReportFormat.h"
#include "ReportStyle.h"
#include "ReportTable.h"

#include <QList>
#include <QTextLayout>

#include <memory>

namespace outpace {

class ReportComposer
{
public:
    ReportComposer(const ReportStyle &style, const ReportFormat &format, qreal width);

    const ReportStyle &style() const { return m_style; }
    const ReportFormat &format() const { return m_format; }
    qreal width() const { return m_width; }

    // The next block starts a new page.
    void pageBreak() { m_breakPending = true; }
    void heading1(const QString &text);
    void heading2(const QString &text);
    void heading3(const QString &text);
    // `boldPrefix` characters at the start are set in bold (a term before its definition).
    void paragraph(const QString &text, ReportStyle::Text size = ReportStyle::Text::Body,
        const QColor &colour = ReportStyle::ink(), qreal indent = 0, int boldPrefix = 0);
    void bullet(const QString &text, int boldPrefix = 0, ReportStyle::Text size = ReportStyle::Text::Body);
    void table(const ReportTable &table);
    // A drawing of its own (a chart, a row of figures) of a fixed height.
    void drawing(qreal height, std::function<void(QPainter &, QPointF)> paint, qreal spaceBefore = -1);
    void space(qreal points) { m_extraSpace += m_style.pt(points); }

    QList<ReportBlock> takeBlocks() { return std::move(m_blocks); }

    // Text laid out to a width: its height, and drawing it with its top-left corner at a point.
    struct Text
    {
        std::shared_ptr<QTextLayout> layout;
        qreal height = 0;
        void draw(QPainter &painter, QPointF topLeft) const;
    };
    Text layOut(const QString &text, const QFont &font, qreal width, Qt::Alignment alignment = Qt::AlignLeft,
        int boldPrefix = 0) const;
    qreal lineHeight(const QFont &font) const;

private:
    void add(ReportBlock block);
    void heading(const QString &text, ReportStyle::Text size, qreal spaceBefore, bool rule);
    void lines(const QString &text, const QFont &font, const QColor &colour, qreal indent, int boldPrefix,
        const QString &marker);

    const ReportStyle &m_style;
    const ReportFormat &m_format;
    qreal m_width;
    QList<ReportBlock> m_blocks;
    bool m_breakPending = false;
    qreal m_extraSpace = 0;
};

} // namespace outpace
