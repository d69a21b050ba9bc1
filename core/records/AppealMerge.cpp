#include "core/records/AppealMerge.h"

using namespace Qt::StringLiterals;

namespace {

// Each field with the column that names it and the members that make it up, as a tuple of
// pointers to members.
template <typename F> void forEachField(F &&visit) {
    using Field = AppealField;
    visit(Field::Number, u"number"_s, std::make_tuple(&Appeal::number));
    visit(Field::SubmittingUnit, u"submitting_unit"_s,
          std::make_tuple(&Appeal::submittingUnit, &Appeal::enterpriseId));
    visit(Field::ResponsiblePerson, u"responsible_person"_s,
          std::make_tuple(&Appeal::responsiblePerson));
    visit(Field::Phone, u"phone"_s, std::make_tuple(&Appeal::phone));
    visit(Field::SubmitDate, u"submit_date"_s, std::make_tuple(&Appeal::submitDate));
    visit(Field::Channel, u"channel"_s, std::make_tuple(&Appeal::channel));
    visit(Field::CollectingDepartment, u"collecting_department"_s,
          std::make_tuple(&Appeal::collectingDepartmentId));
    visit(Field::Problem, u"problem"_s, std::make_tuple(&Appeal::problem));
    visit(Field::Suggestions, u"suggestions"_s, std::make_tuple(&Appeal::suggestions));
    visit(Field::PriorHandling, u"prior_handling"_s, std::make_tuple(&Appeal::priorHandling));
    visit(Field::Domain, u"domain"_s, std::make_tuple(&Appeal::domain));
    visit(Field::IndustryWide, u"industry_wide"_s, std::make_tuple(&Appeal::industryWide));
    visit(Field::Urgent, u"urgent"_s, std::make_tuple(&Appeal::urgent));
    visit(Field::Screening, u"status"_s,
          std::make_tuple(&Appeal::status, &Appeal::screeningReason, &Appeal::screeningNote));
    visit(Field::DuplicateOf, u"duplicate_of"_s, std::make_tuple(&Appeal::duplicateOf));
    visit(Field::Topic, u"topic"_s, std::make_tuple(&Appeal::topicId));
}

} // namespace

AppealMerge::AppealMerge(const Appeal &loaded, const Appeal &yours, const Appeal &stored)
    : RecordMerge(loaded, yours, stored, [](auto &&visit) { forEachField(visit); }) {}
