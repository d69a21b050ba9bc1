#include "ui/PrintMenu.h"

#include "ui/PrintPreview.h"

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
    add(title, {kind, usesMeeting, blank, {}, {}});
}

void PrintMenu::addDocument(const QString &title, FormPrinter::Kind kind, IdProvider id,
                            const QString &missing) {
    add(title, {kind, false, false, std::move(id), missing});
}

void PrintMenu::add(const QString &title, const Entry &entry) {
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
        const IdProvider &provider = entry.id ? entry.id : m_currentId;
        const qint64 id = provider ? provider() : 0;
        if (id <= 0) {
            QMessageBox::information(parentWidget(), tr("Print"),
                                     entry.missing.isEmpty()
                                         ? tr("Select a record first; its document is printed.")
                                         : entry.missing);
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
        PrintPreview::show(docs, parentWidget(),
                           FormPrinter::supportsOdt(entry.kind) ? PrintPreview::Save::PdfOrOdt
                                                                : PrintPreview::Save::Pdf);
}

void PrintMenu::save(const Entry &entry) {
    const QList<PrintableDocument> docs = build(entry);
    if (!docs.isEmpty())
        PrintPreview::exportFile(docs, parentWidget(), FormPrinter::supportsOdt(entry.kind));
}
