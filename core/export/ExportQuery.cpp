#include "core/export/ExportQuery.h"

#include "core/Database.h"
#include "core/StatusLabels.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

using Type = ExportColumn::Type;
using Privacy = ExportColumn::Privacy;

ExportColumn col(const char *key, const QString &header, Type type = Type::Text, int width = 12,
                 Privacy privacy = Privacy::None) {
    return {QString::fromLatin1(key), header, type, width, privacy};
}

// Which stored code a column holds, so that it is written in Chinese words.
enum class Code { None, AppealStatus, AssignmentStatus, EvaluationLevel };

QVariant convert(const QVariant &v, Type type, Code code) {
    if (type == Type::Date) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() ? QVariant(d) : QVariant(QString());
    }
    if (type == Type::Integer)
        return v.isNull() ? QVariant() : QVariant(v.toLongLong());
    switch (code) {
    case Code::AppealStatus:
        return StatusLabels::printedAppeal(v.toString());
    case Code::AssignmentStatus:
        return v.toString().isEmpty() ? QString() : StatusLabels::printedAssignment(v.toString());
    case Code::EvaluationLevel:
        return StatusLabels::printedEvaluationLevel(v.toString());
    case Code::None:
        break;
    }
    return v.toString();
}

QHash<QString, Code> codedColumns() {
    return {{u"appealStatus"_s, Code::AppealStatus},
            {u"status"_s, Code::AssignmentStatus},
            {u"level"_s, Code::EvaluationLevel}};
}

} // namespace

ExportQuery::ExportQuery(Database &db)
    : m_db(db) {}

QStringList ExportQuery::kindNames() {
    return {u"problem-list"_s, u"assignments"_s, u"evaluations"_s};
}

std::optional<ExportQuery::Kind> ExportQuery::kindFromName(const QString &name) {
    if (name == "problem-list"_L1)
        return Kind::ProblemList;
    if (name == "assignments"_L1)
        return Kind::Assignments;
    if (name == "evaluations"_L1)
        return Kind::Evaluations;
    return std::nullopt;
}

std::optional<ExportTable> ExportQuery::run(ExportTable table, const QString &sql,
                                            const Filter &filter, const QString &dateColumn,
                                            const QString &meetingColumn) {
    QStringList where;
    if (filter.meetingId > 0)
        where << meetingColumn + u" = :meeting"_s;
    if (filter.from.isValid())
        where << dateColumn + u" >= :from"_s;
    if (filter.to.isValid())
        where << dateColumn + u" <= :to"_s;
    QString text = sql;
    text.replace(u"{WHERE}"_s, where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s));
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(text);
    if (filter.meetingId > 0)
        q.bindValue(u":meeting"_s, filter.meetingId);
    if (filter.from.isValid())
        q.bindValue(u":from"_s, filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        q.bindValue(u":to"_s, filter.to.toString(Qt::ISODate));
    if (!q.exec()) {
        m_error = tr("Cannot read the list \"%1\": %2").arg(table.title, q.lastError().text());
        return std::nullopt;
    }
    const QHash<QString, Code> coded = codedColumns();
    const int n = int(table.columns.size());
    while (q.next()) {
        QVariantList row;
        row.reserve(n);
        for (int c = 0; c < n; ++c) {
            const ExportColumn &column = table.columns.at(c);
            row << convert(q.value(c), column.type, coded.value(column.key, Code::None));
        }
        table.rows << row;
    }
    return table;
}

