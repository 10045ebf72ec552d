"""DOCX extraction: reading order, header/signature tables, merges, breaks, styles.

features.docx is made by tests/files/make_fixtures.py; the small cases below are built
with python-docx in a temp dir, with raw WordprocessingML where python-docx has no API.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml

from extractors import FORMATS
from pipeline.document import Dossier, Source
from pipeline.errors import CorruptFile, EncryptedFile, UnsupportedFormat
from pipeline.settings import Settings

FILES = Path(__file__).parent / "files"
DOCX = FORMATS.get("docx")
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def read(path: Path) -> Dossier:
    data = path.read_bytes()
    d = Dossier(Source(str(path), hashlib.sha256(data).hexdigest(), len(data)))
    DOCX.extract(path, d, Settings(strict=True))
    return d


def texts(d: Dossier, **where: object) -> list[str]:
    return [b.text for b in d.blocks if all(getattr(b, k) == v for k, v in where.items())]


def xml_paragraph(inner: str) -> object:
    return parse_xml(f"<w:p {NS}>{inner}</w:p>")


def save(doc: Document, tmp_path: Path, name: str = "t.docx") -> Path:  # type: ignore[valid-type]
    path = tmp_path / name
    doc.save(str(path))  # type: ignore[attr-defined]
    return path


def append(doc: Document, el: object) -> None:  # type: ignore[valid-type]
    body = doc.element.body  # type: ignore[attr-defined]
    body.insert(len(body) - 1, el)  # before the final sectPr


@pytest.fixture(scope="module")
def features() -> Dossier:
    return read(FILES / "features.docx")


def test_page_header_part_comes_first(features: Dossier) -> None:
    first = features.blocks[0]
    assert (first.text, first.region, first.page) == (
        "TỈNH ỦY QUẢNG TRỊ - VĂN PHÒNG",
        "page-header",
        1,
    )


def test_state_layout_header_after_an_empty_paragraph(features: Dossier) -> None:
    assert texts(features, region="header-left") == [
        "UBND TỈNH QUẢNG TRỊ\nSỞ GIAO THÔNG VẬN TẢI\nSố: 123/BC-SGTVT"
    ]
    assert texts(features, region="header-right") == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    ]


def test_styles(features: Dossier) -> None:
    style = {b.text: b.style for b in features.blocks if b.kind == "paragraph" and not b.region}
    assert style["BÁO CÁO"] == "title"
    assert style["Kết quả thực hiện cam kết năm 2021"] == "center"
    assert style["Nội dung in đậm"] == "bold"
    assert style["Trang hai"] == ""


def test_merged_cells_are_not_duplicated(features: Dossier) -> None:
    cells = [(b.row, b.col, b.text) for b in features.blocks if b.table == 0]
    # python-docx's merge() moves the merged cells' paragraphs into the first cell.
    assert cells == [
        (0, 0, "Nhiệm vụ"),
        (0, 1, "Kết quả Ghi chú"),
        (1, 0, "A D"),
        (1, 1, "B"),
        (1, 2, "C"),
        (2, 1, "E"),
        (2, 2, "F"),
    ]


def test_nested_table_gets_its_own_number(features: Dossier) -> None:
    assert [(b.table, b.row, b.col, b.text) for b in features.blocks if b.table == 1] == [
        (1, 0, 0, "Trong"),
        (1, 0, 1, "Bảng"),
    ]


def test_text_box_text_once(features: Dossier) -> None:
    assert features.text.count("Chữ trong hộp văn bản") == 1


def test_pages_from_breaks(features: Dossier) -> None:
    page = {b.text: b.page for b in features.blocks}
    assert page["Trang hai"] == 2  # w:br type=page
    assert page["Trang ba"] == 3  # pageBreakBefore
    assert [p.number for p in features.pages] == [1, 2, 3]
    assert features.pages[0].width and features.pages[0].height


def test_bordered_two_column_table_is_cells_borderless_is_signature(features: Dossier) -> None:
    bordered = [b for b in features.blocks if b.kind == "cell" and b.text == "KT. GIÁM ĐỐC"]
    assert len(bordered) == 1
    assert texts(features, region="sign-left") == ["Nơi nhận:\n- Như trên;\n- Lưu: VT."]
    assert texts(features, region="sign-right") == ["KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Thị Mai"]


def test_commitment_docx() -> None:
    d = read(FILES / "commitment.docx")
    assert texts(d, region="header-left") == [
        "ĐẢNG BỘ TỈNH QUẢNG TRỊ\nHUYỆN ỦY CAM LỘ\n*\nSố 05-CK/HU"
    ]
    assert [b.region for b in d.blocks[:2]] == ["header-left", "header-right"]
    assert texts(d, region="sign-right") == [
        "T/M BAN THƯỜNG VỤ HUYỆN ỦY\nBÍ THƯ\n(đã ký)\nNguyễn Văn Hùng"
    ]
    assert {b.page for b in d.blocks if b.region.startswith("sign")} == {2}
    assert len([b for b in d.blocks if b.kind == "cell"]) == 20


def test_two_column_table_after_body_text_is_not_a_header(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Kính gửi: Ban Thường vụ Tỉnh ủy")
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Nội dung", "Kết quả"
    d = read(save(doc, tmp_path))
    assert [(b.kind, b.region) for b in d.blocks] == [("paragraph", ""), ("cell", ""), ("cell", "")]


def test_run_text_details(tmp_path: Path) -> None:
    doc = Document()
    append(
        doc,
        xml_paragraph(
            "<w:r><w:t>Số:</w:t><w:tab/><w:t>12/BC</w:t></w:r>"
            "<w:hyperlink><w:r><w:t xml:space='preserve'> liên kết</w:t></w:r></w:hyperlink>"
            "<w:del><w:r><w:delText>đã xóa</w:delText></w:r></w:del>"
            "<w:ins><w:r><w:t xml:space='preserve'> thêm</w:t></w:r></w:ins>"
            "<w:r><w:instrText>PAGE</w:instrText></w:r>"
            "<w:r><w:br/><w:t>dòng hai</w:t></w:r>"
        ),
    )
    append(
        doc,
        parse_xml(
            f"<w:sdt {NS}><w:sdtContent><w:p><w:r><w:t>Trong điều khiển</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        ),
    )
    d = read(save(doc, tmp_path))
    assert texts(d) == ["Số: 12/BC liên kết thêm\ndòng hai", "Trong điều khiển"]


def test_vml_fallback_of_a_text_box_is_not_read_twice(tmp_path: Path) -> None:
    doc = Document()
    box = "<w:txbxContent><w:p><w:r><w:t>Hộp</w:t></w:r></w:p></w:txbxContent>"
    append(
        doc,
        xml_paragraph(
            "<w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>"
            f"<wps:wsp xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
            f"<wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
            f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>"
            "</mc:Fallback></mc:AlternateContent></w:r>"
        ),
    )
    d = read(save(doc, tmp_path))
    assert texts(d) == ["Hộp"]


def test_rendered_page_breaks_win_over_explicit_ones(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Một")
    append(doc, xml_paragraph("<w:r><w:lastRenderedPageBreak/><w:t>Hai</w:t></w:r>"))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # stale: Word re-rendered after
    doc.add_paragraph("Vẫn hai")
    d = read(save(doc, tmp_path))
    assert [(b.text, b.page) for b in d.blocks] == [("Một", 1), ("Hai", 2), ("Vẫn hai", 2)]


def test_section_break_starts_a_page_unless_continuous(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Mục một")
    append(doc, xml_paragraph("<w:pPr><w:sectPr/></w:pPr><w:r><w:t>Cuối mục</w:t></w:r>"))
    doc.add_paragraph("Mục hai")
    d = read(save(doc, tmp_path))
    assert [b.page for b in d.blocks] == [1, 1, 2]


def test_style_inheritance_for_title(tmp_path: Path) -> None:
    doc = Document()
    style = doc.styles.add_style("TieuDe", 1)  # paragraph style, bold + centred
    style.font.bold = True
    style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    child = doc.styles.add_style("TieuDeCon", 1)
    child.base_style = style
    doc.add_paragraph("BÁO CÁO", style="TieuDeCon")
    p = doc.add_paragraph(style="TieuDeCon")
    p.add_run("không đậm").bold = False
    d = read(save(doc, tmp_path))
    assert [(b.text, b.style) for b in d.blocks] == [("BÁO CÁO", "title"), ("không đậm", "center")]


def test_package_checks(tmp_path: Path) -> None:
    with pytest.raises(CorruptFile, match="truncated or damaged"):
        read(FILES / "truncated.docx")
    with pytest.raises(UnsupportedFormat, match="without word/document.xml"):
        read(FILES / "notword.docx")
    src = zipfile.ZipFile(FILES / "commitment.docx")
    no_types = tmp_path / "no_types.docx"
    with zipfile.ZipFile(no_types, "w") as z:
        for info in src.infolist():
            if info.filename != "[Content_Types].xml":
                z.writestr(info.filename, src.read(info.filename))
    with pytest.raises(CorruptFile, match=r"\[Content_Types\].xml"):
        read(no_types)
    bad_xml = tmp_path / "bad_xml.docx"
    with zipfile.ZipFile(bad_xml, "w") as z:
        for info in src.infolist():
            data = src.read(info.filename)
            z.writestr(
                info.filename,
                data[: len(data) // 2] if info.filename == "word/document.xml" else data,
            )
    with pytest.raises(CorruptFile, match="damaged DOCX"):
        read(bad_xml)


def test_password_protected_zip(tmp_path: Path) -> None:
    path = tmp_path / "locked.docx"
    src = zipfile.ZipFile(FILES / "commitment.docx")
    with zipfile.ZipFile(path, "w") as z:
        for info in src.infolist():
            z.writestr(info.filename, src.read(info.filename))
    data = bytearray(path.read_bytes())
    # Set the "encrypted" bit (general purpose flag bit 0) in every central directory entry.
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        data[pos + 8] |= 0x01
        pos = data.find(b"PK\x01\x02", pos + 4)
    path.write_bytes(bytes(data))
    with pytest.raises(EncryptedFile):
        read(path)


def test_page_break_before_on_the_first_paragraph_is_ignored(tmp_path: Path) -> None:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Đầu trang"
    first = doc.add_paragraph("Trang một")
    first.paragraph_format.page_break_before = True
    second = doc.add_paragraph("Trang hai")
    second.paragraph_format.page_break_before = True
    d = read(save(doc, tmp_path))
    assert [(b.text, b.page) for b in d.blocks] == [
        ("Đầu trang", 1),
        ("Trang một", 1),
        ("Trang hai", 2),
    ]
