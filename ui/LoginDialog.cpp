#include "ui/LoginDialog.h"

#include "core/Database.h"
#include "core/server/ServerAddress.h"
#include "ui_LoginDialog.h"

#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

LoginDialog::LoginDialog(const QString &server, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::LoginDialog) {
    m_ui->setupUi(this);
    m_ui->server->setText(server);
    m_ui->login->setText(login);
    m_ui->message->hide();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Log &in"));
    if (!login.isEmpty())
        m_ui->password->setFocus();
}

LoginDialog::~LoginDialog() {
    delete m_ui;
}

QString LoginDialog::login() const {
    return m_ui->login->text().trimmed();
}

QString LoginDialog::password() const {
    return m_ui->password->text();
}

void LoginDialog::setMessage(const QString &message) {
    m_ui->message->setText(message);
    m_ui->message->setVisible(!message.isEmpty());
    m_ui->password->clear();
    m_ui->password->setFocus();
}

bool LoginDialog::logIn(Database &db, const QString &location, QWidget *parent, QString *error) {
    error->clear();
    if (db.open(location))
        return true;
    // Only a refused login is worth asking again; an unreachable server is an error.
    auto refusedLogin = [](const QString &message) {
        return message.contains(u"password"_s, Qt::CaseInsensitive) ||
               message.contains(u"authentication"_s, Qt::CaseInsensitive) ||
               message.contains(u"role \""_s);
    };
    if (!refusedLogin(db.errorString())) {
        *error = db.errorString();
        return false;
    }
    const ServerAddress address = ServerAddress::parse(location);
    LoginDialog dialog(address.displayUrl(), address.user(), parent);
    while (dialog.exec() == QDialog::Accepted) {
        QUrl url(location);
        url.setUserName(dialog.login());
        url.setPassword(QString());
        db.setPassword(dialog.password());
        if (db.open(url.toString()))
            return true;
        if (!refusedLogin(db.errorString())) {
            *error = db.errorString();
            return false;
        }
        dialog.setMessage(tr("The server did not accept this login and password."));
    }
    return false;
}
