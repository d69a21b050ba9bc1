#pragma once

#include "forms/FormData.h"

#include <QCoreApplication>
#include <optional>

class Database;

// Reads what the printed documents show, with plain SQL over the schema (resources/schema):
// printing only reads, and one query per document keeps a 1,000-sheet batch fast.
class FormDataLoader {
    Q_DECLARE_TR_FUNCTIONS(FormDataLoader)

public:
    explicit FormDataLoader(Database &db);

    std::optional<AppealFormData> appeal(qint64 id);
    std::optional<AssignmentFormData> assignment(qint64 id);
    std::optional<EvaluationFormData> evaluation(qint64 id);
    std::optional<MeetingFormData> meeting(qint64 id);
    // All assignments of a meeting, ordered by lead department then id (for batch printing).
    QList<AssignmentFormData> meetingAssignments(qint64 meetingId);
    // Every assignment in the database, same order (the list without a meeting).
    QList<AssignmentFormData> allAssignments();

    // The active profile's wording; `variant` (000/004) overrides the profile's choice, and
    // then the titles are the seed documents' own.
    FormContext context(const QString &variant = {});

    QString setting(const QString &key) const;
    QString errorString() const { return m_error; }

private:
    QList<AssignmentFormData> loadAssignments(const QString &where, const QVariantList &binds);
    QStringList meetingPeople(qint64 meetingId, const QStringList &roles, bool leaders);
    // 第N期: the meeting's place among its year's meetings that were not cancelled, by date.
    QString yearlyNumber(qint64 meetingId, const QDate &date);
    // The deadlines the meeting decided, from the assignments' history (FormData.h).
    void setDecidedDeadlines(qint64 meetingId, QList<AssignmentFormData> &assignments);

    Database &m_db;
    QString m_error;
};
