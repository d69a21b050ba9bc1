#include "core/cli/CliArguments.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

CliArguments::CliArguments(const QStringList &args, const QStringList &valueOptions,
                           const QStringList &flags) {
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith("--"_L1)) {
            m_positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool inlineValue = false;
        const int eq = name.indexOf(u'=');
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    m_error = tr("--%1: a value is required").arg(name);
                    return;
                }
                value = args.at(++i);
            }
            m_values.insert(name, value);
        } else if (flags.contains(name) && !inlineValue) {
            m_flags.insert(name);
        } else {
            m_error = tr("--%1: unknown option").arg(name);
            return;
        }
    }
}

bool CliArguments::has(const QString &option) const {
    return m_values.contains(option) || m_flags.contains(option);
}

QString CliArguments::value(const QString &option, const QString &fallback) const {
    return m_values.value(option, fallback);
}

std::optional<QDate> CliArguments::parseDate(const QString &text) {
    static const QRegularExpression re(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!re.match(text).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<QDate> CliArguments::date(const QString &option) {
    const QString text = value(option);
    if (const auto d = parseDate(text))
        return d;
    m_error =
        tr("--%1: \"%2\" is not a date; write it as YYYY-MM-DD, e.g. 2024-09-27").arg(option, text);
    return std::nullopt;
}

std::optional<int> CliArguments::nonNegativeInt(const QString &option, int maximum) {
    const QString text = value(option);
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok && n >= 0 && n <= maximum)
        return n;
    m_error = tr("--%1: \"%2\" is not a whole number from 0 to %3").arg(option, text).arg(maximum);
    return std::nullopt;
}

std::optional<QString> CliArguments::choice(const QString &option, const QStringList &allowed,
                                            const QString &fallback) {
    const QString v = value(option, fallback);
    if (allowed.contains(v))
        return v;
    m_error = tr("--%1: \"%2\" is not one of %3").arg(option, v, allowed.join(u", "_s));
    return std::nullopt;
}
