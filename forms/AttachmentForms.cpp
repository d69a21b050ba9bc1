#include "forms/AttachmentForms.h"

#include "forms/ChineseFormat.h"
#include "forms/FormHtml.h"
#include "forms/SignUpFormWording.h"

using namespace Qt::StringLiterals;

namespace {

bool is004(const FormContext &c) {
    return c.variant == "004"_L1;
}

QString titleOf(const FormContext &c, int form) {
    const QString t = form == 1 ? c.form1Title : form == 2 ? c.form2Title : c.form3Title;
    return t.isEmpty() ? AttachmentForms::defaultTitle(form, c.variant) : t;
}

QString titleHtml(const FormContext &c, const QString &title) {
    return FormHtml::title(ChineseFormat::titleWords(title, c.titleNames()));
}

// A row of two label/value pairs, as both seeds lay out 单位/负责人 and 电话/日期: the label
// columns wide enough for 企业负责人 on one line.
QString pairRow(const QString &l1, const QString &v1, const QString &l2, const QString &v2) {
    return u"<tr>"_s + FormHtml::label(l1, 1, 1, u"20%"_s) +
           FormHtml::value(v1, 1, 1, 10, 1, u"30%"_s) + FormHtml::label(l2, 1, 1, u"20%"_s) +
           FormHtml::value(v2, 1, 1, 10, 1, u"30%"_s) + u"</tr>"_s;
}

// A writing row across the form: its label, and a cell taking `weight` shares of the page.
QString wideRow(const QString &label, const QString &value, int weight, const QString &lead = {},
                const QString &labelWidth = u"20%"_s) {
    return u"<tr>"_s + FormHtml::label(label, 1, 1, labelWidth, FormHtml::isLong(value)) +
           FormHtml::writing(value, weight, 3, 1, {}, lead) + u"</tr>"_s;
}

// The three grades of 总体评价; the chosen one is marked ■ so that the paper form can be
// ticked by hand and the printed one reads at a glance.
QString levelBoxes(const QString &level) {
    const QStringList codes = {u"satisfied"_s, u"basic"_s, u"unsatisfied"_s};
    return FormHtml::tickBoxes({u"满意"_s, u"基本满意"_s, u"不满意"_s}, int(codes.indexOf(level)));
}

} // namespace

QString AttachmentForms::defaultTitle(int form, const QString &variant) {
    if (variant == "004"_L1) {
        static const QString t[] = {u"乌审旗政务服务“亲清”政企恳谈会议题表"_s,
                                    u"乌审旗政务服务“亲清”政企恳谈会议题办理情况表"_s,
                                    u"乌审旗政务服务“亲清”政企恳谈会总体评价表"_s};
        return t[std::clamp(form, 1, 3) - 1];
    }
    static const QString t[] = {u"政企畅谈会报名申请表"_s, u"政企畅谈会办理情况表"_s,
                                u"政企畅谈会办结评价表"_s};
    return t[std::clamp(form, 1, 3) - 1];
}

PrintableDocument AttachmentForms::form1(const FormContext &c, const AppealFormData *a) {
    const SignUpFormWording w = SignUpFormWording::of(c.variant, titleOf(c, 1));
    QString html = FormHtml::attachmentLabel(u"附件1"_s) + titleHtml(c, w.title);
    html += FormHtml::rightLine(w.number + (a ? a->number : QString()));
    html += FormHtml::tableStart();
    html += pairRow(w.unit, a ? a->submittingUnit : QString(), w.person,
                    a ? a->responsiblePerson : QString());
    html += pairRow(w.phone, a ? a->phone : QString(), w.date,
                    a ? ChineseFormat::date(a->submitDate) : QString());
    html += wideRow(w.problem, a ? a->problem : QString(), 5);
    html += wideRow(w.suggestions, a ? a->suggestions : QString(), 3);
    const QString remark =
        w.remarksHint + (a && !a->priorHandling.isEmpty() ? u"\n"_s + a->priorHandling : QString());
    // Seed 000 prints no 备注 label: the row holds only the hint in brackets.
    html += wideRow(is004(c) ? w.remarks : QString(), remark, 2);
    html += FormHtml::tableEnd();
    html += FormHtml::footnotes(w.footnotes);
    PrintableDocument doc;
    doc.name = w.title + (a ? u"-"_s + a->number : u"-空白"_s);
    doc.html = html;
    return doc;
}

