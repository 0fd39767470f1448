#include "scoring/PeerRandom.h"

#include <cmath>

namespace outpace {

namespace {

std::uint64_t splitMix(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotateLeft(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

PeerRandom::PeerRandom(std::uint64_t seed)
{
    for (std::uint64_t &word : m_state)
        word = splitMix(seed);
}

std::uint64_t PeerRandom::seedFor(QStringView roleId)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (QChar c : roleId) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

// xoshiro256**
std::uint64_t PeerRandom::next()
{
    const std::uint64_t result = rotateLeft(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

double PeerRandom::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

double PeerRandom::uniformOpen()
{
    return (double(next() >> 12) + 0.5) * 0x1.0p-52;
}

namespace {

// Marsaglia and Tsang's ziggurat (2000) with 128 layers: most normal draws cost one random word and a
// comparison, where the polar method needs a logarithm and a square root each time.
struct ZigguratTables
{
    std::int64_t k[128];
    double w[128];
    double f[128];

    ZigguratTables()
    {
        const double m1 = 2147483648.0;
        const double vn = 9.91256303526217e-3;
        double dn = 3.442619855899;
        double tn = dn;
        const double q = vn / std::exp(-0.5 * dn * dn);
        k[0] = std::int64_t((dn / q) * m1);
        k[1] = 0;
        w[0] = q / m1;
        w[127] = dn / m1;
        f[0] = 1.0;
        f[127] = std::exp(-0.5 * dn * dn);
        for (int i = 126; i >= 1; --i) {
            dn = std::sqrt(-2.0 * std::log(vn / dn + std::exp(-0.5 * dn * dn)));
            k[i + 1] = std::int64_t((dn / tn) * m1);
            tn = dn;
            f[i] = std::exp(-0.5 * dn * dn);
            w[i] = dn / m1;
        }
    }
};

const ZigguratTables &ziggurat()
{
    static const ZigguratTables tables;
    return tables;
}

} // namespace

double PeerRandom::normal()
{
    const ZigguratTables &z = ziggurat();
    constexpr double tailStart = 3.442620;
    for (;;) {
        const auto hz = static_cast<std::int32_t>(static_cast<std::uint32_t>(next() >> 32));
        const int iz = hz & 127;
        const std::int64_t magnitude = hz < 0 ? -std::int64_t(hz) : std::int64_t(hz);
        const double x = hz * z.w[iz];
        if (magnitude < z.k[iz])
            return x;
        if (iz == 0) {
            // The tail beyond the base layer.
            double tail, y;
            do {
                tail = -std::log(uniformOpen()) * (1.0 / tailStart);
                y = -std::log(uniformOpen());
            } while (y + y < tail * tail);
            return hz > 0 ? tailStart + tail : -tailStart - tail;
        }
        if (z.f[iz] + uniform() * (z.f[iz - 1] - z.f[iz]) < std::exp(-0.5 * x * x))
            return x;
    }
}

PeerRandom::GammaShape::GammaShape(double shape)
    : boosted(shape < 1)
{
    const double base = boosted ? shape + 1 : shape;
    d = base - 1.0 / 3;
    c = 1 / std::sqrt(9 * d);
    inverseShape = boosted ? 1 / shape : 0;
}

double PeerRandom::gamma(double shape)
{
    return gamma(GammaShape(shape));
}

double PeerRandom::gamma(const GammaShape &shape)
{
    const double d = shape.d;
    const double c = shape.c;
    double draw;
    for (;;) {
        double x, v;
        do {
            x = normal();
            v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const double u = uniformOpen();
        const double xx = x * x;
        if (u < 1 - 0.0331 * xx * xx) {
            draw = d * v;
            break;
        }
        if (std::log(u) < 0.5 * xx + d * (1 - v + std::log(v))) {
            draw = d * v;
            break;
        }
    }
    if (shape.boosted)
        draw *= std::exp(std::log(uniformOpen()) * shape.inverseShape);
    return draw;
}

} // namespace outpace