std::optional<ExportTable> ExportQuery::build(Kind kind, const Filter &filter) {
    m_error.clear();
    ExportTable t;
    t.groupByKey = u"leadDepartment"_s;
    switch (kind) {
    case Kind::ProblemList:
        t.title = u"问题建议清单"_s;
        t.columns = {col("number", u"编号"_s, Type::Text, 14),
                     col("submittingUnit", u"提交单位"_s, Type::LongText, 24),
                     col("responsiblePerson", u"负责人"_s, Type::Text, 10, Privacy::PersonName),
                     col("phone", u"联系电话"_s, Type::Text, 15, Privacy::Phone),
                     col("submitDate", u"提交日期"_s, Type::Date, 12),
                     col("channel", u"来源渠道"_s, Type::Text, 10),
                     col("domain", u"领域"_s, Type::Text, 10),
                     col("problem", u"困难问题"_s, Type::LongText, 48),
                     col("suggestions", u"意见建议"_s, Type::LongText, 36),
                     col("appealStatus", u"受理情况"_s, Type::Text, 10),
                     col("leadDepartment", u"牵头承办部门"_s, Type::Text, 18),
                     col("assignedOn", u"交办日期"_s, Type::Date, 12),
                     col("dueDate", u"办理期限"_s, Type::Date, 12),
                     col("status", u"办理状态"_s, Type::Text, 10),
                     col("result", u"办理结果"_s, Type::LongText, 40),
                     col("completedOn", u"办结日期"_s, Type::Date, 12)};
        // One row per appeal, with its latest assignment (an appeal is rarely assigned twice).
        return run(t,
                   u"SELECT ap.number, ap.submitting_unit, ap.responsible_person, ap.phone, "
                   "ap.submit_date, ap.channel, ap.domain, ap.problem, ap.suggestions, ap.status, "
                   "d.name, a.assigned_on, a.due_date, a.status, a.result, a.completed_on "
                   "FROM appeals ap "
                   "LEFT JOIN assignments a ON a.id = (SELECT max(x.id) FROM assignments x "
                   " WHERE x.appeal_id = ap.id) "
                   "LEFT JOIN departments d ON d.id = a.lead_department_id "
                   "{WHERE} ORDER BY ap.submit_date, ap.number"_s,
                   filter, u"ap.submit_date"_s, u"a.meeting_id"_s);
    case Kind::Assignments:
        t.title = u"交办事项清单"_s;
        t.columns = {col("number", u"编号"_s, Type::Text, 14),
                     col("submittingUnit", u"提交单位"_s, Type::LongText, 24),
                     col("problem", u"议题主要内容"_s, Type::LongText, 48),
                     col("domain", u"领域"_s, Type::Text, 10),
                     col("leadDepartment", u"牵头承办部门"_s, Type::Text, 18),
                     col("leadContact", u"联系人"_s, Type::Text, 10, Privacy::PersonName),
                     col("leadPhone", u"联系电话"_s, Type::Text, 15, Privacy::Phone),
                     col("assignedOn", u"交办日期"_s, Type::Date, 12),
                     col("dueDate", u"办理期限"_s, Type::Date, 12),
                     col("originalDueDate", u"原定期限"_s, Type::Date, 12),
                     col("extensions", u"延期次数"_s, Type::Integer, 8),
                     col("status", u"办理状态"_s, Type::Text, 10),
                     col("result", u"办理结果"_s, Type::LongText, 40),
                     col("completedOn", u"办结日期"_s, Type::Date, 12),
                     col("feedback", u"反馈情况"_s, Type::LongText, 30),
                     col("supervision", u"督查情况"_s, Type::LongText, 30),
                     col("rehandled", u"重办次数"_s, Type::Integer, 8)};
        return run(t,
                   u"SELECT ap.number, ap.submitting_unit, "
                   "COALESCE(NULLIF(ap.problem, ''), tp.title), ap.domain, d.name, "
                   "a.lead_contact, a.lead_phone, a.assigned_on, a.due_date, a.original_due_date, "
                   "(SELECT count(*) FROM extensions e WHERE e.assignment_id = a.id "
                   " AND e.status = 'approved'), "
                   "a.status, a.result, a.completed_on, a.feedback, a.supervision, "
                   "a.rehandle_count FROM assignments a "
                   "LEFT JOIN appeals ap ON ap.id = a.appeal_id "
                   "LEFT JOIN topics tp ON tp.id = a.topic_id "
                   "LEFT JOIN departments d ON d.id = a.lead_department_id "
                   "{WHERE} ORDER BY a.assigned_on, a.id"_s,
                   filter, u"a.assigned_on"_s, u"a.meeting_id"_s);
    case Kind::Evaluations:
        t.title = u"办结评价情况"_s;
        t.columns = {col("number", u"编号"_s, Type::Text, 14),
                     col("evaluatingUnit", u"评价企业"_s, Type::LongText, 24),
                     col("responsiblePerson", u"负责人"_s, Type::Text, 10, Privacy::PersonName),
                     col("phone", u"联系电话"_s, Type::Text, 15, Privacy::Phone),
                     col("submitDate", u"提交日期"_s, Type::Date, 12),
                     col("level", u"总体评价"_s, Type::Text, 10),
                     col("opinion", u"评价意见"_s, Type::LongText, 40),
                     col("suggestions", u"其他意见建议"_s, Type::LongText, 36),
                     col("leadDepartment", u"牵头承办部门"_s, Type::Text, 18)};
        return run(t,
                   u"SELECT ap.number, e.evaluating_unit, e.responsible_person, e.phone, "
                   "e.submit_date, e.level, e.opinion, e.suggestions, d.name "
                   "FROM evaluations e JOIN assignments a ON a.id = e.assignment_id "
                   "LEFT JOIN appeals ap ON ap.id = a.appeal_id "
                   "LEFT JOIN departments d ON d.id = a.lead_department_id "
                   "{WHERE} ORDER BY e.submit_date, e.id"_s,
                   filter, u"e.submit_date"_s, u"a.meeting_id"_s);
    }
    return std::nullopt;
}
