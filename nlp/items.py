"""Numbered and bulleted items in prose: the pledges of a commitment written as paragraphs,
and the judged tasks of an evaluation written the same way.

Paragraph-level rules, in the shape these documents take: a cue ("cam kết thực hiện các
nhiệm vụ sau:", "II. NỘI DUNG CAM KẾT", "đăng ký … nội dung:") opens a list; items carry a
marker (1. 2) a) - + • "Thứ nhất", "Một là"); a marker-less line such as "Thời gian hoàn
thành: Quý II/2020" is an attribute of the item above it; an item that ends with a colon
and is followed by items of another marker is a group heading, not a task, and so is "1."
over "1.1."; roman sections by field ("II. CÔNG TÁC KIỂM TRA") keep a commitment's list open,
a heading of another part ("III. TỔ CHỨC THỰC HIỆN") closes it; roman numerals before
sentences in an open list ("I. Duy trì …") number tasks. A cue that carries
its list inline ("cam kết: (1) …; (2) …") is split on the enumeration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nlp.text import fold, norm_space

_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("roman", re.compile(r"^\s*([IVX]{1,4})\s*[.)/-]\s+")),
    # "A. …", "B. …": a capital letter numbers the parts of a paper, or, as a roman numeral
    # can, the tasks of a short list (find_items tells the two apart the same way)
    ("upper", re.compile(r"^\s*([A-ZĐ])\s*[.)]\s+(?=\S)")),
    ("num", re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\s*[.)/]\s*(?=\S)")),
    # "a.1.", "b.2)": the tasks under a lettered group heading "a. …"
    ("subalpha", re.compile(r"^\s*([a-zđ]\.\d{1,2})\s*[.)]?\s+(?=\S)")),
    ("alpha", re.compile(r"^\s*([a-zđ])\s*[.)/]\s+")),
    ("paren", re.compile(r"^\s*\((\d{1,2}|[a-z])\)\s*")),
    ("dash", re.compile(r"^\s*([-–—])\s*")),
    ("plus", re.compile(r"^\s*([+•*●▪◦·])\s*")),
    ("ordinal", re.compile(r"^\s*((?:Thứ|THỨ)\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|"
                           r"(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là)\s*[,:]?\s*")),
    # "Nhiệm vụ 2:", "Chỉ tiêu 3:", "Mục tiêu 1." number the tasks; an unnumbered
    # "Chỉ tiêu: 85%" stays an attribute (_ATTRS)
    ("task", re.compile(r"^\s*((?:Nhiệm vụ|Nội dung|Khâu đột phá|Công việc|Chỉ tiêu|Mục tiêu|"
                        r"NHIỆM VỤ|NỘI DUNG|CHỈ TIÊU|MỤC TIÊU)\s+(?:thứ\s+)?\d{1,2})\s*[:.)-]\s*")),
]
_NUM = dict(_MARKERS)["num"]
# Nesting depth of each marker kind: an item followed by a deeper one is a group heading.
_DEPTH = {"upper": -1, "roman": 0, "num": 1, "task": 1, "ordinal": 1, "alpha": 2, "paren": 2,
          "subalpha": 2.5, "dash": 3, "plus": 4}
_ATTRS: dict[str, tuple[str, ...]] = {
    "deadline": ("thoi gian hoan thanh", "thoi gian thuc hien", "thoi gian", "thoi han", "tien do",
                 "han hoan thanh", "moc hoan thanh"),
    "leader": ("nguoi chiu trach nhiem", "chiu trach nhiem", "phu trach", "nguoi thuc hien",
               "lanh dao phu trach", "chu tri"),
    "target": ("san pham", "chi tieu", "ket qua du kien", "muc tieu", "yeu cau"),
    "result": ("ket qua thuc hien", "ket qua dat duoc", "ket qua", "tinh hinh thuc hien"),
    "status": ("danh gia", "tu danh gia", "muc do hoan thanh", "xep loai"),
    "reason": ("nguyen nhan", "ly do", "han che"),
}
_ATTR_RE = re.compile(
    r"^(?:[-–+•*]\s*)?(" + "|".join(sorted({p for ps in _ATTRS.values() for p in ps}, key=len,
                                            reverse=True)) + r")\s*[:\-–]\s*"
)
_INLINE_ATTR = re.compile(
    r"[.;,]?\s*\(?\s*(thoi gian hoan thanh|thoi gian thuc hien|thoi gian|thoi han|"
    r"nguoi chiu trach nhiem|san pham|chi tieu)\s*:\s*"
)
COMMIT_CUES = ("cam ket", "dang ky", "nhiem vu trong tam", "khau dot pha", "diem nghen",
               "noi dung sau", "nhiem vu sau", "cac nhiem vu", "dat hang", "cong viec sau",
               "noi dung cam ket", "chi tieu sau", "cac noi dung")
EVAL_CUES = COMMIT_CUES + ("ket qua", "danh gia", "so ket", "tong ket", "kiem diem")
_STOP = ("noi nhan", "t/m ", "k/t ", "tm. ", "kt. ", "tm ban", "tm uy", "kt giam doc")
_INLINE_SPLIT = re.compile(
    r"\s*(?:;|\(\d{1,2}\)|(?<=[:;,.])\s*(?:thứ\s+(?:nhất|hai|ba|tư|năm|sáu)|"
    r"(?:một|hai|ba|bốn|năm|sáu)\s+là)\s*,?)\s*",
    re.IGNORECASE,
)


@dataclass
class Para:
    text: str
    start: int
    page: int
    marker: str | None = None
    body: str = ""  # text after the marker
    body_start: int = 0


@dataclass
class Item:
    text: str  # the task words, marker stripped
    start: int
    end: int
    page: int
    attrs: dict[str, str] = field(default_factory=dict)
    extra: list[str] = field(default_factory=list)  # following plain paragraphs (evaluations)


def marker_of(text: str) -> tuple[str | None, int]:
    for name, rx in _MARKERS:
        m = rx.match(text)
        if m:
            return name, m.end()
    return None, 0


def attr_of(text: str) -> tuple[str, str] | None:
    f = fold(text)
    m = _ATTR_RE.match(f)
    if not m:
        return None
    phrase = m.group(1)
    for name, phrases in _ATTRS.items():
        if phrase in phrases:
            # fold() may shorten whitespace; find the value after the first colon/dash instead
            value = re.split(r"[:\-–]", text, maxsplit=1)[-1]
            return name, norm_space(value)
    return None


def split_inline_attrs(text: str) -> tuple[str, dict[str, str]]:
    """"Xây dựng … (Thời gian hoàn thành: Quý II/2020; Người chịu trách nhiệm: đ/c A)" →
    the task and its attributes."""
    f = fold(text)
    if len(f) != len(text):
        return text, {}
    m = _INLINE_ATTR.search(f)
    if not m or m.start() < 10:
        return text, {}
    attrs: dict[str, str] = {}
    for piece in re.split(r"[;(]\s*", text[m.start() :]):
        a = attr_of(piece.strip(" .,;()"))
        if a:
            attrs.setdefault(a[0], a[1].strip(" .;)"))
    return text[: m.start()], attrs


def _is_cue(f: str, cues: tuple[str, ...]) -> bool:
    return any(c in f for c in cues)


def _clean(text: str) -> str:
    t = norm_space(text).strip(" ;,")
    t = re.sub(r"\s*[.;:]+$", "", t)
    return t


def find_items(paras: list[Para], evaluation: bool) -> list[Item]:
    """The task items among the body paragraphs (in document order)."""
    cues = EVAL_CUES if evaluation else COMMIT_CUES
    for p in paras:
        p.marker, off = marker_of(p.text)
        p.body, p.body_start = p.text[off:], p.start + off
    items: list[Item] = []
    group_start = 0  # index in items where the current group (under its heading) starts
    active = False
    list_marker: str | None = None
    topic_head = False  # the item above was a topic heading ("2. Về xây dựng nông thôn mới")
    closed = False  # inside a report's forward plan
    for i, p in enumerate(paras):
        f = fold(p.text)
        if f.startswith(_STOP):
            break
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        roman_or_head = (p.marker in ("roman", "upper") and not _roman_task(p, nxt, active)) or (
            p.marker is None and _heading_like(p.text))
        if evaluation and (_is_forward(p) or (items and p.marker is None and
                                              _FORWARD_PARA.match(f))):
            # "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM", "Phương hướng năm 2021:": what comes next is
            # planned, not judged; only a later heading that cues results reopens the list
            closed, active = True, False
            continue
        if closed:
            if not (roman_or_head and _is_cue(f, cues)):
                continue
            closed = False
        attr = attr_of(p.text)
        if attr and items and active:
            if attr[0] == "leader":
                # "Người chịu trách nhiệm" under a group answers for every task of the group
                for it in items[group_start:]:
                    it.attrs.setdefault("leader", attr[1])
            else:
                items[-1].attrs.setdefault(attr[0], attr[1])
            continue
        if roman_or_head:
            # "I. CÔNG TÁC XÂY DỰNG ĐẢNG" right under "cam kết … như sau:" groups the tasks of
            # one list by field; the list goes on until a heading of another part
            active = _is_cue(f, cues) or (active and not evaluation and not _OTHER_PART.match(
                fold(p.body if p.marker else p.text)))
            list_marker = None
            group_start = len(items)
            continue
        if p.marker is None and topic_head and active and not evaluation:
            # the one paragraph under a topic heading states the task of that heading
            topic_head = False
            item = _item(p, p.text, evaluation)
            if item:
                items.append(item)
            continue
        topic_head = False
        if p.marker is None:
            ordinal = _ordinals(p) if (active or _is_cue(f, cues)) else []
            if ordinal:
                items.extend(ordinal)
                continue
            if _is_cue(f, cues) and p.text.rstrip().endswith(":"):
                active, list_marker = True, None
                continue
            if _is_cue(f, cues) and ":" in p.text and not _SUMMARY.match(f):
                inline = _inline(p)
                if inline:
                    items.extend(inline)
                    continue
            if active and evaluation and items and len(items[-1].extra) < 3:
                items[-1].extra.append(p.text)
                continue
            if active and not evaluation and items:
                if not _carried_on(paras[i - 1], p):
                    active = False
                else:
                    # the rest of the item above after a page break: its time and person
                    for k, v in split_inline_attrs(p.text)[1].items():
                        items[-1].attrs.setdefault(k, v)
            continue
        # an item with a marker
        deeper = nxt is not None and nxt.marker is not None and _depth(nxt) > _depth(p)
        if deeper or (p.body.rstrip().endswith(":") and nxt is not None
                      and nxt.marker not in (None, p.marker)):
            active = active or _is_cue(f, cues)
            group_start = len(items)
            continue
        if not active and not _standalone_task(p, evaluation):
            continue
        if (not evaluation and nxt is not None and nxt.marker is None
                and _TOPIC_HEAD.match(p.body) and not attr_of(nxt.text)):
            topic_head = True
            continue
        if list_marker is None:
            list_marker = p.marker
        if _RESPONSIBLE.match(p.body):
            continue
        item = _item(p, p.body, evaluation, p.body_start)
        if item:
            items.append(item)
    return items


def _carried_on(prev: Para, p: Para) -> bool:
    """A paragraph that only goes on with the one above, which a PDF's layout cut off
    mid-sentence ("… Người chịu trách nhiệm:" / "đồng chí X."): it closes no list."""
    return p.text[:1].islower() and not prev.text.rstrip().endswith((".", ";", "!", "?"))


# Headings of the parts of a paper that follow its tasks (or come before them)
_OTHER_PART = re.compile(
    r"^(?:to chuc thuc hien|muc dich|muc tieu chung|yeu cau|can cu|han che|ton tai|kho khan|"
    r"nguyen nhan|de xuat|kien nghi|phuong huong|ket luan|phan cong|trach nhiem|dieu khoan|"
    r"hieu luc|cam ket cua|xac nhan)\b"
)


def _depth(p: Para) -> float:
    """How deep a marker nests: "1.1." sits under "1.", so each dotted level goes deeper
    (still above the letters "a)")."""
    d = float(_DEPTH.get(p.marker or "", 9))
    m = _NUM.match(p.text) if p.marker == "num" else None
    return d + 0.25 * min(m.group(1).count("."), 3) if m else d


def _roman_task(p: Para, nxt: Para | None, active: bool) -> bool:
    """A roman numeral numbers a task, not a section, when the list is open, the line reads
    as a sentence (not in capitals, ending with a full stop or a semicolon) and nothing
    deeper follows it: an individual's "I. Duy trì …. II. Tổ chức …"."""
    if not active or _heading_like(p.body) or len(p.body.split()) < 6:
        return False
    if not p.body.rstrip().endswith((".", ";")):
        return False
    return nxt is None or nxt.marker is None or _depth(nxt) <= _depth(p)


