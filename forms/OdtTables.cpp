#include "forms/OdtTables.h"

#include <QRegularExpression>
#include <QSet>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace {

// The <style:style> element named `name` in `xml`, or empty.
QString styleElement(const QString &xml, const QString &name) {
    const qsizetype start = xml.indexOf(u"<style:style style:name=\"%1\""_s.arg(name));
    if (start < 0)
        return {};
    const qsizetype end = xml.indexOf(u"</style:style>"_s, start);
    return end < 0 ? QString() : xml.mid(start, end - start + 14);
}

// A copy of style `name` named `copy`, its <style:`properties`> element with `attributes`
// added (after those of the same names are removed); empty if there is no such style.
QString copyOfStyle(const QString &xml, const QString &name, const QString &copy,
                    const QString &properties, const QStringList &attributes) {
    QString style = styleElement(xml, name);
    if (style.isEmpty())
        return {};
    style.replace(u"style:name=\"%1\""_s.arg(name), u"style:name=\"%1\""_s.arg(copy));
    const QString open = u"<style:%1"_s.arg(properties);
    qsizetype at = style.indexOf(open);
    if (at < 0) {
        at = style.indexOf(u'>') + 1;
        style.insert(at, open + u"/>"_s);
    }
    at += open.size();
    for (const QString &attribute : attributes) {
        const QString key = attribute.section(u'=', 0, 0);
        const QRegularExpression old(u" "_s + QRegularExpression::escape(key) + u"=\"[^\"]*\""_s);
        const qsizetype end = style.indexOf(u'>', at);
        QString element = style.mid(at, end - at);
        element.remove(old);
        style.replace(at, end - at, element);
        style.insert(at, u" "_s + attribute);
    }
    return style;
}

QString border(qreal points) {
    return points > 0 ? u"%1pt solid #000000"_s.arg(points, 0, 'f', 2) : u"none"_s;
}

} // namespace

QList<OdtTables::Table> OdtTables::describe(const QTextDocument &doc) {
    QList<Table> tables;
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        const auto *table = qobject_cast<const QTextTable *>(frame);
        if (!table)
            continue;
        Table t;
        t.headerRows = std::min(table->format().headerRowCount(), table->rows());
        // Rules drawn by the cells of a table without a border of its own (CSS pixels).
        if (table->format().border() <= 0 && table->rows() > 0) {
            const QTextTableCellFormat cell = table->cellAt(0, 0).format().toTableCellFormat();
            t.ruleTopPt = cell.topBorder() * 0.75;
            t.ruleBottomPt = cell.bottomBorder() * 0.75;
        }
        tables << t;
    }
    return tables;
}

QByteArray OdtTables::rewrite(const QByteArray &contentXml, const QList<Table> &tables,
                              qreal blockMm, bool offGrid) {
    QString xml = QString::fromUtf8(contentXml);
    // The whole line, columns in proportion.
    static const QRegularExpression tableWidth(
        uR"re((<style:table-properties[^>]*?) style:width="[^"]*")re"_s);
    xml.replace(tableWidth,
                u"\\1 style:width=\"%1mm\" table:align=\"margins\""_s.arg(blockMm, 0, 'f', 2));
    static const QRegularExpression columnWidth(uR"re(style:column-width="([\d.]+)%")re"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = columnWidth.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(xml).mid(last, m.capturedStart() - last);
        out += u"style:rel-column-width=\"%1*\""_s.arg(qRound(m.captured(1).toDouble() * 100));
        last = m.capturedEnd();
    }
    xml = out + xml.mid(last);
    // Top- and bottom-aligned cells' text is not raised or lowered.
    static const QRegularExpression raised(uR"re( style:text-position="-?(100|0)%")re"_s);
    xml.remove(raised);

    QString styles = u"<style:style style:name=\"QqRow\" style:family=\"table-row\">"
                     "<style:table-row-properties fo:keep-together=\"always\"/></style:style>"_s;
    QSet<QString> cellParagraphs;
    static const QRegularExpression paragraph(uR"re(<text:(?:p|h) text:style-name="([^"]+)")re"_s);
    static const QRegularExpression cellStyle(
        uR"re(<table:table-cell table:style-name="([^"]+)")re"_s);
    qsizetype from = xml.indexOf(u"<office:body>"_s);
    for (int k = 0; from >= 0; ++k) {
        const qsizetype start = xml.indexOf(u"<table:table "_s, from);
        if (start < 0)
            break;
        const qsizetype end = xml.indexOf(u"</table:table>"_s, start);
        if (end < 0)
            break;
        QString t = xml.mid(start, end - start);
        const Table info = tables.value(k);
        t.replace(u"<table:table-row>"_s, u"<table:table-row table:style-name=\"QqRow\">"_s);
        if (info.headerRows > 0) {
            const qsizetype first = t.indexOf(u"<table:table-row"_s);
            qsizetype after = first;
            for (int r = 0; r < info.headerRows && after >= 0; ++r) {
                after = t.indexOf(u"</table:table-row>"_s, after);
                if (after >= 0)
                    after += 18;
            }
            if (first >= 0 && after > first) {
                t.insert(after, u"</table:table-header-rows>"_s);
                t.insert(first, u"<table:table-header-rows>"_s);
            }
        }
        if (info.ruleTopPt > 0 || info.ruleBottomPt > 0) {
            QSet<QString> names;
            for (auto it = cellStyle.globalMatch(t); it.hasNext();)
                names << it.next().captured(1);
            for (const QString &name : std::as_const(names)) {
                const QString copy = name + u"q"_s;
                styles += copyOfStyle(xml, name, copy, u"table-cell-properties"_s,
                                      {u"fo:border-top=\"%1\""_s.arg(border(info.ruleTopPt)),
                                       u"fo:border-bottom=\"%1\""_s.arg(border(info.ruleBottomPt)),
                                       u"fo:border-left=\"none\""_s, u"fo:border-right=\"none\""_s,
                                       u"fo:border=\"\""_s});
                t.replace(u"table:style-name=\"%1\""_s.arg(name),
                          u"table:style-name=\"%1\""_s.arg(copy));
            }
        }
        if (offGrid) {
            for (auto it = paragraph.globalMatch(t); it.hasNext();)
                cellParagraphs << it.next().captured(1);
            for (const QString &name : std::as_const(cellParagraphs))
                t.replace(u"text:style-name=\"%1\""_s.arg(name),
                          u"text:style-name=\"%1q\""_s.arg(name));
        }
        xml.replace(start, end - start, t);
        from = start + t.size();
    }
    for (const QString &name : std::as_const(cellParagraphs))
        styles += copyOfStyle(xml, name, name + u"q"_s, u"paragraph-properties"_s,
                              {u"style:snap-to-layout-grid=\"false\""_s});
    styles.remove(u" fo:border=\"\""_s);
    const qsizetype at = xml.indexOf(u"</office:automatic-styles>"_s);
    if (at >= 0)
        xml.insert(at, styles);
    return xml.toUtf8();
}
