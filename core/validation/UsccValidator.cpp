#include "core/validation/UsccValidator.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int kLength = 18;
constexpr int kModulus = 31;
constexpr char kCharset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

int valueOf(QChar c) {
    for (int i = 0; i < kModulus; ++i) {
        if (c == QLatin1Char(kCharset[i]))
            return i;
    }
    return -1;
}
} // namespace

QString UsccValidator::charset() {
    return QString::fromLatin1(kCharset);
}

QString UsccValidator::normalize(const QString &code) {
    QString out;
    out.reserve(code.size());
    for (QChar c : code) {
        // Chinese input methods type full-width letters and digits (Ａ, ９); spaces are typing
        // noise, whether ASCII, ideographic (U+3000) or non-breaking.
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFEE0);
        if (c.isSpace())
            continue;
        out += c.toUpper();
    }
    return out;
}

QChar UsccValidator::checkCharacter(QStringView first17) {
    if (first17.size() < kLength - 1)
        return {};
    int sum = 0;
    int weight = 1; // 3^(i-1) mod 31
    for (int i = 0; i < kLength - 1; ++i) {
        const int v = valueOf(first17[i]);
        if (v < 0)
            return {};
        sum += v * weight;
        weight = weight * 3 % kModulus;
    }
    return QLatin1Char(kCharset[(kModulus - sum % kModulus) % kModulus]);
}

UsccValidator::Result UsccValidator::check(const QString &code) {
    Result r;
    r.normalized = normalize(code);
    const QString &s = r.normalized;
    if (s.isEmpty()) {
        r.problem = Problem::Empty;
        r.reason = tr("the code is empty");
        return r;
    }
    if (s.size() != kLength) {
        r.problem = Problem::Length;
        r.reason =
            tr("the code has %1 characters; a unified social credit code has 18").arg(s.size());
        return r;
    }
    for (int i = 0; i < kLength; ++i) {
        if (valueOf(s[i]) >= 0)
            continue;
        r.problem = Problem::IllegalCharacter;
        r.position = i + 1;
        r.found = s[i];
        // O for 0 and I for 1 are the usual typing slips: say so.
        if (s[i] == u'O')
            r.reason = tr("the character 'O' at position %1 is not allowed (is it the digit 0?)")
                           .arg(i + 1);
        else if (s[i] == u'I')
            r.reason = tr("the character 'I' at position %1 is not allowed (is it the digit 1?)")
                           .arg(i + 1);
        else
            r.reason = tr("the character '%1' at position %2 is not allowed (only digits and "
                          "capital letters other than I, O, S, V and Z)")
                           .arg(s[i])
                           .arg(i + 1);
        return r;
    }
    r.expected = checkCharacter(QStringView(s).left(kLength - 1));
    r.found = s[kLength - 1];
    if (r.found != r.expected) {
        r.problem = Problem::CheckCharacter;
        r.reason = tr("the check character (position 18) is '%1' but the first 17 characters "
                      "call for '%2'; please compare with the business licence")
                       .arg(r.found)
                       .arg(r.expected);
    }
    return r;
}
