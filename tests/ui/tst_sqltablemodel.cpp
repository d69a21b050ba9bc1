#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/queries/SqlListQuery.h"
#include "ui/SqlTableModel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The smallest useful list: enterprises with a name filter bound as a parameter.
class EnterpriseNamesQuery : public SqlListQuery {
public:
    explicit EnterpriseNamesQuery(Database &db)
        : SqlListQuery(db, {{u"name"_s, u"name"_s}, {u"district"_s, {}}}) {}
    QString filter;

protected:
    QString selectSql() const override {
        return u"SELECT id, name, district FROM enterprises WHERE name LIKE ?"_s;
    }
    QVariantList bindValues() const override { return {u"%"_s + filter + u"%"_s}; }
};

class EnterpriseNames : public SqlTableModel {
public:
    explicit EnterpriseNames(Database &db)
        : SqlTableModel(std::make_unique<EnterpriseNamesQuery>(db)) {
        setColumns({{u"name"_s, u"Name"_s}, {u"district"_s, u"District"_s}});
    }
    void setFilter(const QString &text) {
        static_cast<EnterpriseNamesQuery &>(query()).filter = text;
    }
};
} // namespace

class TestSqlTableModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(u"t.sqlite"_s)));
        QVERIFY(DatabaseInitializer(m_db).initialize(u"tongliao"_s));
        QSqlQuery q(m_db.sql());
        QVERIFY(m_db.sql().transaction());
        q.prepare(u"INSERT INTO enterprises (name, district, created_at, updated_at) "
                  "VALUES (?, ?, '2024-01-01', '2024-01-01')"_s);
        for (int i = 0; i < 1000; ++i) {
            q.addBindValue(u"企业%1"_s.arg(i, 4, 10, QLatin1Char('0')));
            q.addBindValue(i % 2 ? u"东区"_s : u"西区"_s);
            QVERIFY(q.exec());
        }
        QVERIFY(m_db.sql().commit());
    }

    void fetchesLazilyInChunks() {
        EnterpriseNames model(m_db);
        model.setChunkSize(100);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.totalCount(), 1000);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        // Newest first by default (ORDER BY id DESC).
        QCOMPARE(model.index(0, 0).data().toString(), u"企业0999"_s);
        QVERIFY(model.index(0, 0).data(SqlTableModel::IdRole).toLongLong() > 0);
    }

    void sortsAndFiltersInSql() {
        EnterpriseNames model(m_db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(u"企业00"_s);
        model.sort(0, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.index(0, 0).data().toString(), u"企业0000"_s);
        model.sort(0, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), u"企业0099"_s);
        // The query does not sort by district: the order stays as it was.
        model.sort(1, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), 0);
        QCOMPARE(model.rowOfId(model.idAt(5)), 5);
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestSqlTableModel)
#include "tst_sqltablemodel.moc"
