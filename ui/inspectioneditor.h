#pragma once

#include "inspection/inspectionstore.h"

#include <QHash>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeView;
class QHBoxLayout;
class QFormLayout;

namespace core {
class Repository;
}

namespace ui {

class ChecklistModel;
class EvidencePanel;

/// The form of one inspection record, made for a laptop on site: the items by group with the progress, the
/// current item with its verdict buttons (keys 1–4), finding, clause and evidence; the header of the
/// table, the measurements, the conclusion and the record's revisions, signatures and reviews. There is no
/// Save button: a verdict is stored when it is chosen, text is kept keystroke by keystroke and stored as
/// the answer after a pause, when the field is left, or when another item is chosen. A signed record (or an
/// earlier revision) is shown read-only.
class InspectionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectionEditor)
public:
    enum Tab { ChecklistTab, HeaderTab, MeasurementsTab, ConclusionTab, RecordTab };
    /// How long typing has to pause before the text is stored as the answer (it is kept before that).
    static constexpr int kIdleMs = 1200;

    explicit InspectionEditor(QWidget *parent = nullptr);
    ~InspectionEditor() override;

    void setRepository(core::Repository &repo);
    /// Shows a record: its current revision (0) or an earlier signed one. Text typed before a crash is
    /// recovered into the answers first.
    core::Status open(const QUuid &uuid, int revision = 0);
    /// Shows the record again from the store, keeping the current item.
    core::Status reload();
    void clear();

    QUuid inspectionUuid() const { return m_uuid; }
    const core::Inspection &inspection() const { return m_inspection; }
    const core::ChecklistTemplate &checklist() const { return m_template; }
    bool isReadOnly() const { return m_readOnly; }
    int shownRevision() const;

    QString currentItem() const { return m_item; }
    bool selectItem(const QString &itemId);
    /// Sets the verdict of the current item: the n-th verdict of the template (0-based), or by key.
    bool setVerdictIndex(int n);
    bool setVerdict(const QString &key);
    /// The next item in the form's order (keeps the last at the end).
    void nextItem();
    /// Stores the text still being typed as answers now.
    void flush();
    /// Marks the items that block signing.
    void highlight(const QStringList &itemIds);
    void showTab(Tab tab);

    ChecklistModel *model() const { return m_model; }
    EvidencePanel *evidencePanel() const { return m_evidence; }

Q_SIGNALS:
    /// An answer or field was stored (the list's progress changes).
    void stored();
    /// Another revision was chosen in the revision box.
    void revisionChosen(int revision);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildChecklistTab(QWidget *tab);
    void buildHeaderTab(QWidget *tab);
    void buildMeasurementsTab(QWidget *tab);
    void buildConclusionTab(QWidget *tab);
    void fillHeader();
    void fillMeasurements();
    void fillConclusion();
    void fillRecord();
    void updateBanner();
    void showItem(const QString &itemId);
    void updateVerdictButtons();
    void stage(const QString &target, const QString &text);
    bool commit(const QString &target, const QString &text);
    void storedNow();
    void reportError(const QString &title, const core::Error &e);
    void saveMeasurementRow(int row);
    void addMeasurement();
    void removeMeasurement();
    void editTeam();
    void conclusionChosen();
    void dateChanged();
    bool typingIn(QObject *o) const;

    core::Repository *m_repo = nullptr;
    QUuid m_uuid;
    int m_revision = 0;
    core::Inspection m_inspection;
    core::ChecklistTemplate m_template;
    core::InspectionContent m_content;
    bool m_readOnly = true;
    bool m_loading = false;
    QString m_item;
    QHash<QString, QString> m_pending; ///< target → text kept but not stored as the answer yet
    QTimer m_idle;

    QLabel *m_banner;
    QComboBox *m_revisionBox;
    QTabWidget *m_tabs;
    // Checklist tab
    QTreeView *m_view;
    ChecklistModel *m_model;
    QProgressBar *m_progress;
    QLabel *m_itemTitle;
    QLabel *m_itemHint;
    QHBoxLayout *m_verdictRow;
    QButtonGroup *m_verdicts;
    QPlainTextEdit *m_finding;
    QLineEdit *m_clause;
    EvidencePanel *m_evidence;
    QPushButton *m_next;
    QLabel *m_saved;
    // Header tab
    QFormLayout *m_headerForm;
    QDateEdit *m_date;
    QLineEdit *m_place;
    QLabel *m_teamLabel;
    QPushButton *m_teamButton;
    QHash<QString, QLineEdit *> m_headerEdits;
    // Measurements tab
    QTableWidget *m_measurements;
    QPushButton *m_addMeasurement;
    QPushButton *m_removeMeasurement;
    // Conclusion tab
    QComboBox *m_conclusion;
    QPlainTextEdit *m_conclusionNote;
    QLabel *m_completeness;
    // Record tab
    QTextBrowser *m_record;
};

} // namespace ui
