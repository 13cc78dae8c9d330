<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>nacre::EmailAddress</name>
    <message numerus="yes">
        <location filename="../core/validation/EmailAddress.cpp" line="85"/>
        <source>The part before the @ is longer than %n characters.</source>
        <translation>
            <numerusform>The part before the @ is longer than %n character.</numerusform>
            <numerusform>The part before the @ is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/EmailAddress.cpp" line="111"/>
        <source>An email address can be at most %n characters long.</source>
        <translation>
            <numerusform>An email address can be at most %n character long.</numerusform>
            <numerusform>An email address can be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::NameRules</name>
    <message numerus="yes">
        <location filename="../core/validation/NameRules.cpp" line="67"/>
        <source>The name is too long: at most %n characters.</source>
        <translation>
            <numerusform>The name is too long: at most %n character.</numerusform>
            <numerusform>The name is too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::PasswordRules</name>
    <message numerus="yes">
        <location filename="../core/validation/PasswordRules.cpp" line="16"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/PasswordRules.cpp" line="19"/>
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Use at most %n character.</numerusform>
            <numerusform>Use at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::client::ApiKeyListModel</name>
    <message numerus="yes">
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="89"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="138"/>
        <source>%1 (soon: in %n day(s))</source>
        <translation>
            <numerusform>%1 (soon: in %n day)</numerusform>
            <numerusform>%1 (soon: in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/apikeys/ApiKeyListModel.cpp" line="149"/>
        <source>This key stops working in %n day(s). Make a new one and give it to the program before then.</source>
        <translation>
            <numerusform>This key stops working in %n day. Make a new one and give it to the program before then.</numerusform>
            <numerusform>This key stops working in %n days. Make a new one and give it to the program before then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::client::InvitationListModel</name>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="188"/>
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="190"/>
        <source>Expires in %n hour(s)</source>
        <translation>
            <numerusform>Expires in %n hour</numerusform>
            <numerusform>Expires in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="191"/>
        <source>Expires in %n minute(s)</source>
        <translation>
            <numerusform>Expires in %n minute</numerusform>
            <numerusform>Expires in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="286"/>
        <source>Expired: resend it to give a new link valid for %n day(s).</source>
        <translation>
            <numerusform>Expired: resend it to give a new link valid for %n day.</numerusform>
            <numerusform>Expired: resend it to give a new link valid for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="330"/>
        <source>Not sent yet (%Ln attempt(s)): %1. Next try at %2.</source>
        <translation>
            <numerusform>Not sent yet (%Ln attempt): %1. Next try at %2.</numerusform>
            <numerusform>Not sent yet (%Ln attempts): %1. Next try at %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::client::ProblemText</name>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="163"/>
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="49"/>
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field needs attention.</numerusform>
            <numerusform>%n fields need attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="131"/>
        <source>%n pending invitation(s) offer this role. Revoke them first.</source>
        <translation>
            <numerusform>%n pending invitation offers this role. Revoke it first.</numerusform>
            <numerusform>%n pending invitations offer this role. Revoke them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="132"/>
        <source>%n member(s) hold this role. Move them to another role first.</source>
        <translation>
            <numerusform>%n member holds this role. Move them to another role first.</numerusform>
            <numerusform>%n members hold this role. Move them to another role first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="143"/>
        <source>This code is wrong, was already used, or is older than %n minute(s). Ask for a new one.</source>
        <translation>
            <numerusform>This code is wrong, was already used, or is older than %n minute. Ask for a new one.</numerusform>
            <numerusform>This code is wrong, was already used, or is older than %n minutes. Ask for a new one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/api/ProblemText.cpp" line="171"/>
        <source>Use at least %n characters; a passphrase of a few words is best.</source>
        <translation>
            <numerusform>Use at least %n character; a passphrase of a few words is best.</numerusform>
            <numerusform>Use at least %n characters; a passphrase of a few words is best.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::client::RoleListModel</name>
    <message numerus="yes">
        <location filename="../models/roles/RoleListModel.cpp" line="204"/>
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n permission</numerusform>
            <numerusform>%n permissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::AuditLogPage</name>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogPage.cpp" line="228"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogPage.cpp" line="276"/>
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogPage.cpp" line="292"/>
        <source>Intact: all %n event(s) are as they were written.</source>
        <translation>
            <numerusform>Intact: the %n event is as it was written.</numerusform>
            <numerusform>Intact: all %n events are as they were written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogPage.cpp" line="301"/>
        <source>Not intact: %1. The %n event(s) before it check out.</source>
        <translation>
            <numerusform>Not intact: %1. The %n event before it checks out.</numerusform>
            <numerusform>Not intact: %1. The %n events before it check out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::BatchDialog</name>
    <message numerus="yes">
        <location filename="../ui/users/BatchDialog.cpp" line="86"/>
        <source>All %Ln change(s) made.</source>
        <translation>
            <numerusform>The change is made.</numerusform>
            <numerusform>All %Ln changes made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/BatchDialog.cpp" line="88"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::ChangeRoleCommand</name>
    <message numerus="yes">
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="127"/>
        <source>Give %Ln member(s) the role “%1”. Review the changes, then apply them.</source>
        <translation>
            <numerusform>Give %Ln member the role “%1”. Review the change, then apply it.</numerusform>
            <numerusform>Give %Ln members the role “%1”. Review the changes, then apply them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="131"/>
        <source>%Ln of them gain permissions they do not have now.</source>
        <translation>
            <numerusform>%Ln of them gains permissions they do not have now.</numerusform>
            <numerusform>%Ln of them gain permissions they do not have now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/ChangeRoleCommand.cpp" line="134"/>
        <source>Change %Ln Role(s)</source>
        <translation>
            <numerusform>Change %Ln Role</numerusform>
            <numerusform>Change %Ln Roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::ExportMembersCommand</name>
    <message numerus="yes">
        <location filename="../ui/users/members/ExportMembersCommand.cpp" line="58"/>
        <source>Exported %Ln member(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln member to %1.</numerusform>
            <numerusform>Exported %Ln members to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::InvitationCommand</name>
    <message numerus="yes">
        <location filename="../ui/users/invitations/InvitationCommand.cpp" line="38"/>
        <source>%1: %Ln invitation(s).</source>
        <translation>
            <numerusform>%1: %Ln invitation.</numerusform>
            <numerusform>%1: %Ln invitations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/invitations/InvitationCommand.cpp" line="45"/>
        <source>%Ln invitation(s) done. Not done:</source>
        <translation>
            <numerusform>%Ln invitation done. Not done:</numerusform>
            <numerusform>%Ln invitations done. Not done:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::InviteCommand</name>
    <message numerus="yes">
        <location filename="../ui/users/invitations/InviteCommand.cpp" line="44"/>
        <source>%Ln invitation(s) sent.</source>
        <translation>
            <numerusform>%Ln invitation sent.</numerusform>
            <numerusform>%Ln invitations sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::InviteDialog</name>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="215"/>
        <source>Invite %Ln person(s)</source>
        <translation>
            <numerusform>Invite %Ln person</numerusform>
            <numerusform>Invite %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="219"/>
        <source>%Ln already a member</source>
        <translation>
            <numerusform>%Ln already a member</numerusform>
            <numerusform>%Ln already members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="221"/>
        <source>%Ln already invited</source>
        <translation>
            <numerusform>%Ln already invited</numerusform>
            <numerusform>%Ln already invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="223"/>
        <source>%Ln not valid</source>
        <translation>
            <numerusform>%Ln not valid</numerusform>
            <numerusform>%Ln not valid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberBatch</name>
    <message numerus="yes">
        <location filename="../ui/users/members/MemberBatch.cpp" line="44"/>
        <source>%1: %Ln member(s) done.</source>
        <translation>
            <numerusform>%1: %Ln member done.</numerusform>
            <numerusform>%1: %Ln members done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/MemberBatch.cpp" line="46"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberDetailsDialog</name>
    <message numerus="yes">
        <location filename="../ui/users/MemberDetailsDialog.cpp" line="155"/>
        <source>Signed in on %Ln session(s)</source>
        <translation>
            <numerusform>Signed in on %Ln session</numerusform>
            <numerusform>Signed in on %Ln sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::MemberSessionsBox</name>
    <message numerus="yes">
        <location filename="../ui/settings/MemberSessionsBox.cpp" line="150"/>
        <source>%1 was signed out of %n session(s).</source>
        <translation>
            <numerusform>%1 was signed out of %n session.</numerusform>
            <numerusform>%1 was signed out of %n sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::MembersTab</name>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="138"/>
        <location filename="../ui/users/MembersTab.cpp" line="144"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="149"/>
        <source>%Ln member(s), as last seen</source>
        <translation>
            <numerusform>%Ln member, as last seen</numerusform>
            <numerusform>%Ln members, as last seen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::NewPasswordField</name>
    <message numerus="yes">
        <location filename="../ui/widgets/NewPasswordField.cpp" line="24"/>
        <source>At least %n characters; a passphrase of a few words is best</source>
        <translation>
            <numerusform>At least %n character; a passphrase of a few words is best</numerusform>
            <numerusform>At least %n characters; a passphrase of a few words is best</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::RemoveMembersCommand</name>
    <message numerus="yes">
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="28"/>
        <source>Remove %Ln member(s) from the workspace? They lose access at once; their accounts stay, and they can be invited again.</source>
        <translation>
            <numerusform>Remove %Ln member from the workspace? They lose access at once; their account stays, and they can be invited again.</numerusform>
            <numerusform>Remove %Ln members from the workspace? They lose access at once; their accounts stay, and they can be invited again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/members/RemoveMembersCommand.cpp" line="31"/>
        <source>Remove %Ln Member(s)</source>
        <translation>
            <numerusform>Remove %Ln Member</numerusform>
            <numerusform>Remove %Ln Members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::ResendInvitationsCommand</name>
    <message numerus="yes">
        <location filename="../ui/users/invitations/ResendInvitationsCommand.cpp" line="7"/>
        <source>Send again with a new link, valid for another %n day(s)</source>
        <translation>
            <numerusform>Send again with a new link, valid for another %n day</numerusform>
            <numerusform>Send again with a new link, valid for another %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::ResetPasswordDialog</name>
    <message numerus="yes">
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="157"/>
        <source>If %1 has an account here, a code is on its way there; it works for %n minute(s). Paste it below and choose a new password. Nothing arrived? Look in the spam folder, or check the address.</source>
        <translation>
            <numerusform>If %1 has an account here, a code is on its way there; it works for %n minute. Paste it below and choose a new password. Nothing arrived? Look in the spam folder, or check the address.</numerusform>
            <numerusform>If %1 has an account here, a code is on its way there; it works for %n minutes. Paste it below and choose a new password. Nothing arrived? Look in the spam folder, or check the address.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::RevokeInvitationsCommand</name>
    <message numerus="yes">
        <location filename="../ui/users/invitations/RevokeInvitationsCommand.cpp" line="21"/>
        <source>Revoke %Ln invitation(s)? Their links stop working at once.</source>
        <translation>
            <numerusform>Revoke %Ln invitation? Its link stops working at once.</numerusform>
            <numerusform>Revoke %Ln invitations? Their links stop working at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::RoleEditorDialog</name>
    <message numerus="yes">
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="134"/>
        <source>Affects the %Ln member(s) who hold this role, at once.</source>
        <translation>
            <numerusform>Affects the %Ln member who holds this role, at once.</numerusform>
            <numerusform>Affects the %Ln members who hold this role, at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="138"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::RoleInUseDialog</name>
    <message numerus="yes">
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="31"/>
        <source>%Ln member(s) hold “%1”, so it cannot simply be deleted. Move them to another role and delete it in one step (pending invitations offering it move too), or look at them first.</source>
        <translation>
            <numerusform>%Ln member holds “%1”, so it cannot simply be deleted. Move them to another role and delete it in one step (pending invitations offering it move too), or look at them first.</numerusform>
            <numerusform>%Ln members hold “%1”, so it cannot simply be deleted. Move them to another role and delete it in one step (pending invitations offering it move too), or look at them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="97"/>
        <source>%Ln member(s) of “%1” will become Owners: they can do everything, including deleting the workspace and removing you.</source>
        <translation>
            <numerusform>%Ln member of “%1” will become an Owner: they can do everything, including deleting the workspace and removing you.</numerusform>
            <numerusform>%Ln members of “%1” will become Owners: they can do everything, including deleting the workspace and removing you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="101"/>
        <source>%Ln member(s) of “%1” will get “%2” and with it permissions they do not have now.</source>
        <translation>
            <numerusform>%Ln member of “%1” will get “%2” and with it permissions they do not have now.</numerusform>
            <numerusform>%Ln members of “%1” will get “%2” and with it permissions they do not have now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::SecurityPage</name>
    <message numerus="yes">
        <location filename="../ui/security/SecurityPage.cpp" line="55"/>
        <source>At least %n characters; a passphrase of a few words is best</source>
        <translation>
            <numerusform>At least %n character; a passphrase of a few words is best</numerusform>
            <numerusform>At least %n characters; a passphrase of a few words is best</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/security/SecurityPage.cpp" line="257"/>
        <source>Recovery codes: %n of 10 left, each for one sign-in without the app.</source>
        <translation>
            <numerusform>Recovery codes: %n of 10 left, each for one sign-in without the app.</numerusform>
            <numerusform>Recovery codes: %n of 10 left, each for one sign-in without the app.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nacre::ui::TwoFactorRequirementBox</name>
    <message numerus="yes">
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="120"/>
        <source>%n member(s) cannot open this workspace until they turn on two-factor sign-in:</source>
        <translation>
            <numerusform>%n member cannot open this workspace until they turn on two-factor sign-in:</numerusform>
            <numerusform>%n members cannot open this workspace until they turn on two-factor sign-in:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="123"/>
        <source>%n member(s) have no two-factor sign-in and would be shut out until they turn it on:</source>
        <translation>
            <numerusform>%n member has no two-factor sign-in and would be shut out until they turn it on:</numerusform>
            <numerusform>%n members have no two-factor sign-in and would be shut out until they turn it on:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="134"/>
        <source>%n member(s) have no two-factor sign-in. They cannot open this workspace until they turn it on. Require it now?</source>
        <translation>
            <numerusform>%n member has no two-factor sign-in. They cannot open this workspace until they turn it on. Require it now?</numerusform>
            <numerusform>%n members have no two-factor sign-in. They cannot open this workspace until they turn it on. Require it now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/TwoFactorRequirementBox.cpp" line="167"/>
        <source>Copied %n address(es).</source>
        <translation>
            <numerusform>Copied %n address.</numerusform>
            <numerusform>Copied %n addresses.</numerusform>
        </translation>
    </message>
</context>
</TS>
