#include "personal/PersonalDataJson.h"

#include "common/JsonReader.h"
#include "common/OutsideFile.h"
#include "personal/ProfileName.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace outpace {

namespace {

QString message(const char *text)
{
    return QCoreApplication::translate("PersonalDataJson", text);
}

const QRegularExpression &kebabId()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject auditToJson(const AuditRecord &audit)
{
    return {{QStringLiteral("role"), audit.roleId}, {QStringLiteral("takenAt"), isoDateTime(audit.takenAt)},
        {QStringLiteral("answers"), audit.answers}, {QStringLiteral("risk"), audit.risk},
        {QStringLiteral("exposure"), audit.exposure}, {QStringLiteral("automation"), audit.automation},
        {QStringLiteral("modelVersion"), audit.modelVersion}};
}

QJsonObject planToJson(const PlanSnapshot &plan)
{
    QJsonArray steps;
    for (const StepState &step : plan.steps) {
        steps.append(QJsonObject{{QStringLiteral("id"), step.stepId},
            {QStringLiteral("status"), stepStatusKey(step.status)},
            {QStringLiteral("doneDate"),
                textOrNull(step.doneDate.isValid() ? step.doneDate.toString(Qt::ISODate) : QString())},
            {QStringLiteral("note"), step.note},
            {QStringLiteral("targetWeek"), textOrNull(step.targetWeek.toString())}});
    }
    QJsonArray checkIns;
    for (const CheckIn &checkIn : plan.checkIns) {
        checkIns.append(QJsonObject{{QStringLiteral("week"), checkIn.week.toString()},
            {QStringLiteral("hours"), checkIn.hours}, {QStringLiteral("stepsDone"), checkIn.stepsDone},
            {QStringLiteral("reflection"), checkIn.reflection}});
    }
    return {{QStringLiteral("role"), plan.roleId},
        {QStringLiteral("startDate"), plan.startDate.toString(Qt::ISODate)}, {QStringLiteral("steps"), steps},
        {QStringLiteral("checkins"), checkIns}};
}

// Field checks shared by the readers below: each notes its error and gives no value on failure.
std::optional<QString> readId(JsonReader::Fields &reader, const QString &key)
{
    std::optional<QString> id = reader.text(key, JsonReader::Fields::Required, true);
    if (id && !kebabId().match(*id).hasMatch()) {
        reader.fail(key,
            message(QT_TRANSLATE_NOOP(
                "PersonalDataJson", "an id in lower-case kebab case, such as backend-developer")));
        return std::nullopt;
    }
    return id;
}

std::optional<QDate> readDate(JsonReader::Fields &reader, const QString &key, JsonReader::Fields::Need need)
{
    const QString expected = message(QT_TRANSLATE_NOOP("PersonalDataJson", "a date such as 2026-01-31"));
    std::optional<QString> text = reader.text(key, need, false, expected);
    if (!text)
        return std::nullopt;
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (text->size() != 10 || !date.isValid()) {
        reader.fail(key, expected);
        return std::nullopt;
    }
    return date;
}

std::optional<QDateTime> readTime(JsonReader::Fields &reader, const QString &key)
{
    const QString expected
        = message(QT_TRANSLATE_NOOP("PersonalDataJson", "a time such as 2026-01-31T09:00:00Z"));
    std::optional<QString> text = reader.text(key, JsonReader::Fields::Required, false, expected);
    if (!text)
        return std::nullopt;
    const QDateTime time = dateTimeFromIso(*text);
    if (!time.isValid() || time.date().year() < 1 || time.date().year() > 9999) {
        reader.fail(key, expected);
        return std::nullopt;
    }
    return time;
}

std::optional<IsoWeek> readWeek(JsonReader::Fields &reader, const QString &key, JsonReader::Fields::Need need)
{
    const QString expected = message(QT_TRANSLATE_NOOP("PersonalDataJson", "an ISO week such as 2026-W48"));
    std::optional<QString> text = reader.text(key, need, false, expected);
    if (!text)
        return std::nullopt;
    const IsoWeek week = IsoWeek::fromString(*text);
    if (!week.isPlausible()) {
        reader.fail(key, expected);
        return std::nullopt;
    }
    return week;
}

// Calls `read` on each object of an array field; non-objects are errors.
template <typename Read>
void forEachObject(JsonReader::Fields &parent, const QString &key, QStringList *errors, Read read)
{
    const std::optional<QJsonArray> items = parent.array(key);
    if (!items)
        return;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString path = JsonReader::Fields::itemPath(parent.path(key), i);
        if (!items->at(i).isObject()) {
            JsonReader::Fields::failAt(
                errors, path, message(QT_TRANSLATE_NOOP("PersonalDataJson", "an object")));
            continue;
        }
        JsonReader::Fields reader(items->at(i).toObject(), path, errors);
        read(reader);
    }
}

