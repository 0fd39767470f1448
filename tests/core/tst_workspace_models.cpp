// Every item model of the application layer passes QAbstractItemModelTester while it is driven the way a
// view drives it, and follows the workspace's signals.

#include "TestMode.h"

#include "workspace/WorkspaceModels.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace outpace;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

} // namespace

class TestWorkspaceModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_folder.isValid());
        Workspace::Options options;
        options.dataFolder = m_folder.path();
        options.clock = [] { return fixedNow; };
        options.automaticBackup = false;
        m_workspace = std::make_unique<Workspace>(options);
        QVERIFY(m_workspace->loadBuiltIns());
    }

    void rolesBySector()
    {
        RoleListModel model(*m_workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(m_workspace->catalog().roles().size()));
        // Grouped: once a sector ends it never comes back.
        QStringList seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString sector = model.index(row).data(SectorIdRole).toString();
            if (seen.isEmpty() || seen.last() != sector) {
                QVERIFY2(!seen.contains(sector), qPrintable(sector));
                seen << sector;
            }
        }
        model.setLanguage(Language::French);
        QVERIFY(!model.index(0).data().toString().isEmpty());
    }

    void searchAsYouType()
    {
        SearchResultsModel model(*m_workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const QString &typed : {u"b"_qs, u"ba"_qs, u"bac"_qs, u"backend"_qs})
            model.setQuery(typed);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.refAt(0), RoleRef::role(u"backend-developer"_qs));
        model.setQuery(QStringLiteral("développeur"));
        QVERIFY(model.rowCount() > 1);
        model.setSectorFilter(QStringLiteral("health"));
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(RefKindRole).toInt() == int(RoleRef::Kind::Role))
                QCOMPARE(model.index(row).data(SectorIdRole).toString(), QStringLiteral("health"));
        }
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void aiTools()
    {
        AiToolsModel model(*m_workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(m_workspace->catalog().tools().size()));
        model.setRole(QStringLiteral("backend-developer"));
        QCOMPARE(model.rowCount(), int(m_workspace->catalog().role(u"backend-developer")->tools.size()));
    }

    void answersEditorKeepsSharesAddingUp()
    {
        AuditAnswersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const RoleRef ref = RoleRef::role(u"backend-developer"_qs);
        model.reset(m_workspace->scorableRole(ref).value(), m_workspace->defaultAnswers(ref).value(),
            Language::English);
        QSignalSpy changed(&model, &AuditAnswersModel::answersChanged);
        QVERIFY(model.setData(model.index(0, AuditAnswersModel::HoursColumn), 12.0));
        QVERIFY(model.setData(model.index(model.otherWorkRow(), AuditAnswersModel::HoursColumn), 5.0));
        QVERIFY(!model.setData(model.index(1, AuditAnswersModel::HoursColumn), -1.0));
        QVERIFY(!model.setData(model.index(1, AuditAnswersModel::HoursColumn), 500.0));
        QCOMPARE(changed.count(), 2);
        double shares = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            shares += model.index(row, AuditAnswersModel::ShareColumn).data(Qt::EditRole).toDouble();
        QVERIFY(std::abs(shares - 100) < 1e-9);
        const double before = model.answers().totalHours();
        QVERIFY(model.moveHours(0, 1, 4));
        QCOMPARE(model.answers().totalHours(), before);
        model.setToolFrequency(QStringLiteral("github-copilot"), ToolFrequency::Daily);
        model.setExperience(Experience::Senior);
        QCOMPARE(model.answers().experience, Experience::Senior);
        QCOMPARE(model.answers().tools.value(QStringLiteral("github-copilot")), ToolFrequency::Daily);
    }

    void roadmapCheckInsAndHistoryFollowTheWorkspace()
    {
        const Result<Plan> plan = m_workspace->startPlan(u"backend-developer"_qs);
        QVERIFY2(plan, qPrintable(plan.error()));
        RoadmapStepsModel steps(*m_workspace);
        QAbstractItemModelTester stepsTester(&steps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CheckInsModel checkIns(*m_workspace);
        QAbstractItemModelTester checkInsTester(
            &checkIns, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ScoreHistoryModel history(*m_workspace);
        QAbstractItemModelTester historyTester(
            &history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        steps.setPlan(plan.value(), Language::English);
        checkIns.setPlan(plan.value(), Language::English);
        history.setLanguage(Language::English);

        const Role *role = m_workspace->catalog().role(u"backend-developer");
        QCOMPARE(steps.rowCount(), int(role->roadmap.size()));
        const QModelIndex firstStep = steps.index(0, RoadmapStepsModel::TextColumn, steps.index(0, 0));
        QVERIFY(steps.setData(firstStep, Qt::Checked, Qt::CheckStateRole));
        // The model refreshed from the workspace's signal.
        const QModelIndex again = steps.index(0, RoadmapStepsModel::TextColumn, steps.index(0, 0));
        QCOMPARE(again.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(!steps.setData(steps.index(0, RoadmapStepsModel::TargetWeekColumn, steps.index(0, 0)),
            QStringLiteral("not a week")));
        QVERIFY(!steps.lastError().isEmpty());

        QCOMPARE(checkIns.rowCount(), 0);
        QVERIFY(m_workspace->checkIn(plan.value(), CheckIn{IsoWeek::containing(fixedNow.date()), 3, 0, {}}));
        QCOMPARE(checkIns.rowCount(), 1);
        QCOMPARE(checkIns.index(0, CheckInsModel::StepsColumn).data().toInt(), 1);

        const int audits = history.rowCount();
        const RoleRef ref = RoleRef::role(u"backend-developer"_qs);
        QVERIFY(m_workspace->saveAudit(
            m_workspace->score(ref, m_workspace->defaultAnswers(ref).value(), Language::English).value()));
        QCOMPARE(history.rowCount(), audits + 1);
    }

private:
    QTemporaryDir m_folder;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_GUILESS_MAIN(TestWorkspaceModels)
#include "tst_workspace_models.moc"
