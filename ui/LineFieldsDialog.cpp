#include "ui/LineFieldsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LineFieldsDialog::LineFieldsDialog(const QString &title, const QStringList &labels, QWidget *parent)
    : QDialog(parent)
    , m_error(new QLabel) {
    setWindowTitle(title);
    auto *form = new QFormLayout;
    for (int i = 0; i < labels.size(); ++i) {
        auto *edit = new QLineEdit;
        edit->setObjectName(u"field%1"_s.arg(i));
        edit->setMinimumWidth(320);
        form->addRow(labels.at(i), edit);
        m_edits << edit;
    }
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setStyleSheet(u"color:#c0392b"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void LineFieldsDialog::accept() {
    if (save())
        QDialog::accept();
}

QStringList LineFieldsDialog::values() const {
    QStringList out;
    for (const QLineEdit *edit : m_edits)
        out << edit->text().trimmed();
    return out;
}

void LineFieldsDialog::setValues(const QStringList &values) {
    for (int i = 0; i < m_edits.size(); ++i)
        m_edits.at(i)->setText(values.value(i));
}

void LineFieldsDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString LineFieldsDialog::reloadedNote() {
    return tr("The dialog shows the stored version now; nothing of yours was saved.");
}
