#pragma once
// The platform's style, with Outpace's own icons where the style would read a bitmap: the menu bar asks
// for its overflow arrow as it is made, and reading Qt's PNG for it loads and probes every image-format
// plugin before the window can show. The drawn icons also follow the palette, as the rest of the app's do.

#include <QProxyStyle>

namespace outpace {

class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;
};

} // namespace outpace
