#include "ui/NavigationPane.h"

#include "ui/PageRegistry.h"

#include <QIcon>

NavigationPane::NavigationPane(QWidget *parent)
    : QListWidget(parent) {
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setIconSize(QSize(22, 22));
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    // A little larger than the body text: the sections are the clerk's map of the program.
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    setFont(f);
}

void NavigationPane::addPage(const PageEntry &page) {
    auto *item = new QListWidgetItem(QIcon::fromTheme(page.iconName), page.title, this);
    item->setData(Qt::UserRole, page.key);
    item->setSizeHint(QSize(0, fontMetrics().height() * 2));
}

QString NavigationPane::keyAt(int row) const {
    const QListWidgetItem *it = item(row);
    return it ? it->data(Qt::UserRole).toString() : QString();
}

int NavigationPane::rowOf(const QString &key) const {
    for (int i = 0; i < count(); ++i)
        if (keyAt(i) == key)
            return i;
    return -1;
}

QSize NavigationPane::sizeHint() const {
    // As wide as the longest section name (with its icon), not a fixed 14 letters: "部门与领导"
    // needs half of "Departments & leaders", and on a 1024-pixel screen the lists need the room.
    int widest = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6;
    for (int i = 0; i < count(); ++i)
        widest = std::max(widest, fontMetrics().horizontalAdvance(item(i)->text()));
    return QSize(widest + iconSize().width() + 4 * spacing() + 24, 400);
}
