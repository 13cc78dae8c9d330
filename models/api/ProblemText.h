#pragma once

#include "validation/FieldError.h"

#include <QCoreApplication>

namespace nacre::client {

struct ApiError;

// The client's own sentence for every refusal the server can give, in the reader's language: one
// per problem code of core's enum (the switch has no default, so a new code does not build without
// its sentence), filled in from the problem's extension members (the permission missing, the
// workspace, the address). The server's English `detail` is only shown for a code this build does
// not know.
class ProblemText
{
    Q_DECLARE_TR_FUNCTIONS(nacre::client::ProblemText)

public:
    static QString sentence(const ApiError& error); // for an HTTP refusal with a known code
    // A field error by its code; the server's message for a code this build does not know.
    static QString fieldSentence(const FieldError& error);
    // A 429, with or without a code: when to try again, in whole minutes.
    static QString tooManyAttempts(int retryAfterSeconds);
};

} // namespace nacre::client
