#include "bureauform.h"

#include "dialogservice.h"
#include "fielderrorlabel.h"
#include "labels.h"
#include "registry/validation.h"
#include "registry/vocabulary.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace ui {

BureauForm::BureauForm(QWidget *parent) : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("bureauNameEdit"));
    m_name->setPlaceholderText(tr("e.g. 天津市东丽区市场监督管理局"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("bureauLevelCombo"));
    for (core::BureauLevel l : core::vocab::bureauLevels())
        m_level->addItem(labels::bureauLevel(l), int(l));
    m_level->setCurrentIndex(m_level->findData(int(core::BureauLevel::District)));
    m_region = new QLineEdit(this);
    m_region->setObjectName(QStringLiteral("regionCodeEdit"));
    m_region->setPlaceholderText(tr("6 digits, e.g. 120110"));
    m_region->setMaxLength(6);
    m_region->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_region));
    m_nameError = new FieldErrorLabel(QStringLiteral("bureauNameErrorLabel"), this);
    m_regionError = new FieldErrorLabel(QStringLiteral("regionCodeErrorLabel"), this);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto addRow = [&](const QString &text, QWidget *field, QWidget *shown) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, shown);
    };
    addRow(tr("Bureau &name:"), m_name, FieldErrorLabel::stacked(m_name, m_nameError));
    addRow(tr("&Level:"), m_level, m_level);
    addRow(tr("&Region code:"), m_region, FieldErrorLabel::stacked(m_region, m_regionError));
    m_region->setToolTip(tr("The administrative division code of the bureau's region (GB/T 2260)"));

    connect(m_name, &QLineEdit::textChanged, this, &BureauForm::changed);
    connect(m_region, &QLineEdit::textChanged, this, &BureauForm::changed);
    connect(m_level, &QComboBox::currentIndexChanged, this, &BureauForm::changed);
}

void BureauForm::setBureau(const core::Bureau &bureau)
{
    m_name->setText(bureau.name);
    m_level->setCurrentIndex(std::max(0, m_level->findData(int(bureau.level))));
    m_region->setText(bureau.regionCode);
}

core::Bureau BureauForm::bureau() const
{
    core::Bureau b;
    b.name = m_name->text().trimmed();
    b.level = core::BureauLevel(m_level->currentData().toInt());
    b.regionCode = m_region->text().trimmed();
    return b;
}

bool BureauForm::isEmpty() const
{
    return m_name->text().trimmed().isEmpty();
}

bool BureauForm::check()
{
    m_nameError->setError({});
    m_regionError->setError({});
    const core::Status st = core::validate(bureau());
    if (st)
        return true;
    if (st.error().where == u"region_code") {
        m_regionError->setError(st.error().message);
        m_region->setFocus();
    } else {
        m_nameError->setError(st.error().message);
        m_name->setFocus();
    }
    return false;
}

WorkspaceField::WorkspaceField(bool create, QWidget *parent) : QWidget(parent), m_create(create)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("workspaceEdit"));
    m_edit->setPlaceholderText(tr("A .metinspect file, or postgresql://user@host/database"));
    m_edit->setAccessibleName(tr("Workspace location"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseWorkspaceButton"));
    m_browse->setToolTip(tr("Choose the workspace file"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_browse);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &WorkspaceField::changed);
    connect(m_browse, &QPushButton::clicked, this, &WorkspaceField::browse);
}

QString WorkspaceField::location() const
{
    return m_edit->text().trimmed();
}

void WorkspaceField::setLocation(const QString &location)
{
    m_edit->setText(location);
}

void WorkspaceField::browse()
{
    const QString current = location().startsWith(u"postgresql:") ? QDir::homePath() : location();
    const QString filter = tr("MetInspect workspaces (*.metinspect);;All files (*)");
    QString path = m_create
                       ? DialogService::instance().saveFileName(this, tr("Workspace file"), current, filter)
                       : DialogService::instance().openFileName(this, tr("Open workspace"),
                                                                QFileInfo(current).absolutePath(), filter);
    if (path.isEmpty())
        return;
    if (m_create && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".metinspect");
    m_edit->setText(QDir::toNativeSeparators(path));
}

} // namespace ui
