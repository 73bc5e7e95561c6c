// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string_view>

namespace heatdesk::mbus {

// Why a frame or telegram could not be decoded. The names (see errorCodeName) are part of the
// heatdesk-cli contract (shared/docs/cli.md): never rename one.
enum class ErrorCode {
    Empty,            // no bytes at all
    NotHex,           // input text is not hex (reported by the text layer)
    OddDigits,        // input text has an odd number of hex digits
    TooShort,         // fewer bytes than the smallest frame of this kind
    BadStart,         // first byte is not E5, 10 or 68, or the second 68 is missing
    LengthMismatch,   // the two L fields differ, or L does not fit the bytes given
    Checksum,         // arithmetic sum over C..data differs from CS
    BadStop,          // the byte after CS is not 16
    TrailingBytes,    // bytes after the last frame that form no frame
    TruncatedHeader,  // CI announces a header that the frame does not hold
    TruncatedRecord,  // a data record runs past the end of the telegram
    TooManyDife,      // more than 10 DIFE in one record
    TooManyVife,      // more than 10 VIFE in one record
    BadLvar,          // a variable-length data field with a reserved LVAR value
    ReservedDif,      // DIF 3F..6F: reserved special function, the rest cannot be parsed
    UnsupportedCi,    // CI field this decoder does not know
    ApplicationError, // the meter answered CI 70: it reports a failure
    NotLongFrame,     // application data asked of a frame that carries none
    MixedTelegrams,   // a multi-telegram sequence from different meters
    TooManyTelegrams, // a multi-telegram sequence longer than any meter sends
    UnknownProtocol,  // bytes that are neither EN 13757-2 nor CJ/T 188
    // CJ/T 188 (core/cjt188). The link-layer failures it shares with EN 13757-2 use the codes
    // above: length_mismatch, checksum, bad_stop, trailing_bytes.
    NoStart,       // no 68 start byte after the FE preamble at all (line noise)
    Truncated,     // the frame stops before the 13 + L bytes its L field announces
    NotCjt188,     // the bytes validate as another 68-framed protocol (EN 13757-2, DL/T 645)
    BadPayload,    // DATA too short for its DI, or a payload that cannot be read
    AbnormalReply, // the meter answered with the abnormal bit (D6) set: it refused the request
};

std::string_view errorCodeName(ErrorCode code);

// An error is a value: what went wrong, and where (byte offset into the frame or the input).
struct DecodeError {
    ErrorCode code = ErrorCode::Empty;
    std::size_t offset = 0;
    // Static text that says what was expected; the caller adds the offset when it prints it.
    std::string_view message;
    // Extra number for some codes (the meter's error code for ApplicationError), or -1.
    int detail = -1;
};

} // namespace heatdesk::mbus
