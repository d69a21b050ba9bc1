#include "ui/AppealConflictRows.h"

#include "core/StatusLabels.h"
#include "core/records/AppealMerge.h"
#include "core/records/RecordNames.h"

using namespace Qt::StringLiterals;

namespace {

QString value(Database &db, AppealMerge::Field field, const Appeal &a) {
    using F = AppealMerge::Field;
    const auto yesNo = [](bool on) {
        return on ? AppealConflictRows::tr("yes") : AppealConflictRows::tr("no");
    };
    switch (field) {
    case F::Number:
        return a.number;
    case F::SubmittingUnit:
        return a.submittingUnit;
    case F::ResponsiblePerson:
        return a.responsiblePerson;
    case F::Phone:
        return a.phone;
    case F::SubmitDate:
        return a.submitDate.toString(Qt::ISODate);
    case F::Channel:
        return a.channel;
    case F::CollectingDepartment: {
        const QString name = RecordNames::departmentName(db, a.collectingDepartmentId);
        return name.isEmpty() ? AppealConflictRows::tr("(this office)") : name;
    }
    case F::Problem:
        return a.problem;
    case F::Suggestions:
        return a.suggestions;
    case F::PriorHandling:
        return a.priorHandling;
    case F::Domain:
        return a.domain;
    case F::IndustryWide:
        return yesNo(a.industryWide);
    case F::Urgent:
        return yesNo(a.urgent);
    case F::Screening: {
        const QString status = StatusLabels::appeal(Appeal::statusCode(a.status));
        return a.screeningNote.isEmpty() ? status : status + u"："_s + a.screeningNote;
    }
    case F::DuplicateOf: {
        const QString number = RecordNames::appealNumber(db, a.duplicateOf);
        return number.isEmpty() ? AppealConflictRows::tr("none") : number;
    }
    case F::Topic: {
        const QString title = RecordNames::topicTitle(db, a.topicId);
        return title.isEmpty() ? AppealConflictRows::tr("none") : title;
    }
    }
    return {};
}

} // namespace

QList<EditConflictDialog::Difference> AppealConflictRows::of(Database &db, const AppealMerge &merge,
                                                             const Appeal &yours,
                                                             const Appeal &stored) {
    return EditConflictDialog::differences(
        merge, yours, stored,
        [&db](AppealMerge::Field field, const Appeal &a) { return value(db, field, a); });
}
