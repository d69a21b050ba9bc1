#include "ui/SummaryReportDialog.h"

#include "ui_SummaryReportDialog.h"

#include <QPushButton>

SummaryReportDialog::SummaryReportDialog(const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SummaryReportDialog>())
    , m_today(today) {
    m_ui->setupUi(this);
    m_ui->quarterCombo->addItems({tr("1st quarter (January–March)"), tr("2nd quarter (April–June)"),
                                  tr("3rd quarter (July–September)"),
                                  tr("4th quarter (October–December)")});
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Preview…"));
    m_ui->note->setText(
        tr("The report counts the period's appeals by status, domain and channel, lists the "
           "overdue items, the departments' figures, satisfaction, the items waiting for a "
           "leader's decision and the problems raised by three or more enterprises, as they "
           "stood on the period's last day (or today while it runs)."));
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    setPeriod(ReportPeriod::month(lastMonth.year(), lastMonth.month()));
    m_ui->fromEdit->setDate(QDate(today.year(), today.month(), 1));
    m_ui->toEdit->setDate(today);

    for (QRadioButton *radio : {m_ui->monthRadio, m_ui->quarterRadio, m_ui->rangeRadio})
        connect(radio, &QRadioButton::toggled, this, &SummaryReportDialog::updateState);
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &SummaryReportDialog::updateState);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &SummaryReportDialog::updateState);
    connect(m_ui->monthEdit, &QDateEdit::dateChanged, this, &SummaryReportDialog::updateState);
    connect(m_ui->quarterYear, &QSpinBox::valueChanged, this, &SummaryReportDialog::updateState);
    connect(m_ui->quarterCombo, &QComboBox::currentIndexChanged, this,
            &SummaryReportDialog::updateState);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

SummaryReportDialog::~SummaryReportDialog() = default;

void SummaryReportDialog::setPeriod(const ReportPeriod &period) {
    const QDate from = period.from();
    switch (period.kind()) {
    case ReportPeriod::Kind::Month:
        m_ui->monthRadio->setChecked(true);
        m_ui->monthEdit->setDate(from);
        break;
    case ReportPeriod::Kind::Quarter:
        m_ui->quarterRadio->setChecked(true);
        break;
    case ReportPeriod::Kind::Custom:
        m_ui->rangeRadio->setChecked(true);
        m_ui->fromEdit->setDate(from);
        m_ui->toEdit->setDate(period.to());
        break;
    }
    // The quarter follows whatever was chosen, so switching to it proposes the same months.
    m_ui->quarterYear->setValue(from.year());
    m_ui->quarterCombo->setCurrentIndex((from.month() - 1) / 3);
    updateState();
}

ReportPeriod SummaryReportDialog::period() const {
    if (m_ui->monthRadio->isChecked()) {
        const QDate m = m_ui->monthEdit->date();
        return ReportPeriod::month(m.year(), m.month());
    }
    if (m_ui->quarterRadio->isChecked())
        return ReportPeriod::quarter(m_ui->quarterYear->value(),
                                     m_ui->quarterCombo->currentIndex() + 1);
    return ReportPeriod::range(m_ui->fromEdit->date(), m_ui->toEdit->date());
}

void SummaryReportDialog::updateState() {
    m_ui->monthEdit->setEnabled(m_ui->monthRadio->isChecked());
    m_ui->quarterYear->setEnabled(m_ui->quarterRadio->isChecked());
    m_ui->quarterCombo->setEnabled(m_ui->quarterRadio->isChecked());
    m_ui->fromEdit->setEnabled(m_ui->rangeRadio->isChecked());
    m_ui->toEdit->setEnabled(m_ui->rangeRadio->isChecked());
    const ReportPeriod p = period();
    const bool ok = p.isValid() && p.from() <= m_today;
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_ui->buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(ok            ? QString()
                     : p.isValid() ? tr("The period starts after today.")
                                   : tr("The first day is after the last day."));
}
