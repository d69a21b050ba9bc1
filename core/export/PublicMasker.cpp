#include "core/export/PublicMasker.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString PublicMasker::maskName(const QString &name) {
    const QString n = name.trimmed();
    if (n.isEmpty())
        return n;
    // Keep the surname only; two-character compound surnames are rare enough to mask too.
    return n.left(1) + QString(std::max<qsizetype>(1, n.size() - 1), u'*');
}

QString PublicMasker::maskNumbers(const QString &text) {
    // ID numbers first (18 characters), so their digits are not read as phone numbers.
    static const QRegularExpression idNumber(
        u"(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])"_s);
    static const QRegularExpression mobile(
        u"(?<!\\d)((?:\\+?86[- ]?)?1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)"_s);
    static const QRegularExpression landline(
        u"(?<!\\d)(0\\d{2,3}[-—－ ]?)(\\d{3,4})(\\d{3,4})(?:([-—－转]\\d{1,6}))?(?!\\d)"_s);
    QString out = text;
    out.replace(idNumber, u"\\1********\\2"_s);
    out.replace(mobile, u"\\1****\\2"_s);
    // Landlines: keep the area code and the last digits, hide the middle.
    QString result;
    qsizetype last = 0;
    auto it = landline.globalMatch(out);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += out.mid(last, m.capturedStart() - last);
        result += m.captured(1) + QString(m.capturedLength(2), u'*') + m.captured(3);
        last = m.capturedEnd();
    }
    result += out.mid(last);
    return result;
}

QString PublicMasker::maskText(const QString &text, const QStringList &names) {
    QString out = maskNumbers(text);
    for (const QString &name : names) {
        const QString n = name.trimmed();
        if (n.size() >= 2)
            out.replace(n, maskName(n));
    }
    static const QRegularExpression labelled(
        u"(联系人|负责人|经办人|法定代表人|法人)([：:，, ]?)([\\x{4e00}-\\x{9fa5}]{2,3})"_s);
    QString result;
    qsizetype last = 0;
    auto it = labelled.globalMatch(out);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += out.mid(last, m.capturedStart() - last);
        result += m.captured(1) + m.captured(2) + maskName(m.captured(3));
        last = m.capturedEnd();
    }
    result += out.mid(last);
    return result;
}

ExportTable PublicMasker::apply(const ExportTable &table, const QStringList &publicFields) {
    ExportTable out;
    out.title = table.title;
    out.groupByKey = publicFields.contains(table.groupByKey) ? table.groupByKey : QString();
    QList<int> kept;
    QList<int> nameColumns;
    for (int c = 0; c < table.columns.size(); ++c) {
        const ExportColumn &col = table.columns.at(c);
        if (col.privacy == ExportColumn::Privacy::PersonName)
            nameColumns << c;
        if (publicFields.contains(col.key)) {
            kept << c;
            out.columns << col;
        }
    }
    out.rows.reserve(table.rows.size());
    for (const QVariantList &row : table.rows) {
        QStringList names;
        for (int c : nameColumns)
            names << row.value(c).toString();
        QVariantList masked;
        masked.reserve(kept.size());
        for (int c : kept) {
            const QVariant v = row.value(c);
            const ExportColumn &col = table.columns.at(c);
            if (v.typeId() == QMetaType::QDate || col.type == ExportColumn::Type::Integer)
                masked << v;
            else if (col.privacy == ExportColumn::Privacy::PersonName)
                masked << maskName(v.toString());
            else
                masked << maskText(v.toString(), names);
        }
        out.rows << masked;
    }
    return out;
}
