#pragma once

#include "campaign/campaigntypes.h"
#include "campaign/samplingrecord.h"

#include <QWizard>

#include <optional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTextBrowser;

namespace core {
class Repository;
}

namespace ui {

class CoverageModel;

/// The sampling wizard (抽查向导): the seed (typed as witnessed, or made at random) and the parameters;
/// a preview of the draw with the coverage of every metrology field and why each added unit is in the
/// sample; storing it (the commit step: a stored draw is never changed); then printing it or saving it as
/// PDF or JSON.
class SamplingWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SamplingWizard)
public:
    enum Page { ParametersPage, PreviewPage, DonePage };

    SamplingWizard(core::Repository &repo, const core::Campaign &campaign, QWidget *parent = nullptr);

    /// The previewed (and, after the preview page, stored) record.
    const std::optional<core::SamplingRecord> &record() const { return m_record; }
    bool stored() const { return m_stored; }

    QLineEdit *seedEdit() const { return m_seed; }
    QDoubleSpinBox *ratioSpinBox() const { return m_ratio; }
    QLineEdit *reasonEdit() const { return m_reason; }
    CoverageModel *coverageModel() const { return m_coverage; }

private:
    friend class SamplingPreviewPage;
    friend class SamplingParametersPage;
    core::DrawSettings settings() const;
    bool preview();
    bool storeRecord();

    core::Repository &m_repo;
    core::Campaign m_campaign;
    int m_earlierDraws = 0;
    std::optional<core::SamplingRecord> m_record;
    bool m_stored = false;
    QLineEdit *m_seed;
    QDoubleSpinBox *m_ratio;
    QDoubleSpinBox *m_bureauRatio;
    QSpinBox *m_focusWeight;
    QSpinBox *m_perField;
    QLineEdit *m_witnesses;
    QLineEdit *m_reason;
    QLabel *m_summary;
    CoverageModel *m_coverage;
    QTableView *m_coverageView;
    QTextBrowser *m_sampled;
    QLabel *m_done;
};

} // namespace ui
