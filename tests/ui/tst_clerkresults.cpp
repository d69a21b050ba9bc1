// What a clerk's lists and files told wrongly or not at all (issue 12's friction list): a
// reopened (重办) item coloured as extended and showing its old 办理结果 beside 办理中, 不予受理
// without its reason, 交办日期 defaulting to a day before the meeting, saved files readable by
// their owner only and saved without a word, similar appeals offered for sharing 协调解决.
#include "core/Clock.h"
#include "core/dashboard/DashboardQuery.h"
#include "core/export/ExportQuery.h"
#include "core/export/TableExporter.h"
#include "core/queries/AssignmentSummaryQuery.h"
#include "core/queries/SimilarAppealFinder.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/FollowUpService.h"
#include "core/workflow/MeetingService.h"
#include "tests/core/WorkflowFixture.h"
#include "tests/ui/TestSettings.h"
#include "ui/PrintPreview.h"
#include "ui/SavedFileNotice.h"
#include "ui/workflow/AssignmentDetailPanel.h"
#include "ui/workflow/MeetingAssignTab.h"
#include "ui/workflow/MeetingsPage.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QFileInfo>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QUrl>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

// Catches what the program asks the desktop to open.
class UrlCatcher : public QObject {
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

namespace {
// The umask of one test, restored after it.
struct Umask {
    explicit Umask(mode_t mask)
        : old(::umask(mask)) {}
    ~Umask() { ::umask(old); }
    mode_t old;
};

mode_t modeOf(const QString &path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

// An assignment approved for an extension, done, then found unsatisfactory: 重办.
qint64 reopenedAfterAnExtension(WorkflowFixture &f, const QString &problem) {
    AssignmentService s(*f.db);
    FollowUpService fu(*f.db);
    Assignment draft;
    draft.appealId = f.appeal(problem, {}, false, u"accepted"_s);
    draft.leadDepartmentId = f.department(u"乌审旗税务局"_s);
    draft.assignedOn = Clock::today().addDays(-30);
    const qint64 id = s.create(draft);
    const qint64 ext = fu.requestExtension(id, u"等待上级批复"_s, s.find(id)->dueDate.addDays(10),
                                           Clock::today().addDays(-20));
    if (!ext || !fu.approveExtension(ext, Clock::today().addDays(-20)) ||
        !s.complete(id, u"已协调税务部门加快办理"_s, Clock::today().addDays(-5)))
        return 0;
    Evaluation e;
    e.level = Evaluation::Level::Unsatisfied;
    e.submitDate = Clock::today().addDays(-1);
    e.opinion = u"退税仍未到账"_s;
    return fu.evaluate(id, e) > 0 ? id : 0;
}
} // namespace

class TestClerkResults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        useTestSettings(u"tst_clerkresults"_s);
        QSettings().clear();
    }

