#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/attachments/AttachmentRepository.h"
#include "core/records/EnterpriseRepository.h"
#include "core/records/LeaderRepository.h"
#include "core/visits/VisitRepository.h"
#include "tests/ui/TestSettings.h"
#include "ui/AppealDetailDialog.h"
#include "ui/AppealEntryForm.h"
#include "ui/EnterpriseDialog.h"
#include "ui/EnterpriseListModel.h"
#include "ui/HistoryWidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestRegistry : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        useTestSettings(u"tst_registry"_s);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(u"registry.sqlite"_s)));
        QVERIFY(DatabaseInitializer(m_db).initialize(u"qingxin"_s));
    }

    // The Tab order written in EnterpriseDialog.ui: down the form, then the buttons; Alt+letter
    // reaches a field through its label.
    void enterpriseDialogTabOrderFollowsTheForm() {
        EnterpriseDialog dialog(m_db, Enterprise());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"nameEdit"_s);
        QStringList order;
        for (int i = 0; i < 7; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(order,
                 (QStringList{u"usccEdit"_s, u"personEdit"_s, u"phoneEdit"_s, u"industryEdit"_s,
                              u"districtEdit"_s, u"tagsEdit"_s, u"leaderCombo"_s}));
        QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"phoneEdit"_s);
        dialog.reject();
    }

    void enterpriseDialogStoresTagsAndLeader() {
        Leader leader;
        leader.name = u"张县长"_s;
        QVERIFY(LeaderRepository(m_db).insert(leader));
        EnterpriseDialog dialog(m_db, Enterprise());
        dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"清新温泉旅游有限公司"_s);
        dialog.findChild<QLineEdit *>(u"tagsEdit"_s)->setText(u"规上、乡贤, 在谈"_s);
        auto *leaderCombo = dialog.findChild<QComboBox *>();
        leaderCombo->setCurrentIndex(leaderCombo->findData(leader.id));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto stored = EnterpriseRepository(m_db).findByName(u"清新温泉旅游有限公司"_s);
        QVERIFY(stored);
        QCOMPARE(stored->liaisonLeaderId, leader.id);
        QCOMPARE(stored->tags.size(), 3);
        m_enterpriseId = stored->id;

        // A second entry with the same name is refused with the repository's reason.
        EnterpriseDialog again(m_db, Enterprise());
        again.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"清新温泉旅游有限公司"_s);
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Rejected));
    }

    void enterpriseListSearchesTags() {
        EnterpriseListModel model(m_db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        model.setSearch(u"乡贤"_s);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, model.columnIndex(u"tags"_s)).data().toString().contains(u"在谈"_s));
        QCOMPARE(model.index(0, model.columnIndex(u"leader"_s)).data().toString(), u"张县长"_s);
        model.setSearch(u"没有这个"_s);
        QCOMPARE(model.rowCount(), 0);
    }

    void visitsAreLogged() {
        VisitRepository::Visit visit;
        visit.enterpriseId = m_enterpriseId;
        visit.date = QDate(2024, 5, 6);
        visit.people = u"张县长、经信局李科长"_s;
        visit.findings = u"用工紧张"_s;
        VisitRepository repo(m_db);
        QVERIFY2(repo.insert(visit), qPrintable(repo.errorString()));
        const auto visits = repo.forEnterprise(m_enterpriseId);
        QCOMPARE(visits.size(), 1);
        QCOMPARE(visits.first().findings, u"用工紧张"_s);
        HistoryWidget history(m_db);
        history.setRecord(u"enterprise"_s, m_enterpriseId);
        QVERIFY(history.entryCount() >= 2); // created, visited
    }

    void scanIsStoredWithTheAppeal() {
        const QString scan = m_dir.filePath(u"form.png"_s);
        QFile file(scan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes("\x89PNG\r\n\x1a\n-not-really-an-image-", 28);
        file.write(bytes);
        file.close();

        AppealEntryForm form(m_db);
        form.findChild<QLineEdit *>(u"unitEdit"_s)->setText(u"清新温泉旅游有限公司"_s);
        form.findChild<QPlainTextEdit *>(u"problemEdit"_s)->setPlainText(u"停车场用地审批"_s);
        form.addAttachment(scan);
        QVERIFY(form.save());
        AttachmentRepository repo(m_db);
        const auto list = repo.list(form.lastSavedId());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().fileName, u"form.png"_s);
        QCOMPARE(repo.content(list.first().id), bytes);
        const QString exported = repo.exportToTemp(list.first().id);
        QFile out(exported);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), bytes);

        AppealDetailDialog detail(m_db, form.lastSavedId());
        QCOMPARE(detail.tabs()->count(), 3);
        QCOMPARE(detail.findChild<QTreeWidget *>(u"scansList"_s)->topLevelItemCount(), 1);
        QVERIFY(detail.history()->entryCount() >= 2); // created, attached
        form.discardDraft();
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_enterpriseId = 0;
};

QTEST_MAIN(TestRegistry)
#include "tst_registry.moc"
