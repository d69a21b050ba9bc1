// Tables as a reviewer reads them on paper: no row cut in two by a page break (its top half
// without a bottom border, the rest under the repeated header), dates, numbers and 编号 whole
// on one line, department names unbroken in the scorecard, and no heading left alone at the
// foot of a page. Read back from the PDFs with pdftotext -bbox: the leaders' summary report
// (50 overdue items over several pages), the 涉企问题工作台账 and a list printed from the GUI.
#include "core/export/ExportTable.h"
#include "forms/ChineseFormat.h"
#include "forms/DocumentRenderer.h"
#include "forms/MeetingDocuments.h"
#include "forms/report/ExportTablePdf.h"
#include "forms/report/SummaryReportDocument.h"
#include "tests/support/PdfWords.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

using PdfWords::Word;

// Rows cut by a page break: on a page where a table's header (`key`, one of its headers)
// repeats, words of the body printed above the first row's `key` cell (编号) belong to a row
// begun on the page before. Returns a description of each, empty when there is none.
QStringList cutRows(const QList<QList<Word>> &pages, const QString &key,
                    const QRegularExpression &keyValue, const QStringList &headers) {
    QStringList found;
    for (int p = 0; p < pages.size(); ++p) {
        const QList<Word> &words = pages.at(p);
        for (const Word &h : words) {
            if (h.text != key)
                continue;
            qreal firstRow = 1e9;
            for (const Word &w : words) {
                if (w.box.top() > h.box.bottom() && qAbs(w.box.left() - h.box.left()) < 40 &&
                    keyValue.match(w.text).hasMatch())
                    firstRow = std::min(firstRow, w.box.top());
            }
            for (const Word &w : words) {
                if (w.box.top() > h.box.bottom() && w.box.top() < firstRow - 1 &&
                    !headers.contains(w.text))
                    found << u"page %1: %2"_s.arg(p + 1).arg(w.text);
            }
        }
    }
    return found;
}

QString write(const PrintableDocument &doc, const QString &path) {
    DocumentRenderer renderer;
    return renderer.writePdf({doc}, path) ? path : QString();
}

const QRegularExpression date(uR"(^\d{4}年\d{1,2}月\d{1,2}日$)"_s);
const QRegularExpression number(uR"(^WS\d{4}-\d{4}$)"_s);
// What a date broken over two lines leaves: 2023年3月2 and 日, 2023年 and 3月2日.
const QRegularExpression
    dateFragment(uR"(^(\d{4}年(\d{1,2}月\d{0,2})?|\d{1,2}(月\d{1,2})?日|日)$)"_s);

} // namespace

class TestKeepTogether : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void summaryReport() {
        FormContext c;
        c.profileName = u"乌审旗政务服务“亲清”政企恳谈会"_s;
        c.issuer = u"乌审旗政务服务与数据管理局"_s;
        SummaryReport r;
        r.period = ReportPeriod::month(2026, 10);
        r.asOf = QDate(2026, 10, 31);
        r.overdueTotal = 50;
        // Problems of different lengths, so that rows differ in height and page breaks fall
        // through the middle of some.
        for (int i = 1; i <= 50; ++i) {
            SummaryReport::Item it;
            it.appealNumber = u"WS2026-%1"_s.arg(i, 4, 10, QChar(u'0'));
            it.enterprise = u"乌审旗第%1号新材料科技有限公司"_s.arg(i);
            it.problem = QString(10 + (i * 7) % 40, QChar(u'审'));
            it.leadDepartment = i % 3 ? u"人力资源和社会保障局"_s : u"财政局"_s;
            it.dueDate = QDate(2026, 1 + i % 9, 20 + i % 9); // two-digit days and months
            it.overdueWorkingDays = 300 - i;
            r.overdue << it;
        }
        for (const QString &name :
             {u"政务服务和数据管理局"_s, u"人力资源和社会保障局"_s, u"自然资源局"_s}) {
            DepartmentScore d;
            d.department = name;
            d.open = 123;
            d.completed = 10;
            d.completedOnTime = 9;
            r.departments << d;
        }
        const QString pdf = write(SummaryReportDocument::build(c, r, QDate(2026, 11, 2)),
                                  m_dir.filePath(u"report.pdf"_s));
        QVERIFY(!pdf.isEmpty());
        const auto pages = PdfWords::pages(pdf);
        QVERIFY2(pages.size() >= 4, "the overdue list runs over several pages");

