#pragma once

#include <QStringList>

struct Enterprise {
    qint64 id = 0;
    QString name;
    QString uscc; // 统一社会信用代码
    QString responsiblePerson;
    QString phone;
    QString industry;
    QString district; // 区/镇街
    QStringList tags; // 规上, 拟上规, 高新技术, 上市后备, 乡贤, 在谈 ...
    qint64 liaisonLeaderId = 0;
    // Raised by one with each save; a save names the version its form read and is refused
    // when the record moved on meanwhile. 0 (never read) is not checked.
    int version = 0;
};
