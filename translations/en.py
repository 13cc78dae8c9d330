# English plural forms (the source strings are written for "many"); see fill.py.
T = {
 "The part before the @ is longer than %n characters.": ("The part before the @ is longer than %n character.", "The part before the @ is longer than %n characters."),
 "An email address can be at most %n characters long.": ("An email address can be at most %n character long.", "An email address can be at most %n characters long."),
 "The name is too long: at most %n characters.": ("The name is too long: at most %n character.", "The name is too long: at most %n characters."),
 "Use at least %n characters.": ("Use at least %n character.", "Use at least %n characters."),
 "Use at most %n characters.": ("Use at most %n character.", "Use at most %n characters."),
 "%n permission(s)": ("%n permission", "%n permissions"),
 "At least %n characters; a passphrase of a few words is best": ("At least %n character; a passphrase of a few words is best", "At least %n characters; a passphrase of a few words is best"),
 "Too many attempts. Try again in %n minute(s).": ("Too many attempts. Try again in %n minute.", "Too many attempts. Try again in %n minutes."),
 'Expires in %n day(s)': ('Expires in %n day', 'Expires in %n days'),
 'Expires in %n hour(s)': ('Expires in %n hour', 'Expires in %n hours'),
 'Expires in %n minute(s)': ('Expires in %n minute', 'Expires in %n minutes'),
 'Expired: resend it to give a new link valid for %n day(s).': ('Expired: resend it to give a new link valid for %n day.', 'Expired: resend it to give a new link valid for %n days.'),
 'Invite %n person(s)': ('Invite %n person', 'Invite %n people'),
 '%n already a member': ('%n already a member', '%n already members'),
 '%n already invited': ('%n already invited', '%n already invited'),
 '%n not valid': ('%n not valid', '%n not valid'),
}
