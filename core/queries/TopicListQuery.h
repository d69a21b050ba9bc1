#pragma once

#include "core/queries/SqlListQuery.h"

// The topics page's list: urgent or not, the title, how many appeals and departments
// preparing (提前研究) it has, the date of the latest meeting it is on and the day it was made.
class TopicListQuery : public SqlListQuery {
public:
    explicit TopicListQuery(Database &db);

protected:
    QString selectSql() const override;
};
