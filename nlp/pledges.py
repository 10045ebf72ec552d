"""Pledged tasks (commitments) and judged tasks (evaluations), from tables and from prose.

Tables first: when a document has a task table, its rows are the tasks and prose items are
only taken from outside it. Each task gets its deadline (the deadline column or attribute,
else a deadline phrase inside the sentence), its target, the responsible person, the unit
(a unit column in summary tables, else the issuing body) and, in an evaluation, the
verdict, percentage and reason.
"""

from __future__ import annotations

import re

from nlp import dates, evaluations, header, leaders, prose, tables, units
from nlp.header import is_directive
from nlp.items import Item, Para, find_items
from nlp.text import norm_space
from pipeline.document import Deadline, Dossier, Pledge

_STRIP_LEAD = re.compile(r"^\s*(?:[-–+•*]\s*|\d{1,2}\s*[.)]\s*|[a-zđ]\s*\)\s*)")
_NOT_TASK = re.compile(r"^(?:tổng(?: cộng| số)?|cộng|ghi chú)\b", re.IGNORECASE)


class PledgeFinder:
    """Fills `dossier.pledges`."""

    def __call__(self, dossier: Dossier) -> Dossier:
        f = dossier.fields
        evaluation = f.kind == "evaluation"
        found: list[Pledge] = []
        self._judged = _judged_body(dossier) if evaluation else None
        if f.kind == "other" and is_directive(f.title):
            # a plan assigns work to offices; nobody pledges anything in it
            dossier.pledges = found
            return dossier
        for t in tables.tables(dossier):
            lay = tables.layout(t)
            if lay is not None:
                found.extend(self._from_table(dossier, t, lay, evaluation))
        paras = [
            Para(b.text, b.start, b.page)
            for b in dossier.blocks
            if b.kind != "cell" and not b.region and b.text.strip()
        ]
        in_table = bool(found)
        if not found:  # prose items only where no task table was found
            for item in find_items(_split_lines(paras), evaluation):
                found.append(self._from_item(dossier, item, evaluation))
        me = _person_committing(dossier, paras, found)
        for p in found:  # one person's paper: the tasks no other person is named for
            p.leader = p.leader or me
        if in_table:  # a second paper in the same file (a head's own commitment after the body's)
            second = _second_paper(dossier)
            me = _first_person(dossier, second)
            for item in find_items(_split_lines(second), evaluation):
                p = self._from_item(dossier, item, evaluation)
                p.leader = p.leader or me
                found.append(p)
        if not found and not evaluation:  # a letter or an article: pledges in sentences
            for para in paras:
                found.extend(self._from_prose(dossier, para))
        for i, p in enumerate(found, 1):
            p.index = i
        dossier.pledges = found
        return dossier

    # -- tables ------------------------------------------------------------
    def _from_table(self, d: Dossier, t: tables.Table, lay: tables.Layout,
                    evaluation: bool) -> list[Pledge]:
        out = []
        year = d.fields.year
        last_unit = ""  # a unit cell merged down over its rows is read only in the first
        sections = _section_numbers(t, lay)
        for r in t.rows:
            if r in lay.header_rows:
                continue
            raw = t.text(r, lay.col("task"))
            task = _clean_task(raw)
            cells = [t.text(r, c) for c in t.cols if t.text(r, c)]
            if not task or len(task.split()) < 2 or _NOT_TASK.match(task):
                continue
            idx = t.text(r, lay.col("index"))
            if (sections and _SECTION_NUMBER.fullmatch(idx)) or (len(cells) <= 2 and task.isupper()):
                continue  # a section row ("I. LĨNH VỰC KINH TẾ")
            blk = t.block(r, lay.col("task"))
            start = blk.start + max(0, blk.text.find(task[:12])) if blk else 0
            p = Pledge(index=0, task=task, page=blk.page if blk else None,
                       span=d.span(start, start + len(task)) if blk else None)
            dl_text = t.text(r, lay.col("deadline"))
            if dl_text:
                p.deadline = _deadline(dl_text, year)
            elif evaluation:  # a report may restate the deadline beside its verdict
                # cell by cell: a cell's sentence is read from its own start ("01 quần
                # chúng …, chuyển sang Quý I" is not glued to the verdict cell before it)
                said = [t.text(r, c) for c in t.cols if c != lay.col("task")]
                p.deadline = _deadline_in(task, year, cued=True) or next(
                    (dl for x in reversed(said) if (dl := _deadline_in(x, year, cued=True))),
                    None)
            else:
                p.deadline = _deadline_in(task, year)
            p.target = t.text(r, lay.col("target")) or None
            who = t.text(r, lay.col("leader"))
            if who:
                lm = leaders.parse_person(who, context=header.context(d.fields))
                p.leader = lm.name if lm else None
            unit_text = t.text(r, lay.col("unit")) or last_unit
            last_unit = unit_text
            self._unit(d, p, unit_text)
            if evaluation:
                verdict_text = " ".join(
                    x for x in (t.text(r, lay.col("status")), t.text(r, lay.col("result")),
                                t.text(r, lay.col("note"))) if x
                ) or " ".join(cells)
                _judge(p, verdict_text, t.text(r, lay.col("status")))
            out.append(p)
        return out

    # -- prose items -------------------------------------------------------
    def _from_item(self, d: Dossier, item: Item, evaluation: bool) -> Pledge:
        year = d.fields.year
        p = Pledge(index=0, task=item.text, page=item.page, span=d.span(item.start, item.end))
        if "deadline" in item.attrs:
            p.deadline = _deadline(item.attrs["deadline"], year)
        elif evaluation:
            p.deadline = _deadline_in(" ".join([item.text, *item.extra]), year, cued=True)
        else:
            p.deadline = _deadline_in(item.text, year)
        p.target = item.attrs.get("target")
        if "leader" in item.attrs:
            lm = leaders.parse_person(item.attrs["leader"], context=header.context(d.fields))
            p.leader = lm.name if lm else None
        self._unit(d, p, "")
        if evaluation:
            extra = " ".join(item.extra)
            # the report follows its task after a colon ("Về …: đạt 80%"): keep that break,
            # a verdict alone in its clause reads differently from one inside the task
            said = f"{item.text}: {extra}" if extra else item.text
            verdict_text = " ".join(
                x for x in (item.attrs.get("status", ""), item.attrs.get("result", ""), said) if x
            )
            _judge(p, verdict_text, item.attrs.get("status", ""))
            if p.reason is None and "reason" in item.attrs:
                p.reason = item.attrs["reason"]
        return p

    def _from_prose(self, d: Dossier, para: Para) -> list[Pledge]:
        out = []
        year = d.fields.year
        ctx = header.context(d.fields)
        for pp in prose.find(para.text):
            task = pp.text[:1].upper() + pp.text[1:]
            start = para.start + pp.start
            p = Pledge(index=0, task=task, page=para.page, span=d.span(start, start + len(task)))
            p.deadline = _deadline_in(pp.text, year)
            sentence = para.text[pp.sentence_start : pp.sentence_end]
            who = [m for m in leaders.find_in_prose(sentence, context=ctx)
                   if m.start < pp.start - pp.sentence_start]
            if who:
                p.leader = who[-1].name
            self._unit(d, p, who[-1].unit if who and who[-1].unit else "")
            out.append(p)
        return out

    def _unit(self, d: Dossier, p: Pledge, unit_text: str) -> None:
        if unit_text:
            found = units.find_units(unit_text, context=header.context(d.fields))
            p.unit = found[0].name if found else units.display_name(unit_text)
            if found and found[0].start == 0 and _NAME_NUMBER.match(unit_text[found[0].end :]):
                # the cell is the whole name: "Chi bộ bản Na Sang 1", "Chi bộ thôn 3", "Tổ II"
                # — the number tells two cells of one village apart
                p.unit = f"{found[0].name} {unit_text[found[0].end :].strip()}"
        else:
            p.unit = self._judged or d.fields.issuer
        p.unit_key = units.unit_key(p.unit) if p.unit else None


