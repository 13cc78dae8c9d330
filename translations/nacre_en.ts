<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>nacre::EmailAddress</name>
    <message numerus="yes">
        <location filename="../core/validation/EmailAddress.cpp" line="85" />
        <source>The part before the @ is longer than %n characters.</source>
        <translation><numerusform>The part before the @ is longer than %n character.</numerusform><numerusform>The part before the @ is longer than %n characters.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/EmailAddress.cpp" line="111" />
        <source>An email address can be at most %n characters long.</source>
        <translation><numerusform>An email address can be at most %n character long.</numerusform><numerusform>An email address can be at most %n characters long.</numerusform></translation>
    </message>
</context>
<context>
    <name>nacre::NameRules</name>
    <message numerus="yes">
        <location filename="../core/validation/NameRules.cpp" line="67" />
        <source>The name is too long: at most %n characters.</source>
        <translation><numerusform>The name is too long: at most %n character.</numerusform><numerusform>The name is too long: at most %n characters.</numerusform></translation>
    </message>
</context>
<context>
    <name>nacre::PasswordRules</name>
    <message numerus="yes">
        <location filename="../core/validation/PasswordRules.cpp" line="16" />
        <source>Use at least %n characters.</source>
        <translation><numerusform>Use at least %n character.</numerusform><numerusform>Use at least %n characters.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/PasswordRules.cpp" line="19" />
        <source>Use at most %n characters.</source>
        <translation><numerusform>Use at most %n character.</numerusform><numerusform>Use at most %n characters.</numerusform></translation>
    </message>
</context>
<context>
    <name>nacre::client::ApiError</name>
    <message numerus="yes">
        <location filename="../models/api/ApiError.cpp" line="63" />
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation><numerusform>Too many attempts. Try again in %n minute.</numerusform><numerusform>Too many attempts. Try again in %n minutes.</numerusform></translation>
    </message>
</context>
<context>
    <name>nacre::client::InvitationListModel</name>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="83" />
        <source>Expires in %n day(s)</source>
        <translation><numerusform>Expires in %n day</numerusform><numerusform>Expires in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="85" />
        <source>Expires in %n hour(s)</source>
        <translation><numerusform>Expires in %n hour</numerusform><numerusform>Expires in %n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="86" />
        <source>Expires in %n minute(s)</source>
        <translation><numerusform>Expires in %n minute</numerusform><numerusform>Expires in %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/invitations/InvitationListModel.cpp" line="177" />
        <source>Expired: resend it to give a new link valid for %n day(s).</source>
        <translation><numerusform>Expired: resend it to give a new link valid for %n day.</numerusform><numerusform>Expired: resend it to give a new link valid for %n days.</numerusform></translation>
    </message>
</context>
<context>
    <name>nacre::client::RoleListModel</name>
    <message numerus="yes">
        <location filename="../models/roles/RoleListModel.cpp" line="204" />
        <source>%n permission(s)</source>
        <translation><numerusform>%n permission</numerusform><numerusform>%n permissions</numerusform></translation>
    </message>
</context>
<context>
    <name>nacre::ui::BatchDialog</name>
    <message numerus="yes">
        <location filename="../ui/users/BatchDialog.cpp" line="84" />
        <source>All %n change(s) made.</source>
        <translation><numerusform>The change is made.</numerusform><numerusform>All %n changes made.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/BatchDialog.cpp" line="86" />
        <source>%n change(s)</source>
        <translation><numerusform>%n change</numerusform><numerusform>%n changes</numerusform></translation>
    </message>
</context>
<context>
    <name>nacre::ui::InvitationsTab</name>
    <message numerus="yes">
        <location filename="../ui/users/InvitationsTab.cpp" line="65" />
        <source>Send again with a new link, valid for another %n day(s)</source>
        <translation><numerusform>Send again with a new link, valid for another %n day</numerusform><numerusform>Send again with a new link, valid for another %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InvitationsTab.cpp" line="136" />
        <source>%1: %n invitation(s).</source>
        <translation><numerusform>%1: %n invitation.</numerusform><numerusform>%1: %n invitations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InvitationsTab.cpp" line="143" />
        <source>%n invitation(s) done. Not done:</source>
        <translation><numerusform>%n invitation done. Not done:</numerusform><numerusform>%n invitations done. Not done:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InvitationsTab.cpp" line="159" />
        <source>Revoke %n invitation(s)? Their links stop working at once.</source>
        <translation><numerusform>Revoke %n invitation? Its link stops working at once.</numerusform><numerusform>Revoke %n invitations? Their links stop working at once.</numerusform></translation>
    </message>
</context>
<context>
    <name>nacre::ui::InviteDialog</name>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="214" />
        <source>Invite %n person(s)</source>
        <translation><numerusform>Invite %n person</numerusform><numerusform>Invite %n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="218" />
        <source>%n already a member</source>
        <translation><numerusform>%n already a member</numerusform><numerusform>%n already members</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="220" />
        <source>%n already invited</source>
        <translation><numerusform>%n already invited</numerusform><numerusform>%n already invited</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/InviteDialog.cpp" line="222" />
        <source>%n not valid</source>
        <translation><numerusform>%n not valid</numerusform><numerusform>%n not valid</numerusform></translation>
    </message>
