#include "core/cli/ShowCommand.h"

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/SqlRead.h"
#include "core/cli/CliArguments.h"
#include "core/cli/CliContext.h"
#include "core/records/AppealRepository.h"
#include "core/records/DepartmentRepository.h"
#include "core/records/EnterpriseRepository.h"
#include "core/records/LeaderRepository.h"
#include "core/validation/FieldLabels.h"
#include "core/validation/PhoneValidator.h"
#include "core/validation/UsccValidator.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kLabelWidth = 28;

// Terminal columns: CJK characters take two, so Chinese labels line up once translated.
int displayWidth(const QString &text) {
    int width = 0;
    for (QChar c : text)
        width += c.unicode() >= 0x1100 ? 2 : 1;
    return width;
}

void line(QTextStream &out, const QString &label, const QString &value) {
    const QString text = label + u':';
    const int pad = qMax(1, kLabelWidth + 1 - displayWidth(text));
    out << "  " << text << QString(pad, u' ') << value << '\n';
}

// Long texts (困难问题 can be a page) under their label, indented, line breaks kept.
void block(QTextStream &out, const QString &label, const QString &text) {
    out << label << ":\n";
    if (text.trimmed().isEmpty()) {
        out << "  —\n";
        return;
    }
    for (const QString &l : text.split(u'\n'))
        out << "  " << l << '\n';
}

QString yesNo(bool v) {
    return v ? ShowCommand::tr("yes") : ShowCommand::tr("no");
}

QString orDash(const QString &s) {
    return s.trimmed().isEmpty() ? u"—"_s : s;
}
} // namespace

QString ShowCommand::summary() const {
    return tr("show an appeal with its enterprise, assignments and history");
}

QString ShowCommand::usage() const {
    return u"appeal NUMBER|ID"_s;
}

QString ShowCommand::description() const {
    return paragraphs({
        tr("Prints one appeal with every field, its enterprise, its assignments "
           "(departments, deadlines, status, extensions, results, evaluations) and its "
           "history from the audit log. Give the appeal's number as printed on the forms "
           "(e.g. WS2024-0001) or its id."),
        tr("Example:"),
        tr("  qinqing-cli show appeal WS2024-0001"),
    });
}

int ShowCommand::run(CliContext &context, const QStringList &args) {
    CliArguments a(args, {});
    if (!a.ok()) {
        context.err() << a.error() << Qt::endl;
        return BadInput;
    }
    const QStringList words = a.positional();
    if (words.size() != 2 || words.first() != "appeal"_L1) {
        context.err() << tr("usage: qinqing-cli show appeal NUMBER|ID") << Qt::endl;
        return BadInput;
    }
    Database *db = context.database();
    if (!db)
        return Failed;
    AppealRepository appeals(*db);
    const QString key = words.at(1).trimmed();
    // The number first: numbers such as 2024-0001 are what clerks quote; a bare integer that
    // is nobody's number is taken as the record id.
    std::optional<Appeal> appeal = appeals.findByNumber(key);
    bool isId = false;
    const qint64 id = key.toLongLong(&isId);
    if (!appeal && isId)
        appeal = appeals.find(id);
    if (!appeal) {
        // A read that failed is not an appeal that is not there.
        const QString readError = appeals.readError();
        context.err() << SqlRead::missing(readError,
                                          tr("appeal %1: no appeal has this number or id").arg(key))
                      << Qt::endl;
        return readError.isEmpty() ? BadInput : Failed;
    }
    QTextStream &out = context.out();
    printAppeal(*db, *appeal, out);
    if (appeal->enterpriseId > 0)
        printEnterprise(*db, appeal->enterpriseId, out);
    // What could not be read is said and fails the verb: left out, it would read as "not
    // assigned" or "no history".
    QString readError;
    printAssignments(*db, *appeal, out, readError);
    printHistory(*db, *appeal, out, readError);
    out.flush();
    if (!readError.isEmpty()) {
        context.err() << readError << Qt::endl;
        return Failed;
    }
    return Ok;
}

