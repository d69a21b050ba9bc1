#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/ProfileRepository.h"
#include "core/TransactionGuard.h"
#include "core/records/AppealMerge.h"
#include "core/records/AppealNumbering.h"
#include "core/records/AppealRepository.h"
#include "core/records/DepartmentRepository.h"
#include "core/records/EnterpriseRepository.h"
#include "core/records/LeaderRepository.h"
#include "tests/support/TestServer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The repositories on a real SQLite file: what is written comes back, and every write leaves
// its audit entry.
class TestRecords : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_file = 0;

    int count(const QString &sql) {
        QSqlQuery q(m_db->sql());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    Appeal sampleAppeal(const QString &unit, const QDate &date) {
        Appeal a;
        a.submittingUnit = unit;
        a.submitDate = date;
        a.problem = u"项目用地手续办理周期长，影响二期开工。"_s;
        a.suggestions = u"建议建立用地审批绿色通道。"_s;
        a.phone = u"0473-8991510"_s;
        a.responsiblePerson = u"张伟"_s;
        return a;
    }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY2(
            m_db->open(TestServer::location(m_dir.path(), u"records-%1.sqlite"_s.arg(++m_file))),
            qPrintable(m_db->errorString()));
        DatabaseInitializer init(*m_db);
        QVERIFY2(init.initialize(u"wushen"_s), qPrintable(init.errorString()));
        AuditLog::setCurrentUser(u"clerk"_s);
    }

    void cleanup() { m_db.reset(); }

    void enterpriseRoundTrip() {
        EnterpriseRepository repo(*m_db);
        Enterprise e;
        e.name = u"  乌审旗蒙泰煤电有限公司 "_s;
        e.uscc = u"91150626ma0n6x8k2n"_s;
        e.responsiblePerson = u"王明"_s;
        e.phone = u"13847712345"_s;
        e.industry = u"能源"_s;
        e.district = u"嘎鲁图镇"_s;
        e.tags = {u"规上"_s, u"高新技术"_s, u"规上"_s, u" "_s};
        QVERIFY2(repo.insert(e), qPrintable(repo.errorString()));
        QVERIFY(e.id > 0);
        QCOMPARE(e.name, u"乌审旗蒙泰煤电有限公司"_s);

        const auto found = repo.find(e.id);
        QVERIFY(found);
        QCOMPARE(found->uscc, u"91150626MA0N6X8K2N"_s);
        QCOMPARE(found->tags, (QStringList{u"规上"_s, u"高新技术"_s}));
        QCOMPARE(found->district, u"嘎鲁图镇"_s);
        QCOMPARE(repo.findByName(u"乌审旗蒙泰煤电有限公司"_s)->id, e.id);
        QCOMPARE(repo.findByUscc(u"91150626ma0n6x8k2n"_s)->id, e.id);
        QVERIFY(!repo.findByUscc(QString()));
        QVERIFY(!repo.findByName(u"不存在的公司"_s));

        Enterprise dup;
        dup.name = u"乌审旗蒙泰煤电有限公司"_s;
        QVERIFY(!repo.insert(dup));
        QVERIFY(repo.errorString().contains(u"already exists"_s));

        Enterprise changed = *found;
        changed.phone = u"0477-7212345"_s;
        changed.tags = {u"规上"_s, u"上市后备"_s};
        QVERIFY2(repo.update(changed), qPrintable(repo.errorString()));
        QCOMPARE(repo.find(e.id)->tags, (QStringList{u"上市后备"_s, u"规上"_s}));

        const auto history = AuditLog(*m_db).history(u"enterprise"_s, e.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).action, u"created"_s);
        // On a server the log names the role that logged in, not what the program was told.
        QCOMPARE(history.at(0).who, m_db->isServer() ? m_db->userName() : u"clerk"_s);
        QCOMPARE(history.at(1).action, u"updated"_s);
        const QJsonObject phone = history.at(1).detail.value(u"phone"_s).toObject();
        QCOMPARE(phone.value(u"from"_s).toString(), u"13847712345"_s);
        QCOMPARE(phone.value(u"to"_s).toString(), u"0477-7212345"_s);
        QVERIFY(!history.at(1).detail.contains(u"name"_s));
        // An update that changes nothing writes nothing.
        QVERIFY(repo.update(changed));
        QCOMPARE(AuditLog(*m_db).history(u"enterprise"_s, e.id).size(), 2);
    }

    void enterpriseSearch() {
        EnterpriseRepository repo(*m_db);
        for (const QString &name : {u"鄂尔多斯市乌审旗分公司"_s, u"乌审旗天然气化工有限公司"_s,
                                    u"乌审旗绿能科技"_s, u"通辽市某某商贸"_s}) {
            Enterprise e;
            e.name = name;
            QVERIFY(repo.insert(e));
        }
        const auto hits = repo.searchByName(u"乌审旗"_s, 10);
        QStringList names;
        for (const auto &e : hits)
            names << e.name;
        // Prefix matches first, shorter names first among them.
        QCOMPARE(names, (QStringList{u"乌审旗绿能科技"_s, u"乌审旗天然气化工有限公司"_s,
                                     u"鄂尔多斯市乌审旗分公司"_s}));
        QCOMPARE(repo.searchByName(u"乌审旗"_s, 2).size(), 2);
        QCOMPARE(repo.searchByName(u"商贸"_s, 10).size(), 1);
        QCOMPARE(repo.searchByName(u"100%"_s, 10).size(), 0);
    }

    void departmentsAndLeaders() {
        DepartmentRepository departments(*m_db);
        Department d;
        d.name = u"乌审旗经济发展局"_s;
        d.shortName = u"经发局"_s;
        d.contact = u"李强"_s;
        d.phone = u"0477-7512345"_s;
        QVERIFY2(departments.insert(d), qPrintable(departments.errorString()));
        QCOMPARE(departments.findByName(u"经发局"_s)->id, d.id);
        QCOMPARE(departments.findByName(u"乌审旗经济发展局"_s)->contact, u"李强"_s);
        Department same;
        same.name = u"乌审旗经济发展局"_s;
        QVERIFY(!departments.insert(same));
        d.contact = u"赵敏"_s;
        QVERIFY(departments.update(d));
        QCOMPARE(departments.find(d.id)->contact, u"赵敏"_s);
        QCOMPARE(departments.list().size(), 1);
        QCOMPARE(AuditLog(*m_db).history(u"department"_s, d.id).size(), 2);

        LeaderRepository leaders(*m_db);
        Leader l;
        l.name = u"刘副市长"_s;
        l.title = u"副市长"_s;
        l.domains = {u"工业、能源"_s, u"住建"_s};
        QVERIFY2(leaders.insert(l), qPrintable(leaders.errorString()));
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(u"SELECT domains FROM leaders WHERE id = %1"_s.arg(l.id)) && q.next());
        QCOMPARE(q.value(0).toString(), u"工业,能源,住建"_s);
        QCOMPARE(leaders.find(l.id)->domains, (QStringList{u"工业"_s, u"能源"_s, u"住建"_s}));
        QCOMPARE(leaders.withDomain(u"能源"_s).size(), 1);
        QCOMPARE(leaders.withDomain(u"教育"_s).size(), 0);
        l.domains = {u"教育"_s};
        QVERIFY(leaders.update(l));
        QCOMPARE(leaders.withDomain(u"教育"_s).first().id, l.id);
        QCOMPARE(AuditLog(*m_db).history(u"leader"_s, l.id).size(), 2);
    }

    // A read that fails (the server away, a table the login cannot read) is not a record that
    // is gone: the save says why the record could not be read. Only a row that is really not
    // there is "There is no … with id N" (a failed read said so, and the clerk took the record
    // for deleted).
    void failedReadIsNotAMissingRecord() {
        EnterpriseRepository enterprises(*m_db);
        DepartmentRepository departments(*m_db);
        LeaderRepository leaders(*m_db);
        Enterprise e;
        e.name = u"乌审旗蒙泰煤电有限公司"_s;
        QVERIFY2(enterprises.insert(e), qPrintable(enterprises.errorString()));
        Department d;
        d.name = u"乌审旗经济发展局"_s;
        QVERIFY2(departments.insert(d), qPrintable(departments.errorString()));
        Leader l;
        l.name = u"刘副市长"_s;
        QVERIFY2(leaders.insert(l), qPrintable(leaders.errorString()));

        Enterprise ghostEnterprise = e;
        ghostEnterprise.id += 100;
        QVERIFY(!enterprises.update(ghostEnterprise));
        QCOMPARE(enterprises.errorString(),
                 u"There is no enterprise with id %1"_s.arg(ghostEnterprise.id));
        Department ghostDepartment = d;
        ghostDepartment.id += 100;
        QVERIFY(!departments.update(ghostDepartment));
        QCOMPARE(departments.errorString(),
                 u"There is no department with id %1"_s.arg(ghostDepartment.id));
        Leader ghostLeader = l;
        ghostLeader.id += 100;
        QVERIFY(!leaders.update(ghostLeader));
        QCOMPARE(leaders.errorString(), u"There is no leader with id %1"_s.arg(ghostLeader.id));

        QSqlQuery q(m_db->sql());
        for (const QString &table : {u"enterprise_tags"_s, u"departments"_s, u"leaders"_s})
            QVERIFY2(q.exec(u"ALTER TABLE %1 RENAME TO %1_away"_s.arg(table)),
                     qPrintable(q.lastError().text()));
        e.phone = u"13847712345"_s;
        QVERIFY(!enterprises.update(e));
        QVERIFY2(enterprises.errorString().startsWith(u"Cannot read the enterprise"_s),
                 qPrintable(enterprises.errorString()));
        d.phone = u"0477-7512345"_s;
        QVERIFY(!departments.update(d));
        QVERIFY2(departments.errorString().startsWith(u"Cannot read the department"_s),
                 qPrintable(departments.errorString()));
        l.title = u"副市长"_s;
        QVERIFY(!leaders.update(l));
        QVERIFY2(leaders.errorString().startsWith(u"Cannot read the leader"_s),
                 qPrintable(leaders.errorString()));
    }

    void numberingPattern() {
        QCOMPARE(AppealNumbering::format(u"WS{year}-{seq:4}"_s, 2024, 7), u"WS2024-0007"_s);
        QCOMPARE(AppealNumbering::format(u"{yy}-{seq}"_s, 2024, 12), u"24-12"_s);
        QCOMPARE(AppealNumbering::format(u"{year}{seq:3}"_s, 2024, 12345), u"202412345"_s);
        QVERIFY(AppealNumbering::isValidPattern(u"WS{year}-{seq:4}"_s));
        QVERIFY(!AppealNumbering::isValidPattern(u"WS{year}"_s));
        QVERIFY(!AppealNumbering::isValidPattern(u"{seq}{seq}"_s));
    }

    void numberingFromActiveProfile() {
        QCOMPARE(ProfileRepository(*m_db).activeCode(), u"wushen"_s);
        AppealNumbering numbering(*m_db);
        QCOMPARE(numbering.preview(2024), u"WS2024-0001"_s);
        QCOMPARE(numbering.next(2024), u"WS2024-0001"_s);
        QCOMPARE(numbering.next(2024), u"WS2024-0002"_s);
        QCOMPARE(numbering.next(2025), u"WS2025-0001"_s); // per year
        QCOMPARE(numbering.next(2024), u"WS2024-0003"_s);

        // A number typed in by hand is skipped, not reused.
        AppealRepository appeals(*m_db);
        Appeal manual = sampleAppeal(u"甲公司"_s, QDate(2024, 3, 1));
        manual.number = u"WS2024-0004"_s;
        QVERIFY(appeals.insert(manual));
        QCOMPARE(numbering.next(2024), u"WS2024-0005"_s);

        // A rolled-back transaction gives its number back.
        {
            TransactionGuard tx(m_db->sql());
            QCOMPARE(numbering.next(2024), u"WS2024-0006"_s);
        }
        QCOMPARE(numbering.next(2024), u"WS2024-0006"_s);

        // Switching profile starts that profile's own sequence.
        QVERIFY(ProfileRepository(*m_db).setActive(u"tongliao"_s));
        QCOMPARE(numbering.next(2024), u"TL2024-0001"_s);
    }

    void numberingContinuesAfterExistingNumbers() {
        // Appeals numbered before the counter existed (an older database, an import).
        AppealRepository appeals(*m_db);
        for (const QString &n : {u"WS2024-0041"_s, u"WS2024-0007"_s, u"WS2023-0099"_s}) {
            Appeal a = sampleAppeal(u"乙公司"_s, QDate(2024, 5, 1));
            a.number = n;
            QVERIFY2(appeals.insert(a), qPrintable(appeals.errorString()));
        }
        QCOMPARE(AppealNumbering(*m_db).next(2024), u"WS2024-0042"_s);
        QCOMPARE(AppealNumbering(*m_db).next(2023), u"WS2023-0100"_s);
    }

    void appealInsertAndFind() {
        EnterpriseRepository enterprises(*m_db);
        Enterprise e;
        e.name = u"乌审旗蒙泰煤电有限公司"_s;
        QVERIFY(enterprises.insert(e));
        DepartmentRepository departments(*m_db);
        Department d;
        d.name = u"乌审旗政务服务与数据管理局"_s;
        QVERIFY(departments.insert(d));

        AppealRepository repo(*m_db);
        Appeal a = sampleAppeal(e.name, QDate(2024, 7, 5));
        a.enterpriseId = e.id;
        a.collectingDepartmentId = d.id;
        a.channel = u"12345"_s;
        a.domain = u"自然资源"_s;
        a.industryWide = true;
        a.urgent = true;
        a.priorHandling = u"2024年5月已向自然资源局反映。"_s;
        QVERIFY2(repo.insert(a), qPrintable(repo.errorString()));
        QCOMPARE(a.number, u"WS2024-0001"_s);
        QVERIFY(a.createdAt.isValid());

        const auto found = repo.findByNumber(u"WS2024-0001"_s);
        QVERIFY(found);
        QCOMPARE(found->id, a.id);
        QCOMPARE(found->enterpriseId, e.id);
        QCOMPARE(found->collectingDepartmentId, d.id);
        QCOMPARE(found->submitDate, QDate(2024, 7, 5));
        QCOMPARE(found->problem, a.problem);
        QCOMPARE(found->priorHandling, a.priorHandling);
        QVERIFY(found->industryWide);
        QVERIFY(found->urgent);
        QCOMPARE(found->status, Appeal::Status::Pending);
        QCOMPARE(found->createdAt.toString(Qt::ISODate).size(), 19); // seconds stored
        QCOMPARE(repo.forEnterprise(e.id).size(), 1);

        // Stored as ISO text, scope and urgency as codes.
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(u"SELECT submit_date, scope, urgency FROM appeals"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"2024-07-05"_s);
        QCOMPARE(q.value(1).toString(), u"industry"_s);
        QCOMPARE(q.value(2).toString(), u"urgent"_s);

        const auto history = AuditLog(*m_db).history(u"appeal"_s, a.id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().action, u"created"_s);
        QCOMPARE(history.first().detail.value(u"number"_s).toString(), u"WS2024-0001"_s);

        Appeal clash = sampleAppeal(u"丙公司"_s, QDate(2024, 7, 6));
        clash.number = u"WS2024-0001"_s;
        QVERIFY(!repo.insert(clash));
        QVERIFY(repo.errorString().contains(u"WS2024-0001"_s));
        Appeal missing;
        QVERIFY(!repo.insert(missing));
        QCOMPARE(count(u"SELECT count(*) FROM appeals"_s), 1);
    }

    // Issue 9's lost update: two windows on the same database, A changes the phone and saves,
    // B (opened before A saved) changes only the 备注 and saves. B's save must be refused with
    // who changed the appeal and when; A's phone stays, and the log does not blame B for it.
    void staleSaveIsRefusedNotLost() {
        AppealRepository repo(*m_db);
        Appeal appeal = sampleAppeal(u"甲公司"_s, QDate(2024, 7, 1));
        QVERIFY(repo.insert(appeal));
        QCOMPARE(appeal.version, 1);

        Database other; // the second window: its own connection to the same database
        QVERIFY2(other.open(m_db->path()), qPrintable(other.errorString()));
        AppealRepository otherRepo(other);
        Appeal windowA = *repo.find(appeal.id);
        Appeal windowB = *otherRepo.find(appeal.id);

        AuditLog::setCurrentUser(u"desk-a"_s);
        windowA.phone = u"13900001111"_s;
        QVERIFY2(repo.update(windowA), qPrintable(repo.errorString()));
        QCOMPARE(windowA.version, 2);

        AuditLog::setCurrentUser(u"desk-b"_s);
        windowB.priorHandling = u"已电话回访企业。"_s;
        QVERIFY(!otherRepo.update(windowB));
        QVERIFY(otherRepo.conflict());
        const QString who = m_db->isServer() ? m_db->userName() : u"desk-a"_s;
        QCOMPARE(otherRepo.conflict()->who, who);
        QVERIFY(otherRepo.conflict()->at.isValid());
        QVERIFY2(otherRepo.errorString().contains(who), qPrintable(otherRepo.errorString()));
        QVERIFY(otherRepo.errorString().contains(appeal.number));
        // A user of the office is named as the office knows them, with the login beside.
        QSqlQuery user(m_db->sql());
        QVERIFY(user.exec(u"INSERT INTO users (name, full_name, role, created_at) "
                          "VALUES ('%1', '赵敏', 'clerk', '2024-07-01')"_s.arg(who)));
        QVERIFY(!otherRepo.update(windowB));
        QCOMPARE(otherRepo.conflict()->who, u"赵敏（%1）"_s.arg(who));
        QVERIFY(user.exec(u"DELETE FROM users"_s));

        const Appeal stored = *repo.find(appeal.id);
        QCOMPARE(stored.phone, u"13900001111"_s); // A's phone did not go back
        QCOMPARE(stored.priorHandling, appeal.priorHandling);
        const auto history = AuditLog(*m_db).history(u"appeal"_s, appeal.id);
        QCOMPARE(history.size(), 2); // created, A's update; nothing of B's
        QVERIFY(history.last().detail.contains(u"phone"_s));

        // B chooses to overwrite: the form's values over the version now stored. Only what B's
        // form differs in is written, so A's phone goes back only because B's form says so.
        windowB.version = stored.version;
        QVERIFY2(otherRepo.update(windowB), qPrintable(otherRepo.errorString()));
        QCOMPARE(repo.find(appeal.id)->priorHandling, u"已电话回访企业。"_s);
        QCOMPARE(repo.find(appeal.id)->version, 3);
        // B reloads instead: the stored values with the stored version save cleanly.
        Appeal reloaded = *otherRepo.find(appeal.id);
        reloaded.phone = u"13900001111"_s;
        QVERIFY2(otherRepo.update(reloaded), qPrintable(otherRepo.errorString()));
        QCOMPARE(repo.find(appeal.id)->phone, u"13900001111"_s);
        AuditLog::setCurrentUser(u"clerk"_s);
    }

    // B saves "mine" after the conflict: B's form still holds the phone it loaded, which B never
    // touched. The merge of what B's form loaded, what B made of it and what is stored keeps
    // A's phone and writes B's 备注; a field both changed is a conflict and
    // takes B's value, as B chose.
    void savingMineKeepsWhatTheOtherDeskChanged() {
        AppealRepository repo(*m_db);
        Appeal appeal = sampleAppeal(u"甲公司"_s, QDate(2024, 7, 1));
        QVERIFY(repo.insert(appeal));
        Database other;
        QVERIFY2(other.open(m_db->path()), qPrintable(other.errorString()));
        AppealRepository otherRepo(other);
        const Appeal loadedByB = *otherRepo.find(appeal.id);

        Appeal windowA = *repo.find(appeal.id);
        windowA.phone = u"13900001111"_s;
        windowA.urgent = true;
        QVERIFY2(repo.update(windowA), qPrintable(repo.errorString()));

        Appeal windowB = loadedByB;
        windowB.priorHandling = u"已电话回访企业。"_s;
        windowB.urgent = true; // the same change as A's: no conflict
        QVERIFY(!otherRepo.update(windowB));
        const Appeal stored = *otherRepo.find(appeal.id);
        const AppealMerge merge(loadedByB, windowB, stored);
        QCOMPARE(merge.changedElsewhere(), (QList<AppealMerge::Field>{AppealMerge::Field::Phone,
                                                                      AppealMerge::Field::Urgent}));
        QVERIFY(merge.changedByYou(AppealMerge::Field::PriorHandling));
        QVERIFY(!merge.changedByYou(AppealMerge::Field::Phone));
        QVERIFY(!merge.hasConflicts());
        Appeal merged = merge.merged();
        QVERIFY2(otherRepo.update(merged), qPrintable(otherRepo.errorString()));
        Appeal now = *repo.find(appeal.id);
        QCOMPARE(now.phone, u"13900001111"_s);
        QCOMPARE(now.priorHandling, u"已电话回访企业。"_s);
        QVERIFY(now.urgent);

        // Both change the phone: a conflict, and "mine" means B's number.
        const Appeal loadedAgain = *otherRepo.find(appeal.id);
        windowA = *repo.find(appeal.id);
        windowA.phone = u"13900002222"_s;
        QVERIFY(repo.update(windowA));
        windowB = loadedAgain;
        windowB.phone = u"13900003333"_s;
        QVERIFY(!otherRepo.update(windowB));
        const AppealMerge clash(loadedAgain, windowB, *otherRepo.find(appeal.id));
        QVERIFY(clash.conflicts(AppealMerge::Field::Phone));
        merged = clash.merged();
        QVERIFY2(otherRepo.update(merged), qPrintable(otherRepo.errorString()));
        QCOMPARE(repo.find(appeal.id)->phone, u"13900003333"_s);
    }

    void appealUpdateTopicDuplicate() {
        AppealRepository repo(*m_db);
        Appeal first = sampleAppeal(u"甲公司"_s, QDate(2024, 7, 1));
        Appeal second = sampleAppeal(u"乙公司"_s, QDate(2024, 7, 2));
        Appeal third = sampleAppeal(u"丙公司"_s, QDate(2024, 7, 3));
        QVERIFY(repo.insert(first) && repo.insert(second) && repo.insert(third));

        Appeal edited = *repo.find(second.id);
        edited.problem = u"供电线路改造滞后。"_s;
        edited.urgent = true;
        QVERIFY2(repo.update(edited), qPrintable(repo.errorString()));
        QCOMPARE(repo.find(second.id)->problem, u"供电线路改造滞后。"_s);
        edited.number = first.number;
        QVERIFY(!repo.update(edited));
        QVERIFY(repo.errorString().contains(first.number));

        QSqlQuery t(m_db->sql());
        QVERIFY(t.exec(
            u"INSERT INTO topics (title, created_at) VALUES ('用地', '2024-07-05T09:00:00')"_s));
        const qint64 topic = t.lastInsertId().toLongLong();
        QVERIFY(repo.setTopic(first.id, topic));
        QCOMPARE(repo.find(first.id)->topicId, topic);
        QVERIFY(repo.setTopic(first.id, 0));
        QCOMPARE(repo.find(first.id)->topicId, 0);

        QVERIFY(repo.markDuplicate(second.id, first.id));
        QCOMPARE(repo.find(second.id)->duplicateOf, first.id);
        // A duplicate of a duplicate points at the first original.
        QVERIFY(repo.markDuplicate(third.id, second.id));
        QCOMPARE(repo.find(third.id)->duplicateOf, first.id);
        QVERIFY(!repo.markDuplicate(first.id, third.id)); // would point at itself
        QVERIFY(!repo.markDuplicate(first.id, 9999));
        QVERIFY(repo.markDuplicate(second.id, 0));
        QCOMPARE(repo.find(second.id)->duplicateOf, 0);

        QStringList actions;
        for (const auto &e : AuditLog(*m_db).history(u"appeal"_s, second.id))
            actions << e.action;
        QCOMPARE(actions, (QStringList{u"created"_s, u"updated"_s, u"marked_duplicate"_s,
                                       u"duplicate_cleared"_s}));
        actions.clear();
        for (const auto &e : AuditLog(*m_db).history(u"appeal"_s, first.id))
            actions << e.action;
        QCOMPARE(actions, (QStringList{u"created"_s, u"topic_set"_s, u"topic_cleared"_s}));
        // update() does not touch the screening decision.
        QCOMPARE(repo.find(second.id)->status, Appeal::Status::Pending);
    }

    void writeAndAuditShareOneTransaction() {
        // A caller's rollback takes the record and its audit entry away together.
        const int auditBefore = count(u"SELECT count(*) FROM audit_log"_s);
        {
            TransactionGuard tx(m_db->sql());
            Enterprise e;
            e.name = u"回滚测试公司"_s;
            QVERIFY(EnterpriseRepository(*m_db).insert(e));
            Appeal a = sampleAppeal(e.name, QDate(2024, 7, 5));
            QVERIFY(AppealRepository(*m_db).insert(a));
        }
        QCOMPARE(count(u"SELECT count(*) FROM enterprises"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM appeals"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), auditBefore);
    }
};

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
