#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// The records a drop-down list offers to choose from (a department to hand an item to, a
// meeting to filter by, ...): one place for each such question, so that every list offers the
// same records in the same order. On a database error a list is empty and errorString() says
// why.
class ChoiceLists {
    Q_DECLARE_TR_FUNCTIONS(ChoiceLists)

public:
    struct Choice {
        qint64 id = 0;
        QString name;
        QString detail; // what each list says below
    };

    explicit ChoiceLists(Database &db);

    // Every department by name (detail: its short name).
    QList<Choice> departments();
    // Every meeting, the latest first (name: its title, detail: its date YYYY-MM-DD).
    QList<Choice> meetings();
    // Every registered enterprise by name (detail: its responsible person).
    QList<Choice> enterprises();
    // The domains (领域) appeals were filed under, sorted, without the empty one.
    QStringList appealDomains();
    // The names of the enterprises each leader is the liaison (联系领导) of, by name; leaders
    // without any are absent.
    QHash<qint64, QStringList> liaisonEnterprises();

    QString errorString() const { return m_error; }

private:
    // `failure`: the message on a database error, %1 the driver's words.
    QList<Choice> select(const QString &sql, const QString &failure);

    Database &m_db;
    QString m_error;
};
