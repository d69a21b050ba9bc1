#include "ui/calendar/NoticeImportDialog.h"
#include "ui_NoticeImportDialog.h"

#include "core/CalendarRepository.h"
#include "ui/ScreenFit.h"
#include "ui/calendar/DeadlineMovesView.h"

#include <QHeaderView>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString kRed = u"color: #b00020"_s;
const QString kGreen = u"color: #1b5e20"_s;

// 1月1日—3日（3天）, 2月14日: runs of consecutive days as the notice writes them.
QString runs(const QList<QDate> &dates) {
    const QLocale locale;
    const QString format =
        NoticeImportDialog::tr("M/d", "Qt date format of a day in the list of holidays");
    const QString sameMonth =
        NoticeImportDialog::tr("d", "Qt date format of the last day of a run in the same month");
    QStringList out;
    for (qsizetype i = 0; i < dates.size();) {
        qsizetype j = i;
        while (j + 1 < dates.size() && dates.at(j).daysTo(dates.at(j + 1)) == 1)
            ++j;
        const QDate first = dates.at(i);
        const QDate last = dates.at(j);
        out << (j == i ? locale.toString(first, format)
                       : NoticeImportDialog::tr("%1–%2 (%n day(s))", nullptr, int(j - i + 1))
                             .arg(locale.toString(first, format),
                                  locale.toString(last, first.month() == last.month() &&
                                                                first.year() == last.year()
                                                            ? sameMonth
                                                            : format)));
        i = j + 1;
    }
    return out.join(NoticeImportDialog::tr(", ", "between dates"));
}

} // namespace

NoticeImportDialog::NoticeImportDialog(Database &db, int year, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_ui(std::make_unique<Ui::NoticeImportDialog>()) {
    m_ui->setupUi(this);
    m_ui->yearSpin->setValue(year);
    m_ui->problemsList->hide();
    m_ui->problemsList->setUniformRowHeights(false);
    // The text stays the larger part: the clerk corrects the lines there.
    m_ui->problemsList->setMaximumHeight(fontMetrics().height() * 12);
    m_ui->problemsList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->holidaysList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->holidaysList->setTextElideMode(Qt::ElideNone); // wrapped, never cut
    m_ui->legend->setText(
        tr("<span style='background:#ffcdd2;color:#b71c1c'>&nbsp;%1&nbsp;</span> day off "
           "&nbsp; <span style='background:#bbdefb;color:#0d47a1'>&nbsp;%2&nbsp;</span> make-up "
           "working day &nbsp; Weekends not marked are ordinary weekends.")
            .arg(tr("off", "one-character mark of a day off in the month view"),
                 tr("work", "one-character mark of a make-up working day")));

    m_readTimer = new QTimer(this);
    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(400); // read when the clerk pauses, not at every key
    connect(m_readTimer, &QTimer::timeout, this, &NoticeImportDialog::readNow);
    connect(m_ui->noticeEdit, &QPlainTextEdit::textChanged, m_readTimer,
            qOverload<>(&QTimer::start));
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, [this] {
        m_yearTouched = true;
        readNow();
    });
    // A problem double-clicked: its line selected in the text, to correct it there.
    connect(m_ui->problemsList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int line = item->data(0, Qt::UserRole).toInt();
        const QTextBlock block = m_ui->noticeEdit->document()->findBlockByNumber(line - 1);
        if (line <= 0 || !block.isValid())
            return;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        m_ui->noticeEdit->setTextCursor(cursor);
        m_ui->noticeEdit->setFocus();
    });
    connect(m_ui->checkButton, &QPushButton::clicked, this, &NoticeImportDialog::showCheckPage);
    connect(m_ui->backButton, &QPushButton::clicked, this, &NoticeImportDialog::showPastePage);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &NoticeImportDialog::save);
    connect(m_ui->cancelButton, &QPushButton::clicked, this,
            [this] { m_saved ? accept() : reject(); });
    readNow();
    ScreenFit::resize(this, size());
}

NoticeImportDialog::~NoticeImportDialog() = default;

QString NoticeImportDialog::sourceText(const QString &code) {
    if (code == "notice"_L1)
        return tr("State Council notice (pasted)");
    if (code.startsWith("notice:"_L1))
        return tr("State Council notice (%1)").arg(code.mid(7));
    return code;
}

void NoticeImportDialog::setNoticeText(const QString &text) {
    m_ui->noticeEdit->setPlainText(text);
    readNow();
}

