// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mbus/DataRecord.h"
#include "mbus/Telegram.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace heatdesk::mbus {

// The data information block of a record: what DIF and DIFEs say besides the data coding.
struct Dib {
    RecordFunction function = RecordFunction::Instantaneous;
    std::uint64_t storage = 0; // 0..2^41-1: bit 0 in the DIF, 4 bits per DIFE
    std::uint32_t tariff = 0;  // 2 bits per DIFE
    std::uint16_t subunit = 0; // 1 bit per DIFE
};

// The meter side of EN 13757-3: writes records into the user data of an RSP_UD. It exists so
// that the simulator and the tests speak the same wire format as real meters, built from the
// same tables the decoder reads; decodeFrames of its output gives back what was written.
// VIF bytes are passed as on the wire (VIF, then any VIFEs, FB/FD extension codes included)
// because real meters differ exactly there and the layouts are copied from real telegrams.
// Values that do not fit their field are refused (the encoder returns false and writes nothing).
class TelegramEncoder {
public:
    // CI 72 header: identification (BCD digits as a number, e.g. 0x66660205), manufacturer, version,
    // medium, access number, status; signature 0.
    void setLongHeader(std::uint32_t idBcd, std::uint16_t manufacturer, std::uint8_t version,
                       std::uint8_t medium, std::uint8_t access, std::uint8_t status);
    void clearRecords() { m_records.clear(); }

    // BCD (type A), `bytes` 1, 2, 3, 4 or 6; negative numbers carry F in the top nibble.
    bool addBcd(const Dib& dib, std::span<const std::uint8_t> vib, std::int64_t value, int bytes);
    // Binary two's complement (type B), `bytes` 1, 2, 3, 4, 6 or 8.
    bool addInt(const Dib& dib, std::span<const std::uint8_t> vib, std::int64_t value, int bytes);
    // IEEE 754 single (type H).
    bool addReal(const Dib& dib, std::span<const std::uint8_t> vib, float value);
    // Date (type G, 2 bytes) and date with time to the minute (type F, 4 bytes).
    bool addDateG(const Dib& dib, std::span<const std::uint8_t> vib, const TimePoint& t);
    bool addDateTimeF(const Dib& dib, std::span<const std::uint8_t> vib, const TimePoint& t);
    // DIF 0F (last telegram) or 1F (more records follow in the next telegram), with its bytes.
    void addManufacturerData(std::span<const std::uint8_t> bytes, bool moreFollows);
    // Bytes as they stand: idle filler 2F, or a record copied from a real telegram.
    void addRaw(std::span<const std::uint8_t> bytes);

    // CI header + records: the user data of the long frame (CI excluded).
    [[nodiscard]] std::vector<std::uint8_t> userData() const;
    // A complete RSP_UD (C = 08, or 18/28/38 with ACD/DFC). Nothing when the records overflow
    // one frame (252 bytes of user data).
    [[nodiscard]] std::optional<std::vector<std::uint8_t>> rspUd(std::uint8_t address,
                                                                 std::uint8_t c = 0x08) const;

private:
    bool addRecord(const Dib& dib, std::uint8_t coding, std::span<const std::uint8_t> vib,
                   std::span<const std::uint8_t> data);

    std::array<std::uint8_t, 12> m_header{};
    std::vector<std::uint8_t> m_records;
};

// Encoders for the EN 13757-3 Annex A types. A year outside 2000..2099 (or a field out of range)
// is written with the type's invalid marks rather than as a wrong date.
std::array<std::uint8_t, 2> encodeTypeG(const TimePoint& t);
std::array<std::uint8_t, 4> encodeTypeF(const TimePoint& t);
// `value` as `bytes` BCD bytes, least significant first; false when it does not fit.
bool encodeBcd(std::int64_t value, std::span<std::uint8_t> bytes);

} // namespace heatdesk::mbus
