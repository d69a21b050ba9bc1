#include "core/import/XlsxReader.h"

#include "core/NumberText.h"
#include "core/import/ZipArchive.h"

#include <QDateTime>
#include <QDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
// `target` of a relationship of `part`, as a path inside the zip.
QString resolve(const QString &part, const QString &target) {
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    const QString dir = part.section(u'/', 0, -2);
    return QDir::cleanPath(dir.isEmpty() ? target : dir + u'/' + target);
}

// The relationships of `part` live in DIR/_rels/NAME.rels.
QString relsPart(const QString &part) {
    const QString dir = part.section(u'/', 0, -2);
    const QString name = part.section(u'/', -1);
    return (dir.isEmpty() ? QString() : dir + u'/') + u"_rels/"_s + name + u".rels"_s;
}
} // namespace

QList<CsvReader::Record> XlsxReader::records() const {
    QList<CsvReader::Record> out;
    out.reserve(m_rows.size());
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        out << CsvReader::Record{it.key(), 0, it.value()};
    return out;
}

bool XlsxReader::damaged(const QString &part, const QXmlStreamReader &xml) {
    m_error = tr("the workbook is damaged: %1, line %2: %3")
                  .arg(part)
                  .arg(xml.lineNumber())
                  .arg(xml.errorString());
    return false;
}

bool XlsxReader::read(const QByteArray &bytes, const QString &sheet) {
    m_rows.clear();
    m_sharedStrings.clear();
    m_styleKinds.clear();
    m_sheetNames.clear();
    m_date1904 = false;
    if (bytes.startsWith("\xD0\xCF\x11\xE0")) {
        m_error = tr("the file is an Excel 97-2003 workbook (.xls): save it as .xlsx (Excel "
                     "workbook) in Excel or WPS and import that");
        return false;
    }
    ZipArchive zip;
    if (!zip.open(bytes)) {
        m_error = tr("the file is not an .xlsx workbook: %1").arg(zip.error());
        return false;
    }
    QString workbook = u"xl/workbook.xml"_s;
    for (const Relationship &r : relationships(zip, QString()))
        if (r.type == "officeDocument"_L1)
            workbook = resolve(QString(), r.target);
    if (!m_error.isEmpty())
        return false;
    if (!zip.contains(workbook)) {
        m_error = zip.contains(u"word/document.xml"_s)
                      ? tr("the file is a Word document, not an Excel workbook")
                  : zip.contains(u"content.xml"_s)
                      ? tr("the file is an OpenDocument file (.ods): save it as .xlsx and "
                           "import that")
                      : tr("the file is a zip archive but not an .xlsx workbook: it has no %1")
                            .arg(workbook);
        return false;
    }
    QString sheetPart;
    if (!readWorkbook(zip, workbook, sheet, &sheetPart))
        return false;
    return readSheet(zip, sheetPart);
}

QHash<QString, XlsxReader::Relationship> XlsxReader::relationships(ZipArchive &zip,
                                                                   const QString &part) {
    QHash<QString, Relationship> out;
    const QString rels = part.isEmpty() ? u"_rels/.rels"_s : relsPart(part);
    if (!zip.contains(rels))
        return out;
    const auto bytes = zip.read(rels);
    if (!bytes) {
        m_error = zip.error();
        return out;
    }
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == "Relationship"_L1) {
            const auto a = xml.attributes();
            out.insert(
                a.value("Id"_L1).toString(),
                {a.value("Type"_L1).toString().section(u'/', -1), a.value("Target"_L1).toString()});
        }
    }
    if (xml.hasError())
        damaged(rels, xml);
    return out;
}

