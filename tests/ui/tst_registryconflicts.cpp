// Two desks on one enterprise, department or leader (issue 9, no lost update): desk B's dialog
// was opened before desk A saved. B's save is refused with who changed the record; B keeps what
// it typed when it goes back (a button or Esc), saving its changes keeps what only A changed,
// and reloading shows A's version. Two connections to one SQLite file, as two GUI instances.

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/records/DepartmentRepository.h"
#include "core/records/EnterpriseRepository.h"
#include "core/records/LeaderRepository.h"
#include "tests/ui/ConflictDialogAnswer.h"
#include "tests/ui/TestSettings.h"
#include "ui/DepartmentsLeadersPage.h"
#include "ui/EnterpriseDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestRegistryConflicts : public QObject {
    Q_OBJECT

    static QLineEdit *edit(QWidget *dialog, const QString &name) {
        return dialog->findChild<QLineEdit *>(name);
    }

    static void select(QTreeWidget *tree, qint64 id) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id)
                tree->setCurrentItem(tree->topLevelItem(i));
        }
    }

    // Runs `step` inside the dialog the page opens next (it is modal).
    static void inDialog(const QString &name, std::function<void(QDialog *)> step) {
        QTimer::singleShot(0, [name, step] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), name);
            step(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
    }

private slots:
    void initTestCase() {
        useTestSettings(u"tst_registryconflicts"_s);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(u"registry.sqlite"_s)));
        QVERIFY(DatabaseInitializer(m_db).initialize(u"qingxin"_s));
        QVERIFY2(m_deskA.open(m_db.path()), qPrintable(m_deskA.errorString()));
    }

    void cleanup() { AuditLog::setCurrentUser(u"clerk"_s); }

    void enterpriseDialog() {
        Enterprise e;
        e.name = u"清新宏达建材有限公司"_s;
        e.phone = u"0763-5801111"_s;
        e.responsiblePerson = u"王强"_s;
        QVERIFY(EnterpriseRepository(m_db).insert(e));
        EnterpriseDialog windowB(m_db, *EnterpriseRepository(m_db).find(e.id));

        AuditLog::setCurrentUser(u"desk-a"_s);
        Enterprise windowA = *EnterpriseRepository(m_deskA).find(e.id);
        windowA.phone = u"13902221111"_s;
        QVERIFY(EnterpriseRepository(m_deskA).update(windowA));

        AuditLog::setCurrentUser(u"desk-b"_s);
        edit(&windowB, u"personEdit"_s)->setText(u"李娜"_s);
        QStringList rows;
        QString message;
        answerConflictDialog(nullptr, &rows, &message); // Esc is Back
        windowB.accept();
        QVERIFY(windowB.isVisible() || windowB.result() != QDialog::Accepted);
        QCOMPARE(rows, QStringList{u"Phone|(not changed)|13902221111"_s});
        QVERIFY2(message.contains(u"desk-a"_s), qPrintable(message));
        QCOMPARE(edit(&windowB, u"personEdit"_s)->text(), u"李娜"_s); // the typing stays
        QCOMPARE(EnterpriseRepository(m_db).find(e.id)->responsiblePerson, u"王强"_s);

        // "Save my changes": B's 负责人 onto A's version; A's phone stays.
        rows.clear();
        answerConflictDialog("overwriteButton", &rows);
        windowB.accept();
        QCOMPARE(windowB.result(), int(QDialog::Accepted));
        Enterprise stored = *EnterpriseRepository(m_db).find(e.id);
        QCOMPARE(stored.phone, u"13902221111"_s);
        QCOMPARE(stored.responsiblePerson, u"李娜"_s);

        // Both change the 负责人: the row stands out; B reloads and sees A's.
        EnterpriseDialog again(m_db, stored);
        windowA = *EnterpriseRepository(m_deskA).find(e.id);
        windowA.responsiblePerson = u"赵六"_s;
        AuditLog::setCurrentUser(u"desk-a"_s);
        QVERIFY(EnterpriseRepository(m_deskA).update(windowA));
        edit(&again, u"personEdit"_s)->setText(u"孙七"_s);
        rows.clear();
        answerConflictDialog("reloadButton", &rows);
        again.accept();
        QCOMPARE(rows, QStringList{u"!Responsible person|孙七|赵六"_s});
        QCOMPARE(edit(&again, u"personEdit"_s)->text(), u"赵六"_s);
        again.accept(); // the stored version saves without asking
        QCOMPARE(again.result(), int(QDialog::Accepted));
    }

    void departmentDialog() {
        Department d;
        d.name = u"清新区住房和城乡建设局"_s;
        d.contact = u"刘洋"_s;
        d.phone = u"0763-5802222"_s;
        QVERIFY(DepartmentRepository(m_db).insert(d));
        DepartmentsLeadersPage page(m_db);
        select(page.departments(), d.id);

        bool ran = false;
        inDialog(u"departmentDialog"_s, [&](QDialog *dialog) {
            // Desk A saves a new phone after B opened the dialog.
            AuditLog::setCurrentUser(u"desk-a"_s);
            Department windowA = *DepartmentRepository(m_deskA).find(d.id);
            windowA.phone = u"0763-5803333"_s;
            QVERIFY(DepartmentRepository(m_deskA).update(windowA));
            AuditLog::setCurrentUser(u"desk-b"_s);
            edit(dialog, u"field2"_s)->setText(u"陈静"_s);
            QStringList rows;
            answerConflictDialog("backButton", &rows);
            dialog->accept();
            QVERIFY(dialog->isVisible());
            QCOMPARE(rows, QStringList{u"Phone|(not changed)|0763-5803333"_s});
            QCOMPARE(edit(dialog, u"field2"_s)->text(), u"陈静"_s);
            QVERIFY(dialog->findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"desk-a"_s));
            answerConflictDialog("overwriteButton", &rows);
            dialog->accept();
            QVERIFY(!dialog->isVisible());
            ran = true;
        });
        page.editDepartment(false);
        QVERIFY(ran);
        const Department stored = *DepartmentRepository(m_db).find(d.id);
        QCOMPARE(stored.phone, u"0763-5803333"_s);
        QCOMPARE(stored.contact, u"陈静"_s);
    }

    void leaderDialog() {
        Leader l;
        l.name = u"黄建华"_s;
        l.title = u"副区长"_s;
        l.domains = {u"工业"_s};
        QVERIFY(LeaderRepository(m_db).insert(l));
        DepartmentsLeadersPage page(m_db);
        select(page.leaders(), l.id);

        bool ran = false;
        inDialog(u"leaderDialog"_s, [&](QDialog *dialog) {
            AuditLog::setCurrentUser(u"desk-a"_s);
            Leader windowA = *LeaderRepository(m_deskA).find(l.id);
            windowA.title = u"常务副区长"_s;
            QVERIFY(LeaderRepository(m_deskA).update(windowA));
            AuditLog::setCurrentUser(u"desk-b"_s);
            edit(dialog, u"field2"_s)->setText(u"工业、能源"_s);
            QStringList rows;
            answerConflictDialog("reloadButton", &rows);
            dialog->accept();
            QVERIFY(dialog->isVisible());
            QCOMPARE(rows, QStringList{u"Leader's title|(not changed)|常务副区长"_s});
            QCOMPARE(edit(dialog, u"field1"_s)->text(), u"常务副区长"_s);
            QCOMPARE(edit(dialog, u"field2"_s)->text(), u"工业"_s);
            ran = true;
        });
        page.editLeader(false);
        QVERIFY(ran);
        QCOMPARE(LeaderRepository(m_db).find(l.id)->domains, QStringList{u"工业"_s});
    }

private:
    QTemporaryDir m_dir;
    Database m_db;    // desk B, the GUI under test
    Database m_deskA; // another GUI instance on the same file
};

QTEST_MAIN(TestRegistryConflicts)
#include "tst_registryconflicts.moc"
