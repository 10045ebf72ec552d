"""Make the small real files the extractor tests read. Run on purpose, then commit the output.

    /work/main/.venv/bin/python tests/files/make_fixtures.py

Everything is built from python-docx, LibreOffice (soffice), qpdf and Pillow, the same
way bench/render.py builds the corpus: two-column header and signature blocks are
borderless tables, the task table uses "Table Grid" (ruled). Files:

  commitment.docx/.pdf/.doc   header table, title, wrapped body, task table, page break,
                              signature table (the PDF and DOC come from soffice)
  features.docx               page header part, merged cells, nested table, text box,
                              bordered 2-column table with signature words, page breaks
  article.pdf                 a press article set in two text columns under a headline
  long.pdf                    ~20 pages of body text and tables, for speed and paging
  scanned.pdf                 one image-only page (no text layer)
  text_*.txt                  utf-8 with tabs and form feed, utf-16 (BOM), cp1258, NFD
  encrypted.pdf               qpdf --encrypt with a user password
  owner_only.pdf              qpdf --encrypt with an empty user password (opens, readable)
  truncated.pdf/.docx         the first half of the real file
  empty.pdf                   zero bytes
  image.pdf                   a PNG image named .pdf
  junk.bin                    random bytes
  pdf_named.docx              commitment.pdf named .docx (routing by content)
  notword.docx                a ZIP archive without word/document.xml
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent

HEADER_LEFT = ["ĐẢNG BỘ TỈNH QUẢNG TRỊ", "HUYỆN ỦY CAM LỘ", "*", "Số 05-CK/HU"]
HEADER_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cam Lộ, ngày 10 tháng 01 năm 2020"]
TITLE = "BẢN CAM KẾT"
SUBTITLE = "thực hiện nhiệm vụ trọng tâm năm 2020 của Ban Thường vụ Huyện ủy Cam Lộ"
PREAMBLE = (
    "Căn cứ Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách "
    "nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban "
    "Bí thư, Ủy viên Ban Chấp hành Trung ương; căn cứ Chương trình công tác năm 2020 của Ban "
    "Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy Cam Lộ cam kết thực hiện các nhiệm vụ trọng "
    "tâm sau đây:"
)
TASKS_INTRO = "Các nhiệm vụ cụ thể như sau"
NUMBERED = [
    "1. Tập trung lãnh đạo hoàn thành xây dựng huyện nông thôn mới, phấn đấu có thêm 02 xã "
    "đạt chuẩn nông thôn mới nâng cao trong năm 2020.",
    "2. Đẩy mạnh cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh cấp huyện.",
]
TABLE = [
    ["STT", "Nội dung cam kết", "Thời gian hoàn thành", "Sản phẩm", "Người chịu trách nhiệm"],
    [
        "1",
        "Hoàn thành giải phóng mặt bằng dự án đường tránh phía Đông thị trấn Cam Lộ, bàn "
        "giao mặt bằng sạch cho nhà thầu thi công",
        "Quý II/2020",
        "Biên bản bàn giao",
        "Chủ tịch UBND huyện",
    ],
    [
        "2",
        "Thu ngân sách trên địa bàn đạt 150 tỷ đồng",
        "31/12/2020",
        "Báo cáo quyết toán",
        "Bí thư Huyện ủy",
    ],
    [
        "3",
        "Sắp xếp tổ chức bộ máy các cơ quan Đảng",
        "6 tháng đầu năm 2020",
        "Đề án",
        "Trưởng Ban Tổ chức Huyện ủy",
    ],
]
PAGE2 = (
    "Ban Thường vụ Huyện ủy Cam Lộ chịu trách nhiệm trước Ban Thường vụ Tỉnh ủy về kết quả "
    "thực hiện các nội dung đã cam kết."
)
SIGN_LEFT = ["T/M BAN THƯỜNG VỤ TỈNH ỦY", "BÍ THƯ", "(đã ký)", "Lê Quang Thành"]
SIGN_RIGHT = ["T/M BAN THƯỜNG VỤ HUYỆN ỦY", "BÍ THƯ", "(đã ký)", "Nguyễn Văn Hùng"]

TEXT_LINES = [
    "HUYỆN ỦY CAM LỘ",
    "BẢN CAM KẾT",
    "Ban Thường vụ Huyện ủy Cam Lộ cam kết thực hiện nhiệm vụ trọng tâm năm 2020.",
    "Nội dung\tThời gian\tNgười chịu trách nhiệm",
    "Giải phóng mặt bằng\tQuý II/2020\tChủ tịch UBND huyện",
    "Thu ngân sách\t31/12/2020\tBí thư Huyện ủy",
    "Quảng Trị, ngày 10 tháng 01 năm 2020",
]


def _para(doc, text: str, *, bold=False, center=False, size=13):  # noqa: ANN001
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = "Times New Roman"
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(3)
    return p


def _two_columns(doc, left: list[str], right: list[str]) -> None:  # noqa: ANN001
    """A borderless 1×2 table, one paragraph per line, as in the header and signature."""
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.width = Cm(8.5)
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            run = p.add_run(line)
            run.font.size = Pt(12)
            run.bold = line.isupper() or line.startswith(("T/M", "K/T"))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _grid(doc, rows: list[list[str]]):  # noqa: ANN001, ANN202
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            table.cell(r, c).text = val
            for run in table.cell(r, c).paragraphs[0].runs:
                run.font.size = Pt(11)
                run.bold = r == 0
    return table


def _page_break(doc) -> None:  # noqa: ANN001
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def make_commitment(out: Path) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    _two_columns(doc, HEADER_LEFT, HEADER_RIGHT)
    _para(doc, TITLE, bold=True, center=True, size=14)
    _para(doc, SUBTITLE, bold=True, center=True)
    _para(doc, PREAMBLE)
    for line in NUMBERED:
        _para(doc, line)
    _para(doc, TASKS_INTRO)
    _grid(doc, TABLE)
    _page_break(doc)
    _para(doc, PAGE2)
    _two_columns(doc, SIGN_LEFT, SIGN_RIGHT)
    doc.add_paragraph()  # Word always ends a body with a paragraph; soffice's DOC export
    doc.save(str(out))  # flattens a table that is the very last body element


def make_long(out: Path, pages: int = 20) -> None:
    doc = Document()
    _two_columns(doc, HEADER_LEFT, HEADER_RIGHT)
    _para(doc, TITLE, bold=True, center=True, size=14)
    for i in range(pages):
        _para(doc, f"Phần {i + 1}. Kết quả thực hiện", bold=True)
        for _ in range(3):
            _para(doc, PREAMBLE.replace(" sau đây:", f" của phần {i + 1}."))
        _grid(doc, TABLE)
        _page_break(doc)
    _two_columns(doc, SIGN_LEFT, SIGN_RIGHT)
    doc.add_paragraph()  # Word always ends a body with a paragraph; soffice's DOC export
    doc.save(str(out))  # flattens a table that is the very last body element


ARTICLE = [
    "Ngày 15/01/2020, Ban Thường vụ Huyện ủy Cam Lộ tổ chức ký cam kết thực hiện nhiệm vụ "
    "trọng tâm năm 2020 với các chi bộ, đảng bộ trực thuộc. Đây là năm thứ ba huyện triển "
    "khai việc ký cam kết theo chủ trương của Ban Thường vụ Tỉnh ủy.",
    "Theo đó, mỗi chi bộ lựa chọn từ ba đến năm nhiệm vụ trọng tâm, khâu đột phá, có thời "
    "gian hoàn thành và người chịu trách nhiệm cụ thể. Kết quả thực hiện là căn cứ đánh giá, "
    "xếp loại tổ chức đảng và người đứng đầu cuối năm.",
    "Ông Nguyễn Văn Hùng, Bí thư Huyện ủy Cam Lộ, cho biết việc ký cam kết đã tạo chuyển "
    "biến rõ nét trong lãnh đạo, chỉ đạo, nhất là công tác giải phóng mặt bằng và xây dựng "
    "nông thôn mới trên địa bàn huyện.",
    "Năm 2019, có 10/10 xã hoàn thành các nội dung đã cam kết, trong đó nhiều nhiệm vụ "
    "hoàn thành vượt mức kế hoạch đề ra, góp phần hoàn thành thắng lợi nghị quyết đại hội.",
]


def make_article(out: Path) -> None:
    """A headline section, then a continuous section break into two text columns."""
    doc = Document()
    _para(doc, "CAM LỘ KÝ CAM KẾT THỰC HIỆN NHIỆM VỤ TRỌNG TÂM", bold=True, center=True)
    sect = doc.add_section(0)  # WD_SECTION.CONTINUOUS
    cols = sect._sectPr.makeelement(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cols",
        {
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num": "2",
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}space": "720",
        },
    )
    sect._sectPr.append(cols)
    for text in ARTICLE * 3:  # enough to fill the first column and flow into the second
        _para(doc, text)
    doc.save(str(out))


TEXTBOX = (
    '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict><v:shape style="width:200pt;'
    'height:40pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>Chữ trong hộp văn bản</w:t></w:r>'
    "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
)


def make_features(out: Path) -> None:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "TỈNH ỦY QUẢNG TRỊ - VĂN PHÒNG"
    _para(doc, "")  # an empty paragraph before the header table is common
    _two_columns(
        doc,
        ["UBND TỈNH QUẢNG TRỊ", "SỞ GIAO THÔNG VẬN TẢI", "Số: 123/BC-SGTVT"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    )
    _para(doc, "BÁO CÁO", bold=True, center=True)
    _para(doc, "Kết quả thực hiện cam kết năm 2021", center=True)
    _para(doc, "Nội dung in đậm", bold=True)
    t = _grid(doc, [["Nhiệm vụ", "Kết quả", "Ghi chú"], ["A", "B", "C"], ["D", "E", "F"]])
    t.cell(0, 1).merge(t.cell(0, 2))  # horizontal: gridSpan
    t.cell(1, 0).merge(t.cell(2, 0))  # vertical: vMerge
    inner = t.cell(1, 2).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Trong", "Bảng"
    doc.element.body.insert(len(doc.element.body) - 1, parse_xml(TEXTBOX))
    _page_break(doc)
    _para(doc, "Trang hai")
    p = _para(doc, "Trang ba")
    p.paragraph_format.page_break_before = True
    bordered = _grid(doc, [["KT. GIÁM ĐỐC", "Nơi nhận"]])
    bordered.cell(0, 0).text = "KT. GIÁM ĐỐC"
    _two_columns(
        doc,
        ["Nơi nhận:", "- Như trên;", "- Lưu: VT."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Mai"],
    )
    doc.save(str(out))


def soffice(src: Path, fmt: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.move(str(Path(tmp) / f"{src.stem}.{fmt.split(':')[0]}"), out)


def make_texts() -> None:
    text = "\n".join(TEXT_LINES[:3]) + "\n" + "\n".join(TEXT_LINES[3:6]) + "\n\f" + TEXT_LINES[6]
    (HERE / "text_utf8.txt").write_bytes(text.encode("utf-8") + b"\n")
    (HERE / "text_utf16.txt").write_bytes(text.encode("utf-16"))  # with BOM
    (HERE / "text_cp1258.txt").write_bytes(_cp1258(text))
    (HERE / "text_nfd.txt").write_bytes(unicodedata.normalize("NFD", text).encode("utf-8"))


TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def _cp1258(text: str) -> bytes:
    """Encode as Windows does: a precomposed byte where cp1258 has one (á), else the
    base letter (ê, ơ, ư …) followed by a combining tone mark byte (ế = ê + U+0301)."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            nfd = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONES))
            out += (base + "".join(c for c in nfd if c in TONES)).encode("cp1258")
    return bytes(out)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "commitment.docx"
        make_commitment(src)
        shutil.copy(src, HERE / "commitment.docx")
        soffice(src, "pdf", HERE / "commitment.pdf")
        soffice(src, "doc", HERE / "commitment.doc")
        article = Path(tmp) / "article.docx"
        make_article(article)
        soffice(article, "pdf", HERE / "article.pdf")
        longdoc = Path(tmp) / "long.docx"
        make_long(longdoc)
        soffice(longdoc, "pdf", HERE / "long.pdf")
    make_features(HERE / "features.docx")
    make_texts()

    subprocess.run(
        [
            "qpdf",
            "--encrypt",
            "secret",
            "owner",
            "256",
            "--",
            str(HERE / "commitment.pdf"),
            str(HERE / "encrypted.pdf"),
        ],
        check=True,
    )
    subprocess.run(
        [
            "qpdf",
            "--encrypt",
            "",
            "owner",
            "256",
            "--",
            str(HERE / "commitment.pdf"),
            str(HERE / "owner_only.pdf"),
        ],
        check=True,
    )
    for name in ("commitment.pdf", "commitment.docx"):
        data = (HERE / name).read_bytes()
        (HERE / f"truncated{Path(name).suffix}").write_bytes(data[: len(data) // 2])
    (HERE / "empty.pdf").write_bytes(b"")
    _images()
    (HERE / "junk.bin").write_bytes(random.Random(1258).randbytes(4096))
    shutil.copy(HERE / "commitment.pdf", HERE / "pdf_named.docx")
    with zipfile.ZipFile(HERE / "notword.docx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")


def _images() -> None:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (600, 200), "white")
    ImageDraw.Draw(img).text((20, 80), "BAN CAM KET (scan)", fill="black")
    img.save(HERE / "image.pdf", format="PNG")  # a PNG wearing a .pdf name
    img.save(HERE / "scanned.pdf", format="PDF", resolution=72)  # image-only PDF page


if __name__ == "__main__":
    main()
