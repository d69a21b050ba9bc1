// What the Chinese UI said to a clerk that was no sentence (issue 12's friction list): a raw
// status code in an error (`assigned`), the extension rule read as “最多 最多…次）次”, 必填
// messages naming 提交单位/问题 beside a form that says 提交企业/困难问题 and staying red after
// the field was filled, “已延期 1 次” while the request still waited, department names on the
// 按期办结率 chart shown as “…”.
#include "core/Clock.h"
#include "core/StatusLabels.h"
#include "core/dashboard/DepartmentScore.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/FollowUpService.h"
#include "tests/core/WorkflowFixture.h"
#include "tests/ui/KeyboardTyping.h"
#include "tests/ui/TestSettings.h"
#include "translations/Translations.h"
#include "ui/AppealEntryForm.h"
#include "ui/DashboardCharts.h"
#include "ui/DashboardPage.h"
#include "ui/GuiApplication.h"
#include "ui/workflow/AssignmentDetailPanel.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Switches the program's language for one test and back to English after it.
struct Language {
    explicit Language(const QString &language) { GuiApplication::installLanguage(language); }
    ~Language() { GuiApplication::installLanguage(u"en"_s); }
};

// A lowercase code word (assigned, in_progress): never part of a Chinese sentence.
bool hasCodeWord(const QString &text) {
    static const QRegularExpression code(u"\\b[a-z]+(_[a-z]+)*\\b"_s);
    return code.match(text).hasMatch();
}

qint64 assignment(WorkflowFixture &f, const QString &problem) {
    Assignment draft;
    draft.appealId = f.appeal(problem, {}, false, u"accepted"_s);
    draft.leadDepartmentId = f.department(u"乌审旗税务局"_s);
    draft.assignedOn = QDate::currentDate();
    return AssignmentService(*f.db).create(draft);
}
} // namespace

