#include "SettingsPage.h"

#include "CalendarFileParser.h"
#include "CalendarRepository.h"
#include "Database.h"
#include "ProfileRepository.h"
#include "UserPrompt.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    : QWidget(parent)
    , m_db(db)
    , m_profile(new QComboBox)
    , m_profileSummary(new QLabel)
    , m_numbering(new QLineEdit)
    , m_numberingExample(new QLabel)
    , m_calendarYears(new QTreeWidget)
    , m_language(new QComboBox)
    , m_fontSize(new QSpinBox) {
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->addWidget(createProfileGroup());
    column->addWidget(createCalendarGroup());
    column->addWidget(createLookGroup());
    column->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    refresh();
}

QWidget *SettingsPage::createProfileGroup() {
    auto *box = new QGroupBox(tr("Rule profile"));
    auto *form = new QFormLayout(box);
    m_profile->setObjectName(u"profileCombo"_s);
    auto *apply = new QPushButton(tr("&Use this profile"));
    apply->setObjectName(u"applyProfileButton"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_profile, 1);
    row->addWidget(apply);
    form->addRow(tr("&Profile:"), row);
    m_profile->setToolTip(tr("The regime this office works by: meeting cadence, deadlines, "
                             "extension cap and the wording of the forms."));
    m_profileSummary->setWordWrap(true);
    m_profileSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_profileSummary);
    m_numbering->setObjectName(u"numberingEdit"_s);
    m_numbering->setToolTip(tr("{year} is the year of submission, {seq:4} a running number with "
                               "4 digits that starts again each year."));
    auto *saveNumbering = new QPushButton(tr("Sa&ve"));
    auto *numberingRow = new QHBoxLayout;
    numberingRow->addWidget(m_numbering, 1);
    numberingRow->addWidget(saveNumbering);
    form->addRow(tr("Appeal &numbers:"), numberingRow);
    form->addRow(QString(), m_numberingExample);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &SettingsPage::showProfileSummary);
    connect(apply, &QPushButton::clicked, this, &SettingsPage::applyProfile);
    connect(saveNumbering, &QPushButton::clicked, this, &SettingsPage::saveNumbering);
    connect(m_numbering, &QLineEdit::returnPressed, this, &SettingsPage::saveNumbering);
    return box;
}

QWidget *SettingsPage::createCalendarGroup() {
    auto *box = new QGroupBox(tr("Working-day calendar"));
    auto *layout = new QVBoxLayout(box);
    auto *note = new QLabel(tr("Deadlines count working days from the State Council's holiday "
                               "notices. Each October–November the next year's notice comes "
                               "out: import it here (TSV or holiday-cn JSON)."));
    note->setWordWrap(true);
    layout->addWidget(note);
    m_calendarYears->setHeaderLabels(
        {tr("Year"), tr("Days off"), tr("Make-up working days"), tr("Source")});
    m_calendarYears->setRootIsDecorated(false);
    m_calendarYears->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_calendarYears->setMaximumHeight(fontMetrics().height() * 9);
    layout->addWidget(m_calendarYears);
    auto *import = new QPushButton(tr("&Import calendar file…"));
    connect(import, &QPushButton::clicked, this, &SettingsPage::importCalendar);
    layout->addWidget(import, 0, Qt::AlignLeft);
    return box;
}

QWidget *SettingsPage::createLookGroup() {
    auto *box = new QGroupBox(tr("Language and text"));
    auto *form = new QFormLayout(box);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(languageSetting())));
    auto *apply = new QPushButton(tr("&Apply"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_language, 1);
    row->addWidget(apply);
    form->addRow(tr("&Language:"), row);
    connect(apply, &QPushButton::clicked, this, &SettingsPage::applyLanguage);

    m_fontSize->setRange(0, 24);
    m_fontSize->setSpecialValueText(tr("System default"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(fontPointSizeSetting());
    form->addRow(tr("Text &size:"), m_fontSize);
    connect(m_fontSize, &QSpinBox::valueChanged, this, &SettingsPage::applyFontSize);
    return box;
}

void SettingsPage::refresh() {
    const QString active = ProfileRepository(m_db).activeCode();
    QSignalBlocker block(m_profile);
    m_profile->clear();
    for (const RuleProfile &p : ProfileRepository(m_db).list())
        m_profile->addItem(p.name, p.code);
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(active)));
    showProfileSummary();

    m_calendarYears->clear();
    QSqlQuery q(m_db.sql());
    q.exec(u"SELECT y.year, y.source, "
           "(SELECT COUNT(*) FROM calendar_days d WHERE d.kind = 'off' AND "
           " substr(d.day, 1, 4) = CAST(y.year AS TEXT)), "
           "(SELECT COUNT(*) FROM calendar_days d WHERE d.kind = 'work' AND "
           " substr(d.day, 1, 4) = CAST(y.year AS TEXT)) "
           "FROM calendar_years y ORDER BY y.year"_s);
    while (q.next())
        new QTreeWidgetItem(m_calendarYears, {q.value(0).toString(), q.value(2).toString(),
                                              q.value(3).toString(), q.value(1).toString()});
}

void SettingsPage::showProfileSummary() {
    const auto profile = ProfileRepository(m_db).find(m_profile->currentData().toString());
    if (!profile) {
        m_profileSummary->clear();
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
    m_profileSummary->setText(lines.join(u"<br>"_s));
    m_numbering->setText(profile->numberingPattern);
    const QString example = QString(profile->numberingPattern)
                                .replace(u"{year}"_s, QString::number(QDate::currentDate().year()))
                                .replace(u"{seq:4}"_s, u"0001"_s)
                                .replace(u"{seq}"_s, u"1"_s);
    m_numberingExample->setText(tr("e.g. %1").arg(example));
}

void SettingsPage::applyProfile() {
    const QString code = m_profile->currentData().toString();
    ProfileRepository repo(m_db);
    if (code == repo.activeCode())
        return;
    if (!repo.setActive(code)) {
        UserPrompt::warning(this, tr("Profile"), repo.errorString());
        return;
    }
    emit profileChanged();
}

void SettingsPage::saveNumbering() {
    ProfileRepository repo(m_db);
    auto profile = repo.find(m_profile->currentData().toString());
    if (!profile || profile->numberingPattern == m_numbering->text())
        return;
    profile->numberingPattern = m_numbering->text().trimmed();
    if (!repo.save(*profile)) {
        UserPrompt::warning(this, tr("Appeal numbers"),
                            tr("The numbering pattern was not saved: %1").arg(repo.errorString()));
        return;
    }
    showProfileSummary();
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
    const CalendarFileParser::Result result = CalendarFileParser::parse(file.readAll());
    if (!result.ok()) {
        UserPrompt::warning(this, tr("Import calendar"),
                            tr("Nothing was imported from %1:\n%2")
                                .arg(path, result.errors.mid(0, 10).join(u'\n')));
        return;
    }
    CalendarRepository repo(m_db);
    if (!repo.importYears(result.years, result.days, QFileInfo(path).fileName()))
        UserPrompt::warning(this, tr("Import calendar"), repo.errorString());
    refresh();
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
    const QString language = m_language->currentData().toString();
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
