#pragma once

#include <QDialog>

class Database;

namespace Ui {
class LoginDialog;
}

// Logging in to a server database: the login (the PostgreSQL role) and its password. The
// server checks them; a wrong password is said in the dialog and the clerk tries again.
class LoginDialog : public QDialog {
    Q_OBJECT

public:
    LoginDialog(const QString &server, const QString &login, QWidget *parent = nullptr);
    ~LoginDialog() override;

    QString login() const;
    QString password() const;
    void setMessage(const QString &message);

    // Opens `db` at the server address `location`: first as libpq alone can (a ~/.pgpass or
    // PGPASSWORD), else asking for the login and password until the server accepts them or
    // the clerk cancels. False on cancel or when the server cannot be reached (`error` says
    // why; empty on cancel).
    static bool logIn(Database &db, const QString &location, QWidget *parent, QString *error);

private:
    Ui::LoginDialog *m_ui;
};