class TestClerkWording : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        useTestSettings(u"tst_clerkwording"_s);
        QSettings().clear();
    }

    // 乌审旗's form says 提交企业 and 困难问题: the messages say so too, and each goes once its
    // field is filled.
    void requiredMessagesNameTheFormsFields() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        AppealEntryForm form(*f.db);
        form.resize(1200, 720);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *errors = form.findChild<QLabel *>(u"errorLabel"_s);
        auto *unit = form.findChild<QLineEdit *>(u"unitEdit"_s);
        auto *problem = form.findChild<QPlainTextEdit *>(u"problemEdit"_s);
        QVERIFY(errors && unit && problem);

        QVERIFY(!form.save());
        QVERIFY(errors->isVisible());
        const QString shown = errors->text();
        QVERIFY2(shown.contains(u"提交企业"_s) && shown.contains(u"困难问题"_s), qPrintable(shown));
        QVERIFY2(!shown.contains(u"提交单位"_s) && !shown.contains(u"Submitting unit"_s),
                 qPrintable(shown));

        typeText(unit, u"乌审旗宏达能源有限公司"_s);
        QVERIFY2(!errors->text().contains(u"提交企业"_s), qPrintable(errors->text()));
        QVERIFY2(errors->text().contains(u"困难问题"_s), qPrintable(errors->text()));
        typeText(problem, u"天然气管网接入审批慢"_s);
        QVERIFY2(!errors->isVisible(), qPrintable(errors->text()));
        form.discardDraft();
    }

    // The extension rule with a cap and its regulation's words: one “最多”, no “）次”, and a
    // refusal over the cap reads as a sentence.
    void extensionRuleReadsAsOneSentence() {
        Language chinese(u"zh_CN"_s);
        QCOMPARE(Translations::installed(), u"zh_CN"_s);
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const qint64 id = assignment(f, u"退税到账慢"_s);
        QVERIFY(id > 0);
        AssignmentDetailPanel panel(*f.db);
        panel.setAssignment(id);
        auto *cap = panel.findChild<QLabel *>(u"capLabel"_s);
        QVERIFY(cap);
        const QString text = cap->text();
        QVERIFY2(text.count(u"最多"_s) == 1, qPrintable(text));
        QVERIFY2(!text.contains(u"）次"_s) && !text.contains(u"次）次"_s), qPrintable(text));

        // Two approved, the third is refused with the rule, worded once.
        FollowUpService fu(*f.db);
        AssignmentService s(*f.db);
        for (int i = 0; i < 2; ++i) {
            const qint64 ext = fu.requestExtension(
                id, u"等待上级批复"_s, s.find(id)->dueDate.addDays(10), QDate::currentDate());
            QVERIFY2(ext > 0, qPrintable(fu.errorString()));
            QVERIFY(fu.approveExtension(ext, QDate::currentDate()));
        }
        QCOMPARE(fu.requestExtension(id, u"仍在等待"_s, s.find(id)->dueDate.addDays(10),
                                     QDate::currentDate()),
                 0);
        const QString refusal = fu.errorString();
        QVERIFY2(refusal.count(u"最多"_s) == 1 && !refusal.contains(u"）次"_s),
                 qPrintable(refusal));
        QVERIFY2(!hasCodeWord(refusal), qPrintable(refusal));
    }

    // “已延期 1 次” counted a request nobody had decided yet.
    void aPendingRequestIsNotAnExtension() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const qint64 id = assignment(f, u"退税到账慢"_s);
        FollowUpService fu(*f.db);
        const qint64 ext = fu.requestExtension(
            id, u"等待材料"_s, AssignmentService(*f.db).find(id)->dueDate.addDays(5),
            QDate::currentDate());
        QVERIFY(ext > 0);
        AssignmentDetailPanel panel(*f.db);
        panel.setAssignment(id);
        auto *cap = panel.findChild<QLabel *>(u"capLabel"_s);
        QVERIFY2(cap->text().startsWith(u"Extensions approved: 0;"_s), qPrintable(cap->text()));
        QVERIFY2(cap->text().contains(u"waiting for a decision"_s), qPrintable(cap->text()));
        QVERIFY(fu.approveExtension(ext, QDate::currentDate()));
        panel.setAssignment(id);
        QVERIFY2(cap->text().startsWith(u"Extensions approved: 1;"_s), qPrintable(cap->text()));
        QVERIFY2(!cap->text().contains(u"waiting"_s), qPrintable(cap->text()));
    }

    // A step refused from the item's state names the state in words, not `assigned`.
    void refusedStepsNameTheStateInWords() {
        Language chinese(u"zh_CN"_s);
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const qint64 id = assignment(f, u"退税到账慢"_s);
        AssignmentService s(*f.db);
        FollowUpService fu(*f.db);
        Evaluation e;
        e.level = Evaluation::Level::Satisfied;
        QCOMPARE(fu.evaluate(id, e), 0); // not done yet
        QVERIFY2(!hasCodeWord(fu.errorString()), qPrintable(fu.errorString()));
        QVERIFY2(fu.errorString().contains(StatusLabels::assignment(u"assigned"_s)),
                 qPrintable(fu.errorString()));
        QVERIFY(s.complete(id, u"已办结"_s, QDate::currentDate()));
        QVERIFY(!s.returnToOffice(id, u"非本部门职责"_s)); // not from done
        QVERIFY2(!hasCodeWord(s.errorString()), qPrintable(s.errorString()));
        QVERIFY(fu.requestExtension(id, u"晚了"_s, QDate::currentDate().addDays(30),
                                    QDate::currentDate()) == 0);
        QVERIFY2(!hasCodeWord(fu.errorString()), qPrintable(fu.errorString()));
    }

    // The 按期办结率 chart: the 简称 where recorded, else the names without the place they
    // all start with; never the same label twice.
    void chartLabelsAreShortNames() {
        const auto score = [](const QString &name, const QString &shortName = {}) {
            DepartmentScore s;
            s.department = name;
            s.shortName = shortName;
            return s;
        };
        QCOMPARE(DashboardCharts::departmentLabels({score(u"乌审旗自然资源局"_s),
                                                    score(u"乌审旗市场监督管理局"_s),
                                                    score(u"乌审旗税务局"_s, u"税务"_s)}),
                 (QStringList{u"自然资源局"_s, u"市场监督管理局"_s, u"税务"_s}));
        // 市场监管局 and 市场服务中心 share 市场, which is no place.
        QCOMPARE(
            DashboardCharts::departmentLabels({score(u"市场监管局"_s), score(u"市场服务中心"_s)}),
            (QStringList{u"市场监管局"_s, u"市场服务中心"_s}));
        QCOMPARE(DashboardCharts::departmentLabels(
                     {score(u"甲局"_s, u"同名"_s), score(u"乙局"_s, u"同名"_s)}),
                 (QStringList{u"甲局"_s, u"乙局"_s}));
    }

    // The chart as the clerk sees it, in Chinese at 1366 × 768, over the demo's departments:
    // every label beside a bar is short enough to be drawn whole (QINQING_SCREENSHOT_DIR
    // keeps the picture).
    void onTimeChartLabelsFit() {
        Language chinese(u"zh_CN"_s);
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        DemoDataGenerator::Options options;
        options.appeals = 300;
        options.today = DemoDataGenerator::fixedReferenceDate();
        Clock::Fixed today(options.today);
        QVERIFY(DemoDataGenerator(*f.db).generate(options));
        DashboardPage page(*f.db);
        page.resize(1366, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.refresh();
        auto *tabs = page.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QChartView *rate = nullptr;
        for (int i = 0; i < tabs->count(); ++i) {
            const QList<QChartView *> views = tabs->widget(i)->findChildren<QChartView *>();
            if (!views.isEmpty())
                tabs->setCurrentIndex(i);
        }
        for (QChartView *v : page.findChildren<QChartView *>())
            if (v->chart() && qobject_cast<QHorizontalBarSeries *>(v->chart()->series().value(0)))
                rate = v;
        QVERIFY(rate);
        QTest::qWait(50);
        if (const QString dir = qEnvironmentVariable("QINQING_SCREENSHOT_DIR"); !dir.isEmpty())
            page.grab().save(QDir(dir).filePath(u"dashboard-charts.png"_s));
        auto *axis = qobject_cast<QBarCategoryAxis *>(rate->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis && axis->count() > 0);
        QVERIFY(!axis->labelsTruncated());
        // Each bar has room for its name (Qt Charts drops a label that would touch the next).
        const QFontMetrics metrics(axis->labelsFont());
        QVERIFY2(
            rate->chart()->plotArea().height() / axis->count() >= metrics.height(),
            qPrintable(
                u"%1 bars in %2 px"_s.arg(axis->count()).arg(rate->chart()->plotArea().height())));
        // Short labels, so that the bars keep most of the width.
        for (const QString &label : axis->categories())
            QVERIFY2(metrics.horizontalAdvance(label) < rate->width() / 4, qPrintable(label));
    }
};

QTEST_MAIN(TestClerkWording)
#include "tst_clerkwording.moc"