void NoticeImportDialog::readNow() {
    m_readTimer->stop();
    const QString text = m_ui->noticeEdit->toPlainText();
    m_ui->problemsList->clear();
    if (text.trimmed().isEmpty()) {
        m_result = {};
        m_ui->readStatus->setStyleSheet(QString());
        m_ui->readStatus->setText(tr("Paste the notice's text above."));
        m_ui->problemsList->hide();
        updateButtons();
        return;
    }
    // The notice's title names its year, unless the clerk chose one.
    if (!m_yearTouched) {
        const int titled = HolidayNoticeParser::parse(text, 0).year;
        if (titled > 0) {
            const QSignalBlocker block(m_ui->yearSpin);
            m_ui->yearSpin->setValue(titled);
        }
    }
    m_result = HolidayNoticeParser::parse(text, m_ui->yearSpin->value());
    for (const HolidayNoticeParser::Problem &p : m_result.problems) {
        auto *item = new QTreeWidgetItem(
            m_ui->problemsList,
            {p.line > 0 ? QString::number(p.line) : u"—"_s,
             p.text.isEmpty() ? p.reason : tr("%1\n→ %2").arg(p.text, p.reason)});
        item->setData(0, Qt::UserRole, p.line);
        item->setToolTip(1, p.reason);
    }
    m_ui->problemsList->setVisible(!m_result.problems.isEmpty());
    if (!m_result.problems.isEmpty()) {
        m_ui->readStatus->setStyleSheet(kRed);
        m_ui->readStatus->setText(
            tr("%n problem(s) below. Nothing can be saved until the text says what the notice "
               "says: correct it above, or paste the notice again.",
               nullptr, int(m_result.problems.size())));
    } else {
        int off = 0;
        for (const CalendarDay &d : m_result.days)
            off += d.kind == CalendarDay::Kind::Off ? 1 : 0;
        m_ui->readStatus->setStyleSheet(kGreen);
        m_ui->readStatus->setText(
            tr("Read %n holiday line(s) for %1: %2 days off, %3 make-up working days. Check "
               "them next.",
               nullptr, int(m_result.holidays.size()))
                .arg(m_result.year)
                .arg(off)
                .arg(m_result.days.size() - off));
    }
    updateButtons();
}

void NoticeImportDialog::showCheckPage() {
    readNow();
    if (!m_result.ok())
        return;
    const int year = m_result.year;
    m_ui->yearView->setYear(year, m_result.days);
    m_ui->holidaysList->clear();
    for (const HolidayNoticeParser::Holiday &h : m_result.holidays) {
        QString text = tr("Off: %1").arg(runs(h.off));
        if (!h.work.isEmpty())
            text += u'\n' + tr("Make-up working days: %1").arg(runs(h.work));
        for (const QString &note : h.notes)
            text += u'\n' + tr("Not a day off: %1").arg(note);
        new QTreeWidgetItem(m_ui->holidaysList, {h.name, text});
    }
    QString note = tr("Check these days against the notice before saving.");
    if (CalendarRepository(m_db).load().isYearKnown(year))
        note += u' ' + tr("%1 is already in the calendar: saving replaces its days.").arg(year);
    m_ui->checkNote->setText(note);
    m_ui->checkNote->setStyleSheet(QString());

    // What saving would do to the open deadlines, worked out and rolled back.
    CalendarService service(m_db);
    const auto preview = service.importYears({year}, m_result.days, sourceCode(), true);
    if (preview) {
        m_ui->deadlinesNote->setStyleSheet(QString());
        m_ui->deadlinesNote->setText(DeadlineMovesView::summary(*preview, true));
        m_ui->movesView->setReport(*preview);
        m_ui->movesView->setVisible(!preview->moved.isEmpty());
    } else {
        m_ui->deadlinesNote->setStyleSheet(kRed);
        m_ui->deadlinesNote->setText(
            tr("The open deadlines cannot be checked: %1").arg(service.errorString()));
        m_ui->movesView->hide();
    }
    m_ui->pages->setCurrentWidget(m_ui->checkPage);
    updateButtons();
    m_ui->saveButton->setFocus();
}

void NoticeImportDialog::showPastePage() {
    m_ui->pages->setCurrentWidget(m_ui->pastePage);
    updateButtons();
    m_ui->noticeEdit->setFocus();
}

void NoticeImportDialog::save() {
    if (!m_result.ok() || m_saved)
        return;
    CalendarService service(m_db);
    const auto report = service.importYears({m_result.year}, m_result.days, sourceCode(), false);
    if (!report) {
        m_ui->deadlinesNote->setStyleSheet(kRed);
        m_ui->deadlinesNote->setText(
            tr("The calendar was not saved: %1").arg(service.errorString()));
        return;
    }
    m_saved = report;
    m_ui->checkNote->setStyleSheet(kGreen);
    m_ui->checkNote->setText(tr("The calendar for %1 is saved.").arg(m_result.year));
    m_ui->deadlinesNote->setStyleSheet(QString());
    m_ui->deadlinesNote->setText(DeadlineMovesView::summary(*report, false));
    m_ui->movesView->setReport(*report);
    m_ui->movesView->setVisible(!report->moved.isEmpty());
    updateButtons();
    m_ui->cancelButton->setFocus();
}

void NoticeImportDialog::updateButtons() {
    const bool checking = m_ui->pages->currentWidget() == m_ui->checkPage;
    const bool done = m_saved.has_value();
    m_ui->backButton->setVisible(checking && !done);
    m_ui->checkButton->setVisible(!checking);
    m_ui->checkButton->setEnabled(m_result.ok());
    m_ui->saveButton->setVisible(checking && !done);
    m_ui->saveButton->setDefault(checking && !done);
    m_ui->checkButton->setDefault(!checking);
    m_ui->cancelButton->setText(done ? tr("Close") : tr("Cancel"));
}