void readAudit(JsonReader::Fields &reader, ProfileSnapshot *profile)
{
    AuditRecord audit;
    const std::optional<QString> role = readId(reader, QStringLiteral("role"));
    const std::optional<QDateTime> takenAt = readTime(reader, QStringLiteral("takenAt"));
    const std::optional<QJsonObject> answers = reader.object(QStringLiteral("answers"));
    const std::optional<double> risk = reader.number(QStringLiteral("risk"), 0, 100);
    const std::optional<double> exposure = reader.number(QStringLiteral("exposure"), 0, 100);
    const std::optional<double> automation = reader.number(QStringLiteral("automation"), 0, 100);
    const std::optional<QString> model
        = reader.text(QStringLiteral("modelVersion"), JsonReader::Fields::Required, true);
    if (role && takenAt && answers && risk && exposure && automation && model)
        profile->audits.append(
            AuditRecord{0, 0, *role, *answers, *risk, *exposure, *automation, *model, *takenAt});
}

void readStep(JsonReader::Fields &reader, PlanSnapshot *plan, QSet<QString> *seen)
{
    StepState step;
    const std::optional<QString> id = readId(reader, QStringLiteral("id"));
    if (id && seen->contains(*id))
        reader.fail(QStringLiteral("id"),
            message(QT_TRANSLATE_NOOP("PersonalDataJson", "a step id not used earlier in this plan")));
    const std::optional<QString> statusText
        = reader.text(QStringLiteral("status"), JsonReader::Fields::Required);
    bool statusOk = statusText && stepStatusFromKey(*statusText, &step.status);
    if (statusText && !statusOk)
        reader.fail(QStringLiteral("status"),
            message(QT_TRANSLATE_NOOP("PersonalDataJson", "one of todo, doing, done")));
    const bool done = statusOk && step.status == StepStatus::Done;
    const std::optional<QDate> doneDate = readDate(reader, QStringLiteral("doneDate"),
        done ? JsonReader::Fields::Required : JsonReader::Fields::Optional);
    if (statusOk && !done && doneDate) {
        reader.fail(QStringLiteral("doneDate"),
            message(QT_TRANSLATE_NOOP("PersonalDataJson", "no date while the step is not done")));
        statusOk = false;
    }
    const std::optional<QString> note = reader.text(QStringLiteral("note"), JsonReader::Fields::Optional);
    const std::optional<IsoWeek> target
        = readWeek(reader, QStringLiteral("targetWeek"), JsonReader::Fields::Optional);
    if (!id || seen->contains(*id) || !statusOk || (done && !doneDate))
        return;
    seen->insert(*id);
    step.stepId = *id;
    step.doneDate = done ? *doneDate : QDate();
    step.note = note.value_or(QString());
    step.targetWeek = target.value_or(IsoWeek());
    plan->steps.append(step);
}