PrintableDocument AttachmentForms::form2(const FormContext &c, const AssignmentFormData *s) {
    const bool v4 = is004(c);
    QString html = FormHtml::attachmentLabel(u"附件2"_s) + titleHtml(c, titleOf(c, 2));
    if (s && !s->number.isEmpty())
        html += FormHtml::rightLine(u"编号："_s + s->number);
    html += FormHtml::tableStart();
    html +=
        u"<tr>"_s +
        FormHtml::label(u"议题主要内容"_s, 1, 1, u"22%"_s, s && FormHtml::isLong(s->topicContent)) +
        FormHtml::writing(s ? s->topicContent : QString(), 4, 3) + u"</tr>"_s;

    // One block of four cells per unit: name spanning two rows, then 联系人 and 联系电话. Seed
    // 000 leaves the 联系人 label cell empty (the contact is written there by hand); 004 has it.
    const QString contactLabel = v4 ? u"联系人"_s : QString();
    auto unitRows = [&contactLabel](const QString &label, int units, const QString &name,
                                    const QString &contact, const QString &phone, bool first) {
        QString rows = u"<tr>"_s;
        if (first)
            rows += FormHtml::label(label, 2 * units, 1, u"22%"_s);
        rows += FormHtml::value(name, 1, 2, 12, 2, u"36%"_s) +
                FormHtml::label(contactLabel, 1, 1, u"16%"_s) +
                FormHtml::value(contact, 1, 1, 8, 1, u"26%"_s) + u"</tr><tr>"_s +
                FormHtml::label(u"联系电话"_s, 1, 1, u"16%"_s) + FormHtml::value(phone, 1, 1, 8) +
                u"</tr>"_s;
        return rows;
    };
    html += unitRows(u"牵头承办部门（单位）"_s, 1, s ? s->leadDepartment : QString(),
                     s ? s->leadContact : QString(), s ? s->leadPhone : QString(), true);
    const QList<CooperatorFormData> cooperators =
        s && !s->cooperators.isEmpty() ? s->cooperators : QList<CooperatorFormData>{{}};
    for (int i = 0; i < cooperators.size(); ++i)
        html += unitRows(u"配合办理部门（单位）"_s, int(cooperators.size()),
                         cooperators.at(i).department, cooperators.at(i).contact,
                         cooperators.at(i).phone, i == 0);
    QString feedback = s ? s->feedback : QString();
    if (v4) {
        html += wideRow(u"办理结果"_s, s ? s->result : QString(), 4, {}, u"22%"_s);
    } else if (s && !s->result.isEmpty()) {
        // Seed 000 has no 办理结果 row; the result is what is fed back, so it leads that cell.
        feedback =
            u"办理结果："_s + s->result + (feedback.isEmpty() ? QString() : u"\n"_s + feedback);
    }
    html += wideRow(u"反馈情况"_s, feedback, 4, {}, u"22%"_s);
    html += wideRow(u"督查情况"_s, s ? s->supervision : QString(), v4 ? 2 : 3, {}, u"22%"_s);
    html += FormHtml::tableEnd();
    if (v4)
        html += FormHtml::footnotes(
            {u"注：1."
             u"议题办理涉及多个部门（单位）的，配合部门（单位）及时把相关意见报牵头部门（单位），"
             "由牵头部门（单位）汇总及时反馈。"_s});
    else
        html +=
            FormHtml::footnotes({u"注：1. "
                                 u"议题办理涉及多个部门（单位）的，配合部门（单位）及时把相关意见涉"
                                 u"及报牵头部门（单位），"
                                 "并由牵头部门（单位）负责汇兑及反馈。"_s,
                                 u"2. 发生办结超时等情况时，市政府办联合督查室启动督查程序。"_s});
    PrintableDocument doc;
    doc.name = titleOf(c, 2) + (s ? u"-"_s + QString::number(s->id) : u"-空白"_s);
    doc.html = html;
    return doc;
}

PrintableDocument AttachmentForms::form3(const FormContext &c, const EvaluationFormData *e) {
    const bool v4 = is004(c);
    QString html = FormHtml::attachmentLabel(u"附件3"_s) + titleHtml(c, titleOf(c, 3));
    if (e && !e->number.isEmpty())
        html += FormHtml::rightLine(u"编号："_s + e->number);
    html += FormHtml::tableStart();
    html += pairRow(v4 ? u"评价企业"_s : u"评价单位"_s, e ? e->evaluatingUnit : QString(),
                    v4 ? u"负责人"_s : u"企业负责人"_s, e ? e->responsiblePerson : QString());
    html += pairRow(u"联系电话"_s, e ? e->phone : QString(), u"提交日期"_s,
                    e ? ChineseFormat::date(e->submitDate) : QString());
    html += wideRow(u"总体评价\u200b意见"_s, e ? e->opinion : QString(), 4,
                    levelBoxes(e ? e->level : QString()));
    html += wideRow(u"其他意见\u200b建议"_s, e ? e->suggestions : QString(), 4);
    html += wideRow(u"备注"_s, QString(), 1);
    html += FormHtml::tableEnd();
    PrintableDocument doc;
    doc.name = titleOf(c, 3) + (e ? u"-"_s + QString::number(e->id) : u"-空白"_s);
    doc.html = html;
    return doc;
}
