#!/usr/bin/env python3
"""Fails while a translation is incomplete or stale.

check_translations.py LUPDATE SOURCE_ROOT TS...

For each .ts: lupdate is run over the sources into a private copy, with the options the build uses, and
the copy is compared with the committed file. It fails when
- the sources have a text the .ts does not (a new or changed text nobody translated),
- the .ts has a text the sources no longer have (a vanished message),
- a message is unfinished, empty, or has the wrong number of plural forms for its language,
- a translation loses or adds a placeholder (%1, %n), an HTML tag or the mnemonic's &,
- a sentence is left in English (the same words as the source), or a Japanese one has no Japanese.
Texts that never went through tr() are found by the pseudo-translation run of TestPageFit.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE_DIRS = ["app", "wizard/model", "wizard/pages", "wizard/remote", "wizard/report"]
PLURAL_FORMS = {"de": 2, "ja": 1}


def messages(path):
    root = ET.parse(path).getroot()
    out = {}
    for ctx in root.findall("context"):
        name = ctx.findtext("name")
        for m in ctx.findall("message"):
            key = (name, m.findtext("source"), m.findtext("comment") or "", m.get("numerus") == "yes")
            out[key] = m.find("translation")
    return root.get("language", ""), out


def placeholders(text):
    return sorted(re.findall(r"%L?\d+", text))


def tags(text):
    return sorted(t.lower() for t in re.findall(r"</?[a-zA-Z][^>]*>", text))


def mnemonics(text):
    return len(re.findall(r"&(?!&)(?=\w)", text.replace("&&", "")))


def check(lupdate, root, ts):
    problems = []
    language, committed = messages(ts)
    language = language.split("_")[0]
    with tempfile.TemporaryDirectory() as tmp:
        fresh_path = os.path.join(tmp, os.path.basename(ts))
        shutil.copyfile(ts, fresh_path)
        run = subprocess.run([lupdate, "-locations", "none", "-no-obsolete", "-extensions", "cpp,h"]
                             + SOURCE_DIRS + ["-ts", fresh_path], cwd=root, capture_output=True, text=True)
        if run.returncode != 0:
            return [f"lupdate failed ({run.returncode}): {run.stderr.strip()}"]
        _, fresh = messages(fresh_path)
    name = os.path.basename(ts)
    for key in sorted(set(fresh) - set(committed), key=str):
        problems.append(f"{name}: [{key[0]}] \"{key[1]}\" is in the sources but not in the .ts "
                        "(run the update_translations target and translate it)")
    for key in sorted(set(committed) - set(fresh), key=str):
        problems.append(f"{name}: [{key[0]}] \"{key[1]}\" is no longer in the sources (vanished)")
    forms_wanted = PLURAL_FORMS.get(language)
    if forms_wanted is None:
        problems.append(f"{name}: language \"{language}\" has no plural rule in this check")
    for (context, source, _comment, numerus), tr in committed.items():
        where = f"{name}: [{context}] \"{source[:70]}\""
        kind = tr.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {kind}")
            continue
        forms = [f.text or "" for f in tr.findall("numerusform")] if numerus else [tr.text or ""]
        if numerus and len(forms) != forms_wanted:
            problems.append(f"{where} has {len(forms)} plural forms, {language} has {forms_wanted}")
        for form in forms:
            if not form.strip():
                problems.append(f"{where} has an empty translation")
                continue
            want = [p for p in placeholders(source)]
            if placeholders(form) != want:
                problems.append(f"{where}: placeholders {want} became {placeholders(form)}")
            if numerus and "%n" not in form and forms_wanted == 1:
                problems.append(f"{where}: the count %n is lost")
            if tags(form) != tags(source):
                problems.append(f"{where}: HTML tags differ")
            if mnemonics(form) != mnemonics(source):
                problems.append(f"{where}: the mnemonic & is lost or doubled")
            words = re.findall(r"[A-Za-z]{3,}", source)
            if form == source and len(words) >= 3:
                problems.append(f"{where} is left in English")
            if language == "ja" and len(words) >= 3 and not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", form):
                problems.append(f"{where} has no Japanese text")
    return problems


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    lupdate, root, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    problems = []
    for ts in files:
        problems += check(lupdate, root, ts)
    for p in problems[:int(os.environ.get("SPUW_SHOW", "200"))]:
        print(p)
    if len(problems) > 200:
        print(f"... and {len(problems) - 200} more")
    total = sum(len(messages(ts)[1]) for ts in files)
    print(f"{len(files)} translation files, {total} messages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