        const QStringList headers = {u"序号"_s,     u"编号"_s,     u"企业"_s, u"诉求事项"_s,
                                     u"牵头部门"_s, u"办理时限"_s, u"逾期"_s, u"工作日"_s};
        const QStringList cut = cutRows(pages, u"编号"_s, number, headers);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));

        // Every 编号 once, whole; every date whole on one line; the scorecard's names unbroken.
        QStringList all;
        for (const auto &page : pages)
            for (const Word &w : page)
                all << w.text;
        for (int i = 1; i <= 50; ++i)
            QCOMPARE(all.count(u"WS2026-%1"_s.arg(i, 4, 10, QChar(u'0'))), 1);
        int dates = 0;
        for (const QString &w : all) {
            QVERIFY2(!dateFragment.match(w).hasMatch(), qPrintable(w));
            dates += date.match(w).hasMatch() ? 1 : 0;
        }
        QVERIFY(dates >= 50);
        QVERIFY(all.contains(u"政务服务和数据管理局"_s));
        QVERIFY(all.contains(u"人力资源和社会保障局"_s));

        // No heading ends a page: the last line of each page is not one of the sections'.
        static const QRegularExpression heading(u"^[一二三四五六]、|^（[一二三]）"_s);
        for (int p = 0; p + 1 < pages.size(); ++p) {
            QList<Word> page = pages.at(p);
            std::sort(page.begin(), page.end(),
                      [](const Word &a, const Word &b) { return a.box.top() < b.box.top(); });
            // The page number "— N —" is below the text block (262 mm from the top).
            while (!page.isEmpty() && page.last().box.top() > 262 * 72 / 25.4)
                page.removeLast();
            QVERIFY(!page.isEmpty());
            QVERIFY2(!heading.match(page.last().text).hasMatch(), qPrintable(page.last().text));
        }
    }

    void problemList() {
        FormContext c;
        c.profileCode = u"wushen"_s;
        c.meetingName = u"政务服务“亲清”政企恳谈会"_s;
        MeetingFormData m;
        m.id = 1;
        m.title = u"2026年第4期政务服务“亲清”政企恳谈会"_s;
        m.date = QDate(2026, 4, 27);
        QList<AssignmentFormData> rows;
        for (int i = 1; i <= 30; ++i) {
            AssignmentFormData s;
            s.number = u"WS2026-%1"_s.arg(i, 4, 10, QChar(u'0'));
            s.enterprise = u"乌审旗第%1号新材料科技有限公司"_s.arg(i);
            s.problem = QString(40 + (i * 13) % 90, QChar(u'审'));
            s.leadDepartment = u"人力资源和社会保障局"_s;
            s.dueDate = QDate(2026, 12, 10 + i % 20);
            s.status = u"in_progress"_s;
            rows << s;
        }
        const QString pdf =
            write(MeetingDocuments::problemList(c, &m, rows, false), m_dir.filePath(u"list.pdf"_s));
        QVERIFY(!pdf.isEmpty());
        const auto pages = PdfWords::pages(pdf);
        QVERIFY(pages.size() >= 2);
        const QStringList cut =
            cutRows(pages, u"编号"_s, number,
                    {u"序号"_s, u"编号"_s, u"企业名称"_s, u"困难问题"_s, u"意见建议"_s,
                     u"牵头承办"_s, u"配合办理"_s, u"部门"_s, u"办理时限"_s, u"办理情况"_s});
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
        int dates = 0;
        for (const auto &page : pages)
            for (const Word &w : page)
                dates += date.match(w.text).hasMatch() ? 1 : 0;
        QCOMPARE(dates, 30 + 1); // and the meeting's date under the title
    }

    // A list printed from the GUI with many columns: dates and codes stay whole (in a smaller
    // size if need be), rows are not cut.
    void wideList() {
        ExportTable t;
        t.title = u"诉求清单"_s;
        t.columns = {{u"number"_s, u"编号"_s},
                     {u"unit"_s, u"提交单位"_s},
                     {u"phone"_s, u"联系电话"_s},
                     {u"submitted"_s, u"提交日期"_s, ExportColumn::Type::Date},
                     {u"problem"_s, u"困难问题"_s, ExportColumn::Type::LongText},
                     {u"lead"_s, u"牵头承办部门"_s},
                     {u"assigned"_s, u"交办日期"_s, ExportColumn::Type::Date},
                     {u"due"_s, u"办理期限"_s, ExportColumn::Type::Date},
                     {u"done"_s, u"办结日期"_s, ExportColumn::Type::Date},
                     {u"days"_s, u"逾期工作日"_s, ExportColumn::Type::Integer}};
        for (int i = 1; i <= 60; ++i)
            t.rows << QVariantList{u"WS2026-%1"_s.arg(i, 4, 10, QChar(u'0')),
                                   u"乌审旗第%1号新材料科技有限公司"_s.arg(i),
                                   u"0477-75612%1"_s.arg(i, 2, 10, QChar(u'0')),
                                   QDate(2026, 11, 1 + i % 28),
                                   QString(20 + (i * 11) % 120, QChar(u'审')),
                                   u"人力资源和社会保障局"_s,
                                   QDate(2026, 12, 1 + i % 28),
                                   QDate(2026, 12, 11 + i % 18),
                                   QDate(2026, 12, 20),
                                   i};
        const QString pdf = write(ExportTablePdf::document(t), m_dir.filePath(u"gui-list.pdf"_s));
        QVERIFY(!pdf.isEmpty());
        const auto pages = PdfWords::pages(pdf);
        QStringList all;
        for (const auto &page : pages)
            for (const Word &w : page)
                all << w.text;
        int dates = 0;
        for (const QString &w : all) {
            QVERIFY2(!dateFragment.match(w).hasMatch(), qPrintable(w));
            dates += date.match(w).hasMatch() ? 1 : 0;
        }
        QCOMPARE(dates, 60 * 4);
        for (int i = 1; i <= 60; ++i) {
            QCOMPARE(all.count(u"WS2026-%1"_s.arg(i, 4, 10, QChar(u'0'))), 1);
            QCOMPARE(all.count(u"0477-75612%1"_s.arg(i, 2, 10, QChar(u'0'))), 1);
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestKeepTogether)
#include "tst_keeptogether.moc"
