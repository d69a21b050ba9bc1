#pragma once

#include "core/dashboard/DashboardQuery.h"

#include <QHash>
#include <QList>

// The texts the dashboard's lists show of an open assignment (appeal number, enterprise,
// problem), read from the database a chunk of rows at a time when a view first asks for one
// of them, and kept until the next refresh. The snapshot itself carries only what the counts
// need, so thousands of open items cost nothing until they are scrolled into view. Shared by
// the list of open items and the list of owed reports.
class DashboardTexts {
public:
    static constexpr int chunkSize = 100;

    explicit DashboardTexts(DashboardQuery &query);

    void clear(); // after a refresh: the texts may have been edited meanwhile
    // The texts of ids.at(index); when unknown, those of the chunk of `ids` around it are read.
    const DashboardQuery::Texts &at(const QList<qint64> &ids, int index);
    // Everything for `ids` (before sorting a list by one of the texts).
    void loadAll(const QList<qint64> &ids);
    // One text of every item open on `asOf`, to sort a list by it (not kept: a sort of 66,000
    // rows reads that column only, not the long problem texts as well).
    QHash<qint64, QString> sortTexts(const QDate &asOf, DashboardQuery::TextField field) {
        return m_query.sortTexts(asOf, field);
    }
    int loadedCount() const { return int(m_texts.size()); }

private:
    void load(const QList<qint64> &ids);

    DashboardQuery &m_query;
    QHash<qint64, DashboardQuery::Texts> m_texts;
    DashboardQuery::Texts m_none; // for an id that no longer exists
};
