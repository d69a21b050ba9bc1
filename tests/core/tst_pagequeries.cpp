// The query objects behind the pages' panels and drop-down lists (core/queries): each answers
// one question the GUI asks, tested here without a widget.
#include "core/Clock.h"
#include "core/queries/AssignmentSummaryQuery.h"
#include "core/queries/ChoiceLists.h"
#include "core/workflow/AssignmentService.h"
#include "tests/core/WorkflowFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using State = AssignmentService::DeadlineState;

class TestPageQueries : public QObject {
    Q_OBJECT

private slots:
    void choiceLists() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 tax = f.department(u"税务局"_s);
        const qint64 bank = f.department(u"人民银行"_s);
        f.enterprise(u"乙公司"_s);
        f.enterprise(u"甲公司"_s);
        f.appeal(u"问题一"_s, u"金融"_s);
        f.appeal(u"问题二"_s, u"税务"_s);
        f.appeal(u"问题三"_s, u"金融"_s);
        f.appeal(u"问题四"_s);
        ChoiceLists lists(*f.db);
        const auto departments = lists.departments();
        QCOMPARE(departments.size(), 2);
        // By name (code point order, as SQLite and PostgreSQL's C collation sort).
        QCOMPARE(departments.at(0).id, bank);
        QCOMPARE(departments.at(1).id, tax);
        QCOMPARE(departments.at(1).name, u"税务局"_s);
        const auto enterprises = lists.enterprises();
        QCOMPARE(enterprises.size(), 2);
        QVERIFY(enterprises.at(0).name < enterprises.at(1).name);
        QCOMPARE(lists.appealDomains(), (QStringList{u"税务"_s, u"金融"_s}));
        QVERIFY(lists.meetings().isEmpty());
        QVERIFY(lists.errorString().isEmpty());
    }

    void assignmentSummary() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 lead = f.department(u"自然资源局"_s, u"钱七"_s, u"0475-1"_s);
        const qint64 coop = f.department(u"住建局"_s);
        Assignment draft;
        draft.appealId = f.appeal(u"园区道路年久失修"_s, {}, false, u"accepted"_s);
        draft.leadDepartmentId = lead;
        draft.cooperators << CooperatingDepartment{coop, u"李四"_s, u"13800000000"_s};
        draft.assignedOn = isoDate("2024-06-03");
        AssignmentService service(*f.db);
        const qint64 id = service.create(draft);
        QVERIFY2(id > 0, qPrintable(service.errorString()));
        AssignmentSummaryQuery query(*f.db);
        const auto s = query.find(id, isoDate("2024-06-04"));
        QVERIFY(s);
        QCOMPARE(s->assignment.id, id);
        QCOMPARE(s->appealNumber, u"T-0001"_s);
        QCOMPARE(s->subject, u"园区道路年久失修"_s);
        QCOMPARE(s->leadDepartment, u"自然资源局"_s);
        QCOMPARE(s->cooperatingDepartments, QStringList{u"住建局"_s});
        QCOMPARE(s->deadlineState, State::OnTime);
        // After the deadline it is overdue; an approval by then makes it "extended, overdue".
        QCOMPARE(query.find(id, s->assignment.dueDate.addDays(1))->deadlineState, State::Overdue);
        const qint64 ext = service.requestExtension(
            id, u"需补充材料"_s, s->assignment.dueDate.addDays(20), isoDate("2024-06-20"));
        QVERIFY2(ext > 0, qPrintable(service.errorString()));
        QVERIFY(service.approveExtension(ext, isoDate("2024-06-21")));
        const auto later = query.find(id, s->assignment.dueDate.addDays(30));
        QCOMPARE(later->approvedExtensions, 1);
        QCOMPARE(later->deadlineState, State::ExtendedOverdue);
        QCOMPARE(query.find(id, isoDate("2024-06-20"))->approvedExtensions, 0);
        QVERIFY(!query.find(id + 100, isoDate("2024-06-04")));
        QVERIFY(query.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPageQueries)
#include "tst_pagequeries.moc"
