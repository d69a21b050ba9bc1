#include "forms/MeetingDocuments.h"

#include "core/StatusLabels.h"
#include "core/queries/AssignmentState.h"
#include "forms/ChineseFormat.h"
#include "forms/FormHtml.h"
#include "forms/FormTable.h"

using namespace Qt::StringLiterals;

namespace {

const QString gap = u"\u3000\u3000"_s;

QString heading(const QString &text) {
    return u"<p style=\"%1 margin:0px; line-height:150%; white-space:pre-wrap;\">\u3000\u3000%2</p>"_s
        .arg(FormHtml::font(FormFonts::Role::Heading, 16), FormHtml::text(text));
}

// 出席：… with the label in 黑体, as GB/T 9704 sets the attendance lines of a 纪要.
QString attendance(const QString &label, const QStringList &names) {
    return FormHtml::paragraph(u"<span style=\"%1\">%2：</span>%3"_s.arg(
        FormHtml::font(FormFonts::Role::Heading, 16), FormHtml::text(label),
        FormHtml::text(names.isEmpty() ? u"无"_s : names.join(u"、"_s))));
}

QStringList cooperatorNames(const AssignmentFormData &s) {
    QStringList names;
    for (const CooperatorFormData &c : s.cooperators)
        names << c.department;
    return names;
}

// "由市工信局牵头，市商务局、市人社局配合，2024年7月20日前办结。"
QString assignmentSentence(const AssignmentFormData &s) {
    QString text = u"由%1牵头办理"_s.arg(s.leadDepartment);
    const QStringList coops = cooperatorNames(s);
    if (!coops.isEmpty())
        text += u"，%1配合"_s.arg(coops.join(u"、"_s));
    // The deadline the meeting set, not the one in force after an extension or a 重办.
    const QDate due = s.decidedDueDate.isValid() ? s.decidedDueDate : s.dueDate;
    if (due.isValid())
        text += u"，%1前办结并反馈企业"_s.arg(ChineseFormat::date(due));
    return text + u"。"_s;
}

QString meetingLabel(const FormContext &c, const MeetingFormData *m) {
    return m && !m->title.isEmpty() ? m->title : c.meetingName;
}

} // namespace

QString MeetingDocuments::minutesTitle(const FormContext &c, const MeetingFormData *m) {
    const QString name = meetingLabel(c, m);
    // ××会议纪要: 畅谈会 → 畅谈会议纪要, 交流活动 → 交流活动会议纪要.
    if (name.endsWith(u"会议"_s))
        return name + u"纪要"_s;
    if (name.endsWith(u'会'))
        return name + u"议纪要"_s;
    return name + u"会议纪要"_s;
}

QString MeetingDocuments::listTitle(const FormContext &c) {
    if (c.profileCode == "heyuan"_L1)
        return u"企业问题目录"_s;
    if (c.profileCode == "wushen"_L1)
        return u"涉企问题工作台账"_s;
    return u"问题建议清单"_s;
}

