#pragma once

#include "core/cli/CliCommand.h"

#include <QJsonObject>

class Database;
class QTextStream;
struct Appeal;

// qinqing-cli show appeal NUMBER|ID: every field of the appeal and its enterprise, its
// assignments, and its history from the audit log, for a clerk answering a phone call.
class ShowCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    QString usage() const override;
    QString description() const override;
    int run(CliContext &context, const QStringList &args) override;

private:
    void printAppeal(Database &db, const Appeal &appeal, QTextStream &out) const;
    void printEnterprise(Database &db, qint64 id, QTextStream &out) const;
    // These two set `readError` (when it is empty) to why a part could not be read.
    void printAssignments(Database &db, const Appeal &appeal, QTextStream &out,
                          QString &readError) const;
    void printHistory(Database &db, const Appeal &appeal, QTextStream &out,
                      QString &readError) const;
    static QString describe(const QString &action, const QJsonObject &detail);
};
