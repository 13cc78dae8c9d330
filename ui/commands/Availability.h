#pragma once

#include "permissions/AccessRules.h"

#include <QString>

namespace nacre::ui {

// Whether a command can be used right now, and why not. Two kinds of "no" meet here: the access
// rules' refusals (an AccessDecision, the same answer the server would give) and the window's own
// state ("select a member first", "an export is under way"), which is no refusal of anyone's and has
// no problem code.
struct Availability
{
    bool available = true;
    QString reason; // for the tooltip of a disabled command; empty when available

    static Availability yes() { return {}; }
    static Availability no(const QString& why) { return {false, why}; }

    Availability() = default;
    Availability(bool isAvailable, QString why)
        : available(isAvailable)
        , reason(std::move(why))
    { }
    // A rule's refusal is one reason a command is unavailable (implicit on purpose: a command's
    // availability is often just the rule's answer).
    Availability(const AccessDecision& decision) // NOLINT(google-explicit-constructor)
        : available(decision.allowed)
        , reason(decision.reason)
    { }
};

} // namespace nacre::ui
