// The users' guide in the program (issue 12): F1 on each page opens the manual at that page's
// section, in the UI's language; every link and picture in the manual leads somewhere; both
// languages have the same sections, so the English manual cannot fall behind unseen.
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "tests/ui/TestSettings.h"
#include "translations/Translations.h"
#include "ui/GuiApplication.h"
#include "ui/MainWindow.h"
#include "ui/PageRegistry.h"
#include "ui/help/ManualWindow.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {
const QStringList kLanguages{u"zh_CN"_s, u"en"_s};

QString readText(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The manual's HTML files under :/manual, as paths relative to it ("zh_CN/index.html").
QStringList htmlFiles() {
    QStringList files;
    QDirIterator it(u":/manual"_s, {u"*.html"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next().mid(QStringLiteral(":/manual/").size());
    files.sort();
    return files;
}

// The anchors QTextBrowser can scroll to in a loaded document: the names it took from id=
// and <a name=>.
QSet<QString> documentAnchors(const QTextDocument *doc) {
    QSet<QString> names;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (const QString &n : b.charFormat().anchorNames())
            names.insert(n);
        for (auto it = b.begin(); !it.atEnd(); ++it)
            for (const QString &n : it.fragment().charFormat().anchorNames())
                names.insert(n);
    }
    return names;
}

QSet<QString> fileAnchors(const QString &text) {
    static const QRegularExpression id(u"(?:id|name)=\"([^\"]+)\""_s);
    QSet<QString> names;
    for (auto m = id.globalMatch(text); m.hasNext();)
        names.insert(m.next().captured(1));
    return names;
}
} // namespace

class TestManual : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        useTestSettings(u"tst_manual"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(u"manual.sqlite"_s)));
        QVERIFY(DatabaseInitializer(m_db).initialize(u"wushen"_s));
    }

    void cleanupTestCase() { GuiApplication::installLanguage(u"en"_s); }

    void everyPageHasASection() {
        QStringList keys;
        for (const PageEntry &e : PageRegistry::standardPages())
            keys << e.key;
        keys.sort();
        QCOMPARE(ManualWindow::sectionKeys(), keys);
    }

    void f1OpensThePagesSection_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("key");
        for (const QString &language : kLanguages)
            for (const PageEntry &e : PageRegistry::standardPages())
                QTest::addRow("%s %s", qPrintable(language), qPrintable(e.key))
                    << language << e.key;
    }

    void f1OpensThePagesSection() {
        QFETCH(QString, language);
        QFETCH(QString, key);
        GuiApplication::installLanguage(language);
        QCOMPARE(Translations::installed(), language);
        MainWindow window(m_db);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(key);
        QCOMPARE(window.currentPageKey(), key);

        auto *action = window.findChild<QAction *>(u"manualAction"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F1));
        if (language == u"zh_CN"_s)
            QCOMPARE(action->text(), u"使用手册(&M)"_s);
        QTest::keyClick(&window, Qt::Key_F1);

        auto *manual = window.findChild<ManualWindow *>();
        QVERIFY(manual);
        QTRY_VERIFY(manual->isVisible());
        const QUrl source = manual->browser()->source();
        QCOMPARE(source, ManualWindow::sectionUrl(key, language));
        QVERIFY2(source.path().startsWith(u"/manual/%1/"_s.arg(language)),
                 qPrintable(source.toString()));
        // The page is in that language and the browser holds the section it was sent to.
        const QString html = readText(u":"_s + source.path());
        QVERIFY2(html.contains(language == u"zh_CN"_s ? u"lang=\"zh-CN\""_s : u"lang=\"en\""_s),
                 qPrintable(source.path()));
        QVERIFY2(documentAnchors(manual->browser()->document()).contains(source.fragment()),
                 qPrintable(source.toString()));
        QVERIFY(!manual->windowTitle().isEmpty());
        manual->close();
    }

    // Every href and src in every page names a file of the manual, and every #anchor exists
    // in its file as QTextBrowser reads it. No page reaches outside (the desks have no network).
    void everyLinkAndImageResolves() {
        static const QRegularExpression ref(u"(href|src)=\"([^\"]*)\""_s);
        QTextBrowser browser;
        const QStringList files = htmlFiles();
        QVERIFY(files.contains(u"zh_CN/index.html"_s));
        QVERIFY(files.contains(u"en/index.html"_s));
        int links = 0, images = 0;
        for (const QString &file : files) {
            const QString path = u":/manual/"_s + file;
            const QString text = readText(path);
            QVERIFY2(!text.isEmpty(), qPrintable(file));
            for (auto m = ref.globalMatch(text); m.hasNext();) {
                const auto match = m.next();
                const QString where =
                    u"%1: %2=\"%3\""_s.arg(file, match.captured(1), match.captured(2));
                const QUrl url(match.captured(2));
                QVERIFY2(url.scheme().isEmpty(), qPrintable(where));
                const QString target =
                    url.path().isEmpty()
                        ? path
                        : QDir::cleanPath(QFileInfo(path).path() + u'/' + url.path());
                QVERIFY2(QFile::exists(target), qPrintable(where));
                if (match.captured(1) == u"src"_s) {
                    ++images;
                    QVERIFY2(!QImageReader(target).read().isNull(), qPrintable(where));
                    continue;
                }
                ++links;
                if (url.hasFragment()) {
                    QVERIFY2(fileAnchors(readText(target)).contains(url.fragment()),
                             qPrintable(where));
                    browser.setSource(QUrl(u"qrc"_s + target));
                    QVERIFY2(documentAnchors(browser.document()).contains(url.fragment()),
                             qPrintable(where + u" (not an anchor QTextBrowser sees)"_s));
                }
            }
        }
        QVERIFY(links > 50);
        qInfo("%d links and %d images checked", links, images);
    }

    // The English manual has every page and section the Chinese one has, and no more.
    void bothLanguagesHaveTheSameSections() {
        QStringList zh, en;
        for (const QString &f : htmlFiles()) {
            if (f.startsWith(u"zh_CN/"_s))
                zh << f.mid(6);
            else if (f.startsWith(u"en/"_s))
                en << f.mid(3);
        }
        QCOMPARE(en, zh);
        for (const QString &f : std::as_const(zh)) {
            const auto zhAnchors = fileAnchors(readText(u":/manual/zh_CN/"_s + f));
            const auto enAnchors = fileAnchors(readText(u":/manual/en/"_s + f));
            QVERIFY2(zhAnchors == enAnchors, qPrintable(f));
        }
    }

    void backForwardAndContents() {
        ManualWindow manual;
        manual.showSection(u"assignments"_s, u"zh_CN"_s);
        QTextBrowser *b = manual.browser();
        b->setSource(QUrl(u"qrc:/manual/zh_CN/calendar.html#import"_s));
        QCOMPARE(b->source().path(), u"/manual/zh_CN/calendar.html"_s);
        auto *back = manual.findChild<QAction *>(u"manualBack"_s);
        auto *forward = manual.findChild<QAction *>(u"manualForward"_s);
        auto *home = manual.findChild<QAction *>(u"manualHome"_s);
        QVERIFY(back && forward && home);
        QVERIFY(back->isEnabled());
        back->trigger();
        QCOMPARE(b->source(), ManualWindow::sectionUrl(u"assignments"_s, u"zh_CN"_s));
        QVERIFY(forward->isEnabled());
        forward->trigger();
        QCOMPARE(b->source().path(), u"/manual/zh_CN/calendar.html"_s);
        home->trigger();
        QCOMPARE(b->source(), ManualWindow::contentsUrl(u"zh_CN"_s));
    }

    void findInPage() {
        ManualWindow manual;
        manual.showSection(u"assignments"_s, u"zh_CN"_s);
        auto *find = manual.findChild<QLineEdit *>(u"manualFind"_s);
        QVERIFY(find);
        // Typed as an input method types Chinese (QTest::keyClicks takes Latin-1 only).
        auto type = [find](const QString &text) {
            find->setText(text);
            emit find->textEdited(text);
        };
        type(u"延期"_s);
        QTextCursor cursor = manual.browser()->textCursor();
        QCOMPARE(cursor.selectedText(), u"延期"_s);
        const int first = cursor.position();
        QTest::keyClick(find, Qt::Key_Return);
        QVERIFY(manual.browser()->textCursor().position() > first);
        QCOMPARE(manual.browser()->textCursor().selectedText(), u"延期"_s);
        QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(manual.browser()->textCursor().position(), first);
        type(u"无此文字"_s);
        QVERIFY(manual.browser()->textCursor().selectedText() != u"无此文字"_s);
        QVERIFY(find->palette().color(QPalette::Base) !=
                QApplication::palette().color(QPalette::Base));
    }

    // The pictures stay small enough for the program and the package: PNGs about 800 pixels
    // wide, a few megabytes in all.
    void picturesAreSmall() {
        qint64 total = 0;
        QDirIterator it(u":/manual"_s, {u"*.png"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            total += QFileInfo(path).size();
            QVERIFY2(QImageReader(path).size().width() <= 1000, qPrintable(path));
        }
        QVERIFY2(total < 6 * 1024 * 1024, qPrintable(QString::number(total)));
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_MAIN(TestManual)
#include "tst_manual.moc"
