<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>nacre::server::InvitationMail</name>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="38"/>
        <source>Someone</source>
        <translation>מישהו</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="45"/>
        <source>%1 invited you to %2 on Nacre</source>
        <translation>%1 הזמין/ה אותך אל &quot;%2&quot; ב-Nacre</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="49"/>
        <source>%1 invited you to join the workspace “%2” on Nacre as %3.</source>
        <translation>%1 הזמין/ה אותך להצטרף לסביבת העבודה &quot;%2&quot; ב-Nacre בתפקיד %3.</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="51"/>
        <source>See the invitation and join here:</source>
        <translation>צפייה בהזמנה והצטרפות כאן:</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="52"/>
        <source>With Nacre installed, this opens it at the invitation:</source>
        <translation>אם Nacre מותקן, הקישור הזה פותח אותו בהזמנה:</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="55"/>
        <source>Or start Nacre, choose “I Have an Invitation…” and paste this code:</source>
        <translation>או להפעיל את Nacre, לבחור &quot;יש לי הזמנה…&quot; ולהדביק את הקוד הזה:</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="60"/>
        <source>The invitation is for %1 and expires on %2 (UTC). If you did not expect it, ignore this mail.</source>
        <translation>ההזמנה מיועדת ל-%1 ותוקפה יפוג ב-%2 (UTC). אם לא ציפית לה, אפשר להתעלם מהודעה זו.</translation>
    </message>
</context>
<context>
    <name>nacre::server::InvitationWebPage</name>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="56"/>
        <source>an admin of “%1”</source>
        <translation>מנהל של &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="57"/>
        <source>%1 or another admin of “%2”</source>
        <translation>%1 או מנהל אחר של &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="77"/>
        <source>Invitation not found</source>
        <translation>ההזמנה לא נמצאה</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="78"/>
        <source>No invitation has this code.</source>
        <translation>אין הזמנה עם הקוד הזה.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="79"/>
        <source>Check that the whole link was copied from the mail. If the invitation was sent again, only the newest mail’s link works. Otherwise ask the person who invited you for a new invitation.</source>
        <translation>יש לוודא שהקישור הועתק במלואו מההודעה. אם ההזמנה נשלחה שוב, רק הקישור בהודעה החדשה ביותר עובד. אחרת, יש לבקש הזמנה חדשה ממי שהזמין אותך.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="85"/>
        <source>This invitation was already used</source>
        <translation>ההזמנה הזו כבר נוצלה</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="86"/>
        <source>The invitation to %1 has been accepted.</source>
        <translation>ההזמנה אל %1 התקבלה.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="89"/>
        <source>If that was you, start Nacre and sign in as &lt;strong&gt;%1&lt;/strong&gt;. If not, ask %2 for a new invitation.</source>
        <translation>אם זה היית את/ה, יש להפעיל את Nacre ולהתחבר בתור &lt;strong&gt;%1&lt;/strong&gt;. אם לא, יש לבקש הזמנה חדשה מ%2.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="96"/>
        <source>This invitation was withdrawn</source>
        <translation>ההזמנה הזו בוטלה</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="97"/>
        <source>The invitation to %1 is no longer valid.</source>
        <translation>ההזמנה אל %1 כבר אינה בתוקף.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="99"/>
        <source>Ask %1 whether you should still join.</source>
        <translation>כדאי לברר עם %1 אם עדיין צריך להצטרף.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="104"/>
        <source>This invitation has expired</source>
        <translation>תוקף ההזמנה הזו פג</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="105"/>
        <source>The invitation to %1 ended on %2.</source>
        <translation>ההזמנה אל %1 הסתיימה ב-%2.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="107"/>
        <source>Ask %1 to send a new one.</source>
        <translation>יש לבקש מ%1 לשלוח הזמנה חדשה.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="115"/>
        <source>Someone</source>
        <translation>מישהו</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="121"/>
        <source>Nacre will ask for the password of your account &lt;strong&gt;%1&lt;/strong&gt;, then add you to the workspace.</source>
        <translation>Nacre יבקש את הסיסמה של החשבון &lt;strong&gt;%1&lt;/strong&gt;, ואז יוסיף אותך לסביבת העבודה.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="124"/>
        <source>Nacre will ask for your name and a password for your new account, then open the workspace.</source>
        <translation>Nacre יבקש שם וסיסמה לחשבון החדש, ואז יפתח את סביבת העבודה.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="140"/>
        <source>Join “%1” on Nacre</source>
        <translation>הצטרפות אל &quot;%1&quot; ב-Nacre</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="142"/>
        <source>%1 invited you to the workspace &lt;strong&gt;%2&lt;/strong&gt;.</source>
        <translation>%1 הזמין/ה אותך לסביבת העבודה &lt;strong&gt;%2&lt;/strong&gt;.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="129"/>
        <source>Workspace</source>
        <translation>סביבת עבודה</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="130"/>
        <source>Invited by</source>
        <translation>הוזמן על ידי</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="131"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="133"/>
        <source>For</source>
        <translation>עבור</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="134"/>
        <source>Expires</source>
        <translation>תפוגה</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="144"/>
        <source>Open in Nacre</source>
        <translation>פתיחה ב-Nacre</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="145"/>
        <source>Nacre is not installed?</source>
        <translation>Nacre אינו מותקן?</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="147"/>
        <source>Nacre is the desktop console for this workspace. Ask %1 for the Nacre installer for your computer and install it. Then come back to this page and choose &lt;em&gt;Open in Nacre&lt;/em&gt;, or start Nacre, choose &lt;em&gt;I Have an Invitation…&lt;/em&gt; and paste the address of this page:</source>
        <translation>Nacre הוא מסוף שולחן העבודה של סביבת העבודה הזו. יש לבקש מ%1 את תוכנת ההתקנה של Nacre למחשב שלך ולהתקין אותה. אחר כך יש לחזור לדף הזה ולבחור &lt;em&gt;פתיחה ב-Nacre&lt;/em&gt;, או להפעיל את Nacre, לבחור &lt;em&gt;יש לי הזמנה…&lt;/em&gt; ולהדביק את הכתובת של הדף הזה:</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="153"/>
        <source>Keep this link to yourself: whoever opens it can join as you.</source>
        <translation>הקישור הזה מיועד לך בלבד: כל מי שפותח אותו יכול להצטרף בשמך.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="156"/>
        <source>Join %1 on Nacre</source>
        <translation>הצטרפות אל %1 ב-Nacre</translation>
    </message>
