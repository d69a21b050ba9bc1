#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// qinqing-cli loads Qt Gui, Widgets and PrintSupport only for the verbs that paint (issue 15):
// they are in qinqing-cli-printing.so, looked for beside the program and where the package
// installs it. A list must start without them; print, report and a .pdf export load them; a
// missing library is named in the message and leaves the other verbs working.
class TestCliPrintingLibrary : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    // `program` with the glibc loader's list of the libraries it searches for (LD_DEBUG=libs,
    // on stderr) when `traceLibraries`.
    // `locale`: LC_ALL and LANG for the run (the clerks' zh_CN.UTF-8), else the suite's.
    Run cli(const QString &program, const QStringList &args, bool traceLibraries = false,
            const QString &locale = {}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (traceLibraries)
            env.insert(u"LD_DEBUG"_s, u"libs"_s);
        if (!locale.isEmpty()) {
            env.insert(u"LC_ALL"_s, locale);
            env.insert(u"LANG"_s, locale);
        }
        p.setProcessEnvironment(env);
        p.start(program, QStringList{u"--db"_s, m_db} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QString builtProgram() { return qEnvironmentVariable("QINQING_CLI"); }

    // A copy of the program in `dir`/bin, and of the library where `libraryDir` (relative to
    // bin) says, unless empty.
    static QString installCopy(const QString &dir, const QString &libraryDir) {
        const QString bin = dir + u"/bin"_s;
        if (!QDir().mkpath(bin) || !QFile::copy(builtProgram(), bin + u"/qinqing-cli"_s))
            return {};
        if (!libraryDir.isEmpty()) {
            const QString lib = QDir::cleanPath(bin + u'/' + libraryDir);
            const QString built =
                QFileInfo(builtProgram()).absolutePath() + u"/qinqing-cli-printing.so"_s;
            if (!QDir().mkpath(lib) || !QFile::copy(built, lib + u"/qinqing-cli-printing.so"_s))
                return {};
        }
        return bin + u"/qinqing-cli"_s;
    }

private slots:
    void initTestCase() {
        QVERIFY(!builtProgram().isEmpty());
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"print.sqlite"_s);
        QCOMPARE(cli(builtProgram(), {u"init"_s, u"--profile"_s, u"wushen"_s}).code, 0);
    }

    void listStartsWithoutQtGui() {
        const Run r = cli(builtProgram(), {u"list"_s, u"departments"_s}, true);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(u"libQt6Core.so"_s), "LD_DEBUG=libs shows no libraries");
        for (const QString &lib : {u"libQt6Gui"_s, u"libQt6Widgets"_s, u"libQt6PrintSupport"_s,
                                   u"qinqing-cli-printing"_s})
            QVERIFY2(!r.err.contains(lib), qPrintable(lib + u" was loaded for a list"_s));
    }

    void printLoadsTheLibrary() {
        const QString pdf = m_dir.filePath(u"form1.pdf"_s);
        const Run r =
            cli(builtProgram(), {u"print"_s, u"form1"_s, u"--blank"_s, u"--out"_s, pdf}, true);
        QVERIFY2(r.code == 0, qPrintable(r.err.right(2000)));
        QVERIFY(r.err.contains(u"qinqing-cli-printing.so"_s));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    // The package's layout: bin/qinqing-cli and lib/…/qinqing/qinqing-cli-printing.so.
    void installedLayoutFindsTheLibrary() {
        const QString program =
            installCopy(m_dir.filePath(u"usr"_s), qEnvironmentVariable("QINQING_CLI_LIBRARY_DIR"));
        QVERIFY(!program.isEmpty());
        const QString pdf = m_dir.filePath(u"installed.pdf"_s);
        const Run r = cli(program, {u"print"_s, u"form1"_s, u"--blank"_s, u"--out"_s, pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QString csvPdf = m_dir.filePath(u"list.pdf"_s);
        const Run e = cli(program, {u"export"_s, u"problem-list"_s, u"--out"_s, csvPdf});
        QVERIFY2(e.code == 0, qPrintable(e.err));
        QVERIFY(QFileInfo(csvPdf).size() > 1000);
    }

    void missingLibraryIsNamedAndListsStillWork() {
        const QString program = installCopy(m_dir.filePath(u"broken"_s), {});
        QVERIFY(!program.isEmpty());
        const QString pdf = m_dir.filePath(u"missing.pdf"_s);
        const Run p = cli(program, {u"print"_s, u"form1"_s, u"--blank"_s, u"--out"_s, pdf});
        QCOMPARE(p.code, 1);
        QVERIFY2(p.err.contains(u"qinqing-cli-printing.so"_s), qPrintable(p.err));
        QVERIFY(!QFileInfo::exists(pdf));
        // In the clerks' language, although the library is looked for before the translations
        // are installed.
        const Run zh = cli(program, {u"print"_s, u"form1"_s, u"--blank"_s, u"--out"_s, pdf}, false,
                           u"zh_CN.UTF-8"_s);
        QCOMPARE(zh.code, 1);
        QVERIFY2(zh.err.contains(u"缺少打印组件 qinqing-cli-printing.so"_s), qPrintable(zh.err));
        const Run e =
            cli(program, {u"export"_s, u"problem-list"_s, u"--out"_s, m_dir.filePath(u"e.pdf"_s)});
        QCOMPARE(e.code, 1);
        QVERIFY2(e.err.contains(u"qinqing-cli-printing.so"_s), qPrintable(e.err));
        const Run l = cli(program, {u"list"_s, u"departments"_s});
        QCOMPARE(l.code, 0);
        QVERIFY(!l.out.isEmpty());
        const Run h = cli(program, {u"--help"_s});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains(u"print"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliPrintingLibrary)
#include "tst_cli_printinglibrary.moc"
