// SPDX-License-Identifier: GPL-3.0-or-later
// Every frame of tests/data/cjt188/examples.txt (shared/docs/cjt188.md §4) decoded and checked
// against every field the reference decoder printed; negative frames rejected with the right code.
// The file is parsed here, so a new block in it is a new test case without a code change.
#include "cjt188/HeatReadingMapper.h"
#include "cjt188/Message.h"
#include "text/HexText.h"

#include <cmath>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <sstream>

namespace {

using namespace heatdesk;
using namespace heatdesk::cjt188;

struct Example {
    std::string id;
    std::string title;
    std::string hex;
    std::string rejected;                     // "BAD_CHECKSUM: CS on wire 97, calculated 96" or empty
    std::map<std::string, std::string> field; // "payload/current_heat/value" -> "1300.05"
};

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(' ');
    const auto e = s.find_last_not_of(' ');
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::vector<Example> loadExamples() {
    std::ifstream in(HEATDESK_TEST_DATA_DIR "/cjt188/examples.txt");
    std::vector<Example> out;
    std::string line;
    Example* cur = nullptr;
    std::vector<std::pair<int, std::string>> stack; // indentation, key
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        if (line.rfind("=====", 0) == 0) {
            out.emplace_back();
            cur = &out.back();
            stack.clear();
            continue;
        }
        if (!cur)
            continue;
        if (cur->id.empty()) {
            const auto sp = line.find(' ');
            cur->id = line.substr(0, sp);
            cur->title = line.substr(sp + 1);
            continue;
        }
        if (line.rfind("source:", 0) == 0)
            continue;
        if (line.rfind("hex:", 0) == 0) {
            cur->hex = trim(line.substr(4));
            continue;
        }
        const int indent = static_cast<int>(line.find_first_not_of(' '));
        const std::string body = line.substr(static_cast<std::size_t>(indent));
        if (body.rfind("REJECTED -> ", 0) == 0) {
            cur->rejected = body.substr(12);
            continue;
        }
        const auto colon = body.find(':');
        if (colon == std::string::npos)
            continue;
        const std::string key = body.substr(0, colon);
        const std::string value = trim(body.substr(colon + 1));
        while (!stack.empty() && stack.back().first >= indent)
            stack.pop_back();
        std::string path;
        for (const auto& [i, k] : stack)
            path += k + "/";
        path += key;
        if (value.empty())
            stack.emplace_back(indent, key);
        else
            cur->field[path] = value;
    }
    return out;
}

std::string hexOf(std::span<const std::uint8_t> b) {
    std::string s;
    char buf[4];
    for (std::size_t i = 0; i < b.size(); ++i) {
        std::snprintf(buf, sizeof buf, i ? " %02X" : "%02X", b[i]);
        s += buf;
    }
    return s;
}

std::string hexByte(unsigned b) {
    char buf[4];
    std::snprintf(buf, sizeof buf, "%02X", b);
    return buf;
}

std::string decimalText(std::uint64_t digits, int decimals) {
    std::string s = std::to_string(digits);
    if (decimals == 0)
        return s;
    if (s.size() <= static_cast<std::size_t>(decimals))
        s.insert(0, static_cast<std::size_t>(decimals) + 1 - s.size(), '0');
    s.insert(s.size() - static_cast<std::size_t>(decimals), ".");
    return s;
}

std::string timeText(const std::optional<reading::MeterTime>& t) {
    if (!t)
        return "0000-00-00 00:00:00";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d", t->year, t->month, t->day, t->hour,
                  t->minute, t->second);
    return buf;
}

unsigned firstHex(const std::string& v) {
    return static_cast<unsigned>(std::stoul(v.substr(0, v.find(' ')), nullptr, 16));
}

bool isTrue(const std::string& v) {
    return v == "True";
}

// Parses "1234.56 kWh", "30 kW", "4.44 GJ" into canonical units of the protocol layer.
double canonicalOf(const std::string& v, Quantity& q) {
    std::istringstream in(v);
    double number = 0;
    std::string unit;
    in >> number >> unit;
    if (unit == "kWh") {
        q = Quantity::Energy;
        return number * 1e3;
    }
    if (unit == "MWh") {
        q = Quantity::Energy;
        return number * 1e6;
    }
    if (unit == "GJ") {
        q = Quantity::Energy;
        return number * 1e9 / 3600;
    }
    if (unit == "kW") {
        q = Quantity::Power;
        return number;
    }
    if (unit == "m3") {
        q = Quantity::Volume;
        return number;
    }
    if (unit == "m3/h") {
        q = Quantity::Flow;
        return number;
    }
    ADD_FAILURE() << "unexpected normalised unit " << unit;
    return 0;
}

