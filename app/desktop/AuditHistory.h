#pragma once
// The saved audits of the default profile, in the personal database of the data folder: opened on first
// use (so the window appears without waiting for it) and kept open, since it holds the folder's lock.

#include "common/Result.h"
#include "personal/PersonalRecords.h"
#include "scoring/AuditAnswers.h"
#include "scoring/RiskScorer.h"

#include <QCoreApplication>

#include <memory>

namespace outpace {

class PersonalDatabase;

class AuditHistory
{
    Q_DECLARE_TR_FUNCTIONS(AuditHistory)

public:
    explicit AuditHistory(QString dataDirectory);
    ~AuditHistory();

    // Saves the answers with their score as core computes it; the error says what happened and what to do.
    Result<AuditRecord> save(const Role &role, const AuditAnswers &answers, const RiskScorer &scorer);
    // The role's saved audits, oldest first.
    Result<QList<AuditRecord>> audits(const QString &roleId);

private:
    Status open();

    QString m_dataDirectory;
    std::unique_ptr<PersonalDatabase> m_database;
};

} // namespace outpace
