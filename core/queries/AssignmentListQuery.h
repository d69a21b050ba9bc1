#pragma once

#include "core/queries/SqlListQuery.h"

#include <QDate>

// The assignments page's list: one row per assignment with the appeal's number, the subject
// (the topic's title, else the appeal's problem), the lead department, the dates, the status,
// the extensions approved by the as-of day and how often it was handled again. Default order:
// the newest first; the page sorts by the deadline.
class AssignmentListQuery : public SqlListQuery {
public:
    explicit AssignmentListQuery(Database &db);

    // Only the open ones (AssignmentState::openSql: assigned, in progress, returned, escalated).
    void setOpenOnly(bool openOnly) { m_openOnly = openOnly; }
    // Rows whose appeal number, submitting unit, subject or lead department contains `text`.
    void setSearch(const QString &text) { m_search = text.trimmed(); }
    const QString &search() const { return m_search; }
    // The day the "extensions" column counts approvals up to; invalid: Clock::today().
    void setAsOf(const QDate &day) { m_asOf = day; }

protected:
    QString selectSql() const override;
    QVariantList bindValues() const override;

private:
    bool m_openOnly = false;
    QString m_search;
    QDate m_asOf;
};
