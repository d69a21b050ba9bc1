#include "core/Database.h"
#include "core/backup/JournalPolicy.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// How the office's file is written (issue 13): every commit reaches the disk
// (synchronous=FULL), and a file on a network share uses the rollback journal instead of WAL,
// which needs memory shared between the programs and corrupts silently across machines.
class TestJournalPolicy : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString pragma(const Database &db, const QString &name) {
        QSqlQuery q(db.sql());
        return q.exec(u"PRAGMA "_s + name) && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void decidesByMountType_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<bool>("network");
        QTest::newRow("ext4") << u"ext4"_s << u"auto"_s << false;
        QTest::newRow("xfs") << u"xfs"_s << QString() << false;
        QTest::newRow("tmpfs") << u"tmpfs"_s << u"auto"_s << false;
        QTest::newRow("nfs") << u"nfs"_s << u"auto"_s << true;
        QTest::newRow("nfs4") << u"nfs4"_s << u"auto"_s << true;
        QTest::newRow("cifs") << u"cifs"_s << u"auto"_s << true;
        QTest::newRow("smb3") << u"smb3"_s << u"auto"_s << true;
        QTest::newRow("smb2") << u"smb2"_s << QString() << true;
        QTest::newRow("sshfs") << u"fuse.sshfs"_s << u"auto"_s << true;
        QTest::newRow("glusterfs") << u"fuse.glusterfs"_s << u"auto"_s << true;
        QTest::newRow("9p") << u"9p"_s << u"auto"_s << true;
        QTest::newRow("ntfs-3g is local") << u"fuse.ntfs-3g"_s << u"auto"_s << false;
        QTest::newRow("office says network") << u"ext4"_s << u"yes"_s << true;
        QTest::newRow("office says local") << u"nfs4"_s << u"no"_s << false;
        QTest::newRow("unknown") << QString() << u"auto"_s << false;
    }

    void decidesByMountType() {
        QFETCH(QString, type);
        QFETCH(QString, setting);
        QFETCH(bool, network);
        QCOMPARE(JournalPolicy::decide(type, setting) == JournalPolicy::Folder::Network, network);
    }

    void knowsTheMountOfAFolder() {
        // Whatever the test folder is on, it has a type; /proc is procfs.
        QVERIFY(!JournalPolicy::fileSystemTypeOf(m_dir.path()).isEmpty());
        QCOMPARE(JournalPolicy::fileSystemTypeOf(u"/proc/self"_s), u"proc"_s);
        QVERIFY(
            !JournalPolicy::fileSystemTypeOf(m_dir.filePath(u"not/yet/there.sqlite"_s)).isEmpty());
    }

    void localFileUsesWalAndFullSync() {
        qunsetenv("QINQING_NETWORK_FOLDER");
        Database db;
        QVERIFY2(db.open(m_dir.filePath(u"local.sqlite"_s)), qPrintable(db.errorString()));
        QCOMPARE(pragma(db, u"journal_mode"_s), u"wal"_s);
        QCOMPARE(pragma(db, u"synchronous"_s), u"2"_s); // FULL
    }

    void networkFileUsesRollbackJournal() {
        qputenv("QINQING_NETWORK_FOLDER", "yes");
        {
            Database db;
            QVERIFY2(db.open(m_dir.filePath(u"shared.sqlite"_s)), qPrintable(db.errorString()));
            QCOMPARE(pragma(db, u"journal_mode"_s), u"delete"_s);
            QCOMPARE(pragma(db, u"synchronous"_s), u"2"_s);
        }
        // A file that was in WAL mode on a local disk, later moved to the share.
        {
            Database db;
            QVERIFY(db.open(m_dir.filePath(u"local.sqlite"_s)));
            QCOMPARE(pragma(db, u"journal_mode"_s), u"delete"_s);
        }
        qunsetenv("QINQING_NETWORK_FOLDER");
        QVERIFY(JournalPolicy::networkNote().contains(u"server mode"_s));
    }
};

QTEST_GUILESS_MAIN(TestJournalPolicy)
#include "tst_journalpolicy.moc"
