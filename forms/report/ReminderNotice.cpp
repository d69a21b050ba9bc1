#include "forms/report/ReminderNotice.h"

#include "forms/ChineseFormat.h"
#include "forms/FormHtml.h"

using namespace Qt::StringLiterals;

namespace {

const QString gap = u"\u3000\u3000"_s;

// 诉求编号：WS2026-0616, the label in 楷体 as the 处理意见 set theirs.
QString field(const QString &label, const QString &value) {
    return FormHtml::paragraph(u"<span style=\"%1\">%2：</span>%3"_s.arg(
        FormHtml::font(FormFonts::Role::SubHeading, 16), label, FormHtml::text(value)));
}

// The blank template names what to fill in with ××, as the blank minutes do.
const QString blank = u"××"_s;

QString orBlank(const QString &value) {
    return value.isEmpty() ? blank : value;
}

// "2026年10月30日（原定2026年10月23日，经批准延期1次）"
QString deadlineText(const ReminderNoticeData &n) {
    QString text = ChineseFormat::date(n.dueDate);
    if (n.extensions > 0) {
        text += u"（"_s;
        if (n.originalDueDate.isValid() && n.originalDueDate != n.dueDate)
            text += u"原定%1，"_s.arg(ChineseFormat::date(n.originalDueDate));
        text += u"经批准延期%1次）"_s.arg(n.extensions);
    }
    return text;
}

// What to do if it cannot be finished: apply for an extension, unless the cap is reached.
QString extensionRule(const ReminderNoticeData &n) {
    if (n.extensionCap >= 0 && n.extensions >= n.extensionCap)
        return u"该事项已延期%1次，按规定不得再申请延期，确有困难的须书面说明原因"_s.arg(
            n.extensions);
    QString text = u"确因客观原因不能按期办结的，须书面说明理由并按规定申请延期"_s;
    if (n.extensionCap > 0)
        text += u"（延期申请不得超过%1次）"_s.arg(n.extensionCap);
    return text;
}

// 版记: the copied departments between two rules, 4号 as GB/T 9704 sets it.
QString copiedTo(const QStringList &departments) {
    return u"<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"4\" "
           "style=\"margin-top:12px; %1\"><tr><td style=\"border-top:1px solid #000000; "
           "border-bottom:1px solid #000000;\">\u3000抄送：%2。</td></tr></table>"_s.arg(
               FormHtml::font(FormFonts::Role::Body, 14),
               FormHtml::text(departments.join(u"、"_s)));
}

} // namespace

PrintableDocument ReminderNotice::build(const FormContext &c, const ReminderNoticeData *n,
                                        const QDate &issued) {
    const QDate dated = n ? issued : QDate();
    QString html = FormHtml::title({title()});
    // The number is written in by hand when the notice is registered; its blanks keep their
    // width (QTextDocument would collapse the spaces otherwise).
    auto space = [](int count) {
        return u"<span style=\"white-space:pre\">%1</span>"_s.arg(QString(count, QChar(0x3000)));
    };
    html += FormHtml::paragraph(
        u"催办〔%1〕%2号"_s.arg(dated.isValid() ? QString::number(dated.year()) : space(4),
                                space(2)),
        16, false, u"center"_s);
    html += FormHtml::paragraph(
        FormHtml::text(orBlank(n ? n->leadDepartment : QString()) + u"："_s), 16, false);
    // The item in one sentence, as notices state it, then the enterprise's words.
    QString who = u"你单位牵头承办"_s;
    if (!n || !n->cooperators.isEmpty())
        who += u"、"_s + (n ? n->cooperators.join(u"、"_s) : blank) + u"配合办理"_s;
    const QString item =
        n ? u"%1的%2诉求事项（编号：%3），于%4交办，办理时限为%5，截至%6已逾期%7个工作日，"
            "至今尚未办结，现予催办。"_s
                .arg(who, n->enterprise, n->appealNumber, ChineseFormat::date(n->assignedOn),
                     deadlineText(*n), ChineseFormat::date(n->asOf))
                .arg(n->overdueWorkingDays)
          : u"%1的%2诉求事项（编号：%2），于%3交办，办理时限为%3，截至%3已逾期%2个工作日，"
            "至今尚未办结，现予催办。"_s.arg(who, blank, u"××年××月××日"_s);
    html += FormHtml::paragraph(FormHtml::text(item));
    html += field(u"诉求事项"_s, n ? n->problem : blank);
    const QString reportBy = n ? ChineseFormat::date(n->reportBy) : u"××年××月××日"_s;
    const QString rule =
        n ? extensionRule(*n) : u"确因客观原因不能按期办结的，须书面说明理由并按规定申请延期"_s;
    // The office's phone closes the demand rather than taking a line of its own: with the
    // 版记 the notice then stays on one page for an ordinary problem text.
    const QString phone =
        n && !n->officePhone.isEmpty() ? u"联系电话：%1。"_s.arg(n->officePhone) : QString();
    html += FormHtml::paragraph(FormHtml::text(
        u"请你单位高度重视，抓紧办理，于%1前将办理进展及结果书面报送%2，并及时向企业反馈。%3。"
        "%4逾期仍未办结的，将按程序启动督查。%5"_s.arg(
            reportBy, c.issuer, rule,
            n && !n->cooperators.isEmpty() ? u"请配合单位主动对接，及时向牵头单位提供办理意见。"_s
                                           : QString(),
            phone)));
    html += FormHtml::paragraph(FormHtml::text(c.issuer + gap), 16, false, u"right"_s);
    html += FormHtml::paragraph(
        FormHtml::text((dated.isValid() ? ChineseFormat::date(dated) : u"××年××月××日"_s) + gap),
        16, false, u"right"_s);
    if (n && !n->cooperators.isEmpty())
        html += copiedTo(n->cooperators);

    PrintableDocument doc;
    doc.name = title() + (n ? u"-"_s + (n->appealNumber.isEmpty() ? QString::number(n->assignmentId)
                                                                  : n->appealNumber)
                            : u"-空白"_s);
    doc.html = html;
    doc.layout = PrintableDocument::Layout::Official;
    return doc;
}
