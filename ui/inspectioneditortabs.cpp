// The inspection form's other tabs: the table's header, the on-site measurements, the conclusion and the
// record's revisions, signatures and reviews.
#include "inspectioneditor.h"

#include "checklistmodel.h"
#include "inspectiondialogs.h"
#include "storage/repository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ui {

using core::InspectionVocabulary;

namespace {
enum MeasurementColumn {
    KindColumn,
    ItemColumn,
    QuantityColumn,
    ReferenceColumn,
    MeasuredColumn,
    LimitColumn,
    ResultColumn,
    NoteColumn,
    MeasurementColumns
};
} // namespace

void InspectionEditor::buildHeaderTab(QWidget *tab)
{
    m_headerForm = new QFormLayout(tab);
    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("headerDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_date, &QDateEdit::dateChanged, this, &InspectionEditor::dateChanged);
    m_place = new QLineEdit;
    m_place->setObjectName(QStringLiteral("headerPlaceEdit"));
    connect(m_place, &QLineEdit::textEdited, this,
            [this](const QString &text) { stage(QStringLiteral("place"), text); });
    m_place->installEventFilter(this);
    m_teamLabel = new QLabel;
    m_teamLabel->setObjectName(QStringLiteral("teamLabel"));
    m_teamLabel->setWordWrap(true);
    m_teamButton = new QPushButton(tr("Change the &team…"));
    m_teamButton->setObjectName(QStringLiteral("editTeamButton"));
    connect(m_teamButton, &QPushButton::clicked, this, &InspectionEditor::editTeam);
    auto *team = new QHBoxLayout;
    team->addWidget(m_teamLabel, 1);
    team->addWidget(m_teamButton);
    m_headerForm->addRow(tr("Inspection date:"), m_date);
    m_headerForm->addRow(tr("Place:"), m_place);
    m_headerForm->addRow(tr("Team:"), team);
}

void InspectionEditor::fillHeader()
{
    m_loading = true;
    // The template's fields follow the three fixed rows; rebuild them for this record's template.
    while (m_headerForm->rowCount() > 3)
        m_headerForm->removeRow(3);
    m_headerEdits.clear();
    m_date->setDate(m_content.date);
    m_place->setText(m_content.place);
    QStringList team;
    for (const core::TeamMember &m : m_content.team) {
        const core::TemplateSigner *role = m_template.signer(m.role);
        team << m.name +
                    (role ? QStringLiteral("（") + InspectionVocabulary::pick(role->label, role->labelEn) +
                                QStringLiteral("）")
                          : QString());
    }
    m_teamLabel->setText(team.isEmpty() ? tr("no one yet") : team.join(QStringLiteral("、")));
    for (const core::TemplateHeaderField &f : m_template.header) {
        auto *edit = new QLineEdit(m_content.header.value(f.key).toString());
        edit->setObjectName(QStringLiteral("headerEdit_") + f.key);
        edit->setReadOnly(m_readOnly);
        edit->installEventFilter(this);
        const QString key = f.key;
        const QString registry = m_content.headerRegistry.value(f.key).toString();
        auto mark = [edit, registry] {
            const bool changed = edit->text() != registry;
            edit->setStyleSheet(changed ? QStringLiteral("background: rgba(255, 170, 0, 60)") : QString());
            edit->setToolTip(changed ? tr("Changed on site; the registry says: %1")
                                           .arg(registry.isEmpty() ? tr("(empty)") : registry)
                                     : (registry.isEmpty() ? QString() : tr("As the registry says")));
        };
        mark();
        connect(edit, &QLineEdit::textEdited, this, [this, key, mark](const QString &text) {
            stage(QStringLiteral("header:") + key, text);
            mark();
        });
        m_headerEdits.insert(f.key, edit);
        m_headerForm->addRow(InspectionVocabulary::pick(f.label, f.labelEn) + u':', edit);
    }
    m_date->setReadOnly(m_readOnly);
    m_place->setReadOnly(m_readOnly);
    m_teamButton->setEnabled(!m_readOnly);
    m_loading = false;
}

void InspectionEditor::dateChanged()
{
    if (m_loading || m_readOnly || !m_repo)
        return;
    flush();
    auto stored =
        m_repo->inspections().setDetails(m_uuid, m_date->date(), m_place->text(), core::systemActor());
    if (!stored) {
        reportError(tr("Cannot store the date"), stored.error());
        return;
    }
    m_inspection = *stored;
    storedNow();
}

void InspectionEditor::editTeam()
{
    TeamDialog dialog(m_template, m_inspection.team, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto stored = m_repo->inspections().setTeam(m_uuid, dialog.team(), core::systemActor());
    if (!stored) {
        reportError(tr("Cannot store the team"), stored.error());
        return;
    }
    m_inspection = *stored;
    m_content.team = stored->team;
    fillHeader();
    storedNow();
}

void InspectionEditor::buildMeasurementsTab(QWidget *tab)
{
    m_measurements = new QTableWidget(0, MeasurementColumns);
    m_measurements->setObjectName(QStringLiteral("measurementsTable"));
    m_measurements->setHorizontalHeaderLabels({tr("Kind"), tr("Item"), tr("Quantity and point"),
                                               tr("Reference"), tr("Measured"), tr("Limit"), tr("Result"),
                                               tr("Note")});
    m_measurements->horizontalHeader()->setSectionResizeMode(QuantityColumn, QHeaderView::Stretch);
    m_measurements->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    connect(m_measurements, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading)
            saveMeasurementRow(item->row());
    });
    m_addMeasurement = new QPushButton(tr("&Add a result"));
    m_addMeasurement->setObjectName(QStringLiteral("addMeasurementButton"));
    connect(m_addMeasurement, &QPushButton::clicked, this, &InspectionEditor::addMeasurement);
    m_removeMeasurement = new QPushButton(tr("&Remove"));
    m_removeMeasurement->setObjectName(QStringLiteral("removeMeasurementButton"));
    connect(m_removeMeasurement, &QPushButton::clicked, this, &InspectionEditor::removeMeasurement);
    auto *intro = new QLabel(tr("Results of an on-site test, a comparison or a blind sample, where taken."));
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addMeasurement);
    buttons->addWidget(m_removeMeasurement);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(intro);
    layout->addWidget(m_measurements, 1);
    layout->addLayout(buttons);
}

