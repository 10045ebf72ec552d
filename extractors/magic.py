"""What a file looks like, for the one-line message when no extractor takes it.

Also the container checks that the first 8 KiB cannot settle: a ZIP is only a DOCX if its
central directory (at the end of the file) lists word/document.xml, and an OLE2 compound
file is only a Word document if it holds a WordDocument stream.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath, PureWindowsPath

from pipeline.errors import CorruptFile, TooLarge
from pipeline.settings import Settings

ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")

# (magic at offset 0, description). Checked in order; the first match wins.
_MAGICS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"BM", "BMP image"),
    (b"%PDF-", "PDF document"),
    (ZIP_MAGIC, "ZIP archive"),
    (b"PK\x05\x06", "empty ZIP archive"),
    (OLE2_MAGIC, "OLE2 compound file (old Office format)"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"{\\rtf", "RTF document"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x01\xba", "MPEG video"),
)


def describe(head: bytes) -> str:
    """A short human name for what these bytes look like ("PNG image", "binary data")."""
    for magic, name in _MAGICS:
        if head.startswith(magic):
            return name
    if head[4:8] == b"ftyp":
        return "MP4/HEIF media"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP image"
    lowered = head[:512].lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "HTML page"
    return "binary data"


def container_problem(path: Path, head: bytes) -> str | None:
    """Why a ZIP or OLE2 container is not a document we read, or None if it may be one.

    A ZIP whose directory cannot be read (truncated download) returns None: the DOCX
    extractor then reports it as a corrupt file, which is what it most likely is.
    """
    if head.startswith(ZIP_MAGIC):
        return _zip_problem(path)
    if head.startswith(OLE2_MAGIC):
        return _ole2_problem(path)
    return None


def _zip_problem(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if "word/document.xml" in names:
        return None
    what = "ZIP archive without word/document.xml"
    if "xl/workbook.xml" in names:
        return f"{what} (an Excel XLSX workbook)"
    if "ppt/presentation.xml" in names:
        return f"{what} (a PowerPoint PPTX presentation)"
    if "mimetype" in names and "content.xml" in names:
        return f"{what} (an OpenDocument file)"
    return what


def ole2_streams(path: Path, limit: int = 64 * 1024 * 1024) -> set[str]:
    """Names of the well-known streams an OLE2 file holds.

    Directory entries store names in UTF-16LE; looking for those byte strings avoids
    parsing the FAT chain and is exact enough to tell Word from Excel and to spot an
    encrypted OOXML package (which Office wraps in OLE2).
    """
    data = path.read_bytes()[:limit]
    wanted = ("WordDocument", "Workbook", "Book", "PowerPoint Document", "EncryptedPackage")
    return {n for n in wanted if n.encode("utf-16-le") in data}


def _ole2_problem(path: Path) -> str | None:
    streams = ole2_streams(path)
    if streams & {"WordDocument", "EncryptedPackage"}:
        return None
    if streams & {"Workbook", "Book"}:
        return "OLE2 file without a WordDocument stream (an Excel XLS workbook)"
    if "PowerPoint Document" in streams:
        return "OLE2 file without a WordDocument stream (a PowerPoint PPT presentation)"
    return "OLE2 file without a WordDocument stream"


# -- zip containers: checked from the central directory, before any member is inflated --

_RATIO_FLOOR = 1024 * 1024  # members smaller than this may compress as well as they like
_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY", "<!DOCTYPE".encode("utf-16-le"),
                "<!ENTITY".encode("utf-16-le"))


def unsafe_name(name: str) -> bool:
    """A member name that would land outside a folder it was extracted to."""
    if "\x00" in name:
        return True
    for pure in (PurePosixPath(name), PureWindowsPath(name)):
        if pure.is_absolute() or pure.drive or ".." in pure.parts:
            return True
    return False


def check_zip(z: zipfile.ZipFile, settings: Settings) -> None:
    """Refuse a ZIP (DOCX) that is a bomb or carries hostile names or XML, from its
    directory and the first bytes of each XML member only.

    Raises TooLarge for too many members, too much uncompressed data or a compression
    ratio no document reaches; CorruptFile for member names that climb out (`../`,
    absolute paths) and for XML with a DTD, which OOXML never uses and which is how
    entity bombs and external entities get in.
    """
    infos = z.infolist()
    if len(infos) > settings.zip_max_members:
        raise TooLarge(f"ZIP holds {len(infos)} members, more than the limit of "
                       f"{settings.zip_max_members}")
    total = 0
    for i in infos:
        if unsafe_name(i.filename):
            raise CorruptFile(f"ZIP member name leaves the archive: {i.filename!r}")
        total += i.file_size
        if i.file_size > _RATIO_FLOOR and i.file_size > settings.zip_max_ratio * max(i.compress_size, 1):
            raise TooLarge(f"ZIP member {i.filename} inflates {i.file_size // max(i.compress_size, 1)}"
                           f" times (limit {settings.zip_max_ratio}): a zip bomb")
    if total > settings.zip_max_total:
        raise TooLarge(f"ZIP inflates to {total} bytes, more than the limit of "
                       f"{settings.zip_max_total}")
    for i in infos:
        if i.filename.endswith((".xml", ".rels")) and not i.flag_bits & 0x1:
            with z.open(i) as f:
                head = f.read(4096)
            if any(m in head for m in _DTD_MARKERS):
                raise CorruptFile(f"XML member {i.filename} declares a DTD (entities are not "
                                  "allowed in a DOCX)")
