#include "widgets/SteadyHeader.h"

#include <QFont>
#include <QIcon>
#include <QStyle>

namespace outpace {

SteadyHeader::SteadyHeader(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{ }

QVariantList SteadyHeader::measuredFor() const
{
    QVariantList key{font(), QVariant::fromValue(reinterpret_cast<quintptr>(style())),
        isSortIndicatorShown() ? sortIndicatorSection() : -1, int(sortIndicatorOrder())};
    if (!model())
        return key;
    for (int section = 0; section < count(); ++section) {
        key << isSectionHidden(section) << model()->headerData(section, orientation(), Qt::DisplayRole)
            << model()->headerData(section, orientation(), Qt::FontRole)
            << model()->headerData(section, orientation(), Qt::DecorationRole).isValid();
    }
    return key;
}

QSize SteadyHeader::sizeHint() const
{
    QVariantList now = measuredFor();
    if (!m_sizeHint.isValid() || now != m_measuredFor) {
        m_sizeHint = QHeaderView::sizeHint();
        m_measuredFor = std::move(now);
    }
    return m_sizeHint;
}

} // namespace outpace
