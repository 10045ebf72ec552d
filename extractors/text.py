"""Plain text files: encoding detection, lines → paragraphs, tab lines → table rows.

Encoding order: a BOM (UTF-32/UTF-16/UTF-8), strict UTF-8, Windows-1258 when the bytes
look like Vietnamese written with cp1258's combining tone marks, then charset-normalizer.
Everything comes out NFC, so cp1258 and NFD files read like any other. Legacy TCVN3/VNI
text (8-bit files saved from .VnTime/VNI-Times documents, or such text pasted into a UTF-8
file) is recognised by extractors.legacy and converted to Unicode.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from pathlib import Path

from extractors.base import clean, register
from extractors.legacy import decode_text, detect_legacy
from pipeline.document import Block, Dossier, Page
from pipeline.errors import UnsupportedFormat
from pipeline.settings import Settings

log = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, LF, VT, FF, CR, plus DEL: text files do not contain these.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# cp1258 bytes of the five combining tone marks (grave, hook, tilde, acute, dot below).
_CP1258_TONES = frozenset(b"\xcc\xd2\xde\xec\xf2")
_VOWEL_BYTES = frozenset(b"aeiouyAEIOUY\xe2\xea\xf4\xe3\xf5\xfd\xc2\xca\xd4\xc3\xd5\xdd")


def bom_encoding(data: bytes) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def looks_cp1258(data: bytes) -> bool:
    """True when the high bytes read as Vietnamese in cp1258: tone-mark bytes that follow
    vowels (base letters â ê ô ă ơ ư included). Random 8-bit text fails this."""
    tones = [i for i, b in enumerate(data) if b in _CP1258_TONES]
    if len(tones) < 2:
        return False
    after_vowel = sum(1 for i in tones if i > 0 and data[i - 1] in _VOWEL_BYTES)
    return after_vowel >= 0.9 * len(tones)


def decode(data: bytes, *, final: bool = True) -> tuple[str, str] | None:
    """Decode bytes of a text file: (NFC text, encoding), or None when it is not text.

    With final=False the data is a head that may end inside a multi-byte sequence.
    """
    result = _decode(data, final)
    return (unicodedata.normalize("NFC", result[0]), result[1]) if result else None


def _decode(data: bytes, final: bool) -> tuple[str, str] | None:
    enc = bom_encoding(data)
    candidates = [enc] if enc else ["utf-8", "cp1258"]
    for enc in candidates:
        if enc == "cp1258" and not looks_cp1258(data):
            continue
        try:
            text = codecs.getincrementaldecoder(enc)("strict").decode(data, final=final)
        except UnicodeDecodeError:
            continue
        return (text, enc) if _is_text(text) else None
    # TCVN3/VNI bytes are only legible through Latin-1, whose code points the tables use.
    latin = data.decode("latin-1")
    if detect_legacy(latin) and _is_text(latin):
        return latin, "latin-1"
    from charset_normalizer import from_bytes  # lazy: only 8-bit legacy files need it

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return None
    text = str(best)
    return (text, best.encoding) if _is_text(text) else None


def _is_text(text: str) -> bool:
    return len(_CONTROL.findall(text)) <= max(1, len(text) // 200)


@register
class TextExtractor:
    name = "text"
    priority = 10  # the fallback: many binary formats happen to decode as some 8-bit text

    def sniff(self, head: bytes) -> bool:
        if b"\x00" in head and not bom_encoding(head):
            return False
        if head.lstrip().startswith(b"{\\rtf"):
            return False  # RTF is markup, not prose
        return decode(head, final=False) is not None

    def extract(self, path: Path, dossier: Dossier, settings: Settings) -> None:
        decoded = decode(path.read_bytes())
        if decoded is None:
            raise UnsupportedFormat("unsupported format: binary data")
        text, enc = decoded
        text, legacy = decode_text(text)
        log.debug("%s: decoded as %s%s", path, enc, f" ({legacy})" if legacy else "")
        for number, page_text in enumerate(text.split("\f"), start=1):
            dossier.pages.append(Page(number=number, origin="text"))
            self._page(page_text, number, dossier)

    def _page(self, text: str, page: int, dossier: Dossier) -> None:
        table: int | None = None
        row = 0
        for line in text.splitlines():
            if "\t" in line and line.strip():
                if table is None:
                    table, row = _next_table(dossier), 0
                for col, cell in enumerate(line.split("\t")):
                    if clean(cell):
                        dossier.add_block(
                            Block(clean(cell), page, kind="cell", table=table, row=row, col=col)
                        )
                row += 1
                continue
            table = None
            if clean(line):
                dossier.add_block(Block(clean(line), page))


def _next_table(dossier: Dossier) -> int:
    return max((b.table for b in dossier.blocks if b.table is not None), default=-1) + 1
