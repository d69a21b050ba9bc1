// Titles break where GB/T 9704-2012 7.3.3 wants them to (标题回行时，要做到词意完整，排列对称):
// between the meeting's name and the document's, as seed 004 prints 乌审旗政务服务“亲清”政企恳谈会
// / 议题办理情况表, not where the line happens to be full. The rule (ChineseFormat::titleLines,
// titleWords) is checked on its own, then in the PDFs' text lines as pdftotext -layout reads them.
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "forms/ChineseFormat.h"
#include "forms/DocumentRenderer.h"
#include "forms/FormPrinter.h"
#include "tests/forms/FormsTestData.h"
#include "tests/support/TestServer.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString wushen = u"乌审旗政务服务“亲清”政企恳谈会"_s;
const QStringList wushenNames = {wushen, u"政务服务“亲清”政企恳谈会"_s,
                                 u"乌审旗政务服务与数据管理局"_s};

// The non-empty lines of the PDF's first page, without their spaces.
QStringList firstPageLines(const QString &pdf) {
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf, u"-"_s});
    if (!p.waitForFinished(60000))
        return {};
    QStringList lines;
    for (QString line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n')) {
        line.remove(u' ');
        if (!line.isEmpty())
            lines << line;
    }
    return lines;
}

} // namespace