PrintableDocument MeetingDocuments::minutes(const FormContext &c, const MeetingFormData *m) {
    QString html = FormHtml::title(ChineseFormat::titleWords(minutesTitle(c, m), c.titleNames()));
    html += FormHtml::paragraph(
        FormHtml::text(m && !m->minutesNumber.isEmpty() ? m->minutesNumber : u"第\u3000\u3000期"_s),
        16, false, u"center"_s);
    const QString dated = m ? ChineseFormat::date(m->date) : ChineseFormat::blankDate();
    html += u"<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" "
            "style=\"margin-top:8px; margin-bottom:12px; %1\"><tr>"
            "<td align=\"left\" style=\"border-bottom:2px solid #000000;\">%2</td>"
            "<td align=\"right\" style=\"border-bottom:2px solid #000000;\">%3</td>"
            "</tr></table>"_s.arg(FormHtml::font(FormFonts::Role::Body, 16),
                                  FormHtml::text(c.issuer), FormHtml::text(dated));

    if (!m) {
        html += FormHtml::paragraph(
            FormHtml::text(u"\u3000\u3000年\u3000\u3000月\u3000\u3000日，××在××主持召开××，与××家企"
                           u"业代表面对面交流，"
                           "研究企业反映的困难问题。现将会议议定事项纪要如下："_s));
        for (int i = 1; i <= 3; ++i) {
            html += heading(ChineseFormat::numeral(i) + u"、"_s);
            html += FormHtml::paragraph(FormHtml::text(
                u"由××牵头办理，××配合，\u3000\u3000年\u3000\u3000月\u3000\u3000日前办结并反馈企业。"_s));
        }
        html += FormHtml::paragraph(u"&nbsp;"_s);
        html += attendance(u"出席"_s, {gap}) + attendance(u"请假"_s, {gap}) +
                attendance(u"列席"_s, {gap});
    } else {
        QString opening = dated;
        opening += m->chairs.isEmpty() ? u"，"_s : u"，%1"_s.arg(m->chairs.join(u"、"_s));
        opening += m->place.isEmpty() ? QString() : u"在%1"_s.arg(m->place);
        opening += u"主持召开%1"_s.arg(meetingLabel(c, m));
        if (!m->enterprises.isEmpty())
            opening += u"，与%1家企业代表面对面交流"_s.arg(m->enterprises.size());
        opening += m->topics.isEmpty() ? u"，研究企业反映的困难问题。"_s
                                       : u"，研究了%1个议题。"_s.arg(m->topics.size());
        if (!m->summary.isEmpty())
            opening += m->summary;
        // Announced only when something follows: a meeting that decided nothing yet (its
        // topics not added) would otherwise end on "如下：" and a blank page.
        if (!m->topics.isEmpty() || !m->assignments.isEmpty())
            opening += u"现将会议议定事项纪要如下："_s;
        html += FormHtml::paragraph(FormHtml::text(opening));

        int item = 0;
        QSet<qint64> covered;
        for (const MeetingTopicFormData &t : m->topics) {
            html += heading(ChineseFormat::numeral(++item) + u"、"_s + t.title);
            if (!t.decision.isEmpty())
                html += FormHtml::paragraph(FormHtml::text(t.decision));
            else if (!t.description.isEmpty())
                html += FormHtml::paragraph(FormHtml::text(t.description));
            for (int i = 0; i < t.assignments.size(); ++i) {
                const AssignmentFormData &s = t.assignments.at(i);
                covered.insert(s.id);
                QString line = FormHtml::text(assignmentSentence(s));
                if (t.assignments.size() > 1)
                    line = u"<span style=\"%1\">（%2）</span>"_s.arg(
                               FormHtml::font(FormFonts::Role::SubHeading, 16),
                               ChineseFormat::numeral(i + 1)) +
                           FormHtml::text(s.enterprise.isEmpty() ? QString()
                                                                 : s.enterprise + u"："_s) +
                           line;
                html += FormHtml::paragraph(line);
            }
        }
        // Items assigned at the meeting without a topic of its agenda.
        for (const AssignmentFormData &s : m->assignments) {
            if (covered.contains(s.id))
                continue;
            const QString subject = s.enterprise.isEmpty() ? s.topicContent.section(u'\n', 0, 0)
                                                           : s.enterprise + u"反映的问题"_s;
            html += heading(ChineseFormat::numeral(++item) + u"、"_s + subject);
            html += FormHtml::paragraph(
                FormHtml::text(s.problem.isEmpty() ? s.topicContent : s.problem));
            if (!s.decision.isEmpty())
                html += FormHtml::paragraph(FormHtml::text(s.decision));
            html += FormHtml::paragraph(FormHtml::text(assignmentSentence(s)));
        }
        html += FormHtml::paragraph(u"&nbsp;"_s);
        html += attendance(u"出席"_s, m->attendees) + attendance(u"请假"_s, m->onLeave) +
                attendance(u"列席"_s, m->observers);
    }
    PrintableDocument doc;
    doc.name = minutesTitle(c, m) + (m ? u"-"_s + QString::number(m->id) : u"-空白"_s);
    doc.html = html;
    doc.layout = PrintableDocument::Layout::Official;
    return doc;
}

