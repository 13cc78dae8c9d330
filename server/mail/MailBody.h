#pragma once

#include <QList>
#include <QString>

namespace nacre::server {

class MailLanguage;

// The content of a mail written once and rendered twice: as the plain-text part and as the HTML
// part of a multipart/alternative message, so the two always say the same.
class MailBody
{
public:
    MailBody& paragraph(const QString& text);
    MailBody& link(const QString& intro, const QString& url); // intro on its line, the URL on the next
    MailBody& code(const QString& intro, const QString& code); // a code to paste, set apart

    QString text() const;
    // Marked with the language, and laid out right to left for one written that way.
    QString html(const QString& title, const MailLanguage& language) const;

private:
    enum class Kind { Paragraph, Link, Code };
    struct Block
    {
        Kind kind;
        QString text;
        QString value;
    };
    QList<Block> m_blocks;
};

} // namespace nacre::server
