"""Keep the interface translations up to date.

    .venv/bin/python scripts/translations.py update    # extract strings into the .ts files
    .venv/bin/python scripts/translations.py release   # compile the .ts files into .qm

The .ts files (desktop/ui/translations/focal_desk_<lang>.ts) are the sources translators edit
with Qt Linguist (`pyside6-linguist`); the .qm files are what the app loads. English only
carries plural forms ("1 case" / "2 cases").
"""

from __future__ import annotations

import argparse
import subprocess
import sys
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "release", "all"])
    args = parser.parse_args(argv)
    if args.command in {"update", "all"}:
        update()
    if args.command in {"release", "all"}:
        release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
