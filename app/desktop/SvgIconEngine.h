#pragma once
// Icons drawn from the app's SVG files at whatever size and scale they are shown, in the palette's text
// colour, so they stay sharp at 200% and readable in dark mode.

#include <QByteArray>
#include <QIcon>
#include <QIconEngine>

namespace outpace {

class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(QByteArray svg);

    // The icon named name (icons/name.svg in the resources); its black strokes take the palette's colour.
    static QIcon icon(const QString &name);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;

private:
    QByteArray m_svg;
};

} // namespace outpace