void readCheckIn(JsonReader::Fields &reader, PlanSnapshot *plan, QSet<QString> *seen)
{
    const std::optional<IsoWeek> week
        = readWeek(reader, QStringLiteral("week"), JsonReader::Fields::Required);
    if (week && seen->contains(week->toString())) {
        reader.fail(QStringLiteral("week"),
            message(QT_TRANSLATE_NOOP("PersonalDataJson", "a week with no other check-in in this plan")));
        return;
    }
    const std::optional<double> hours = reader.number(QStringLiteral("hours"), 0, CheckIn::maximumHours);
    const std::optional<int> steps = reader.integer(
        QStringLiteral("stepsDone"), 0, CheckIn::maximumStepsDone, JsonReader::Fields::Optional);
    const std::optional<QString> reflection
        = reader.text(QStringLiteral("reflection"), JsonReader::Fields::Optional);
    if (!week || !hours)
        return;
    seen->insert(week->toString());
    plan->checkIns.append(CheckIn{*week, *hours, steps.value_or(0), reflection.value_or(QString())});
}

void readPlan(JsonReader::Fields &reader, ProfileSnapshot *profile, QSet<QString> *roles, QStringList *errors)
{
    PlanSnapshot plan;
    const std::optional<QString> role = readId(reader, QStringLiteral("role"));
    if (role && roles->contains(*role)) {
        reader.fail(QStringLiteral("role"),
            message(QT_TRANSLATE_NOOP("PersonalDataJson", "a role with no other plan in this profile")));
        return;
    }
    const std::optional<QDate> start
        = readDate(reader, QStringLiteral("startDate"), JsonReader::Fields::Required);
    QSet<QString> steps;
    forEachObject(reader, QStringLiteral("steps"), errors,
        [&](JsonReader::Fields &item) { readStep(item, &plan, &steps); });
    QSet<QString> weeks;
    forEachObject(reader, QStringLiteral("checkins"), errors,
        [&](JsonReader::Fields &item) { readCheckIn(item, &plan, &weeks); });
    if (!role || !start)
        return;
    roles->insert(*role);
    plan.roleId = *role;
    plan.startDate = *start;
    profile->plans.append(plan);
}

} // namespace

