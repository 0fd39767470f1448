#pragma once
// Icons drawn from the app's SVG files at whatever size and scale they are shown, in the palette's text
// colour, so they stay sharp at 200% and readable in dark mode. Each size, scale and colour is drawn once
// and kept in Qt's pixmap cache: a list repaints its icons on every hover.

#include <QByteArray>
#include <QIcon>
#include <QIconEngine>
#include <QList>

#include <future>

namespace outpace {

class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(QByteArray svg);

    // The icon named name (icons/name.svg in the resources); its black strokes take the palette's colour.
    static QIcon icon(const QString &name);

    // An icon a window is about to show: its name, its size in device-independent pixels, the scale of
    // the screen and the state it is shown in.
    struct Showing
    {
        QString name;
        QSize size;
        qreal scale = 1;
        QIcon::Mode mode = QIcon::Normal;
    };
    // Draws these icons in a worker, in the palette's colours of now, while the window is being built; its
    // first paint then finds them drawn instead of drawing them itself. An icon asked for while it is being
    // drawn is waited for. Keep the future until the window is gone: destroying it waits for the worker.
    static std::future<void> drawAhead(const QList<Showing> &icons);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;

private:
    QPixmap drawn(const QSize &size, qreal scale, QIcon::Mode mode);

    QByteArray m_svg;
    QString m_cacheKey;
};

} // namespace outpace
