#pragma once

#include <QObject>

class Database;
class QCompleter;
class QLineEdit;
class QStringListModel;

// Autocompletes enterprise names in a line edit from the registry: names containing what was
// typed (those starting with it first) and, for Latin letters, names whose pinyin initials
// contain them ("tljj" finds 通辽经济技术开发区…). Emits chosen() with the enterprise's id when the
// text is an existing enterprise's name.
class EnterpriseCompleter : public QObject {
    Q_OBJECT

public:
    EnterpriseCompleter(Database &db, QLineEdit *edit);

    QCompleter *completer() const { return m_completer; }
    // Re-reads the registry (after an enterprise was added).
    void reload();
    // Names matching `typed`, best first.
    QStringList suggestions(const QString &typed, int limit = 15) const;
    // The id of the enterprise named exactly `name` (trimmed), 0 when none.
    qint64 idOf(const QString &name) const;

signals:
    void chosen(qint64 enterpriseId);

private:
    void onEdited(const QString &text);

    struct Entry {
        qint64 id;
        QString name;
        QString initials;
    };

    Database &m_db;
    QLineEdit *m_edit;
    QCompleter *m_completer;
    QStringListModel *m_model;
    QList<Entry> m_entries;
};
