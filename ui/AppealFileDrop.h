#pragma once

#include <QObject>
#include <QStringList>

class AppealsPage;
class Database;
class QMimeData;

// Files dropped on the appeals page, as a clerk receives them: filled 附件1 Word forms (.docx,
// .doc, .wps — the last two converted by LibreOffice) open one after another as filled key-in
// forms to check and save (AppealEntryDialog); a list (.xlsx, .xls, .csv) opens 导入… with it.
// Every file that is neither, or a Word file that is no 附件1, is named in one warning with
// what was expected; the others open all the same.
class AppealFileDrop : public QObject {
    Q_OBJECT

public:
    AppealFileDrop(Database &db, AppealsPage *page);

    // What a drop of these files does (after the drop event has returned, so that the file
    // manager the files came from is not held while LibreOffice converts).
    void openFiles(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static QStringList localFiles(const QMimeData *mime);
    void openWordForms(const QStringList &paths, QStringList &problems);

    Database &m_db;
    AppealsPage *m_page;
};