void InspectionEditor::fillMeasurements()
{
    m_loading = true;
    m_measurements->setRowCount(0);
    // The working revision's rows from the store (with their ids); an earlier revision as it was signed.
    QList<core::InspectionMeasurement> rows;
    if (m_revision == 0) {
        if (auto list = m_repo->inspections().measurements(m_uuid))
            rows = *list;
    } else {
        for (const core::ContentMeasurement &m : m_content.measurements) {
            core::InspectionMeasurement r;
            r.itemId = m.itemId;
            r.kind = m.kind;
            r.quantity = m.quantity;
            r.reference = m.reference;
            r.measured = m.measured;
            r.limit = m.limit;
            r.result = m.result;
            r.note = m.note;
            rows << r;
        }
    }
    for (const core::InspectionMeasurement &m : rows) {
        const int row = m_measurements->rowCount();
        m_measurements->insertRow(row);
        auto *kind = new QComboBox;
        for (const QString &k : InspectionVocabulary::measurementKinds())
            kind->addItem(InspectionVocabulary::measurementKindLabel(k), k);
        kind->setCurrentIndex(std::max(0, kind->findData(m.kind)));
        kind->setEnabled(!m_readOnly);
        connect(kind, &QComboBox::currentIndexChanged, this, [this, kind] {
            for (int r = 0; r < m_measurements->rowCount(); ++r)
                if (m_measurements->cellWidget(r, KindColumn) == kind)
                    saveMeasurementRow(r);
        });
        m_measurements->setCellWidget(row, KindColumn, kind);
        auto *result = new QComboBox;
        result->addItem(tr("—"), QString());
        result->addItem(tr("pass"), QStringLiteral("pass"));
        result->addItem(tr("fail"), QStringLiteral("fail"));
        result->setCurrentIndex(std::max(0, result->findData(m.result)));
        result->setEnabled(!m_readOnly);
        connect(result, &QComboBox::currentIndexChanged, this, [this, result] {
            for (int r = 0; r < m_measurements->rowCount(); ++r)
                if (m_measurements->cellWidget(r, ResultColumn) == result)
                    saveMeasurementRow(r);
        });
        m_measurements->setCellWidget(row, ResultColumn, result);
        const QStringList texts = {QString(),  m.itemId, m.quantity, m.reference,
                                   m.measured, m.limit,  QString(),  m.note};
        for (int c : {ItemColumn, QuantityColumn, ReferenceColumn, MeasuredColumn, LimitColumn, NoteColumn}) {
            auto *cell = new QTableWidgetItem(texts[c]);
            if (m_readOnly)
                cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
            m_measurements->setItem(row, c, cell);
        }
        m_measurements->item(row, ItemColumn)->setData(Qt::UserRole, m.meta.uuid);
    }
    m_addMeasurement->setEnabled(!m_readOnly);
    m_removeMeasurement->setEnabled(!m_readOnly);
    m_loading = false;
}

