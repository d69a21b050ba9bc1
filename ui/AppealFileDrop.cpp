#include "ui/AppealFileDrop.h"

#include "core/import/Form1Importer.h"
#include "ui/AppealEntryDialog.h"
#include "ui/AppealImportDialog.h"
#include "ui/AppealsPage.h"
#include "ui/ConversionProgress.h"
#include "ui/UserPrompt.h"

#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const QStringList kWordSuffixes{u"docx"_s, u"doc"_s, u"wps"_s, u"rtf"_s, u"odt"_s};
const QStringList kListSuffixes{u"xlsx"_s, u"xls"_s, u"et"_s, u"ods"_s, u"csv"_s, u"txt"_s};
} // namespace

AppealFileDrop::AppealFileDrop(Database &db, AppealsPage *page)
    : QObject(page)
    , m_db(db)
    , m_page(page) {
    page->setAcceptDrops(true);
    page->installEventFilter(this);
}

QStringList AppealFileDrop::localFiles(const QMimeData *mime) {
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}

bool AppealFileDrop::eventFilter(QObject *watched, QEvent *event) {
    if (watched != m_page)
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (localFiles(drag->mimeData()).isEmpty())
            return false;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = localFiles(drop->mimeData());
        if (paths.isEmpty())
            return false;
        drop->acceptProposedAction();
        QTimer::singleShot(0, this, [this, paths] { openFiles(paths); });
        return true;
    }
    default:
        return false;
    }
}

void AppealFileDrop::openFiles(const QStringList &paths) {
    QStringList words;
    QStringList lists;
    QStringList problems;
    for (const QString &path : paths) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (kWordSuffixes.contains(suffix))
            words << path;
        else if (kListSuffixes.contains(suffix))
            lists << path;
        else
            problems << tr("%1: neither a filled 附件1 form (.docx, .doc, .wps) nor a list of "
                           "appeals to import (.xlsx, .xls, .csv)")
                            .arg(QFileInfo(path).fileName());
    }
    if (!words.isEmpty())
        openWordForms(words, problems);
    for (qsizetype i = 1; i < lists.size(); ++i)
        problems << tr("%1: 导入 takes one list at a time; drop it again once %2 is imported")
                        .arg(QFileInfo(lists.at(i)).fileName(),
                             QFileInfo(lists.first()).fileName());
    if (!problems.isEmpty())
        UserPrompt::warning(m_page, tr("Files not opened"), problems.join(u'\n'));
    if (!lists.isEmpty())
        m_page->openImportDialog()->setFile(lists.first());
}

// Each form read (the .doc and .wps among them converted in one run of LibreOffice, with a
// window to cancel it); those that are a filled 附件1 go to the entry window.
void AppealFileDrop::openWordForms(const QStringList &paths, QStringList &problems) {
    QStringList converted;
    for (const QString &path : paths)
        if (!path.endsWith(u".docx"_s, Qt::CaseInsensitive))
            converted << QFileInfo(path).fileName();
    ConversionProgress progress(m_page, converted.join(u"、"_s));
    Form1Importer reader(m_db);
    reader.setWaitHook(progress.hook());
    QList<Form1Importer::Form> forms;
    for (const Form1Importer::ReadFile &read : reader.readFiles(paths)) {
        if (read.error.isEmpty())
            forms << read.form;
        else
            problems << read.error;
    }
    if (!forms.isEmpty())
        m_page->openEntryDialog()->openWordForms(forms);
}
