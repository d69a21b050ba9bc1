#include "core/workflow/MeetingMerge.h"

using namespace Qt::StringLiterals;

namespace {
// Each part with the name FieldLabels gives it and the member that holds it.
template <typename F> void forEachField(F &&visit) {
    using Field = MeetingField;
    visit(Field::Date, u"meeting_date"_s, std::make_tuple(&Meeting::date));
    visit(Field::Title, u"meeting_title"_s, std::make_tuple(&Meeting::title));
    visit(Field::Place, u"meeting_place"_s, std::make_tuple(&Meeting::place));
    visit(Field::Form, u"meeting_form"_s, std::make_tuple(&Meeting::form));
}
} // namespace

MeetingMerge::MeetingMerge(const Meeting &loaded, const Meeting &yours, const Meeting &stored)
    : RecordMerge(loaded, yours, stored, [](auto &&visit) { forEachField(visit); }) {}
