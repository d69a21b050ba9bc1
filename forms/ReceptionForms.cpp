#include "forms/ReceptionForms.h"

#include "forms/ChineseFormat.h"
#include "forms/FormHtml.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The name the seed's titles start with: 乌海市“市长服务民营企业接待日”.
QString prefix(const FormContext &c) {
    return c.profileName.isEmpty() ? c.meetingName : c.profileName;
}

QString titleHtml(const FormContext &c, const QString &document) {
    return FormHtml::title(ChineseFormat::titleWords(prefix(c) + document, c.titleNames()));
}

QString orBlank(const QString &value, const QString &blank) {
    return value.isEmpty() ? blank : value;
}

// Label columns of 20 %: 企业负责人 on one line, 联系人及电话 and 统一社会信用代码 in two even
// lines (FormHtml::label).
QString pairRow(const QString &l1, const QString &v1, const QString &l2, const QString &v2) {
    return u"<tr>"_s + FormHtml::label(l1, 1, 1, u"20%"_s) +
           FormHtml::value(v1, 1, 1, 10, 1, u"30%"_s) + FormHtml::label(l2, 1, 1, u"20%"_s) +
           FormHtml::value(v2, 1, 1, 10, 1, u"30%"_s) + u"</tr>"_s;
}

QString lineRow(const QString &label, const QString &value) {
    return u"<tr>"_s + FormHtml::label(label, 1, 1, u"20%"_s) + FormHtml::value(value, 3) +
           u"</tr>"_s;
}

// A writing row taking `weight` shares of the page (PageFill).
QString wideRow(const QString &label, const QString &value, int weight) {
    return u"<tr>"_s + FormHtml::label(label, 1, 1, u"20%"_s, FormHtml::isLong(value)) +
           FormHtml::writing(value, weight, 3) + u"</tr>"_s;
}

// 市长或副市长, 旗长或副旗长 …: who receives, when the meeting names nobody yet.
QString defaultReceivers(const QString &level) {
    return u"%1长或副%1长"_s.arg(level);
}

} // namespace

PrintableDocument ReceptionForms::notice(const FormContext &c, const MeetingFormData *m) {
    const QString gap = u"\u3000\u3000"_s;
    const QString when =
        m && m->date.isValid()
            ? ChineseFormat::date(m->date) + u"（"_s + ChineseFormat::weekday(m->date) + u"）"_s
            : u"\u3000\u3000年\u3000\u3000月\u3000\u3000日（星期\u3000）"_s;
    // The office's own level (市, 旗, 县, 区): 乌审旗 says 我旗 and 全旗, not 我市.
    const QString level = ChineseFormat::locality(c.issuer + c.profileName);
    const QString who =
        m && !m->chairs.isEmpty() ? m->chairs.join(u"、"_s) : defaultReceivers(level);
    const QString room = m ? orBlank(m->place, gap + gap + u"会议室"_s) : gap + gap + u"会议室"_s;
    const QString scope =
        m && !m->noticeScope.isEmpty()
            ? m->noticeScope
            : u"企业在生产经营中存在的问题、项目建设中遇到的问题、对全%1经济发展和营商环境的意见"
              u"和建议等"_s.arg(level);
    const QString from = m && m->bookingFrom.isValid() ? ChineseFormat::monthDay(m->bookingFrom)
                                                       : u"\u3000\u3000月\u3000\u3000日"_s;
    const QString to = m && m->bookingTo.isValid() ? ChineseFormat::monthDay(m->bookingTo)
                                                   : u"\u3000\u3000月\u3000\u3000日"_s;

    // GB/T 9704 7.3.1: a blank line between the title and the text.
    QString html = titleHtml(c, u"通告"_s) + FormHtml::blankLine();
    // The meeting's name in quotes; its own quotes (“亲清”) become single ones inside them.
    const QString name = ChineseFormat::quoted(c.meetingName);
    html += FormHtml::paragraph(FormHtml::text(
        u"为进一步优化营商环境，多形式、多渠道解决我%1企业发展中遇到的突出困难和问题，根据%2制度"
        u"要求，%3，%4将在%5接待企业来访，时间半天。受理事项：%6。根据中共中央、国务院《信访工作"
        u"条例》要求，企业反映涉法涉诉、违纪违法问题由同级政法部门、纪检监察部门依法处理，%7将不再"
        u"现场受理企业涉法涉诉、违纪违法问题。"_s.arg(level, name, when, who, room, scope,
                                                      c.meetingName)));
    html += FormHtml::paragraph(FormHtml::text(
        u"企业预约登记时间从%1至%2。企业可通过电话、传真、邮箱、现场登记等方式进行预约。"_s.arg(
            from, to)));
    html +=
        FormHtml::paragraph(FormHtml::text(u"电话及传真："_s + (m ? m->contactPhone : QString())));
    html +=
        FormHtml::paragraph(FormHtml::text(u"电子邮箱："_s + (m ? m->contactEmail : QString())));
    html += FormHtml::paragraph(
        FormHtml::text(u"现场预约时间："_s + (m ? m->bookingHours : QString())));
    html += FormHtml::paragraph(
        FormHtml::text(u"地点："_s + (m ? m->bookingPlace : QString()) +
                       (m && !m->bookingPlace.isEmpty() ? u"。"_s : QString())));
    const QString dated = m && m->noticeDate.isValid() ? ChineseFormat::date(m->noticeDate)
                                                       : ChineseFormat::blankDate();
    html += FormHtml::blankLine() + FormHtml::signature(c.issuer, dated);
    PrintableDocument doc;
    doc.name = prefix(c) + u"通告"_s + (m ? u"-"_s + QString::number(m->id) : u"-空白"_s);
    doc.html = html;
    doc.layout = PrintableDocument::Layout::Official;
    return doc;
}

