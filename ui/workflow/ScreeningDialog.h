#pragma once

#include <QDialog>
#include <QList>
#include <memory>

class Database;
class QButtonGroup;

namespace Ui {
class ScreeningDialog;
}

// Screens one appeal or many at once (all or nothing): accept, not accepted for one of the
// profile's coded reasons, redirect to the local government or a department, or solved at once
// with the answer. Problems are shown in the dialog, which then stays open. Layout in
// ScreeningDialog.ui.
class ScreeningDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice { Accept, Reject, RedirectLocal, RedirectDepartment, Solve };

    ScreeningDialog(Database &db, const QList<qint64> &appealIds, QWidget *parent = nullptr);
    ~ScreeningDialog() override;

    // For tests and callers that preset the dialog.
    void setChoice(Choice choice);
    void setReasonCode(const QString &code);
    void setDepartment(qint64 departmentId);
    void setTarget(const QString &target);
    void setAnswer(const QString &answer);
    void setNote(const QString &note);
    QString message() const;

public slots:
    // Applies the decision; on success accepts the dialog. Returns false and shows why.
    bool apply();

private:
    void updateEnabled();

    Database &m_db;
    QList<qint64> m_ids;
    std::unique_ptr<Ui::ScreeningDialog> m_ui;
    QButtonGroup *m_group;
};
