#pragma once

#include "core/queries/SqlListQuery.h"

// The meetings page's list: date, title, form, status and how many topics and enterprises
// each meeting has.
class MeetingListQuery : public SqlListQuery {
public:
    explicit MeetingListQuery(Database &db);

protected:
    QString selectSql() const override;
};
