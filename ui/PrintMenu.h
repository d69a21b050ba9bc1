#pragma once

#include "forms/FormPrinter.h"

#include <QMenu>
#include <functional>

class Database;

// The Print menu of a record or list: each entry builds its official document from the
// record the user is looking at when the menu opens and shows it in the print preview
// (print on paper or to PDF from there); "Save as file" writes PDF, or ODT where WPS/Word
// editing makes sense (minutes, 处理意见).
class PrintMenu : public QMenu {
    Q_OBJECT

public:
    using IdProvider = std::function<qint64()>;

    PrintMenu(Database &db, IdProvider currentId, QWidget *parent = nullptr);

    // `usesMeeting`: the id is a meeting id (minutes, notice, batches) rather than a record id.
    void addDocument(const QString &title, FormPrinter::Kind kind, bool usesMeeting = false,
                     bool blank = false);
    // A document of another record than the menu's (e.g. the evaluation of the assignment on
    // screen); `missing` is said when `id` gives 0.
    void addDocument(const QString &title, FormPrinter::Kind kind, IdProvider id,
                     const QString &missing);

    // The documents an entry would print now; empty (with a message shown) when it cannot.
    QList<PrintableDocument> documentsFor(QAction *action);

private:
    struct Entry {
        FormPrinter::Kind kind;
        bool usesMeeting;
        bool blank;
        IdProvider id;   // empty: the menu's
        QString missing; // empty: "select a record first"
    };
    void add(const QString &title, const Entry &entry);

    void preview(const Entry &entry);
    void save(const Entry &entry);
    QList<PrintableDocument> build(const Entry &entry);

    Database &m_db;
    IdProvider m_currentId;
    QAction *m_separator = nullptr;
    QMenu *m_saveMenu = nullptr;
    QHash<QAction *, Entry> m_entries;
};