MeterProfile profileFor(const Example& e) {
    MeterProfile p;
    if (e.title.find("--unit-first no") != std::string::npos)
        p.unitPosition = UnitPosition::ValueFirst;
    if (e.title.find("--bcd-order be") != std::string::npos)
        p.valueOrder = ByteOrder::MsbFirst;
    return p;
}

ErrorCode codeFor(const std::string& name) {
    static const std::map<std::string, ErrorCode> codes{
        {"BAD_CHECKSUM", ErrorCode::Checksum}, {"LENGTH_MISMATCH", ErrorCode::LengthMismatch},
        {"TRUNCATED", ErrorCode::Truncated},   {"BAD_END", ErrorCode::BadStop},
        {"NO_START", ErrorCode::NoStart},      {"NOT_CJT188", ErrorCode::NotCjt188},
    };
    const auto it = codes.find(name);
    if (it == codes.end()) {
        ADD_FAILURE() << "unknown rejection " << name;
        return ErrorCode::Empty;
    }
    return it->second;
}

// Checks the fields under `prefix` of a 4+1 value and marks them used.
class Checker {
public:
    Checker(const Example& e)
        : m_e(e) {}

    bool has(const std::string& key) const { return m_e.field.count(key) != 0; }
    const std::string& get(const std::string& key) {
        m_used.insert(key);
        static const std::string empty;
        const auto it = m_e.field.find(key);
        EXPECT_NE(it, m_e.field.end()) << m_e.id << ": missing " << key;
        return it == m_e.field.end() ? empty : it->second;
    }
    void use(const std::string& key) { m_used.insert(key); }

    void measured(const std::string& prefix, const MeasuredValue& v) {
        const std::string raw = get(prefix + "/raw");
        EXPECT_EQ(raw, hexOf(v.valueBytes) + " | " + hexByte(v.unitCode)) << m_e.id << " " << prefix;
        const std::string value = get(prefix + "/value");
        if (value.rfind("non-BCD", 0) == 0)
            EXPECT_FALSE(v.bcdValid) << m_e.id << " " << prefix;
        else
            EXPECT_EQ(decimalText(v.digits, v.decimals), value) << m_e.id << " " << prefix;
        const std::string unit = get(prefix + "/unit");
        const auto info = unitInfo(v.unitCode);
        if (unit.rfind("unknown-unit", 0) == 0)
            EXPECT_FALSE(info) << m_e.id << " " << prefix;
        else
            EXPECT_TRUE(info && info->symbol == unit) << m_e.id << " " << prefix << " unit " << unit;
        if (has(prefix + "/normalised")) {
            Quantity q = Quantity::Unknown;
            const double expected = canonicalOf(get(prefix + "/normalised"), q);
            ASSERT_TRUE(v.canonical) << m_e.id << " " << prefix;
            EXPECT_EQ(v.unitQuantity(), q) << m_e.id << " " << prefix;
            // The reference prints six significant digits.
            EXPECT_NEAR(*v.canonical, expected, std::max(1e-9, std::abs(expected) * 5e-6))
                << m_e.id << " " << prefix;
        } else {
            EXPECT_FALSE(v.canonical) << m_e.id << " " << prefix;
        }
    }

    void number(const std::string& prefix, const BcdNumber& n, std::span<const std::uint8_t> raw) {
        EXPECT_EQ(get(prefix + "/raw"), hexOf(raw)) << m_e.id << " " << prefix;
        ASSERT_TRUE(n.valid) << m_e.id << " " << prefix;
        EXPECT_EQ(get(prefix + "/value"), decimalText(n.digits, n.decimals)) << m_e.id << " " << prefix;
    }

    void status(const std::string& prefix, const Status& st) {
        EXPECT_EQ(get(prefix + "/raw"), hexByte(st.first) + " " + hexByte(st.second)) << m_e.id;
        EXPECT_EQ(get(prefix + "/valve(D1D0)"), std::string(valveStateName(st.valve()))) << m_e.id;
        EXPECT_EQ(get(prefix + "/battery(D2)"), st.batteryLow() ? "LOW" : "normal") << m_e.id;
        EXPECT_EQ(get(prefix + "/vendor_bits(D3..D7)"), hexByte(st.vendorBits())) << m_e.id;
        EXPECT_EQ(get(prefix + "/vendor_byte2(D8..D15)"), hexByte(st.second)) << m_e.id;
    }