</context>
<context>
    <name>nacre::server::MailLanguage</name>
    <message>
        <location filename="../server/mail/MailLanguage.cpp" line="105"/>
        <source>MMMM d, yyyy, HH:mm</source>
        <extracomment>How the date and time of a mail&apos;s expiry is written, in Qt&apos;s date format (MMMM: the month&apos;s name in this language; the time is in UTC). Keep the letters; change their order and the rest.</extracomment>
        <translation>d בMMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../server/mail/MailLanguage.cpp" line="113"/>
        <source>Owner</source>
        <translation>בעלים</translation>
    </message>
    <message>
        <location filename="../server/mail/MailLanguage.cpp" line="115"/>
        <source>Admin</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <location filename="../server/mail/MailLanguage.cpp" line="117"/>
        <source>Member</source>
        <translation>חבר</translation>
    </message>
</context>
<context>
    <name>nacre::server::PasswordResetMail</name>
    <message>
        <location filename="../server/mail/PasswordResetMail.cpp" line="21"/>
        <source>Reset your Nacre password</source>
        <translation>איפוס הסיסמה שלך ב-Nacre</translation>
    </message>
    <message>
        <location filename="../server/mail/PasswordResetMail.cpp" line="24"/>
        <source>Someone, hopefully you, asked to reset the password of the Nacre account %1 on %2 (from the address %3).</source>
        <translation>מישהו, בתקווה שזה את/ה, ביקש לאפס את הסיסמה של חשבון Nacre‏ %1 ב-%2 (מהכתובת %3).</translation>
    </message>
    <message>
        <location filename="../server/mail/PasswordResetMail.cpp" line="28"/>
        <source>With Nacre installed, this opens it to choose a new password:</source>
        <translation>אם Nacre מותקן, הקישור הזה פותח אותו לבחירת סיסמה חדשה:</translation>
    </message>
    <message>
        <location filename="../server/mail/PasswordResetMail.cpp" line="31"/>
        <source>Or, in Nacre&apos;s sign-in window, choose “Forgot Password?”, then “I Have a Code”, and paste this code:</source>
        <translation>או, בחלון ההתחברות של Nacre, לבחור &quot;שכחתי סיסמה&quot;, ואז &quot;יש לי קוד&quot;, ולהדביק את הקוד הזה:</translation>
    </message>
    <message>
        <location filename="../server/mail/PasswordResetMail.cpp" line="37"/>
        <source>The code works once, for %1 minutes. Resetting signs the account out everywhere. If you did not ask for this, ignore this mail: your password stays as it is.</source>
        <translation>הקוד עובד פעם אחת, למשך %1 דקות. האיפוס מנתק את החשבון מכל מקום. אם לא ביקשת זאת, אפשר להתעלם מהודעה זו: הסיסמה נשארת כפי שהיא.</translation>
    </message>
</context>
</TS>
