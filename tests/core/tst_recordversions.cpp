#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/records/DepartmentMerge.h"
#include "core/records/DepartmentRepository.h"
#include "core/records/EnterpriseMerge.h"
#include "core/records/EnterpriseRepository.h"
#include "core/records/LeaderMerge.h"
#include "core/records/LeaderRepository.h"
#include "tests/support/TestServer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Issue 9's lost update for the registry records a form edits (enterprise, department,
// leader): two desks on one database, each with its own connection, open the same record;
// A saves first, B's save over the version it read is refused with who changed it and when,
// and A's change stays. Saving B's changes onto A's keeps what only A changed.
class TestRecordVersions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_other; // desk B
    int m_file = 0;

    QString deskA() const { return m_db->isServer() ? m_db->userName() : u"desk-a"_s; }

    // The refusal names desk A and says when.
    template <typename Repository> void checkRefusal(const Repository &repo, const QString &label) {
        QVERIFY(repo.conflict());
        QCOMPARE(repo.conflict()->who, deskA());
        QVERIFY(repo.conflict()->at.isValid());
        QVERIFY2(repo.errorString().contains(deskA()), qPrintable(repo.errorString()));
        QVERIFY2(repo.errorString().contains(label), qPrintable(repo.errorString()));
    }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY2(
            m_db->open(TestServer::location(m_dir.path(), u"versions-%1.sqlite"_s.arg(++m_file))),
            qPrintable(m_db->errorString()));
        DatabaseInitializer init(*m_db);
        QVERIFY2(init.initialize(u"wushen"_s), qPrintable(init.errorString()));
        m_other = std::make_unique<Database>();
        QVERIFY2(m_other->open(m_db->path()), qPrintable(m_other->errorString()));
        AuditLog::setCurrentUser(u"clerk"_s);
    }

    void cleanup() {
        m_other.reset();
        m_db.reset();
        AuditLog::setCurrentUser(u"clerk"_s);
    }

    // A saves a new phone, B (opened before) a new 负责人: B is refused, A's phone stays.
    void enterpriseStaleSaveIsRefused() {
        EnterpriseRepository repo(*m_db);
        Enterprise e;
        e.name = u"乌审旗宏达化工有限公司"_s;
        e.phone = u"0477-7561234"_s;
        e.responsiblePerson = u"王强"_s;
        e.tags = {u"规上"_s};
        QVERIFY2(repo.insert(e), qPrintable(repo.errorString()));
        EnterpriseRepository otherRepo(*m_other);
        Enterprise windowA = *repo.find(e.id);
        const Enterprise loadedByB = *otherRepo.find(e.id);

        AuditLog::setCurrentUser(u"desk-a"_s);
        windowA.phone = u"13904771111"_s;
        QVERIFY2(repo.update(windowA), qPrintable(repo.errorString()));

        AuditLog::setCurrentUser(u"desk-b"_s);
        Enterprise windowB = loadedByB;
        windowB.responsiblePerson = u"李娜"_s;
        windowB.tags = {u"规上"_s, u"高新技术"_s};
        QVERIFY(!otherRepo.update(windowB));
        checkRefusal(otherRepo, e.name);
        QCOMPARE(loadedByB.version, 1);
        QCOMPARE(windowA.version, 2);
        const Enterprise stored = *repo.find(e.id);
        QCOMPARE(stored.phone, u"13904771111"_s); // A's phone did not go back
        QCOMPARE(stored.responsiblePerson, u"王强"_s);
        QCOMPARE(AuditLog(*m_db).history(u"enterprise"_s, e.id).size(), 2);

        // B saves "mine": B's 负责人 and tags onto A's version; A's phone stays.
        const EnterpriseMerge merge(loadedByB, windowB, *otherRepo.find(e.id));
        QCOMPARE(merge.changedElsewhere(), QList<EnterpriseMerge::Field>{EnterpriseField::Phone});
        QVERIFY(merge.changedByYou(EnterpriseField::ResponsiblePerson));
        QVERIFY(merge.changedByYou(EnterpriseField::Tags));
        QVERIFY(!merge.hasConflicts());
        QCOMPARE(merge.column(EnterpriseField::Phone), u"phone"_s);
        Enterprise merged = merge.merged();
        QVERIFY2(otherRepo.update(merged), qPrintable(otherRepo.errorString()));
        QCOMPARE(merged.version, 3);
        const Enterprise now = *repo.find(e.id);
        QCOMPARE(now.phone, u"13904771111"_s);
        QCOMPARE(now.responsiblePerson, u"李娜"_s);
        QCOMPARE(now.tags, (QStringList{u"规上"_s, u"高新技术"_s}));

        // Both change the phone: a conflict, and "mine" is B's number.
        const Enterprise loadedAgain = *otherRepo.find(e.id);
        windowA = *repo.find(e.id);
        windowA.phone = u"13904772222"_s;
        QVERIFY(repo.update(windowA));
        windowB = loadedAgain;
        windowB.phone = u"13904773333"_s;
        QVERIFY(!otherRepo.update(windowB));
        const EnterpriseMerge clash(loadedAgain, windowB, *otherRepo.find(e.id));
        QVERIFY(clash.conflicts(EnterpriseField::Phone));
        merged = clash.merged();
        QVERIFY2(otherRepo.update(merged), qPrintable(otherRepo.errorString()));
        QCOMPARE(repo.find(e.id)->phone, u"13904773333"_s);
    }

    // An import filling a credit code the record lacked reads and writes in one go: it is not
    // refused, and it keeps the phone a desk saved before.
    void enterpriseCodeFillKeepsOtherChanges() {
        EnterpriseRepository repo(*m_db);
        Enterprise e;
        e.name = u"乌审旗远大能源有限公司"_s;
        QVERIFY(repo.insert(e));
        Enterprise windowA = *repo.find(e.id);
        windowA.phone = u"13904774444"_s;
        QVERIFY(repo.update(windowA));
        EnterpriseRepository otherRepo(*m_other);
        QVERIFY2(otherRepo.fillUscc(e.id, u"91150626MA0N0XXX1A"_s),
                 qPrintable(otherRepo.errorString()));
        const Enterprise now = *repo.find(e.id);
        QCOMPARE(now.phone, u"13904774444"_s);
        QCOMPARE(now.uscc, u"91150626MA0N0XXX1A"_s);
        QCOMPARE(now.version, 3);
    }

    void departmentStaleSaveIsRefused() {
        DepartmentRepository repo(*m_db);
        Department d;
        d.name = u"乌审旗自然资源局"_s;
        d.contact = u"刘洋"_s;
        d.phone = u"0477-7560001"_s;
        QVERIFY2(repo.insert(d), qPrintable(repo.errorString()));
        DepartmentRepository otherRepo(*m_other);
        Department windowA = *repo.find(d.id);
        const Department loadedByB = *otherRepo.find(d.id);

        AuditLog::setCurrentUser(u"desk-a"_s);
        windowA.phone = u"0477-7560002"_s;
        QVERIFY2(repo.update(windowA), qPrintable(repo.errorString()));

        AuditLog::setCurrentUser(u"desk-b"_s);
        Department windowB = loadedByB;
        windowB.contact = u"陈静"_s;
        QVERIFY(!otherRepo.update(windowB));
        checkRefusal(otherRepo, d.name);
        QCOMPARE(loadedByB.version, 1);
        QCOMPARE(windowA.version, 2);
        QCOMPARE(repo.find(d.id)->phone, u"0477-7560002"_s);
        QCOMPARE(repo.find(d.id)->contact, u"刘洋"_s);

        const DepartmentMerge merge(loadedByB, windowB, *otherRepo.find(d.id));
        QCOMPARE(merge.changedElsewhere(), QList<DepartmentMerge::Field>{DepartmentField::Phone});
        Department merged = merge.merged();
        QVERIFY2(otherRepo.update(merged), qPrintable(otherRepo.errorString()));
        QCOMPARE(repo.find(d.id)->phone, u"0477-7560002"_s);
        QCOMPARE(repo.find(d.id)->contact, u"陈静"_s);
        QCOMPARE(repo.find(d.id)->version, 3);
    }

    void leaderStaleSaveIsRefused() {
        LeaderRepository repo(*m_db);
        Leader l;
        l.name = u"张建国"_s;
        l.title = u"副旗长"_s;
        l.domains = {u"工业"_s};
        QVERIFY2(repo.insert(l), qPrintable(repo.errorString()));
        LeaderRepository otherRepo(*m_other);
        Leader windowA = *repo.find(l.id);
        const Leader loadedByB = *otherRepo.find(l.id);

        AuditLog::setCurrentUser(u"desk-a"_s);
        windowA.title = u"常务副旗长"_s;
        QVERIFY2(repo.update(windowA), qPrintable(repo.errorString()));

        AuditLog::setCurrentUser(u"desk-b"_s);
        Leader windowB = loadedByB;
        windowB.domains = {u"工业"_s, u"能源"_s};
        QVERIFY(!otherRepo.update(windowB));
        checkRefusal(otherRepo, l.name);
        QCOMPARE(loadedByB.version, 1);
        QCOMPARE(windowA.version, 2);
        QCOMPARE(repo.find(l.id)->title, u"常务副旗长"_s);
        QCOMPARE(repo.find(l.id)->domains, QStringList{u"工业"_s});

        const LeaderMerge merge(loadedByB, windowB, *otherRepo.find(l.id));
        QCOMPARE(merge.changedElsewhere(), QList<LeaderMerge::Field>{LeaderField::Title});
        Leader merged = merge.merged();
        QVERIFY2(otherRepo.update(merged), qPrintable(otherRepo.errorString()));
        QCOMPARE(repo.find(l.id)->title, u"常务副旗长"_s);
        QCOMPARE(repo.find(l.id)->domains, (QStringList{u"工业"_s, u"能源"_s}));
    }
};

QTEST_GUILESS_MAIN(TestRecordVersions)
#include "tst_recordversions.moc"
