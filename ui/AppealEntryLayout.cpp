#include "ui/AppealEntryLayout.h"

#include "core/Database.h"
#include "core/queries/ChoiceLists.h"
#include "core/records/DepartmentRepository.h"
#include "core/records/LeaderRepository.h"
#include "forms/SignUpFormWording.h"
#include "translations/Translations.h"
#include "ui/AppealEntryFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The channels appeals arrive through (seeds 000-004); stored as written, like profile data.
const QStringList channels{
    u"报名表"_s,         u"部门收集"_s,       u"12345"_s, u"粤商通"_s, u"蒙企通"_s,
    u"一站式服务中心"_s, u"“办不成事”窗口"_s, u"走访"_s,  u"早餐会"_s, u"电话"_s};

// The paper's own words; `english` explains them in the English UI only (in Chinese it would
// repeat the label).
QLabel *paperLabel(const QString &official, const QString &english, bool required = false) {
    auto *label = new QLabel(official.toHtmlEscaped() +
                             (required ? u" <span style=\"color:#c0392b\">*</span>"_s : QString()));
    label->setTextFormat(Qt::RichText);
    if (Translations::installed() != "zh_CN"_L1)
        label->setToolTip(english);
    return label;
}

QLabel *cellLabel(const QString &official, const QString &english, bool required = false) {
    QLabel *label = paperLabel(official, english, required);
    label->setProperty("paperCell", true);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

QVBoxLayout *cellWithNote(QWidget *field, QLabel *note) {
    auto *cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addWidget(field);
    cell->addWidget(note);
    return cell;
}

} // namespace

QWidget *AppealEntryLayout::paperSheet(const AppealEntryFields &f, const SignUpFormWording &w,
                                       bool variant004) {
    auto *paper = new QFrame;
    paper->setObjectName(u"paperForm"_s);
    // Looks like the paper: white sheet, ruled cells, labels centred in their cells.
    paper->setStyleSheet(
        u"QFrame#paperForm { background: palette(base); border: 1px solid palette(mid); }"
        "QLabel[paperCell=\"true\"] { border: 1px solid palette(mid); padding: 4px 8px;"
        " background: palette(alternate-base); }"_s);
    auto *column = new QVBoxLayout(paper);
    auto *title = new QLabel(w.title);
    title->setObjectName(u"formTitle"_s);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    column->addWidget(title);

    auto *numberRow = new QHBoxLayout;
    numberRow->addStretch();
    numberRow->addWidget(paperLabel(w.number, tr("No.")));
    f.number->setMaximumWidth(f.number->fontMetrics().horizontalAdvance(u"WS2024-00000"_s) + 24);
    f.number->setToolTip(tr("Leave empty to number the appeal automatically."));
    numberRow->addWidget(f.number);
    column->addLayout(numberRow);

    auto *grid = new QGridLayout;
    grid->setSpacing(0);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    grid->addWidget(
        cellLabel(w.unit, variant004 ? tr("Submitting enterprise") : tr("Submitting unit"), true),
        0, 0);
    grid->addLayout(cellWithNote(f.unit, f.enterpriseHint), 0, 1);
    grid->addWidget(
        cellLabel(w.person, variant004 ? tr("Person in charge") : tr("Enterprise head")), 0, 2);
    grid->addWidget(f.person, 0, 3);
    grid->addWidget(cellLabel(w.phone, tr("Phone")), 1, 0);
    grid->addLayout(cellWithNote(f.phone, f.phoneWarning), 1, 1);
    grid->addWidget(cellLabel(w.date, tr("Date submitted"), true), 1, 2);
    grid->addWidget(f.date, 1, 3);
    grid->addWidget(cellLabel(w.problem, tr("Difficulties and problems"), true), 2, 0);
    grid->addWidget(f.problem, 2, 1, 1, 3);
    grid->addWidget(cellLabel(w.suggestions, tr("Opinions and suggestions")), 3, 0);
    grid->addWidget(f.suggestions, 3, 1, 1, 3);
    grid->addWidget(cellLabel(w.remarks, tr("Remarks")), 4, 0);
    f.prior->setPlaceholderText(w.remarksHint);
    if (Translations::installed() != "zh_CN"_L1)
        f.prior->setToolTip(tr("Problems reported earlier and their first results"));
    grid->addWidget(f.prior, 4, 1, 1, 3);
    column->addLayout(grid);

    // One line per note, as printed.
    auto *note = new QLabel(w.footnotes.join(u'\n'));
    note->setObjectName(u"footnotes"_s);
    note->setTextFormat(Qt::PlainText);
    if (Translations::installed() != "zh_CN"_L1)
        note->setToolTip(
            variant004
                ? tr("Note: 1. The problems collected may be an enterprise's own or those a "
                     "whole industry faces. 2. Opinions and suggestions should be as detailed "
                     "and useful as possible.")
                : tr("Note: 1. The problems collected may be those of one enterprise or those "
                     "a whole industry faces. 2. Those needing coordination at city level, as "
                     "far as the city's functions can solve them. 3. Opinions and suggestions "
                     "should be as detailed and useful as possible."));
    note->setWordWrap(true);
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    note->setFont(small);
    column->addWidget(note);
    return paper;
}

QWidget *AppealEntryLayout::officeFields(const AppealEntryFields &f, Database &db) {
    // What the office adds to the paper: the enterprise's credit code, where the form came from
    // and who collected it.
    auto *extras = new QWidget;
    auto *grid = new QGridLayout(extras);
    grid->setContentsMargins(0, 4, 0, 0);
    grid->addWidget(new QLabel(tr("Credit code (USCC):")), 0, 0);
    grid->addLayout(cellWithNote(f.uscc, f.usccWarning), 0, 1);
    grid->addWidget(f.addEnterprise, 0, 2, 1, 2);
    f.uscc->setPlaceholderText(tr("18 characters, e.g. 91110000600037341L"));

    grid->addWidget(new QLabel(tr("Channel:")), 1, 0);
    f.channel->addItems(channels);
    grid->addWidget(f.channel, 1, 1);
    grid->addWidget(new QLabel(tr("Collected by:")), 1, 2);
    f.department->addItem(tr("(office itself)"), 0);
    for (const Department &d : DepartmentRepository(db).list())
        f.department->addItem(d.name, d.id);
    grid->addWidget(f.department, 1, 3);
    // 领域: what 乌海's matching of appeals to the vice-mayors' domains reads. The leaders'
    // domains and those already used are offered; anything else can be typed.
    grid->addWidget(new QLabel(tr("Domain:")), 2, 0);
    QStringList domains;
    for (const Leader &l : LeaderRepository(db).list())
        domains << l.domains;
    domains << ChoiceLists(db).appealDomains();
    domains.removeDuplicates();
    domains.sort();
    f.domain->addItem(QString());
    f.domain->addItems(domains);
    grid->addWidget(f.domain, 2, 1);
    grid->addWidget(f.industry, 3, 1);
    grid->addWidget(f.urgent, 3, 3);
    grid->addWidget(f.attachmentLabel, 4, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return extras;
}

void AppealEntryLayout::setTabOrder(const AppealEntryFields &f) {
    const QList<QWidget *> order{f.unit,        f.person, f.phone,    f.date,          f.problem,
                                 f.suggestions, f.prior,  f.uscc,     f.addEnterprise, f.channel,
                                 f.department,  f.domain, f.industry, f.urgent,        f.number};
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}
