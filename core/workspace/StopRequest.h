#pragma once

#include <atomic>
#include <memory>

namespace outpace {

// Asks a job that writes to stop. QFuture::cancel would drop the job's result, and a cancel that arrives
// just after the job saved its work would then read as "nothing changed" when everything had: a job asked
// through this still delivers its result, which says what really happened. Copies share one request.
class StopRequest
{
public:
    void request() { m_requested->store(true); }
    bool isRequested() const { return m_requested->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_requested = std::make_shared<std::atomic_bool>(false);
};

} // namespace outpace
