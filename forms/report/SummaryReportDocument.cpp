#include "forms/report/SummaryReportDocument.h"

#include "core/Clock.h"
#include "core/report/SummaryReportQuery.h"
#include "forms/ChineseFormat.h"
#include "forms/FormDataLoader.h"
#include "forms/FormHtml.h"
#include "forms/report/ReportHtml.h"

using namespace Qt::StringLiterals;

namespace {

using Column = FormTable::Column;
constexpr auto oneLine = FormTable::Fit::Whole;
constexpr auto words = FormTable::Fit::Words;
constexpr auto right = FormTable::Align::Right;
constexpr auto center = FormTable::Align::Center;

QString n(int value) {
    return QString::number(value);
}

QString share(int part, int whole) {
    return whole > 0 ? ReportHtml::percent(double(part) / whole) : u"—"_s;
}

QString countTable(const QString &what, const QList<SummaryReport::Count> &counts, int total) {
    QList<QStringList> rows;
    for (const SummaryReport::Count &c : counts)
        rows << QStringList{c.label, n(c.count), share(c.count, total)};
    rows << QStringList{u"合计"_s, n(total), total > 0 ? u"100%"_s : u"—"_s};
    return ReportHtml::table(
        {{what, words}, {u"件数"_s, oneLine, right}, {u"占比"_s, oneLine, right}}, rows);
}

// "（按逾期工作日由多到少列出前50件，其余8件……）" when the list is cut.
QString listedNote(int listed, int total, const QString &order, const QString &where) {
    if (listed >= total)
        return {};
    return u"（%1列出前%2件，其余%3件%4）"_s.arg(order).arg(listed).arg(total - listed).arg(where);
}

QString itemTable(const QList<SummaryReport::Item> &items, bool overdue) {
    QList<QStringList> rows;
    int i = 0;
    for (const SummaryReport::Item &it : items) {
        QStringList row{n(++i), it.appealNumber, it.enterprise, ReportHtml::excerpt(it.problem, 40),
                        it.leadDepartment};
        if (overdue)
            row << ChineseFormat::date(it.dueDate) << n(it.overdueWorkingDays);
        else
            row << ReportHtml::excerpt(it.note, 60);
        rows << row;
    }
    QList<Column> columns{{u"序号"_s, oneLine, center},
                          {u"编号"_s, oneLine},
                          {u"企业"_s, words},
                          {u"诉求事项"_s, words},
                          {u"牵头部门"_s, words}};
    if (overdue)
        columns << Column{u"办理时限"_s, oneLine} << Column{u"逾期\n工作日"_s, oneLine, right};
    else
        columns << Column{u"情况说明"_s, words};
    // 小五号: seven columns on a portrait page leave the problem a column of about twelve
    // characters (at 五号, eight, and each row ran to six lines).
    return ReportHtml::table(columns, rows, 9);
}

QString numbersOf(const CommonProblemFinder::Group &g) {
    constexpr int shown = 10;
    QString text = g.numbers.mid(0, shown).join(u"、"_s);
    if (g.numbers.size() > shown)
        text += u"等%1件"_s.arg(g.numbers.size());
    return text;
}

QString commonTable(const QString &what, const QList<CommonProblemFinder::Group> &groups) {
    QList<QStringList> rows;
    for (const CommonProblemFinder::Group &g : groups)
        rows << QStringList{g.subject, n(g.enterprises), n(int(g.ids.size())), numbersOf(g)};
    return ReportHtml::table({{what, words},
                              {u"企业数"_s, oneLine, right},
                              {u"件数"_s, oneLine, right},
                              {u"诉求编号"_s, words}},
                             rows, 9);
}

QString departmentTable(const QList<DepartmentScore> &departments) {
    QList<QStringList> rows;
    for (const DepartmentScore &d : departments) {
        const double days = d.averageWorkingDays();
        rows << QStringList{d.department,
                            n(d.open),
                            n(d.overdue),
                            n(d.completed),
                            ReportHtml::percent(d.onTimeRate()),
                            n(d.extensions),
                            days < 0 ? u"—"_s : QString::number(days, 'f', 1),
                            ReportHtml::percent(d.satisfactionRate()),
                            n(d.rehandled)};
    }
    return ReportHtml::table({{u"部门"_s, oneLine},
                              {u"在办"_s, oneLine, right},
                              {u"逾期"_s, oneLine, right},
                              {u"办结"_s, oneLine, right},
                              {u"按期\n办结率"_s, oneLine, right},
                              {u"延期"_s, oneLine, right},
                              {u"平均办理\n工作日"_s, oneLine, right},
                              {u"满意率"_s, oneLine, right},
                              {u"重办"_s, oneLine, right}},
                             rows, 10.5);
}

} // namespace

