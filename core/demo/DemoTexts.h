#pragma once

#include <QStringList>

class QRandomGenerator;

// The vocabulary of the demo data: place names, enterprise name parts, departments, leaders
// and, per domain, the sentences an enterprise writes on its sign-up form. Kept apart from the
// generator so that the insertion code stays readable.
namespace DemoTexts {

struct DepartmentInfo {
    const char16_t *name;
    const char16_t *shortName;
    const char16_t *level;
};

struct DomainInfo {
    const char16_t *domain;
    QStringList leadDepartments; // short names; the first is the usual lead
    QStringList problems;        // the core sentence of 困难问题
};

const QList<DepartmentInfo> &departments();
const QList<DomainInfo> &domains();
const QStringList &regions();        // 通辽 ...
const QStringList &regionCodes();    // administrative division codes, same order as regions()
const QStringList &nameCharacters(); // for 字号
const QStringList &industries();     // 科技, 食品 ...
const QStringList &surnames();
const QStringList &givenNameCharacters();
const QStringList &channels();
const QStringList &meetingForms();
const QStringList &meetingPlaces();
const QStringList &openings(); // the first half-sentence of a problem: who we are
const QStringList &impacts();
const QStringList &
suggestions(); // %1 the domain, %2 the lead department    // what the problem costs the enterprise
const QStringList &progressTexts();
const QStringList &resultTexts();
const QStringList &feedbackTexts();
const QStringList &extensionReasons();
const QStringList &opinions(int level); // 0 满意, 1 基本满意, 2 不满意

QString pick(QRandomGenerator &rng, const QStringList &list);
QString personName(QRandomGenerator &rng);
QString mobilePhone(QRandomGenerator &rng);

} // namespace DemoTexts
