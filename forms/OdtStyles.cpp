#include "forms/OdtStyles.h"

#include "forms/FormFonts.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <zip.h>

using namespace Qt::StringLiterals;

namespace {

QString mm(qreal v) {
    return QString::number(v, 'f', 2) + u"mm"_s;
}

// GB/T 9704 7.5: the page number's line starts 7 mm under the text block; its 4号 line fits
// in a footer 7 mm high, which the bottom margin gives up so that the block stays 225 mm.
constexpr qreal footerGap = 7;
constexpr qreal footerHeight = 7;
constexpr qreal oneCharacter = 14.0 / 72 * 25.4; // 4号 (14 pt) in mm: "空一字"

QString footerParagraph(const QString &style) {
    return u"<text:p text:style-name=\"%1\">— <text:page-number text:select-page=\"current\">1"
           "</text:page-number> —</text:p>"_s.arg(style);
}

QString footerStyle(const QString &name, bool right) {
    return u"<style:style style:name=\"%1\" style:family=\"paragraph\" style:class=\"extra\">"
           "<style:paragraph-properties fo:text-align=\"%2\" fo:margin-%3=\"%4\"/>"
           "<style:text-properties fo:font-family=\"%5\" "
           "style:font-family-asian=\"%5\" fo:font-size=\"14pt\" style:font-size-asian=\"14pt\"/>"
           "</style:style>"_s.arg(name, right ? u"end"_s : u"start"_s,
                                  right ? u"right"_s : u"left"_s, mm(oneCharacter),
                                  FormFonts::preferredFamily(FormFonts::Role::PageNumber));
}

QByteArray readEntry(zip_t *archive, const char *name, bool *ok) {
    *ok = false;
    zip_stat_t stat;
    if (zip_stat(archive, name, 0, &stat) != 0)
        return {};
    zip_file_t *file = zip_fopen(archive, name, 0);
    if (!file)
        return {};
    QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, data.data(), stat.size);
    zip_fclose(file);
    *ok = read == zip_int64_t(stat.size);
    return data;
}

// Adds or replaces `name`; `data` must stay alive until zip_close().
bool putEntry(zip_t *archive, const char *name, const QByteArray &data) {
    zip_source_t *source =
        zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
    if (!source)
        return false;
    if (zip_file_add(archive, name, source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
        zip_source_free(source);
        return false;
    }
    return true;
}

} // namespace

QByteArray OdtStyles::stylesXml(const PrintableDocument &doc) {
    const bool landscape = doc.orientation() == QPageLayout::Landscape;
    const qreal width = landscape ? 297 : 210;
    const qreal height = landscape ? 210 : 297;
    const QMarginsF m = doc.marginsMm();
    const bool numbers = doc.pageNumbers();
    const qreal bottom = numbers ? m.bottom() - footerGap - footerHeight : m.bottom();
    const qreal blockHeight = height - m.top() - m.bottom();

    QString page = u"fo:page-width=\"%1\" fo:page-height=\"%2\" style:print-orientation=\"%3\" "
                   "fo:margin-top=\"%4\" fo:margin-bottom=\"%5\" fo:margin-left=\"%6\" "
                   "fo:margin-right=\"%7\" style:writing-mode=\"lr-tb\""_s.arg(
                       mm(width), mm(height), landscape ? u"landscape"_s : u"portrait"_s,
                       mm(m.top()), mm(bottom), mm(m.left()), mm(m.right()));
    if (doc.layout == PrintableDocument::Layout::Official) {
        // GB/T 9704 5.2.2: 22 lines a page, the line grid of WPS and Writer. (Their character
        // grid made Writer set 18 wide-spaced characters a line; the 28 come from the letter
        // spacing onDocumentGrid() gives the 3号 text instead, as in the PDF.)
        page += u" style:layout-grid-mode=\"line\" style:layout-grid-lines=\"22\" "
                "style:layout-grid-base-height=\"%1\" style:layout-grid-ruby-height=\"0mm\" "
                "style:layout-grid-color=\"#c0c0c0\" style:layout-grid-display=\"false\" "
                "style:layout-grid-print=\"false\""_s.arg(mm(blockHeight / 22));
    }
    QString xml =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "office:version=\"1.2\">"_s;
    xml += u"<office:styles>"_s;
    // As Qt sets the PDF: no extra space between Chinese and Arabic digits (Writer's default
    // "2024 年 7 月" took a character of every line with a date) and no punctuation hanging
    // past the margin.
    xml += u"<style:default-style style:family=\"paragraph\"><style:paragraph-properties "
           "style:text-autospace=\"none\" style:punctuation-wrap=\"simple\"/>"
           "</style:default-style>"_s;
    if (numbers)
        xml += footerStyle(u"FooterOdd"_s, true) + footerStyle(u"FooterEven"_s, false);
    xml += u"</office:styles><office:automatic-styles><style:page-layout style:name=\"pm1\">"
           "<style:page-layout-properties "_s +
           page + u"/>"_s;
    if (numbers)
        xml += u"<style:footer-style><style:header-footer-properties fo:min-height=\"%1\" "
               "fo:margin-top=\"%2\" style:dynamic-spacing=\"false\"/></style:footer-style>"_s.arg(
                   mm(footerHeight), mm(footerGap));
    xml += u"</style:page-layout></office:automatic-styles><office:master-styles>"
           "<style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\">"_s;
    if (numbers)
        xml += u"<style:footer>"_s + footerParagraph(u"FooterOdd"_s) +
               u"</style:footer><style:footer-left>"_s + footerParagraph(u"FooterEven"_s) +
               u"</style:footer-left>"_s;
    xml += u"</style:master-page></office:master-styles></office:document-styles>\n"_s;
    return xml.toUtf8();
}

