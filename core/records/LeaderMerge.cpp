#include "core/records/LeaderMerge.h"

using namespace Qt::StringLiterals;

namespace {

// Each field with the column that names it (FieldLabels, the audit log) and its members.
template <typename F> void forEachField(F &&visit) {
    using Field = LeaderField;
    visit(Field::Name, u"name"_s, std::make_tuple(&Leader::name));
    // Not "title": FieldLabels names a leader's post, not a topic's or meeting's title.
    visit(Field::Title, u"leader_title"_s, std::make_tuple(&Leader::title));
    visit(Field::Domains, u"domains"_s, std::make_tuple(&Leader::domains));
}

} // namespace

LeaderMerge::LeaderMerge(const Leader &loaded, const Leader &yours, const Leader &stored)
    : RecordMerge(loaded, yours, stored, [](auto &&visit) { forEachField(visit); }) {}
