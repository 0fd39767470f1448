#include "AuditHistory.h"

#include "personal/PersonalStore.h"
#include "storage/PersonalDatabase.h"

#include <QDir>
#include <QJsonDocument>

namespace outpace {

AuditHistory::AuditHistory(QString dataDirectory)
    : m_dataDirectory(std::move(dataDirectory))
{ }

AuditHistory::~AuditHistory() = default;

Status AuditHistory::open()
{
    if (m_database)
        return Done{};
    OpenReport report;
    auto opened = PersonalDatabase::open(m_dataDirectory, &report);
    if (!opened) {
        QString message = opened.error();
        if (!report.suggestedBackup.isEmpty()) {
            message += QLatin1Char('\n')
                + tr("The newest good backup is %1; you can restore it with outpace-cli restore.")
                      .arg(QDir::toNativeSeparators(report.suggestedBackup));
        }
        return Status::failure(message);
    }
    m_database = std::move(opened).value();
    return Done{};
}

Result<AuditRecord> AuditHistory::save(
    const Role &role, const AuditAnswers &answers, const RiskScorer &scorer)
{
    if (Status opened = open(); !opened)
        return Result<AuditRecord>::failure(opened.error());
    PersonalStore store(m_database->connection());
    Result<Profile> profile = store.resolveProfile(QString(), m_database->now());
    if (!profile)
        return Result<AuditRecord>::failure(profile.error());
    const RiskResult result = scorer.score(role, answers);
    AuditRecord record;
    record.profileId = profile->id;
    record.roleId = role.id;
    record.answers = QJsonDocument::fromJson(answers.toJson(role)).object();
    record.risk = result.risk;
    record.exposure = result.personalExposure;
    record.automation = result.personalAutomation;
    record.modelVersion = scorer.model().version;
    record.takenAt = m_database->now();
    Result<qint64> saved = store.saveAudit(record);
    if (!saved)
        return Result<AuditRecord>::failure(saved.error());
    record.id = saved.value();
    return record;
}

Result<QList<AuditRecord>> AuditHistory::audits(const QString &roleId)
{
    if (Status opened = open(); !opened)
        return Result<QList<AuditRecord>>::failure(opened.error());
    PersonalStore store(m_database->connection());
    Result<Profile> profile = store.resolveProfile(QString(), m_database->now());
    if (!profile)
        return Result<QList<AuditRecord>>::failure(profile.error());
    Result<QList<AuditRecord>> all = store.audits(profile->id);
    if (!all)
        return all;
    QList<AuditRecord> mine;
    for (const AuditRecord &record : all.value()) {
        if (record.roleId == roleId)
            mine.append(record);
    }
    return mine;
}

} // namespace outpace
