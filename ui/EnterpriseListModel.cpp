#include "ui/EnterpriseListModel.h"

#include "core/queries/EnterpriseListQuery.h"

using namespace Qt::StringLiterals;

EnterpriseListModel::EnterpriseListModel(Database &db, QObject *parent)
    : SqlTableModel(std::make_unique<EnterpriseListQuery>(db), parent)
    , m_query(static_cast<EnterpriseListQuery *>(&query())) {
    setColumns({
        {u"name"_s, tr("Name"), u"企业名称"_s},
        {u"uscc"_s, tr("Credit code"), u"统一社会信用代码"_s},
        {u"responsible_person"_s, tr("Responsible person"), u"企业负责人"_s},
        {u"phone"_s, tr("Phone"), u"联系电话"_s},
        {u"industry"_s, tr("Industry"), u"行业"_s},
        {u"district"_s, tr("District"), u"所在地区"_s},
        {u"tags"_s, tr("Tags"), u"标签"_s},
        {u"leader"_s, tr("Liaison leader"), u"联系领导"_s},
        {u"appeals"_s, tr("Appeals"), u"诉求数"_s},
    });
    sort(0, Qt::AscendingOrder);
}

void EnterpriseListModel::setSearch(const QString &text) {
    m_query->setSearch(text);
    reload();
}
