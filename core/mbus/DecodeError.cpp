// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbus/DecodeError.h"

namespace heatdesk::mbus {

std::string_view errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::Empty:
        return "empty";
    case ErrorCode::NotHex:
        return "not_hex";
    case ErrorCode::OddDigits:
        return "odd_digits";
    case ErrorCode::TooShort:
        return "too_short";
    case ErrorCode::BadStart:
        return "bad_start";
    case ErrorCode::LengthMismatch:
        return "length_mismatch";
    case ErrorCode::Checksum:
        return "checksum";
    case ErrorCode::BadStop:
        return "bad_stop";
    case ErrorCode::TrailingBytes:
        return "trailing_bytes";
    case ErrorCode::TruncatedHeader:
        return "truncated_header";
    case ErrorCode::TruncatedRecord:
        return "truncated_record";
    case ErrorCode::TooManyDife:
        return "too_many_dife";
    case ErrorCode::TooManyVife:
        return "too_many_vife";
    case ErrorCode::BadLvar:
        return "bad_lvar";
    case ErrorCode::ReservedDif:
        return "reserved_dif";
    case ErrorCode::UnsupportedCi:
        return "unsupported_ci";
    case ErrorCode::ApplicationError:
        return "application_error";
    case ErrorCode::NotLongFrame:
        return "not_long_frame";
    case ErrorCode::MixedTelegrams:
        return "mixed_telegrams";
    case ErrorCode::TooManyTelegrams:
        return "too_many_telegrams";
    case ErrorCode::UnknownProtocol:
        return "unknown_protocol";
    case ErrorCode::NoStart:
        return "no_start";
    case ErrorCode::Truncated:
        return "truncated";
    case ErrorCode::NotCjt188:
        return "not_cjt188";
    case ErrorCode::BadPayload:
        return "bad_payload";
    case ErrorCode::AbnormalReply:
        return "abnormal_reply";
    }
    return "unknown";
}

} // namespace heatdesk::mbus
