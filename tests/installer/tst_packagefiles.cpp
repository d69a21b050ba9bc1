#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The files installer/ puts around the programs, read as the desktop reads them: a file
// manager (Qt's QMimeDatabase is what DDE's and Kylin's file managers use) tells a Qinqing
// database from any other SQLite file, the menu entry opens it, the icons have their sizes.
class TestPackageFiles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString installer = qEnvironmentVariable("QINQING_INSTALLER_DIR");

    static QString readAll(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // An SQLite file as the program writes it: applicationId 0 means "not Qinqing's".
    QString sqliteFile(const QString &name, quint32 applicationId) {
        const QString path = dir.filePath(name);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            if (!db.open())
                return {};
            QSqlQuery q(db);
            if (applicationId)
                q.exec(u"PRAGMA application_id = %1"_s.arg(qint32(applicationId)));
            q.exec(u"CREATE TABLE appeals (id INTEGER PRIMARY KEY, number TEXT)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return path;
    }

    QString mimeOf(const QString &path) { return QMimeDatabase().mimeTypeForFile(path).name(); }

private slots:
    void initTestCase() {
        QVERIFY(!installer.isEmpty());
        // The package's MIME file installed beside the system's, and compiled into one cache
        // as the shared-mime-info trigger does after `apt install` (Qt takes the first match
        // of each cache file it reads, so the two must be in one cache, as on the system).
        const QString mimeDir = dir.filePath(u"share/mime"_s);
        QVERIFY(QDir().mkpath(mimeDir + u"/packages"_s));
        const QDir system(u"/usr/share/mime/packages"_s);
        for (const QString &xml : system.entryList({u"*.xml"_s}, QDir::Files))
            QVERIFY(QFile::copy(system.filePath(xml), mimeDir + u"/packages/"_s + xml));
        QVERIFY(
            QFile::copy(installer + u"/qinqing-mime.xml"_s, mimeDir + u"/packages/qinqing.xml"_s));
        QProcess update;
        update.start(qEnvironmentVariable("QINQING_UPDATE_MIME_DATABASE"), {u"-V"_s, mimeDir});
        QVERIFY(update.waitForFinished(60000));
        const QString errors = QString::fromUtf8(update.readAllStandardError());
        QVERIFY2(update.exitCode() == 0 && !errors.contains(u"rror"_s), qPrintable(errors));
        QVERIFY(QFile::exists(mimeDir + u"/mime.cache"_s));
        qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(u"share"_s)));
        qputenv("XDG_DATA_DIRS", QFile::encodeName(dir.filePath(u"share"_s)));
    }

    void qinqingDatabaseIsRecognised_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("the usual name") << u"qinqing.sqlite"_s;
        QTest::newRow("another ending") << u"2026年台账.db"_s;
        QTest::newRow("no ending") << u"备份"_s;
    }

    void qinqingDatabaseIsRecognised() {
        QFETCH(QString, name);
        // core/SchemaMigrator writes this application_id ("Qinq") into every Qinqing database.
        const QString path = sqliteFile(name, 0x51696E71);
        QVERIFY(!path.isEmpty());
        QCOMPARE(mimeOf(path), u"application/x-qinqing-database"_s);
        const QMimeType type = QMimeDatabase().mimeTypeForName(u"application/x-qinqing-database"_s);
        QVERIFY(type.inherits(u"application/vnd.sqlite3"_s)); // still an SQLite file for others
        QVERIFY(type.comment().contains(u"Qinqing"_s) || type.comment().contains(u"亲清"_s));
    }

    void otherSqliteFilesAreNotClaimed() {
        // A browser's or another program's database keeps its own type and program.
        QCOMPARE(mimeOf(sqliteFile(u"places.sqlite"_s, 0)), u"application/vnd.sqlite3"_s);
        QCOMPARE(mimeOf(sqliteFile(u"other.sqlite"_s, 0x12345678)), u"application/vnd.sqlite3"_s);
        QFile text(dir.filePath(u"notes.sqlite"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("这不是数据库\n");
        text.close();
        QVERIFY(mimeOf(text.fileName()) != u"application/x-qinqing-database"_s);
    }

    void menuEntryOpensTheDatabase() {
        const QString entry = readAll(installer + u"/qinqing.desktop"_s);
        QVERIFY(entry.contains(
            QRegularExpression(u"^Exec=qinqing %[fFuU]$"_s, QRegularExpression::MultilineOption)));
        QVERIFY(entry.contains(QRegularExpression(u"^MimeType=.*application/x-qinqing-database;"_s,
                                                  QRegularExpression::MultilineOption)));
        QVERIFY(entry.contains(u"\nIcon=qinqing\n"_s));
        // No claim on every SQLite file (see qinqing-mime.xml).
        QVERIFY(!entry.contains(u"vnd.sqlite3"_s));
        const QString metainfo = readAll(installer + u"/cn.qinqing.Qinqing.metainfo.xml"_s);
        QVERIFY(metainfo.contains(u"<mediatype>application/x-qinqing-database</mediatype>"_s));
        QVERIFY(
            metainfo.contains(u"<launchable type=\"desktop-id\">qinqing.desktop</launchable>"_s));
    }

    void iconsHaveTheirSizes() {
        // Menus that draw no SVG take the PNG of their size from hicolor.
        const QString base = qEnvironmentVariable("QINQING_ICON_DIR");
        QVERIFY(QFile::exists(base + u"/qinqing.svg"_s));
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            const QString png = u"%1/hicolor/%2x%2/qinqing.png"_s.arg(base).arg(size);
            const QImage image(png);
            QVERIFY2(!image.isNull(), qPrintable(png));
            QCOMPARE(image.size(), QSize(size, size));
        }
    }
};

QTEST_GUILESS_MAIN(TestPackageFiles)
#include "tst_packagefiles.moc"
