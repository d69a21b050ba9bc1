#include "forms/FormPrinter.h"

#include "core/Clock.h"
#include "forms/AttachmentForms.h"
#include "forms/FormDataLoader.h"
#include "forms/MeetingDocuments.h"
#include "forms/ReceptionForms.h"
#include "forms/report/ReminderNotice.h"
#include "forms/report/ReminderNoticeLoader.h"

using namespace Qt::StringLiterals;

FormPrinter::FormPrinter(Database &db)
    : m_db(db) {}

QStringList FormPrinter::kindNames() {
    return {u"form1"_s,    u"form2"_s,   u"form3"_s, u"notice"_s,   u"booking"_s,
            u"dispatch"_s, u"minutes"_s, u"list"_s,  u"opinions"_s, u"reminder"_s};
}

std::optional<FormPrinter::Kind> FormPrinter::kindFromName(const QString &name) {
    const int i = int(kindNames().indexOf(name));
    if (i < 0)
        return std::nullopt;
    return Kind(i);
}

QString FormPrinter::kindName(Kind kind) {
    return kindNames().at(int(kind));
}

bool FormPrinter::supportsOdt(Kind kind) {
    return kind == Kind::Minutes || kind == Kind::Opinions || kind == Kind::Reminder;
}

QList<PrintableDocument> FormPrinter::documents(const Request &r) {
    m_error.clear();
    FormDataLoader loader(m_db);
    const FormContext context = loader.context(r.variant);
    if (r.kind == Kind::Reminder)
        return reminders(context, r);
    const bool needsMeeting =
        r.kind == Kind::Notice || r.kind == Kind::Minutes || r.kind == Kind::Opinions;
    if (!r.blank && needsMeeting && r.meetingId == 0) {
        m_error = tr("%1: give --meeting ID or --blank.").arg(kindName(r.kind));
        return {};
    }
    const bool perSheet = r.kind == Kind::Form2 || r.kind == Kind::Dispatch;
    const bool needsId = r.kind == Kind::Form1 || r.kind == Kind::Form3 ||
                         r.kind == Kind::Booking || (perSheet && r.meetingId == 0);
    if (!r.blank && needsId && r.id == 0) {
        m_error = perSheet ? tr("%1: give --id ID, --meeting ID or --blank.").arg(kindName(r.kind))
                           : tr("%1: give --id ID or --blank.").arg(kindName(r.kind));
        return {};
    }

    std::optional<MeetingFormData> meeting;
    if (!r.blank && r.meetingId != 0) {
        meeting = loader.meeting(r.meetingId);
        if (!meeting) {
            m_error = loader.errorString();
            return {};
        }
    }
    auto fail = [&]() {
        m_error = loader.errorString();
        return QList<PrintableDocument>{};
    };

    switch (r.kind) {
    case Kind::Form1:
    case Kind::Booking: {
        std::optional<AppealFormData> a;
        if (!r.blank && !(a = loader.appeal(r.id)))
            return fail();
        const AppealFormData *p = a ? &*a : nullptr;
        return {r.kind == Kind::Form1 ? AttachmentForms::form1(context, p)
                                      : ReceptionForms::booking(context, p)};
    }
    case Kind::Form2:
    case Kind::Dispatch: {
        QList<AssignmentFormData> sheets;
        if (r.blank) {
            return {r.kind == Kind::Form2 ? AttachmentForms::form2(context, nullptr)
                                          : ReceptionForms::dispatch(context, nullptr)};
        } else if (r.id != 0) {
            auto s = loader.assignment(r.id);
            if (!s)
                return fail();
            sheets << *s;
        } else {
            sheets = meeting->assignments;
            if (sheets.isEmpty()) {
                m_error = tr("Meeting %1 has no assignments to print.").arg(r.meetingId);
                return {};
            }
        }
        QList<PrintableDocument> docs;
        for (const AssignmentFormData &s : sheets)
            docs << (r.kind == Kind::Form2 ? AttachmentForms::form2(context, &s)
                                           : ReceptionForms::dispatch(context, &s));
        return docs;
    }
    case Kind::Form3: {
        std::optional<EvaluationFormData> e;
        if (!r.blank && !(e = loader.evaluation(r.id)))
            return fail();
        return {AttachmentForms::form3(context, e ? &*e : nullptr)};
    }
    case Kind::Notice:
        return {ReceptionForms::notice(context, meeting ? &*meeting : nullptr)};
    case Kind::Minutes:
        return {MeetingDocuments::minutes(context, meeting ? &*meeting : nullptr)};
    case Kind::Opinions:
        return {MeetingDocuments::opinions(context, meeting ? &*meeting : nullptr)};
    case Kind::Reminder:
        break; // handled above
    case Kind::List: {
        QList<AssignmentFormData> rows;
        if (meeting)
            rows = meeting->assignments;
        else if (!r.blank)
            rows = loader.allAssignments();
        return {
            MeetingDocuments::problemList(context, meeting ? &*meeting : nullptr, rows, r.blank)};
    }
    }
    return {};
}

QList<PrintableDocument> FormPrinter::reminders(const FormContext &context, const Request &r) {
    const QDate asOf = r.asOf.isValid() ? r.asOf : Clock::today();
    if (r.blank)
        return {ReminderNotice::build(context, nullptr, {})};
    ReminderNoticeLoader loader(m_db);
    QList<ReminderNoticeData> notices;
    if (r.id != 0) {
        if (const auto n = loader.assignment(r.id, asOf))
            notices << *n;
    } else if (r.meetingId != 0) {
        notices = loader.meeting(r.meetingId, asOf);
    } else {
        m_error = tr("%1: give --id ASSIGNMENT, --meeting ID or --blank.").arg(kindName(r.kind));
        return {};
    }
    if (notices.isEmpty()) {
        m_error = loader.errorString();
        return {};
    }
    return noticeDocuments(context, notices);
}

QList<PrintableDocument> FormPrinter::reminderNotices(const QList<qint64> &assignmentIds,
                                                      const QDate &asOf) {
    m_error.clear();
    FormDataLoader forms(m_db);
    const FormContext context = forms.context();
    ReminderNoticeLoader loader(m_db);
    const QList<ReminderNoticeData> notices = loader.assignments(assignmentIds, asOf);
    if (notices.isEmpty()) {
        m_error = loader.errorString().isEmpty()
                      ? tr("None of these items is overdue on %1: reminder notices are for "
                           "overdue items.")
                            .arg(asOf.toString(Qt::ISODate))
                      : loader.errorString();
        return {};
    }
    return noticeDocuments(context, notices);
}

QList<PrintableDocument> FormPrinter::noticeDocuments(const FormContext &context,
                                                      const QList<ReminderNoticeData> &notices) {
    QList<PrintableDocument> docs;
    for (const ReminderNoticeData &n : notices)
        docs << ReminderNotice::build(context, &n, n.asOf); // dated the day it counts to
    return docs;
}
