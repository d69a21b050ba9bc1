// One desk of tst_concurrency: opens the shared database and makes N changes to the shared
// assignments as a clerk would (read the assignment, then change it: progress, status,
// supervision, deadlines, extension requests and decisions), each from what it just read.
// Prints one line: "stored S bumps B conflicts C rules R errors E"; every error on stderr.
//   desk_client DATABASE CHANGES SEED ID[,ID...]
#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/FollowUpService.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    Database db;
    if (!db.open(args.at(1))) {
        QTextStream(stderr) << db.errorString() << Qt::endl;
        return 1;
    }
    const int changes = args.at(2).toInt();
    const quint32 seed = args.at(3).toUInt();
    QList<qint64> ids;
    for (const QString &id : args.at(4).split(u','))
        ids << id.toLongLong();
    AuditLog::setCurrentUser(u"desk-%1"_s.arg(seed));
    QRandomGenerator rng(seed);
    int stored = 0, bumps = 0, conflicts = 0, rules = 0, errors = 0;
    using Status = Assignment::Status;
    const QDate today = QDate::currentDate();
    for (int i = 0; i < changes; ++i) {
        AssignmentService service(db);
        FollowUpService followUp(db);
        const qint64 id = ids.at(int(rng.bounded(quint32(ids.size()))));
        const auto a = service.find(id);
        if (!a) {
            ++errors;
            continue;
        }
        bool ok = false;
        bool bump = true;
        const QString text = u"desk %1 change %2"_s.arg(seed).arg(i);
        const int kind = int(rng.bounded(6));
        switch (kind) {
        case 0:
            bump = false; // a report adds a row; the assignment itself does not change
            ok = followUp.addProgressReport(id, today, text) > 0;
            break;
        case 1:
            service.expectVersion(id, a->version);
            ok = service.setSupervision(id, text);
            break;
        case 2:
            service.expectVersion(id, a->version);
            if (a->status == Status::InProgress)
                ok = service.escalate(id, text);
            else if (a->status == Status::Escalated)
                ok = service.defer(id, text);
            else
                ok = service.start(id);
            break;
        case 3:
            followUp.expectVersion(id, a->version);
            ok = followUp.requestExtension(id, text, a->dueDate.addDays(7), today) > 0;
            break;
        case 4: {
            qint64 pending = 0;
            for (const Extension &e : followUp.extensions(id))
                if (e.status == Extension::Status::Pending)
                    pending = e.id;
            if (!pending) {
                bump = false;
                ok = followUp.addProgressReport(id, today, text) > 0;
            } else if (rng.bounded(2)) {
                ok = followUp.approveExtension(pending, today);
            } else {
                bump = false; // a refusal changes the request, not the assignment
                ok = followUp.refuseExtension(pending, today, text);
            }
            break;
        }
        default:
            service.expectVersion(id, a->version);
            ok = service.setDueDate(id, a->dueDate.addDays(1), text);
            break;
        }
        if (ok) {
            ++stored;
            bumps += bump ? 1 : 0;
        } else if (service.conflict() || followUp.conflict()) {
            ++conflicts;
        } else {
            const QString e = kind == 3 || kind == 4 || kind == 0 ? followUp.errorString()
                                                                  : service.errorString();
            // What the workflow refuses for what it read (a decision already taken, a step not
            // possible from the status another desk just set) is a clear refusal too.
            if (e.contains(u"not possible from there"_s) || e.contains(u"already decided"_s) ||
                e.contains(u"waiting for a decision"_s) || e.contains(u"only open assignments"_s)) {
                ++rules;
            } else {
                ++errors;
                QTextStream(stderr) << "change " << i << " (" << kind << "): " << e << Qt::endl;
            }
        }
    }
    QTextStream(stdout) << "stored " << stored << " bumps " << bumps << " conflicts " << conflicts
                        << " rules " << rules << " errors " << errors << Qt::endl;
    return 0;
}
