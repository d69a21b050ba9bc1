#include "ui/calendar/YearCalendarView.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kColumns = 4; // months side by side: 4 x 3 fits a 1024 x 768 screen
constexpr int kGap = 10;

const QColor kOffBackground(0xff, 0xcd, 0xd2);
const QColor kOffText(0xb7, 0x1c, 0x1c);
const QColor kWorkBackground(0xbb, 0xde, 0xfb);
const QColor kWorkText(0x0d, 0x47, 0xa1);
const QColor kWeekendText(0x75, 0x75, 0x75);
} // namespace

YearCalendarView::YearCalendarView(QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void YearCalendarView::setYear(int year, const QList<CalendarDay> &days) {
    m_year = year;
    m_days.clear();
    for (const CalendarDay &d : days)
        m_days.insert(d.date, d);
    update();
}

QSize YearCalendarView::cellSize() const {
    const QFontMetrics fm(font());
    // Two digits and the small 休/班 mark; narrow enough that the holiday list beside the
    // twelve months stays readable on a 1024-pixel screen.
    return {fm.horizontalAdvance(u"00"_s) + fm.height() / 2 + 4, fm.height() + 5};
}

QSize YearCalendarView::monthSize() const {
    const QSize cell = cellSize();
    // Title, weekday row and up to six weeks.
    return {7 * cell.width(), 8 * cell.height()};
}

QRect YearCalendarView::monthRect(int month) const {
    const QSize m = monthSize();
    const int column = (month - 1) % kColumns;
    const int row = (month - 1) / kColumns;
    return {column * (m.width() + kGap), row * (m.height() + kGap), m.width(), m.height()};
}

QSize YearCalendarView::sizeHint() const {
    const QSize m = monthSize();
    const int rows = (12 + kColumns - 1) / kColumns;
    return {kColumns * m.width() + (kColumns - 1) * kGap, rows * m.height() + (rows - 1) * kGap};
}

QRect YearCalendarView::dayRect(const QDate &date) const {
    if (m_year <= 0 || date.year() != m_year)
        return {};
    const QSize cell = cellSize();
    const QRect month = monthRect(date.month());
    const int offset = QDate(m_year, date.month(), 1).dayOfWeek() - 1; // Monday first
    const int index = offset + date.day() - 1;
    return {month.left() + (index % 7) * cell.width(),
            month.top() + (2 + index / 7) * cell.height(), cell.width(), cell.height()};
}

QDate YearCalendarView::dateAt(const QPoint &pos) const {
    if (m_year <= 0)
        return {};
    for (QDate d(m_year, 1, 1); d.year() == m_year; d = d.addDays(1)) {
        if (dayRect(d).contains(pos))
            return d;
    }
    return {};
}

void YearCalendarView::setSelectedDate(const QDate &date) {
    m_selected = date;
    update();
}

void YearCalendarView::mousePressEvent(QMouseEvent *event) {
    const QDate d = dateAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || !d.isValid())
        return QWidget::mousePressEvent(event);
    setSelectedDate(d);
    emit dayClicked(d);
}

QString YearCalendarView::toolTipFor(const QDate &date) const {
    const QString day = QLocale().toString(date, QLocale::LongFormat);
    const auto it = m_days.constFind(date);
    if (it == m_days.constEnd())
        return date.dayOfWeek() >= 6 ? tr("%1: weekend").arg(day) : tr("%1: working day").arg(day);
    return it->kind == CalendarDay::Kind::Off
               ? tr("%1: day off (%2)").arg(day, it->holiday)
               : tr("%1: make-up working day (%2)").arg(day, it->holiday);
}

void YearCalendarView::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_year <= 0)
        return;
    const QSize cell = cellSize();
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.6));
    const QLocale locale;
    for (int month = 1; month <= 12; ++month) {
        const QRect r = monthRect(month);
        p.setFont(bold);
        p.setPen(palette().text().color());
        p.drawText(QRect(r.left(), r.top(), r.width(), cell.height()), Qt::AlignCenter,
                   locale.standaloneMonthName(month, QLocale::ShortFormat));
        p.setFont(font());
        for (int d = 1; d <= 7; ++d) {
            p.setPen(d >= 6 ? kWeekendText : palette().text().color());
            p.drawText(QRect(r.left() + (d - 1) * cell.width(), r.top() + cell.height(),
                             cell.width(), cell.height()),
                       Qt::AlignCenter, locale.standaloneDayName(d, QLocale::NarrowFormat));
        }
        const QDate first(m_year, month, 1);
        for (QDate date = first; date.month() == month; date = date.addDays(1)) {
            const QRect box = dayRect(date).adjusted(1, 1, -1, -1);
            const auto it = m_days.constFind(date);
            QString mark;
            QColor text = date.dayOfWeek() >= 6 ? kWeekendText : palette().text().color();
            if (it != m_days.constEnd()) {
                const bool off = it->kind == CalendarDay::Kind::Off;
                p.fillRect(box, off ? kOffBackground : kWorkBackground);
                text = off ? kOffText : kWorkText;
                mark = off ? tr("off", "one-character mark of a day off in the month view")
                           : tr("work", "one-character mark of a make-up working day");
            }
            if (date == m_selected) {
                p.setPen(QPen(palette().highlight().color(), 2));
                p.drawRect(box.adjusted(1, 1, -1, -1));
            }
            p.setPen(text);
            p.setFont(font());
            p.drawText(box, Qt::AlignCenter, QString::number(date.day()));
            if (!mark.isEmpty()) {
                p.setFont(small);
                p.drawText(box.adjusted(0, -1, 0, 0), Qt::AlignTop | Qt::AlignRight, mark);
            }
        }
    }
}

bool YearCalendarView::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip && m_year > 0) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QDate d = dateAt(help->pos());
        if (d.isValid()) {
            QToolTip::showText(help->globalPos(), toolTipFor(d), this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void YearCalendarView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}
