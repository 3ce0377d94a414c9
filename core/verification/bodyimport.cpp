#include "bodyimport.h"

#include "calendar.h"
#include "creditcode.h"
#include "exchange/csvreader.h"
#include "exchange/textdecoding.h"

#include <QRegularExpression>
#include <QSet>

namespace core {

namespace {

struct Column
{
    const char *key;
    const char *chinese;
    bool required;
};

const Column kColumns[] = {
    {"name", "机构名称", true},
    {"credit_code", "统一社会信用代码", true},
    {"kind", "类型", true},
    {"certificate_no", "授权证书编号", false},
    {"issued_on", "发证日期", false},
    {"expires_on", "有效期至", false},
    {"published_on", "公示日期", false},
    {"items", "授权项目", false},
    {"region", "区域", false},
    {"scope", "授权范围", false},
    {"status", "状态", false},
};

} // namespace

Result<QList<VerificationBody>> BodyImport::parse(const QByteArray &bytes, const QString &fileName,
                                                  const ObligationRules &rules)
{
    const CsvDocument doc = CsvReader::parse(decodeText(bytes).text);
    if (doc.unterminatedQuoteLine)
        return makeError(ErrorCode::InvalidInput, tr("a quoted field never closes"),
                         QStringLiteral("%1:%2").arg(fileName).arg(doc.unterminatedQuoteLine));
    if (doc.records.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("the file is empty"), fileName);
    QStringList header = doc.records.first().fields;
    if (!header.isEmpty() && header[0].startsWith(QChar(0xfeff)))
        header[0].remove(0, 1);
    QHash<QString, int> index;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header[i].trimmed();
        for (const Column &c : kColumns)
            if (h.compare(QLatin1String(c.key), Qt::CaseInsensitive) == 0 ||
                h == QString::fromUtf8(c.chinese))
                index.insert(QLatin1String(c.key), i);
    }
    const QString headerWhere = QStringLiteral("%1:%2").arg(fileName).arg(doc.records.first().line);
    for (const Column &c : kColumns)
        if (c.required && !index.contains(QLatin1String(c.key)))
            return makeError(
                ErrorCode::InvalidInput,
                tr("the column %1/%2 is missing").arg(QLatin1String(c.key), QString::fromUtf8(c.chinese)),
                headerWhere);

    QList<VerificationBody> out;
    QSet<QString> seen;
    for (qsizetype n = 1; n < doc.records.size(); ++n) {
        const CsvRecord &r = doc.records[n];
        const QString line = QStringLiteral("%1:%2").arg(fileName).arg(r.line);
        auto field = [&](const char *key) {
            const int i = index.value(QLatin1String(key), -1);
            return i >= 0 && i < r.fields.size() ? r.fields[i].trimmed() : QString();
        };
        auto where = [&](const char *key) -> QString {
            return line + u": " + header[index.value(QLatin1String(key))].trimmed();
        };
        auto date = [&](const char *key, QDate *target) -> Status {
            const QString t = field(key);
            if (t.isEmpty())
                return {};
            const auto d = calendar::parseDate(t);
            if (!d)
                return makeError(ErrorCode::InvalidInput, tr("'%1' is not a possible date").arg(t),
                                 where(key));
            *target = *d;
            return {};
        };

        VerificationBody b;
        b.name = field("name");
        const auto kind = verificationvocab::parseBodyKind(field("kind"));
        if (!kind)
            return makeError(
                ErrorCode::InvalidInput,
                tr("unknown kind '%1'; use authorized/授权 or self_committed/承诺").arg(field("kind")),
                where("kind"));
        b.kind = *kind;
        const auto code = CreditCode::check(field("credit_code"));
        if (!code.valid())
            return makeError(ErrorCode::InvalidInput, code.message, where("credit_code"));
        b.creditCode = code.normalized;
        b.certificateNo = field("certificate_no");
        for (const char *key : {"issued_on", "expires_on", "published_on"}) {
            QDate *target = QByteArrayView(key) == "issued_on"    ? &b.issuedOn
                            : QByteArrayView(key) == "expires_on" ? &b.expiresOn
                                                                  : &b.publishedOn;
            if (Status st = date(key, target); !st)
                return st.error();
        }
        if (b.kind == BodyKind::Authorized && b.issuedOn.isValid() && !b.expiresOn.isValid())
            b.expiresOn = Obligations::defaultExpiry(b.issuedOn, rules.certificateYears);
        static const QRegularExpression kSeparators(QStringLiteral("[;；、\n]"));
        for (const QString &item : field("items").split(kSeparators, Qt::SkipEmptyParts))
            if (!item.trimmed().isEmpty())
                b.items << item.trimmed();
        b.region = field("region");
        b.scope = field("scope");
        b.status = b.kind == BodyKind::Authorized ? BodyStatus::Active : BodyStatus::Published;
        if (!field("status").isEmpty()) {
            const auto status = verificationvocab::parseBodyStatus(field("status"));
            if (!status || *status == BodyStatus::Revoked)
                return makeError(
                    ErrorCode::InvalidInput,
                    tr("unknown status '%1' (a revocation is recorded with its ground, not imported)")
                        .arg(field("status")),
                    where("status"));
            b.status = *status;
        }
        if (Status st = validate(b); !st) {
            const QString col = st.error().where;
            return makeError(ErrorCode::InvalidInput, st.error().message,
                             index.contains(col) ? where(col.toLatin1().constData()) : line + u": " + col);
        }
        const QString key = b.creditCode + u'/' + verificationvocab::key(b.kind);
        if (seen.contains(key))
            return makeError(ErrorCode::InvalidInput,
                             tr("the credit code %1 appears twice for the same kind").arg(b.creditCode),
                             where("credit_code"));
        seen.insert(key);
        out.append(b);
    }
    if (out.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("the file lists no institutions"), fileName);
    return out;
}

} // namespace core
