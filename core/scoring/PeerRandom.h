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
    double uniform();           // [0, 1)
    double uniformOpen();       // (0, 1)
    double normal();            // standard normal (ziggurat)
    double gamma(double shape); // Gamma(shape, 1), Marsaglia-Tsang

    // The constants of Marsaglia-Tsang for one shape, worked out once when many draws share it.
    struct GammaShape
    {
        explicit GammaShape(double shape);
        double d = 0;
        double c = 0;
        double inverseShape = 0; // for shapes below 1, drawn as Gamma(shape + 1) * U^(1/shape)
        bool boosted = false;
    };
    double gamma(const GammaShape &shape);

private:
    std::uint64_t m_state[4];
};

} // namespace outpace
