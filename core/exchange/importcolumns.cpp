#include "importcolumns.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace core {

ImportField ImportField::make(const char *key, std::initializer_list<const char *> names, bool required)
{
    ImportField f;
    f.key = QString::fromLatin1(key);
    f.names << f.key;
    for (const char *n : names)
        f.names << QString::fromUtf8(n);
    f.required = required;
    return f;
}

namespace {
ImportField field(const char *key, std::initializer_list<const char *> names, bool required = false)
{
    return ImportField::make(key, names, required);
}

QList<ImportField> unitFields()
{
    return {
        field("name", {"单位名称", "建标单位名称", "建标单位", "单位", "企业名称", "unit_name", "unit"},
              true),
        field("credit_code",
              {"统一社会信用代码", "社会信用代码", "信用代码", "unified_social_credit_code", "uscc"}, true),
        field("district", {"所属区域", "区域", "所属区县", "区县", "辖区"}),
        field("address", {"地址", "单位地址", "注册地址"}),
        field("contact", {"联系人"}),
        field("phone", {"联系电话", "电话", "手机", "telephone"}),
        field("focus", {"重点领域", "重点领域标记", "focus_areas"}),
    };
}

QList<ImportField> standardFields()
{
    return {
        field("certificate_no", {"证书编号", "证书号", "计量标准考核证书编号", "考核证书编号", "certificate"},
              true),
        field("name", {"计量标准名称", "标准名称"}, true),
        field("code", {"计量标准代码", "标准代码", "standard_code"}, true),
        field("holder_credit_code",
              {"建标单位统一社会信用代码", "建标单位信用代码", "统一社会信用代码", "holder", "credit_code"},
              true),
        field("category", {"类别", "计量标准类别", "标准类别"}, true),
        field("issuing_bureau", {"发证机关", "发证单位", "bureau"}),
        field("issued_on", {"发证日期", "发证时间", "issue_date"}, true),
        field("expires_on", {"有效期至", "有效期", "证书有效期至", "到期日期", "expiry_date"}),
        field("range", {"测量范围", "measuring_range"}),
        field("uncertainty", {"不确定度或准确度等级或最大允许误差", "不确定度/准确度等级/最大允许误差",
                              "不确定度", "准确度等级", "最大允许误差", "accuracy"}),
        field("person_in_charge", {"计量标准负责人", "负责人"}),
        field("status", {"状态", "计量标准状态"}),
    };
}

QList<ImportField> equipmentFields()
{
    return {
        field("standard_certificate_no",
              {"计量标准证书编号", "计量标准考核证书编号", "证书编号", "certificate_no"}, true),
        field("kind", {"类型", "设备类型", "类别"}),
        field("name", {"名称", "设备名称", "仪器名称", "计量标准器名称"}, true),
        field("model", {"型号", "型号规格", "规格型号"}),
        field("serial_no", {"出厂编号", "编号", "序列号", "serial"}),
        field("manufacturer", {"制造厂", "生产厂家", "制造单位", "maker"}),
        field("range", {"测量范围", "measuring_range"}),
        field("accuracy", {"准确度等级或不确定度", "不确定度或准确度等级或最大允许误差", "准确度等级",
                           "不确定度", "最大允许误差", "uncertainty"}),
        field("trace_institution", {"溯源机构", "检定校准机构", "检定机构"}),
        field("trace_certificate_no", {"溯源证书编号", "检定校准证书编号", "检定证书编号"}),
        field("trace_date", {"检定校准日期", "检定日期", "校准日期", "溯源日期"}),
        field("trace_due", {"有效期至", "溯源有效期至", "检定有效期至", "下次检定日期"}),
    };
}

QList<ImportField> personnelFields()
{
    return {
        field("standard_certificate_no",
              {"计量标准证书编号", "计量标准考核证书编号", "证书编号", "certificate_no"}, true),
        field("name", {"姓名", "人员姓名"}, true),
        field("role", {"岗位", "职责", "岗位职责"}),
        field("competence", {"能力证明", "资格证明", "能力证明材料"}),
        field("valid_until", {"有效期至", "有效期"}),
    };
}

QString fold(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == u'*')
            continue;
        s.append(c.toLower());
    }
    return s;
}

/// The header without a trailing note in parentheses, or empty when it has none.
QString withoutNote(const QString &folded)
{
    if (!folded.endsWith(u')'))
        return {};
    const qsizetype open = folded.lastIndexOf(u'(');
    return open > 0 ? folded.left(open) : QString();
}
} // namespace

const QList<ImportField> &ImportColumns::fields(ImportKind kind)
{
    static const QList<ImportField> units = unitFields();
    static const QList<ImportField> standards = standardFields();
    static const QList<ImportField> equipment = equipmentFields();
    static const QList<ImportField> personnel = personnelFields();
    switch (kind) {
    case ImportKind::Units:
        return units;
    case ImportKind::Standards:
        return standards;
    case ImportKind::Equipment:
        return equipment;
    case ImportKind::Personnel:
        return personnel;
    }
    return units;
}

QString ImportColumns::keyFor(ImportKind kind, const QString &header)
{
    return keyFor(fields(kind), header);
}

QString ImportColumns::keyFor(const QList<ImportField> &fields, const QString &header)
{
    const QString folded = fold(header);
    if (folded.isEmpty())
        return {};
    const QString bare = withoutNote(folded);
    for (const QString &candidate : {folded, bare}) {
        if (candidate.isEmpty())
            continue;
        for (const ImportField &f : fields)
            for (const QString &name : f.names)
                if (fold(name) == candidate)
                    return f.key;
    }
    return {};
}

ImportColumns ImportColumns::map(ImportKind kind, const QStringList &headers, const QString &file, int line,
                                 QList<ImportIssue> &issues)
{
    return map(fields(kind), headers, file, line, issues);
}

ImportColumns ImportColumns::map(const QList<ImportField> &fields, const QStringList &headers,
                                 const QString &file, int line, QList<ImportIssue> &issues)
{
    ImportColumns c;
    for (const QString &h : headers) {
        const QString header = h.trimmed();
        const QString key = keyFor(fields, header);
        const int column = int(c.m_headers.size());
        c.m_headers << header;
        if (!key.isEmpty() && c.m_index.contains(key)) {
            issues.append(
                {file, line, header,
                 CsvImporter::tr("this column and the column '%1' both give the field %2; remove one of them")
                     .arg(c.m_headers.at(c.m_index.value(key)), key)});
            c.m_keys << QString();
            continue;
        }
        c.m_keys << key;
        if (!key.isEmpty())
            c.m_index.insert(key, column);
    }
    for (const ImportField &f : fields)
        if (f.required && !c.m_index.contains(f.key))
            issues.append({file, line, QString(),
                           CsvImporter::tr("the required column %1 is missing (accepted headers: %2)")
                               .arg(f.key, f.names.join(u", "))});
    return c;
}

QString ImportColumns::header(const QString &key) const
{
    const int i = index(key);
    return i >= 0 ? m_headers.at(i) : key;
}

} // namespace core
