// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ConfigRepository.h"

#include <QList>
#include <QStringList>

namespace heatdesk::config {

// What a meter's configuration must satisfy before it is stored: the number as the protocol
// prints it, addresses a bus can use, a known model profile and medium. One set of rules for the
// meter dialog and the CSV import. Problems are values, so the dialog words them in the user's
// language and the import in its report.
enum class MeterField : quint8 { Number, PrimaryAddress, SecondaryAddress, Profile, Medium, InstalledOn };

enum class MeterIssue : quint8 {
    UnknownProtocol,     // not mbus or cjt188
    NumberNotMbus,       // M-Bus: 8 decimal digits
    NumberNotCjt188,     // CJ/T 188: 14 hex digits, not the broadcast address
    PrimaryOutOfRange,   // 0..250
    PrimaryNotForCjt188, // CJ/T 188 meters are addressed by number only
    SecondaryMalformed,  // 16 hex digits: id, manufacturer, version, medium; no wildcards
    SecondaryOtherId,    // its id part is not the meter number
    SecondaryNotForCjt188,
    ProfileNotForMbus, // model profiles describe CJ/T 188 dialects
    ProfileUnknown,
    MediumUnknown,
    InstalledOnNotDate, // YYYY-MM-DD
};

struct MeterProblem {
    MeterField field;
    MeterIssue issue;
};

// Trimmed fields, hex digits in upper case: the form stored and compared.
store::MeterConfig normalizedMeter(store::MeterConfig meter);

// Every problem of `meter` (normalised first by the caller); `profiles` are the names the
// profile store knows.
QList<MeterProblem> checkMeter(const store::MeterConfig& meter, const QStringList& profiles);

// The problem in English words ("primary address 300 is not 0..250"), for files and logs.
QString describe(const MeterProblem& problem, const store::MeterConfig& meter);

// Medium names the meters table takes: EN 13757-3 device types and CJ/T 188 meter types in
// snake_case. commonMedia() are the ones a heat-metering office meets, first in the dialog.
const QStringList& knownMedia();
const QStringList& commonMedia();

} // namespace heatdesk::config
