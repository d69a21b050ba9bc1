#include "core/records/AppealMerge.h"

#include <tuple>

using namespace Qt::StringLiterals;

namespace {

// The members that make up each field, as a tuple of pointers to members.
template <typename F> void forEachField(F &&visit) {
    using Field = AppealMerge::Field;
    visit(Field::Number, std::make_tuple(&Appeal::number));
    visit(Field::SubmittingUnit, std::make_tuple(&Appeal::submittingUnit, &Appeal::enterpriseId));
    visit(Field::ResponsiblePerson, std::make_tuple(&Appeal::responsiblePerson));
    visit(Field::Phone, std::make_tuple(&Appeal::phone));
    visit(Field::SubmitDate, std::make_tuple(&Appeal::submitDate));
    visit(Field::Channel, std::make_tuple(&Appeal::channel));
    visit(Field::CollectingDepartment, std::make_tuple(&Appeal::collectingDepartmentId));
    visit(Field::Problem, std::make_tuple(&Appeal::problem));
    visit(Field::Suggestions, std::make_tuple(&Appeal::suggestions));
    visit(Field::PriorHandling, std::make_tuple(&Appeal::priorHandling));
    visit(Field::Domain, std::make_tuple(&Appeal::domain));
    visit(Field::IndustryWide, std::make_tuple(&Appeal::industryWide));
    visit(Field::Urgent, std::make_tuple(&Appeal::urgent));
    visit(Field::Screening,
          std::make_tuple(&Appeal::status, &Appeal::screeningReason, &Appeal::screeningNote));
    visit(Field::DuplicateOf, std::make_tuple(&Appeal::duplicateOf));
    visit(Field::Topic, std::make_tuple(&Appeal::topicId));
}

template <typename Members> bool same(const Appeal &a, const Appeal &b, const Members &members) {
    return std::apply([&](auto... m) { return ((a.*m == b.*m) && ...); }, members);
}

template <typename Members> void copy(Appeal &to, const Appeal &from, const Members &members) {
    std::apply([&](auto... m) { ((to.*m = from.*m), ...); }, members);
}

} // namespace

QString AppealMerge::column(Field field) {
    switch (field) {
    case Field::Number:
        return u"number"_s;
    case Field::SubmittingUnit:
        return u"submitting_unit"_s;
    case Field::ResponsiblePerson:
        return u"responsible_person"_s;
    case Field::Phone:
        return u"phone"_s;
    case Field::SubmitDate:
        return u"submit_date"_s;
    case Field::Channel:
        return u"channel"_s;
    case Field::CollectingDepartment:
        return u"collecting_department"_s;
    case Field::Problem:
        return u"problem"_s;
    case Field::Suggestions:
        return u"suggestions"_s;
    case Field::PriorHandling:
        return u"prior_handling"_s;
    case Field::Domain:
        return u"domain"_s;
    case Field::IndustryWide:
        return u"industry_wide"_s;
    case Field::Urgent:
        return u"urgent"_s;
    case Field::Screening:
        return u"status"_s;
    case Field::DuplicateOf:
        return u"duplicate_of"_s;
    case Field::Topic:
        return u"topic"_s;
    }
    return {};
}

AppealMerge::AppealMerge(const Appeal &loaded, const Appeal &yours, const Appeal &stored)
    : m_merged(stored) {
    forEachField([&](Field field, const auto &members) {
        const bool mine = !same(loaded, yours, members);
        const bool theirs = !same(loaded, stored, members);
        if (mine) {
            m_yours << field;
            copy(m_merged, yours, members);
        }
        if (theirs)
            m_theirs << field;
        if (mine && theirs && !same(yours, stored, members))
            m_conflicts << field;
    });
}