QStringList SummaryReportDocument::titleWords(const FormContext &c, const ReportPeriod &period) {
    // The profile's name says whose meetings these are (乌审旗政务服务“亲清”政企恳谈会); the
    // issuer alone when a profile has none. A long title breaks after that name.
    QString name = c.profileName.isEmpty() ? c.issuer + c.meetingName : c.profileName;
    name.remove(u' ');
    return {name, u"诉求办理情况"_s + period.chineseKind(), u"（%1）"_s.arg(period.chineseLabel())};
}

QString SummaryReportDocument::title(const FormContext &c, const ReportPeriod &period) {
    return titleWords(c, period).join(QString());
}

PrintableDocument SummaryReportDocument::build(const FormContext &c, const SummaryReport &r,
                                               const QDate &issued) {
    const QString asOf = ChineseFormat::date(r.asOf);
    const QString span =
        ChineseFormat::date(r.period.from()) + u"至"_s +
        (r.period.to().year() == r.period.from().year() ? ChineseFormat::monthDay(r.asOf)
                                                        : ChineseFormat::date(r.asOf));
    QString html = FormHtml::title(titleWords(c, r.period));
    html += ReportHtml::issuerLine(c.issuer, ChineseFormat::date(issued));

    // 一、基本情况
    html += ReportHtml::heading(u"一、基本情况"_s);
    QString overview =
        u"%1，共收集企业诉求%2件，涉及企业%3家；交办%4件，办结%5件，其中按期办结%6件，"
        "按期办结率%7。截至%8，尚有逾期未办结事项%9件。"_s.arg(span)
            .arg(r.appeals)
            .arg(r.enterprises)
            .arg(r.assigned)
            .arg(r.completed)
            .arg(r.completedOnTime)
            .arg(ReportHtml::percent(r.onTimeRate()))
            .arg(asOf)
            .arg(r.overdueTotal);
    html += FormHtml::paragraph(FormHtml::text(overview));
    if (r.appeals > 0) {
        html += ReportHtml::subHeading(u"（一）按办理状态"_s);
        html += countTable(u"办理状态"_s, r.byStatus, r.appeals);
        html += ReportHtml::subHeading(u"（二）按诉求领域"_s);
        html += countTable(u"诉求领域"_s, r.byDomain, r.appeals);
        html += ReportHtml::subHeading(u"（三）按收集渠道"_s);
        html += countTable(u"收集渠道"_s, r.byChannel, r.appeals);
    }

    // 二、逾期未办结事项
    html += ReportHtml::heading(u"二、逾期未办结事项"_s);
    if (r.overdueTotal == 0) {
        html += FormHtml::paragraph(FormHtml::text(u"截至%1，无逾期未办结事项。"_s.arg(asOf)));
    } else {
        html += FormHtml::paragraph(FormHtml::text(
            u"截至%1，逾期未办结事项共%2件，请各牵头部门抓紧办理，督查室将按程序开展督办。%3"_s
                .arg(asOf)
                .arg(r.overdueTotal)
                .arg(listedNote(int(r.overdue.size()), r.overdueTotal, u"按逾期工作日由多到少"_s,
                                u"见督查看板“逾期”清单，可导出"_s))));
        html += itemTable(r.overdue, true);
    }

    // 三、部门办理情况
    html += ReportHtml::heading(u"三、部门办理情况"_s);
    html += FormHtml::paragraph(FormHtml::text(
        u"在办、逾期为截至%1的件数；办结、按期办结率、延期、平均办理工作日、满意率为本期数据；"
        "满意率按“满意”“基本满意”合计计算。"_s.arg(asOf)));
    if (r.departments.isEmpty())
        html += FormHtml::paragraph(FormHtml::text(u"本期无部门办理数据。"_s));
    else
        html += departmentTable(r.departments);

    // 四、企业满意度评价
    html += ReportHtml::heading(u"四、企业满意度评价"_s);
    if (r.evaluations() == 0)
        html += FormHtml::paragraph(FormHtml::text(u"本期未收到企业评价。"_s));
    else
        html += FormHtml::paragraph(FormHtml::text(
            u"本期收到企业评价%1件，其中满意%2件、基本满意%3件、不满意%4件，满意率%5。%6"_s
                .arg(r.evaluations())
                .arg(r.satisfied)
                .arg(r.basic)
                .arg(r.unsatisfied)
                .arg(ReportHtml::percent(r.satisfactionRate()))
                .arg(r.unsatisfied > 0 ? u"评价为不满意的事项已按规定退回重办。"_s : QString())));

    // 五、需领导研究决定的事项
    html += ReportHtml::heading(u"五、需领导研究决定的事项"_s);
    html += ReportHtml::subHeading(u"（一）提交上级研究事项（%1件）"_s.arg(r.escalatedTotal));
    if (r.escalated.isEmpty()) {
        html += FormHtml::paragraph(FormHtml::text(u"无。"_s));
    } else {
        html += FormHtml::paragraph(
            FormHtml::text(u"以下事项超出承办部门权限，需提请领导研究或报上级决定。%1"_s.arg(
                listedNote(int(r.escalated.size()), r.escalatedTotal, u"按交办时间"_s,
                           u"见督查看板“提交上级”清单"_s))));
        html += itemTable(r.escalated, false);
    }
    html += ReportHtml::subHeading(u"（二）暂缓解决事项（%1件）"_s.arg(r.deferredTotal));
    if (r.deferred.isEmpty()) {
        html += FormHtml::paragraph(FormHtml::text(u"无。"_s));
    } else {
        html += FormHtml::paragraph(FormHtml::text(
            u"以下事项因客观原因一时无法解决，承办部门已向企业作出解释说明，请领导掌握。%1"_s.arg(
                listedNote(int(r.deferred.size()), r.deferredTotal, u"按交办时间"_s,
                           u"可在交办页面按状态查询"_s))));
        html += itemTable(r.deferred, false);
    }

    // 六、共性问题及专题研究建议
    html += ReportHtml::heading(u"六、共性问题及专题研究建议"_s);
    if (r.commonByDomain.isEmpty() && r.commonByWording.isEmpty()) {
        html += FormHtml::paragraph(FormHtml::text(
            u"本期未发现%1家及以上不同企业反映的共性问题。"_s.arg(r.minEnterprises)));
    } else {
        html += FormHtml::paragraph(FormHtml::text(
            u"按照由解决“一个问题”向解决“一类问题”转变的要求，对本期诉求归类分析，"
            "以下问题由%1家及以上不同企业反映，属共性问题，建议由相关牵头部门开展专题调研，"
            "研究出台制度性措施，集中解决。"_s.arg(r.minEnterprises)));
        html += ReportHtml::subHeading(u"（一）同一领域集中反映的问题"_s);
        html += r.commonByDomain.isEmpty() ? FormHtml::paragraph(FormHtml::text(u"无。"_s))
                                           : commonTable(u"诉求领域"_s, r.commonByDomain);
        html += ReportHtml::subHeading(u"（二）表述相同的问题"_s);
        html += r.commonByWording.isEmpty() ? FormHtml::paragraph(FormHtml::text(u"无。"_s))
                                            : commonTable(u"共同表述"_s, r.commonByWording);
    }

    PrintableDocument doc;
    doc.name = title(c, r.period);
    doc.html = html;
    doc.layout = PrintableDocument::Layout::Official;
    return doc;
}

std::optional<PrintableDocument>
SummaryReportDocument::fromDatabase(Database &db, const ReportPeriod &period, QString *error) {
    SummaryReportQuery query(db);
    const auto report = query.build(period);
    if (!report) {
        if (error)
            *error = query.errorString();
        return std::nullopt;
    }
    FormDataLoader loader(db);
    return build(loader.context(), *report, Clock::today());
}
