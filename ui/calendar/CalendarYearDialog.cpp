#include "ui/calendar/CalendarYearDialog.h"
#include "ui_CalendarYearDialog.h"

#include "core/CalendarRepository.h"
#include "ui/ScreenFit.h"
#include "ui/calendar/DeadlineMovesView.h"

#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString kRed = u"color: #b00020"_s;
const QString kGreen = u"color: #1b5e20"_s;
} // namespace

CalendarYearDialog::CalendarYearDialog(Database &db, int year, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_ui(std::make_unique<Ui::CalendarYearDialog>()) {
    m_ui->setupUi(this);
    m_ui->yearSpin->setValue(year);
    m_ui->movesView->hide();
    m_ui->dayGroup->setEnabled(false);
    m_ui->dayLabel->setText(tr("Click a day in the months to see or correct it."));
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, &CalendarYearDialog::showYear);
    connect(m_ui->yearView, &YearCalendarView::dayClicked, this, &CalendarYearDialog::selectDay);
    for (QRadioButton *b : {m_ui->ordinaryRadio, m_ui->offRadio, m_ui->workRadio})
        connect(b, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                preview();
        });
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, &CalendarYearDialog::preview);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CalendarYearDialog::save);
    load();
    ScreenFit::resize(this, size());
}

CalendarYearDialog::~CalendarYearDialog() = default;

void CalendarYearDialog::load() {
    CalendarRepository repo(m_db);
    m_calendar = repo.load(&m_readable);
    if (!m_readable) {
        m_ui->yearNote->setStyleSheet(kRed);
        m_ui->yearNote->setText(repo.errorString());
    }
    showYear();
}

void CalendarYearDialog::showYear() {
    const int year = m_ui->yearSpin->value();
    m_ui->yearView->setYear(year, m_calendar.exceptionsInYear(year));
    m_ui->yearView->setSelectedDate({});
    m_ui->dayGroup->setEnabled(false);
    m_ui->dayLabel->setText(tr("Click a day in the months to see or correct it."));
    m_ui->dayNote->clear();
    if (!m_readable)
        return;
    m_ui->yearNote->setStyleSheet(m_calendar.isYearKnown(year) ? QString() : kRed);
    m_ui->yearNote->setText(
        m_calendar.isYearKnown(year)
            ? tr("The State Council's arrangement for %1 is in the calendar.").arg(year)
            : tr("%1 has no official arrangement yet: its deadlines are estimates. Import the "
                 "State Council's notice; correcting single days does not replace it.")
                  .arg(year));
}

void CalendarYearDialog::selectDay(const QDate &date) {
    if (!m_readable || !date.isValid())
        return;
    if (date.year() != m_ui->yearSpin->value())
        m_ui->yearSpin->setValue(date.year());
    m_ui->yearView->setSelectedDate(date);
    m_ui->dayGroup->setEnabled(true);
    m_ui->dayLabel->setText(m_ui->yearView->toolTipFor(date));
    const QList<CalendarDay> days = m_calendar.exceptionsInYear(date.year());
    const auto it = std::find_if(days.cbegin(), days.cend(),
                                 [&](const CalendarDay &d) { return d.date == date; });
    {
        const QSignalBlocker b1(m_ui->ordinaryRadio), b2(m_ui->offRadio), b3(m_ui->workRadio);
        QRadioButton *current = it == days.cend()                    ? m_ui->ordinaryRadio
                                : it->kind == CalendarDay::Kind::Off ? m_ui->offRadio
                                                                     : m_ui->workRadio;
        current->setChecked(true);
    }
    m_ui->nameEdit->setText(it == days.cend() ? QString() : it->holiday);
    preview();
}

std::optional<CalendarDay> CalendarYearDialog::chosenDay() const {
    const QDate date = m_ui->yearView->selectedDate();
    if (m_ui->ordinaryRadio->isChecked() || !date.isValid())
        return std::nullopt;
    return CalendarDay{
        date, m_ui->offRadio->isChecked() ? CalendarDay::Kind::Off : CalendarDay::Kind::Work,
        m_ui->nameEdit->text().trimmed()};
}

bool CalendarYearDialog::changesTheDay() const {
    const QDate date = m_ui->yearView->selectedDate();
    const QList<CalendarDay> days = m_calendar.exceptionsInYear(date.year());
    const auto it = std::find_if(days.cbegin(), days.cend(),
                                 [&](const CalendarDay &d) { return d.date == date; });
    const std::optional<CalendarDay> chosen = chosenDay();
    if (!chosen)
        return it != days.cend();
    return it == days.cend() || !(*it == *chosen);
}

void CalendarYearDialog::preview() {
    m_ui->nameEdit->setEnabled(!m_ui->ordinaryRadio->isChecked());
    const bool changes = m_ui->yearView->selectedDate().isValid() && changesTheDay();
    m_ui->saveButton->setEnabled(changes);
    m_ui->dayNote->clear();
    if (!changes) {
        m_ui->movesNote->clear();
        m_ui->movesView->hide();
        return;
    }
    // What the correction would move, worked out and rolled back.
    CalendarService service(m_db);
    const std::optional<CalendarDay> day = chosenDay();
    const auto report =
        day ? service.setDay(*day, true) : service.clearDay(m_ui->yearView->selectedDate(), true);
    if (!report) {
        m_ui->movesNote->setStyleSheet(kRed);
        m_ui->movesNote->setText(service.errorString());
        m_ui->movesView->hide();
        return;
    }
    m_ui->movesNote->setStyleSheet(QString());
    m_ui->movesNote->setText(DeadlineMovesView::summary(*report, true));
    m_ui->movesView->setReport(*report);
    m_ui->movesView->setVisible(!report->moved.isEmpty());
}

void CalendarYearDialog::save() {
    const QDate date = m_ui->yearView->selectedDate();
    if (!date.isValid() || !changesTheDay())
        return;
    CalendarService service(m_db);
    const std::optional<CalendarDay> day = chosenDay();
    const auto report = day ? service.setDay(*day) : service.clearDay(date);
    if (!report) {
        m_ui->dayNote->setStyleSheet(kRed);
        m_ui->dayNote->setText(tr("Not saved: %1").arg(service.errorString()));
        return;
    }
    m_saved = report;
    load();
    selectDay(date);
    m_ui->dayNote->setStyleSheet(kGreen);
    m_ui->dayNote->setText(tr("Saved."));
    m_ui->movesNote->setText(DeadlineMovesView::summary(*report, false));
    m_ui->movesView->setReport(*report);
    m_ui->movesView->setVisible(!report->moved.isEmpty());
}
