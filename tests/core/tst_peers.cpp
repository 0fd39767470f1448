// The modelled peers: the same numbers on every run, the documented size, and percentiles that count
// ties as half.

#include "TestMode.h"

#include "BuiltInCatalog.h"
#include "scoring/PeerDistribution.h"
#include "scoring/PeerRandom.h"
#include "scoring/RiskScorer.h"

#include <QTest>

#include <cmath>
#include <cstring>

using namespace outpace;

namespace {

const Catalog &catalog()
{
    return builtInCatalog();
}

} // namespace

class TestPeers : public QObject
{
    Q_OBJECT

private slots:
    void randomSourceIsReproducible()
    {
        PeerRandom a(42), b(42), c(43);
        bool differs = false;
        for (int i = 0; i < 1000; ++i) {
            const std::uint64_t x = a.next();
            QCOMPARE(x, b.next());
            differs = differs || x != c.next();
        }
        QVERIFY(differs);
        // The seed of a role never changes between versions of the program.
        QCOMPARE(PeerRandom::seedFor(u"backend-developer"),
            PeerRandom::seedFor(QStringLiteral("backend-developer")));
        QVERIFY(PeerRandom::seedFor(u"backend-developer") != PeerRandom::seedFor(u"frontend-developer"));
    }

    void gammaDrawsHaveTheRightMean()
    {
        PeerRandom random(1);
        for (double shape : {0.4, 1.0, 2.5, 9.0}) {
            double sum = 0;
            const int n = 200000;
            for (int i = 0; i < n; ++i)
                sum += random.gamma(shape);
            QVERIFY2(std::abs(sum / n - shape) < 0.03 * shape + 0.01, qPrintable(QString::number(shape)));
        }
    }

    void distributionIsDeterministicAndFull()
    {
        const Role *role = catalog().role(u"backend-developer");
        QVERIFY(role);
        const PeerDistribution first = PeerDistribution::build(*role);
        const PeerDistribution second = PeerDistribution::build(*role);
        QCOMPARE(first.size(), qsizetype(ScoringModel::builtIn().peerCount));
        QCOMPARE(first.size(), qsizetype(20000));
        QCOMPARE(std::memcmp(first.sortedRisks().constData(), second.sortedRisks().constData(),
                     sizeof(double) * size_t(first.size())),
            0);
        for (double risk : first.sortedRisks())
            QVERIFY(risk >= 0 && risk <= 100);
        int total = 0;
        for (int count : first.histogram(20))
            total += count;
        QCOMPARE(total, 20000);
        QCOMPARE(PeerDistribution::cachedFor(*role).get(), PeerDistribution::cachedFor(*role).get());
    }

    void peersSpreadAroundTheRoleBaseline()
    {
        // Peers use tools (lowering risk) and differ in level, so the median sits a little below P
        // but within the same region.
        const Role *role = catalog().role(u"backend-developer");
        const PeerDistribution peers = PeerDistribution::build(*role);
        const double automation = RiskScorer().baseline(*role).automation;
        QVERIFY(peers.median() < automation);
        QVERIFY(peers.median() > automation * 0.7);
        QVERIFY(peers.sortedRisks().first() < peers.sortedRisks().last());
    }

    void percentileCountsTiesAsHalf()
    {
        const Role *role = catalog().role(u"backend-developer");
        const PeerDistribution peers = PeerDistribution::build(*role);
        QCOMPARE(peers.percentileOf(-1), 0.0);
        QCOMPARE(peers.percentileOf(101), 100.0);
        const double middle = peers.sortedRisks()[10000];
        const double p = peers.percentileOf(middle);
        QVERIFY(p > 45 && p < 55);
        QCOMPARE(peers.peersSaferThan(middle), 100 - p);
        // A higher risk never has a lower percentile.
        double previous = 0;
        for (double risk = 0; risk <= 100; risk += 0.5) {
            QVERIFY(peers.percentileOf(risk) >= previous);
            previous = peers.percentileOf(risk);
        }
    }
};

QTEST_GUILESS_MAIN(TestPeers)
#include "tst_peers.moc"
