"""IOM's API JSON (a list of objects) cut into records, with the line where each begins."""

from __future__ import annotations

import json
import re
from typing import NoReturn

from .errors import UnreadableFile
from .import_file import too_deep
from .iom_layout import JSON_KEYS
from .iom_raw import JSON_FORMAT, IomSource, RawRecord

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_LABELS = {name: key for key, name in reversed(JSON_KEYS.items())}


def read_json_records(text: str) -> IomSource:
    """Walk the top-level list item by item (C-speed decoding) to learn each item's line."""
    pos = _skip(text, 0)
    if not text.startswith("[", pos):
        _raise_not_a_list(text)
    pos = _skip(text, pos + 1)
    records: list[RawRecord] = []
    line, counted_to = 1, 0
    while not text.startswith("]", pos):
        line += text.count("\n", counted_to, pos)
        counted_to = pos
        try:
            item, end = _DECODER.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            _raise_broken(exc)
        except RecursionError:
            raise too_deep() from None
        records.append(_record(item, line, len(records) + 1))
        pos = _skip(text, end)
        if text.startswith(",", pos):
            pos = _skip(text, pos + 1)
        elif not text.startswith("]", pos):
            _raise_broken(json.JSONDecodeError("Expecting ',' or ']'", text, pos))
    after = _skip(text, pos + 1)
    if after != len(text):
        _raise_broken(json.JSONDecodeError("Extra data after the list", text, after))
    if records and not any(record.values for record in records):
        raise UnreadableFile(
            "The JSON list holds no IOM fields (such as web_id, reported_date); "
            "is it IOM's Missing Migrants API JSON?"
        )
    return IomSource(JSON_FORMAT, dict(_LABELS), records)


def _record(item: object, line: int, index: int) -> RawRecord:
    if not isinstance(item, dict):
        return RawRecord(line, index, {}, "The record is not an object of IOM fields")
    values = {}
    for key, value in item.items():
        name = JSON_KEYS.get(key)
        if name is not None and name not in values:
            values[name] = value
    return RawRecord(line, index, values)


def _skip(text: str, pos: int) -> int:
    return _WHITESPACE.match(text, pos).end()


def _raise_not_a_list(text: str) -> NoReturn:
    try:
        json.loads(text)  # only "{…}" reaches here: broken, or an object
    except json.JSONDecodeError as exc:
        _raise_broken(exc)
    except RecursionError:
        raise too_deep() from None
    raise UnreadableFile(
        "The JSON file holds an object, not a list of IOM records; IOM's API JSON is a list ([…])"
    )


def _raise_broken(exc: json.JSONDecodeError) -> NoReturn:
    raise UnreadableFile(
        f"The JSON is broken at line {exc.lineno}, column {exc.colno}: {exc.msg}"
    ) from None
