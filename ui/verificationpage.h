#pragma once

#include "areapage.h"
#include "entity.h"

#include <QList>
#include <QUuid>

class QDateEdit;
class QLabel;
class QTableWidget;
class QTabWidget;

namespace ui {

/// Verification bodies: the register of authorized institutions and self-committed enterprises, and the
/// obligations calendar (overdue first) as of a chosen day. Reads the verification store and the core
/// rules; changes come from the command line or other workspaces and show up through change signals.
class VerificationPage final : public AreaPage
{
    Q_OBJECT
public:
    explicit VerificationPage(core::Repository &repo, QWidget *parent = nullptr);

    core::Status setRepository(core::Repository &repo) override;
    void activated() override;

    QTableWidget *registerTable() const { return m_register; }
    QTableWidget *obligationsTable() const { return m_obligations; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    core::Status reload();

private:
    void repositoryChanged(core::Entity entity, const QList<QUuid> &uuids);

    core::Repository *m_repo = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_register = nullptr;
    QTableWidget *m_obligations = nullptr;
    QDateEdit *m_asOf = nullptr;
    QLabel *m_summary = nullptr;
    QMetaObject::Connection m_connection;
};

} // namespace ui
