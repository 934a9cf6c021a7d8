#!/usr/bin/env python3
"""Writes src/main/resources/identity/common-passwords.txt.

The list is GENERATED, not copied from a breach corpus: this project has no network access to
download one. It combines (1) passwords that every published "most common passwords" list has
agreed on for years (123456, password, qwerty, iloveyou...), written from general knowledge, with
(2) the patterns those lists are made of: common words and names followed by digits, years or "!",
keyboard walks, repeated and sequential digits, and doubled words. Tandem compares without regard to
case and also with trailing digits and symbols removed, so a base word here also blocks
"Base2026!". A deployer may replace the file with a breach-derived list (for example the NCSC's
top 100,000 from Have I Been Pwned); one password per line, '#' starts a comment.

Run from the repository root: python3 tools/common-passwords/generate.py
"""
import itertools
from pathlib import Path

TARGET = 10_000
OUT = Path("src/main/resources/identity/common-passwords.txt")

# (1) Long-standing top passwords, roughly in the order published lists rank them.
TOP = """
123456 password 123456789 12345678 12345 qwerty 1234567 111111 1234567890 123123 abc123 1234
password1 iloveyou 1q2w3e4r 000000 qwerty123 zaq12wsx dragon sunshine princess letmein 654321
monkey 27653 1qaz2wsx 123321 qwertyuiop superman asdfghjkl trustno1 football baseball welcome
master shadow michael jennifer charlie jordan hunter ranger buster soccer harley batman andrew
tigger daniel thomas robert hockey killer george sexy andrea joshua pepper ginger whatever
freedom computer starwars 666666 121212 696969 mustang access love 7777777 123qwe 1qazxsw2
passw0rd p@ssw0rd p@ssword pa55word password123 password1234 qwerty1234 welcome1 welcome123
admin admin123 administrator root toor changeme changeme123 letmein123 test test123 guest
default secret secret123 login loveme lovely flower hello hello123 hellohello internet
cheese summer winter spring autumn august october november december january february march april
june july liverpool chelsea arsenal manchester everton tottenham newcastle celtic rangers
football1 matrix samsung apple google facebook instagram twitter linkedin microsoft windows
pokemon minecraft fortnite naruto pikachu ashley jessica amanda nicole hannah olivia emily
sophie charlotte jessica1 daniel1 michael1 thomas1 william jack oliver harry james george1
""".split()

# (2) Words and names people build passwords from.
WORDS = """
password passwort passw0rd p4ssword pass letmein welcome qwerty qwertyuiop asdfgh asdfghjkl
zxcvbnm iloveyou loveyou trustno1 changeme default secret admin administrator manager user
login access master monkey dragon shadow sunshine princess football soccer rugby cricket
baseball basketball hockey golf tennis liverpool chelsea arsenal everton tottenham manutd
manchester leeds newcastle celtic rangers england scotland wales ireland britain london
birmingham glasgow bristol cardiff leicester summer winter spring autumn january february march
april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday christmas easter holiday weekend family children mother father
mummy daddy grandma grandad baby angel angels heaven jesus god blessed faith hope charity
happy smile flower flowers rose daisy sunflower rainbow butterfly dolphin tiger lion bear
monkey dog doggy puppy kitty kitten cat cats horse pony bunny rabbit chicken banana orange
apple cherry chocolate cookie cheese pizza coffee beer whisky vodka music guitar piano dance
computer internet google facebook instagram twitter snapchat youtube netflix amazon iphone
android samsung nokia windows linux matrix starwars startrek batman superman spiderman
ironman hulk marvel pokemon pikachu minecraft fortnite zelda mario naruto harrypotter hogwarts
hello goodbye whatever nothing something freedom liberty peace love lovely lover sweet
sweetheart honey sugar darling beautiful gorgeous sexy hottie killer hunter ranger soldier
warrior ninja legend champion winner lucky lucky7 magic wizard dragonball diamond silver gold
golden money dollar pounds cash rich mercedes ferrari porsche bmw audi honda toyota yamaha
harley mustang corvette nhs nhsuk nhspassword hospital doctor nurse physio therapy health
wellbeing patient clinic surgery pharmacy practice council school college student teacher
work office company business service support helpdesk letmeinnow tandem
michael david james john robert william richard thomas daniel matthew andrew joshua chris
christopher jordan ryan jack harry oliver charlie george alfie jacob thomas noah leo oscar
sarah emma emily jessica hannah sophie lauren chloe amy rebecca rachel laura charlotte olivia
amelia isla ava mia grace lily ella poppy sophia jennifer ashley amanda nicole michelle
elizabeth victoria samantha stephanie natalie jasmine megan katie holly danielle
""".split()

SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "!", "1!", "123!", "01", "11",
            "69", "99", "007", "2000", "2010", "2015", "2016", "2017", "2018", "2019", "2020",
            "2021", "2022", "2023", "2024", "2025", "2026", "2027", "@123", "#1", "1234!"]

KEYBOARD = """
qwertyuiop qwertyuiop123 qwertyuiopasdfghjkl asdfghjkl asdfghjkl123 zxcvbnm zxcvbnm123
qazwsxedc qazwsxedcrfv qazwsxedcrfvtgb 1qaz2wsx3edc 1qaz2wsx3edc4rfv 1q2w3e4r5t 1q2w3e4r5t6y
1q2w3e4r5t6y7u 1q2w3e4r5t6y7u8i 1234qwer 1234qwerasdf 12345qwert 123456qwerty 1234567890qwerty
qwerty123456 qwertyqwerty asdfasdfasdf qweasdzxc qweasdzxc123 poiuytrewq mnbvcxz lkjhgfdsa
""".split()


def digit_runs():
    for n in range(12, 17):
        yield "".join(str((i + 1) % 10) for i in range(n))  # 123456789012...
        yield "".join(str(9 - (i % 10)) for i in range(n))  # 987654321098...
        for d in "0123456789":
            yield d * n
        yield ("12" * n)[:n]
        yield ("123" * n)[:n]
        yield ("1234" * n)[:n]
        yield ("112233" * n)[:n]


def ranked():
    yield from TOP
    yield from KEYBOARD
    yield from digit_runs()
    # Tandem's own demo password: demo accounts must never be copied into real use.
    yield from ["tandem-demo-2026", "tandem-demo", "tandemdemo2026"]
    common_suffixes, year_suffixes = SUFFIXES[:10], SUFFIXES[10:]
    for suffix in common_suffixes:
        for word in WORDS:
            yield word + suffix
    for word in WORDS:
        yield word + word
        yield "my" + word
        yield "ilove" + word
        yield word + "password"
        yield "password" + word
    for a, b in itertools.product(["iloveyou", "letmein", "welcome", "password", "qwerty"],
                                  ["forever", "please", "again", "now", "always", "back"]):
        yield a + b
    for suffix in year_suffixes:
        for word in WORDS:
            yield word + suffix


def main():
    seen, out = set(), []
    for password in ranked():
        password = password.lower()
        if password and password not in seen:
            seen.add(password)
            out.append(password)
        if len(out) == TARGET:
            break
    header = [
        "# Passwords Tandem refuses: generated by tools/common-passwords/generate.py.",
        "# NOT a breach corpus. Built from long-standing published top passwords (written from",
        "# general knowledge) and the patterns such lists are made of: common words and names with",
        "# digits, years or '!', keyboard walks, repeated and sequential digits, doubled words.",
        "# Compared ignoring case and trailing digits or symbols. One password per line.",
    ]
    OUT.write_text("\n".join(header + out) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} passwords to {OUT}")


if __name__ == "__main__":
    main()
