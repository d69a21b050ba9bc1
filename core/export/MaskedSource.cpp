#include "core/export/MaskedSource.h"

#include "core/export/PersonalDataMask.h"
#include "core/export/PublicMasker.h"

namespace {

class MaskedRows : public ExportRows {
public:
    MaskedRows(std::unique_ptr<ExportRows> inner, const ExportTable &innerLayout,
               const QList<int> &kept)
        : m_inner(std::move(inner))
        , m_layout(innerLayout)
        , m_kept(kept)
        , m_cells(kept.size()) {}

    bool next() override {
        if (!m_inner->next())
            return false;
        m_mask.clear();
        const qsizetype visible = m_layout.columns.size();
        for (qsizetype c = 0; c < visible + m_layout.privateColumns.size(); ++c) {
            const ExportColumn &col =
                c < visible ? m_layout.columns.at(c) : m_layout.privateColumns.at(c - visible);
            if (col.privacy == ExportColumn::Privacy::PersonName)
                m_mask.addName(QString::fromUtf8(m_inner->cell(int(c))));
            else if (col.privacy == ExportColumn::Privacy::Phone)
                m_mask.addPhone(QString::fromUtf8(m_inner->cell(int(c))));
        }
        for (qsizetype k = 0; k < m_kept.size(); ++k) {
            const int c = m_kept.at(k);
            const ExportColumn &col = m_layout.columns.at(c);
            const QByteArrayView cell = m_inner->cell(c);
            if (col.type == ExportColumn::Type::Date || col.type == ExportColumn::Type::Integer)
                m_cells[k] = cell.toByteArray();
            else if (col.privacy == ExportColumn::Privacy::PersonName)
                m_cells[k] = PublicMasker::maskName(QString::fromUtf8(cell)).toUtf8();
            else
                m_cells[k] = m_mask.apply(QString::fromUtf8(cell)).toUtf8();
        }
        return true;
    }
    QByteArrayView cell(int c) const override { return m_cells.at(c); }
    QString error() const override { return m_inner->error(); }

private:
    std::unique_ptr<ExportRows> m_inner;
    const ExportTable &m_layout;
    const QList<int> &m_kept;
    QList<QByteArray> m_cells;
    PersonalDataMask m_mask;
};

} // namespace

MaskedSource::MaskedSource(ExportSource &inner, const QStringList &publicFields)
    : m_inner(inner) {
    const ExportTable &from = inner.layout();
    m_layout.title = from.title;
    m_layout.description = from.description;
    m_layout.groupByKey = publicFields.contains(from.groupByKey) ? from.groupByKey : QString();
    for (int c = 0; c < from.columns.size(); ++c) {
        if (publicFields.contains(from.columns.at(c).key)) {
            m_kept << c;
            m_layout.columns << from.columns.at(c);
        }
    }
}

std::unique_ptr<ExportRows> MaskedSource::rows(QString *error) {
    std::unique_ptr<ExportRows> inner = m_inner.rows(error);
    if (!inner)
        return nullptr;
    return std::make_unique<MaskedRows>(std::move(inner), m_inner.layout(), m_kept);
}
