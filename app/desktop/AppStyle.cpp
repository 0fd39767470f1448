#include "AppStyle.h"

#include "SvgIconEngine.h"

namespace outpace {

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
        return SvgIconEngine::icon(QStringLiteral("more-across"));
    case SP_ToolBarVerticalExtensionButton:
        return SvgIconEngine::icon(QStringLiteral("more-down"));
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

} // namespace outpace
