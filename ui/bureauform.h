#pragma once

#include "registry/registrytypes.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace ui {

class FieldErrorLabel;

/// The fields of this workstation's bureau (name, level, region code), shared by the settings dialog
/// and the first-run assistant. Checks them with core's bureau rules and shows what is wrong under the field.
class BureauForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BureauForm)
public:
    explicit BureauForm(QWidget *parent = nullptr);

    void setBureau(const core::Bureau &bureau);
    core::Bureau bureau() const; ///< name, level and region as entered (uuid not set)
    bool isEmpty() const;        ///< no name entered
    /// Checks the fields; shows the problem under the field and returns false when there is one.
    bool check();

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *levelCombo() const { return m_level; }
    QLineEdit *regionEdit() const { return m_region; }

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_name;
    QComboBox *m_level;
    QLineEdit *m_region;
    FieldErrorLabel *m_nameError;
    FieldErrorLabel *m_regionError;
};

/// A workspace location: a line edit for the path (or a postgresql:// URL) with a button to choose a file.
class WorkspaceField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceField)
public:
    /// `create`: the button asks for a file to create (an existing one may be chosen too).
    explicit WorkspaceField(bool create, QWidget *parent = nullptr);
    QString location() const;
    void setLocation(const QString &location);
    QLineEdit *edit() const { return m_edit; }
    QPushButton *browseButton() const { return m_browse; }

Q_SIGNALS:
    void changed();

private:
    void browse();

    bool m_create;
    QLineEdit *m_edit;
    QPushButton *m_browse;
};

} // namespace ui
