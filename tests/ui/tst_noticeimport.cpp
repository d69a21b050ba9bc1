// Settings ▸ 工作日历 ▸ 从国务院通知导入… as a clerk uses it: paste the notice, see what cannot be
// read, check the month view and the deadlines that will move, save, and see what moved. The
// dashboard offers the same import while a year is missing.
#include "TestPaths.h"
#include "core/AuditLog.h"
#include "core/CalendarRepository.h"
#include "core/CalendarService.h"
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/workflow/AssignmentService.h"
#include "ui/DashboardPage.h"
#include "ui/SettingsPage.h"
#include "ui/calendar/CalendarYearDialog.h"
#include "ui/calendar/DeadlineMovesView.h"
#include "ui/calendar/NoticeImportDialog.h"
#include "ui/calendar/YearCalendarView.h"

#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestNoticeImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_assignment = 0;

    static QString notice2026() {
        QFile f(QStringLiteral(QINQING_TEST_DATA_DIR "/notices/notice-2026.txt"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    template <typename T> static T *child(QWidget &w, const char *name) {
        return w.findChild<T *>(QString::fromLatin1(name));
    }
    QString due() {
        const Assignment a = *AssignmentService(*m_db).find(m_assignment);
        return a.dueDate.toString(Qt::ISODate) + (a.dueUncertain ? u" uncertain"_s : QString());
    }

private slots:
    void init() {
        // A year ago: the calendar without 2026, one assignment due in early 2026.
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(
            u"notice-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())))));
        QVERIFY(DatabaseInitializer(*m_db).initialize(u"wuhai"_s));
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(u"DELETE FROM calendar_days WHERE day >= '2026-01-01'"_s));
        QVERIFY(q.exec(u"DELETE FROM calendar_years WHERE year = 2026"_s));
        QVERIFY(q.exec(u"INSERT INTO departments (name) VALUES ('市住建局')"_s));
        QVERIFY(q.exec(u"INSERT INTO appeals (number, submitting_unit, submit_date, problem, "
                       "status, created_at, updated_at) VALUES ('WH2025-0412', '乌海市某公司', "
                       "'2025-11-20', '厂房消防验收', 'accepted', '', '')"_s));
        Assignment a;
        a.appealId = q.lastInsertId().toLongLong();
        a.leadDepartmentId = 1;
        a.assignedOn = QDate(2025, 12, 3);
        m_assignment = AssignmentService(*m_db).create(a);
        QVERIFY(m_assignment > 0);
        QCOMPARE(due(), u"2026-01-02 uncertain"_s);
    }

    void pasteCheckAndSave() {
        NoticeImportDialog dialog(*m_db, 2027, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *check = child<QPushButton>(dialog, "checkButton");
        auto *save = child<QPushButton>(dialog, "saveButton");
        QVERIFY(!check->isEnabled());
        child<QPlainTextEdit>(dialog, "noticeEdit")->setPlainText(notice2026());
        // Read after the typing pause; the title sets the year.
        QTRY_VERIFY(check->isEnabled());
        QCOMPARE(child<QSpinBox>(dialog, "yearSpin")->value(), 2026);
        QVERIFY(child<QLabel>(dialog, "readStatus")->text().contains(u"2026"_s));
        QVERIFY(!child<QTreeWidget>(dialog, "problemsList")->isVisibleTo(&dialog));

        QTest::mouseClick(check, Qt::LeftButton);
        auto *pages = child<QStackedWidget>(dialog, "pages");
        QCOMPARE(pages->currentWidget()->objectName(), u"checkPage"_s);
        auto *view = child<YearCalendarView>(dialog, "yearView");
        QCOMPARE(view->year(), 2026);
        QVERIFY(view->toolTipFor(QDate(2026, 2, 17)).contains(u"春节"_s));
        QVERIFY(!view->dayRect(QDate(2026, 12, 31)).isEmpty());
        QCOMPARE(child<QTreeWidget>(dialog, "holidaysList")->topLevelItemCount(), 7);
        // Before saving: which deadline would move, nothing saved yet.
        auto *moves = child<DeadlineMovesView>(dialog, "movesView");
        QCOMPARE(moves->topLevelItemCount(), 1);
        QCOMPARE(moves->topLevelItem(0)->text(0), u"WH2025-0412"_s);
        QCOMPARE(moves->topLevelItem(0)->text(4), u"2026-01-04"_s);
        QCOMPARE(due(), u"2026-01-02 uncertain"_s);
        QVERIFY(!CalendarRepository(*m_db).load().isYearKnown(2026));

        QVERIFY(save->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.saved().has_value());
        QCOMPARE(dialog.saved()->moved.size(), 1);
        QVERIFY(CalendarRepository(*m_db).load().isYearKnown(2026));
        QCOMPARE(due(), u"2026-01-04"_s);
        QCOMPARE(moves->topLevelItemCount(), 1);
        QVERIFY(child<QLabel>(dialog, "checkNote")->text().contains(u"2026"_s));
        QVERIFY(!save->isVisible());
        // The assignment's history says so.
        bool audited = false;
        for (const AuditLog::Entry &e : AuditLog(*m_db).history(u"assignment"_s, m_assignment))
            audited = audited || e.action == "deadline_recomputed"_L1;
        QVERIFY(audited);
    }

    void anUnreadableLineBlocksAndIsShown() {
        NoticeImportDialog dialog(*m_db, 2026, nullptr);
        QString text = notice2026();
        text.replace(u"5月9日（周六）上班。"_s, u"5月9日（周六）照常上班一天。"_s);
        dialog.setNoticeText(text);
        auto *problems = child<QTreeWidget>(dialog, "problemsList");
        QVERIFY(problems->isVisibleTo(&dialog));
        QCOMPARE(problems->topLevelItemCount(), 1);
        QCOMPARE(problems->topLevelItem(0)->text(0), u"8"_s);
        QVERIFY(problems->topLevelItem(0)->text(1).contains(u"照常上班一天"_s));
        QVERIFY(!child<QPushButton>(dialog, "checkButton")->isEnabled());
        // Corrected in the text: readable again.
        text.replace(u"照常上班一天"_s, u"上班"_s);
        dialog.setNoticeText(text);
        QVERIFY(!problems->isVisibleTo(&dialog));
        QVERIFY(child<QPushButton>(dialog, "checkButton")->isEnabled());
    }

    void cancelSavesNothing() {
        {
            NoticeImportDialog dialog(*m_db, 2026, nullptr);
            dialog.setNoticeText(notice2026());
            QTest::mouseClick(child<QPushButton>(dialog, "checkButton"), Qt::LeftButton);
            QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(!dialog.saved());
        }
        QVERIFY(!CalendarRepository(*m_db).load().isYearKnown(2026));
        QCOMPARE(due(), u"2026-01-02 uncertain"_s);
    }

    void correctADayInTheYearView() {
        // After the notice: due on Sunday 2026-01-04, a make-up working day.
        QVERIFY(HolidayNoticeParser::parse(notice2026(), 2026).ok());
        QVERIFY(CalendarService(*m_db).importYears(
            {2026}, HolidayNoticeParser::parse(notice2026(), 2026).days, u"notice"_s));
        QCOMPARE(due(), u"2026-01-04"_s);
        CalendarYearDialog dialog(*m_db, 2026, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = child<YearCalendarView>(dialog, "yearView");
        // The clerk clicks the day in the month view: it is shown as it is.
        QTest::mouseClick(view, Qt::LeftButton, {}, view->dayRect(QDate(2026, 1, 4)).center());
        QCOMPARE(view->selectedDate(), QDate(2026, 1, 4));
        QVERIFY(child<QRadioButton>(dialog, "workRadio")->isChecked());
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), u"元旦"_s);
        auto *save = child<QPushButton>(dialog, "saveButton");
        QVERIFY(!save->isEnabled()); // nothing changed yet
        // Say it is an ordinary Sunday after all: the deadline would move, nothing saved yet.
        QTest::mouseClick(child<QRadioButton>(dialog, "ordinaryRadio"), Qt::LeftButton);
        auto *moves = child<DeadlineMovesView>(dialog, "movesView");
        QVERIFY(save->isEnabled());
        QCOMPARE(moves->topLevelItemCount(), 1);
        QCOMPARE(moves->topLevelItem(0)->text(4), u"2026-01-05"_s);
        QCOMPARE(due(), u"2026-01-04"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(due(), u"2026-01-05"_s);
        QVERIFY(dialog.saved().has_value());
        QCOMPARE(dialog.saved()->moved.size(), 1);
        QVERIFY(!save->isEnabled());
        QVERIFY(CalendarRepository(*m_db).load().isWorkingDay(QDate(2026, 1, 4)) == false);
    }

    void dashboardOffersTheImportWhileAYearIsMissing() {
        const int thisYear = QDate::currentDate().year();
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(u"DELETE FROM calendar_years WHERE year = %1"_s.arg(thisYear)));
        DashboardPage page(*m_db);
        page.refresh();
        auto *note = child<QFrame>(page, "calendarNote");
        QVERIFY(note->isVisibleTo(&page));
        QVERIFY(child<QPushButton>(page, "importNoticeButton")->isVisibleTo(&page));
        const QString text = note->findChild<QLabel *>()->text();
        QVERIFY2(text.contains(QString::number(thisYear)), qPrintable(text));
        // With every year there up to next year, no note.
        QVERIFY(q.exec(u"INSERT INTO calendar_years (year, source) VALUES (%1, 'x'), (%2, 'x') "
                       "ON CONFLICT (year) DO NOTHING"_s.arg(thisYear)
                           .arg(thisYear + 1)));
        page.refresh();
        QVERIFY(!note->isVisibleTo(&page));
    }

    void settingsListsTheNoticeAsSource() {
        QVERIFY(CalendarService(*m_db).importYears({2026}, {}, NoticeImportDialog::sourceCode()));
        SettingsPage page(*m_db);
        QVERIFY(child<QPushButton>(page, "importNoticeButton"));
        auto *years = child<QTreeWidget>(page, "calendarYears");
        const QList<QTreeWidgetItem *> rows = years->findItems(u"2026"_s, Qt::MatchExactly, 0);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->text(3), NoticeImportDialog::sourceText(u"notice"_s));
    }
};

QTEST_MAIN(TestNoticeImport)
#include "tst_noticeimport.moc"