    void clock(const std::string& prefix, const MeterClock& c) {
        EXPECT_EQ(get(prefix + "real_time"), timeText(c.time)) << m_e.id;
        const std::string enc = get(prefix + "time_encoding");
        ClockEncoding expected = ClockEncoding::Invalid;
        if (enc.rfind("all zero", 0) == 0)
            expected = ClockEncoding::NotSet;
        else if (enc.rfind("BINARY", 0) == 0)
            expected = ClockEncoding::Binary;
        else if (enc.find("MSB first") != std::string::npos)
            expected = ClockEncoding::BcdMsbFirst;
        else if (enc.find("LSB first") != std::string::npos)
            expected = ClockEncoding::BcdLsbFirst;
        EXPECT_EQ(c.encoding, expected) << m_e.id << " " << enc;
    }

    template <typename Data>
    void unitPosition(const Data& d) {
        if (!has("payload/unit_position")) {
            EXPECT_FALSE(d.unitPositionDetected) << m_e.id;
            return;
        }
        const std::string v = get("payload/unit_position");
        EXPECT_TRUE(d.unitPositionDetected) << m_e.id;
        const bool unitFirst = v.find("UNIT FIRST") != std::string::npos;
        EXPECT_EQ(d.unitPosition, unitFirst ? UnitPosition::UnitFirst : UnitPosition::ValueFirst) << m_e.id;
        int vf = -1, uf = -1;
        const auto p = v.find("value-then-unit ");
        const auto q = v.find("unit-then-value ");
        ASSERT_NE(p, std::string::npos);
        ASSERT_NE(q, std::string::npos);
        vf = std::stoi(v.substr(p + 16));
        uf = std::stoi(v.substr(q + 16));
        EXPECT_EQ(d.plausibleValueFirst, vf) << m_e.id;
        EXPECT_EQ(d.plausibleUnitFirst, uf) << m_e.id;
    }

    void warnings(std::uint32_t w) {
        std::uint32_t expected = 0;
        if (has("payload/plausibility_warnings")) {
            const std::string v = get("payload/plausibility_warnings");
            if (v.find("supply_temp_C > 150") != std::string::npos)
                expected |= warning::SupplyImplausible;
            if (v.find("return_temp_C > 150") != std::string::npos)
                expected |= warning::ReturnImplausible;
            if (v.find("time is MSB-first while numbers are decoded LSB-first") != std::string::npos)
                expected |= warning::TimeOrderDiffers;
        }
        EXPECT_EQ(w & (warning::SupplyImplausible | warning::ReturnImplausible | warning::TimeOrderDiffers),
                  expected)
            << m_e.id;
    }

    void allUsed() {
        for (const auto& [key, value] : m_e.field)
            EXPECT_TRUE(m_used.count(key)) << m_e.id << ": field not checked: " << key << " = " << value;
    }

private:
    const Example& m_e;
    std::set<std::string> m_used;
};

void checkHeat(Checker& c, const HeatData& h, std::span<const std::uint8_t> payload, const Message& m,
               const MeterProfile& profile) {
    EXPECT_EQ(c.get("payload/layout").rfind("heat 901F (43 bytes)", 0), 0u);
    c.unitPosition(h);
    c.measured("payload/settlement_day_heat", h.settlementEnergy);
    c.measured("payload/current_heat", h.currentEnergy);
    c.measured("payload/heat_power", h.power);
    c.measured("payload/flow_rate", h.flow);
    c.measured("payload/cumulative_flow", h.volume);
    c.number("payload/supply_temp_C", h.supplyC, payload.subspan(25, 3));
    c.number("payload/return_temp_C", h.returnC, payload.subspan(28, 3));
    c.number("payload/cumulative_working_time_h", h.operatingHours, payload.subspan(31, 3));
    c.clock("payload/", h.clock);
    c.status("payload/ST", h.status);
    c.warnings(h.warnings);

    // The common reading carries the same values in kWh.
    reading::HeatReading r;
    ASSERT_TRUE(toHeatReading(m, m.frame.data, r, profile));
    if (h.currentEnergy.canonical && h.currentEnergy.unitQuantity() == Quantity::Energy)
        EXPECT_NEAR(*r.energyKwh, *h.currentEnergy.canonical / 1000, 1e-9);
    EXPECT_EQ(r.valve, h.status.valve());
    EXPECT_EQ(r.batteryLow, h.status.batteryLow());
    EXPECT_EQ(r.meterTime, h.clock.time);
    EXPECT_EQ(r.operatingSeconds, std::int64_t(h.operatingHours.digits) * 3600);
}

