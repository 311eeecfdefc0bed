"""A hostile import file — an XML entity bomb inside a spreadsheet, a zip bomb, a huge file,
JSON nested past the parser's depth — is refused with a reason before it can exhaust the
device, never crashes the import, and imports nothing."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.interchange import UnreadableFile, read_iom_file
from desktop.interchange.case_reader import read_case_file
from desktop.interchange.import_file import MAX_FILE_BYTES

ENTITIES = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollol">'
    + "".join(
        f'<!ENTITY lol{i} "' + (f"&lol{i - 1};" if i else "&lol;") * 10 + '">' for i in range(9)
    )
    + "]>"
)


def template_workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Reference", "Family name"])
    workbook.active.append(["SN-2026-0001", "Sarr"])
    workbook.save(path)
    return path


def rewritten(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, change(info.filename, src.read(info.filename)))
    return target


def entity_bomb(tmp_path: Path) -> Path:
    def change(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet1.xml":
            return data
        text = data.decode()
        body = text[text.index("<worksheet") :]
        return (ENTITIES + body.replace("SN-2026-0001", "&lol8;")).encode()

    base = template_workbook(tmp_path / "base.xlsx")
    return rewritten(base, tmp_path / "bomb.xlsx", change)


def zip_bomb(tmp_path: Path) -> Path:
    """A 600 MB sheet of spaces that packs into well under a megabyte."""
    base = template_workbook(tmp_path / "base.xlsx")
    path = rewritten(base, tmp_path / "zipbomb.xlsx", lambda _name, data: data)
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/padding.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(600):
            member.write(b" " * (1024 * 1024))
    assert path.stat().st_size < 2 * 1024 * 1024
    return path


def test_an_xml_entity_bomb_in_a_spreadsheet_is_refused_with_a_reason(tmp_path):
    with pytest.raises(UnreadableFile, match="XML entity declarations"):
        read_case_file(entity_bomb(tmp_path))


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    with pytest.raises(UnreadableFile, match="would unpack to 600 MB"):
        read_case_file(zip_bomb(tmp_path))


@pytest.mark.parametrize("reader", [read_case_file, read_iom_file])
def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path, reader):
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(UnreadableFile, match="more than the 256 MB an import takes"):
        reader(path)


@pytest.mark.parametrize(
    ("reader", "text"),
    [(read_case_file, "[" * 100_000), (read_iom_file, "[" + "[" * 100_000)],
)
def test_json_nested_past_the_parser_is_refused_with_a_reason(tmp_path, reader, text):
    path = tmp_path / "deep.json"
    path.write_text(text + "]" * 100_000, encoding="utf-8")
    with pytest.raises(UnreadableFile, match="nested too deeply"):
        reader(path)


def test_the_command_line_says_why_in_one_line_and_imports_nothing(tmp_path):
    env_profile = tmp_path / "profile"
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(env_profile), "import",
         str(entity_bomb(tmp_path)), "--kind", "missing_case", "--country", "SN"],
        capture_output=True, text=True, timeout=120,
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
             "FOCAL_DESK_PASSPHRASE": "a good long passphrase", "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1, done.stderr
    assert "XML entity declarations" in done.stderr and "Traceback" not in done.stderr
