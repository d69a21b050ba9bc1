#include "forms/ReceptionForms.h"

#include "forms/ChineseFormat.h"
#include "forms/FormHtml.h"

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

QString pairRow(const QString &l1, const QString &v1, const QString &l2, const QString &v2) {
    return u"<tr>"_s + FormHtml::label(l1, 1, 1, u"19%"_s) +
           FormHtml::value(v1, 1, 1, 10, 1, u"31%"_s) + FormHtml::label(l2, 1, 1, u"19%"_s) +
           FormHtml::value(v2, 1, 1, 10, 1, u"31%"_s) + u"</tr>"_s;
}

QString wideRow(const QString &label, const QString &value, int minLines) {
    return u"<tr>"_s + FormHtml::label(label, 1, 1, {}, FormHtml::isLong(value)) +
           FormHtml::value(value, 3, minLines) + u"</tr>"_s;
}

} // namespace

PrintableDocument ReceptionForms::notice(const FormContext &c, const MeetingFormData *m) {
    const QString gap = u"\u3000\u3000"_s;
    const QString when =
        m && m->date.isValid()
            ? ChineseFormat::date(m->date) + u"（"_s + ChineseFormat::weekday(m->date) + u"）"_s
            : u"\u3000\u3000年\u3000\u3000月\u3000\u3000日（星期\u3000）"_s;
    const QString who = m && !m->chairs.isEmpty() ? m->chairs.join(u"、"_s) : u"市长或副市长"_s;
    const QString room = m ? orBlank(m->place, gap + gap + u"会议室"_s) : gap + gap + u"会议室"_s;
    const QString scope =
        m && !m->noticeScope.isEmpty()
            ? m->noticeScope
            : u"企业在生产经营中存在的问题、项目建设中遇到的问题、对全市经济发展和营商环境的意见和建议等"_s;
    const QString from = m && m->bookingFrom.isValid() ? ChineseFormat::monthDay(m->bookingFrom)
                                                       : u"\u3000\u3000月\u3000\u3000日"_s;
    const QString to = m && m->bookingTo.isValid() ? ChineseFormat::monthDay(m->bookingTo)
                                                   : u"\u3000\u3000月\u3000\u3000日"_s;

    QString html = titleHtml(c, u"通告"_s);
    html += FormHtml::paragraph(
        FormHtml::text(u"为进一步优化营商环境，多形式、多渠道解决我市企业发展中遇到的突出困难和问题"
                       u"，根据“%1”制度要求，"
                       "%2，%3将在%4接待企业来访，时间半天。受理事项：%"
                       "5。根据中共中央、国务院《信访工作条例》要求，"
                       "企业反映涉法涉诉、违纪违法问题由同级政法部门、纪检监察部门依法处理，%"
                       "1将不再现场受理企业涉法涉诉、"
                       "违纪违法问题。"_s.arg(c.meetingName, when, who, room, scope)));
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
    html += FormHtml::paragraph(u"&nbsp;"_s);
    html += FormHtml::paragraph(FormHtml::text(c.issuer + gap), 16, false, u"right"_s);
    const QString dated = m && m->noticeDate.isValid() ? ChineseFormat::date(m->noticeDate)
                                                       : ChineseFormat::blankDate();
    html += FormHtml::paragraph(FormHtml::text(dated + gap), 16, false, u"right"_s);
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
    html += u"<tr>"_s + FormHtml::label(u"企业名称"_s) +
            FormHtml::value(a ? a->submittingUnit : QString(), 3) + u"</tr>"_s;
    html += u"<tr>"_s + FormHtml::label(u"统一社会信用代码"_s) +
            FormHtml::value(a ? a->uscc : QString(), 3) + u"</tr>"_s;
    html += pairRow(u"企业负责人"_s, a ? a->responsiblePerson : QString(), u"联系电话"_s,
                    a ? a->phone : QString());
    html += pairRow(u"所属行业"_s, a ? a->industry : QString(), u"诉求领域"_s,
                    a ? a->domain : QString());
    const QString scope = !a                ? u"□企业个体\u3000□行业共性"_s
                          : a->industryWide ? u"□企业个体\u3000■行业共性"_s
                                            : u"■企业个体\u3000□行业共性"_s;
    html += pairRow(u"预约日期"_s, a ? ChineseFormat::date(a->submitDate) : QString(),
                    u"诉求类型"_s, scope);
    html += wideRow(u"诉求事项"_s, a ? a->problem : QString(), 7);
    html += wideRow(u"意见建议"_s, a ? a->suggestions : QString(), 4);
    html += wideRow(u"前期反映情况"_s, a ? a->priorHandling : QString(), 3);
    html += wideRow(u"建议解决部门"_s, QString(), 2);
    html += FormHtml::tableEnd();
    html += FormHtml::footnotes(
        {u"注：填写后发送至通告所列电子邮箱，或到市政府办公室现场预约。"_s,
         u"已进入司法程序、行政复议和仲裁程序，已由纪委监委受理，已通过信访渠道推动解决，"
         "已列入人大、政协建议提案办理的事项及匿名诉求不予受理。"_s});
    PrintableDocument doc;
    doc.name = prefix(c) + u"来访企业预约登记表"_s + (a ? u"-"_s + a->number : u"-空白"_s);
    doc.html = html;
    return doc;
}

PrintableDocument ReceptionForms::dispatch(const FormContext &c, const AssignmentFormData *s) {
    QString html = FormHtml::attachmentLabel(u"附件3"_s) + titleHtml(c, u"企业诉求交办单"_s);
    html += FormHtml::rightLine(u"编号："_s + (s ? s->number : QString()));
    html += FormHtml::tableStart();
    html += u"<tr>"_s + FormHtml::label(u"企业名称"_s) +
            FormHtml::value(s ? s->enterprise : QString(), 3) + u"</tr>"_s;
    html += pairRow(u"联系人"_s, s ? s->enterpriseContact : QString(), u"联系电话"_s,
                    s ? s->enterprisePhone : QString());
    html += wideRow(u"诉求事项"_s, s ? s->topicContent : QString(), 7);
    html += pairRow(u"接待领导"_s, s ? s->receivingLeader : QString(), u"交办日期"_s,
                    s ? ChineseFormat::date(s->assignedOn) : QString());
    html += wideRow(u"交办意见"_s, s ? s->decision : QString(), 4);
    html +=
        pairRow(u"承办单位"_s, s ? s->leadDepartment : QString(), u"联系人及电话"_s,
                s ? QStringList{s->leadContact, s->leadPhone}.join(u" "_s).trimmed() : QString());
    QStringList coops;
    if (s) {
        for (const CooperatorFormData &co : s->cooperators)
            coops << co.department;
    }
    html += wideRow(u"配合单位"_s, coops.join(u"、"_s), 1);
    html += pairRow(u"落实情况报送时限"_s, s ? ChineseFormat::date(s->progressDue) : QString(),
                    u"办理结果报送时限"_s, s ? ChineseFormat::date(s->dueDate) : QString());
    html += wideRow(u"办理情况"_s, s ? s->result : QString(), 5);
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
    return doc;
}
