#include "PrintMenu.h"

#include "PrintPreview.h"

#include <QMessageBox>

PrintMenu::PrintMenu(Database &db, IdProvider currentId, QWidget *parent)
    : QMenu(tr("&Print"), parent)
    , m_db(db)
    , m_currentId(std::move(currentId)) {
    // Documents are inserted above the separator; the save submenu stays last.
    m_separator = addSeparator();
    m_saveMenu = addMenu(tr("&Save as file"));
}

void PrintMenu::addDocument(const QString &title, FormPrinter::Kind kind, bool usesMeeting,
                            bool blank) {
    const Entry entry{kind, usesMeeting, blank};
    auto *show = new QAction(title + tr("…"), this);
    connect(show, &QAction::triggered, this, [this, entry] { preview(entry); });
    insertAction(m_separator, show);
    m_entries.insert(show, entry);
    m_saveMenu->addAction(title + tr("…"), this, [this, entry] { save(entry); });
}

QList<PrintableDocument> PrintMenu::build(const Entry &entry) {
    FormPrinter::Request request;
    request.kind = entry.kind;
    request.blank = entry.blank;
    if (!entry.blank) {
        const qint64 id = m_currentId ? m_currentId() : 0;
        if (id <= 0) {
            QMessageBox::information(parentWidget(), tr("Print"),
                                     tr("Select a record first; its document is printed."));
            return {};
        }
        (entry.usesMeeting ? request.meetingId : request.id) = id;
    }
    FormPrinter printer(m_db);
    const QList<PrintableDocument> docs = printer.documents(request);
    if (docs.isEmpty())
        QMessageBox::warning(parentWidget(), tr("Print"), printer.errorString());
    return docs;
}

QList<PrintableDocument> PrintMenu::documentsFor(QAction *action) {
    const auto it = m_entries.constFind(action);
    return it == m_entries.constEnd() ? QList<PrintableDocument>{} : build(*it);
}

void PrintMenu::preview(const Entry &entry) {
    const QList<PrintableDocument> docs = build(entry);
    if (!docs.isEmpty())
        PrintPreview::show(docs, parentWidget());
}

void PrintMenu::save(const Entry &entry) {
    const QList<PrintableDocument> docs = build(entry);
    if (!docs.isEmpty())
        PrintPreview::exportFile(docs, parentWidget(), FormPrinter::supportsOdt(entry.kind));
}
