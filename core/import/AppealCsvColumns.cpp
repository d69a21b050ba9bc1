#include "core/import/AppealCsvColumns.h"

#include <QRegularExpression>

#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
struct Column {
    const char *field;
    std::vector<const char *> names; // the first is the form's wording
    int maxLength;                   // characters
};

// Long texts: about five printed pages of 困难问题. A whole report belongs in an attachment;
// a 10 MB cell is a damaged or hostile file, and would make every printed list of it crawl.
constexpr int longText = 10000;

const std::vector<Column> &columns() {
    static const std::vector<Column> list{
        {"number", {"编号", "诉求编号", "议题编号", "no", "number"}, 40},
        {"submitting_unit",
         {"提交单位", "提交企业", "企业名称", "单位名称", "企业", "单位", "enterprise", "company",
          "submitting_unit"},
         200},
        {"uscc", {"统一社会信用代码", "社会信用代码", "信用代码", "credit_code", "uscc"}, 40},
        {"responsible_person",
         {"企业负责人", "负责人", "联系人", "contact", "responsible_person"},
         50},
        {"phone", {"联系电话", "电话", "手机", "联系方式", "telephone", "tel", "phone"}, 60},
        {"submit_date", {"提交日期", "日期", "反映日期", "报名日期", "date", "submit_date"}, 40},
        {"channel", {"渠道", "来源", "来源渠道", "source", "channel"}, 50},
        {"problem", {"困难问题", "问题", "困难", "问题描述", "诉求内容", "problem"}, longText},
        {"suggestions", {"意见建议", "建议", "suggestion", "suggestions"}, longText},
        {"prior_handling",
         {"备注", "前期问题困难反映情况及初步结果", "前期反映情况", "remarks", "note",
          "prior_handling"},
         longText},
        {"domain", {"领域", "所属领域", "domain"}, 50},
        {"industry_wide", {"行业性", "是否行业性", "industry_wide"}, 20},
        {"urgent", {"紧急", "是否紧急", "紧急程度", "urgency", "urgent"}, 20},
        {"collecting_department",
         {"收集部门", "报送部门", "department", "collecting_department"},
         100},
    };
    return list;
}
} // namespace

QString AppealCsvColumns::normalize(const QString &header) {
    QString s;
    for (QChar c : header) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFEE0);
        if (c == QChar(QChar::ByteOrderMark))
            continue;
        s += c;
    }
    static const QRegularExpression note(u"\\([^)]*\\)"_s);
    static const QRegularExpression noise(u"[\\s_\\-*:]"_s);
    s.remove(note);
    s.remove(noise);
    return s.toLower();
}

QStringList AppealCsvColumns::fields() {
    QStringList out;
    for (const Column &c : columns())
        out << QString::fromLatin1(c.field);
    return out;
}

QStringList AppealCsvColumns::requiredFields() {
    return {u"submitting_unit"_s, u"submit_date"_s, u"problem"_s};
}

QString AppealCsvColumns::fieldFor(const QString &header) {
    const QString h = normalize(header);
    for (const Column &c : columns()) {
        for (const char *name : c.names) {
            if (h == normalize(QString::fromUtf8(name)))
                return QString::fromLatin1(c.field);
        }
    }
    return {};
}

int AppealCsvColumns::maxLength(const QString &field) {
    for (const Column &c : columns()) {
        if (field == QLatin1StringView(c.field))
            return c.maxLength;
    }
    return longText;
}

bool AppealCsvColumns::isIgnored(const QString &header) {
    const QString h = normalize(header);
    return h == u"序号"_s || h == u"#"_s;
}

QString AppealCsvColumns::chineseHeader(const QString &field) {
    for (const Column &c : columns()) {
        if (field == QLatin1StringView(c.field))
            return QString::fromUtf8(c.names.front());
    }
    return field;
}

QString AppealCsvColumns::knownHeadersHint() {
    QStringList parts;
    for (const Column &c : columns())
        parts << QString::fromUtf8(c.names.front()) + u'/' + QString::fromLatin1(c.field);
    return parts.join(u", "_s);
}
