#pragma once

#include "validation/Result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

namespace nacre::test {

QString describe(const FieldErrors& errors);

// True when `errors` has an entry for exactly this field with this code.
bool hasError(const FieldErrors& errors, const QString& field, const QString& code);

// A JSON value of a different type than `value`, for "wrong type" checks.
QJsonValue valueOfAnotherType(const QJsonValue& value);

// Checks the contract every fromJson keeps:
//  - toJson() then fromJson() gives back the same value;
//  - each field given a value of the wrong type is reported against that field, and nothing is returned;
//  - each field except `optionalKeys` is reported as required when missing.
template <typename T>
void verifyCodecContract(const T& value, const QStringList& optionalKeys = {})
{
    const QJsonObject json = value.toJson();
    const Result<T> parsed = T::fromJson(json);
    QVERIFY2(parsed.isOk(), qPrintable(describe(parsed.errors())));
    QCOMPARE(parsed.value(), value);

    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        QJsonObject wrong = json;
        wrong.insert(it.key(), valueOfAnotherType(it.value()));
        const Result<T> wrongResult = T::fromJson(wrong);
        QVERIFY2(!wrongResult.isOk(), qPrintable(QStringLiteral("accepted a wrong type for ") + it.key()));
        QVERIFY2(hasError(wrongResult.errors(), it.key(), QStringLiteral("wrong_type")),
            qPrintable(it.key() + QStringLiteral(": ") + describe(wrongResult.errors())));

        QJsonObject missing = json;
        missing.remove(it.key());
        const Result<T> missingResult = T::fromJson(missing);
        if (optionalKeys.contains(it.key())) {
            QVERIFY2(
                missingResult.isOk(), qPrintable(it.key() + QStringLiteral(": ") + describe(missingResult.errors())));
        } else {
            QVERIFY2(hasError(missingResult.errors(), it.key(), QStringLiteral("required")),
                qPrintable(it.key() + QStringLiteral(": ") + describe(missingResult.errors())));
        }
    }
}

} // namespace nacre::test
