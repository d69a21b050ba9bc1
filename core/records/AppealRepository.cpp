#include "core/records/AppealRepository.h"

#include "core/AuditLog.h"
#include "core/BatchInsert.h"
#include "core/Database.h"
#include "core/SqlRead.h"
#include "core/TransactionGuard.h"
#include "core/records/AppealNumbering.h"
#include "core/records/RecordDiff.h"

#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString kColumns =
    u"id, number, submitting_unit, enterprise_id, responsible_person, phone, submit_date, "
    "channel, collecting_department_id, problem, suggestions, prior_handling, domain, scope, "
    "urgency, status, screening_reason, screening_note, duplicate_of, topic_id, created_at, "
    "updated_at, version"_s;

QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// The form fields, as audit detail and for comparing.
QVariantMap toMap(const Appeal &a) {
    return {{u"number"_s, a.number},
            {u"submitting_unit"_s, a.submittingUnit},
            {u"enterprise_id"_s, a.enterpriseId},
            {u"responsible_person"_s, a.responsiblePerson},
            {u"phone"_s, a.phone},
            {u"submit_date"_s, a.submitDate.toString(Qt::ISODate)},
            {u"channel"_s, a.channel},
            {u"collecting_department_id"_s, a.collectingDepartmentId},
            {u"problem"_s, a.problem},
            {u"suggestions"_s, a.suggestions},
            {u"prior_handling"_s, a.priorHandling},
            {u"domain"_s, a.domain},
            {u"industry_wide"_s, a.industryWide},
            {u"urgent"_s, a.urgent}};
}

Appeal trimmed(const Appeal &in) {
    Appeal a = in;
    a.number = a.number.trimmed();
    a.submittingUnit = a.submittingUnit.trimmed();
    a.responsiblePerson = a.responsiblePerson.trimmed();
    a.phone = a.phone.trimmed();
    a.channel = a.channel.trimmed();
    a.problem = a.problem.trimmed();
    a.suggestions = a.suggestions.trimmed();
    a.priorHandling = a.priorHandling.trimmed();
    a.domain = a.domain.trimmed();
    return a;
}

// The columns of the form fields, in the order of formFields().
const QStringList kFormColumns{
    u"number"_s,  u"submitting_unit"_s, u"enterprise_id"_s,  u"responsible_person"_s,
    u"phone"_s,   u"submit_date"_s,     u"channel"_s,        u"collecting_department_id"_s,
    u"problem"_s, u"suggestions"_s,     u"prior_handling"_s, u"domain"_s,
    u"scope"_s,   u"urgency"_s};

// The same order as the SET list of update() and the VALUES of insert().
QVariantList formFields(const Appeal &a) {
    return {RecordDiff::text(a.number),
            RecordDiff::text(a.submittingUnit),
            idOrNull(a.enterpriseId),
            RecordDiff::text(a.responsiblePerson),
            RecordDiff::text(a.phone),
            a.submitDate.toString(Qt::ISODate),
            RecordDiff::text(a.channel),
            idOrNull(a.collectingDepartmentId),
            RecordDiff::text(a.problem),
            RecordDiff::text(a.suggestions),
            RecordDiff::text(a.priorHandling),
            RecordDiff::text(a.domain),
            a.industryWide ? u"industry"_s : u"individual"_s,
            a.urgent ? u"urgent"_s : u"normal"_s};
}

void bindFormFields(QSqlQuery &q, const Appeal &a) {
    for (const QVariant &v : formFields(a))
        q.addBindValue(v);
}
} // namespace

AppealRepository::AppealRepository(Database &db)
    : m_db(db) {}

bool AppealRepository::fail(const QString &message) {
    m_error = message;
    return false;
}

bool AppealRepository::numberInUse(const QString &number, qint64 exceptId) const {
    m_readError.clear();
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT 1 FROM appeals WHERE number = ? AND id <> ?"_s);
    q.addBindValue(RecordDiff::text(number));
    q.addBindValue(exceptId);
    return SqlRead::exec(q, m_readError, tr("the appeal numbers")) && q.next();
}