void checkWater(Checker& c, const WaterData& w, const Message& m) {
    EXPECT_EQ(c.get("payload/layout").rfind("water/gas 901F (19 bytes)", 0), 0u);
    c.unitPosition(w);
    c.measured("payload/current_cumulative_flow", w.currentVolume);
    c.measured("payload/settlement_day_cumulative_flow", w.settlementVolume);
    c.clock("payload/", w.clock);
    c.status("payload/ST", w.status);
    c.warnings(w.warnings);
    reading::HeatReading r;
    ASSERT_TRUE(toHeatReading(m, m.frame.data, r));
    EXPECT_EQ(r.volumeM3, w.currentVolume.canonical);
    EXPECT_EQ(r.settlementVolumeM3, w.settlementVolume.canonical);
    EXPECT_FALSE(r.energyKwh);
}

void checkPositive(const Example& e) {
    const auto bytes = text::parseHex(e.hex).bytes;
    const MeterProfile profile = profileFor(e);
    auto decoded = decodeMessage(bytes, profile);
    if (auto* err = std::get_if<mbus::DecodeError>(&decoded))
        FAIL() << e.id << ": " << mbus::errorCodeName(err->code) << " " << err->message;
    const Message& m = std::get<Message>(decoded);
    const Frame& f = m.frame;
    Checker c(e);

    EXPECT_EQ(c.get("kind"), "CJ/T 188");
    EXPECT_EQ(std::stoul(c.get("preamble_FE")), f.preamble) << e.id;
    EXPECT_EQ(firstHex(c.get("T")), f.meterType) << e.id;
    EXPECT_EQ(c.get("address_wire(A0..A6)"), hexOf(f.address.wire)) << e.id;
    EXPECT_EQ(c.get("address_display(A6..A0)"), f.address.toText()) << e.id;
    const std::string note = c.get("address_note");
    if (note == "broadcast/wildcard")
        EXPECT_TRUE(f.address.isBroadcast()) << e.id;
    else
        EXPECT_EQ(note, "manufacturer code A6A5=" + f.address.toText().substr(0, 4) +
                            ", serial A4..A0=" + f.address.toText().substr(4))
            << e.id;
    EXPECT_EQ(firstHex(c.get("C")), f.control.raw) << e.id;
    EXPECT_EQ(c.get("C.D7_direction"),
              f.control.isResponse() ? "slave->master (response)" : "master->slave (request)")
        << e.id;
    EXPECT_EQ(isTrue(c.get("C.D6_abnormal")), f.control.isAbnormal()) << e.id;
    EXPECT_EQ(isTrue(c.get("C.D5")), f.control.followUp()) << e.id;
    const std::string function = c.get("C.function");
    EXPECT_EQ(firstHex(function), f.control.function()) << e.id;
    EXPECT_EQ(function.find("vendor") != std::string::npos, functionName(f.control.function()) == "vendor")
        << e.id;
    EXPECT_EQ(firstHex(c.get("L")), f.length) << e.id;
    const std::string cs = c.get("CS");
    EXPECT_EQ(cs, hexByte(f.checksum) + " ok") << e.id;

    if (c.has("abnormal/SER")) {
        ASSERT_TRUE(m.abnormal) << e.id;
        EXPECT_EQ(firstHex(c.get("abnormal/SER")), m.ser) << e.id;
        ASSERT_TRUE(m.abnormal->status);
        c.status("abnormal/ST", *m.abnormal->status);
        EXPECT_EQ(c.get("abnormal/form").rfind("SER + ST", 0), 0u);
        EXPECT_EQ(m.abnormal->form, AbnormalReply::Form::SerStatus);
        const auto err = abnormalError(m);
        EXPECT_EQ(err.code, ErrorCode::AbnormalReply);
        EXPECT_EQ(err.detail, m.abnormal->status->value());
        c.allUsed();
        return;
    }
    EXPECT_FALSE(m.abnormal) << e.id;

    ASSERT_TRUE(m.hasDi) << e.id;
    EXPECT_EQ(firstHex(c.get("DI")), m.di.di) << e.id;
    EXPECT_TRUE(m.di.known) << e.id;
    const std::string order = c.get("DI_wire_order");
    EXPECT_EQ(m.di.order,
              order.find("low byte first") != std::string::npos ? DiOrder::LowFirst : DiOrder::HighFirst)
        << e.id;
    EXPECT_EQ(firstHex(c.get("SER")), m.ser) << e.id;

    const auto payload = f.data.subspan(3);
    if (const auto* h = std::get_if<HeatData>(&m.payload)) {
        checkHeat(c, *h, payload, m, profile);
    } else if (const auto* w = std::get_if<WaterData>(&m.payload)) {
        checkWater(c, *w, m);
    } else if (c.has("payload")) {
        EXPECT_EQ(c.get("payload"), "(none)");
        EXPECT_TRUE(std::holds_alternative<std::monostate>(m.payload)) << e.id;
    } else if (c.has("payload/note")) {
        EXPECT_EQ(c.get("payload/note"), "address carried only in the header A0..A6");
        EXPECT_TRUE(std::holds_alternative<std::monostate>(m.payload)) << e.id;
    } else if (c.has("payload/valve_command")) {
        const auto* v = std::get_if<ValveCommand>(&m.payload);
        ASSERT_TRUE(v) << e.id;
        const std::string cmd = c.get("payload/valve_command");
        EXPECT_EQ(firstHex(cmd), v->code);
        EXPECT_EQ(v->target, cmd.find("close") != std::string::npos ? reading::ValveState::Closed
                                                                    : reading::ValveState::Open);
    } else if (c.has("payload/ST/raw")) {
        const auto* s = std::get_if<StatusReply>(&m.payload);
        ASSERT_TRUE(s) << e.id;
        c.status("payload/ST", s->status);
    } else if (c.has("payload/settlement_value/raw")) {
        const auto* h = std::get_if<HistoryValue>(&m.payload);
        ASSERT_TRUE(h) << e.id;
        EXPECT_EQ(h->monthsAgo, m.di.di - di::History1 + 1);
        c.measured("payload/settlement_value", h->value);
    } else {
        ADD_FAILURE() << e.id << ": payload kind not recognised";
    }
    c.allUsed();
}

