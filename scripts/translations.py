"""Keep the interface translations up to date.

    .venv/bin/python scripts/translations.py update    # extract strings into the .ts files
    .venv/bin/python scripts/translations.py release   # compile the .ts files into .qm
    .venv/bin/python scripts/translations.py missing   # list what is not translated yet (JSON)
    .venv/bin/python scripts/translations.py fill FILE # take translations from such a JSON file

The .ts files (desktop/ui/translations/focal_desk_<lang>.ts) are the sources translators edit
with Qt Linguist (`pyside6-linguist`); the .qm files are what the app loads. English only
carries plural forms ("1 case" / "2 cases").
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "desktop" / "ui"
TRANSLATIONS = UI / "translations"
BIN = Path(sys.executable).parent
LANGUAGES = {"en": "en_GB", "fr": "fr_FR", "pt": "pt_PT", "ar": "ar"}


def ts_file(code: str) -> Path:
    return TRANSLATIONS / f"focal_desk_{code}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))


def update() -> None:
    TRANSLATIONS.mkdir(exist_ok=True)
    for code, locale in LANGUAGES.items():
        extra = ["-pluralonly"] if code == "en" else []
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                locale,
                *extra,
                "-ts",
                str(ts_file(code).relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def release() -> None:
    for code in LANGUAGES:
        subprocess.run(
            [
                str(BIN / "pyside6-lrelease"),
                str(ts_file(code)),
                "-qm",
                str(ts_file(code).with_suffix(".qm")),
            ],
            check=True,
        )


def _unfinished(tree: ET.ElementTree):
    """(context name, message element) of every message of a .ts file not translated yet."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                yield name, message


def missing() -> dict[str, dict[str, dict[str, str]]]:
    """{context: {source: {lang: ""}}} for every string some language lacks (English only
    has plural forms)."""
    found: dict[str, dict[str, dict[str, str]]] = {}
    for code in LANGUAGES:
        for context, message in _unfinished(ET.parse(ts_file(code))):
            source = message.findtext("source")
            forms = message.find("translation").findall("numerusform")
            blank = [""] * len(forms) if message.get("numerus") == "yes" else ""
            found.setdefault(context, {}).setdefault(source, {})[code] = blank
    return found


def fill(path: Path) -> int:
    """Take translations from a JSON file shaped like `missing()` (a list of strings for plural
    forms); returns how many messages were filled."""
    wanted = json.loads(path.read_text("utf-8"))
    filled = 0
    for code in LANGUAGES:
        tree = ET.parse(ts_file(code))
        for context, message in list(_unfinished(tree)):
            text = wanted.get(context, {}).get(message.findtext("source"), {}).get(code)
            if not text or (isinstance(text, list) and not all(text)):
                continue
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            if isinstance(text, list):
                translation.text = None
                for child in list(translation):
                    translation.remove(child)
                for form in text:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            filled += 1
        tree.write(ts_file(code), encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "release", "all", "missing", "fill"])
    parser.add_argument("file", nargs="?", type=Path, help="fill: the JSON file of translations")
    args = parser.parse_args(argv)
    if args.command == "missing":
        print(json.dumps(missing(), ensure_ascii=False, indent=1))
        return 0
    if args.command == "fill":
        if args.file is None:
            parser.error("fill needs the JSON file of translations")
        print(f"filled {fill(args.file)} messages")
        return 0
    if args.command in {"update", "all"}:
        update()
    if args.command in {"release", "all"}:
        release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