class TestTitles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_db.open(TestServer::location(m_dir.path(), u"titles.sqlite"_s)),
                 qPrintable(m_db.errorString()));
        DatabaseInitializer init(m_db);
        QVERIFY2(init.initialize(u"wushen"_s), qPrintable(init.errorString()));
        QString error;
        QVERIFY2(FormsTestData::insert(m_db, &error), qPrintable(error));
        // A meeting named as the demo data names them, too long for one line of its minutes.
        QSqlQuery q(m_db.sql());
        QVERIFY(q.exec(u"UPDATE meetings SET title = '2024年第3期政务服务“亲清”政企恳谈会'"_s));
    }

    void wordsOfATitle_data() {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("profile name + form")
            << u"乌审旗政务服务“亲清”政企恳谈会议题办理情况表"_s << wushenNames
            << QStringList{wushen, u"议题办理情况表"_s};
        // 恳谈会 + 议纪要 reads 恳谈会议纪要: no break after the name's 会.
        QTest::newRow("minutes") << u"2024年第3期政务服务“亲清”政企恳谈会议纪要"_s << wushenNames
                                 << QStringList{u"2024年第3期"_s,
                                                u"政务服务“亲清”政企恳谈会议纪要"_s};
        // Without a known name, the document's name at the end is still a word of its own.
        QTest::newRow("no names") << u"某某区政企座谈会办结评价表"_s << QStringList{}
                                  << QStringList{u"某某区政企座谈会"_s, u"办结评价表"_s};
        QTest::newRow("spaces dropped")
            << u"通辽经济技术开发区 政企畅谈会通告"_s
            << QStringList{u"通辽经济技术开发区 政企畅谈会"_s}
            << QStringList{u"通辽经济技术开发区政企畅谈会"_s, u"通告"_s};
    }
    void wordsOfATitle() {
        QFETCH(QString, title);
        QFETCH(QStringList, names);
        QFETCH(QStringList, words);
        QCOMPARE(ChineseFormat::titleWords(title, names), words);
    }

    void linesOfATitle_data() {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<double>("lineEms");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("fits") << QStringList{u"政企畅谈会"_s, u"办理情况表"_s} << 20.0
                              << QStringList{u"政企畅谈会办理情况表"_s};
        // Seed 004's 附件2, where the width alone would break after 办理.
        QTest::newRow("seed 004") << QStringList{wushen, u"议题办理情况表"_s} << 20.0
                                  << QStringList{wushen, u"议题办理情况表"_s};
        // The summary report: the period stays with the report's name.
        QTest::newRow("report") << QStringList{wushen, u"诉求办理情况月报"_s, u"（2026年10月）"_s}
                                << 20.0 << QStringList{wushen, u"诉求办理情况月报（2026年10月）"_s};
        // Of two clean breaks the more even one.
        QTest::newRow("even") << QStringList{u"一二三四五六七"_s, u"一二三四五六七八"_s,
                                             u"一二三四五六七八九"_s}
                              << 20.0
                              << QStringList{u"一二三四五六七一二三四五六七八"_s,
                                             u"一二三四五六七八九"_s};
        // A word longer than the line breaks at its seam before “…”, not where it is full.
        QTest::newRow("seam") << QStringList{u"乌审旗政务服务与数据管理局“亲清”政企恳谈会"_s}
                              << 20.0
                              << QStringList{u"乌审旗政务服务与数据管理局"_s,
                                             u"“亲清”政企恳谈会"_s};
    }
    void linesOfATitle() {
        QFETCH(QStringList, words);
        QFETCH(double, lineEms);
        QFETCH(QStringList, lines);
        QCOMPARE(ChineseFormat::titleLines(words, lineEms), lines);
    }

    // With no seam at all, the line-start rules still hold: no line begins with “，” or “”” and
    // none ends with “““; numbers are not cut; every line fits.
    void lineStartRules() {
        const QString text = u"一二三四五六七八九，“十一”二三四五六七八九2026十一二三四五六"_s;
        for (int width = 6; width <= 14; ++width) {
            const QStringList lines = ChineseFormat::titleLines({text}, width);
            QCOMPARE(lines.join(QString()), text);
            for (const QString &line : lines) {
                QVERIFY2(!line.startsWith(u'，') && !line.startsWith(u'”') && !line.endsWith(u'“'),
                         qPrintable(lines.join(u" / "_s)));
                QVERIFY2(!line.startsWith(u"026"_s) && !line.endsWith(u"202"_s),
                         qPrintable(lines.join(u" / "_s)));
            }
        }
    }

    // The titles as printed: read back from the PDFs line by line.
    void printedTitles_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<bool>("blank");
        QTest::addColumn<QStringList>("lines");
        using K = FormPrinter::Kind;
        QTest::newRow("附件2 004 filled")
            << int(K::Form2) << u"004"_s << false << QStringList{wushen, u"议题办理情况表"_s};
        QTest::newRow("附件3 004 blank")
            << int(K::Form3) << u"004"_s << true << QStringList{wushen, u"总体评价表"_s};
        QTest::newRow("附件2 000 one line")
            << int(K::Form2) << u"000"_s << false << QStringList{u"政企畅谈会办理情况表"_s};
        QTest::newRow("预约登记表") << int(K::Booking) << QString() << false
                                    << QStringList{wushen, u"来访企业预约登记表"_s};
        QTest::newRow("交办单") << int(K::Dispatch) << QString() << true
                                << QStringList{wushen, u"企业诉求交办单"_s};
        QTest::newRow("minutes") << int(K::Minutes) << QString() << false
                                 << QStringList{u"2024年第3期"_s,
                                                u"政务服务“亲清”政企恳谈会议纪要"_s};
    }
    void printedTitles() {
        QFETCH(int, kind);
        QFETCH(QString, variant);
        QFETCH(bool, blank);
        QFETCH(QStringList, lines);
        FormPrinter::Request r;
        r.kind = FormPrinter::Kind(kind);
        r.variant = variant;
        r.blank = blank;
        if (r.kind == FormPrinter::Kind::Minutes)
            r.meetingId = 1;
        else
            r.id = 1;
        const auto docs = FormPrinter(m_db).documents(r);
        QVERIFY(!docs.isEmpty());
        const QString pdf = m_dir.filePath(QString::number(kind) + variant + u".pdf"_s);
        DocumentRenderer renderer;
        QVERIFY2(renderer.writePdf(docs, pdf), qPrintable(renderer.errorString()));
        QStringList printed = firstPageLines(pdf);
        if (!printed.isEmpty() && printed.first().startsWith(u"附件"_s))
            printed.removeFirst();
        QCOMPARE(printed.mid(0, lines.size()), lines);
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_MAIN(TestTitles)
#include "tst_titles.moc"
