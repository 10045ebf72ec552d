"""The case file (hồ sơ) that flows through every stage of a camket run.

A `Dossier` is plain data with no I/O: the source file's identity, the text an
extractor read from it (pages of blocks laid out on one character axis), and the
findings the NLP stages add. Every finding carries a `Span` back into that text so an
archivist can always see the words a fact came from. Stages only add to it.

This module imports nothing of ours: every other layer depends on it.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Literal

BlockKind = Literal["paragraph", "cell", "line"]
Origin = Literal["text", "ocr"]
Kind = Literal["commitment", "evaluation", "other"]
Status = Literal["completed", "not_completed", "in_progress", "unknown"]
DossierStatus = Literal["pending", "ok", "partial", "failed"]

KINDS: tuple[str, ...] = ("commitment", "evaluation", "other")
STATUSES: tuple[str, ...] = ("completed", "not_completed", "in_progress", "unknown")


@dataclass
class Source:
    """The original file. Read, hashed, never written."""

    path: str
    sha256: str
    size: int
    format: str | None = None  # registry name of the extractor that read it ("pdf", "docx" …)


@dataclass
class Block:
    """A run of text with one origin: a paragraph, a table cell, or a laid-out line.

    `start`/`end` index `Dossier.text`. Cells of one table share `table`; `row`/`col`
    give their place so the NLP sees a DOCX table and a PDF table the same way.
    `region` marks page furniture an extractor recognised by position:
    "header-left"/"header-right" for the two header columns, "" otherwise.
    """

    text: str
    page: int
    kind: BlockKind = "paragraph"
    start: int = 0
    end: int = 0
    origin: Origin = "text"
    confidence: float | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None
    region: str = ""
    style: str = ""  # "title", "bold", "center", "bold center" … when the format says so


@dataclass
class Page:
    number: int  # 1-based
    origin: Origin = "text"
    confidence: float | None = None
    width: float | None = None
    height: float | None = None


@dataclass
class Span:
    """Where a finding came from: offsets into `Dossier.text`, its page and the quote."""

    start: int
    end: int
    page: int | None
    snippet: str


@dataclass
class Signer:
    name: str
    title: str
    span: Span | None = None


@dataclass
class Fields:
    """The document's header fields (both Party and state layouts)."""

    kind: Kind = "other"
    number: str | None = None  # as printed, spaces removed: "05-CK/HU"
    place: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD of issue
    issuer: str | None = None  # display name of the issuing unit
    issuer_key: str | None = None
    superior: str | None = None  # the body above the issuer, top-left first line
    title: str | None = None  # "BẢN CAM KẾT", "BÁO CÁO"
    summary: str | None = None  # the line under the title
    year: int | None = None  # the year the document is about
    signer: Signer | None = None
    spans: dict[str, Span] = field(default_factory=dict)


@dataclass
class UnitMention:
    name: str  # display form, as written but with capitals restored
    key: str  # normalised key: folded, lower-case, honorific prefixes removed
    level: str | None  # province | district | commune | village | department | office | org
    span: Span | None = None


@dataclass
class Leader:
    name: str
    title: str | None
    unit: str | None
    unit_key: str | None = None
    source: str = ""  # "signature" | "table" | "prose"
    span: Span | None = None


@dataclass
class Deadline:
    text: str  # as written: "Quý II/2020"
    date: str | None  # ISO last day of the period, or None when it names no time
    span: Span | None = None


@dataclass
class Pledge:
    """A task pledged in a commitment, or a task judged in an evaluation report."""

    index: int  # 1-based order in the document
    task: str
    unit: str | None = None
    unit_key: str | None = None
    leader: str | None = None
    deadline: Deadline | None = None
    target: str | None = None  # chỉ tiêu / sản phẩm
    topics: list[str] = field(default_factory=list)
    page: int | None = None
    span: Span | None = None
    # Filled for the tasks of an evaluation report:
    status: Status = "unknown"
    percent: float | None = None
    reason: str | None = None
    # Filled by the link stage for an evaluated task: the pledge it judges, if any.
    pledge_id: int | None = None
    match_score: float | None = None


@dataclass
class Problem:
    stage: str
    code: str
    message: str
    page: int | None = None


@dataclass
class Dossier:
    source: Source
    pages: list[Page] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    text: str = ""
    fields: Fields = field(default_factory=Fields)
    units: list[UnitMention] = field(default_factory=list)
    leaders: list[Leader] = field(default_factory=list)
    pledges: list[Pledge] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    status: DossierStatus = "pending"
    timings: dict[str, float] = field(default_factory=dict)
    pipeline_version: str = ""

    # -- building the text ---------------------------------------------------
    def add_block(self, block: Block) -> Block:
        """Append a block, placing it on the shared character axis.

        Blocks are separated by a newline except cells of the same table row, which
        are separated by a tab, so the row reads as one line to line-based rules.
        """
        if self.blocks:
            prev = self.blocks[-1]
            same_row = (
                block.kind == "cell"
                and prev.kind == "cell"
                and prev.table == block.table
                and prev.row == block.row
                and prev.page == block.page
            )
            self.text += "\t" if same_row else "\n"
        block.start = len(self.text)
        self.text += block.text
        block.end = len(self.text)
        self.blocks.append(block)
        return block

    def page_at(self, offset: int) -> int | None:
        for b in self.blocks:
            if b.start <= offset <= b.end:
                return b.page
        return self.blocks[-1].page if self.blocks else None

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.page_at(start), self.text[start:end])

    @property
    def ocr(self) -> bool:
        return any(p.origin == "ocr" for p in self.pages)

    @property
    def ok(self) -> bool:
        return self.status == "ok" and not self.problems

    # -- serialisation -------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def to_json(self, **kw: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kw)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Dossier:
        def span(x: dict[str, Any] | None) -> Span | None:
            return Span(**x) if x else None

        f = dict(d.get("fields") or {})
        signer = f.pop("signer", None)
        spans = {k: Span(**v) for k, v in (f.pop("spans", None) or {}).items()}
        fields = Fields(**f, spans=spans)
        if signer:
            fields.signer = Signer(signer["name"], signer["title"], span(signer.get("span")))
        pledges = []
        for p in d.get("pledges", []):
            p = dict(p)
            dl = p.pop("deadline", None)
            sp = p.pop("span", None)
            pledges.append(
                Pledge(
                    **p,
                    deadline=Deadline(dl["text"], dl["date"], span(dl.get("span"))) if dl else None,
                    span=span(sp),
                )
            )
        return cls(
            source=Source(**d["source"]),
            pages=[Page(**p) for p in d.get("pages", [])],
            blocks=[Block(**b) for b in d.get("blocks", [])],
            text=d.get("text", ""),
            fields=fields,
            units=[UnitMention(**{**u, "span": span(u.get("span"))}) for u in d.get("units", [])],
            leaders=[Leader(**{**x, "span": span(x.get("span"))}) for x in d.get("leaders", [])],
            pledges=pledges,
            problems=[Problem(**p) for p in d.get("problems", [])],
            status=d.get("status", "pending"),
            timings=dict(d.get("timings", {})),
            pipeline_version=d.get("pipeline_version", ""),
        )
