"""Legacy-encoded runs in a DOCX (.VnTime/.VnTimeH = TCVN3, VNI-Times = VNI) → Unicode.

Word files converted from the 1990s keep their 8-bit text in runs set in the old fonts:
Word shows "Bản cam kết" only because the font draws byte 0xB6 as "ả". The run's font
(direct w:rFonts, else the run style, else the paragraph style chain, else the document
defaults) says which encoding the run is in, so each run is decoded on its own: a document
often mixes old-font runs with Unicode ones typed later. A document with no such font but
whose whole text still reads as a legacy encoding (the font was swapped for Times New
Roman, the bytes stayed) is decoded as a whole. The XML is changed in memory only.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from extractors.docx_xml import Styles, W
from extractors.legacy import decode_legacy, detect_legacy, font_encoding

_FONT_ATTRS = ("ascii", "hAnsi", "cs")


def _run_font(r: Any) -> str | None:
    fonts = r.find(f"{W}rPr/{W}rFonts")
    if fonts is None:
        return None
    for a in _FONT_ATTRS:
        v = fonts.get(W + a)
        if v:
            return str(v)
    return None


class _Fonts:
    def __init__(self, styles: Styles, styles_root: Any) -> None:
        self.styles = styles
        d = styles_root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
        attrs = [d.get(W + a) for a in _FONT_ATTRS] if d is not None else []
        self.default = next((a for a in attrs if a), None)

    def style_font(self, sid: str | None) -> str | None:
        el = self.styles.find(sid, f"{W}rPr/{W}rFonts")
        if el is None:
            return None
        return next((el.get(W + a) for a in _FONT_ATTRS if el.get(W + a)), None)

    def of(self, r: Any, pstyle: str | None) -> str | None:
        direct = _run_font(r)
        if direct:
            return direct
        rs = r.find(f"{W}rPr/{W}rStyle")
        for sid in (rs.get(W + "val") if rs is not None else None, pstyle):
            f = self.style_font(sid)
            if f:
                return f
        return self.default


def _paragraphs(roots: list[Any]) -> Iterator[Any]:
    for root in roots:
        yield from root.iter(W + "p")


def decode_runs(roots: list[Any], styles: Styles, styles_root: Any) -> str | None:
    """Decode legacy runs under these XML roots in place; the encoding found, or None."""
    fonts = _Fonts(styles, styles_root)
    found: str | None = None
    any_legacy_font = False
    texts: list[Any] = []
    for p in _paragraphs(roots):
        ps = p.find(f"{W}pPr/{W}pStyle")
        pstyle = ps.get(W + "val") if ps is not None else styles.default.get("paragraph")
        for r in p.iter(W + "r"):
            ts = list(r.iter(W + "t"))
            texts += ts
            enc = font_encoding(fonts.of(r, pstyle))
            if enc is None:
                continue
            any_legacy_font = True
            run_encoding, capitals = enc
            for t in ts:
                if t.text:
                    t.text = decode_legacy(t.text, run_encoding, capitals=capitals)
            found = found or run_encoding
    if any_legacy_font:
        return found
    whole = " ".join(t.text or "" for t in texts)
    encoding = detect_legacy(whole)
    if encoding:
        for t in texts:
            if t.text:
                t.text = decode_legacy(t.text, encoding)
    return encoding