QByteArray OdtStyles::withAsianFonts(QByteArray xml) {
    // Qt writes each attribute once per <style:text-properties …/>; the Asian and complex
    // variants go right after it, with the same value.
    static const QRegularExpression attribute(
        uR"re( fo:(font-family|font-size|font-weight|font-style)="([^"]*)")re"_s);
    QString text = QString::fromUtf8(xml);
    QString out;
    out.reserve(text.size() * 2);
    qsizetype last = 0;
    for (auto it = attribute.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedEnd() - last);
        const QString name = m.captured(1), value = m.captured(2);
        for (const char *script : {"asian", "complex"})
            out += u" style:%1-%2=\"%3\""_s.arg(name, QLatin1String(script), value);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

QByteArray OdtStyles::onDocumentGrid(QByteArray xml) {
    // A 3号 character is 16 pt; 28 of them fit the 156 mm line at 156/28 mm each. Writer
    // counts in twips (1/20 pt) and rounds the spacing: rounded down to whole twips, or the
    // 28th character goes to the next line.
    const qreal cellTwips = std::floor(156.0 / 28 / 25.4 * 1440);
    const QByteArray spacing = QByteArray::number((cellTwips - 16 * 20) / 20, 'f', 3);
    return xml.replace("fo:font-size=\"16pt\"",
                       "fo:font-size=\"16pt\" fo:letter-spacing=\"" + spacing + "pt\"");
}

QByteArray OdtStyles::headingsAndTitles(QByteArray contentXml) {
    QString xml = QString::fromUtf8(contentXml);
    // The text styles: headings in the 一、 heading face, titles from 2号 (20 pt) up.
    static const QRegularExpression textStyle(
        uR"re(<style:style style:name="([^"]+)" style:family="text">\s*<style:text-properties ([^>]*)/>)re"_s);
    static const QRegularExpression size(uR"re(fo:font-size="([\d.]+)pt")re"_s);
    const QString heading =
        u"fo:font-family=\"%1\""_s.arg(FormFonts::preferredFamily(FormFonts::Role::Heading));
    QSet<QString> headingStyles, titleStyles;
    for (auto it = textStyle.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(2).contains(heading))
            headingStyles << m.captured(1);
        if (size.match(m.captured(2)).captured(1).toDouble() >= 20)
            titleStyles << m.captured(1);
    }
    static const QRegularExpression paragraph(
        uR"re(<text:p text:style-name="([^"]+)">((?:(?!</text:p>).)*)</text:p>)re"_s,
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression span(
        uR"re(<text:span text:style-name="([^"]+)">([^<]*)</text:span>)re"_s);
    QHash<QString, QString> copies; // new paragraph style → its extra attribute
    QString out;
    qsizetype last = 0;
    const qsizetype body = xml.indexOf(u"<office:body>"_s);
    for (auto it = paragraph.globalMatch(xml, std::max<qsizetype>(0, body)); it.hasNext();) {
        const auto m = it.next();
        bool anyHeading = false, allHeading = true, title = false;
        for (auto s = span.globalMatch(m.captured(2)); s.hasNext();) {
            const auto sm = s.next();
            const bool blank = sm.captured(2).trimmed().remove(QChar(0x3000)).isEmpty();
            if (titleStyles.contains(sm.captured(1)))
                title = true;
            if (blank)
                continue;
            if (headingStyles.contains(sm.captured(1)))
                anyHeading = true;
            else
                allHeading = false;
        }
        QString suffix, attribute;
        if (title) {
            suffix = u"t"_s;
            attribute = u"style:snap-to-layout-grid=\"false\""_s;
        } else if (anyHeading && allHeading) {
            suffix = u"k"_s;
            attribute = u"fo:keep-with-next=\"always\""_s;
        } else {
            continue;
        }
        const QString name = m.captured(1) + suffix;
        copies.insert(name, m.captured(1) + u'|' + attribute);
        out += QStringView(xml).mid(last, m.capturedStart(1) - last);
        out += name;
        last = m.capturedEnd(1);
    }
    xml = out + xml.mid(last);
    QString styles;
    for (auto it = copies.cbegin(); it != copies.cend(); ++it) {
        const QString original = it.value().section(u'|', 0, 0);
        const QString attribute = it.value().section(u'|', 1);
        const qsizetype start = xml.indexOf(
            u"<style:style style:name=\"%1\" style:family=\"paragraph\">"_s.arg(original));
        const qsizetype end = start < 0 ? -1 : xml.indexOf(u"</style:style>"_s, start);
        if (end < 0)
            continue;
        QString style = xml.mid(start, end + 14 - start);
        style.replace(u"style:name=\"%1\""_s.arg(original), u"style:name=\"%1\""_s.arg(it.key()));
        const qsizetype props = style.indexOf(u"<style:paragraph-properties"_s);
        if (props >= 0)
            style.insert(props + 27, u" "_s + attribute);
        else
            style.insert(style.indexOf(u'>') + 1,
                         u"<style:paragraph-properties %1/>"_s.arg(attribute));
        styles += style;
    }
    const qsizetype at = xml.indexOf(u"</office:automatic-styles>"_s);
    if (at >= 0)
        xml.insert(at, styles);
    return xml.toUtf8();
}

bool OdtStyles::apply(const QString &odtPath, const PrintableDocument &doc, QString *error,
                      const QList<OdtTables::Table> &tables) {
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(odtPath).constData(), 0, &code);
    if (!archive) {
        zip_error_t e;
        zip_error_init_with_code(&e, code);
        *error = tr("%1 is not an OpenDocument file: %2")
                     .arg(odtPath, QString::fromLocal8Bit(zip_error_strerror(&e)));
        zip_error_fini(&e);
        return false;
    }
    bool ok = false;
    QByteArray manifest = readEntry(archive, "META-INF/manifest.xml", &ok);
    if (ok && !manifest.contains("styles.xml")) {
        const qsizetype end = manifest.lastIndexOf("</manifest:manifest>");
        if (end < 0)
            ok = false;
        else
            manifest.insert(end, " <manifest:file-entry manifest:media-type=\"text/xml\" "
                                 "manifest:full-path=\"styles.xml\"/>\n");
    }
    bool contentRead = false;
    QByteArray content = withAsianFonts(readEntry(archive, "content.xml", &contentRead));
    const bool official = doc.layout == PrintableDocument::Layout::Official;
    if (official)
        content = headingsAndTitles(onDocumentGrid(content));
    const QMarginsF m = doc.marginsMm();
    const qreal paperWidth = doc.orientation() == QPageLayout::Landscape ? 297 : 210;
    content = OdtTables::rewrite(content, tables, paperWidth - m.left() - m.right(), official);
    const QByteArray styles = stylesXml(doc);
    ok = ok && contentRead && putEntry(archive, "META-INF/manifest.xml", manifest) &&
         putEntry(archive, "content.xml", content) && putEntry(archive, "styles.xml", styles);
    if (!ok) {
        *error = tr("Cannot add the page layout to %1: %2")
                     .arg(odtPath, QString::fromLocal8Bit(zip_strerror(archive)));
        zip_discard(archive);
        return false;
    }
    if (zip_close(archive) != 0) {
        *error =
            tr("Cannot write %1: %2").arg(odtPath, QString::fromLocal8Bit(zip_strerror(archive)));
        zip_discard(archive);
        return false;
    }
    return true;
}
