"""Tables of tasks: rebuild the grid from cell blocks and name each column's role.

Commitment and evaluation tables vary their headings endlessly ("Nội dung cam kết",
"Nhiệm vụ trọng tâm", "Tên công việc"; "Thời gian hoàn thành", "Thời hạn", "Tiến độ"),
so a column's role is read from the words of its heading, folded, against a short
vocabulary per role. The grid is the same whether the cells came from DOCX, a PDF
text layer or OCR geometry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nlp.text import fold
from pipeline.document import Block, Dossier

# Role → heading phrases (folded). Order matters within `_ROLE_ORDER`: a heading is given
# the first role whose phrase it contains.
_ROLES: dict[str, tuple[str, ...]] = {
    "index": ("stt", "tt", "so tt", "so thu tu"),
    # the offices that carry a task out ("Cơ quan chủ trì", "Đơn vị phối hợp") are not the
    # body that pledged it
    "agency": ("chu tri", "phoi hop", "co quan thuc hien", "don vi thuc hien", "co quan tham muu"),
    # summary tables across units name each row's unit in a column of its own
    "unit": ("don vi", "ten don vi", "dia phuong", "to chuc co so dang", "chi bo", "dang bo",
             "co so", "xa, thi tran", "xa, phuong, thi tran", "don vi/dia phuong"),
    "leader": ("nguoi chiu trach nhiem", "chiu trach nhiem", "phu trach", "nguoi thuc hien",
               "lanh dao", "can bo", "nguoi ky", "ho va ten", "ho ten", "chu tri"),
    "deadline": ("thoi gian", "thoi han", "tien do hoan thanh", "han hoan thanh", "moc thoi gian",
                 "thoi diem", "lo trinh", "hoan thanh truoc"),
    "status": ("danh gia", "muc do hoan thanh", "muc do", "xep loai", "tu cham", "ket luan"),
    "result": ("ket qua thuc hien", "ket qua dat duoc", "ket qua", "tien do thuc hien",
               "tinh hinh thuc hien", "ket qua trien khai"),
    "target": ("san pham", "chi tieu", "muc tieu", "du kien", "yeu cau"),
    "task": ("noi dung", "nhiem vu", "cong viec", "ten cong trinh", "khau dot pha", "van de",
             "diem nghen", "linh vuc", "ten du an"),
    "note": ("ghi chu",),
    # the unit a figure is counted in ("triệu m3", "xã"): never the task, however wide
    "measure": ("don vi tinh", "dvt"),
}
# headings in plain words, as a village cell writes them: each only as the whole heading
# ("việc làm" inside a heading is the jobs a task creates, not the task)
_PLAIN: dict[str, str] = {
    "viec lam": "task", "viec can lam": "task", "lam gi": "task",
    "ai lam": "leader", "ai phu trach": "leader", "ai chiu trach nhiem": "leader",
    # "Phân công": who the task is assigned to (inside a longer heading it may be the task)
    "phan cong": "leader", "phan cong thuc hien": "leader",
    "khi nao xong": "deadline", "khi nao hoan thanh": "deadline", "bao gio xong": "deadline",
    "xong truoc": "deadline", "xong truoc ngay": "deadline", "han xong": "deadline",
    # a report's columns in plain words: what was promised, what was done
    "viec da hua": "task", "nhung viec da hua": "task", "viec da cam ket": "task",
    "da lam duoc": "result", "viec da lam": "result", "lam duoc": "result",
}
_ROLE_ORDER = ("index", "note", "measure", "agency", "leader", "deadline", "status", "result",
               "target", "unit", "task")
_EXACT = ("index", "unit", "measure")  # roles whose heading must be the phrase, not contain it
_NUMBERING_ROW = re.compile(r"^\(?\d{1,2}\)?$|^\([a-z0-9]+\)$")


@dataclass
class Table:
    id: int
    cells: dict[tuple[int, int], Block] = field(default_factory=dict)
    # rows that continue the row above (a row split by a page break): row → its pieces
    absorbed: dict[int, list[int]] = field(default_factory=dict)

    @property
    def rows(self) -> list[int]:
        hidden = {x for xs in self.absorbed.values() for x in xs}
        return sorted({r for r, _ in self.cells} - hidden)

    @property
    def cols(self) -> list[int]:
        return sorted({c for _, c in self.cells})

    def text(self, row: int, col: int | None) -> str:
        if col is None:
            return ""
        parts = [self.cells.get((r, col)) for r in [row, *self.absorbed.get(row, [])]]
        return " ".join(" ".join(b.text.split()) for b in parts if b and b.text.strip())

    def block(self, row: int, col: int | None) -> Block | None:
        return self.cells.get((row, col)) if col is not None else None


def tables(dossier: Dossier) -> list[Table]:
    out: dict[int, Table] = {}
    for b in dossier.blocks:
        if b.kind == "cell" and b.table is not None and not b.region:
            t = out.setdefault(b.table, Table(b.table))
            t.cells[(b.row or 0, b.col or 0)] = b
    return [out[k] for k in sorted(out)]


def role_of(heading: str) -> str | None:
    h = fold(heading)
    if not h:
        return None
    plain = _PLAIN.get(h.strip(" .:?"))
    if plain:
        return plain
    if re.search(r"\bca nhan\b", h) and not re.search(r"\bket qua\b|\bdanh gia\b", h):
        # "Đơn vị/cá nhân chủ trì", "Cá nhân phụ trách": a column that names a person
        return "leader"
    for role in _ROLE_ORDER:
        for phrase in _ROLES[role]:
            if role in _EXACT:
                if h.strip(" .:") == phrase:
                    return role
            elif phrase in h:
                # "Chỉ tiêu/nhiệm vụ", "Mục tiêu, nội dung": a heading that names the tasks as
                # well as their figures heads the tasks
                if role == "target" and any(t in h for t in _ROLES["task"]):
                    return "task"
                return role
    return None


@dataclass
class Layout:
    header_rows: list[int]
    roles: dict[str, int]  # role → column

    def col(self, role: str) -> int | None:
        return self.roles.get(role)


def layout(t: Table) -> Layout | None:
    """Find the heading row(s) and each column's role; None if this is not a task table."""
    rows = t.rows
    for hi, r in enumerate(rows[:3]):
        roles: dict[str, int] = {}
        for c in t.cols:
            role = role_of(t.text(r, c))
            if role and role not in roles:
                roles[role] = c
        if "task" in roles or ("index" in roles and len(roles) >= 3):
            if "task" not in roles:
                # the widest text column after the index is the task column
                free = [c for c in t.cols if c not in roles.values()]
                if not free:
                    return None
                roles["task"] = free[0]
            header = rows[: hi + 1]
            # a second heading row (merged headings) or a "(1) (2) (3)" numbering row
            for nr in rows[hi + 1 : hi + 3]:
                texts = [t.text(nr, c) for c in t.cols if t.text(nr, c)]
                if texts and all(_NUMBERING_ROW.match(x) for x in texts):
                    header.append(nr)
                elif texts and all(role_of(x) for x in texts) and len(texts) > 1:
                    header.append(nr)
                    for c in t.cols:
                        role = role_of(t.text(nr, c))
                        if role and role not in roles:
                            roles[role] = c
                else:
                    break
            if "deadline" not in roles:
                _bare_deadline_column(t, header, roles)
            lay = Layout(header, roles)
            _absorb_continuations(t, lay)
            return lay
    return None


