#include "core/Assignment.h"

#include "core/queries/AssignmentState.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {
constexpr std::array<std::pair<Assignment::Status, const char *>, 7> kCodes{{
    {Assignment::Status::Assigned, "assigned"},
    {Assignment::Status::InProgress, "in_progress"},
    {Assignment::Status::Done, "done"},
    {Assignment::Status::Evaluated, "evaluated"},
    {Assignment::Status::Returned, "returned"},
    {Assignment::Status::Escalated, "escalated"},
    {Assignment::Status::Deferred, "deferred"},
}};
} // namespace

QString Assignment::statusCode(Status s) {
    for (const auto &[status, code] : kCodes) {
        if (status == s)
            return QString::fromLatin1(code);
    }
    return u"assigned"_s;
}

Assignment::Status Assignment::statusFromCode(const QString &code, bool *ok) {
    for (const auto &[status, text] : kCodes) {
        if (code == QLatin1StringView(text)) {
            if (ok)
                *ok = true;
            return status;
        }
    }
    if (ok)
        *ok = false;
    return Status::Assigned;
}

bool Assignment::isOpen() const {
    return AssignmentState::isOpen(statusCode(status));
}
