#include "ui/EnterpriseDialog.h"
#include "ui_EnterpriseDialog.h"

#include "core/records/EnterpriseRepository.h"
#include "core/records/LeaderRepository.h"
#include "core/validation/AppealValidator.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

EnterpriseDialog::EnterpriseDialog(Database &db, const Enterprise &enterprise, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_enterprise(enterprise)
    , m_ui(std::make_unique<Ui::EnterpriseDialog>()) {
    m_ui->setupUi(this);
    setWindowTitle(enterprise.id ? tr("Edit enterprise") : tr("New enterprise"));
    m_ui->nameEdit->setText(enterprise.name);
    m_ui->usccEdit->setText(enterprise.uscc);
    m_ui->personEdit->setText(enterprise.responsiblePerson);
    m_ui->phoneEdit->setText(enterprise.phone);
    m_ui->industryEdit->setText(enterprise.industry);
    m_ui->districtEdit->setText(enterprise.district);
    m_ui->tagsEdit->setText(enterprise.tags.join(u"、"_s));
    QComboBox *leader = m_ui->leaderCombo;
    leader->addItem(tr("(none)"), 0);
    for (const Leader &l : LeaderRepository(db).list())
        leader->addItem(l.title.isEmpty() ? l.name : l.name + u" ("_s + l.title + u')', l.id);
    leader->setCurrentIndex(qMax(0, leader->findData(enterprise.liaisonLeaderId)));
    m_ui->errorLabel->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->usccEdit, &QLineEdit::editingFinished, this, &EnterpriseDialog::checkUscc);
    connect(m_ui->phoneEdit, &QLineEdit::editingFinished, this, &EnterpriseDialog::checkPhone);
    checkUscc();
    checkPhone();
    resize(560, sizeHint().height());
}

EnterpriseDialog::~EnterpriseDialog() = default;

Enterprise EnterpriseDialog::enterprise() const {
    Enterprise e = m_enterprise;
    e.name = m_ui->nameEdit->text().trimmed();
    e.uscc = m_ui->usccEdit->text().trimmed();
    e.responsiblePerson = m_ui->personEdit->text().trimmed();
    e.phone = m_ui->phoneEdit->text().trimmed();
    e.industry = m_ui->industryEdit->text().trimmed();
    e.district = m_ui->districtEdit->text().trimmed();
    e.tags =
        m_ui->tagsEdit->text().split(QRegularExpression(u"[、,，;；\\s]+"_s), Qt::SkipEmptyParts);
    e.liaisonLeaderId = m_ui->leaderCombo->currentData().toLongLong();
    return e;
}

void EnterpriseDialog::checkUscc() {
    const QString uscc = m_ui->usccEdit->text();
    const auto issues =
        uscc.trimmed().isEmpty() ? QList<ValidationIssue>() : AppealValidator::checkUscc(uscc);
    m_ui->usccWarning->setText(issues.isEmpty() ? QString() : issues.first().message);
    m_ui->usccWarning->setVisible(!issues.isEmpty());
}

void EnterpriseDialog::checkPhone() {
    const auto issues = AppealValidator::checkPhone(m_ui->phoneEdit->text());
    m_ui->phoneWarning->setText(issues.isEmpty() ? QString() : issues.first().message);
    m_ui->phoneWarning->setVisible(!issues.isEmpty());
}

void EnterpriseDialog::accept() {
    Enterprise e = enterprise();
    EnterpriseRepository repo(m_db);
    const bool ok = e.id ? repo.update(e) : repo.insert(e);
    if (!ok) {
        m_ui->errorLabel->setText(repo.errorString());
        m_ui->errorLabel->show();
        m_ui->nameEdit->setFocus();
        return;
    }
    m_enterprise = e;
    QDialog::accept();
}