PrintableDocument ReceptionForms::booking(const FormContext &c, const AppealFormData *a) {
    QString html = FormHtml::attachmentLabel(u"附件2"_s) + titleHtml(c, u"来访企业预约登记表"_s);
    html += FormHtml::rightLine(u"编号："_s + (a ? a->number : QString()));
    html += FormHtml::tableStart();
    html += lineRow(u"企业名称"_s, a ? a->submittingUnit : QString());
    html += lineRow(u"统一社会信用代码"_s, a ? a->uscc : QString());
    html += pairRow(u"企业负责人"_s, a ? a->responsiblePerson : QString(), u"联系电话"_s,
                    a ? a->phone : QString());
    html += pairRow(u"所属行业"_s, a ? a->industry : QString(), u"诉求领域"_s,
                    a ? a->domain : QString());
    // One box a line: 行业共性 never breaks inside its words.
    const QString scope = FormHtml::tickBoxes({u"企业个体"_s, u"行业共性"_s},
                                              !a ? -1 : (a->industryWide ? 1 : 0), 14, u"<br/>"_s);
    html +=
        u"<tr>"_s + FormHtml::label(u"预约日期"_s, 1, 1, u"20%"_s) +
        FormHtml::value(a ? ChineseFormat::date(a->submitDate) : QString(), 1, 1, 10, 1, u"30%"_s) +
        FormHtml::label(u"诉求类型"_s, 1, 1, u"20%"_s) + u"<td width=\"30%\">"_s + scope +
        u"</td></tr>"_s;
    html += wideRow(u"诉求事项"_s, a ? a->problem : QString(), 5);
    html += wideRow(u"意见建议"_s, a ? a->suggestions : QString(), 3);
    html += wideRow(u"前期\u200b反映情况"_s, a ? a->priorHandling : QString(), 2);
    html += wideRow(u"建议解决\u200b部门"_s, QString(), 1);
    html += FormHtml::tableEnd();
    // Every reason the profile does not accept (seed 002 三(二) lists six), in its words.
    QStringList reasons;
    for (const QString &r : c.exclusionReasons)
        reasons << QString(r).remove(QRegularExpression(u"[；;。，,]$"_s));
    QStringList notes{u"注：1. 填写后发送至通告所列电子邮箱，或到%1现场预约。"_s.arg(c.issuer)};
    if (!reasons.isEmpty())
        notes << u"2. 以下情形不予受理：%1。"_s.arg(reasons.join(u"；"_s));
    html += FormHtml::footnotes(notes);
    PrintableDocument doc;
    doc.name = prefix(c) + u"来访企业预约登记表"_s + (a ? u"-"_s + a->number : u"-空白"_s);
    doc.html = html;
    return doc;
}

PrintableDocument ReceptionForms::dispatch(const FormContext &c, const AssignmentFormData *s) {
    QString html = FormHtml::attachmentLabel(u"附件3"_s) + titleHtml(c, u"企业诉求交办单"_s);
    html += FormHtml::rightLine(u"编号："_s + (s ? s->number : QString()));
    html += FormHtml::tableStart();
    html += lineRow(u"企业名称"_s, s ? s->enterprise : QString());
    html += pairRow(u"联系人"_s, s ? s->enterpriseContact : QString(), u"联系电话"_s,
                    s ? s->enterprisePhone : QString());
    html += wideRow(u"诉求事项"_s, s ? s->topicContent : QString(), 4);
    html += pairRow(u"接待领导"_s, s ? s->receivingLeader : QString(), u"交办日期"_s,
                    s ? ChineseFormat::date(s->assignedOn) : QString());
    html += wideRow(u"交办意见"_s, s ? s->decision : QString(), 2);
    html +=
        pairRow(u"承办单位"_s, s ? s->leadDepartment : QString(), u"联系人及电话"_s,
                s ? QStringList{s->leadContact, s->leadPhone}.join(u" "_s).trimmed() : QString());
    QStringList coops;
    if (s) {
        for (const CooperatorFormData &co : s->cooperators)
            coops << co.department;
    }
    html += lineRow(u"配合单位"_s, coops.join(u"、"_s));
    html += pairRow(u"落实情况报送时限"_s, s ? ChineseFormat::date(s->progressDue) : QString(),
                    u"办理结果报送时限"_s, s ? ChineseFormat::date(s->dueDate) : QString());
    html += wideRow(u"办理情况"_s, s ? s->result : QString(), 3);
    html += FormHtml::tableEnd();
    html +=
        FormHtml::footnotes({u"注：1. "
                             u"承办单位要在7个工作日内报送落实情况，30日内报送办理结果；对确因客观"
                             u"原因一时无法解决的问题，"
                             "要耐心细致做好解释说明。"_s,
                             u"2. 长期整改问题按照“十日一报”的原则报送办理进展，直到问题解决。"_s});
    PrintableDocument doc;
    doc.name = prefix(c) + u"企业诉求交办单"_s + (s ? u"-"_s + QString::number(s->id) : u"-空白"_s);
    doc.html = html;
    doc.oneSheet = true; // one sheet per item, handed to the department

    return doc;
}
