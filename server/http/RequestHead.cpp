#include "http/RequestHead.h"

#include <QList>

namespace nacre::server {

RequestHead RequestHead::read(const QByteArray& available, qint64 maxHeaderBytes)
{
    RequestHead head;
    const qsizetype headEnd = available.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        head.state = available.size() > maxHeaderBytes ? State::TooLarge : State::Incomplete;
        return head;
    }
    if (headEnd > maxHeaderBytes) {
        head.state = State::TooLarge;
        return head;
    }
    head.state = State::Complete;
    head.size = headEnd + 4;
    for (const QByteArray& line : available.left(headEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (head.contentLength && *head.contentLength != length)) {
                head.state = State::BadContentLength; // not a number, or two that disagree
                return head;
            }
            head.contentLength = length;
        } else if (name == "expect" && value.toLower() == "100-continue") {
            head.expectsContinue = true;
        }
    }
    return head;
}

} // namespace nacre::server
