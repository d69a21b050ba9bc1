#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/demo/DemoDataGenerator.h"
#include "forms/DocumentRenderer.h"
#include "ui/AppealDetailDialog.h"
#include "ui/PrintMenu.h"
#include "ui/workflow/AssignmentDetailPanel.h"

#include <QProcess>
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
        options.today = DemoDataGenerator::fixedReferenceDate();
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

    void assignmentPanelPrintsTheRecordedEvaluation() {
        // A finished assignment not evaluated yet: 附件3 becomes printable once it is.
        const qint64 id = scalar(u"SELECT MIN(a.id) FROM assignments a WHERE a.status = 'done' "
                                 "AND NOT EXISTS (SELECT 1 FROM evaluations e "
                                 "WHERE e.assignment_id = a.id)"_s);
        QVERIFY(id > 0);
        AssignmentDetailPanel panel(db);
        panel.setAssignment(id);
        QCOMPARE(panel.evaluationToPrint(), 0);
        auto *menu = panel.findChild<PrintMenu *>();
        QVERIFY(menu);
        QAction *filled = nullptr;
        for (QAction *a : menu->actions())
            if (a->text().startsWith(u"Evaluation form"_s))
                filled = a;
        QVERIFY(filled);
        // The evaluation tab has a Print button with the same menu.
        auto *button = panel.findChild<QPushButton *>(u"evaluationPrintButton"_s);
        QVERIFY(button && button->menu() == menu);

        QVERIFY2(panel.evaluate(Evaluation::Level::Basic, u"基本解决，沟通及时"_s,
                                u"希望定期回访"_s, QDate(2024, 9, 3)),
                 qPrintable(panel.message()));
        const qint64 evaluation =
            scalar(u"SELECT MAX(id) FROM evaluations WHERE assignment_id = %1"_s.arg(id));
        QCOMPARE(panel.evaluationToPrint(), evaluation);
        const QList<PrintableDocument> docs = menu->documentsFor(filled);
        QCOMPARE(docs.size(), 1);
        const QString pdf = dir.filePath(u"evaluation.pdf"_s);
        DocumentRenderer renderer;
        QVERIFY2(renderer.writePdf(docs, pdf), qPrintable(renderer.errorString()));
        QProcess p;
        p.start(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).remove(u'\n');
        QVERIFY2(text.contains(u"总体评价表"_s), qPrintable(text)); // 乌审旗: seed 004's title
        for (const QString &value :
             {u"基本满意"_s, u"基本解决，沟通及时"_s, u"希望定期回访"_s, u"2024年9月3日"_s})
            QVERIFY2(text.contains(value), qPrintable(value));
    }

    void appealDialogPrintsItsSheetsAndEvaluations() {
        const qint64 evaluation = scalar(u"SELECT MIN(id) FROM evaluations WHERE opinion <> ''"_s);
        const qint64 appeal = scalar(u"SELECT a.appeal_id FROM evaluations e JOIN assignments a "
                                     "ON a.id = e.assignment_id WHERE e.id = %1"_s.arg(evaluation));
        QVERIFY(appeal > 0);
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(u"SELECT opinion FROM evaluations WHERE id = %1"_s.arg(evaluation)) &&
                q.next());
        const QString opinion = q.value(0).toString();
        QVERIFY(!opinion.isEmpty());
        AppealDetailDialog dialog(db, appeal);
        PrintMenu *menu = dialog.findChild<PrintMenu *>();
        QVERIFY(menu);
        QList<QAction *> sheets, evaluations;
        for (QAction *a : menu->actions()) {
            if (a->text().startsWith(u"Handling sheet"_s))
                sheets << a;
            if (a->text().startsWith(u"Evaluation form"_s))
                evaluations << a;
        }
        QCOMPARE(sheets.size(),
                 scalar(u"SELECT COUNT(*) FROM assignments WHERE appeal_id = %1"_s.arg(appeal)));
        QCOMPARE(evaluations.size(),
                 scalar(u"SELECT COUNT(*) FROM evaluations e JOIN assignments a ON a.id = "
                        "e.assignment_id WHERE a.appeal_id = %1"_s.arg(appeal)));
        const QString form3 = text(menu->documentsFor(evaluations.first()));
        QVERIFY(form3.contains(u"总体评价表"_s));
        QVERIFY(form3.contains(opinion.toHtmlEscaped()));
        QVERIFY(text(menu->documentsFor(sheets.first())).contains(u"议题办理情况表"_s));
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
