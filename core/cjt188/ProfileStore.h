// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cjt188/MeterProfile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace heatdesk::cjt188 {

// Meter-model profiles as data. One JSON object per file (*.json), for example:
//   {"name": "jy-unit-first", "description": "...", "preamble_count": 4, "di_order": "high_first",
//    "unit_position": "unit_first", "value_order": "lsb_first", "time_encoding": "auto",
//    "status_swapped": false, "flow_decimals": 4, "first_energy_is_cooling": false, "plus33": false,
//    "request_meter_type": "20", "valve_open_code": "55", "valve_close_code": "99",
//    "response_timeout_ms": 2000, "retries": 2, "baud": 2400}
// Every key but "name" is optional and defaults to the default profile's value. Hex bytes are
// strings ("20") or numbers. The shipped files live in resources/cjt188-profiles/; a technician adds
// a file to a directory the application loads (see standardDirectories) and restarts, no rebuild.
class ProfileStore {
public:
    // Holds the built-in "default" profile from the start.
    ProfileStore();

    // Reads one profile. Unknown keys are errors (a typo must not silently fall back to a default).
    static std::optional<MeterProfile> parse(const QByteArray& json, QString* error = nullptr);
    static QByteArray toJson(const MeterProfile& profile);

    // Adds (or replaces, by name) every *.json profile in `directory`, in file-name order. Files
    // that do not parse are skipped and listed in errors(). Returns how many were added.
    int loadDirectory(const QString& directory);
    void add(MeterProfile profile);

    [[nodiscard]] const MeterProfile* find(const std::string& name) const;
    // The named profile, or the default one when the name is unknown.
    [[nodiscard]] const MeterProfile& profileOrDefault(const std::string& name) const;
    [[nodiscard]] std::vector<std::string> names() const;
    [[nodiscard]] const QStringList& errors() const { return m_errors; }

    // Where profiles are looked for, in load order (later ones override earlier ones): the shipped
    // <app dir>/../share/heatdesk/cjt188-profiles, the user's application-data folder
    // "cjt188-profiles", and $HEATDESK_CJT188_PROFILES.
    static QStringList standardDirectories();

private:
    std::map<std::string, MeterProfile> m_profiles;
    QStringList m_errors;
};

} // namespace heatdesk::cjt188
