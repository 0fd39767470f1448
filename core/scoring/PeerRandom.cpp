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

double PeerRandom::normal()
{
    if (m_hasSpareNormal) {
        m_hasSpareNormal = false;
        return m_spareNormal;
    }
    double u, v, s;
    do {
        u = 2 * uniform() - 1;
        v = 2 * uniform() - 1;
        s = u * u + v * v;
    } while (s >= 1 || s == 0);
    const double factor = std::sqrt(-2 * std::log(s) / s);
    m_spareNormal = v * factor;
    m_hasSpareNormal = true;
    return u * factor;
}

double PeerRandom::gamma(double shape)
{
    if (shape < 1) {
        // Boosting: Gamma(a) = Gamma(a + 1) * U^(1/a).
        return gamma(shape + 1) * std::pow(uniformOpen(), 1 / shape);
    }
    const double d = shape - 1.0 / 3;
    const double c = 1 / std::sqrt(9 * d);
    for (;;) {
        double x, v;
        do {
            x = normal();
            v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const double u = uniformOpen();
        if (u < 1 - 0.0331 * x * x * x * x)
            return d * v;
        if (std::log(u) < 0.5 * x * x + d * (1 - v + std::log(v)))
            return d * v;
    }
}

} // namespace outpace
