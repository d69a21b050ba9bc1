#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;
class QSqlQuery;

// The papers on file for an appeal or a topic that a detail view lists: the assignments
// handed out for an appeal (each has its 附件2), the evaluations of them (附件3), and the
// appeals bundled into a topic. On a database error a list is empty and errorString() says why.
class RecordPapersQuery {
    Q_DECLARE_TR_FUNCTIONS(RecordPapersQuery)

public:
    struct AssignmentPaper {
        qint64 id = 0;
        QString leadDepartment;
        QDate assignedOn;
    };
    struct EvaluationPaper {
        qint64 id = 0;
        QDate submitDate;
    };
    struct TopicAppeal {
        qint64 id = 0;
        QString number;
        QString submittingUnit;
        QString problem;
    };

    explicit RecordPapersQuery(Database &db);

    // In the order they were made (an appeal handed to another lead or re-handled has more).
    QList<AssignmentPaper> assignmentsOfAppeal(qint64 appealId);
    QList<EvaluationPaper> evaluationsOfAppeal(qint64 appealId);
    QList<TopicAppeal> appealsOfTopic(qint64 topicId);

    QString errorString() const { return m_error; }

private:
    bool run(QSqlQuery &q, qint64 id, const QString &sql);

    Database &m_db;
    QString m_error;
};
