// Damaged files (issue 13): bit-flipped copies of a real database failed `check`, yet `import`
// wrote into them and exited 0. Opening for writing now runs PRAGMA quick_check; a damaged file
// opens read-only, writing verbs refuse it naming the way out, and the file stays as it was.
#include "TestPaths.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDamagedFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_original;

    // A copy of the original with `flips` bits flipped in the headers of B-tree pages (where
    // the disk's damage makes SQLite misread a page rather than one character of a text).
    QString damagedCopy(int n, int flips) {
        const QString path = m_dir.filePath(u"damaged-%1.sqlite"_s.arg(n));
        QFile::remove(path);
        if (!QFile::copy(m_original, path) || !flipBits(path, n, flips))
            return {};
        return path;
    }

    static bool flipBits(const QString &path, int n, int flips) {
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite))
            return false;
        QByteArray bytes = f.readAll();
        const int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
        const int pages = int(bytes.size() / pageSize);
        QRandomGenerator random(quint32(1000 + n));
        for (int i = 0; i < flips; ++i) {
            const qsizetype page = 1 + random.bounded(pages - 1); // never the file header
            const qsizetype at = page * pageSize + random.bounded(8);
            bytes[at] = char(bytes.at(at) ^ (1 << random.bounded(8)));
        }
        f.seek(0);
        return f.write(bytes) == bytes.size();
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariable("QINQING_CLI").isEmpty());
        m_original = m_dir.filePath(u"office.sqlite"_s);
        QCOMPARE(CliRun::run(m_original, {u"init"_s}).exitCode, 0);
        const CliRun::Result demo = CliRun::run(m_original, {u"demo"_s, u"--appeals"_s, u"300"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QCOMPARE(CliRun::run(m_original, {u"check"_s}).exitCode, 0);
    }

    void writingVerbsRefuseDamagedFiles() {
        const QString csv = QStringLiteral(QINQING_TEST_DATA_DIR "/appeals-sample.csv");
        int damaged = 0;
        for (int n = 0; n < 12; ++n) {
            const QString file = damagedCopy(n, 3 + n % 4);
            QVERIFY(!file.isEmpty());
            const QByteArray before = TestFiles::sha256(file);
            const CliRun::Result import = CliRun::run(file, {u"import"_s, u"appeals"_s, csv});
            const CliRun::Result check = CliRun::run(file, {u"check"_s});
            if (check.exitCode == 0) {
                // Not every flip breaks a page header in a way SQLite notices.
                QCOMPARE(import.exitCode, 0);
                continue;
            }
            ++damaged;
            const QString what = file + u": "_s + import.err;
            QVERIFY2(import.exitCode == 1, qPrintable(what));
            QVERIFY2(import.err.contains(u"damaged"_s), qPrintable(what));
            QVERIFY2(import.err.contains(u"backup"_s), qPrintable(what));
            QVERIFY2(import.err.contains(u"qinqing-cli restore"_s), qPrintable(what));
            QVERIFY2(!import.out.contains(u"imported"_s), qPrintable(import.out));
            QCOMPARE(TestFiles::sha256(file), before);
            QVERIFY(!QFileInfo::exists(file + u"-wal"_s));
            // Reading still works as far as the damage allows, with a warning; never a write.
            const CliRun::Result list = CliRun::run(file, {u"list"_s, u"departments"_s});
            QVERIFY2(list.err.contains(u"damaged"_s), qPrintable(list.err));
            QCOMPARE(TestFiles::sha256(file), before);
            const CliRun::Result demo =
                CliRun::run(file, {u"calendar"_s, u"set"_s, u"2026-10-09"_s, u"off"_s});
            QCOMPARE(demo.exitCode, 1);
            QCOMPARE(TestFiles::sha256(file), before);
        }
        QVERIFY2(damaged >= 8, qPrintable(u"only %1 of 12 copies are damaged"_s.arg(damaged)));
    }

    // A file found sound is not read whole again by the next command while it is unchanged
    // (SoundFileCache); once it changes, the next command checks it again and sees the damage.
    void aSoundFileDamagedLaterIsCheckedAgain() {
        int n = 0;
        for (; n < 12; ++n) { // a set of flips SQLite notices (see above)
            const QString probe = damagedCopy(n, 3 + n % 4);
            if (CliRun::run(probe, {u"check"_s}).exitCode != 0)
                break;
        }
        QVERIFY(n < 12);
        const QString file = m_dir.filePath(u"later.sqlite"_s);
        QVERIFY(QFile::copy(m_original, file));
        CliRun::Result list = CliRun::run(file, {u"list"_s, u"departments"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(!list.err.contains(u"damaged"_s), qPrintable(list.err));
        QVERIFY(flipBits(file, n, 3 + n % 4));
        list = CliRun::run(file, {u"list"_s, u"departments"_s});
        QVERIFY2(list.err.contains(u"damaged"_s), qPrintable(list.err));
    }
};

QTEST_GUILESS_MAIN(TestDamagedFile)
#include "tst_damagedfile.moc"