def _item(p: Para, body: str, evaluation: bool, body_start: int | None = None) -> Item | None:
    task, attrs = split_inline_attrs(body)
    extra: list[str] = []
    if evaluation:
        task, extra = _judged_task(task)
    task = _clean(task)
    if len(task.split()) < (2 if evaluation else 3) or _TALLY.search(task):
        return None  # too short to be a task, or a tally of the tasks ("4/5 nội dung …")
    start = (p.start if body_start is None else body_start) + max(0, body.find(task[:10]))
    return Item(task, start, start + len(task), p.page, attrs, extra)


_LABEL = re.compile(r"^(?:tên\s+)?(?:nhiệm vụ|nội dung|công việc|chỉ tiêu)(?:\s+(?:cam kết|đăng ký))?$",
                    re.IGNORECASE)
# "Đồng chí Lò Văn Khoa, Bí thư Chi bộ, trực tiếp phụ trách nội dung 3)": who answers for
# tasks, not a task
_RESPONSIBLE = re.compile(r"^(?:đồng chí|đ/c|ông|bà)\s+\S+.*(?:phụ trách|chỉ đạo|chịu trách nhiệm)",
                          re.IGNORECASE)
# "2. Về xây dựng nông thôn mới" / "Lĩnh vực văn hóa – xã hội": names a field, not a task; in
# a commitment the paragraph under it is the task
_TOPIC_HEAD = re.compile(r"^(?:về|lĩnh vực|trên lĩnh vực|đối với lĩnh vực)\s+[^.;:]{3,80}$",
                         re.IGNORECASE)
