"""`camket report`: per unit and year, what was pledged and what became of it.

A pledge is counted once per paper: its twins (the DOCX and the PDF of one commitment,
the same task word for word, same unit and year) are one pledge, and a pledge restated by an
amending commitment (store.amend) is counted as restated. Its status is the latest
evaluation of any twin up to the as-of date (store.followup.statuses_at); "overdue" counts
the pledges flagged at that date (store.followup.flag). Completion rate = completed / made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from store.amend import superseded
from store.db import Store
from store.filters import Filters, sql_conditions, statuses_at
from store.followup import Flag, due, flag, reason
from store.schema import DocumentRow, PledgeRow, UnitRow

COLUMNS = ("unit", "level", "year", "made", "completed", "not_completed", "in_progress",
           "unknown", "overdue", "completion_rate")


@dataclass
class UnitLine:
    unit: str
    unit_key: str
    level: str | None
    year: int | None
    made: int = 0
    completed: int = 0
    not_completed: int = 0
    in_progress: int = 0
    unknown: int = 0
    overdue: int = 0

    @property
    def completion_rate(self) -> float:
        return round(self.completed / self.made, 4) if self.made else 0.0

    def row(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("unit_key")
        d["completion_rate"] = self.completion_rate
        return {k: d[k] for k in COLUMNS}


def unit_lines(store: Store, years: Sequence[int], as_of: dt.date,
               filters: Filters | None = None) -> list[UnitLine]:
    """One line per (unit, year) for the given years, by year then unit name."""
    f = filters or Filters()
    with store.session() as s:
        cond, possible = sql_conditions(s, f)
        if not possible:
            return []
        rows = s.execute(
            select(PledgeRow.id, PledgeRow.unit_key, PledgeRow.unit, PledgeRow.year,
                   PledgeRow.task, PledgeRow.deadline)
            .join(DocumentRow, DocumentRow.id == PledgeRow.document_id)
            .where(*cond, PledgeRow.year.in_(list(years)))
            .order_by(PledgeRow.id)
        ).all()
        statuses = statuses_at(s, [r[0] for r in rows], as_of)
        replaced = superseded(s, [r[0] for r in rows], as_of)
        levels = dict(s.execute(select(UnitRow.key, UnitRow.level)).all())
    lines: dict[tuple[str, int | None], UnitLine] = {}
    seen: set[tuple[str, int | None, str]] = set()
    for pid, key, unit, year, task, deadline in rows:
        k = key or "(no unit)"
        if (k, year, task) in seen or pid in replaced:
            continue  # a twin (the same paper in another format), or restated by an amendment
        seen.add((k, year, task))
        st = statuses.get(pid)
        if f.statuses and (st or "unknown") not in f.statuses:
            continue
        line = lines.setdefault((k, year), UnitLine(unit or k, k, levels.get(key or ""), year))
        line.made += 1
        setattr(line, st or "unknown", getattr(line, st or "unknown") + 1)
        if reason(st, due(deadline, year), as_of):
            line.overdue += 1
    return sorted(lines.values(), key=lambda x: (x.year, x.unit.casefold(), x.unit_key))


def write_csv(lines: Sequence[UnitLine], fh: IO[str]) -> None:
    import csv

    w = csv.DictWriter(fh, fieldnames=list(COLUMNS))
    w.writeheader()
    for line in lines:
        w.writerow(line.row())


def write_table(lines: Sequence[UnitLine], fh: IO[str]) -> None:
    head = ("unit", "level", "year", "made", "done", "not", "prog", "unk", "overdue", "rate")
    fh.write(f"{head[0]:<40} {head[1]:<10} " + " ".join(f"{h:>7}" for h in head[2:]) + "\n")
    for x in lines:
        nums = (x.year, x.made, x.completed, x.not_completed, x.in_progress, x.unknown,
                x.overdue)
        fh.write(f"{x.unit[:40]:<40} {(x.level or '-'):<10} "
                 + " ".join(f"{n:>7}" for n in nums) + f" {x.completion_rate:>7.0%}\n")


def write_xlsx(lines: Sequence[UnitLine], flags: Sequence[Flag], path: Path) -> None:
    """One sheet per unit level, and "Remediation": the flagged pledges, ready to send out."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    by_level: dict[str, list[UnitLine]] = {}
    for x in lines:
        by_level.setdefault(x.level or "unknown", []).append(x)
    for level in sorted(by_level):
        ws = wb.create_sheet(level[:31])
        ws.append(list(COLUMNS))
        for x in by_level[level]:
            ws.append([x.row()[c] for c in COLUMNS])
        for cell in ws["J"][1:]:
            cell.number_format = "0%"
        _finish(ws, Font)
    ws = wb.create_sheet("Remediation")
    head = ["pledge", "unit", "leader", "task", "deadline", "status", "reason", "file", "page"]
    ws.append(head)
    for fl in flags:
        ws.append([fl.id, fl.unit, fl.leader, fl.task, fl.deadline, fl.status, fl.reason,
                   fl.file, fl.page])
    _finish(ws, Font)
    wb.save(path)


def _finish(ws: Any, font: Any) -> None:
    for cell in ws[1]:
        cell.font = font(bold=True)
    ws.freeze_panes = "A2"
    for col in ws.columns:
        width = max(len(str(c.value or "")) for c in col)
        ws.column_dimensions[col[0].column_letter].width = min(60, max(8, width + 2))


def write_chart(lines: Sequence[UnitLine], path: Path) -> None:
    """Completion rate per unit, one bar per year, as a PNG (matplotlib, no display)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    units = sorted({x.unit for x in lines}, key=str.casefold)
    years = sorted({x.year for x in lines if x.year is not None})
    rate = {(x.unit, x.year): x.completion_rate * 100 for x in lines}
    # a readable page whatever the number of units: 8–20 inches wide, labels cut at 32 chars
    fig, ax = plt.subplots(figsize=(min(20.0, max(8.0, 0.6 * len(units) + 2)), 5.6))
    width = 0.8 / max(1, len(years))
    for i, y in enumerate(years):
        xs = [u + i * width for u in range(len(units))]
        ax.bar(xs, [rate.get((u, y), 0.0) for u in units], width, label=str(y))
    ax.set_xticks([u + width * (len(years) - 1) / 2 for u in range(len(units))])
    ax.set_xticklabels([u if len(u) <= 32 else u[:31] + "…" for u in units], rotation=35,
                       ha="right", fontsize=8)
    ax.set_ylabel("completion rate (%)")
    ax.set_ylim(0, 100)
    ax.set_title("Completion rate of pledges per unit and year")
    if years:
        ax.legend(title="year")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def report(store: Store, year: int, as_of: dt.date | None = None,
           filters: Filters | None = None, chart_years: int = 5
           ) -> tuple[list[UnitLine], list[Flag], list[UnitLine]]:
    """(lines for `year`, flagged pledges of `year`, lines of the last `chart_years` years)."""
    f = filters or Filters()
    # year-end reports are out by late January; a year still running is judged today
    when = as_of or min(dt.date.today(), dt.date(year + 1, 1, 31))
    lines = unit_lines(store, [year], when, f)
    flags = [x for x in flag(store, when, f) if x.year == year]
    span = list(range(year - chart_years + 1, year + 1))
    return lines, flags, unit_lines(store, span, when, f)
