#pragma once

// Typing into widgets as a clerk would, for the GUI tests.

#include <QString>
#include <QTest>
#include <QWidget>

// QTest::keyClicks() handles ASCII only; Chinese arrives as key events carrying text (what an
// input method's commit amounts to for these widgets).
inline void typeText(QWidget *widget, const QString &text) {
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}
