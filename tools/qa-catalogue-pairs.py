#!/usr/bin/env python3
"""Builds a catalogue part of QaJudgedBench: Persian-English pairs from the Persian gettext catalogues of Debian 12
packages, written by their volunteer translators. The part names the catalogues:
  new2: GLib and GTK 3 (LGPL 2.1 or later) and LibreOffice 7.4 (MPL 2.0), bench/qa-new2-pairs.tsv;
  new3: GNOME applications (GPL 2 or later; GNOME Calendar and Nautilus GPL 3 or later), bench/qa-new3-pairs.tsv;
  new4: twelve desktop applications none of the others draws on (VLC, Inkscape, GIMP, Pidgin, Evolution, gedit,
    Rhythmbox, Eye of GNOME, Brasero, Epiphany, GNOME Terminal, Seahorse; GPL or LGPL), bench/qa-new4-pairs.tsv;
  new5: the MATE desktop's applications and Synaptic (GPL 2 or later; a few of MATE's libraries LGPL), messages of
    four words or more whose English no earlier part holds (MATE's Caja and Pluma began as Nautilus and gedit),
    bench/qa-new5-pairs.tsv;
  new6: the Xfce desktop's applications (Thunar, Mousepad, xfdesktop, xfce4-session, xfwm4, xfce4-screenshooter,
    xfce4-taskmanager, the Whisker Menu; GPL 2 or later, a few files GPL or LGPL), messages of four words or more
    whose English no earlier part holds; most of these catalogues are installed under fa_IR, not fa,
    bench/qa-new6-pairs.tsv;
  new7: KDE applications and KDE Frameworks libraries (Kate, Dolphin, Konsole, Okular, KMail, KOrganizer, KAlarm,
    KCalc, KIO, KDELibs4Support and others; GPL 2 or later, the libraries LGPL 2 or later), whose catalogues hold
    many figures, units, dates and numbered placeholders (%1), bench/qa-new7-pairs.tsv.

Run from the repository, with gettext installed:
  d=$(mktemp -d) && (cd "$d" && apt-get download libglib2.0-data libgtk-3-common libreoffice-l10n-fa \
    && for f in *.deb; do dpkg-deb -x "$f" x; done) && python3 tools/qa-catalogue-pairs.py new2 "$d/x" \
    > bench/qa-new2-pairs.tsv
  d=$(mktemp -d) && (cd "$d" && apt-get download evince-common file-roller gnome-calculator gnome-calendar \
    gnome-clocks gnome-control-center-data gnome-disk-utility gnome-software-common gnome-system-monitor \
    gnome-weather nautilus-data totem-common && for f in *.deb; do dpkg-deb -x "$f" x; done) \
    && python3 tools/qa-catalogue-pairs.py new3 "$d/x" > bench/qa-new3-pairs.tsv
  d=$(mktemp -d) && (cd "$d" && apt-get download vlc-l10n inkscape gimp-data pidgin-data evolution-common \
    gedit-common rhythmbox-data eog brasero-common epiphany-browser-data gnome-terminal-data seahorse \
    && for f in *.deb; do dpkg-deb -x "$f" x; done) && python3 tools/qa-catalogue-pairs.py new4 "$d/x" \
    > bench/qa-new4-pairs.tsv
  d=$(mktemp -d) && (cd "$d" && apt-get download caja-common pluma-common atril-common engrampa-common eom-common \
    mate-control-center-common mate-panel-common mate-terminal-common mate-utils-common mate-power-manager-common \
    mate-screensaver-common marco-common synaptic && for f in *.deb; do dpkg-deb -x "$f" x; done) \
    && python3 tools/qa-catalogue-pairs.py new5 "$d/x" > bench/qa-new5-pairs.tsv
  d=$(mktemp -d) && (cd "$d" && apt-get download thunar-data mousepad xfdesktop4-data xfce4-session xfwm4 \
    xfce4-screenshooter xfce4-taskmanager xfce4-whiskermenu-plugin && for f in *.deb; do dpkg-deb -x "$f" x; done) \
    && python3 tools/qa-catalogue-pairs.py new6 "$d/x" > bench/qa-new6-pairs.tsv
  d=$(mktemp -d) && (cd "$d" && apt-get download ark dolphin kate5-data kcalc kcharselect kinfocenter kio kmail \
    konsole korganizer ktimer okular akregator juk kalarm kdf kfind kget kmix knotes kolourpaint kteatime \
    kwalletmanager libkf5calendarsupport-data libkf5configwidgets-data libkf5i18n-data libkf5kcmutils-data \
    libkf5kdelibs4support-data libkf5textwidgets-data libkf5xmlgui-data sweeper \
    && for f in *.deb; do dpkg-deb -x "$f" x; done) && python3 tools/qa-catalogue-pairs.py new7 "$d/x" \
    > bench/qa-new7-pairs.tsv

Every message whose Persian is written in Persian and differs from the English is a candidate (a plural message
gives its English plural and its Persian form); the same English message is taken once. Of these, 360 are drawn
among the messages that carry a digit, a placeholder, a quotation mark or a unit, and 240 among the rest, seeded,
so the set holds the figures, dates and marks the checks compare (new4, smaller so that every pair can be read:
240 and 160; new5, closer to prose: 200 and 150 among the messages of four words or more; new6 likewise, 150
and 200, since Xfce's catalogues hold fewer than 150 such messages with a figure or a mark; new7, 240 and 110 of
messages of any length, as new4, whose English no earlier part holds). Ids are the catalogue and its message number.
"""
import glob
import os
import random
import re
import subprocess
import sys

