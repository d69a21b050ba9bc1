#pragma once

#include "ui/SqlTableModel.h"

// The enterprise registry as a lazy SQL list: name, code, contact, industry, district, tags,
// liaison leader and how many appeals the enterprise has handed in. `search` matches name,
// code and tags.
class EnterpriseListModel : public SqlTableModel {
    Q_OBJECT

public:
    explicit EnterpriseListModel(Database &db, QObject *parent = nullptr);

    void setSearch(const QString &text);

protected:
    QString selectSql() const override;
    QVariantList bindValues() const override;

private:
    QString m_search;
};
