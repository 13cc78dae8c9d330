<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>Nacre: the console for a Pearls workspace&apos;s users, roles and settings.</source>
        <translation>Nacre&#xa0;: la console des utilisateurs, rôles et paramètres d&apos;un espace de travail Pearls.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="66"/>
        <source>Use the nacred at this URL (remembered). Without it, the last server used; without one, a server embedded in this app.</source>
        <translation>Utiliser le nacred à cette URL (mémorisée). Sans elle, le dernier serveur utilisé&#xa0;; sans serveur, celui intégré à cette application.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="71"/>
        <source>Forget the remembered server and use the embedded one.</source>
        <translation>Oublier le serveur mémorisé et utiliser le serveur intégré.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="76"/>
        <source>An invitation or password reset link (nacre://…) to open.</source>
        <translation>Un lien d&apos;invitation ou de réinitialisation du mot de passe (nacre://…) à ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="125"/>
        <source>Nacre Cannot Start</source>
        <translation>Nacre ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="126"/>
        <source>The built-in server did not start:
%1</source>
        <translation>Le serveur intégré n&apos;a pas démarré&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="133"/>
        <source>the workspace server on this computer</source>
        <translation>le serveur d&apos;espaces de travail de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>nacre::AccessRules</name>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="17"/>
        <source>Your role does not include “%1”.</source>
        <translation>Votre rôle n&apos;inclut pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="31"/>
        <source>You can only grant permissions your own role includes.</source>
        <translation>Vous ne pouvez accorder que les autorisations incluses dans votre propre rôle.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="38"/>
        <source>Only an Owner can make someone an Owner.</source>
        <translation>Seul un Propriétaire peut nommer quelqu&apos;un Propriétaire.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="46"/>
        <source>Only an Owner can remove an Owner.</source>
        <translation>Seul un Propriétaire peut retirer un Propriétaire.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="47"/>
        <source>Only an Owner can change an Owner&apos;s role.</source>
        <translation>Seul un Propriétaire peut changer le rôle d&apos;un Propriétaire.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="50"/>
        <source>You cannot remove someone whose role has permissions yours does not.</source>
        <translation>Vous ne pouvez pas retirer quelqu&apos;un dont le rôle a des autorisations que le vôtre n&apos;a pas.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="51"/>
        <source>You cannot change the role of someone whose role has permissions yours does not.</source>
        <translation>Vous ne pouvez pas changer le rôle de quelqu&apos;un dont le rôle a des autorisations que le vôtre n&apos;a pas.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="60"/>
        <source>The built-in %1 role cannot be changed.</source>
        <translation>Le rôle intégré %1 ne peut pas être modifié.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="81"/>
        <source>An API key cannot manage API keys; sign in to do that.</source>
        <translation>Une clé d&apos;API ne peut pas gérer les clés d&apos;API&#xa0;; connectez-vous pour le faire.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="89"/>
        <source>Only an Owner can sign out an Owner.</source>
        <translation>Seul un Propriétaire peut déconnecter un Propriétaire.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="97"/>
        <source>Only an Owner can delete the workspace.</source>
        <translation>Seul un Propriétaire peut supprimer l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="101"/>
        <source>An API key cannot leave a workspace for its creator.</source>
        <translation>Une clé d&apos;API ne peut pas quitter un espace de travail à la place de son créateur.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="104"/>
        <source>You are the workspace&apos;s only Owner. Make someone else an Owner before you leave.</source>
        <translation>Vous êtes le seul Propriétaire de l&apos;espace de travail. Nommez quelqu&apos;un d&apos;autre Propriétaire avant de partir.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="118"/>
        <source>Nobody can change their own role; ask another Owner or Admin.</source>
        <translation>Personne ne peut changer son propre rôle&#xa0;; demandez à un autre Propriétaire ou Administrateur.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="126"/>
        <location filename="../core/permissions/AccessRules.cpp" line="140"/>
        <source>A workspace needs at least one Owner.</source>
        <translation>Un espace de travail doit avoir au moins un Propriétaire.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="136"/>
        <source>To remove yourself, leave the workspace instead.</source>
        <translation>Pour vous retirer, quittez plutôt l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/permissions/AccessRules.cpp" line="162"/>
        <source>Not allowed.</source>
        <translation>Non autorisé.</translation>
    </message>
</context>
<context>
    <name>nacre::BuiltinRoles</name>
    <message>
        <location filename="../core/domain/RoleRef.cpp" line="65"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../core/domain/RoleRef.cpp" line="67"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../core/domain/RoleRef.cpp" line="69"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
</context>
<context>
    <name>nacre::EmailAddress</name>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="72"/>
        <source>Enter an email address.</source>
        <translation>Saisissez une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="76"/>
        <source>An email address needs an @ followed by a domain, as in name@example.com.</source>
        <translation>Une adresse e-mail doit contenir un @ suivi d&apos;un domaine, comme nom@example.com.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="81"/>
        <source>Something must come before the @.</source>
        <translation>Quelque chose doit précéder le @.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="83"/>
        <source>The part before the @ has a space, a misplaced dot or a character that is not allowed.</source>
        <translation>La partie avant le @ contient une espace, un point mal placé ou un caractère non autorisé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/EmailAddress.cpp" line="85"/>
        <source>The part before the @ is longer than %n characters.</source>
        <translation>
            <numerusform>La partie avant le @ dépasse %n caractère.</numerusform>
            <numerusform>La partie avant le @ dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="88"/>
        <source>A domain must follow the @, as in name@example.com.</source>
        <translation>Un domaine doit suivre le @, comme dans nom@example.com.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="90"/>
        <source>The domain has a misplaced dot.</source>
        <translation>Le domaine contient un point mal placé.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="95"/>
        <location filename="../core/validation/EmailAddress.cpp" line="102"/>
        <source>The domain is not a valid internet domain name.</source>
        <translation>Le domaine n&apos;est pas un nom de domaine Internet valide.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="99"/>
        <source>The domain needs a dot, as in example.com.</source>
        <translation>Le domaine doit contenir un point, comme example.com.</translation>
    </message>
    <message>
        <location filename="../core/validation/EmailAddress.cpp" line="107"/>
        <source>The domain must end in a name such as .com, not a number.</source>
        <translation>Le domaine doit se terminer par un nom tel que .com, pas par un nombre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/EmailAddress.cpp" line="111"/>
        <source>An email address can be at most %n characters long.</source>
        <translation>
            <numerusform>Une adresse e-mail peut compter au plus %n caractère.</numerusform>
            <numerusform>Une adresse e-mail peut compter au plus %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::EmailListParser</name>
    <message>
        <location filename="../core/validation/EmailListParser.cpp" line="108"/>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>nacre::JsonReader</name>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="33"/>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="56"/>
        <source>Expected %1.</source>
        <translation>%1 attendu.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="61"/>
        <source>“%1” is not one of the allowed values.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs autorisées.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="70"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="90"/>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="112"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="117"/>
        <source>Must be between %1 and %2.</source>
        <translation>Doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="140"/>
        <source>Expected a date and time with a zone, as in 2026-01-31T09:30:00Z.</source>
        <translation>Une date et une heure avec fuseau sont attendues, comme 2026-01-31T09:30:00Z.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="161"/>
        <source>Expected an id.</source>
        <translation>Un identifiant est attendu.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="181"/>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="188"/>
        <source>Expected a string.</source>
        <translation>Une chaîne est attendue.</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="210"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="220"/>
        <source>This field is not known here.</source>
        <translation>Ce champ n&apos;est pas connu ici.</translation>
    </message>
</context>
<context>
    <name>nacre::LocaleRules</name>
    <message>
        <location filename="../core/validation/LocaleRules.cpp" line="18"/>
        <source>“%1” is not a known language.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une langue connue.</translation>
    </message>
    <message>
        <location filename="../core/validation/LocaleRules.cpp" line="27"/>
        <source>“%1” is not a known time zone.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu.</translation>
    </message>
</context>
<context>
    <name>nacre::NameRules</name>
    <message>
        <location filename="../core/validation/NameRules.cpp" line="57"/>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <location filename="../core/validation/NameRules.cpp" line="64"/>
        <source>The name contains a control or invisible formatting character.</source>
        <translation>Le nom contient un caractère de contrôle ou de mise en forme invisible.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/NameRules.cpp" line="67"/>
        <source>The name is too long: at most %n characters.</source>
        <translation>
            <numerusform>Le nom est trop long&#xa0;: %n caractère au plus.</numerusform>
            <numerusform>Le nom est trop long&#xa0;: %n caractères au plus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::PasswordRules</name>
    <message>
        <location filename="../core/validation/PasswordRules.cpp" line="13"/>
        <source>Enter a password.</source>
        <translation>Saisissez un mot de passe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/PasswordRules.cpp" line="16"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/PasswordRules.cpp" line="19"/>
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Utilisez au plus %n caractère.</numerusform>
            <numerusform>Utilisez au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/validation/PasswordRules.cpp" line="51"/>
        <source>Too short</source>
        <translation>Trop court</translation>
    </message>
    <message>
        <location filename="../core/validation/PasswordRules.cpp" line="53"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../core/validation/PasswordRules.cpp" line="55"/>
        <source>Fair</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../core/validation/PasswordRules.cpp" line="57"/>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
</context>
<context>
    <name>nacre::PermissionCatalog</name>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="18"/>
        <source>Manage Pearls</source>
        <translation>Gérer les Pearls</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="19"/>
        <source>Create and edit Pearls, including access to PearlVibe.</source>
        <translation>Créer et modifier des Pearls, y compris l&apos;accès à PearlVibe.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="21"/>
        <source>Moderate activities</source>
        <translation>Modérer les activités</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="22"/>
        <source>Moderate activity status.</source>
        <translation>Modérer le statut des activités.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="24"/>
        <source>View analytics</source>
        <translation>Voir les analyses</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="25"/>
        <source>View analytics.</source>
        <translation>Voir les analyses.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="26"/>
        <source>Manage leads</source>
        <translation>Gérer les prospects</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="27"/>
        <source>View and moderate leads.</source>
        <translation>Voir et modérer les prospects.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="28"/>
        <source>View calls</source>
        <translation>Voir les appels</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="29"/>
        <source>View calls and post-call information.</source>
        <translation>Voir les appels et les informations après appel.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="31"/>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="32"/>
        <source>Manage the workspace&apos;s phone numbers.</source>
        <translation>Gérer les numéros de téléphone de l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="33"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="34"/>
        <source>Manage the workspace&apos;s agents.</source>
        <translation>Gérer les agents de l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="36"/>
        <source>API keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="37"/>
        <source>Create and revoke the workspace&apos;s API keys.</source>
        <translation>Créer et révoquer les clés d&apos;API de l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="38"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="39"/>
        <source>Invite users, change their roles and remove them.</source>
        <translation>Inviter des utilisateurs, changer leurs rôles et les retirer.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="41"/>
        <source>General settings</source>
        <translation>Paramètres généraux</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="42"/>
        <source>Edit the workspace name, billing and notifications email, and newsletter.</source>
        <translation>Modifier le nom de l&apos;espace de travail, les e-mails de facturation et de notifications, et la newsletter.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="45"/>
        <source>Security and sessions</source>
        <translation>Sécurité et sessions</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="46"/>
        <source>Manage security and sessions: session timeout, public recordings and the 2FA requirement.</source>
        <translation>Gérer la sécurité et les sessions&#xa0;: délai d&apos;expiration de session, enregistrements publics et exigence de la 2FA.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="48"/>
        <source>View audit log</source>
        <translation>Voir le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="49"/>
        <source>View and export the audit log.</source>
        <translation>Voir et exporter le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="50"/>
        <source>Manage billing</source>
        <translation>Gérer la facturation</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="51"/>
        <source>Manage account billing: subscription, payment methods, invoices and auto-recharge.</source>
        <translation>Gérer la facturation du compte&#xa0;: abonnement, moyens de paiement, factures et recharge automatique.</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="63"/>
        <source>Pearls</source>
        <translation>Pearls</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="64"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="65"/>
        <source>Analytics</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="66"/>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="67"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="68"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="69"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="70"/>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="71"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../core/permissions/Permission.cpp" line="72"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
</context>
<context>
    <name>nacre::PermissionSet</name>
    <message>
        <location filename="../core/permissions/PermissionSet.cpp" line="57"/>
        <source>“%1” is not a known permission.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une autorisation connue.</translation>
    </message>
    <message>
        <location filename="../core/permissions/PermissionSet.cpp" line="67"/>
        <source>Expected a list of permission ids.</source>
        <translation>Une liste d&apos;identifiants d&apos;autorisation est attendue.</translation>
    </message>
    <message>
        <location filename="../core/permissions/PermissionSet.cpp" line="76"/>
        <source>Expected a permission id (a string).</source>
        <translation>Un identifiant d&apos;autorisation (une chaîne) est attendu.</translation>
    </message>
</context>
<context>
    <name>nacre::SessionTimeout</name>
    <message>
        <location filename="../core/validation/SessionTimeout.cpp" line="9"/>
        <source>The session timeout must be between %1 and %2 minutes.</source>
        <translation>Le délai d&apos;expiration de session doit être compris entre %1 et %2 minutes.</translation>
    </message>
</context>
<context>
    <name>nacre::client::ApiError</name>
    <message>
        <location filename="../models/api/ApiError.cpp" line="56"/>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>Le serveur est injoignable. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <location filename="../models/api/ApiError.cpp" line="58"/>
        <source>The server took too long to answer. Try again in a moment.</source>
        <translation>Le serveur a mis trop de temps à répondre. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../models/api/ApiError.cpp" line="60"/>
        <source>The server sent an answer Nacre does not understand (HTTP %1).</source>
        <translation>Le serveur a envoyé une réponse que Nacre ne comprend pas (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../models/api/ApiError.cpp" line="73"/>
        <source>The server ran into a problem (HTTP %1). Nothing was changed.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../models/api/ApiError.cpp" line="74"/>
        <source>The request was refused (HTTP %1).</source>
        <translation>La requête a été refusée (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>nacre::client::ApiKeyListModel</name>
    <message numerus="yes">
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="89"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="124"/>
        <source>(former member)</source>
        <translation>(ancien membre)</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="125"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="129"/>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="131"/>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="134"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="136"/>
        <source>Expired %1</source>
        <translation>Expirée le %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="138"/>
        <source>%1 (soon: in %n day(s))</source>
        <translation>
            <numerusform>%1 (bientôt&#xa0;: dans %n jour)</numerusform>
            <numerusform>%1 (bientôt&#xa0;: dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="147"/>
        <source>This key no longer works. Revoke it, and make a new one if it is still needed.</source>
        <translation>Cette clé ne fonctionne plus. Révoquez-la, et créez-en une nouvelle si elle est encore nécessaire.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="149"/>
        <source>This key stops working in %n day(s). Make a new one and give it to the program before then.</source>
        <translation>
            <numerusform>Cette clé cessera de fonctionner dans %n jour. Créez-en une nouvelle et donnez-la au programme avant cette date.</numerusform>
            <numerusform>Cette clé cessera de fonctionner dans %n jours. Créez-en une nouvelle et donnez-la au programme avant cette date.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="161"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="163"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="165"/>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="167"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="169"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
</context>
<context>
    <name>nacre::client::AuditEventText</name>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="24"/>
        <source>(none)</source>
        <extracomment>An audit event&apos;s value that was empty or absent, as in &quot;default role: (none) → Support&quot;.</extracomment>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="27"/>
        <source>on</source>
        <extracomment>A yes/no setting&apos;s value in an audit event, as in &quot;newsletter: off → on&quot;.</extracomment>
        <translation>activé</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="27"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="49"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="50"/>
        <source>plan</source>
        <translation>forfait</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="51"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="52"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="53"/>
        <source>permissions</source>
        <translation>autorisations</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="55"/>
        <source>prefix</source>
        <extracomment>An API key&apos;s prefix: the first characters of its secret, shown to tell keys apart.</extracomment>
        <translation>préfixe</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="56"/>
        <source>expires</source>
        <translation>expire</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="57"/>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="58"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="59"/>
        <source>application</source>
        <translation>application</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="60"/>
        <source>sessions ended</source>
        <translation>sessions terminées</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="61"/>
        <source>members moved to</source>
        <translation>membres passés à</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="62"/>
        <source>members moved</source>
        <translation>membres déplacés</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="63"/>
        <source>invitations moved</source>
        <translation>invitations déplacées</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="64"/>
        <source>billing email</source>
        <translation>e-mail de facturation</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="65"/>
        <source>notifications email</source>
        <translation>e-mail de notifications</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="66"/>
        <source>newsletter</source>
        <translation>newsletter</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="67"/>
        <source>session timeout (minutes)</source>
        <translation>délai d&apos;expiration de session (minutes)</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="68"/>
        <source>public recordings</source>
        <translation>enregistrements publics</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="69"/>
        <source>two-factor sign-in required</source>
        <translation>connexion à deux facteurs exigée</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="70"/>
        <source>default role</source>
        <translation>rôle par défaut</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="103"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="104"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="107"/>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="110"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="111"/>
        <source>API keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="122"/>
        <source>Workspace created</source>
        <translation>Espace de travail créé</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="124"/>
        <source>Settings changed</source>
        <translation>Paramètres modifiés</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="126"/>
        <source>Role changed</source>
        <translation>Rôle changé</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="128"/>
        <source>Member removed</source>
        <translation>Membre retiré</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="130"/>
        <source>Member left</source>
        <translation>Membre parti</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="132"/>
        <source>Invitation sent</source>
        <translation>Invitation envoyée</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="134"/>
        <source>Invitation resent</source>
        <translation>Invitation renvoyée</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="136"/>
        <source>Invitation link made</source>
        <translation>Lien d&apos;invitation créé</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="138"/>
        <source>Invitation revoked</source>
        <translation>Invitation révoquée</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="140"/>
        <source>Invitation accepted</source>
        <translation>Invitation acceptée</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="142"/>
        <source>Invitation&apos;s role changed</source>
        <translation>Rôle de l&apos;invitation changé</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="144"/>
        <source>Role created</source>
        <translation>Rôle créé</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="146"/>
        <source>Role edited</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="148"/>
        <source>Role deleted</source>
        <translation>Rôle supprimé</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="150"/>
        <source>API key created</source>
        <translation>Clé d&apos;API créée</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="152"/>
        <source>API key revoked</source>
        <translation>Clé d&apos;API révoquée</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="154"/>
        <source>Member&apos;s session ended</source>
        <translation>Session d&apos;un membre terminée</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="156"/>
        <source>Member signed out everywhere</source>
        <translation>Membre déconnecté partout</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="165"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="167"/>
        <location filename="../models/audit/AuditEventText.cpp" line="185"/>
        <source>API key “%1”</source>
        <translation>Clé d&apos;API «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="179"/>
        <source>Member %1</source>
        <translation>Membre %1</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="181"/>
        <source>Role “%1”</source>
        <translation>Rôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="183"/>
        <source>Invitation for %1</source>
        <translation>Invitation pour %1</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEventText.cpp" line="187"/>
        <source>Workspace “%1”</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>nacre::client::AuditLogModel</name>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="168"/>
        <source>%1
From %2</source>
        <translation>%1
Depuis %2</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="182"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="184"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="186"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="189"/>
        <source>Target</source>
        <extracomment>Audit log column: the member, role, invitation or key an event is about.</extracomment>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="191"/>
        <source>Details</source>
        <translation>Détails</translation>
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
        <translation>Nacre %1 sur %2</translation>
    </message>
    <message>
        <location filename="../models/profile/ClientName.cpp" line="48"/>
        <location filename="../models/profile/ClientName.cpp" line="57"/>
        <source>Unknown application</source>
        <translation>Application inconnue</translation>
    </message>
    <message>
        <location filename="../models/profile/ClientName.cpp" line="50"/>
        <source>A browser on %1</source>
        <translation>Un navigateur sur %1</translation>
    </message>
    <message>
        <location filename="../models/profile/ClientName.cpp" line="51"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>nacre::client::InvitationListModel</name>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="183"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="188"/>
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expire dans %n jour</numerusform>
            <numerusform>Expire dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="190"/>
        <source>Expires in %n hour(s)</source>
        <translation>
            <numerusform>Expire dans %n heure</numerusform>
            <numerusform>Expire dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="191"/>
        <source>Expires in %n minute(s)</source>
        <translation>
            <numerusform>Expire dans %n minute</numerusform>
            <numerusform>Expire dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="273"/>
        <source>(former member)</source>
        <translation>(ancien membre)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="286"/>
        <source>Expired: resend it to give a new link valid for %n day(s).</source>
        <translation>
            <numerusform>Expirée&#xa0;: renvoyez-la pour donner un nouveau lien valable %n jour.</numerusform>
            <numerusform>Expirée&#xa0;: renvoyez-la pour donner un nouveau lien valable %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="287"/>
        <source>Expires %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="304"/>
        <source>Not mailed</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="306"/>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="308"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="310"/>
        <source>Retrying</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="312"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="324"/>
        <source>No mail was sent for this invitation: its link was handed over another way.</source>
        <translation>Aucun e-mail n&apos;a été envoyé pour cette invitation&#xa0;: son lien a été transmis autrement.</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="326"/>
        <source>Waiting to be sent.</source>
        <translation>En attente d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="328"/>
        <source>Handed to the mail server on %1.</source>
        <translation>Remise au serveur de messagerie le %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="330"/>
        <source>Not sent yet (%Ln attempt(s)): %1. Next try at %2.</source>
        <translation>
            <numerusform>Pas encore envoyée (%Ln tentative)&#xa0;: %1. Prochain essai à %2.</numerusform>
            <numerusform>Pas encore envoyée (%Ln tentatives)&#xa0;: %1. Prochain essai à %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="333"/>
        <source>Not delivered: %1. Fix the address or the mail server, then resend the invitation.</source>
        <translation>Non remise&#xa0;: %1. Corrigez l&apos;adresse ou le serveur de messagerie, puis renvoyez l&apos;invitation.</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="345"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="347"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="349"/>
        <source>Invited by</source>
        <translation>Invitée par</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="351"/>
        <source>Invited</source>
        <translation>Invitée</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="353"/>
        <source>Mail</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../models/invitations/InvitationListModel.cpp" line="355"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
</context>
<context>
    <name>nacre::client::InvitationRedeemer</name>
    <message>
        <location filename="../models/invitations/InvitationRedeemer.cpp" line="90"/>
        <source>No invitation has this code. Check that you copied the whole link or code. If the invitation was sent again, only the newest mail works.</source>
        <translation>Aucune invitation n&apos;a ce code. Vérifiez que vous avez copié le lien ou le code en entier. Si l&apos;invitation a été renvoyée, seul le dernier e-mail fonctionne.</translation>
    </message>
</context>
<context>
    <name>nacre::client::MemberListModel</name>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="284"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="297"/>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="297"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="302"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="307"/>
        <source>Signs in with a second factor</source>
        <translation>Se connecte avec un second facteur</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="307"/>
        <source>Signs in with a password only</source>
        <translation>Se connecte avec un mot de passe seulement</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="331"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="333"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="335"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="337"/>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="339"/>
        <source>Joined</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../models/members/MemberListModel.cpp" line="341"/>
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>nacre::client::ProblemText</name>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="27"/>
        <source>an admin of “%1”</source>
        <translation>un administrateur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="28"/>
        <source>%1 or another admin of “%2”</source>
        <translation>%1 ou un autre administrateur de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="31"/>
        <source>This invitation to “%1” was already used. If you accepted it, sign in instead; otherwise ask %2 for a new one.</source>
        <translation>Cette invitation à «&#xa0;%1&#xa0;» a déjà été utilisée. Si vous l&apos;avez acceptée, connectez-vous&#xa0;; sinon demandez-en une nouvelle à %2.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="35"/>
        <source>This invitation to “%1” was withdrawn. Ask %2 whether you should still join.</source>
        <translation>Cette invitation à «&#xa0;%1&#xa0;» a été retirée. Demandez à %2 si vous devez toujours rejoindre l&apos;espace.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="39"/>
        <source>This invitation to “%1” expired on %2. Ask %3 to send a new one.</source>
        <translation>Cette invitation à «&#xa0;%1&#xa0;» a expiré le %2. Demandez à %3 d&apos;en envoyer une nouvelle.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="42"/>
        <source>This invitation can no longer be used. Ask whoever invited you for a new one.</source>
        <translation>Cette invitation ne peut plus être utilisée. Demandez-en une nouvelle à la personne qui vous a invité.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="49"/>
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n champ demande votre attention.</numerusform>
            <numerusform>%n champs demandent votre attention.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="59"/>
        <source>The server could not read the request. Nothing was changed.</source>
        <translation>Le serveur n&apos;a pas pu lire la requête. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="63"/>
        <source>The server does not accept the request in this form. Nothing was changed.</source>
        <translation>Le serveur n&apos;accepte pas la requête sous cette forme. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="66"/>
        <source>This is more than the server accepts at once (%1). Send less at a time.</source>
        <translation>C&apos;est plus que ce que le serveur accepte en une fois (%1). Envoyez-en moins à la fois.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="68"/>
        <source>This is more than the server accepts at once. Send less at a time.</source>
        <translation>C&apos;est plus que ce que le serveur accepte en une fois. Envoyez-en moins à la fois.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="70"/>
        <source>The request&apos;s headers were larger than the server accepts.</source>
        <translation>Les en-têtes de la requête dépassaient ce que le serveur accepte.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="72"/>
        <source>The request took too long to arrive. Check the connection and try again.</source>
        <translation>La requête a mis trop de temps à arriver. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="74"/>
        <source>Your session has ended. Sign in to continue.</source>
        <translation>Votre session a pris fin. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="76"/>
        <source>The email address or password is not right.</source>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="78"/>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Saisissez le code à 6 chiffres de votre application d&apos;authentification, ou l&apos;un de vos codes de récupération.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="80"/>
        <source>That code is not right or was already used. Wait for the next code and try again.</source>
        <translation>Ce code est incorrect ou a déjà été utilisé. Attendez le code suivant et réessayez.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="84"/>
        <source>You are not allowed to do this.</source>
        <translation>Vous n&apos;êtes pas autorisé à faire cela.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="87"/>
        <source>Your role does not include “%1”.</source>
        <translation>Votre rôle n&apos;inclut pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="88"/>
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="90"/>
        <source>You can only give access your own role includes.</source>
        <translation>Vous ne pouvez donner que les accès inclus dans votre propre rôle.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="92"/>
        <source>Only an Owner can do this.</source>
        <translation>Seul un Propriétaire peut faire cela.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="94"/>
        <source>Nobody can change their own role; ask another Owner or Admin.</source>
        <translation>Personne ne peut changer son propre rôle&#xa0;; demandez à un autre Propriétaire ou Administrateur.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="96"/>
        <source>To remove yourself, leave the workspace instead.</source>
        <translation>Pour vous retirer, quittez plutôt l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="98"/>
        <source>Built-in roles cannot be changed. Duplicate the role to make one you can change.</source>
        <translation>Les rôles intégrés ne peuvent pas être modifiés. Dupliquez le rôle pour en créer un modifiable.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="100"/>
        <source>A workspace needs at least one Owner. Make someone else an Owner first.</source>
        <translation>Un espace de travail doit avoir au moins un Propriétaire. Nommez d&apos;abord quelqu&apos;un d&apos;autre Propriétaire.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="103"/>
        <source>“%1” requires two-factor sign-in. Turn it on under Security, then try again.</source>
        <translation>«&#xa0;%1&#xa0;» exige la connexion à deux facteurs. Activez-la sous Sécurité, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="105"/>
        <source>This workspace requires two-factor sign-in. Turn it on under Security, then try again.</source>
        <translation>Cet espace de travail exige la connexion à deux facteurs. Activez-la sous Sécurité, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="107"/>
        <source>Turn on two-factor sign-in for your own account first (under Security), so the requirement does not lock you out.</source>
        <translation>Activez d&apos;abord la connexion à deux facteurs pour votre propre compte (sous Sécurité), afin que l&apos;exigence ne vous bloque pas.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="110"/>
        <source>An API key cannot do this; sign in to Nacre to do it.</source>
        <translation>Une clé d&apos;API ne peut pas faire cela&#xa0;; connectez-vous à Nacre pour le faire.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="112"/>
        <source>This no longer exists. It may have been removed by someone else.</source>
        <translation>Cet élément n&apos;existe plus. Quelqu&apos;un d&apos;autre l&apos;a peut-être supprimé.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="114"/>
        <source>The server does not offer this action here.</source>
        <translation>Le serveur ne propose pas cette action ici.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="116"/>
        <source>Someone else changed this at the same moment. Reload and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet élément au même moment. Rechargez et réessayez.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="118"/>
        <source>This server already has an owner. Sign in instead.</source>
        <translation>Ce serveur a déjà un propriétaire. Connectez-vous plutôt.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="120"/>
        <source>You are already a member of this workspace.</source>
        <translation>Vous êtes déjà membre de cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="122"/>
        <source>An account for %1 exists. Sign in to accept the invitation.</source>
        <translation>Un compte existe pour %1. Connectez-vous pour accepter l&apos;invitation.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="124"/>
        <source>Another account already uses %1.</source>
        <translation>Un autre compte utilise déjà %1.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="126"/>
        <source>This invitation is for %1. Sign in with that address to accept it.</source>
        <translation>Cette invitation est destinée à %1. Connectez-vous avec cette adresse pour l&apos;accepter.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="128"/>
        <location filename="../models/api/ProblemText.cpp" line="176"/>
        <source>A role with this name already exists in this workspace.</source>
        <translation>Un rôle portant ce nom existe déjà dans cet espace de travail.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="131"/>
        <source>%n pending invitation(s) offer this role. Revoke them first.</source>
        <translation>
            <numerusform>%n invitation en attente propose ce rôle. Révoquez-la d&apos;abord.</numerusform>
            <numerusform>%n invitations en attente proposent ce rôle. Révoquez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="132"/>
        <source>%n member(s) hold this role. Move them to another role first.</source>
        <translation>
            <numerusform>%n membre a ce rôle. Passez-le d&apos;abord à un autre rôle.</numerusform>
            <numerusform>%n membres ont ce rôle. Passez-les d&apos;abord à un autre rôle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="137"/>
        <source>%1 has a newer invitation to this workspace. Resend or revoke that one instead.</source>
        <translation>%1 a une invitation plus récente à cet espace de travail. Renvoyez ou révoquez plutôt celle-ci.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="140"/>
        <source>The person who invited you can no longer give this role. Ask a workspace admin for a new invitation.</source>
        <translation>La personne qui vous a invité ne peut plus donner ce rôle. Demandez une nouvelle invitation à un administrateur de l&apos;espace de travail.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="143"/>
        <source>This code is wrong, was already used, or is older than %n minute(s). Ask for a new one.</source>
        <translation>
            <numerusform>Ce code est incorrect, a déjà été utilisé ou date de plus de %n minute. Demandez-en un nouveau.</numerusform>
            <numerusform>Ce code est incorrect, a déjà été utilisé ou date de plus de %n minutes. Demandez-en un nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="146"/>
        <source>Two-factor sign-in is already on for this account.</source>
        <translation>La connexion à deux facteurs est déjà activée pour ce compte.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="148"/>
        <source>Start setting up two-factor sign-in first.</source>
        <translation>Commencez d&apos;abord à configurer la connexion à deux facteurs.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="150"/>
        <source>This was changed since you loaded it. Reload it and apply your change again.</source>
        <translation>Cet élément a été modifié depuis que vous l&apos;avez chargé. Rechargez-le et appliquez à nouveau votre modification.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="152"/>
        <source>The server needs to know which version you changed. Reload and try again.</source>
        <translation>Le serveur doit savoir quelle version vous avez modifiée. Rechargez et réessayez.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="154"/>
        <source>The server is busy or starting. Try again in a moment.</source>
        <translation>Le serveur est occupé ou en cours de démarrage. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="156"/>
        <source>The server ran into a problem. Nothing was changed.</source>
        <translation>Le serveur a rencontré un problème. Rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="163"/>
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="171"/>
        <source>Use at least %n characters; a passphrase of a few words is best.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère&#xa0;; une phrase de passe de quelques mots est idéale.</numerusform>
            <numerusform>Utilisez au moins %n caractères&#xa0;; une phrase de passe de quelques mots est idéale.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="174"/>
        <source>Choose from %1 to %2 minutes.</source>
        <translation>Choisissez entre %1 et %2 minutes.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="178"/>
        <source>Another account already uses this address.</source>
        <translation>Un autre compte utilise déjà cette adresse.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="180"/>
        <source>Invitations cannot give the Owner role by default. Choose another role.</source>
        <translation>Les invitations ne peuvent pas donner le rôle Propriétaire par défaut. Choisissez un autre rôle.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="187"/>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="188"/>
        <source>This value has the wrong type.</source>
        <translation>Cette valeur n&apos;a pas le bon type.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="189"/>
        <source>The server does not know this field.</source>
        <translation>Le serveur ne connaît pas ce champ.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="190"/>
        <source>This is too long.</source>
        <translation>C&apos;est trop long.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="191"/>
        <source>This is too short.</source>
        <translation>C&apos;est trop court.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="192"/>
        <source>This value is outside the allowed range.</source>
        <translation>Cette valeur est hors de la plage autorisée.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="193"/>
        <source>This contains characters that are not allowed.</source>
        <translation>Ceci contient des caractères non autorisés.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="194"/>
        <source>This is not a valid email address (name@example.com).</source>
        <translation>Ce n&apos;est pas une adresse e-mail valide (nom@example.com).</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="195"/>
        <source>This is not in the expected format.</source>
        <translation>Ce n&apos;est pas au format attendu.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="196"/>
        <source>This is not one of the allowed values.</source>
        <translation>Ce n&apos;est pas l&apos;une des valeurs autorisées.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="197"/>
        <source>This permission is not known to the server.</source>
        <translation>Le serveur ne connaît pas cette autorisation.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="198"/>
        <source>This value is already taken.</source>
        <translation>Cette valeur est déjà prise.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="199"/>
        <source>Type the exact name to confirm.</source>
        <translation>Saisissez le nom exact pour confirmer.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="200"/>
        <source>The password is not right.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="201"/>
        <source>That code is not right or was already used.</source>
        <translation>Ce code est incorrect ou a déjà été utilisé.</translation>
    </message>
    <message>
        <location filename="../models/api/ProblemText.cpp" line="202"/>
        <source>This value is not allowed here.</source>
        <translation>Cette valeur n&apos;est pas autorisée ici.</translation>
    </message>
</context>
<context>
    <name>nacre::client::RoleListModel</name>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="96"/>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="198"/>
        <source>%1 (built in)</source>
        <translation>%1 (intégré)</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="202"/>
        <source>Everything, and owner-only actions</source>
        <translation>Tout, y compris les actions réservées au propriétaire</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="203"/>
        <source>Every permission</source>
        <translation>Toutes les autorisations</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/roles/RoleListModel.cpp" line="204"/>
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n autorisation</numerusform>
            <numerusform>%n autorisations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="209"/>
        <source>Built-in roles cannot be edited or deleted.</source>
        <translation>Les rôles intégrés ne peuvent être ni modifiés ni supprimés.</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="210"/>
        <source>No permissions</source>
        <translation>Aucune autorisation</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="232"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="234"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../models/roles/RoleListModel.cpp" line="236"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
</context>
<context>
    <name>nacre::client::TokenStore</name>
    <message>
        <location filename="../models/credentials/TokenStore.cpp" line="16"/>
        <source>No keychain is available, so you will need to sign in again next time (%1).</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: vous devrez vous reconnecter la prochaine fois (%1).</translation>
    </message>
    <message>
        <location filename="../models/credentials/TokenStore.cpp" line="20"/>
        <source>The keychain refused access, so you will need to sign in again next time.</source>
        <translation>Le trousseau a refusé l&apos;accès&#xa0;: vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../models/credentials/TokenStore.cpp" line="22"/>
        <source>The keychain failed: %1</source>
        <translation>Le trousseau a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>nacre::client::WorkspaceSessionsModel</name>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="136"/>
        <source>%1 (this session)</source>
        <translation>%1 (cette session)</translation>
    </message>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="159"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="161"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="163"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="165"/>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../models/security/WorkspaceSessionsModel.cpp" line="167"/>
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ApiKeyRevealDialog</name>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="24"/>
        <source>API Key Created</source>
        <translation>Clé d&apos;API créée</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="25"/>
        <source>&lt;b&gt;Copy the key “%1” now.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Copiez maintenant la clé «&#xa0;%1&#xa0;».&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="26"/>
        <source>You will not see it again: Nacre keeps only a fingerprint of it. Give it to the program that needs it, and keep it as secret as a password. If it is lost, revoke it and make a new one.</source>
        <translation>Vous ne la reverrez pas&#xa0;: Nacre n&apos;en garde qu&apos;une empreinte. Donnez-la au programme qui en a besoin, et gardez-la aussi secrète qu&apos;un mot de passe. Si elle est perdue, révoquez-la et créez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="33"/>
        <source>API key secret</source>
        <translation>Secret de la clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="37"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="39"/>
        <source>Copy the key to the clipboard</source>
        <translation>Copier la clé dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="42"/>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeyRevealDialog.cpp" line="48"/>
        <source>I Have &amp;Saved It</source>
        <translation>Je l&apos;ai &amp;enregistrée</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ApiKeysPage</name>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="31"/>
        <source>API keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="34"/>
        <source>No API keys yet. Make one for each program that works with this workspace, so each can be revoked on its own.</source>
        <translation>Aucune clé d&apos;API pour l&apos;instant. Créez-en une pour chaque programme qui travaille avec cet espace de travail, pour pouvoir les révoquer séparément.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="38"/>
        <source>&amp;New API Key…</source>
        <translation>&amp;Nouvelle clé d&apos;API…</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="40"/>
        <source>Make a key for a program, with some of your permissions</source>
        <translation>Créer une clé pour un programme, avec une partie de vos autorisations</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="41"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="54"/>
        <source>API Keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="56"/>
        <source>Keys let programs act in this workspace, each with the permissions it was given (never more than its creator holds now). A key works only here, and what it changes is in the audit log under its name.</source>
        <translation>Les clés permettent à des programmes d&apos;agir dans cet espace de travail, chacune avec les autorisations qui lui ont été données (jamais plus que ce que son créateur détient actuellement). Une clé ne fonctionne qu&apos;ici, et ce qu&apos;elle modifie figure dans le journal d&apos;audit sous son nom.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="95"/>
        <source>Stop the selected key from working, at once and for good</source>
        <translation>Empêcher la clé sélectionnée de fonctionner, immédiatement et définitivement</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="95"/>
        <source>Select a key first.</source>
        <translation>Sélectionnez d&apos;abord une clé.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="105"/>
        <source>API key “%1” created.</source>
        <translation>Clé d&apos;API «&#xa0;%1&#xa0;» créée.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="116"/>
        <source>Revoke API Key</source>
        <translation>Révoquer la clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="117"/>
        <source>Revoke “%1”? Programs that use it are refused from now on. This cannot be undone.</source>
        <translation>Révoquer «&#xa0;%1&#xa0;»&#xa0;? Les programmes qui l&apos;utilisent seront refusés dès maintenant. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/ApiKeysPage.cpp" line="126"/>
        <source>API key “%1” revoked.</source>
        <translation>Clé d&apos;API «&#xa0;%1&#xa0;» révoquée.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::AppController</name>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="45"/>
        <source>Could not load your workspaces: %1</source>
        <translation>Impossible de charger vos espaces de travail&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="72"/>
        <source>Cannot Reach the Server</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="73"/>
        <source>Nacre could not reach %1.

%2</source>
        <translation>Nacre n&apos;a pas pu joindre %1.

%2</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="100"/>
        <source>You were signed out because nobody used Nacre for a while. Sign in to go on; nothing you typed is lost.</source>
        <translation>Vous avez été déconnecté parce que personne n&apos;a utilisé Nacre depuis un moment. Connectez-vous pour continuer&#xa0;; rien de ce que vous avez saisi n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="175"/>
        <source>Link Not Recognized</source>
        <translation>Lien non reconnu</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="176"/>
        <source>Nacre was opened with a link it does not know:
%1</source>
        <translation>Nacre a été ouvert avec un lien qu&apos;il ne connaît pas&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="201"/>
        <source>This invitation is for a workspace on %1.</source>
        <translation>Cette invitation concerne un espace de travail sur %1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="202"/>
        <source>This password reset code is for %1.</source>
        <translation>Ce code de réinitialisation du mot de passe concerne %1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="203"/>
        <source>Connect to Another Server?</source>
        <translation>Se connecter à un autre serveur&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="205"/>
        <source>Nacre is connected to %1. Connect to %2 instead? You can come back with “Change Server” when signing in.</source>
        <translation>Nacre est connecté à %1. Se connecter plutôt à %2&#xa0;? Vous pourrez revenir avec «&#xa0;Changer de serveur&#xa0;» lors de la connexion.</translation>
    </message>
    <message>
        <location filename="../ui/shell/AppController.cpp" line="349"/>
        <source>Connected again.</source>
        <translation>Connexion rétablie.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::Appearance</name>
    <message>
        <location filename="../ui/theme/Appearance.cpp" line="24"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../ui/theme/Appearance.cpp" line="25"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/theme/Appearance.cpp" line="26"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>nacre::ui::AuditLogPage</name>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="40"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="42"/>
        <source>Only events on or after this day</source>
        <translation>Seulement les événements de ce jour ou après</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="45"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="48"/>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="50"/>
        <source>Only events on or before this day</source>
        <translation>Seulement les événements de ce jour ou avant</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="53"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="59"/>
        <source>Kind of event</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="60"/>
        <source>Show one kind of event</source>
        <translation>Afficher un seul type d&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="61"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="70"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="71"/>
        <source>Show what one actor did: you, the system, or a member or API key the log names</source>
        <translation>Afficher ce qu&apos;un acteur a fait&#xa0;: vous, le système, ou un membre ou une clé d&apos;API que le journal nomme</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="72"/>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="74"/>
        <source>Me</source>
        <extracomment>In the audit log&apos;s &quot;who&quot; filter: events made by the signed-in person.</extracomment>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="75"/>
        <source>The system</source>
        <translation>Le système</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="80"/>
        <source>Show &amp;All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="82"/>
        <source>Show the events about everything again</source>
        <translation>Afficher de nouveau les événements de tous les éléments</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="89"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="96"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="98"/>
        <source>Save every event the filters select as a CSV file</source>
        <translation>Enregistrer dans un fichier CSV tous les événements retenus par les filtres</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="99"/>
        <source>&amp;Verify Integrity</source>
        <translation>&amp;Vérifier l&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="101"/>
        <source>Check that no event of this workspace was changed, removed or slipped in</source>
        <translation>Vérifier qu&apos;aucun événement de cet espace de travail n&apos;a été modifié, supprimé ou glissé en plus</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="128"/>
        <source>Audit Log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="130"/>
        <source>Every change in this workspace, newest first: who made it, from where, and what it was before and after. Events are kept and cannot be edited; Verify Integrity proves it.</source>
        <translation>Chaque modification de cet espace de travail, de la plus récente à la plus ancienne&#xa0;: qui l&apos;a faite, d&apos;où, et ce qui était avant et après. Les événements sont conservés et ne peuvent pas être modifiés&#xa0;; Vérifier l&apos;intégrité le prouve.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="188"/>
        <source>Events about %1</source>
        <translation>Événements concernant %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="224"/>
        <source>Your role does not include viewing the audit log.</source>
        <translation>Votre rôle n&apos;inclut pas la consultation du journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="226"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogPage.cpp" line="228"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="238"/>
        <location filename="../ui/audit/AuditLogPage.cpp" line="248"/>
        <source>Export Audit Log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="238"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="246"/>
        <source>Exporting the audit log…</source>
        <translation>Export du journal d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="246"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="263"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="272"/>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="273"/>
        <source>The audit log could not be exported to %1: %2</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être exporté vers %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogPage.cpp" line="276"/>
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n événement exporté vers %1.</numerusform>
            <numerusform>%n événements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="283"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogPage.cpp" line="292"/>
        <source>Intact: all %n event(s) are as they were written.</source>
        <translation>
            <numerusform>Intègre&#xa0;: %n événement est tel qu&apos;il a été écrit.</numerusform>
            <numerusform>Intègre&#xa0;: les %n événements sont tels qu&apos;ils ont été écrits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="297"/>
        <source>events from number %1 on are missing (deleted)</source>
        <translation>les événements à partir du numéro %1 manquent (supprimés)</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="298"/>
        <source>an event was added outside the log</source>
        <translation>un événement a été ajouté en dehors du journal</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="299"/>
        <source>event number %1 was changed after it was written</source>
        <translation>l&apos;événement numéro %1 a été modifié après avoir été écrit</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogPage.cpp" line="301"/>
        <source>Not intact: %1. The %n event(s) before it check out.</source>
        <translation>
            <numerusform>Non intègre&#xa0;: %1. %n événement qui précède est vérifié.</numerusform>
            <numerusform>Non intègre&#xa0;: %1. Les %n événements qui précèdent sont vérifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::BatchDialog</name>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="38"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="42"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="42"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="42"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="51"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/BatchDialog.cpp" line="86"/>
        <source>All %Ln change(s) made.</source>
        <translation>
            <numerusform>%Ln modification effectuée.</numerusform>
            <numerusform>Les %Ln modifications ont été effectuées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="87"/>
        <source>%1 done, %2 not done — see the reasons below.</source>
        <translation>%1 effectuées, %2 non effectuées — voir les raisons ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/BatchDialog.cpp" line="88"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln modification</numerusform>
            <numerusform>%Ln modifications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="101"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../ui/users/BatchDialog.cpp" line="114"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ChangeRoleCommand</name>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="16"/>
        <source>Change &amp;Role</source>
        <translation>Changer le &amp;rôle</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="16"/>
        <source>Give the selected members another role</source>
        <translation>Donner un autre rôle aux membres sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="52"/>
        <source>Give the selected members the role “%1”</source>
        <translation>Donner le rôle «&#xa0;%1&#xa0;» aux membres sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="67"/>
        <source>Make Owner</source>
        <translation>Nommer Propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="68"/>
        <source>Make %1 an Owner? Owners can do everything, including deleting the workspace and changing other Owners.</source>
        <translation>Nommer %1 Propriétaire&#xa0;? Les Propriétaires peuvent tout faire, y compris supprimer l&apos;espace de travail et modifier les autres Propriétaires.</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="77"/>
        <source>Give More Access?</source>
        <translation>Donner plus d&apos;accès&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="78"/>
        <source>Give %1 the role “%2”? They gain: %3.</source>
        <translation>Donner à %1 le rôle «&#xa0;%2&#xa0;»&#xa0;? Ajouts&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="101"/>
        <source>Role Not Changed</source>
        <translation>Rôle non changé</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="102"/>
        <source>%1 keeps the role “%2”: %3</source>
        <translation>%1 garde le rôle «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="107"/>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="127"/>
        <source>Give %Ln member(s) the role “%1”. Review the changes, then apply them.</source>
        <translation>
            <numerusform>Donner le rôle «&#xa0;%1&#xa0;» à %Ln membre. Vérifiez les modifications, puis appliquez-les.</numerusform>
            <numerusform>Donner le rôle «&#xa0;%1&#xa0;» à %Ln membres. Vérifiez les modifications, puis appliquez-les.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="131"/>
        <source>%Ln of them gain permissions they do not have now.</source>
        <translation>
            <numerusform>%Ln d&apos;entre eux obtient des autorisations qu&apos;il n&apos;a pas actuellement.</numerusform>
            <numerusform>%Ln d&apos;entre eux obtiennent des autorisations qu&apos;ils n&apos;ont pas actuellement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="134"/>
        <source>Change Role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="134"/>
        <source>Change %Ln Role(s)</source>
        <translation>
            <numerusform>Changer %Ln rôle</numerusform>
            <numerusform>Changer %Ln rôles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="138"/>
        <source>Now %1</source>
        <translation>Désormais %1</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ConnectServerDialog</name>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="24"/>
        <source>Connect to Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="26"/>
        <source>The server &amp;built into Nacre, on this computer</source>
        <translation>Le serveur &amp;intégré à Nacre, sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="29"/>
        <source>&amp;Let others on this network join</source>
        <translation>&amp;Permettre aux autres sur ce réseau de rejoindre</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="31"/>
        <source>The built-in server also listens on this computer’s network address, so people you invite can open their links and sign in from their computers while Nacre runs here.</source>
        <translation>Le serveur intégré écoute aussi sur l&apos;adresse réseau de cet ordinateur, pour que les personnes invitées puissent ouvrir leurs liens et se connecter depuis leurs ordinateurs pendant que Nacre tourne ici.</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="36"/>
        <source>This computer has no network address now: invitation links will only open here.</source>
        <translation>Cet ordinateur n&apos;a pas d&apos;adresse réseau pour l&apos;instant&#xa0;: les liens d&apos;invitation ne s&apos;ouvriront qu&apos;ici.</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="37"/>
        <source>Others use &lt;b&gt;http://%1:%2&lt;/b&gt;. The connection is not encrypted: for a team across networks, run a shared nacred with https (see the README).</source>
        <translation>Les autres utilisent &lt;b&gt;http://%1:%2&lt;/b&gt;. La connexion n&apos;est pas chiffrée&#xa0;: pour une équipe répartie sur plusieurs réseaux, utilisez un nacred partagé en https (voir le README).</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="43"/>
        <source>A &amp;Nacre server at:</source>
        <translation>Un serveur &amp;Nacre à l&apos;adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="47"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="48"/>
        <source>https://nacre.example.com</source>
        <translation>https://nacre.example.com</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="49"/>
        <source>The address your administrator gave you, starting with http:// or https://</source>
        <translation>L&apos;adresse donnée par votre administrateur, commençant par http:// ou https://</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="50"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="62"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="64"/>
        <source>Nacre restarts to connect to the chosen server</source>
        <translation>Nacre redémarre pour se connecter au serveur choisi</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="118"/>
        <source>Enter an address that starts with http:// or https://, as in https://nacre.example.com</source>
        <translation>Saisissez une adresse commençant par http:// ou https://, comme https://nacre.example.com</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="125"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="132"/>
        <source>Something answered there, but it is not a Nacre server.</source>
        <translation>Quelque chose a répondu, mais ce n&apos;est pas un serveur Nacre.</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="136"/>
        <source>Connected: Nacre server %1, not set up yet.</source>
        <translation>Connecté&#xa0;: serveur Nacre %1, pas encore configuré.</translation>
    </message>
    <message>
        <location filename="../ui/auth/ConnectServerDialog.cpp" line="137"/>
        <source>Connected: Nacre server %1.</source>
        <translation>Connecté&#xa0;: serveur Nacre %1.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::CopyInvitationLinkCommand</name>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="15"/>
        <source>Copy &amp;Link…</source>
        <translation>Copier le &amp;lien…</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="16"/>
        <source>Make a new invitation link to hand over another way (the emailed link stops working)</source>
        <translation>Créer un nouveau lien d&apos;invitation à transmettre autrement (le lien envoyé par e-mail cesse de fonctionner)</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="28"/>
        <source>Copy Invitation Link</source>
        <translation>Copier le lien d&apos;invitation</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="29"/>
        <source>Make a new link for %1 and copy it? Anyone with the link can join as %1, so share it only with them. The link in the email sent earlier stops working.</source>
        <translation>Créer un nouveau lien pour %1 et le copier&#xa0;? Toute personne disposant du lien peut rejoindre l&apos;espace en tant que %1&#xa0;: ne le partagez qu&apos;avec cette personne. Le lien de l&apos;e-mail envoyé précédemment cesse de fonctionner.</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="39"/>
        <source>No Link Made</source>
        <translation>Aucun lien créé</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/CopyInvitationLinkCommand.cpp" line="43"/>
        <source>Invitation link for %1 copied to the clipboard.</source>
        <translation>Lien d&apos;invitation pour %1 copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::CreateApiKeyDialog</name>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="26"/>
        <source>New API Key</source>
        <translation>Nouvelle clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="29"/>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="30"/>
        <source>What uses it, such as CRM sync</source>
        <translation>Ce qui l&apos;utilise, par exemple Synchro CRM</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="37"/>
        <source>&amp;Expires on</source>
        <translation>&amp;Expire le</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="40"/>
        <source>A key that expires stops working on its own; one that never does lasts until revoked</source>
        <translation>Une clé qui expire cesse de fonctionner d&apos;elle-même&#xa0;; une clé sans expiration dure jusqu&apos;à sa révocation</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="43"/>
        <source>Expiry day</source>
        <translation>Jour d&apos;expiration</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="52"/>
        <source>&amp;Create Key</source>
        <translation>&amp;Créer la clé</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="64"/>
        <source>A key lets a program act in this workspace with the permissions you choose here (at most your own). It stops working when revoked or expired, and narrows with your role if you lose a permission.</source>
        <translation>Une clé permet à un programme d&apos;agir dans cet espace de travail avec les autorisations que vous choisissez ici (au plus les vôtres). Elle cesse de fonctionner une fois révoquée ou expirée, et se restreint avec votre rôle si vous perdez une autorisation.</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="88"/>
        <source>Create the key and show its secret once</source>
        <translation>Créer la clé et afficher son secret une seule fois</translation>
    </message>
    <message>
        <location filename="../ui/apikeys/CreateApiKeyDialog.cpp" line="89"/>
        <source>Give the key a name and at least one permission</source>
        <translation>Donnez un nom à la clé et au moins une autorisation</translation>
    </message>
</context>
<context>
    <name>nacre::ui::CreateRoleCommand</name>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="37"/>
        <source>&amp;Create Role…</source>
        <translation>&amp;Créer un rôle…</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="37"/>
        <source>Define a role from the permission catalog</source>
        <translation>Définir un rôle à partir du catalogue des autorisations</translation>
    </message>
</context>
<context>
    <name>nacre::ui::CreateWorkspaceDialog</name>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="23"/>
        <source>Create New Workspace</source>
        <translation>Créer un espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="26"/>
        <source>A workspace is an isolated environment with its own Pearls, members, settings, billing and logs. It has its own subscription and is billed separately.</source>
        <translation>Un espace de travail est un environnement isolé avec ses propres Pearls, membres, paramètres, facturation et journaux. Il a son propre abonnement et est facturé séparément.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="29"/>
        <source>Workspace &amp;name:</source>
        <translation>&amp;Nom de l&apos;espace de travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="32"/>
        <source>Workspace name</source>
        <translation>Nom de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="43"/>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="82"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="77"/>
        <source>You already belong to a workspace named “%1”. Two with one name are easy to mix up; consider another name.</source>
        <translation>Vous faites déjà partie d&apos;un espace de travail nommé «&#xa0;%1&#xa0;». Deux espaces portant le même nom se confondent facilement&#xa0;; envisagez un autre nom.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/CreateWorkspaceDialog.cpp" line="82"/>
        <source>&amp;Create Anyway</source>
        <translation>&amp;Créer quand même</translation>
    </message>
</context>
<context>
    <name>nacre::ui::DeleteRoleCommand</name>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="10"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="10"/>
        <source>Delete the role (only when nobody holds it)</source>
        <translation>Supprimer le rôle (seulement si personne ne l&apos;a)</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="29"/>
        <source>Delete Role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="30"/>
        <source>Delete the role “%1”? This cannot be undone.</source>
        <translation>Supprimer le rôle «&#xa0;%1&#xa0;»&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="36"/>
        <source>Role Not Deleted</source>
        <translation>Rôle non supprimé</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="38"/>
        <source>Role deleted.</source>
        <translation>Rôle supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/roles/DeleteRoleCommand.cpp" line="50"/>
        <source>Role “%1” deleted; its members now have “%2”.</source>
        <translation>Rôle «&#xa0;%1&#xa0;» supprimé&#xa0;; ses membres ont maintenant «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>nacre::ui::DeleteWorkspaceDialog</name>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="20"/>
        <source>Delete Workspace</source>
        <translation>Supprimer l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="23"/>
        <source>&lt;p&gt;&lt;b&gt;Deleting “%1” is permanent and cannot be undone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its members, roles, invitations, settings, subscription and audit log are all removed. Members keep their accounts and their other workspaces.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La suppression de «&#xa0;%1&#xa0;» est définitive et irréversible.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ses membres, rôles, invitations, paramètres, abonnement et journal d&apos;audit sont tous supprimés. Les membres gardent leurs comptes et leurs autres espaces de travail.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="29"/>
        <source>Type the workspace&apos;s name to confirm:</source>
        <translation>Saisissez le nom de l&apos;espace de travail pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="33"/>
        <source>Workspace name, to confirm</source>
        <translation>Nom de l&apos;espace de travail, pour confirmer</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="37"/>
        <source>&amp;Delete Workspace</source>
        <translation>&amp;Supprimer l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/settings/DeleteWorkspaceDialog.cpp" line="40"/>
        <source>Type the exact workspace name to enable</source>
        <translation>Saisissez le nom exact de l&apos;espace de travail pour activer</translation>
    </message>
</context>
<context>
    <name>nacre::ui::DuplicateRoleCommand</name>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="70"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="70"/>
        <source>Start a new role from this one</source>
        <translation>Créer un nouveau rôle à partir de celui-ci</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="79"/>
        <source>Select a role first.</source>
        <translation>Sélectionnez d&apos;abord un rôle.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::EditRoleCommand</name>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="54"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="54"/>
        <source>Rename the role or change its permissions</source>
        <translation>Renommer le rôle ou changer ses autorisations</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ExportMembersCommand</name>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="16"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="16"/>
        <source>Save the members shown (search and filter applied) as a CSV file</source>
        <translation>Enregistrer les membres affichés (recherche et filtre appliqués) dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="28"/>
        <source>An export is under way.</source>
        <translation>Un export est en cours.</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="29"/>
        <source>No members to export.</source>
        <translation>Aucun membre à exporter.</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="36"/>
        <source>Export Members</source>
        <translation>Exporter les membres</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="36"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="47"/>
        <source>Exporting members: %1 of %2…</source>
        <translation>Export des membres&#xa0;: %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="54"/>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="55"/>
        <source>The members could not be exported to %1: %2</source>
        <translation>Les membres n&apos;ont pas pu être exportés vers %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="58"/>
        <source>Exported %Ln member(s) to %1.</source>
        <translation>
            <numerusform>%Ln membre exporté vers %1.</numerusform>
            <numerusform>%Ln membres exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::GeneralSettingsPage</name>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="40"/>
        <source>General Settings</source>
        <translation>Paramètres généraux</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="53"/>
        <source>Workspace name</source>
        <translation>Nom de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="54"/>
        <source>The name visible to all members of the workspace</source>
        <translation>Le nom visible par tous les membres de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="57"/>
        <source>Billing email</source>
        <translation>E-mail de facturation</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="58"/>
        <source>Used for invoices, receipts and payment-related notifications</source>
        <translation>Utilisé pour les factures, les reçus et les notifications liées aux paiements</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="59"/>
        <source>billing@example.com</source>
        <translation>facturation@example.com</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="62"/>
        <source>Notifications email</source>
        <translation>E-mail de notifications</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="63"/>
        <source>Where important alerts and workspace notifications are sent</source>
        <translation>Où sont envoyées les alertes importantes et les notifications de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="64"/>
        <source>alerts@example.com</source>
        <translation>alertes@example.com</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="65"/>
        <source>Receive product news, feature updates and occasional announcements</source>
        <translation>Recevoir les nouveautés du produit, les mises à jour des fonctionnalités et des annonces occasionnelles</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="71"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="74"/>
        <source>Workspace &amp;name:</source>
        <translation>&amp;Nom de l&apos;espace de travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="75"/>
        <source>&amp;Billing email:</source>
        <translation>E-mail de &amp;facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="76"/>
        <source>N&amp;otifications email:</source>
        <translation>E-mail de n&amp;otifications&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="78"/>
        <source>Newsletter:</source>
        <translation>Newsletter&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="83"/>
        <source>Default role for invitations</source>
        <translation>Rôle par défaut des invitations</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="84"/>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="330"/>
        <source>The role the Invite dialog offers first. Give people the least access they need; Owner is never offered.</source>
        <translation>Le rôle que la boîte d&apos;invitation propose en premier. Donnez aux personnes le minimum d&apos;accès nécessaire&#xa0;; Propriétaire n&apos;est jamais proposé.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="88"/>
        <source>&amp;Invite as:</source>
        <translation>&amp;Inviter en tant que&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="89"/>
        <source>the role new invitations offer first</source>
        <translation>le rôle que les nouvelles invitations proposent en premier</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="94"/>
        <source>Session timeout in minutes</source>
        <translation>Délai d&apos;expiration de session en minutes</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="98"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="100"/>
        <source>How long a session stays active before it expires due to inactivity (%1 to %2 minutes)</source>
        <translation>Durée pendant laquelle une session reste active avant d&apos;expirer par inactivité (de %1 à %2 minutes)</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="106"/>
        <source>Call recordings can be opened by anyone with a shared link</source>
        <translation>Les enregistrements d&apos;appels peuvent être ouverts par toute personne disposant d&apos;un lien partagé</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="109"/>
        <source>Security and sessions</source>
        <translation>Sécurité et sessions</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="111"/>
        <source>Session &amp;timeout:</source>
        <translation>Délai d&apos;expiration de &amp;session&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="114"/>
        <source>%1 to %2 minutes (3 days)</source>
        <translation>De %1 à %2 minutes (3 jours)</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="116"/>
        <source>Public recordings:</source>
        <translation>Enregistrements publics&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="118"/>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="120"/>
        <source>Discard your changes and show the saved settings</source>
        <translation>Abandonner vos modifications et afficher les paramètres enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="121"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="127"/>
        <source>Danger zone</source>
        <translation>Zone de danger</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="129"/>
        <source>&amp;Delete Workspace…</source>
        <translation>&amp;Supprimer l&apos;espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="131"/>
        <source>Permanently delete the workspace and all associated data</source>
        <translation>Supprimer définitivement l&apos;espace de travail et toutes les données associées</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="136"/>
        <source>Deleting a workspace is permanent and cannot be undone. All associated data is removed.</source>
        <translation>La suppression d&apos;un espace de travail est définitive et irréversible. Toutes les données associées sont supprimées.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="142"/>
        <source>Your membership</source>
        <translation>Votre adhésion</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="144"/>
        <source>&amp;Leave Workspace…</source>
        <translation>&amp;Quitter l&apos;espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="146"/>
        <source>Stop being a member of this workspace; an admin can invite you again</source>
        <translation>Ne plus être membre de cet espace de travail&#xa0;; un administrateur pourra vous inviter à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="148"/>
        <source>Leaving takes away your access to this workspace. It stays as it is for everyone else.</source>
        <translation>En partant, vous perdez l&apos;accès à cet espace de travail. Il reste tel quel pour tous les autres.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="193"/>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="211"/>
        <source>Settings of “%1”. They apply to everyone in this workspace.</source>
        <translation>Paramètres de «&#xa0;%1&#xa0;». Ils s&apos;appliquent à tous dans cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="221"/>
        <source>You can view these settings but not change them: your role does not include “%1” or “%2”.</source>
        <translation>Vous pouvez voir ces paramètres mais pas les modifier&#xa0;: votre rôle n&apos;inclut ni «&#xa0;%1&#xa0;» ni «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="224"/>
        <source>Some settings are read-only for you: your role does not include “%1”.</source>
        <translation>Certains paramètres sont en lecture seule pour vous&#xa0;: votre rôle n&apos;inclut pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="332"/>
        <source>Choosing the default role needs the “%1” permission.</source>
        <translation>Le choix du rôle par défaut nécessite l&apos;autorisation «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="347"/>
        <source>Nothing to save</source>
        <translation>Rien à enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="348"/>
        <source>Correct the highlighted fields first</source>
        <translation>Corrigez d&apos;abord les champs mis en évidence</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="349"/>
        <source>Save the changes for everyone in the workspace</source>
        <translation>Enregistrer les modifications pour tout l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="390"/>
        <source>Settings Changed Elsewhere</source>
        <translation>Paramètres modifiés ailleurs</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="391"/>
        <source>Someone else changed this workspace&apos;s settings while you were editing.

Discard to load their version (your changes are lost), Save to overwrite with your changes, or Cancel to keep editing.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié les paramètres de cet espace de travail pendant que vous les modifiiez.

Abandonner pour charger leur version (vos modifications sont perdues), Enregistrer pour écraser avec vos modifications, ou Annuler pour continuer à modifier.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="428"/>
        <source>Leave Workspace</source>
        <translation>Quitter l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="429"/>
        <source>Leave “%1”? You lose access to it until someone invites you again.</source>
        <translation>Quitter «&#xa0;%1&#xa0;»&#xa0;? Vous perdez l&apos;accès jusqu&apos;à ce que quelqu&apos;un vous invite à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="437"/>
        <source>You Are Still a Member</source>
        <translation>Vous êtes toujours membre</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="439"/>
        <source>You are the workspace&apos;s only Owner. Make someone else an Owner before you leave.</source>
        <translation>Vous êtes le seul Propriétaire de l&apos;espace de travail. Nommez quelqu&apos;un d&apos;autre Propriétaire avant de partir.</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="443"/>
        <source>You left “%1”.</source>
        <translation>Vous avez quitté «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="458"/>
        <source>Workspace Not Deleted</source>
        <translation>Espace de travail non supprimé</translation>
    </message>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="461"/>
        <source>The workspace was deleted.</source>
        <translation>L&apos;espace de travail a été supprimé.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::HelpMenu</name>
    <message>
        <location filename="../ui/shell/HelpMenu.cpp" line="14"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpMenu.cpp" line="18"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpMenu.cpp" line="25"/>
        <source>&amp;About Nacre</source>
        <translation>À &amp;propos de Nacre</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpMenu.cpp" line="39"/>
        <source>About Nacre</source>
        <translation>À propos de Nacre</translation>
    </message>
    <message>
        <location filename="../ui/shell/HelpMenu.cpp" line="40"/>
        <source>&lt;p&gt;&lt;b&gt;Nacre %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The console for a Pearls workspace: who is in it, what each person may do, and how it is set up.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nacre %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;La console d&apos;un espace de travail Pearls&#xa0;: qui en fait partie, ce que chacun peut faire et comment il est configuré.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nacre::ui::IdleBanner</name>
    <message>
        <location filename="../ui/shell/IdleBanner.cpp" line="25"/>
        <source>&amp;Stay Signed In</source>
        <translation>&amp;Rester connecté</translation>
    </message>
    <message>
        <location filename="../ui/shell/IdleBanner.cpp" line="27"/>
        <source>Tell the server you are still here; the countdown starts again.</source>
        <translation>Indiquer au serveur que vous êtes toujours là&#xa0;; le compte à rebours recommence.</translation>
    </message>
    <message>
        <location filename="../ui/shell/IdleBanner.cpp" line="42"/>
        <source>Nobody has used Nacre for a while. For your security you will be signed out in %1; anything you have not saved stays in the window.</source>
        <translation>Personne n&apos;a utilisé Nacre depuis un moment. Pour votre sécurité, vous serez déconnecté dans %1&#xa0;; ce que vous n&apos;avez pas enregistré reste dans la fenêtre.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::InvitationCommand</name>
    <message>
        <location filename="../ui/users/invitations/InvitationCommand.cpp" line="23"/>
        <source>Select one invitation first.</source>
        <translation>Sélectionnez d&apos;abord une invitation.</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/InvitationCommand.cpp" line="24"/>
        <source>Select one or more invitations first.</source>
        <translation>Sélectionnez d&apos;abord une ou plusieurs invitations.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/invitations/InvitationCommand.cpp" line="38"/>
        <source>%1: %Ln invitation(s).</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln invitation.</numerusform>
            <numerusform>%1&#xa0;: %Ln invitations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/invitations/InvitationCommand.cpp" line="45"/>
        <source>%Ln invitation(s) done. Not done:</source>
        <translation>
            <numerusform>%Ln invitation traitée. Non traitées&#xa0;:</numerusform>
            <numerusform>%Ln invitations traitées. Non traitées&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::InvitationsTab</name>
    <message>
        <location filename="../ui/users/InvitationsTab.cpp" line="56"/>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location filename="../ui/users/InvitationsTab.cpp" line="62"/>
        <source>No invitations are waiting. The people you invite appear here until they join, so you can resend or withdraw an invitation.</source>
        <translation>Aucune invitation en attente. Les personnes que vous invitez apparaissent ici jusqu&apos;à ce qu&apos;elles rejoignent l&apos;espace, pour que vous puissiez renvoyer ou retirer une invitation.</translation>
    </message>
    <message>
        <location filename="../ui/users/InvitationsTab.cpp" line="64"/>
        <source>Invite Users…</source>
        <translation>Inviter des utilisateurs…</translation>
    </message>
    <message>
        <location filename="../ui/users/InvitationsTab.cpp" line="93"/>
        <source>the invitation for %1</source>
        <translation>l&apos;invitation pour %1</translation>
    </message>
</context>
<context>
    <name>nacre::ui::InviteCommand</name>
    <message>
        <location filename="../ui/users/invitations/InviteCommand.cpp" line="13"/>
        <source>&amp;Invite User…</source>
        <translation>&amp;Inviter un utilisateur…</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/InviteCommand.cpp" line="13"/>
        <source>Invite people to this workspace by email</source>
        <translation>Inviter des personnes dans cet espace de travail par e-mail</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/InviteCommand.cpp" line="34"/>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/invitations/InviteCommand.cpp" line="44"/>
        <source>%Ln invitation(s) sent.</source>
        <translation>
            <numerusform>%Ln invitation envoyée.</numerusform>
            <numerusform>%Ln invitations envoyées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::InviteDialog</name>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="35"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="37"/>
        <source>will be invited</source>
        <translation>sera invité</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="39"/>
        <location filename="../ui/users/InviteDialog.cpp" line="289"/>
        <source>already a member</source>
        <translation>déjà membre</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="41"/>
        <location filename="../ui/users/InviteDialog.cpp" line="293"/>
        <source>already invited</source>
        <translation>déjà invité</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="72"/>
        <source>Invite User</source>
        <translation>Inviter un utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="76"/>
        <source>Enter one or more email addresses, separated by commas, spaces or new lines. Forms like &lt;i&gt;Ann Lee &amp;lt;ann@example.com&amp;gt;&lt;/i&gt; work too.</source>
        <translation>Saisissez une ou plusieurs adresses e-mail, séparées par des virgules, des espaces ou des retours à la ligne. Les formes comme &lt;i&gt;Ann Lee &amp;lt;ann@example.com&amp;gt;&lt;/i&gt; fonctionnent aussi.</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="81"/>
        <source>Email addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="82"/>
        <source>ann@example.com, Bo Ek &lt;bo@example.com&gt;</source>
        <translation>ann@example.com, Bo Ek &lt;bo@example.com&gt;</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="87"/>
        <source>Addresses found</source>
        <translation>Adresses trouvées</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="88"/>
        <source>Select an address and press Delete to leave it out</source>
        <translation>Sélectionnez une adresse et appuyez sur Suppr pour l&apos;écarter</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="100"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="101"/>
        <source>Only the roles you may give are offered</source>
        <translation>Seuls les rôles que vous pouvez donner sont proposés</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="108"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="110"/>
        <source>Import &amp;CSV…</source>
        <translation>Importer un &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="112"/>
        <source>Add the addresses found in a CSV file, in any column</source>
        <translation>Ajouter les adresses trouvées dans un fichier CSV, dans n&apos;importe quelle colonne</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="133"/>
        <source>Invitation links point at this computer (%1), so people on other computers cannot open them. To let them join, sign out, choose Change Server… and tick “Let others on this network join”, or run a shared nacred server (see the README).</source>
        <translation>Les liens d&apos;invitation pointent vers cet ordinateur (%1)&#xa0;: les personnes sur d&apos;autres ordinateurs ne peuvent pas les ouvrir. Pour leur permettre de rejoindre l&apos;espace, déconnectez-vous, choisissez Changer de serveur… et cochez «&#xa0;Permettre aux autres sur ce réseau de rejoindre&#xa0;», ou utilisez un serveur nacred partagé (voir le README).</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="153"/>
        <source>Invitation results</source>
        <translation>Résultats des invitations</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="157"/>
        <source>What happened to each address:</source>
        <translation>Ce qui est arrivé à chaque adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="165"/>
        <location filename="../ui/users/InviteDialog.cpp" line="215"/>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="202"/>
        <source> (given %1 times)</source>
        <translation> (saisie %1 fois)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="215"/>
        <source>Invite %Ln person(s)</source>
        <translation>
            <numerusform>Inviter %Ln personne</numerusform>
            <numerusform>Inviter %Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="219"/>
        <source>%Ln already a member</source>
        <translation>
            <numerusform>%Ln déjà membre</numerusform>
            <numerusform>%Ln déjà membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="221"/>
        <source>%Ln already invited</source>
        <translation>
            <numerusform>%Ln déjà invitée</numerusform>
            <numerusform>%Ln déjà invitées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="223"/>
        <source>%Ln not valid</source>
        <translation>
            <numerusform>%Ln non valide</numerusform>
            <numerusform>%Ln non valides</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="228"/>
        <source>Your role cannot give any role in this workspace, so you cannot invite anyone.</source>
        <translation>Votre rôle ne peut donner aucun rôle dans cet espace de travail&#xa0;: vous ne pouvez inviter personne.</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="237"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="252"/>
        <source>Import Addresses</source>
        <translation>Importer des adresses</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="252"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="284"/>
        <source>invited: an invitation email is on its way</source>
        <translation>invitée&#xa0;: un e-mail d&apos;invitation est en route</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="297"/>
        <source>not a valid address</source>
        <translation>adresse non valide</translation>
    </message>
    <message>
        <location filename="../ui/users/InviteDialog.cpp" line="305"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>nacre::ui::JoinDialog</name>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="51"/>
        <source>Join a Workspace</source>
        <translation>Rejoindre un espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="54"/>
        <source>&lt;b&gt;Join the workspace you were invited to.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rejoignez l&apos;espace de travail auquel vous avez été invité.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="63"/>
        <source>Invitation link or code</source>
        <translation>Lien ou code d&apos;invitation</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="64"/>
        <source>https://…/invite/nki_… or nki_…</source>
        <translation>https://…/invite/nki_… ou nki_…</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="65"/>
        <source>The link in your invitation mail, or the code below it</source>
        <translation>Le lien de votre e-mail d&apos;invitation, ou le code en dessous</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="68"/>
        <source>Paste the link or the code from your invitation mail. Nacre shows what the invitation is before anything happens.</source>
        <translation>Collez le lien ou le code de votre e-mail d&apos;invitation. Nacre montre de quelle invitation il s&apos;agit avant que quoi que ce soit ne se passe.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="70"/>
        <source>&amp;Invitation:</source>
        <translation>&amp;Invitation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="75"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="76"/>
        <source>How others in the workspace will see you</source>
        <translation>Comment les autres membres de l&apos;espace de travail vous verront</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="80"/>
        <source>Create your account. You will sign in with the invited address and this password.</source>
        <translation>Créez votre compte. Vous vous connecterez avec l&apos;adresse invitée et ce mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="82"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="83"/>
        <location filename="../ui/auth/JoinDialog.cpp" line="99"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="90"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="94"/>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="95"/>
        <source>6-digit code or recovery code</source>
        <translation>Code à 6 chiffres ou code de récupération</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="96"/>
        <source>The code your authenticator app shows for Nacre now, or one of your recovery codes</source>
        <translation>Le code que votre application d&apos;authentification affiche maintenant pour Nacre, ou l&apos;un de vos codes de récupération</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="100"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="118"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="120"/>
        <source>Use another invitation</source>
        <translation>Utiliser une autre invitation</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="156"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="161"/>
        <source>Create Account and &amp;Join</source>
        <translation>Créer le compte et &amp;rejoindre</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="165"/>
        <source>Sign In and &amp;Join</source>
        <translation>Se connecter et &amp;rejoindre</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="171"/>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="231"/>
        <source>This is not an invitation link or code. Copy the link from the invitation mail (it contains /invite/) or the code that starts with nki_.</source>
        <translation>Ce n&apos;est pas un lien ou un code d&apos;invitation. Copiez le lien de l&apos;e-mail d&apos;invitation (il contient /invite/) ou le code qui commence par nki_.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="255"/>
        <source>An admin</source>
        <translation>Un administrateur</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="257"/>
        <source>%1 invited &lt;b&gt;%2&lt;/b&gt; to the workspace &lt;b&gt;%3&lt;/b&gt; as &lt;b&gt;%4&lt;/b&gt;. The invitation is valid until %5.</source>
        <translation>%1 a invité &lt;b&gt;%2&lt;/b&gt; dans l&apos;espace de travail &lt;b&gt;%3&lt;/b&gt; en tant que &lt;b&gt;%4&lt;/b&gt;. L&apos;invitation est valable jusqu&apos;au %5.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="263"/>
        <source>You are signed in as %1. Join to add the workspace to your list.</source>
        <translation>Vous êtes connecté en tant que %1. Rejoignez l&apos;espace pour l&apos;ajouter à votre liste.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="267"/>
        <source>%1 already has a Nacre account on this server. Enter its password to join.</source>
        <translation>%1 a déjà un compte Nacre sur ce serveur. Saisissez son mot de passe pour rejoindre l&apos;espace.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="328"/>
        <source>That password is not right for %1.</source>
        <translation>Ce mot de passe n&apos;est pas le bon pour %1.</translation>
    </message>
    <message>
        <location filename="../ui/auth/JoinDialog.cpp" line="336"/>
        <source>%1 now has a Nacre account on this server. Enter its password to join.</source>
        <translation>%1 a maintenant un compte Nacre sur ce serveur. Saisissez son mot de passe pour rejoindre l&apos;espace.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::KeyboardShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="35"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="38"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="40"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="40"/>
        <source>What they do</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="45"/>
        <source>Switch workspace, or create one</source>
        <translation>Changer d&apos;espace de travail, ou en créer un</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="48"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="50"/>
        <source>Show this list</source>
        <translation>Afficher cette liste</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="52"/>
        <source>Move to the next or the previous control</source>
        <translation>Passer au contrôle suivant ou précédent</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="54"/>
        <source>Alt+underlined letter</source>
        <extracomment>Keys: the Alt key with a letter that is underlined in a label or button.</extracomment>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="55"/>
        <source>Press the button, or go to the field, whose label has that letter underlined</source>
        <translation>Appuyer sur le bouton, ou aller au champ, dont le libellé a cette lettre soulignée</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="56"/>
        <source>Press the highlighted button of a dialog</source>
        <translation>Appuyer sur le bouton mis en évidence d&apos;une boîte de dialogue</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="57"/>
        <source>Close a dialog or the switcher without changing anything</source>
        <translation>Fermer une boîte de dialogue ou le sélecteur sans rien modifier</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="59"/>
        <source>Anywhere in the window</source>
        <translation>Partout dans la fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="60"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="62"/>
        <source>Invite users</source>
        <translation>Inviter des utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="63"/>
        <source>Search the members (Members tab)</source>
        <translation>Rechercher des membres (onglet Membres)</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="64"/>
        <source>Show the selected member&apos;s details, or edit the selected role</source>
        <translation>Afficher les détails du membre sélectionné, ou modifier le rôle sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="66"/>
        <source>Remove the selected members, revoke the selected invitations or delete the selected role (in their table)</source>
        <translation>Retirer les membres sélectionnés, révoquer les invitations sélectionnées ou supprimer le rôle sélectionné (dans leur tableau)</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="69"/>
        <source>The selected row&apos;s commands</source>
        <translation>Les commandes de la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="70"/>
        <source>Select every member loaded</source>
        <translation>Sélectionner tous les membres chargés</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="72"/>
        <source>Workspace switcher</source>
        <translation>Sélecteur d&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="75"/>
        <source>Choose a workspace (type to filter the list)</source>
        <translation>Choisir un espace de travail (tapez pour filtrer la liste)</translation>
    </message>
    <message>
        <location filename="../ui/shell/KeyboardShortcutsDialog.cpp" line="76"/>
        <source>Open the chosen workspace</source>
        <translation>Ouvrir l&apos;espace de travail choisi</translation>
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
        <translation>Vous n&apos;êtes encore membre d&apos;aucun espace de travail. Créez-en un, ou demandez à un administrateur de vous inviter.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="89"/>
        <source>Create New Workspace…</source>
        <translation>Créer un espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="120"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="124"/>
        <source>Offline: the server cannot be reached. Changes are disabled until it is back.</source>
        <translation>Hors ligne&#xa0;: le serveur est injoignable. Les modifications sont désactivées jusqu&apos;à son retour.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="238"/>
        <source>Two-factor sign-in required</source>
        <translation>Connexion à deux facteurs requise</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="240"/>
        <source>General Settings</source>
        <translation>Paramètres généraux</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="242"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="244"/>
        <source>Audit Log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="246"/>
        <source>API Keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="248"/>
        <source>Security and Sessions</source>
        <translation>Sécurité et sessions</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="249"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="250"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="269"/>
        <source>%1 — Nacre</source>
        <translation>%1 — Nacre</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="311"/>
        <source>Workspace created. It has its own subscription and is billed separately.</source>
        <translation>Espace de travail créé. Il a son propre abonnement et est facturé séparément.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberAccess</name>
    <message>
        <location filename="../ui/users/MemberAccess.cpp" line="36"/>
        <source>Select one or more members first.</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs membres.</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberAccess.cpp" line="39"/>
        <source>Some of the selected members are still loading.</source>
        <translation>Certains des membres sélectionnés sont encore en cours de chargement.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberBatch</name>
    <message>
        <location filename="../ui/users/members/MemberBatch.cpp" line="34"/>
        <source>No longer in the list; it was changed elsewhere.</source>
        <translation>N&apos;est plus dans la liste&#xa0;; il a été modifié ailleurs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/MemberBatch.cpp" line="44"/>
        <source>%1: %Ln member(s) done.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln membre traité.</numerusform>
            <numerusform>%1&#xa0;: %Ln membres traités.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/members/MemberBatch.cpp" line="45"/>
        <source>%1: %2 done, %3 not done.</source>
        <translation>%1&#xa0;: %2 traités, %3 non traités.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/MemberBatch.cpp" line="46"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberDetailsCommand</name>
    <message>
        <location filename="../ui/users/members/MemberDetailsCommand.cpp" line="8"/>
        <source>Member &amp;Details…</source>
        <translation>&amp;Détails du membre…</translation>
    </message>
    <message>
        <location filename="../ui/users/members/MemberDetailsCommand.cpp" line="9"/>
        <source>When the selected member joined, who invited them, their sessions and what they can do</source>
        <translation>Quand le membre sélectionné est arrivé, qui l&apos;a invité, ses sessions et ce qu&apos;il peut faire</translation>
    </message>
    <message>
        <location filename="../ui/users/members/MemberDetailsCommand.cpp" line="17"/>
        <source>Select one member first.</source>
        <translation>Sélectionnez d&apos;abord un membre.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberDetailsDialog</name>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="27"/>
        <source>%1 — Member Details</source>
        <translation>%1 — Détails du membre</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="34"/>
        <source>%1 · role: %2</source>
        <translation>%1 · rôle&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="54"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="55"/>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="56"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="58"/>
        <source>Joined:</source>
        <translation>Arrivée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="59"/>
        <source>Invited by:</source>
        <translation>Invité par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="60"/>
        <source>Last active:</source>
        <translation>Dernière activité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="61"/>
        <source>Sessions:</source>
        <translation>Sessions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="62"/>
        <source>What %1 can do</source>
        <translation>Ce que %1 peut faire</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="69"/>
        <source>Effective permissions of %1</source>
        <translation>Autorisations effectives de %1</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="70"/>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="70"/>
        <source>Allowed</source>
        <translation>Permise</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="70"/>
        <source>Granted by</source>
        <translation>Accordée par</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="81"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="81"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="88"/>
        <source>Granted by the role “%1”</source>
        <translation>Accordée par le rôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="89"/>
        <source>The role “%1” does not include this</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» ne l&apos;inclut pas</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="100"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="110"/>
        <source>Owner only</source>
        <translation>Propriétaire uniquement</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="115"/>
        <source>Delete the workspace</source>
        <translation>Supprimer l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="115"/>
        <source>Removes the workspace and all its data, permanently</source>
        <translation>Supprime définitivement l&apos;espace de travail et toutes ses données</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="116"/>
        <source>Give or take the Owner role</source>
        <translation>Donner ou retirer le rôle Propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="116"/>
        <source>Make other members Owners, or change an Owner&apos;s role</source>
        <translation>Nommer d&apos;autres membres Propriétaires, ou changer le rôle d&apos;un Propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="121"/>
        <source>%1 has %2 of %3 permissions, all through the role “%4”: a member has exactly one role.</source>
        <translation>%1 a %2 autorisations sur %3, toutes par le rôle «&#xa0;%4&#xa0;»&#xa0;: un membre a exactement un rôle.</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="146"/>
        <source>No one: no accepted invitation for this address (a founder, for example)</source>
        <translation>Personne&#xa0;: aucune invitation acceptée pour cette adresse (un fondateur, par exemple)</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="150"/>
        <source>An account that no longer exists, on %1</source>
        <translation>Un compte qui n&apos;existe plus, le %1</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="151"/>
        <source>%1, on %2</source>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="154"/>
        <source>Not signed in anywhere</source>
        <translation>Connecté nulle part</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="155"/>
        <source>Signed in on %Ln session(s)</source>
        <translation>
            <numerusform>Connecté sur %Ln session</numerusform>
            <numerusform>Connecté sur %Ln sessions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="156"/>
        <source>Sessions of the account on any device, in any workspace</source>
        <translation>Sessions du compte sur tous les appareils, dans tous les espaces de travail</translation>
    </message>
    <message>
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="162"/>
        <source>Not available: %1</source>
        <translation>Indisponible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberSessionsBox</name>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="20"/>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="31"/>
        <source>Members&apos; sessions</source>
        <translation>Sessions des membres</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="27"/>
        <source>Show the sessions of</source>
        <translation>Afficher les sessions de</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="28"/>
        <source>Show one member&apos;s sessions</source>
        <translation>Afficher les sessions d&apos;un membre</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="29"/>
        <source>All members</source>
        <translation>Tous les membres</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="37"/>
        <source>Sign &amp;Out Session…</source>
        <translation>&amp;Déconnecter la session…</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="39"/>
        <source>Sign Out &amp;Everywhere…</source>
        <translation>Déconnecter &amp;partout…</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="53"/>
        <source>Where the members of this workspace are signed in. Signing someone out ends the session on their device at once; they sign in again to go on.</source>
        <translation>Où les membres de cet espace de travail sont connectés. Déconnecter quelqu&apos;un met fin immédiatement à la session sur son appareil&#xa0;; il se reconnecte pour continuer.</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="102"/>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="107"/>
        <source>Select a session first.</source>
        <translation>Sélectionnez d&apos;abord une session.</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="103"/>
        <source>This is the session you are using; use Sign Out in the sidebar</source>
        <translation>C&apos;est la session que vous utilisez&#xa0;; utilisez Se déconnecter dans la barre latérale</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="104"/>
        <source>End the selected session</source>
        <translation>Mettre fin à la session sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="107"/>
        <source>End every session of the selected session&apos;s member</source>
        <translation>Mettre fin à toutes les sessions du membre de la session sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="116"/>
        <source>Sign Out Session</source>
        <translation>Déconnecter la session</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="117"/>
        <source>Sign %1 out of the session from %2? They will have to sign in again there.</source>
        <translation>Déconnecter %1 de la session depuis %2&#xa0;? Il devra s&apos;y reconnecter.</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="127"/>
        <source>%1 was signed out of that session.</source>
        <translation>%1 a été déconnecté de cette session.</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="137"/>
        <source>Sign Out Everywhere</source>
        <translation>Déconnecter partout</translation>
    </message>
    <message>
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="138"/>
        <source>Sign %1 out of every session, on every device? Use this when a device is lost or the account may be misused; they keep their membership and sign in again.</source>
        <translation>Déconnecter %1 de toutes ses sessions, sur tous ses appareils&#xa0;? Utilisez ceci quand un appareil est perdu ou que le compte risque d&apos;être utilisé à mauvais escient&#xa0;; il garde son adhésion et se reconnecte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="150"/>
        <source>%1 was signed out of %n session(s).</source>
        <translation>
            <numerusform>%1 a été déconnecté de %n session.</numerusform>
            <numerusform>%1 a été déconnecté de %n sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::MembersTab</name>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="46"/>
        <source>Search by name or email</source>
        <translation>Rechercher par nom ou e-mail</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="47"/>
        <source>Search members</source>
        <translation>Rechercher des membres</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="48"/>
        <source>Shows the members whose name or email contains the text</source>
        <translation>Affiche les membres dont le nom ou l&apos;e-mail contient le texte</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="52"/>
        <source>Show members with role</source>
        <translation>Afficher les membres ayant le rôle</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="53"/>
        <source>Show only the members who hold one role</source>
        <translation>Afficher seulement les membres qui ont un rôle donné</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="57"/>
        <source>Show members by two-factor sign-in</source>
        <translation>Afficher les membres selon la connexion à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="58"/>
        <source>Show only the members with, or without, two-factor sign-in</source>
        <translation>Afficher seulement les membres avec, ou sans, connexion à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="60"/>
        <source>Two-factor: any</source>
        <translation>Deux facteurs&#xa0;: tous</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="61"/>
        <source>Two-factor on</source>
        <translation>Deux facteurs activés</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="62"/>
        <source>Two-factor off</source>
        <translation>Deux facteurs désactivés</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="69"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="138"/>
        <location filename="../ui/users/MembersTab.cpp" line="144"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="142"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="149"/>
        <source>%Ln member(s), as last seen</source>
        <translation>
            <numerusform>%Ln membre, au dernier décompte</numerusform>
            <numerusform>%Ln membres, au dernier décompte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="150"/>
        <source>Members not loaded</source>
        <translation>Membres non chargés</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="179"/>
        <source>No member matches these filters.</source>
        <translation>Aucun membre ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="179"/>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="181"/>
        <source>Nobody else is here yet. Invite the people you work with; each gets the role you choose.</source>
        <translation>Personne d&apos;autre n&apos;est encore là. Invitez les personnes avec qui vous travaillez&#xa0;; chacune reçoit le rôle que vous choisissez.</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="182"/>
        <source>Invite Your Team…</source>
        <translation>Inviter votre équipe…</translation>
    </message>
    <message>
        <location filename="../ui/users/MembersTab.cpp" line="225"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
</context>
<context>
    <name>nacre::ui::NewPasswordField</name>
    <message>
        <location filename="../ui/widgets/NewPasswordField.cpp" line="22"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/NewPasswordField.cpp" line="24"/>
        <source>At least %n characters; a passphrase of a few words is best</source>
        <translation>
            <numerusform>Au moins %n caractère&#xa0;; une phrase de passe de quelques mots est idéale</numerusform>
            <numerusform>Au moins %n caractères&#xa0;; une phrase de passe de quelques mots est idéale</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::PasswordConfirmDialog</name>
    <message>
        <location filename="../ui/security/PasswordConfirmDialog.cpp" line="28"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/security/PasswordConfirmDialog.cpp" line="41"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>nacre::ui::PasswordStrengthBar</name>
    <message>
        <location filename="../ui/widgets/PasswordStrengthBar.cpp" line="16"/>
        <location filename="../ui/widgets/PasswordStrengthBar.cpp" line="24"/>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
</context>
<context>
    <name>nacre::ui::PermissionChecklist</name>
    <message>
        <location filename="../ui/widgets/PermissionChecklist.cpp" line="17"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PermissionChecklist.cpp" line="18"/>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PermissionChecklist.cpp" line="18"/>
        <source>What it allows</source>
        <translation>Ce qu&apos;elle permet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PermissionChecklist.cpp" line="41"/>
        <source>Your role does not include “%1”, so you cannot grant it.</source>
        <translation>Votre rôle n&apos;inclut pas «&#xa0;%1&#xa0;»&#xa0;: vous ne pouvez donc pas l&apos;accorder.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ProfilePage</name>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="35"/>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="36"/>
        <source>How other members see you in every workspace</source>
        <translation>Comment les autres membres vous voient dans chaque espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="39"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="41"/>
        <source>The address you sign in with. It cannot be changed here.</source>
        <translation>L&apos;adresse avec laquelle vous vous connectez. Elle ne peut pas être modifiée ici.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="44"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="51"/>
        <source>Times in Nacre are shown in this zone</source>
        <translation>Les heures dans Nacre sont affichées dans ce fuseau</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="54"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="55"/>
        <source>The language of Nacre&apos;s windows, on every computer you sign in from</source>
        <translation>La langue des fenêtres de Nacre, sur chaque ordinateur depuis lequel vous vous connectez</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="63"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="64"/>
        <source>Light or dark windows on this computer; takes effect at once</source>
        <translation>Fenêtres claires ou sombres sur cet ordinateur&#xa0;; prend effet immédiatement</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="67"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="70"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="72"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="76"/>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="77"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="78"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="80"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="84"/>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="86"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="94"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="95"/>
        <source>Your account. It is the same in every workspace you belong to.</source>
        <translation>Votre compte. Il est le même dans chaque espace de travail dont vous faites partie.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="116"/>
        <source>Profile saved.</source>
        <translation>Profil enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="120"/>
        <source>Profile Changed Elsewhere</source>
        <translation>Profil modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="121"/>
        <source>Your profile was changed from another session. The current version is shown; apply your change again if you still want it.</source>
        <translation>Votre profil a été modifié depuis une autre session. La version actuelle est affichée&#xa0;; appliquez à nouveau votre modification si vous la souhaitez toujours.</translation>
    </message>
    <message>
        <location filename="../ui/profile/ProfilePage.cpp" line="129"/>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RecoveryCodesDialog</name>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="26"/>
        <source>Recovery Codes</source>
        <translation>Codes de récupération</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="28"/>
        <source>&lt;b&gt;Keep these codes somewhere safe.&lt;/b&gt; If you lose your authenticator app, each one signs you in once where Nacre asks for a code. You will not see them again; make new ones under Security if they are lost.</source>
        <translation>&lt;b&gt;Conservez ces codes en lieu sûr.&lt;/b&gt; Si vous perdez votre application d&apos;authentification, chacun vous connecte une fois là où Nacre demande un code. Vous ne les reverrez pas&#xa0;; créez-en de nouveaux sous Sécurité s&apos;ils sont perdus.</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="35"/>
        <source>Recovery codes</source>
        <translation>Codes de récupération</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="42"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="44"/>
        <source>Copy the codes to the clipboard</source>
        <translation>Copier les codes dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="45"/>
        <source>&amp;Save to File…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="47"/>
        <source>Save the codes as a text file</source>
        <translation>Enregistrer les codes dans un fichier texte</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="48"/>
        <source>I Have &amp;Saved Them</source>
        <translation>Je les ai &amp;enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="52"/>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="57"/>
        <source>Save Recovery Codes</source>
        <translation>Enregistrer les codes de récupération</translation>
    </message>
    <message>
        <location filename="../ui/security/RecoveryCodesDialog.cpp" line="57"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RemoveMembersCommand</name>
    <message>
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="9"/>
        <source>Re&amp;move…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="9"/>
        <source>Remove the selected members from the workspace</source>
        <translation>Retirer les membres sélectionnés de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="27"/>
        <source>Remove Members</source>
        <translation>Retirer des membres</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="28"/>
        <source>Remove %Ln member(s) from the workspace? They lose access at once; their accounts stay, and they can be invited again.</source>
        <translation>
            <numerusform>Retirer %Ln membre de l&apos;espace de travail&#xa0;? Il perd l&apos;accès immédiatement&#xa0;; son compte reste, et il peut être invité à nouveau.</numerusform>
            <numerusform>Retirer %Ln membres de l&apos;espace de travail&#xa0;? Ils perdent l&apos;accès immédiatement&#xa0;; leurs comptes restent, et ils peuvent être invités à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="31"/>
        <source>Remove %Ln Member(s)</source>
        <translation>
            <numerusform>Retirer %Ln membre</numerusform>
            <numerusform>Retirer %Ln membres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="35"/>
        <source>Remove from the workspace</source>
        <translation>Retirer de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="35"/>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ResendInvitationsCommand</name>
    <message>
        <location filename="../ui/users/invitations/ResendInvitationsCommand.cpp" line="6"/>
        <source>Re&amp;send</source>
        <translation>Ren&amp;voyer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/invitations/ResendInvitationsCommand.cpp" line="7"/>
        <source>Send again with a new link, valid for another %n day(s)</source>
        <translation>
            <numerusform>Envoyer de nouveau avec un nouveau lien, valable encore %n jour</numerusform>
            <numerusform>Envoyer de nouveau avec un nouveau lien, valable encore %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/ResendInvitationsCommand.cpp" line="16"/>
        <source>Resent</source>
        <translation>Renvoyée</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ResetPasswordDialog</name>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="28"/>
        <source>Reset Password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="36"/>
        <source>Enter the address you sign in with. Nacre mails it a code to choose a new password.</source>
        <translation>Saisissez l&apos;adresse avec laquelle vous vous connectez. Nacre y envoie un code pour choisir un nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="41"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="43"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="57"/>
        <source>Reset code</source>
        <translation>Code de réinitialisation</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="58"/>
        <source>nkr_…</source>
        <translation>nkr_…</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="59"/>
        <source>The code from the password reset mail</source>
        <translation>Le code de l&apos;e-mail de réinitialisation du mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="63"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="64"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="74"/>
        <source>&amp;Send Code</source>
        <translation>&amp;Envoyer le code</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="75"/>
        <source>I &amp;Have a Code</source>
        <translation>J&apos;&amp;ai un code</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="77"/>
        <source>Enter a code you already received</source>
        <translation>Saisir un code déjà reçu</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="156"/>
        <source>Paste the code from the password reset mail and choose a new password.</source>
        <translation>Collez le code de l&apos;e-mail de réinitialisation et choisissez un nouveau mot de passe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="157"/>
        <source>If %1 has an account here, a code is on its way there; it works for %n minute(s). Paste it below and choose a new password. Nothing arrived? Look in the spam folder, or check the address.</source>
        <translation>
            <numerusform>Si %1 a un compte ici, un code est en route vers cette adresse&#xa0;; il est valable %n minute. Collez-le ci-dessous et choisissez un nouveau mot de passe. Rien reçu&#xa0;? Regardez dans les indésirables, ou vérifiez l&apos;adresse.</numerusform>
            <numerusform>Si %1 a un compte ici, un code est en route vers cette adresse&#xa0;; il est valable %n minutes. Collez-le ci-dessous et choisissez un nouveau mot de passe. Rien reçu&#xa0;? Regardez dans les indésirables, ou vérifiez l&apos;adresse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="161"/>
        <source>&amp;Set Password</source>
        <translation>&amp;Définir le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="177"/>
        <source>This code is wrong, was already used, or has expired. Ask for a new one.</source>
        <translation>Ce code est incorrect, a déjà été utilisé ou a expiré. Demandez-en un nouveau.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RevokeInvitationsCommand</name>
    <message>
        <location filename="../ui/users/invitations/RevokeInvitationsCommand.cpp" line="10"/>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/RevokeInvitationsCommand.cpp" line="10"/>
        <source>Cancel the invitations: their links stop working</source>
        <translation>Annuler les invitations&#xa0;: leurs liens cessent de fonctionner</translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/RevokeInvitationsCommand.cpp" line="20"/>
        <source>Revoke Invitations</source>
        <translation>Révoquer les invitations</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/invitations/RevokeInvitationsCommand.cpp" line="21"/>
        <source>Revoke %Ln invitation(s)? Their links stop working at once.</source>
        <translation>
            <numerusform>Révoquer %Ln invitation&#xa0;? Son lien cesse de fonctionner immédiatement.</numerusform>
            <numerusform>Révoquer %Ln invitations&#xa0;? Leurs liens cessent de fonctionner immédiatement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/invitations/RevokeInvitationsCommand.cpp" line="26"/>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RoleComboDelegate</name>
    <message>
        <location filename="../ui/users/RoleComboDelegate.cpp" line="26"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RoleCommand</name>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="19"/>
        <source>Select a role first.</source>
        <translation>Sélectionnez d&apos;abord un rôle.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="32"/>
        <source>Role created.</source>
        <translation>Rôle créé.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleCommand.cpp" line="32"/>
        <source>Role saved.</source>
        <translation>Rôle enregistré.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RoleEditorDialog</name>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="32"/>
        <source>Edit Role</source>
        <translation>Modifier le rôle</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="32"/>
        <source>Create Role</source>
        <translation>Créer un rôle</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="37"/>
        <source>Role name</source>
        <translation>Nom du rôle</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="38"/>
        <source>A name that matches a responsibility, such as Support, Operations or Billing</source>
        <translation>Un nom qui correspond à une responsabilité, comme Support, Opérations ou Facturation</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="41"/>
        <source>Role &amp;name:</source>
        <translation>&amp;Nom du rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="57"/>
        <source>&amp;Save Role</source>
        <translation>&amp;Enregistrer le rôle</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="69"/>
        <source>Choose which actions the role allows:</source>
        <translation>Choisissez les actions que le rôle permet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="126"/>
        <source>Adds: %1.</source>
        <translation>Ajoute&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="128"/>
        <source>Removes: %1.</source>
        <translation>Retire&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="132"/>
        <source>Nobody holds this role yet.</source>
        <translation>Personne n&apos;a encore ce rôle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="134"/>
        <source>Affects the %Ln member(s) who hold this role, at once.</source>
        <translation>
            <numerusform>Concerne immédiatement le %Ln membre qui a ce rôle.</numerusform>
            <numerusform>Concerne immédiatement les %Ln membres qui ont ce rôle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="138"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="139"/>
        <source>Members affected: %1.</source>
        <translation>Membres concernés&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="154"/>
        <source>A role named “%1” already exists.</source>
        <translation>Un rôle nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="169"/>
        <source>Change Role for Its Members?</source>
        <translation>Changer le rôle pour ses membres&#xa0;?</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RoleInUseDialog</name>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="28"/>
        <source>Role in Use</source>
        <translation>Rôle utilisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="31"/>
        <source>%Ln member(s) hold “%1”, so it cannot simply be deleted. Move them to another role and delete it in one step (pending invitations offering it move too), or look at them first.</source>
        <translation>
            <numerusform>%Ln membre a «&#xa0;%1&#xa0;»&#xa0;: il ne peut donc pas simplement être supprimé. Passez-le à un autre rôle et supprimez celui-ci en une seule étape (les invitations en attente qui le proposent suivent aussi), ou examinez-le d&apos;abord.</numerusform>
            <numerusform>%Ln membres ont «&#xa0;%1&#xa0;»&#xa0;: il ne peut donc pas simplement être supprimé. Passez-les à un autre rôle et supprimez celui-ci en une seule étape (les invitations en attente qui le proposent suivent aussi), ou examinez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="42"/>
        <source>Move them to role</source>
        <translation>Les passer au rôle</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="67"/>
        <source>&amp;Move and Delete</source>
        <translation>&amp;Déplacer et supprimer</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="71"/>
        <source>Give them the chosen role, then delete “%1”</source>
        <translation>Leur donner le rôle choisi, puis supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="72"/>
        <source>Your role cannot give them any other role.</source>
        <translation>Votre rôle ne peut leur donner aucun autre rôle.</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="73"/>
        <source>&amp;Show Members</source>
        <translation>&amp;Afficher les membres</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="83"/>
        <source>Move &amp;to:</source>
        <translation>Passer &amp;à&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="97"/>
        <source>%Ln member(s) of “%1” will become Owners: they can do everything, including deleting the workspace and removing you.</source>
        <translation>
            <numerusform>%Ln membre de «&#xa0;%1&#xa0;» deviendra Propriétaire&#xa0;: il pourra tout faire, y compris supprimer l&apos;espace de travail et vous retirer.</numerusform>
            <numerusform>%Ln membres de «&#xa0;%1&#xa0;» deviendront Propriétaires&#xa0;: ils pourront tout faire, y compris supprimer l&apos;espace de travail et vous retirer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="101"/>
        <source>%Ln member(s) of “%1” will get “%2” and with it permissions they do not have now.</source>
        <translation>
            <numerusform>%Ln membre de «&#xa0;%1&#xa0;» recevra «&#xa0;%2&#xa0;» et avec lui des autorisations qu&apos;il n&apos;a pas actuellement.</numerusform>
            <numerusform>%Ln membres de «&#xa0;%1&#xa0;» recevront «&#xa0;%2&#xa0;» et avec lui des autorisations qu&apos;ils n&apos;ont pas actuellement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="104"/>
        <source>Give More Access?</source>
        <translation>Donner plus d&apos;accès&#xa0;?</translation>
    </message>
</context>
<context>
    <name>nacre::ui::RolesTab</name>
    <message>
        <location filename="../ui/users/RolesTab.cpp" line="25"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../ui/users/RolesTab.cpp" line="45"/>
        <source>the role “%1”</source>
        <translation>le rôle «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>nacre::ui::SecurityActivityBox</name>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="20"/>
        <source>Recent Security Activity</source>
        <translation>Activité de sécurité récente</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="26"/>
        <source>Recent security activity</source>
        <translation>Activité de sécurité récente</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="28"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="28"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="28"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="28"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="33"/>
        <source>Sign-ins and changes to your account, newest first. If you see one you did not make, change your password.</source>
        <translation>Les connexions et les modifications de votre compte, de la plus récente à la plus ancienne. Si vous en voyez une que vous n&apos;avez pas faite, changez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="46"/>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="48"/>
        <source>Failed sign-in</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="50"/>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="52"/>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="54"/>
        <source>Profile changed</source>
        <translation>Profil modifié</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="56"/>
        <source>Email address changed</source>
        <translation>Adresse e-mail changée</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="58"/>
        <source>Two-factor sign-in turned on</source>
        <translation>Connexion à deux facteurs activée</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="60"/>
        <source>Two-factor sign-in turned off</source>
        <translation>Connexion à deux facteurs désactivée</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="62"/>
        <source>A session was signed out</source>
        <translation>Une session a été déconnectée</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="64"/>
        <source>Workspace deleted</source>
        <translation>Espace de travail supprimé</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="66"/>
        <source>Password reset code mailed</source>
        <translation>Code de réinitialisation du mot de passe envoyé</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="68"/>
        <source>Password reset with a mailed code</source>
        <translation>Mot de passe réinitialisé avec un code envoyé par e-mail</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="70"/>
        <source>Signed in with a recovery code</source>
        <translation>Connecté avec un code de récupération</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityActivityBox.cpp" line="72"/>
        <source>New recovery codes made</source>
        <translation>Nouveaux codes de récupération créés</translation>
    </message>
</context>
<context>
    <name>nacre::ui::SecurityPage</name>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="52"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="53"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/security/SecurityPage.cpp" line="55"/>
        <source>At least %n characters; a passphrase of a few words is best</source>
        <translation>
            <numerusform>Au moins %n caractère&#xa0;; une phrase de passe de quelques mots est idéale</numerusform>
            <numerusform>Au moins %n caractères&#xa0;; une phrase de passe de quelques mots est idéale</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="56"/>
        <source>New password, again</source>
        <translation>Nouveau mot de passe, à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="61"/>
        <source>&amp;Change Password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="63"/>
        <source>Your other sessions are signed out when the password changes</source>
        <translation>Vos autres sessions sont déconnectées quand le mot de passe change</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="65"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="69"/>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe act&amp;uel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="70"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="73"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répéter le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="85"/>
        <source>New &amp;Recovery Codes…</source>
        <translation>Nouveaux codes de &amp;récupération…</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="87"/>
        <source>Make ten new recovery codes; the old ones stop working (asks for the password)</source>
        <translation>Créer dix nouveaux codes de récupération&#xa0;; les anciens cessent de fonctionner (demande le mot de passe)</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="89"/>
        <source>Two-factor sign-in</source>
        <translation>Connexion à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="101"/>
        <source>Your sessions</source>
        <translation>Vos sessions</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="103"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="103"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="103"/>
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="103"/>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="107"/>
        <source>&amp;Sign Out Session</source>
        <translation>&amp;Déconnecter la session</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="110"/>
        <source>Select another session to sign it out</source>
        <translation>Sélectionnez une autre session pour la déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="111"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="113"/>
        <source>Where your account is signed in. Sign out a session you do not recognize, then change your password.</source>
        <translation>Où votre compte est connecté. Déconnectez une session que vous ne reconnaissez pas, puis changez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="124"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="126"/>
        <source>Your password, two-factor sign-in and sessions. They are the same in every workspace.</source>
        <translation>Votre mot de passe, la connexion à deux facteurs et vos sessions. Ils sont les mêmes dans chaque espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="146"/>
        <source>Sign out the selected session</source>
        <translation>Déconnecter la session sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="147"/>
        <source>This is the session you are using; use Sign Out in the sidebar</source>
        <translation>C&apos;est la session que vous utilisez&#xa0;; utilisez Se déconnecter dans la barre latérale</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="159"/>
        <source>Password changed. Your other sessions were signed out.</source>
        <translation>Mot de passe changé. Vos autres sessions ont été déconnectées.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="188"/>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="203"/>
        <source>%1 (this session)</source>
        <translation>%1 (cette session)</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="224"/>
        <source>Sign Out Session</source>
        <translation>Déconnecter la session</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="225"/>
        <source>Sign out “%1” (%2)? Whoever uses it will have to sign in again.</source>
        <translation>Déconnecter «&#xa0;%1&#xa0;» (%2)&#xa0;? La personne qui l&apos;utilise devra se reconnecter.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="236"/>
        <source>On: signing in asks for a code from your authenticator app as well as your password.</source>
        <translation>Activée&#xa0;: la connexion demande un code de votre application d&apos;authentification en plus de votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="237"/>
        <source>Off: your password alone protects this account. Turn it on so a stolen password is not enough.</source>
        <translation>Désactivée&#xa0;: votre mot de passe seul protège ce compte. Activez-la pour qu&apos;un mot de passe volé ne suffise pas.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="239"/>
        <source>Turn O&amp;ff…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="239"/>
        <source>Turn &amp;On…</source>
        <translation>&amp;Activer…</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="240"/>
        <source>Sign in with your password alone again (asks for the password)</source>
        <translation>Se connecter de nouveau avec le mot de passe seul (demande le mot de passe)</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="241"/>
        <source>Set up an authenticator app for this account</source>
        <translation>Configurer une application d&apos;authentification pour ce compte</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="256"/>
        <source>No recovery codes left. Make new ones so a lost phone does not lock you out.</source>
        <translation>Plus aucun code de récupération. Créez-en de nouveaux pour qu&apos;un téléphone perdu ne vous bloque pas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/security/SecurityPage.cpp" line="257"/>
        <source>Recovery codes: %n of 10 left, each for one sign-in without the app.</source>
        <translation>
            <numerusform>Codes de récupération&#xa0;: %n sur 10 restant, chacun pour une connexion sans l&apos;application.</numerusform>
            <numerusform>Codes de récupération&#xa0;: %n sur 10 restants, chacun pour une connexion sans l&apos;application.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="265"/>
        <source>New Recovery Codes</source>
        <translation>Nouveaux codes de récupération</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="266"/>
        <source>Ten new codes replace your recovery codes; the old ones stop working. Enter your password.</source>
        <translation>Dix nouveaux codes remplacent vos codes de récupération&#xa0;; les anciens cessent de fonctionner. Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="267"/>
        <source>&amp;Make New Codes</source>
        <translation>&amp;Créer de nouveaux codes</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="294"/>
        <source>Turn Off Two-Factor Sign-In</source>
        <translation>Désactiver la connexion à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="295"/>
        <source>Without it, your password alone protects this account in every workspace. Enter your password to turn it off.</source>
        <translation>Sans elle, votre mot de passe seul protège ce compte dans chaque espace de travail. Saisissez votre mot de passe pour la désactiver.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="297"/>
        <source>Turn &amp;Off</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="306"/>
        <source>Two-factor sign-in is off.</source>
        <translation>La connexion à deux facteurs est désactivée.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityPage.cpp" line="317"/>
        <source>Two-factor sign-in is on. Nacre asks for a code the next time you sign in.</source>
        <translation>La connexion à deux facteurs est activée. Nacre demandera un code à votre prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::ServerLine</name>
    <message>
        <location filename="../ui/auth/ServerLine.cpp" line="19"/>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/auth/ServerLine.cpp" line="20"/>
        <source>Server: %1 (%2)</source>
        <translation>Serveur&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/auth/ServerLine.cpp" line="27"/>
        <source>This connection is not encrypted (http://): your password would cross the network readable by others on it. Ask your admin for the server’s https:// address.</source>
        <translation>Cette connexion n&apos;est pas chiffrée (http://)&#xa0;: votre mot de passe traverserait le réseau lisible par d&apos;autres. Demandez à votre administrateur l&apos;adresse https:// du serveur.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::SetupDialog</name>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="45"/>
        <source>Set Up Nacre</source>
        <translation>Configurer Nacre</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="48"/>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Create the owner account and your first workspace. You can invite your team once you are in.</source>
        <translation>&lt;b&gt;Bienvenue.&lt;/b&gt; Créez le compte propriétaire et votre premier espace de travail. Vous pourrez inviter votre équipe une fois connecté.</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="55"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="55"/>
        <source>How others in your workspaces will see you</source>
        <translation>Comment les autres membres de vos espaces de travail vous verront</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="56"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="56"/>
        <source>You will sign in with this address</source>
        <translation>Vous vous connecterez avec cette adresse</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="58"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="59"/>
        <source>&amp;Workspace name:</source>
        <translation>Nom de l&apos;espace de &amp;travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="60"/>
        <source>The name everyone in the workspace sees; you can change it later</source>
        <translation>Le nom que voient tous les membres de l&apos;espace de travail&#xa0;; vous pourrez le changer plus tard</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="68"/>
        <source>&amp;Create Workspace</source>
        <translation>&amp;Créer l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="70"/>
        <source>Use Another &amp;Server…</source>
        <translation>Utiliser un autre &amp;serveur…</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="72"/>
        <source>Connect to a Nacre server your team already runs</source>
        <translation>Se connecter à un serveur Nacre que votre équipe utilise déjà</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="74"/>
        <source>I Have an &amp;Invitation…</source>
        <translation>J&apos;ai une &amp;invitation…</translation>
    </message>
    <message>
        <location filename="../ui/auth/SetupDialog.cpp" line="76"/>
        <source>Join a workspace someone else runs, with the link or code from your invitation mail</source>
        <translation>Rejoindre un espace de travail géré par quelqu&apos;un d&apos;autre, avec le lien ou le code de votre e-mail d&apos;invitation</translation>
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
        <translation>Afficher dans le journal d&apos;&amp;audit</translation>
    </message>
    <message>
        <location filename="../ui/audit/ShowInAuditLogCommand.cpp" line="11"/>
        <source>Open the audit log at the events about the selected one</source>
        <translation>Ouvrir le journal d&apos;audit aux événements concernant l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/audit/ShowInAuditLogCommand.cpp" line="24"/>
        <source>Select one first.</source>
        <translation>Sélectionnez d&apos;abord un élément.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::Sidebar</name>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="48"/>
        <source>Switch workspace or create a new one (%1)</source>
        <translation>Changer d&apos;espace de travail ou en créer un (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="77"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="94"/>
        <source>Sign out of this account</source>
        <translation>Se déconnecter de ce compte</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="95"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="153"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="153"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="198"/>
        <source>Free</source>
        <comment>subscription plan</comment>
        <translation>Gratuit</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="207"/>
        <source>No workspace</source>
        <translation>Aucun espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="211"/>
        <source>%1 · %2 plan</source>
        <translation>%1 · forfait %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/Sidebar.cpp" line="212"/>
        <source>Current workspace: %1. Switch workspace</source>
        <translation>Espace de travail actuel&#xa0;: %1. Changer d&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>nacre::ui::SignInDialog</name>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="24"/>
        <source>Sign In to Nacre</source>
        <translation>Se connecter à Nacre</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="24"/>
        <source>Session Ended</source>
        <translation>Session terminée</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="27"/>
        <source>Sign in to %1.</source>
        <translation>Se connecter à %1.</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="28"/>
        <source>Your session has ended. Sign in again to continue; what you were doing is kept.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour continuer&#xa0;; ce que vous faisiez est conservé.</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="34"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="38"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="44"/>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="45"/>
        <source>6-digit code or recovery code</source>
        <translation>Code à 6 chiffres ou code de récupération</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="46"/>
        <source>The code your authenticator app shows for Nacre now, or one of your recovery codes</source>
        <translation>Le code que votre application d&apos;authentification affiche maintenant pour Nacre, ou l&apos;un de vos codes de récupération</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="51"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="53"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="58"/>
        <source>&amp;Forgot Password?</source>
        <translation>Mot de passe &amp;oublié&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="61"/>
        <source>Get a code by mail to choose a new password</source>
        <translation>Recevoir un code par e-mail pour choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="66"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="81"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="84"/>
        <source>Change &amp;Server…</source>
        <translation>Changer de &amp;serveur…</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="86"/>
        <source>Connect to another Nacre server</source>
        <translation>Se connecter à un autre serveur Nacre</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="88"/>
        <source>I Have an &amp;Invitation…</source>
        <translation>J&apos;ai une &amp;invitation…</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="90"/>
        <source>Join a workspace with the link or code from an invitation mail</source>
        <translation>Rejoindre un espace de travail avec le lien ou le code d&apos;un e-mail d&apos;invitation</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="143"/>
        <source>Your password is changed, and every session of the account has ended. Sign in with the new password.</source>
        <translation>Votre mot de passe est changé, et toutes les sessions du compte ont pris fin. Connectez-vous avec le nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::TwoFactorRequiredPage</name>
    <message>
        <location filename="../ui/shell/TwoFactorRequiredPage.cpp" line="22"/>
        <source>Two-Factor Sign-In Required</source>
        <translation>Connexion à deux facteurs requise</translation>
    </message>
    <message>
        <location filename="../ui/shell/TwoFactorRequiredPage.cpp" line="29"/>
        <source>Open &amp;Security</source>
        <translation>Ouvrir &amp;Sécurité</translation>
    </message>
    <message>
        <location filename="../ui/shell/TwoFactorRequiredPage.cpp" line="31"/>
        <source>Turn on two-factor sign-in for your account</source>
        <translation>Activer la connexion à deux facteurs pour votre compte</translation>
    </message>
    <message>
        <location filename="../ui/shell/TwoFactorRequiredPage.cpp" line="50"/>
        <source>“%1” asks every member to sign in with two-factor sign-in. Turn it on for your account under Security; its pages open as soon as it is on.</source>
        <translation>«&#xa0;%1&#xa0;» demande à chaque membre de se connecter avec la connexion à deux facteurs. Activez-la pour votre compte sous Sécurité&#xa0;; ses pages s&apos;ouvrent dès qu&apos;elle est activée.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::TwoFactorRequirementBox</name>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="23"/>
        <source>Two-factor sign-in</source>
        <translation>Connexion à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="31"/>
        <source>Every member must sign in with two-factor sign-in</source>
        <translation>Chaque membre doit se connecter avec la connexion à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="33"/>
        <source>Members without it cannot open this workspace until they turn it on under Security. Turn it on for your own account first.</source>
        <translation>Les membres qui ne l&apos;ont pas ne peuvent pas ouvrir cet espace de travail avant de l&apos;activer sous Sécurité. Activez-la d&apos;abord pour votre propre compte.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="42"/>
        <source>Members without two-factor sign-in</source>
        <translation>Membres sans connexion à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="46"/>
        <source>Copy &amp;Emails</source>
        <translation>Copier les &amp;e-mails</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="48"/>
        <source>Copy the addresses of the members without two-factor sign-in, to ask them to turn it on</source>
        <translation>Copier les adresses des membres sans connexion à deux facteurs, pour leur demander de l&apos;activer</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="49"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="71"/>
        <source>Two-factor sign-in is now required in this workspace.</source>
        <translation>La connexion à deux facteurs est désormais exigée dans cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="72"/>
        <source>Two-factor sign-in is no longer required in this workspace.</source>
        <translation>La connexion à deux facteurs n&apos;est plus exigée dans cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="116"/>
        <source>Checking who has two-factor sign-in…</source>
        <translation>Vérification de qui a la connexion à deux facteurs…</translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="118"/>
        <source>Every member has two-factor sign-in: nobody would be shut out.</source>
        <translation>Chaque membre a la connexion à deux facteurs&#xa0;: personne ne serait exclu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="120"/>
        <source>%n member(s) cannot open this workspace until they turn on two-factor sign-in:</source>
        <translation>
            <numerusform>%n membre ne peut pas ouvrir cet espace de travail avant d&apos;activer la connexion à deux facteurs&#xa0;:</numerusform>
            <numerusform>%n membres ne peuvent pas ouvrir cet espace de travail avant d&apos;activer la connexion à deux facteurs&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="123"/>
        <source>%n member(s) have no two-factor sign-in and would be shut out until they turn it on:</source>
        <translation>
            <numerusform>%n membre n&apos;a pas la connexion à deux facteurs et serait exclu jusqu&apos;à ce qu&apos;il l&apos;active&#xa0;:</numerusform>
            <numerusform>%n membres n&apos;ont pas la connexion à deux facteurs et seraient exclus jusqu&apos;à ce qu&apos;ils l&apos;activent&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="133"/>
        <source>Require Two-Factor Sign-In</source>
        <translation>Exiger la connexion à deux facteurs</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="134"/>
        <source>%n member(s) have no two-factor sign-in. They cannot open this workspace until they turn it on. Require it now?</source>
        <translation>
            <numerusform>%n membre n&apos;a pas la connexion à deux facteurs. Il ne peut pas ouvrir cet espace de travail avant de l&apos;activer. L&apos;exiger maintenant&#xa0;?</numerusform>
            <numerusform>%n membres n&apos;ont pas la connexion à deux facteurs. Ils ne peuvent pas ouvrir cet espace de travail avant de l&apos;activer. L&apos;exiger maintenant&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="167"/>
        <source>Copied %n address(es).</source>
        <translation>
            <numerusform>%n adresse copiée.</numerusform>
            <numerusform>%n adresses copiées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::TwoFactorSetupDialog</name>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="36"/>
        <source>Turn On Two-Factor Sign-In</source>
        <translation>Activer la connexion à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="38"/>
        <source>Enter your password to confirm it is you.</source>
        <translation>Saisissez votre mot de passe pour confirmer qu&apos;il s&apos;agit bien de vous.</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="43"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="49"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="56"/>
        <source>Scan this code with an authenticator app (such as FreeOTP, Aegis, Google Authenticator or 1Password), then type the 6-digit code it shows. From then on Nacre asks for a code each time you sign in.</source>
        <translation>Scannez ce code avec une application d&apos;authentification (comme FreeOTP, Aegis, Google Authenticator ou 1Password), puis saisissez le code à 6 chiffres qu&apos;elle affiche. Nacre demandera ensuite un code à chaque connexion.</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="64"/>
        <source>QR code for your authenticator app</source>
        <translation>Code QR pour votre application d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="69"/>
        <source>Cannot scan? Type this key into the app instead (time-based, 6 digits).</source>
        <translation>Impossible de scanner&#xa0;? Saisissez plutôt cette clé dans l&apos;application (basée sur le temps, 6 chiffres).</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="77"/>
        <source>Code from the app</source>
        <translation>Code de l&apos;application</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="78"/>
        <source>6-digit code</source>
        <translation>Code à 6 chiffres</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="86"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="94"/>
        <source>&amp;Turn On</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location filename="../ui/security/TwoFactorSetupDialog.cpp" line="104"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
</context>
<context>
    <name>nacre::ui::UsersPage</name>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="24"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="25"/>
        <source>The people in this workspace, the invitations not yet accepted, and the roles that decide what each person may do.</source>
        <translation>Les personnes de cet espace de travail, les invitations pas encore acceptées, et les rôles qui décident de ce que chacun peut faire.</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="35"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="36"/>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="37"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="38"/>
        <source>Everyone in the workspace, with their role</source>
        <translation>Tous les membres de l&apos;espace de travail, avec leur rôle</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="39"/>
        <source>Invitations sent and not yet accepted</source>
        <translation>Invitations envoyées et pas encore acceptées</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="40"/>
        <source>What each role allows</source>
        <translation>Ce que chaque rôle permet</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="114"/>
        <source>Members (%1)</source>
        <translation>Membres (%1)</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="115"/>
        <source>Invitations (%1)</source>
        <translation>Invitations (%1)</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="116"/>
        <source>Roles (%1)</source>
        <translation>Rôles (%1)</translation>
    </message>
</context>
<context>
    <name>nacre::ui::WorkspaceSecurityPage</name>
    <message>
        <location filename="../ui/settings/WorkspaceSecurityPage.cpp" line="26"/>
        <source>Security and Sessions</source>
        <translation>Sécurité et sessions</translation>
    </message>
    <message>
        <location filename="../ui/settings/WorkspaceSecurityPage.cpp" line="27"/>
        <source>How members of this workspace must sign in, and where they are signed in now. The session timeout is under General Settings.</source>
        <translation>Comment les membres de cet espace de travail doivent se connecter, et où ils sont connectés actuellement. Le délai d&apos;expiration de session se trouve dans Paramètres généraux.</translation>
    </message>
</context>
<context>
    <name>nacre::ui::WorkspaceSwitcher</name>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="26"/>
        <source>Workspace switcher</source>
        <translation>Sélecteur d&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="29"/>
        <source>Switch workspace</source>
        <translation>Changer d&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="36"/>
        <source>Find a workspace…</source>
        <translation>Rechercher un espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="37"/>
        <source>Find a workspace</source>
        <translation>Rechercher un espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="43"/>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="48"/>
        <source>Create New Workspace…</source>
        <translation>Créer un espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="50"/>
        <source>A new workspace has its own members, settings and subscription</source>
        <translation>Un nouvel espace de travail a ses propres membres, paramètres et abonnement</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="76"/>
        <source>%1 — your role: %2</source>
        <translation>%1 — votre rôle&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/WorkspaceSwitcher.cpp" line="77"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
</TS>
