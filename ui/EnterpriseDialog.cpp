#include "EnterpriseDialog.h"

#include "AppealValidator.h"
#include "EnterpriseRepository.h"
#include "LeaderRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EnterpriseDialog::EnterpriseDialog(Database &db, const Enterprise &enterprise, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_enterprise(enterprise)
    , m_name(new QLineEdit(enterprise.name))
    , m_uscc(new QLineEdit(enterprise.uscc))
    , m_usccWarning(new QLabel)
    , m_person(new QLineEdit(enterprise.responsiblePerson))
    , m_phone(new QLineEdit(enterprise.phone))
    , m_phoneWarning(new QLabel)
    , m_industry(new QLineEdit(enterprise.industry))
    , m_district(new QLineEdit(enterprise.district))
    , m_tags(new QLineEdit(enterprise.tags.join(u"、"_s)))
    , m_leader(new QComboBox)
    , m_error(new QLabel) {
    setWindowTitle(enterprise.id ? tr("Edit enterprise") : tr("New enterprise"));
    m_name->setObjectName(u"nameEdit"_s);
    m_tags->setObjectName(u"tagsEdit"_s);
    m_tags->setPlaceholderText(tr("e.g. 规上、高新技术 (separate with 、 or commas)"));
    m_leader->addItem(tr("(none)"), 0);
    for (const Leader &l : LeaderRepository(db).list())
        m_leader->addItem(l.title.isEmpty() ? l.name : l.name + u" ("_s + l.title + u')', l.id);
    m_leader->setCurrentIndex(qMax(0, m_leader->findData(enterprise.liaisonLeaderId)));
    for (QLabel *w : {m_usccWarning, m_phoneWarning, m_error}) {
        w->setStyleSheet(u"color:#b9770e"_s);
        w->setWordWrap(true);
        w->hide();
    }
    m_error->setStyleSheet(u"color:#c0392b"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Credit code (USCC):"), m_uscc);
    form->addRow(QString(), m_usccWarning);
    form->addRow(tr("&Responsible person:"), m_person);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), m_phoneWarning);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("&District:"), m_district);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Liaison leader:"), m_leader);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_uscc, &QLineEdit::editingFinished, this, &EnterpriseDialog::checkUscc);
    connect(m_phone, &QLineEdit::editingFinished, this, &EnterpriseDialog::checkPhone);
    checkUscc();
    checkPhone();
    resize(560, sizeHint().height());
}

Enterprise EnterpriseDialog::enterprise() const {
    Enterprise e = m_enterprise;
    e.name = m_name->text().trimmed();
    e.uscc = m_uscc->text().trimmed();
    e.responsiblePerson = m_person->text().trimmed();
    e.phone = m_phone->text().trimmed();
    e.industry = m_industry->text().trimmed();
    e.district = m_district->text().trimmed();
    e.tags = m_tags->text().split(QRegularExpression(u"[、,，;；\\s]+"_s), Qt::SkipEmptyParts);
    e.liaisonLeaderId = m_leader->currentData().toLongLong();
    return e;
}

void EnterpriseDialog::checkUscc() {
    const auto issues = m_uscc->text().trimmed().isEmpty()
                            ? QList<ValidationIssue>()
                            : AppealValidator::checkUscc(m_uscc->text());
    m_usccWarning->setText(issues.isEmpty() ? QString() : issues.first().message);
    m_usccWarning->setVisible(!issues.isEmpty());
}

void EnterpriseDialog::checkPhone() {
    const auto issues = AppealValidator::checkPhone(m_phone->text());
    m_phoneWarning->setText(issues.isEmpty() ? QString() : issues.first().message);
    m_phoneWarning->setVisible(!issues.isEmpty());
}

void EnterpriseDialog::accept() {
    Enterprise e = enterprise();
    EnterpriseRepository repo(m_db);
    const bool ok = e.id ? repo.update(e) : repo.insert(e);
    if (!ok) {
        m_error->setText(repo.errorString());
        m_error->show();
        m_name->setFocus();
        return;
    }
    m_enterprise = e;
    QDialog::accept();
}
