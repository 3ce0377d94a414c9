#include "signaturepad.h"

#include <QBuffer>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>
#include <QTouchEvent>

namespace ui {

namespace {
const QColor kInk(20, 30, 110);
constexpr qreal kBaseWidth = 2.4; ///< pixels at the pad's size, for a mouse or full pressure
} // namespace

SignaturePad::SignaturePad(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signaturePad"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_StaticContents);
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Sign here with the mouse, a pen or a finger"));
    setAccessibleName(tr("Signature pad"));
}

void SignaturePad::clear()
{
    m_strokes.clear();
    m_drawing = false;
    update();
    Q_EMIT changed();
}

void SignaturePad::begin(const QPointF &pos, qreal pressure)
{
    m_drawing = true;
    m_strokes.append(Stroke{});
    extend(pos, pressure);
}

void SignaturePad::extend(const QPointF &pos, qreal pressure)
{
    if (!m_drawing || width() <= 0 || height() <= 0)
        return;
    const QPointF at(std::clamp(pos.x() / width(), 0.0, 1.0), std::clamp(pos.y() / height(), 0.0, 1.0));
    m_strokes.last().append({at, kBaseWidth * (0.5 + std::clamp(pressure, 0.0, 1.0))});
    update();
}

void SignaturePad::end()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    Q_EMIT changed();
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        begin(event->position(), 0.6);
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        extend(event->position(), 0.6);
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        extend(event->position(), 0.6);
        end();
    }
}

void SignaturePad::tabletEvent(QTabletEvent *event)
{
    switch (event->type()) {
    case QEvent::TabletPress:
        begin(event->position(), event->pressure());
        break;
    case QEvent::TabletMove:
        extend(event->position(), event->pressure());
        break;
    case QEvent::TabletRelease:
        end();
        break;
    default:
        break;
    }
    event->accept(); // no synthesized mouse events on top
}

bool SignaturePad::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        auto *touch = static_cast<QTouchEvent *>(event);
        if (!touch->points().isEmpty()) {
            const QEventPoint &p = touch->points().first();
            if (event->type() == QEvent::TouchBegin)
                begin(p.position(), 0.6);
            else
                extend(p.position(), 0.6);
            if (event->type() == QEvent::TouchEnd)
                end();
        }
        event->accept();
        return true;
    }
    default:
        return QWidget::event(event);
    }
}

void SignaturePad::paintStrokes(QPainter &painter, const QSizeF &size) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = size.width() / std::max(1, width());
    for (const Stroke &s : m_strokes) {
        if (s.size() == 1) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(kInk);
            const QPointF c(s[0].at.x() * size.width(), s[0].at.y() * size.height());
            painter.drawEllipse(c, s[0].width * scale / 2, s[0].width * scale / 2);
            continue;
        }
        for (qsizetype i = 1; i < s.size(); ++i) {
            QPen pen(kInk, (s[i - 1].width + s[i].width) / 2 * scale, Qt::SolidLine, Qt::RoundCap,
                     Qt::RoundJoin);
            painter.setPen(pen);
            painter.drawLine(QPointF(s[i - 1].at.x() * size.width(), s[i - 1].at.y() * size.height()),
                             QPointF(s[i].at.x() * size.width(), s[i].at.y() * size.height()));
        }
    }
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    // A signing line and a faint hint while empty.
    p.setPen(QPen(palette().mid().color(), 1, Qt::DashLine));
    const int baseline = height() * 3 / 4;
    p.drawLine(12, baseline, width() - 12, baseline);
    if (isEmpty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect().adjusted(12, 0, -12, -height() / 4), Qt::AlignLeft | Qt::AlignBottom,
                   tr("Sign here"));
    }
    paintStrokes(p, size());
    p.setPen(palette().mid().color());
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect().adjusted(0, 0, -1, -1));
}

QByteArray SignaturePad::png() const
{
    QImage image(size() * 2, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        paintStrokes(p, QSizeF(image.size()));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace ui
