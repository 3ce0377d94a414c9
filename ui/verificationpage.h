#pragma once

#include "areapage.h"
#include "entity.h"
#include "verification/obligations.h"
#include "verification/verificationtypes.h"

#include <optional>

#include <QList>
#include <QUuid>

class QAction;
class QDateEdit;
class QLabel;
class QTableWidget;
class QTabWidget;

namespace ui {

class ReverificationTab;

/// Verification bodies: the register of authorized institutions and self-committed enterprises (with
/// their declared items, revocation, the published list of revoked bodies and the start of a supervision
/// inspection), the obligations calendar (overdue first) as of a chosen day with the evidence that
/// closes an obligation, and re-verification draws with their results. Changes made elsewhere (the
/// command line, merged packages) show up through change signals.
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
    ReverificationTab *reverificationTab() const { return m_reverification; }
    QAction *inspectAction() const { return m_inspect; }
    QAction *declaredItemsAction() const { return m_declared; }
    QAction *revokeAction() const { return m_revoke; }
    QAction *publishRevokedAction() const { return m_publish; }
    QAction *closeObligationAction() const { return m_close; }
    core::Status reload();

    /// The body of the register's current row, if any.
    std::optional<core::VerificationBody> currentBody() const;
    void editDeclaredItems();
    void revokeCurrent();
    /// Writes the published list of revoked bodies: XLSX, CSV or PDF by the chosen file's suffix.
    bool publishRevoked(const QString &path);
    void closeCurrentObligation();

Q_SIGNALS:
    /// The user asked for a supervision inspection of `institution` (the on-site inspection area opens it).
    void inspectRequested(const QUuid &institution);

private:
    void repositoryChanged(core::Entity entity, const QList<QUuid> &uuids);
    void updateActions();

    core::Repository *m_repo = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_register = nullptr;
    QTableWidget *m_obligations = nullptr;
    ReverificationTab *m_reverification = nullptr;
    QList<core::VerificationBody> m_bodies;
    QList<core::Obligation> m_shownObligations;
    QAction *m_inspect = nullptr;
    QAction *m_declared = nullptr;
    QAction *m_revoke = nullptr;
    QAction *m_publish = nullptr;
    QAction *m_close = nullptr;
    QDateEdit *m_asOf = nullptr;
    QLabel *m_summary = nullptr;
    QMetaObject::Connection m_connection;
};

} // namespace ui
