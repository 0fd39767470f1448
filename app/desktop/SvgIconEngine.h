#pragma once
// Icons drawn from the app's SVG files at whatever size and scale they are shown, in the palette's text
// colour, so they stay sharp at 200% and readable in dark mode. Each size, scale and colour is drawn once
// and kept in Qt's pixmap cache: a list repaints its icons on every hover.

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
    QPixmap drawn(const QSize &size, qreal scale, QIcon::Mode mode);

    QByteArray m_svg;
    QString m_cacheKey;
};

} // namespace outpace