PrintableDocument MeetingDocuments::opinions(const FormContext &c, const MeetingFormData *m) {
    QString html = FormHtml::title({u"企业诉求事项处理意见"_s});
    const QString dated = m ? ChineseFormat::date(m->date) : ChineseFormat::blankDate();
    // The subtitle on one line when it fits the 28 characters, else broken between the
    // meeting and its date, never inside the date (as Writer broke it).
    const QString meeting = meetingLabel(c, m);
    int halves = 0;
    for (QChar ch : meeting + dated)
        halves += ch.unicode() < 0x80 ? 1 : 2;
    const QString joint = halves + 6 <= 2 * 28 ? u"\u3000"_s : u"<br/>"_s;
    html += FormHtml::paragraph(u"（"_s + FormHtml::text(meeting) + joint + FormHtml::text(dated) +
                                    u"）"_s,
                                16, false, u"center"_s);
    const QString who = m && !m->chairs.isEmpty() ? m->chairs.join(u"、"_s) : u"××"_s;
    const QString where = m && !m->place.isEmpty() ? u"在%1"_s.arg(m->place) : QString();
    html += FormHtml::paragraph(FormHtml::text(
        u"%1，%2%"
        u"3与企业代表面对面交流，研究处理企业提出的意见建议。现将企业诉求事项处理意见印发如下，"
        "请各承办单位按照处理意见和期限办理，积极与企业协商，并及时将解决问题和回复企业情况报%4汇总。"_s
            .arg(dated, who, where, c.replyOffice.isEmpty() ? c.issuer : c.replyOffice)));
    const QList<AssignmentFormData> items = m ? m->assignments : QList<AssignmentFormData>{{}, {}};
    int n = 0;
    for (const AssignmentFormData &s : items) {
        html +=
            heading(ChineseFormat::numeral(++n) + u"、"_s +
                    (m ? (s.enterprise.isEmpty() ? s.leadDepartment : s.enterprise) : u"××企业"_s));
        auto line = [](const QString &label, const QString &value) {
            return FormHtml::paragraph(u"<span style=\"%1\">%2：</span>%3"_s.arg(
                FormHtml::font(FormFonts::Role::SubHeading, 16), label, FormHtml::text(value)));
        };
        html +=
            line(u"诉求事项"_s, m ? (s.problem.isEmpty() ? s.topicContent : s.problem) : QString());
        html += line(u"处理意见"_s,
                     m ? (s.decision.isEmpty() ? assignmentSentence(s) : s.decision) : QString());
        QString units = s.leadDepartment.isEmpty() ? QString() : s.leadDepartment + u"（牵头）"_s;
        const QStringList coops = cooperatorNames(s);
        if (!coops.isEmpty())
            units += u"，"_s + coops.join(u"、"_s) + u"（配合）"_s;
        html += line(u"承办单位"_s, units);
        const QDate due = s.decidedDueDate.isValid() ? s.decidedDueDate : s.dueDate;
        html += line(u"办理时限"_s, due.isValid() ? ChineseFormat::date(due) + u"前"_s : QString());
    }
    html += FormHtml::blankLine() + FormHtml::signature(c.issuer, dated);
    PrintableDocument doc;
    doc.name = u"企业诉求事项处理意见"_s + (m ? u"-"_s + QString::number(m->id) : u"-空白"_s);
    doc.html = html;
    doc.layout = PrintableDocument::Layout::Official;
    return doc;
}

PrintableDocument MeetingDocuments::problemList(const FormContext &c, const MeetingFormData *m,
                                                const QList<AssignmentFormData> &rows, bool blank) {
    QString html = FormHtml::title({listTitle(c)}, 20, 257); // landscape
    const QString sub =
        m ? meetingLabel(c, m) + u"\u3000"_s + ChineseFormat::date(m->date)
          : (blank ? meetingLabel(c, m) + u"\u3000"_s + ChineseFormat::blankDate() : c.meetingName);
    html += FormHtml::paragraph(FormHtml::text(sub), 14, false, u"center"_s);
    // Dates, numbers and 编号 on one line; the samples keep room to write in on the blank
    // list (and the texts' share of the line on a list of short ones).
    using Fit = FormTable::Fit;
    const auto room = [](int characters) {
        return QString(characters, QChar(0x3000));
    };
    const auto left = FormTable::Align::Left;
    FormTable table({{u"序号"_s, Fit::Whole, FormTable::Align::Center, u"99"_s},
                     {u"编号"_s, Fit::Whole, left, u"WS2026-0000"_s},
                     {u"企业名称"_s, Fit::Words, left, room(8)},
                     {u"困难问题"_s, Fit::Words, left, room(24)},
                     {u"意见建议"_s, Fit::Words, left, room(14)},
                     {u"牵头承办\n部门"_s, Fit::Words, left, room(6)},
                     {u"配合办理\n部门"_s, Fit::Words, left, room(6)},
                     {u"办理时限"_s, Fit::Whole, left, u"2026年12月31日"_s},
                     {u"办理情况"_s, Fit::Words, left, room(8)}},
                    11, 257, 4);
    if (blank)
        table.addBlankRows(12, 2);
    for (int i = 0; i < (blank ? 0 : int(rows.size())); ++i) {
        const AssignmentFormData &s = rows.at(i);
        QString state = StatusLabels::printedAssignment(s.status);
        // Being handled again (重办), the first round's result is not the answer.
        if (!s.result.isEmpty() && !(s.rehandled && AssignmentState::isOpen(s.status)))
            state += u"：\n"_s + s.result;
        table.addRow({QString::number(i + 1), s.number, s.enterprise,
                      s.problem.isEmpty() ? s.topicContent : s.problem, s.suggestions,
                      s.leadDepartment, cooperatorNames(s).join(u"、"_s),
                      ChineseFormat::date(s.dueDate), state});
    }
    html += table.html();
    PrintableDocument doc;
    doc.name = listTitle(c) + (m ? u"-"_s + QString::number(m->id) : QString());
    doc.html = html;
    doc.layout = PrintableDocument::Layout::Landscape;
    return doc;
}
