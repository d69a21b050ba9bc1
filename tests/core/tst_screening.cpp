#include "core/ProfileRepository.h"
#include "core/workflow/ScreeningService.h"
#include "core/workflow/TopicService.h"
#include "tests/core/WorkflowFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

// 受理范围 (seed 002): accept, not accepted for a coded reason of the profile, redirected to the
// local government or a department, solved at once; single and bulk (all or nothing).
class TestScreening : public QObject {
    Q_OBJECT

private slots:
    void acceptRecordsStatusAndHistory() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 a = f.appeal(u"用地审批慢"_s);
        ScreeningService s(*f.db);
        QVERIFY2(s.accept(a, u"属于畅谈会范围"_s), qPrintable(s.errorString()));
        QCOMPARE(f.value(u"SELECT status FROM appeals WHERE id = ?"_s, {a}).toString(),
                 u"accepted"_s);
        QVERIFY(
            !f.value(u"SELECT screened_at FROM appeals WHERE id = ?"_s, {a}).toString().isEmpty());
        const auto history = s.history(a);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().action, u"screened"_s);
        QCOMPARE(history.first().detail.value(u"from"_s).toString(), u"pending"_s);
        QCOMPARE(history.first().detail.value(u"to"_s).toString(), u"accepted"_s);
    }

    void everyProfileReasonIsAccepted_data() {
        QTest::addColumn<QString>("profile");
        for (const QString &code : ProfileRepository::builtInCodes())
            QTest::newRow(qPrintable(code)) << code;
    }

    void everyProfileReasonIsAccepted() {
        QFETCH(QString, profile);
        WorkflowFixture f(profile);
        QVERIFY(f.ok);
        const RuleProfile rules = ProfileRepository(*f.db).active();
        QCOMPARE(rules.code, profile);
        QVERIFY(!rules.exclusionReasons.isEmpty());
        ScreeningService s(*f.db);
        for (const ExclusionReason &r : rules.exclusionReasons) {
            const qint64 a = f.appeal(u"诉求 %1"_s.arg(r.code));
            QVERIFY2(s.reject(a, r.code), qPrintable(s.errorString()));
            QCOMPARE(f.value(u"SELECT status FROM appeals WHERE id = ?"_s, {a}).toString(),
                     u"rejected"_s);
            QCOMPARE(
                f.value(u"SELECT screening_reason FROM appeals WHERE id = ?"_s, {a}).toString(),
                r.code);
            QCOMPARE(s.history(a).last().detail.value(u"reason"_s).toString(), r.code);
        }
        const qint64 b = f.appeal(u"未知原因"_s);
        QVERIFY(!s.reject(b, u"no_such_reason"_s));
        QVERIFY(s.errorString().contains(u"no_such_reason"_s));
        QVERIFY(!s.reject(b, QString()));
        QVERIFY(s.errorString().startsWith(u"Reason"_s));
        QCOMPARE(f.value(u"SELECT status FROM appeals WHERE id = ?"_s, {b}).toString(),
                 u"pending"_s);
        QVERIFY(s.history(b).isEmpty());
    }

    void redirectNamesTheTarget() {
        WorkflowFixture f(u"wuhai"_s);
        QVERIFY(f.ok);
        const qint64 dep = f.department(u"乌海市自然资源局"_s);
        const qint64 a = f.appeal(u"土地证办理"_s);
        const qint64 b = f.appeal(u"小区道路"_s);
        ScreeningService s(*f.db);
        QVERIFY(!s.redirectToLocal(a, u"  "_s));
        QVERIFY(s.errorString().startsWith(u"Target"_s));
        QVERIFY(!s.redirectToDepartment(a, 0));
        QVERIFY(!s.redirectToDepartment(a, 9999));
        QVERIFY(s.errorString().contains(u"9999"_s));
        QVERIFY2(s.redirectToDepartment(a, dep, u"职责范围"_s), qPrintable(s.errorString()));
        QCOMPARE(f.value(u"SELECT status FROM appeals WHERE id = ?"_s, {a}).toString(),
                 u"redirected"_s);
        QCOMPARE(f.value(u"SELECT screening_reason FROM appeals WHERE id = ?"_s, {a}).toString(),
                 u"department"_s);
        QCOMPARE(f.value(u"SELECT screening_department_id FROM appeals WHERE id = ?"_s, {a})
                     .toLongLong(),
                 dep);
        QCOMPARE(f.value(u"SELECT screening_target FROM appeals WHERE id = ?"_s, {a}).toString(),
                 u"乌海市自然资源局"_s);
        QVERIFY(s.redirectToLocal(b, u"海勃湾区人民政府"_s));
        QCOMPARE(f.value(u"SELECT screening_reason FROM appeals WHERE id = ?"_s, {b}).toString(),
                 u"local"_s);
        QCOMPARE(f.value(u"SELECT screening_target FROM appeals WHERE id = ?"_s, {b}).toString(),
                 u"海勃湾区人民政府"_s);
        QVERIFY(
            f.value(u"SELECT screening_department_id FROM appeals WHERE id = ?"_s, {b}).isNull());
        QCOMPARE(s.history(b).last().detail.value(u"target"_s).toString(), u"海勃湾区人民政府"_s);
    }

    void solvedAtOnceNeedsTheAnswer() {
        WorkflowFixture f(u"wushen"_s);
        QVERIFY(f.ok);
        const qint64 a = f.appeal(u"发票怎么开"_s);
        ScreeningService s(*f.db);
        QVERIFY(!s.solveAtOnce(a, u" "_s));
        QVERIFY(s.errorString().startsWith(u"Answer"_s));
        QCOMPARE(f.value(u"SELECT status FROM appeals WHERE id = ?"_s, {a}).toString(),
                 u"pending"_s);
        QVERIFY(s.solveAtOnce(a, u"已现场告知电子税务局操作路径"_s));
        QCOMPARE(f.value(u"SELECT status FROM appeals WHERE id = ?"_s, {a}).toString(),
                 u"solved"_s);
        QCOMPARE(f.value(u"SELECT screening_note FROM appeals WHERE id = ?"_s, {a}).toString(),
                 u"已现场告知电子税务局操作路径"_s);
    }

    void bulkIsAllOrNothing() {
        WorkflowFixture f(u"heyuan"_s);
        QVERIFY(f.ok);
        const qint64 a = f.appeal(u"一"_s), b = f.appeal(u"二"_s), c = f.appeal(u"三"_s);
        ScreeningService s(*f.db);
        ScreeningService::Decision d;
        d.kind = ScreeningService::Decision::Kind::Reject;
        d.reasonCode = u"anonymous"_s;
        // A missing appeal in the middle: nothing may change, not even the first.
        QVERIFY(!s.apply({a, 424242, c}, d));
        QVERIFY(s.errorString().contains(u"424242"_s));
        for (qint64 id : {a, b, c}) {
            QCOMPARE(f.value(u"SELECT status FROM appeals WHERE id = ?"_s, {id}).toString(),
                     u"pending"_s);
            QVERIFY(s.history(id).isEmpty());
        }
        QVERIFY2(s.apply({a, b, c}, d), qPrintable(s.errorString()));
        for (qint64 id : {a, b, c}) {
            QCOMPARE(f.value(u"SELECT status FROM appeals WHERE id = ?"_s, {id}).toString(),
                     u"rejected"_s);
            QCOMPARE(s.history(id).size(), 1);
        }
        QVERIFY(!s.apply({}, d));
    }

    void appealsInTopicsOrAssignedAreProtected() {
        WorkflowFixture f(u"tongliao"_s);
        QVERIFY(f.ok);
        const qint64 a = f.appeal(u"融资难"_s), b = f.appeal(u"招工难"_s);
        ScreeningService s(*f.db);
        QVERIFY(s.apply({a, b}, {}));
        TopicService topics(*f.db);
        QVERIFY(topics.create(u"融资"_s, {a}) > 0);
        // Rejecting an appeal that is already in a topic would leave the topic inconsistent.
        QVERIFY(!s.apply(
            {b, a},
            ScreeningService::Decision{
                ScreeningService::Decision::Kind::Reject, u"unclear"_s, {}, 0, {}, {}, {}}));
        QVERIFY(s.errorString().contains(u"topic"_s));
        QCOMPARE(f.value(u"SELECT status FROM appeals WHERE id = ?"_s, {b}).toString(),
                 u"accepted"_s);
    }
};

QTEST_GUILESS_MAIN(TestScreening)
#include "tst_screening.moc"
