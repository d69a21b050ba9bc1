#pragma once

#include <QStringList>

struct Leader {
    qint64 id = 0;
    QString name;
    QString title;
    QStringList domains; // the fields a vice-mayor receives appeals for (seed 002)
};
