#include "SvgIconEngine.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSet>
#include <QSvgRenderer>

#include <condition_variable>
#include <mutex>
#include <optional>

namespace outpace {

namespace {

QByteArray svgNamed(const QString &name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString cacheKeyOf(const QByteArray &svg)
{
    return QStringLiteral("outpace-icon-%1-").arg(qHash(svg), 0, 16);
}

// Read from the palette when drawing, not when loading, so a palette change (dark mode) recolours at once.
QColor colourFor(QIcon::Mode mode)
{
    const QPalette palette = QApplication::palette();
    return palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
        mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
}

QString keyFor(const QString &iconKey, QSize pixels, qreal scale, const QColor &colour)
{
    return iconKey
        + QStringLiteral("%1x%2@%3-%4")
              .arg(pixels.width())
              .arg(pixels.height())
              .arg(scale)
              .arg(colour.rgba(), 0, 16);
}

// Safe in any thread: an image, not a pixmap, and no text.
QImage render(QByteArray svg, QSize pixels, const QColor &colour)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    svg.replace("#000000", colour.name().toLatin1());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QSvgRenderer(svg).render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    return image;
}

// The icons drawn ahead by workers, by pixmap-cache key, until the window takes them.
struct DrawnAhead
{
    std::mutex mutex;
    std::condition_variable drawnOne;
    QHash<QString, QImage> images;
    QSet<QString> drawing;
};

DrawnAhead &drawnAhead()
{
    static DrawnAhead ahead;
    return ahead;
}

// The image drawn ahead for a key, once it is drawn; nothing if no worker draws it.
std::optional<QImage> takeDrawnAhead(const QString &key)
{
    DrawnAhead &ahead = drawnAhead();
    std::unique_lock lock(ahead.mutex);
    ahead.drawnOne.wait(lock, [&] { return !ahead.drawing.contains(key); });
    if (const auto found = ahead.images.constFind(key); found != ahead.images.cend()) {
        QImage image = *found;
        ahead.images.erase(found);
        return image;
    }
    return std::nullopt;
}

} // namespace

SvgIconEngine::SvgIconEngine(QByteArray svg)
    : m_svg(std::move(svg))
    , m_cacheKey(cacheKeyOf(m_svg))
{ }

QIcon SvgIconEngine::icon(const QString &name)
{
    QByteArray svg = svgNamed(name);
    if (svg.isEmpty())
        return {};
    return QIcon(new SvgIconEngine(std::move(svg)));
}

std::future<void> SvgIconEngine::drawAhead(const QList<Showing> &icons)
{
    struct Job
    {
        QByteArray svg;
        QSize pixels;
        QColor colour;
        QString key;
    };
    QList<Job> jobs;
    DrawnAhead &ahead = drawnAhead();
    {
        std::lock_guard lock(ahead.mutex);
        for (const Showing &showing : icons) {
            Job job{svgNamed(showing.name), (QSizeF(showing.size) * showing.scale).toSize(),
                colourFor(showing.mode), {}};
            job.key = keyFor(cacheKeyOf(job.svg), job.pixels, showing.scale, job.colour);
            if (job.svg.isEmpty() || job.pixels.isEmpty() || QPixmapCache::find(job.key, nullptr)
                || ahead.drawing.contains(job.key) || ahead.images.contains(job.key))
                continue;
            ahead.drawing.insert(job.key);
            jobs.append(std::move(job));
        }
    }
    return std::async(std::launch::async, [jobs = std::move(jobs)] {
        DrawnAhead &ahead = drawnAhead();
        for (const Job &job : jobs) {
            QImage image = render(job.svg, job.pixels, job.colour);
            std::lock_guard lock(ahead.mutex);
            ahead.images.insert(job.key, std::move(image));
            ahead.drawing.remove(job.key);
            ahead.drawnOne.notify_all();
        }
    });
}

QPixmap SvgIconEngine::drawn(const QSize &size, qreal scale, QIcon::Mode mode)
{
    const QColor colour = colourFor(mode);
    const QSize pixels = (QSizeF(size) * scale).toSize();
    if (pixels.isEmpty())
        return {};
    const QString key = keyFor(m_cacheKey, pixels, scale, colour);
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        std::optional<QImage> image = takeDrawnAhead(key);
        pixmap = QPixmap::fromImage(image ? *std::move(image) : render(m_svg, pixels, colour));
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