FA = "usr/share/locale/fa/LC_MESSAGES/"
GNOME = ["evince", "file-roller", "gnome-calculator", "gnome-calendar", "gnome-clocks", "gnome-control-center-2.0",
         "gnome-control-center-2.0-timezones", "gnome-disk-utility", "gnome-software", "gnome-system-monitor",
         "nautilus", "org.gnome.Weather", "totem"]
APPS = ["vlc", "inkscape", "gimp20", "pidgin", "evolution", "gedit", "rhythmbox", "eog", "brasero", "epiphany",
        "gnome-terminal", "seahorse"]
MATE = ["caja", "pluma", "atril", "engrampa", "eom", "mate-control-center", "mate-panel", "mate-terminal",
        "mate-utils", "mate-power-manager", "mate-screensaver", "marco", "synaptic"]
XFCE = [("thunar", "fa_IR"), ("mousepad", "fa_IR"), ("xfdesktop", "fa_IR"), ("xfce4-session", "fa_IR"),
        ("xfwm4", "fa_IR"), ("xfce4-screenshooter", "fa_IR"), ("xfce4-taskmanager", "fa_IR"),
        ("xfce4-whiskermenu-plugin", "fa")]
KDE = ["ark", "dolphin", "kate", "kate-ctags-plugin", "katebacktracebrowserplugin", "katebuild-plugin",
       "katecloseexceptplugin", "katefilebrowserplugin", "kategdbplugin", "katekonsoleplugin", "katetextfilter",
       "katexmltools", "kcalc", "kcharselect", "kcm_pci", "kcmsamba", "kcmusb", "kio5", "kmail", "konsole",
       "korganizer", "ktimer", "okular", "akregator", "juk", "kalarm", "kdf", "kfind", "kget", "kmix", "knotes",
       "kolourpaint", "kteatime", "kcmkwallet", "kwalletmanager", "calendarsupport", "kconfigwidgets5", "ki18n5",
       "kcmutils5", "kdelibs4support", "ktextwidgets5", "kxmlgui5", "sweeper"]
SIZES = {"new4": (240, 160), "new5": (200, 150), "new6": (150, 200), "new7": (240, 110)}
EARLIER = {"new5": ["bench/qa-new2-pairs.tsv", "bench/qa-new3-pairs.tsv", "bench/qa-new4-pairs.tsv"],
           "new6": ["bench/qa-new2-pairs.tsv", "bench/qa-new3-pairs.tsv", "bench/qa-new4-pairs.tsv",
                    "bench/qa-new5-pairs.tsv"],
           "new7": ["bench/qa-new2-pairs.tsv", "bench/qa-new3-pairs.tsv", "bench/qa-new4-pairs.tsv",
                    "bench/qa-new5-pairs.tsv", "bench/qa-new6-pairs.tsv"]}
MIN_WORDS = {"new5": 4, "new6": 4}


def catalogues(part, root):
    """(name, path under root) of the part's catalogues, in a fixed order."""
    if part == "new2":
        return [("glib", FA + "glib20.mo"), ("gtk", FA + "gtk30.mo")] + [
            ("lo-" + os.path.basename(p)[:-3], p) for p in sorted(glob.glob(
                "usr/lib/libreoffice/program/resource/fa/LC_MESSAGES/*.mo", root_dir=root))]
    if part == "new3":
        return [(name, FA + name + ".mo") for name in GNOME]
    if part == "new4":
        return [(name, FA + name + ".mo") for name in APPS]
    if part == "new5":
        return [(name, FA + name + ".mo") for name in MATE]
    if part == "new6":
        return [(name, "usr/share/locale/" + loc + "/LC_MESSAGES/" + name + ".mo") for name, loc in XFCE]
    if part == "new7":
        return [(name, FA + name + ".mo") for name in KDE]
    raise SystemExit("part: new2, new3, new4, new5, new6 or new7, not " + part)


