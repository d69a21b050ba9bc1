#pragma once

#include "core/workflow/Topic.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// 议题研判: bundles accepted appeals into topics (同类同批), marks urgent ones (急事优先) and
// hands topics to departments to prepare before the meeting.
class TopicService {
    Q_DECLARE_TR_FUNCTIONS(TopicService)

public:
    explicit TopicService(Database &db);

    // Creates a topic from accepted appeals that are in no other topic. The topic is urgent
    // when asked or when any of its appeals is. Returns the new id, 0 on failure.
    qint64 create(const QString &title, const QList<qint64> &appealIds,
                  const QString &description = {}, bool urgent = false);
    bool addAppeals(qint64 topicId, const QList<qint64> &appealIds);
    bool removeAppeal(qint64 topicId, qint64 appealId);
    bool setUrgent(qint64 topicId, bool urgent);
    bool rename(qint64 topicId, const QString &title, const QString &description);
    // 提前交办: hands the topic to departments to prepare ahead of the meeting.
    bool handToDepartments(qint64 topicId, const QList<qint64> &departmentIds, const QDate &on);
    bool removeDepartment(qint64 topicId, qint64 departmentId);

    std::optional<Topic> find(qint64 topicId) const;
    // Why find() returned nothing: the read's failure, or "Topic N does not exist".
    QString missing(qint64 topicId) const;
    // Urgent first, then oldest first: the order "急事优先" asks for. Empty with readError()
    // when it could not be read.
    QList<Topic> list() const;

    QString errorString() const { return m_error; }
    // Why the last find() or list() could not read; empty when it ran.
    QString readError() const { return m_readError; }

private:
    bool attach(qint64 topicId, const QList<qint64> &appealIds);
    bool audit(qint64 topicId, const QString &action, const QJsonObject &detail);

    Database &m_db;
    QString m_error;
    mutable QString m_readError; // why the last find() or list() failed; empty when it ran
};
