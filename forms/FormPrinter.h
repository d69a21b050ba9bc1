#pragma once

#include "forms/PrintableDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

class Database;
struct FormContext;
struct ReminderNoticeData;

// The one entry point the GUI and the CLI share: which document, from which record, in which
// wording → the PrintableDocuments to preview, print or export (DocumentRenderer).
class FormPrinter {
    Q_DECLARE_TR_FUNCTIONS(FormPrinter)

public:
    enum class Kind {
        Form1,
        Form2,
        Form3,
        Notice,
        Booking,
        Dispatch,
        Minutes,
        List,
        Opinions,
        Reminder // 催办通知 for an overdue assignment (--id) or a meeting's overdue ones
    };

    struct Request {
        Kind kind = Kind::Form1;
        qint64 id = 0; // appeal (form1, booking), assignment (form2, dispatch), evaluation (form3)
        qint64 meetingId = 0; // minutes, notice, list, opinions; form2/dispatch: every sheet
        bool blank = false;   // the empty form for handing out on paper
        QString variant;      // 000 or 004; empty: the active profile's
        QDate asOf;           // reminder: overdue as of this day; default today
    };

    explicit FormPrinter(Database &db);

    static QStringList kindNames(); // form1 form2 ... in Kind order
    static std::optional<Kind> kindFromName(const QString &name);
    static QString kindName(Kind kind);
    // Whether the kind can be written as ODT for editing (minutes, 处理意见, 催办通知).
    static bool supportsOdt(Kind kind);

    // Empty list and errorString() when the record is missing or the request incomplete.
    QList<PrintableDocument> documents(const Request &request);
    // The 催办通知 of those of `assignmentIds` that are overdue on `asOf` (a list's selection),
    // by lead department; empty with errorString() when none is.
    QList<PrintableDocument> reminderNotices(const QList<qint64> &assignmentIds, const QDate &asOf);
    QString errorString() const { return m_error; }

private:
    QList<PrintableDocument> reminders(const FormContext &context, const Request &request);
    static QList<PrintableDocument> noticeDocuments(const FormContext &context,
                                                    const QList<ReminderNoticeData> &notices);

    Database &m_db;
    QString m_error;
};
