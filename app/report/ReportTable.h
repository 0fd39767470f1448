#pragma once
// A table as the report's sections describe it: columns with their share of the width, rows of cells. The
// composer turns each row into one block, so a row is never cut across pages and the header repeats.

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace outpace {

struct ReportTable
{
    struct Column
    {
        QString title;
        qreal share = 1; // of the table's width, relative to the other columns
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    struct Row
    {
        QStringList cells;
        QColor swatch;     // a small square before the first cell (a battlefield class); invalid for none
        bool bold = false; // a total line
        bool shaded = false;
    };

    QList<Column> columns;
    QList<Row> rows;
};

} // namespace outpace
