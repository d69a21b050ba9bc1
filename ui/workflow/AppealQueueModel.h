#pragma once

#include "ui/SqlTableModel.h"

#include <QHash>

class AppealQueueQuery;
class Database;

// Appeals not yet bundled into a topic: the pending ones wait for screening, the accepted ones
// for a topic. Used by the topics page to screen and bundle.
class AppealQueueModel : public SqlTableModel {
    Q_OBJECT

public:
    explicit AppealQueueModel(Database &db, QObject *parent = nullptr);

    void setShowScreened(bool show); // also list rejected, redirected and solved appeals

protected:
    QVariant displayValue(int column, const QVariant &raw) const override;
    QVariant extraData(int row, int column, int role) const override;
    QVariant printValue(int column, const QVariant &raw) const override;

private:
    Database &m_db;
    AppealQueueQuery *m_query;                      // owned by the base
    mutable QHash<QString, QString> m_reasonLabels; // exclusion code -> 受理范围 wording
};
