#include "ui/SavedFileNotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

QMessageBox *SavedFileNotice::show(QWidget *parent, const QString &path) {
    const QFileInfo file(path);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Saved"),
                                tr("Saved %1").arg(file.fileName()), QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("savedFileNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("In the folder %1").arg(QDir::toNativeSeparators(file.absolutePath())));
    QPushButton *open = box->addButton(tr("&Open"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openFile"));
    QPushButton *folder = box->addButton(tr("Open &folder"), QMessageBox::ActionRole);
    folder->setObjectName(QStringLiteral("openFolder"));
    box->setDefaultButton(open);
    const QString absolute = file.absoluteFilePath();
    const QString dir = file.absolutePath();
    // An action button closes the box after its click; the desktop opens the file or folder.
    QObject::connect(open, &QPushButton::clicked, box,
                     [absolute] { QDesktopServices::openUrl(QUrl::fromLocalFile(absolute)); });
    QObject::connect(folder, &QPushButton::clicked, box,
                     [dir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dir)); });
    box->setWindowModality(Qt::NonModal);
    box->show();
    return box;
}
