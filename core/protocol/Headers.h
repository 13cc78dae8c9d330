#pragma once

namespace nacre::Headers {

// Marks a request the app makes on its own (a refresh, a poll) rather than one the person asked
// for. Such requests never count as activity, so a session still expires after the workspace's
// timeout when nobody is at the keyboard, however often the app refreshes.
inline constexpr auto Activity = "Nacre-Activity";
inline constexpr auto BackgroundActivity = "background";

} // namespace nacre::Headers
