// Keying in the paper sign-up form: keyboard-only entry, required fields, the registry's
// autocomplete, drafts, similar appeals, the paper's wording per profile, small screens.
// (Correcting a stored appeal: tst_appealedit.)

#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/PinyinInitials.h"
#include "core/records/AppealRepository.h"
#include "core/records/EnterpriseRepository.h"
#include "tests/ui/KeyboardTyping.h"
#include "tests/ui/StoredAppealFixture.h"
#include "ui/AppealDetailDialog.h"
#include "ui/AppealEntryDialog.h"
#include "ui/AppealEntryForm.h"
#include "ui/GuiApplication.h"
#include "ui/SimilarAppealsPanel.h"
#include "ui/UserPrompt.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

class TestAppealEntry : public QObject, private StoredAppealFixture {
    Q_OBJECT

private slots:
    void initTestCase() { openFixture(u"tst_appealentry"_s); }

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

    // Clerks copy from the paper: the form's labels, the 备注 hint and the footnotes are the
    // seed's own words for the profile's variant, in Chinese in both UI languages; the English
    // UI explains them in tooltips.
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
};

QTEST_MAIN(TestAppealEntry)
#include "tst_appealentry.moc"
