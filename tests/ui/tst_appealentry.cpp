#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/PinyinInitials.h"
#include "core/records/AppealRepository.h"
#include "core/records/DepartmentRepository.h"
#include "core/records/EnterpriseRepository.h"
#include "core/workflow/AssignmentService.h"
#include "tests/ui/KeyboardTyping.h"
#include "ui/AppealDetailDialog.h"
#include "ui/AppealEntryDialog.h"
#include "ui/AppealEntryForm.h"
#include "ui/EditConflictDialog.h"
#include "ui/GuiApplication.h"
#include "ui/HistoryWidget.h"
#include "ui/SimilarAppealsPanel.h"
#include "ui/UserPrompt.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestAppealEntry : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"qinqing-test"_s);
        QCoreApplication::setApplicationName(u"tst_appealentry"_s);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(u"entry.sqlite"_s)));
        QVERIFY(DatabaseInitializer(m_db).initialize(u"tongliao"_s));
        Enterprise e;
        e.name = u"通辽宏达化工有限公司"_s;
        e.responsiblePerson = u"李明"_s;
        e.phone = u"13812345678"_s;
        e.uscc = u"91110000600037341L"_s;
        QVERIFY(EnterpriseRepository(m_db).insert(e));
        m_enterpriseId = e.id;
    }

    void init() { AppealEntryForm(m_db).discardDraft(); }

    void pinyinInitials() {
        if (!PinyinInitials::isAvailable())
            QFAIL("Qt has no GB18030 codec on this system");
        QCOMPARE(PinyinInitials::of(u"通辽经济技术开发区"_s), u"TLJJJSKFQ"_s);
        QCOMPARE(PinyinInitials::of(u"ABC 宏达"_s), u"ABCHD"_s);
        QVERIFY(PinyinInitials::matches(u"通辽宏达化工有限公司"_s, u"hdhg"_s));
        QVERIFY(!PinyinInitials::matches(u"通辽宏达化工有限公司"_s, u"xyz"_s));
    }

    void keyboardOnlyEntrySavesAndOpensFreshForm() {
        AppealEntryDialog dialog(m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *unit = dialog.findChild<QLineEdit *>(u"unitEdit"_s);
        QTRY_COMPARE(QApplication::focusWidget(), unit);

        // The paper's order: unit, head, phone, date, problem, suggestions, remarks.
        typeText(QApplication::focusWidget(), u"科尔沁新材料有限公司"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeText(QApplication::focusWidget(), u"王五"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeText(QApplication::focusWidget(), u"0475-8991510"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"dateEdit"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"problemEdit"_s);
        typeText(QApplication::focusWidget(), u"园区道路年久失修，雨季货车无法通行"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"suggestionsEdit"_s);
        typeText(QApplication::focusWidget(), u"建议纳入明年道路维修计划"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"priorEdit"_s);
        typeText(QApplication::focusWidget(), u"去年已向交通局反映"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);

        AppealEntryForm *form = dialog.form();
        QCOMPARE(form->savedCount(), 1);
        const auto saved = AppealRepository(m_db).find(form->lastSavedId());
        QVERIFY(saved);
        QCOMPARE(saved->submittingUnit, u"科尔沁新材料有限公司"_s);
        QCOMPARE(saved->responsiblePerson, u"王五"_s);
        QCOMPARE(saved->phone, u"0475-8991510"_s);
        QCOMPARE(saved->submitDate, QDate::currentDate());
        QCOMPARE(saved->problem, u"园区道路年久失修，雨季货车无法通行"_s);
        QCOMPARE(saved->suggestions, u"建议纳入明年道路维修计划"_s);
        QCOMPARE(saved->priorHandling, u"去年已向交通局反映"_s);
        QVERIFY(!saved->number.isEmpty());
        // The new name went into the registry, and the appeal points at it.
        const auto created = EnterpriseRepository(m_db).findByName(u"科尔沁新材料有限公司"_s);
        QVERIFY(created);
        QCOMPARE(saved->enterpriseId, created->id);
        QCOMPARE(created->responsiblePerson, u"王五"_s);

        // A fresh form for the next sheet, the cursor back in the first field.
        QVERIFY(!form->hasTypedText());
        QVERIFY(unit->text().isEmpty());
        QTRY_COMPARE(QApplication::focusWidget(), unit);
        QVERIFY(!form->hasDraft());
    }

    void requiredFieldsStopSaving() {
        AppealEntryDialog dialog(m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        typeText(QApplication::focusWidget(), u"某单位"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.form()->savedCount(), 0);
        auto *errors = dialog.findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(errors->isVisible());
        QVERIFY(!errors->text().isEmpty());
        QCOMPARE(QApplication::focusWidget()->objectName(), u"problemEdit"_s);
        UserPrompt::setNextAnswer(QMessageBox::Discard);
        dialog.reject();
    }

    void autocompleteFillsHeadAndPhone() {
        AppealEntryDialog dialog(m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *unit = dialog.findChild<QLineEdit *>(u"unitEdit"_s);
        QTRY_COMPARE(QApplication::focusWidget(), unit);
        // Pinyin initials of 宏达化工.
        typeText(unit, u"hdhg"_s);
        QAbstractItemView *popup = unit->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 1);
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(unit->text(), u"通辽宏达化工有限公司"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"personEdit"_s)->text(), u"李明"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"phoneEdit"_s)->text(), u"13812345678"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"usccEdit"_s)->text(), u"91110000600037341L"_s);

        // Substring search finds it too.
        unit->clear();
        typeText(unit, u"宏达"_s);
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->index(0, 0).data().toString(), u"通辽宏达化工有限公司"_s);
        UserPrompt::setNextAnswer(QMessageBox::Discard);
        dialog.reject();
    }

    void warningsKeepWhatWasTyped() {
        AppealEntryForm form(m_db);
        form.show();
        auto *phone = form.findChild<QLineEdit *>(u"phoneEdit"_s);
        auto *uscc = form.findChild<QLineEdit *>(u"usccEdit"_s);
        phone->setText(u"12"_s);
        emit phone->editingFinished();
        uscc->setText(u"91110000600037341A"_s); // wrong check character
        emit uscc->editingFinished();
        QVERIFY(form.findChild<QLabel *>(u"phoneWarning"_s)->isVisible());
        QVERIFY(form.findChild<QLabel *>(u"usccWarning"_s)->isVisible());
        form.findChild<QLineEdit *>(u"unitEdit"_s)->setText(u"警告测试企业"_s);
        form.findChild<QPlainTextEdit *>(u"problemEdit"_s)->setPlainText(u"测试警告"_s);
        QVERIFY(form.save()); // warnings do not stop saving
        const auto saved = AppealRepository(m_db).find(form.lastSavedId());
        QCOMPARE(saved->phone, u"12"_s);
        form.discardDraft();
    }

    void escapeAsksBeforeDiscarding() {
        AppealEntryDialog dialog(m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        typeText(QApplication::focusWidget(), u"半截"_s);
        UserPrompt::takeAskedCount();
        UserPrompt::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(UserPrompt::takeAskedCount(), 1);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.form()->hasTypedText());
        UserPrompt::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QVERIFY(!dialog.form()->hasDraft());
        QCOMPARE(UserPrompt::takeAskedCount(), 1);

        // An empty form closes without a question.
        AppealEntryDialog empty(m_db);
        empty.show();
        QVERIFY(QTest::qWaitForWindowActive(&empty));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(UserPrompt::takeAskedCount(), 0);
        QVERIFY(!empty.isVisible());
    }

    void draftSurvivesACrash() {
        {
            // Typed, never saved nor discarded: as if the power went off.
            auto *form = new AppealEntryForm(m_db);
            form->show();
            typeText(form->findChild<QLineEdit *>(u"unitEdit"_s), u"停电企业"_s);
            typeText(form->findChild<QPlainTextEdit *>(u"problemEdit"_s), u"停电前没有保存"_s);
            QTRY_VERIFY(form->hasDraft()); // written shortly after typing, without any save
            delete form;
        }
        AppealEntryForm next(m_db);
        QVERIFY(next.hasDraft());
        UserPrompt::setNextAnswer(QMessageBox::Yes);
        QVERIFY(next.offerDraft());
        QCOMPARE(next.findChild<QLineEdit *>(u"unitEdit"_s)->text(), u"停电企业"_s);
        QCOMPARE(next.findChild<QPlainTextEdit *>(u"problemEdit"_s)->toPlainText(),
                 u"停电前没有保存"_s);
        next.discardDraft();
        QVERIFY(!next.hasDraft());
    }

    void similarAppealsCanBeLinkedAsDuplicate() {
        Appeal original;
        original.submittingUnit = u"通辽宏达化工有限公司"_s;
        original.enterpriseId = m_enterpriseId;
        original.submitDate = QDate(2024, 3, 1);
        original.problem = u"企业用电增容审批时间过长，影响新生产线投产"_s;
        QVERIFY(AppealRepository(m_db).insert(original));

        AppealEntryForm form(m_db);
        form.findChild<QLineEdit *>(u"unitEdit"_s)->setText(u"另一家企业"_s);
        form.findChild<QPlainTextEdit *>(u"problemEdit"_s)->setPlainText(u"用电增容审批时间过长"_s);
        SimilarAppealsPanel *panel = form.similarPanel();
        QTRY_VERIFY(panel->matchCount() > 0);
        QVERIFY(panel->linkTo(original.id, SimilarAppealsPanel::Link::DuplicateOf));
        QVERIFY(form.save());
        const auto saved = AppealRepository(m_db).find(form.lastSavedId());
        QCOMPARE(saved->duplicateOf, original.id);
        form.discardDraft();
    }

    // A stored appeal corrected in its detail dialog by keyboard only: Tab walks the paper form,
    // Ctrl+S stores, the history tab shows old and new values.
    void editStoredAppealByKeyboard() {
        const qint64 id = storedAppeal(u"企业用电增荣审批慢"_s);
        const Appeal before = *AppealRepository(m_db).find(id);
        AppealDetailDialog dialog(m_db, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *save = dialog.findChild<QPushButton *>(u"saveButton"_s);
        QVERIFY(!save->isEnabled()); // nothing to save yet
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"unitEdit"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"phoneEdit"_s);
        typeText(QApplication::focusWidget(), u"0475-8991510"_s); // the missing phone
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"problemEdit"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        typeText(QApplication::focusWidget(), u"企业用电增容审批慢"_s); // the typo corrected
        QVERIFY(save->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);

        const Appeal after = *AppealRepository(m_db).find(id);
        QCOMPARE(after.problem, u"企业用电增容审批慢"_s);
        QCOMPARE(after.phone, u"0475-8991510"_s);
        QCOMPARE(after.number, before.number);
        QCOMPARE(after.enterpriseId, m_enterpriseId); // still linked to the registry entry
        QCOMPARE(after.status, before.status);
        QVERIFY(!dialog.form()->isModified());
        QVERIFY(!save->isEnabled());
        const QList<AuditLog::Entry> log = AuditLog(m_db).history(u"appeal"_s, id);
        QCOMPARE(log.last().action, u"updated"_s);
        QCOMPARE(log.last().detail.keys(), (QStringList{u"phone"_s, u"problem"_s}));

        // The history tab, reached by its mnemonic, shows the correction first.
        QTest::keyClick(&dialog, Qt::Key_H, Qt::AltModifier);
        QCOMPARE(dialog.tabs()->currentWidget()->findChild<HistoryWidget *>(), dialog.history());
        auto *tree = dialog.history()->findChild<QTreeWidget *>();
        QCOMPARE(tree->topLevelItemCount(), log.size());
        QCOMPARE(tree->topLevelItem(0)->text(2), u"Changed"_s);
        const QString details = tree->topLevelItem(0)->text(3);
        QVERIFY2(details.contains(u"Problem: 企业用电增荣审批慢 → 企业用电增容审批慢"_s),
                 qPrintable(details));
        QVERIFY2(details.contains(u"Phone: — → 0475-8991510"_s), qPrintable(details));
        // Saved: Escape closes without a question.
        UserPrompt::takeAskedCount();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(UserPrompt::takeAskedCount(), 0);
    }

    // Issue 9: two windows on the same file. A changes the phone and saves; B, opened before,
    // changes only the 备注 and saves. B is told who changed the appeal, sees both values of
    // the phone, keeps its typing when it goes back to the form, and after reloading saves its
    // 备注 over A's phone instead of putting the old phone back.
    void twoWindowsOnOneFileLoseNothing() {
        const qint64 id = storedAppeal(u"污水管网接入审批慢"_s);
        Database second; // the other window: its own connection to the same file
        QVERIFY(second.open(m_db.path()));
        AppealDetailDialog windowA(m_db, id);
        AppealDetailDialog windowB(second, id);
        windowA.show();
        windowB.show();
        QVERIFY(QTest::qWaitForWindowExposed(&windowB));
        windowA.findChild<QLineEdit *>(u"phoneEdit"_s)->setText(u"13904751234"_s);
        QVERIFY(windowA.saveChanges());
        auto *prior = windowB.findChild<QPlainTextEdit *>(u"priorEdit"_s);
        prior->setPlainText(u"已电话回访企业负责人。"_s);

        auto answer = [](const char *button, QStringList *rows) {
            QTimer::singleShot(0, [button, rows] {
                auto *dialog =
                    qobject_cast<EditConflictDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                auto *table = dialog->findChild<QTableWidget *>(u"table"_s);
                for (int r = 0; r < table->rowCount(); ++r)
                    *rows << table->item(r, 0)->text() + u'|' + table->item(r, 1)->text() + u'|' +
                                 table->item(r, 2)->text();
                dialog->findChild<QPushButton *>(QString::fromLatin1(button))->click();
            });
        };
        QStringList rows;
        answer("backButton", &rows);
        QVERIFY(!windowB.saveChanges());
        QVERIFY2(rows.contains(u"Phone||13904751234"_s), qPrintable(rows.join(u'\n')));
        QVERIFY(rows.contains(u"Remarks|已电话回访企业负责人。|"_s));
        QCOMPARE(prior->toPlainText(), u"已电话回访企业负责人。"_s); // the typing stays
        QCOMPARE(AppealRepository(m_db).find(id)->phone, u"13904751234"_s);

        rows.clear();
        answer("reloadButton", &rows);
        QVERIFY(!windowB.saveChanges());
        QCOMPARE(windowB.findChild<QLineEdit *>(u"phoneEdit"_s)->text(), u"13904751234"_s);
        prior->setPlainText(u"已电话回访企业负责人。"_s);
        QVERIFY(windowB.saveChanges());
        const Appeal stored = *AppealRepository(m_db).find(id);
        QCOMPARE(stored.phone, u"13904751234"_s);
        QCOMPARE(stored.priorHandling, u"已电话回访企业负责人。"_s);
    }

    void editRefusesBadInputAndAsksBeforeDiscarding() {
        const qint64 id = storedAppeal(u"供水管网老化"_s);
        const Appeal before = *AppealRepository(m_db).find(id);
        AppealDetailDialog dialog(m_db, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *problem = dialog.findChild<QPlainTextEdit *>(u"problemEdit"_s);
        problem->clear(); // a required field emptied
        QVERIFY(!dialog.saveChanges());
        QVERIFY(dialog.findChild<QLabel *>(u"errorLabel"_s)->isVisible());
        QCOMPARE(QApplication::focusWidget(), problem);
        auto *number = dialog.findChild<QLineEdit *>(u"numberEdit"_s);
        number->setText(m_otherNumber); // used by another appeal
        problem->setPlainText(u"供水管网老化严重"_s);
        QVERIFY(!dialog.saveChanges());
        QCOMPARE(QApplication::focusWidget(), number);
        QCOMPARE(AppealRepository(m_db).find(id)->problem, before.problem);

        UserPrompt::takeAskedCount();
        UserPrompt::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(UserPrompt::takeAskedCount(), 1);
        QVERIFY(dialog.isVisible());
        UserPrompt::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        const Appeal after = *AppealRepository(m_db).find(id);
        QCOMPARE(after.problem, before.problem);
        QCOMPARE(after.number, before.number);
        QCOMPARE(AuditLog(m_db).history(u"appeal"_s, id).last().action, u"created"_s);
    }

    // Once assigned, the number is on the sheets the department works from: it stays, while
    // the texts can still be corrected, with a notice and a history entry.
    void assignedAppealKeepsItsNumber() {
        const qint64 id = storedAppeal(u"园区污水处理费偏高"_s);
        Department dept;
        dept.name = u"通辽经开区住建局"_s;
        QVERIFY(DepartmentRepository(m_db).insert(dept));
        Assignment draft;
        draft.appealId = id;
        draft.leadDepartmentId = dept.id;
        draft.assignedOn = QDate::currentDate();
        AssignmentService assignments(m_db);
        QVERIFY2(assignments.create(draft) > 0, qPrintable(assignments.errorString()));
        const QString number = AppealRepository(m_db).find(id)->number;

        AppealDetailDialog dialog(m_db, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.findChild<QLineEdit *>(u"numberEdit"_s)->isReadOnly());
        auto *notice = dialog.findChild<QLabel *>(u"lockLabel"_s);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(dept.name), qPrintable(notice->text()));
        dialog.findChild<QPlainTextEdit *>(u"suggestionsEdit"_s)
            ->setPlainText(u"建议按工业用水标准收费"_s);
        QVERIFY(dialog.saveChanges());
        QCOMPARE(AppealRepository(m_db).find(id)->suggestions, u"建议按工业用水标准收费"_s);

        // The repository refuses a new number whoever asks (CLI, import, another window).
        Appeal renumbered = *AppealRepository(m_db).find(id);
        renumbered.number = u"TL2099-0001"_s;
        AppealRepository repo(m_db);
        QVERIFY(!repo.update(renumbered));
        QVERIFY2(repo.errorString().startsWith(u"Number:"_s), qPrintable(repo.errorString()));
        QCOMPARE(AppealRepository(m_db).find(id)->number, number);
    }

    // Clerks copy from the paper: the form's labels, the 备注 hint and the footnotes are the
    // seed's own words for the profile's variant, in Chinese in both UI languages; the English
    // UI explains them in tooltips.
    // Both windows of the paper form can shrink to a 1024 x 768 screen with a task bar and a
    // title bar, in Chinese, with a stored appeal (its status line and notice above the form),
    // and open no larger than the screen they are on.
    void dialogsFitA1024By768Screen() {
        GuiApplication::installLanguage(u"zh_CN"_s);
        const qint64 id = storedAppeal(u"园区道路年久失修，货车通行困难，影响原料运输。"_s);
        AppealEntryDialog entry(m_db);
        AppealDetailDialog detail(m_db, id);
        GuiApplication::installLanguage(u"en"_s);
        for (QDialog *d : {static_cast<QDialog *>(&entry), static_cast<QDialog *>(&detail)}) {
            d->show();
            QVERIFY(QTest::qWaitForWindowExposed(d));
            const QSize min = d->minimumSizeHint().expandedTo(d->minimumSize());
            QVERIFY2(min.width() <= 1024 && min.height() <= 728 - 32,
                     qPrintable(u"%1: %2 x %3"_s.arg(QLatin1String(d->metaObject()->className()))
                                    .arg(min.width())
                                    .arg(min.height())));
            // And its size, remembered or not, is bounded by the screen it is on.
            const QSize room = d->screen()->availableGeometry().size() - QSize(16, 48);
            QVERIFY2(d->width() <= room.width() && d->height() <= room.height(),
                     qPrintable(u"%1 x %2"_s.arg(d->width()).arg(d->height())));
            d->close();
        }
        AppealEntryForm(m_db).discardDraft();
    }

    void formCarriesThePaperWording_data() {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QString>("notes");
        QTest::addColumn<QString>("unitTooltip");
        QTest::newRow("000 tongliao")
            << u"tongliao"_s << u"政企畅谈会报名申请表"_s
            << QStringList{u"编号："_s,     u"提交单位 *"_s, u"企业负责人"_s, u"联系电话"_s,
                           u"提交日期 *"_s, u"困难问题 *"_s, u"意见建议"_s,   u"备注"_s}
            << u"注：1. 收集的困难问题既可以是企业个体、也可以是企业行业性面临的困难和问题。\n"
               "2. 需市级层面协调解决的，根据市职能能解决的。\n"
               "3. 提出的意见建议尽可能详细、有效。"_s
            << u"Submitting unit"_s;
        QTest::newRow("004 wushen")
            << u"wushen"_s << u"乌审旗政务服务“亲清”政企恳谈会议题表"_s
            << QStringList{u"编号："_s,     u"提交企业 *"_s, u"负责人"_s,   u"联系电话"_s,
                           u"提交日期 *"_s, u"困难问题 *"_s, u"意见建议"_s, u"备注"_s}
            << u"注：1.收集困难问题可以是企业，也可以是企业行业性面临的困难和问题。\n"
               "2.提出的意见建议尽可能详细、有效。"_s
            << u"Submitting enterprise"_s;
    }

    void formCarriesThePaperWording() {
        QFETCH(QString, profile);
        QFETCH(QString, title);
        QFETCH(QStringList, labels);
        QFETCH(QString, notes);
        QFETCH(QString, unitTooltip);
        Database db;
        QVERIFY(db.open(m_dir.filePath(profile + u".sqlite"_s)));
        QVERIFY(DatabaseInitializer(db).initialize(profile));
        for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
            GuiApplication::installLanguage(language);
            AppealEntryForm form(db);
            auto *paper = form.findChild<QWidget *>(u"paperForm"_s);
            QVERIFY(paper);
            QCOMPARE(paper->findChild<QLabel *>(u"formTitle"_s)->text(), title);
            QStringList shown;
            QLabel *unitLabel = nullptr;
            for (QLabel *label : paper->findChildren<QLabel *>()) {
                QTextDocument doc;
                doc.setHtml(label->text());
                const QString text = doc.toPlainText();
                if (labels.contains(text))
                    shown << text;
                if (text.startsWith(labels.at(1)))
                    unitLabel = label;
            }
            QCOMPARE(QSet<QString>(shown.begin(), shown.end()),
                     QSet<QString>(labels.begin(), labels.end()));
            QCOMPARE(form.findChild<QPlainTextEdit *>(u"priorEdit"_s)->placeholderText(),
                     u"（前期问题困难反映情况及初步结果）"_s);
            QCOMPARE(paper->findChild<QLabel *>(u"footnotes"_s)->text(), notes);
            QCOMPARE(unitLabel->toolTip(), language == "en"_L1 ? unitTooltip : QString());
        }
        GuiApplication::installLanguage(u"en"_s);
    }

private:
    qint64 storedAppeal(const QString &problem) {
        if (m_otherNumber.isEmpty()) {
            Appeal other;
            other.submittingUnit = u"另一家企业"_s;
            other.submitDate = QDate(2024, 5, 1);
            other.problem = u"占用编号的诉求"_s;
            AppealRepository(m_db).insert(other);
            m_otherNumber = other.number;
        }
        Appeal a;
        a.submittingUnit = u"通辽宏达化工有限公司"_s;
        a.enterpriseId = m_enterpriseId;
        a.responsiblePerson = u"李明"_s;
        a.submitDate = QDate(2024, 6, 3);
        a.channel = u"报名表"_s;
        a.problem = problem;
        AppealRepository repo(m_db);
        if (!repo.insert(a))
            qWarning("storedAppeal: %s", qPrintable(repo.errorString()));
        return a.id;
    }

    QString m_otherNumber;
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_enterpriseId = 0;
};

QTEST_MAIN(TestAppealEntry)
#include "tst_appealentry.moc"
