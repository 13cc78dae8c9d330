#pragma once

#include "store/Records.h"

namespace nacre::server {

// What an API key may do, decided once for every route: a key acts for its creator inside its own
// workspace, with the creator's membership narrowed to the key. The key's permissions are
// intersected with what the creator's role grants now, so a creator who loses a permission takes
// it from their keys at once (and gets it back with the role); a creator who leaves the workspace,
// or whose account is gone, disables their keys (401). The narrowed actor is never an Owner, so
// the rules that protect Owners and forbid escalation hold for keys without a rule of their own;
// managing keys and leaving are refused to keys by AccessRules (viaApiKey).
class ApiKeyAccess
{
public:
    static constexpr QLatin1StringView SecretPrefix {"nk_"}; // what secret scanners look for
    static constexpr int ShownPrefixLength = 11; // "nk_" and eight characters: tells keys apart

    static bool isKeySecret(const QString& bearer) { return bearer.startsWith(SecretPrefix); }
    static MemberRecord actorFor(const MemberRecord& creator, const ApiKeyRecord& key);
};

} // namespace nacre::server
