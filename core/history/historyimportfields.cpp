// The columns of a history log import, with the headers each accepts.

#include "historyimporter.h"

namespace core {

namespace {

ImportField field(const char *key, std::initializer_list<const char *> names, bool required = false)
{
    return ImportField::make(key, names, required);
}

QList<ImportField> historyFields()
{
    return {
        field("standard_certificate_no",
              {"计量标准证书编号", "计量标准考核证书编号", "证书编号", "certificate_no", "standard"}, true),
        field("type", {"事件类型", "类型", "记录类型", "履历类型", "event_type"}, true),
        field("date", {"日期", "事件日期", "发生日期", "event_date"}, true),
        field("recorded_by", {"记录人", "登记人", "recorder"}, true),
        field("equipment_serial", {"出厂编号", "设备出厂编号", "计量标准器出厂编号", "serial_no", "serial"}),
        field("equipment_name", {"设备名称", "计量标准器名称", "仪器名称", "equipment"}),
        field("note", {"说明", "备注", "内容", "情况说明", "remarks"}),
        field("examination_certificate_no", {"考核证书编号", "新证书编号", "复查后证书编号"}),
        field("valid_from", {"发证日期", "证书发证日期", "issue_date"}),
        field("valid_until",
              {"有效期至", "证书有效期至", "溯源有效期至", "检定有效期至", "下次检定日期", "due", "until"}),
        field("institution", {"溯源机构", "检定校准机构", "检定机构", "校准机构", "组织单位"}),
        field("trace_certificate_no", {"溯源证书编号", "检定校准证书编号", "检定证书编号", "校准证书编号"}),
        field("result", {"结论", "结果", "检定结果", "溯源结论", "outcome"}),
        field("parameter", {"参数", "测量点", "检定点", "校准点", "被测参数"}),
        field("readings", {"测得值", "读数", "测量值", "各次测得值"}),
        field("reference", {"参考标准偏差", "原标准偏差", "不确定度评定中的标准偏差", "reference_s"}),
        field("reduced_reason", {"测量次数少于10次的理由", "减少测量次数的理由", "理由", "reason"}),
        field("reevaluated_uncertainty", {"重新评定的不确定度", "重新评定的测量不确定度"}),
        field("meets_requirement", {"是否满足要求", "满足要求", "仍满足要求"}),
        field("stability_method", {"考核方法", "稳定性考核方法", "method"}),
        field("stability_mode", {"计量标准类型", "新建或已建", "mode"}),
        field("limit", {"允许变化量", "考核限值", "限值"}),
        field("limit_basis", {"限值依据", "limit basis"}),
        field("check_standard", {"核查标准", "核查装置"}),
        field("groups", {"各组测得值", "分组测得值", "分组数据"}),
        field("new_name", {"新设备名称", "更换后名称"}),
        field("new_model", {"新型号", "更换后型号"}),
        field("new_serial", {"新出厂编号", "更换后出厂编号"}),
        field("new_manufacturer", {"新制造厂", "更换后制造厂"}),
        field("new_range", {"新测量范围", "更换后测量范围"}),
        field("new_accuracy", {"新准确度等级", "更换后准确度等级", "新不确定度"}),
        field("changed", {"计量特性变化", "变化内容", "changed_characteristics"}),
        field("from", {"变更前", "原"}),
        field("to", {"变更后", "新"}),
    };
}

} // namespace

const QList<ImportField> &HistoryImporter::fields()
{
    static const QList<ImportField> kFields = historyFields();
    return kFields;
}

} // namespace core
