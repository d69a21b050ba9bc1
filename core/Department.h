#pragma once

#include <QString>

struct Department {
    qint64 id = 0;
    QString name;
    QString shortName;
    QString contact;
    QString phone;
    QString level; // 市级, 区县级, 镇街 ...
};
