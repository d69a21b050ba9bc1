#pragma once

#include <QString>

// The office's own details that printed documents carry: the issuing office (印发机关) under the
// minutes, notices and 处理意见 — empty: the rule profile's — and the contacts of seed 002's
// 通告: phone and fax, e-mail, and when and where enterprises book a visit.
struct OfficeDetails {
    QString issuer;
    QString phone;
    QString email;
    QString bookingHours; // 工作日8:30—12:00
    QString bookingPlace; // 旗政务服务中心909办公室
};
