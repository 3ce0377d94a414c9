#pragma once

#include "campaign/campaigntypes.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace core {
class Repository;
}

namespace ui {

class FieldErrorLabel;

/// Creates a campaign from a preset (national 2021, Tianjin 2021) for a year and bureau, or edits one:
/// name, scope (categories, certificates of lower bureaus) and every date. The dates are checked as they
/// are typed; OK stores the campaign.
class CampaignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDialog)
public:
    CampaignDialog(core::Repository &repo, std::optional<core::Campaign> existing, QWidget *parent = nullptr);

    /// The campaign as stored after OK.
    const core::Campaign &campaign() const { return m_campaign; }
    QPushButton *okButton() const;

    void accept() override;

private:
    void applyPreset();
    void showCampaign(const core::Campaign &c);
    core::Campaign edited() const;
    void check();

    core::Repository &m_repo;
    bool m_new;
    core::Campaign m_campaign;
    QList<core::Bureau> m_bureaus;
    QComboBox *m_preset;
    QSpinBox *m_year;
    QLineEdit *m_name;
    QComboBox *m_bureau;
    QHash<int, QCheckBox *> m_categories;
    QCheckBox *m_includeLower;
    QList<std::pair<QDateEdit *, QDateEdit *>> m_spans;
    QDateEdit *m_unitReportsDue;
    QDateEdit *m_bureauReportsDue;
    QDateEdit *m_reportDue;
    FieldErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
