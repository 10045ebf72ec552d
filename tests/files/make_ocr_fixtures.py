"""Make the OCR and legacy-encoding fixtures from the real rendered commitment (commitment.pdf,
commitment.docx). Small on purpose: 1-bit or few-colour images, 150–200 dpi.

  scan_page1.png        page 1 at 200 dpi, turned 2°, 1-bit (a plain office scan)
  scan_stamped.png      page 2 at 150 dpi in colour, red stamp + blue signature over the
                        signer's lines
  scan_sideways.jpg     page 1 at 150 dpi, grey, a quarter turn clockwise, JPEG quality 60
  scan_pages.tif        both pages at 200 dpi, 1-bit, Group 4: a multi-page TIFF
  scan_mixed.pdf        page 1 with its text layer, page 2 as an image only
  legacy_unicode.txt    a commitment in Unicode, capitals without tone marks except Đ (what a
                        TCVN3 plain-text file can hold)
  legacy_tcvn3.txt      the same bytes in TCVN3      legacy_vni.txt  the same in VNI
  legacy_unicode.docx   commitment.docx with words holding a toned capital in capitals (TCVN3
                        cannot write "Ủy", only .VnTimeH "ỦY"): the twin of the two below
  legacy_tcvn3.docx     commitment.docx with every run re-encoded in TCVN3 and set in .VnTime
                        (all-capital runs in .VnTimeH, stored at lower-case code points)
  legacy_vni.docx       commitment.docx with every run in VNI, set in VNI-Times
  legacy_tcvn3.pdf      legacy_tcvn3.docx through LibreOffice: a TCVN3 PDF text layer

Run:  python tests/files/make_ocr_fixtures.py   (needs qpdf)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from PIL import Image  # noqa: E402

from bench.scans import signature_boxes, stamp  # noqa: E402


def _render(page: int, dpi: int) -> Image.Image:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(HERE / "commitment.pdf"))
    img = doc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    return img


def _one_bit(img: Image.Image) -> Image.Image:
    return img.convert("L").point(lambda v: 255 if v > 160 else 0).convert("1")


def make_images() -> None:
    import random

    p1 = _render(0, 200).rotate(2, expand=True, fillcolor="white", resample=Image.BICUBIC)
    _one_bit(p1).save(HERE / "scan_page1.png", optimize=True, dpi=(200, 200))

    p2 = _render(1, 150)
    boxes = signature_boxes(HERE / "commitment.pdf")
    stamp(p2, boxes[1], 150 / 72, random.Random(7))
    p2.quantize(16).save(HERE / "scan_stamped.png", optimize=True, dpi=(150, 150))

    side = _render(0, 150).convert("L").rotate(-90, expand=True)
    side.save(HERE / "scan_sideways.jpg", quality=60, dpi=(150, 150))

    pages = [_one_bit(_render(i, 200)) for i in (0, 1)]
    pages[0].save(HERE / "scan_pages.tif", save_all=True, append_images=pages[1:],
                  compression="group4", dpi=(200, 200))

    with tempfile.TemporaryDirectory() as tmp:
        img_pdf = Path(tmp) / "p2.pdf"
        _one_bit(_render(1, 200)).save(img_pdf, resolution=200)
        subprocess.run(["qpdf", "--empty", "--pages", str(HERE / "commitment.pdf"), "1",
                        str(img_pdf), "1", "--", str(HERE / "scan_mixed.pdf")], check=True)


LEGACY_TEXT = """Đảng bộ tỉnh Quảng Trị
Huyện ủy Cam Lộ
Số 05-CK/HU
Cam Lộ, ngày 10 tháng 01 năm 2020

Bản cam kết
thực hiện nhiệm vụ trọng tâm năm 2020 của Ban Thường vụ Huyện ủy Cam Lộ

Căn cứ Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương về trách nhiệm nêu gương, Ban Thường vụ Huyện ủy Cam Lộ cam kết với Ban Thường vụ Tỉnh ủy thực hiện các nhiệm vụ sau:
STT\tNội dung cam kết\tThời gian hoàn thành\tNgười chịu trách nhiệm
1\tHoàn thành giải phóng mặt bằng dự án đường tránh phía Đông thị trấn Cam Lộ\tQuý II/2020\tChủ tịch UBND huyện
2\tThu ngân sách trên địa bàn đạt 150 tỷ đồng\t31/12/2020\tBí thư Huyện ủy
3\tSắp xếp tổ chức bộ máy các cơ quan Đảng\t6 tháng đầu năm 2020\tTrưởng Ban Tổ chức Huyện ủy

