#include "core/validation/AppealValidator.h"

#include "core/Appeal.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/validation/PhoneValidator.h"
#include "core/validation/UsccValidator.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr auto Error = ValidationIssue::Severity::Error;
constexpr auto Warning = ValidationIssue::Severity::Warning;
} // namespace

AppealValidator::AppealValidator(Database *db)
    : m_db(db) {}

QList<ValidationIssue> AppealValidator::validate(const Appeal &appeal, const QString &uscc) const {
    QList<ValidationIssue> issues;
    if (appeal.submittingUnit.trimmed().isEmpty())
        issues << ValidationIssue::make(u"submitting_unit"_s, Error,
                                        tr("is required: the enterprise or unit that submits "
                                           "the appeal"));
    issues << checkSubmitDate(appeal.submitDate);
    if (appeal.problem.trimmed().isEmpty())
        issues << ValidationIssue::make(u"problem"_s, Error,
                                        tr("is required: describe the difficulty or problem"));
    issues << checkUscc(uscc);
    issues << checkPhone(appeal.phone);
    issues << checkNumber(appeal.number, appeal.id);
    return issues;
}

QList<ValidationIssue> AppealValidator::checkUscc(const QString &uscc) {
    if (uscc.trimmed().isEmpty())
        return {};
    const UsccValidator::Result r = UsccValidator::check(uscc);
    if (r.isValid())
        return {};
    return {ValidationIssue::make(u"uscc"_s, Warning, uscc.trimmed() + u": "_s + r.reason)};
}

QList<ValidationIssue> AppealValidator::checkPhone(const QString &phone) {
    const PhoneValidator::Result r = PhoneValidator::check(phone);
    if (r.isValid())
        return {};
    return {ValidationIssue::make(u"phone"_s, Warning, r.reason)};
}

QList<ValidationIssue> AppealValidator::checkSubmitDate(const QDate &date) const {
    if (!date.isValid())
        return {ValidationIssue::make(u"submit_date"_s, Error,
                                      tr("is required: the date the appeal was handed in"))};
    const QDate today = Clock::today(); // tests fix it with Clock::Fixed
    if (date > today)
        return {ValidationIssue::make(
            u"submit_date"_s, Error,
            tr("%1 is in the future (today is %2)")
                .arg(date.toString(Qt::ISODate), today.toString(Qt::ISODate)))};
    if (date < earliestDate())
        return {ValidationIssue::make(
            u"submit_date"_s, Error,
            tr("%1 is before %2; please check the year")
                .arg(date.toString(Qt::ISODate), earliestDate().toString(Qt::ISODate)))};
    return {};
}

QList<ValidationIssue> AppealValidator::checkNumber(const QString &number, qint64 ownId) const {
    const QString n = number.trimmed();
    if (!m_db || n.isEmpty())
        return {};
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT id, submitting_unit FROM appeals WHERE number = ? AND id <> ?"_s);
    q.addBindValue(n);
    q.addBindValue(ownId);
    if (!q.exec() || !q.next())
        return {};
    return {ValidationIssue::make(
        u"number"_s, Error,
        tr("%1 is already used by the appeal of %2").arg(n, q.value(1).toString()))};
}
