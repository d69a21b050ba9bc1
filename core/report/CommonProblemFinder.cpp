#include "core/report/CommonProblemFinder.h"

#include <QHash>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Stock phrases of petitions and requests: shared by many texts without naming a problem.
// They are cut out of the texts like punctuation, so that neither they nor pieces overlapping
// them (“关部门协”) make a group.
const QStringList &stockPhrases() {
    static const QStringList phrases = {
        u"相关部门"_s, u"有关部门"_s, u"政府部门"_s, u"职能部门"_s, u"主管部门"_s, u"协调解决"_s,
        u"尽快解决"_s, u"帮助解决"_s, u"及时解决"_s, u"希望政府"_s, u"恳请政府"_s, u"请求政府"_s,
        u"企业反映"_s, u"存在问题"_s, u"困难问题"_s, u"意见建议"_s, u"给予支持"_s, u"加大支持"_s,
        u"支持力度"_s, u"给予帮助"_s, u"协调帮助"_s, u"我公司在"_s, u"本公司在"_s, u"影响企业"_s,
        u"企业发展"_s, u"生产经营"_s, u"目前企业"_s, u"有限公司"_s};
    return phrases;
}

QString withoutStockPhrases(QString clean) {
    const QChar mark = CommonProblemFinder::breakChar;
    for (const QString &phrase : stockPhrases())
        clean.replace(phrase, QString(mark));
    // Collapse the breaks the cuts left next to each other.
    QString out;
    out.reserve(clean.size());
    for (const QChar c : clean) {
        if (c != mark || (!out.isEmpty() && out.back() != mark))
            out += c;
    }
    if (!out.isEmpty() && out.back() == mark)
        out.chop(1);
    return out;
}

bool hasBreak(QStringView piece) {
    return piece.contains(CommonProblemFinder::breakChar);
}

int distinctEnterprises(const QList<CommonProblemFinder::Text> &texts, const QList<int> &members) {
    QSet<QString> seen;
    for (int i : members)
        seen.insert(texts.at(i).enterprise);
    return int(seen.size());
}

// The characters that follow (or precede) `phrase` somewhere in `text`.
QSet<QChar> neighbours(const QString &text, const QString &phrase, bool after) {
    QSet<QChar> found;
    for (qsizetype at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        const qsizetype pos = after ? at + phrase.size() : at - 1;
        if (pos >= 0 && pos < text.size() && text.at(pos) != CommonProblemFinder::breakChar)
            found.insert(text.at(pos));
    }
    return found;
}

// Grows `phrase` one character at a time, to the right and then to the left, for as long as
// every member text has the longer phrase too.
QString grow(QString phrase, const QList<QString> &clean, const QList<int> &members) {
    constexpr int longest = 40;
    for (bool after : {true, false}) {
        while (phrase.size() < longest) {
            QSet<QChar> common = neighbours(clean.at(members.first()), phrase, after);
            for (int k = 1; k < members.size() && !common.isEmpty(); ++k)
                common.intersect(neighbours(clean.at(members.at(k)), phrase, after));
            if (common.isEmpty())
                break;
            // Deterministic when several continue the phrase: the first member's first one.
            const QString first = clean.at(members.first());
            QChar pick = *common.cbegin();
            for (qsizetype at = first.indexOf(phrase); at >= 0;
                 at = first.indexOf(phrase, at + 1)) {
                const qsizetype pos = after ? at + phrase.size() : at - 1;
                if (pos >= 0 && pos < first.size() && common.contains(first.at(pos))) {
                    pick = first.at(pos);
                    break;
                }
            }
            phrase = after ? phrase + pick : pick + phrase;
        }
    }
    return phrase;
}

CommonProblemFinder::Group makeGroup(const QList<CommonProblemFinder::Text> &texts,
                                     const QString &subject, const QList<int> &members) {
    CommonProblemFinder::Group g;
    g.subject = subject;
    g.enterprises = distinctEnterprises(texts, members);
    for (int i : members) {
        g.ids << texts.at(i).id;
        g.numbers << texts.at(i).number;
    }
    return g;
}

void sortGroups(QList<CommonProblemFinder::Group> &groups) {
    std::stable_sort(groups.begin(), groups.end(),
                     [](const CommonProblemFinder::Group &a, const CommonProblemFinder::Group &b) {
                         if (a.enterprises != b.enterprises)
                             return a.enterprises > b.enterprises;
                         return a.ids.size() > b.ids.size();
                     });
}

} // namespace

