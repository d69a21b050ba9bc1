// Printing a list from its page: exactly the rows the clerk's filter gives (all of them, not
// only the chunk the view has loaded), the visible columns in their order with Chinese headers,
// title and filter line, landscape A4 with page numbers — read back from the PDF with pdftotext.
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/queries/AppealListQuery.h"
#include "tests/ui/TestSettings.h"
#include "ui/AppealFilterBar.h"
#include "ui/AppealListModel.h"
#include "ui/AppealsPage.h"
#include "ui/DepartmentsLeadersPage.h"
#include "ui/EnterprisesPage.h"
#include "ui/ListPrintMenu.h"
#include "ui/workflow/AssignmentsModel.h"
#include "ui/workflow/AssignmentsPage.h"
#include "ui/workflow/MeetingsModel.h"
#include "ui/workflow/MeetingsPage.h"
#include "ui/workflow/TopicsModel.h"
#include "ui/workflow/TopicsPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString run(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString squash(QString s) {
    static const QRegularExpression space(u"\\s+"_s);
    return s.remove(space);
}

// Where each label appears in `text`, or -1: in order when the positions grow.
QList<qsizetype> positions(const QString &text, const QStringList &labels) {
    QList<qsizetype> at;
    for (const QString &l : labels)
        at << text.indexOf(l);
    return at;
}

} // namespace

class TestListPrint : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

    QStringList column(const QString &sql) {
        QStringList values;
        QSqlQuery q(m_db.sql());
        if (q.exec(sql))
            while (q.next())
                values << q.value(0).toString();
        return values;
    }
    QString pdfText(const QString &path) { return run(u"pdftotext"_s, {u"-raw"_s, path, u"-"_s}); }

