<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>nacre::server::InvitationMail</name>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="38"/>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="45"/>
        <source>%1 invited you to %2 on Nacre</source>
        <translation>%1 vous a invité à «&#xa0;%2&#xa0;» sur Nacre</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="49"/>
        <source>%1 invited you to join the workspace “%2” on Nacre as %3.</source>
        <translation>%1 vous a invité à rejoindre l&apos;espace de travail «&#xa0;%2&#xa0;» sur Nacre en tant que %3.</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="51"/>
        <source>See the invitation and join here:</source>
        <translation>Voir l&apos;invitation et rejoindre l&apos;espace ici&#xa0;:</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="52"/>
        <source>With Nacre installed, this opens it at the invitation:</source>
        <translation>Si Nacre est installé, ce lien l&apos;ouvre à l&apos;invitation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="55"/>
        <source>Or start Nacre, choose “I Have an Invitation…” and paste this code:</source>
        <translation>Ou lancez Nacre, choisissez «&#xa0;J&apos;ai une invitation…&#xa0;» et collez ce code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../server/mail/InvitationMail.cpp" line="60"/>
        <source>The invitation is for %1 and expires on %2 (UTC). If you did not expect it, ignore this mail.</source>
        <translation>L&apos;invitation est destinée à %1 et expire le %2 (UTC). Si vous ne l&apos;attendiez pas, ignorez cet e-mail.</translation>
    </message>
</context>
<context>
    <name>nacre::server::InvitationWebPage</name>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="56"/>
        <source>an admin of “%1”</source>
        <translation>un administrateur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="57"/>
        <source>%1 or another admin of “%2”</source>
        <translation>%1 ou un autre administrateur de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="77"/>
        <source>Invitation not found</source>
        <translation>Invitation introuvable</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="78"/>
        <source>No invitation has this code.</source>
        <translation>Aucune invitation n&apos;a ce code.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="79"/>
        <source>Check that the whole link was copied from the mail. If the invitation was sent again, only the newest mail’s link works. Otherwise ask the person who invited you for a new invitation.</source>
        <translation>Vérifiez que le lien a été copié en entier depuis l&apos;e-mail. Si l&apos;invitation a été renvoyée, seul le lien du dernier e-mail fonctionne. Sinon, demandez une nouvelle invitation à la personne qui vous a invité.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="85"/>
        <source>This invitation was already used</source>
        <translation>Cette invitation a déjà été utilisée</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="86"/>
        <source>The invitation to %1 has been accepted.</source>
        <translation>L&apos;invitation à %1 a été acceptée.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="89"/>
        <source>If that was you, start Nacre and sign in as &lt;strong&gt;%1&lt;/strong&gt;. If not, ask %2 for a new invitation.</source>
        <translation>Si c&apos;était vous, lancez Nacre et connectez-vous en tant que &lt;strong&gt;%1&lt;/strong&gt;. Sinon, demandez une nouvelle invitation à %2.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="96"/>
        <source>This invitation was withdrawn</source>
        <translation>Cette invitation a été retirée</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="97"/>
        <source>The invitation to %1 is no longer valid.</source>
        <translation>L&apos;invitation à %1 n&apos;est plus valable.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="99"/>
        <source>Ask %1 whether you should still join.</source>
        <translation>Demandez à %1 si vous devez toujours rejoindre l&apos;espace.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="104"/>
        <source>This invitation has expired</source>
        <translation>Cette invitation a expiré</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="105"/>
        <source>The invitation to %1 ended on %2.</source>
        <translation>L&apos;invitation à %1 a pris fin le %2.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="107"/>
        <source>Ask %1 to send a new one.</source>
        <translation>Demandez à %1 d&apos;en envoyer une nouvelle.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="115"/>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="121"/>
        <source>Nacre will ask for the password of your account &lt;strong&gt;%1&lt;/strong&gt;, then add you to the workspace.</source>
        <translation>Nacre vous demandera le mot de passe de votre compte &lt;strong&gt;%1&lt;/strong&gt;, puis vous ajoutera à l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="124"/>
        <source>Nacre will ask for your name and a password for your new account, then open the workspace.</source>
        <translation>Nacre vous demandera votre nom et un mot de passe pour votre nouveau compte, puis ouvrira l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="140"/>
        <source>Join “%1” on Nacre</source>
        <translation>Rejoindre «&#xa0;%1&#xa0;» sur Nacre</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="142"/>
        <source>%1 invited you to the workspace &lt;strong&gt;%2&lt;/strong&gt;.</source>
        <translation>%1 vous a invité dans l&apos;espace de travail &lt;strong&gt;%2&lt;/strong&gt;.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="129"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="130"/>
        <source>Invited by</source>
        <translation>Invité par</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="131"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="133"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="134"/>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="144"/>
        <source>Open in Nacre</source>
        <translation>Ouvrir dans Nacre</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="145"/>
        <source>Nacre is not installed?</source>
        <translation>Nacre n&apos;est pas installé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="147"/>
        <source>Nacre is the desktop console for this workspace. Ask %1 for the Nacre installer for your computer and install it. Then come back to this page and choose &lt;em&gt;Open in Nacre&lt;/em&gt;, or start Nacre, choose &lt;em&gt;I Have an Invitation…&lt;/em&gt; and paste the address of this page:</source>
        <translation>Nacre est la console de bureau de cet espace de travail. Demandez à %1 le programme d&apos;installation de Nacre pour votre ordinateur et installez-le. Revenez ensuite sur cette page et choisissez &lt;em&gt;Ouvrir dans Nacre&lt;/em&gt;, ou lancez Nacre, choisissez &lt;em&gt;J&apos;ai une invitation…&lt;/em&gt; et collez l&apos;adresse de cette page&#xa0;:</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="153"/>
        <source>Keep this link to yourself: whoever opens it can join as you.</source>
        <translation>Gardez ce lien pour vous&#xa0;: quiconque l&apos;ouvre peut rejoindre l&apos;espace à votre place.</translation>
    </message>
    <message>
        <location filename="../server/web/InvitationWebPage.cpp" line="156"/>
        <source>Join %1 on Nacre</source>
        <translation>Rejoindre %1 sur Nacre</translation>
    </message>
