#pragma once

#include "ui/SqlTableModel.h"

class Database;

// Meetings, newest first, with their number of topics and enterprises.
class MeetingsModel : public SqlTableModel {
    Q_OBJECT

public:
    explicit MeetingsModel(Database &db, QObject *parent = nullptr);

protected:
    QVariant displayValue(int column, const QVariant &raw) const override;
    QVariant printValue(int column, const QVariant &raw) const override;
};
