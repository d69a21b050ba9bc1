#include "ui/EnterpriseListModel.h"

#include "core/Database.h"

using namespace Qt::StringLiterals;

EnterpriseListModel::EnterpriseListModel(Database &db, QObject *parent)
    : SqlTableModel(db, parent) {
    setColumns({
        {u"name"_s, tr("Name"), u"e.name"_s, u"企业名称"_s},
        {u"uscc"_s, tr("Credit code"), u"e.uscc"_s, u"统一社会信用代码"_s},
        {u"responsible_person"_s, tr("Responsible person"), u"e.responsible_person"_s,
         u"企业负责人"_s},
        {u"phone"_s, tr("Phone"), {}, u"联系电话"_s},
        {u"industry"_s, tr("Industry"), u"e.industry"_s, u"行业"_s},
        {u"district"_s, tr("District"), u"e.district"_s, u"所在地区"_s},
        {u"tags"_s, tr("Tags"), {}, u"标签"_s},
        {u"leader"_s, tr("Liaison leader"), u"l.name"_s, u"联系领导"_s},
        {u"appeals"_s, tr("Appeals"), u"appeal_count"_s, u"诉求数"_s},
    });
    sort(0, Qt::AscendingOrder);
}

void EnterpriseListModel::setSearch(const QString &text) {
    m_search = text.trimmed();
    reload();
}

QString EnterpriseListModel::selectSql() const {
    const QString concat = database().dialect().kind() == SqlDialect::Kind::Postgres
                               ? u"string_agg"_s
                               : u"group_concat"_s;
    QString sql = u"SELECT e.id, e.name, e.uscc, e.responsible_person, e.phone, e.industry, "
                  "e.district, (SELECT "_s +
                  concat +
                  u"(t.tag, '、') FROM enterprise_tags t "
                  "WHERE t.enterprise_id = e.id), "
                  "l.name, "
                  "(SELECT COUNT(*) FROM appeals a WHERE a.enterprise_id = e.id) AS appeal_count "
                  "FROM enterprises e LEFT JOIN leaders l ON l.id = e.liaison_leader_id"_s;
    if (!m_search.isEmpty()) {
        const SqlDialect &d = database().dialect();
        sql += u" WHERE "_s + d.containsCondition(u"e.name"_s) + u" OR "_s +
               d.containsCondition(u"e.uscc"_s) +
               u" OR e.id IN (SELECT enterprise_id FROM enterprise_tags WHERE "_s +
               d.containsCondition(u"tag"_s) + u')';
    }
    return sql;
}

QVariantList EnterpriseListModel::bindValues() const {
    if (m_search.isEmpty())
        return {};
    const QString pattern = SqlDialect::likePattern(m_search);
    return {pattern, pattern, pattern};
}
