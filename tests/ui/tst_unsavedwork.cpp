#include "core/ProfileRepository.h"
#include "core/records/AppealRepository.h"
#include "core/records/OfficeDetailsRepository.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/FollowUpService.h"
#include "tests/core/WorkflowFixture.h"
#include "tests/ui/TestSettings.h"
#include "ui/AppealDetailDialog.h"
#include "ui/AppealEntryDialog.h"
#include "ui/AppealEntryForm.h"
#include "ui/AppealsPage.h"
#include "ui/MainWindow.h"
#include "ui/SettingsPage.h"
#include "ui/UserPrompt.h"
#include "ui/workflow/AssignmentDetailPanel.h"
#include "ui/workflow/AssignmentsModel.h"
#include "ui/workflow/AssignmentsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
// The panel's button with this (English) text; null when there is none.
QPushButton *button(QWidget *parent, const QString &text) {
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

// A click on the row of `id` in the list, as the clerk selects a record; `answer` (if any) is
// set to answer the question the click asks, and the panel then shows `shown` (default: `id`).
void clickRow(AssignmentsPage &page, qint64 id, qint64 shown = 0,
              const std::function<void()> &answer = {}) {
    QTableView *view = nullptr;
    for (QTableView *v : page.findChildren<QTableView *>())
        if (v->model() == page.model())
            view = v;
    QVERIFY(view);
    const int row = page.model()->rowOfId(id);
    QVERIFY(row >= 0);
    const QModelIndex index =
        page.model()->index(row, view->horizontalHeader()->logicalIndex(0)); // first shown
    view->scrollTo(index);
    // Apart from the last click, or the two would make a double-click.
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    if (answer)
        answer();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(page.detail()->assignmentId(), shown ? shown : id);
}

// Answers the next message box with its `answer` button.
void pressOnNextMessageBox(QMessageBox::StandardButton answer) {
    QTimer::singleShot(0, [answer] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        qobject_cast<QMessageBox *>(QApplication::activeModalWidget())->button(answer)->click();
    });
}

// Answers the next message box with Esc, as a tired clerk leaves it.
void pressEscOnNextMessageBox() {
    QTimer::singleShot(0, [] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Escape);
    });
}
} // namespace

