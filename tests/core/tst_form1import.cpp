#include "TestPaths.h"
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/attachments/AttachmentRepository.h"
#include "core/import/Form1Importer.h"
#include "core/import/Form1Reader.h"
#include "core/records/AppealRepository.h"
#include "tests/support/CliRun.h"
#include "tests/support/Form1Fixtures.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Filled 附件1 forms returned as Word files (tests/support/Form1Fixtures.h: each seed's
// wording as an enterprise leaves it, as .docx, .doc and .wps), read into every field and
// saved as appeals to screen.
class TestForm1Import : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_file = 0;

    static QByteArray bytes(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString m_form000;
    QString m_form004;
    QString m_notAForm;
    QString m_doc000; // the forms saved as Word 97-2003 by Writer
    QString m_wps004; // what WPS writes by default: a Word 97 file named .wps

    // `args` run by qinqing-cli on this test's database, with `path` as PATH when given.
    CliRun::Result cli(const QStringList &args, const QString &path = {}) {
        return CliRun::run(TestServer::location(m_dir.path(), u"form1-%1.sqlite"_s.arg(m_file)),
                           args,
                           path.isEmpty() ? QHash<QString, QString>{}
                                          : QHash<QString, QString>{{u"PATH"_s, path}});
    }

private slots:
    void initTestCase() {
        const Form1Fixtures::Files files = Form1Fixtures::write(m_dir.path());
        QVERIFY2(files.ok(), "LibreOffice Writer did not convert the forms "
                             "(libreoffice-writer-nogui)");
        m_form000 = files.form000;
        m_form004 = files.form004;
        m_notAForm = files.notAForm;
        m_doc000 = files.doc000;
        m_wps004 = files.wps004;
    }

    void init() {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestServer::location(m_dir.path(), u"form1-%1.sqlite"_s.arg(++m_file))));
        QVERIFY(DatabaseInitializer(*m_db).initialize(u"wushen"_s));
    }

    void cleanup() { m_db.reset(); }

    void eachWordingFillsEveryField() {
        Form1Reader reader;
        QVERIFY2(reader.read(bytes(m_form000)), qPrintable(reader.error()));
        QCOMPARE(reader.wording(), u"报名申请表"_s);
        const QMap<QString, QString> expected000{
            {u"number"_s, u"TL2024-0007"_s},
            {u"submitting_unit"_s, u"通辽市蒙泰新材料有限公司"_s},
            {u"responsible_person"_s, u"王建军"_s},
            {u"phone"_s, u"13947712345"_s},
            {u"submit_date"_s, u"2024年7月5日"_s},
            {u"problem"_s, u"项目用地预审迟迟未批复，\n影响年内开工。"_s},
            {u"suggestions"_s, u"建议明确办理时限。"_s},
            {u"prior_handling"_s, u"曾向自然资源局书面反映。"_s}};
        QCOMPARE(reader.fields(), expected000);

        QVERIFY2(reader.read(bytes(m_form004)), qPrintable(reader.error()));
        QCOMPARE(reader.wording(), u"议题表"_s);
        const QMap<QString, QString> expected004{
            {u"submitting_unit"_s, u"内蒙古乌审旗绿源牧业有限公司"_s},
            {u"responsible_person"_s, u"张丽"_s},
            {u"phone"_s, u"0477-7512368"_s},
            {u"submit_date"_s, u"2024-07-03"_s},
            {u"problem"_s, u"牛场周边道路雨季积水"_s},
            {u"suggestions"_s, u"纳入农村道路维修计划"_s},
            {u"prior_handling"_s, QString()}};
        QCOMPARE(reader.fields(), expected004);
    }

    void docAndWpsFillEveryFieldAsTheDocx() {
        // Converted by LibreOffice, the Word 97 files read as the .docx they were made from.
        const auto read =
            Form1Importer(*m_db).readFiles({m_form000, m_doc000, m_form004, m_wps004});
        QCOMPARE(read.size(), 4);
        for (const auto &file : read)
            QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QCOMPARE(read.at(1).form.wording, u"报名申请表"_s);
        QCOMPARE(read.at(1).form.fields, read.at(0).form.fields);
        QCOMPARE(read.at(3).form.wording, u"议题表"_s);
        QCOMPARE(read.at(3).form.fields, read.at(2).form.fields);
        QCOMPARE(read.at(3).original, bytes(m_wps004));

        // Saved with the files as they came kept as the scans.
        const auto r = Form1Importer(*m_db).importFiles({m_doc000, m_wps004});
        QVERIFY2(r.ok, qPrintable(r.errors.join(u'\n')));
        const auto appeal = AppealRepository(*m_db).findByNumber(u"TL2024-0007"_s);
        QVERIFY(appeal);
        const auto files = AttachmentRepository(*m_db).list(appeal->id);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().fileName, u"报名申请表-蒙泰.doc"_s);
        const auto second = AppealRepository(*m_db).findByNumber(r.forms.at(1).number);
        QVERIFY(second);
        QCOMPARE(AttachmentRepository(*m_db).list(second->id).first().fileName,
                 u"议题表-绿源.wps"_s);
    }

    void wpsWithoutLibreOffice() {
        // The package to install named, with the file; exit code 2, nothing saved.
        QVERIFY(QDir().mkpath(m_dir.filePath(u"empty"_s)));
        const CliRun::Result r =
            cli({u"import"_s, u"form1"_s, m_wps004}, m_dir.filePath(u"empty"_s));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"议题表-绿源.wps: it is a Word 97-2003 document (.doc, or WPS's "
                                  ".wps), which is read through LibreOffice, and LibreOffice is "
                                  "not installed: install the package libreoffice-writer-nogui "
                                  "(sudo apt install libreoffice-writer-nogui), or save the file "
                                  "as .docx in Word or WPS and import that\n"_s),
                 qPrintable(r.err));
        QVERIFY(r.err.endsWith(u"nothing imported\n"_s));
    }

    void cliReadsWps() {
        const CliRun::Result r = cli({u"import"_s, u"form1"_s, m_wps004, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(
                     u"议题表-绿源.wps (议题表)\n  提交单位: 内蒙古乌审旗绿源牧业有限公司\n"_s),
                 qPrintable(r.out + r.err));
    }

    void savedToScreenWithTheirFiles() {
        Form1Importer dry(*m_db);
        dry.setDryRun(true);
        const auto checked = dry.importFiles({m_form000, m_form004});
        QVERIFY2(checked.ok, qPrintable(checked.errors.join(u'\n')));
        QCOMPARE(AppealRepository(*m_db).findByNumber(u"TL2024-0007"_s).has_value(), false);

        const auto r = Form1Importer(*m_db).importFiles({m_form000, m_form004});
        QVERIFY2(r.ok, qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.forms.at(0).number, u"TL2024-0007"_s);
        const auto first = AppealRepository(*m_db).findByNumber(u"TL2024-0007"_s);
        QVERIFY(first);
        QCOMPARE(first->status, Appeal::Status::Pending); // 待甄别
        QCOMPARE(first->submitDate, QDate(2024, 7, 5));
        QCOMPARE(first->channel, u"报名申请表"_s);
        const auto files = AttachmentRepository(*m_db).list(first->id);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().fileName, u"报名申请表-蒙泰.docx"_s);
        const auto second = AppealRepository(*m_db).findByNumber(r.forms.at(1).number);
        QVERIFY(second);
        QCOMPARE(second->submittingUnit, u"内蒙古乌审旗绿源牧业有限公司"_s);
        QCOMPARE(second->channel, u"议题表"_s);
    }

    void notAFormRefusedAndNothingSaved() {
        const auto r = Form1Importer(*m_db).importFiles({m_form000, m_notAForm});
        QVERIFY(!r.ok);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(
            r.errors.first().startsWith(u"会议纪要.docx: the document is not a filled 附件1"_s),
            qPrintable(r.errors.first()));
        QCOMPARE(AppealRepository(*m_db).findByNumber(u"TL2024-0007"_s).has_value(), false);

        const QString bomb = m_dir.filePath(u"x.docx"_s);
        QFile f(bomb);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 not really");
        f.close();
        const auto broken = Form1Importer(*m_db).importFiles({bomb});
        QVERIFY(broken.errors.value(0).startsWith(u"x.docx: the file is not a .docx document"_s));
    }

    void cliDryRunPrintsTheFields() {
        QProcess p;
        p.start(qEnvironmentVariable("QINQING_CLI"),
                {u"--db"_s, TestServer::location(m_dir.path(), u"form1-%1.sqlite"_s.arg(m_file)),
                 u"import"_s, u"form1"_s, m_form004, u"--dry-run"_s});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.startsWith(
                     u"议题表-绿源.docx (议题表)\n  提交单位: 内蒙古乌审旗绿源牧业有限公司\n"_s),
                 qPrintable(out));
        QVERIFY(out.contains(u"  困难问题: 牛场周边道路雨季积水\n"_s));
        QVERIFY(out.endsWith(u"nothing written (--dry-run)\n"_s));
    }
};

QTEST_GUILESS_MAIN(TestForm1Import)
#include "tst_form1import.moc"
