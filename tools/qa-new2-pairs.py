#!/usr/bin/env python3
"""Builds bench/qa-new2-pairs.tsv: Persian-English pairs from the Persian gettext catalogues of Debian 12 packages,
written by their volunteer translators (GLib and GTK 3: LGPL 2.1 or later; LibreOffice 7.4: MPL 2.0).

Run from the repository, with gettext installed:
  d=$(mktemp -d) && (cd "$d" && apt-get download libglib2.0-data libgtk-3-common libreoffice-l10n-fa \
    && for f in *.deb; do dpkg-deb -x "$f" x; done) && python3 tools/qa-new2-pairs.py "$d/x" > bench/qa-new2-pairs.tsv

Every message whose Persian is written in Persian and differs from the English is a candidate (a plural message
gives its English plural and its Persian form); the same English message is taken once. Of these, 360 are drawn
among the messages that carry a digit, a placeholder, a quotation mark or a unit, and 240 among the rest, seeded,
so the set holds the figures, dates and marks the checks compare. Ids are the catalogue and its message number.
"""
import glob
import os
import random
import re
import subprocess
import sys

CATALOGUES = [("glib", "usr/share/locale/fa/LC_MESSAGES/glib20.mo"),
              ("gtk", "usr/share/locale/fa/LC_MESSAGES/gtk30.mo")] + [
    ("lo-" + os.path.basename(p)[:-3], p) for p in sorted(glob.glob(
        "usr/lib/libreoffice/program/resource/fa/LC_MESSAGES/*.mo", root_dir=sys.argv[1]))]
FEATURE = re.compile(r"[0-9%$\"'\u201c\u201d\u2018\u2019]|\{\d|\b(?:cm|mm|inch|inches|pt|px|KB|MB|GB|kB|day|days|"
                     r"hour|hours|minute|minutes|second|seconds|year|years|month|months|week|weeks)\b")
PERSIAN = re.compile("[\u0600-\u06ff]")
HEADER = """\
# The new2 part of QaJudgedBench: 600 Persian-English pairs from the Persian gettext catalogues of Debian 12
# packages, each translated by the projects' volunteer translators: libglib2.0-data 2.74.6 (GLib, LGPL 2.1 or later),
# libgtk-3-common 3.24.38 (GTK 3, LGPL 2.1 or later) and libreoffice-l10n-fa 7.4.7 (LibreOffice, MPL 2.0). The
# Persian message is the source, the English message the target. Chosen and written by tools/qa-new2-pairs.py
# (its docstring gives the command that rebuilds this file); one document a catalogue (the id before its colon).
"""


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
    root = sys.argv[1]
    candidates = []
    seen = set()
    for name, path in CATALOGUES:
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
            if english in seen:
                continue
            seen.add(english)
            candidates.append((f"{name}:{n}", persian.strip(), english.strip()))
    rich = [c for c in candidates if FEATURE.search(c[2])]
    plain = [c for c in candidates if not FEATURE.search(c[2])]
    rng = random.Random(2626)
    chosen = set(c[0] for c in rng.sample(rich, min(360, len(rich))) + rng.sample(plain, min(240, len(plain))))
    print(HEADER, end="")
    print("\t".join(["id", "source", "target"]))
    for c in candidates:
        if c[0] in chosen:
            print("\t".join(c))


main()