QByteArray PersonalDataJson::toJson(const PersonalDataSnapshot &snapshot, const QDateTime &exportedAt)
{
    QJsonArray profiles;
    for (const ProfileSnapshot &profile : snapshot.profiles) {
        QJsonArray audits;
        for (const AuditRecord &audit : profile.audits)
            audits.append(auditToJson(audit));
        QJsonArray plans;
        for (const PlanSnapshot &plan : profile.plans)
            plans.append(planToJson(plan));
        profiles.append(QJsonObject{{QStringLiteral("name"), profile.name},
            {QStringLiteral("createdAt"), isoDateTime(profile.createdAt)}, {QStringLiteral("audits"), audits},
            {QStringLiteral("plans"), plans}});
    }
    QJsonObject settings;
    for (auto it = snapshot.settings.cbegin(); it != snapshot.settings.cend(); ++it)
        settings.insert(it.key(), it.value());
    const QJsonObject root{{QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), formatVersion}, {QStringLiteral("exportedAt"), isoDateTime(exportedAt)},
        {QStringLiteral("application"), QStringLiteral("Outpace " OUTPACE_VERSION)},
        {QStringLiteral("profiles"), profiles}, {QStringLiteral("settings"), settings}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<PersonalDataSnapshot> PersonalDataJson::fromJson(const QByteArray &json)
{
    using Parsed = Result<PersonalDataSnapshot>;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 is the parser's message, %2 a byte offset in the file.
        return Parsed::failure(
            message(QT_TRANSLATE_NOOP("PersonalDataJson", "The file is not valid JSON: %1 at byte %2."))
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    if (const std::optional<JsonStrictnessProblem> problem = JsonReader::strictnessProblem(json)) {
        //: %1 says what is wrong ("the key "profiles" appears a second time..."), %2 is a byte offset.
        return Parsed::failure(
            message(QT_TRANSLATE_NOOP("PersonalDataJson", "The file was refused: %1, at byte %2."))
                .arg(JsonReader::describe(*problem))
                .arg(problem->offset));
    }
    if (!document.isObject()
        || document.object().value(QStringLiteral("format")).toString() != formatName()) {
        return Parsed::failure(message(QT_TRANSLATE_NOOP("PersonalDataJson",
            "This is not an Outpace personal data file: \"format\" should be \"outpace-personal-data\".")));
    }
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())
        || version.toDouble() < 1) {
        return Parsed::failure(
            message(QT_TRANSLATE_NOOP("PersonalDataJson", "version: expected a whole number from 1")));
    }
    if (version.toDouble() > formatVersion) {
        //: %1 is the file's format version, %2 the one this program reads.
        return Parsed::failure(message(QT_TRANSLATE_NOOP("PersonalDataJson",
                                           "The file was written by a newer version of Outpace "
                                           "(format version %1; this version reads up to %2). "
                                           "Update Outpace to import it."))
                                   .arg(version.toDouble())
                                   .arg(formatVersion));
    }

    QStringList errors;
    PersonalDataSnapshot snapshot;
    JsonReader::Fields reader(root, QString(), &errors);
    QSet<QString> names;
    forEachObject(reader, QStringLiteral("profiles"), &errors, [&](JsonReader::Fields &item) {
        ProfileSnapshot profile;
        // A name is judged by the one rule for names, whose message says what is wrong with it.
        std::optional<QString> name;
        const QJsonValue nameValue = item.value(QStringLiteral("name"));
        if (!nameValue.isString()) {
            name = item.text(QStringLiteral("name"), JsonReader::Fields::Required, true);
        } else if (const Result<QString> checked = ProfileName::check(nameValue.toString()); !checked) {
            item.fail(QStringLiteral("name"),
                ProfileName::expectedForm() + QStringLiteral(" (%1)").arg(checked.error()));
        } else {
            name = checked.value();
        }
        if (name && names.contains(ProfileName::comparisonKey(*name))) {
            item.fail(QStringLiteral("name"),
                message(QT_TRANSLATE_NOOP("PersonalDataJson", "a name no other profile has")));
            name.reset();
        }
        const std::optional<QDateTime> created = readTime(item, QStringLiteral("createdAt"));
        forEachObject(item, QStringLiteral("audits"), &errors,
            [&](JsonReader::Fields &audit) { readAudit(audit, &profile); });
        QSet<QString> roles;
        forEachObject(item, QStringLiteral("plans"), &errors,
            [&](JsonReader::Fields &plan) { readPlan(plan, &profile, &roles, &errors); });
        if (!name || !created)
            return;
        names.insert(ProfileName::comparisonKey(*name));
        profile.name = *name;
        profile.createdAt = *created;
        snapshot.profiles.append(profile);
    });
    if (const std::optional<QJsonObject> settings
        = reader.object(QStringLiteral("settings"), JsonReader::Fields::Optional)) {
        for (auto it = settings->constBegin(); it != settings->constEnd(); ++it) {
            if (!it.value().isString() || it.key().isEmpty() || !JsonReader::Fields::isClean(it.key(), true)
                || !JsonReader::Fields::isClean(it.value().toString(), false)) {
                JsonReader::Fields::failAt(&errors,
                    reader.path(QStringLiteral("settings")) + QLatin1Char('.') + it.key(),
                    message(QT_TRANSLATE_NOOP("PersonalDataJson", "a text")));
                continue;
            }
            snapshot.settings.insert(it.key(), it.value().toString());
        }
    }
    if (!errors.isEmpty())
        return Parsed::failure(errors);
    return snapshot;
}

Status PersonalDataJson::writeFile(
    const QString &path, const PersonalDataSnapshot &snapshot, const QDateTime &exportedAt)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(message(QT_TRANSLATE_NOOP("PersonalDataJson", "Could not write %1: %2"))
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray json = toJson(snapshot, exportedAt);
    if (file.write(json) != json.size() || !file.commit()) {
        return Status::failure(message(QT_TRANSLATE_NOOP("PersonalDataJson", "Could not write %1: %2"))
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return success();
}

Result<PersonalDataSnapshot> PersonalDataJson::readFile(const QString &path)
{
    const Result<QByteArray> bytes = OutsideFile::readAll(path, maximumFileSize);
    if (!bytes)
        return Result<PersonalDataSnapshot>::failure(bytes.errors());
    return fromJson(bytes.value());
}

} // namespace outpace
