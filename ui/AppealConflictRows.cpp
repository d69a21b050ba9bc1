#include "ui/AppealConflictRows.h"

#include "core/StatusLabels.h"
#include "core/records/AppealMerge.h"
#include "core/records/AppealRepository.h"
#include "core/records/DepartmentRepository.h"
#include "core/workflow/TopicService.h"

using namespace Qt::StringLiterals;

namespace {

QString label(AppealMerge::Field field) {
    using F = AppealMerge::Field;
    switch (field) {
    case F::Number:
        return AppealConflictRows::tr("No.");
    case F::SubmittingUnit:
        return AppealConflictRows::tr("Submitting unit");
    case F::ResponsiblePerson:
        return AppealConflictRows::tr("Enterprise head");
    case F::Phone:
        return AppealConflictRows::tr("Phone");
    case F::SubmitDate:
        return AppealConflictRows::tr("Date submitted");
    case F::Channel:
        return AppealConflictRows::tr("Channel");
    case F::CollectingDepartment:
        return AppealConflictRows::tr("Collected by");
    case F::Problem:
        return AppealConflictRows::tr("Difficulties and problems");
    case F::Suggestions:
        return AppealConflictRows::tr("Opinions and suggestions");
    case F::PriorHandling:
        return AppealConflictRows::tr("Remarks");
    case F::Domain:
        return AppealConflictRows::tr("Domain");
    case F::IndustryWide:
        return AppealConflictRows::tr("Whole industry");
    case F::Urgent:
        return AppealConflictRows::tr("Urgent");
    case F::Screening:
        return AppealConflictRows::tr("Screening");
    case F::DuplicateOf:
        return AppealConflictRows::tr("Duplicate of");
    case F::Topic:
        return AppealConflictRows::tr("Topic");
    }
    return {};
}

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
        const auto d = a.collectingDepartmentId > 0
                           ? DepartmentRepository(db).find(a.collectingDepartmentId)
                           : std::nullopt;
        return d ? d->name : AppealConflictRows::tr("(this office)");
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
        const auto other =
            a.duplicateOf > 0 ? AppealRepository(db).find(a.duplicateOf) : std::nullopt;
        return other ? other->number : AppealConflictRows::tr("none");
    }
    case F::Topic: {
        const auto topic = a.topicId > 0 ? TopicService(db).find(a.topicId) : std::nullopt;
        return topic ? topic->title : AppealConflictRows::tr("none");
    }
    }
    return {};
}

} // namespace

QList<EditConflictDialog::Difference> AppealConflictRows::of(Database &db, const AppealMerge &merge,
                                                             const Appeal &yours,
                                                             const Appeal &stored) {
    QList<EditConflictDialog::Difference> rows;
    for (AppealMerge::Field field : merge.changedElsewhere()) {
        EditConflictDialog::Difference row;
        row.field = label(field);
        row.yours = merge.changedByYou(field) ? value(db, field, yours) : tr("(not changed)");
        row.stored = value(db, field, stored);
        row.conflict = merge.conflicts(field);
        rows << row;
    }
    return rows;
}
