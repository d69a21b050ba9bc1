#include "core/Appeal.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {
constexpr std::array<std::pair<Appeal::Status, const char *>, 5> kCodes{{
    {Appeal::Status::Pending, "pending"},
    {Appeal::Status::Accepted, "accepted"},
    {Appeal::Status::Rejected, "rejected"},
    {Appeal::Status::Redirected, "redirected"},
    {Appeal::Status::Solved, "solved"},
}};
} // namespace

QString Appeal::statusCode(Status s) {
    for (const auto &[status, code] : kCodes) {
        if (status == s)
            return QString::fromLatin1(code);
    }
    return u"pending"_s;
}

Appeal::Status Appeal::statusFromCode(const QString &code, bool *ok) {
    for (const auto &[status, text] : kCodes) {
        if (code == QLatin1StringView(text)) {
            if (ok)
                *ok = true;
            return status;
        }
    }
    if (ok)
        *ok = false;
    return Status::Pending;
}
