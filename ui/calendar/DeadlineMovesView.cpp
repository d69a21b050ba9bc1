#include "ui/calendar/DeadlineMovesView.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

DeadlineMovesView::DeadlineMovesView(QWidget *parent)
    : QTreeWidget(parent) {
    setHeaderLabels(
        {tr("Item"), tr("Lead department"), tr("Deadline"), tr("Was"), tr("Now"), tr("Moved by")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

void DeadlineMovesView::setReport(const DeadlineSettlement::Report &report) {
    clear();
    for (const DeadlineSettlement::Move &m : report.moved) {
        const QString by = m.days() >= 0 ? tr("%n day(s) later", nullptr, m.days())
                                         : tr("%n day(s) earlier", nullptr, -m.days());
        auto *row = new QTreeWidgetItem(
            this, {m.item, m.department, m.progress ? tr("First progress report") : tr("Result"),
                   m.from.toString(Qt::ISODate), m.to.toString(Qt::ISODate),
                   m.certain ? by : tr("%1 (still an estimate)").arg(by)});
        row->setData(0, Qt::UserRole, m.assignmentId);
    }
}

QString DeadlineMovesView::summary(const DeadlineSettlement::Report &report, bool beforeSaving) {
    QStringList parts;
    if (report.moved.isEmpty())
        parts << (beforeSaving ? tr("No open deadline moves.") : tr("No open deadline moved."));
    else
        parts << (beforeSaving
                      ? tr("%n open deadline(s) move:", nullptr, int(report.moved.size()))
                      : tr("%n open deadline(s) moved:", nullptr, int(report.moved.size())));
    if (report.confirmed > 0)
        parts << (beforeSaving ? tr("%n estimated deadline(s) are confirmed as they are.", nullptr,
                                    report.confirmed)
                               : tr("%n estimated deadline(s) were confirmed as they are.", nullptr,
                                    report.confirmed));
    if (report.stillUncertain > 0)
        parts << tr("%n item(s) still have estimated deadlines (a year is still missing).", nullptr,
                    report.stillUncertain);
    if (!report.notRecounted.isEmpty())
        parts << tr("Estimated deadlines set by hand are not counted again; check them: %1.")
                     .arg(report.notRecounted.join(tr(", ", "between appeal numbers")));
    return parts.join(u' ');
}
