#include "core/import/Form1Reader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
QString squeeze(const QString &text) {
    static const QRegularExpression space(u"[\\s\\x{3000}]+"_s);
    return QString(text).remove(space);
}
} // namespace

QString Form1Reader::fieldForLabel(const QString &label) {
    QString s = squeeze(label);
    static const QRegularExpression note(u"[（(].*[）)]$"_s);
    s.remove(note);
    while (s.endsWith(u'：') || s.endsWith(u':'))
        s.chop(1);
    static const QHash<QString, QString> labels{
        {u"编号"_s, u"number"_s},
        {u"提交单位"_s, u"submitting_unit"_s},
        {u"提交企业"_s, u"submitting_unit"_s},
        {u"企业负责人"_s, u"responsible_person"_s},
        {u"负责人"_s, u"responsible_person"_s},
        {u"联系电话"_s, u"phone"_s},
        {u"提交日期"_s, u"submit_date"_s},
        {u"困难问题"_s, u"problem"_s},
        {u"意见建议"_s, u"suggestions"_s},
        {u"备注"_s, u"prior_handling"_s},
    };
    return labels.value(s);
}

bool Form1Reader::read(const QByteArray &bytes) {
    m_fields.clear();
    m_wording.clear();
    DocxText text;
    if (!text.read(bytes)) {
        m_error = text.error();
        return false;
    }
    for (const QString &p : text.paragraphs()) {
        const QString s = squeeze(p);
        if (m_wording.isEmpty() && s.contains(u"报名申请表"_s))
            m_wording = u"报名申请表"_s;
        else if (m_wording.isEmpty() && s.contains(u"议题表"_s))
            m_wording = u"议题表"_s;
        // 编号：WS2024-0001 above the table, as both seeds print it.
        static const QRegularExpression number(u"^编号[:：](.+)$"_s);
        if (const auto m = number.match(s); m.hasMatch())
            m_fields.insert(u"number"_s, m.captured(1).remove(u'_'));
    }
    for (const DocxText::Table &table : text.tables())
        if (readTable(table))
            return true;
    m_error =
        tr("the document is not a filled 附件1: no table with the form's rows (提交单位 or "
           "提交企业, 企业负责人 or 负责人, 联系电话, 提交日期, 困难问题, 意见建议, 备注) was "
           "found");
    return false;
}

// The table whose cells name at least four of the form's fields. A label's value is the next
// cell of its row that is no label, else the cell below it (困难问题 above a tall cell).
bool Form1Reader::readTable(const DocxText::Table &table) {
    QMap<QString, QString> found;
    int labels = 0;
    for (qsizetype r = 0; r < table.size(); ++r) {
        const QStringList &row = table.at(r);
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QString field = fieldForLabel(row.at(c));
            if (field.isEmpty() || found.contains(field))
                continue;
            ++labels;
            QString value;
            bool beside = false;
            for (qsizetype n = c + 1; n < row.size(); ++n) {
                if (!fieldForLabel(row.at(n)).isEmpty())
                    break;
                beside = true;
                if (!row.at(n).trimmed().isEmpty()) {
                    value = row.at(n);
                    break;
                }
            }
            if (!beside && r + 1 < table.size() && c < table.at(r + 1).size() &&
                fieldForLabel(table.at(r + 1).at(c)).isEmpty())
                value = table.at(r + 1).at(c);
            found.insert(field, value.trimmed());
        }
    }
    if (labels < 4)
        return false;
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        if (it.key() != "number"_L1 || !it.value().isEmpty())
            m_fields.insert(it.key(), it.value());
    return true;
}
