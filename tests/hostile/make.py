"""Make the hostile-file corpus the batch tests feed to `camket ingest`. Run on purpose, then
commit the output (every file is small; the bombs are small only while compressed).

    /work/main/.venv/bin/python tests/hostile/make.py

  empty.pdf            zero bytes
  truncated.pdf        the first 40 % of a real PDF
  encrypted.pdf        qpdf --encrypt with a user password
  zipbomb.docx         a DOCX whose document.xml inflates to 200 MiB (ratio ~1000:1)
  manymembers.docx     a valid DOCX padded with 300 empty members
  entitybomb.docx      a DOCX whose document.xml declares "billion laughs" entities
  pixelbomb.png        a 40000 × 40000 PNG of a few KiB (Pillow's decompression-bomb case)
  pixelbomb.docx       a valid DOCX carrying that PNG as its image
  loop.pdf             a page tree whose /Kids points back at itself
  pages2000.pdf        2,000 pages, each with one line of text
  docx_named.pdf       a valid DOCX named .pdf (wrong extension)
  junk.bin             random bytes
  zipslip.docx         a valid DOCX with members named ../../evil.txt and /tmp/evil.txt
"""

from __future__ import annotations

import io
import random
import shutil
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GOOD_DOCX = ROOT / "tests/files/commitment.docx"
GOOD_PDF = ROOT / "tests/files/commitment.pdf"


def _rezip(src: Path, dst: Path, replace: dict[str, bytes] | None = None,
           extra: list[tuple[str, bytes]] | None = None) -> None:
    """Copy a DOCX member by member, replacing some and appending others."""
    replace = replace or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = replace.get(info.filename, zin.read(info.filename))
            zout.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED,
                          compresslevel=9)
        for name, data in extra or []:
            zout.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)


def zipbomb(dst: Path) -> None:
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b"<w:body><w:p><w:r><w:t>")
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    body = head + b"A" * (200 * 1024 * 1024) + tail
    _rezip(GOOD_DOCX, dst, {"word/document.xml": body})


def entitybomb(dst: Path) -> None:
    lol = ['<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = f"&lol{i - 1};" if i > 1 else "&lol;"
        lol.append(f'<!ENTITY lol{i} "{prev * 10}">')
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [' + "".join(lol) + "]>"
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")
    _rezip(GOOD_DOCX, dst, {"word/document.xml": xml.encode()})


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def pixelbomb(dst: Path) -> bytes:
    side = 40000  # 1.6 gigapixels: far above Pillow's MAX_IMAGE_PIXELS
    row = b"\x00" + b"\x00" * (side // 8)  # 1-bit grey, filter byte 0
    comp = zlib.compressobj(9)
    raw = b"".join(comp.compress(row) for _ in range(side)) + comp.flush()
    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    png = (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", raw)
           + _png_chunk(b"IEND", b""))
    dst.write_bytes(png)
    return png


def pixelbomb_docx(dst: Path, png: bytes) -> None:
    import docx  # python-docx would refuse to size the picture; add it as a raw part

    d = docx.Document(str(GOOD_DOCX))
    buf = io.BytesIO()
    d.save(buf)
    tmp = dst.with_suffix(".tmp")
    tmp.write_bytes(buf.getvalue())
    _rezip(tmp, dst, extra=[("word/media/image1.png", png)])
    tmp.unlink()


def _pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def loop_pdf(dst: Path) -> None:
    stream = b"BT /F1 12 Tf 72 720 Td (Loop) Tj ET"
    dst.write_bytes(_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",  # the tree contains itself
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]))


def pages_pdf(dst: Path, n: int = 2000) -> None:
    stream = b"BT /F1 12 Tf 72 720 Td (Trang) Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for i in range(n):
        kids.append(f"{5 + i} 0 R")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
                    b"/Resources << /Font << /F1 4 0 R >> >> >>")
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {n} >>".encode()
    dst.write_bytes(_pdf(objs))


def main() -> None:
    rnd = random.Random(6)
    (HERE / "empty.pdf").write_bytes(b"")
    good = GOOD_PDF.read_bytes()
    (HERE / "truncated.pdf").write_bytes(good[: len(good) * 2 // 5])
    subprocess.run(["qpdf", "--encrypt", "u-secret", "o-secret", "256", "--", str(GOOD_PDF),
                    str(HERE / "encrypted.pdf")], check=True)
    zipbomb(HERE / "zipbomb.docx")
    _rezip(GOOD_DOCX, HERE / "manymembers.docx",
           extra=[(f"customXml/pad{i}.xml", b"") for i in range(300)])
    entitybomb(HERE / "entitybomb.docx")
    png = pixelbomb(HERE / "pixelbomb.png")
    pixelbomb_docx(HERE / "pixelbomb.docx", png)
    loop_pdf(HERE / "loop.pdf")
    pages_pdf(HERE / "pages2000.pdf")
    shutil.copyfile(GOOD_DOCX, HERE / "docx_named.pdf")
    (HERE / "junk.bin").write_bytes(bytes(rnd.randrange(256) for _ in range(4096)))
    _rezip(GOOD_DOCX, HERE / "zipslip.docx",
           extra=[("../../evil.txt", b"climbed out"), ("/tmp/evil.txt", b"absolute")])
    for f in sorted(HERE.iterdir()):
        if f.suffix != ".py":
            print(f"{f.name:20} {f.stat().st_size:>9,} bytes")


if __name__ == "__main__":
    main()