QString CommonProblemFinder::normalised(const QString &text) {
    // Letters only; every run of anything else (punctuation, spaces, and digits, which differ
    // from one enterprise's amounts and years to the next) becomes one break that no piece
    // and no grown phrase crosses.
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetter())
            clean += c;
        else if (!clean.isEmpty() && clean.back() != breakChar)
            clean += breakChar;
    }
    if (!clean.isEmpty() && clean.back() == breakChar)
        clean.chop(1);
    return clean;
}

QList<CommonProblemFinder::Group> CommonProblemFinder::byDomain(const QList<Text> &texts,
                                                                const Options &options) {
    QHash<QString, QList<int>> members;
    QStringList order;
    for (int i = 0; i < texts.size(); ++i) {
        const QString domain = texts.at(i).domain.trimmed();
        if (domain.isEmpty())
            continue;
        if (!members.contains(domain))
            order << domain;
        members[domain] << i;
    }
    QList<Group> groups;
    for (const QString &domain : order) {
        const QList<int> &m = members.value(domain);
        if (distinctEnterprises(texts, m) >= options.minEnterprises)
            groups << makeGroup(texts, domain, m);
    }
    sortGroups(groups);
    return groups;
}

QList<CommonProblemFinder::Group> CommonProblemFinder::byWording(const QList<Text> &texts,
                                                                 const Options &options) {
    const int length = std::max(2, options.pieceLength);
    QList<QString> clean;
    clean.reserve(texts.size());
    for (const Text &t : texts)
        clean << withoutStockPhrases(normalised(t.text));

    // Every piece of `length` characters -> the texts containing it (each text once, in
    // order). Views into `clean`, which outlives the map: no string per piece.
    QHash<QStringView, QList<int>> pieces;
    QList<QStringView> firstSeen; // pieces in order of first appearance, for a stable result
    for (int i = 0; i < clean.size(); ++i) {
        const QStringView text(clean.at(i));
        for (qsizetype at = 0; at + length <= text.size(); ++at) {
            const QStringView piece = text.mid(at, length);
            auto it = pieces.find(piece);
            if (it == pieces.end()) {
                pieces.insert(piece, {i});
                firstSeen << piece;
            } else if (it->last() != i) {
                it->append(i);
            }
        }
    }

    // Boilerplate: in more than maxShare of the texts, and in more than ten.
    const double generic = std::max(options.maxShare * double(texts.size()), 10.0);
    struct Candidate {
        QStringView piece;
        int enterprises;
        const QList<int> *members;
    };
    QList<Candidate> candidates;
    for (const QStringView piece : firstSeen) {
        const QList<int> &members = *pieces.constFind(piece);
        if (members.size() < options.minEnterprises || double(members.size()) > generic ||
            hasBreak(piece))
            continue;
        const int enterprises = distinctEnterprises(texts, members);
        if (enterprises >= options.minEnterprises)
            candidates.append({piece, enterprises, &members});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) {
                         if (a.enterprises != b.enterprises)
                             return a.enterprises > b.enterprises;
                         return a.members->size() > b.members->size();
                     });

    QList<Group> groups;
    QList<QSet<int>> taken; // the members of each reported group
    for (const Candidate &c : candidates) {
        if (groups.size() >= options.maxGroups)
            break;
        // Part of a group already reported: the same texts, or most of them (80 %).
        const QList<int> &members = *c.members;
        bool covered = false;
        for (const QSet<int> &t : taken) {
            int inside = 0;
            for (int i : members)
                inside += t.contains(i) ? 1 : 0;
            if (inside * 5 >= int(members.size()) * 4) {
                covered = true;
                break;
            }
        }
        if (covered)
            continue;
        // Four characters shared by texts that go on differently (“未获批准”, “个月仍未”)
        // name no problem; the same wording grown to a phrase does.
        const QString phrase = grow(c.piece.toString(), clean, members);
        if (phrase.size() < options.minPhraseLength)
            continue;
        groups << makeGroup(texts, phrase, members);
        taken << QSet<int>(members.cbegin(), members.cend());
    }
    sortGroups(groups);
    return groups;
}
