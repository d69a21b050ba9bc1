#include "ui/SelectOnRelease.h"

#include <QAbstractItemView>
#include <QMouseEvent>

SelectOnRelease::SelectOnRelease(QAbstractItemView *view)
    : QObject(view)
    , m_view(view) {
    view->viewport()->installEventFilter(this);
}

bool SelectOnRelease::eventFilter(QObject *watched, QEvent *event) {
    if (watched != m_view->viewport())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_view->indexAt(mouse->position().toPoint());
        if (mouse->button() != Qt::LeftButton || !index.isValid() ||
            index.row() == m_view->currentIndex().row())
            return false;
        m_pressed = index; // taken on the release
        return true;
    }
    case QEvent::MouseButtonRelease: {
        if (!m_pressed.isValid())
            return false;
        const QModelIndex index = m_pressed;
        m_pressed = QPersistentModelIndex();
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_view->indexAt(mouse->position().toPoint()).row() == index.row())
            m_view->setCurrentIndex(index); // released where pressed: the clerk's choice
        return true;
    }
    default:
        return false;
    }
}
