#pragma once
// A random source that gives the same numbers on every machine and run: the standard library's
// distributions are implementation-defined, so the modelled peers draw from these instead.

#include <QStringView>

#include <cstdint>

namespace outpace {

class PeerRandom
{
public:
    explicit PeerRandom(std::uint64_t seed);
    // A seed derived from a role id (FNV-1a over its UTF-16 code units).
    static std::uint64_t seedFor(QStringView roleId);

    std::uint64_t next();
    double uniform();        // [0, 1)
    double uniformOpen();    // (0, 1)
    double normal();         // standard normal (Marsaglia polar method)
    double gamma(double shape); // Gamma(shape, 1), Marsaglia-Tsang

private:
    std::uint64_t m_state[4];
    bool m_hasSpareNormal = false;
    double m_spareNormal = 0;
};

} // namespace outpace
