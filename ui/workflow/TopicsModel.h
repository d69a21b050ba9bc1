#pragma once

#include "ui/SqlTableModel.h"

class Database;

// Topics, urgent first (急事优先), with how many appeals and departments each has.
class TopicsModel : public SqlTableModel {
    Q_OBJECT

public:
    explicit TopicsModel(Database &db, QObject *parent = nullptr);

protected:
    QVariant displayValue(int column, const QVariant &raw) const override;
    QVariant extraData(int row, int column, int role) const override;
    QVariant printValue(int column, const QVariant &raw) const override;
};
