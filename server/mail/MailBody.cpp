#include "mail/MailBody.h"

#include "mail/MailLanguage.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

MailBody& MailBody::paragraph(const QString& text)
{
    m_blocks.append({Kind::Paragraph, text, {}});
    return *this;
}

MailBody& MailBody::link(const QString& intro, const QString& url)
{
    m_blocks.append({Kind::Link, intro, url});
    return *this;
}

MailBody& MailBody::code(const QString& intro, const QString& code)
{
    m_blocks.append({Kind::Code, intro, code});
    return *this;
}

QString MailBody::text() const
{
    QStringList parts;
    for (const Block& block : m_blocks)
        parts.append(block.kind == Kind::Paragraph ? block.text : block.text + u"\n"_s + block.value);
    return parts.join(u"\n\n"_s) + u'\n';
}

QString MailBody::html(const QString& title, const MailLanguage& language) const
{
    QString body;
    for (const Block& block : m_blocks) {
        const QString text = block.text.toHtmlEscaped();
        const QString value = block.value.toHtmlEscaped();
        switch (block.kind) {
        case Kind::Paragraph:
            body += u"<p>%1</p>\n"_s.arg(text);
            break;
        case Kind::Link:
            body += u"<p>%1<br><a href=\"%2\">%2</a></p>\n"_s.arg(text, value);
            break;
        case Kind::Code:
            body += u"<p>%1<br><code style=\"font-size:1.1em\">%2</code></p>\n"_s.arg(text, value);
            break;
        }
    }
    return u"<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head><meta charset=\"utf-8\"><title>%3</title></head>\n"
           "<body style=\"font-family:sans-serif;line-height:1.5\">\n%4</body>\n</html>\n"_s.arg(
               language.code(), language.rightToLeft() ? u"rtl"_s : u"ltr"_s, title.toHtmlEscaped(), body);
}

} // namespace nacre::server
