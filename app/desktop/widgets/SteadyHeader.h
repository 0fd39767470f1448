#pragma once
// A header view that measures its titles once for what they say.
//
// QHeaderView drops its size hint whenever a section is resized, and its view asks for the hint again at
// every layout: a table fitting its columns to their contents measured every title afresh a dozen times
// while the tracker opened. The hint depends only on the titles, their fonts and icons, which sections
// are hidden, the sort indicator, the header's font and the style: it is kept until one of those changes.

#include <QHeaderView>
#include <QVariant>

namespace outpace {

class SteadyHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit SteadyHeader(Qt::Orientation orientation, QWidget *parent = nullptr);
    QSize sizeHint() const override;

private:
    // What the size hint was measured for.
    QVariantList measuredFor() const;

    mutable QVariantList m_measuredFor;
    mutable QSize m_sizeHint;
};

} // namespace outpace
