"""The extractor contract and the format registry: file → `Dossier.pages` + `Dossier.blocks`.

An extractor decides by content (the first 8 KiB), never by the file name: archives are
full of `.doc` files that are really DOCX and PDFs saved as `.docx`. It only adds to the
dossier and never writes next to the original; temporary files go to temp dirs.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path
from typing import Protocol, TypeVar

from extractors import magic
from pipeline.document import Dossier
from pipeline.errors import EmptyFile, TooLarge, UnsupportedFormat
from pipeline.registry import Registry
from pipeline.settings import Settings

log = logging.getLogger(__name__)

HEAD_BYTES = 8192


class Extractor(Protocol):
    name: str  # "pdf", "docx", "doc", "text"
    priority: int  # higher wins when two sniff true

    def sniff(self, head: bytes) -> bool: ...

    def extract(self, path: Path, dossier: Dossier, settings: Settings) -> None: ...


FORMATS: Registry[Extractor] = Registry("format")


C = TypeVar("C", bound=type)


def register(cls: C) -> C:
    """Class decorator: instantiate the extractor once and register it under its `name`."""
    ex: Extractor = cls()
    FORMATS.add(ex.name, ex)
    return cls


def read_head(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(HEAD_BYTES)


def detect(path: Path) -> Extractor:
    """Pick the extractor for a file by its content; the highest priority among those that
    sniff true wins. Raises EmptyFile for zero bytes, UnsupportedFormat naming what the file
    looks like otherwise."""
    head = read_head(path)
    if not head:
        raise EmptyFile("empty file (0 bytes)")
    problem = magic.container_problem(path, head)
    if problem:
        raise UnsupportedFormat(f"unsupported format: {problem}")
    found = [ex for _, ex in FORMATS.items() if ex.sniff(head)]
    if not found:
        raise UnsupportedFormat(f"unsupported format: {magic.describe(head)}")
    return max(found, key=lambda ex: ex.priority)


def extract(path: Path, dossier: Dossier, settings: Settings) -> None:
    """Detect the format and read the file into the dossier; sets `dossier.source.format`."""
    size = path.stat().st_size
    if size > settings.max_bytes:
        raise TooLarge(f"file is {size} bytes, more than the limit of {settings.max_bytes}")
    ex = detect(path)
    log.debug("%s: reading as %s", path, ex.name)
    dossier.source.format = ex.name
    ex.extract(path, dossier, settings)
    if not any(b.text.strip() for b in dossier.blocks) and not dossier.ocr:
        raise EmptyFile(f"no text in this {ex.name.upper()} file")


def check_pages(n: int, settings: Settings) -> None:
    if n > settings.max_pages:
        raise TooLarge(f"{n} pages, more than the limit of {settings.max_pages}")


# Text normalisation shared by all formats. NFC because decomposed Vietnamese (macOS,
# cp1258, some PDF producers) must read the same as precomposed; old vs new tone placement
# (hoà/hòa) is left alone — that is the NLP's business.
_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")


def clean(text: str) -> str:
    """NFC, invisible characters dropped, runs of spaces collapsed, ends stripped."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", text).strip()


# Words that mark a signature block in both layouts (Party: T/M, K/T; state: TM., KT.)
# and the titles that follow them. Upper case only: "bí thư" in prose is not a signature.
SIGN_WORDS = re.compile(
    r"(?:^|\s)(?:T/M|K/T|TM\.|KT\.|TUQ\.|TL\.)\s"
    r"|\b(?:BÍ THƯ|GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG BAN|TRƯỞNG PHÒNG|THỦ TRƯỞNG|CHÁNH VĂN PHÒNG"
    r"|NGƯỜI CAM KẾT|ĐẠI DIỆN|TỔNG GIÁM ĐỐC|VIỆN TRƯỞNG|HIỆU TRƯỞNG)\b"
    r"|\((?:đã ký|Đã ký|ký|Ký)[^)]*\)"
)


def is_signature(text: str) -> bool:
    return bool(SIGN_WORDS.search(unicodedata.normalize("NFC", text)))
