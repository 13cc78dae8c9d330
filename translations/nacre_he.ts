<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>Nacre: the console for a Pearls workspace&apos;s users, roles and settings.</source>
        <translation>Nacre: המסוף לניהול המשתמשים, התפקידים וההגדרות של סביבת עבודה ב-Pearls.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="66"/>
        <source>Use the nacred at this URL (remembered). Without it, the last server used; without one, a server embedded in this app.</source>
        <translation>שימוש ב-nacred בכתובת URL זו (נשמרת). בלעדיה, השרת האחרון שהיה בשימוש; אם אין כזה, שרת המובנה באפליקציה זו.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="71"/>
        <source>Forget the remembered server and use the embedded one.</source>
        <translation>שכחת השרת השמור ושימוש בשרת המובנה.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="76"/>
        <source>An invitation or password reset link (nacre://…) to open.</source>
        <translation>קישור הזמנה או איפוס סיסמה (nacre://…) לפתיחה.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="125"/>
        <source>Nacre Cannot Start</source>
        <translation>לא ניתן להפעיל את Nacre</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="126"/>
        <source>The built-in server did not start:
%1</source>
        <translation>השרת המובנה לא הופעל:
%1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="133"/>
        <source>the workspace server on this computer</source>
        <translation>שרת סביבות העבודה במחשב זה</translation>
    </message>
</context>
<context>
    <name>nacre::AccessRules</name>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="17"/>
        <source>Your role does not include “%1”.</source>
        <translation>התפקיד שלך אינו כולל את &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="31"/>
        <source>You can only grant permissions your own role includes.</source>
        <translation>אפשר להעניק רק הרשאות שהתפקיד שלך כולל.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="38"/>
        <source>Only an Owner can make someone an Owner.</source>
        <translation>רק בעלים יכולים להפוך מישהו לבעלים.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="46"/>
        <source>Only an Owner can remove an Owner.</source>
        <translation>רק בעלים יכולים להסיר בעלים.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="47"/>
        <source>Only an Owner can change an Owner&apos;s role.</source>
        <translation>רק בעלים יכולים לשנות את התפקיד של בעלים.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="50"/>
        <source>You cannot remove someone whose role has permissions yours does not.</source>
        <translation>אי אפשר להסיר מישהו שלתפקידו יש הרשאות שאין לתפקיד שלך.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="51"/>
        <source>You cannot change the role of someone whose role has permissions yours does not.</source>
        <translation>אי אפשר לשנות את התפקיד של מישהו שלתפקידו יש הרשאות שאין לתפקיד שלך.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="60"/>
        <source>The built-in %1 role cannot be changed.</source>
        <translation>לא ניתן לשנות את התפקיד המובנה %1.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="81"/>
        <source>An API key cannot manage API keys; sign in to do that.</source>
        <translation>מפתח API אינו יכול לנהל מפתחות API; יש להתחבר כדי לעשות זאת.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="89"/>
        <source>Only an Owner can sign out an Owner.</source>
        <translation>רק בעלים יכולים לנתק בעלים.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="97"/>
        <source>Only an Owner can delete the workspace.</source>
        <translation>רק בעלים יכולים למחוק את סביבת העבודה.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="101"/>
        <source>An API key cannot leave a workspace for its creator.</source>
        <translation>מפתח API אינו יכול לעזוב סביבת עבודה בשם היוצר שלו.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="104"/>
        <source>You are the workspace&apos;s only Owner. Make someone else an Owner before you leave.</source>
        <translation>אין לסביבת העבודה בעלים מלבדך. יש להפוך מישהו אחר לבעלים לפני העזיבה.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="118"/>
        <source>Nobody can change their own role; ask another Owner or Admin.</source>
        <translation>אף אחד אינו יכול לשנות את התפקיד של עצמו; יש לפנות לבעלים או למנהל אחר.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="126"/>
        <location filename="../core/permissions/AccessRules.cpp" line="140"/>
        <source>A workspace needs at least one Owner.</source>
        <translation>לסביבת עבודה חייבים להיות בעלים אחד לפחות.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="136"/>
        <source>To remove yourself, leave the workspace instead.</source>
        <translation>כדי להסיר את עצמך, יש לעזוב את סביבת העבודה.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="162"/>
        <source>Not allowed.</source>
        <translation>אסור.</translation>
    </message>
</context>
<context>
    <name>nacre::BuiltinRoles</name>
    <message>
        <location filename="../core/domain/RoleRef.cpp" line="65"/>
        <source>Owner</source>
        <translation>בעלים</translation>
    </message>
    <message>
        <location filename="../core/domain/RoleRef.cpp" line="67"/>
        <source>Admin</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <location filename="../core/domain/RoleRef.cpp" line="69"/>
        <source>Member</source>
        <translation>חבר</translation>
    </message>
</context>
<context>
    <name>nacre::EmailAddress</name>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="72"/>
        <source>Enter an email address.</source>
        <translation>יש להזין כתובת דוא״ל.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="76"/>
        <source>An email address needs an @ followed by a domain, as in name@example.com.</source>
        <translation>כתובת דוא״ל צריכה לכלול @ ואחריו דומיין, כמו name@example.com.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="81"/>
        <source>Something must come before the @.</source>
        <translation>משהו צריך להופיע לפני ה-@.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="83"/>
        <source>The part before the @ has a space, a misplaced dot or a character that is not allowed.</source>
        <translation>בחלק שלפני ה-@ יש רווח, נקודה במקום שגוי או תו אסור.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/EmailAddress.cpp" line="85"/>
        <source>The part before the @ is longer than %n characters.</source>
        <translation>
            <numerusform>החלק שלפני ה-@ ארוך מ-%n תו.</numerusform>
            <numerusform>החלק שלפני ה-@ ארוך מ-%n תווים.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="88"/>
        <source>A domain must follow the @, as in name@example.com.</source>
        <translation>אחרי ה-@ צריך לבוא דומיין, כמו name@example.com.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="90"/>
        <source>The domain has a misplaced dot.</source>
        <translation>בדומיין יש נקודה במקום שגוי.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="95"/>
        <location filename="../core/validation/EmailAddress.cpp" line="102"/>
        <source>The domain is not a valid internet domain name.</source>
        <translation>הדומיין אינו שם דומיין תקין באינטרנט.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="99"/>
        <source>The domain needs a dot, as in example.com.</source>
        <translation>הדומיין צריך לכלול נקודה, כמו example.com.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="107"/>
        <source>The domain must end in a name such as .com, not a number.</source>
        <translation>הדומיין צריך להסתיים בשם כמו ‎.com, לא במספר.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/EmailAddress.cpp" line="111"/>
        <source>An email address can be at most %n characters long.</source>
        <translation>
            <numerusform>כתובת דוא״ל יכולה להכיל %n תו לכל היותר.</numerusform>
            <numerusform>כתובת דוא״ל יכולה להכיל %n תווים לכל היותר.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::EmailListParser</name>
    <message>
        <location filename="../core/validation/EmailListParser.cpp" line="108"/>
        <source>“%1” is not an email address.</source>
        <translation>&quot;%1&quot; אינה כתובת דוא״ל.</translation>
    </message>
</context>
<context>
    <name>nacre::JsonReader</name>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="33"/>
        <source>This field is required.</source>
        <translation>זהו שדה חובה.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="56"/>
        <source>Expected %1.</source>
        <translation>היה צפוי: %1.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="61"/>
        <source>“%1” is not one of the allowed values.</source>
        <translation>&quot;%1&quot; אינו אחד מהערכים המותרים.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="70"/>
        <source>a string</source>
        <translation>מחרוזת</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="90"/>
        <source>true or false</source>
        <translation>אמת או שקר</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="112"/>
        <source>a whole number</source>
        <translation>מספר שלם</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="117"/>
        <source>Must be between %1 and %2.</source>
        <translation>הערך צריך להיות בין %1 ל-%2.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="140"/>
        <source>Expected a date and time with a zone, as in 2026-01-31T09:30:00Z.</source>
        <translation>היה צפוי תאריך ושעה עם אזור זמן, כמו 2026-01-31T09:30:00Z.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="161"/>
        <source>Expected an id.</source>
        <translation>היה צפוי מזהה.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="181"/>
        <source>a list of strings</source>
        <translation>רשימת מחרוזות</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="188"/>
        <source>Expected a string.</source>
        <translation>הייתה צפויה מחרוזת.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="210"/>
        <source>an object</source>
        <translation>אובייקט</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="220"/>
        <source>This field is not known here.</source>
        <translation>השדה הזה אינו מוכר כאן.</translation>
    </message>
</context>
<context>
    <name>nacre::LocaleRules</name>
    <message>
        <location filename="../core/validation/LocaleRules.cpp" line="18"/>
        <source>“%1” is not a known language.</source>
        <translation>&quot;%1&quot; אינה שפה מוכרת.</translation>
    </message>
    <message>
        <location filename="../core/validation/LocaleRules.cpp" line="27"/>
        <source>“%1” is not a known time zone.</source>
        <translation>&quot;%1&quot; אינו אזור זמן מוכר.</translation>
    </message>
</context>
<context>
    <name>nacre::NameRules</name>
    <message>
        <location filename="../core/validation/NameRules.cpp" line="57"/>
        <source>Enter a name.</source>
        <translation>יש להזין שם.</translation>
    </message>
    <message>
        <location filename="../core/validation/NameRules.cpp" line="64"/>
        <source>The name contains a control or invisible formatting character.</source>
        <translation>השם מכיל תו בקרה או תו עיצוב בלתי נראה.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/NameRules.cpp" line="67"/>
        <source>The name is too long: at most %n characters.</source>
        <translation>
            <numerusform>השם ארוך מדי: %n תו לכל היותר.</numerusform>
            <numerusform>השם ארוך מדי: %n תווים לכל היותר.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::PasswordRules</name>
    <message>
        <location filename="../core/validation/PasswordRules.cpp" line="13"/>
        <source>Enter a password.</source>
        <translation>יש להזין סיסמה.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/PasswordRules.cpp" line="16"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>יש להשתמש ב-%n תו לפחות.</numerusform>
            <numerusform>יש להשתמש ב-%n תווים לפחות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/PasswordRules.cpp" line="19"/>
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>יש להשתמש ב-%n תו לכל היותר.</numerusform>
            <numerusform>יש להשתמש ב-%n תווים לכל היותר.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/validation/PasswordRules.cpp" line="51"/>
        <source>Too short</source>
        <translation>קצרה מדי</translation>
    </message>
    <message>
        <location filename="../core/validation/PasswordRules.cpp" line="53"/>
        <source>Weak</source>
        <translation>חלשה</translation>
    </message>
    <message>
        <location filename="../core/validation/PasswordRules.cpp" line="55"/>
        <source>Fair</source>
        <translation>סבירה</translation>
    </message>
    <message>
        <location filename="../core/validation/PasswordRules.cpp" line="57"/>
        <source>Strong</source>
        <translation>חזקה</translation>
    </message>
</context>
<context>
    <name>nacre::PermissionCatalog</name>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="18"/>
        <source>Manage Pearls</source>
        <translation>ניהול Pearls</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="19"/>
        <source>Create and edit Pearls, including access to PearlVibe.</source>
        <translation>יצירה ועריכה של Pearls, כולל גישה ל-PearlVibe.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="21"/>
        <source>Moderate activities</source>
        <translation>ניהול פעילויות</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="22"/>
        <source>Moderate activity status.</source>
        <translation>ניהול סטטוס הפעילויות.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="24"/>
        <source>View analytics</source>
        <translation>צפייה בניתוחים</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="25"/>
        <source>View analytics.</source>
        <translation>צפייה בניתוחים.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="26"/>
        <source>Manage leads</source>
        <translation>ניהול לידים</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="27"/>
        <source>View and moderate leads.</source>
        <translation>צפייה בלידים וניהולם.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="28"/>
        <source>View calls</source>
        <translation>צפייה בשיחות</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="29"/>
        <source>View calls and post-call information.</source>
        <translation>צפייה בשיחות ובמידע שלאחר השיחה.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="31"/>
        <source>Phone numbers</source>
        <translation>מספרי טלפון</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="32"/>
        <source>Manage the workspace&apos;s phone numbers.</source>
        <translation>ניהול מספרי הטלפון של סביבת העבודה.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="33"/>
        <source>Agents</source>
        <translation>סוכנים</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="34"/>
        <source>Manage the workspace&apos;s agents.</source>
        <translation>ניהול הסוכנים של סביבת העבודה.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="36"/>
        <source>API keys</source>
        <translation>מפתחות API</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="37"/>
        <source>Create and revoke the workspace&apos;s API keys.</source>
        <translation>יצירה וביטול של מפתחות ה-API של סביבת העבודה.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="38"/>
        <source>Users</source>
        <translation>משתמשים</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="39"/>
        <source>Invite users, change their roles and remove them.</source>
        <translation>הזמנת משתמשים, שינוי התפקידים שלהם והסרתם.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="41"/>
        <source>General settings</source>
        <translation>הגדרות כלליות</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="42"/>
        <source>Edit the workspace name, billing and notifications email, and newsletter.</source>
        <translation>עריכת שם סביבת העבודה, כתובות הדוא״ל לחיובים ולהתראות, והניוזלטר.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="45"/>
        <source>Security and sessions</source>
        <translation>אבטחה והפעלות</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="46"/>
        <source>Manage security and sessions: session timeout, public recordings and the 2FA requirement.</source>
        <translation>ניהול האבטחה וההפעלות: זמן קצוב להפעלה, הקלטות ציבוריות ודרישת אימות דו-שלבי.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="48"/>
        <source>View audit log</source>
        <translation>צפייה ביומן הביקורת</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="49"/>
        <source>View and export the audit log.</source>
        <translation>צפייה ביומן הביקורת וייצואו.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="50"/>
        <source>Manage billing</source>
        <translation>ניהול חיובים</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="51"/>
        <source>Manage account billing: subscription, payment methods, invoices and auto-recharge.</source>
        <translation>ניהול החיובים של החשבון: מינוי, אמצעי תשלום, חשבוניות וטעינה אוטומטית.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="63"/>
        <source>Pearls</source>
        <translation>Pearls</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="64"/>
        <source>Activities</source>
        <translation>פעילויות</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="65"/>
        <source>Analytics</source>
        <translation>ניתוחים</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="66"/>
        <source>Leads</source>
        <translation>לידים</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="67"/>
        <source>Calls</source>
        <translation>שיחות</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="68"/>
        <source>Resources</source>
        <translation>משאבים</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="69"/>
        <source>Workspace</source>
        <translation>סביבת עבודה</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="70"/>
        <source>Advanced settings</source>
        <translation>הגדרות מתקדמות</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="71"/>
        <source>Audit log</source>
        <translation>יומן ביקורת</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="72"/>
        <source>Billing</source>
        <translation>חיובים</translation>
    </message>
</context>
<context>
    <name>nacre::PermissionSet</name>
    <message>
        <location filename="../core/permissions/PermissionSet.cpp" line="57"/>
        <source>“%1” is not a known permission.</source>
        <translation>&quot;%1&quot; אינה הרשאה מוכרת.</translation>
    </message>
    <message>
        <location filename="../core/permissions/PermissionSet.cpp" line="67"/>
        <source>Expected a list of permission ids.</source>
        <translation>הייתה צפויה רשימה של מזהי הרשאות.</translation>
    </message>
    <message>
        <location filename="../core/permissions/PermissionSet.cpp" line="76"/>
        <source>Expected a permission id (a string).</source>
        <translation>היה צפוי מזהה הרשאה (מחרוזת).</translation>
    </message>
</context>
<context>
    <name>nacre::SessionTimeout</name>
    <message>
        <location filename="../core/validation/SessionTimeout.cpp" line="9"/>
        <source>The session timeout must be between %1 and %2 minutes.</source>
        <translation>הזמן הקצוב להפעלה צריך להיות בין %1 ל-%2 דקות.</translation>
    </message>
</context>
<context>
    <name>nacre::client::ApiError</name>
    <message>
        <location filename="../models/api/ApiError.cpp" line="56"/>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>לא ניתן להגיע לשרת. יש לבדוק את החיבור ולנסות שוב.</translation>
    </message>
    <message>
        <location filename="../models/api/ApiError.cpp" line="58"/>
        <source>The server took too long to answer. Try again in a moment.</source>
        <translation>לקח לשרת יותר מדי זמן לענות. כדאי לנסות שוב בעוד רגע.</translation>
    </message>
    <message>
        <location filename="../models/api/ApiError.cpp" line="60"/>
        <source>The server sent an answer Nacre does not understand (HTTP %1).</source>
        <translation>השרת שלח תשובה ש-Nacre אינו מבין (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../models/api/ApiError.cpp" line="73"/>
        <source>The server ran into a problem (HTTP %1). Nothing was changed.</source>
        <translation>השרת נתקל בבעיה (HTTP %1). שום דבר לא שונה.</translation>
    </message>
    <message>
        <location filename="../models/api/ApiError.cpp" line="74"/>
        <source>The request was refused (HTTP %1).</source>
        <translation>הבקשה נדחתה (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>nacre::client::ApiKeyListModel</name>
    <message numerus="yes">
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="89"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ועוד %n</numerusform>
            <numerusform>%1 ועוד %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="124"/>
        <source>(former member)</source>
        <translation>(חבר לשעבר)</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="125"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="129"/>
        <source>%1 from %2</source>
        <translation>%1 מ-%2</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="131"/>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="134"/>
        <source>Never</source>
        <translation>אף פעם</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="136"/>
        <source>Expired %1</source>
        <translation>פג תוקף ב-%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="138"/>
        <source>%1 (soon: in %n day(s))</source>
        <translation>
            <numerusform>%1 (בקרוב: בעוד יום %n)</numerusform>
            <numerusform>%1 (בקרוב: בעוד %n ימים)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="147"/>
        <source>This key no longer works. Revoke it, and make a new one if it is still needed.</source>
        <translation>המפתח הזה כבר לא עובד. יש לבטל אותו, וליצור חדש אם הוא עדיין נחוץ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="149"/>
        <source>This key stops working in %n day(s). Make a new one and give it to the program before then.</source>
        <translation>
            <numerusform>המפתח הזה יפסיק לעבוד בעוד יום %n. יש ליצור מפתח חדש ולמסור אותו לתוכנה לפני כן.</numerusform>
            <numerusform>המפתח הזה יפסיק לעבוד בעוד %n ימים. יש ליצור מפתח חדש ולמסור אותו לתוכנה לפני כן.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="161"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="163"/>
        <source>Permissions</source>
        <translation>הרשאות</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="165"/>
        <source>Created by</source>
        <translation>נוצר על ידי</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="167"/>
        <source>Last used</source>
        <translation>שימוש אחרון</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="169"/>
        <source>Expires</source>
        <translation>תפוגה</translation>
    </message>
</context>
<context>
    <name>nacre::client::AuditEventText</name>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="24"/>
        <source>(none)</source>
        <extracomment>An audit event&apos;s value that was empty or absent, as in &quot;default role: (none) → Support&quot;.</extracomment>
        <translation>(אין)</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="27"/>
        <source>on</source>
        <extracomment>A yes/no setting&apos;s value in an audit event, as in &quot;newsletter: off → on&quot;.</extracomment>
        <translation>פועל</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="27"/>
        <source>off</source>
        <translation>כבוי</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="49"/>
        <source>name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="50"/>
        <source>plan</source>
        <translation>מסלול</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="51"/>
        <source>email</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="52"/>
        <source>role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="53"/>
        <source>permissions</source>
        <translation>הרשאות</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="55"/>
        <source>prefix</source>
        <extracomment>An API key&apos;s prefix: the first characters of its secret, shown to tell keys apart.</extracomment>
        <translation>קידומת</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="56"/>
        <source>expires</source>
        <translation>תפוגה</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="57"/>
        <source>session</source>
        <translation>הפעלה</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="58"/>
        <source>address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="59"/>
        <source>application</source>
        <translation>אפליקציה</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="60"/>
        <source>sessions ended</source>
        <translation>הפעלות שהסתיימו</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="61"/>
        <source>members moved to</source>
        <translation>חברים הועברו אל</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="62"/>
        <source>members moved</source>
        <translation>חברים שהועברו</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="63"/>
        <source>invitations moved</source>
        <translation>הזמנות שהועברו</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="64"/>
        <source>billing email</source>
        <translation>דוא״ל לחיובים</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="65"/>
        <source>notifications email</source>
        <translation>דוא״ל להתראות</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="66"/>
        <source>newsletter</source>
        <translation>ניוזלטר</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="67"/>
        <source>session timeout (minutes)</source>
        <translation>זמן קצוב להפעלה (דקות)</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="68"/>
        <source>public recordings</source>
        <translation>הקלטות ציבוריות</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="69"/>
        <source>two-factor sign-in required</source>
        <translation>נדרשת התחברות דו-שלבית</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="70"/>
        <source>default role</source>
        <translation>תפקיד ברירת מחדל</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="103"/>
        <source>Workspace</source>
        <translation>סביבת עבודה</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="104"/>
        <source>Members</source>
        <translation>חברים</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="107"/>
        <source>Invitations</source>
        <translation>הזמנות</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="110"/>
        <source>Roles</source>
        <translation>תפקידים</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="111"/>
        <source>API keys</source>
        <translation>מפתחות API</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="122"/>
        <source>Workspace created</source>
        <translation>סביבת עבודה נוצרה</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="124"/>
        <source>Settings changed</source>
        <translation>ההגדרות שונו</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="126"/>
        <source>Role changed</source>
        <translation>התפקיד שונה</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="128"/>
        <source>Member removed</source>
        <translation>חבר הוסר</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="130"/>
        <source>Member left</source>
        <translation>חבר עזב</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="132"/>
        <source>Invitation sent</source>
        <translation>הזמנה נשלחה</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="134"/>
        <source>Invitation resent</source>
        <translation>הזמנה נשלחה שוב</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="136"/>
        <source>Invitation link made</source>
        <translation>נוצר קישור הזמנה</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="138"/>
        <source>Invitation revoked</source>
        <translation>הזמנה בוטלה</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="140"/>
        <source>Invitation accepted</source>
        <translation>הזמנה התקבלה</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="142"/>
        <source>Invitation&apos;s role changed</source>
        <translation>התפקיד בהזמנה שונה</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="144"/>
        <source>Role created</source>
        <translation>תפקיד נוצר</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="146"/>
        <source>Role edited</source>
        <translation>תפקיד נערך</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="148"/>
        <source>Role deleted</source>
        <translation>תפקיד נמחק</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="150"/>
        <source>API key created</source>
        <translation>מפתח API נוצר</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="152"/>
        <source>API key revoked</source>
        <translation>מפתח API בוטל</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="154"/>
        <source>Member&apos;s session ended</source>
        <translation>הפעלה של חבר הסתיימה</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="156"/>
        <source>Member signed out everywhere</source>
        <translation>חבר נותק מכל מקום</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="165"/>
        <source>System</source>
        <translation>מערכת</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="167"/>
        <location filename="../models/audit/AuditEventText.cpp" line="185"/>
        <source>API key “%1”</source>
        <translation>מפתח API‏ &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="179"/>
        <source>Member %1</source>
        <translation>החבר %1</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="181"/>
        <source>Role “%1”</source>
        <translation>התפקיד &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="183"/>
        <source>Invitation for %1</source>
        <translation>הזמנה עבור %1</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="187"/>
        <source>Workspace “%1”</source>
        <translation>סביבת העבודה &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>nacre::client::AuditLogModel</name>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="168"/>
        <source>%1
From %2</source>
        <translation>%1
מ-%2</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="182"/>
        <source>Time</source>
        <translation>זמן</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="184"/>
        <source>Event</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="186"/>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="189"/>
        <source>Target</source>
        <extracomment>Audit log column: the member, role, invitation or key an event is about.</extracomment>
        <translation>יעד</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="191"/>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
</context>
<context>
    <name>nacre::client::ClientName</name>
    <message>
        <location filename="../models/profile/ClientName.cpp" line="42"/>
        <source>Nacre %1</source>
        <translation>Nacre %1</translation>
    </message>
    <message>
        <location filename="../models/profile/ClientName.cpp" line="43"/>
        <source>Nacre %1 on %2</source>
        <translation>Nacre %1 ב-%2</translation>
    </message>
    <message>
        <location filename="../models/profile/ClientName.cpp" line="48"/>
        <location filename="../models/profile/ClientName.cpp" line="57"/>
        <source>Unknown application</source>
        <translation>אפליקציה לא ידועה</translation>
    </message>
    <message>
        <location filename="../models/profile/ClientName.cpp" line="50"/>
        <source>A browser on %1</source>
        <translation>דפדפן ב-%1</translation>
    </message>
    <message>
        <location filename="../models/profile/ClientName.cpp" line="51"/>
        <source>%1 on %2</source>
        <translation>%1 ב-%2</translation>
    </message>
</context>
<context>
    <name>nacre::client::InvitationListModel</name>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="183"/>
        <source>Expired</source>
        <translation>פג תוקף</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="188"/>
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>התוקף יפוג בעוד יום %n</numerusform>
            <numerusform>התוקף יפוג בעוד %n ימים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="190"/>
        <source>Expires in %n hour(s)</source>
        <translation>
            <numerusform>התוקף יפוג בעוד שעה %n</numerusform>
            <numerusform>התוקף יפוג בעוד %n שעות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="191"/>
        <source>Expires in %n minute(s)</source>
        <translation>
            <numerusform>התוקף יפוג בעוד דקה %n</numerusform>
            <numerusform>התוקף יפוג בעוד %n דקות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="273"/>
        <source>(former member)</source>
        <translation>(חבר לשעבר)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="286"/>
        <source>Expired: resend it to give a new link valid for %n day(s).</source>
        <translation>
            <numerusform>פג תוקף: שליחה חוזרת תיתן קישור חדש שתקף ליום %n.</numerusform>
            <numerusform>פג תוקף: שליחה חוזרת תיתן קישור חדש שתקף ל-%n ימים.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="287"/>
        <source>Expires %1</source>
        <translation>התוקף יפוג ב-%1</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="304"/>
        <source>Not mailed</source>
        <translation>לא נשלח בדוא״ל</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="306"/>
        <source>Queued</source>
        <translation>בתור</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="308"/>
        <source>Sent</source>
        <translation>נשלח</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="310"/>
        <source>Retrying</source>
        <translation>בניסיון חוזר</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="312"/>
        <source>Failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="324"/>
        <source>No mail was sent for this invitation: its link was handed over another way.</source>
        <translation>לא נשלח דוא״ל עבור הזמנה זו: הקישור שלה נמסר בדרך אחרת.</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="326"/>
        <source>Waiting to be sent.</source>
        <translation>ממתין לשליחה.</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="328"/>
        <source>Handed to the mail server on %1.</source>
        <translation>נמסר לשרת הדואר ב-%1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="330"/>
        <source>Not sent yet (%Ln attempt(s)): %1. Next try at %2.</source>
        <translation>
            <numerusform>טרם נשלח (ניסיון %Ln): %1. הניסיון הבא ב-%2.</numerusform>
            <numerusform>טרם נשלח (%Ln ניסיונות): %1. הניסיון הבא ב-%2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="333"/>
        <source>Not delivered: %1. Fix the address or the mail server, then resend the invitation.</source>
        <translation>לא נמסר: %1. יש לתקן את הכתובת או את שרת הדואר, ואז לשלוח שוב את ההזמנה.</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="345"/>
        <source>Email</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="347"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="349"/>
        <source>Invited by</source>
        <translation>הוזמן על ידי</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="351"/>
        <source>Invited</source>
        <translation>הוזמן</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="353"/>
        <source>Mail</source>
        <translation>דואר</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="355"/>
        <source>Expires</source>
        <translation>תפוגה</translation>
    </message>
</context>
<context>
    <name>nacre::client::InvitationRedeemer</name>
    <message>
        <location filename="../models/invitations/InvitationRedeemer.cpp" line="90"/>
        <source>No invitation has this code. Check that you copied the whole link or code. If the invitation was sent again, only the newest mail works.</source>
        <translation>אין הזמנה עם הקוד הזה. יש לוודא שהקישור או הקוד הועתקו במלואם. אם ההזמנה נשלחה שוב, רק ההודעה החדשה ביותר תקפה.</translation>
    </message>
</context>
<context>
    <name>nacre::client::MemberListModel</name>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="284"/>
        <source>Loading…</source>
        <translation>בטעינה…</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="297"/>
        <source>On</source>
        <translation>פועל</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="297"/>
        <source>Off</source>
        <translation>כבוי</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="302"/>
        <source>Never</source>
        <translation>אף פעם</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="307"/>
        <source>Signs in with a second factor</source>
        <translation>מתחבר עם גורם אימות נוסף</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="307"/>
        <source>Signs in with a password only</source>
        <translation>מתחבר עם סיסמה בלבד</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="331"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="333"/>
        <source>Email</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="335"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="337"/>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="339"/>
        <source>Joined</source>
        <translation>הצטרף</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="341"/>
        <source>Last active</source>
        <translation>פעילות אחרונה</translation>
    </message>
</context>
<context>
    <name>nacre::client::ProblemText</name>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="27"/>
        <source>an admin of “%1”</source>
        <translation>מנהל של &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="28"/>
        <source>%1 or another admin of “%2”</source>
        <translation>%1 או מנהל אחר של &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="31"/>
        <source>This invitation to “%1” was already used. If you accepted it, sign in instead; otherwise ask %2 for a new one.</source>
        <translation>ההזמנה הזו ל-&quot;%1&quot; כבר נוצלה. אם קיבלת אותה, יש להתחבר; אחרת יש לבקש הזמנה חדשה מ-%2.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="35"/>
        <source>This invitation to “%1” was withdrawn. Ask %2 whether you should still join.</source>
        <translation>ההזמנה הזו ל-&quot;%1&quot; בוטלה. כדאי לברר עם %2 אם עדיין צריך להצטרף.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="39"/>
        <source>This invitation to “%1” expired on %2. Ask %3 to send a new one.</source>
        <translation>תוקף ההזמנה הזו ל-&quot;%1&quot; פג ב-%2. יש לבקש מ-%3 לשלוח הזמנה חדשה.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="42"/>
        <source>This invitation can no longer be used. Ask whoever invited you for a new one.</source>
        <translation>לא ניתן עוד להשתמש בהזמנה הזו. יש לבקש הזמנה חדשה ממי שהזמין אותך.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="49"/>
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>שדה %n דורש תשומת לב.</numerusform>
            <numerusform>%n שדות דורשים תשומת לב.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="59"/>
        <source>The server could not read the request. Nothing was changed.</source>
        <translation>השרת לא הצליח לקרוא את הבקשה. שום דבר לא שונה.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="63"/>
        <source>The server does not accept the request in this form. Nothing was changed.</source>
        <translation>השרת אינו מקבל את הבקשה בצורה זו. שום דבר לא שונה.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="66"/>
        <source>This is more than the server accepts at once (%1). Send less at a time.</source>
        <translation>זה יותר ממה שהשרת מקבל בבת אחת (%1). יש לשלוח פחות בכל פעם.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="68"/>
        <source>This is more than the server accepts at once. Send less at a time.</source>
        <translation>זה יותר ממה שהשרת מקבל בבת אחת. יש לשלוח פחות בכל פעם.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="70"/>
        <source>The request&apos;s headers were larger than the server accepts.</source>
        <translation>הכותרות של הבקשה גדולות ממה שהשרת מקבל.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="72"/>
        <source>The request took too long to arrive. Check the connection and try again.</source>
        <translation>לקח לבקשה יותר מדי זמן להגיע. יש לבדוק את החיבור ולנסות שוב.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="74"/>
        <source>Your session has ended. Sign in to continue.</source>
        <translation>ההפעלה שלך הסתיימה. יש להתחבר כדי להמשיך.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="76"/>
        <source>The email address or password is not right.</source>
        <translation>כתובת הדוא״ל או הסיסמה שגויות.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="78"/>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>יש להזין את הקוד בן 6 הספרות מאפליקציית האימות, או אחד מקודי השחזור.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="80"/>
        <source>That code is not right or was already used. Wait for the next code and try again.</source>
        <translation>הקוד שגוי או שכבר נוצל. יש להמתין לקוד הבא ולנסות שוב.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="84"/>
        <source>You are not allowed to do this.</source>
        <translation>אין לך הרשאה לעשות זאת.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="87"/>
        <source>Your role does not include “%1”.</source>
        <translation>התפקיד שלך אינו כולל את &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="88"/>
        <source>Your role does not allow this.</source>
        <translation>התפקיד שלך אינו מאפשר זאת.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="90"/>
        <source>You can only give access your own role includes.</source>
        <translation>אפשר לתת רק גישה שהתפקיד שלך כולל.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="92"/>
        <source>Only an Owner can do this.</source>
        <translation>רק בעלים יכולים לעשות זאת.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="94"/>
        <source>Nobody can change their own role; ask another Owner or Admin.</source>
        <translation>אף אחד אינו יכול לשנות את התפקיד של עצמו; יש לפנות לבעלים או למנהל אחר.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="96"/>
        <source>To remove yourself, leave the workspace instead.</source>
        <translation>כדי להסיר את עצמך, יש לעזוב את סביבת העבודה.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="98"/>
        <source>Built-in roles cannot be changed. Duplicate the role to make one you can change.</source>
        <translation>לא ניתן לשנות תפקידים מובנים. אפשר לשכפל את התפקיד כדי ליצור תפקיד שניתן לשנות.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="100"/>
        <source>A workspace needs at least one Owner. Make someone else an Owner first.</source>
        <translation>לסביבת עבודה חייבים להיות בעלים אחד לפחות. יש קודם להפוך מישהו אחר לבעלים.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="103"/>
        <source>“%1” requires two-factor sign-in. Turn it on under Security, then try again.</source>
        <translation>&quot;%1&quot; דורשת התחברות דו-שלבית. יש להפעיל אותה תחת &apos;אבטחה&apos; ולנסות שוב.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="105"/>
        <source>This workspace requires two-factor sign-in. Turn it on under Security, then try again.</source>
        <translation>סביבת העבודה הזו דורשת התחברות דו-שלבית. יש להפעיל אותה תחת &apos;אבטחה&apos; ולנסות שוב.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="107"/>
        <source>Turn on two-factor sign-in for your own account first (under Security), so the requirement does not lock you out.</source>
        <translation>יש קודם להפעיל התחברות דו-שלבית בחשבון שלך (תחת &apos;אבטחה&apos;), כדי שהדרישה לא תנעל אותך בחוץ.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="110"/>
        <source>An API key cannot do this; sign in to Nacre to do it.</source>
        <translation>מפתח API אינו יכול לעשות זאת; יש להתחבר ל-Nacre כדי לעשות זאת.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="112"/>
        <source>This no longer exists. It may have been removed by someone else.</source>
        <translation>הפריט הזה כבר לא קיים. ייתכן שמישהו אחר הסיר אותו.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="114"/>
        <source>The server does not offer this action here.</source>
        <translation>השרת אינו מציע את הפעולה הזו כאן.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="116"/>
        <source>Someone else changed this at the same moment. Reload and try again.</source>
        <translation>מישהו אחר שינה את זה באותו רגע. יש לטעון מחדש ולנסות שוב.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="118"/>
        <source>This server already has an owner. Sign in instead.</source>
        <translation>לשרת הזה כבר יש בעלים. יש להתחבר במקום זאת.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="120"/>
        <source>You are already a member of this workspace.</source>
        <translation>כבר הצטרפת לסביבת העבודה הזו.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="122"/>
        <source>An account for %1 exists. Sign in to accept the invitation.</source>
        <translation>קיים חשבון עבור %1. יש להתחבר כדי לקבל את ההזמנה.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="124"/>
        <source>Another account already uses %1.</source>
        <translation>חשבון אחר כבר משתמש ב-%1.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="126"/>
        <source>This invitation is for %1. Sign in with that address to accept it.</source>
        <translation>ההזמנה הזו מיועדת ל-%1. יש להתחבר עם הכתובת הזו כדי לקבל אותה.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="128"/>
        <location filename="../models/api/ProblemText.cpp" line="176"/>
        <source>A role with this name already exists in this workspace.</source>
        <translation>כבר קיים תפקיד בשם הזה בסביבת העבודה.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="131"/>
        <source>%n pending invitation(s) offer this role. Revoke them first.</source>
        <translation>
            <numerusform>הזמנה ממתינה %n מציעה את התפקיד הזה. יש לבטל אותה קודם.</numerusform>
            <numerusform>%n הזמנות ממתינות מציעות את התפקיד הזה. יש לבטל אותן קודם.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="132"/>
        <source>%n member(s) hold this role. Move them to another role first.</source>
        <translation>
            <numerusform>לחבר %n יש את התפקיד הזה. יש להעביר אותו קודם לתפקיד אחר.</numerusform>
            <numerusform>ל-%n חברים יש את התפקיד הזה. יש להעביר אותם קודם לתפקיד אחר.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="137"/>
        <source>%1 has a newer invitation to this workspace. Resend or revoke that one instead.</source>
        <translation>ל-%1 יש הזמנה חדשה יותר לסביבת העבודה הזו. יש לשלוח שוב או לבטל אותה במקום זאת.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="140"/>
        <source>The person who invited you can no longer give this role. Ask a workspace admin for a new invitation.</source>
        <translation>מי שהזמין אותך כבר לא יכול לתת את התפקיד הזה. יש לבקש הזמנה חדשה ממנהל של סביבת העבודה.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="143"/>
        <source>This code is wrong, was already used, or is older than %n minute(s). Ask for a new one.</source>
        <translation>
            <numerusform>הקוד שגוי, כבר נוצל או ישן מדקה %n. יש לבקש קוד חדש.</numerusform>
            <numerusform>הקוד שגוי, כבר נוצל או ישן מ-%n דקות. יש לבקש קוד חדש.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="146"/>
        <source>Two-factor sign-in is already on for this account.</source>
        <translation>ההתחברות הדו-שלבית כבר פועלת בחשבון הזה.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="148"/>
        <source>Start setting up two-factor sign-in first.</source>
        <translation>יש להתחיל קודם בהגדרת ההתחברות הדו-שלבית.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="150"/>
        <source>This was changed since you loaded it. Reload it and apply your change again.</source>
        <translation>זה שונה מאז שנטען. יש לטעון מחדש ולהחיל את השינוי שוב.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="152"/>
        <source>The server needs to know which version you changed. Reload and try again.</source>
        <translation>השרת צריך לדעת איזו גרסה שינית. יש לטעון מחדש ולנסות שוב.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="154"/>
        <source>The server is busy or starting. Try again in a moment.</source>
        <translation>השרת עסוק או בהפעלה. כדאי לנסות שוב בעוד רגע.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="156"/>
        <source>The server ran into a problem. Nothing was changed.</source>
        <translation>השרת נתקל בבעיה. שום דבר לא שונה.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="163"/>
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>יותר מדי ניסיונות. אפשר לנסות שוב בעוד דקה %n.</numerusform>
            <numerusform>יותר מדי ניסיונות. אפשר לנסות שוב בעוד %n דקות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="171"/>
        <source>Use at least %n characters; a passphrase of a few words is best.</source>
        <translation>
            <numerusform>יש להשתמש ב-%n תו לפחות; משפט סיסמה של כמה מילים עדיף.</numerusform>
            <numerusform>יש להשתמש ב-%n תווים לפחות; משפט סיסמה של כמה מילים עדיף.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="174"/>
        <source>Choose from %1 to %2 minutes.</source>
        <translation>יש לבחור בין %1 ל-%2 דקות.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="178"/>
        <source>Another account already uses this address.</source>
        <translation>חשבון אחר כבר משתמש בכתובת הזו.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="180"/>
        <source>Invitations cannot give the Owner role by default. Choose another role.</source>
        <translation>הזמנות אינן יכולות לתת את תפקיד הבעלים כברירת מחדל. יש לבחור תפקיד אחר.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="187"/>
        <source>This field is required.</source>
        <translation>זהו שדה חובה.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="188"/>
        <source>This value has the wrong type.</source>
        <translation>לערך הזה יש סוג שגוי.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="189"/>
        <source>The server does not know this field.</source>
        <translation>השרת אינו מכיר את השדה הזה.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="190"/>
        <source>This is too long.</source>
        <translation>זה ארוך מדי.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="191"/>
        <source>This is too short.</source>
        <translation>זה קצר מדי.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="192"/>
        <source>This value is outside the allowed range.</source>
        <translation>הערך הזה מחוץ לטווח המותר.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="193"/>
        <source>This contains characters that are not allowed.</source>
        <translation>יש כאן תווים אסורים.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="194"/>
        <source>This is not a valid email address (name@example.com).</source>
        <translation>זו אינה כתובת דוא״ל תקינה (name@example.com).</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="195"/>
        <source>This is not in the expected format.</source>
        <translation>זה אינו בתבנית הצפויה.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="196"/>
        <source>This is not one of the allowed values.</source>
        <translation>זה אינו אחד מהערכים המותרים.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="197"/>
        <source>This permission is not known to the server.</source>
        <translation>השרת אינו מכיר את ההרשאה הזו.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="198"/>
        <source>This value is already taken.</source>
        <translation>הערך הזה כבר תפוס.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="199"/>
        <source>Type the exact name to confirm.</source>
        <translation>יש להקליד את השם המדויק לאישור.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="200"/>
        <source>The password is not right.</source>
        <translation>הסיסמה שגויה.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="201"/>
        <source>That code is not right or was already used.</source>
        <translation>הקוד שגוי או שכבר נוצל.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="202"/>
        <source>This value is not allowed here.</source>
        <translation>הערך הזה אסור כאן.</translation>
    </message>
</context>
<context>
    <name>nacre::client::RoleListModel</name>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="96"/>
        <source>Copy of %1</source>
        <translation>עותק של %1</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="198"/>
        <source>%1 (built in)</source>
        <translation>%1 (מובנה)</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="202"/>
        <source>Everything, and owner-only actions</source>
        <translation>הכול, כולל פעולות של בעלים בלבד</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="203"/>
        <source>Every permission</source>
        <translation>כל ההרשאות</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/roles/RoleListModel.cpp" line="204"/>
        <source>%n permission(s)</source>
        <translation>
            <numerusform>הרשאה %n</numerusform>
            <numerusform>%n הרשאות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="209"/>
        <source>Built-in roles cannot be edited or deleted.</source>
        <translation>לא ניתן לערוך או למחוק תפקידים מובנים.</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="210"/>
        <source>No permissions</source>
        <translation>אין הרשאות</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="232"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="234"/>
        <source>Members</source>
        <translation>חברים</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="236"/>
        <source>Permissions</source>
        <translation>הרשאות</translation>
    </message>
</context>
<context>
    <name>nacre::client::TokenStore</name>
    <message>
        <location filename="../models/credentials/TokenStore.cpp" line="16"/>
        <source>No keychain is available, so you will need to sign in again next time (%1).</source>
        <translation>אין מחזיק מפתחות זמין, לכן יהיה צורך להתחבר שוב בפעם הבאה (%1).</translation>
    </message>
    <message>
        <location filename="../models/credentials/TokenStore.cpp" line="20"/>
        <source>The keychain refused access, so you will need to sign in again next time.</source>
        <translation>מחזיק המפתחות סירב לגישה, לכן יהיה צורך להתחבר שוב בפעם הבאה.</translation>
    </message>
    <message>
        <location filename="../models/credentials/TokenStore.cpp" line="22"/>
        <source>The keychain failed: %1</source>
        <translation>מחזיק המפתחות נכשל: %1</translation>
    </message>
</context>
<context>
    <name>nacre::client::WorkspaceSessionsModel</name>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="136"/>
        <source>%1 (this session)</source>
        <translation>%1 (ההפעלה הזו)</translation>
    </message>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="159"/>
        <source>Member</source>
        <translation>חבר</translation>
    </message>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="161"/>
        <source>Application</source>
        <translation>אפליקציה</translation>
    </message>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="163"/>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="165"/>
        <source>Signed in</source>
        <translation>התחברות</translation>
    </message>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="167"/>
        <source>Last active</source>
        <translation>פעילות אחרונה</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ApiKeyRevealDialog</name>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="24"/>
        <source>API Key Created</source>
        <translation>מפתח API נוצר</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="25"/>
        <source>&lt;b&gt;Copy the key “%1” now.&lt;/b&gt;</source>
        <translation>&lt;b&gt;יש להעתיק עכשיו את המפתח &quot;%1&quot;.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="26"/>
        <source>You will not see it again: Nacre keeps only a fingerprint of it. Give it to the program that needs it, and keep it as secret as a password. If it is lost, revoke it and make a new one.</source>
        <translation>לא תהיה הזדמנות נוספת לראות אותו: Nacre שומר רק טביעת אצבע שלו. יש למסור אותו לתוכנה שזקוקה לו, ולשמור עליו בסוד כמו על סיסמה. אם הוא אבד, יש לבטל אותו וליצור חדש.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="33"/>
        <source>API key secret</source>
        <translation>הסוד של מפתח ה-API</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="37"/>
        <source>&amp;Copy</source>
        <translation>&amp;העתקה</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="39"/>
        <source>Copy the key to the clipboard</source>
        <translation>העתקת המפתח ללוח</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="42"/>
        <source>Copied</source>
        <translation>הועתק</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="48"/>
        <source>I Have &amp;Saved It</source>
        <translation>&amp;שמרתי אותו</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ApiKeysPage</name>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="31"/>
        <source>API keys</source>
        <translation>מפתחות API</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="34"/>
        <source>No API keys yet. Make one for each program that works with this workspace, so each can be revoked on its own.</source>
        <translation>אין עדיין מפתחות API. כדאי ליצור מפתח לכל תוכנה שעובדת עם סביבת העבודה הזו, כך שאפשר לבטל כל אחד בנפרד.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="38"/>
        <source>&amp;New API Key…</source>
        <translation>מפתח API &amp;חדש…</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="40"/>
        <source>Make a key for a program, with some of your permissions</source>
        <translation>יצירת מפתח לתוכנה, עם חלק מההרשאות שלך</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="41"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;ביטול…</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="54"/>
        <source>API Keys</source>
        <translation>מפתחות API</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="56"/>
        <source>Keys let programs act in this workspace, each with the permissions it was given (never more than its creator holds now). A key works only here, and what it changes is in the audit log under its name.</source>
        <translation>מפתחות מאפשרים לתוכנות לפעול בסביבת העבודה הזו, כל אחד עם ההרשאות שניתנו לו (אף פעם לא יותר ממה שיש ליוצר שלו כעת). מפתח עובד רק כאן, ומה שהוא משנה מופיע ביומן הביקורת תחת שמו.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="95"/>
        <source>Stop the selected key from working, at once and for good</source>
        <translation>הפסקת פעולת המפתח הנבחר, מיד ולתמיד</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="95"/>
        <source>Select a key first.</source>
        <translation>יש לבחור מפתח קודם.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="105"/>
        <source>API key “%1” created.</source>
        <translation>מפתח ה-API‏ &quot;%1&quot; נוצר.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="116"/>
        <source>Revoke API Key</source>
        <translation>ביטול מפתח API</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="117"/>
        <source>Revoke “%1”? Programs that use it are refused from now on. This cannot be undone.</source>
        <translation>לבטל את &quot;%1&quot;? תוכנות שמשתמשות בו יידחו מעכשיו. אי אפשר לבטל פעולה זו.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="126"/>
        <source>API key “%1” revoked.</source>
        <translation>מפתח ה-API‏ &quot;%1&quot; בוטל.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::AppController</name>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="45"/>
        <source>Could not load your workspaces: %1</source>
        <translation>לא ניתן לטעון את סביבות העבודה שלך: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="72"/>
        <source>Cannot Reach the Server</source>
        <translation>לא ניתן להגיע לשרת</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="73"/>
        <source>Nacre could not reach %1.

%2</source>
        <translation>Nacre לא הצליח להגיע אל %1.

%2</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="100"/>
        <source>You were signed out because nobody used Nacre for a while. Sign in to go on; nothing you typed is lost.</source>
        <translation>נותקת כי אף אחד לא השתמש ב-Nacre זמן מה. יש להתחבר כדי להמשיך; שום דבר שהוקלד לא אבד.</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="175"/>
        <source>Link Not Recognized</source>
        <translation>הקישור לא זוהה</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="176"/>
        <source>Nacre was opened with a link it does not know:
%1</source>
        <translation>Nacre נפתח עם קישור שאינו מוכר לו:
%1</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="201"/>
        <source>This invitation is for a workspace on %1.</source>
        <translation>ההזמנה הזו היא לסביבת עבודה ב-%1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="202"/>
        <source>This password reset code is for %1.</source>
        <translation>קוד איפוס הסיסמה הזה מיועד ל-%1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="203"/>
        <source>Connect to Another Server?</source>
        <translation>להתחבר לשרת אחר?</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="205"/>
        <source>Nacre is connected to %1. Connect to %2 instead? You can come back with “Change Server” when signing in.</source>
        <translation>Nacre מחובר אל %1. להתחבר אל %2 במקום זאת? אפשר לחזור דרך &quot;החלפת שרת&quot; בעת ההתחברות.</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="349"/>
        <source>Connected again.</source>
        <translation>החיבור חזר.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::Appearance</name>
    <message>
        <location filename="../ui/theme/Appearance.cpp" line="24"/>
        <source>Same as the system</source>
        <translation>כמו במערכת</translation>
    </message>
    <message>
        <location filename="../ui/theme/Appearance.cpp" line="25"/>
        <source>Light</source>
        <translation>בהיר</translation>
    </message>
    <message>
        <location filename="../ui/theme/Appearance.cpp" line="26"/>
        <source>Dark</source>
        <translation>כהה</translation>
    </message>
</context>
<context>
    <name>nacre::ui::AuditLogPage</name>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="40"/>
        <source>&amp;From</source>
        <translation>&amp;מתאריך</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="42"/>
        <source>Only events on or after this day</source>
        <translation>רק אירועים ביום הזה או אחריו</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="45"/>
        <source>First day</source>
        <translation>היום הראשון</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="48"/>
        <source>&amp;To</source>
        <translation>&amp;עד</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="50"/>
        <source>Only events on or before this day</source>
        <translation>רק אירועים ביום הזה או לפניו</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="53"/>
        <source>Last day</source>
        <translation>היום האחרון</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="59"/>
        <source>Kind of event</source>
        <translation>סוג האירוע</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="60"/>
        <source>Show one kind of event</source>
        <translation>הצגת סוג אירוע אחד</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="61"/>
        <source>All events</source>
        <translation>כל האירועים</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="70"/>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="71"/>
        <source>Show what one actor did: you, the system, or a member or API key the log names</source>
        <translation>הצגת מה שגורם אחד עשה: את/ה, המערכת, או חבר או מפתח API שהיומן מזכיר</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="72"/>
        <source>Anyone</source>
        <translation>כל אחד</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="74"/>
        <source>Me</source>
        <extracomment>In the audit log&apos;s &quot;who&quot; filter: events made by the signed-in person.</extracomment>
        <translation>אני</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="75"/>
        <source>The system</source>
        <translation>המערכת</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="80"/>
        <source>Show &amp;All</source>
        <translation>הצגת ה&amp;כול</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="82"/>
        <source>Show the events about everything again</source>
        <translation>הצגה מחדש של האירועים על הכול</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="89"/>
        <source>Audit log</source>
        <translation>יומן ביקורת</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="96"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;ייצוא ל-CSV…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="98"/>
        <source>Save every event the filters select as a CSV file</source>
        <translation>שמירת כל האירועים שהמסננים בוחרים כקובץ CSV</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="99"/>
        <source>&amp;Verify Integrity</source>
        <translation>&amp;בדיקת שלמות</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="101"/>
        <source>Check that no event of this workspace was changed, removed or slipped in</source>
        <translation>בדיקה שאף אירוע של סביבת העבודה הזו לא שונה, הוסר או נוסף בהסתר</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="128"/>
        <source>Audit Log</source>
        <translation>יומן ביקורת</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="130"/>
        <source>Every change in this workspace, newest first: who made it, from where, and what it was before and after. Events are kept and cannot be edited; Verify Integrity proves it.</source>
        <translation>כל שינוי בסביבת העבודה הזו, מהחדש לישן: מי ביצע אותו, מאיפה, ומה היה לפניו ואחריו. האירועים נשמרים ואי אפשר לערוך אותם; &apos;בדיקת שלמות&apos; מוכיחה זאת.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="188"/>
        <source>Events about %1</source>
        <translation>אירועים על %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="224"/>
        <source>Your role does not include viewing the audit log.</source>
        <translation>התפקיד שלך אינו כולל צפייה ביומן הביקורת.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="226"/>
        <source>Loading…</source>
        <translation>בטעינה…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogPage.cpp" line="228"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>אירוע %n</numerusform>
            <numerusform>%n אירועים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="238"/>
        <location filename="../ui/audit/AuditLogPage.cpp" line="248"/>
        <source>Export Audit Log</source>
        <translation>ייצוא יומן הביקורת</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="238"/>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV ‏(*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="246"/>
        <source>Exporting the audit log…</source>
        <translation>מייצא את יומן הביקורת…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="246"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="263"/>
        <source>Export cancelled; no file was written.</source>
        <translation>הייצוא בוטל; לא נכתב קובץ.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="272"/>
        <source>Export Failed</source>
        <translation>הייצוא נכשל</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="273"/>
        <source>The audit log could not be exported to %1: %2</source>
        <translation>לא ניתן לייצא את יומן הביקורת אל %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogPage.cpp" line="276"/>
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>אירוע %n יוצא אל %1.</numerusform>
            <numerusform>%n אירועים יוצאו אל %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="283"/>
        <source>Checking…</source>
        <translation>בבדיקה…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogPage.cpp" line="292"/>
        <source>Intact: all %n event(s) are as they were written.</source>
        <translation>
            <numerusform>שלם: אירוע %n כפי שנכתב.</numerusform>
            <numerusform>שלם: כל %n האירועים כפי שנכתבו.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="297"/>
        <source>events from number %1 on are missing (deleted)</source>
        <translation>האירועים ממספר %1 והלאה חסרים (נמחקו)</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="298"/>
        <source>an event was added outside the log</source>
        <translation>אירוע נוסף מחוץ ליומן</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="299"/>
        <source>event number %1 was changed after it was written</source>
        <translation>אירוע מספר %1 שונה אחרי שנכתב</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogPage.cpp" line="301"/>
        <source>Not intact: %1. The %n event(s) before it check out.</source>
        <translation>
            <numerusform>לא שלם: %1. האירוע %n שלפניו תקין.</numerusform>
            <numerusform>לא שלם: %1. %n האירועים שלפניו תקינים.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::BatchDialog</name>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="38"/>
        <source>Changes</source>
        <translation>שינויים</translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="42"/>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="42"/>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="42"/>
        <source>Result</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="51"/>
        <source>Progress</source>
        <translation>התקדמות</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/BatchDialog.cpp" line="86"/>
        <source>All %Ln change(s) made.</source>
        <translation>
            <numerusform>השינוי %Ln בוצע.</numerusform>
            <numerusform>כל %Ln השינויים בוצעו.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="87"/>
        <source>%1 done, %2 not done — see the reasons below.</source>
        <translation>%1 בוצעו, %2 לא בוצעו — הסיבות מופיעות למטה.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/BatchDialog.cpp" line="88"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>שינוי %Ln</numerusform>
            <numerusform>%Ln שינויים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="101"/>
        <source>Working…</source>
        <translation>בעבודה…</translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="114"/>
        <source>Done</source>
        <translation>סיום</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ChangeRoleCommand</name>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="16"/>
        <source>Change &amp;Role</source>
        <translation>שינוי &amp;תפקיד</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="16"/>
        <source>Give the selected members another role</source>
        <translation>מתן תפקיד אחר לחברים הנבחרים</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="52"/>
        <source>Give the selected members the role “%1”</source>
        <translation>מתן התפקיד &quot;%1&quot; לחברים הנבחרים</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="67"/>
        <source>Make Owner</source>
        <translation>הפיכה לבעלים</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="68"/>
        <source>Make %1 an Owner? Owners can do everything, including deleting the workspace and changing other Owners.</source>
        <translation>להפוך את %1 לבעלים? בעלים יכולים לעשות הכול, כולל מחיקת סביבת העבודה ושינוי בעלים אחרים.</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="77"/>
        <source>Give More Access?</source>
        <translation>לתת יותר גישה?</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="78"/>
        <source>Give %1 the role “%2”? They gain: %3.</source>
        <translation>לתת ל-%1 את התפקיד &quot;%2&quot;? נוסף: %3.</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="101"/>
        <source>Role Not Changed</source>
        <translation>התפקיד לא שונה</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="102"/>
        <source>%1 keeps the role “%2”: %3</source>
        <translation>%1 נשאר/ת עם התפקיד &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="107"/>
        <source>%1 is now %2.</source>
        <translation>%1 כעת %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="127"/>
        <source>Give %Ln member(s) the role “%1”. Review the changes, then apply them.</source>
        <translation>
            <numerusform>מתן התפקיד &quot;%1&quot; לחבר %Ln. יש לעבור על השינויים ואז להחיל אותם.</numerusform>
            <numerusform>מתן התפקיד &quot;%1&quot; ל-%Ln חברים. יש לעבור על השינויים ואז להחיל אותם.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="131"/>
        <source>%Ln of them gain permissions they do not have now.</source>
        <translation>
            <numerusform>%Ln מהם מקבל הרשאות שאין לו כעת.</numerusform>
            <numerusform>%Ln מהם מקבלים הרשאות שאין להם כעת.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="134"/>
        <source>Change Role</source>
        <translation>שינוי תפקיד</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="134"/>
        <source>Change %Ln Role(s)</source>
        <translation>
            <numerusform>שינוי תפקיד %Ln</numerusform>
            <numerusform>שינוי %Ln תפקידים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="138"/>
        <source>Now %1</source>
        <translation>כעת %1</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ConnectServerDialog</name>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="24"/>
        <source>Connect to Server</source>
        <translation>התחברות לשרת</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="26"/>
        <source>The server &amp;built into Nacre, on this computer</source>
        <translation>השרת ה&amp;מובנה ב-Nacre, במחשב הזה</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="29"/>
        <source>&amp;Let others on this network join</source>
        <translation>&amp;לאפשר לאחרים ברשת הזו להצטרף</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="31"/>
        <source>The built-in server also listens on this computer’s network address, so people you invite can open their links and sign in from their computers while Nacre runs here.</source>
        <translation>השרת המובנה מאזין גם בכתובת הרשת של המחשב הזה, כך שאנשים שהוזמנו יכולים לפתוח את הקישורים שלהם ולהתחבר מהמחשבים שלהם כל עוד Nacre פועל כאן.</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="36"/>
        <source>This computer has no network address now: invitation links will only open here.</source>
        <translation>למחשב הזה אין כרגע כתובת רשת: קישורי הזמנה ייפתחו רק כאן.</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="37"/>
        <source>Others use &lt;b&gt;http://%1:%2&lt;/b&gt;. The connection is not encrypted: for a team across networks, run a shared nacred with https (see the README).</source>
        <translation>אחרים משתמשים ב-&lt;b&gt;http://%1:%2&lt;/b&gt;. החיבור אינו מוצפן: לצוות שפרוס על פני כמה רשתות, כדאי להפעיל nacred משותף עם https (ראו README).</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="43"/>
        <source>A &amp;Nacre server at:</source>
        <translation>שרת &amp;Nacre בכתובת:</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="47"/>
        <source>Server address</source>
        <translation>כתובת השרת</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="48"/>
        <source>https://nacre.example.com</source>
        <translation>https://nacre.example.com</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="49"/>
        <source>The address your administrator gave you, starting with http:// or https://</source>
        <translation>הכתובת שקיבלת מהמנהל, שמתחילה ב-http://‎ או ב-https://‎</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="50"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;בדיקת החיבור</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="62"/>
        <source>&amp;Connect</source>
        <translation>&amp;התחברות</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="64"/>
        <source>Nacre restarts to connect to the chosen server</source>
        <translation>Nacre מופעל מחדש כדי להתחבר לשרת שנבחר</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="118"/>
        <source>Enter an address that starts with http:// or https://, as in https://nacre.example.com</source>
        <translation>יש להזין כתובת שמתחילה ב-http://‎ או ב-https://‎, כמו https://nacre.example.com</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="125"/>
        <source>Connecting to %1…</source>
        <translation>מתחבר אל %1…</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="132"/>
        <source>Something answered there, but it is not a Nacre server.</source>
        <translation>משהו ענה שם, אבל זה לא שרת Nacre.</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="136"/>
        <source>Connected: Nacre server %1, not set up yet.</source>
        <translation>מחובר: שרת Nacre‏ %1, עדיין לא הוגדר.</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="137"/>
        <source>Connected: Nacre server %1.</source>
        <translation>מחובר: שרת Nacre‏ %1.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::CopyInvitationLinkCommand</name>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="15"/>
        <source>Copy &amp;Link…</source>
        <translation>העתקת &amp;קישור…</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="16"/>
        <source>Make a new invitation link to hand over another way (the emailed link stops working)</source>
        <translation>יצירת קישור הזמנה חדש למסירה בדרך אחרת (הקישור שנשלח בדוא״ל יפסיק לעבוד)</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="28"/>
        <source>Copy Invitation Link</source>
        <translation>העתקת קישור הזמנה</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="29"/>
        <source>Make a new link for %1 and copy it? Anyone with the link can join as %1, so share it only with them. The link in the email sent earlier stops working.</source>
        <translation>ליצור קישור חדש עבור %1 ולהעתיק אותו? כל מי שיש לו את הקישור יכול להצטרף בתור %1, לכן יש לשתף אותו רק איתם. הקישור בדוא״ל שנשלח קודם יפסיק לעבוד.</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="39"/>
        <source>No Link Made</source>
        <translation>לא נוצר קישור</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="43"/>
        <source>Invitation link for %1 copied to the clipboard.</source>
        <translation>קישור ההזמנה עבור %1 הועתק ללוח.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::CreateApiKeyDialog</name>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="26"/>
        <source>New API Key</source>
        <translation>מפתח API חדש</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="29"/>
        <source>Key name</source>
        <translation>שם המפתח</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="30"/>
        <source>What uses it, such as CRM sync</source>
        <translation>מה משתמש בו, למשל סנכרון CRM</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="37"/>
        <source>&amp;Expires on</source>
        <translation>&amp;תפוגה ב-</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="40"/>
        <source>A key that expires stops working on its own; one that never does lasts until revoked</source>
        <translation>מפתח עם תפוגה מפסיק לעבוד מעצמו; מפתח בלי תפוגה נשאר בתוקף עד שיבוטל</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="43"/>
        <source>Expiry day</source>
        <translation>יום התפוגה</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="52"/>
        <source>&amp;Create Key</source>
        <translation>&amp;יצירת מפתח</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="64"/>
        <source>A key lets a program act in this workspace with the permissions you choose here (at most your own). It stops working when revoked or expired, and narrows with your role if you lose a permission.</source>
        <translation>מפתח מאפשר לתוכנה לפעול בסביבת העבודה הזו עם ההרשאות שנבחרות כאן (לכל היותר ההרשאות שלך). הוא מפסיק לעבוד כשהוא מבוטל או שתוקפו פג, ומצטמצם יחד עם התפקיד שלך אם הרשאה נלקחת ממך.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="88"/>
        <source>Create the key and show its secret once</source>
        <translation>יצירת המפתח והצגת הסוד שלו פעם אחת</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="89"/>
        <source>Give the key a name and at least one permission</source>
        <translation>יש לתת למפתח שם והרשאה אחת לפחות</translation>
    </message>
</context>
<context>
    <name>nacre::ui::CreateRoleCommand</name>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="37"/>
        <source>&amp;Create Role…</source>
        <translation>&amp;יצירת תפקיד…</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="37"/>
        <source>Define a role from the permission catalog</source>
        <translation>הגדרת תפקיד מתוך קטלוג ההרשאות</translation>
    </message>
</context>
<context>
    <name>nacre::ui::CreateWorkspaceDialog</name>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="23"/>
        <source>Create New Workspace</source>
        <translation>יצירת סביבת עבודה חדשה</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="26"/>
        <source>A workspace is an isolated environment with its own Pearls, members, settings, billing and logs. It has its own subscription and is billed separately.</source>
        <translation>סביבת עבודה היא סביבה מבודדת עם Pearls, חברים, הגדרות, חיובים ויומנים משלה. יש לה מינוי משלה והיא מחויבת בנפרד.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="29"/>
        <source>Workspace &amp;name:</source>
        <translation>&amp;שם סביבת העבודה:</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="32"/>
        <source>Workspace name</source>
        <translation>שם סביבת העבודה</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="43"/>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="82"/>
        <source>&amp;Create</source>
        <translation>&amp;יצירה</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="77"/>
        <source>You already belong to a workspace named “%1”. Two with one name are easy to mix up; consider another name.</source>
        <translation>כבר יש לך סביבת עבודה בשם &quot;%1&quot;. קל לבלבל בין שתיים עם אותו שם; כדאי לשקול שם אחר.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="82"/>
        <source>&amp;Create Anyway</source>
        <translation>&amp;יצירה בכל זאת</translation>
    </message>
</context>
<context>
    <name>nacre::ui::DeleteRoleCommand</name>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="10"/>
        <source>&amp;Delete…</source>
        <translation>&amp;מחיקה…</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="10"/>
        <source>Delete the role (only when nobody holds it)</source>
        <translation>מחיקת התפקיד (רק כשאין לאף אחד את התפקיד)</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="29"/>
        <source>Delete Role</source>
        <translation>מחיקת תפקיד</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="30"/>
        <source>Delete the role “%1”? This cannot be undone.</source>
        <translation>למחוק את התפקיד &quot;%1&quot;? אי אפשר לבטל פעולה זו.</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="36"/>
        <source>Role Not Deleted</source>
        <translation>התפקיד לא נמחק</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="38"/>
        <source>Role deleted.</source>
        <translation>התפקיד נמחק.</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="50"/>
        <source>Role “%1” deleted; its members now have “%2”.</source>
        <translation>התפקיד &quot;%1&quot; נמחק; לחברים שלו יש כעת &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::DeleteWorkspaceDialog</name>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="20"/>
        <source>Delete Workspace</source>
        <translation>מחיקת סביבת עבודה</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="23"/>
        <source>&lt;p&gt;&lt;b&gt;Deleting “%1” is permanent and cannot be undone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its members, roles, invitations, settings, subscription and audit log are all removed. Members keep their accounts and their other workspaces.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;מחיקת &quot;%1&quot; היא סופית ואי אפשר לבטל אותה.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;החברים, התפקידים, ההזמנות, ההגדרות, המינוי ויומן הביקורת שלה יוסרו כולם. החברים שומרים על החשבונות שלהם ועל סביבות העבודה האחרות שלהם.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="29"/>
        <source>Type the workspace&apos;s name to confirm:</source>
        <translation>יש להקליד את שם סביבת העבודה לאישור:</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="33"/>
        <source>Workspace name, to confirm</source>
        <translation>שם סביבת העבודה, לאישור</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="37"/>
        <source>&amp;Delete Workspace</source>
        <translation>&amp;מחיקת סביבת העבודה</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="40"/>
        <source>Type the exact workspace name to enable</source>
        <translation>יש להקליד את השם המדויק של סביבת העבודה כדי לאפשר</translation>
    </message>
</context>
<context>
    <name>nacre::ui::DuplicateRoleCommand</name>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="70"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;שכפול…</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="70"/>
        <source>Start a new role from this one</source>
        <translation>התחלת תפקיד חדש מהתפקיד הזה</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="79"/>
        <source>Select a role first.</source>
        <translation>יש לבחור תפקיד קודם.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::EditRoleCommand</name>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="54"/>
        <source>&amp;Edit…</source>
        <translation>&amp;עריכה…</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="54"/>
        <source>Rename the role or change its permissions</source>
        <translation>שינוי שם התפקיד או ההרשאות שלו</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ExportMembersCommand</name>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="16"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;ייצוא ל-CSV…</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="16"/>
        <source>Save the members shown (search and filter applied) as a CSV file</source>
        <translation>שמירת החברים המוצגים (אחרי חיפוש וסינון) כקובץ CSV</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="28"/>
        <source>An export is under way.</source>
        <translation>ייצוא כבר מתבצע.</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="29"/>
        <source>No members to export.</source>
        <translation>אין חברים לייצוא.</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="36"/>
        <source>Export Members</source>
        <translation>ייצוא חברים</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="36"/>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV ‏(*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="47"/>
        <source>Exporting members: %1 of %2…</source>
        <translation>מייצא חברים: %1 מתוך %2…</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="54"/>
        <source>Export Failed</source>
        <translation>הייצוא נכשל</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="55"/>
        <source>The members could not be exported to %1: %2</source>
        <translation>לא ניתן לייצא את החברים אל %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="58"/>
        <source>Exported %Ln member(s) to %1.</source>
        <translation>
            <numerusform>חבר %Ln יוצא אל %1.</numerusform>
            <numerusform>%Ln חברים יוצאו אל %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::GeneralSettingsPage</name>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="40"/>
        <source>General Settings</source>
        <translation>הגדרות כלליות</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="53"/>
        <source>Workspace name</source>
        <translation>שם סביבת העבודה</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="54"/>
        <source>The name visible to all members of the workspace</source>
        <translation>השם שכל חברי סביבת העבודה רואים</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="57"/>
        <source>Billing email</source>
        <translation>דוא״ל לחיובים</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="58"/>
        <source>Used for invoices, receipts and payment-related notifications</source>
        <translation>משמש לחשבוניות, קבלות והתראות הקשורות לתשלומים</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="59"/>
        <source>billing@example.com</source>
        <translation>billing@example.com</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="62"/>
        <source>Notifications email</source>
        <translation>דוא״ל להתראות</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="63"/>
        <source>Where important alerts and workspace notifications are sent</source>
        <translation>לאן נשלחות התראות חשובות והודעות של סביבת העבודה</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="64"/>
        <source>alerts@example.com</source>
        <translation>alerts@example.com</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="65"/>
        <source>Receive product news, feature updates and occasional announcements</source>
        <translation>קבלת חדשות על המוצר, עדכוני תכונות והודעות מזדמנות</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="71"/>
        <source>Workspace</source>
        <translation>סביבת עבודה</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="74"/>
        <source>Workspace &amp;name:</source>
        <translation>&amp;שם סביבת העבודה:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="75"/>
        <source>&amp;Billing email:</source>
        <translation>דוא״ל ל&amp;חיובים:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="76"/>
        <source>N&amp;otifications email:</source>
        <translation>דוא״ל ל&amp;התראות:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="78"/>
        <source>Newsletter:</source>
        <translation>ניוזלטר:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="83"/>
        <source>Default role for invitations</source>
        <translation>תפקיד ברירת מחדל להזמנות</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="84"/>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="330"/>
        <source>The role the Invite dialog offers first. Give people the least access they need; Owner is never offered.</source>
        <translation>התפקיד שחלון ההזמנה מציע ראשון. כדאי לתת לאנשים את הגישה המינימלית שהם צריכים; תפקיד הבעלים לעולם אינו מוצע.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="88"/>
        <source>&amp;Invite as:</source>
        <translation>&amp;הזמנה בתפקיד:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="89"/>
        <source>the role new invitations offer first</source>
        <translation>התפקיד שהזמנות חדשות מציעות ראשון</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="94"/>
        <source>Session timeout in minutes</source>
        <translation>זמן קצוב להפעלה בדקות</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="98"/>
        <source> minutes</source>
        <translation> דקות</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="100"/>
        <source>How long a session stays active before it expires due to inactivity (%1 to %2 minutes)</source>
        <translation>כמה זמן הפעלה נשארת פעילה לפני שהיא פגה בשל חוסר פעילות (%1 עד %2 דקות)</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="106"/>
        <source>Call recordings can be opened by anyone with a shared link</source>
        <translation>כל מי שיש לו קישור משותף יכול לפתוח הקלטות שיחות</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="109"/>
        <source>Security and sessions</source>
        <translation>אבטחה והפעלות</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="111"/>
        <source>Session &amp;timeout:</source>
        <translation>&amp;זמן קצוב להפעלה:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="114"/>
        <source>%1 to %2 minutes (3 days)</source>
        <translation>%1 עד %2 דקות (3 ימים)</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="116"/>
        <source>Public recordings:</source>
        <translation>הקלטות ציבוריות:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="118"/>
        <source>&amp;Revert</source>
        <translation>&amp;שחזור</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="120"/>
        <source>Discard your changes and show the saved settings</source>
        <translation>ביטול השינויים שלך והצגת ההגדרות השמורות</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="121"/>
        <source>&amp;Save</source>
        <translation>&amp;שמירה</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="127"/>
        <source>Danger zone</source>
        <translation>אזור מסוכן</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="129"/>
        <source>&amp;Delete Workspace…</source>
        <translation>&amp;מחיקת סביבת העבודה…</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="131"/>
        <source>Permanently delete the workspace and all associated data</source>
        <translation>מחיקה לצמיתות של סביבת העבודה ושל כל הנתונים הקשורים אליה</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="136"/>
        <source>Deleting a workspace is permanent and cannot be undone. All associated data is removed.</source>
        <translation>מחיקת סביבת עבודה היא סופית ואי אפשר לבטל אותה. כל הנתונים הקשורים יוסרו.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="142"/>
        <source>Your membership</source>
        <translation>החברות שלך</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="144"/>
        <source>&amp;Leave Workspace…</source>
        <translation>&amp;עזיבת סביבת העבודה…</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="146"/>
        <source>Stop being a member of this workspace; an admin can invite you again</source>
        <translation>הפסקת החברות בסביבת העבודה הזו; מנהל יוכל להזמין אותך שוב</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="148"/>
        <source>Leaving takes away your access to this workspace. It stays as it is for everyone else.</source>
        <translation>עזיבה לוקחת ממך את הגישה לסביבת העבודה הזו. עבור כל השאר היא נשארת כפי שהיא.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="193"/>
        <source>Settings saved.</source>
        <translation>ההגדרות נשמרו.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="211"/>
        <source>Settings of “%1”. They apply to everyone in this workspace.</source>
        <translation>ההגדרות של &quot;%1&quot;. הן חלות על כל מי שבסביבת העבודה הזו.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="221"/>
        <source>You can view these settings but not change them: your role does not include “%1” or “%2”.</source>
        <translation>אפשר לצפות בהגדרות האלה אבל לא לשנות אותן: התפקיד שלך אינו כולל את &quot;%1&quot; או את &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="224"/>
        <source>Some settings are read-only for you: your role does not include “%1”.</source>
        <translation>חלק מההגדרות לקריאה בלבד עבורך: התפקיד שלך אינו כולל את &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="332"/>
        <source>Choosing the default role needs the “%1” permission.</source>
        <translation>בחירת תפקיד ברירת המחדל דורשת את ההרשאה &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="347"/>
        <source>Nothing to save</source>
        <translation>אין מה לשמור</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="348"/>
        <source>Correct the highlighted fields first</source>
        <translation>יש לתקן קודם את השדות המסומנים</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="349"/>
        <source>Save the changes for everyone in the workspace</source>
        <translation>שמירת השינויים עבור כל מי שבסביבת העבודה</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="390"/>
        <source>Settings Changed Elsewhere</source>
        <translation>ההגדרות שונו במקום אחר</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="391"/>
        <source>Someone else changed this workspace&apos;s settings while you were editing.

Discard to load their version (your changes are lost), Save to overwrite with your changes, or Cancel to keep editing.</source>
        <translation>מישהו אחר שינה את ההגדרות של סביבת העבודה הזו בזמן שערכת אותן.

&apos;ביטול שינויים&apos; טוען את הגרסה שלו (השינויים שלך יאבדו), &apos;שמירה&apos; דורסת אותה בשינויים שלך, ו&apos;ביטול&apos; ממשיך בעריכה.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="428"/>
        <source>Leave Workspace</source>
        <translation>עזיבת סביבת העבודה</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="429"/>
        <source>Leave “%1”? You lose access to it until someone invites you again.</source>
        <translation>לעזוב את &quot;%1&quot;? הגישה שלך אליה תיעלם עד שמישהו יזמין אותך שוב.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="437"/>
        <source>You Are Still a Member</source>
        <translation>עדיין חבר/ה</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="439"/>
        <source>You are the workspace&apos;s only Owner. Make someone else an Owner before you leave.</source>
        <translation>אין לסביבת העבודה בעלים מלבדך. יש להפוך מישהו אחר לבעלים לפני העזיבה.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="443"/>
        <source>You left “%1”.</source>
        <translation>עזבת את &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="458"/>
        <source>Workspace Not Deleted</source>
        <translation>סביבת העבודה לא נמחקה</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="461"/>
        <source>The workspace was deleted.</source>
        <translation>סביבת העבודה נמחקה.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::HelpMenu</name>
    <message>
        <location filename="../ui/shell/HelpMenu.cpp" line="14"/>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpMenu.cpp" line="18"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;קיצורי מקלדת</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpMenu.cpp" line="25"/>
        <source>&amp;About Nacre</source>
        <translation>&amp;אודות Nacre</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpMenu.cpp" line="39"/>
        <source>About Nacre</source>
        <translation>אודות Nacre</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpMenu.cpp" line="40"/>
        <source>&lt;p&gt;&lt;b&gt;Nacre %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The console for a Pearls workspace: who is in it, what each person may do, and how it is set up.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nacre %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;המסוף של סביבת עבודה ב-Pearls: מי נמצא בה, מה כל אחד רשאי לעשות ואיך היא מוגדרת.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nacre::ui::IdleBanner</name>
    <message>
        <location filename="../ui/shell/IdleBanner.cpp" line="25"/>
        <source>&amp;Stay Signed In</source>
        <translation>&amp;להישאר מחובר/ת</translation>
    </message>
    <message>
        <location filename="../ui/shell/IdleBanner.cpp" line="27"/>
        <source>Tell the server you are still here; the countdown starts again.</source>
        <translation>עדכון השרת שעדיין נמצאים כאן; הספירה לאחור מתחילה מחדש.</translation>
    </message>
    <message>
        <location filename="../ui/shell/IdleBanner.cpp" line="42"/>
        <source>Nobody has used Nacre for a while. For your security you will be signed out in %1; anything you have not saved stays in the window.</source>
        <translation>אף אחד לא השתמש ב-Nacre זמן מה. למען האבטחה, תתבצע התנתקות בעוד %1; מה שלא נשמר נשאר בחלון.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::InvitationCommand</name>
    <message>
        <location filename="../ui/users/invitations/InvitationCommand.cpp" line="23"/>
        <source>Select one invitation first.</source>
        <translation>יש לבחור הזמנה אחת קודם.</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/InvitationCommand.cpp" line="24"/>
        <source>Select one or more invitations first.</source>
        <translation>יש לבחור הזמנה אחת או יותר קודם.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/invitations/InvitationCommand.cpp" line="38"/>
        <source>%1: %Ln invitation(s).</source>
        <translation>
            <numerusform>%1: הזמנה %Ln.</numerusform>
            <numerusform>%1: %Ln הזמנות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/invitations/InvitationCommand.cpp" line="45"/>
        <source>%Ln invitation(s) done. Not done:</source>
        <translation>
            <numerusform>הזמנה %Ln טופלה. לא טופלו:</numerusform>
            <numerusform>%Ln הזמנות טופלו. לא טופלו:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::InvitationsTab</name>
    <message>
        <location filename="../ui/users/InvitationsTab.cpp" line="56"/>
        <source>Invitations</source>
        <translation>הזמנות</translation>
    </message>
    <message>
        <location filename="../ui/users/InvitationsTab.cpp" line="62"/>
        <source>No invitations are waiting. The people you invite appear here until they join, so you can resend or withdraw an invitation.</source>
        <translation>אין הזמנות ממתינות. האנשים שמזמינים מופיעים כאן עד שהם מצטרפים, כדי שאפשר יהיה לשלוח שוב או לבטל הזמנה.</translation>
    </message>
    <message>
        <location filename="../ui/users/InvitationsTab.cpp" line="64"/>
        <source>Invite Users…</source>
        <translation>הזמנת משתמשים…</translation>
    </message>
    <message>
        <location filename="../ui/users/InvitationsTab.cpp" line="93"/>
        <source>the invitation for %1</source>
        <translation>ההזמנה עבור %1</translation>
    </message>
</context>
<context>
    <name>nacre::ui::InviteCommand</name>
    <message>
        <location filename="../ui/users/invitations/InviteCommand.cpp" line="13"/>
        <source>&amp;Invite User…</source>
        <translation>&amp;הזמנת משתמש…</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/InviteCommand.cpp" line="13"/>
        <source>Invite people to this workspace by email</source>
        <translation>הזמנת אנשים לסביבת העבודה הזו בדוא״ל</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/InviteCommand.cpp" line="34"/>
        <source>No workspace is open.</source>
        <translation>אין סביבת עבודה פתוחה.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/invitations/InviteCommand.cpp" line="44"/>
        <source>%Ln invitation(s) sent.</source>
        <translation>
            <numerusform>הזמנה %Ln נשלחה.</numerusform>
            <numerusform>%Ln הזמנות נשלחו.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::InviteDialog</name>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="35"/>
        <source>checking…</source>
        <translation>בבדיקה…</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="37"/>
        <source>will be invited</source>
        <translation>יוזמן</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="39"/>
        <location filename="../ui/users/InviteDialog.cpp" line="289"/>
        <source>already a member</source>
        <translation>כבר חבר</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="41"/>
        <location filename="../ui/users/InviteDialog.cpp" line="293"/>
        <source>already invited</source>
        <translation>כבר הוזמן</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="72"/>
        <source>Invite User</source>
        <translation>הזמנת משתמש</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="76"/>
        <source>Enter one or more email addresses, separated by commas, spaces or new lines. Forms like &lt;i&gt;Ann Lee &amp;lt;ann@example.com&amp;gt;&lt;/i&gt; work too.</source>
        <translation>יש להזין כתובת דוא״ל אחת או יותר, מופרדות בפסיקים, ברווחים או בשורות חדשות. גם צורות כמו &lt;i&gt;Ann Lee &amp;lt;ann@example.com&amp;gt;&lt;/i&gt; עובדות.</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="81"/>
        <source>Email addresses</source>
        <translation>כתובות דוא״ל</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="82"/>
        <source>ann@example.com, Bo Ek &lt;bo@example.com&gt;</source>
        <translation>ann@example.com, Bo Ek &lt;bo@example.com&gt;</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="87"/>
        <source>Addresses found</source>
        <translation>כתובות שנמצאו</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="88"/>
        <source>Select an address and press Delete to leave it out</source>
        <translation>יש לבחור כתובת וללחוץ Delete כדי להשמיט אותה</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="100"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="101"/>
        <source>Only the roles you may give are offered</source>
        <translation>מוצעים רק התפקידים שמותר לך לתת</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="108"/>
        <source>&amp;Role:</source>
        <translation>&amp;תפקיד:</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="110"/>
        <source>Import &amp;CSV…</source>
        <translation>ייבוא &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="112"/>
        <source>Add the addresses found in a CSV file, in any column</source>
        <translation>הוספת הכתובות שנמצאו בקובץ CSV, בכל עמודה</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="133"/>
        <source>Invitation links point at this computer (%1), so people on other computers cannot open them. To let them join, sign out, choose Change Server… and tick “Let others on this network join”, or run a shared nacred server (see the README).</source>
        <translation>קישורי ההזמנה מפנים למחשב הזה (%1), כך שאנשים במחשבים אחרים לא יוכלו לפתוח אותם. כדי לאפשר להם להצטרף, יש להתנתק, לבחור &apos;החלפת שרת…&apos; ולסמן &quot;לאפשר לאחרים ברשת הזו להצטרף&quot;, או להפעיל שרת nacred משותף (ראו README).</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="153"/>
        <source>Invitation results</source>
        <translation>תוצאות ההזמנה</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="157"/>
        <source>What happened to each address:</source>
        <translation>מה קרה לכל כתובת:</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="165"/>
        <location filename="../ui/users/InviteDialog.cpp" line="215"/>
        <source>Invite</source>
        <translation>הזמנה</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="202"/>
        <source> (given %1 times)</source>
        <translation> (ניתנה %1 פעמים)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="215"/>
        <source>Invite %Ln person(s)</source>
        <translation>
            <numerusform>הזמנת אדם %Ln</numerusform>
            <numerusform>הזמנת %Ln אנשים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="219"/>
        <source>%Ln already a member</source>
        <translation>
            <numerusform>%Ln כבר חבר</numerusform>
            <numerusform>%Ln כבר חברים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="221"/>
        <source>%Ln already invited</source>
        <translation>
            <numerusform>%Ln כבר הוזמן</numerusform>
            <numerusform>%Ln כבר הוזמנו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="223"/>
        <source>%Ln not valid</source>
        <translation>
            <numerusform>%Ln לא תקינה</numerusform>
            <numerusform>%Ln לא תקינות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="228"/>
        <source>Your role cannot give any role in this workspace, so you cannot invite anyone.</source>
        <translation>התפקיד שלך אינו יכול לתת אף תפקיד בסביבת העבודה הזו, לכן אין באפשרותך להזמין אף אחד.</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="237"/>
        <source>Could not read %1: %2</source>
        <translation>לא ניתן לקרוא את %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="252"/>
        <source>Import Addresses</source>
        <translation>ייבוא כתובות</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="252"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>קובצי CSV ‏(*.csv *.txt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="284"/>
        <source>invited: an invitation email is on its way</source>
        <translation>הוזמן: הודעת הזמנה בדרך</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="297"/>
        <source>not a valid address</source>
        <translation>כתובת לא תקינה</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="305"/>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
</context>
<context>
    <name>nacre::ui::JoinDialog</name>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="51"/>
        <source>Join a Workspace</source>
        <translation>הצטרפות לסביבת עבודה</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="54"/>
        <source>&lt;b&gt;Join the workspace you were invited to.&lt;/b&gt;</source>
        <translation>&lt;b&gt;הצטרפות לסביבת העבודה שאליה הוזמנת.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="63"/>
        <source>Invitation link or code</source>
        <translation>קישור או קוד הזמנה</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="64"/>
        <source>https://…/invite/nki_… or nki_…</source>
        <translation>https://…/invite/nki_… או nki_…</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="65"/>
        <source>The link in your invitation mail, or the code below it</source>
        <translation>הקישור בהודעת ההזמנה, או הקוד שמתחתיו</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="68"/>
        <source>Paste the link or the code from your invitation mail. Nacre shows what the invitation is before anything happens.</source>
        <translation>יש להדביק את הקישור או את הקוד מהודעת ההזמנה. Nacre מציג מהי ההזמנה לפני שמשהו קורה.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="70"/>
        <source>&amp;Invitation:</source>
        <translation>&amp;הזמנה:</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="75"/>
        <source>Your name</source>
        <translation>השם שלך</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="76"/>
        <source>How others in the workspace will see you</source>
        <translation>איך אחרים בסביבת העבודה יראו אותך</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="80"/>
        <source>Create your account. You will sign in with the invited address and this password.</source>
        <translation>יצירת החשבון שלך. ההתחברות תהיה עם הכתובת שהוזמנה והסיסמה הזו.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="82"/>
        <source>Your &amp;name:</source>
        <translation>ה&amp;שם שלך:</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="83"/>
        <location filename="../ui/auth/JoinDialog.cpp" line="99"/>
        <source>&amp;Password:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="90"/>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="94"/>
        <source>One-time code</source>
        <translation>קוד חד-פעמי</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="95"/>
        <source>6-digit code or recovery code</source>
        <translation>קוד בן 6 ספרות או קוד שחזור</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="96"/>
        <source>The code your authenticator app shows for Nacre now, or one of your recovery codes</source>
        <translation>הקוד שאפליקציית האימות מציגה כעת עבור Nacre, או אחד מקודי השחזור שלך</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="100"/>
        <source>&amp;Code:</source>
        <translation>&amp;קוד:</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="118"/>
        <source>&amp;Back</source>
        <translation>&amp;חזרה</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="120"/>
        <source>Use another invitation</source>
        <translation>שימוש בהזמנה אחרת</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="156"/>
        <source>&amp;Continue</source>
        <translation>&amp;המשך</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="161"/>
        <source>Create Account and &amp;Join</source>
        <translation>יצירת חשבון ו&amp;הצטרפות</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="165"/>
        <source>Sign In and &amp;Join</source>
        <translation>התחברות ו&amp;הצטרפות</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="171"/>
        <source>&amp;Join</source>
        <translation>&amp;הצטרפות</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="231"/>
        <source>This is not an invitation link or code. Copy the link from the invitation mail (it contains /invite/) or the code that starts with nki_.</source>
        <translation>זה אינו קישור או קוד הזמנה. יש להעתיק את הקישור מהודעת ההזמנה (הוא כולל ‎/invite/‎) או את הקוד שמתחיל ב-nki_.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="255"/>
        <source>An admin</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="257"/>
        <source>%1 invited &lt;b&gt;%2&lt;/b&gt; to the workspace &lt;b&gt;%3&lt;/b&gt; as &lt;b&gt;%4&lt;/b&gt;. The invitation is valid until %5.</source>
        <translation>%1 הזמין/ה את &lt;b&gt;%2&lt;/b&gt; לסביבת העבודה &lt;b&gt;%3&lt;/b&gt; בתפקיד &lt;b&gt;%4&lt;/b&gt;. ההזמנה בתוקף עד %5.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="263"/>
        <source>You are signed in as %1. Join to add the workspace to your list.</source>
        <translation>התחברת בתור %1. הצטרפות תוסיף את סביבת העבודה לרשימה שלך.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="267"/>
        <source>%1 already has a Nacre account on this server. Enter its password to join.</source>
        <translation>ל-%1 כבר יש חשבון Nacre בשרת הזה. יש להזין את הסיסמה שלו כדי להצטרף.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="328"/>
        <source>That password is not right for %1.</source>
        <translation>הסיסמה הזו שגויה עבור %1.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="336"/>
        <source>%1 now has a Nacre account on this server. Enter its password to join.</source>
        <translation>ל-%1 יש כעת חשבון Nacre בשרת הזה. יש להזין את הסיסמה שלו כדי להצטרף.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::KeyboardShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="35"/>
        <source>Keyboard Shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="38"/>
        <source>Keyboard shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="40"/>
        <source>Keys</source>
        <translation>מקשים</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="40"/>
        <source>What they do</source>
        <translation>מה הם עושים</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="45"/>
        <source>Switch workspace, or create one</source>
        <translation>החלפת סביבת עבודה, או יצירת חדשה</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="48"/>
        <source>Open %1</source>
        <translation>פתיחת %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="50"/>
        <source>Show this list</source>
        <translation>הצגת הרשימה הזו</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="52"/>
        <source>Move to the next or the previous control</source>
        <translation>מעבר לפקד הבא או הקודם</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="54"/>
        <source>Alt+underlined letter</source>
        <extracomment>Keys: the Alt key with a letter that is underlined in a label or button.</extracomment>
        <translation>Alt+האות המסומנת בקו</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="55"/>
        <source>Press the button, or go to the field, whose label has that letter underlined</source>
        <translation>לחיצה על הכפתור, או מעבר לשדה, שבתווית שלו האות הזו מסומנת בקו</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="56"/>
        <source>Press the highlighted button of a dialog</source>
        <translation>לחיצה על הכפתור המודגש של חלון דו-שיח</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="57"/>
        <source>Close a dialog or the switcher without changing anything</source>
        <translation>סגירת חלון דו-שיח או הבורר בלי לשנות דבר</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="59"/>
        <source>Anywhere in the window</source>
        <translation>בכל מקום בחלון</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="60"/>
        <source>Users</source>
        <translation>משתמשים</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="62"/>
        <source>Invite users</source>
        <translation>הזמנת משתמשים</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="63"/>
        <source>Search the members (Members tab)</source>
        <translation>חיפוש חברים (לשונית החברים)</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="64"/>
        <source>Show the selected member&apos;s details, or edit the selected role</source>
        <translation>הצגת הפרטים של החבר הנבחר, או עריכת התפקיד הנבחר</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="66"/>
        <source>Remove the selected members, revoke the selected invitations or delete the selected role (in their table)</source>
        <translation>הסרת החברים הנבחרים, ביטול ההזמנות הנבחרות או מחיקת התפקיד הנבחר (בטבלה שלהם)</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="69"/>
        <source>The selected row&apos;s commands</source>
        <translation>הפקודות של השורה הנבחרת</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="70"/>
        <source>Select every member loaded</source>
        <translation>בחירת כל החברים שנטענו</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="72"/>
        <source>Workspace switcher</source>
        <translation>בורר סביבות עבודה</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="75"/>
        <source>Choose a workspace (type to filter the list)</source>
        <translation>בחירת סביבת עבודה (הקלדה מסננת את הרשימה)</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="76"/>
        <source>Open the chosen workspace</source>
        <translation>פתיחת סביבת העבודה שנבחרה</translation>
    </message>
</context>
<context>
    <name>nacre::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="54"/>
        <location filename="../ui/shell/MainWindow.cpp" line="269"/>
        <source>Nacre</source>
        <translation>Nacre</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="85"/>
        <source>You are not a member of any workspace yet. Create one, or ask an admin to invite you.</source>
        <translation>עדיין אינך חבר/ה באף סביבת עבודה. אפשר ליצור אחת, או לבקש ממנהל להזמין אותך.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="89"/>
        <source>Create New Workspace…</source>
        <translation>יצירת סביבת עבודה חדשה…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="120"/>
        <source>Working</source>
        <translation>בעבודה</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="124"/>
        <source>Offline: the server cannot be reached. Changes are disabled until it is back.</source>
        <translation>לא מקוון: לא ניתן להגיע לשרת. השינויים מושבתים עד שהוא יחזור.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="238"/>
        <source>Two-factor sign-in required</source>
        <translation>נדרשת התחברות דו-שלבית</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="240"/>
        <source>General Settings</source>
        <translation>הגדרות כלליות</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="242"/>
        <source>Users</source>
        <translation>משתמשים</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="244"/>
        <source>Audit Log</source>
        <translation>יומן ביקורת</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="246"/>
        <source>API Keys</source>
        <translation>מפתחות API</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="248"/>
        <source>Security and Sessions</source>
        <translation>אבטחה והפעלות</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="249"/>
        <source>Profile</source>
        <translation>פרופיל</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="250"/>
        <source>Security</source>
        <translation>אבטחה</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="269"/>
        <source>%1 — Nacre</source>
        <translation>%1 — Nacre</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="311"/>
        <source>Workspace created. It has its own subscription and is billed separately.</source>
        <translation>סביבת העבודה נוצרה. יש לה מינוי משלה והיא מחויבת בנפרד.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberAccess</name>
    <message>
        <location filename="../ui/users/MemberAccess.cpp" line="36"/>
        <source>Select one or more members first.</source>
        <translation>יש לבחור חבר אחד או יותר קודם.</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberAccess.cpp" line="39"/>
        <source>Some of the selected members are still loading.</source>
        <translation>חלק מהחברים הנבחרים עדיין בטעינה.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberBatch</name>
    <message>
        <location filename="../ui/users/members/MemberBatch.cpp" line="34"/>
        <source>No longer in the list; it was changed elsewhere.</source>
        <translation>כבר לא ברשימה; הוא שונה במקום אחר.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/MemberBatch.cpp" line="44"/>
        <source>%1: %Ln member(s) done.</source>
        <translation>
            <numerusform>%1: חבר %Ln טופל.</numerusform>
            <numerusform>%1: %Ln חברים טופלו.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/members/MemberBatch.cpp" line="45"/>
        <source>%1: %2 done, %3 not done.</source>
        <translation>%1: %2 טופלו, %3 לא טופלו.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/MemberBatch.cpp" line="46"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>חבר %Ln</numerusform>
            <numerusform>%Ln חברים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberDetailsCommand</name>
    <message>
        <location filename="../ui/users/members/MemberDetailsCommand.cpp" line="8"/>
        <source>Member &amp;Details…</source>
        <translation>&amp;פרטי החבר…</translation>
    </message>
    <message>
        <location filename="../ui/users/members/MemberDetailsCommand.cpp" line="9"/>
        <source>When the selected member joined, who invited them, their sessions and what they can do</source>
        <translation>מתי החבר הנבחר הצטרף, מי הזמין אותו, ההפעלות שלו ומה הוא יכול לעשות</translation>
    </message>
    <message>
        <location filename="../ui/users/members/MemberDetailsCommand.cpp" line="17"/>
        <source>Select one member first.</source>
        <translation>יש לבחור חבר אחד קודם.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberDetailsDialog</name>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="27"/>
        <source>%1 — Member Details</source>
        <translation>%1 — פרטי חבר</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="34"/>
        <source>%1 · role: %2</source>
        <translation>%1 · תפקיד: %2</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="54"/>
        <source>Never</source>
        <translation>אף פעם</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="55"/>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="56"/>
        <source>Loading…</source>
        <translation>בטעינה…</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="58"/>
        <source>Joined:</source>
        <translation>הצטרף:</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="59"/>
        <source>Invited by:</source>
        <translation>הוזמן על ידי:</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="60"/>
        <source>Last active:</source>
        <translation>פעילות אחרונה:</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="61"/>
        <source>Sessions:</source>
        <translation>הפעלות:</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="62"/>
        <source>What %1 can do</source>
        <translation>מה %1 יכול/ה לעשות</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="69"/>
        <source>Effective permissions of %1</source>
        <translation>ההרשאות בפועל של %1</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="70"/>
        <source>Permission</source>
        <translation>הרשאה</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="70"/>
        <source>Allowed</source>
        <translation>מותר</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="70"/>
        <source>Granted by</source>
        <translation>ניתנה על ידי</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="81"/>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="81"/>
        <source>No</source>
        <translation>לא</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="88"/>
        <source>Granted by the role “%1”</source>
        <translation>ניתנה על ידי התפקיד &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="89"/>
        <source>The role “%1” does not include this</source>
        <translation>התפקיד &quot;%1&quot; אינו כולל זאת</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="100"/>
        <source>%1 of %2</source>
        <translation>%1 מתוך %2</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="110"/>
        <source>Owner only</source>
        <translation>לבעלים בלבד</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="115"/>
        <source>Delete the workspace</source>
        <translation>מחיקת סביבת העבודה</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="115"/>
        <source>Removes the workspace and all its data, permanently</source>
        <translation>מסירה את סביבת העבודה ואת כל הנתונים שלה, לצמיתות</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="116"/>
        <source>Give or take the Owner role</source>
        <translation>מתן או לקיחה של תפקיד הבעלים</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="116"/>
        <source>Make other members Owners, or change an Owner&apos;s role</source>
        <translation>הפיכת חברים אחרים לבעלים, או שינוי התפקיד של בעלים</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="121"/>
        <source>%1 has %2 of %3 permissions, all through the role “%4”: a member has exactly one role.</source>
        <translation>ל-%1 יש %2 מתוך %3 הרשאות, כולן דרך התפקיד &quot;%4&quot;: לכל חבר יש בדיוק תפקיד אחד.</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="146"/>
        <source>No one: no accepted invitation for this address (a founder, for example)</source>
        <translation>אף אחד: אין הזמנה שהתקבלה עבור הכתובת הזו (מייסד, למשל)</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="150"/>
        <source>An account that no longer exists, on %1</source>
        <translation>חשבון שכבר לא קיים, ב-%1</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="151"/>
        <source>%1, on %2</source>
        <translation>%1, ב-%2</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="154"/>
        <source>Not signed in anywhere</source>
        <translation>לא מחובר בשום מקום</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="155"/>
        <source>Signed in on %Ln session(s)</source>
        <translation>
            <numerusform>מחובר בהפעלה %Ln</numerusform>
            <numerusform>מחובר ב-%Ln הפעלות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="156"/>
        <source>Sessions of the account on any device, in any workspace</source>
        <translation>ההפעלות של החשבון בכל מכשיר, בכל סביבת עבודה</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="162"/>
        <source>Not available: %1</source>
        <translation>לא זמין: %1</translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberSessionsBox</name>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="20"/>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="31"/>
        <source>Members&apos; sessions</source>
        <translation>ההפעלות של החברים</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="27"/>
        <source>Show the sessions of</source>
        <translation>הצגת ההפעלות של</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="28"/>
        <source>Show one member&apos;s sessions</source>
        <translation>הצגת ההפעלות של חבר אחד</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="29"/>
        <source>All members</source>
        <translation>כל החברים</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="37"/>
        <source>Sign &amp;Out Session…</source>
        <translation>&amp;ניתוק ההפעלה…</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="39"/>
        <source>Sign Out &amp;Everywhere…</source>
        <translation>ניתוק מ&amp;כל מקום…</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="53"/>
        <source>Where the members of this workspace are signed in. Signing someone out ends the session on their device at once; they sign in again to go on.</source>
        <translation>איפה החברים של סביבת העבודה הזו מחוברים. ניתוק של מישהו מסיים מיד את ההפעלה במכשיר שלו; כדי להמשיך, יהיה עליו להתחבר שוב.</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="102"/>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="107"/>
        <source>Select a session first.</source>
        <translation>יש לבחור הפעלה קודם.</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="103"/>
        <source>This is the session you are using; use Sign Out in the sidebar</source>
        <translation>זו ההפעלה שבה משתמשים עכשיו; יש להשתמש ב&apos;התנתקות&apos; בסרגל הצד</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="104"/>
        <source>End the selected session</source>
        <translation>סיום ההפעלה הנבחרת</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="107"/>
        <source>End every session of the selected session&apos;s member</source>
        <translation>סיום כל ההפעלות של החבר של ההפעלה הנבחרת</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="116"/>
        <source>Sign Out Session</source>
        <translation>ניתוק הפעלה</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="117"/>
        <source>Sign %1 out of the session from %2? They will have to sign in again there.</source>
        <translation>לנתק את %1 מההפעלה מ-%2? יהיה עליו להתחבר שם שוב.</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="127"/>
        <source>%1 was signed out of that session.</source>
        <translation>%1 נותק/ה מההפעלה הזו.</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="137"/>
        <source>Sign Out Everywhere</source>
        <translation>ניתוק מכל מקום</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="138"/>
        <source>Sign %1 out of every session, on every device? Use this when a device is lost or the account may be misused; they keep their membership and sign in again.</source>
        <translation>לנתק את %1 מכל ההפעלות, בכל המכשירים? כדאי להשתמש בזה כשמכשיר אבד או כשייתכן שנעשה שימוש לרעה בחשבון; החברות נשמרת, ויהיה עליו להתחבר שוב.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="150"/>
        <source>%1 was signed out of %n session(s).</source>
        <translation>
            <numerusform>%1 נותק/ה מהפעלה %n.</numerusform>
            <numerusform>%1 נותק/ה מ-%n הפעלות.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::MembersTab</name>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="46"/>
        <source>Search by name or email</source>
        <translation>חיפוש לפי שם או דוא״ל</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="47"/>
        <source>Search members</source>
        <translation>חיפוש חברים</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="48"/>
        <source>Shows the members whose name or email contains the text</source>
        <translation>מציג את החברים שהשם או הדוא״ל שלהם מכילים את הטקסט</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="52"/>
        <source>Show members with role</source>
        <translation>הצגת חברים עם התפקיד</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="53"/>
        <source>Show only the members who hold one role</source>
        <translation>הצגת החברים בעלי תפקיד אחד בלבד</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="57"/>
        <source>Show members by two-factor sign-in</source>
        <translation>הצגת חברים לפי התחברות דו-שלבית</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="58"/>
        <source>Show only the members with, or without, two-factor sign-in</source>
        <translation>הצגת החברים עם, או בלי, התחברות דו-שלבית בלבד</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="60"/>
        <source>Two-factor: any</source>
        <translation>דו-שלבי: הכול</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="61"/>
        <source>Two-factor on</source>
        <translation>דו-שלבי פועל</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="62"/>
        <source>Two-factor off</source>
        <translation>דו-שלבי כבוי</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="69"/>
        <source>Members</source>
        <translation>חברים</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="138"/>
        <location filename="../ui/users/MembersTab.cpp" line="144"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>חבר %Ln</numerusform>
            <numerusform>%Ln חברים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="142"/>
        <source>Loading…</source>
        <translation>בטעינה…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="149"/>
        <source>%Ln member(s), as last seen</source>
        <translation>
            <numerusform>חבר %Ln, בספירה האחרונה</numerusform>
            <numerusform>%Ln חברים, בספירה האחרונה</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="150"/>
        <source>Members not loaded</source>
        <translation>החברים לא נטענו</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="179"/>
        <source>No member matches these filters.</source>
        <translation>אף חבר אינו מתאים למסננים האלה.</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="179"/>
        <source>Clear Filters</source>
        <translation>ניקוי המסננים</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="181"/>
        <source>Nobody else is here yet. Invite the people you work with; each gets the role you choose.</source>
        <translation>אף אחד אחר עדיין לא כאן. כדאי להזמין את האנשים שעובדים איתך; כל אחד מקבל את התפקיד שבוחרים עבורו.</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="182"/>
        <source>Invite Your Team…</source>
        <translation>הזמנת הצוות שלך…</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="225"/>
        <source>All roles</source>
        <translation>כל התפקידים</translation>
    </message>
</context>
<context>
    <name>nacre::ui::NewPasswordField</name>
    <message>
        <location filename="../ui/widgets/NewPasswordField.cpp" line="22"/>
        <source>New password</source>
        <translation>סיסמה חדשה</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/NewPasswordField.cpp" line="24"/>
        <source>At least %n characters; a passphrase of a few words is best</source>
        <translation>
            <numerusform>לפחות %n תו; משפט סיסמה של כמה מילים עדיף</numerusform>
            <numerusform>לפחות %n תווים; משפט סיסמה של כמה מילים עדיף</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::PasswordConfirmDialog</name>
    <message>
        <location filename="../ui/security/PasswordConfirmDialog.cpp" line="28"/>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <location filename="../ui/security/PasswordConfirmDialog.cpp" line="41"/>
        <source>&amp;Password:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
</context>
<context>
    <name>nacre::ui::PasswordStrengthBar</name>
    <message>
        <location filename="../ui/widgets/PasswordStrengthBar.cpp" line="16"/>
        <location filename="../ui/widgets/PasswordStrengthBar.cpp" line="24"/>
        <source>Password strength</source>
        <translation>חוזק הסיסמה</translation>
    </message>
</context>
<context>
    <name>nacre::ui::PermissionChecklist</name>
    <message>
        <location filename="../ui/widgets/PermissionChecklist.cpp" line="17"/>
        <source>Permissions</source>
        <translation>הרשאות</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PermissionChecklist.cpp" line="18"/>
        <source>Permission</source>
        <translation>הרשאה</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PermissionChecklist.cpp" line="18"/>
        <source>What it allows</source>
        <translation>מה הוא מאפשר</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PermissionChecklist.cpp" line="41"/>
        <source>Your role does not include “%1”, so you cannot grant it.</source>
        <translation>התפקיד שלך אינו כולל את &quot;%1&quot;, לכן אין באפשרותך להעניק אותו.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ProfilePage</name>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="35"/>
        <source>Display name</source>
        <translation>שם לתצוגה</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="36"/>
        <source>How other members see you in every workspace</source>
        <translation>איך חברים אחרים רואים אותך בכל סביבת עבודה</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="39"/>
        <source>Email</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="41"/>
        <source>The address you sign in with. It cannot be changed here.</source>
        <translation>הכתובת שבה מתחברים. אי אפשר לשנות אותה כאן.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="44"/>
        <source>Time zone</source>
        <translation>אזור זמן</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="51"/>
        <source>Times in Nacre are shown in this zone</source>
        <translation>הזמנים ב-Nacre מוצגים באזור הזה</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="54"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="55"/>
        <source>The language of Nacre&apos;s windows, on every computer you sign in from</source>
        <translation>השפה של חלונות Nacre, בכל מחשב שמתחברים ממנו</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="63"/>
        <source>Appearance</source>
        <translation>מראה</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="64"/>
        <source>Light or dark windows on this computer; takes effect at once</source>
        <translation>חלונות בהירים או כהים במחשב הזה; נכנס לתוקף מיד</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="67"/>
        <source>This computer</source>
        <translation>המחשב הזה</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="70"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;מראה:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="72"/>
        <source>Account</source>
        <translation>חשבון</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="76"/>
        <source>&amp;Display name:</source>
        <translation>&amp;שם לתצוגה:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="77"/>
        <source>&amp;Email:</source>
        <translation>&amp;דוא״ל:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="78"/>
        <source>&amp;Language:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="80"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;אזור זמן:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="84"/>
        <source>&amp;Revert</source>
        <translation>&amp;שחזור</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="86"/>
        <source>&amp;Save</source>
        <translation>&amp;שמירה</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="94"/>
        <source>Profile</source>
        <translation>פרופיל</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="95"/>
        <source>Your account. It is the same in every workspace you belong to.</source>
        <translation>החשבון שלך. הוא זהה בכל סביבת עבודה שאליה משתייכים.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="116"/>
        <source>Profile saved.</source>
        <translation>הפרופיל נשמר.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="120"/>
        <source>Profile Changed Elsewhere</source>
        <translation>הפרופיל שונה במקום אחר</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="121"/>
        <source>Your profile was changed from another session. The current version is shown; apply your change again if you still want it.</source>
        <translation>הפרופיל שלך שונה מהפעלה אחרת. הגרסה הנוכחית מוצגת; אפשר להחיל את השינוי שוב אם עדיין רוצים בו.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="129"/>
        <source>Could not save: %1</source>
        <translation>לא ניתן לשמור: %1</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RecoveryCodesDialog</name>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="26"/>
        <source>Recovery Codes</source>
        <translation>קודי שחזור</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="28"/>
        <source>&lt;b&gt;Keep these codes somewhere safe.&lt;/b&gt; If you lose your authenticator app, each one signs you in once where Nacre asks for a code. You will not see them again; make new ones under Security if they are lost.</source>
        <translation>&lt;b&gt;יש לשמור את הקודים האלה במקום בטוח.&lt;/b&gt; אם אפליקציית האימות אובדת, כל קוד מאפשר להתחבר פעם אחת במקום שבו Nacre מבקש קוד. לא תהיה הזדמנות נוספת לראות אותם; אפשר ליצור חדשים תחת &apos;אבטחה&apos; אם הם אבדו.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="35"/>
        <source>Recovery codes</source>
        <translation>קודי שחזור</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="42"/>
        <source>&amp;Copy</source>
        <translation>&amp;העתקה</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="44"/>
        <source>Copy the codes to the clipboard</source>
        <translation>העתקת הקודים ללוח</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="45"/>
        <source>&amp;Save to File…</source>
        <translation>&amp;שמירה לקובץ…</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="47"/>
        <source>Save the codes as a text file</source>
        <translation>שמירת הקודים כקובץ טקסט</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="48"/>
        <source>I Have &amp;Saved Them</source>
        <translation>&amp;שמרתי אותם</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="52"/>
        <source>Copied</source>
        <translation>הועתק</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="57"/>
        <source>Save Recovery Codes</source>
        <translation>שמירת קודי שחזור</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="57"/>
        <source>Text files (*.txt)</source>
        <translation>קובצי טקסט ‏(*.txt)</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RemoveMembersCommand</name>
    <message>
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="9"/>
        <source>Re&amp;move…</source>
        <translation>ה&amp;סרה…</translation>
    </message>
    <message>
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="9"/>
        <source>Remove the selected members from the workspace</source>
        <translation>הסרת החברים הנבחרים מסביבת העבודה</translation>
    </message>
    <message>
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="27"/>
        <source>Remove Members</source>
        <translation>הסרת חברים</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="28"/>
        <source>Remove %Ln member(s) from the workspace? They lose access at once; their accounts stay, and they can be invited again.</source>
        <translation>
            <numerusform>להסיר חבר %Ln מסביבת העבודה? הגישה נלקחת מיד; החשבון נשאר, ואפשר להזמין שוב.</numerusform>
            <numerusform>להסיר %Ln חברים מסביבת העבודה? הגישה נלקחת מיד; החשבונות נשארים, ואפשר להזמין אותם שוב.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="31"/>
        <source>Remove %Ln Member(s)</source>
        <translation>
            <numerusform>הסרת חבר %Ln</numerusform>
            <numerusform>הסרת %Ln חברים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="35"/>
        <source>Remove from the workspace</source>
        <translation>הסרה מסביבת העבודה</translation>
    </message>
    <message>
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="35"/>
        <source>Removed</source>
        <translation>הוסר</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ResendInvitationsCommand</name>
    <message>
        <location filename="../ui/users/invitations/ResendInvitationsCommand.cpp" line="6"/>
        <source>Re&amp;send</source>
        <translation>שליחה &amp;חוזרת</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/invitations/ResendInvitationsCommand.cpp" line="7"/>
        <source>Send again with a new link, valid for another %n day(s)</source>
        <translation>
            <numerusform>שליחה חוזרת עם קישור חדש, בתוקף ליום %n נוסף</numerusform>
            <numerusform>שליחה חוזרת עם קישור חדש, בתוקף ל-%n ימים נוספים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/ResendInvitationsCommand.cpp" line="16"/>
        <source>Resent</source>
        <translation>נשלחה שוב</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ResetPasswordDialog</name>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="28"/>
        <source>Reset Password</source>
        <translation>איפוס סיסמה</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="36"/>
        <source>Enter the address you sign in with. Nacre mails it a code to choose a new password.</source>
        <translation>יש להזין את הכתובת שבה מתחברים. Nacre ישלח אליה קוד לבחירת סיסמה חדשה.</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="41"/>
        <source>Email</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="43"/>
        <source>&amp;Email:</source>
        <translation>&amp;דוא״ל:</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="57"/>
        <source>Reset code</source>
        <translation>קוד איפוס</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="58"/>
        <source>nkr_…</source>
        <translation>nkr_…</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="59"/>
        <source>The code from the password reset mail</source>
        <translation>הקוד מהודעת איפוס הסיסמה</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="63"/>
        <source>C&amp;ode:</source>
        <translation>&amp;קוד:</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="64"/>
        <source>&amp;New password:</source>
        <translation>סיסמה &amp;חדשה:</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="74"/>
        <source>&amp;Send Code</source>
        <translation>&amp;שליחת קוד</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="75"/>
        <source>I &amp;Have a Code</source>
        <translation>&amp;יש לי קוד</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="77"/>
        <source>Enter a code you already received</source>
        <translation>הזנת קוד שכבר התקבל</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="156"/>
        <source>Paste the code from the password reset mail and choose a new password.</source>
        <translation>יש להדביק את הקוד מהודעת איפוס הסיסמה ולבחור סיסמה חדשה.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="157"/>
        <source>If %1 has an account here, a code is on its way there; it works for %n minute(s). Paste it below and choose a new password. Nothing arrived? Look in the spam folder, or check the address.</source>
        <translation>
            <numerusform>אם ל-%1 יש חשבון כאן, קוד נשלח לשם; הוא תקף לדקה %n. יש להדביק אותו למטה ולבחור סיסמה חדשה. לא הגיע כלום? כדאי לבדוק בתיקיית הספאם, או לבדוק את הכתובת.</numerusform>
            <numerusform>אם ל-%1 יש חשבון כאן, קוד נשלח לשם; הוא תקף ל-%n דקות. יש להדביק אותו למטה ולבחור סיסמה חדשה. לא הגיע כלום? כדאי לבדוק בתיקיית הספאם, או לבדוק את הכתובת.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="161"/>
        <source>&amp;Set Password</source>
        <translation>&amp;הגדרת סיסמה</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="177"/>
        <source>This code is wrong, was already used, or has expired. Ask for a new one.</source>
        <translation>הקוד שגוי, כבר נוצל או שתוקפו פג. יש לבקש קוד חדש.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RevokeInvitationsCommand</name>
    <message>
        <location filename="../ui/users/invitations/RevokeInvitationsCommand.cpp" line="10"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;ביטול…</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/RevokeInvitationsCommand.cpp" line="10"/>
        <source>Cancel the invitations: their links stop working</source>
        <translation>ביטול ההזמנות: הקישורים שלהן מפסיקים לעבוד</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/RevokeInvitationsCommand.cpp" line="20"/>
        <source>Revoke Invitations</source>
        <translation>ביטול הזמנות</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/invitations/RevokeInvitationsCommand.cpp" line="21"/>
        <source>Revoke %Ln invitation(s)? Their links stop working at once.</source>
        <translation>
            <numerusform>לבטל הזמנה %Ln? הקישור שלה מפסיק לעבוד מיד.</numerusform>
            <numerusform>לבטל %Ln הזמנות? הקישורים שלהן מפסיקים לעבוד מיד.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/RevokeInvitationsCommand.cpp" line="26"/>
        <source>Revoked</source>
        <translation>בוטלה</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RoleComboDelegate</name>
    <message>
        <location filename="../ui/users/RoleComboDelegate.cpp" line="26"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RoleCommand</name>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="19"/>
        <source>Select a role first.</source>
        <translation>יש לבחור תפקיד קודם.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="32"/>
        <source>Role created.</source>
        <translation>התפקיד נוצר.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="32"/>
        <source>Role saved.</source>
        <translation>התפקיד נשמר.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RoleEditorDialog</name>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="32"/>
        <source>Edit Role</source>
        <translation>עריכת תפקיד</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="32"/>
        <source>Create Role</source>
        <translation>יצירת תפקיד</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="37"/>
        <source>Role name</source>
        <translation>שם התפקיד</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="38"/>
        <source>A name that matches a responsibility, such as Support, Operations or Billing</source>
        <translation>שם שמתאים לתחום אחריות, כמו תמיכה, תפעול או חיובים</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="41"/>
        <source>Role &amp;name:</source>
        <translation>&amp;שם התפקיד:</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="57"/>
        <source>&amp;Save Role</source>
        <translation>&amp;שמירת התפקיד</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="69"/>
        <source>Choose which actions the role allows:</source>
        <translation>יש לבחור אילו פעולות התפקיד מאפשר:</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="126"/>
        <source>Adds: %1.</source>
        <translation>מוסיף: %1.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="128"/>
        <source>Removes: %1.</source>
        <translation>מסיר: %1.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="132"/>
        <source>Nobody holds this role yet.</source>
        <translation>לאף אחד עדיין אין את התפקיד הזה.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="134"/>
        <source>Affects the %Ln member(s) who hold this role, at once.</source>
        <translation>
            <numerusform>משפיע מיד על החבר %Ln שיש לו את התפקיד הזה.</numerusform>
            <numerusform>משפיע מיד על %Ln החברים שיש להם את התפקיד הזה.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="138"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 ועוד %Ln</numerusform>
            <numerusform>%1 ועוד %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="139"/>
        <source>Members affected: %1.</source>
        <translation>חברים מושפעים: %1.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="154"/>
        <source>A role named “%1” already exists.</source>
        <translation>כבר קיים תפקיד בשם &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="169"/>
        <source>Change Role for Its Members?</source>
        <translation>לשנות את התפקיד עבור החברים שלו?</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RoleInUseDialog</name>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="28"/>
        <source>Role in Use</source>
        <translation>התפקיד בשימוש</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="31"/>
        <source>%Ln member(s) hold “%1”, so it cannot simply be deleted. Move them to another role and delete it in one step (pending invitations offering it move too), or look at them first.</source>
        <translation>
            <numerusform>לחבר %Ln יש את &quot;%1&quot;, לכן אי אפשר פשוט למחוק אותו. אפשר להעביר אותו לתפקיד אחר ולמחוק בצעד אחד (גם הזמנות ממתינות שמציעות אותו יועברו), או לבדוק אותו קודם.</numerusform>
            <numerusform>ל-%Ln חברים יש את &quot;%1&quot;, לכן אי אפשר פשוט למחוק אותו. אפשר להעביר אותם לתפקיד אחר ולמחוק בצעד אחד (גם הזמנות ממתינות שמציעות אותו יועברו), או לבדוק אותם קודם.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="42"/>
        <source>Move them to role</source>
        <translation>העברה לתפקיד</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="67"/>
        <source>&amp;Move and Delete</source>
        <translation>ה&amp;עברה ומחיקה</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="71"/>
        <source>Give them the chosen role, then delete “%1”</source>
        <translation>מתן התפקיד שנבחר, ואז מחיקת &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="72"/>
        <source>Your role cannot give them any other role.</source>
        <translation>התפקיד שלך אינו יכול לתת להם אף תפקיד אחר.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="73"/>
        <source>&amp;Show Members</source>
        <translation>&amp;הצגת החברים</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="83"/>
        <source>Move &amp;to:</source>
        <translation>העברה &amp;אל:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="97"/>
        <source>%Ln member(s) of “%1” will become Owners: they can do everything, including deleting the workspace and removing you.</source>
        <translation>
            <numerusform>חבר %Ln של &quot;%1&quot; יהפוך לבעלים: הוא יוכל לעשות הכול, כולל מחיקת סביבת העבודה והסרתך.</numerusform>
            <numerusform>%Ln חברים של &quot;%1&quot; יהפכו לבעלים: הם יוכלו לעשות הכול, כולל מחיקת סביבת העבודה והסרתך.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="101"/>
        <source>%Ln member(s) of “%1” will get “%2” and with it permissions they do not have now.</source>
        <translation>
            <numerusform>חבר %Ln של &quot;%1&quot; יקבל את &quot;%2&quot; ואיתו הרשאות שאין לו כעת.</numerusform>
            <numerusform>%Ln חברים של &quot;%1&quot; יקבלו את &quot;%2&quot; ואיתו הרשאות שאין להם כעת.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="104"/>
        <source>Give More Access?</source>
        <translation>לתת יותר גישה?</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RolesTab</name>
    <message>
        <location filename="../ui/users/RolesTab.cpp" line="25"/>
        <source>Roles</source>
        <translation>תפקידים</translation>
    </message>
    <message>
        <location filename="../ui/users/RolesTab.cpp" line="45"/>
        <source>the role “%1”</source>
        <translation>התפקיד &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>nacre::ui::SecurityActivityBox</name>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="20"/>
        <source>Recent Security Activity</source>
        <translation>פעילות אבטחה אחרונה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="26"/>
        <source>Recent security activity</source>
        <translation>פעילות אבטחה אחרונה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="28"/>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="28"/>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="28"/>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="28"/>
        <source>Application</source>
        <translation>אפליקציה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="33"/>
        <source>Sign-ins and changes to your account, newest first. If you see one you did not make, change your password.</source>
        <translation>התחברויות ושינויים בחשבון שלך, מהחדש לישן. אם מופיע כאן משהו שלא ביצעת, יש לשנות את הסיסמה.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="46"/>
        <source>Signed in</source>
        <translation>התחברות</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="48"/>
        <source>Failed sign-in</source>
        <translation>התחברות שנכשלה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="50"/>
        <source>Signed out</source>
        <translation>התנתקות</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="52"/>
        <source>Password changed</source>
        <translation>הסיסמה שונתה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="54"/>
        <source>Profile changed</source>
        <translation>הפרופיל שונה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="56"/>
        <source>Email address changed</source>
        <translation>כתובת הדוא״ל שונתה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="58"/>
        <source>Two-factor sign-in turned on</source>
        <translation>ההתחברות הדו-שלבית הופעלה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="60"/>
        <source>Two-factor sign-in turned off</source>
        <translation>ההתחברות הדו-שלבית כובתה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="62"/>
        <source>A session was signed out</source>
        <translation>הפעלה נותקה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="64"/>
        <source>Workspace deleted</source>
        <translation>סביבת העבודה נמחקה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="66"/>
        <source>Password reset code mailed</source>
        <translation>קוד איפוס סיסמה נשלח בדוא״ל</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="68"/>
        <source>Password reset with a mailed code</source>
        <translation>הסיסמה אופסה עם קוד שנשלח בדוא״ל</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="70"/>
        <source>Signed in with a recovery code</source>
        <translation>התחברות עם קוד שחזור</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="72"/>
        <source>New recovery codes made</source>
        <translation>נוצרו קודי שחזור חדשים</translation>
    </message>
</context>
<context>
    <name>nacre::ui::SecurityPage</name>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="52"/>
        <source>Current password</source>
        <translation>הסיסמה הנוכחית</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="53"/>
        <source>New password</source>
        <translation>סיסמה חדשה</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/security/SecurityPage.cpp" line="55"/>
        <source>At least %n characters; a passphrase of a few words is best</source>
        <translation>
            <numerusform>לפחות %n תו; משפט סיסמה של כמה מילים עדיף</numerusform>
            <numerusform>לפחות %n תווים; משפט סיסמה של כמה מילים עדיף</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="56"/>
        <source>New password, again</source>
        <translation>הסיסמה החדשה, שוב</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="61"/>
        <source>&amp;Change Password</source>
        <translation>&amp;שינוי סיסמה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="63"/>
        <source>Your other sessions are signed out when the password changes</source>
        <translation>ההפעלות האחרות שלך מנותקות כשהסיסמה משתנה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="65"/>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="69"/>
        <source>C&amp;urrent password:</source>
        <translation>הסיסמה ה&amp;נוכחית:</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="70"/>
        <source>&amp;New password:</source>
        <translation>סיסמה &amp;חדשה:</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="73"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;חזרה על הסיסמה החדשה:</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="85"/>
        <source>New &amp;Recovery Codes…</source>
        <translation>קודי &amp;שחזור חדשים…</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="87"/>
        <source>Make ten new recovery codes; the old ones stop working (asks for the password)</source>
        <translation>יצירת עשרה קודי שחזור חדשים; הישנים מפסיקים לעבוד (נדרשת הסיסמה)</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="89"/>
        <source>Two-factor sign-in</source>
        <translation>התחברות דו-שלבית</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="101"/>
        <source>Your sessions</source>
        <translation>ההפעלות שלך</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="103"/>
        <source>Application</source>
        <translation>אפליקציה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="103"/>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="103"/>
        <source>Last active</source>
        <translation>פעילות אחרונה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="103"/>
        <source>Signed in</source>
        <translation>התחברות</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="107"/>
        <source>&amp;Sign Out Session</source>
        <translation>&amp;ניתוק ההפעלה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="110"/>
        <source>Select another session to sign it out</source>
        <translation>יש לבחור הפעלה אחרת כדי לנתק אותה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="111"/>
        <source>Sessions</source>
        <translation>הפעלות</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="113"/>
        <source>Where your account is signed in. Sign out a session you do not recognize, then change your password.</source>
        <translation>איפה החשבון שלך מחובר. יש לנתק הפעלה לא מוכרת, ואז לשנות את הסיסמה.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="124"/>
        <source>Security</source>
        <translation>אבטחה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="126"/>
        <source>Your password, two-factor sign-in and sessions. They are the same in every workspace.</source>
        <translation>הסיסמה, ההתחברות הדו-שלבית וההפעלות שלך. הן זהות בכל סביבת עבודה.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="146"/>
        <source>Sign out the selected session</source>
        <translation>ניתוק ההפעלה הנבחרת</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="147"/>
        <source>This is the session you are using; use Sign Out in the sidebar</source>
        <translation>זו ההפעלה שבה משתמשים עכשיו; יש להשתמש ב&apos;התנתקות&apos; בסרגל הצד</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="159"/>
        <source>Password changed. Your other sessions were signed out.</source>
        <translation>הסיסמה שונתה. ההפעלות האחרות שלך נותקו.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="188"/>
        <source>The two new passwords differ.</source>
        <translation>שתי הסיסמאות החדשות שונות זו מזו.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="203"/>
        <source>%1 (this session)</source>
        <translation>%1 (ההפעלה הזו)</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="224"/>
        <source>Sign Out Session</source>
        <translation>ניתוק הפעלה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="225"/>
        <source>Sign out “%1” (%2)? Whoever uses it will have to sign in again.</source>
        <translation>לנתק את &quot;%1&quot; (%2)? מי שמשתמש בה יצטרך להתחבר שוב.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="236"/>
        <source>On: signing in asks for a code from your authenticator app as well as your password.</source>
        <translation>פועלת: ההתחברות מבקשת קוד מאפליקציית האימות בנוסף לסיסמה.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="237"/>
        <source>Off: your password alone protects this account. Turn it on so a stolen password is not enough.</source>
        <translation>כבויה: הסיסמה לבדה מגינה על החשבון הזה. כדאי להפעיל אותה כדי שסיסמה גנובה לא תספיק.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="239"/>
        <source>Turn O&amp;ff…</source>
        <translation>&amp;כיבוי…</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="239"/>
        <source>Turn &amp;On…</source>
        <translation>ה&amp;פעלה…</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="240"/>
        <source>Sign in with your password alone again (asks for the password)</source>
        <translation>חזרה להתחברות עם סיסמה בלבד (נדרשת הסיסמה)</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="241"/>
        <source>Set up an authenticator app for this account</source>
        <translation>הגדרת אפליקציית אימות לחשבון הזה</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="256"/>
        <source>No recovery codes left. Make new ones so a lost phone does not lock you out.</source>
        <translation>לא נותרו קודי שחזור. כדאי ליצור חדשים כדי שטלפון שאבד לא ינעל אותך בחוץ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/security/SecurityPage.cpp" line="257"/>
        <source>Recovery codes: %n of 10 left, each for one sign-in without the app.</source>
        <translation>
            <numerusform>קודי שחזור: נותר %n מתוך 10, כל אחד להתחברות אחת בלי האפליקציה.</numerusform>
            <numerusform>קודי שחזור: נותרו %n מתוך 10, כל אחד להתחברות אחת בלי האפליקציה.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="265"/>
        <source>New Recovery Codes</source>
        <translation>קודי שחזור חדשים</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="266"/>
        <source>Ten new codes replace your recovery codes; the old ones stop working. Enter your password.</source>
        <translation>עשרה קודים חדשים מחליפים את קודי השחזור שלך; הישנים מפסיקים לעבוד. יש להזין את הסיסמה.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="267"/>
        <source>&amp;Make New Codes</source>
        <translation>&amp;יצירת קודים חדשים</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="294"/>
        <source>Turn Off Two-Factor Sign-In</source>
        <translation>כיבוי ההתחברות הדו-שלבית</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="295"/>
        <source>Without it, your password alone protects this account in every workspace. Enter your password to turn it off.</source>
        <translation>בלעדיה, הסיסמה לבדה מגינה על החשבון הזה בכל סביבת עבודה. יש להזין את הסיסמה כדי לכבות אותה.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="297"/>
        <source>Turn &amp;Off</source>
        <translation>&amp;כיבוי</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="306"/>
        <source>Two-factor sign-in is off.</source>
        <translation>ההתחברות הדו-שלבית כבויה.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="317"/>
        <source>Two-factor sign-in is on. Nacre asks for a code the next time you sign in.</source>
        <translation>ההתחברות הדו-שלבית פועלת. Nacre יבקש קוד בהתחברות הבאה.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ServerLine</name>
    <message>
        <location filename="../ui/auth/ServerLine.cpp" line="19"/>
        <source>Server: %1</source>
        <translation>שרת: %1</translation>
    </message>
    <message>
        <location filename="../ui/auth/ServerLine.cpp" line="20"/>
        <source>Server: %1 (%2)</source>
        <translation>שרת: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/auth/ServerLine.cpp" line="27"/>
        <source>This connection is not encrypted (http://): your password would cross the network readable by others on it. Ask your admin for the server’s https:// address.</source>
        <translation>החיבור הזה אינו מוצפן (http://‎): הסיסמה שלך תעבור ברשת כך שאחרים בה יוכלו לקרוא אותה. יש לבקש מהמנהל את כתובת ה-https://‎ של השרת.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::SetupDialog</name>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="45"/>
        <source>Set Up Nacre</source>
        <translation>הגדרת Nacre</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="48"/>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Create the owner account and your first workspace. You can invite your team once you are in.</source>
        <translation>&lt;b&gt;ברוכים הבאים.&lt;/b&gt; יש ליצור את חשבון הבעלים ואת סביבת העבודה הראשונה. אחרי הכניסה אפשר להזמין את הצוות.</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="55"/>
        <source>Your &amp;name:</source>
        <translation>ה&amp;שם שלך:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="55"/>
        <source>How others in your workspaces will see you</source>
        <translation>איך אחרים בסביבות העבודה שלך יראו אותך</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="56"/>
        <source>&amp;Email:</source>
        <translation>&amp;דוא״ל:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="56"/>
        <source>You will sign in with this address</source>
        <translation>ההתחברות תהיה עם הכתובת הזו</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="58"/>
        <source>&amp;Password:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="59"/>
        <source>&amp;Workspace name:</source>
        <translation>&amp;שם סביבת העבודה:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="60"/>
        <source>The name everyone in the workspace sees; you can change it later</source>
        <translation>השם שכל מי שבסביבת העבודה רואה; אפשר לשנות אותו בהמשך</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="68"/>
        <source>&amp;Create Workspace</source>
        <translation>&amp;יצירת סביבת עבודה</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="70"/>
        <source>Use Another &amp;Server…</source>
        <translation>שימוש ב&amp;שרת אחר…</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="72"/>
        <source>Connect to a Nacre server your team already runs</source>
        <translation>התחברות לשרת Nacre שהצוות שלך כבר מפעיל</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="74"/>
        <source>I Have an &amp;Invitation…</source>
        <translation>יש לי &amp;הזמנה…</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="76"/>
        <source>Join a workspace someone else runs, with the link or code from your invitation mail</source>
        <translation>הצטרפות לסביבת עבודה שמישהו אחר מנהל, עם הקישור או הקוד מהודעת ההזמנה</translation>
    </message>
</context>
<context>
    <name>nacre::ui::Shortcuts</name>
    <message>
        <location filename="../ui/widgets/Shortcuts.h" line="16"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/widgets/Shortcuts.h" line="17"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ShowInAuditLogCommand</name>
    <message>
        <location filename="../ui/audit/ShowInAuditLogCommand.cpp" line="11"/>
        <source>Show in &amp;Audit Log</source>
        <translation>הצגה ביומן ה&amp;ביקורת</translation>
    </message>
    <message>
        <location filename="../ui/audit/ShowInAuditLogCommand.cpp" line="11"/>
        <source>Open the audit log at the events about the selected one</source>
        <translation>פתיחת יומן הביקורת באירועים של הפריט הנבחר</translation>
    </message>
    <message>
        <location filename="../ui/audit/ShowInAuditLogCommand.cpp" line="24"/>
        <source>Select one first.</source>
        <translation>יש לבחור פריט קודם.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::Sidebar</name>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="48"/>
        <source>Switch workspace or create a new one (%1)</source>
        <translation>החלפת סביבת עבודה או יצירת חדשה (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="77"/>
        <source>Pages</source>
        <translation>עמודים</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="94"/>
        <source>Sign out of this account</source>
        <translation>התנתקות מהחשבון הזה</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="95"/>
        <source>Sign out</source>
        <translation>התנתקות</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="153"/>
        <source>User</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="153"/>
        <source>Workspace</source>
        <translation>סביבת עבודה</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="198"/>
        <source>Free</source>
        <comment>subscription plan</comment>
        <translation>חינם</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="207"/>
        <source>No workspace</source>
        <translation>אין סביבת עבודה</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="211"/>
        <source>%1 · %2 plan</source>
        <translation>%1 · מסלול %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="212"/>
        <source>Current workspace: %1. Switch workspace</source>
        <translation>סביבת העבודה הנוכחית: %1. החלפת סביבת עבודה</translation>
    </message>
</context>
<context>
    <name>nacre::ui::SignInDialog</name>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="24"/>
        <source>Sign In to Nacre</source>
        <translation>התחברות ל-Nacre</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="24"/>
        <source>Session Ended</source>
        <translation>ההפעלה הסתיימה</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="27"/>
        <source>Sign in to %1.</source>
        <translation>התחברות אל %1.</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="28"/>
        <source>Your session has ended. Sign in again to continue; what you were doing is kept.</source>
        <translation>ההפעלה שלך הסתיימה. יש להתחבר שוב כדי להמשיך; מה שעשית נשמר.</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="34"/>
        <source>Email</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="38"/>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="44"/>
        <source>One-time code</source>
        <translation>קוד חד-פעמי</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="45"/>
        <source>6-digit code or recovery code</source>
        <translation>קוד בן 6 ספרות או קוד שחזור</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="46"/>
        <source>The code your authenticator app shows for Nacre now, or one of your recovery codes</source>
        <translation>הקוד שאפליקציית האימות מציגה כעת עבור Nacre, או אחד מקודי השחזור שלך</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="51"/>
        <source>&amp;Email:</source>
        <translation>&amp;דוא״ל:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="53"/>
        <source>&amp;Password:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="58"/>
        <source>&amp;Forgot Password?</source>
        <translation>&amp;שכחתי סיסמה</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="61"/>
        <source>Get a code by mail to choose a new password</source>
        <translation>קבלת קוד בדוא״ל לבחירת סיסמה חדשה</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="66"/>
        <source>&amp;Code:</source>
        <translation>&amp;קוד:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="81"/>
        <source>&amp;Sign In</source>
        <translation>&amp;התחברות</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="84"/>
        <source>Change &amp;Server…</source>
        <translation>החלפת &amp;שרת…</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="86"/>
        <source>Connect to another Nacre server</source>
        <translation>התחברות לשרת Nacre אחר</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="88"/>
        <source>I Have an &amp;Invitation…</source>
        <translation>יש לי &amp;הזמנה…</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="90"/>
        <source>Join a workspace with the link or code from an invitation mail</source>
        <translation>הצטרפות לסביבת עבודה עם הקישור או הקוד מהודעת הזמנה</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="143"/>
        <source>Your password is changed, and every session of the account has ended. Sign in with the new password.</source>
        <translation>הסיסמה שלך שונתה, וכל ההפעלות של החשבון הסתיימו. יש להתחבר עם הסיסמה החדשה.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::TwoFactorRequiredPage</name>
    <message>
        <location filename="../ui/shell/TwoFactorRequiredPage.cpp" line="22"/>
        <source>Two-Factor Sign-In Required</source>
        <translation>נדרשת התחברות דו-שלבית</translation>
    </message>
    <message>
        <location filename="../ui/shell/TwoFactorRequiredPage.cpp" line="29"/>
        <source>Open &amp;Security</source>
        <translation>פתיחת &amp;אבטחה</translation>
    </message>
    <message>
        <location filename="../ui/shell/TwoFactorRequiredPage.cpp" line="31"/>
        <source>Turn on two-factor sign-in for your account</source>
        <translation>הפעלת התחברות דו-שלבית בחשבון שלך</translation>
    </message>
    <message>
        <location filename="../ui/shell/TwoFactorRequiredPage.cpp" line="50"/>
        <source>“%1” asks every member to sign in with two-factor sign-in. Turn it on for your account under Security; its pages open as soon as it is on.</source>
        <translation>&quot;%1&quot; מבקשת מכל חבר להתחבר בהתחברות דו-שלבית. יש להפעיל אותה בחשבון שלך תחת &apos;אבטחה&apos;; העמודים שלה נפתחים ברגע שהיא פועלת.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::TwoFactorRequirementBox</name>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="23"/>
        <source>Two-factor sign-in</source>
        <translation>התחברות דו-שלבית</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="31"/>
        <source>Every member must sign in with two-factor sign-in</source>
        <translation>כל חבר חייב להתחבר בהתחברות דו-שלבית</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="33"/>
        <source>Members without it cannot open this workspace until they turn it on under Security. Turn it on for your own account first.</source>
        <translation>חברים בלעדיה לא יוכלו לפתוח את סביבת העבודה הזו עד שיפעילו אותה תחת &apos;אבטחה&apos;. יש להפעיל אותה קודם בחשבון שלך.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="42"/>
        <source>Members without two-factor sign-in</source>
        <translation>חברים בלי התחברות דו-שלבית</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="46"/>
        <source>Copy &amp;Emails</source>
        <translation>העתקת כתובות ה&amp;דוא״ל</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="48"/>
        <source>Copy the addresses of the members without two-factor sign-in, to ask them to turn it on</source>
        <translation>העתקת הכתובות של החברים בלי התחברות דו-שלבית, כדי לבקש מהם להפעיל אותה</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="49"/>
        <source>&amp;Apply</source>
        <translation>ה&amp;חלה</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="71"/>
        <source>Two-factor sign-in is now required in this workspace.</source>
        <translation>התחברות דו-שלבית נדרשת כעת בסביבת העבודה הזו.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="72"/>
        <source>Two-factor sign-in is no longer required in this workspace.</source>
        <translation>התחברות דו-שלבית כבר לא נדרשת בסביבת העבודה הזו.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="116"/>
        <source>Checking who has two-factor sign-in…</source>
        <translation>בודק למי יש התחברות דו-שלבית…</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="118"/>
        <source>Every member has two-factor sign-in: nobody would be shut out.</source>
        <translation>לכל חבר יש התחברות דו-שלבית: אף אחד לא יינעל בחוץ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="120"/>
        <source>%n member(s) cannot open this workspace until they turn on two-factor sign-in:</source>
        <translation>
            <numerusform>חבר %n לא יוכל לפתוח את סביבת העבודה הזו עד שיפעיל התחברות דו-שלבית:</numerusform>
            <numerusform>%n חברים לא יוכלו לפתוח את סביבת העבודה הזו עד שיפעילו התחברות דו-שלבית:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="123"/>
        <source>%n member(s) have no two-factor sign-in and would be shut out until they turn it on:</source>
        <translation>
            <numerusform>לחבר %n אין התחברות דו-שלבית והוא יינעל בחוץ עד שיפעיל אותה:</numerusform>
            <numerusform>ל-%n חברים אין התחברות דו-שלבית והם יינעלו בחוץ עד שיפעילו אותה:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="133"/>
        <source>Require Two-Factor Sign-In</source>
        <translation>דרישת התחברות דו-שלבית</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="134"/>
        <source>%n member(s) have no two-factor sign-in. They cannot open this workspace until they turn it on. Require it now?</source>
        <translation>
            <numerusform>לחבר %n אין התחברות דו-שלבית. הוא לא יוכל לפתוח את סביבת העבודה הזו עד שיפעיל אותה. לדרוש אותה עכשיו?</numerusform>
            <numerusform>ל-%n חברים אין התחברות דו-שלבית. הם לא יוכלו לפתוח את סביבת העבודה הזו עד שיפעילו אותה. לדרוש אותה עכשיו?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="167"/>
        <source>Copied %n address(es).</source>
        <translation>
            <numerusform>הועתקה כתובת %n.</numerusform>
            <numerusform>הועתקו %n כתובות.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::TwoFactorSetupDialog</name>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="36"/>
        <source>Turn On Two-Factor Sign-In</source>
        <translation>הפעלת התחברות דו-שלבית</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="38"/>
        <source>Enter your password to confirm it is you.</source>
        <translation>יש להזין את הסיסמה כדי לאשר שזה את/ה.</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="43"/>
        <source>Current password</source>
        <translation>הסיסמה הנוכחית</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="49"/>
        <source>&amp;Password:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="56"/>
        <source>Scan this code with an authenticator app (such as FreeOTP, Aegis, Google Authenticator or 1Password), then type the 6-digit code it shows. From then on Nacre asks for a code each time you sign in.</source>
        <translation>יש לסרוק את הקוד הזה באפליקציית אימות (כמו FreeOTP,‏ Aegis,‏ Google Authenticator או 1Password), ואז להקליד את הקוד בן 6 הספרות שהיא מציגה. מעכשיו Nacre יבקש קוד בכל התחברות.</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="64"/>
        <source>QR code for your authenticator app</source>
        <translation>קוד QR לאפליקציית האימות שלך</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="69"/>
        <source>Cannot scan? Type this key into the app instead (time-based, 6 digits).</source>
        <translation>לא מצליחים לסרוק? אפשר להקליד את המפתח הזה באפליקציה במקום (מבוסס זמן, 6 ספרות).</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="77"/>
        <source>Code from the app</source>
        <translation>קוד מהאפליקציה</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="78"/>
        <source>6-digit code</source>
        <translation>קוד בן 6 ספרות</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="86"/>
        <source>C&amp;ontinue</source>
        <translation>ה&amp;משך</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="94"/>
        <source>&amp;Turn On</source>
        <translation>ה&amp;פעלה</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="104"/>
        <source>&amp;Code:</source>
        <translation>&amp;קוד:</translation>
    </message>
</context>
<context>
    <name>nacre::ui::UsersPage</name>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="24"/>
        <source>Users</source>
        <translation>משתמשים</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="25"/>
        <source>The people in this workspace, the invitations not yet accepted, and the roles that decide what each person may do.</source>
        <translation>האנשים בסביבת העבודה הזו, ההזמנות שעדיין לא התקבלו, והתפקידים שקובעים מה כל אחד רשאי לעשות.</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="35"/>
        <source>Members</source>
        <translation>חברים</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="36"/>
        <source>Invitations</source>
        <translation>הזמנות</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="37"/>
        <source>Roles</source>
        <translation>תפקידים</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="38"/>
        <source>Everyone in the workspace, with their role</source>
        <translation>כל מי שבסביבת העבודה, עם התפקיד שלו</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="39"/>
        <source>Invitations sent and not yet accepted</source>
        <translation>הזמנות שנשלחו ועדיין לא התקבלו</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="40"/>
        <source>What each role allows</source>
        <translation>מה כל תפקיד מאפשר</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="114"/>
        <source>Members (%1)</source>
        <translation>חברים (%1)</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="115"/>
        <source>Invitations (%1)</source>
        <translation>הזמנות (%1)</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="116"/>
        <source>Roles (%1)</source>
        <translation>תפקידים (%1)</translation>
    </message>
</context>
<context>
    <name>nacre::ui::WorkspaceSecurityPage</name>
    <message>
        <location filename="../ui/settings/WorkspaceSecurityPage.cpp" line="26"/>
        <source>Security and Sessions</source>
        <translation>אבטחה והפעלות</translation>
    </message>
    <message>
        <location filename="../ui/settings/WorkspaceSecurityPage.cpp" line="27"/>
        <source>How members of this workspace must sign in, and where they are signed in now. The session timeout is under General Settings.</source>
        <translation>איך החברים בסביבת העבודה הזו חייבים להתחבר, ואיפה הם מחוברים כעת. הזמן הקצוב להפעלה נמצא בהגדרות הכלליות.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::WorkspaceSwitcher</name>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="26"/>
        <source>Workspace switcher</source>
        <translation>בורר סביבות עבודה</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="29"/>
        <source>Switch workspace</source>
        <translation>החלפת סביבת עבודה</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="36"/>
        <source>Find a workspace…</source>
        <translation>חיפוש סביבת עבודה…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="37"/>
        <source>Find a workspace</source>
        <translation>חיפוש סביבת עבודה</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="43"/>
        <source>Workspaces</source>
        <translation>סביבות עבודה</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="48"/>
        <source>Create New Workspace…</source>
        <translation>יצירת סביבת עבודה חדשה…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="50"/>
        <source>A new workspace has its own members, settings and subscription</source>
        <translation>לסביבת עבודה חדשה יש חברים, הגדרות ומינוי משלה</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="76"/>
        <source>%1 — your role: %2</source>
        <translation>%1 — התפקיד שלך: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="77"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
</TS>