bool XlsxReader::readWorkbook(ZipArchive &zip, const QString &part, const QString &wanted,
                              QString *sheetPart) {
    const QHash<QString, Relationship> rels = relationships(zip, part);
    if (!m_error.isEmpty())
        return false;
    const auto bytes = zip.read(part);
    if (!bytes) {
        m_error = tr("the workbook cannot be read: %1").arg(zip.error());
        return false;
    }
    QXmlStreamReader xml(*bytes);
    QStringList ids;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "workbookPr"_L1) {
            const auto v = xml.attributes().value("date1904"_L1);
            m_date1904 = v == "1"_L1 || v == "true"_L1;
        } else if (xml.name() == "sheet"_L1) {
            QString id;
            for (const QXmlStreamAttribute &a : xml.attributes())
                if (a.name() == "id"_L1 && !a.prefix().isEmpty())
                    id = a.value().toString();
            m_sheetNames << xml.attributes().value("name"_L1).toString();
            ids << id;
        }
    }
    if (xml.hasError())
        return damaged(part, xml);
    qsizetype index = m_sheetNames.isEmpty() ? -1 : 0;
    if (!wanted.trimmed().isEmpty()) {
        index = -1;
        for (qsizetype i = 0; i < m_sheetNames.size() && index < 0; ++i)
            if (m_sheetNames.at(i).trimmed().compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
                index = i;
        if (index < 0) {
            m_error = tr("the workbook has no sheet \"%1\"; its sheets are %2")
                          .arg(wanted, m_sheetNames.join(u", "_s));
            return false;
        }
    }
    if (index < 0) {
        m_error = tr("the workbook has no sheets");
        return false;
    }
    m_sheetName = m_sheetNames.at(index);
    const Relationship sheet = rels.value(ids.at(index));
    if (sheet.type != "worksheet"_L1) {
        m_error = tr("the sheet \"%1\" is not a table of cells (a chart?)").arg(m_sheetName);
        return false;
    }
    *sheetPart = resolve(part, sheet.target);
    for (const Relationship &r : rels) {
        if (r.type == "sharedStrings"_L1 && !readSharedStrings(zip, resolve(part, r.target)))
            return false;
        if (r.type == "styles"_L1 && !readStyles(zip, resolve(part, r.target)))
            return false;
    }
    return true;
}

// The text of an <si> or <is>: its <t>, or the <t> of its runs; phonetic guides (<rPh>) are
// not part of the text.
QString XlsxReader::richText(QXmlStreamReader &xml) {
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == "t"_L1) {
            text += xml.readElementText();
        } else if (xml.name() == "r"_L1) {
            while (xml.readNextStartElement()) {
                if (xml.name() == "t"_L1)
                    text += xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return ExcelCellValue::unescape(text);
}

bool XlsxReader::readSharedStrings(ZipArchive &zip, const QString &part) {
    if (!zip.contains(part))
        return true; // a workbook without text cells
    const auto bytes = zip.read(part);
    if (!bytes) {
        m_error = tr("the workbook cannot be read: %1").arg(zip.error());
        return false;
    }
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != "si"_L1)
            continue;
        if (m_sharedStrings.size() >= maxSharedStrings) {
            m_error = tr("the workbook holds more than %1 different texts; no appeal list has "
                         "so many: a damaged or hostile file")
                          .arg(NumberText::grouped(maxSharedStrings));
            return false;
        }
        m_sharedStrings << richText(xml);
    }
    return !xml.hasError() || damaged(part, xml);
}

bool XlsxReader::readStyles(ZipArchive &zip, const QString &part) {
    if (!zip.contains(part))
        return true;
    const auto bytes = zip.read(part);
    if (!bytes) {
        m_error = tr("the workbook cannot be read: %1").arg(zip.error());
        return false;
    }
    QXmlStreamReader xml(*bytes);
    QHash<int, QString> codes;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "cellXfs"_L1)
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == "numFmt"_L1)
            codes.insert(a.value("numFmtId"_L1).toInt(), a.value("formatCode"_L1).toString());
        else if (xml.name() == "cellXfs"_L1)
            inCellXfs = true;
        else if (inCellXfs && xml.name() == "xf"_L1) {
            const int id = a.value("numFmtId"_L1).toInt();
            m_styleKinds << ExcelCellValue::kindOf(id, codes.value(id));
        }
    }
    return !xml.hasError() || damaged(part, xml);
}

bool XlsxReader::parseReference(QStringView ref, int *row, int *column) {
    int c = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).isLetter() && c <= 16384; ++i)
        c = c * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || c > 16384 || r < 1 || r > maxRow)
        return false;
    *row = r;
    *column = c - 1;
    return true;
}