std::optional<AppealRepository::AssignmentInfo>
AppealRepository::currentAssignment(qint64 appealId) const {
    m_readError.clear();
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT s.id, s.assigned_on, s.due_date, d.name FROM assignments s "
              "LEFT JOIN departments d ON d.id = s.lead_department_id "
              "WHERE s.appeal_id = ? ORDER BY s.id DESC LIMIT 1"_s);
    q.addBindValue(appealId);
    if (!SqlRead::exec(q, m_readError, tr("the appeal's assignment")) || !q.next())
        return std::nullopt;
    AssignmentInfo info;
    info.id = q.value(0).toLongLong();
    info.assignedOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    info.dueDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    info.leadDepartment = q.value(3).toString();
    return info;
}

QString AppealRepository::requiredMissing(const Appeal &a) {
    if (a.submittingUnit.isEmpty())
        return tr("Submitting unit: is required");
    if (a.problem.isEmpty())
        return tr("Problem: is required");
    if (!a.submitDate.isValid())
        return tr("Submit date: is required");
    return {};
}

bool AppealRepository::insert(Appeal &appeal) {
    m_error.clear();
    Appeal a = trimmed(appeal);
    if (const QString missingField = requiredMissing(a); !missingField.isEmpty())
        return fail(missingField);

    TransactionGuard tx(m_db.sql());
    if (a.number.isEmpty()) {
        AppealNumbering numbering(m_db);
        a.number = numbering.next(a.submitDate.year());
        if (a.number.isEmpty())
            return fail(numbering.errorString());
    } else if (numberInUse(a.number)) {
        return fail(tr("Number: %1 is already used by another appeal").arg(a.number));
    } else if (!m_readError.isEmpty()) {
        return fail(m_readError);
    }
    const QString now = RecordDiff::now();
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO appeals (%1, status, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
                  kFormColumns.join(u", "_s)));
    bindFormFields(q, a);
    q.addBindValue(Appeal::statusCode(a.status));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return fail(tr("Cannot store the appeal %1: %2").arg(a.number, q.lastError().text()));
    a.id = q.lastInsertId().toLongLong();
    if (!AuditLog(m_db).record(u"appeal"_s, a.id, u"created"_s, RecordDiff::values(toMap(a))))
        return fail(tr("Cannot write the audit log for the appeal %1").arg(a.number));
    if (!tx.commit())
        return fail(tr("Cannot commit the appeal %1").arg(a.number));
    a.createdAt = QDateTime::fromString(now, Qt::ISODate);
    a.updatedAt = a.createdAt;
    a.version = 1;
    appeal = a;
    return true;
}