void InspectionEditor::saveMeasurementRow(int row)
{
    if (m_readOnly || !m_repo || row < 0 || row >= m_measurements->rowCount())
        return;
    auto text = [&](int c) {
        return m_measurements->item(row, c) ? m_measurements->item(row, c)->text().trimmed() : QString();
    };
    core::InspectionMeasurement m;
    m.meta.uuid = m_measurements->item(row, ItemColumn)->data(Qt::UserRole).toUuid();
    m.inspection = m_uuid;
    m.kind = qobject_cast<QComboBox *>(m_measurements->cellWidget(row, KindColumn))->currentData().toString();
    m.itemId = text(ItemColumn);
    m.quantity = text(QuantityColumn);
    m.reference = text(ReferenceColumn);
    m.measured = text(MeasuredColumn);
    m.limit = text(LimitColumn);
    m.result =
        qobject_cast<QComboBox *>(m_measurements->cellWidget(row, ResultColumn))->currentData().toString();
    m.note = text(NoteColumn);
    auto stored = m_repo->inspections().saveMeasurement(m, core::systemActor());
    if (!stored) {
        reportError(tr("Cannot store the measurement"), stored.error());
        return;
    }
    m_loading = true;
    m_measurements->item(row, ItemColumn)->setData(Qt::UserRole, stored->meta.uuid);
    m_loading = false;
    storedNow();
}

void InspectionEditor::addMeasurement()
{
    core::InspectionMeasurement m;
    m.inspection = m_uuid;
    m.itemId = m_template.item(QStringLiteral("F1")) ? QStringLiteral("F1") : QString();
    auto stored = m_repo->inspections().saveMeasurement(m, core::systemActor());
    if (!stored) {
        reportError(tr("Cannot store the measurement"), stored.error());
        return;
    }
    fillMeasurements();
    m_measurements->setCurrentCell(m_measurements->rowCount() - 1, QuantityColumn);
    m_measurements->editItem(m_measurements->item(m_measurements->rowCount() - 1, QuantityColumn));
    storedNow();
}

void InspectionEditor::removeMeasurement()
{
    const int row = m_measurements->currentRow();
    if (row < 0)
        return;
    const QUuid uuid = m_measurements->item(row, ItemColumn)->data(Qt::UserRole).toUuid();
    if (core::Status st = m_repo->inspections().removeMeasurement(uuid, core::systemActor()); !st) {
        reportError(tr("Cannot remove the measurement"), st.error());
        return;
    }
    fillMeasurements();
    storedNow();
}

void InspectionEditor::buildConclusionTab(QWidget *tab)
{
    m_conclusion = new QComboBox;
    m_conclusion->setObjectName(QStringLiteral("conclusionComboBox"));
    connect(m_conclusion, &QComboBox::currentIndexChanged, this, &InspectionEditor::conclusionChosen);
    m_conclusionNote = new QPlainTextEdit;
    m_conclusionNote->setObjectName(QStringLiteral("conclusionNoteEdit"));
    m_conclusionNote->setPlaceholderText(tr("Remarks on the conclusion (printed under it)"));
    m_conclusionNote->installEventFilter(this);
    connect(m_conclusionNote, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            stage(QStringLiteral("conclusion_note"), m_conclusionNote->toPlainText());
    });
    m_completeness = new QLabel;
    m_completeness->setObjectName(QStringLiteral("completenessLabel"));
    m_completeness->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Con&clusion:"), m_conclusion);
    form->addRow(tr("&Remarks:"), m_conclusionNote);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(m_completeness);
    layout->addStretch();
}

