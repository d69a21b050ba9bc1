#pragma once

#include "core/export/ExportSource.h"

#include <QStringList>

// Another source prepared for publication, row by row (PublicMasker's rules): only the columns
// of `publicFields`, personal data masked in them.
class MaskedSource : public ExportSource {
public:
    MaskedSource(ExportSource &inner, const QStringList &publicFields);

    const ExportTable &layout() const override { return m_layout; }
    std::unique_ptr<ExportRows> rows(QString *error) override;
    qint64 rowCount() override { return m_inner.rowCount(); }
    qint64 countRows() override { return m_inner.countRows(); }

private:
    ExportSource &m_inner;
    ExportTable m_layout;
    QList<int> m_kept; // the inner columns shown, in order
};
