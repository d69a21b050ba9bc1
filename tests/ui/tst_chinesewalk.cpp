// Walks every page and dialog in Chinese (the zh_CN translation loaded, offscreen) over a demo
// database and reads what is on screen: no stored code (in_progress, rejected, judicial …)
// may reach it untranslated, and no two controls shown together in one window (or one menu)
// may share a mnemonic (新建部门(D) and the leaders' 编辑(D) both answered Alt+D). Issue 12.
#include "core/Clock.h"
#include "core/ProfileRepository.h"
#include "core/StatusLabels.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/queries/AssignmentState.h"
#include "core/records/EnterpriseRepository.h"
#include "tests/core/WorkflowFixture.h"
#include "tests/ui/TestSettings.h"
#include "translations/Translations.h"
#include "ui/AppealDetailDialog.h"
#include "ui/AppealEntryDialog.h"
#include "ui/EditConflictDialog.h"
#include "ui/EnterpriseDialog.h"
#include "ui/ExportDialog.h"
#include "ui/FirstStartDialog.h"
#include "ui/GuiApplication.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/SummaryReportDialog.h"
#include "ui/calendar/CalendarYearDialog.h"
#include "ui/calendar/NoticeImportDialog.h"
#include "ui/workflow/AssignmentsPage.h"
#include "ui/workflow/ScreeningDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
// The codes the database stores and the screen must show in words.
QStringList storedCodes(Database &db) {
    QStringList codes = AssignmentState::allStatusCodes() + StatusLabels::appealStatusCodes();
    codes << u"planned"_s << u"held"_s << u"cancelled"_s             // meetings
          << u"approved"_s << u"refused"_s                           // extensions
          << u"satisfied"_s << u"unsatisfied"_s                      // evaluations
          << u"on-track"_s << u"due-soon"_s << u"overdue"_s          // deadlines
          << u"extended"_s << u"extended-overdue"_s << u"on-time"_s; //
    for (const ExclusionReason &r : ProfileRepository(db).active().exclusionReasons)
        codes << r.code;
    codes.removeDuplicates();
    return codes;
}

QString plain(const QString &text) {
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

bool shown(const QWidget *w, const QWidget *window) {
    return w == window || w->isVisibleTo(window);
}

// Every text a clerk can read in the window now: labels, buttons, titles, tabs, choices,
// fields, list headers and the first rows of each list.
QStringList textsOf(QWidget *window) {
    QStringList texts{window->windowTitle()};
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : std::as_const(widgets)) {
        if (!shown(w, window))
            continue;
        if (auto *l = qobject_cast<QLabel *>(w))
            texts << plain(l->text());
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts << b->text();
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            texts << g->title();
        else if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                texts << t->tabText(i);
        else if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                texts << c->itemText(i);
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            texts << e->text() << e->placeholderText();
        else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            texts << p->toPlainText();
        else if (auto *x = qobject_cast<QTextEdit *>(w))
            texts << x->toPlainText();
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *m = view->model();
            for (int c = 0; c < m->columnCount(); ++c)
                texts << m->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < std::min(m->rowCount(), 60); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    texts << m->index(r, c).data().toString();
        }
    }
    return texts;
}

QStringList codesIn(const QStringList &texts, const QStringList &codes) {
    QStringList found;
    for (const QString &code : codes) {
        const QRegularExpression word(u"(?<![A-Za-z0-9_./-])"_s + QRegularExpression::escape(code) +
                                      u"(?![A-Za-z0-9_-])"_s);
        for (const QString &t : texts)
            if (word.match(t).hasMatch())
                found << u"%1 in “%2”"_s.arg(code, t.left(80));
    }
    return found;
}

// The letter after a single & ("&&" is a literal ampersand), upper case; empty when none.
QString mnemonic(const QString &text) {
    static const QRegularExpression amp(u"(?<!&)&([^&\\s])"_s);
    QString t = text;
    t.replace(u"&&"_s, u"  "_s);
    const auto m = amp.match(t);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

// Mnemonics answered at once in the window: its buttons, labels with a buddy, checkable group
// boxes, tabs and menu bar titles that are shown. Each menu is its own scope.
QStringList duplicateMnemonics(QWidget *window) {
    QMultiHash<QString, QString> owners;
    const auto add = [&owners](const QString &text) {
        if (const QString key = mnemonic(text); !key.isEmpty())
            owners.insert(key, text);
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!shown(w, window) || qobject_cast<QMenu *>(w))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text());
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            add(l->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w); g && g->isCheckable())
            add(g->title());
        else if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                add(t->tabText(i));
        else if (auto *bar = qobject_cast<QMenuBar *>(w))
            for (QAction *a : bar->actions())
                add(a->text());
    }
    QStringList dups;
    for (const QString &key : owners.uniqueKeys())
        if (owners.count(key) > 1)
            dups << u"Alt+%1: %2"_s.arg(key, QStringList(owners.values(key)).join(u" / "_s));
    return dups;
}

QStringList duplicateMenuMnemonics(QMenu *menu) {
    QMultiHash<QString, QString> owners;
    QStringList dups;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        if (const QString key = mnemonic(a->text()); !key.isEmpty())
            owners.insert(key, a->text());
        if (a->menu())
            dups << duplicateMenuMnemonics(a->menu());
    }
    for (const QString &key : owners.uniqueKeys())
        if (owners.count(key) > 1)
            dups << u"%1 Alt+%2: %3"_s.arg(menu->title(), key,
                                           QStringList(owners.values(key)).join(u" / "_s));
    return dups;
}

QStringList menuTexts(QMenu *menu) {
    QStringList texts{menu->title()};
    for (QAction *a : menu->actions()) {
        texts << a->text();
        if (a->menu())
            texts << menuTexts(a->menu());
    }
    return texts;
}
} // namespace

