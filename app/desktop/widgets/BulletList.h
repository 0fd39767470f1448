#pragma once
// Short paragraphs one under the other, each after a bullet, the later lines of a long one starting under
// its first word. Each item is a plain Paragraph, selectable like the others: a list written as rich text
// in one label is laid out as a text document at every width the page's layout asks for, which on the
// tracker cost more than all its other paragraphs together.

#include <QStringList>
#include <QWidget>

class QVBoxLayout;

namespace outpace {

class Paragraph;

class BulletList : public QWidget
{
    Q_OBJECT

public:
    explicit BulletList(QWidget *parent = nullptr);
    void setItems(const QStringList &items);
    QStringList items() const { return m_items; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitIndent();

    QVBoxLayout *m_layout;
    QStringList m_items;
    QList<Paragraph *> m_paragraphs;
};

} // namespace outpace