_ABOUT = re.compile(r"^(?:về|đối với|nhiệm vụ|nội dung|kết quả thực hiện)\s+", re.IGNORECASE)


def _judged_task(text: str) -> tuple[str, list[str]]:
    """An evaluation item names its task, then reports: "Về giảm nghèo: giảm 04 hộ nghèo …,
    đạt 100%" → ("giảm nghèo", ["giảm 04 hộ nghèo …, đạt 100%"])."""
    head, sep, rest = text.partition(":")
    if sep and _LABEL.match(head.strip()):
        # "Nhiệm vụ: Phát triển đảng viên mới. Tự đánh giá: Đạt" — the label names nothing
        parts = re.split(r"[.;]\s+(?=[A-ZĐ])", rest.strip(), maxsplit=1)
        return parts[0].strip(), parts[1:]
    # "Về …:" announces a name, so a long one still is one
    if sep and rest.strip() and len(head.split()) <= (22 if _ABOUT.match(head.strip()) else 14):
        name = _ABOUT.sub("", head.strip())
        name = name[:1].upper() + name[1:]
        return name, [rest.strip()]
    return text, []


# A report's forward plan: "Phương hướng, nhiệm vụ năm 2021", "Nhiệm vụ trọng tâm 6 tháng
# cuối năm", "Kế hoạch thời gian tới", "Giải pháp trong năm tiếp theo", "Kiến nghị, đề xuất".
_FORWARD = re.compile(
    r"^(?:(?:phuong huong|kien nghi|de xuat)\b"
    r"|(?:nhiem vu|ke hoach|muc tieu|giai phap)\b[^:.;]{0,50}?(?:\d+ thang cuoi|cuoi nam"
    r"|thoi gian toi|thoi gian tiep theo|nam toi|nam tiep theo|giai doan toi|giai doan tiep theo"
    r"|quy toi|quy tiep theo|trong thoi gian toi)(?:\s+(?:nam\s+)?\d{4})?\s*:?\s*$)"
)

