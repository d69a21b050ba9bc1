#include "core/RuleProfile.h"

#include "core/Deadline.h"
#include "core/WorkCalendar.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QJsonObject limitToJson(const HandlingLimit &limit) {
    return QJsonObject{{"amount"_L1, limit.amount}, {"unit"_L1, deadlineUnitCode(limit.unit)}};
}

HandlingLimit limitFromJson(const QJsonValue &value, const QString &field, QStringList *errors) {
    HandlingLimit limit;
    if (value.isUndefined() || value.isNull())
        return limit;
    const QJsonObject o = value.toObject();
    limit.amount = o.value("amount"_L1).toInt();
    bool ok = true;
    limit.unit = deadlineUnitFromCode(o.value("unit"_L1).toString(u"calendar"_s), &ok);
    if (!ok && errors)
        errors->append(RuleProfile::tr("%1: unit must be \"working\" or \"calendar\"").arg(field));
    if (limit.amount < 0 && errors)
        errors->append(RuleProfile::tr("%1: amount must not be negative").arg(field));
    return limit;
}

} // namespace

QString RuleProfile::cadenceCode(CadencePeriod p) {
    switch (p) {
    case CadencePeriod::Month:
        return u"month"_s;
    case CadencePeriod::Quarter:
        return u"quarter"_s;
    case CadencePeriod::Year:
        return u"year"_s;
    case CadencePeriod::None:
        break;
    }
    return u"none"_s;
}

RuleProfile::CadencePeriod RuleProfile::cadenceFromCode(const QString &code, bool *ok) {
    if (ok)
        *ok = true;
    if (code == "month"_L1)
        return CadencePeriod::Month;
    if (code == "quarter"_L1)
        return CadencePeriod::Quarter;
    if (code == "year"_L1)
        return CadencePeriod::Year;
    if (ok)
        *ok = code == "none"_L1 || code.isEmpty();
    return CadencePeriod::None;
}

QJsonObject RuleProfile::toJson() const {
    QJsonArray reasons;
    for (const ExclusionReason &r : exclusionReasons)
        reasons.append(QJsonObject{{"code"_L1, r.code}, {"label"_L1, r.label}});
    return QJsonObject{
        {"code"_L1, code},
        {"name"_L1, name},
        {"issuer"_L1, issuer},
        {"meetingName"_L1, meetingName},
        {"source"_L1, source},
        {"cadence"_L1, QJsonObject{{"period"_L1, cadenceCode(cadencePeriod)},
                                   {"meetingsPerPeriod"_L1, meetingsPerPeriod},
                                   {"note"_L1, cadenceNote}}},
        {"representatives"_L1,
         QJsonObject{{"min"_L1, representativesMin}, {"max"_L1, representativesMax}}},
        {"leadTimes"_L1, QJsonObject{{"noticeWorkingDays"_L1, noticeLeadWorkingDays},
                                     {"catalogueWorkingDays"_L1, catalogueLeadWorkingDays},
                                     {"assignWithinWorkingDays"_L1, assignWithinWorkingDays}}},
        {"limits"_L1, QJsonObject{{"progress"_L1, limitToJson(progressLimit)},
                                  {"resultSingle"_L1, limitToJson(resultLimitSingle)},
                                  {"resultMulti"_L1, limitToJson(resultLimitMulti)}}},
        {"tenDayReports"_L1, tenDayReports},
        {"reportIntervalDays"_L1, reportIntervalDays},
        {"extensionCap"_L1, extensionCap},
        {"extensionCapNote"_L1, extensionCapNote},
        {"exclusionReasons"_L1, reasons},
        {"forms"_L1, QJsonObject{{"variant"_L1, formVariant},
                                 {"form1"_L1, form1Title},
                                 {"form2"_L1, form2Title},
                                 {"form3"_L1, form3Title},
                                 {"replyOffice"_L1, replyOffice}}},
        {"domainMatching"_L1, domainMatching},
        {"liaisonEnterprises"_L1,
         QJsonObject{{"min"_L1, liaisonEnterprisesMin}, {"max"_L1, liaisonEnterprisesMax}}},
        {"numberingPattern"_L1, numberingPattern},
        {"warningWindowWorkingDays"_L1, warningWindowWorkingDays},
        {"publicFields"_L1, QJsonArray::fromStringList(publicFields)},
    };
}