T/M Ban Thường vụ Huyện ủy
Bí thư
(đã ký)
Nguyễn Văn Hùng
"""  # noqa: E501


def make_legacy() -> None:
    from test_legacy import encode_tcvn3, encode_vni

    (HERE / "legacy_unicode.txt").write_text(LEGACY_TEXT, encoding="utf-8")
    # A TCVN3 plain-text file cannot hold toned capitals: this text has only Đ and untoned
    # capitals, all of which TCVN3 has.
    (HERE / "legacy_tcvn3.txt").write_bytes(encode_tcvn3(LEGACY_TEXT).encode("cp1252"))
    (HERE / "legacy_vni.txt").write_bytes(encode_vni(LEGACY_TEXT).encode("cp1252"))
    _legacy_docx("unicode", HERE / "legacy_unicode.docx")
    _legacy_docx("tcvn3", HERE / "legacy_tcvn3.docx")
    _legacy_docx("vni", HERE / "legacy_vni.docx")
    # A PDF whose text layer holds TCVN3 bytes (LibreOffice substitutes the missing .VnTime
    # font, so the PDF names another font: the text itself must give the encoding away).
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp,
                        str(HERE / "legacy_tcvn3.docx")], check=True, capture_output=True,
                       timeout=180)
        shutil.copy(Path(tmp) / "legacy_tcvn3.pdf", HERE / "legacy_tcvn3.pdf")


def _legacy_docx(encoding: str, out: Path) -> None:
    from lxml import etree
    from test_legacy import encode_tcvn3, encode_vni

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src.docx"
        shutil.copy(HERE / "commitment.docx", src)
        with zipfile.ZipFile(src) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        root = etree.fromstring(parts["word/document.xml"])
        _split_capital_words(root, w)
        for r in root.iter(w + "r") if encoding != "unicode" else ():
            ts = list(r.iter(w + "t"))
            text = "".join(t.text or "" for t in ts)
            if not text.strip():
                continue
            caps = text.upper() == text and any(c.isalpha() for c in text)
            if encoding == "tcvn3":
                font = ".VnTimeH" if caps else ".VnTime"
                for t in ts:
                    t.text = encode_tcvn3(t.text.lower() if caps else t.text) if t.text else t.text
            else:
                font = "VNI-Times"
                for t in ts:
                    t.text = encode_vni(t.text) if t.text else t.text
            rpr = r.find(w + "rPr")
            if rpr is None:
                rpr = etree.Element(w + "rPr")
                r.insert(0, rpr)
            fonts = rpr.find(w + "rFonts")
            if fonts is None:
                fonts = etree.Element(w + "rFonts")
                rpr.insert(0, fonts)
            for a in ("ascii", "hAnsi", "cs"):
                fonts.set(w + a, font)
        parts["word/document.xml"] = etree.tostring(root, xml_declaration=True,
                                                    encoding="UTF-8", standalone=True)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for n, data in parts.items():
                z.writestr(n, data)


def _split_capital_words(root, w: str) -> None:  # noqa: ANN001
    """TCVN3 has no toned capitals: a run like "Huyện Ủy" is split so "Ủy"-style words with a
    toned capital go to their own run, in capitals (.VnTimeH), as a typist of the time did.
    The Unicode twin (legacy_unicode.docx) gets the same change."""
    import copy
    import re

    toned_cap = re.compile(r"\S*[ẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ]\S*")
    for r in list(root.iter(w + "r")):
        ts = list(r.iter(w + "t"))
        if len(ts) != 1 or not ts[0].text or not toned_cap.search(ts[0].text):
            continue
        text = ts[0].text
        if text.upper() == text:
            continue
        pieces, pos = [], 0
        for m in toned_cap.finditer(text):
            pieces += [text[pos : m.start()], m[0]]
            pos = m.end()
        pieces.append(text[pos:])
        parent = r.getparent()
        at = parent.index(r)
        for k, piece in enumerate(p for p in pieces if p):
            nr = copy.deepcopy(r)
            t = next(nr.iter(w + "t"))
            t.text = piece.upper() if toned_cap.fullmatch(piece) else piece
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            parent.insert(at + k, nr)
        parent.remove(r)


if __name__ == "__main__":
    make_images()
    make_legacy()