void ShowCommand::printAppeal(Database &db, const Appeal &a, QTextStream &out) const {
    out << tr("Appeal %1").arg(a.number) << '\n';
    line(out, FieldLabels::label(u"number"_s), tr("%1 (id %2)").arg(a.number).arg(a.id));
    line(out, FieldLabels::label(u"status"_s), Appeal::statusCode(a.status));
    // The screening columns belong to the workflow; read them by name so that a column added
    // by a later schema step shows without a change here.
    QSqlQuery q(db.sql());
    q.prepare(u"SELECT * FROM appeals WHERE id = ?"_s);
    q.addBindValue(a.id);
    if (q.exec() && q.next()) {
        const QSqlRecord r = q.record();
        auto value = [&](const char *column) {
            const int i = r.indexOf(QString::fromLatin1(column));
            return i >= 0 ? q.value(i).toString() : QString();
        };
        if (!value("screened_at").isEmpty())
            line(out, tr("Screened"), value("screened_at"));
        if (!a.screeningReason.isEmpty())
            line(out, tr("Screening reason"), a.screeningReason);
        if (!value("screening_target").isEmpty())
            line(out, tr("Redirected to"), value("screening_target"));
        if (!a.screeningNote.isEmpty())
            line(out, tr("Screening note"), a.screeningNote);
    }
    line(out, FieldLabels::label(u"submitting_unit"_s), a.submittingUnit);
    line(out, FieldLabels::label(u"responsible_person"_s), orDash(a.responsiblePerson));
    QString phone = orDash(a.phone);
    if (const auto p = PhoneValidator::check(a.phone); !p.isValid())
        phone += u"  ("_s + tr("check: %1").arg(p.reason) + u')';
    line(out, FieldLabels::label(u"phone"_s), phone);
    line(out, FieldLabels::label(u"submit_date"_s), a.submitDate.toString(Qt::ISODate));
    line(out, FieldLabels::label(u"channel"_s), orDash(a.channel));
    QString department = u"—"_s;
    if (a.collectingDepartmentId > 0) {
        if (const auto d = DepartmentRepository(db).find(a.collectingDepartmentId))
            department = d->name;
    }
    line(out, FieldLabels::label(u"collecting_department"_s), department);
    line(out, FieldLabels::label(u"domain"_s), orDash(a.domain));
    line(out, FieldLabels::label(u"industry_wide"_s), yesNo(a.industryWide));
    line(out, FieldLabels::label(u"urgent"_s), yesNo(a.urgent));
    if (a.topicId > 0) {
        QSqlQuery t(db.sql());
        t.prepare(u"SELECT title FROM topics WHERE id = ?"_s);
        t.addBindValue(a.topicId);
        const QString title = t.exec() && t.next() ? t.value(0).toString() : QString();
        line(out, FieldLabels::label(u"topic"_s), tr("%1 (id %2)").arg(title).arg(a.topicId));
    }
    if (a.duplicateOf > 0) {
        const auto original = AppealRepository(db).find(a.duplicateOf);
        line(out, FieldLabels::label(u"duplicate_of"_s),
             original ? original->number : QString::number(a.duplicateOf));
    }
    line(out, tr("Created"), a.createdAt.toString(u"yyyy-MM-dd HH:mm:ss"_s));
    line(out, tr("Last changed"), a.updatedAt.toString(u"yyyy-MM-dd HH:mm:ss"_s));
    out << '\n';
    block(out, FieldLabels::label(u"problem"_s), a.problem);
    block(out, FieldLabels::label(u"suggestions"_s), a.suggestions);
    block(out, FieldLabels::label(u"prior_handling"_s), a.priorHandling);
}