RuleProfile RuleProfile::fromJson(const QJsonObject &json, QStringList *errors) {
    RuleProfile p;
    p.code = json.value("code"_L1).toString();
    p.name = json.value("name"_L1).toString();
    p.issuer = json.value("issuer"_L1).toString();
    p.meetingName = json.value("meetingName"_L1).toString();
    p.source = json.value("source"_L1).toString();
    const QJsonObject cadence = json.value("cadence"_L1).toObject();
    bool ok = true;
    p.cadencePeriod = cadenceFromCode(cadence.value("period"_L1).toString(), &ok);
    if (!ok && errors)
        errors->append(tr("cadence.period: must be none, month, quarter or year"));
    p.meetingsPerPeriod = cadence.value("meetingsPerPeriod"_L1).toInt();
    p.cadenceNote = cadence.value("note"_L1).toString();
    const QJsonObject reps = json.value("representatives"_L1).toObject();
    p.representativesMin = reps.value("min"_L1).toInt();
    p.representativesMax = reps.value("max"_L1).toInt();
    const QJsonObject lead = json.value("leadTimes"_L1).toObject();
    p.noticeLeadWorkingDays = lead.value("noticeWorkingDays"_L1).toInt();
    p.catalogueLeadWorkingDays = lead.value("catalogueWorkingDays"_L1).toInt();
    p.assignWithinWorkingDays = lead.value("assignWithinWorkingDays"_L1).toInt();
    const QJsonObject limits = json.value("limits"_L1).toObject();
    p.progressLimit = limitFromJson(limits.value("progress"_L1), u"limits.progress"_s, errors);
    p.resultLimitSingle =
        limitFromJson(limits.value("resultSingle"_L1), u"limits.resultSingle"_s, errors);
    p.resultLimitMulti =
        limitFromJson(limits.value("resultMulti"_L1), u"limits.resultMulti"_s, errors);
    p.tenDayReports = json.value("tenDayReports"_L1).toBool();
    p.reportIntervalDays = json.value("reportIntervalDays"_L1).toInt(10);
    p.extensionCap = json.value("extensionCap"_L1).toInt(-1);
    p.extensionCapNote = json.value("extensionCapNote"_L1).toString();
    for (const QJsonValue &v : json.value("exclusionReasons"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        p.exclusionReasons.append({o.value("code"_L1).toString(), o.value("label"_L1).toString()});
    }
    const QJsonObject forms = json.value("forms"_L1).toObject();
    p.formVariant = forms.value("variant"_L1).toString(u"000"_s);
    p.form1Title = forms.value("form1"_L1).toString();
    p.form2Title = forms.value("form2"_L1).toString();
    p.form3Title = forms.value("form3"_L1).toString();
    p.replyOffice = forms.value("replyOffice"_L1).toString();
    p.domainMatching = json.value("domainMatching"_L1).toBool();
    const QJsonObject liaison = json.value("liaisonEnterprises"_L1).toObject();
    p.liaisonEnterprisesMin = liaison.value("min"_L1).toInt();
    p.liaisonEnterprisesMax = liaison.value("max"_L1).toInt();
    p.numberingPattern = json.value("numberingPattern"_L1).toString(u"{year}-{seq:4}"_s);
    p.warningWindowWorkingDays = json.value("warningWindowWorkingDays"_L1).toInt(3);
    for (const QJsonValue &v : json.value("publicFields"_L1).toArray())
        p.publicFields << v.toString();
    if (errors)
        errors->append(p.validate());
    return p;
}

QStringList RuleProfile::validate() const {
    QStringList problems;
    static const QRegularExpression codeRe(u"^[a-z][a-z0-9_-]{1,31}$"_s);
    if (!codeRe.match(code).hasMatch())
        problems << tr("code: \"%1\" must be 2-32 lower-case letters, digits, - or _").arg(code);
    if (name.trimmed().isEmpty())
        problems << tr("name: is required");
    if (representativesMin < 0 || representativesMax < 0)
        problems << tr("representatives: numbers must not be negative");
    if (representativesMax > 0 && representativesMin > representativesMax)
        problems << tr("representatives: the minimum %1 is above the maximum %2")
                        .arg(representativesMin)
                        .arg(representativesMax);
    if (noticeLeadWorkingDays < 0 || catalogueLeadWorkingDays < 0 || assignWithinWorkingDays < 0)
        problems << tr("leadTimes: numbers of working days must not be negative");
    if (!resultLimitSingle.isSet())
        problems << tr("limits.resultSingle: a handling limit for the result is required");
    if (extensionCap < -1)
        problems << tr("extensionCap: use -1 for no cap, or 0 and above");
    if (tenDayReports && reportIntervalDays <= 0)
        problems << tr("reportIntervalDays: must be at least 1 day");
    if (formVariant != "000"_L1 && formVariant != "004"_L1)
        problems << tr("forms.variant: must be 000 or 004, not \"%1\"").arg(formVariant);
    if (!numberingPattern.contains("{seq"_L1))
        problems << tr("numberingPattern: must contain {seq} or {seq:N}");
    QStringList seen;
    for (const ExclusionReason &r : exclusionReasons) {
        if (r.code.isEmpty() || r.label.isEmpty())
            problems << tr("exclusionReasons: every reason needs a code and a label");
        else if (seen.contains(r.code))
            problems << tr("exclusionReasons: the code \"%1\" is used twice").arg(r.code);
        seen << r.code;
    }
    return problems;
}

Deadline RuleProfile::resultDeadline(const WorkCalendar &calendar, const QDate &assignedOn,
                                     bool multiDepartment) const {
    const HandlingLimit limit = resultLimit(multiDepartment);
    return calendar.add(assignedOn, limit.amount, limit.unit);
}

Deadline RuleProfile::progressDeadline(const WorkCalendar &calendar,
                                       const QDate &assignedOn) const {
    if (!progressLimit.isSet())
        return {};
    return calendar.add(assignedOn, progressLimit.amount, progressLimit.unit);
}

QString RuleProfile::exclusionLabel(const QString &reasonCode) const {
    for (const ExclusionReason &r : exclusionReasons) {
        if (r.code == reasonCode)
            return r.label;
    }
    return reasonCode;
}
