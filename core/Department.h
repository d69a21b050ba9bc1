#pragma once

#include <QString>

struct Department {
    qint64 id = 0;
    QString name;
    QString shortName;
    QString contact;
    QString phone;
    QString level; // 市级, 区县级, 镇街 ...
    // Raised by one with each save; a save names the version its form read and is refused
    // when the record moved on meanwhile. 0 (never read) is not checked.
    int version = 0;
};
