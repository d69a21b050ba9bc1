#include "core/import/SpreadsheetFile.h"

#include "core/import/TextFileDecoder.h"
#include "core/import/XlsxReader.h"

bool SpreadsheetFile::read(const QByteArray &bytes, const QString &sheet) {
    m_records.clear();
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("\xD0\xCF\x11\xE0")) {
        XlsxReader reader;
        const bool ok = reader.read(bytes, sheet);
        m_sheets = reader.sheetNames();
        if (!ok) {
            m_error = reader.error();
            return false;
        }
        m_sheet = reader.sheetName();
        m_records = reader.records();
        return true;
    }
    const TextFileDecoder::Result decoded = TextFileDecoder::decode(bytes);
    if (!decoded.ok) {
        m_error = decoded.error;
        return false;
    }
    m_encoding = TextFileDecoder::encodingName(decoded.encoding);
    CsvReader reader(CsvReader::guessDelimiter(decoded.text));
    if (!reader.parse(decoded.text)) {
        m_error = reader.error();
        return false;
    }
    m_records = reader.records();
    return true;
}
