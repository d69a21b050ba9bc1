#include "ui/SettingsPage.h"
#include "ui_SettingsPage.h"

#include "core/CalendarFileParser.h"
#include "core/CalendarRepository.h"
#include "core/CalendarService.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/ProfileRepository.h"
#include "core/records/OfficeDetailsRepository.h"
#include "ui/BackupSettingsBox.h"
#include "ui/MessageLine.h"
#include "ui/StoredText.h"
#include "ui/UserPrompt.h"
#include "ui/calendar/CalendarYearDialog.h"
#include "ui/calendar/DeadlineMovesView.h"
#include "ui/calendar/NoticeImportDialog.h"

#include <QApplication>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString limitText(const HandlingLimit &limit) {
    if (!limit.isSet())
        return SettingsPage::tr("none");
    return limit.unit == DeadlineUnit::WorkingDays
               ? SettingsPage::tr("%n working day(s)", nullptr, limit.amount)
               : SettingsPage::tr("%n calendar day(s)", nullptr, limit.amount);
}
} // namespace

SettingsPage::SettingsPage(Database &db, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_ui(std::make_unique<Ui::SettingsPage>()) {
    m_ui->setupUi(this);
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            &SettingsPage::showProfileSummary);
    connect(m_ui->applyProfileButton, &QPushButton::clicked, this, &SettingsPage::applyProfile);
    connect(m_ui->saveNumberingButton, &QPushButton::clicked, this, &SettingsPage::saveNumbering);
    connect(m_ui->numberingEdit, &QLineEdit::returnPressed, this, &SettingsPage::saveNumbering);

    connect(m_ui->saveOfficeButton, &QPushButton::clicked, this, &SettingsPage::saveOffice);
    for (QLineEdit *edit : {m_ui->issuerEdit, m_ui->phoneEdit, m_ui->emailEdit,
                            m_ui->bookingHoursEdit, m_ui->bookingPlaceEdit})
        connect(edit, &QLineEdit::returnPressed, this, &SettingsPage::saveOffice);

    m_ui->calendarYears->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->calendarYears->setMaximumHeight(fontMetrics().height() * 9);
    connect(m_ui->importCalendarButton, &QPushButton::clicked, this, &SettingsPage::importCalendar);
    connect(m_ui->importNoticeButton, &QPushButton::clicked, this, [this] { importNotice(); });
    connect(m_ui->viewCalendarButton, &QPushButton::clicked, this, [this] { viewCalendar(); });
    connect(m_ui->calendarYears, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { viewCalendar(item->text(0).toInt()); });

    QComboBox *language = m_ui->languageCombo;
    language->addItem(tr("System language"), QString());
    language->addItem(u"简体中文"_s, u"zh_CN"_s); // each language in its own words
    language->addItem(u"English"_s, u"en"_s);
    language->setCurrentIndex(qMax(0, language->findData(languageSetting())));
    connect(m_ui->applyLanguageButton, &QPushButton::clicked, this, &SettingsPage::applyLanguage);
    m_ui->fontSizeSpin->setValue(fontPointSizeSetting());
    connect(m_ui->fontSizeSpin, &QSpinBox::valueChanged, this, &SettingsPage::applyFontSize);
    m_ui->settingsColumn->insertWidget(m_ui->settingsColumn->indexOf(m_ui->lookGroup),
                                       new BackupSettingsBox(m_db, this));
    reload();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::refresh() {
    // Read again after another desk's save (the live refresh) or a calendar step here: a
    // profile chosen or a numbering typed and not applied stays, and so does each office
    // detail being typed (StoredText); everything else shows what is stored now.
    const QStringList changes = unsavedChanges();
    if (!changes.contains(tr("the rule profile")) && !changes.contains(tr("the numbering pattern")))
        loadProfiles();
    loadOffice();
    loadCalendarYears();
}

void SettingsPage::reload() {
    for (QLineEdit *edit : officeEdits())
        StoredText::settle(edit); // what was typed counts as shown: the stored values replace it
    loadProfiles();
    loadOffice();
    loadCalendarYears();
}

void SettingsPage::loadProfiles() {
    const QString active = ProfileRepository(m_db).activeCode();
    QSignalBlocker block(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    for (const RuleProfile &p : ProfileRepository(m_db).list())
        m_ui->profileCombo->addItem(p.name, p.code);
    m_ui->profileCombo->setCurrentIndex(qMax(0, m_ui->profileCombo->findData(active)));
    showProfileSummary();
}

QList<QLineEdit *> SettingsPage::officeEdits() const {
    return {m_ui->issuerEdit, m_ui->phoneEdit, m_ui->emailEdit, m_ui->bookingHoursEdit,
            m_ui->bookingPlaceEdit};
}

void SettingsPage::loadCalendarYears() {
    m_ui->calendarYears->clear();
    CalendarRepository calendar(m_db);
    const QList<CalendarRepository::YearSummary> years = calendar.years();
    if (!calendar.errorString().isEmpty())
        showCalendarMessage(calendar.errorString(), true);
    for (const CalendarRepository::YearSummary &y : years) {
        // "built-in" is the code DatabaseInitializer stores; a notice says so; imported
        // files name their file.
        const QString source = y.source == "built-in"_L1 ? tr("Built in (State Council notices)")
                                                         : NoticeImportDialog::sourceText(y.source);
        new QTreeWidgetItem(m_ui->calendarYears,
                            {QString::number(y.year), QString::number(y.daysOff),
                             QString::number(y.workingDays), source});
    }
}

void SettingsPage::loadOffice() {
    const OfficeDetails d = OfficeDetailsRepository(m_db).load();
    StoredText::show(m_ui->issuerEdit, d.issuer);
    m_ui->issuerEdit->setPlaceholderText(ProfileRepository(m_db).active().issuer);
    StoredText::show(m_ui->phoneEdit, d.phone);
    StoredText::show(m_ui->emailEdit, d.email);
    StoredText::show(m_ui->bookingHoursEdit, d.bookingHours);
    StoredText::show(m_ui->bookingPlaceEdit, d.bookingPlace);
}

bool SettingsPage::saveOffice() {
    OfficeDetails d;
    d.issuer = m_ui->issuerEdit->text();
    d.phone = m_ui->phoneEdit->text();
    d.email = m_ui->emailEdit->text();
    d.bookingHours = m_ui->bookingHoursEdit->text();
    d.bookingPlace = m_ui->bookingPlaceEdit->text();
    OfficeDetailsRepository repo(m_db);
    if (!repo.save(d)) {
        m_ui->officeMessage->setStyleSheet(MessageLine::styleSheet(MessageLine::Kind::Error));
        m_ui->officeMessage->setText(repo.errorString());
        return false;
    }
    for (QLineEdit *edit : officeEdits())
        StoredText::settle(edit); // saved: shown as stored from now on
    const QStringList warnings = OfficeDetailsRepository::warnings(d);
    m_ui->officeMessage->setStyleSheet(MessageLine::styleSheet(
        warnings.isEmpty() ? MessageLine::Kind::Success : MessageLine::Kind::Warning));
    m_ui->officeMessage->setText(
        warnings.isEmpty() ? tr("Saved; the documents print these details.")
                           : tr("Saved, but please check: %1").arg(warnings.join(u"; "_s)));
    return true;
}

void SettingsPage::showProfileSummary() {
    const auto profile = ProfileRepository(m_db).find(m_ui->profileCombo->currentData().toString());
    if (!profile) {
        m_ui->profileSummary->clear();
        return;
    }
    QStringList lines;
    lines << tr("<b>%1</b> — %2")
                 .arg(profile->meetingName.toHtmlEscaped(), profile->issuer.toHtmlEscaped());
    if (!profile->cadenceNote.isEmpty())
        lines << tr("Cadence: %1").arg(profile->cadenceNote.toHtmlEscaped());
    lines << tr("Result due: one department %1; several departments %2")
                 .arg(limitText(profile->resultLimitSingle), limitText(profile->resultLimitMulti));
    if (profile->progressLimit.isSet())
        lines << tr("First progress report: %1").arg(limitText(profile->progressLimit));
    lines << (profile->extensionCap < 0
                  ? tr("Extensions: no cap")
                  : tr("Extensions: at most %n", nullptr, profile->extensionCap));
    lines << tr("Forms: %1 / %2 / %3")
                 .arg(profile->form1Title.toHtmlEscaped(), profile->form2Title.toHtmlEscaped(),
                      profile->form3Title.toHtmlEscaped());
    lines << tr("<small>Source: %1</small>").arg(profile->source.toHtmlEscaped());
    m_ui->profileSummary->setText(lines.join(u"<br>"_s));
    m_ui->numberingEdit->setText(profile->numberingPattern);
    const QString example = QString(profile->numberingPattern)
                                .replace(u"{year}"_s, QString::number(Clock::today().year()))
                                .replace(u"{seq:4}"_s, u"0001"_s)
                                .replace(u"{seq}"_s, u"1"_s);
    m_ui->numberingExample->setText(tr("e.g. %1").arg(example));
}

bool SettingsPage::applyProfile() {
    const QString code = m_ui->profileCombo->currentData().toString();
    ProfileRepository repo(m_db);
    if (code == repo.activeCode())
        return true;
    if (!repo.setActive(code)) {
        UserPrompt::warning(this, tr("Profile"), repo.errorString());
        return false;
    }
    emit profileChanged();
    return true;
}

bool SettingsPage::saveNumbering() {
    ProfileRepository repo(m_db);
    auto profile = repo.find(m_ui->profileCombo->currentData().toString());
    if (!profile || profile->numberingPattern == m_ui->numberingEdit->text())
        return true;
    profile->numberingPattern = m_ui->numberingEdit->text().trimmed();
    if (!repo.save(*profile)) {
        UserPrompt::warning(this, tr("Appeal numbers"),
                            tr("The numbering pattern was not saved: %1").arg(repo.errorString()));
        return false;
    }
    showProfileSummary();
    return true;
}

QStringList SettingsPage::unsavedChanges() const {
    QStringList changes;
    ProfileRepository profiles(m_db);
    const QString chosen = m_ui->profileCombo->currentData().toString();
    if (!chosen.isEmpty() && chosen != profiles.activeCode())
        changes << tr("the rule profile");
    const auto profile = profiles.find(chosen);
    if (profile && profile->numberingPattern != m_ui->numberingEdit->text())
        changes << tr("the numbering pattern");
    const OfficeDetails stored = OfficeDetailsRepository(m_db).load();
    if (stored.issuer != m_ui->issuerEdit->text() || stored.phone != m_ui->phoneEdit->text() ||
        stored.email != m_ui->emailEdit->text() ||
        stored.bookingHours != m_ui->bookingHoursEdit->text() ||
        stored.bookingPlace != m_ui->bookingPlaceEdit->text())
        changes << tr("the office's details");
    if (m_ui->languageCombo->currentData().toString() != languageSetting())
        changes << tr("the language");
    return changes;
}

bool SettingsPage::confirmLeave() {
    const QStringList changes = unsavedChanges();
    if (changes.isEmpty())
        return true;
    const auto answer = UserPrompt::question(
        this, tr("Unsaved settings"),
        tr("These settings were changed but not saved: %1. Save them?").arg(changes.join(tr(", "))),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        reload();
        m_ui->languageCombo->setCurrentIndex(
            qMax(0, m_ui->languageCombo->findData(languageSetting())));
        return true;
    }
    if (answer != QMessageBox::Save)
        return false;
    // The numbering belongs to the profile shown: saved before that profile is applied.
    if (!saveNumbering() || !applyProfile())
        return false;
    if (changes.contains(tr("the office's details")) && !saveOffice())
        return false;
    if (m_ui->languageCombo->currentData().toString() != languageSetting())
        applyLanguage();
    return true;
}

void SettingsPage::importNotice(int year, const QString &text) {
    if (year <= 0) {
        // The year the office most likely holds the notice of; one place reads today's date.
        const QDate today = QDate::currentDate();
        const int missing = CalendarRepository(m_db).load().yearToImport(today);
        year = missing > 0 ? missing : today.year() + 1;
    }
    NoticeImportDialog dialog(m_db, year, this);
    if (!text.isEmpty())
        dialog.setNoticeText(text);
    dialog.exec();
    if (const auto saved = dialog.saved())
        showSettlement(tr("The calendar was imported from the State Council's notice."), *saved);
    refresh();
}

void SettingsPage::viewCalendar(int year) {
    if (year <= 0) {
        const QTreeWidgetItem *current = m_ui->calendarYears->currentItem();
        year = current ? current->text(0).toInt() : QDate::currentDate().year();
    }
    CalendarYearDialog dialog(m_db, year, this);
    dialog.exec();
    if (const auto saved = dialog.saved())
        showSettlement(tr("A day of the calendar was corrected."), *saved);
    refresh();
}

void SettingsPage::importCalendar() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import calendar"), QString(),
                                     tr("Holiday calendars (*.tsv *.txt *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        UserPrompt::warning(this, tr("Import calendar"),
                            tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray content = file.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != "tsv"_L1 && suffix != "json"_L1 &&
        HolidayNoticeParser::looksLikeNotice(QString::fromUtf8(content))) {
        // The notice saved as a text file: the same check as a pasted one.
        importNotice(0, QString::fromUtf8(content));
        return;
    }
    const CalendarFileParser::Result result = CalendarFileParser::parse(content);
    if (!result.ok()) {
        UserPrompt::warning(this, tr("Import calendar"),
                            tr("Nothing was imported from %1:\n%2")
                                .arg(path, result.errors.mid(0, 10).join(u'\n')));
        return;
    }
    CalendarService service(m_db);
    const auto report = service.importYears(result.years, result.days, QFileInfo(path).fileName());
    if (!report) {
        UserPrompt::warning(this, tr("Import calendar"), service.errorString());
        return;
    }
    showSettlement(tr("%1 was imported.").arg(QFileInfo(path).fileName()), *report);
    refresh();
}

void SettingsPage::showSettlement(const QString &what, const CalendarService::Report &report) {
    QStringList lines{what.toHtmlEscaped(),
                      DeadlineMovesView::summary(report, false).toHtmlEscaped()};
    // The items themselves, as many as a glance takes; the assignments' history has each one.
    for (qsizetype i = 0; i < std::min<qsizetype>(report.moved.size(), 12); ++i)
        lines << u"&nbsp;&nbsp;"_s +
                     DeadlineSettlement::describe(report.moved.at(i)).toHtmlEscaped();
    if (report.moved.size() > 12)
        lines << tr("… and %n more (see each assignment's history)", nullptr,
                    int(report.moved.size() - 12));
    showCalendarMessage(lines.join(u"<br>"_s), false);
}

void SettingsPage::showCalendarMessage(const QString &html, bool error) {
    m_ui->calendarMessage->setStyleSheet(error ? u"color: #b00020"_s : QString());
    m_ui->calendarMessage->setText(html);
}

QString SettingsPage::languageSetting() {
    return QSettings().value(u"ui/language"_s).toString();
}

void SettingsPage::setLanguageSetting(const QString &language) {
    QSettings().setValue(u"ui/language"_s, language);
}

int SettingsPage::fontPointSizeSetting() {
    return QSettings().value(u"ui/fontPointSize"_s, 0).toInt();
}

void SettingsPage::applyLanguage() {
    const QString language = m_ui->languageCombo->currentData().toString();
    if (language == languageSetting())
        return;
    setLanguageSetting(language);
    emit languageChangeRequested(language);
}

void SettingsPage::applyFontSize(int points) {
    QSettings().setValue(u"ui/fontPointSize"_s, points);
    if (points > 0) {
        QFont f = QApplication::font();
        f.setPointSize(points);
        QApplication::setFont(f);
    }
}
