#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// Shown when no database exists yet (and for File ▸ New database): where the database goes,
// which of the five rule profiles the office works by, and whether to fill it with demo data
// to try the program out.
class FirstStartDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { FirstStart, NewDatabase };

    explicit FirstStartDialog(Mode mode, const QString &suggestedPath, QWidget *parent = nullptr);

    QString path() const;
    QString profileCode() const;
    bool wantsDemoData() const;

    void setPath(const QString &path);
    void setProfileCode(const QString &code);
    void setDemoData(bool on);

    void accept() override;

private:
    void browse();
    void showProfileNote();

    QLineEdit *m_path;
    QComboBox *m_profile;
    QLabel *m_profileNote;
    QCheckBox *m_demo;
};
