#include "support/MailReader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nacre::test {

namespace {

QString typeOnly(const QString& contentType)
{
    return contentType.section(u';', 0, 0).trimmed().toLower();
}

QByteArray decodeQuotedPrintable(const QByteArray& body)
{
    QByteArray out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) == '=' && i + 2 < body.size()) {
            if (body.at(i + 1) == '\r' && body.at(i + 2) == '\n') {
                i += 2; // soft line break
                continue;
            }
            out += QByteArray::fromHex(body.mid(i + 1, 2));
            i += 2;
            continue;
        }
        out += body.at(i);
    }
    return out;
}

} // namespace

MailReader::MailReader(const QByteArray& message)
{
    const qsizetype split = message.indexOf("\r\n\r\n");
    if (split < 0)
        return;
    m_headers = readHeaders(message.left(split));
    m_contentType = typeOnly(header("content-type"));
    const QByteArray body = message.mid(split + 4);
    if (!m_contentType.startsWith(u"multipart/"_s)) {
        m_parts.append({m_headers, m_contentType.isEmpty() ? u"text/plain"_s : m_contentType,
            decodeBody(body, header("content-transfer-encoding"))});
        m_valid = true;
        return;
    }
    const auto boundaryMatch = QRegularExpression(u"boundary=\"?([^\";]+)\"?"_s).match(header("content-type"));
    if (!boundaryMatch.hasMatch())
        return;
    const QByteArray delimiter = "--" + boundaryMatch.captured(1).toLatin1();
    const QList<QByteArray> chunks = body.split('\n');
    QList<QByteArray> current;
    bool inPart = false;
    const auto finishPart = [this, &current] {
        const QByteArray raw = current.join('\n');
        const qsizetype end = raw.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Part part;
        part.headers = readHeaders(raw.left(end));
        part.contentType = typeOnly(part.headers.value("content-type"));
        part.text = decodeBody(raw.mid(end + 4), part.headers.value("content-transfer-encoding"));
        m_parts.append(part);
    };
    for (const QByteArray& line : chunks) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed == delimiter || trimmed == delimiter + "--") {
            if (inPart)
                finishPart();
            current.clear();
            inPart = trimmed == delimiter;
            continue;
        }
        if (inPart)
            current.append(line);
    }
    m_valid = !m_parts.isEmpty();
}

QHash<QByteArray, QString> MailReader::readHeaders(const QByteArray& block)
{
    QHash<QByteArray, QString> headers;
    QByteArray unfolded = block;
    unfolded.replace("\r\n ", " ").replace("\r\n\t", " ");
    for (const QByteArray& line : unfolded.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        headers.insert(line.left(colon).trimmed().toLower(), decodeWords(line.mid(colon + 1).trimmed()));
    }
    return headers;
}

QString MailReader::decodeWords(const QByteArray& value)
{
    static const QRegularExpression word(u"=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?="_s);
    // White space between two encoded words is not part of the text (RFC 2047, 6.2).
    QString text = QString::fromLatin1(value);
    text.replace(QRegularExpression(u"\\?=\\s+=\\?"_s), u"?==?"_s);
    QString result;
    qsizetype at = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        result += text.mid(at, match.capturedStart() - at);
        const QByteArray data = match.captured(3).toLatin1();
        const QByteArray bytes = match.captured(2).toUpper() == u"B"_s
            ? QByteArray::fromBase64(data)
            : decodeQuotedPrintable(QByteArray(data).replace('_', ' '));
        result += QString::fromUtf8(bytes);
        at = match.capturedEnd();
    }
    return result + text.mid(at);
}

QString MailReader::decodeBody(const QByteArray& body, const QString& encoding)
{
    const QString kind = encoding.trimmed().toLower();
    if (kind == u"base64"_s)
        return QString::fromUtf8(QByteArray::fromBase64(QByteArray(body).replace("\r\n", "")));
    if (kind == u"quoted-printable"_s)
        return QString::fromUtf8(decodeQuotedPrintable(body));
    return QString::fromUtf8(body);
}

QString MailReader::partText(const QString& contentType) const
{
    for (const Part& part : m_parts) {
        if (part.contentType == contentType)
            return part.text;
    }
    return {};
}

QString MailReader::readable() const
{
    QString text;
    for (auto it = m_headers.cbegin(); it != m_headers.cend(); ++it)
        text += QString::fromLatin1(it.key()) + u": "_s + it.value() + u"\r\n"_s;
    for (const Part& part : m_parts)
        text += u"\r\n"_s + part.text;
    return text;
}

} // namespace nacre::test
