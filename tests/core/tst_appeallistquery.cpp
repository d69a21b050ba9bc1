#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/queries/AppealListQuery.h"
#include "core/queries/AppealSearch.h"
#include "tests/support/TestServer.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Column = AppealListQuery::Column;
using State = AssignmentState::DeadlineState;

// The appeal list as the CLI and the GUI model use it: a small hand-made database where every
// expected row can be read off the fixture, and a demo database cross-checked against plain
// C++ over all rows.
class TestAppealListQuery : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir;
    Database db;
    Database demo;

    void exec(Database &d, const QString &sql, const QVariantList &binds = {}) {
        QSqlQuery q(d.sql());
        QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text() + u" in "_s + sql));
    }

    void appeal(const QString &number, const QString &unit, const QVariant &enterprise,
                const QString &submitted, const QString &channel, const QVariant &collecting,
                const QString &problem, const QString &suggestions, const QString &domain,
                const QString &status) {
        exec(db,
             u"INSERT INTO appeals (number, submitting_unit, enterprise_id, submit_date, channel, "
             "collecting_department_id, problem, suggestions, domain, status, created_at, "
             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2024-01-01', '2024-01-01')"_s,
             {number, unit, enterprise, submitted, channel, collecting, problem, suggestions,
              domain, status});
    }

    void assignment(int appealId, int lead, const QString &due, const QString &status) {
        exec(db,
             u"INSERT INTO assignments (appeal_id, lead_department_id, assigned_on, due_date, "
             "original_due_date, status, created_at, updated_at) VALUES (?, ?, '2024-03-01', ?, "
             "?, ?, '2024-03-01', '2024-03-01')"_s,
             {appealId, lead, due, due, status});
    }

    static QStringList numbers(const QList<AppealListQuery::Row> &rows) {
        QStringList n;
        for (const auto &r : rows)
            n << r.number;
        return n;
    }

    QStringList list(const AppealListQuery::Filter &f, Column sort = Column::Number,
                     Qt::SortOrder order = Qt::AscendingOrder) {
        AppealListQuery q(db);
        q.setFilter(f);
        q.setSort(sort, order);
        q.setDueSoonWindow(3);
        const auto rows = q.fetch(0, 1000);
        if (!q.errorString().isEmpty())
            return {u"error: "_s + q.errorString()};
        // count() must always agree with what fetch returns.
        const int counted = q.count();
        if (counted != rows.size())
            return {u"count() %1 but %2 rows"_s.arg(counted).arg(rows.size())};
        return numbers(rows);
    }

    // Number, submitting unit, problem, suggestions and prior handling of every demo appeal.
    QList<QStringList> demoTexts() {
        QSqlQuery q(demo.sql());
        QList<QStringList> texts;
        if (!q.exec(u"SELECT number, submitting_unit, problem, suggestions, prior_handling "
                    "FROM appeals"_s))
            return texts;
        while (q.next())
            texts << QStringList{q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString(), q.value(3).toString(),
                                 q.value(4).toString()};
        return texts;
    }

    QSet<qint64> ids(Database &d, const QString &term) {
        AppealListQuery query(d);
        query.setFilter(search(term));
        QSet<qint64> found;
        for (const auto &r : query.fetch(0, 100000))
            found.insert(r.id);
        return found;
    }

    static AppealListQuery::Filter search(const QString &text) {
        AppealListQuery::Filter f;
        f.search = text;
        return f;
    }