class TestChineseWalk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        useTestSettings(u"tst_chinesewalk"_s);
        QSettings().clear();
        GuiApplication::installLanguage(u"zh_CN"_s);
        QCOMPARE(Translations::installed(), u"zh_CN"_s);
        m_fixture = std::make_unique<WorkflowFixture>(u"wushen"_s);
        QVERIFY(m_fixture->ok);
        DemoDataGenerator::Options options;
        options.appeals = 150;
        options.today = DemoDataGenerator::fixedReferenceDate();
        m_today = std::make_unique<Clock::Fixed>(options.today);
        QVERIFY(DemoDataGenerator(db()).generate(options));
        m_codes = storedCodes(db());
        // The readers find what they look for.
        QVERIFY(!codesIn({u"状态：in_progress"_s, u"rejected"_s}, m_codes).isEmpty());
        QVERIFY(codesIn({u"办理中"_s, u"tst_in_progress_x"_s}, m_codes).isEmpty());
        QCOMPARE(mnemonic(u"编辑(&D)…"_s), u"D"_s);
        QVERIFY(mnemonic(u"部门 && 领导"_s).isEmpty());
    }

    void cleanupTestCase() { GuiApplication::installLanguage(u"en"_s); }

    // Each page of the main window, with its menus.
    void everyPage() {
        MainWindow window(db());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &key : window.pageKeys()) {
            window.showPage(key);
            if (key == "assignments"_L1) // the panel's tabs with an item in them
                window.page<AssignmentsPage>(key)->selectAssignment(
                    m_fixture->value(u"SELECT MIN(id) FROM assignments"_s).toLongLong());
            QTest::qWait(20);
            check(&window, key);
        }
        for (QAction *a : window.menuBar()->actions()) {
            if (!a->menu())
                continue;
            for (const QString &code : codesIn(menuTexts(a->menu()), m_codes))
                m_findings << u"menu: code "_s + code;
            m_findings << duplicateMenuMnemonics(a->menu());
        }
        verifyNoFindings();
    }

    // Each dialog the clerk meets, as it opens.
    void everyDialog() {
        const qint64 appeal = m_fixture->value(u"SELECT MIN(id) FROM appeals"_s).toLongLong();
        const qint64 rejected =
            m_fixture->value(u"SELECT MIN(id) FROM appeals WHERE status = 'rejected'"_s)
                .toLongLong();
        const auto enterprise = EnterpriseRepository(db()).find(
            m_fixture->value(u"SELECT MIN(id) FROM enterprises"_s).toLongLong());
        QVERIFY(appeal > 0 && enterprise);
        const int year = Clock::today().year();
        std::vector<std::pair<QString, std::unique_ptr<QDialog>>> dialogs;
        dialogs.emplace_back(u"AppealEntryDialog"_s, std::make_unique<AppealEntryDialog>(db()));
        dialogs.emplace_back(u"AppealDetailDialog"_s,
                             std::make_unique<AppealDetailDialog>(db(), appeal));
        if (rejected > 0)
            dialogs.emplace_back(u"AppealDetailDialog (不予受理)"_s,
                                 std::make_unique<AppealDetailDialog>(db(), rejected));
        dialogs.emplace_back(u"ScreeningDialog"_s,
                             std::make_unique<ScreeningDialog>(db(), QList<qint64>{appeal}));
        dialogs.emplace_back(u"EnterpriseDialog"_s,
                             std::make_unique<EnterpriseDialog>(db(), *enterprise));
        dialogs.emplace_back(u"ExportDialog"_s, std::make_unique<ExportDialog>(db()));
        dialogs.emplace_back(u"SummaryReportDialog"_s,
                             std::make_unique<SummaryReportDialog>(Clock::today()));
        dialogs.emplace_back(u"FirstStartDialog"_s, std::make_unique<FirstStartDialog>(
                                                        FirstStartDialog::Mode::FirstStart,
                                                        m_fixture->dir.filePath(u"a.sqlite"_s)));
        dialogs.emplace_back(u"LoginDialog"_s,
                             std::make_unique<LoginDialog>(u"192.168.1.10"_s, u"zhaomin"_s));
        dialogs.emplace_back(u"EditConflictDialog"_s,
                             std::make_unique<EditConflictDialog>(
                                 u"另一台电脑已修改此诉求。"_s,
                                 QList<EditConflictDialog::Difference>{
                                     {u"联系电话"_s, u"13800000000"_s, u"13900000000"_s}}));
        dialogs.emplace_back(u"NoticeImportDialog"_s,
                             std::make_unique<NoticeImportDialog>(db(), year + 1));
        dialogs.emplace_back(u"CalendarYearDialog"_s,
                             std::make_unique<CalendarYearDialog>(db(), year));
        for (auto &[name, dialog] : dialogs) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            check(dialog.get(), name);
            dialog->close();
        }
        verifyNoFindings();
    }

private:
    Database &db() { return *m_fixture->db; }

    // Collects what is wrong, so that one run names every page's findings.
    void check(QWidget *window, const QString &where) {
        for (const QString &code : codesIn(textsOf(window), m_codes))
            m_findings << where + u": code "_s + code;
        for (const QString &dup : duplicateMnemonics(window))
            m_findings << where + u": "_s + dup;
    }

    void verifyNoFindings() {
        const QStringList findings = std::exchange(m_findings, {});
        QVERIFY2(findings.isEmpty(), qPrintable(u"\n"_s + findings.join(u"\n"_s)));
    }

    std::unique_ptr<WorkflowFixture> m_fixture;
    std::unique_ptr<Clock::Fixed> m_today;
    QStringList m_codes;
    QStringList m_findings;
};

QTEST_MAIN(TestChineseWalk)
#include "tst_chinesewalk.moc"
