#include "forms/SignUpFormWording.h"

#include "forms/AttachmentForms.h"

using namespace Qt::StringLiterals;

SignUpFormWording SignUpFormWording::of(const QString &variant, const QString &title) {
    const bool v4 = variant == "004"_L1;
    SignUpFormWording w;
    w.title = title.isEmpty() ? AttachmentForms::defaultTitle(1, v4 ? u"004"_s : u"000"_s) : title;
    w.number = u"编号："_s;
    w.unit = v4 ? u"提交企业"_s : u"提交单位"_s;
    w.person = v4 ? u"负责人"_s : u"企业负责人"_s;
    w.phone = u"联系电话"_s;
    w.date = u"提交日期"_s;
    w.problem = u"困难问题"_s;
    w.suggestions = u"意见建议"_s;
    w.remarks = u"备注"_s;
    w.remarksHint = u"（前期问题困难反映情况及初步结果）"_s;
    // Verbatim, including each seed's own spacing after the numbers.
    if (v4)
        w.footnotes = {u"注：1.收集困难问题可以是企业，也可以是企业行业性面临的困难和问题。"_s,
                       u"2.提出的意见建议尽可能详细、有效。"_s};
    else
        w.footnotes = {
            u"注：1. 收集的困难问题既可以是企业个体、也可以是企业行业性面临的困难和问题。"_s,
            u"2. 需市级层面协调解决的，根据市职能能解决的。"_s,
            u"3. 提出的意见建议尽可能详细、有效。"_s};
    return w;
}
