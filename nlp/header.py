"""Document fields from the header, title and signature: kind, number, place and date,
issuer, title and summary line, the year the document is about, and the signer.

Both layouts put the same things in the same places (Hướng dẫn 36-HD/VPTW for Party
bodies, Nghị định 30/2020/NĐ-CP for state bodies): issuing body top left with its number
below, national motto and place/date top right, the type in capitals in the centre with
its summary line under it. Extractors that know the columns mark them as regions; for
text that arrives as plain lines (TXT, or a PDF whose columns ran together) the same
rules apply line by line, with the motto cut out of lines it was glued to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp import dates, leaders, units
from nlp.text import fold, norm_space
from pipeline.document import Block, Dossier, Fields, Signer, Span

HEAD_BLOCKS = 25  # the header never runs further than this many blocks into a document

# Motto lines of both layouts, folded; cut out wherever they sit in a line.
_MOTTO = re.compile(
    r"dang cong san viet nam|cong hoa xa hoi chu nghia viet nam|"
    r"doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc|[-_–—]{3,}"
)
_NUMBER = re.compile(
    r"(?<![\w])s[oố]\s*:?\s*(\d*\s*[-/]\s*[^\s,;:]+(?:\s*[-/]\s*[^\s,;:]+)*|\d+[^\s,;:]*)",
    re.IGNORECASE,
)
_TYPE_WORDS = (
    "ban cam ket", "ban dang ky", "dang ky", "cam ket", "bao cao", "ke hoach",
    "ban tu kiem diem", "ban kiem diem", "tu kiem diem", "kiem diem",
    "thong bao", "chuong trinh", "nghi quyet", "quyet dinh", "ket luan", "to trinh",
    "bien ban", "huong dan", "bang tong hop", "tong hop", "danh gia", "ket qua",
)
# Press datelines name the paper: "(Báo Quảng Trị) - Ngày 18/01/2022, …", "(Baoquangtri.vn) –"
_PRESS = re.compile(r"^\s*\((Báo\s+[^()\n]{2,40}|[A-Za-z.]+\.vn)\)\s*[-–—]", re.MULTILINE)
_PREAMBLE = re.compile(
    r"^(?:can cu|kinh gui|thuc hien (?:cong van|ket luan|nghi quyet|quyet dinh|ke hoach|"
    r"huong dan|chi thi|thong bao|chuong trinh|y kien|su chi dao|chi dao|van ban)|"
    r"(?:sau|trong) (?:mot|\d+) nam|nam \d{4},)"
)
# a document type right before "số": the number of a document cited, not this one's
_CITED = re.compile(
    r"\b(?:huong dan|nghi quyet|quyet dinh|cong van|ke hoach|thong bao|chi thi|ket luan|"
    r"bao cao|to trinh|quy dinh|chuong trinh|cam ket|van ban|thong tu|nghi dinh|luat|"
    r"dang ky)\s*$"
)
_VV = re.compile(r"^\s*(?:V/v|V/V|Về việc|VỀ VIỆC)\s*:?\s*")
# a line naming a paper, not a body: "BẢN TỰ KIỂM ĐIỂM", "PHIẾU ĐĂNG KÝ", "NGƯỜI CAM KẾT"
_DOC_TYPE = re.compile(r"^(?:BẢN|PHIẾU|BIÊN BẢN|TỜ TRÌNH|NGƯỜI)\s", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20\d\d)(?!\d)")
_EVAL_CUES = ("so ket", "danh gia", "tong ket", "ket qua thuc hien", "ket qua", "kiem diem")
_REVIEW = ("ban tu kiem diem", "ban kiem diem", "tu kiem diem", "kiem diem")
_REPORT = ("bao cao", "thong bao ket qua", "bang tong hop ket qua")
_COMMIT_SUBJECT = ("cam ket", "nhiem vu trong tam", "khau dot pha", "dang ky", "diem nghen")
# plans, guidance and orders that organise the signing of commitments are not commitments
_DIRECTIVE = ("ke hoach", "huong dan", "chi thi", "quyet dinh", "nghi quyet", "cong van",
              "chuong trinh", "ket luan", "quy dinh")


def is_directive(title: str | None) -> bool:
    """A plan, guidance or order by its title ("KẾ HOẠCH", "HƯỚNG DẪN" …)."""
    return fold(title or "").startswith(_DIRECTIVE)


@dataclass
class _Line:
    text: str
    start: int  # offset in dossier.text
    block: Block


def _lines(blocks: list[Block]) -> list[_Line]:
    out = []
    for b in blocks:
        off = b.start
        for raw in b.text.split("\n"):
            if raw.strip():
                lead = len(raw) - len(raw.lstrip())
                out.append(_Line(raw.strip(), off + lead, b))
            off += len(raw) + 1
    return out


def _is_upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _strip_motto(s: str) -> str:
    f = fold(s)
    if not _MOTTO.search(f):
        return s
    # fold() keeps one character per character for NFC text with single spaces
    s1 = norm_space(s)
    f1 = fold(s1)
    if len(f1) != len(s1):
        return s
    keep = list(s1)
    for m in _MOTTO.finditer(f1):
        for i in range(m.start(), m.end()):
            keep[i] = " "
    return norm_space("".join(keep))


def _comma_in_name(s: str) -> bool:
    """A header line in capitals naming a body whose name holds a comma ("ĐẢNG BỘ KHỐI ĐẠI
    HỌC, CAO ĐẲNG"): the one comma is no sign of a sentence."""
    if not _is_upper(s) or s.count(",") != 1 or re.search(r"[\"“”:;!?]|\.$", s):
        return False
    found = units.find_units(s)
    return bool(found) and found[0].start == 0 and s.index(",") > found[0].start


def _unit_line(s: str, above: str | None = None) -> bool:
    """A line naming a unit; `above` (the line over it) names the body that a bare
    mention refers to: "CHI BỘ VĂN PHÒNG SỞ" under "ĐẢNG BỘ SỞ TÀI CHÍNH"."""
    f = fold(s)
    if not f or _NUMBER.match(f) or dates.parse_issue_date(s):
        return False
    return bool(units.find_units(s, context=above)) and len(s) < 90


class HeaderReader:
    """Fills `dossier.fields`."""

    def __call__(self, dossier: Dossier) -> Dossier:
        f = dossier.fields
        head = dossier.blocks[:HEAD_BLOCKS]
        left = [b for b in head if b.region == "header-left"]
        right = [b for b in head if b.region == "header-right"]
        lines = _lines(head)
        # a PDF column may end early and leave the rest of the issuer's lines in the body,
        # the number with them
        loose = [b for b in head if not b.region]
        self._number(dossier, f, _lines(left) + _lines(loose) if left else lines)
        self._date(dossier, f, _lines(right) + _lines(left) + lines)
        self._issuer(dossier, f, _lines(left) + _lines(loose) if left else lines)
        self._title(dossier, f, head)
        self._kind(f, dossier)
        self._year(f, dossier)
        self._signer(dossier, f)
        return dossier

    # -- number ------------------------------------------------------------
    def _number(self, d: Dossier, f: Fields, lines: list[_Line]) -> None:
        for ln in lines[:14]:
            if _is_title(ln.text):
                break  # the number stands above the title; below it numbers are cited
            m = _NUMBER.search(ln.text)
            if m and _CITED.search(fold(ln.text[: m.start()])):
                continue  # "Thực hiện Hướng dẫn số 03-HD/ĐU …" names another document
            if m and ("/" in m.group(1) or "-" in m.group(1)) and m.start() < 40:
                f.number = re.sub(r"\s+", "", m.group(1)).rstrip(".")
                s = ln.start + m.start(1)
                f.spans["number"] = d.span(s, ln.start + m.end(1))
                return

    # -- place and date ----------------------------------------------------
    def _date(self, d: Dossier, f: Fields, lines: list[_Line]) -> None:
        for k, ln in enumerate(lines[:30]):
            got = dates.parse_issue_date(ln.text)
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            if not got and nxt is not None and nxt.block is ln.block and \
                    nxt.start == ln.start + len(ln.text) + 1:
                # a narrow column wraps the dateline: "…, ngày 03 tháng 7" / "năm 2023"
                got = dates.parse_issue_date(f"{ln.text} {nxt.text}")
            if got:
                place, iso, s, e = got
                f.place = place
                f.date = iso
                f.spans["date"] = d.span(ln.start + s, ln.start + e)
                return

    # -- issuer ------------------------------------------------------------
    def _issuer(self, d: Dossier, f: Fields, lines: list[_Line]) -> None:
        found: list[tuple[str, int, int]] = []  # text, start, end
        last = -1  # index of the line the last issuer line was read from
        for k, ln in enumerate(lines[:12]):
            t = _strip_motto(ln.text)
            ft = fold(t)
            if not t or t == "*" or _NUMBER.match(ft):
                if found:
                    break  # the star or the number closes the issuer block
                continue
            if _is_title(t) or (found and _DOC_TYPE.match(t)):
                break
            if re.fullmatch(r"[-–—_=~.]{1,6}", t):
                # the short rule under the body's name, read as text by OCR (here between the
                # two lines of a wrapped name): not a line of the header, and no break in it
                if found and k == last + 1:
                    last = k
                continue
            if dates.parse_issue_date(t):
                continue
            if re.search(r"[\"“”,:;!?]|\.$", t) and not _comma_in_name(t):
                continue  # a headline or a sentence, not a unit line
            if found and k == last + 1 and units.only_prefix(t):
                last = k  # "BAN THƯỜNG TRỰC" under "ỦY BAN MTTQ …": the body's own board
                continue
            above = found[-1][0] if found else None
            if _unit_line(t, above) and _is_upper(t):
                found.append((t, ln.start, ln.start + len(ln.text)))
                last = k
            elif found and k == last + 1 and _is_upper(t) and len(t) < 60 and \
                    not _unit_line(t, above):
                # a wrapped name, on the next line: "SỞ NÔNG NGHIỆP" / "VÀ PHÁT TRIỂN NÔNG THÔN"
                prev = found[-1]
                found[-1] = (prev[0] + " " + t, prev[1], ln.start + len(ln.text))
                last = k
        if not found:
            m = _PRESS.search(d.text[:2000])
            if m:
                f.issuer = m.group(1).strip()
                f.issuer_key = units.unit_key(f.issuer)
                f.spans["issuer"] = d.span(m.start(1), m.end(1))
            return
        text, s, e = found[-1]
        superior = units.display_name(found[-2][0]) if len(found) > 1 else None
        f.issuer = _qualified(text, superior)
        f.issuer_key = units.unit_key(f.issuer)
        f.spans["issuer"] = Span(s, e, d.page_at(s), text)
        f.superior = superior

    # -- title and summary -------------------------------------------------
    def _title(self, d: Dossier, f: Fields, head: list[Block]) -> None:
        # An official letter (công văn) has no title: its subject is the "V/v …" line
        # under the number, top left.
        for ln in _lines(head)[:16]:
            if _VV.match(ln.text):
                f.summary = norm_space(_VV.sub("", ln.text))
                f.spans["summary"] = d.span(ln.start, ln.start + len(ln.text))
                break
        body = [b for b in head if not b.region and b.kind != "cell"]
        for i, b in enumerate(body):
            t = norm_space(b.text)
            if not _is_title(t):
                continue
            f.title = t
            f.spans["title"] = d.span(b.start, b.end)
            summary: list[str] = []
            for nb in body[i + 1 : i + 4]:
                s = norm_space(nb.text)
                if not s or len(s) > 250:
                    break
                starts_low = s[0].islower() or fold(s).startswith(("v/v", "ve viec", "("))
                centred = "center" in nb.style or "title" in nb.style
                # the line under the title, capitalised, is the summary unless it opens the
                # body ("Căn cứ …", "Thực hiện Công văn số …", "Kính gửi: …")
                first_plain = not summary and len(s) < 200 and not s.endswith((":", ",")) \
                    and not _PREAMBLE.match(fold(s))
                if starts_low or centred or first_plain or (_is_upper(s) and not summary):
                    summary.append(s)
                    if s.endswith((".", ":")):
                        break
                else:
                    break
            if summary:
                f.summary = " ".join(summary)
            return

    # -- kind --------------------------------------------------------------
    def _kind(self, f: Fields, d: Dossier) -> None:
        title = fold(f.title or "")
        summ = fold(f.summary or "")
        code = (f.number or "").upper()
        both = f"{title} {summ}"
        # a self-review ("BẢN TỰ KIỂM ĐIỂM kết quả thực hiện cam kết") names the commitment
        # it judges: read like a report, before the "cam kết" in its title makes it one
        review = title.startswith(_REVIEW)
        if review and any(c in f"{both} {fold(d.text[:3000])}" for c in _COMMIT_SUBJECT):
            f.kind = "evaluation"
        elif review:
            f.kind = "other"
        elif title.startswith(_REPORT) and "cam ket" in title and not re.search(r"-CK\b|^CK/", code):
            # "BÁO CÁO KẾT QUẢ THỰC HIỆN BẢN CAM KẾT": a report names the paper it judges
            f.kind = "evaluation"
        elif "cam ket" in title or "dang ky" in title or re.search(r"-CK\b|^CK/", code):
            f.kind = "commitment"
        elif is_directive(title):
            # "KẾ HOẠCH triển khai ký cam kết …": about commitments, not one
            f.kind = "other"
        elif any(c in both for c in _EVAL_CUES) and any(c in both for c in _COMMIT_SUBJECT):
            f.kind = "evaluation"
        elif title.startswith(("bao cao", "thong bao", "bang tong hop", "tong hop", "ket qua")) \
                and any(c in fold(d.text[:3000]) for c in _COMMIT_SUBJECT):
            f.kind = "evaluation"
        elif "cam ket" in summ and not title.startswith(("bao cao", "thong bao")):
            f.kind = "commitment"
        else:
            f.kind = "other"

    # -- year --------------------------------------------------------------
    def _year(self, f: Fields, d: Dossier) -> None:
        for s in (f.summary, f.title):
            if s:
                m = _YEAR.search(s)
                if m:
                    f.year = int(m.group(1))
                    return
        if f.date:
            f.year = int(f.date[:4])
            return
        years = _YEAR.findall(d.text[:4000])
        if years:
            f.year = int(max(set(years), key=years.count))

    # -- signer ------------------------------------------------------------
    def _signer(self, d: Dossier, f: Fields) -> None:
        found: list[tuple[leaders.LeaderMatch, Column]] = []
        for col in signature_columns(d):
            for m in leaders.find_signatures(col.text, context=context(f)):
                found.append((m, col))
        if not found:
            return

        party = (f.issuer_key or "").startswith(("dang uy ", "dang bo ", "chi bo "))

        def score(item: tuple[leaders.LeaderMatch, Column]) -> tuple[int, int]:
            m, col = item
            k = units.unit_key(m.unit) if m.unit else None
            s = 0
            if party and m.title and _BODY_HEAD.match(fold(m.title)):
                # "TỔNG GIÁM ĐỐC" beside "T/M BAN THƯỜNG VỤ ĐẢNG ỦY": the head of the
                # enterprise signs along; the Party organisation's paper is its committee's
                s -= 1
            elif k and f.issuer_key and (k == f.issuer_key or party and
                                         f.issuer_key.startswith(k + " ")):
                # a Party paper's "T/M … ĐẢNG ỦY" names its own committee short
                s += 3
            elif k and f.superior and k == units.unit_key(f.superior):
                s -= 2
            elif k is None:
                s += 1
            return s, col.to_doc(m.start)

        m, col = max(found, key=score)
        title = m.title
        if not title:  # "NGƯỜI CAM KẾT": the title is on the form's "Chức vụ:" line
            title = next((p.title for p in leaders.find_personal(d.text, context(f))
                          if fold(p.name) == fold(m.name) and p.title), None)
        f.signer = Signer(m.name, title or "", d.span(col.to_doc(m.start), col.to_doc(m.end)))


# the head of a body, not of its Party organisation: "Giám đốc", "Hiệu trưởng", "Chỉ huy
# trưởng" (a "Trưởng ban" of the Party's own boards is none)
_BODY_HEAD = re.compile(r"^(?:pho |tong )*(?:giam doc|hieu truong|vien truong|chanh an|"
                        r"cuc truong|chi cuc truong|chi huy truong)$")


@dataclass
class Column:
    """One side of the signature area, its pieces joined: a PDF splits a signature table
    into a block per row, and the title and the name must be read together."""

    text: str
    offsets: list[tuple[int, int]]  # (offset in text, offset in dossier.text) per piece

    def to_doc(self, i: int) -> int:
        base = self.offsets[0]
        for o in self.offsets:
            if o[0] <= i:
                base = o
        return base[1] + i - base[0]


_CUT = re.compile(r"^\s*n[oơ]i nh[aậ]n", re.IGNORECASE | re.MULTILINE)


def signature_columns(d: Dossier) -> list[Column]:
    sides: dict[str, Column] = {}
    last: Block | None = None
    for b in d.blocks:
        if b.region.startswith("sign"):
            _append(sides.setdefault(b.region, Column("", [])), b)
            last = b
    if last is not None:
        name = _overflow(last, d.blocks[d.blocks.index(last) + 1:])
        signing = [k for k in sorted(sides) if not _CUT.match(sides[k].text)]
        if name is not None and signing:
            _append(sides[signing[-1]], name)  # the name alone on the next page
    for col in sides.values():
        m = _CUT.search(col.text)  # "Nơi nhận:" often shares the left cell
        if m:
            col.text = col.text[: m.start()]
    if not sides:
        tail = max(0, len(d.text) - 2500)
        return [Column(d.text[tail:], [(0, tail)])]
    return [sides[k] for k in sorted(sides)]


def _append(col: Column, b: Block) -> None:
    if col.text:
        col.text += "\n"
    col.offsets.append((len(col.text), b.start))
    col.text += b.text


def _overflow(sign: Block, after: list[Block]) -> Block | None:
    """A signature cut by a page break: the next page holds the signer's name alone (a
    short line of capitalised words, the last block of the document), maybe after the
    rest of the "Nơi nhận:" list."""
    if not after or any(b.page <= sign.page for b in after):
        return None
    *before, b = after
    if any(not x.text.lstrip().startswith(("-", "+", "•")) for x in before):
        return None
    words = b.text.split()
    if "\n" in b.text.strip() or not 2 <= len(words) <= 5:
        return None
    return b if all(w[:1].isupper() for w in words) else None


def context(f: Fields) -> str | None:
    """What bare unit mentions resolve against: the issuer, then the body above it (which
    names the province of a Sở whose own name has no place)."""
    parts = [x for x in (f.issuer, f.superior) if x]
    return "; ".join(parts) or None


_LEVEL_WORD = re.compile(r"\s(tỉnh|huyện|xã|thành phố|thị xã|quận|phường|thị trấn)$", re.IGNORECASE)


def _qualified(written: str, superior: str | None) -> str:
    """The issuer as a unit of its own. Under its parent body an office line names only
    itself ("TỈNH ỦY THỪA THIÊN HUẾ" / "BAN TỔ CHỨC" is the Ban Tổ chức Tỉnh ủy Thừa Thiên
    Huế), and a name may end on a bare level word whose place is the superior's
    ("… GIAO THÔNG TỈNH" under "UBND TỈNH THỪA THIÊN HUẾ")."""
    if superior:
        found = units.find_units(written, context=superior)
        whole = found and found[0].start == 0 and len(found) == 1
        if whole and found[0].level == "office":
            return found[0].name
        if whole and found[0].end >= len(written.rstrip()) and \
                found[0].key != units.unit_key(written):
            # the superior named its place: "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP" under
            # "UBND TỈNH BẮC NINH"
            return found[0].name
    name = units.display_name(written)
    if name == written.title() or name == " ".join(w.capitalize() for w in written.split()):
        words = written.lower().split()
        name = " ".join([words[0].capitalize()] + words[1:]) if words else name
    m = _LEVEL_WORD.search(name)
    if m and superior:
        level = m.group(1).lower()
        sup = units.find_units(superior)
        place = _place_after(superior, level)
        if sup and place:
            name = f"{name} {place}"
    return name


def _place_after(text: str, level: str) -> str | None:
    m = re.search(rf"\b{level}\s+(.+)$", text, re.IGNORECASE)
    return m.group(1).strip() if m else None


def _is_title(t: str) -> bool:
    if not _is_upper(t) or len(t) > 120:
        return False
    ft = fold(t)
    return ft.startswith(_TYPE_WORDS)
