#pragma once

#include <QStringList>

struct Leader {
    qint64 id = 0;
    QString name;
    QString title;
    QStringList domains; // the fields a vice-mayor receives appeals for (seed 002)
    // Raised by one with each save; a save names the version its form read and is refused
    // when the record moved on meanwhile. 0 (never read) is not checked.
    int version = 0;
};
