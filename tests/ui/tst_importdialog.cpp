// 申请 ▸ 导入… as a clerk uses it: a ledger workbook with a title row and two sheets, then the
// 12345 hotline's export whose renamed column the clerk maps once, for next month's file.
#include "TestPaths.h"
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/records/AppealRepository.h"
#include "core/records/DepartmentRepository.h"
#include "tests/support/Soffice.h"
#include "ui/AppealImportDialog.h"
#include "ui/AppealListModel.h"
#include "ui/AppealsPage.h"

#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_file = 0;

    QString fixture(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"/usr/bin/python3"_s,
                {QStringLiteral(QINQING_SOURCE_DIR "/tests/support/xlsx-fixtures.py"),
                 QStringLiteral(QINQING_TEST_DATA_DIR "/appeals-sample.csv"), m_dir.path()});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
    }

    void init() {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(u"dialog-%1.sqlite"_s.arg(++m_file))));
        QVERIFY(DatabaseInitializer(*m_db).initialize(u"wushen"_s));
    }

    void cleanup() { m_db.reset(); }

    void ledgerWorkbook() {
        AppealsPage page(*m_db);
        AppealImportDialog *dialog = page.openImportDialog();
        QVERIFY(dialog);
        dialog->setFile(fixture(u"ledger.xlsx"_s));
        QCOMPARE(dialog->sheets(), (QStringList{u"汇总"_s, u"第二批"_s}));
        QCOMPARE(dialog->columnField(u"联系电话"_s), u"phone"_s);
        QCOMPARE(dialog->columnField(u"提交单位"_s), u"submitting_unit"_s);

        const auto check = dialog->run(true);
        QVERIFY2(check.ok, qPrintable(dialog->report()));
        QVERIFY(dialog->report().startsWith(u"10 appeals can be imported; nothing saved yet."_s));
        QCOMPARE(AppealRepository(*m_db).findByNumber(u"WS2024-0001"_s).has_value(), false);

        QSignalSpy imported(dialog, &AppealImportDialog::imported);
        QVERIFY(dialog->run(false).ok);
        QCOMPARE(imported.count(), 1);
        QVERIFY2(dialog->report().startsWith(u"10 appeals imported."_s),
                 qPrintable(dialog->report()));
        QCOMPARE(page.model()->rowCount(), 10); // the list shows them at once
        QVERIFY(!dialog->findChild<QPushButton *>(u"importButton"_s)->isEnabled());

        dialog->setSheet(u"第二批"_s);
        QVERIFY(dialog->findChild<QPushButton *>(u"importButton"_s)->isEnabled());
        QVERIFY(dialog->run(false).ok);
        QCOMPARE(page.model()->rowCount(), 11);
    }

    void xlsConvertedOnce() {
        // An Excel 97-2003 ledger: converted by LibreOffice when chosen, then read as the
        // .xlsx (both sheets, the columns); a damaged one is refused with the file named.
        const QString xls = Soffice::convert(QStandardPaths::findExecutable(u"soffice"_s),
                                             fixture(u"ledger.xlsx"_s), u"xls:MS Excel 97"_s,
                                             m_dir.filePath(u"xls"_s));
        QVERIFY2(!xls.isEmpty(), "LibreOffice Calc did not write the .xls");
        AppealsPage page(*m_db);
        AppealImportDialog *dialog = page.openImportDialog();
        dialog->setFile(xls);
        QCOMPARE(dialog->sheets(), (QStringList{u"汇总"_s, u"第二批"_s}));
        QCOMPARE(dialog->columnField(u"联系电话"_s), u"phone"_s);
        QVERIFY2(dialog->run(false).ok, qPrintable(dialog->report()));
        QCOMPARE(page.model()->rowCount(), 10);

        dialog->setFile(fixture(u"old.xls"_s));
        QCOMPARE(dialog->report(),
                 u"old.xls: LibreOffice could not read it as an Excel 97-2003 workbook (.xls): "
                 "the file is damaged, or it is another kind of file"_s);
        QVERIFY(!dialog->findChild<QPushButton *>(u"checkButton"_s)->isEnabled());
    }

    void badRowsAreListed() {
        AppealImportDialog dialog(*m_db);
        dialog.setFile(fixture(u"bad-row.xlsx"_s));
        QVERIFY(!dialog.run(false).ok);
        QVERIFY2(dialog.report().contains(u"row 4: 提交日期: \"下周\" is not a date"_s),
                 qPrintable(dialog.report()));
        QVERIFY(dialog.report().startsWith(u"Nothing imported: 1 row has errors."_s));
    }

    void hotlineMappingRemembered() {
        {
            AppealImportDialog dialog(*m_db);
            dialog.setFile(fixture(u"12345-2024-08.xlsx"_s));
            dialog.setMappingName(u"12345"_s);
            QCOMPARE(dialog.columnField(u"工单编号"_s), u"work_order"_s);
            QCOMPARE(dialog.columnField(u"诉求内容"_s), u"problem"_s);
            QCOMPARE(dialog.columnField(u"处理部门"_s), QString()); // renamed by the platform
            dialog.setColumnField(u"处理部门"_s, u"collecting_department"_s);
            QVERIFY2(dialog.run(false).ok, qPrintable(dialog.report()));
            QVERIFY(dialog.report().contains(u"Columns not imported: 工单状态"_s));
        }
        const auto august = AppealRepository(*m_db).findByNumber(u"WS2024-0001"_s);
        QVERIFY(august);
        QCOMPARE(august->channel, u"12345热线"_s);
        QCOMPARE(DepartmentRepository(*m_db).find(august->collectingDepartmentId)->name,
                 u"乌审旗教育体育局"_s);

        // Next month: the mapping comes back as corrected, and last month's order is skipped.
        AppealImportDialog dialog(*m_db);
        dialog.setFile(fixture(u"12345-2024-09.xlsx"_s));
        dialog.setMappingName(u"12345"_s);
        QCOMPARE(dialog.columnField(u"处理部门"_s), u"collecting_department"_s);
        QVERIFY(dialog.run(false).ok);
        dialog.setFile(fixture(u"12345-2024-08.xlsx"_s));
        const auto again = dialog.run(false);
        QVERIFY(again.ok);
        QCOMPARE(again.imported, 0);
        QVERIFY2(dialog.report().contains(u"row 2: 工单编号: GD202408010001 was imported before "
                                          "as WS2024-0001: skipped"_s),
                 qPrintable(dialog.report()));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
