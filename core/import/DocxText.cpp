#include "core/import/DocxText.h"

#include "core/import/ZipArchive.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
// The text of one <w:p>: its runs' <w:t>, tabs and breaks; deleted text (<w:delText>) and
// field instructions are not text.
QString paragraphText(QXmlStreamReader &xml) {
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            --depth;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "t"_L1) {
            text += xml.readElementText();
        } else if (xml.name() == "tab"_L1) {
            text += u' ';
            xml.skipCurrentElement();
        } else if (xml.name() == "br"_L1 || xml.name() == "cr"_L1) {
            text += u'\n';
            xml.skipCurrentElement();
        } else if (xml.name() == "delText"_L1 || xml.name() == "instrText"_L1) {
            xml.skipCurrentElement();
        } else {
            ++depth;
        }
    }
    return text;
}
} // namespace

bool DocxText::read(const QByteArray &bytes) {
    m_paragraphs.clear();
    m_tables.clear();
    if (bytes.startsWith("\xD0\xCF\x11\xE0")) {
        m_error = tr("the file is a Word 97-2003 document (.doc): save it as .docx in Word or WPS "
                     "and import that");
        return false;
    }
    ZipArchive zip;
    if (!zip.open(bytes)) {
        m_error = tr("the file is not a .docx document: %1").arg(zip.error());
        return false;
    }
    if (!zip.contains(u"word/document.xml"_s)) {
        m_error = zip.contains(u"xl/workbook.xml"_s)
                      ? tr("the file is an Excel workbook, not a Word document")
                      : tr("the file is a zip archive but not a .docx document: it has no "
                           "word/document.xml");
        return false;
    }
    const auto document = zip.read(u"word/document.xml"_s);
    if (!document) {
        m_error = tr("the document cannot be read: %1").arg(zip.error());
        return false;
    }
    QXmlStreamReader xml(*document);
    // Tables nest: the innermost open table takes the rows and cells.
    QList<Table> open;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "tbl"_L1 && !open.isEmpty()) {
            m_tables << open.takeLast();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "tbl"_L1) {
            open << Table();
        } else if (xml.name() == "tr"_L1 && !open.isEmpty()) {
            open.last() << QStringList();
        } else if (xml.name() == "tc"_L1 && !open.isEmpty() && !open.last().isEmpty()) {
            open.last().last() << QString();
        } else if (xml.name() == "p"_L1) {
            const QString text = paragraphText(xml);
            if (!open.isEmpty() && !open.last().isEmpty() && !open.last().last().isEmpty()) {
                QString &cell = open.last().last().last();
                cell += (cell.isEmpty() ? QString() : u"\n"_s) + text;
            } else if (open.isEmpty()) {
                m_paragraphs << text;
            }
        }
    }
    if (xml.hasError()) {
        m_error = tr("the document is damaged: word/document.xml, line %1: %2")
                      .arg(xml.lineNumber())
                      .arg(xml.errorString());
        return false;
    }
    return true;
}
