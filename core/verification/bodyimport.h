#pragma once

#include "obligations.h"
#include "verificationtypes.h"

#include <QCoreApplication>

namespace core {

/// Reads the register CSV of verification bodies, all or nothing. Columns (English or Chinese headers):
/// name/机构名称, credit_code/统一社会信用代码, kind/类型 (authorized/授权 or self_committed/承诺),
/// certificate_no/授权证书编号, issued_on/发证日期, expires_on/有效期至 (default: issued_on plus the
/// locality's certificate years, less a day), published_on/公示日期, items/授权项目 (separated by ; or 、),
/// region/区域, and optionally scope/授权范围, status/状态. Errors read FILE:LINE: column: message.
class BodyImport
{
    Q_DECLARE_TR_FUNCTIONS(core::BodyImport)
public:
    static Result<QList<VerificationBody>> parse(const QByteArray &bytes, const QString &fileName,
                                                 const ObligationRules &rules = {});
};

} // namespace core
