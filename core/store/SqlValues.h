// SPDX-License-Identifier: GPL-3.0-or-later
// Binding values for the repositories' queries, in one place so every repository binds absent
// values and empty texts the same way.
#pragma once

#include <QString>
#include <QVariant>
#include <optional>
#include <type_traits>

namespace heatdesk::store {

// A text for a NOT NULL column. Qt binds a null QString as SQL NULL, so an empty-but-null string
// would break the constraint: bind it as ''.
inline QVariant text(const QString& s) {
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// An optional text column: '' and null both become NULL.
inline QVariant textOrNull(const QString& s) {
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

inline QVariant nullable(const std::optional<double>& v) {
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

template <typename Integer>
requires std::is_integral_v<Integer> QVariant nullable(const std::optional<Integer>& v) {
    return v ? QVariant(static_cast<qlonglong>(*v)) : QVariant(QMetaType::fromType<qlonglong>());
}

inline std::optional<double> optionalReal(const QVariant& v) {
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

inline std::optional<qint64> optionalInteger(const QVariant& v) {
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

} // namespace heatdesk::store