def _judged_body(d: Dossier) -> str | None:
    """The one body whose commitment a report judges, when its subject names it: "Đánh giá
    kết quả thực hiện cam kết năm 2021 của Hiệu trưởng Trường THCS Lê Lợi" by the Phòng that
    reads it. The tasks are that body's, not the issuer's (a superior writes the report)."""
    summary = d.fields.summary or ""
    head, sep, tail = summary.rpartition(" của ")
    if not sep or not _JUDGED_PAPER.search(head):
        return None
    found = units.find_units(tail, context=header.context(d.fields))
    if len(found) != 1:
        return None
    own = d.fields.issuer_key
    if own and own.startswith(found[0].key + " "):
        # a body writes its own name short in its report's subject ("… cam kết của Đảng
        # ủy Trường" in the report of the Đảng ủy Trường Cao đẳng X): still the issuer
        return None
    return found[0].name


_JUDGED_PAPER = re.compile(r"\b(?:cam kết|đăng ký)\b", re.IGNORECASE)


# A signature closes a paper: its column block, or "(đã ký)", "T/M …", "NGƯỜI CAM KẾT".
_SIGNED = re.compile(r"\(\s*đã\s+ký\s*\)|\bT\s*/\s*M\b|\bTM\.|\bngười\s+cam\s+kết\b",
                     re.IGNORECASE)
