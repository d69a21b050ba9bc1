#pragma once

#include <QMainWindow>
#include <QUrl>

class QLineEdit;
class QTextBrowser;

// The users' guide (resources/manual/LANG/*.html), compiled into the program so that it opens
// on a desk without network: a QTextBrowser with back, forward, contents and find-in-page. F1
// on a page of the main window opens the section about that page (sectionUrl()), in the
// language the window is in.
class ManualWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit ManualWindow(QWidget *parent = nullptr);

    // Shows the section about the main window's page `pageKey` (PageRegistry's keys; an
    // unknown key shows the contents) in `language` ("zh_CN" or "en").
    void showSection(const QString &pageKey, const QString &language);
    QTextBrowser *browser() const { return m_browser; }

    // The manual's language for a UI language: Chinese for any Chinese UI, else English.
    static QString manualLanguage(const QString &uiLanguage);
    // qrc:/manual/LANG/FILE.html#ANCHOR for a page key, the contents for an unknown one.
    static QUrl sectionUrl(const QString &pageKey, const QString &language);
    static QUrl contentsUrl(const QString &language);
    // The page keys that have a section of their own (every page of PageRegistry).
    static QStringList sectionKeys();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find(bool backward);
    void updateTitle();

    QTextBrowser *m_browser;
    QLineEdit *m_findEdit;
    QString m_language = QStringLiteral("en");
};