FEATURE = re.compile(r"[0-9%$\"'\u201c\u201d\u2018\u2019]|\{\d|\b(?:cm|mm|inch|inches|pt|px|KB|MB|GB|kB|day|days|"
                     r"hour|hours|minute|minutes|second|seconds|year|years|month|months|week|weeks)\b")
PERSIAN = re.compile("[\u0600-\u06ff]")
HEADERS = {"new2": """\
# The new2 part of QaJudgedBench: 600 Persian-English pairs from the Persian gettext catalogues of Debian 12
# packages, each translated by the projects' volunteer translators: libglib2.0-data 2.74.6 (GLib, LGPL 2.1 or later),
# libgtk-3-common 3.24.38 (GTK 3, LGPL 2.1 or later) and libreoffice-l10n-fa 7.4.7 (LibreOffice, MPL 2.0). The
# Persian message is the source, the English message the target. Chosen and written by tools/qa-catalogue-pairs.py
# new2 (its docstring gives the command that rebuilds this file); one document a catalogue (the id before its colon).
""", "new3": """\
# The new3 part of QaJudgedBench: 600 Persian-English pairs from the Persian gettext catalogues of Debian 12
# packages of GNOME applications, each translated by the projects' volunteer translators: evince-common 43.1
# (Evince, GPL 2 or later), file-roller 43.0 (GPL 2 or later), gnome-calculator 43.0.1 (GPL 2 or later),
# gnome-calendar 43.1 (GPL 3 or later), gnome-clocks 43.0 (GPL 2 or later), gnome-control-center-data 43.6 (GNOME
# Settings and its time zone names, GPL 2 or later), gnome-disk-utility 43.0 (GPL 2 or later), gnome-software-common
# 43.5 (GPL 2 or later), gnome-system-monitor 42.0 (GPL 2 or later), gnome-weather 43.0 (GPL 2 or later),
# nautilus-data 43.2 (Nautilus, GPL 3 or later) and totem-common 43.0 (Videos, GPL 2 or later). The Persian message
# is the source, the English message the target. Chosen and written by tools/qa-catalogue-pairs.py new3 (its
# docstring gives the command that rebuilds this file); one document a catalogue (the id before its colon).
""", "new4": """\
# The new4 part of QaJudgedBench: 400 Persian-English pairs from the Persian gettext catalogues of Debian 12
# packages of twelve desktop applications, each translated by the projects' volunteer translators: vlc-l10n 3.0.24
# (VLC), inkscape 1.2.2, gimp-data 2.10.34 (GIMP), pidgin-data 2.14.12, evolution-common 3.46.4, gedit-common 44.2,
# rhythmbox-data 3.4.6, eog 43.2 (Eye of GNOME), brasero-common 3.12.3, epiphany-browser-data 43.1,
# gnome-terminal-data 3.46.8 and seahorse 43.0, under the GPL or the LGPL (each package's copyright file says
# which). The Persian message is the source, the English message the target. Chosen and written by
# tools/qa-catalogue-pairs.py new4 (its docstring gives the command that rebuilds this file); one document a
# catalogue (the id before its colon).
""", "new5": """\
# The new5 part of QaJudgedBench: 350 Persian-English pairs from the Persian gettext catalogues of Debian 12
# packages of the MATE desktop and Synaptic, each translated by the projects' volunteer translators: caja-common
# 1.26.1, pluma-common 1.26.0, atril-common 1.26.0, engrampa-common 1.26.0, eom-common 1.26.0,
# mate-control-center-common 1.26.0, mate-panel-common 1.27.0, mate-terminal-common 1.26.0, mate-utils-common
# 1.26.0, mate-power-manager-common 1.26.0, mate-screensaver-common 1.26.1, marco-common 1.26.1 and synaptic 0.91.3,
# under the GPL 2 or later (a few files LGPL 2 or later; each package's copyright file says which). Only messages
# of four words or more whose English no earlier part holds. The Persian message is the source, the English message
# the target. Chosen and written by tools/qa-catalogue-pairs.py new5 (its docstring gives the command that rebuilds
# this file); one document a catalogue (the id before its colon).
""", "new6": """\
# The new6 part of QaJudgedBench: 350 Persian-English pairs from the Persian gettext catalogues of Debian 12
# packages of the Xfce desktop, each translated by the projects' volunteer translators: thunar-data 4.18.4,
# mousepad 0.5.10, xfdesktop4-data 4.18.1, xfce4-session 4.18.1, xfwm4 4.18.0, xfce4-screenshooter 1.10.3,
# xfce4-taskmanager 1.5.5 and xfce4-whiskermenu-plugin 2.7.2, under the GPL 2 or later (a few files GPL or LGPL;
# each package's copyright file says which). Only messages of four words or more whose English no earlier part
# holds. The Persian message is the source, the English message the target. Chosen and written by
# tools/qa-catalogue-pairs.py new6 (its docstring gives the command that rebuilds this file); one document a
# catalogue (the id before its colon).
""", "new7": """\
# The new7 part of QaJudgedBench: 350 Persian-English pairs from the Persian gettext catalogues of Debian 12
# packages of KDE applications and KDE Frameworks libraries, each translated by the projects' volunteer
# translators: ark, dolphin, kate5-data, kcalc, kcharselect, kinfocenter, kmail, konsole, korganizer, ktimer, okular,
# akregator, juk, kalarm, kdf, kfind, kget, kmix, knotes, kolourpaint, kteatime, kwalletmanager, sweeper and
# libkf5calendarsupport-data 22.12.3 (kinfocenter 5.27.5), kio 5.103.0 and libkf5configwidgets-data,
# libkf5i18n-data, libkf5kcmutils-data, libkf5kdelibs4support-data, libkf5textwidgets-data and libkf5xmlgui-data
# 5.103.0, under the GPL 2 or later (the Frameworks libraries LGPL 2 or later; each package's copyright file says
# which). Only messages whose English no earlier part holds. The Persian message is the source, the English message
# the target. Chosen and written by tools/qa-catalogue-pairs.py new7 (its docstring gives the command that rebuilds
# this file); one document a catalogue (the id before its colon).
"""}