_TITLE_REACH = 6  # blocks of a signature (office, title, "(đã ký)", name) before the next title


def _second_paper(d: Dossier) -> list[Para]:
    """The paragraphs of a second paper after the tables: a signature closes the first
    paper and an uppercase title ("BẢN CAM KẾT CÁ NHÂN") opens the next one."""
    cells = [b.start for b in d.blocks if b.kind == "cell"]
    if not cells:
        return []
    after = [b for b in d.blocks if b.start >= min(cells) and b.text.strip()]
    signed = next((i for i, b in enumerate(after) if b.kind != "cell" and (
        b.region.startswith("sign") or _SIGNED.search(b.text))), None)
    if signed is None:
        return []
    for i in range(signed + 1, min(len(after), signed + 1 + _TITLE_REACH)):
        b = after[i]
        if b.kind != "cell" and not b.region and _is_title(b.text):
            return [Para(x.text, x.start, x.page) for x in after[i + 1 :]
                    if x.kind != "cell" and not x.region]
    return []


_FIRST_PERSON = re.compile(r"^\s*tôi\s*,", re.IGNORECASE)


def _first_person(d: Dossier, paras: list[Para]) -> str | None:
    """The person a personal paper opens with ("Tôi, Nguyễn Văn A, Bí thư …, cam kết")."""
    ctx = header.context(d.fields)
    for para in paras:
        if _FIRST_PERSON.match(para.text):
            who = leaders.find_in_prose(para.text, context=ctx)
            return who[0].name if who else None
    return None


_I_AM = re.compile(r"^\s*tôi\s*(?:,|là\b)", re.IGNORECASE)


def _person_committing(d: Dossier, paras: list[Para], found: list[Pledge]) -> str | None:
    """The one person whose paper this is, named before its first task: "Tôi, Nguyễn Văn A,
    Chủ tịch …, cam kết", "Tôi là …", or a form's "Họ và tên: …". An individual commitment
    (or self-review) binds that person to every task it lists."""
    first = min((p.span.start for p in found if p.span is not None), default=None)
    if first is None:
        return None
    ctx = header.context(d.fields)
    for para in paras:
        if para.start >= first:
            break
        if _I_AM.match(para.text):
            who = leaders.find_in_prose(para.text, context=ctx)
            if who:
                return who[0].name
    form = leaders.find_personal(d.text[:first], context=ctx)
    return form[0].name if len(form) == 1 else None


def _is_title(text: str) -> bool:
    t = norm_space(text)
    letters = [c for c in t if c.isalpha()]
    # "II. NHIỆM VỤ NĂM 2023" is a section of the same paper, not a new one
    return bool(letters) and t.upper() == t and len(t.split()) <= 12 and not t[:1].isdigit() \
        and not re.match(r"[IVX]{1,4}\s*[.)]", t)


_SECTION_NUMBER = re.compile(r"[IVX]{1,4}\.?|[A-Z]\.?")


def _section_numbers(t: tables.Table, lay: tables.Layout) -> bool:
    """Whether roman numerals (or capitals) in the index column number sections: they do
    when rows numbered 1, 2 … sit under them, or when such a row fills no cell beside its
    task ("I | LĨNH VỰC KINH TẾ"). A table numbered I, II, III … all through, each row with its
    own time and person, numbers its tasks that way."""
    col = lay.col("index")
    rows = [r for r in t.rows if r not in lay.header_rows]
    marked = [r for r in rows if _SECTION_NUMBER.fullmatch(t.text(r, col))]
    if not marked:
        return False
    if any(re.match(r"\d", t.text(r, col)) for r in rows):
        return True
    return any(sum(1 for c in t.cols if t.text(r, c)) <= 2 for r in marked)


_NAME_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[IVX]{1,4}|[A-Z])\s*$")


def _split_lines(paras: list[Para]) -> list[Para]:
    """One paragraph per line: TXT and PDF blocks may hold several items."""
    out = []
    for p in paras:
        off = p.start
        for line in p.text.split("\n"):
            if line.strip():
                out.append(Para(line.strip(), off + len(line) - len(line.lstrip()), p.page))
            off += len(line) + 1
    return out


def _clean_task(text: str) -> str:
    t = norm_space(text)
    t = _STRIP_LEAD.sub("", t)
    return re.sub(r"\s*[.;:]+$", "", t).strip()


