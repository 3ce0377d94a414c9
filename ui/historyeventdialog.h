#pragma once

#include "history/historytypes.h"
#include "registry/registrytypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace core {
class Repository;
}

namespace ui {

class ReadingsGrid;

/// Records one entry of a standard's history log. The type chosen shows its fields; repeatability and
/// stability readings go into grids that take what is pasted from Excel/WPS, and are judged as they are
/// typed (n, mean, s, stability, verdict). OK stores the entry through the history store, which checks
/// the sequence rules; a refusal is shown in the dialog and nothing is stored.
class HistoryEventDialog final : public QDialog
{
    Q_OBJECT
public:
    HistoryEventDialog(core::Repository &repo, const core::Standard &standard,
                       const QList<core::Equipment> &equipment, QWidget *parent = nullptr);

    void setType(core::HistoryEventType type);
    /// Fills the fields from a recorded entry, to edit it: OK stores it under the same uuid (revision
    /// checked, so an entry changed meanwhile elsewhere is not overwritten).
    void setEvent(const core::HistoryEvent &event);
    /// The event the fields describe (not yet judged by the rules).
    core::HistoryEvent composedEvent() const;
    /// The stored event after OK.
    const core::HistoryEvent &stored() const { return m_stored; }
    /// The message under the buttons (the judgement of the numbers or why the entry was refused).
    QString judgementText() const;
    QString errorText() const;

    void accept() override;

private:
    void updateFields();
    void updateJudgement();
    QList<double> readings(QString *problem) const;
    QList<core::StabilityGroup> groups(QString *problem) const;

    core::Repository &m_repo;
    core::Standard m_standard;
    QList<core::Equipment> m_equipment;
    core::HistoryEvent m_stored;
    core::HistoryEvent m_editing; ///< the entry being edited (null uuid for a new one)

    QComboBox *m_type = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_recordedBy = nullptr;
    QComboBox *m_instrument = nullptr;
    QLineEdit *m_certificateNo = nullptr;
    QLineEdit *m_institution = nullptr;
    QLineEdit *m_parameter = nullptr;
    QComboBox *m_outcome = nullptr;
    QDateEdit *m_validFrom = nullptr;
    QDateEdit *m_until = nullptr;
    QLineEdit *m_changeFrom = nullptr;
    QLineEdit *m_changeTo = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QFormLayout *m_form = nullptr;

    QGroupBox *m_repeatBox = nullptr;
    ReadingsGrid *m_readings = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_reducedReason = nullptr;
    QCheckBox *m_reevaluated = nullptr;
    QLineEdit *m_reevaluatedU = nullptr;
    QCheckBox *m_meets = nullptr;

    QGroupBox *m_stabilityBox = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_basis = nullptr;
    QLineEdit *m_limit = nullptr;
    QLineEdit *m_checkStandard = nullptr;
    ReadingsGrid *m_groups = nullptr;

    QGroupBox *m_replaceBox = nullptr;
    QLineEdit *m_newName = nullptr;
    QLineEdit *m_newModel = nullptr;
    QLineEdit *m_newSerial = nullptr;
    QLineEdit *m_newManufacturer = nullptr;
    QLineEdit *m_newRange = nullptr;
    QLineEdit *m_newAccuracy = nullptr;
    QCheckBox *m_rangeChanged = nullptr;
    QCheckBox *m_accuracyChanged = nullptr;
    QCheckBox *m_scopeChanged = nullptr;

    QLabel *m_judgement = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ui
