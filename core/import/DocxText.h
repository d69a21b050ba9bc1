#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// The text of a Word document (.docx, as Word, WPS and LibreOffice write it): its paragraphs
// outside tables, and each table as rows of cell texts (a cell's paragraphs joined by line
// breaks). A cell merged across columns (gridSpan) is one cell; a cell merged down (vMerge)
// is empty in the rows it continues into. Damaged and hostile files are refused like
// workbooks (ZipArchive's caps, malformed XML).
class DocxText {
    Q_DECLARE_TR_FUNCTIONS(DocxText)

public:
    using Table = QList<QStringList>;

    bool read(const QByteArray &bytes);
    QStringList paragraphs() const { return m_paragraphs; }
    QList<Table> tables() const { return m_tables; }
    QString error() const { return m_error; }

private:
    QStringList m_paragraphs;
    QList<Table> m_tables;
    QString m_error;
};
