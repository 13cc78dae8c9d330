<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>Nacre: the console for a Pearls workspace&apos;s users, roles and settings.</source>
        <translation>Nacre: die Konsole für Benutzer, Rollen und Einstellungen eines Pearls-Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="66"/>
        <source>Use the nacred at this URL (remembered). Without it, the last server used; without one, a server embedded in this app.</source>
        <translation>Den nacred unter dieser URL verwenden (wird gemerkt). Ohne Angabe den zuletzt verwendeten Server, sonst den in diese App eingebauten.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="71"/>
        <source>Forget the remembered server and use the embedded one.</source>
        <translation>Den gemerkten Server vergessen und den eingebauten verwenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="76"/>
        <source>An invitation or password reset link (nacre://…) to open.</source>
        <translation>Ein Einladungs- oder Passwort-Link (nacre://…), der geöffnet werden soll.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="125"/>
        <source>Nacre Cannot Start</source>
        <translation>Nacre kann nicht starten</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="126"/>
        <source>The built-in server did not start:
%1</source>
        <translation>Der eingebaute Server ist nicht gestartet:
%1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="133"/>
        <source>the workspace server on this computer</source>
        <translation>den Arbeitsbereichsserver auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>nacre::AccessRules</name>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="17"/>
        <source>Your role does not include “%1”.</source>
        <translation>Ihre Rolle umfasst „%1“ nicht.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="31"/>
        <source>You can only grant permissions your own role includes.</source>
        <translation>Sie können nur Berechtigungen vergeben, die Ihre eigene Rolle umfasst.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="38"/>
        <source>Only an Owner can make someone an Owner.</source>
        <translation>Nur ein Inhaber kann jemanden zum Inhaber machen.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="46"/>
        <source>Only an Owner can remove an Owner.</source>
        <translation>Nur ein Inhaber kann einen Inhaber entfernen.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="47"/>
        <source>Only an Owner can change an Owner&apos;s role.</source>
        <translation>Nur ein Inhaber kann die Rolle eines Inhabers ändern.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="50"/>
        <source>You cannot remove someone whose role has permissions yours does not.</source>
        <translation>Sie können niemanden entfernen, dessen Rolle Berechtigungen hat, die Ihre nicht hat.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="51"/>
        <source>You cannot change the role of someone whose role has permissions yours does not.</source>
        <translation>Sie können die Rolle von niemandem ändern, dessen Rolle Berechtigungen hat, die Ihre nicht hat.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="60"/>
        <source>The built-in %1 role cannot be changed.</source>
        <translation>Die eingebaute Rolle %1 kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="81"/>
        <source>An API key cannot manage API keys; sign in to do that.</source>
        <translation>Ein API-Schlüssel kann keine API-Schlüssel verwalten; melden Sie sich dafür an.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="89"/>
        <source>Only an Owner can sign out an Owner.</source>
        <translation>Nur ein Besitzer kann einen Besitzer abmelden.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="97"/>
        <source>Only an Owner can delete the workspace.</source>
        <translation>Nur ein Inhaber kann den Arbeitsbereich löschen.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="101"/>
        <source>An API key cannot leave a workspace for its creator.</source>
        <translation>Ein API-Schlüssel kann einen Arbeitsbereich nicht für die Person verlassen, die ihn erstellt hat.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="104"/>
        <source>You are the workspace&apos;s only Owner. Make someone else an Owner before you leave.</source>
        <translation>Sie sind der einzige Inhaber des Arbeitsbereichs. Machen Sie jemand anderen zum Inhaber, bevor Sie gehen.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="118"/>
        <source>Nobody can change their own role; ask another Owner or Admin.</source>
        <translation>Niemand kann die eigene Rolle ändern; bitten Sie einen anderen Inhaber oder Admin.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="126"/>
        <location filename="../core/permissions/AccessRules.cpp" line="140"/>
        <source>A workspace needs at least one Owner.</source>
        <translation>Ein Arbeitsbereich braucht mindestens einen Inhaber.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="136"/>
        <source>To remove yourself, leave the workspace instead.</source>
        <translation>Um sich selbst zu entfernen, verlassen Sie den Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="162"/>
        <source>Not allowed.</source>
        <translation>Nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>nacre::BuiltinRoles</name>
    <message>
        <location filename="../core/domain/RoleRef.cpp" line="65"/>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../core/domain/RoleRef.cpp" line="67"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../core/domain/RoleRef.cpp" line="69"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
</context>
<context>
    <name>nacre::EmailAddress</name>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="72"/>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="76"/>
        <source>An email address needs an @ followed by a domain, as in name@example.com.</source>
        <translation>Eine E-Mail-Adresse braucht ein @ und danach eine Domain, etwa name@example.com.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="81"/>
        <source>Something must come before the @.</source>
        <translation>Vor dem @ muss etwas stehen.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="83"/>
        <source>The part before the @ has a space, a misplaced dot or a character that is not allowed.</source>
        <translation>Der Teil vor dem @ enthält ein Leerzeichen, einen falsch gesetzten Punkt oder ein unzulässiges Zeichen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/EmailAddress.cpp" line="85"/>
        <source>The part before the @ is longer than %n characters.</source>
        <translation>
            <numerusform>Der Teil vor dem @ ist länger als %n Zeichen.</numerusform>
            <numerusform>Der Teil vor dem @ ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="88"/>
        <source>A domain must follow the @, as in name@example.com.</source>
        <translation>Nach dem @ muss eine Domain folgen, etwa name@example.com.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="90"/>
        <source>The domain has a misplaced dot.</source>
        <translation>Die Domain enthält einen falsch gesetzten Punkt.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="95"/>
        <location filename="../core/validation/EmailAddress.cpp" line="102"/>
        <source>The domain is not a valid internet domain name.</source>
        <translation>Die Domain ist kein gültiger Internet-Domainname.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="99"/>
        <source>The domain needs a dot, as in example.com.</source>
        <translation>Die Domain braucht einen Punkt, etwa example.com.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="107"/>
        <source>The domain must end in a name such as .com, not a number.</source>
        <translation>Die Domain muss auf einen Namen wie .com enden, nicht auf eine Zahl.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/EmailAddress.cpp" line="111"/>
        <source>An email address can be at most %n characters long.</source>
        <translation>
            <numerusform>Eine E-Mail-Adresse darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Eine E-Mail-Adresse darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::EmailListParser</name>
    <message>
        <location filename="../core/validation/EmailListParser.cpp" line="108"/>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>nacre::JsonReader</name>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="33"/>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="56"/>
        <source>Expected %1.</source>
        <translation>Erwartet: %1.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="61"/>
        <source>“%1” is not one of the allowed values.</source>
        <translation>„%1“ ist keiner der erlaubten Werte.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="70"/>
        <source>a string</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="90"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="112"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="117"/>
        <source>Must be between %1 and %2.</source>
        <translation>Muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="140"/>
        <source>Expected a date and time with a zone, as in 2026-01-31T09:30:00Z.</source>
        <translation>Erwartet wird Datum und Uhrzeit mit Zeitzone, etwa 2026-01-31T09:30:00Z.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="161"/>
        <source>Expected an id.</source>
        <translation>Erwartet wird eine Kennung.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="181"/>
        <source>a list of strings</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="188"/>
        <source>Expected a string.</source>
        <translation>Erwartet wird ein Text.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="210"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="220"/>
        <source>This field is not known here.</source>
        <translation>Dieses Feld ist hier unbekannt.</translation>
    </message>
</context>
<context>
    <name>nacre::LocaleRules</name>
    <message>
        <location filename="../core/validation/LocaleRules.cpp" line="18"/>
        <source>“%1” is not a known language.</source>
        <translation>„%1“ ist keine bekannte Sprache.</translation>
    </message>
    <message>
        <location filename="../core/validation/LocaleRules.cpp" line="27"/>
        <source>“%1” is not a known time zone.</source>
        <translation>„%1“ ist keine bekannte Zeitzone.</translation>
    </message>
</context>
<context>
    <name>nacre::NameRules</name>
    <message>
        <location filename="../core/validation/NameRules.cpp" line="57"/>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location filename="../core/validation/NameRules.cpp" line="64"/>
        <source>The name contains a control or invisible formatting character.</source>
        <translation>Der Name enthält ein Steuerzeichen oder ein unsichtbares Formatierungszeichen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/NameRules.cpp" line="67"/>
        <source>The name is too long: at most %n characters.</source>
        <translation>
            <numerusform>Der Name ist zu lang: höchstens %n Zeichen.</numerusform>
            <numerusform>Der Name ist zu lang: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::PasswordRules</name>
    <message>
        <location filename="../core/validation/PasswordRules.cpp" line="13"/>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/PasswordRules.cpp" line="16"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/PasswordRules.cpp" line="19"/>
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/validation/PasswordRules.cpp" line="51"/>
        <source>Too short</source>
        <translation>Zu kurz</translation>
    </message>
    <message>
        <location filename="../core/validation/PasswordRules.cpp" line="53"/>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <location filename="../core/validation/PasswordRules.cpp" line="55"/>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../core/validation/PasswordRules.cpp" line="57"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
</context>
<context>
    <name>nacre::PermissionCatalog</name>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="18"/>
        <source>Manage Pearls</source>
        <translation>Pearls verwalten</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="19"/>
        <source>Create and edit Pearls, including access to PearlVibe.</source>
        <translation>Pearls erstellen und bearbeiten, einschließlich Zugriff auf PearlVibe.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="21"/>
        <source>Moderate activities</source>
        <translation>Aktivitäten moderieren</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="22"/>
        <source>Moderate activity status.</source>
        <translation>Den Status von Aktivitäten moderieren.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="24"/>
        <source>View analytics</source>
        <translation>Analysen ansehen</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="25"/>
        <source>View analytics.</source>
        <translation>Analysen ansehen.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="26"/>
        <source>Manage leads</source>
        <translation>Leads verwalten</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="27"/>
        <source>View and moderate leads.</source>
        <translation>Leads ansehen und moderieren.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="28"/>
        <source>View calls</source>
        <translation>Anrufe ansehen</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="29"/>
        <source>View calls and post-call information.</source>
        <translation>Anrufe und Informationen nach dem Anruf ansehen.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="31"/>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="32"/>
        <source>Manage the workspace&apos;s phone numbers.</source>
        <translation>Die Telefonnummern des Arbeitsbereichs verwalten.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="33"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="34"/>
        <source>Manage the workspace&apos;s agents.</source>
        <translation>Die Agenten des Arbeitsbereichs verwalten.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="36"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="37"/>
        <source>Create and revoke the workspace&apos;s API keys.</source>
        <translation>API-Schlüssel des Arbeitsbereichs erstellen und widerrufen.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="38"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="39"/>
        <source>Invite users, change their roles and remove them.</source>
        <translation>Benutzer einladen, ihre Rollen ändern und sie entfernen.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="41"/>
        <source>General settings</source>
        <translation>Allgemeine Einstellungen</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="42"/>
        <source>Edit the workspace name, billing and notifications email, and newsletter.</source>
        <translation>Namen, Rechnungs- und Benachrichtigungsadresse sowie Newsletter des Arbeitsbereichs bearbeiten.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="45"/>
        <source>Security and sessions</source>
        <translation>Sicherheit und Sitzungen</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="46"/>
        <source>Manage security and sessions: session timeout, public recordings and the 2FA requirement.</source>
        <translation>Sicherheit und Sitzungen verwalten: Sitzungs-Zeitlimit, öffentliche Aufnahmen und 2FA-Pflicht.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="48"/>
        <source>View audit log</source>
        <translation>Prüfprotokoll ansehen</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="49"/>
        <source>View and export the audit log.</source>
        <translation>Das Prüfprotokoll ansehen und exportieren.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="50"/>
        <source>Manage billing</source>
        <translation>Abrechnung verwalten</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="51"/>
        <source>Manage account billing: subscription, payment methods, invoices and auto-recharge.</source>
        <translation>Die Abrechnung verwalten: Abonnement, Zahlungsmittel, Rechnungen und automatisches Aufladen.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="63"/>
        <source>Pearls</source>
        <translation>Pearls</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="64"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="65"/>
        <source>Analytics</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="66"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="67"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="68"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="69"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="70"/>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="71"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="72"/>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
</context>
<context>
    <name>nacre::PermissionSet</name>
    <message>
        <location filename="../core/permissions/PermissionSet.cpp" line="57"/>
        <source>“%1” is not a known permission.</source>
        <translation>„%1“ ist keine bekannte Berechtigung.</translation>
    </message>
    <message>
        <location filename="../core/permissions/PermissionSet.cpp" line="67"/>
        <source>Expected a list of permission ids.</source>
        <translation>Erwartet wird eine Liste von Berechtigungskennungen.</translation>
    </message>
    <message>
        <location filename="../core/permissions/PermissionSet.cpp" line="76"/>
        <source>Expected a permission id (a string).</source>
        <translation>Erwartet wird eine Berechtigungskennung (ein Text).</translation>
    </message>
</context>
<context>
    <name>nacre::SessionTimeout</name>
    <message>
        <location filename="../core/validation/SessionTimeout.cpp" line="9"/>
        <source>The session timeout must be between %1 and %2 minutes.</source>
        <translation>Das Sitzungs-Zeitlimit muss zwischen %1 und %2 Minuten liegen.</translation>
    </message>
</context>
<context>
    <name>nacre::client::ApiError</name>
    <message>
        <location filename="../models/api/ApiError.cpp" line="56"/>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/api/ApiError.cpp" line="58"/>
        <source>The server took too long to answer. Try again in a moment.</source>
        <translation>Der Server hat zu lange nicht geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../models/api/ApiError.cpp" line="60"/>
        <source>The server sent an answer Nacre does not understand (HTTP %1).</source>
        <translation>Der Server hat eine Antwort geschickt, die Nacre nicht versteht (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../models/api/ApiError.cpp" line="73"/>
        <source>The server ran into a problem (HTTP %1). Nothing was changed.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten (HTTP %1). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/api/ApiError.cpp" line="74"/>
        <source>The request was refused (HTTP %1).</source>
        <translation>Die Anfrage wurde abgelehnt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>nacre::client::ApiKeyListModel</name>
    <message numerus="yes">
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="89"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="124"/>
        <source>(former member)</source>
        <translation>(ehemaliges Mitglied)</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="125"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="129"/>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="131"/>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="134"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="136"/>
        <source>Expired %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="138"/>
        <source>%1 (soon: in %n day(s))</source>
        <translation>
            <numerusform>%1 (bald: in %n Tag)</numerusform>
            <numerusform>%1 (bald: in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="147"/>
        <source>This key no longer works. Revoke it, and make a new one if it is still needed.</source>
        <translation>Dieser Schlüssel funktioniert nicht mehr. Widerrufen Sie ihn und erstellen Sie einen neuen, falls er noch gebraucht wird.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="149"/>
        <source>This key stops working in %n day(s). Make a new one and give it to the program before then.</source>
        <translation>
            <numerusform>Dieser Schlüssel funktioniert in %n Tag nicht mehr. Erstellen Sie vorher einen neuen und geben Sie ihn dem Programm.</numerusform>
            <numerusform>Dieser Schlüssel funktioniert in %n Tagen nicht mehr. Erstellen Sie vorher einen neuen und geben Sie ihn dem Programm.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="161"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="163"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="165"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="167"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="169"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>nacre::client::AuditEventText</name>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="24"/>
        <source>(none)</source>
        <extracomment>An audit event&apos;s value that was empty or absent, as in &quot;default role: (none) → Support&quot;.</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="27"/>
        <source>on</source>
        <extracomment>A yes/no setting&apos;s value in an audit event, as in &quot;newsletter: off → on&quot;.</extracomment>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="27"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="49"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="50"/>
        <source>plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="51"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="52"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="53"/>
        <source>permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="55"/>
        <source>prefix</source>
        <extracomment>An API key&apos;s prefix: the first characters of its secret, shown to tell keys apart.</extracomment>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="56"/>
        <source>expires</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="57"/>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="58"/>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="59"/>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="60"/>
        <source>sessions ended</source>
        <translation>beendete Sitzungen</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="61"/>
        <source>members moved to</source>
        <translation>Mitglieder verschoben nach</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="62"/>
        <source>members moved</source>
        <translation>verschobene Mitglieder</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="63"/>
        <source>invitations moved</source>
        <translation>verschobene Einladungen</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="64"/>
        <source>billing email</source>
        <translation>Rechnungs-E-Mail</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="65"/>
        <source>notifications email</source>
        <translation>Benachrichtigungs-E-Mail</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="66"/>
        <source>newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="67"/>
        <source>session timeout (minutes)</source>
        <translation>Sitzungs-Zeitlimit (Minuten)</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="68"/>
        <source>public recordings</source>
        <translation>öffentliche Aufzeichnungen</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="69"/>
        <source>two-factor sign-in required</source>
        <translation>Zwei-Faktor-Anmeldung erforderlich</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="70"/>
        <source>default role</source>
        <translation>Standardrolle</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="103"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="104"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="107"/>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="110"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="111"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="122"/>
        <source>Workspace created</source>
        <translation>Arbeitsbereich erstellt</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="124"/>
        <source>Settings changed</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="126"/>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="128"/>
        <source>Member removed</source>
        <translation>Mitglied entfernt</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="130"/>
        <source>Member left</source>
        <translation>Mitglied ausgetreten</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="132"/>
        <source>Invitation sent</source>
        <translation>Einladung gesendet</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="134"/>
        <source>Invitation resent</source>
        <translation>Einladung erneut gesendet</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="136"/>
        <source>Invitation link made</source>
        <translation>Einladungslink erstellt</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="138"/>
        <source>Invitation revoked</source>
        <translation>Einladung widerrufen</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="140"/>
        <source>Invitation accepted</source>
        <translation>Einladung angenommen</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="142"/>
        <source>Invitation&apos;s role changed</source>
        <translation>Rolle der Einladung geändert</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="144"/>
        <source>Role created</source>
        <translation>Rolle erstellt</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="146"/>
        <source>Role edited</source>
        <translation>Rolle bearbeitet</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="148"/>
        <source>Role deleted</source>
        <translation>Rolle gelöscht</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="150"/>
        <source>API key created</source>
        <translation>API-Schlüssel erstellt</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="152"/>
        <source>API key revoked</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="154"/>
        <source>Member&apos;s session ended</source>
        <translation>Sitzung eines Mitglieds beendet</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="156"/>
        <source>Member signed out everywhere</source>
        <translation>Mitglied überall abgemeldet</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="165"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="167"/>
        <location filename="../models/audit/AuditEventText.cpp" line="185"/>
        <source>API key “%1”</source>
        <translation>API-Schlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="179"/>
        <source>Member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="181"/>
        <source>Role “%1”</source>
        <translation>Rolle „%1“</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="183"/>
        <source>Invitation for %1</source>
        <translation>Einladung für %1</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="187"/>
        <source>Workspace “%1”</source>
        <translation>Arbeitsbereich „%1“</translation>
    </message>
</context>
<context>
    <name>nacre::client::AuditLogModel</name>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="168"/>
        <source>%1
From %2</source>
        <translation>%1
Von %2</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="182"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="184"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="186"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="189"/>
        <source>Target</source>
        <extracomment>Audit log column: the member, role, invitation or key an event is about.</extracomment>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="191"/>
        <source>Details</source>
        <translation>Details</translation>
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
        <translation>Nacre %1 unter %2</translation>
    </message>
    <message>
        <location filename="../models/profile/ClientName.cpp" line="48"/>
        <location filename="../models/profile/ClientName.cpp" line="57"/>
        <source>Unknown application</source>
        <translation>Unbekannte Anwendung</translation>
    </message>
    <message>
        <location filename="../models/profile/ClientName.cpp" line="50"/>
        <source>A browser on %1</source>
        <translation>Ein Browser unter %1</translation>
    </message>
    <message>
        <location filename="../models/profile/ClientName.cpp" line="51"/>
        <source>%1 on %2</source>
        <translation>%1 unter %2</translation>
    </message>
</context>
<context>
    <name>nacre::client::InvitationListModel</name>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="183"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="188"/>
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="190"/>
        <source>Expires in %n hour(s)</source>
        <translation>
            <numerusform>Läuft in %n Stunde ab</numerusform>
            <numerusform>Läuft in %n Stunden ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="191"/>
        <source>Expires in %n minute(s)</source>
        <translation>
            <numerusform>Läuft in %n Minute ab</numerusform>
            <numerusform>Läuft in %n Minuten ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="273"/>
        <source>(former member)</source>
        <translation>(ehemaliges Mitglied)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="286"/>
        <source>Expired: resend it to give a new link valid for %n day(s).</source>
        <translation>
            <numerusform>Abgelaufen: erneut senden, um einen neuen Link für %n Tag zu geben.</numerusform>
            <numerusform>Abgelaufen: erneut senden, um einen neuen Link für %n Tage zu geben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="287"/>
        <source>Expires %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="304"/>
        <source>Not mailed</source>
        <translation>Nicht gemailt</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="306"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="310"/>
        <source>Retrying</source>
        <translation>Neuer Versuch folgt</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="312"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="324"/>
        <source>No mail was sent for this invitation: its link was handed over another way.</source>
        <translation>Für diese Einladung wurde keine E-Mail gesendet: Ihr Link wurde auf anderem Weg übergeben.</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="326"/>
        <source>Waiting to be sent.</source>
        <translation>Wartet auf den Versand.</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="328"/>
        <source>Handed to the mail server on %1.</source>
        <translation>Am %1 an den Mailserver übergeben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="330"/>
        <source>Not sent yet (%Ln attempt(s)): %1. Next try at %2.</source>
        <translation>
            <numerusform>Noch nicht gesendet (%Ln Versuch): %1. Nächster Versuch um %2.</numerusform>
            <numerusform>Noch nicht gesendet (%Ln Versuche): %1. Nächster Versuch um %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="333"/>
        <source>Not delivered: %1. Fix the address or the mail server, then resend the invitation.</source>
        <translation>Nicht zugestellt: %1. Korrigieren Sie die Adresse oder den Mailserver und senden Sie die Einladung erneut.</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="345"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="347"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="349"/>
        <source>Invited by</source>
        <translation>Eingeladen von</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="308"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="351"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="353"/>
        <source>Mail</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="355"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>nacre::client::InvitationRedeemer</name>
    <message>
        <location filename="../models/invitations/InvitationRedeemer.cpp" line="90"/>
        <source>No invitation has this code. Check that you copied the whole link or code. If the invitation was sent again, only the newest mail works.</source>
        <translation>Keine Einladung hat diesen Code. Prüfen Sie, ob Sie den ganzen Link oder Code kopiert haben. Wurde die Einladung erneut gesendet, gilt nur die neueste E-Mail.</translation>
    </message>
</context>
<context>
    <name>nacre::client::MemberListModel</name>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="284"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="297"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="297"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="302"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="307"/>
        <source>Signs in with a second factor</source>
        <translation>Meldet sich mit einem zweiten Faktor an</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="307"/>
        <source>Signs in with a password only</source>
        <translation>Meldet sich nur mit einem Passwort an</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="331"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="333"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="335"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="337"/>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="339"/>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="341"/>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
</context>
<context>
    <name>nacre::client::ProblemText</name>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="163"/>
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="27"/>
        <source>an admin of “%1”</source>
        <translation>einen Admin von „%1“</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="28"/>
        <source>%1 or another admin of “%2”</source>
        <translation>%1 oder einen anderen Admin von „%2“</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="31"/>
        <source>This invitation to “%1” was already used. If you accepted it, sign in instead; otherwise ask %2 for a new one.</source>
        <translation>Diese Einladung zu „%1“ wurde bereits verwendet. Wenn Sie sie angenommen haben, melden Sie sich an; sonst bitten Sie %2 um eine neue.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="35"/>
        <source>This invitation to “%1” was withdrawn. Ask %2 whether you should still join.</source>
        <translation>Diese Einladung zu „%1“ wurde zurückgezogen. Fragen Sie %2, ob Sie noch beitreten sollen.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="39"/>
        <source>This invitation to “%1” expired on %2. Ask %3 to send a new one.</source>
        <translation>Diese Einladung zu „%1“ ist am %2 abgelaufen. Bitten Sie %3, eine neue zu senden.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="42"/>
        <source>This invitation can no longer be used. Ask whoever invited you for a new one.</source>
        <translation>Diese Einladung kann nicht mehr verwendet werden. Bitten Sie die Person, die Sie eingeladen hat, um eine neue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="49"/>
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n Feld muss korrigiert werden.</numerusform>
            <numerusform>%n Felder müssen korrigiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="59"/>
        <source>The server could not read the request. Nothing was changed.</source>
        <translation>Der Server konnte die Anfrage nicht lesen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="63"/>
        <source>The server does not accept the request in this form. Nothing was changed.</source>
        <translation>Der Server nimmt die Anfrage in dieser Form nicht an. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="66"/>
        <source>This is more than the server accepts at once (%1). Send less at a time.</source>
        <translation>Das ist mehr, als der Server auf einmal annimmt (%1). Senden Sie weniger auf einmal.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="68"/>
        <source>This is more than the server accepts at once. Send less at a time.</source>
        <translation>Das ist mehr, als der Server auf einmal annimmt. Senden Sie weniger auf einmal.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="70"/>
        <source>The request&apos;s headers were larger than the server accepts.</source>
        <translation>Die Kopfzeilen der Anfrage waren größer, als der Server annimmt.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="72"/>
        <source>The request took too long to arrive. Check the connection and try again.</source>
        <translation>Die Anfrage kam nicht rechtzeitig an. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="74"/>
        <source>Your session has ended. Sign in to continue.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="76"/>
        <source>The email address or password is not right.</source>
        <translation>E-Mail-Adresse oder Passwort stimmen nicht.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="80"/>
        <source>That code is not right or was already used. Wait for the next code and try again.</source>
        <translation>Dieser Code stimmt nicht oder wurde schon verwendet. Warten Sie auf den nächsten Code und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="84"/>
        <source>You are not allowed to do this.</source>
        <translation>Das dürfen Sie nicht.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="87"/>
        <source>Your role does not include “%1”.</source>
        <translation>Ihre Rolle umfasst „%1“ nicht.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="88"/>
        <source>Your role does not allow this.</source>
        <translation>Ihre Rolle erlaubt das nicht.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="90"/>
        <source>You can only give access your own role includes.</source>
        <translation>Sie können nur Zugriff vergeben, den Ihre eigene Rolle enthält.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="92"/>
        <source>Only an Owner can do this.</source>
        <translation>Das kann nur ein Inhaber.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="94"/>
        <source>Nobody can change their own role; ask another Owner or Admin.</source>
        <translation>Niemand kann die eigene Rolle ändern; bitten Sie einen anderen Inhaber oder Admin.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="96"/>
        <source>To remove yourself, leave the workspace instead.</source>
        <translation>Um sich selbst zu entfernen, verlassen Sie den Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="98"/>
        <source>Built-in roles cannot be changed. Duplicate the role to make one you can change.</source>
        <translation>Integrierte Rollen lassen sich nicht ändern. Duplizieren Sie die Rolle, um eine änderbare zu erhalten.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="100"/>
        <source>A workspace needs at least one Owner. Make someone else an Owner first.</source>
        <translation>Ein Arbeitsbereich braucht mindestens einen Inhaber. Machen Sie zuerst jemand anderen zum Inhaber.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="103"/>
        <source>“%1” requires two-factor sign-in. Turn it on under Security, then try again.</source>
        <translation>„%1“ verlangt die Anmeldung in zwei Schritten. Schalten Sie sie unter Sicherheit ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="105"/>
        <source>This workspace requires two-factor sign-in. Turn it on under Security, then try again.</source>
        <translation>Dieser Arbeitsbereich verlangt die Anmeldung in zwei Schritten. Schalten Sie sie unter Sicherheit ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="107"/>
        <source>Turn on two-factor sign-in for your own account first (under Security), so the requirement does not lock you out.</source>
        <translation>Schalten Sie die Zwei-Faktor-Anmeldung zuerst für Ihr eigenes Konto ein (unter Sicherheit), damit die Pflicht Sie nicht aussperrt.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="110"/>
        <source>An API key cannot do this; sign in to Nacre to do it.</source>
        <translation>Ein API-Schlüssel kann das nicht; melden Sie sich dafür bei Nacre an.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="112"/>
        <source>This no longer exists. It may have been removed by someone else.</source>
        <translation>Das gibt es nicht mehr. Vielleicht hat es jemand anderes entfernt.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="114"/>
        <source>The server does not offer this action here.</source>
        <translation>Der Server bietet diese Aktion hier nicht an.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="116"/>
        <source>Someone else changed this at the same moment. Reload and try again.</source>
        <translation>Jemand anderes hat das im selben Moment geändert. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="118"/>
        <source>This server already has an owner. Sign in instead.</source>
        <translation>Dieser Server hat bereits einen Inhaber. Melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="120"/>
        <source>You are already a member of this workspace.</source>
        <translation>Sie sind bereits Mitglied dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="122"/>
        <source>An account for %1 exists. Sign in to accept the invitation.</source>
        <translation>Für %1 gibt es ein Konto. Melden Sie sich an, um die Einladung anzunehmen.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="124"/>
        <source>Another account already uses %1.</source>
        <translation>Ein anderes Konto verwendet bereits %1.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="126"/>
        <source>This invitation is for %1. Sign in with that address to accept it.</source>
        <translation>Diese Einladung gilt für %1. Melden Sie sich mit dieser Adresse an, um sie anzunehmen.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="128"/>
        <location filename="../models/api/ProblemText.cpp" line="176"/>
        <source>A role with this name already exists in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es bereits eine Rolle mit diesem Namen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="131"/>
        <source>%n pending invitation(s) offer this role. Revoke them first.</source>
        <translation>
            <numerusform>%n offene Einladung bietet diese Rolle an. Ziehen Sie sie zuerst zurück.</numerusform>
            <numerusform>%n offene Einladungen bieten diese Rolle an. Ziehen Sie sie zuerst zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="132"/>
        <source>%n member(s) hold this role. Move them to another role first.</source>
        <translation>
            <numerusform>%n Mitglied hat diese Rolle. Geben Sie ihm zuerst eine andere Rolle.</numerusform>
            <numerusform>%n Mitglieder haben diese Rolle. Geben Sie ihnen zuerst eine andere Rolle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="137"/>
        <source>%1 has a newer invitation to this workspace. Resend or revoke that one instead.</source>
        <translation>%1 hat eine neuere Einladung in diesen Arbeitsbereich. Senden Sie stattdessen diese erneut oder ziehen Sie sie zurück.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="140"/>
        <source>The person who invited you can no longer give this role. Ask a workspace admin for a new invitation.</source>
        <translation>Die Person, die Sie eingeladen hat, kann diese Rolle nicht mehr vergeben. Bitten Sie einen Admin des Arbeitsbereichs um eine neue Einladung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="143"/>
        <source>This code is wrong, was already used, or is older than %n minute(s). Ask for a new one.</source>
        <translation>
            <numerusform>Dieser Code ist falsch, wurde schon verwendet oder ist älter als %n Minute. Fordern Sie einen neuen an.</numerusform>
            <numerusform>Dieser Code ist falsch, wurde schon verwendet oder ist älter als %n Minuten. Fordern Sie einen neuen an.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="146"/>
        <source>Two-factor sign-in is already on for this account.</source>
        <translation>Die Anmeldung in zwei Schritten ist für dieses Konto bereits eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="148"/>
        <source>Start setting up two-factor sign-in first.</source>
        <translation>Beginnen Sie zuerst mit der Einrichtung der Anmeldung in zwei Schritten.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="150"/>
        <source>This was changed since you loaded it. Reload it and apply your change again.</source>
        <translation>Das wurde geändert, seit Sie es geladen haben. Laden Sie neu und wenden Sie Ihre Änderung erneut an.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="152"/>
        <source>The server needs to know which version you changed. Reload and try again.</source>
        <translation>Der Server muss wissen, welche Version Sie geändert haben. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="154"/>
        <source>The server is busy or starting. Try again in a moment.</source>
        <translation>Der Server ist ausgelastet oder startet gerade. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="156"/>
        <source>The server ran into a problem. Nothing was changed.</source>
        <translation>Beim Server ist ein Problem aufgetreten. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="187"/>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="188"/>
        <source>This value has the wrong type.</source>
        <translation>Dieser Wert hat den falschen Typ.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="189"/>
        <source>The server does not know this field.</source>
        <translation>Der Server kennt dieses Feld nicht.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="190"/>
        <source>This is too long.</source>
        <translation>Das ist zu lang.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="171"/>
        <source>Use at least %n characters; a passphrase of a few words is best.</source>
        <translation>
            <numerusform>Verwenden Sie mindestens %n Zeichen; eine Passphrase aus einigen Wörtern ist am besten.</numerusform>
            <numerusform>Verwenden Sie mindestens %n Zeichen; eine Passphrase aus einigen Wörtern ist am besten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="191"/>
        <source>This is too short.</source>
        <translation>Das ist zu kurz.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="174"/>
        <source>Choose from %1 to %2 minutes.</source>
        <translation>Wählen Sie %1 bis %2 Minuten.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="78"/>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App oder einen Ihrer Wiederherstellungscodes ein.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="192"/>
        <source>This value is outside the allowed range.</source>
        <translation>Dieser Wert liegt außerhalb des erlaubten Bereichs.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="193"/>
        <source>This contains characters that are not allowed.</source>
        <translation>Das enthält unzulässige Zeichen.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="194"/>
        <source>This is not a valid email address (name@example.com).</source>
        <translation>Das ist keine gültige E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="195"/>
        <source>This is not in the expected format.</source>
        <translation>Das hat nicht das erwartete Format.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="196"/>
        <source>This is not one of the allowed values.</source>
        <translation>Das ist keiner der erlaubten Werte.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="197"/>
        <source>This permission is not known to the server.</source>
        <translation>Diese Berechtigung kennt der Server nicht.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="178"/>
        <source>Another account already uses this address.</source>
        <translation>Ein anderes Konto verwendet diese Adresse bereits.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="198"/>
        <source>This value is already taken.</source>
        <translation>Dieser Wert ist bereits vergeben.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="199"/>
        <source>Type the exact name to confirm.</source>
        <translation>Geben Sie zur Bestätigung den genauen Namen ein.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="200"/>
        <source>The password is not right.</source>
        <translation>Das Passwort stimmt nicht.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="201"/>
        <source>That code is not right or was already used.</source>
        <translation>Dieser Code stimmt nicht oder wurde schon verwendet.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="180"/>
        <source>Invitations cannot give the Owner role by default. Choose another role.</source>
        <translation>Einladungen können nicht standardmäßig die Inhaber-Rolle vergeben. Wählen Sie eine andere Rolle.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="202"/>
        <source>This value is not allowed here.</source>
        <translation>Dieser Wert ist hier nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>nacre::client::RoleListModel</name>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="96"/>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="198"/>
        <source>%1 (built in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="202"/>
        <source>Everything, and owner-only actions</source>
        <translation>Alles, samt den Aktionen nur für Inhaber</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="203"/>
        <source>Every permission</source>
        <translation>Alle Berechtigungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/roles/RoleListModel.cpp" line="204"/>
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n Berechtigung</numerusform>
            <numerusform>%n Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="209"/>
        <source>Built-in roles cannot be edited or deleted.</source>
        <translation>Eingebaute Rollen können weder bearbeitet noch gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="210"/>
        <source>No permissions</source>
        <translation>Keine Berechtigungen</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="232"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="234"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="236"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
</context>
<context>
    <name>nacre::client::TokenStore</name>
    <message>
        <location filename="../models/credentials/TokenStore.cpp" line="16"/>
        <source>No keychain is available, so you will need to sign in again next time (%1).</source>
        <translation>Es ist kein Schlüsselbund verfügbar; Sie müssen sich beim nächsten Mal erneut anmelden (%1).</translation>
    </message>
    <message>
        <location filename="../models/credentials/TokenStore.cpp" line="20"/>
        <source>The keychain refused access, so you will need to sign in again next time.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert; Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <location filename="../models/credentials/TokenStore.cpp" line="22"/>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>nacre::client::WorkspaceSessionsModel</name>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="136"/>
        <source>%1 (this session)</source>
        <translation>%1 (diese Sitzung)</translation>
    </message>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="159"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="161"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="163"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="165"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="167"/>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ApiKeyRevealDialog</name>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="24"/>
        <source>API Key Created</source>
        <translation>API-Schlüssel erstellt</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="25"/>
        <source>&lt;b&gt;Copy the key “%1” now.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kopieren Sie den Schlüssel „%1“ jetzt.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="26"/>
        <source>You will not see it again: Nacre keeps only a fingerprint of it. Give it to the program that needs it, and keep it as secret as a password. If it is lost, revoke it and make a new one.</source>
        <translation>Sie sehen ihn nicht noch einmal: Nacre behält nur einen Fingerabdruck davon. Geben Sie ihn dem Programm, das ihn braucht, und halten Sie ihn so geheim wie ein Passwort. Geht er verloren, widerrufen Sie ihn und erstellen einen neuen.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="33"/>
        <source>API key secret</source>
        <translation>Geheimer API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="37"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="39"/>
        <source>Copy the key to the clipboard</source>
        <translation>Den Schlüssel in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="42"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="48"/>
        <source>I Have &amp;Saved It</source>
        <translation>Ich habe ihn &amp;gesichert</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ApiKeysPage</name>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="31"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="34"/>
        <source>No API keys yet. Make one for each program that works with this workspace, so each can be revoked on its own.</source>
        <translation>Noch keine API-Schlüssel. Erstellen Sie einen für jedes Programm, das mit diesem Arbeitsbereich arbeitet, damit sich jeder einzeln widerrufen lässt.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="38"/>
        <source>&amp;New API Key…</source>
        <translation>&amp;Neuer API-Schlüssel …</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="40"/>
        <source>Make a key for a program, with some of your permissions</source>
        <translation>Einen Schlüssel für ein Programm erstellen, mit einem Teil Ihrer Berechtigungen</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="41"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="54"/>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="56"/>
        <source>Keys let programs act in this workspace, each with the permissions it was given (never more than its creator holds now). A key works only here, and what it changes is in the audit log under its name.</source>
        <translation>Mit Schlüsseln handeln Programme in diesem Arbeitsbereich, jeder mit den Berechtigungen, die er erhalten hat (nie mehr, als die Person, die ihn erstellt hat, jetzt besitzt). Ein Schlüssel gilt nur hier, und was er ändert, steht unter seinem Namen im Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="95"/>
        <source>Stop the selected key from working, at once and for good</source>
        <translation>Den ausgewählten Schlüssel sofort und endgültig sperren</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="95"/>
        <source>Select a key first.</source>
        <translation>Wählen Sie zuerst einen Schlüssel aus.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="105"/>
        <source>API key “%1” created.</source>
        <translation>API-Schlüssel „%1“ erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="116"/>
        <source>Revoke API Key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="117"/>
        <source>Revoke “%1”? Programs that use it are refused from now on. This cannot be undone.</source>
        <translation>„%1“ widerrufen? Programme, die ihn verwenden, werden ab sofort abgewiesen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="126"/>
        <source>API key “%1” revoked.</source>
        <translation>API-Schlüssel „%1“ widerrufen.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::AppController</name>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="100"/>
        <source>You were signed out because nobody used Nacre for a while. Sign in to go on; nothing you typed is lost.</source>
        <translation>Sie wurden abgemeldet, weil Nacre eine Weile nicht benutzt wurde. Melden Sie sich an, um weiterzumachen; nichts von dem, was Sie eingegeben haben, geht verloren.</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="45"/>
        <source>Could not load your workspaces: %1</source>
        <translation>Ihre Arbeitsbereiche konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="72"/>
        <source>Cannot Reach the Server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="73"/>
        <source>Nacre could not reach %1.

%2</source>
        <translation>Nacre konnte %1 nicht erreichen.

%2</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="175"/>
        <source>Link Not Recognized</source>
        <translation>Link nicht erkannt</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="176"/>
        <source>Nacre was opened with a link it does not know:
%1</source>
        <translation>Nacre wurde mit einem unbekannten Link geöffnet:
%1</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="201"/>
        <source>This invitation is for a workspace on %1.</source>
        <translation>Diese Einladung gilt für einen Arbeitsbereich auf %1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="202"/>
        <source>This password reset code is for %1.</source>
        <translation>Dieser Code zum Zurücksetzen des Passworts gilt für %1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="203"/>
        <source>Connect to Another Server?</source>
        <translation>Mit einem anderen Server verbinden?</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="205"/>
        <source>Nacre is connected to %1. Connect to %2 instead? You can come back with “Change Server” when signing in.</source>
        <translation>Nacre ist mit %1 verbunden. Stattdessen mit %2 verbinden? Über „Server wechseln“ bei der Anmeldung kommen Sie zurück.</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="349"/>
        <source>Connected again.</source>
        <translation>Wieder verbunden.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::Appearance</name>
    <message>
        <location filename="../ui/theme/Appearance.cpp" line="24"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/theme/Appearance.cpp" line="25"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/theme/Appearance.cpp" line="26"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>nacre::ui::AuditLogPage</name>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="40"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="42"/>
        <source>Only events on or after this day</source>
        <translation>Nur Ereignisse ab diesem Tag</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="45"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="48"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="50"/>
        <source>Only events on or before this day</source>
        <translation>Nur Ereignisse bis zu diesem Tag</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="53"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="59"/>
        <source>Kind of event</source>
        <translation>Art des Ereignisses</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="60"/>
        <source>Show one kind of event</source>
        <translation>Nur eine Art von Ereignis anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="61"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="70"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="71"/>
        <source>Show what one actor did: you, the system, or a member or API key the log names</source>
        <translation>Nur anzeigen, was jemand Bestimmtes getan hat: Sie, das System oder ein Mitglied oder API-Schlüssel aus dem Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="72"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="74"/>
        <source>Me</source>
        <extracomment>In the audit log&apos;s &quot;who&quot; filter: events made by the signed-in person.</extracomment>
        <translation>Ich</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="75"/>
        <source>The system</source>
        <translation>Das System</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="80"/>
        <source>Show &amp;All</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="82"/>
        <source>Show the events about everything again</source>
        <translation>Wieder die Ereignisse zu allem anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="89"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="96"/>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="98"/>
        <source>Save every event the filters select as a CSV file</source>
        <translation>Alle Ereignisse, die die Filter auswählen, als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="99"/>
        <source>&amp;Verify Integrity</source>
        <translation>Integrität &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="101"/>
        <source>Check that no event of this workspace was changed, removed or slipped in</source>
        <translation>Prüfen, dass kein Ereignis dieses Arbeitsbereichs geändert, entfernt oder eingeschoben wurde</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="128"/>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="130"/>
        <source>Every change in this workspace, newest first: who made it, from where, and what it was before and after. Events are kept and cannot be edited; Verify Integrity proves it.</source>
        <translation>Jede Änderung in diesem Arbeitsbereich, die neueste zuerst: wer sie vorgenommen hat, von wo, und was vorher und nachher galt. Ereignisse bleiben erhalten und lassen sich nicht bearbeiten; „Integrität prüfen“ weist es nach.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="188"/>
        <source>Events about %1</source>
        <translation>Ereignisse zu %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="224"/>
        <source>Your role does not include viewing the audit log.</source>
        <translation>Ihre Rolle umfasst das Ansehen des Prüfprotokolls nicht.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="226"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogPage.cpp" line="228"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="238"/>
        <location filename="../ui/audit/AuditLogPage.cpp" line="248"/>
        <source>Export Audit Log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="238"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="246"/>
        <source>Exporting the audit log…</source>
        <translation>Das Prüfprotokoll wird exportiert …</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="246"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="263"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="272"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="273"/>
        <source>The audit log could not be exported to %1: %2</source>
        <translation>Das Prüfprotokoll konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogPage.cpp" line="276"/>
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="283"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogPage.cpp" line="292"/>
        <source>Intact: all %n event(s) are as they were written.</source>
        <translation>
            <numerusform>Unversehrt: das %n Ereignis ist so, wie es geschrieben wurde.</numerusform>
            <numerusform>Unversehrt: alle %n Ereignisse sind so, wie sie geschrieben wurden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="297"/>
        <source>events from number %1 on are missing (deleted)</source>
        <translation>Ereignisse ab Nummer %1 fehlen (gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="298"/>
        <source>an event was added outside the log</source>
        <translation>ein Ereignis wurde außerhalb des Protokolls hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="299"/>
        <source>event number %1 was changed after it was written</source>
        <translation>Ereignis Nummer %1 wurde nach dem Schreiben geändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogPage.cpp" line="301"/>
        <source>Not intact: %1. The %n event(s) before it check out.</source>
        <translation>
            <numerusform>Nicht unversehrt: %1. Das %n Ereignis davor ist in Ordnung.</numerusform>
            <numerusform>Nicht unversehrt: %1. Die %n Ereignisse davor sind in Ordnung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::BatchDialog</name>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="38"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="42"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="42"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="42"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="51"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/BatchDialog.cpp" line="86"/>
        <source>All %Ln change(s) made.</source>
        <translation>
            <numerusform>Die Änderung ist erledigt.</numerusform>
            <numerusform>Alle %Ln Änderungen sind erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/BatchDialog.cpp" line="88"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln Änderung</numerusform>
            <numerusform>%Ln Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="87"/>
        <source>%1 done, %2 not done — see the reasons below.</source>
        <translation>%1 erledigt, %2 nicht erledigt – die Gründe stehen unten.</translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="101"/>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="114"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ChangeRoleCommand</name>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="16"/>
        <source>Change &amp;Role</source>
        <translation>&amp;Rolle ändern</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="16"/>
        <source>Give the selected members another role</source>
        <translation>Den ausgewählten Mitgliedern eine andere Rolle geben</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="52"/>
        <source>Give the selected members the role “%1”</source>
        <translation>Den ausgewählten Mitgliedern die Rolle „%1“ geben</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="67"/>
        <source>Make Owner</source>
        <translation>Zum Inhaber machen</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="68"/>
        <source>Make %1 an Owner? Owners can do everything, including deleting the workspace and changing other Owners.</source>
        <translation>%1 zum Inhaber machen? Inhaber dürfen alles, auch den Arbeitsbereich löschen und andere Inhaber ändern.</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="77"/>
        <source>Give More Access?</source>
        <translation>Mehr Zugriff geben?</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="78"/>
        <source>Give %1 the role “%2”? They gain: %3.</source>
        <translation>%1 die Rolle „%2“ geben? Hinzu kommen: %3.</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="101"/>
        <source>Role Not Changed</source>
        <translation>Rolle nicht geändert</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="102"/>
        <source>%1 keeps the role “%2”: %3</source>
        <translation>%1 behält die Rolle „%2“: %3</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="107"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="127"/>
        <source>Give %Ln member(s) the role “%1”. Review the changes, then apply them.</source>
        <translation>
            <numerusform>%Ln Mitglied erhält die Rolle „%1“. Prüfen Sie die Änderung und übernehmen Sie sie dann.</numerusform>
            <numerusform>%Ln Mitglieder erhalten die Rolle „%1“. Prüfen Sie die Änderungen und übernehmen Sie sie dann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="131"/>
        <source>%Ln of them gain permissions they do not have now.</source>
        <translation>
            <numerusform>%Ln davon erhält Berechtigungen, die es jetzt nicht hat.</numerusform>
            <numerusform>%Ln davon erhalten Berechtigungen, die sie jetzt nicht haben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="134"/>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="134"/>
        <source>Change %Ln Role(s)</source>
        <translation>
            <numerusform>%Ln Rolle ändern</numerusform>
            <numerusform>%Ln Rollen ändern</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="138"/>
        <source>Now %1</source>
        <translation>Jetzt %1</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ConnectServerDialog</name>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="24"/>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="26"/>
        <source>The server &amp;built into Nacre, on this computer</source>
        <translation>Der in Nacre &amp;eingebaute Server auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="29"/>
        <source>&amp;Let others on this network join</source>
        <translation>Andere in diesem &amp;Netzwerk beitreten lassen</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="31"/>
        <source>The built-in server also listens on this computer’s network address, so people you invite can open their links and sign in from their computers while Nacre runs here.</source>
        <translation>Der eingebaute Server hört auch auf der Netzwerkadresse dieses Computers, damit Eingeladene ihre Links öffnen und sich von ihren Computern aus anmelden können, solange Nacre hier läuft.</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="36"/>
        <source>This computer has no network address now: invitation links will only open here.</source>
        <translation>Dieser Computer hat gerade keine Netzwerkadresse: Einladungslinks lassen sich nur hier öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="37"/>
        <source>Others use &lt;b&gt;http://%1:%2&lt;/b&gt;. The connection is not encrypted: for a team across networks, run a shared nacred with https (see the README).</source>
        <translation>Andere verwenden &lt;b&gt;http://%1:%2&lt;/b&gt;. Die Verbindung ist nicht verschlüsselt: Für ein Team über Netzwerke hinweg betreiben Sie einen gemeinsamen nacred mit https (siehe README).</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="43"/>
        <source>A &amp;Nacre server at:</source>
        <translation>Ein &amp;Nacre-Server unter:</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="47"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="48"/>
        <source>https://nacre.example.com</source>
        <translation>https://nacre.example.com</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="49"/>
        <source>The address your administrator gave you, starting with http:// or https://</source>
        <translation>Die Adresse, die Sie von Ihrer Administration erhalten haben, beginnend mit http:// oder https://</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="50"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="62"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="64"/>
        <source>Nacre restarts to connect to the chosen server</source>
        <translation>Nacre startet neu, um sich mit dem gewählten Server zu verbinden</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="118"/>
        <source>Enter an address that starts with http:// or https://, as in https://nacre.example.com</source>
        <translation>Geben Sie eine Adresse ein, die mit http:// oder https:// beginnt, etwa https://nacre.example.com</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="125"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="132"/>
        <source>Something answered there, but it is not a Nacre server.</source>
        <translation>Dort hat etwas geantwortet, aber es ist kein Nacre-Server.</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="136"/>
        <source>Connected: Nacre server %1, not set up yet.</source>
        <translation>Verbunden: Nacre-Server %1, noch nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="137"/>
        <source>Connected: Nacre server %1.</source>
        <translation>Verbunden: Nacre-Server %1.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::CopyInvitationLinkCommand</name>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="15"/>
        <source>Copy &amp;Link…</source>
        <translation>&amp;Link kopieren …</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="16"/>
        <source>Make a new invitation link to hand over another way (the emailed link stops working)</source>
        <translation>Einen neuen Einladungslink erstellen, um ihn auf anderem Weg weiterzugeben (der per E-Mail gesendete Link wird ungültig)</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="28"/>
        <source>Copy Invitation Link</source>
        <translation>Einladungslink kopieren</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="29"/>
        <source>Make a new link for %1 and copy it? Anyone with the link can join as %1, so share it only with them. The link in the email sent earlier stops working.</source>
        <translation>Einen neuen Link für %1 erstellen und kopieren? Wer den Link hat, kann als %1 beitreten – geben Sie ihn nur an diese Person weiter. Der Link in der zuvor gesendeten E-Mail wird ungültig.</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="39"/>
        <source>No Link Made</source>
        <translation>Kein Link erstellt</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="43"/>
        <source>Invitation link for %1 copied to the clipboard.</source>
        <translation>Einladungslink für %1 in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::CreateApiKeyDialog</name>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="26"/>
        <source>New API Key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="29"/>
        <source>Key name</source>
        <translation>Name des Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="30"/>
        <source>What uses it, such as CRM sync</source>
        <translation>Wofür er verwendet wird, etwa CRM-Abgleich</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="37"/>
        <source>&amp;Expires on</source>
        <translation>&amp;Läuft ab am</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="40"/>
        <source>A key that expires stops working on its own; one that never does lasts until revoked</source>
        <translation>Ein ablaufender Schlüssel hört von selbst auf zu funktionieren; einer ohne Ablauf gilt, bis er widerrufen wird</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="43"/>
        <source>Expiry day</source>
        <translation>Ablauftag</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="52"/>
        <source>&amp;Create Key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="64"/>
        <source>A key lets a program act in this workspace with the permissions you choose here (at most your own). It stops working when revoked or expired, and narrows with your role if you lose a permission.</source>
        <translation>Mit einem Schlüssel handelt ein Programm in diesem Arbeitsbereich mit den Berechtigungen, die Sie hier wählen (höchstens Ihren eigenen). Er funktioniert nicht mehr, sobald er widerrufen wird oder abläuft, und schrumpft mit Ihrer Rolle, wenn Sie eine Berechtigung verlieren.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="88"/>
        <source>Create the key and show its secret once</source>
        <translation>Den Schlüssel erstellen und seinen geheimen Wert einmal anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="89"/>
        <source>Give the key a name and at least one permission</source>
        <translation>Geben Sie dem Schlüssel einen Namen und mindestens eine Berechtigung</translation>
    </message>
</context>
<context>
    <name>nacre::ui::CreateRoleCommand</name>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="37"/>
        <source>&amp;Create Role…</source>
        <translation>Rolle &amp;erstellen …</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="37"/>
        <source>Define a role from the permission catalog</source>
        <translation>Eine Rolle aus dem Berechtigungskatalog festlegen</translation>
    </message>
</context>
<context>
    <name>nacre::ui::CreateWorkspaceDialog</name>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="23"/>
        <source>Create New Workspace</source>
        <translation>Neuen Arbeitsbereich erstellen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="26"/>
        <source>A workspace is an isolated environment with its own Pearls, members, settings, billing and logs. It has its own subscription and is billed separately.</source>
        <translation>Ein Arbeitsbereich ist eine abgeschlossene Umgebung mit eigenen Pearls, Mitgliedern, Einstellungen, Abrechnung und Protokollen. Er hat ein eigenes Abonnement und wird getrennt abgerechnet.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="29"/>
        <source>Workspace &amp;name:</source>
        <translation>&amp;Name des Arbeitsbereichs:</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="32"/>
        <source>Workspace name</source>
        <translation>Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="43"/>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="82"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="77"/>
        <source>You already belong to a workspace named “%1”. Two with one name are easy to mix up; consider another name.</source>
        <translation>Sie gehören bereits zu einem Arbeitsbereich namens „%1“. Zwei mit demselben Namen sind leicht zu verwechseln; erwägen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="82"/>
        <source>&amp;Create Anyway</source>
        <translation>Trotzdem &amp;erstellen</translation>
    </message>
</context>
<context>
    <name>nacre::ui::DeleteRoleCommand</name>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="10"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="10"/>
        <source>Delete the role (only when nobody holds it)</source>
        <translation>Die Rolle löschen (nur wenn niemand sie hat)</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="29"/>
        <source>Delete Role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="30"/>
        <source>Delete the role “%1”? This cannot be undone.</source>
        <translation>Die Rolle „%1“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="36"/>
        <source>Role Not Deleted</source>
        <translation>Rolle nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="38"/>
        <source>Role deleted.</source>
        <translation>Rolle gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="50"/>
        <source>Role “%1” deleted; its members now have “%2”.</source>
        <translation>Rolle „%1“ gelöscht; ihre Mitglieder haben jetzt „%2“.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::DeleteWorkspaceDialog</name>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="20"/>
        <source>Delete Workspace</source>
        <translation>Arbeitsbereich löschen</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="23"/>
        <source>&lt;p&gt;&lt;b&gt;Deleting “%1” is permanent and cannot be undone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its members, roles, invitations, settings, subscription and audit log are all removed. Members keep their accounts and their other workspaces.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das Löschen von „%1“ ist endgültig und kann nicht rückgängig gemacht werden.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Mitglieder, Rollen, Einladungen, Einstellungen, Abonnement und Prüfprotokoll werden entfernt. Die Mitglieder behalten ihre Konten und ihre anderen Arbeitsbereiche.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="29"/>
        <source>Type the workspace&apos;s name to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Arbeitsbereichs ein:</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="33"/>
        <source>Workspace name, to confirm</source>
        <translation>Name des Arbeitsbereichs zur Bestätigung</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="37"/>
        <source>&amp;Delete Workspace</source>
        <translation>Arbeitsbereich &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="40"/>
        <source>Type the exact workspace name to enable</source>
        <translation>Zum Aktivieren den genauen Namen des Arbeitsbereichs eingeben</translation>
    </message>
</context>
<context>
    <name>nacre::ui::DuplicateRoleCommand</name>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="70"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren …</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="70"/>
        <source>Start a new role from this one</source>
        <translation>Eine neue Rolle auf Grundlage dieser beginnen</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="79"/>
        <source>Select a role first.</source>
        <translation>Wählen Sie zuerst eine Rolle.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::EditRoleCommand</name>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="54"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="54"/>
        <source>Rename the role or change its permissions</source>
        <translation>Die Rolle umbenennen oder ihre Berechtigungen ändern</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ExportMembersCommand</name>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="16"/>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="16"/>
        <source>Save the members shown (search and filter applied) as a CSV file</source>
        <translation>Die angezeigten Mitglieder (mit Suche und Filter) als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="28"/>
        <source>An export is under way.</source>
        <translation>Ein Export läuft bereits.</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="29"/>
        <source>No members to export.</source>
        <translation>Keine Mitglieder zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="36"/>
        <source>Export Members</source>
        <translation>Mitglieder exportieren</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="36"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="47"/>
        <source>Exporting members: %1 of %2…</source>
        <translation>Mitglieder werden exportiert: %1 von %2 …</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="54"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="55"/>
        <source>The members could not be exported to %1: %2</source>
        <translation>Die Mitglieder konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="58"/>
        <source>Exported %Ln member(s) to %1.</source>
        <translation>
            <numerusform>%Ln Mitglied nach %1 exportiert.</numerusform>
            <numerusform>%Ln Mitglieder nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::GeneralSettingsPage</name>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="40"/>
        <source>General Settings</source>
        <translation>Allgemeine Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="53"/>
        <source>Workspace name</source>
        <translation>Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="54"/>
        <source>The name visible to all members of the workspace</source>
        <translation>Der Name, den alle Mitglieder des Arbeitsbereichs sehen</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="57"/>
        <source>Billing email</source>
        <translation>Rechnungs-E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="58"/>
        <source>Used for invoices, receipts and payment-related notifications</source>
        <translation>Für Rechnungen, Belege und Zahlungsbenachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="59"/>
        <source>billing@example.com</source>
        <translation>rechnung@example.com</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="62"/>
        <source>Notifications email</source>
        <translation>Benachrichtigungs-E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="63"/>
        <source>Where important alerts and workspace notifications are sent</source>
        <translation>Wohin wichtige Warnungen und Benachrichtigungen des Arbeitsbereichs gehen</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="64"/>
        <source>alerts@example.com</source>
        <translation>hinweise@example.com</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="65"/>
        <source>Receive product news, feature updates and occasional announcements</source>
        <translation>Produktneuigkeiten und gelegentliche Ankündigungen erhalten</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="71"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="74"/>
        <source>Workspace &amp;name:</source>
        <translation>&amp;Name des Arbeitsbereichs:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="75"/>
        <source>&amp;Billing email:</source>
        <translation>&amp;Rechnungs-E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="76"/>
        <source>N&amp;otifications email:</source>
        <translation>Benach&amp;richtigungs-E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="78"/>
        <source>Newsletter:</source>
        <translation>Newsletter:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="83"/>
        <source>Default role for invitations</source>
        <translation>Standardrolle für Einladungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="84"/>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="330"/>
        <source>The role the Invite dialog offers first. Give people the least access they need; Owner is never offered.</source>
        <translation>Die Rolle, die der Einladungsdialog zuerst anbietet. Geben Sie nur so viel Zugriff wie nötig; Inhaber wird nie angeboten.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="88"/>
        <source>&amp;Invite as:</source>
        <translation>&amp;Einladen als:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="89"/>
        <source>the role new invitations offer first</source>
        <translation>die Rolle, die neue Einladungen zuerst anbieten</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="94"/>
        <source>Session timeout in minutes</source>
        <translation>Sitzungs-Zeitlimit in Minuten</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="98"/>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="100"/>
        <source>How long a session stays active before it expires due to inactivity (%1 to %2 minutes)</source>
        <translation>Wie lange eine Sitzung ohne Aktivität bestehen bleibt, bevor sie abläuft (%1 bis %2 Minuten)</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="106"/>
        <source>Call recordings can be opened by anyone with a shared link</source>
        <translation>Anrufaufnahmen kann jeder mit einem geteilten Link öffnen</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="109"/>
        <source>Security and sessions</source>
        <translation>Sicherheit und Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="111"/>
        <source>Session &amp;timeout:</source>
        <translation>Sitzungs-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="114"/>
        <source>%1 to %2 minutes (3 days)</source>
        <translation>%1 bis %2 Minuten (3 Tage)</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="116"/>
        <source>Public recordings:</source>
        <translation>Öffentliche Aufnahmen:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="118"/>
        <source>&amp;Revert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="120"/>
        <source>Discard your changes and show the saved settings</source>
        <translation>Ihre Änderungen verwerfen und die gespeicherten Einstellungen zeigen</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="121"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="127"/>
        <source>Danger zone</source>
        <translation>Gefahrenbereich</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="129"/>
        <source>&amp;Delete Workspace…</source>
        <translation>Arbeitsbereich &amp;löschen …</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="131"/>
        <source>Permanently delete the workspace and all associated data</source>
        <translation>Den Arbeitsbereich mit allen zugehörigen Daten endgültig löschen</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="136"/>
        <source>Deleting a workspace is permanent and cannot be undone. All associated data is removed.</source>
        <translation>Das Löschen eines Arbeitsbereichs ist endgültig und kann nicht rückgängig gemacht werden. Alle zugehörigen Daten werden entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="142"/>
        <source>Your membership</source>
        <translation>Ihre Mitgliedschaft</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="144"/>
        <source>&amp;Leave Workspace…</source>
        <translation>Arbeitsbereich &amp;verlassen…</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="146"/>
        <source>Stop being a member of this workspace; an admin can invite you again</source>
        <translation>Nicht länger Mitglied dieses Arbeitsbereichs sein; ein Admin kann Sie wieder einladen</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="148"/>
        <source>Leaving takes away your access to this workspace. It stays as it is for everyone else.</source>
        <translation>Wenn Sie ihn verlassen, verlieren Sie den Zugang zu diesem Arbeitsbereich. Für alle anderen bleibt er, wie er ist.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="193"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="211"/>
        <source>Settings of “%1”. They apply to everyone in this workspace.</source>
        <translation>Einstellungen von „%1“. Sie gelten für alle in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="221"/>
        <source>You can view these settings but not change them: your role does not include “%1” or “%2”.</source>
        <translation>Sie können diese Einstellungen sehen, aber nicht ändern: Ihre Rolle umfasst weder „%1“ noch „%2“.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="224"/>
        <source>Some settings are read-only for you: your role does not include “%1”.</source>
        <translation>Einige Einstellungen können Sie nur lesen: Ihre Rolle umfasst „%1“ nicht.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="332"/>
        <source>Choosing the default role needs the “%1” permission.</source>
        <translation>Die Standardrolle zu wählen erfordert die Berechtigung „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="347"/>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="348"/>
        <source>Correct the highlighted fields first</source>
        <translation>Korrigieren Sie zuerst die markierten Felder</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="349"/>
        <source>Save the changes for everyone in the workspace</source>
        <translation>Die Änderungen für alle im Arbeitsbereich speichern</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="390"/>
        <source>Settings Changed Elsewhere</source>
        <translation>Einstellungen woanders geändert</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="391"/>
        <source>Someone else changed this workspace&apos;s settings while you were editing.

Discard to load their version (your changes are lost), Save to overwrite with your changes, or Cancel to keep editing.</source>
        <translation>Jemand anderes hat die Einstellungen dieses Arbeitsbereichs geändert, während Sie sie bearbeitet haben.

Verwerfen lädt deren Fassung (Ihre Änderungen gehen verloren), Speichern überschreibt mit Ihren Änderungen, Abbrechen lässt Sie weiter bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="428"/>
        <source>Leave Workspace</source>
        <translation>Arbeitsbereich verlassen</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="429"/>
        <source>Leave “%1”? You lose access to it until someone invites you again.</source>
        <translation>„%1“ verlassen? Sie verlieren den Zugang, bis Sie jemand wieder einlädt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="437"/>
        <source>You Are Still a Member</source>
        <translation>Sie sind weiterhin Mitglied</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="439"/>
        <source>You are the workspace&apos;s only Owner. Make someone else an Owner before you leave.</source>
        <translation>Sie sind der einzige Inhaber des Arbeitsbereichs. Machen Sie jemand anderen zum Inhaber, bevor Sie gehen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="443"/>
        <source>You left “%1”.</source>
        <translation>Sie haben „%1“ verlassen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="458"/>
        <source>Workspace Not Deleted</source>
        <translation>Arbeitsbereich nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="461"/>
        <source>The workspace was deleted.</source>
        <translation>Der Arbeitsbereich wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::HelpMenu</name>
    <message>
        <location filename="../ui/shell/HelpMenu.cpp" line="14"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpMenu.cpp" line="18"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpMenu.cpp" line="25"/>
        <source>&amp;About Nacre</source>
        <translation>&amp;Über Nacre</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpMenu.cpp" line="39"/>
        <source>About Nacre</source>
        <translation>Über Nacre</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpMenu.cpp" line="40"/>
        <source>&lt;p&gt;&lt;b&gt;Nacre %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The console for a Pearls workspace: who is in it, what each person may do, and how it is set up.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nacre %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die Konsole für einen Pearls-Arbeitsbereich: wer darin ist, was jede Person darf und wie er eingerichtet ist.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nacre::ui::IdleBanner</name>
    <message>
        <location filename="../ui/shell/IdleBanner.cpp" line="25"/>
        <source>&amp;Stay Signed In</source>
        <translation>Angemeldet &amp;bleiben</translation>
    </message>
    <message>
        <location filename="../ui/shell/IdleBanner.cpp" line="27"/>
        <source>Tell the server you are still here; the countdown starts again.</source>
        <translation>Dem Server sagen, dass Sie noch da sind; die Zeit beginnt von vorn.</translation>
    </message>
    <message>
        <location filename="../ui/shell/IdleBanner.cpp" line="42"/>
        <source>Nobody has used Nacre for a while. For your security you will be signed out in %1; anything you have not saved stays in the window.</source>
        <translation>Nacre wurde eine Weile nicht benutzt. Zu Ihrer Sicherheit werden Sie in %1 abgemeldet; alles noch nicht Gespeicherte bleibt im Fenster.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::InvitationCommand</name>
    <message>
        <location filename="../ui/users/invitations/InvitationCommand.cpp" line="23"/>
        <source>Select one invitation first.</source>
        <translation>Wählen Sie zuerst eine Einladung aus.</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/InvitationCommand.cpp" line="24"/>
        <source>Select one or more invitations first.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Einladungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/invitations/InvitationCommand.cpp" line="38"/>
        <source>%1: %Ln invitation(s).</source>
        <translation>
            <numerusform>%1: %Ln Einladung.</numerusform>
            <numerusform>%1: %Ln Einladungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/invitations/InvitationCommand.cpp" line="45"/>
        <source>%Ln invitation(s) done. Not done:</source>
        <translation>
            <numerusform>%Ln Einladung erledigt. Nicht erledigt:</numerusform>
            <numerusform>%Ln Einladungen erledigt. Nicht erledigt:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::InvitationsTab</name>
    <message>
        <location filename="../ui/users/InvitationsTab.cpp" line="56"/>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <location filename="../ui/users/InvitationsTab.cpp" line="62"/>
        <source>No invitations are waiting. The people you invite appear here until they join, so you can resend or withdraw an invitation.</source>
        <translation>Keine Einladungen offen. Eingeladene erscheinen hier, bis sie beitreten, damit Sie eine Einladung erneut senden oder zurückziehen können.</translation>
    </message>
    <message>
        <location filename="../ui/users/InvitationsTab.cpp" line="64"/>
        <source>Invite Users…</source>
        <translation>Benutzer einladen …</translation>
    </message>
    <message>
        <location filename="../ui/users/InvitationsTab.cpp" line="93"/>
        <source>the invitation for %1</source>
        <translation>die Einladung für %1</translation>
    </message>
</context>
<context>
    <name>nacre::ui::InviteCommand</name>
    <message>
        <location filename="../ui/users/invitations/InviteCommand.cpp" line="13"/>
        <source>&amp;Invite User…</source>
        <translation>Benutzer &amp;einladen …</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/InviteCommand.cpp" line="13"/>
        <source>Invite people to this workspace by email</source>
        <translation>Personen per E-Mail in diesen Arbeitsbereich einladen</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/InviteCommand.cpp" line="34"/>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/invitations/InviteCommand.cpp" line="44"/>
        <source>%Ln invitation(s) sent.</source>
        <translation>
            <numerusform>%Ln Einladung gesendet.</numerusform>
            <numerusform>%Ln Einladungen gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::InviteDialog</name>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="35"/>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="37"/>
        <source>will be invited</source>
        <translation>wird eingeladen</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="39"/>
        <location filename="../ui/users/InviteDialog.cpp" line="289"/>
        <source>already a member</source>
        <translation>bereits Mitglied</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="41"/>
        <location filename="../ui/users/InviteDialog.cpp" line="293"/>
        <source>already invited</source>
        <translation>bereits eingeladen</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="72"/>
        <source>Invite User</source>
        <translation>Benutzer einladen</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="76"/>
        <source>Enter one or more email addresses, separated by commas, spaces or new lines. Forms like &lt;i&gt;Ann Lee &amp;lt;ann@example.com&amp;gt;&lt;/i&gt; work too.</source>
        <translation>Geben Sie eine oder mehrere E-Mail-Adressen ein, getrennt durch Kommas, Leerzeichen oder Zeilenumbrüche. Formen wie &lt;i&gt;Ann Lee &amp;lt;ann@example.com&amp;gt;&lt;/i&gt; gehen auch.</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="81"/>
        <source>Email addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="82"/>
        <source>ann@example.com, Bo Ek &lt;bo@example.com&gt;</source>
        <translation>ann@example.com, Bo Ek &lt;bo@example.com&gt;</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="87"/>
        <source>Addresses found</source>
        <translation>Gefundene Adressen</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="88"/>
        <source>Select an address and press Delete to leave it out</source>
        <translation>Wählen Sie eine Adresse und drücken Sie Entf, um sie wegzulassen</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="100"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="101"/>
        <source>Only the roles you may give are offered</source>
        <translation>Angeboten werden nur die Rollen, die Sie vergeben dürfen</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="108"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="110"/>
        <source>Import &amp;CSV…</source>
        <translation>&amp;CSV importieren …</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="112"/>
        <source>Add the addresses found in a CSV file, in any column</source>
        <translation>Die Adressen aus einer CSV-Datei hinzufügen, aus beliebigen Spalten</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="133"/>
        <source>Invitation links point at this computer (%1), so people on other computers cannot open them. To let them join, sign out, choose Change Server… and tick “Let others on this network join”, or run a shared nacred server (see the README).</source>
        <translation>Einladungslinks zeigen auf diesen Computer (%1), daher können Personen an anderen Computern sie nicht öffnen. Damit sie beitreten können, melden Sie sich ab, wählen „Server wechseln …“ und setzen den Haken bei „Andere in diesem Netzwerk beitreten lassen“, oder betreiben Sie einen gemeinsamen nacred-Server (siehe README).</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="153"/>
        <source>Invitation results</source>
        <translation>Ergebnisse der Einladung</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="157"/>
        <source>What happened to each address:</source>
        <translation>Was mit jeder Adresse geschehen ist:</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="165"/>
        <location filename="../ui/users/InviteDialog.cpp" line="215"/>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="202"/>
        <source> (given %1 times)</source>
        <translation> (%1-mal angegeben)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="215"/>
        <source>Invite %Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person einladen</numerusform>
            <numerusform>%Ln Personen einladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="219"/>
        <source>%Ln already a member</source>
        <translation>
            <numerusform>%Ln bereits Mitglied</numerusform>
            <numerusform>%Ln bereits Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="221"/>
        <source>%Ln already invited</source>
        <translation>
            <numerusform>%Ln bereits eingeladen</numerusform>
            <numerusform>%Ln bereits eingeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="223"/>
        <source>%Ln not valid</source>
        <translation>
            <numerusform>%Ln ungültig</numerusform>
            <numerusform>%Ln ungültig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="228"/>
        <source>Your role cannot give any role in this workspace, so you cannot invite anyone.</source>
        <translation>Ihre Rolle kann in diesem Arbeitsbereich keine Rolle vergeben, daher können Sie niemanden einladen.</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="237"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="252"/>
        <source>Import Addresses</source>
        <translation>Adressen importieren</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="252"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="284"/>
        <source>invited: an invitation email is on its way</source>
        <translation>eingeladen: eine Einladung ist unterwegs</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="297"/>
        <source>not a valid address</source>
        <translation>keine gültige Adresse</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="305"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>nacre::ui::JoinDialog</name>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="51"/>
        <source>Join a Workspace</source>
        <translation>Einem Arbeitsbereich beitreten</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="54"/>
        <source>&lt;b&gt;Join the workspace you were invited to.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Treten Sie dem Arbeitsbereich bei, zu dem Sie eingeladen wurden.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="63"/>
        <source>Invitation link or code</source>
        <translation>Einladungslink oder -code</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="64"/>
        <source>https://…/invite/nki_… or nki_…</source>
        <translation>https://…/invite/nki_… oder nki_…</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="65"/>
        <source>The link in your invitation mail, or the code below it</source>
        <translation>Der Link in Ihrer Einladungs-E-Mail oder der Code darunter</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="68"/>
        <source>Paste the link or the code from your invitation mail. Nacre shows what the invitation is before anything happens.</source>
        <translation>Fügen Sie den Link oder den Code aus Ihrer Einladungs-E-Mail ein. Nacre zeigt die Einladung, bevor etwas geschieht.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="70"/>
        <source>&amp;Invitation:</source>
        <translation>&amp;Einladung:</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="75"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="76"/>
        <source>How others in the workspace will see you</source>
        <translation>So sehen Sie andere im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="80"/>
        <source>Create your account. You will sign in with the invited address and this password.</source>
        <translation>Legen Sie Ihr Konto an. Sie melden sich mit der eingeladenen Adresse und diesem Passwort an.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="82"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="83"/>
        <location filename="../ui/auth/JoinDialog.cpp" line="99"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="90"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="94"/>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="95"/>
        <source>6-digit code or recovery code</source>
        <translation>6-stelliger Code oder Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="96"/>
        <source>The code your authenticator app shows for Nacre now, or one of your recovery codes</source>
        <translation>Der Code, den Ihre Authenticator-App jetzt für Nacre anzeigt, oder einer Ihrer Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="100"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="118"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="120"/>
        <source>Use another invitation</source>
        <translation>Eine andere Einladung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="156"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="161"/>
        <source>Create Account and &amp;Join</source>
        <translation>Konto anlegen und &amp;beitreten</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="165"/>
        <source>Sign In and &amp;Join</source>
        <translation>Anmelden und &amp;beitreten</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="171"/>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="231"/>
        <source>This is not an invitation link or code. Copy the link from the invitation mail (it contains /invite/) or the code that starts with nki_.</source>
        <translation>Das ist kein Einladungslink und kein Einladungscode. Kopieren Sie den Link aus der Einladungs-E-Mail (er enthält /invite/) oder den Code, der mit nki_ beginnt.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="255"/>
        <source>An admin</source>
        <translation>Ein Admin</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="257"/>
        <source>%1 invited &lt;b&gt;%2&lt;/b&gt; to the workspace &lt;b&gt;%3&lt;/b&gt; as &lt;b&gt;%4&lt;/b&gt;. The invitation is valid until %5.</source>
        <translation>%1 hat &lt;b&gt;%2&lt;/b&gt; in den Arbeitsbereich &lt;b&gt;%3&lt;/b&gt; als &lt;b&gt;%4&lt;/b&gt; eingeladen. Die Einladung gilt bis %5.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="263"/>
        <source>You are signed in as %1. Join to add the workspace to your list.</source>
        <translation>Sie sind als %1 angemeldet. Treten Sie bei, um den Arbeitsbereich Ihrer Liste hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="267"/>
        <source>%1 already has a Nacre account on this server. Enter its password to join.</source>
        <translation>%1 hat auf diesem Server bereits ein Nacre-Konto. Geben Sie dessen Passwort ein, um beizutreten.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="328"/>
        <source>That password is not right for %1.</source>
        <translation>Dieses Passwort ist für %1 nicht richtig.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="336"/>
        <source>%1 now has a Nacre account on this server. Enter its password to join.</source>
        <translation>%1 hat inzwischen ein Nacre-Konto auf diesem Server. Geben Sie dessen Passwort ein, um beizutreten.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::KeyboardShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="35"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="38"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="40"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="40"/>
        <source>What they do</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="45"/>
        <source>Switch workspace, or create one</source>
        <translation>Arbeitsbereich wechseln oder einen neuen erstellen</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="48"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="50"/>
        <source>Show this list</source>
        <translation>Diese Liste anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="52"/>
        <source>Move to the next or the previous control</source>
        <translation>Zum nächsten oder vorherigen Bedienelement wechseln</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="54"/>
        <source>Alt+underlined letter</source>
        <extracomment>Keys: the Alt key with a letter that is underlined in a label or button.</extracomment>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="55"/>
        <source>Press the button, or go to the field, whose label has that letter underlined</source>
        <translation>Die Schaltfläche drücken oder zu dem Feld gehen, in dessen Beschriftung der Buchstabe unterstrichen ist</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="56"/>
        <source>Press the highlighted button of a dialog</source>
        <translation>Die hervorgehobene Schaltfläche eines Dialogs drücken</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="57"/>
        <source>Close a dialog or the switcher without changing anything</source>
        <translation>Einen Dialog oder den Wechsler schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="59"/>
        <source>Anywhere in the window</source>
        <translation>Überall im Fenster</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="60"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="62"/>
        <source>Invite users</source>
        <translation>Benutzer einladen</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="63"/>
        <source>Search the members (Members tab)</source>
        <translation>Mitglieder durchsuchen (Registerkarte Mitglieder)</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="64"/>
        <source>Show the selected member&apos;s details, or edit the selected role</source>
        <translation>Details des ausgewählten Mitglieds anzeigen oder die ausgewählte Rolle bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="66"/>
        <source>Remove the selected members, revoke the selected invitations or delete the selected role (in their table)</source>
        <translation>Ausgewählte Mitglieder entfernen, ausgewählte Einladungen widerrufen oder die ausgewählte Rolle löschen (in ihrer Tabelle)</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="69"/>
        <source>The selected row&apos;s commands</source>
        <translation>Die Befehle der ausgewählten Zeile</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="70"/>
        <source>Select every member loaded</source>
        <translation>Alle geladenen Mitglieder auswählen</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="72"/>
        <source>Workspace switcher</source>
        <translation>Arbeitsbereichswechsler</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="75"/>
        <source>Choose a workspace (type to filter the list)</source>
        <translation>Einen Arbeitsbereich wählen (Tippen filtert die Liste)</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="76"/>
        <source>Open the chosen workspace</source>
        <translation>Den gewählten Arbeitsbereich öffnen</translation>
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
        <translation>Sie gehören noch keinem Arbeitsbereich an. Erstellen Sie einen oder bitten Sie eine Administratorin um eine Einladung.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="89"/>
        <source>Create New Workspace…</source>
        <translation>Neuen Arbeitsbereich erstellen …</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="120"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="124"/>
        <source>Offline: the server cannot be reached. Changes are disabled until it is back.</source>
        <translation>Offline: Der Server ist nicht erreichbar. Änderungen sind gesperrt, bis er wieder da ist.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="238"/>
        <source>Two-factor sign-in required</source>
        <translation>Anmeldung in zwei Schritten erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="240"/>
        <source>General Settings</source>
        <translation>Allgemeine Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="242"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="244"/>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="246"/>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="248"/>
        <source>Security and Sessions</source>
        <translation>Sicherheit und Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="249"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="250"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="269"/>
        <source>%1 — Nacre</source>
        <translation>%1 — Nacre</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="311"/>
        <source>Workspace created. It has its own subscription and is billed separately.</source>
        <translation>Arbeitsbereich erstellt. Er hat ein eigenes Abonnement und wird getrennt abgerechnet.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberAccess</name>
    <message>
        <location filename="../ui/users/MemberAccess.cpp" line="36"/>
        <source>Select one or more members first.</source>
        <translation>Wählen Sie zuerst ein oder mehrere Mitglieder.</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberAccess.cpp" line="39"/>
        <source>Some of the selected members are still loading.</source>
        <translation>Einige der ausgewählten Mitglieder werden noch geladen.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberBatch</name>
    <message>
        <location filename="../ui/users/members/MemberBatch.cpp" line="34"/>
        <source>No longer in the list; it was changed elsewhere.</source>
        <translation>Nicht mehr in der Liste; es wurde anderswo geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/MemberBatch.cpp" line="44"/>
        <source>%1: %Ln member(s) done.</source>
        <translation>
            <numerusform>%1: %Ln Mitglied erledigt.</numerusform>
            <numerusform>%1: %Ln Mitglieder erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/members/MemberBatch.cpp" line="45"/>
        <source>%1: %2 done, %3 not done.</source>
        <translation>%1: %2 erledigt, %3 nicht erledigt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/MemberBatch.cpp" line="46"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberDetailsCommand</name>
    <message>
        <location filename="../ui/users/members/MemberDetailsCommand.cpp" line="8"/>
        <source>Member &amp;Details…</source>
        <translation>Mitglieds&amp;details …</translation>
    </message>
    <message>
        <location filename="../ui/users/members/MemberDetailsCommand.cpp" line="9"/>
        <source>When the selected member joined, who invited them, their sessions and what they can do</source>
        <translation>Wann das ausgewählte Mitglied beigetreten ist, wer es eingeladen hat, seine Sitzungen und was es tun kann</translation>
    </message>
    <message>
        <location filename="../ui/users/members/MemberDetailsCommand.cpp" line="17"/>
        <source>Select one member first.</source>
        <translation>Wählen Sie zuerst ein Mitglied aus.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberDetailsDialog</name>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="27"/>
        <source>%1 — Member Details</source>
        <translation>%1 – Mitgliedsdetails</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="34"/>
        <source>%1 · role: %2</source>
        <translation>%1 · Rolle: %2</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="54"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="55"/>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="56"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="58"/>
        <source>Joined:</source>
        <translation>Beigetreten:</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="59"/>
        <source>Invited by:</source>
        <translation>Eingeladen von:</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="60"/>
        <source>Last active:</source>
        <translation>Zuletzt aktiv:</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="61"/>
        <source>Sessions:</source>
        <translation>Sitzungen:</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="62"/>
        <source>What %1 can do</source>
        <translation>Was %1 tun kann</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="69"/>
        <source>Effective permissions of %1</source>
        <translation>Wirksame Berechtigungen von %1</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="70"/>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="70"/>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="70"/>
        <source>Granted by</source>
        <translation>Gewährt durch</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="81"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="81"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="88"/>
        <source>Granted by the role “%1”</source>
        <translation>Gewährt durch die Rolle „%1“</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="89"/>
        <source>The role “%1” does not include this</source>
        <translation>Die Rolle „%1“ enthält dies nicht</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="100"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="110"/>
        <source>Owner only</source>
        <translation>Nur Inhaber</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="115"/>
        <source>Delete the workspace</source>
        <translation>Den Arbeitsbereich löschen</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="115"/>
        <source>Removes the workspace and all its data, permanently</source>
        <translation>Entfernt den Arbeitsbereich mit allen Daten, endgültig</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="116"/>
        <source>Give or take the Owner role</source>
        <translation>Die Inhaberrolle vergeben oder entziehen</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="116"/>
        <source>Make other members Owners, or change an Owner&apos;s role</source>
        <translation>Andere Mitglieder zu Inhabern machen oder die Rolle eines Inhabers ändern</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="121"/>
        <source>%1 has %2 of %3 permissions, all through the role “%4”: a member has exactly one role.</source>
        <translation>%1 hat %2 von %3 Berechtigungen, alle durch die Rolle „%4“: Ein Mitglied hat genau eine Rolle.</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="146"/>
        <source>No one: no accepted invitation for this address (a founder, for example)</source>
        <translation>Niemand: keine angenommene Einladung für diese Adresse (etwa beim Gründer)</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="150"/>
        <source>An account that no longer exists, on %1</source>
        <translation>Ein Konto, das es nicht mehr gibt, am %1</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="151"/>
        <source>%1, on %2</source>
        <translation>%1, am %2</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="154"/>
        <source>Not signed in anywhere</source>
        <translation>Nirgends angemeldet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="155"/>
        <source>Signed in on %Ln session(s)</source>
        <translation>
            <numerusform>In %Ln Sitzung angemeldet</numerusform>
            <numerusform>In %Ln Sitzungen angemeldet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="156"/>
        <source>Sessions of the account on any device, in any workspace</source>
        <translation>Sitzungen des Kontos auf allen Geräten, in allen Arbeitsbereichen</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="162"/>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberSessionsBox</name>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="20"/>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="31"/>
        <source>Members&apos; sessions</source>
        <translation>Sitzungen der Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="27"/>
        <source>Show the sessions of</source>
        <translation>Sitzungen anzeigen von</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="28"/>
        <source>Show one member&apos;s sessions</source>
        <translation>Die Sitzungen eines Mitglieds anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="29"/>
        <source>All members</source>
        <translation>Alle Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="37"/>
        <source>Sign &amp;Out Session…</source>
        <translation>Sitzung &amp;abmelden …</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="39"/>
        <source>Sign Out &amp;Everywhere…</source>
        <translation>&amp;Überall abmelden …</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="53"/>
        <source>Where the members of this workspace are signed in. Signing someone out ends the session on their device at once; they sign in again to go on.</source>
        <translation>Wo die Mitglieder dieses Arbeitsbereichs angemeldet sind. Wer abgemeldet wird, verliert die Sitzung auf dem Gerät sofort und meldet sich neu an, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="102"/>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="107"/>
        <source>Select a session first.</source>
        <translation>Wählen Sie zuerst eine Sitzung aus.</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="103"/>
        <source>This is the session you are using; use Sign Out in the sidebar</source>
        <translation>Dies ist Ihre aktuelle Sitzung; melden Sie sich über die Seitenleiste ab</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="104"/>
        <source>End the selected session</source>
        <translation>Die ausgewählte Sitzung beenden</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="107"/>
        <source>End every session of the selected session&apos;s member</source>
        <translation>Alle Sitzungen des Mitglieds der ausgewählten Sitzung beenden</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="116"/>
        <source>Sign Out Session</source>
        <translation>Sitzung abmelden</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="117"/>
        <source>Sign %1 out of the session from %2? They will have to sign in again there.</source>
        <translation>%1 von der Sitzung von %2 abmelden? Dort ist dann eine neue Anmeldung nötig.</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="127"/>
        <source>%1 was signed out of that session.</source>
        <translation>%1 wurde von dieser Sitzung abgemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="137"/>
        <source>Sign Out Everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="138"/>
        <source>Sign %1 out of every session, on every device? Use this when a device is lost or the account may be misused; they keep their membership and sign in again.</source>
        <translation>%1 von allen Sitzungen auf allen Geräten abmelden? Das ist für verlorene Geräte oder möglichen Missbrauch gedacht; die Mitgliedschaft bleibt, eine neue Anmeldung ist nötig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="150"/>
        <source>%1 was signed out of %n session(s).</source>
        <translation>
            <numerusform>%1 wurde von %n Sitzung abgemeldet.</numerusform>
            <numerusform>%1 wurde von %n Sitzungen abgemeldet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::MembersTab</name>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="46"/>
        <source>Search by name or email</source>
        <translation>Nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="47"/>
        <source>Search members</source>
        <translation>Mitglieder suchen</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="48"/>
        <source>Shows the members whose name or email contains the text</source>
        <translation>Zeigt die Mitglieder, deren Name oder E-Mail-Adresse den Text enthält</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="52"/>
        <source>Show members with role</source>
        <translation>Mitglieder mit Rolle zeigen</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="53"/>
        <source>Show only the members who hold one role</source>
        <translation>Nur die Mitglieder mit einer bestimmten Rolle zeigen</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="69"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="225"/>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="57"/>
        <source>Show members by two-factor sign-in</source>
        <translation>Mitglieder nach Anmeldung in zwei Schritten zeigen</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="58"/>
        <source>Show only the members with, or without, two-factor sign-in</source>
        <translation>Nur die Mitglieder mit oder ohne Anmeldung in zwei Schritten zeigen</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="60"/>
        <source>Two-factor: any</source>
        <translation>Zwei Schritte: alle</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="61"/>
        <source>Two-factor on</source>
        <translation>Zwei Schritte an</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="62"/>
        <source>Two-factor off</source>
        <translation>Zwei Schritte aus</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="138"/>
        <location filename="../ui/users/MembersTab.cpp" line="144"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="142"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="149"/>
        <source>%Ln member(s), as last seen</source>
        <translation>
            <numerusform>%Ln Mitglied, Stand der letzten Verbindung</numerusform>
            <numerusform>%Ln Mitglieder, Stand der letzten Verbindung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="150"/>
        <source>Members not loaded</source>
        <translation>Mitglieder nicht geladen</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="179"/>
        <source>No member matches these filters.</source>
        <translation>Kein Mitglied passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="179"/>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="181"/>
        <source>Nobody else is here yet. Invite the people you work with; each gets the role you choose.</source>
        <translation>Noch ist niemand sonst hier. Laden Sie die Menschen ein, mit denen Sie arbeiten; jede Person erhält die Rolle, die Sie wählen.</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="182"/>
        <source>Invite Your Team…</source>
        <translation>Ihr Team einladen …</translation>
    </message>
</context>
<context>
    <name>nacre::ui::NewPasswordField</name>
    <message>
        <location filename="../ui/widgets/NewPasswordField.cpp" line="22"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/NewPasswordField.cpp" line="24"/>
        <source>At least %n characters; a passphrase of a few words is best</source>
        <translation>
            <numerusform>Mindestens %n Zeichen; am besten eine Passphrase aus einigen Wörtern</numerusform>
            <numerusform>Mindestens %n Zeichen; am besten eine Passphrase aus einigen Wörtern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::PasswordConfirmDialog</name>
    <message>
        <location filename="../ui/security/PasswordConfirmDialog.cpp" line="28"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/security/PasswordConfirmDialog.cpp" line="41"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>nacre::ui::PasswordStrengthBar</name>
    <message>
        <location filename="../ui/widgets/PasswordStrengthBar.cpp" line="16"/>
        <location filename="../ui/widgets/PasswordStrengthBar.cpp" line="24"/>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
</context>
<context>
    <name>nacre::ui::PermissionChecklist</name>
    <message>
        <location filename="../ui/widgets/PermissionChecklist.cpp" line="17"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PermissionChecklist.cpp" line="18"/>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PermissionChecklist.cpp" line="18"/>
        <source>What it allows</source>
        <translation>Was sie erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PermissionChecklist.cpp" line="41"/>
        <source>Your role does not include “%1”, so you cannot grant it.</source>
        <translation>Ihre Rolle umfasst „%1“ nicht, daher können Sie es nicht vergeben.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ProfilePage</name>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="35"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="36"/>
        <source>How other members see you in every workspace</source>
        <translation>So sehen andere Mitglieder Sie in jedem Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="39"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="41"/>
        <source>The address you sign in with. It cannot be changed here.</source>
        <translation>Die Adresse, mit der Sie sich anmelden. Sie lässt sich hier nicht ändern.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="44"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="51"/>
        <source>Times in Nacre are shown in this zone</source>
        <translation>Zeiten werden in Nacre in dieser Zone angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="54"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="55"/>
        <source>The language of Nacre&apos;s windows, on every computer you sign in from</source>
        <translation>Die Sprache der Nacre-Fenster, auf jedem Computer, an dem Sie sich anmelden</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="63"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="64"/>
        <source>Light or dark windows on this computer; takes effect at once</source>
        <translation>Helle oder dunkle Fenster auf diesem Computer; wirkt sofort</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="67"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="70"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="72"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="76"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="77"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="78"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="80"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="84"/>
        <source>&amp;Revert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="86"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="94"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="95"/>
        <source>Your account. It is the same in every workspace you belong to.</source>
        <translation>Ihr Konto. Es ist in jedem Ihrer Arbeitsbereiche dasselbe.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="116"/>
        <source>Profile saved.</source>
        <translation>Profil gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="120"/>
        <source>Profile Changed Elsewhere</source>
        <translation>Profil woanders geändert</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="121"/>
        <source>Your profile was changed from another session. The current version is shown; apply your change again if you still want it.</source>
        <translation>Ihr Profil wurde in einer anderen Sitzung geändert. Die aktuelle Fassung wird angezeigt; nehmen Sie Ihre Änderung erneut vor, wenn Sie sie noch wollen.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="129"/>
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RecoveryCodesDialog</name>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="26"/>
        <source>Recovery Codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="28"/>
        <source>&lt;b&gt;Keep these codes somewhere safe.&lt;/b&gt; If you lose your authenticator app, each one signs you in once where Nacre asks for a code. You will not see them again; make new ones under Security if they are lost.</source>
        <translation>&lt;b&gt;Bewahren Sie diese Codes sicher auf.&lt;/b&gt; Wenn Sie Ihre Authenticator-App verlieren, meldet jeder Sie einmal an, wo Nacre nach einem Code fragt. Sie sehen sie nicht noch einmal; erstellen Sie unter Sicherheit neue, falls sie verloren gehen.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="35"/>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="42"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="44"/>
        <source>Copy the codes to the clipboard</source>
        <translation>Die Codes in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="45"/>
        <source>&amp;Save to File…</source>
        <translation>In Datei &amp;speichern …</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="47"/>
        <source>Save the codes as a text file</source>
        <translation>Die Codes als Textdatei speichern</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="48"/>
        <source>I Have &amp;Saved Them</source>
        <translation>Ich habe sie &amp;gesichert</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="52"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="57"/>
        <source>Save Recovery Codes</source>
        <translation>Wiederherstellungscodes speichern</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="57"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RemoveMembersCommand</name>
    <message>
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="9"/>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen …</translation>
    </message>
    <message>
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="9"/>
        <source>Remove the selected members from the workspace</source>
        <translation>Die ausgewählten Mitglieder aus dem Arbeitsbereich entfernen</translation>
    </message>
    <message>
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="27"/>
        <source>Remove Members</source>
        <translation>Mitglieder entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="28"/>
        <source>Remove %Ln member(s) from the workspace? They lose access at once; their accounts stay, and they can be invited again.</source>
        <translation>
            <numerusform>%Ln Mitglied aus dem Arbeitsbereich entfernen? Der Zugang endet sofort; das Konto bleibt bestehen und kann erneut eingeladen werden.</numerusform>
            <numerusform>%Ln Mitglieder aus dem Arbeitsbereich entfernen? Der Zugang endet sofort; die Konten bleiben bestehen und können erneut eingeladen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="31"/>
        <source>Remove %Ln Member(s)</source>
        <translation>
            <numerusform>%Ln Mitglied entfernen</numerusform>
            <numerusform>%Ln Mitglieder entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="35"/>
        <source>Remove from the workspace</source>
        <translation>Aus dem Arbeitsbereich entfernen</translation>
    </message>
    <message>
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="35"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ResendInvitationsCommand</name>
    <message>
        <location filename="../ui/users/invitations/ResendInvitationsCommand.cpp" line="6"/>
        <source>Re&amp;send</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/invitations/ResendInvitationsCommand.cpp" line="7"/>
        <source>Send again with a new link, valid for another %n day(s)</source>
        <translation>
            <numerusform>Erneut mit neuem Link senden, gültig für weitere %n Tag</numerusform>
            <numerusform>Erneut mit neuem Link senden, gültig für weitere %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/ResendInvitationsCommand.cpp" line="16"/>
        <source>Resent</source>
        <translation>Erneut gesendet</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ResetPasswordDialog</name>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="28"/>
        <source>Reset Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="36"/>
        <source>Enter the address you sign in with. Nacre mails it a code to choose a new password.</source>
        <translation>Geben Sie die Adresse ein, mit der Sie sich anmelden. Nacre schickt ihr einen Code, mit dem Sie ein neues Passwort wählen.</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="41"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="43"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="57"/>
        <source>Reset code</source>
        <translation>Code zum Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="58"/>
        <source>nkr_…</source>
        <translation>nkr_…</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="59"/>
        <source>The code from the password reset mail</source>
        <translation>Der Code aus der E-Mail zum Zurücksetzen des Passworts</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="63"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="64"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="74"/>
        <source>&amp;Send Code</source>
        <translation>Code &amp;senden</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="75"/>
        <source>I &amp;Have a Code</source>
        <translation>Ich &amp;habe einen Code</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="77"/>
        <source>Enter a code you already received</source>
        <translation>Einen bereits erhaltenen Code eingeben</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="156"/>
        <source>Paste the code from the password reset mail and choose a new password.</source>
        <translation>Fügen Sie den Code aus der E-Mail ein und wählen Sie ein neues Passwort.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="157"/>
        <source>If %1 has an account here, a code is on its way there; it works for %n minute(s). Paste it below and choose a new password. Nothing arrived? Look in the spam folder, or check the address.</source>
        <translation>
            <numerusform>Wenn %1 hier ein Konto hat, ist ein Code dorthin unterwegs; er gilt %n Minute. Fügen Sie ihn unten ein und wählen Sie ein neues Passwort. Nichts angekommen? Sehen Sie im Spam-Ordner nach oder prüfen Sie die Adresse.</numerusform>
            <numerusform>Wenn %1 hier ein Konto hat, ist ein Code dorthin unterwegs; er gilt %n Minuten. Fügen Sie ihn unten ein und wählen Sie ein neues Passwort. Nichts angekommen? Sehen Sie im Spam-Ordner nach oder prüfen Sie die Adresse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="161"/>
        <source>&amp;Set Password</source>
        <translation>Passwort &amp;festlegen</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="177"/>
        <source>This code is wrong, was already used, or has expired. Ask for a new one.</source>
        <translation>Dieser Code ist falsch, wurde schon verwendet oder ist abgelaufen. Fordern Sie einen neuen an.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RevokeInvitationsCommand</name>
    <message>
        <location filename="../ui/users/invitations/RevokeInvitationsCommand.cpp" line="10"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/RevokeInvitationsCommand.cpp" line="10"/>
        <source>Cancel the invitations: their links stop working</source>
        <translation>Die Einladungen zurückziehen: ihre Links funktionieren nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/RevokeInvitationsCommand.cpp" line="20"/>
        <source>Revoke Invitations</source>
        <translation>Einladungen widerrufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/invitations/RevokeInvitationsCommand.cpp" line="21"/>
        <source>Revoke %Ln invitation(s)? Their links stop working at once.</source>
        <translation>
            <numerusform>%Ln Einladung widerrufen? Ihr Link funktioniert sofort nicht mehr.</numerusform>
            <numerusform>%Ln Einladungen widerrufen? Ihre Links funktionieren sofort nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/RevokeInvitationsCommand.cpp" line="26"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RoleComboDelegate</name>
    <message>
        <location filename="../ui/users/RoleComboDelegate.cpp" line="26"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RoleCommand</name>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="19"/>
        <source>Select a role first.</source>
        <translation>Wählen Sie zuerst eine Rolle.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="32"/>
        <source>Role created.</source>
        <translation>Rolle erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="32"/>
        <source>Role saved.</source>
        <translation>Rolle gespeichert.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RoleEditorDialog</name>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="32"/>
        <source>Edit Role</source>
        <translation>Rolle bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="32"/>
        <source>Create Role</source>
        <translation>Rolle erstellen</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="37"/>
        <source>Role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="38"/>
        <source>A name that matches a responsibility, such as Support, Operations or Billing</source>
        <translation>Ein Name, der zu einer Aufgabe passt, etwa Support, Betrieb oder Abrechnung</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="41"/>
        <source>Role &amp;name:</source>
        <translation>Rollen&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="57"/>
        <source>&amp;Save Role</source>
        <translation>Rolle &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="69"/>
        <source>Choose which actions the role allows:</source>
        <translation>Wählen Sie, welche Aktionen die Rolle erlaubt:</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="126"/>
        <source>Adds: %1.</source>
        <translation>Fügt hinzu: %1.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="128"/>
        <source>Removes: %1.</source>
        <translation>Entfernt: %1.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="132"/>
        <source>Nobody holds this role yet.</source>
        <translation>Noch niemand hat diese Rolle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="134"/>
        <source>Affects the %Ln member(s) who hold this role, at once.</source>
        <translation>
            <numerusform>Betrifft sofort das %Ln Mitglied mit dieser Rolle.</numerusform>
            <numerusform>Betrifft sofort die %Ln Mitglieder mit dieser Rolle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="138"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weiteres</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="139"/>
        <source>Members affected: %1.</source>
        <translation>Betroffene Mitglieder: %1.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="154"/>
        <source>A role named “%1” already exists.</source>
        <translation>Eine Rolle namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="169"/>
        <source>Change Role for Its Members?</source>
        <translation>Rolle für ihre Mitglieder ändern?</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RoleInUseDialog</name>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="28"/>
        <source>Role in Use</source>
        <translation>Rolle in Gebrauch</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="31"/>
        <source>%Ln member(s) hold “%1”, so it cannot simply be deleted. Move them to another role and delete it in one step (pending invitations offering it move too), or look at them first.</source>
        <translation>
            <numerusform>%Ln Mitglied hat „%1“, daher lässt sich die Rolle nicht einfach löschen. Geben Sie ihm eine andere Rolle und löschen Sie sie in einem Schritt (offene Einladungen mit dieser Rolle werden mit umgestellt), oder sehen Sie es sich zuerst an.</numerusform>
            <numerusform>%Ln Mitglieder haben „%1“, daher lässt sich die Rolle nicht einfach löschen. Geben Sie ihnen eine andere Rolle und löschen Sie sie in einem Schritt (offene Einladungen mit dieser Rolle werden mit umgestellt), oder sehen Sie sie sich zuerst an.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="42"/>
        <source>Move them to role</source>
        <translation>Auf diese Rolle umstellen</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="67"/>
        <source>&amp;Move and Delete</source>
        <translation>&amp;Umstellen und löschen</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="71"/>
        <source>Give them the chosen role, then delete “%1”</source>
        <translation>Ihnen die gewählte Rolle geben, dann „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="72"/>
        <source>Your role cannot give them any other role.</source>
        <translation>Ihre Rolle kann ihnen keine andere Rolle geben.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="73"/>
        <source>&amp;Show Members</source>
        <translation>Mitglieder &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="83"/>
        <source>Move &amp;to:</source>
        <translation>Umstellen &amp;auf:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="97"/>
        <source>%Ln member(s) of “%1” will become Owners: they can do everything, including deleting the workspace and removing you.</source>
        <translation>
            <numerusform>%Ln Mitglied von „%1“ wird Inhaber: Es kann alles, auch den Arbeitsbereich löschen und Sie entfernen.</numerusform>
            <numerusform>%Ln Mitglieder von „%1“ werden Inhaber: Sie können alles, auch den Arbeitsbereich löschen und Sie entfernen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="101"/>
        <source>%Ln member(s) of “%1” will get “%2” and with it permissions they do not have now.</source>
        <translation>
            <numerusform>%Ln Mitglied von „%1“ erhält „%2“ und damit Berechtigungen, die es jetzt nicht hat.</numerusform>
            <numerusform>%Ln Mitglieder von „%1“ erhalten „%2“ und damit Berechtigungen, die sie jetzt nicht haben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="104"/>
        <source>Give More Access?</source>
        <translation>Mehr Zugriff geben?</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RolesTab</name>
    <message>
        <location filename="../ui/users/RolesTab.cpp" line="25"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/users/RolesTab.cpp" line="45"/>
        <source>the role “%1”</source>
        <translation>die Rolle „%1“</translation>
    </message>
</context>
<context>
    <name>nacre::ui::SecurityActivityBox</name>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="20"/>
        <source>Recent Security Activity</source>
        <translation>Letzte Sicherheitsereignisse</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="26"/>
        <source>Recent security activity</source>
        <translation>Letzte Sicherheitsereignisse</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="28"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="28"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="28"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="28"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="33"/>
        <source>Sign-ins and changes to your account, newest first. If you see one you did not make, change your password.</source>
        <translation>Anmeldungen und Änderungen an Ihrem Konto, die neuesten zuerst. Wenn Sie etwas sehen, das nicht von Ihnen stammt, ändern Sie Ihr Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="46"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="48"/>
        <source>Failed sign-in</source>
        <translation>Fehlgeschlagene Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="50"/>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="52"/>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="54"/>
        <source>Profile changed</source>
        <translation>Profil geändert</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="56"/>
        <source>Email address changed</source>
        <translation>E-Mail-Adresse geändert</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="58"/>
        <source>Two-factor sign-in turned on</source>
        <translation>Anmeldung in zwei Schritten eingeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="60"/>
        <source>Two-factor sign-in turned off</source>
        <translation>Anmeldung in zwei Schritten ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="62"/>
        <source>A session was signed out</source>
        <translation>Eine Sitzung wurde abgemeldet</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="64"/>
        <source>Workspace deleted</source>
        <translation>Arbeitsbereich gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="66"/>
        <source>Password reset code mailed</source>
        <translation>Code zum Zurücksetzen des Passworts gesendet</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="68"/>
        <source>Password reset with a mailed code</source>
        <translation>Passwort mit einem zugesandten Code zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="70"/>
        <source>Signed in with a recovery code</source>
        <translation>Mit einem Wiederherstellungscode angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="72"/>
        <source>New recovery codes made</source>
        <translation>Neue Wiederherstellungscodes erstellt</translation>
    </message>
</context>
<context>
    <name>nacre::ui::SecurityPage</name>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="52"/>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="53"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/security/SecurityPage.cpp" line="55"/>
        <source>At least %n characters; a passphrase of a few words is best</source>
        <translation>
            <numerusform>Mindestens %n Zeichen; am besten eine Passphrase aus einigen Wörtern</numerusform>
            <numerusform>Mindestens %n Zeichen; am besten eine Passphrase aus einigen Wörtern</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="56"/>
        <source>New password, again</source>
        <translation>Neues Passwort, noch einmal</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="61"/>
        <source>&amp;Change Password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="63"/>
        <source>Your other sessions are signed out when the password changes</source>
        <translation>Ihre anderen Sitzungen werden abgemeldet, wenn sich das Passwort ändert</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="65"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="69"/>
        <source>C&amp;urrent password:</source>
        <translation>A&amp;ktuelles Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="70"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="73"/>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="85"/>
        <source>New &amp;Recovery Codes…</source>
        <translation>Neue &amp;Wiederherstellungscodes …</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="87"/>
        <source>Make ten new recovery codes; the old ones stop working (asks for the password)</source>
        <translation>Zehn neue Wiederherstellungscodes erstellen; die alten funktionieren nicht mehr (fragt nach dem Passwort)</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="89"/>
        <source>Two-factor sign-in</source>
        <translation>Anmeldung in zwei Schritten</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="101"/>
        <source>Your sessions</source>
        <translation>Ihre Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="103"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="103"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="103"/>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="103"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="107"/>
        <source>&amp;Sign Out Session</source>
        <translation>Sitzung &amp;abmelden</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="110"/>
        <source>Select another session to sign it out</source>
        <translation>Wählen Sie eine andere Sitzung, um sie abzumelden</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="111"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="113"/>
        <source>Where your account is signed in. Sign out a session you do not recognize, then change your password.</source>
        <translation>Wo Ihr Konto angemeldet ist. Melden Sie eine Sitzung ab, die Sie nicht kennen, und ändern Sie dann Ihr Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="124"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="126"/>
        <source>Your password, two-factor sign-in and sessions. They are the same in every workspace.</source>
        <translation>Ihr Passwort, die Anmeldung in zwei Schritten und Ihre Sitzungen. Sie gelten in jedem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="236"/>
        <source>On: signing in asks for a code from your authenticator app as well as your password.</source>
        <translation>Ein: Bei der Anmeldung wird neben dem Passwort ein Code aus Ihrer Authenticator-App abgefragt.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="237"/>
        <source>Off: your password alone protects this account. Turn it on so a stolen password is not enough.</source>
        <translation>Aus: Nur Ihr Passwort schützt dieses Konto. Schalten Sie sie ein, damit ein gestohlenes Passwort nicht genügt.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="239"/>
        <source>Turn O&amp;ff…</source>
        <translation>A&amp;usschalten …</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="239"/>
        <source>Turn &amp;On…</source>
        <translation>&amp;Einschalten …</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="240"/>
        <source>Sign in with your password alone again (asks for the password)</source>
        <translation>Wieder nur mit dem Passwort anmelden (fragt nach dem Passwort)</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="241"/>
        <source>Set up an authenticator app for this account</source>
        <translation>Eine Authenticator-App für dieses Konto einrichten</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="256"/>
        <source>No recovery codes left. Make new ones so a lost phone does not lock you out.</source>
        <translation>Keine Wiederherstellungscodes mehr übrig. Erstellen Sie neue, damit ein verlorenes Telefon Sie nicht aussperrt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/security/SecurityPage.cpp" line="257"/>
        <source>Recovery codes: %n of 10 left, each for one sign-in without the app.</source>
        <translation>
            <numerusform>Wiederherstellungscodes: %n von 10 übrig, jeder für eine Anmeldung ohne die App.</numerusform>
            <numerusform>Wiederherstellungscodes: %n von 10 übrig, jeder für eine Anmeldung ohne die App.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="265"/>
        <source>New Recovery Codes</source>
        <translation>Neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="266"/>
        <source>Ten new codes replace your recovery codes; the old ones stop working. Enter your password.</source>
        <translation>Zehn neue Codes ersetzen Ihre Wiederherstellungscodes; die alten funktionieren nicht mehr. Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="267"/>
        <source>&amp;Make New Codes</source>
        <translation>Neue Codes &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="294"/>
        <source>Turn Off Two-Factor Sign-In</source>
        <translation>Anmeldung in zwei Schritten ausschalten</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="295"/>
        <source>Without it, your password alone protects this account in every workspace. Enter your password to turn it off.</source>
        <translation>Ohne sie schützt nur Ihr Passwort dieses Konto in jedem Arbeitsbereich. Geben Sie Ihr Passwort ein, um sie auszuschalten.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="297"/>
        <source>Turn &amp;Off</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="306"/>
        <source>Two-factor sign-in is off.</source>
        <translation>Die Anmeldung in zwei Schritten ist aus.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="317"/>
        <source>Two-factor sign-in is on. Nacre asks for a code the next time you sign in.</source>
        <translation>Die Anmeldung in zwei Schritten ist ein. Nacre fragt bei der nächsten Anmeldung nach einem Code.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="146"/>
        <source>Sign out the selected session</source>
        <translation>Die ausgewählte Sitzung abmelden</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="147"/>
        <source>This is the session you are using; use Sign Out in the sidebar</source>
        <translation>Dies ist Ihre aktuelle Sitzung; melden Sie sich über die Seitenleiste ab</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="159"/>
        <source>Password changed. Your other sessions were signed out.</source>
        <translation>Passwort geändert. Ihre anderen Sitzungen wurden abgemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="188"/>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="203"/>
        <source>%1 (this session)</source>
        <translation>%1 (diese Sitzung)</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="224"/>
        <source>Sign Out Session</source>
        <translation>Sitzung abmelden</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="225"/>
        <source>Sign out “%1” (%2)? Whoever uses it will have to sign in again.</source>
        <translation>„%1“ (%2) abmelden? Wer sie benutzt, muss sich erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ServerLine</name>
    <message>
        <location filename="../ui/auth/ServerLine.cpp" line="19"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../ui/auth/ServerLine.cpp" line="20"/>
        <source>Server: %1 (%2)</source>
        <translation>Server: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/auth/ServerLine.cpp" line="27"/>
        <source>This connection is not encrypted (http://): your password would cross the network readable by others on it. Ask your admin for the server’s https:// address.</source>
        <translation>Diese Verbindung ist nicht verschlüsselt (http://): Ihr Passwort ginge für andere im Netz lesbar über das Netzwerk. Fragen Sie Ihren Admin nach der https://-Adresse des Servers.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::SetupDialog</name>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="45"/>
        <source>Set Up Nacre</source>
        <translation>Nacre einrichten</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="48"/>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Create the owner account and your first workspace. You can invite your team once you are in.</source>
        <translation>&lt;b&gt;Willkommen.&lt;/b&gt; Legen Sie das Inhaberkonto und Ihren ersten Arbeitsbereich an. Ihr Team können Sie danach einladen.</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="55"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="55"/>
        <source>How others in your workspaces will see you</source>
        <translation>So sehen andere in Ihren Arbeitsbereichen Sie</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="56"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="56"/>
        <source>You will sign in with this address</source>
        <translation>Mit dieser Adresse melden Sie sich an</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="58"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="74"/>
        <source>I Have an &amp;Invitation…</source>
        <translation>Ich habe eine &amp;Einladung…</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="76"/>
        <source>Join a workspace someone else runs, with the link or code from your invitation mail</source>
        <translation>Einem Arbeitsbereich eines anderen beitreten, mit dem Link oder Code aus Ihrer Einladungs-E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="59"/>
        <source>&amp;Workspace name:</source>
        <translation>Name des &amp;Arbeitsbereichs:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="60"/>
        <source>The name everyone in the workspace sees; you can change it later</source>
        <translation>Der Name, den alle im Arbeitsbereich sehen; Sie können ihn später ändern</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="68"/>
        <source>&amp;Create Workspace</source>
        <translation>Arbeitsbereich &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="70"/>
        <source>Use Another &amp;Server…</source>
        <translation>Anderen &amp;Server verwenden …</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="72"/>
        <source>Connect to a Nacre server your team already runs</source>
        <translation>Mit einem Nacre-Server verbinden, den Ihr Team bereits betreibt</translation>
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
        <translation>Im &amp;Prüfprotokoll anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/audit/ShowInAuditLogCommand.cpp" line="11"/>
        <source>Open the audit log at the events about the selected one</source>
        <translation>Das Prüfprotokoll mit den Ereignissen zur Auswahl öffnen</translation>
    </message>
    <message>
        <location filename="../ui/audit/ShowInAuditLogCommand.cpp" line="24"/>
        <source>Select one first.</source>
        <translation>Wählen Sie zuerst einen Eintrag aus.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::Sidebar</name>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="48"/>
        <source>Switch workspace or create a new one (%1)</source>
        <translation>Arbeitsbereich wechseln oder einen neuen erstellen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="77"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="94"/>
        <source>Sign out of this account</source>
        <translation>Von diesem Konto abmelden</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="95"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="153"/>
        <source>User</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="153"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="198"/>
        <source>Free</source>
        <comment>subscription plan</comment>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="207"/>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="211"/>
        <source>%1 · %2 plan</source>
        <translation>%1 · Tarif %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="212"/>
        <source>Current workspace: %1. Switch workspace</source>
        <translation>Aktueller Arbeitsbereich: %1. Arbeitsbereich wechseln</translation>
    </message>
</context>
<context>
    <name>nacre::ui::SignInDialog</name>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="24"/>
        <source>Sign In to Nacre</source>
        <translation>Bei Nacre anmelden</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="24"/>
        <source>Session Ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="27"/>
        <source>Sign in to %1.</source>
        <translation>Bei %1 anmelden.</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="28"/>
        <source>Your session has ended. Sign in again to continue; what you were doing is kept.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, um fortzufahren; Ihre Arbeit bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="34"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="38"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="44"/>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="45"/>
        <source>6-digit code or recovery code</source>
        <translation>6-stelliger Code oder Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="46"/>
        <source>The code your authenticator app shows for Nacre now, or one of your recovery codes</source>
        <translation>Der Code, den Ihre Authenticator-App jetzt für Nacre anzeigt, oder einer Ihrer Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="51"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="53"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="58"/>
        <source>&amp;Forgot Password?</source>
        <translation>Passwort &amp;vergessen?</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="61"/>
        <source>Get a code by mail to choose a new password</source>
        <translation>Einen Code per E-Mail erhalten, um ein neues Passwort zu wählen</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="66"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="81"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="84"/>
        <source>Change &amp;Server…</source>
        <translation>&amp;Server wechseln …</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="86"/>
        <source>Connect to another Nacre server</source>
        <translation>Mit einem anderen Nacre-Server verbinden</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="88"/>
        <source>I Have an &amp;Invitation…</source>
        <translation>Ich habe eine &amp;Einladung…</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="90"/>
        <source>Join a workspace with the link or code from an invitation mail</source>
        <translation>Einem Arbeitsbereich mit dem Link oder Code aus einer Einladungs-E-Mail beitreten</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="143"/>
        <source>Your password is changed, and every session of the account has ended. Sign in with the new password.</source>
        <translation>Ihr Passwort ist geändert, und alle Sitzungen des Kontos sind beendet. Melden Sie sich mit dem neuen Passwort an.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::TwoFactorRequiredPage</name>
    <message>
        <location filename="../ui/shell/TwoFactorRequiredPage.cpp" line="22"/>
        <source>Two-Factor Sign-In Required</source>
        <translation>Anmeldung in zwei Schritten erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/shell/TwoFactorRequiredPage.cpp" line="29"/>
        <source>Open &amp;Security</source>
        <translation>&amp;Sicherheit öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/TwoFactorRequiredPage.cpp" line="31"/>
        <source>Turn on two-factor sign-in for your account</source>
        <translation>Die Anmeldung in zwei Schritten für Ihr Konto einschalten</translation>
    </message>
    <message>
        <location filename="../ui/shell/TwoFactorRequiredPage.cpp" line="50"/>
        <source>“%1” asks every member to sign in with two-factor sign-in. Turn it on for your account under Security; its pages open as soon as it is on.</source>
        <translation>„%1“ verlangt von allen Mitgliedern die Anmeldung in zwei Schritten. Schalten Sie sie unter Sicherheit für Ihr Konto ein; die Seiten öffnen sich, sobald sie ein ist.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::TwoFactorRequirementBox</name>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="23"/>
        <source>Two-factor sign-in</source>
        <translation>Anmeldung in zwei Schritten</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="31"/>
        <source>Every member must sign in with two-factor sign-in</source>
        <translation>Alle Mitglieder müssen sich in zwei Schritten anmelden</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="33"/>
        <source>Members without it cannot open this workspace until they turn it on under Security. Turn it on for your own account first.</source>
        <translation>Mitglieder ohne sie können diesen Arbeitsbereich erst öffnen, wenn sie sie unter Sicherheit einschalten. Schalten Sie sie zuerst für Ihr eigenes Konto ein.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="42"/>
        <source>Members without two-factor sign-in</source>
        <translation>Mitglieder ohne Anmeldung in zwei Schritten</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="46"/>
        <source>Copy &amp;Emails</source>
        <translation>&amp;E-Mail-Adressen kopieren</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="48"/>
        <source>Copy the addresses of the members without two-factor sign-in, to ask them to turn it on</source>
        <translation>Die Adressen der Mitglieder ohne Anmeldung in zwei Schritten kopieren, um sie zu bitten, sie einzuschalten</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="49"/>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="116"/>
        <source>Checking who has two-factor sign-in…</source>
        <translation>Es wird geprüft, wer die Anmeldung in zwei Schritten nutzt …</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="118"/>
        <source>Every member has two-factor sign-in: nobody would be shut out.</source>
        <translation>Alle Mitglieder nutzen die Anmeldung in zwei Schritten: niemand würde ausgesperrt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="120"/>
        <source>%n member(s) cannot open this workspace until they turn on two-factor sign-in:</source>
        <translation>
            <numerusform>%n Mitglied kann diesen Arbeitsbereich erst öffnen, wenn es die Anmeldung in zwei Schritten einschaltet:</numerusform>
            <numerusform>%n Mitglieder können diesen Arbeitsbereich erst öffnen, wenn sie die Anmeldung in zwei Schritten einschalten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="123"/>
        <source>%n member(s) have no two-factor sign-in and would be shut out until they turn it on:</source>
        <translation>
            <numerusform>%n Mitglied hat keine Anmeldung in zwei Schritten und wäre ausgesperrt, bis es sie einschaltet:</numerusform>
            <numerusform>%n Mitglieder haben keine Anmeldung in zwei Schritten und wären ausgesperrt, bis sie sie einschalten:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="133"/>
        <source>Require Two-Factor Sign-In</source>
        <translation>Anmeldung in zwei Schritten verlangen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="134"/>
        <source>%n member(s) have no two-factor sign-in. They cannot open this workspace until they turn it on. Require it now?</source>
        <translation>
            <numerusform>%n Mitglied hat keine Anmeldung in zwei Schritten. Es kann diesen Arbeitsbereich erst öffnen, wenn es sie einschaltet. Jetzt verlangen?</numerusform>
            <numerusform>%n Mitglieder haben keine Anmeldung in zwei Schritten. Sie können diesen Arbeitsbereich erst öffnen, wenn sie sie einschalten. Jetzt verlangen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="71"/>
        <source>Two-factor sign-in is now required in this workspace.</source>
        <translation>In diesem Arbeitsbereich ist die Anmeldung in zwei Schritten jetzt Pflicht.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="72"/>
        <source>Two-factor sign-in is no longer required in this workspace.</source>
        <translation>In diesem Arbeitsbereich ist die Anmeldung in zwei Schritten nicht mehr Pflicht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="167"/>
        <source>Copied %n address(es).</source>
        <translation>
            <numerusform>%n Adresse kopiert.</numerusform>
            <numerusform>%n Adressen kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::TwoFactorSetupDialog</name>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="36"/>
        <source>Turn On Two-Factor Sign-In</source>
        <translation>Anmeldung in zwei Schritten einschalten</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="38"/>
        <source>Enter your password to confirm it is you.</source>
        <translation>Geben Sie Ihr Passwort ein, um zu bestätigen, dass Sie es sind.</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="43"/>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="49"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="56"/>
        <source>Scan this code with an authenticator app (such as FreeOTP, Aegis, Google Authenticator or 1Password), then type the 6-digit code it shows. From then on Nacre asks for a code each time you sign in.</source>
        <translation>Scannen Sie diesen Code mit einer Authenticator-App (etwa FreeOTP, Aegis, Google Authenticator oder 1Password) und geben Sie den angezeigten 6-stelligen Code ein. Danach fragt Nacre bei jeder Anmeldung nach einem Code.</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="64"/>
        <source>QR code for your authenticator app</source>
        <translation>QR-Code für Ihre Authenticator-App</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="69"/>
        <source>Cannot scan? Type this key into the app instead (time-based, 6 digits).</source>
        <translation>Scannen geht nicht? Geben Sie stattdessen diesen Schlüssel in die App ein (zeitbasiert, 6 Stellen).</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="77"/>
        <source>Code from the app</source>
        <translation>Code aus der App</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="78"/>
        <source>6-digit code</source>
        <translation>6-stelliger Code</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="86"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="94"/>
        <source>&amp;Turn On</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="104"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
</context>
<context>
    <name>nacre::ui::UsersPage</name>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="24"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="25"/>
        <source>The people in this workspace, the invitations not yet accepted, and the roles that decide what each person may do.</source>
        <translation>Die Personen in diesem Arbeitsbereich, die noch nicht angenommenen Einladungen und die Rollen, die festlegen, was jede Person darf.</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="35"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="36"/>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="37"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="38"/>
        <source>Everyone in the workspace, with their role</source>
        <translation>Alle im Arbeitsbereich, mit ihrer Rolle</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="39"/>
        <source>Invitations sent and not yet accepted</source>
        <translation>Gesendete, noch nicht angenommene Einladungen</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="40"/>
        <source>What each role allows</source>
        <translation>Was jede Rolle erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="114"/>
        <source>Members (%1)</source>
        <translation>Mitglieder (%1)</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="115"/>
        <source>Invitations (%1)</source>
        <translation>Einladungen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="116"/>
        <source>Roles (%1)</source>
        <translation>Rollen (%1)</translation>
    </message>
</context>
<context>
    <name>nacre::ui::WorkspaceSecurityPage</name>
    <message>
        <location filename="../ui/settings/WorkspaceSecurityPage.cpp" line="26"/>
        <source>Security and Sessions</source>
        <translation>Sicherheit und Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/WorkspaceSecurityPage.cpp" line="27"/>
        <source>How members of this workspace must sign in, and where they are signed in now. The session timeout is under General Settings.</source>
        <translation>Wie sich die Mitglieder dieses Arbeitsbereichs anmelden müssen und wo sie gerade angemeldet sind. Das Sitzungs-Zeitlimit steht unter Allgemeine Einstellungen.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::WorkspaceSwitcher</name>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="26"/>
        <source>Workspace switcher</source>
        <translation>Arbeitsbereichswechsler</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="29"/>
        <source>Switch workspace</source>
        <translation>Arbeitsbereich wechseln</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="36"/>
        <source>Find a workspace…</source>
        <translation>Arbeitsbereich suchen …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="37"/>
        <source>Find a workspace</source>
        <translation>Arbeitsbereich suchen</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="43"/>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="48"/>
        <source>Create New Workspace…</source>
        <translation>Neuen Arbeitsbereich erstellen …</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="50"/>
        <source>A new workspace has its own members, settings and subscription</source>
        <translation>Ein neuer Arbeitsbereich hat eigene Mitglieder, Einstellungen und ein eigenes Abonnement</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="76"/>
        <source>%1 — your role: %2</source>
        <translation>%1 — Ihre Rolle: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="77"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
</TS>