void checkNegative(const Example& e) {
    const auto bytes = text::parseHex(e.hex).bytes;
    auto decoded = decodeMessage(bytes);
    const auto* err = std::get_if<mbus::DecodeError>(&decoded);
    ASSERT_TRUE(err) << e.id << " was accepted";
    const std::string name = e.rejected.substr(0, e.rejected.find(':'));
    EXPECT_EQ(err->code, codeFor(name)) << e.id << ": got " << mbus::errorCodeName(err->code);
    const auto calc = e.rejected.find("calculated ");
    if (err->code == ErrorCode::Checksum && calc != std::string::npos)
        EXPECT_EQ(err->detail, static_cast<int>(std::stoul(e.rejected.substr(calc + 11, 2), nullptr, 16)))
            << e.id;
}

// Readable names in failure messages instead of a byte dump.
void PrintTo(const Example& e, std::ostream* os) {
    *os << e.id;
}

class Cjt188Examples : public ::testing::TestWithParam<Example> {};

TEST_P(Cjt188Examples, DecodesAsDocumented) {
    const Example& e = GetParam();
    ASSERT_FALSE(e.hex.empty()) << e.id;
    if (e.rejected.empty())
        checkPositive(e);
    else
        checkNegative(e);
}

std::string exampleName(const ::testing::TestParamInfo<Example>& info) {
    return info.param.id;
}

INSTANTIATE_TEST_SUITE_P(ExamplesTxt, Cjt188Examples, ::testing::ValuesIn(loadExamples()), exampleName);

TEST(Cjt188ExamplesFile, HoldsAllThirtyEightFrames) {
    const auto examples = loadExamples();
    EXPECT_EQ(examples.size(), 38u);
    int negatives = 0;
    for (const auto& e : examples)
        negatives += !e.rejected.empty();
    EXPECT_EQ(negatives, 10);
}

} // namespace
