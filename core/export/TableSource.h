#pragma once

#include "core/export/ExportSource.h"

// An ExportTable already in memory as an ExportSource: the dashboard's and the lists' own
// rows, which the GUI holds anyway, and small tables in tests.
class TableSource : public ExportSource {
public:
    explicit TableSource(const ExportTable &table)
        : m_table(table) {}

    const ExportTable &layout() const override { return m_table; }
    std::unique_ptr<ExportRows> rows(QString *error) override;
    qint64 rowCount() override { return m_table.rows.size(); }

private:
    const ExportTable &m_table;
};
