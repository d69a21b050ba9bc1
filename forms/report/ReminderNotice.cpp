#include "forms/report/ReminderNotice.h"

#include "forms/ChineseFormat.h"
#include "forms/FormHtml.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

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

// GB/T 9704 7.2 版头: the issuing office's name as 发文机关标志 (小标宋, red, centred), the
// 发文字号 under it, and the red rule 4 mm under the number; the title follows under the rule.
QString header(const FormContext &c, const QString &number) {
    const QString red = u"#e60012"_s;
    // 2号, smaller when the office's name would not fit the line: a notice of one item stays
    // on one page, so the 版头 keeps to two grid lines rather than GB/T 9704's 空二行.
    const qreal points =
        std::clamp<qreal>(156.0 / std::max<qsizetype>(1, c.issuer.size()) / 25.4 * 72, 14, 22);
    QString html = u"<p align=\"center\" style=\"%1 color:%2; margin:0px;\">%3</p>"_s.arg(
        FormHtml::font(FormFonts::Role::Title, points), red, FormHtml::text(c.issuer));
    // Off the 22-line grid, as the rest of the 版头: a grid line here pushed the 版记 over.
    html += u"<p align=\"center\" style=\"%1 margin:0px;\">%2</p>"_s.arg(
        FormHtml::font(FormFonts::Role::Body, 16), number);
    html += u"<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" "
            "style=\"margin-top:10px; margin-bottom:8px; font-size:2pt;\"><tr>"
            "<td style=\"border-bottom:2px solid %1;\"></td></tr></table>"_s.arg(red);
    return html;
}

} // namespace

PrintableDocument ReminderNotice::build(const FormContext &c, const ReminderNoticeData *n,
                                        const QDate &issued) {
    const QDate dated = n ? issued : QDate();
    // The number is written in by hand when the notice is registered; its blanks keep their
    // width (QTextDocument would collapse the spaces otherwise).
    auto space = [](int count) {
        return u"<span style=\"white-space:pre\">%1</span>"_s.arg(QString(count, QChar(0x3000)));
    };
    QString html =
        header(c, u"催办〔%1〕%2号"_s.arg(
                      dated.isValid() ? QString::number(dated.year()) : space(4), space(2)));
    // The title under the rule (a line's space, not GB/T 9704's 空二行: one item's notice keeps
    // to one page with its 版记), then 空一行 before the addressee (7.3.1, 7.3.2).
    html += FormHtml::title({title()}).replace(u"margin-top:6px; margin-bottom:10px;"_s,
                                               u"margin:0px;"_s) +
            FormHtml::blankLine();
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
    const QString date = dated.isValid() ? ChineseFormat::date(dated) : u"××年××月××日"_s;
    html += FormHtml::blankLine() + FormHtml::signature(c.issuer, date);
    // The 版记 at the foot of the last page: 抄送 the cooperating departments, 印发机关 and date.
    html += FormHtml::recordBlock(n ? n->cooperators : QStringList(), c.issuer, date);

    PrintableDocument doc;
    doc.name = title() + (n ? u"-"_s + (n->appealNumber.isEmpty() ? QString::number(n->assignmentId)
                                                                  : n->appealNumber)
                            : u"-空白"_s);
    doc.html = html;
    doc.layout = PrintableDocument::Layout::Official;
    return doc;
}