# A heading that says only "Hoàn thành" may head the time a task is due or a tick for done,
# one that says only "Quý" or "Tháng" the period a task falls in or a plain grouping: the
# cells under it tell which.
_BARE_DONE = ("hoan thanh", "hoan thanh trong", "quy", "thang")


def _bare_deadline_column(t: Table, header: list[int], roles: dict[str, int]) -> None:
    from nlp import dates

    for c in t.cols:
        if c in roles.values() or fold(t.text(header[-1], c)).strip(" .:") not in _BARE_DONE:
            continue
        cells = [t.text(r, c) for r in t.rows if r not in header and t.text(r, c)]
        timed = [x for x in cells if dates.parse_deadline(x, None) is not None]
        if cells and 2 * len(timed) > len(cells):
            roles["deadline"] = c
            return


def _absorb_continuations(t: Table, lay: Layout) -> None:
    """A row cut by a page break comes out as two rows; the second has no number of its
    own and its task text goes on mid-sentence (lower case) — read them as one row."""
    idx_col, task_col = lay.col("index"), lay.col("task")
    if idx_col is None or task_col is None:
        return
    prev: int | None = None
    for r in [r for r in t.rows if r not in lay.header_rows]:
        idx = t.text(r, idx_col)
        task = t.text(r, task_col)
        pb, cb = t.block(prev, task_col) if prev is not None else None, t.block(r, task_col)
        new_page = pb is not None and cb is not None and cb.page != pb.page
        if prev is not None and not idx and (not task or task[:1].islower() or new_page
                                             or t.text(prev, task_col).endswith((",", "-"))):
            t.absorbed.setdefault(prev, []).append(r)
            continue
        prev = r
