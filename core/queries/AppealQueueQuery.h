#pragma once

#include "core/queries/SqlListQuery.h"

// The appeals not yet bundled into a topic, for the topics page to screen and bundle: the
// pending ones wait for screening, the accepted ones for a topic; with setShowScreened() also
// the rejected, redirected and solved ones. The last column is the screening decision as
// stored: "reason target" (e.g. "local 某某区人民政府", "solved", an exclusion code).
class AppealQueueQuery : public SqlListQuery {
public:
    explicit AppealQueueQuery(Database &db);

    void setShowScreened(bool show) { m_showScreened = show; }

protected:
    QString selectSql() const override;

private:
    bool m_showScreened = false;
};
