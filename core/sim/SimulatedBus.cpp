// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimulatedBus.h"

#include "cjt188/Frame.h"
#include "mbus/Frame.h"

#include <algorithm>

namespace heatdesk::sim {

struct SimulatedBus::Meter {
    std::unique_ptr<SimulatedMbusMeter> mbus;
    std::unique_ptr<SimulatedCjt188Meter> cjt188;
    MeterFaults faults;
    int responseDelayMs() const {
        return mbus ? mbus->config().responseDelayMs : cjt188->config().responseDelayMs;
    }
};

SimulatedBus::SimulatedBus(BusConfig config, SimSeconds epoch)
    : m_config(config)
    , m_epoch(epoch) {}
SimulatedBus::~SimulatedBus() = default;

SimulatedMbusMeter* SimulatedBus::addMbusMeter(const MbusMeterConfig& config, const HeatingPhysics& physics,
                                               MeterFaults faults) {
    if (meterCount() >= kMaxMeters)
        return nullptr;
    auto m = std::make_unique<Meter>();
    m->mbus = std::make_unique<SimulatedMbusMeter>(config, physics);
    m->faults = faults;
    m_meters.push_back(std::move(m));
    return m_meters.back()->mbus.get();
}

SimulatedCjt188Meter* SimulatedBus::addCjt188Meter(const Cjt188MeterConfig& config,
                                                   const HeatingPhysics& physics, MeterFaults faults) {
    if (meterCount() >= kMaxMeters)
        return nullptr;
    auto m = std::make_unique<Meter>();
    m->cjt188 = std::make_unique<SimulatedCjt188Meter>(config, physics);
    m->faults = faults;
    m_meters.push_back(std::move(m));
    return m_meters.back()->cjt188.get();
}

SimulatedMbusMeter* SimulatedBus::mbusMeter(int index) {
    return index >= 0 && index < meterCount() ? m_meters[std::size_t(index)]->mbus.get() : nullptr;
}

SimulatedCjt188Meter* SimulatedBus::cjt188Meter(int index) {
    return index >= 0 && index < meterCount() ? m_meters[std::size_t(index)]->cjt188.get() : nullptr;
}

void SimulatedBus::setFaults(const BusFaults& faults) {
    const bool wasUnpowered = m_config.faults.overload || m_config.faults.noLoad;
    m_config.faults = faults;
    if (wasUnpowered && !faults.overload && !faults.noLoad)
        for (auto& meter : m_meters)
            if (meter->mbus)
                meter->mbus->powerUp();
}

void SimulatedBus::setMeterFaults(int index, MeterFaults faults) {
    if (index >= 0 && index < meterCount())
        m_meters[std::size_t(index)]->faults = faults;
}

Micros SimulatedBus::characterMicros() const {
    const std::uint32_t baud = std::max<std::uint32_t>(1, m_config.baud);
    return (11 * Micros(1000000) + baud / 2) / baud;
}

std::uint64_t SimulatedBus::next() {
    return mix(m_config.seed, 0x62757366, m_draws++);
}
double SimulatedBus::nextUnit() {
    return unit(next());
}

void SimulatedBus::applyLineFaults(std::vector<std::uint8_t>& reply) {
    const auto& f = m_config.faults;
    if (f.duplicateRate > 0 && nextUnit() < f.duplicateRate) {
        const auto copy = reply;
        reply.insert(reply.end(), copy.begin(), copy.end());
    }
    if (f.dropRate > 0)
        std::erase_if(reply, [&](std::uint8_t) { return nextUnit() < f.dropRate; });
    if (f.bitErrorRate > 0)
        std::erase_if(reply, [&](std::uint8_t& b) { return flipBits(b); });
}

bool SimulatedBus::flipBits(std::uint8_t& byte) {
    const double rate = m_config.faults.bitErrorRate;
    bool parityWrong = false;
    for (int bit = 0; bit < 8; ++bit)
        if (nextUnit() < rate) {
            byte = std::uint8_t(byte ^ (1u << bit));
            parityWrong = !parityWrong;
        }
    if (nextUnit() < rate) // the parity bit itself
        parityWrong = !parityWrong;
    // A start or stop bit turned around: the UART sees a framing error.
    const bool startWrong = nextUnit() < rate;
    const bool stopWrong = nextUnit() < rate;
    const bool framingWrong = startWrong || stopWrong;
    return m_config.receiverChecksParity && (parityWrong || framingWrong);
}

std::vector<ScheduledByte> SimulatedBus::receive(std::vector<Char> chars) const {
    // The master's UART: it locks on the earliest start bit, samples one character time, and
    // whatever else transmits meanwhile is ANDed in, shifted by how many bits later it started.
    std::stable_sort(chars.begin(), chars.end(),
                     [](const Char& a, const Char& b) { return a.start < b.start; });
    const Micros ct = characterMicros();
    const Micros bit = std::max<Micros>(1, ct / 11);
    std::vector<ScheduledByte> out;
    out.reserve(chars.size());
    std::size_t i = 0;
    while (i < chars.size()) {
        const Micros start = chars[i].start;
        std::uint8_t value = chars[i].byte;
        std::size_t j = i + 1;
        for (; j < chars.size() && chars[j].start < start + ct; ++j) {
            const auto shift = static_cast<unsigned>(std::min<Micros>(8, (chars[j].start - start) / bit));
            const unsigned other = (unsigned(chars[j].byte) << shift) | ((1u << shift) - 1u);
            value = std::uint8_t(value & other);
        }
        out.push_back({start + ct, value});
        i = j;
    }
    return out;
}

std::vector<ScheduledByte> SimulatedBus::transmit(std::span<const std::uint8_t> request, Micros at) {
    const Micros ct = characterMicros();
    const Micros bitMicros = ct / 11;
    std::vector<ScheduledByte> out;
    const bool dead = m_config.faults.noLoad; // nothing on the line: no echo, no answer
    m_counters.bytesIn += request.size();
    if (m_config.echo && !dead)
        for (std::size_t i = 0; i < request.size(); ++i)
            out.push_back({at + Micros(i + 1) * ct, request[i]});

    std::vector<Char> chars;
    std::size_t offset = 0;
    while (offset < request.size()) {
        const auto rest = request.subspan(offset);
        std::size_t size = 0;
        bool isMbus = false;
        if (const auto m = mbus::parseFrame(rest); const auto* f = std::get_if<mbus::Frame>(&m)) {
            size = f->size;
            isMbus = true;
        } else if (const auto c = cjt188::parseFrame(rest); const auto* g = std::get_if<cjt188::Frame>(&c)) {
            size = g->size;
        } else {
            ++offset; // not a frame with a good checksum: every meter ignores the byte
            continue;
        }
        const auto frame = rest.first(size);
        offset += size;
        ++m_counters.requests;
        if (dead)
            continue;
        bool answered = false;
        const Micros frameEnd = at + Micros(offset) * ct;
        if (m_config.faults.overload) {
            // A short circuit pulls the line down: meters hear no request, and the master's
            // receiver reads noise after most requests, whatever address they went to (a 0 bit
            // wins, so the bytes lean towards zero), nothing after the rest.
            if (next() % 4 != 0) {
                const Micros first = frameEnd + 11 * bitMicros + Micros(next() % 20000);
                const std::size_t count = 1 + next() % 8;
                for (std::size_t i = 0; i < count; ++i)
                    chars.push_back({first + Micros(i) * ct, std::uint8_t(next() & next() & 0xFF), -1});
                answered = true;
            }
            m_counters.answered += answered;
            continue;
        }
        const SimSeconds now = wallTime(frameEnd);
        for (std::size_t k = 0; k < m_meters.size(); ++k) {
            Meter& meter = *m_meters[k];
            std::optional<std::vector<std::uint8_t>> reply;
            // The meter processes the frame (selection, FCB) even when a fault keeps it quiet.
            if (isMbus && meter.mbus)
                reply = meter.mbus->handle(frame, now);
            else if (!isMbus && meter.cjt188)
                reply = meter.cjt188->handle(frame, now);
            if (!reply || reply->empty() || meter.faults.silent)
                continue;
            applyLineFaults(*reply);
            // EN 13757-2 window: 11 bit times .. 330 bit times + 50 ms after the request.
            const Micros minDelay = 11 * bitMicros;
            const Micros maxDelay = 330 * bitMicros + 50000;
            const Micros delay =
                std::clamp<Micros>(Micros(meter.responseDelayMs()) * 1000, minDelay, maxDelay) +
                Micros(meter.faults.extraDelayMs) * 1000;
            const Micros first = frameEnd + delay;
            for (std::size_t i = 0; i < reply->size(); ++i)
                chars.push_back({first + Micros(i) * ct, (*reply)[i], int(k)});
            answered = true;
        }
        m_counters.answered += answered;
    }
    auto received = receive(std::move(chars));
    out.insert(out.end(), received.begin(), received.end());
    std::stable_sort(out.begin(), out.end(),
                     [](const ScheduledByte& a, const ScheduledByte& b) { return a.at < b.at; });
    m_counters.bytesOut += out.size();
    if (m_observer)
        m_observer(request, out);
    return out;
}

} // namespace heatdesk::sim