# "Năm 2022, Hội tiếp tục đăng ký …", "Thời gian tới, xã sẽ …": after the judged items, a
# paragraph about what comes next
_FORWARD_PARA = re.compile(
    r"^(?:nam \d{4}|nam toi|nam sau|thoi gian toi|trong thoi gian toi|giai doan toi|sap toi|"
    # a quarter or half-year leading a paragraph: "Quý IV/2003, Đảng ủy tập trung …"
    r"quy [ivx]{1,3}(?:/\d{4}| nam \d{4})?|(?:6|sau) thang cuoi nam(?: \d{4})?)\b"
    r"[^.]{0,80}?\b(?:tiep tuc|se|phan dau|du kien|dang ky|de ra|tap trung)\b"
)


def _is_forward(p: Para) -> bool:
    """A heading (roman, numbered, in capitals or ending with a colon) that opens a plan, or
    a paragraph led by one ("Nhiệm vụ 6 tháng cuối năm: tập trung …")."""
    body = p.body if p.marker else p.text
    head, sep, _ = body.partition(":")
    if p.marker is None and sep and len(head) < 80 and _FORWARD.match(fold(head).strip()):
        return True
    if len(p.text) > 120:
        return False
    heading = p.marker in ("roman", "upper") or (p.marker in (None, "num") and (
        _heading_like(body) or body.rstrip().endswith(":")))
    return heading and bool(_FORWARD.match(fold(body).strip()))


