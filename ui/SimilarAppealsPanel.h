#pragma once

#include "core/queries/SimilarAppealFinder.h"

#include <QWidget>

class Database;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

// Beside the entry form: appeals that look like the one being typed (same enterprise or shared
// phrases), refreshed shortly after the clerk stops typing. The clerk can link the new appeal
// as a duplicate of one of them, or put it into the same topic; the link is applied when the
// form is saved.
class SimilarAppealsPanel : public QWidget {
    Q_OBJECT

public:
    enum class Link { None, DuplicateOf, SameTopic };

    explicit SimilarAppealsPanel(Database &db, QWidget *parent = nullptr);

    // Looks again after a short pause (debounced), or at once with `now`.
    void setCriteria(qint64 enterpriseId, const QString &text, bool now = false);
    int matchCount() const;
    Link link() const { return m_link; }
    qint64 linkedAppealId() const { return m_linkedId; }
    qint64 linkedTopicId() const { return m_linkedTopic; }
    void clearLink();
    // Selects the row of `appealId` and links it (tests, keyboard users).
    bool linkTo(qint64 appealId, Link link);

private:
    void search();
    void applyLink(Link link);
    void showLink();

    Database &m_db;
    QListWidget *m_list;
    QLabel *m_linkLabel;
    QPushButton *m_duplicateButton;
    QPushButton *m_topicButton;
    QTimer *m_timer;
    qint64 m_enterpriseId = 0;
    QString m_text;
    QList<SimilarAppealFinder::Match> m_matches;
    Link m_link = Link::None;
    qint64 m_linkedId = 0;
    qint64 m_linkedTopic = 0;
    QString m_linkedNumber;
};
