#include "core/records/EnterpriseMerge.h"

using namespace Qt::StringLiterals;

namespace {

// Each field with the column that names it (FieldLabels, the audit log) and its members.
template <typename F> void forEachField(F &&visit) {
    using Field = EnterpriseField;
    visit(Field::Name, u"name"_s, std::make_tuple(&Enterprise::name));
    visit(Field::Uscc, u"uscc"_s, std::make_tuple(&Enterprise::uscc));
    visit(Field::ResponsiblePerson, u"responsible_person"_s,
          std::make_tuple(&Enterprise::responsiblePerson));
    visit(Field::Phone, u"phone"_s, std::make_tuple(&Enterprise::phone));
    visit(Field::Industry, u"industry"_s, std::make_tuple(&Enterprise::industry));
    visit(Field::District, u"district"_s, std::make_tuple(&Enterprise::district));
    visit(Field::Tags, u"tags"_s, std::make_tuple(&Enterprise::tags));
    visit(Field::LiaisonLeader, u"liaison_leader"_s, std::make_tuple(&Enterprise::liaisonLeaderId));
}

} // namespace

EnterpriseMerge::EnterpriseMerge(const Enterprise &loaded, const Enterprise &yours,
                                 const Enterprise &stored)
    : RecordMerge(loaded, yours, stored, [](auto &&visit) { forEachField(visit); }) {}
