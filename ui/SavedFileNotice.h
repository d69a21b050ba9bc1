#pragma once

#include <QCoreApplication>
#include <QString>

class QMessageBox;
class QWidget;

// Says that a file the clerk chose was written, and offers what one does next with it: 打开
// (the PDF viewer or spreadsheet program the desktop uses for it) or 打开所在文件夹. Saving
// used to end silently, and the clerk went looking for the file. The notice is not modal, so
// the program goes on (and a test is not held by it).
class SavedFileNotice {
    Q_DECLARE_TR_FUNCTIONS(SavedFileNotice)

public:
    static QMessageBox *show(QWidget *parent, const QString &path);
};