bool AppealRepository::insertMany(QList<Appeal> &appeals) {
    m_error.clear();
    m_failedIndex = -1;
    const auto failAt = [this](int index, const QString &message) {
        m_failedIndex = index;
        return fail(message);
    };
    QList<Appeal> out;
    out.reserve(appeals.size());
    QSet<QString> typed; // numbers the list brings itself
    for (int i = 0; i < appeals.size(); ++i) {
        const Appeal a = trimmed(appeals.at(i));
        if (const QString missingField = requiredMissing(a); !missingField.isEmpty())
            return failAt(i, missingField);
        if (!a.number.isEmpty() && typed.contains(a.number))
            return failAt(i, tr("Number: %1 is already used by another appeal").arg(a.number));
        if (!a.number.isEmpty())
            typed.insert(a.number);
        out << a;
    }
    TransactionGuard tx(m_db.sql());
    if (const QStringList used = numbersInUse(typed.values()); !used.isEmpty()) {
        const auto at = std::find_if(out.cbegin(), out.cend(),
                                     [&used](const Appeal &a) { return a.number == used.first(); });
        return failAt(int(at - out.cbegin()),
                      tr("Number: %1 is already used by another appeal").arg(used.first()));
    }
    if (!m_readError.isEmpty())
        return fail(m_readError);
    // The others from the profile's pattern, year by year in the list's order.
    QMap<int, QList<int>> unnumbered;
    for (int i = 0; i < out.size(); ++i)
        if (out.at(i).number.isEmpty())
            unnumbered[out.at(i).submitDate.year()] << i;
    AppealNumbering numbering(m_db);
    for (auto it = unnumbered.cbegin(); it != unnumbered.cend(); ++it) {
        const QStringList numbers = numbering.next(it.key(), int(it->size()), typed);
        if (numbers.size() != it->size())
            return fail(numbering.errorString());
        for (int n = 0; n < numbers.size(); ++n)
            out[it->at(n)].number = numbers.at(n);
    }
    const QString now = RecordDiff::now();
    BatchInsert rows(m_db, u"appeals"_s,
                     kFormColumns + QStringList{u"status"_s, u"created_at"_s, u"updated_at"_s},
                     u"id, number"_s);
    for (const Appeal &a : std::as_const(out))
        rows.add(formFields(a) + QVariantList{Appeal::statusCode(a.status), now, now});
    QHash<QString, qint64> ids;
    if (!rows.exec([&ids](const QSqlQuery &q) {
            ids.insert(q.value(1).toString(), q.value(0).toLongLong());
        }))
        return fail(tr("Cannot store the appeals: %1").arg(rows.errorString()));
    QList<QPair<qint64, QJsonObject>> created;
    for (Appeal &a : out) {
        a.id = ids.value(a.number);
        a.createdAt = QDateTime::fromString(now, Qt::ISODate);
        a.updatedAt = a.createdAt;
        a.version = 1;
        created << qMakePair(a.id, RecordDiff::values(toMap(a)));
    }
    AuditLog log(m_db);
    if (!log.recordMany(u"appeal"_s, u"created"_s, created))
        return fail(tr("Cannot write the audit log for the appeals: %1").arg(log.errorString()));
    if (!tx.commit())
        return fail(tr("Cannot commit the appeals"));
    appeals = out;
    return true;
}

QStringList AppealRepository::numbersInUse(const QStringList &numbers) const {
    m_readError.clear();
    QStringList used;
    // In chunks, under both engines' limits on the values of one statement.
    for (qsizetype first = 0; first < numbers.size(); first += BatchInsert::kMaxRows) {
        const QStringList chunk = numbers.mid(first, BatchInsert::kMaxRows);
        QSqlQuery q(m_db.sql());
        q.prepare(u"SELECT number FROM appeals WHERE number IN (%1)"_s.arg(
            QStringList(chunk.size(), u"?"_s).join(u", "_s)));
        for (const QString &n : chunk)
            q.addBindValue(n);
        if (!SqlRead::exec(q, m_readError, tr("the appeal numbers")))
            return used;
        while (q.next())
            used << q.value(0).toString();
    }
    return used;
}

