#pragma once

#include "verification/reverification.h"

#include <QWidget>
#include <QWizard>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace core {
class Repository;
}

namespace ui {

/// The re-verification wizard (复核检定抽样): the institution's annual plan (CSV), the seed as
/// announced, and the ratio (10 %, raised after a pass rate below 98 %); a preview of the sample size;
/// then the draw, stored once for the body and year, with the drawn instruments listed and the record
/// saved as JSON for anyone to re-run.
class ReverifyWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReverifyWizard)
public:
    enum Page { PlanPage, DrawnPage };

    ReverifyWizard(core::Repository &repo, const core::VerificationBody &body, int year,
                   QWidget *parent = nullptr);

    QLineEdit *planEdit() const { return m_planFile; }
    QLineEdit *seedEdit() const { return m_seed; }
    QLabel *planSummary() const { return m_planSummary; }
    QTableWidget *drawnTable() const { return m_drawn; }
    /// The stored draw, once the plan page was left.
    const std::optional<core::Reverification> &stored() const { return m_stored; }

    /// Reads the plan file and shows what the draw will take; false (with the reason shown) when the
    /// plan cannot be read.
    bool readPlan();
    /// Draws and stores the sample; false (with the reason shown) when refused.
    bool drawAndStore();

private:
    friend class ReverifyPlanPage;

    core::Repository &m_repo;
    core::VerificationBody m_body;
    int m_year;
    int m_ratio = 1000;
    QList<core::PlanInstrument> m_plan;
    std::optional<core::Reverification> m_stored;
    QLineEdit *m_planFile;
    QLineEdit *m_seed;
    QLabel *m_planSummary;
    QLabel *m_error;
    QTableWidget *m_drawn;
    QLabel *m_drawnSummary;
};

/// The re-verification tab of the verification bodies page: the body and the year, the drawn sample with
/// a result per instrument (stored as it is chosen), the pass rate against 98 % and whether the next
/// draw's ratio is raised.
class ReverificationTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReverificationTab)
public:
    explicit ReverificationTab(core::Repository &repo, QWidget *parent = nullptr);
    void setRepository(core::Repository &repo);
    void reload();

    QComboBox *bodyCombo() const { return m_body; }
    QSpinBox *yearSpin() const { return m_year; }
    QPushButton *drawButton() const { return m_draw; }
    QTableWidget *resultsTable() const { return m_results; }
    QLabel *rateLabel() const { return m_rate; }

    /// Sets the result of the drawn instrument in `row` and stores it.
    bool setResult(int row, core::ReverifyResult result);
    /// Opens the wizard for the chosen body and year.
    void draw();
    /// Saves the stored draw's record as JSON.
    void saveRecord();

private:
    void showSelected();

    core::Repository *m_repo;
    std::optional<core::Reverification> m_current;
    QList<core::VerificationBody> m_bodies;
    QComboBox *m_body;
    QSpinBox *m_year;
    QPushButton *m_draw;
    QPushButton *m_save;
    QTableWidget *m_results;
    QLabel *m_rate;
    bool m_filling = false;
};

} // namespace ui