def _heading_like(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and len(text) < 100 and all(c.isupper() for c in letters)


def _standalone_task(p: Para, evaluation: bool) -> bool:
    """A numbered item outside any cued list still counts when it reads as a task with a
    deadline (commitments) or a verdict (evaluations)."""
    from nlp import dates, evaluations

    if evaluation:
        return evaluations.classify(p.text) is not None
    return bool(dates.find_deadlines(p.text, 2000)) and p.marker in ("num", "alpha", "subalpha",
                                                                    "task")


# An overall verdict closes an evaluation: its clauses are not tasks.
_SUMMARY = re.compile(r"^\s*(?:danh gia chung|nhan xet chung|ket luan|tom lai|tong hop chung|"
                      r"nhin chung|tu danh gia chung|phan cong|giao cho|to chuc thuc hien)\b")
_ORDINAL = re.compile(
    r"(?:(?<=^)|(?<=[.;:]\s))(?:[Tt]hứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|"
    r"(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là)\s*[,:]\s*"
)
_TALLY = re.compile(r"^\d+\s*(?:/\s*\d+\s*)?(?:nội dung|nhiệm vụ)\b|\b\d+/\d+\s+(?:nội dung|nhiệm vụ)\s+"
                    r"(?:cam kết|đăng ký|được đánh giá)", re.IGNORECASE)


def _ordinals(p: Para) -> list[Item]:
    """"… 5 nhiệm vụ trọng tâm. Thứ nhất, …. Thứ hai, …" — an enumeration inside prose."""
    marks = list(_ORDINAL.finditer(p.text))
    if len(marks) < 2:
        return []
    out = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(p.text)
        piece = p.text[m.end() : end]
        if k + 1 == len(marks):  # the last one ends with its sentence
            stop = re.search(r"[.!?](?:\s|$)", piece)
            piece = piece[: stop.start()] if stop else piece
        task = _clean(piece)
        if len(task.split()) >= 3:
            task = task[0].upper() + task[1:]
            out.append(Item(task, p.start + m.end(), p.start + m.end() + len(task), p.page))
    return out if len(out) >= 2 else []


def _inline(p: Para) -> list[Item]:
    head, _, rest = p.text.partition(":")
    if len(rest.strip()) < 30:
        return []
    base = p.start + len(head) + 1
    out = []
    pos = 0
    for piece in _INLINE_SPLIT.split(rest):
        if piece is None:
            continue
        idx = rest.find(piece, pos)
        pos = idx + len(piece) if idx >= 0 else pos
        task = _clean(piece)
        if len(task.split()) >= 3 and idx >= 0 and not _TALLY.search(task) \
                and not _RESPONSIBLE.match(task):
            task = task[0].upper() + task[1:] if task else task
            lead = len(piece) - len(piece.lstrip())
            out.append(Item(task, base + idx + lead, base + idx + lead + len(task), p.page))
    return out if len(out) >= 2 else []
