#include "SvgIconEngine.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace outpace {

SvgIconEngine::SvgIconEngine(QByteArray svg)
    : m_svg(std::move(svg))
    , m_cacheKey(QStringLiteral("outpace-icon-%1-").arg(qHash(m_svg), 0, 16))
{ }

QIcon SvgIconEngine::icon(const QString &name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new SvgIconEngine(file.readAll()));
}

QPixmap SvgIconEngine::drawn(const QSize &size, qreal scale, QIcon::Mode mode)
{
    // Read the palette when drawing, not when loading, so a palette change (dark mode) recolours at once.
    const QPalette palette = QApplication::palette();
    const QColor colour = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
        mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
    const QSize pixels = (QSizeF(size) * scale).toSize();
    if (pixels.isEmpty())
        return {};
    const QString key = m_cacheKey
        + QStringLiteral("%1x%2@%3-%4")
              .arg(pixels.width())
              .arg(pixels.height())
              .arg(scale)
              .arg(colour.rgba(), 0, 16);
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        pixmap = QPixmap(pixels);
        pixmap.fill(Qt::transparent);
        QByteArray svg = m_svg;
        svg.replace("#000000", colour.name().toLatin1());
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QSvgRenderer(svg).render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
        painter.end();
        pixmap.setDevicePixelRatio(scale);
        QPixmapCache::insert(key, pixmap);
    }
    return pixmap;
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect, drawn(rect.size(), scale, mode));
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    return drawn(size, 1.0, mode);
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_svg);
}

} // namespace outpace