void ShowCommand::printEnterprise(Database &db, qint64 id, QTextStream &out) const {
    const auto e = EnterpriseRepository(db).find(id);
    if (!e)
        return;
    out << '\n' << tr("Enterprise %1 (id %2)").arg(e->name).arg(e->id) << '\n';
    line(out, FieldLabels::label(u"name"_s), e->name);
    QString uscc = orDash(e->uscc);
    if (!e->uscc.isEmpty()) {
        if (const auto r = UsccValidator::check(e->uscc); !r.isValid())
            uscc += u"  ("_s + tr("check: %1").arg(r.reason) + u')';
    }
    line(out, FieldLabels::label(u"uscc"_s), uscc);
    line(out, FieldLabels::label(u"responsible_person"_s), orDash(e->responsiblePerson));
    line(out, FieldLabels::label(u"phone"_s), orDash(e->phone));
    line(out, FieldLabels::label(u"industry"_s), orDash(e->industry));
    line(out, FieldLabels::label(u"district"_s), orDash(e->district));
    line(out, FieldLabels::label(u"tags"_s), orDash(e->tags.join(u"、"_s)));
    if (e->liaisonLeaderId > 0) {
        if (const auto l = LeaderRepository(db).find(e->liaisonLeaderId))
            line(out, tr("Liaison leader"),
                 l->title.isEmpty() ? l->name : l->name + u' ' + l->title);
    }
    const int others = int(AppealRepository(db).forEnterprise(id).size()) - 1;
    if (others > 0)
        line(out, tr("Other appeals"), QString::number(others));
}

void ShowCommand::printAssignments(Database &db, const Appeal &a, QTextStream &out,
                                   QString &readError) const {
    QSqlQuery q(db.sql());
    q.prepare(u"SELECT s.id, d.name, s.assigned_on, s.due_date, s.status, s.result "
              "FROM assignments s JOIN departments d ON d.id = s.lead_department_id "
              "WHERE s.appeal_id = ? OR (s.topic_id IS NOT NULL AND s.topic_id = ?) "
              "ORDER BY s.id"_s);
    q.addBindValue(a.id);
    q.addBindValue(a.topicId);
    if (!SqlRead::exec(q, readError, tr("the assignments")) || !q.next())
        return;
    out << '\n' << tr("Assignments") << '\n';
    do {
        out << "  "
            << tr("#%1 lead %2, assigned %3, due %4, %5")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString())
            << '\n';
        if (!q.value(5).toString().isEmpty())
            out << "    " << tr("result: %1").arg(q.value(5).toString()) << '\n';
    } while (q.next());
}

QString ShowCommand::describe(const QString &action, const QJsonObject &detail) {
    if (action == "updated"_L1) {
        QStringList parts;
        for (auto it = detail.begin(); it != detail.end(); ++it) {
            const QJsonObject change = it.value().toObject();
            auto text = [](const QJsonValue &v) {
                const QString s = v.toVariant().toString();
                return s.isEmpty() ? u"—"_s : s.left(40);
            };
            parts << FieldLabels::label(it.key()) + u": "_s + text(change.value(u"from"_s)) +
                         u" → "_s + text(change.value(u"to"_s));
        }
        return parts.join(u"; "_s);
    }
    if (action == "created"_L1)
        return {};
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

void ShowCommand::printHistory(Database &db, const Appeal &a, QTextStream &out,
                               QString &readError) const {
    AuditLog log(db);
    QList<AuditLog::Entry> entries = log.history(u"appeal"_s, a.id);
    QSqlQuery q(db.sql());
    q.prepare(u"SELECT id FROM assignments WHERE appeal_id = ?"_s);
    q.addBindValue(a.id);
    QString historyError;
    if (SqlRead::exec(q, historyError, tr("the history"))) {
        while (q.next())
            entries << log.history(u"assignment"_s, q.value(0).toLongLong());
    }
    if (readError.isEmpty())
        readError = historyError;
    std::sort(entries.begin(), entries.end(),
              [](const AuditLog::Entry &x, const AuditLog::Entry &y) { return x.id < y.id; });
    out << '\n' << tr("History") << '\n';
    for (const AuditLog::Entry &e : entries) {
        QString what = e.entity == "appeal"_L1 ? e.action : e.entity + u' ' + e.action;
        const QString detail = describe(e.action, e.detail);
        out << "  " << e.at.toString(u"yyyy-MM-dd HH:mm:ss"_s) << "  " << e.who << "  " << what
            << (detail.isEmpty() ? QString() : u"  "_s + detail) << '\n';
    }
}
