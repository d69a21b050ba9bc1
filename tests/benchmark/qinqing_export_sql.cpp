// qinqing-export-sql DATABASE [problem-list|assignments|evaluations]: prints the column types
// (a letter per column: T text, L long text, D date, I integer) on the first line and the
// export's SELECT on the rest, so that export-benchmark.sh can run the very same query through
// the sqlite3 shell and xlsx_baseline as the raw floor.
#include "core/Database.h"
#include "core/export/ExportQuery.h"
#include "core/export/QuerySource.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        err << "usage: qinqing-export-sql DATABASE [problem-list|assignments|evaluations]\n";
        return 2;
    }
    Database db;
    if (!db.open(args.at(1))) {
        err << db.errorString() << Qt::endl;
        return 1;
    }
    const auto kind = ExportQuery::kindFromName(args.value(2, QStringLiteral("problem-list")));
    if (!kind) {
        err << "unknown list\n";
        return 2;
    }
    ExportQuery query(db);
    const std::unique_ptr<ExportSource> source = query.source(*kind, {});
    const auto *sql = dynamic_cast<const QuerySource *>(source.get());
    if (!sql)
        return 1;
    QString types;
    for (const ExportColumn &c : source->layout().columns) {
        switch (c.type) {
        case ExportColumn::Type::Text:
            types += QLatin1Char('T');
            break;
        case ExportColumn::Type::LongText:
            types += QLatin1Char('L');
            break;
        case ExportColumn::Type::Date:
            types += QLatin1Char('D');
            break;
        case ExportColumn::Type::Integer:
            types += QLatin1Char('I');
            break;
        }
    }
    out << types << '\n' << sql->selectSql() << ";\n";
    return 0;
}
