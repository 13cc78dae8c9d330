<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>nacre::server::InvitationMail</name>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="38"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="45"/>
        <source>%1 invited you to %2 on Nacre</source>
        <translation>%1 hat Sie zu „%2“ auf Nacre eingeladen</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="49"/>
        <source>%1 invited you to join the workspace “%2” on Nacre as %3.</source>
        <translation>%1 hat Sie eingeladen, dem Arbeitsbereich „%2“ auf Nacre als %3 beizutreten.</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="51"/>
        <source>See the invitation and join here:</source>
        <translation>Einladung ansehen und beitreten:</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="52"/>
        <source>With Nacre installed, this opens it at the invitation:</source>
        <translation>Mit installiertem Nacre öffnet dieser Link die App bei der Einladung:</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="55"/>
        <source>Or start Nacre, choose “I Have an Invitation…” and paste this code:</source>
        <translation>Oder starten Sie Nacre, wählen Sie „Ich habe eine Einladung…“ und fügen Sie diesen Code ein:</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="60"/>
        <source>The invitation is for %1 and expires on %2 (UTC). If you did not expect it, ignore this mail.</source>
        <translation>Die Einladung gilt für %1 und läuft am %2 (UTC) ab. Wenn Sie sie nicht erwartet haben, ignorieren Sie diese E-Mail.</translation>
    </message>
</context>
<context>
    <name>nacre::server::InvitationWebPage</name>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="56"/>
        <source>an admin of “%1”</source>
        <translation>einen Admin von „%1“</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="57"/>
        <source>%1 or another admin of “%2”</source>
        <translation>%1 oder einen anderen Admin von „%2“</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="77"/>
        <source>Invitation not found</source>
        <translation>Einladung nicht gefunden</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="78"/>
        <source>No invitation has this code.</source>
        <translation>Keine Einladung hat diesen Code.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="79"/>
        <source>Check that the whole link was copied from the mail. If the invitation was sent again, only the newest mail’s link works. Otherwise ask the person who invited you for a new invitation.</source>
        <translation>Prüfen Sie, ob der ganze Link aus der E-Mail kopiert wurde. Wurde die Einladung erneut gesendet, funktioniert nur der Link der neuesten E-Mail. Bitten Sie sonst die Person, die Sie eingeladen hat, um eine neue Einladung.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="85"/>
        <source>This invitation was already used</source>
        <translation>Diese Einladung wurde bereits verwendet</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="86"/>
        <source>The invitation to %1 has been accepted.</source>
        <translation>Die Einladung zu %1 wurde angenommen.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="89"/>
        <source>If that was you, start Nacre and sign in as &lt;strong&gt;%1&lt;/strong&gt;. If not, ask %2 for a new invitation.</source>
        <translation>Wenn Sie das waren, starten Sie Nacre und melden Sie sich als &lt;strong&gt;%1&lt;/strong&gt; an. Wenn nicht, bitten Sie %2 um eine neue Einladung.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="96"/>
        <source>This invitation was withdrawn</source>
        <translation>Diese Einladung wurde zurückgezogen</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="97"/>
        <source>The invitation to %1 is no longer valid.</source>
        <translation>Die Einladung zu %1 ist nicht mehr gültig.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="99"/>
        <source>Ask %1 whether you should still join.</source>
        <translation>Fragen Sie %1, ob Sie noch beitreten sollen.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="104"/>
        <source>This invitation has expired</source>
        <translation>Diese Einladung ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="105"/>
        <source>The invitation to %1 ended on %2.</source>
        <translation>Die Einladung zu %1 endete am %2.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="107"/>
        <source>Ask %1 to send a new one.</source>
        <translation>Bitten Sie %1, eine neue zu senden.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="115"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="121"/>
        <source>Nacre will ask for the password of your account &lt;strong&gt;%1&lt;/strong&gt;, then add you to the workspace.</source>
        <translation>Nacre fragt nach dem Passwort Ihres Kontos &lt;strong&gt;%1&lt;/strong&gt; und fügt Sie dann dem Arbeitsbereich hinzu.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="124"/>
        <source>Nacre will ask for your name and a password for your new account, then open the workspace.</source>
        <translation>Nacre fragt nach Ihrem Namen und einem Passwort für Ihr neues Konto und öffnet dann den Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="140"/>
        <source>Join “%1” on Nacre</source>
        <translation>„%1“ auf Nacre beitreten</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="142"/>
        <source>%1 invited you to the workspace &lt;strong&gt;%2&lt;/strong&gt;.</source>
        <translation>%1 hat Sie in den Arbeitsbereich &lt;strong&gt;%2&lt;/strong&gt; eingeladen.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="129"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="130"/>
        <source>Invited by</source>
        <translation>Eingeladen von</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="131"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="133"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="134"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="144"/>
        <source>Open in Nacre</source>
        <translation>In Nacre öffnen</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="145"/>
        <source>Nacre is not installed?</source>
        <translation>Nacre ist nicht installiert?</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="147"/>
        <source>Nacre is the desktop console for this workspace. Ask %1 for the Nacre installer for your computer and install it. Then come back to this page and choose &lt;em&gt;Open in Nacre&lt;/em&gt;, or start Nacre, choose &lt;em&gt;I Have an Invitation…&lt;/em&gt; and paste the address of this page:</source>
        <translation>Nacre ist die Desktop-Konsole dieses Arbeitsbereichs. Bitten Sie %1 um das Nacre-Installationsprogramm für Ihren Computer und installieren Sie es. Kommen Sie dann auf diese Seite zurück und wählen Sie &lt;em&gt;In Nacre öffnen&lt;/em&gt;, oder starten Sie Nacre, wählen Sie &lt;em&gt;Ich habe eine Einladung…&lt;/em&gt; und fügen Sie die Adresse dieser Seite ein:</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="153"/>
        <source>Keep this link to yourself: whoever opens it can join as you.</source>
        <translation>Behalten Sie diesen Link für sich: Wer ihn öffnet, kann als Sie beitreten.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="156"/>
        <source>Join %1 on Nacre</source>
        <translation>%1 auf Nacre beitreten</translation>
    </message>
