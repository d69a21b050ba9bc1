#pragma once

#include "ui/SqlTableModel.h"

class Database;
class EnterpriseListQuery;

// The enterprise registry as a lazy list (EnterpriseListQuery): name, code, contact, industry,
// district, tags, liaison leader and how many appeals the enterprise has handed in. `search`
// matches name, code and tags.
class EnterpriseListModel : public SqlTableModel {
    Q_OBJECT

public:
    explicit EnterpriseListModel(Database &db, QObject *parent = nullptr);

    void setSearch(const QString &text);

private:
    EnterpriseListQuery *m_query; // owned by the base
};