_MONTHS_INTO_YEAR = re.compile(r"^(?:trong\s+)?(3|6|9)\s+tháng(?:\s+đầu\s+năm)?$", re.IGNORECASE)
# A bare "năm 2022" inside a task names the year of the work ("Công tác tuyển quân năm 2022"),
# and "nhiệm kỳ 2022-2027" a term of office: neither is a deadline. In a deadline column they are.
_NOT_IN_TASK = re.compile(r"^năm\s+\d{4}$", re.IGNORECASE)
_TERM_BEFORE = re.compile(r"nhiệm\s+kỳ\s*$", re.IGNORECASE)
# "Kết nạp 40 đảng viên trong nhiệm kỳ; hằng năm có 80% …": the pledge is due within the
# term, a date no one wrote; the recurring frame after it only paces a part of it
_WHOLE_TERM = re.compile(r"\b(?:trong|cả|suốt)\s+nhiệm\s+kỳ\b(?!\s*(?:này\s*)?\d)",
                         re.IGNORECASE)
_RECURRING = re.compile(r"^(?:hằng|hàng)\s+năm$", re.IGNORECASE)
# "Tuyển sinh 500 chỉ tiêu năm học 2024-2025": the school year names the intake, which is
# enrolled before that year begins, so its end is no deadline of the enrolment.
_INTAKE = re.compile(r"\btuyển\s+sinh\b", re.IGNORECASE)
_SCHOOL_YEAR = re.compile(r"^(?:năm|niên)\s+học\b", re.IGNORECASE)
# In a report, a date says when something happened; only a cued one is a deadline.
_DEADLINE_CUE = re.compile(
    r"(?:(?:thời hạn|hạn|trước|chậm nhất|đến năm|đến hết|hoàn thành trong)\s*:?"
    # "đến hết thời hạn giải ngân 31/01/2021": the limit named, then its date
    r"|thời hạn(?:\s+[^\s\d,;.:]+){1,3}"
    # a task carried on: "theo lộ trình đến năm 2025", "chuyển tiếp sang quý I/2026"
    r"|lộ trình|chuyển tiếp sang|chuyển sang|gia hạn đến|kéo dài đến)\s*$",
    re.IGNORECASE)
# "02 Chi cục còn lại chuyển sang Quý I/2019": a counted remainder is carried on, not the
# task; its new date is no deadline of the task (unlike "Nội dung X được chuyển sang …").
_PART_CARRIED = re.compile(
    r"(?:^|[;,.:(]\s*)(?:\d[\d.,]*\s|[^;,.:(]*\bcòn lại\b)[^;,.:(]*"
    r"(?:chuyển tiếp sang|chuyển sang)\s*$"
    # "01 quần chúng chưa đủ thời gian thử thách, chuyển sang": the counted subject of the
    # sentence, carried on after a comma
    r"|(?:^|[;.:(]\s*)\d{1,3}\s[^;.:(]*,\s*(?:được\s+)?(?:chuyển tiếp sang|chuyển sang)\s*$",
    re.IGNORECASE)


def _deadline(text: str, year: int | None) -> Deadline | None:
    m = dates.parse_deadline(text, year)
    t = norm_space(text)
    if m is None or m.date is None:
        n = _MONTHS_INTO_YEAR.match(t)
        if n and year:  # "9 tháng" in a deadline column: the first nine months of the year
            return Deadline(t, dates.last_day(year, int(n.group(1))))
    if m is None:
        return Deadline(t, None) if t and len(t) < 60 else None
    return Deadline(norm_space(m.text), m.date)


def _deadline_in(text: str, year: int | None, *, cued: bool = False) -> Deadline | None:
    found = []
    for m in dates.find_deadlines(text, year):
        before = text[: m.start]
        if _NOT_IN_TASK.match(norm_space(m.text)) or _TERM_BEFORE.search(before) or \
                m.text.lower().startswith("nhiệm kỳ"):
            continue
        if _SCHOOL_YEAR.match(m.text) and _INTAKE.search(before):
            continue
        if cued and not (_DEADLINE_CUE.search(before) or m.text.lower().startswith(("trước", "hạn"))):
            continue
        if cued and _PART_CARRIED.search(before):
            continue
        found.append(m)
    if not found:
        return None
    m = found[-1]
    if _RECURRING.match(norm_space(m.text)) and (term := _WHOLE_TERM.search(text[: m.start])):
        return Deadline(norm_space(term.group(0)), None)
    return Deadline(norm_space(m.text), m.date)


def _judge(p: Pledge, text: str, status_cell: str) -> None:
    v = evaluations.classify(status_cell, cued=True) if status_cell else None
    v = v or evaluations.classify(text)
    if v is not None:
        p.status = v.status  # type: ignore[assignment]
    p.percent = evaluations.percent(text)
    p.reason = evaluations.reason(text)