bool AppealRepository::update(Appeal &appeal) {
    m_error.clear();
    m_conflict.reset();
    const Appeal a = trimmed(appeal);
    const auto before = find(a.id);
    if (!before)
        return fail(missing(a.id));
    if (a.version > 0 && before->version != a.version)
        return refuseStale(*before);
    if (a.number.isEmpty())
        return fail(tr("Number: is required"));
    if (const QString missingField = requiredMissing(a); !missingField.isEmpty())
        return fail(missingField);
    if (numberInUse(a.number, a.id))
        return fail(tr("Number: %1 is already used by another appeal").arg(a.number));
    if (!m_readError.isEmpty())
        return fail(m_readError);
    if (a.number != before->number) {
        if (const auto assigned = currentAssignment(a.id))
            return fail(tr("Number: the appeal %1 was assigned on %2; its number is printed on "
                           "the assignment sheets and stays")
                            .arg(before->number, assigned->assignedOn.toString(Qt::ISODate)));
        // Not known to be unassigned: the number may be on the sheets already.
        if (!m_readError.isEmpty())
            return fail(m_readError);
    }
    const QJsonObject changes = RecordDiff::changes(toMap(*before), toMap(a));
    if (changes.isEmpty())
        return true;

    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE appeals SET number = ?, submitting_unit = ?, enterprise_id = ?, "
              "responsible_person = ?, phone = ?, submit_date = ?, channel = ?, "
              "collecting_department_id = ?, problem = ?, suggestions = ?, prior_handling = ?, "
              "domain = ?, scope = ?, urgency = ?, updated_at = ?, version = version + 1 "
              "WHERE id = ? AND version = ?"_s);
    bindFormFields(q, a);
    q.addBindValue(RecordDiff::now());
    q.addBindValue(a.id);
    q.addBindValue(before->version);
    if (!q.exec())
        return fail(tr("Cannot update the appeal %1: %2").arg(a.number, q.lastError().text()));
    // Another desk saved between the read above and this write.
    if (q.numRowsAffected() == 0)
        return refuseStale(*before);
    if (!AuditLog(m_db).record(u"appeal"_s, a.id, u"updated"_s, changes))
        return fail(tr("Cannot write the audit log for the appeal %1").arg(a.number));
    if (!tx.commit())
        return fail(tr("Cannot commit the appeal %1").arg(a.number));
    appeal.version = before->version + 1;
    return true;
}

bool AppealRepository::refuseStale(const Appeal &current) {
    m_conflict =
        EditConflict::find(m_db, u"appeal"_s, current.id, tr("Appeal %1").arg(current.number));
    return fail(m_conflict->message());
}

bool AppealRepository::setTopic(qint64 appealId, qint64 topicId) {
    m_error.clear();
    const auto before = find(appealId);
    if (!before)
        return fail(missing(appealId));
    if (before->topicId == topicId)
        return true;
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE appeals SET topic_id = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(idOrNull(topicId));
    q.addBindValue(RecordDiff::now());
    q.addBindValue(appealId);
    if (!q.exec())
        return fail(tr("Cannot put the appeal %1 into topic %2: %3")
                        .arg(before->number)
                        .arg(topicId)
                        .arg(q.lastError().text()));
    const QJsonObject detail{
        {u"topic_id"_s, QJsonObject{{u"from"_s, before->topicId}, {u"to"_s, topicId}}}};
    if (!AuditLog(m_db).record(u"appeal"_s, appealId, topicId ? u"topic_set"_s : u"topic_cleared"_s,
                               detail))
        return fail(tr("Cannot write the audit log for the appeal %1").arg(before->number));
    if (!tx.commit())
        return fail(tr("Cannot commit the appeal %1").arg(before->number));
    return true;
}