private slots:
    void initTestCase() {
        useTestSettings(u"tst_listprint"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(u"lists.sqlite"_s)));
        QVERIFY(DatabaseInitializer(m_db).initialize(u"wushen"_s));
        DemoDataGenerator::Options options;
        options.appeals = 400;
        options.seed = 11;
        options.today = DemoDataGenerator::fixedReferenceDate();
        DemoDataGenerator demo(m_db);
        QVERIFY2(demo.generate(options), qPrintable(demo.errorString()));
    }

    void appealsListPrintsEveryFilteredRow() {
        AppealsPage page(m_db);
        page.resize(1200, 700);
        AppealListModel *model = page.model();
        model->setChunkSize(25); // the view holds far fewer rows than the filter gives
        auto *status = page.filterBar()->findChild<QComboBox *>(u"statusFilter"_s);
        QVERIFY(status);
        status->setCurrentIndex(status->findData(u"accepted"_s));
        const QStringList accepted =
            column(u"SELECT number FROM appeals WHERE status = 'accepted' ORDER BY number"_s);
        const QStringList others =
            column(u"SELECT number FROM appeals WHERE status <> 'accepted'"_s);
        QVERIFY(accepted.size() > 60);
        QVERIFY(!others.isEmpty());
        QTRY_COMPARE(model->totalCount(), int(accepted.size()));
        QVERIFY(model->rowCount() < accepted.size());

        // The clerk hides 提交单位 and moves 牵头承办部门 to the front.
        QHeaderView *header = page.view()->horizontalHeader();
        header->showSection(model->columnIndex(u"domain"_s));
        header->hideSection(model->columnIndex(u"submitting_unit"_s));
        header->moveSection(header->visualIndex(model->columnIndex(u"lead_department"_s)), 0);
        header->setSortIndicator(model->columnIndex(u"number"_s), Qt::AscendingOrder);

        ListPrintMenu *menu = page.printMenu();
        QVERIFY(menu);
        const std::optional<ExportTable> table = menu->table();
        QVERIFY2(table, qPrintable(menu->errorString()));
        QCOMPARE(table->rows.size(), accepted.size());
        QCOMPARE(table->columns.first().header, u"牵头承办部门"_s);
        QVERIFY(table->columnIndex(u"submitting_unit"_s) < 0);
        QVERIFY(table->columnIndex(u"domain"_s) >= 0);
        const int numberColumn = table->columnIndex(u"number"_s);
        QStringList printed;
        for (const QVariantList &row : table->rows)
            printed << row.at(numberColumn).toString();
        QCOMPARE(printed, accepted); // the list's sort: by number, ascending
        QVERIFY(table->description.contains(u"受理情况：已受理"_s));
        QVERIFY(table->description.contains(u"按编号升序排列"_s));

        const QString path = m_dir.filePath(u"appeals.pdf"_s);
        QVERIFY(menu->saveAs(path));
        QVERIFY(run(u"pdfinfo"_s, {path}).contains(u"842 x 595 pts (A4)"_s)); // landscape
        const QString text = squash(pdfText(path));
        QVERIFY(text.startsWith(u"诉求清单筛选条件：受理情况：已受理"_s));
        // Chinese headers in the view's order, whatever the screen language (no translator
        // is loaded here, so the view's own headers are English).
        const QString body = text.mid(text.indexOf(u"打印日期"_s));
        const QList<qsizetype> at =
            positions(body, {u"牵头承办部门"_s, u"编号"_s, u"提交日期"_s, u"领域"_s, u"受理情况"_s,
                             u"办理状态"_s, u"办理期限"_s});
        QVERIFY(!at.contains(-1));
        QVERIFY(std::is_sorted(at.begin(), at.end()));
        QVERIFY(!text.contains(u"Lead department"_s));
        QVERIFY(!text.contains(u"提交单位"_s));
        qsizetype from = 0;
        for (const QString &number : accepted) {
            const qsizetype found = text.indexOf(number, from);
            QVERIFY2(found >= 0, qPrintable(number));
            from = found + number.size();
        }
        for (const QString &number : others)
            QVERIFY2(!text.contains(number), qPrintable(number));
        QVERIFY(text.contains(u"共%1条"_s.arg(accepted.size())));
        // Page numbers on every page of the long list.
        const int pages = run(u"pdfinfo"_s, {path})
                              .section(u"Pages:"_s, 1)
                              .trimmed()
                              .section(u'\n', 0, 0)
                              .toInt();
        QVERIFY(pages >= 2);
        for (int p = 1; p <= pages; ++p)
            QVERIFY2(text.contains(u"—%1—"_s.arg(p)), qPrintable(QString::number(p)));
    }

    void searchFilterIsDescribed() {
        AppealsPage page(m_db);
        page.filterBar()->reset();
        page.filterBar()->searchEdit()->setText(u"用地"_s);
        // Printed at once, before the typing pause ran the search: opening the menu runs it.
        QVERIFY(!page.printMenu()->table()->description.contains(u"用地"_s));
        emit page.printMenu()->aboutToShow();
        QVERIFY(page.printMenu()->table()->description.contains(u"检索“用地”"_s));
        AppealListQuery query(m_db);
        query.setFilter(page.filterBar()->filter());
        const std::optional<ExportTable> table = page.printMenu()->table();
        QVERIFY(query.count() > 0);
        QCOMPARE(table->rows.size(), query.count());
        page.filterBar()->reset();
    }

    void assignmentsListPrintsOpenOnes() {
        AssignmentsPage page(m_db);
        page.resize(1400, 700);
        page.model()->setChunkSize(10);
        page.setOpenOnly(true);
        const QStringList open = column(u"SELECT id FROM assignments WHERE status IN "
                                        "('assigned', 'in_progress', 'returned', 'escalated')"_s);
        QVERIFY(open.size() > 10);
        const std::optional<ExportTable> table = page.printMenu()->table();
        QVERIFY(table);
        QCOMPARE(table->rows.size(), open.size());
        QCOMPARE(table->title, u"交办事项清单"_s);
        QVERIFY(table->description.contains(u"仅未办结事项"_s));
        QStringList headers;
        for (const ExportColumn &c : table->columns)
            headers << c.header;
        // In the page's order: the deadline and the status beside the number.
        QCOMPARE(headers, (QStringList{u"编号"_s, u"办理期限"_s, u"办理状态"_s, u"议题主要内容"_s,
                                       u"牵头承办部门"_s, u"交办日期"_s, u"原定期限"_s,
                                       u"延期次数"_s, u"重办次数"_s}));
        // Statuses in Chinese words, dates as dates (printed 2024年7月5日).
        const int status = table->columnIndex(u"status"_s);
        const int due = table->columnIndex(u"due"_s);
        for (const QVariantList &row : table->rows) {
            QVERIFY2((QStringList{u"已交办"_s, u"办理中"_s, u"退回重办"_s, u"提交上级"_s})
                         .contains(row.at(status).toString()),
                     qPrintable(row.at(status).toString()));
            QCOMPARE(row.at(due).typeId(), QMetaType::QDate);
        }
        const QString path = m_dir.filePath(u"assignments.pdf"_s);
        QVERIFY(page.printMenu()->saveAs(path));
        const QString text = squash(pdfText(path));
        QVERIFY(text.contains(u"共%1条"_s.arg(open.size())));
        QVERIFY(!text.contains(u"已办结"_s)); // no closed item slipped in

        page.setOpenOnly(false);
        QCOMPARE(page.printMenu()->table()->rows.size(),
                 column(u"SELECT COUNT(*) FROM assignments"_s).value(0).toInt());
    }

    void topicsAndMeetingsLists() {
        TopicsPage topics(m_db);
        auto *topicMenu = topics.findChild<ListPrintMenu *>(u"topicsListPrint"_s);
        QVERIFY(topicMenu);
        std::optional<ExportTable> table = topicMenu->table();
        QVERIFY(table);
        QCOMPARE(table->rows.size(), column(u"SELECT COUNT(*) FROM topics"_s).value(0).toInt());
        QCOMPARE(table->columns.at(1).header, u"议题"_s);
        auto *queueMenu = topics.findChild<ListPrintMenu *>(u"queueListPrint"_s);
        QVERIFY(queueMenu);
        QCOMPARE(queueMenu->table()->rows.size(),
                 column(u"SELECT COUNT(*) FROM appeals WHERE topic_id IS NULL AND status IN "
                        "('pending', 'accepted')"_s)
                     .value(0)
                     .toInt());

        MeetingsPage meetings(m_db);
        auto *meetingMenu = meetings.findChild<ListPrintMenu *>(u"meetingsListPrint"_s);
        QVERIFY(meetingMenu);
        table = meetingMenu->table();
        QVERIFY(table);
        const QStringList titles = column(u"SELECT title FROM meetings"_s);
        QCOMPARE(table->rows.size(), titles.size());
        const QString path = m_dir.filePath(u"meetings.pdf"_s);
        QVERIFY(meetingMenu->saveAs(path));
        const QString text = squash(pdfText(path));
        QVERIFY(text.startsWith(u"会议清单筛选条件：无（全部）"_s));
        for (const QString &title : titles)
            QVERIFY2(text.contains(squash(title)), qPrintable(title));
        for (const QString &header : {u"会议日期"_s, u"会议名称"_s, u"形式"_s, u"状态"_s})
            QVERIFY(text.contains(header));
    }

    void enterprisesAndDirectories() {
        EnterprisesPage enterprises(m_db);
        auto *menu = enterprises.findChild<ListPrintMenu *>(u"enterprisesListPrint"_s);
        QVERIFY(menu);
        std::optional<ExportTable> table = menu->table();
        QVERIFY(table);
        QCOMPARE(table->rows.size(),
                 column(u"SELECT COUNT(*) FROM enterprises"_s).value(0).toInt());
        QCOMPARE(table->columns.first().header, u"企业名称"_s);

        DepartmentsLeadersPage page(m_db);
        menu = page.findChild<ListPrintMenu *>(u"departmentsTreePrint"_s);
        QVERIFY(menu);
        table = menu->table();
        QVERIFY(table);
        QCOMPARE(table->title, u"部门通讯录"_s);
        QCOMPARE(table->columns.at(0).header, u"部门"_s);
        QCOMPARE(table->columns.at(3).header, u"联系电话"_s);
        const QStringList names = column(u"SELECT name FROM departments"_s);
        QCOMPARE(table->rows.size(), names.size());
        const QString path = m_dir.filePath(u"departments.pdf"_s);
        QVERIFY(menu->saveAs(path));
        const QString text = squash(pdfText(path));
        for (const QString &name : names)
            QVERIFY2(text.contains(squash(name)), qPrintable(name));
        QVERIFY(page.findChild<ListPrintMenu *>(u"leadersTreePrint"_s));
    }
};

QTEST_MAIN(TestListPrint)
#include "tst_listprint.moc"