</context>
<context>
    <name>nacre::ui::MembersTab</name>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="347" />
        <source>%n member(s)</source>
        <translation><numerusform>%n member</numerusform><numerusform>%n members</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="346" />
        <source>%1: %n member(s) done.</source>
        <translation><numerusform>%1: %n member done.</numerusform><numerusform>%1: %n members done.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="144" />
        <location filename="../ui/users/MembersTab.cpp" line="150" />
        <source>%Ln member(s)</source>
        <translation><numerusform>%Ln member</numerusform><numerusform>%Ln members</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="155" />
        <source>%Ln member(s), as last seen</source>
        <translation><numerusform>%Ln member, as last seen</numerusform><numerusform>%Ln members, as last seen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="416" />
        <source>Give %n member(s) the role “%1”. Review the changes, then apply them.</source>
        <translation><numerusform>Give %n member the role “%1”. Review the change, then apply it.</numerusform><numerusform>Give %n members the role “%1”. Review the changes, then apply them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="420" />
        <source>%n of them gain permissions they do not have now.</source>
        <translation><numerusform>%n of them gains permissions they do not have now.</numerusform><numerusform>%n of them gain permissions they do not have now.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="422" />
        <source>Change %n Role(s)</source>
        <translation><numerusform>Change %n Role</numerusform><numerusform>Change %n Roles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="440" />
        <source>Remove %n member(s) from the workspace? They lose access at once; their accounts stay, and they can be invited again.</source>
        <translation><numerusform>Remove %n member from the workspace? They lose access at once; their account stays, and they can be invited again.</numerusform><numerusform>Remove %n members from the workspace? They lose access at once; their accounts stay, and they can be invited again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="443" />
        <source>Remove %n Member(s)</source>
        <translation><numerusform>Remove %n Member</numerusform><numerusform>Remove %n Members</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/MembersTab.cpp" line="493" />
        <source>Exported %n member(s) to %1.</source>
        <translation><numerusform>Exported %n member to %1.</numerusform><numerusform>Exported %n members to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>nacre::ui::NewPasswordField</name>
    <message numerus="yes">
        <location filename="../ui/widgets/NewPasswordField.cpp" line="24" />
        <source>At least %n characters; a passphrase of a few words is best</source>
        <translation><numerusform>At least %n character; a passphrase of a few words is best</numerusform><numerusform>At least %n characters; a passphrase of a few words is best</numerusform></translation>
    </message>
</context>
<context>
    <name>nacre::ui::ResetPasswordDialog</name>
    <message numerus="yes">
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="156" />
        <source>If %1 has an account here, a code is on its way there; it works for %n minute(s). Paste it below and choose a new password. Nothing arrived? Look in the spam folder, or check the address.</source>
        <translation><numerusform>If %1 has an account here, a code is on its way there; it works for %n minute. Paste it below and choose a new password. Nothing arrived? Look in the spam folder, or check the address.</numerusform><numerusform>If %1 has an account here, a code is on its way there; it works for %n minutes. Paste it below and choose a new password. Nothing arrived? Look in the spam folder, or check the address.</numerusform></translation>
    </message>
</context>
<context>
    <name>nacre::ui::RoleEditorDialog</name>
    <message numerus="yes">
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="197" />
        <source>Affects the %n member(s) who hold this role, at once.</source>
        <translation><numerusform>Affects the %n member who holds this role, at once.</numerusform><numerusform>Affects the %n members who hold this role, at once.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="201" />
        <source>%1 and %n more</source>
        <translation><numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>nacre::ui::RoleInUseDialog</name>
    <message numerus="yes">
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="29" />
        <source>%n member(s) hold “%1”, so it cannot simply be deleted. Move them to another role and delete it in one step (pending invitations offering it move too), or look at them first.</source>
        <translation><numerusform>%n member holds “%1”, so it cannot simply be deleted. Move them to another role and delete it in one step (pending invitations offering it move too), or look at them first.</numerusform><numerusform>%n members hold “%1”, so it cannot simply be deleted. Move them to another role and delete it in one step (pending invitations offering it move too), or look at them first.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="94" />
        <source>%n member(s) of “%1” will become Owners: they can do everything, including deleting the workspace and removing you.</source>
        <translation><numerusform>%n member of “%1” will become an Owner: they can do everything, including deleting the workspace and removing you.</numerusform><numerusform>%n members of “%1” will become Owners: they can do everything, including deleting the workspace and removing you.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/roles/RoleInUseDialog.cpp" line="98" />
        <source>%n member(s) of “%1” will get “%2” and with it permissions they do not have now.</source>
        <translation><numerusform>%n member of “%1” will get “%2” and with it permissions they do not have now.</numerusform><numerusform>%n members of “%1” will get “%2” and with it permissions they do not have now.</numerusform></translation>
    </message>
</context>
<context>
    <name>nacre::ui::SecurityPage</name>
    <message numerus="yes">
        <location filename="../ui/security/SecurityPage.cpp" line="53" />
        <source>At least %n characters; a passphrase of a few words is best</source>
        <translation><numerusform>At least %n character; a passphrase of a few words is best</numerusform><numerusform>At least %n characters; a passphrase of a few words is best</numerusform></translation>
    </message>
</context>
<context>
    <name>nacre::ui::UsersPage</name>
    <message numerus="yes">
        <location filename="../ui/users/UsersPage.cpp" line="125" />
        <source>%n invitation(s) sent.</source>
        <translation><numerusform>%n invitation sent.</numerusform><numerusform>%n invitations sent.</numerusform></translation>
    </message>
</context>
</TS>