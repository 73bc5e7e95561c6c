// SPDX-License-Identifier: GPL-3.0-or-later
#include "link/Link.h"

#include <QLoggingCategory>

// Quiet unless asked for (QT_LOGGING_RULES="heatdesk.link.debug=true"): the CLI's stderr is for people.
Q_LOGGING_CATEGORY(lcLink, "heatdesk.link", QtWarningMsg)

namespace heatdesk::link {

QString linkErrorKindName(LinkError::Kind kind) {
    switch (kind) {
    case LinkError::Kind::None:
        return QStringLiteral("none");
    case LinkError::Kind::NotFound:
        return QStringLiteral("not_found");
    case LinkError::Kind::Busy:
        return QStringLiteral("busy");
    case LinkError::Kind::Unplugged:
        return QStringLiteral("unplugged");
    case LinkError::Kind::Refused:
        return QStringLiteral("refused");
    case LinkError::Kind::ConnectTimeout:
        return QStringLiteral("connect_timeout");
    case LinkError::Kind::Closed:
        return QStringLiteral("closed");
    case LinkError::Kind::Io:
        return QStringLiteral("io");
    case LinkError::Kind::Settings:
        return QStringLiteral("settings");
    }
    return QStringLiteral("unknown");
}

void Link::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    qCDebug(lcLink) << description() << "state" << state;
    emit stateChanged(state);
}

void Link::reportError(LinkError::Kind kind, const QString& message) {
    m_lastError = LinkError{kind, message};
    qCInfo(lcLink).noquote() << description() << message;
    emit errorOccurred(m_lastError);
}

} // namespace heatdesk::link
