#include "ui/help/ManualWindow.h"

#include "ui/ScreenFit.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHash>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace {
// Each page of the main window and the manual's section about it. The file names are the same
// in both languages (tst_manual checks that each anchor exists in both).
const QHash<QString, QString> &sections() {
    static const QHash<QString, QString> map{
        {u"dashboard"_s, u"dashboard.html#dashboard"_s},
        {u"appeals"_s, u"appeals.html#appeals"_s},
        {u"topics"_s, u"topics.html#topics"_s},
        {u"meetings"_s, u"meetings.html#meetings"_s},
        {u"assignments"_s, u"assignments.html#assignments"_s},
        {u"enterprises"_s, u"registries.html#enterprises"_s},
        {u"departments"_s, u"registries.html#departments"_s},
        {u"settings"_s, u"settings.html#settings"_s},
    };
    return map;
}
} // namespace

ManualWindow::ManualWindow(QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
    , m_findEdit(new QLineEdit(this)) {
    setObjectName(u"manualWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose, false); // F1 shows it again where the clerk left it
    m_browser->setObjectName(u"manualBrowser"_s);
    m_browser->setOpenExternalLinks(false); // the manual has no outside links: no network
    // QTextBrowser does not follow <link rel="stylesheet">: the pages' style sheet (which a web
    // browser reads from /usr/share/doc/qinqing/manual) is given to the document here.
    QFile css(u":/manual/manual.css"_s);
    if (css.open(QIODevice::ReadOnly))
        m_browser->document()->setDefaultStyleSheet(QString::fromUtf8(css.readAll()));
    setCentralWidget(m_browser);

    QToolBar *bar = addToolBar(tr("Manual"));
    bar->setObjectName(u"manualToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *back = bar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"),
                                   m_browser, &QTextBrowser::backward);
    back->setObjectName(u"manualBack"_s);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    QAction *forward = bar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"),
                                      m_browser, &QTextBrowser::forward);
    forward->setObjectName(u"manualForward"_s);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    QAction *home = bar->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Contents"),
                                   this, [this] { m_browser->setSource(contentsUrl(m_language)); });
    home->setObjectName(u"manualHome"_s);
    home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &ManualWindow::updateTitle);

    bar->addSeparator();
    auto *findLabel = new QLabel(tr("F&ind in page:"), this);
    findLabel->setBuddy(m_findEdit);
    bar->addWidget(findLabel);
    m_findEdit->setObjectName(u"manualFind"_s);
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setPlaceholderText(tr("Enter: next, Shift+Enter: previous"));
    m_findEdit->setMaximumWidth(260);
    bar->addWidget(m_findEdit);
    m_findEdit->installEventFilter(this); // Enter and Shift+Enter: eventFilter()
    connect(m_findEdit, &QLineEdit::textEdited, this, [this] {
        // Each letter typed searches again from the top, as a browser's find bar does.
        m_browser->moveCursor(QTextCursor::Start);
        find(false);
    });
    auto *focusFind = new QShortcut(QKeySequence::Find, this);
    connect(focusFind, &QShortcut::activated, this, [this] {
        m_findEdit->setFocus();
        m_findEdit->selectAll();
    });
    auto *closeKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(closeKey, &QShortcut::activated, this, &QWidget::close);

    ScreenFit::resize(this, QSize(900, 720));
}

QString ManualWindow::manualLanguage(const QString &uiLanguage) {
    return uiLanguage.startsWith(u"zh"_s) ? u"zh_CN"_s : u"en"_s;
}

QUrl ManualWindow::contentsUrl(const QString &language) {
    return QUrl(u"qrc:/manual/%1/index.html"_s.arg(manualLanguage(language)));
}

QUrl ManualWindow::sectionUrl(const QString &pageKey, const QString &language) {
    const QString section = sections().value(pageKey);
    if (section.isEmpty())
        return contentsUrl(language);
    return QUrl(u"qrc:/manual/%1/%2"_s.arg(manualLanguage(language), section));
}

QStringList ManualWindow::sectionKeys() {
    QStringList keys = sections().keys();
    keys.sort();
    return keys;
}

void ManualWindow::showSection(const QString &pageKey, const QString &language) {
    m_language = manualLanguage(language);
    m_browser->setSource(sectionUrl(pageKey, m_language));
    show();
    raise();
    activateWindow();
}

bool ManualWindow::eventFilter(QObject *watched, QEvent *event) {
    // In the find box Enter goes to the next match and Shift+Enter to the previous one
    // (QLineEdit's returnPressed does not tell them apart).
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            find(key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void ManualWindow::find(bool backward) {
    const QString text = m_findEdit->text();
    QPalette palette = m_findEdit->palette();
    palette.setColor(QPalette::Base, QApplication::palette().color(QPalette::Base));
    if (!text.isEmpty()) {
        const QTextDocument::FindFlags flags =
            backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
        bool found = m_browser->find(text, flags);
        if (!found) { // wrap around once
            m_browser->moveCursor(backward ? QTextCursor::End : QTextCursor::Start);
            found = m_browser->find(text, flags);
        }
        if (!found)
            palette.setColor(QPalette::Base, QColor(0xff, 0xcd, 0xd2));
    }
    m_findEdit->setPalette(palette);
}

void ManualWindow::updateTitle() {
    const QString title = m_browser->documentTitle();
    setWindowTitle(title.isEmpty() ? tr("Qinqing manual") : title);
}