</context>
<context>
    <name>nacre::server::MailLanguage</name>
    <message>
        <location filename="../server/mail/MailLanguage.cpp" line="105"/>
        <source>MMMM d, yyyy, HH:mm</source>
        <extracomment>How the date and time of a mail&apos;s expiry is written, in Qt&apos;s date format (MMMM: the month&apos;s name in this language; the time is in UTC). Keep the letters; change their order and the rest.</extracomment>
        <translation>d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../server/mail/MailLanguage.cpp" line="113"/>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../server/mail/MailLanguage.cpp" line="115"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../server/mail/MailLanguage.cpp" line="117"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
</context>
<context>
    <name>nacre::server::PasswordResetMail</name>
    <message>
        <location filename="../server/mail/PasswordResetMail.cpp" line="21"/>
        <source>Reset your Nacre password</source>
        <translation>Nacre-Passwort zurücksetzen</translation>
    </message>
    <message>
        <location filename="../server/mail/PasswordResetMail.cpp" line="24"/>
        <source>Someone, hopefully you, asked to reset the password of the Nacre account %1 on %2 (from the address %3).</source>
        <translation>Jemand, hoffentlich Sie, hat das Zurücksetzen des Passworts für das Nacre-Konto %1 auf %2 angefordert (von der Adresse %3).</translation>
    </message>
    <message>
        <location filename="../server/mail/PasswordResetMail.cpp" line="28"/>
        <source>With Nacre installed, this opens it to choose a new password:</source>
        <translation>Mit installiertem Nacre öffnet dieser Link die App, um ein neues Passwort zu wählen:</translation>
    </message>
    <message>
        <location filename="../server/mail/PasswordResetMail.cpp" line="31"/>
        <source>Or, in Nacre&apos;s sign-in window, choose “Forgot Password?”, then “I Have a Code”, and paste this code:</source>
        <translation>Oder wählen Sie im Anmeldefenster von Nacre „Passwort vergessen?“, dann „Ich habe einen Code“, und fügen Sie diesen Code ein:</translation>
    </message>
    <message>
        <location filename="../server/mail/PasswordResetMail.cpp" line="37"/>
        <source>The code works once, for %1 minutes. Resetting signs the account out everywhere. If you did not ask for this, ignore this mail: your password stays as it is.</source>
        <translation>Der Code gilt einmal, %1 Minuten lang. Das Zurücksetzen meldet das Konto überall ab. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt, wie es ist.</translation>
    </message>
</context>
</TS>
