#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QWidget>

namespace ui {

/// A pad to sign on with the mouse, a pen (pressure makes the line wider) or a finger. Keeps the strokes
/// as drawn and writes them as a PNG with a transparent background for the signature record.
class SignaturePad final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignaturePad)
public:
    explicit SignaturePad(QWidget *parent = nullptr);

    bool isEmpty() const { return m_strokes.isEmpty(); }
    /// The signature as PNG (transparent, dark blue ink), twice the pad's size for a crisp print.
    QByteArray png() const;
    QSize sizeHint() const override { return {360, 120}; }
    QSize minimumSizeHint() const override { return {240, 80}; }

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Point
    {
        QPointF at; ///< in the pad's coordinates, 0…1 of its width and height
        qreal width;
    };
    using Stroke = QList<Point>;

    void begin(const QPointF &pos, qreal pressure);
    void extend(const QPointF &pos, qreal pressure);
    void end();
    void paintStrokes(QPainter &painter, const QSizeF &size) const;

    QList<Stroke> m_strokes;
    bool m_drawing = false;
};

} // namespace ui