void InspectionEditor::fillConclusion()
{
    m_loading = true;
    m_conclusion->clear();
    m_conclusion->addItem(tr("(not chosen yet)"), QString());
    for (const core::TemplateConclusion &c : m_template.conclusions)
        m_conclusion->addItem(InspectionVocabulary::pick(c.label, c.labelEn), c.key);
    m_conclusion->setCurrentIndex(std::max(0, m_conclusion->findData(m_content.conclusion)));
    m_conclusion->setEnabled(!m_readOnly);
    m_conclusionNote->setPlainText(m_content.conclusionNote);
    m_conclusionNote->setReadOnly(m_readOnly);
    const core::Completeness c = core::InspectionRules::completeness(m_template, m_content);
    m_completeness->setText(c.complete() ? tr("Complete: ready to be signed.") : c.problems().join(u'\n'));
    m_loading = false;
}

void InspectionEditor::conclusionChosen()
{
    if (m_loading || m_readOnly || !m_repo)
        return;
    flush();
    auto stored = m_repo->inspections().setConclusion(m_uuid, m_conclusion->currentData().toString(),
                                                      m_conclusionNote->toPlainText(), core::systemActor());
    if (!stored) {
        reportError(tr("Cannot store the conclusion"), stored.error());
        return;
    }
    m_inspection = *stored;
    m_content.conclusion = stored->conclusion;
    storedNow();
}

void InspectionEditor::fillRecord()
{
    if (!m_repo)
        return;
    core::InspectionStore &store = m_repo->inspections();
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Revisions").toHtmlEscaped());
    const auto revisions = store.revisions(m_uuid);
    const auto signatures = store.signatures(m_uuid);
    const auto reviews = store.reviews(m_uuid);
    const auto prints = store.prints(m_uuid);
    if (revisions && !revisions->isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const core::InspectionRevision &r : *revisions) {
            html += QStringLiteral("<li><b>") + tr("Revision %1").arg(r.revisionNo).toHtmlEscaped() +
                    QStringLiteral("</b> — ") +
                    tr("signed %1, SHA-256 %2")
                        .arg(r.meta.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             r.contentSha256.left(16))
                        .toHtmlEscaped();
            if (!r.amendmentReason.isEmpty())
                html += QStringLiteral("<br>") +
                        tr("Reason of the amendment: %1").arg(r.amendmentReason).toHtmlEscaped();
            QStringList names;
            if (signatures)
                for (const core::InspectionSignature &s : *signatures)
                    if (s.revisionNo == r.revisionNo)
                        names << s.roleLabel + QStringLiteral(" ") + s.name + QStringLiteral("（") +
                                     s.signedOn.toString(Qt::ISODate) + QStringLiteral("）");
            html += QStringLiteral("<br>") +
                    tr("Signed by: %1").arg(names.join(QStringLiteral("、"))).toHtmlEscaped();
            int count = 0;
            if (prints)
                for (const core::InspectionPrint &p : *prints)
                    count += p.revisionNo == r.revisionNo ? 1 : 0;
            html += QStringLiteral("<br>") + tr("Printed %n time(s)", nullptr, count).toHtmlEscaped() +
                    QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    } else {
        html += QStringLiteral("<p>") + tr("Not signed yet.").toHtmlEscaped() + QStringLiteral("</p>");
    }
    if (m_inspection.status == core::InspectionStatus::Amending)
        html += QStringLiteral("<p>") +
                tr("Revision %1 is being amended: %2")
                    .arg(m_inspection.revisionNo)
                    .arg(m_inspection.amendmentReason)
                    .toHtmlEscaped() +
                QStringLiteral("</p>");
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Review").toHtmlEscaped());
    if (reviews && !reviews->isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const core::InspectionReview &r : *reviews)
            html += QStringLiteral("<li>") +
                    (r.decision == u"approved" ? tr("Revision %1 approved by %2 on %3")
                                               : tr("Revision %1 returned by %2 on %3"))
                        .arg(r.revisionNo)
                        .arg(r.reviewer,
                             r.meta.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                        .toHtmlEscaped() +
                    (r.comments.isEmpty() ? QString() : QStringLiteral("<br>") + r.comments.toHtmlEscaped()) +
                    QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    } else {
        html += QStringLiteral("<p>") + tr("Not reviewed yet.").toHtmlEscaped() + QStringLiteral("</p>");
    }
    html += QStringLiteral("<p style=\"color:#777\">") +
            tr("Record %1 · template %2")
                .arg(m_uuid.toString(QUuid::WithoutBraces), m_template.displayName())
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    m_record->setHtml(html);
}

} // namespace ui
