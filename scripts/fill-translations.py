#!/usr/bin/env python3
"""Fills unfinished messages in translations/*.ts from a JSON file, or lists them.

  scripts/fill-translations.py --list                 # unfinished messages as a JSON template
  scripts/fill-translations.py new-strings.json       # apply translations

The JSON maps "Context|source text" (or just "source text") to an object with one entry
per language file suffix: {"de": "...", "zh_CN": "...", "ja": "..."}. For messages with
%n plurals the value is a list of forms. Existing finished translations are never changed
unless --overwrite is given. Run `cmake --build build/release --target update_translations`
first so that the .ts files hold every current source string, and again afterwards so that
lupdate writes the files back in its own layout (this script's XML writer indents and
escapes differently, which would make every line a diff). A developer tool: the build and
tests do not need Python.
"""
import json
import pathlib
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
TS_FILES = sorted((ROOT / "translations").glob("headroom_*.ts"))
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def language_of(path):
    return path.stem[len("headroom_"):]


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def is_unfinished(message):
    translation = message.find("translation")
    return translation is None or translation.get("type") == "unfinished"


def main(argv):
    overwrite = "--overwrite" in argv
    argv = [a for a in argv if a != "--overwrite"]
    if argv and argv[0] == "--list":
        template = {}
        for path in TS_FILES:
            lang = language_of(path)
            for context, message in messages(ET.parse(path)):
                if is_unfinished(message):
                    key = f"{context}|{message.findtext('source')}"
                    template.setdefault(key, {})[lang] = ""
        json.dump(template, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    table = json.loads(pathlib.Path(argv[0]).read_text(encoding="utf-8"))
    missing = 0
    for path in TS_FILES:
        lang = language_of(path)
        tree = ET.parse(path)
        for context, message in messages(tree):
            if not overwrite and not is_unfinished(message):
                continue
            source = message.findtext("source")
            entry = table.get(f"{context}|{source}") or table.get(source)
            if not entry or not entry.get(lang):
                if is_unfinished(message):
                    missing += 1
                    print(f"{path.name}: no translation for {context}|{source!r}", file=sys.stderr)
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            value = entry[lang]
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in (value if isinstance(value, list) else [value]):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text(HEADER + body + "\n", encoding="utf-8")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
