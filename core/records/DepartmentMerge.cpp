#include "core/records/DepartmentMerge.h"

using namespace Qt::StringLiterals;

namespace {

// Each field with the column that names it (FieldLabels, the audit log) and its members.
template <typename F> void forEachField(F &&visit) {
    using Field = DepartmentField;
    visit(Field::Name, u"name"_s, std::make_tuple(&Department::name));
    visit(Field::ShortName, u"short_name"_s, std::make_tuple(&Department::shortName));
    visit(Field::Contact, u"contact"_s, std::make_tuple(&Department::contact));
    visit(Field::Phone, u"phone"_s, std::make_tuple(&Department::phone));
    visit(Field::Level, u"level"_s, std::make_tuple(&Department::level));
}

} // namespace

DepartmentMerge::DepartmentMerge(const Department &loaded, const Department &yours,
                                 const Department &stored)
    : RecordMerge(loaded, yours, stored, [](auto &&visit) { forEachField(visit); }) {}
