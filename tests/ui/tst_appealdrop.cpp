// Files dropped on the appeals page as a clerk drops them from the file manager: filled 附件1
// Word forms (.docx, .doc, .wps) open one after another as filled key-in forms, a file that is
// no 附件1 is named with what was expected, a list opens 导入… with it.
#include "TestPaths.h"
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/attachments/AttachmentRepository.h"
#include "core/records/AppealRepository.h"
#include "tests/support/Form1Fixtures.h"
#include "tests/ui/TestSettings.h"
#include "ui/AppealEntryDialog.h"
#include "ui/AppealEntryForm.h"
#include "ui/AppealImportDialog.h"
#include "ui/AppealsPage.h"
#include "ui/UserPrompt.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestAppealDrop : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Form1Fixtures::Files m_forms;
    std::unique_ptr<Database> m_db;
    int m_file = 0;

    // Drags `paths` onto the page and drops them there, as the file manager does; true when
    // the page took them.
    static bool drop(QWidget *page, const QStringList &paths) {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls << QUrl::fromLocalFile(p);
        mime.setUrls(urls);
        const QPoint at = page->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.ignore();
        QCoreApplication::sendEvent(page, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        dropEvent.ignore();
        QCoreApplication::sendEvent(page, &dropEvent);
        return dropEvent.isAccepted();
    }

    template <typename T> static QString text(QWidget *w, const QString &name) {
        if constexpr (std::is_same_v<T, QPlainTextEdit>)
            return w->findChild<QPlainTextEdit *>(name)->toPlainText();
        else if constexpr (std::is_same_v<T, QComboBox>)
            return w->findChild<QComboBox *>(name)->currentText();
        else if constexpr (std::is_same_v<T, QDateEdit>)
            return w->findChild<QDateEdit *>(name)->date().toString(Qt::ISODate);
        else
            return w->findChild<T *>(name)->text();
    }

private slots:
    void initTestCase() {
        useTestSettings(u"tst_appealdrop"_s);
        m_forms = Form1Fixtures::write(m_dir.path());
        QVERIFY2(m_forms.ok(), "LibreOffice Writer did not convert the forms "
                               "(libreoffice-writer-nogui)");
    }

    void init() {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(u"drop-%1.sqlite"_s.arg(++m_file))));
        QVERIFY(DatabaseInitializer(*m_db).initialize(u"wushen"_s));
        AppealEntryForm(*m_db).discardDraft();
    }

    void cleanup() { m_db.reset(); }

    void wordFormsOpenFilledOneAfterAnother() {
        AppealsPage page(*m_db);
        UserPrompt::takeAskedCount();
        UserPrompt::setNextAnswer(QMessageBox::Ok); // the warning about the minutes
        const QString pdf = m_dir.filePath(u"扫描件.pdf"_s);
        QVERIFY(drop(&page, {m_forms.doc000, m_forms.notAForm, m_forms.wps004, pdf}));
        QTRY_VERIFY(page.entryDialog() && page.entryDialog()->isVisible());

        // Every file that did not open named, with what was expected.
        QCOMPARE(UserPrompt::takeAskedCount(), 1);
        QCOMPARE(UserPrompt::lastText(),
                 u"扫描件.pdf: neither a filled 附件1 form (.docx, .doc, .wps) nor a list of "
                 "appeals to import (.xlsx, .xls, .csv)\n"
                 "会议纪要.docx: the document is not a filled 附件1: no table with the form's "
                 "rows (提交单位 or 提交企业, 企业负责人 or 负责人, 联系电话, 提交日期, 困难问题, "
                 "意见建议, 备注) was found"_s);
        // The .doc (seed 000's wording) fills every field, the file waits as the scan.
        AppealEntryDialog *dialog = page.entryDialog();
        QCOMPARE(text<QLineEdit>(dialog, u"numberEdit"_s), u"TL2024-0007"_s);
        QCOMPARE(text<QLineEdit>(dialog, u"unitEdit"_s), u"通辽市蒙泰新材料有限公司"_s);
        QCOMPARE(text<QLineEdit>(dialog, u"personEdit"_s), u"王建军"_s);
        QCOMPARE(text<QLineEdit>(dialog, u"phoneEdit"_s), u"13947712345"_s);
        QCOMPARE(text<QDateEdit>(dialog, u"dateEdit"_s), u"2024-07-05"_s);
        QCOMPARE(text<QPlainTextEdit>(dialog, u"problemEdit"_s),
                 u"项目用地预审迟迟未批复，\n影响年内开工。"_s);
        QCOMPARE(text<QPlainTextEdit>(dialog, u"suggestionsEdit"_s), u"建议明确办理时限。"_s);
        QCOMPARE(text<QPlainTextEdit>(dialog, u"priorEdit"_s), u"曾向自然资源局书面反映。"_s);
        QCOMPARE(text<QComboBox>(dialog, u"channelCombo"_s), u"报名申请表"_s);
        QCOMPARE(dialog->form()->pendingAttachments(), QStringList{m_forms.doc000});
        QCOMPARE(dialog->waitingForms(), 1);
        QVERIFY2(text<QLabel>(dialog, u"statusLabel"_s)
                     .startsWith(u"From 报名申请表-蒙泰.doc: check each field"_s),
                 qPrintable(text<QLabel>(dialog, u"statusLabel"_s)));

        // Saved by the clerk: stored with its file, and the .wps (seed 004) comes next.
        dialog->saveAndNext();
        const auto saved = AppealRepository(*m_db).findByNumber(u"TL2024-0007"_s);
        QVERIFY(saved);
        QCOMPARE(saved->submittingUnit, u"通辽市蒙泰新材料有限公司"_s);
        QCOMPARE(AttachmentRepository(*m_db).list(saved->id).value(0).fileName,
                 u"报名申请表-蒙泰.doc"_s);
        QCOMPARE(text<QLineEdit>(dialog, u"unitEdit"_s), u"内蒙古乌审旗绿源牧业有限公司"_s);
        QCOMPARE(text<QLineEdit>(dialog, u"personEdit"_s), u"张丽"_s);
        QCOMPARE(text<QLineEdit>(dialog, u"phoneEdit"_s), u"0477-7512368"_s);
        QCOMPARE(text<QDateEdit>(dialog, u"dateEdit"_s), u"2024-07-03"_s);
        QCOMPARE(text<QPlainTextEdit>(dialog, u"problemEdit"_s), u"牛场周边道路雨季积水"_s);
        QCOMPARE(text<QPlainTextEdit>(dialog, u"suggestionsEdit"_s), u"纳入农村道路维修计划"_s);
        QCOMPARE(text<QComboBox>(dialog, u"channelCombo"_s), u"议题表"_s);
        QCOMPARE(dialog->form()->pendingAttachments(), QStringList{m_forms.wps004});
        QCOMPARE(dialog->waitingForms(), 0);
        QVERIFY(text<QLabel>(dialog, u"statusLabel"_s).startsWith(u"Saved TL2024-0007."_s));
        dialog->form()->clearForNextSheet();
    }

    void typedSheetIsNotOverwritten() {
        // A clerk halfway through a paper sheet: the dropped form waits until it is saved.
        AppealsPage page(*m_db);
        AppealEntryDialog *dialog = page.openEntryDialog();
        dialog->findChild<QLineEdit *>(u"unitEdit"_s)->setText(u"纸质表格上的企业"_s);
        QVERIFY(drop(&page, {m_forms.form004}));
        QTRY_COMPARE(dialog->waitingForms(), 1);
        QCOMPARE(text<QLineEdit>(dialog, u"unitEdit"_s), u"纸质表格上的企业"_s);
        QCOMPARE(text<QLabel>(dialog, u"statusLabel"_s),
                 u"1 dropped form(s) open after this sheet is saved."_s);
        UserPrompt::setNextAnswer(QMessageBox::Discard);
        dialog->reject();
        QCOMPARE(dialog->waitingForms(), 0);
    }

    void listOpensTheImport() {
        AppealsPage page(*m_db);
        const QString csv = QStringLiteral(QINQING_TEST_DATA_DIR "/appeals-sample.csv");
        QVERIFY(drop(&page, {csv}));
        AppealImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<AppealImportDialog *>()) != nullptr);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"importPath"_s)->text(), csv);
        QCOMPARE(dialog->columnField(u"提交单位"_s), u"submitting_unit"_s);
        QVERIFY(!page.entryDialog());
    }

    void otherDragsRefused() {
        AppealsPage page(*m_db);
        QMimeData mime;
        mime.setText(u"一段文字"_s);
        QDragEnterEvent enter(QPoint(1, 1), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.ignore();
        QCoreApplication::sendEvent(&page, &enter);
        QVERIFY(!enter.isAccepted());
    }
};

QTEST_MAIN(TestAppealDrop)
#include "tst_appealdrop.moc"