bool AppealRepository::markDuplicate(qint64 appealId, qint64 originalId) {
    m_error.clear();
    const auto before = find(appealId);
    if (!before)
        return fail(missing(appealId));
    qint64 target = originalId;
    QString targetNumber;
    if (target != 0) {
        auto original = find(target);
        if (!original)
            return fail(SqlRead::missing(
                m_readError, tr("Duplicate of: there is no appeal with id %1").arg(target)));
        // Follow the original's own mark, so that every duplicate names the first appeal.
        for (int hops = 0; original && original->duplicateOf != 0 && hops < 100; ++hops)
            original = find(original->duplicateOf);
        if (!original)
            return fail(tr("Duplicate of: the appeal %1 points at a missing appeal").arg(target));
        target = original->id;
        targetNumber = original->number;
        if (target == appealId)
            return fail(
                tr("Duplicate of: the appeal %1 cannot duplicate itself").arg(before->number));
    }
    if (before->duplicateOf == target)
        return true;
    TransactionGuard tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE appeals SET duplicate_of = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(idOrNull(target));
    q.addBindValue(RecordDiff::now());
    q.addBindValue(appealId);
    if (!q.exec())
        return fail(tr("Cannot mark the appeal %1: %2").arg(before->number, q.lastError().text()));
    // Appeals that pointed at this one now point at its original too.
    if (target != 0) {
        QSqlQuery follow(m_db.sql());
        follow.prepare(u"UPDATE appeals SET duplicate_of = ? WHERE duplicate_of = ?"_s);
        follow.addBindValue(target);
        follow.addBindValue(appealId);
        if (!follow.exec())
            return fail(
                tr("Cannot mark the appeal %1: %2").arg(before->number, follow.lastError().text()));
    }
    const QJsonObject detail{{u"duplicate_of"_s, target},
                             {u"duplicate_of_number"_s, targetNumber},
                             {u"previous"_s, before->duplicateOf}};
    if (!AuditLog(m_db).record(u"appeal"_s, appealId,
                               target ? u"marked_duplicate"_s : u"duplicate_cleared"_s, detail))
        return fail(tr("Cannot write the audit log for the appeal %1").arg(before->number));
    if (!tx.commit())
        return fail(tr("Cannot commit the appeal %1").arg(before->number));
    return true;
}

QString AppealRepository::missing(qint64 id) const {
    // A read that failed (the server away, a locked file) is not an appeal that is gone.
    return SqlRead::missing(m_readError, tr("There is no appeal with id %1").arg(id));
}

QList<Appeal> AppealRepository::select(const QString &condition, const QVariantList &values) const {
    QList<Appeal> out;
    m_readError.clear();
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT "_s + kColumns + u" FROM appeals WHERE "_s + condition + u" ORDER BY id"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        SqlRead::fail(q, m_readError, tr("the appeal"));
        return out;
    }
    while (q.next()) {
        Appeal a;
        a.id = q.value(0).toLongLong();
        a.number = q.value(1).toString();
        a.submittingUnit = q.value(2).toString();
        a.enterpriseId = q.value(3).toLongLong();
        a.responsiblePerson = q.value(4).toString();
        a.phone = q.value(5).toString();
        a.submitDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        a.channel = q.value(7).toString();
        a.collectingDepartmentId = q.value(8).toLongLong();
        a.problem = q.value(9).toString();
        a.suggestions = q.value(10).toString();
        a.priorHandling = q.value(11).toString();
        a.domain = q.value(12).toString();
        a.industryWide = q.value(13).toString() == "industry"_L1;
        a.urgent = q.value(14).toString() == "urgent"_L1;
        a.status = Appeal::statusFromCode(q.value(15).toString());
        a.screeningReason = q.value(16).toString();
        a.screeningNote = q.value(17).toString();
        a.duplicateOf = q.value(18).toLongLong();
        a.topicId = q.value(19).toLongLong();
        a.createdAt = QDateTime::fromString(q.value(20).toString(), Qt::ISODate);
        a.updatedAt = QDateTime::fromString(q.value(21).toString(), Qt::ISODate);
        a.version = q.value(22).toInt();
        out << a;
    }
    if (SqlRead::failedMidway(q, m_readError, tr("the appeal")))
        out.clear();
    return out;
}

std::optional<Appeal> AppealRepository::find(qint64 id) const {
    const auto found = select(u"id = ?"_s, {id});
    return found.isEmpty() ? std::nullopt : std::optional<Appeal>(found.first());
}

std::optional<Appeal> AppealRepository::findByNumber(const QString &number) const {
    const auto found = select(u"number = ?"_s, {number.trimmed()});
    return found.isEmpty() ? std::nullopt : std::optional<Appeal>(found.first());
}

QList<Appeal> AppealRepository::forEnterprise(qint64 enterpriseId) const {
    return select(u"enterprise_id = ?"_s, {enterpriseId});
}
