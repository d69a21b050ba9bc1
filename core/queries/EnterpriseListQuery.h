#pragma once

#include "core/queries/SqlListQuery.h"

// The enterprise registry's list: name, credit code, responsible person, phone, industry,
// district, tags (joined with 、), the liaison leader and how many appeals the enterprise has
// handed in. The search matches name, credit code and tags.
class EnterpriseListQuery : public SqlListQuery {
public:
    explicit EnterpriseListQuery(Database &db);

    void setSearch(const QString &text) { m_search = text.trimmed(); }

protected:
    QString selectSql() const override;
    QVariantList bindValues() const override;

private:
    QString m_search;
};