def unquote(lines):
    return "".join(eval(line) for line in lines) if lines else ""


def entries(po):
    """(msgid, msgid_plural, [msgstr...]) of a catalogue written by msgunfmt."""
    out = []
    field = None
    cur = {}
    for line in po.splitlines() + [""]:
        if not line.strip():
            if cur:
                out.append(cur)
            cur = {}
            field = None
            continue
        m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) (".*")$', line)
        if m:
            field = m.group(1)
            cur.setdefault(field, []).append(m.group(2))
        elif line.startswith('"') and field:
            cur[field].append(line)
    return [{k: unquote(v) for k, v in e.items()} for e in out]


def main():
    part, root = sys.argv[1], sys.argv[2]
    candidates = []
    seen = set()
    for earlier in EARLIER.get(part, []):
        with open(earlier, encoding="utf-8") as f:
            seen.update(line.rstrip("\n").split("\t")[2] for line in f if not line.startswith("#") and "\t" in line)
    for name, path in catalogues(part, root):
        po = subprocess.run(["msgunfmt", "--no-wrap", os.path.join(root, path)], check=True, capture_output=True,
                            text=True).stdout
        for n, e in enumerate(entries(po)):
            english = e.get("msgid_plural") or e.get("msgid", "")
            persian = e.get("msgstr", "")
            if e.get("msgid_plural"):
                forms = [v for k, v in sorted(e.items()) if k.startswith("msgstr[")]
                persian = forms[-1] if forms else ""
            if not english or not persian or english == persian or not PERSIAN.search(persian):
                continue
            # One line a pair: a tab or a line break in a message is a space.
            english = re.sub(r"[\t\n]", " ", english)
            persian = re.sub(r"[\t\n]", " ", persian)
            if english in seen or len(english.split()) < MIN_WORDS.get(part, 0):
                continue
            seen.add(english)
            candidates.append((f"{name}:{n}", persian.strip(), english.strip()))
    rich = [c for c in candidates if FEATURE.search(c[2])]
    plain = [c for c in candidates if not FEATURE.search(c[2])]
    rng = random.Random(2626)
    n_rich, n_plain = SIZES.get(part, (360, 240))
    chosen = set(c[0] for c in rng.sample(rich, min(n_rich, len(rich))) + rng.sample(plain, min(n_plain, len(plain))))
    print(HEADERS[part], end="")
    print("\t".join(["id", "source", "target"]))
    for c in candidates:
        if c[0] in chosen:
            print("\t".join(c))


main()