    // The new deadline came from the reopening, not from the first round's extension.
    void aReopenedItemIsNotExtended() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const qint64 id = reopenedAfterAnExtension(f, u"退税到账慢"_s);
        QVERIFY(id > 0);
        const auto summary = AssignmentSummaryQuery(*f.db).find(id, Clock::today());
        QVERIFY(summary);
        QCOMPARE(summary->assignment.status, Assignment::Status::InProgress);
        QVERIFY(summary->deadlineState != AssignmentService::DeadlineState::Extended);
        QVERIFY(summary->deadlineState != AssignmentService::DeadlineState::ExtendedOverdue);
        DashboardQuery dashboard(*f.db);
        const DashboardSnapshot snap = dashboard.compute({});
        bool found = false;
        for (const DashboardItem &item : snap.items) {
            if (item.id == id) {
                found = true;
                QVERIFY(item.bucket != DashboardBucket::Extended);
            }
        }
        QVERIFY(found);
    }

    // The panel of a reopened item: its result field is this round's, empty, and names the
    // first round's result instead of presenting it (beside 办理中) as the answer.
    void aReopenedItemsPanelStartsANewResult() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const qint64 id = reopenedAfterAnExtension(f, u"退税到账慢"_s);
        QVERIFY(id > 0);
        AssignmentDetailPanel panel(*f.db);
        panel.setAssignment(id);
        auto *result = panel.findChild<QPlainTextEdit *>(u"resultEdit"_s);
        QVERIFY(result);
        QCOMPARE(result->toPlainText(), QString());
        QVERIFY2(result->placeholderText().contains(u"已协调税务部门加快办理"_s),
                 qPrintable(result->placeholderText()));
    }

    // The problem list: 不予受理 with the reason, and no first-round result beside 办理中.
    void theProblemListSaysWhyAndWhatIsCurrent() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const qint64 rejected = f.appeal(u"劳动仲裁结果不服"_s, {}, false, u"rejected"_s);
        QSqlQuery q(f.db->sql());
        QVERIFY(q.exec(u"UPDATE appeals SET screening_reason = 'judicial', screening_note = "
                       "'已申请劳动仲裁' WHERE id = %1"_s.arg(rejected)));
        QVERIFY(reopenedAfterAnExtension(f, u"退税到账慢"_s) > 0);
        ExportQuery query(*f.db);
        const auto table = query.build(ExportQuery::Kind::ProblemList, {});
        QVERIFY2(table, qPrintable(query.errorString()));
        const int problem = table->columnIndex(u"problem"_s);
        const int accepted = table->columnIndex(u"appealStatus"_s);
        const int status = table->columnIndex(u"status"_s);
        const int result = table->columnIndex(u"result"_s);
        int seen = 0;
        for (const QVariantList &row : table->rows) {
            if (row.at(problem).toString() == u"劳动仲裁结果不服"_s) {
                QCOMPARE(row.at(accepted).toString(),
                         u"不予受理：已进入司法程序、行政复议和仲裁程序的（已申请劳动仲裁）"_s);
                ++seen;
            } else if (row.at(problem).toString() == u"退税到账慢"_s) {
                QCOMPARE(row.at(status).toString(), u"办理中"_s);
                QCOMPARE(row.at(result).toString(), QString());
                ++seen;
            }
        }
        QCOMPARE(seen, 2);
    }

    // A meeting still ahead: 交办日期 starts on its day, and no earlier day can be chosen.
    void assignedOnStartsOnTheMeetingsDay() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        MeetingService meetings(*f.db);
        Meeting m;
        m.title = u"恳谈会"_s;
        m.date = Clock::today().addDays(9);
        const qint64 ahead = meetings.create(m);
        m.date = Clock::today().addDays(-20);
        const qint64 held = meetings.create(m);
        QVERIFY(ahead > 0 && held > 0);
        MeetingsPage page(*f.db);
        auto *assignedOn = page.findChild<MeetingAssignTab *>()->findChild<QDateEdit *>();
        QVERIFY(assignedOn);
        page.selectMeeting(ahead);
        QCOMPARE(assignedOn->date(), Clock::today().addDays(9));
        QCOMPARE(assignedOn->minimumDate(), Clock::today().addDays(9));
        page.selectMeeting(held);
        QCOMPARE(assignedOn->date(), Clock::today());
        QCOMPARE(assignedOn->minimumDate(), Clock::today().addDays(-20));
    }

    // Written files get what the user's umask gives a new file: 0664 under 002, 0600 under 077
    // (they were always 0600 for a PDF, always 0644 for a workbook).
    void savedFilesFollowTheUmask() {
        QTemporaryDir dir;
        PrintableDocument doc;
        doc.name = u"测试"_s;
        doc.html = u"<p>测试</p>"_s;
        ExportTable table;
        table.title = u"测试"_s;
        table.columns = {
            {u"a"_s, u"甲"_s, ExportColumn::Type::Text, 10, ExportColumn::Privacy::None}};
        table.rows = {{u"一"_s}};
        for (const mode_t mask : {mode_t(002), mode_t(077), mode_t(022)}) {
            Umask umask(mask);
            const QString pdf = dir.filePath(u"list-%1.pdf"_s.arg(mask));
            QVERIFY(PrintPreview::writePdf({doc}, pdf, nullptr, true));
            QCOMPARE(modeOf(pdf), mode_t(0666 & ~mask));
            const QString xlsx = dir.filePath(u"list-%1.xlsx"_s.arg(mask));
            QString error;
            QVERIFY2(TableExporter::write(table, xlsx, {}, {}, &error), qPrintable(error));
            QCOMPARE(modeOf(xlsx), mode_t(0666 & ~mask));
        }
    }

    // Saving says where the file went and opens it or its folder.
    void aSavedFileCanBeOpened() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"问题建议清单.xlsx"_s);
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
        QPointer<QMessageBox> box = SavedFileNotice::show(nullptr, path);
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(u"问题建议清单.xlsx"_s));
        box->findChild<QPushButton *>(u"openFolder"_s)->click();
        QTRY_VERIFY(!box || !box->isVisible()); // closed (and deleted) by the click
        box = SavedFileNotice::show(nullptr, path);
        box->findChild<QPushButton *>(u"openFile"_s)->click();
        QDesktopServices::unsetUrlHandler(u"file"_s);
        QCOMPARE(catcher.urls,
                 (QList<QUrl>{QUrl::fromLocalFile(dir.path()), QUrl::fromLocalFile(path)}));
    }

    // Unpaid wages are not offered a water-quota appeal because both asked the departments to
    // coordinate; the appeal about wages comes first, with the phrases it shares.
    void similarAppealsShareTellingPhrases() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const QStringList matters{u"办证"_s, u"融资"_s, u"用地"_s, u"用电"_s, u"物流"_s};
        for (int i = 0; i < 40; ++i)
            f.appeal(u"企业反映%1方面困难%2，希望相关部门协调解决"_s.arg(matters.at(i % 5)).arg(i));
        const qint64 water = f.appeal(u"企业反映取水指标不足，希望相关部门协调解决"_s);
        const qint64 wages = f.appeal(u"企业反映施工方拖欠农民工工资三个月"_s);
        const QList<SimilarAppealFinder::Match> matches =
            SimilarAppealFinder(*f.db).find(0, u"工地拖欠农民工工资，希望相关部门协调解决"_s);
        QVERIFY(!matches.isEmpty());
        QCOMPARE(matches.first().id, wages);
        for (const SimilarAppealFinder::Match &m : matches)
            QVERIFY2(m.id != water, qPrintable(m.problem));
        QVERIFY2(matches.first().sharedPhrases.contains(u"拖欠农民工工资"_s),
                 qPrintable(matches.first().sharedPhrases.join(u'|')));
        QVERIFY(SimilarAppealFinder::reason(matches.first()).contains(u"拖欠农民工工资"_s));
    }
};

QTEST_MAIN(TestClerkResults)
#include "tst_clerkresults.moc"
