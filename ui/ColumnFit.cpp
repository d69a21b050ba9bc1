#include "ui/ColumnFit.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>

using namespace Qt::StringLiterals;

ColumnFit::ColumnFit(QTableView *view, int maxCharacters, const QString &settingsKey)
    : QObject(view)
    , m_view(view)
    , m_maxCharacters(maxCharacters)
    , m_settingsKey(settingsKey) {
    QHeaderView *header = view->horizontalHeader();
    if (!m_settingsKey.isEmpty())
        for (const QVariant &c : QSettings().value(m_settingsKey).toList())
            m_userSized.insert(c.toInt());
    header->viewport()->installEventFilter(this);
    // Only a drag on a handle or a double-click on one is the clerk's: the view also resizes
    // sections itself (the stretched last column follows the window's width).
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (m_dragging && !m_fitting)
            markUserSized(column);
    });
    connect(header, &QHeaderView::sectionHandleDoubleClicked, this,
            [this](int column) { markUserSized(column); });
}

ColumnFit *ColumnFit::of(QTableView *view, int maxCharacters, const QString &settingsKey) {
    if (auto *existing = view->findChild<ColumnFit *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ColumnFit(view, maxCharacters, settingsKey);
}

bool ColumnFit::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::MouseButtonPress)
        m_dragging = true;
    else if (event->type() == QEvent::MouseButtonRelease)
        m_dragging = false;
    return QObject::eventFilter(watched, event);
}

void ColumnFit::markUserSized(int column) {
    if (m_userSized.contains(column))
        return;
    m_userSized.insert(column);
    if (m_settingsKey.isEmpty())
        return;
    QVariantList columns;
    for (int c : std::as_const(m_userSized))
        columns << c;
    QSettings().setValue(m_settingsKey, columns);
}

bool ColumnFit::fit() {
    if (!m_view->model() || m_view->model()->rowCount() == 0)
        return false;
    m_fitting = true;
    QHeaderView *header = m_view->horizontalHeader();
    const int cap = m_view->fontMetrics().horizontalAdvance(QChar(0x4E2D)) * m_maxCharacters + 16;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c) || m_userSized.contains(c))
            continue;
        m_view->resizeColumnToContents(c);
        if (header->sectionSize(c) > cap)
            header->resizeSection(c, cap);
    }
    m_fitting = false;
    return true;
}

void ColumnFit::toContents(QTableView *view, int maxCharacters) {
    view->resizeColumnsToContents();
    const int cap = view->fontMetrics().horizontalAdvance(QChar(0x4E2D)) * maxCharacters + 16;
    QHeaderView *header = view->horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c) && header->sectionSize(c) > cap)
            header->resizeSection(c, cap);
}
