#pragma once

#include <QLabel>

namespace ui {

/// The red line under a form field that says what is wrong with it; hidden while the field is fine.
class FieldErrorLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldErrorLabel)
public:
    explicit FieldErrorLabel(const QString &objectName, QWidget *parent = nullptr);
    /// Shows `message`, or hides the label when it is empty.
    void setError(const QString &message);

    /// `field` with `error` under it, as one widget for a form row.
    static QWidget *stacked(QWidget *field, FieldErrorLabel *error);
};

} // namespace ui
