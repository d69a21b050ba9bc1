#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <optional>

class QTextStream;

// The arguments of one verb: `--name value`, `--name=value`, `--flag` and positional words.
// Conversions report a message that names the option and says what is wrong.
class CliArguments {
    Q_DECLARE_TR_FUNCTIONS(CliArguments)

public:
    // valueOptions take a value; flags do not. Anything else starting with -- is an error.
    CliArguments(const QStringList &args, const QStringList &valueOptions,
                 const QStringList &flags = {});

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    bool has(const QString &option) const;
    QString value(const QString &option, const QString &fallback = {}) const;
    QStringList positional() const { return m_positional; }

    // Parsed values; on failure set error() and return nullopt.
    std::optional<QDate> date(const QString &option);
    std::optional<int> nonNegativeInt(const QString &option, int maximum);
    // Fails unless the value is one of `allowed`.
    std::optional<QString> choice(const QString &option, const QStringList &allowed,
                                  const QString &fallback);

    static std::optional<QDate> parseDate(const QString &text);

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QStringList m_positional;
    QString m_error;
};
