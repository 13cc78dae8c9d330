#pragma once

#include <QByteArray>

#include <optional>

namespace nacre::server {

// What the transport guard reads of a request before QHttpServer does: whether the head is complete
// (or too large), and the two headers it acts on. Pure, so it is fuzzed on its own.
struct RequestHead
{
    enum class State { Incomplete, Complete, TooLarge, BadContentLength };

    State state = State::Incomplete;
    qsizetype size = 0; // the head's bytes, with the blank line that ends it (when complete)
    std::optional<qint64> contentLength;
    bool expectsContinue = false;

    static RequestHead read(const QByteArray& available, qint64 maxHeaderBytes);
};

} // namespace nacre::server