// One <c>: its column (from its reference, else the one after the previous) and its text.
bool XlsxReader::readCell(QXmlStreamReader &xml, int row, int *column, QString *text) {
    const auto a = xml.attributes();
    const QString ref = a.value("r"_L1).toString();
    const QString type = a.value("t"_L1).toString();
    const int style = a.value("s"_L1).toInt();
    int refRow = row;
    if (!ref.isEmpty() && !parseReference(ref, &refRow, column)) {
        m_error = tr("the workbook is damaged: the cell reference \"%1\" in row %2 is not a cell "
                     "of a sheet")
                      .arg(ref.left(20))
                      .arg(row);
        return false;
    }
    QString value;
    QString inline_;
    while (xml.readNextStartElement()) {
        if (xml.name() == "v"_L1)
            value = xml.readElementText();
        else if (xml.name() == "is"_L1)
            inline_ = richText(xml);
        else
            xml.skipCurrentElement(); // <f>: the formula; its result is in <v>
    }
    if (type == "s"_L1) {
        bool ok = false;
        const int index = value.toInt(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size()) {
            m_error = tr("the workbook is damaged: the cell %1 refers to text number %2, which "
                         "the workbook lacks")
                          .arg(ref, value.left(20));
            return false;
        }
        *text = m_sharedStrings.at(index);
    } else if (type == "inlineStr"_L1) {
        *text = inline_;
    } else if (type == "b"_L1) {
        *text = value == "1"_L1 ? u"TRUE"_s : u"FALSE"_s;
    } else if (type == "d"_L1) {
        const QDateTime at = QDateTime::fromString(value, Qt::ISODate);
        *text = !at.isValid()              ? value
                : at.time() == QTime(0, 0) ? at.date().toString(u"yyyy-MM-dd"_s)
                                           : at.toString(u"yyyy-MM-dd HH:mm"_s);
    } else if (type == "str"_L1 || type == "e"_L1) {
        *text = ExcelCellValue::unescape(value);
    } else if (!value.isEmpty()) {
        const auto kind = style >= 0 && style < m_styleKinds.size() ? m_styleKinds.at(style)
                                                                    : ExcelCellValue::Kind::Number;
        *text = ExcelCellValue::text(value.trimmed(), kind, m_date1904);
    }
    return true;
}

bool XlsxReader::readSheet(ZipArchive &zip, const QString &part) {
    const auto bytes = zip.read(part);
    if (!bytes) {
        m_error = tr("the sheet \"%1\" cannot be read: %2").arg(m_sheetName, zip.error());
        return false;
    }
    QXmlStreamReader xml(*bytes);
    QList<Merge> merges;
    int row = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "row"_L1) {
            bool ok = false;
            const int r = xml.attributes().value("r"_L1).toInt(&ok);
            row = ok ? r : row + 1;
            if (row < 1 || row > maxRow) {
                m_error = tr("the workbook is damaged: row %1 is not a row of a sheet").arg(row);
                return false;
            }
            QStringList cells;
            int column = -1;
            while (xml.readNextStartElement()) {
                if (xml.name() != "c"_L1) {
                    xml.skipCurrentElement();
                    continue;
                }
                ++column;
                QString text;
                if (!readCell(xml, row, &column, &text))
                    return false;
                if (text.isEmpty())
                    continue;
                if (column >= CsvReader::maxFields) {
                    m_error = tr("row %1 has a value in column %2; an appeal list has at most "
                                 "%3 columns")
                                  .arg(row)
                                  .arg(column + 1)
                                  .arg(CsvReader::maxFields);
                    return false;
                }
                while (cells.size() <= column)
                    cells << QString();
                cells[column] = text;
            }
            if (!cells.isEmpty())
                m_rows.insert(row, cells);
        } else if (xml.name() == "mergeCell"_L1) {
            const QString ref = xml.attributes().value("ref"_L1).toString();
            Merge m;
            if (parseReference(ref.section(u':', 0, 0), &m.top, &m.left) &&
                parseReference(ref.section(u':', 1, 1), &m.bottom, &m.right))
                merges << m;
        }
    }
    if (xml.hasError())
        return damaged(part, xml);
    fillMerges(merges);
    return true;
}

void XlsxReader::fillMerges(const QList<Merge> &merges) {
    for (const Merge &m : merges) {
        const QStringList top = m_rows.value(m.top);
        if (m.bottom <= m.top || m.left >= top.size() || top.at(m.left).isEmpty())
            continue;
        // Only rows that hold values: a range merged down to row 1,048,576 costs nothing.
        for (auto it = m_rows.lowerBound(m.top + 1); it != m_rows.end() && it.key() <= m.bottom;
             ++it) {
            QStringList &cells = it.value();
            while (cells.size() <= m.left)
                cells << QString();
            if (cells.at(m.left).isEmpty())
                cells[m.left] = top.at(m.left);
        }
    }
}
