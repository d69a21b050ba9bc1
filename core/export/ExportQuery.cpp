#include "core/export/ExportQuery.h"

#include "core/ProfileRepository.h"
#include "core/StatusLabels.h"
#include "core/export/QuerySource.h"
#include "core/queries/AssignmentState.h"

using namespace Qt::StringLiterals;

namespace {

using Type = ExportColumn::Type;
using Privacy = ExportColumn::Privacy;
using Vocabulary = StatusLabels::Printed;

ExportColumn col(const char *key, const QString &header, Type type = Type::Text, int width = 12,
                 Privacy privacy = Privacy::None) {
    return {QString::fromLatin1(key), header, type, width, privacy};
}

// Who a record names besides its columns, for the public export's masking: a person and a
// phone number each.
struct Holder {
    const char *key;
    const char *person;
    const char *phone;
};
const Holder appealHolder{"appeal", "ap.responsible_person", "ap.phone"};
const Holder enterpriseHolder{"enterprise", "en.responsible_person", "en.phone"};
const Holder leadHolder{"lead", "a.lead_contact", "a.lead_phone"};
const Holder departmentHolder{"department", "d.contact", "d.phone"};

void addPrivate(ExportTable &t, QuerySource::Sql &sql, const QList<Holder> &holders) {
    for (const Holder &h : holders) {
        const QString key = QString::fromLatin1(h.key);
        t.privateColumns << ExportColumn{key + u"Person"_s, {}, Type::Text, 0, Privacy::PersonName}
                         << ExportColumn{key + u"Phone"_s, {}, Type::Text, 0, Privacy::Phone};
        sql.select << QString::fromLatin1(h.person) << QString::fromLatin1(h.phone);
    }
    sql.from += u" LEFT JOIN enterprises en ON en.id = ap.enterprise_id"_s;
}

// The filter's conditions on the list's date and meeting columns.
void applyFilter(QuerySource::Sql &sql, const ExportQuery::Filter &filter,
                 const QString &dateColumn, const QString &meetingColumn) {
    QStringList where;
    if (filter.meetingId > 0) {
        where << meetingColumn + u" = :meeting"_s;
        sql.binds.insert(u":meeting"_s, filter.meetingId);
    }
    if (filter.from.isValid()) {
        where << dateColumn + u" >= :from"_s;
        sql.binds.insert(u":from"_s, filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        where << dateColumn + u" <= :to"_s;
        sql.binds.insert(u":to"_s, filter.to.toString(Qt::ISODate));
    }
    sql.where = where.join(u" AND "_s);
}

// 受理情况 in words, and for 不予受理 why (the profile's exclusion reason, with the screening
// note): a list that says only 不予受理 leaves the leaders asking why.
QString acceptanceSql(const QList<ExclusionReason> &reasons) {
    const auto quoted = [](QString text) {
        return u'\'' + text.replace(u'\'', u"''"_s) + u'\'';
    };
    QString reason = u"ap.screening_reason"_s;
    if (!reasons.isEmpty()) {
        reason = u"CASE ap.screening_reason"_s;
        for (const ExclusionReason &r : reasons)
            reason += u" WHEN %1 THEN %2"_s.arg(quoted(r.code), quoted(r.label));
        reason += u" ELSE ap.screening_reason END"_s;
    }
    return u"CASE WHEN ap.status = 'rejected' THEN '不予受理：' || %1 || CASE WHEN "
           "ap.screening_note <> '' THEN '（' || ap.screening_note || '）' ELSE '' END "
           "ELSE %2 END"_s.arg(reason,
                               StatusLabels::printedSqlCase(Vocabulary::Appeal, u"ap.status"_s));
}

// 办理结果 of an item being handled again (重办) is the first round's, which the enterprise
// found unsatisfactory: beside 办理中 it would read as the answer. Empty until the new result.
QString currentResult() {
    return u"CASE WHEN a.rehandle_count > 0 AND "_s + AssignmentState::openSql(u"a"_s) +
           u" THEN '' ELSE a.result END"_s;
}

// The latest assignment of an appeal (an appeal is rarely assigned twice).
const QString latestAssignment = u"LEFT JOIN assignments a ON a.id = (SELECT max(x.id) FROM "
                                 "assignments x WHERE x.appeal_id = ap.id) "_s;

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

std::unique_ptr<ExportSource> ExportQuery::source(Kind kind, const Filter &filter,
                                                  Purpose purpose) {
    const bool publication = purpose == Purpose::Publication;
    ExportTable t;
    t.groupByKey = u"leadDepartment"_s;
    QuerySource::Sql sql;
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
        sql.select = {u"ap.number"_s,
                      u"ap.submitting_unit"_s,
                      u"ap.responsible_person"_s,
                      u"ap.phone"_s,
                      u"ap.submit_date"_s,
                      u"ap.channel"_s,
                      u"ap.domain"_s,
                      u"ap.problem"_s,
                      u"ap.suggestions"_s,
                      acceptanceSql(ProfileRepository(m_db).active().exclusionReasons),
                      u"d.name"_s,
                      u"a.assigned_on"_s,
                      u"a.due_date"_s,
                      StatusLabels::printedSqlCase(Vocabulary::Assignment, u"a.status"_s),
                      currentResult(),
                      u"a.completed_on"_s};
        sql.from = u"FROM appeals ap "_s + latestAssignment +
                   u"LEFT JOIN departments d ON d.id = a.lead_department_id"_s;
        sql.orderBy = u"ap.submit_date, ap.number"_s;
        sql.countFrom =
            filter.meetingId > 0 ? u"FROM appeals ap "_s + latestAssignment : u"FROM appeals ap"_s;
        if (publication)
            addPrivate(t, sql, {enterpriseHolder, leadHolder, departmentHolder});
        applyFilter(sql, filter, u"ap.submit_date"_s, u"a.meeting_id"_s);
        break;
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
        sql.select = {u"ap.number"_s,
                      u"ap.submitting_unit"_s,
                      u"COALESCE(NULLIF(ap.problem, ''), tp.title)"_s,
                      u"ap.domain"_s,
                      u"d.name"_s,
                      u"a.lead_contact"_s,
                      u"a.lead_phone"_s,
                      u"a.assigned_on"_s,
                      u"a.due_date"_s,
                      u"a.original_due_date"_s,
                      u"(SELECT count(*) FROM extensions e WHERE e.assignment_id = a.id AND "
                      "e.status = 'approved')"_s,
                      StatusLabels::printedSqlCase(Vocabulary::Assignment, u"a.status"_s),
                      currentResult(),
                      u"a.completed_on"_s,
                      u"a.feedback"_s,
                      u"a.supervision"_s,
                      u"a.rehandle_count"_s};
        sql.from = u"FROM assignments a LEFT JOIN appeals ap ON ap.id = a.appeal_id "
                   "LEFT JOIN topics tp ON tp.id = a.topic_id "
                   "LEFT JOIN departments d ON d.id = a.lead_department_id"_s;
        sql.orderBy = u"a.assigned_on, a.id"_s;
        sql.countFrom = u"FROM assignments a"_s;
        if (publication)
            addPrivate(t, sql, {appealHolder, enterpriseHolder, departmentHolder});
        applyFilter(sql, filter, u"a.assigned_on"_s, u"a.meeting_id"_s);
        break;
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
        sql.select = {u"ap.number"_s,
                      u"e.evaluating_unit"_s,
                      u"e.responsible_person"_s,
                      u"e.phone"_s,
                      u"e.submit_date"_s,
                      StatusLabels::printedSqlCase(Vocabulary::EvaluationLevel, u"e.level"_s),
                      u"e.opinion"_s,
                      u"e.suggestions"_s,
                      u"d.name"_s};
        sql.from = u"FROM evaluations e JOIN assignments a ON a.id = e.assignment_id "
                   "LEFT JOIN appeals ap ON ap.id = a.appeal_id "
                   "LEFT JOIN departments d ON d.id = a.lead_department_id"_s;
        sql.orderBy = u"e.submit_date, e.id"_s;
        sql.countFrom = u"FROM evaluations e JOIN assignments a ON a.id = e.assignment_id"_s;
        if (publication)
            addPrivate(t, sql, {appealHolder, enterpriseHolder, leadHolder, departmentHolder});
        applyFilter(sql, filter, u"e.submit_date"_s, u"a.meeting_id"_s);
        break;
    }
    return std::make_unique<QuerySource>(m_db, std::move(t), std::move(sql));
}

std::optional<ExportTable> ExportQuery::build(Kind kind, const Filter &filter, Purpose purpose) {
    m_error.clear();
    std::optional<ExportTable> table = source(kind, filter, purpose)->readAll(&m_error);
    return table;
}
