#include "core/export/TableSource.h"

namespace {

class TableRows : public ExportRows {
public:
    explicit TableRows(const ExportTable &table)
        : m_table(table)
        , m_cells(table.columns.size() + table.privateColumns.size()) {}

    bool next() override {
        if (++m_row >= m_table.rows.size())
            return false;
        const QVariantList &row = m_table.rows.at(m_row);
        for (qsizetype c = 0; c < m_cells.size(); ++c)
            m_cells[c] = ExportCell::bytes(row.value(int(c)));
        return true;
    }
    QByteArrayView cell(int c) const override { return m_cells.at(c); }

private:
    const ExportTable &m_table;
    qsizetype m_row = -1;
    QList<QByteArray> m_cells;
};

} // namespace

std::unique_ptr<ExportRows> TableSource::rows(QString *) {
    return std::make_unique<TableRows>(m_table);
}
