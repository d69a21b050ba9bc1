// File ▸ 打开 and New database on files that are not a Qinqing database (issue 12: opening
// another program's SQLite file wrote some forty tables into it): refused with a sentence in
// the UI language, the file byte-identical afterwards; an empty file is set up only after the
// clerk says yes, with the profile named; a damaged file opens read-only under a banner; a save
// that waits for a colleague says so.
// Runs the real GuiApplication (offscreen), so it has its own main().
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "tests/support/TestFiles.h"
#include "ui/FirstStartDialog.h"
#include "ui/GuiApplication.h"
#include "ui/MainWindow.h"
#include "ui/UserPrompt.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

class TestOpenFile : public QObject {
    Q_OBJECT

public:
    explicit TestOpenFile(GuiApplication &app)
        : m_app(app) {}

private:
    GuiApplication &m_app;
    QTemporaryDir m_dir;

    QStringList entries() const {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    QString foreignFile() {
        const QString file = m_dir.filePath(u"shop.db"_s);
        if (QFile::exists(file))
            return file;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(file);
            db.open();
            QSqlQuery q(db);
            q.exec(u"CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"_s);
            q.exec(u"INSERT INTO customers (name) VALUES ('王丽')"_s);
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        return file;
    }

    // Opens `path` as File ▸ 打开 does; returns the message the clerk was shown.
    QString refusal(const QString &path) {
        UserPrompt::takeAskedCount();
        UserPrompt::setNextAnswer(QMessageBox::Ok); // the warning is answered, not shown
        const bool opened = m_app.openDatabase(path);
        if (opened || UserPrompt::takeAskedCount() != 1)
            return {};
        return UserPrompt::lastText();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        GuiApplication::installLanguage(u"en"_s);
        QVERIFY(m_dir.isValid());
    }

    void aForeignFileIsRefusedUnchanged() {
        const QString file = foreignFile();
        const QByteArray before = TestFiles::sha256(file);
        const QStringList files = entries();
        const QString text = refusal(file);
        QVERIFY2(text.contains(u"another program's database"_s), qPrintable(text));
        QVERIFY(text.contains(u"shop.db"_s));
        QCOMPARE(TestFiles::sha256(file), before);
        QCOMPARE(entries(), files);
        QVERIFY(!m_app.mainWindow());
    }

    void theRefusalIsInChinese() {
        GuiApplication::installLanguage(u"zh_CN"_s);
        const QString file = foreignFile();
        const QByteArray before = TestFiles::sha256(file);
        const QString text = refusal(file);
        GuiApplication::installLanguage(u"en"_s);
        QVERIFY2(text.contains(u"其他程序"_s), qPrintable(text));
        QCOMPARE(TestFiles::sha256(file), before);
        // A PDF: a sentence, not SQLite's "file is not a database".
        const QString pdf = m_dir.filePath(u"纪要.sqlite"_s);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n%%EOF\n");
        f.close();
        GuiApplication::installLanguage(u"zh_CN"_s);
        const QString pdfText = refusal(pdf);
        GuiApplication::installLanguage(u"en"_s);
        QVERIFY2(pdfText.contains(u"纪要.sqlite"_s), qPrintable(pdfText));
        QVERIFY2(!pdfText.contains(u"file is not a database"_s), qPrintable(pdfText));
        QVERIFY2(!pdfText.contains(u" the "_s), qPrintable(pdfText)); // no English left
        QCOMPARE(TestFiles::sha256(pdf),
                 QCryptographicHash::hash("%PDF-1.4\n%%EOF\n", QCryptographicHash::Sha256).toHex());
    }

    void anEmptyFileIsNotOpened() {
        const QString file = m_dir.filePath(u"empty.sqlite"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString text = refusal(file);
        QVERIFY2(text.contains(u"empty"_s), qPrintable(text));
        QVERIFY2(text.contains(u"New database"_s), qPrintable(text));
        QCOMPARE(QFileInfo(file).size(), 0);
        QVERIFY(!QFileInfo::exists(file + u"-wal"_s));
    }

    // New database on an empty file asks, naming the profile, and sets it up only on yes.
    void newDatabaseOnAnEmptyFileAsksFirst() {
        const QString file = m_dir.filePath(u"blank.sqlite"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        FirstStartDialog dialog(FirstStartDialog::Mode::NewDatabase, file);
        dialog.setProfileCode(u"wushen"_s);
        const QString profileName = dialog.findChild<QComboBox *>()->currentText();
        UserPrompt::takeAskedCount();
        UserPrompt::setNextAnswer(QMessageBox::No);
        dialog.accept();
        QCOMPARE(UserPrompt::takeAskedCount(), 1);
        QVERIFY2(UserPrompt::lastText().contains(profileName), qPrintable(UserPrompt::lastText()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(QFileInfo(file).size(), 0);
        UserPrompt::setNextAnswer(QMessageBox::Yes);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(m_app.openDatabase(dialog.path(), dialog.profileCode(), false, true));
        QVERIFY(m_app.mainWindow());
        QVERIFY(QFileInfo(file).size() > 0);
    }

    // Damaged: open for reading only, with a banner that says so and what to do.
    void aDamagedFileOpensReadOnlyWithABanner() {
        const QString file = m_dir.filePath(u"office.sqlite"_s);
        QList<int> dayPages;
        {
            Database db;
            QVERIFY(db.open(file));
            QVERIFY(DatabaseInitializer(db).initialize(u"tongliao"_s));
            // The calendar's days, not the schema or the settings an open reads: picking pages
            // by their place in the file hit the schema once new steps made it outgrow its
            // first page (its new pages go to the end of the file).
            QSqlQuery q(db.sql());
            QVERIFY(q.exec(u"SELECT pageno FROM dbstat WHERE name = 'calendar_days' "
                           "AND pagetype = 'leaf' ORDER BY pageno"_s));
            while (q.next())
                dayPages << q.value(0).toInt();
        }
        QVERIFY(!dayPages.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
        // Cell counts far beyond the page (pages are numbered from 1).
        for (const int page : std::as_const(dayPages))
            bytes[qsizetype(page - 1) * pageSize + 3] = char(0x7f);
        f.seek(0);
        f.write(bytes);
        f.close();
        const QByteArray before = TestFiles::sha256(file);
        UserPrompt::takeAskedCount();
        UserPrompt::setNextAnswer(QMessageBox::Ok); // a refusal would be answered, not shown
        QVERIFY2(m_app.openDatabase(file), qPrintable(UserPrompt::lastText()));
        QCOMPARE(UserPrompt::takeAskedCount(), 0);
        UserPrompt::setNextAnswer(QMessageBox::NoButton);
        auto *banner = m_app.mainWindow()->findChild<QLabel *>(u"readOnlyBanner"_s);
        QVERIFY(banner);
        QVERIFY(!banner->isHidden());
        QVERIFY2(banner->text().contains(u"damaged"_s), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(u"read-only"_s), qPrintable(banner->text()));
        QCOMPARE(TestFiles::sha256(file), before);
    }

    // A save that waits for another program says so in the status bar (另一位同事正在保存…)
    // with a wait cursor, and both go when it may go on.
    void aWaitingSaveSaysAColleagueIsSaving() {
        const QString file = m_dir.filePath(u"shared.sqlite"_s);
        QVERIFY(m_app.openDatabase(file, u"tongliao"_s, false, true));
        QStringList shown;
        connect(m_app.mainWindow()->statusBar(), &QStatusBar::messageChanged, this,
                [&](const QString &message) { shown << message; });
        std::atomic_bool holding = false;
        std::thread colleague([&] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"colleague"_s);
                db.setDatabaseName(file);
                db.open();
                QSqlQuery q(db);
                q.exec(u"BEGIN IMMEDIATE"_s);
                holding = true;
                QThread::msleep(1500);
                q.exec(u"COMMIT"_s);
            }
            QSqlDatabase::removeDatabase(u"colleague"_s);
        });
        while (!holding)
            QThread::msleep(10);
        Database desk;
        QVERIFY(desk.open(file));
        QVERIFY2(DatabaseInitializer(desk).initialize(u"wushen"_s),
                 qPrintable(DatabaseInitializer(desk).errorString()));
        colleague.join();
        QCOMPARE(shown, (QStringList{u"Another colleague is saving…"_s, QString()}));
        QVERIFY(!QApplication::overrideCursor());
    }
};

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    GuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"qinqing-test"_s);
    QCoreApplication::setApplicationName(u"tst_openfile"_s);
    TestOpenFile test(app);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_openfile.moc"
