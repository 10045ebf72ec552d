"""Rewrite a corpus source into the form Windows-1258 can encode, in place.

Windows-1258 has precomposed letters for the vowel marks (â ê ô ă ơ ư đ) but only
*combining* tone marks, so NFC text such as "ệ" cannot be encoded as is. Real cp1258
files therefore hold "ê" + U+0323. render.py encodes a source's text unchanged, so a
source with `@encoding cp1258` must already be in this form. The script is idempotent.

Usage:  python samples/src/cp1258_form.py samples/src/2022-du-camthanh-soket.src
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def cp1258_form(text: str) -> str:
    """Split off the tone mark of every letter cp1258 cannot encode precomposed."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append(base + tones)
    result = "".join(out)
    result.encode("cp1258")  # fail loudly on a letter outside Vietnamese
    return result


def main() -> None:
    for name in sys.argv[1:]:
        path = Path(name)
        path.write_text(cp1258_form(path.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main()
