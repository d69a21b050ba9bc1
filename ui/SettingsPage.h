#pragma once

#include <QWidget>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

// 设置: which rule profile the office works by (and what it says), how appeals are numbered,
// which years the working-day calendar knows, and the language and text size of the program.
class SettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit SettingsPage(Database &db, QWidget *parent = nullptr);

    // Stored in QSettings; read by GuiApplication at start-up.
    static QString languageSetting(); // "", "zh_CN" or "en"
    static void setLanguageSetting(const QString &language);
    static int fontPointSizeSetting(); // 0: system default

public slots:
    void refresh();

signals:
    void profileChanged();
    void languageChangeRequested(const QString &language);

private:
    QWidget *createProfileGroup();
    QWidget *createCalendarGroup();
    QWidget *createLookGroup();
    void showProfileSummary();
    void applyProfile();
    void saveNumbering();
    void importCalendar();
    void applyLanguage();
    void applyFontSize(int points);

    Database &m_db;
    QComboBox *m_profile;
    QLabel *m_profileSummary;
    QLineEdit *m_numbering;
    QLabel *m_numberingExample;
    QTreeWidget *m_calendarYears;
    QComboBox *m_language;
    QSpinBox *m_fontSize;
};
