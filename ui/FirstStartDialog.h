#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class FirstStartDialog;
}

// Shown when no database exists yet (and for File ▸ New database): where the database goes,
// which of the five rule profiles the office works by, and whether to fill it with demo data
// to try the program out. Layout in FirstStartDialog.ui.
class FirstStartDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { FirstStart, NewDatabase };

    explicit FirstStartDialog(Mode mode, const QString &suggestedPath, QWidget *parent = nullptr);
    ~FirstStartDialog() override;

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

    std::unique_ptr<Ui::FirstStartDialog> m_ui;
};
