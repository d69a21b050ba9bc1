#pragma once

#include <QWidget>

class Database;
class QJsonValue;
class QTreeWidget;

// The history tab every record has: who changed what and when, read from the audit log.
// Corrections show each field's old and new value; the workflow's codes and ids are shown in
// words (statuses, departments, topics), row ids of reports and evaluations are left out.
class HistoryWidget : public QWidget {
    Q_OBJECT

public:
    explicit HistoryWidget(Database &db, QWidget *parent = nullptr);

    void setRecord(const QString &entity, qint64 id);
    int entryCount() const;

public slots:
    void refresh();

private:
    static QString actionLabel(const QString &action);
    static bool isInternalId(const QString &key);
    static QString detailLabel(const QString &key);
    // A detail's value in words: status codes, evaluation levels, department and topic ids.
    QString valueOf(const QString &key, const QJsonValue &value) const;
    static QString valueText(const QJsonValue &value);
    static QString shortened(const QString &text);

    Database &m_db;
    QString m_entity;
    qint64 m_id = 0;
    QTreeWidget *m_tree;
};
