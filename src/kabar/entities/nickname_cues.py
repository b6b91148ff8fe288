"""The cues that give a person's nickname in a text ("yang akrab disapa Josan", "Pria yang
dikenal sebagai Cak Mat itu", "Jonathan "Coach Jo" Lumenta"), read by ``repeats.py``."""

from __future__ import annotations

import re

# "Joko Santosa atau Josan", "..., yang akrab disapa Josan": a nickname after a full name.
# An age in brackets may come between ("Agus Prabowo (29), yang akrab disapa Gembul"), and who
# uses the nickname may be said ("yang oleh rekan-rekannya dipanggil Bang Jali"), as may where
# ("yang di kampungnya akrab disapa Ucok"). A bare "yang disapa" gives one too ("Kittipong
# Ruangsri, yang disapa Ton"); a bare "yang dipanggil" does not: it also means summoned.
NICKNAME = re.compile(
    r"(\s*\(\d{1,3}\))?\s*,?\s+(?:atau|alias|(?:atau\s+)?(?:yang\s+(?:[a-z]+\s+){0,3}?)?"
    r"(?:(?:akrab|biasa|kerap|lebih\s+dikenal)"
    r"(?:\s+(?:disapa|dipanggil|dikenal(?:\s+dengan\s+nama)?))?(?:\s+(?:panggung|samaran))?"
    r"|dikenal\s+dengan\s+nama(?:\s+(?:panggung|samaran|panggilan))?"
    r"|dikenal(?:\s+[a-z]+)?\s+sebagai"
    r"|(?<=yang\s)disapa"
    r"|oleh\s+[\w-]+\s+(?:lebih\s+)?(?:akrab\s+|biasa\s+)?(?:disapa|dipanggil)))"
    r"\s+([A-Z][\w'’-]+)\b"
)
# A cue that only ever gives a nickname ("disapa", "dipanggil"), never a list of names as
# "atau" may: a one-word name takes a nickname after it without an age.
CALLED = re.compile(r"\b(?:disapa|dipanggil)\b")
# Group of NICKNAME holding the age in brackets; an age lets a one-word name take a nickname.
AGE_GROUP = 1
NICK_GROUP = 2


# "... yang akrab disapa "El Rafa"": a quoted nickname of someone named before; "yang kemudian
# dikenal dengan nama Indonesia Hendra Salim": a later name; "Warga mengenalnya dengan sebutan
# Amaq Rusdi", "Rekan-rekannya biasa memanggil Slamet dengan sebutan Pak Met": a name others call
# the person by ("Warga biasa memanggilnya Akhiun", "dikenal warga dengan sapaan Puang Baso",
# "yang populer dengan panggilan Bang Rudi").
REFERRED = re.compile(
    r"\b(?:akrab|biasa|kerap|lebih\s+dikenal)\s+(?:disapa|dipanggil|dijuluki)\s+[\"“]"
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)[\"”]"
    r"|\bdikenal\s+dengan\s+nama\s+(?:(?:Indonesia|Tionghoa|baptis|panggung|samaran)\s+)?"
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
    r"|\bdikenal\s+sebagai\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
    r"|\b(?:mengenalnya\s+(?:dengan\s+(?:sebutan|nama|panggilan)|sebagai)"
    r"|(?:memanggilnya|menyapanya)(?:\s+dengan\s+(?:sebutan|nama|panggilan|sapaan))?)\s+"
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    r"|\b(?:memanggil|menyapa)\s+(?:[A-Z][\w'’-]+\s+){1,3}dengan\s+(?:sebutan|panggilan|sapaan)"
    r"\s+[\"“]?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    r"|\b(?:dikenal|populer|tenar|akrab)\s+(?:[a-z]+\s+)?dengan\s+"
    r"(?:panggilan|sapaan|sebutan)\s+"
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)
# "Pria yang akrab disapa Mas Adit itu", "Bupati yang akrab disapa Bang Ucok itu", "Pria asal
# Tuban yang dikenal sebagai Cak Mat itu": an unquoted nickname after a noun or title that refers
# back to the person named before; one or two capitalised words, closed by "itu" or a comma.
REFERRED_PLAIN = re.compile(
    r"\b((?:[\w-]+\s+){0,2}[\w-]+)\s+yang\s+(?:(?:akrab|biasa|kerap|lebih\s+dikenal|oleh\s+[\w-]+)"
    r"\s+(?:disapa|dipanggil)|(?:lebih\s+)?dikenal\s+(?:sebagai|dengan\s+(?:sebutan|panggilan)))\s+"
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?=\s+itu\b|\s*,)"
)
# Words one of which every match of REFERRED or REFERRED_PLAIN holds (both patterns are case
# sensitive): a body without any is not searched, since most bodies give no nickname.
REFERRED_WORDS = (
    "disapa",
    "dipanggil",
    "dijuluki",
    "dikenal",
    "mengenalnya",
    "memanggil",
    "menyapa",
    "panggilan",
    "sapaan",
    "sebutan",
)
# Group of REFERRED after "dikenal sebagai", which also introduces titles and places ("dikenal
# sebagai Kota Pahlawan"): only plain name words that no other type holds count.
AS_GROUP = 3
# Group of REFERRED after "mengenalnya dengan sebutan": the name others know the person by.
KNOWN_AS_GROUP = 4
# Group of REFERRED after "memanggil Slamet dengan sebutan Pak Met": the person is named in the
# cue itself.
CALLED_AS_GROUP = 5
# Group of REFERRED after "dikenal (warga) dengan sapaan", which also gives a place's epithet
# ("dikenal dengan sebutan Kota Hujan"): a form of address may open it, but no place, body or
# common word.
EPITHET_GROUP = 6


# "Jonathan "Coach Jo" Lumenta": a quoted nickname inside a full name.
INNER = re.compile(
    r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) [\"“]([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})[\"”] "
    r"([A-Z][\w'’-]+)\b"
)
