#include "fielderrorlabel.h"

#include <QVBoxLayout>

namespace ui {

FieldErrorLabel::FieldErrorLabel(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // A red that stays legible on light and dark window backgrounds.
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0xe5, 0x39, 0x35));
    setPalette(p);
    hide();
}

void FieldErrorLabel::setError(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

QWidget *FieldErrorLabel::stacked(QWidget *field, FieldErrorLabel *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    box->setFocusProxy(field); // the row's label mnemonic focuses the field
    return box;
}

} // namespace ui
