// The appeal window on a stored appeal: corrections by keyboard with their history, bad input
// refused without losing the stored values, two windows on one file, and the number that stays
// once the appeal is assigned. (Keying in new appeals: tst_appealentry.)

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/records/AppealRepository.h"
#include "core/records/DepartmentRepository.h"
#include "core/workflow/AssignmentService.h"
#include "tests/ui/KeyboardTyping.h"
#include "tests/ui/StoredAppealFixture.h"
#include "ui/AppealDetailDialog.h"
#include "ui/AppealEntryForm.h"
#include "ui/EditConflictDialog.h"
#include "ui/HistoryWidget.h"
#include "ui/UserPrompt.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestAppealEdit : public QObject, private StoredAppealFixture {
    Q_OBJECT

private slots:
    void initTestCase() { openFixture(u"tst_appealedit"_s); }

    // A stored appeal corrected in its detail dialog by keyboard only: Tab walks the paper form,
    // Ctrl+S stores, the history tab shows old and new values.
    void editStoredAppealByKeyboard() {
        const qint64 id = storedAppeal(u"企业用电增荣审批慢"_s);
        const Appeal before = *AppealRepository(m_db).find(id);
        AppealDetailDialog dialog(m_db, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *save = dialog.findChild<QPushButton *>(u"saveButton"_s);
        QVERIFY(!save->isEnabled()); // nothing to save yet
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"unitEdit"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"phoneEdit"_s);
        typeText(QApplication::focusWidget(), u"0475-8991510"_s); // the missing phone
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"problemEdit"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        typeText(QApplication::focusWidget(), u"企业用电增容审批慢"_s); // the typo corrected
        QVERIFY(save->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);

        const Appeal after = *AppealRepository(m_db).find(id);
        QCOMPARE(after.problem, u"企业用电增容审批慢"_s);
        QCOMPARE(after.phone, u"0475-8991510"_s);
        QCOMPARE(after.number, before.number);
        QCOMPARE(after.enterpriseId, m_enterpriseId); // still linked to the registry entry
        QCOMPARE(after.status, before.status);
        QVERIFY(!dialog.form()->isModified());
        QVERIFY(!save->isEnabled());
        const QList<AuditLog::Entry> log = AuditLog(m_db).history(u"appeal"_s, id);
        QCOMPARE(log.last().action, u"updated"_s);
        QCOMPARE(log.last().detail.keys(), (QStringList{u"phone"_s, u"problem"_s}));

        // The history tab, reached by its mnemonic, shows the correction first.
        QTest::keyClick(&dialog, Qt::Key_H, Qt::AltModifier);
        QCOMPARE(dialog.tabs()->currentWidget()->findChild<HistoryWidget *>(), dialog.history());
        auto *tree = dialog.history()->findChild<QTreeWidget *>();
        QCOMPARE(tree->topLevelItemCount(), log.size());
        QCOMPARE(tree->topLevelItem(0)->text(2), u"Changed"_s);
        const QString details = tree->topLevelItem(0)->text(3);
        QVERIFY2(details.contains(u"Problem: 企业用电增荣审批慢 → 企业用电增容审批慢"_s),
                 qPrintable(details));
        QVERIFY2(details.contains(u"Phone: — → 0475-8991510"_s), qPrintable(details));
        // Saved: Escape closes without a question.
        UserPrompt::takeAskedCount();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(UserPrompt::takeAskedCount(), 0);
    }

    // Issue 9: two windows on the same file. A changes the phone and saves; B, opened before,
    // changes only the 备注 and saves. B is told who changed the appeal and what, keeps its
    // typing when it goes back to the form, and saving its changes keeps A's phone instead of
    // putting back the one B's form had loaded; a phone changed at both desks stands out.
    void twoWindowsOnOneFileLoseNothing() {
        const qint64 id = storedAppeal(u"污水管网接入审批慢"_s);
        Database second; // the other window: its own connection to the same file
        QVERIFY(second.open(m_db.path()));
        AppealDetailDialog windowA(m_db, id);
        AppealDetailDialog windowB(second, id);
        windowA.show();
        windowB.show();
        QVERIFY(QTest::qWaitForWindowExposed(&windowB));
        windowA.findChild<QLineEdit *>(u"phoneEdit"_s)->setText(u"13904751234"_s);
        QVERIFY(windowA.saveChanges());
        auto *prior = windowB.findChild<QPlainTextEdit *>(u"priorEdit"_s);
        prior->setPlainText(u"已电话回访企业负责人。"_s);

        auto answer = [](const char *button, QStringList *rows) {
            QTimer::singleShot(0, [button, rows] {
                auto *dialog =
                    qobject_cast<EditConflictDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                auto *table = dialog->findChild<QTableWidget *>(u"table"_s);
                for (int r = 0; r < table->rowCount(); ++r)
                    *rows << table->item(r, 0)->text() + u'|' + table->item(r, 1)->text() + u'|' +
                                 table->item(r, 2)->text();
                dialog->findChild<QPushButton *>(QString::fromLatin1(button))->click();
            });
        };
        QStringList rows;
        answer("backButton", &rows);
        QVERIFY(!windowB.saveChanges());
        // Only what the other desk changed is listed, and B's column says B did not touch it.
        QCOMPARE(rows, QStringList{u"Phone|(not changed)|13904751234"_s});
        QCOMPARE(prior->toPlainText(), u"已电话回访企业负责人。"_s); // the typing stays
        QCOMPARE(AppealRepository(m_db).find(id)->phone, u"13904751234"_s);

        // "Save my changes": B's 备注 onto A's version; A's phone stays (the form still held
        // the phone it had loaded, which B never typed).
        rows.clear();
        answer("overwriteButton", &rows);
        QVERIFY(windowB.saveChanges());
        Appeal stored = *AppealRepository(m_db).find(id);
        QCOMPARE(stored.phone, u"13904751234"_s);
        QCOMPARE(stored.priorHandling, u"已电话回访企业负责人。"_s);
        QCOMPARE(windowB.findChild<QLineEdit *>(u"phoneEdit"_s)->text(), u"13904751234"_s);

        // Both change the phone: a conflict row; reloading shows A's and saves nothing of B's.
        Appeal fromA = *AppealRepository(m_db).find(id);
        fromA.phone = u"13904759999"_s;
        QVERIFY(AppealRepository(m_db).update(fromA));
        windowB.findChild<QLineEdit *>(u"phoneEdit"_s)->setText(u"13904750000"_s);
        rows.clear();
        answer("reloadButton", &rows);
        QVERIFY(!windowB.saveChanges());
        QCOMPARE(rows, QStringList{u"Phone|13904750000|13904759999"_s});
        QCOMPARE(windowB.findChild<QLineEdit *>(u"phoneEdit"_s)->text(), u"13904759999"_s);
        prior->setPlainText(u"已第二次回访。"_s);
        QVERIFY(windowB.saveChanges());
        stored = *AppealRepository(m_db).find(id);
        QCOMPARE(stored.phone, u"13904759999"_s);
        QCOMPARE(stored.priorHandling, u"已第二次回访。"_s);
    }

    void editRefusesBadInputAndAsksBeforeDiscarding() {
        const qint64 id = storedAppeal(u"供水管网老化"_s);
        const Appeal before = *AppealRepository(m_db).find(id);
        AppealDetailDialog dialog(m_db, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *problem = dialog.findChild<QPlainTextEdit *>(u"problemEdit"_s);
        problem->clear(); // a required field emptied
        QVERIFY(!dialog.saveChanges());
        QVERIFY(dialog.findChild<QLabel *>(u"errorLabel"_s)->isVisible());
        QCOMPARE(QApplication::focusWidget(), problem);
        auto *number = dialog.findChild<QLineEdit *>(u"numberEdit"_s);
        number->setText(m_otherNumber); // used by another appeal
        problem->setPlainText(u"供水管网老化严重"_s);
        QVERIFY(!dialog.saveChanges());
        QCOMPARE(QApplication::focusWidget(), number);
        QCOMPARE(AppealRepository(m_db).find(id)->problem, before.problem);

        UserPrompt::takeAskedCount();
        UserPrompt::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(UserPrompt::takeAskedCount(), 1);
        QVERIFY(dialog.isVisible());
        UserPrompt::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        const Appeal after = *AppealRepository(m_db).find(id);
        QCOMPARE(after.problem, before.problem);
        QCOMPARE(after.number, before.number);
        QCOMPARE(AuditLog(m_db).history(u"appeal"_s, id).last().action, u"created"_s);
    }

    // Once assigned, the number is on the sheets the department works from: it stays, while
    // the texts can still be corrected, with a notice and a history entry.
    void assignedAppealKeepsItsNumber() {
        const qint64 id = storedAppeal(u"园区污水处理费偏高"_s);
        Department dept;
        dept.name = u"通辽经开区住建局"_s;
        QVERIFY(DepartmentRepository(m_db).insert(dept));
        Assignment draft;
        draft.appealId = id;
        draft.leadDepartmentId = dept.id;
        draft.assignedOn = QDate::currentDate();
        AssignmentService assignments(m_db);
        QVERIFY2(assignments.create(draft) > 0, qPrintable(assignments.errorString()));
        const QString number = AppealRepository(m_db).find(id)->number;

        AppealDetailDialog dialog(m_db, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.findChild<QLineEdit *>(u"numberEdit"_s)->isReadOnly());
        auto *notice = dialog.findChild<QLabel *>(u"lockLabel"_s);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(dept.name), qPrintable(notice->text()));
        dialog.findChild<QPlainTextEdit *>(u"suggestionsEdit"_s)
            ->setPlainText(u"建议按工业用水标准收费"_s);
        QVERIFY(dialog.saveChanges());
        QCOMPARE(AppealRepository(m_db).find(id)->suggestions, u"建议按工业用水标准收费"_s);

        // The repository refuses a new number whoever asks (CLI, import, another window).
        Appeal renumbered = *AppealRepository(m_db).find(id);
        renumbered.number = u"TL2099-0001"_s;
        AppealRepository repo(m_db);
        QVERIFY(!repo.update(renumbered));
        QVERIFY2(repo.errorString().startsWith(u"Number:"_s), qPrintable(repo.errorString()));
        QCOMPARE(AppealRepository(m_db).find(id)->number, number);
    }
};

QTEST_MAIN(TestAppealEdit)
#include "tst_appealedit.moc"
