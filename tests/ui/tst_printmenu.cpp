#include "AppealDetailDialog.h"
#include "Database.h"
#include "DatabaseInitializer.h"
#include "DemoDataGenerator.h"
#include "PrintMenu.h"

#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The Print menus of the GUI build the official documents from the record on screen.
class TestPrintMenu : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;
    Database db;

    qint64 scalar(const QString &sql) {
        QSqlQuery q(db.sql());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
    }
    static QString text(const QList<PrintableDocument> &docs) {
        QString all;
        for (const PrintableDocument &d : docs)
            all += d.html;
        return all;
    }

private slots:
    void initTestCase() {
        QVERIFY(db.open(dir.filePath(u"print.sqlite"_s)));
        QVERIFY(DatabaseInitializer(db).initialize(u"wushen"_s));
        DemoDataGenerator::Options options;
        options.appeals = 60;
        options.seed = 3;
        QVERIFY(DemoDataGenerator(db).generate(options));
    }

    void appealDialogPrintsThatAppealsForm() {
        const qint64 id = scalar(u"SELECT MIN(id) FROM appeals"_s);
        QSqlQuery q(db.sql());
        q.exec(u"SELECT number FROM appeals WHERE id = %1"_s.arg(id));
        QVERIFY(q.next());
        const QString number = q.value(0).toString();

        AppealDetailDialog dialog(db, id);
        PrintMenu *menu = dialog.findChild<PrintMenu *>();
        QVERIFY(menu);
        const QList<QAction *> actions = menu->actions();
        QVERIFY(actions.size() >= 3);
        const QList<PrintableDocument> form1 = menu->documentsFor(actions.at(0));
        QCOMPARE(form1.size(), 1);
        QVERIFY(text(form1).contains(u"议题表"_s)); // 乌审旗 wording (seed 004)
        QVERIFY(text(form1).contains(number));
        // The blank form carries no record's values.
        const QList<PrintableDocument> blank = menu->documentsFor(actions.at(2));
        QCOMPARE(blank.size(), 1);
        QVERIFY(!text(blank).contains(number));
    }

    void meetingMenuPrintsEverySheetOfTheMeeting() {
        const qint64 meeting =
            scalar(u"SELECT meeting_id FROM assignments WHERE meeting_id IS "
                   "NOT NULL GROUP BY meeting_id ORDER BY COUNT(*) DESC LIMIT 1"_s);
        QVERIFY(meeting > 0);
        const qint64 sheets =
            scalar(u"SELECT COUNT(*) FROM assignments WHERE meeting_id = %1"_s.arg(meeting));
        QWidget parent;
        PrintMenu menu(
            db, [meeting] { return meeting; }, &parent);
        menu.addDocument(u"minutes"_s, FormPrinter::Kind::Minutes, true);
        menu.addDocument(u"sheets"_s, FormPrinter::Kind::Form2, true);
        const QList<QAction *> actions = menu.actions();
        QVERIFY(text(menu.documentsFor(actions.at(0))).contains(u"纪要"_s));
        QCOMPARE(menu.documentsFor(actions.at(1)).size(), sheets);
        // The save submenu stays last, with one entry per document.
        QVERIFY(actions.last()->menu());
        QCOMPARE(actions.last()->menu()->actions().size(), 2);
    }
};

QTEST_MAIN(TestPrintMenu)
#include "tst_printmenu.moc"