</context>
<context>
    <name>nacre::server::MailLanguage</name>
    <message>
        <location filename="../server/mail/MailLanguage.cpp" line="105"/>
        <source>MMMM d, yyyy, HH:mm</source>
        <extracomment>How the date and time of a mail&apos;s expiry is written, in Qt&apos;s date format (MMMM: the month&apos;s name in this language; the time is in UTC). Keep the letters; change their order and the rest.</extracomment>
        <translation>d MMMM yyyy &apos;à&apos; HH:mm</translation>
    </message>
    <message>
        <location filename="../server/mail/MailLanguage.cpp" line="113"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../server/mail/MailLanguage.cpp" line="115"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../server/mail/MailLanguage.cpp" line="117"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
</context>
<context>
    <name>nacre::server::PasswordResetMail</name>
    <message>
        <location filename="../server/mail/PasswordResetMail.cpp" line="21"/>
        <source>Reset your Nacre password</source>
        <translation>Réinitialiser votre mot de passe Nacre</translation>
    </message>
    <message>
        <location filename="../server/mail/PasswordResetMail.cpp" line="24"/>
        <source>Someone, hopefully you, asked to reset the password of the Nacre account %1 on %2 (from the address %3).</source>
        <translation>Quelqu&apos;un, vous espérons-le, a demandé la réinitialisation du mot de passe du compte Nacre %1 sur %2 (depuis l&apos;adresse %3).</translation>
    </message>
    <message>
        <location filename="../server/mail/PasswordResetMail.cpp" line="28"/>
        <source>With Nacre installed, this opens it to choose a new password:</source>
        <translation>Si Nacre est installé, ce lien l&apos;ouvre pour choisir un nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../server/mail/PasswordResetMail.cpp" line="31"/>
        <source>Or, in Nacre&apos;s sign-in window, choose “Forgot Password?”, then “I Have a Code”, and paste this code:</source>
        <translation>Ou, dans la fenêtre de connexion de Nacre, choisissez «&#xa0;Mot de passe oublié&#xa0;?&#xa0;», puis «&#xa0;J&apos;ai un code&#xa0;», et collez ce code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../server/mail/PasswordResetMail.cpp" line="37"/>
        <source>The code works once, for %1 minutes. Resetting signs the account out everywhere. If you did not ask for this, ignore this mail: your password stays as it is.</source>
        <translation>Le code fonctionne une fois, pendant %1 minutes. La réinitialisation déconnecte le compte partout. Si vous n&apos;avez rien demandé, ignorez cet e-mail&#xa0;: votre mot de passe reste tel quel.</translation>
    </message>
</context>
</TS>