// What the clerk typed stays with the record it was typed for, and nothing typed is thrown
// away without asking: the data faults of issue 12, each reproduced through the widgets.
class TestUnsavedWork : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        useTestSettings(u"tst_unsavedwork"_s);
        QSettings().clear();
    }

    // 申请延期 on WS2026-0001 recorded the reason typed for WS2026-0002: the panel kept its
    // inputs when another assignment was selected.
    void typedTextStaysWithItsAssignment() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const qint64 tax = f.department(u"乌审旗税务局"_s);
        AssignmentService s(*f.db);
        const auto assign = [&](const QString &problem) {
            Assignment draft;
            draft.appealId = f.appeal(problem, {}, false, u"accepted"_s);
            draft.leadDepartmentId = tax;
            draft.assignedOn = QDate::currentDate();
            return s.create(draft);
        };
        const qint64 first = assign(u"退税到账慢"_s);
        const qint64 second = assign(u"用地指标不足"_s);
        QVERIFY(first > 0 && second > 0);

        AssignmentsPage page(*f.db);
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        AssignmentDetailPanel *panel = page.detail();
        auto *reason = panel->findChild<QLineEdit *>(u"extensionReason"_s);
        auto *note = panel->findChild<QPlainTextEdit *>(u"handlingNote"_s);
        auto *report = panel->findChild<QPlainTextEdit *>(u"progressText"_s);
        auto *opinion = panel->findChild<QPlainTextEdit *>(u"evaluationOpinion"_s);
        auto *suggestions = panel->findChild<QLineEdit *>(u"evaluationSuggestions"_s);
        auto *level = panel->findChild<QComboBox *>(u"evaluationLevel"_s);
        QVERIFY(reason && note && report && opinion && suggestions && level);

        clickRow(page, second);
        if (QTest::currentTestFailed())
            return;
        reason->setText(u"第二项：等待国土空间规划调整"_s);
        note->setPlainText(u"第二项的退回理由"_s);
        report->setPlainText(u"第二项的进展"_s);
        opinion->setPlainText(u"第二项的评价意见"_s);
        suggestions->setText(u"第二项的建议"_s);
        level->setCurrentIndex(2);

        // Another row with all that typed: asked first, once the click is released (asked
        // inside the press, the question's event loop took the release and the list then
        // ignored clicks). Esc keeps the item and every text.
        QTableView *list = nullptr;
        for (QTableView *v : page.findChildren<QTableView *>())
            if (v->model() == page.model())
                list = v;
        const QPoint firstRow =
            list->visualRect(page.model()->index(page.model()->rowOfId(first), 0)).center();
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        QTest::mousePress(list->viewport(), Qt::LeftButton, {}, firstRow);
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(page.model()->idAt(list->currentIndex().row()), second);
        pressEscOnNextMessageBox();
        QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, firstRow);
        QCOMPARE(page.detail()->assignmentId(), second);
        QTRY_COMPARE(page.model()->idAt(list->currentIndex().row()), second); // back to it
        QCOMPARE(reason->text(), u"第二项：等待国土空间规划调整"_s);
        QCOMPARE(note->toPlainText(), u"第二项的退回理由"_s);
        QCOMPARE(opinion->toPlainText(), u"第二项的评价意见"_s);

        // 不保存: the first item, and nothing typed for the second goes with it.
        clickRow(page, first, 0, [] { pressOnNextMessageBox(QMessageBox::Discard); });
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(reason->text().isEmpty(), qPrintable(reason->text()));
        QVERIFY2(note->toPlainText().isEmpty(), qPrintable(note->toPlainText()));
        QVERIFY2(report->toPlainText().isEmpty(), qPrintable(report->toPlainText()));
        QVERIFY2(opinion->toPlainText().isEmpty(), qPrintable(opinion->toPlainText()));
        QVERIFY2(suggestions->text().isEmpty(), qPrintable(suggestions->text()));
        QCOMPARE(level->currentIndex(), 0);

        // 申请延期 on the first item now asks for its own reason; the second's is nowhere.
        QPushButton *request = button(panel, u"Request extension"_s);
        QVERIFY(request);
        if (request->isEnabled())
            request->click();
        QCOMPARE(f.value(u"SELECT COUNT(*) FROM extensions"_s).toInt(), 0);

        // The reason typed for the first goes to the first.
        reason->setText(u"第一项：等待上级审批"_s);
        QVERIFY(request->isEnabled());
        request->click();
        QCOMPARE(f.value(u"SELECT assignment_id FROM extensions WHERE reason = ?"_s,
                         {u"第一项：等待上级审批"_s})
                     .toLongLong(),
                 first);
    }

    // Only the buttons that apply to the item's state are enabled: no approving without a
    // pending request, no evaluation before the result, no reassigning what was not returned.
    void onlyApplicableActionsAreEnabled() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const qint64 tax = f.department(u"乌审旗税务局"_s);
        f.department(u"乌审旗市场监督管理局"_s);
        AssignmentService s(*f.db);
        FollowUpService fu(*f.db);
        Assignment draft;
        draft.appealId = f.appeal(u"退税到账慢"_s, {}, false, u"accepted"_s);
        draft.leadDepartmentId = tax;
        draft.assignedOn = QDate::currentDate();
        const qint64 id = s.create(draft);
        QVERIFY(id > 0);
        AssignmentDetailPanel panel(*f.db);
        panel.setAssignment(id);
        const auto enabled = [&panel](const QString &text) {
            QPushButton *b = button(&panel, text);
            if (!b)
                qWarning("no button %s", qPrintable(text));
            return b && b->isEnabled();
        };
        // Assigned.
        QVERIFY(enabled(u"Start handling"_s));
        QVERIFY(enabled(u"Request extension"_s));
        QVERIFY(!enabled(u"Approve pending request"_s));
        QVERIFY(!enabled(u"Refuse pending request"_s));
        QVERIFY(!enabled(u"Hand to this lead department"_s));
        QVERIFY(!enabled(u"Record evaluation"_s));
        QVERIFY(enabled(u"Record result (done)"_s));
        // A pending request: decide it, do not ask again.
        QVERIFY(fu.requestExtension(id, u"等待材料"_s, s.find(id)->dueDate.addDays(5),
                                    QDate::currentDate()) > 0);
        panel.setAssignment(id);
        QVERIFY(!enabled(u"Request extension"_s));
        QVERIFY(enabled(u"Approve pending request"_s));
        QVERIFY(enabled(u"Refuse pending request"_s));
        // Returned: only handing it to another lead (and the sheets) make sense.
        QVERIFY(s.returnToOffice(id, u"非本部门职责"_s));
        panel.setAssignment(id);
        QVERIFY(enabled(u"Hand to this lead department"_s));
        QVERIFY(!enabled(u"Start handling"_s));
        QVERIFY(!enabled(u"Record result (done)"_s));
        // Done: the evaluation, not the handling.
        QVERIFY(s.reassign(
            id, f.value(u"SELECT id FROM departments WHERE id <> ?"_s, {tax}).toLongLong(), {}, {},
            u"改由市场监管局办理"_s));
        QVERIFY(s.complete(id, u"已办结"_s, QDate::currentDate()));
        panel.setAssignment(id);
        QVERIFY(enabled(u"Record evaluation"_s));
        QVERIFY(!enabled(u"Start handling"_s));
        QVERIFY(!enabled(u"Record result (done)"_s));
        QVERIFY(!enabled(u"Request extension"_s));
        QVERIFY(!enabled(u"Approve pending request"_s));
    }

    // With unsaved corrections open, closing the main window asks; 取消 (a click or Esc) keeps
    // the window, the appeal's window and the typed correction.
    void cancellingTheQuestionKeepsTheWindowOpen() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const qint64 id = f.appeal(u"企业用电增容审批慢"_s);
        MainWindow window(*f.db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(u"appeals"_s);
        auto *appeals = window.page<AppealsPage>(u"appeals"_s);
        appeals->openAppeal(id);
        auto *dialog = window.findChild<AppealDetailDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *problem = dialog->findChild<QPlainTextEdit *>(u"problemEdit"_s);
        problem->setPlainText(u"企业用电增容审批流程慢，已等待三个月"_s);
        QVERIFY(dialog->form()->isModified());

        UserPrompt::takeAskedCount();
        UserPrompt::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QCOMPARE(UserPrompt::takeAskedCount(), 1);
        QVERIFY(window.isVisible());
        QVERIFY(dialog->isVisible());
        QCOMPARE(problem->toPlainText(), u"企业用电增容审批流程慢，已等待三个月"_s);

        // Esc on the real question is 取消 too.
        pressEscOnNextMessageBox();
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(dialog->isVisible());

        // Saving lets the window close, with the correction stored.
        UserPrompt::setNextAnswer(QMessageBox::Save);
        QVERIFY(window.close());
        QCOMPARE(AppealRepository(*f.db).find(id)->problem,
                 u"企业用电增容审批流程慢，已等待三个月"_s);
    }

    // The key-in form (a window of its own) is asked too.
    void cancellingKeepsTheKeyInForm() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        MainWindow window(*f.db);
        window.show();
        window.showPage(u"appeals"_s);
        auto *appeals = window.page<AppealsPage>(u"appeals"_s);
        auto *entry = appeals->openEntryDialog();
        auto *problem = entry->findChild<QPlainTextEdit *>(u"problemEdit"_s);
        problem->setPlainText(u"园区道路破损"_s);
        UserPrompt::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(entry->isVisible());
        QCOMPARE(problem->toPlainText(), u"园区道路破损"_s);
        UserPrompt::setNextAnswer(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    // Leaving Settings with unsaved edits asks: 取消 stays, 保存 stores, 不保存 restores.
    void leavingSettingsAsks() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        MainWindow window(*f.db);
        window.show();
        window.showPage(u"settings"_s);
        auto *settings = window.page<SettingsPage>(u"settings"_s);
        auto *issuer = settings->findChild<QLineEdit *>(u"issuerEdit"_s);
        auto *numbering = settings->findChild<QLineEdit *>(u"numberingEdit"_s);
        QVERIFY(issuer && numbering);
        const QString pattern = ProfileRepository(*f.db).active().numberingPattern;
        issuer->setText(u"乌审旗政务服务与数据管理局"_s);

        UserPrompt::takeAskedCount();
        UserPrompt::setNextAnswer(QMessageBox::Cancel);
        window.showPage(u"dashboard"_s);
        QCOMPARE(UserPrompt::takeAskedCount(), 1);
        QCOMPARE(window.currentPageKey(), u"settings"_s);
        QCOMPARE(issuer->text(), u"乌审旗政务服务与数据管理局"_s);

        // Closing the window asks as well.
        UserPrompt::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QCOMPARE(issuer->text(), u"乌审旗政务服务与数据管理局"_s);

        UserPrompt::takeAskedCount();
        UserPrompt::setNextAnswer(QMessageBox::Save);
        window.showPage(u"dashboard"_s);
        QCOMPARE(UserPrompt::takeAskedCount(), 1);
        QCOMPARE(window.currentPageKey(), u"dashboard"_s);
        QCOMPARE(OfficeDetailsRepository(*f.db).load().issuer, u"乌审旗政务服务与数据管理局"_s);

        window.showPage(u"settings"_s);
        numbering->setText(u"WSQ{year}-{seq:4}"_s);
        UserPrompt::setNextAnswer(QMessageBox::Discard);
        window.showPage(u"appeals"_s);
        QCOMPARE(window.currentPageKey(), u"appeals"_s);
        QCOMPARE(ProfileRepository(*f.db).active().numberingPattern, pattern);
        QCOMPARE(numbering->text(), pattern);

        // Nothing changed: no question.
        window.showPage(u"settings"_s);
        UserPrompt::takeAskedCount();
        window.showPage(u"dashboard"_s);
        QCOMPARE(UserPrompt::takeAskedCount(), 0);
    }
};

QTEST_MAIN(TestUnsavedWork)
#include "tst_unsavedwork.moc"
