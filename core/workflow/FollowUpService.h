#pragma once

#include "core/workflow/AssignmentRepository.h"
#include "core/workflow/AssignmentService.h"
#include "core/workflow/Evaluation.h"
#include "core/workflow/Extension.h"
#include "core/workflow/ProgressReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

class Database;

// 督办: what follows an assignment over time — progress reports (十日一报), extensions within
// the profile's cap, and the enterprise's evaluation (附件3). The status changes these bring
// (a first report starts the item, an evaluation closes or reopens it) are AssignmentService's.
class FollowUpService {
    Q_DECLARE_TR_FUNCTIONS(FollowUpService)

public:
    explicit FollowUpService(Database &db);

    qint64 addProgressReport(qint64 id, const QDate &date, const QString &content,
                             const QString &reporter = {});
    QList<ProgressReport> progressReports(qint64 id) const;
    // 十日一报 (profiles with tenDayReports): the next report is due reportIntervalDays after
    // the last report, or after the assignment; invalid when the profile has no such rule or
    // the assignment is closed.
    QDate nextReportDate(qint64 id) const;
    // The report dates that passed without a report, up to `today`.
    QList<QDate> missedReports(qint64 id, const QDate &today) const;

    // What the clerk is told about an assignment's reports as of `today`.
    struct ReportDates {
        QDate firstDue;      // the first report's deadline (seed 002: 7 working days), if any
        QDate next;          // the next one under 十日一报; invalid when none is due
        QList<QDate> missed; // report dates that passed without a report
    };
    // Before the first report the one due is the first: no second date ten days after the
    // assignment is named beside it (for 乌海 that fell a day after the first's deadline).
    ReportDates reportDates(qint64 id, const QDate &today) const;

    // Extensions: a request needs a reason and a date after the current deadline. When the
    // profile's cap is reached the request is recorded as refused, false is returned and
    // errorString() names the cap and the regulation.
    qint64 requestExtension(qint64 id, const QString &reason, const QDate &requestedDue,
                            const QDate &requestedOn);
    bool approveExtension(qint64 extensionId, const QDate &on);
    bool refuseExtension(qint64 extensionId, const QDate &on, const QString &note);
    QList<Extension> extensions(qint64 id) const;
    int extensionsCounted(qint64 id) const; // approved and pending requests
    // Approved on or before `asOf`: what AssignmentState::isExtended() counts.
    int extensionsApproved(qint64 id, const QDate &asOf) const;
    QString extensionCapText() const; // "at most 2 ..." of the active profile, or empty

    // 附件3: the enterprise's evaluation of a done assignment. Without an evaluating unit the
    // evaluator is the appeal's submitting unit with its responsible person and phone (the
    // enterprise evaluates the handling of its own appeal).
    qint64 evaluate(qint64 id, const Evaluation &evaluation);
    QList<Evaluation> evaluations(qint64 id) const;

    QString errorString() const { return m_error; }
    // Why the last list (progressReports(), extensions(), evaluations()) or count came back
    // empty because it could not be read; empty when it ran.
    QString readError() const { return m_readError; }

    // No lost update: as AssignmentService::expectVersion, for the changes made here.
    void expectVersion(qint64 id, int version) { m_repository.expectVersion(id, version); }
    // The status change a report or an evaluation brings may be the one refused.
    std::optional<EditConflict> conflict() const {
        return m_repository.conflict() ? m_repository.conflict() : m_assignments.conflict();
    }

private:
    std::optional<Assignment> find(qint64 id) const;
    QString label(qint64 id) const;
    QString alreadyDecided(qint64 extensionId) const;
    bool audit(qint64 id, const QString &action, const QJsonObject &detail);
    bool evaluatorFromAppeal(const Assignment &a, Evaluation *e);

    Database &m_db;
    AssignmentRepository m_repository;
    AssignmentService m_assignments;
    QString m_error;
    mutable QString m_readError;
};
