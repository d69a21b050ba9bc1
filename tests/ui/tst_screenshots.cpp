// Renders the main screens over generated demo data. Always checks that they render; with
// QINQING_SCREENSHOT_DIR set it also writes the PNGs used in the README.
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/demo/DemoDataGenerator.h"
#include "tests/ui/TestSettings.h"
#include "ui/AppealEntryDialog.h"
#include "ui/AppealEntryForm.h"
#include "ui/AppealsPage.h"
#include "ui/EnterpriseCompleter.h"
#include "ui/EnterprisesPage.h"
#include "ui/GuiApplication.h"
#include "ui/MainWindow.h"
#include "ui/SimilarAppealsPanel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        useTestSettings(u"tst_screenshots"_s);
        QSettings().clear();
        GuiApplication::applyFonts();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(u"demo.sqlite"_s)));
        QVERIFY(DatabaseInitializer(m_db).initialize(u"tongliao"_s));
        DemoDataGenerator::Options options;
        options.appeals = 600;
        options.today = DemoDataGenerator::fixedReferenceDate();
        QVERIFY(DemoDataGenerator(m_db).generate(options));
    }

    void mainWindowAndEntryForm() {
        MainWindow window(m_db);
        window.resize(1360, 820);
        window.showPage(u"appeals"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        save(window.grab(), u"appeals.png"_s);

        window.showPage(u"enterprises"_s);
        auto *enterprises = window.page<EnterprisesPage>(u"enterprises"_s);
        enterprises->view()->selectRow(0);
        QTest::qWait(50);
        save(window.grab(), u"enterprises.png"_s);

        auto *appeals = window.page<AppealsPage>(u"appeals"_s);
        AppealEntryDialog *dialog = appeals->openEntryDialog();
        dialog->resize(1200, 720);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *unit = dialog->findChild<QLineEdit *>(u"unitEdit"_s);
        const QString name =
            EnterpriseCompleter(m_db, new QLineEdit(dialog)).suggestions(u"有限"_s).value(0);
        QVERIFY(!name.isEmpty());
        unit->setText(name);
        emit unit->editingFinished();
        auto *problem = dialog->findChild<QPlainTextEdit *>(u"problemEdit"_s);
        QSqlQuery q(m_db.sql());
        QVERIFY(q.exec(u"SELECT problem FROM appeals ORDER BY id LIMIT 1"_s) && q.next());
        problem->setPlainText(q.value(0).toString().left(24));
        dialog->findChild<QPlainTextEdit *>(u"suggestionsEdit"_s)
            ->setPlainText(u"建议相关部门协调解决。"_s);
        QTRY_VERIFY(dialog->form()->similarPanel()->matchCount() > 0);
        QTest::qWait(50);
        const QPixmap shot = dialog->grab();
        QVERIFY(!shot.isNull());
        save(shot, u"entry-form.png"_s);
        dialog->form()->discardDraft();
    }

private:
    static void save(const QPixmap &pixmap, const QString &name) {
        QVERIFY(!pixmap.isNull());
        const QString dir = qEnvironmentVariable("QINQING_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(pixmap.save(QDir(dir).filePath(name)));
    }

    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
