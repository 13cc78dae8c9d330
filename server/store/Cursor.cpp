#include "store/Cursor.h"

#include "http/ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nacre::server {

QString Cursor::encode() const
{
    QJsonObject json {{u"id"_s, id}};
    if (value.typeId() == QMetaType::QString)
        json.insert(u"s"_s, value.toString());
    else
        json.insert(u"n"_s, QString::number(value.toLongLong()));
    return QString::fromLatin1(QJsonDocument(json)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Cursor Cursor::decode(const QString& text)
{
    const auto invalid = [] {
        return ApiError::validation(FieldError {u"cursor"_s, QString::fromLatin1(ErrorCode::InvalidFormat),
            u"This cursor is not one this server gave out."_s});
    };
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        throw invalid();
    const QJsonObject json = QJsonDocument::fromJson(*decoded).object();
    Cursor cursor;
    cursor.id = json.value(u"id"_s).toString();
    if (json.value(u"s"_s).isString()) {
        cursor.value = json.value(u"s"_s).toString();
    } else {
        bool ok = false;
        cursor.value = json.value(u"n"_s).toString().toLongLong(&ok);
        if (!ok)
            throw invalid();
    }
    if (cursor.id.isEmpty())
        throw invalid();
    return cursor;
}

} // namespace nacre::server
