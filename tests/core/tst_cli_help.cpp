#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The manual of qinqing-cli as its readers meet it: `--help`, `help VERB`, `VERB --help`, and
// the man pages generated at build time; and the version with its commit. The verbs are read
// from the program's own list, so a verb added later is checked without touching this test.
class TestCliHelp : public QObject {
    Q_OBJECT

private:
    QTemporaryDir home;

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(const QString &program, const QStringList &args, const QString &locale = {}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path()); // no settings of the machine's user
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
        if (!locale.isEmpty()) {
            env.insert(u"LC_ALL"_s, locale);
            env.insert(u"LANG"_s, locale);
            env.remove(u"LANGUAGE"_s);
        }
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    Run cli(const QStringList &args, const QString &locale = {}) {
        return run(qEnvironmentVariable("QINQING_CLI"), args, locale);
    }

    // name -> summary, from the "Commands:" block of --help (without `help` itself).
    QList<QPair<QString, QString>> verbs(const QString &locale = {}) {
        const QString help = cli({u"--help"_s}, locale).out;
        QList<QPair<QString, QString>> list;
        const QStringList lines = help.split(u'\n');
        const auto start = lines.indexOf(QRegularExpression(u"^\\S.*[:：]$"_s));
        for (qsizetype i = start + 1; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
            const QString line = lines.at(i).trimmed();
            const QString name = line.section(u' ', 0, 0);
            if (name != "help"_L1)
                list.append({name, line.section(u' ', 1).trimmed()});
        }
        return list;
    }

    static QString readFile(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariable("QINQING_CLI").isEmpty());
        QVERIFY(!qEnvironmentVariable("QINQING_MAN_DIR").isEmpty());
    }

    void everyVerbHasItsManual() {
        const auto list = verbs();
        QVERIFY2(list.size() >= 12, qPrintable(cli({u"--help"_s}).out));
        for (const auto &[name, summary] : list) {
            const Run r = cli({u"help"_s, name});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.startsWith(u"Usage: qinqing-cli [--db PATH] %1"_s.arg(name)),
                     qPrintable(r.out));
            QVERIFY2(r.out.contains(summary), qPrintable(name));
            // Beyond the synopsis and the summary: the verb's description() says what it does.
            const QString manual = r.out.section(summary, 1).trimmed();
            QVERIFY2(
                manual.size() > 100,
                qPrintable(u"%1 has no description(): write one in its CliCommand"_s.arg(name)));
            QCOMPARE(cli({name, u"--help"_s}).out, r.out);
        }
    }

    void helpInChinese() {
        // Under a Chinese locale the manual is Chinese, like the rest of the program.
        const Run r = cli({u"help"_s, u"deadline"_s}, u"zh_CN.UTF-8"_s);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"工作日"_s), qPrintable(r.out));
    }

    void unknownVerb() {
        const Run r = cli({u"help"_s, u"prnit"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"prnit"_s) && r.err.contains(u"print"_s), qPrintable(r.err));
    }

    void manPageListsEveryVerb() {
        const QString dir = qEnvironmentVariable("QINQING_MAN_DIR");
        const QString page = readFile(dir + u"/qinqing-cli.1"_s);
        QVERIFY2(page.startsWith(u".TH \"QINQING-CLI\" 1"_s), qPrintable(page.left(200)));
        // The page installed is the one the program writes now (built from this source).
        QCOMPARE(page, cli({u"help"_s, u"--man"_s}, u"C.UTF-8"_s).out);
        const QString chinese = readFile(dir + u"/zh_CN/qinqing-cli.1"_s);
        for (const auto &[name, summary] : verbs()) {
            QVERIFY2(page.contains(u".SS \"%1\""_s.arg(name)), qPrintable(name));
            QVERIFY2(chinese.contains(u".SS \"%1\""_s.arg(name)), qPrintable(name));
        }
        for (auto [name, summary] : verbs(u"zh_CN.UTF-8"_s)) // hyphens escaped as in roff
            QVERIFY2(chinese.contains(summary.replace(u'-', u"\\-"_s)), qPrintable(summary));
        // Options keep hyphens that can be copied into a terminal.
        QVERIFY(page.contains(u"\\-\\-working\\-days"_s));
        const QString gui = readFile(dir + u"/qinqing.1"_s);
        QVERIFY2(gui.startsWith(u".TH \"QINQING\" 1"_s), qPrintable(gui.left(200)));
        QVERIFY(gui.contains(u"\\-\\-db"_s));
        QVERIFY(gui.contains(u"qinqing\\-cli(1)"_s));
    }

    void versionNamesTheCommit() {
        const QString version = qEnvironmentVariable("QINQING_VERSION");
        const Run cliVersion = cli({u"--version"_s});
        QCOMPARE(cliVersion.code, 0);
        const QRegularExpression shape(
            u"^qinqing(-cli)? %1 \\(([0-9a-f]{10})(-modified)?, "
            "(\\d{4}-\\d{2}-\\d{2})\\)\\n$"_s.arg(QRegularExpression::escape(version)));
        const auto m = shape.match(cliVersion.out);
        QVERIFY2(m.hasMatch(), qPrintable(cliVersion.out));
        const Run guiVersion = run(qEnvironmentVariable("QINQING_GUI"), {u"--version"_s});
        QCOMPARE(guiVersion.code, 0);
        QCOMPARE(guiVersion.out,
                 cliVersion.out.mid(QStringLiteral("qinqing-cli").size()).prepend(u"qinqing"_s));
        // Built from this checkout: the commit is its HEAD.
        const QString source = qEnvironmentVariable("QINQING_SOURCE_DIR");
        if (QDir(source).exists(u".git"_s)) {
            const Run head = run(u"git"_s, {u"-C"_s, source, u"rev-parse"_s, u"HEAD"_s});
            if (head.code == 0)
                QVERIFY2(head.out.startsWith(m.captured(2)),
                         qPrintable(u"%1 is not HEAD %2: build again after committing"_s.arg(
                             m.captured(2), head.out)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