private slots:
    void initTestCase() {
        QVERIFY(db.open(TestServer::location(dir.path(), u"list.sqlite"_s)));
        QVERIFY(DatabaseInitializer(db).initialize(u"tongliao"_s));
        for (const char *name : {"自然资源局", "商务局", "人社局"})
            exec(db, u"INSERT INTO departments (name) VALUES (?)"_s, {QString::fromUtf8(name)});
        for (const char *name : {"通辽华盛化工有限公司", "河源鑫源食品有限公司"})
            exec(db, u"INSERT INTO enterprises (name, created_at, updated_at) VALUES (?, '', '')"_s,
                 {QString::fromUtf8(name)});
        const QVariant none(QMetaType::fromType<qint64>());
        appeal(u"T-001"_s, u"通辽华盛化工有限公司"_s, 1, u"2024-03-01"_s, u"报名表"_s, 2,
               u"项目用地指标未落实"_s, u"建议尽快供地"_s, u"用地"_s, u"accepted"_s);
        appeal(u"T-002"_s, u"河源鑫源食品有限公司"_s, 2, u"2024-04-10"_s, u"12345热线"_s, none,
               u"流动资金贷款到期续贷困难"_s, QString(""_L1), u"融资"_s, u"accepted"_s);
        appeal(u"T-003"_s, u"通辽华盛化工有限公司"_s, 1, u"2024-05-20"_s, u"走访"_s, 2,
               u"招工难，用工缺口大"_s, u"另有用地问题"_s, u"用工"_s, u"pending"_s);
        appeal(u"T-004"_s, u"化工行业协会"_s, none, u"2024-06-01"_s, u"报名表"_s, none,
               u"园区用地紧张"_s, QString(""_L1), u"用地"_s, u"rejected"_s);
        appeal(u"T-005"_s, u"河源鑫源食品有限公司"_s, 2, u"2024-07-01"_s, u"报名表"_s, none,
               u"Loan renewal 50% of 100_percent"_s, QString(""_L1), u"融资"_s, u"accepted"_s);
        assignment(1, 1, u"2024-04-15"_s, u"done"_s); // superseded by the next one
        assignment(2, 2, u"2024-05-20"_s, u"assigned"_s);
        assignment(5, 2, u"2024-08-01"_s, u"evaluated"_s);
        assignment(1, 1, u"2024-06-30"_s, u"in_progress"_s); // current for T-001
    }

    void allRows() {
        AppealListQuery q(db);
        QCOMPARE(q.count(), 5);
        const auto rows = q.fetch(0, 50);
        QCOMPARE(numbers(rows),
                 (QStringList{u"T-001"_s, u"T-002"_s, u"T-003"_s, u"T-004"_s, u"T-005"_s}));
        // The current assignment is the latest one.
        QCOMPARE(rows.at(0).dueDate, QDate(2024, 6, 30));
        QCOMPARE(rows.at(0).assignmentStatus, u"in_progress"_s);
        QCOMPARE(rows.at(0).leadDepartment, u"自然资源局"_s);
        QCOMPARE(rows.at(0).collectingDepartment, u"商务局"_s);
        QCOMPARE(rows.at(0).enterprise, u"通辽华盛化工有限公司"_s);
        QVERIFY(!rows.at(2).dueDate.isValid());
        QVERIFY(rows.at(3).enterprise.isEmpty());
    }

    void filtersCombine() {
        AppealListQuery::Filter f;
        f.domain = u"用地"_s;
        QCOMPARE(list(f), (QStringList{u"T-001"_s, u"T-004"_s}));
        f.statuses = {u"accepted"_s};
        QCOMPARE(list(f), (QStringList{u"T-001"_s}));
        f = {};
        f.statuses = {u"pending"_s, u"rejected"_s};
        QCOMPARE(list(f), (QStringList{u"T-003"_s, u"T-004"_s}));
        f = {};
        f.leadDepartmentId = 2;
        QCOMPARE(list(f), (QStringList{u"T-002"_s, u"T-005"_s}));
        f.channel = u"报名表"_s;
        QCOMPARE(list(f), (QStringList{u"T-005"_s}));
        f = {};
        f.enterpriseId = 1;
        QCOMPARE(list(f), (QStringList{u"T-001"_s, u"T-003"_s}));
        f.collectingDepartmentId = 2;
        f.submittedFrom = QDate(2024, 4, 1);
        QCOMPARE(list(f), (QStringList{u"T-003"_s}));
        f = {};
        f.submittedFrom = QDate(2024, 4, 10); // both ends inclusive
        f.submittedTo = QDate(2024, 6, 1);
        QCOMPARE(list(f), (QStringList{u"T-002"_s, u"T-003"_s, u"T-004"_s}));
        f.search = u"用地"_s;
        QCOMPARE(list(f), (QStringList{u"T-003"_s, u"T-004"_s}));
    }

    void deadlineStates() {
        AppealListQuery::Filter f;
        f.deadlineState = State::Overdue;
        f.asOf = QDate(2024, 6, 1);
        QCOMPARE(list(f), (QStringList{u"T-002"_s}));
        f.asOf = QDate(2024, 7, 2);
        QCOMPARE(list(f), (QStringList{u"T-001"_s, u"T-002"_s})); // T-005 is closed
        f.asOf = QDate(2024, 6, 30);                              // the due day is in time
        QCOMPARE(list(f), (QStringList{u"T-002"_s}));
        f.deadlineState = State::DueSoon;
        f.asOf = QDate(2024, 6, 26); // 3 working days: up to 2024-07-01
        QCOMPARE(list(f), (QStringList{u"T-001"_s}));
        f.asOf = QDate(2024, 6, 1);
        QCOMPARE(list(f), QStringList());
        f.deadlineState = State::OnTrack;
        QCOMPARE(list(f), (QStringList{u"T-001"_s}));
        f.deadlineState = State::None;
        QCOMPARE(list(f), (QStringList{u"T-003"_s, u"T-004"_s, u"T-005"_s}));
    }

    void searchShortAndLong() {
        QCOMPARE(list(search(u"用地指标"_s)), (QStringList{u"T-001"_s})); // FTS, problem
        QCOMPARE(list(search(u"用地"_s)), (QStringList{u"T-001"_s, u"T-003"_s, u"T-004"_s}));
        QCOMPARE(list(search(u"华盛化"_s)), (QStringList{u"T-001"_s, u"T-003"_s})); // unit
        QCOMPARE(list(search(u"T-002"_s)), (QStringList{u"T-002"_s}));              // number
        QCOMPARE(list(search(u"供地"_s)), (QStringList{u"T-001"_s}));     // suggestions, LIKE
        QCOMPARE(list(search(u"尽快供地"_s)), (QStringList{u"T-001"_s})); // suggestions, FTS
        QCOMPARE(list(search(u"难"_s)), (QStringList{u"T-002"_s, u"T-003"_s}));
        QCOMPARE(list(search(u"lo"_s)), (QStringList{u"T-005"_s})); // case-insensitive
        QCOMPARE(list(search(u"LOAN"_s)), (QStringList{u"T-005"_s}));
        // LIKE wildcards and FTS syntax in user text are plain characters.
        QCOMPARE(list(search(u"%"_s)), (QStringList{u"T-005"_s}));
        QCOMPARE(list(search(u"0_"_s)), (QStringList{u"T-005"_s}));
        QCOMPARE(list(search(u"_"_s)), (QStringList{u"T-005"_s}));
        QCOMPARE(list(search(u"\"' OR 1=1 --"_s)), QStringList());
        QCOMPARE(list(search(u"a OR b"_s)), QStringList());
        QCOMPARE(list(search(u"贷款*"_s)), QStringList());
        QCOMPARE(list(search(u"  "_s)).size(), 5); // blank: no search
    }

    void sortByDeadlineNullsLast() {
        const AppealListQuery::Filter all;
        QCOMPARE(list(all, Column::DueDate),
                 (QStringList{u"T-002"_s, u"T-001"_s, u"T-005"_s, u"T-003"_s, u"T-004"_s}));
        QCOMPARE(list(all, Column::DueDate, Qt::DescendingOrder),
                 (QStringList{u"T-005"_s, u"T-001"_s, u"T-002"_s, u"T-004"_s, u"T-003"_s}));
        QCOMPARE(list(all, Column::Enterprise),
                 (QStringList{u"T-002"_s, u"T-005"_s, u"T-001"_s, u"T-003"_s, u"T-004"_s}));
        QCOMPARE(list(all, Column::LeadDepartment, Qt::DescendingOrder).last(), u"T-003"_s);
        AppealListQuery::Filter accepted;
        accepted.statuses = {u"accepted"_s, u"pending"_s};
        QCOMPARE(list(accepted, Column::DueDate),
                 (QStringList{u"T-002"_s, u"T-001"_s, u"T-005"_s, u"T-003"_s}));
    }

    void pagingCoversEveryRowOnce() {
        for (Column sort : AppealListQuery::columns()) {
            for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QStringList full = list({}, sort, order);
                QCOMPARE(full.size(), 5);
                for (int pageSize = 1; pageSize <= 6; ++pageSize) {
                    AppealListQuery q(db);
                    q.setSort(sort, order);
                    QStringList paged;
                    for (int offset = 0; offset < 8; offset += pageSize)
                        paged += numbers(q.fetch(offset, pageSize));
                    QCOMPARE(paged, full);
                }
            }
        }
    }

    // Two-character terms are found through the trigram vocabulary and the column tails
    // (schema step 005); a term that is a whole column or ends one has no "T?" trigram.
    void twoCharactersAtColumnEnds() {
        // SQLite answers through its trigram vocabulary (step 005); PostgreSQL through pg_trgm.
        QCOMPARE(db.sql().tables().contains(u"appeal_search_vocab"_s), !db.isServer());
        appeal(u"T-006"_s, u"华为"_s, QVariant(QMetaType::fromType<qint64>()), u"2024-08-01"_s,
               u"走访"_s, QVariant(QMetaType::fromType<qint64>()), u"夏季高峰期间限制用电"_s,
               u"AB"_s, u"水电气"_s, u"pending"_s);
        QCOMPARE(list(search(u"华为"_s)), QStringList{u"T-006"_s});
        QCOMPARE(list(search(u"用电"_s)), QStringList{u"T-006"_s});
        QCOMPARE(list(search(u"ab"_s)), QStringList{u"T-006"_s});
        QCOMPARE(list(search(u"LO"_s)), QStringList{u"T-005"_s});
        QCOMPARE(list(search(u"06"_s)), QStringList{u"T-006"_s}); // end of the number
        QCOMPARE(list(search(u"T-"_s)).size(), 6);
        exec(db, u"DELETE FROM appeals WHERE number = 'T-006'"_s);
        QCOMPARE(list(search(u"华为"_s)), QStringList());
    }

    // 1,500 demo appeals: search and deadline order checked against plain C++ over all rows.
    void demoDataCrossCheck() {
        QVERIFY(demo.open(TestServer::location(dir.path(), u"demo.sqlite"_s)));
        QVERIFY(DatabaseInitializer(demo).initialize(u"wuhai"_s));
        DemoDataGenerator generator(demo);
        QVERIFY2(generator.generate({1500, 5, DemoDataGenerator::fixedReferenceDate()}),
                 qPrintable(generator.errorString()));
        const QList<QStringList> texts = demoTexts();
        // Common and rare terms of every length; 答复 and 前期 are in prior handling only.
        for (const QString &term :
             {u"用地"_s, u"融资"_s, u"贷款"_s, u"环评批复"_s, u"有限公司"_s, u"我公司"_s, u"厂"_s,
              u"鑫"_s, u"答复"_s, u"明确答复"_s, u"前期"_s, u"。"_s, u"司"_s, u"0"_s, u"9"_s}) {
            int expected = 0;
            for (const QStringList &t : texts)
                expected += t.join(u'\u0001').contains(term, Qt::CaseInsensitive) ? 1 : 0;
            QVERIFY2(expected > 0, qPrintable(term));
            for (const auto plan :
                 {AppealListQuery::SearchPlan::Auto, AppealListQuery::SearchPlan::Scan,
                  AppealListQuery::SearchPlan::Index}) {
                AppealListQuery query(demo);
                query.setFilter(search(term));
                query.setSearchPlan(plan);
                const QString what = term + u" plan "_s + QString::number(int(plan));
                QVERIFY2(query.count() == expected, qPrintable(what));
                QVERIFY2(query.fetch(0, 100000).size() == expected, qPrintable(what));
            }
        }
        AppealListQuery query(demo);
        query.setSort(Column::DueDate);
        const auto rows = query.fetch(0, 100000);
        QCOMPARE(rows.size(), 1500);
        bool nullSeen = false;
        for (int i = 1; i < rows.size(); ++i) {
            if (!rows.at(i).dueDate.isValid()) {
                nullSeen = true;
                continue;
            }
            QVERIFY2(!nullSeen, "a dated row after an undated one");
            QVERIFY(rows.at(i - 1).dueDate <= rows.at(i).dueDate);
        }
        QVERIFY(nullSeen);
        QStringList paged;
        for (int offset = 0; offset < 1500; offset += 37)
            paged += numbers(query.fetch(offset, 37));
        QCOMPARE(paged, numbers(rows));
    }

    // A term that contains another never finds a row the other does not: every length searches
    // the same texts. 答复 found 392 of 10,000 demo appeals and 明确答复 3,025, because only
    // terms of three characters or more searched prior handling (前期反映情况).
    void longerTermNeverFindsMore() {
        QVERIFY(demo.isOpen());
        const QList<QStringList> chains = {
            {u"答"_s, u"答复"_s, u"明确答复"_s, u"尚未得到明确答复"_s},
            {u"前"_s, u"前期"_s, u"前期已向"_s},
            {u"用"_s, u"用地"_s, u"用地指"_s, u"用地指标"_s},
            {u"贷"_s, u"贷款"_s, u"贷款额度"_s},
            {u"司"_s, u"公司"_s, u"有限公司"_s}};
        for (const QStringList &chain : chains) {
            for (int i = 1; i < chain.size(); ++i) {
                const QSet<qint64> shorter = ids(demo, chain.at(i - 1));
                const QSet<qint64> longer = ids(demo, chain.at(i));
                QVERIFY2(!longer.isEmpty(), qPrintable(chain.at(i)));
                QVERIFY2(shorter.contains(longer), qPrintable(chain.at(i) + u" finds rows that "_s +
                                                              chain.at(i - 1) + u" does not"_s));
            }
        }
    }

    // The count shown first: exact without a search and on a small table, else about right.
    void estimatedCount() {
        QVERIFY(demo.isOpen());
        AppealListQuery query(demo);
        QCOMPARE(query.estimatedCount().value, 1500);
        QVERIFY(query.estimatedCount().exact);
        query.setFilter(search(u"答复"_s));
        const AppealListQuery::Count c = query.estimatedCount();
        QVERIFY(c.exact); // 1,500 rows are sampled whole
        QCOMPARE(c.value, qint64(query.count()));
        AppealListQuery small(db);
        small.setFilter(search(u"用地"_s));
        QCOMPARE(small.estimatedCount().value, 3);
    }

    // On the server a term of one or two characters holds no trigram for pg_trgm: the index
    // plan must reach the tripled texts' index (schema step 021), or a rare term reads every
    // appeal (80 ms at 100,000). Checks that the condition the list writes is the expression
    // the index was built on. SQLite: its vocabulary (twoCharactersAtColumnEnds).
    void shortTermsUseTheServersIndex() {
        if (!demo.isServer())
            return;
        for (const QString &term : {u"贷款"_s, u"鑫"_s, u"Lo"_s}) {
            QStringList conditions;
            QVariantList binds;
            QVERIFY(AppealSearch(demo, term).addIndexCondition(&conditions, &binds));
            // PostgreSQL will not PREPARE an EXPLAIN: the values go in as the driver quotes them.
            QString where = conditions.join(" AND "_L1);
            for (const QVariant &v : std::as_const(binds)) {
                QSqlField field(QString(), v.metaType());
                field.setValue(v);
                where.replace(where.indexOf(u'?'), 1, demo.sql().driver()->formatValue(field));
            }
            QSqlQuery q(demo.sql());
            QVERIFY(q.exec(u"SET enable_seqscan = off"_s));
            QVERIFY(q.exec(u"EXPLAIN SELECT count(*) FROM appeals a WHERE "_s + where));
            QString plan;
            while (q.next())
                plan += q.value(0).toString() + u'\n';
            QVERIFY(q.exec(u"RESET enable_seqscan"_s));
            QVERIFY2(plan.contains("appeals_search_short"_L1), qPrintable(term + u'\n' + plan));
        }
        // Three characters and more: pg_trgm's own index, chosen by the server's planner.
        QStringList conditions;
        QVariantList binds;
        QVERIFY(!AppealSearch(demo, u"用地指标"_s).addIndexCondition(&conditions, &binds));
    }

    // Every column sorts through its own query path (index walks, departments one by one):
    // each order must hold over all 1,500 demo rows, nulls last, ties in id order (status:
    // by date, then id), with a status filter too, and paging must give the same rows.
    void everySortOrderOnDemoData() {
        QVERIFY(demo.isOpen());
        for (const bool filtered : {false, true}) {
            AppealListQuery::Filter f;
            if (filtered)
                f.statuses = {u"accepted"_s};
            for (Column sort : AppealListQuery::columns()) {
                for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    AppealListQuery query(demo);
                    query.setFilter(f);
                    query.setSort(sort, order);
                    const auto rows = query.fetch(0, 100000);
                    const QString where =
                        AppealListQuery::columnCode(sort) + (filtered ? u" filtered"_s : u""_s);
                    QCOMPARE(rows.size(), query.count());
                    QVERIFY(rows.size() > 100);
                    QSet<qint64> ids;
                    for (const auto &r : rows)
                        ids.insert(r.id);
                    QCOMPARE(ids.size(), rows.size());
                    for (int i = 1; i < rows.size(); ++i) {
                        const QVariant a = AppealListQuery::value(rows.at(i - 1), sort);
                        const QVariant b = AppealListQuery::value(rows.at(i), sort);
                        const bool aNull = a.toString().isEmpty(), bNull = b.toString().isEmpty();
                        QVERIFY2(!(aNull && !bNull), qPrintable(where + u": null before value"_s));
                        if (aNull || bNull)
                            continue;
                        const int c = sort == Column::SubmitDate || sort == Column::DueDate
                                          ? (a.toDate() < b.toDate() ? -1 : a.toDate() > b.toDate())
                                          : QString::compare(a.toString(), b.toString());
                        const int sign = order == Qt::AscendingOrder ? 1 : -1;
                        QVERIFY2(c * sign <= 0, qPrintable(where + u" at row %1"_s.arg(i)));
                        if (c != 0 || sort == Column::DueDate || sort == Column::Number)
                            continue;
                        const QDate d0 = rows.at(i - 1).submitDate, d1 = rows.at(i).submitDate;
                        if (sort == Column::Status && d0 != d1) {
                            QVERIFY2(order == Qt::AscendingOrder ? d0 < d1 : d0 > d1,
                                     qPrintable(where + u": status tie not by date"_s));
                            continue;
                        }
                        QVERIFY2(sign * (rows.at(i).id - rows.at(i - 1).id) > 0,
                                 qPrintable(where + u": tie not in id order at row %1"_s.arg(i)));
                    }
                    QList<AppealListQuery::Row> paged;
                    for (int offset = 0; offset < rows.size() + 200; offset += 173)
                        paged += query.fetch(offset, 173);
                    QCOMPARE(numbers(paged), numbers(rows));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAppealListQuery)
#include "tst_appeallistquery.moc"
