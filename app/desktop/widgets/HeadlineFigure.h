#pragma once
// One headline figure: a caption, the figure in a larger font with its unit, and a tooltip saying where
// it comes from.

#include <QFrame>

class QLabel;

namespace outpace {

class HeadlineFigure : public QFrame
{
    Q_OBJECT

public:
    explicit HeadlineFigure(QWidget *parent = nullptr);
    void set(const QString &caption, const QString &figure, const QString &note, const QString &source);
    QString figure() const;

private:
    QLabel *m_caption;
    QLabel *m_figure;
    QLabel *m_note;
};

} // namespace outpace
