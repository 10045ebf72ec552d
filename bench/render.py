"""Render corpus sources (*.src) into the real files camket reads: DOCX, PDF, DOC, TXT.

The corpus (samples/ and bench/labelled/) is written by hand as small marked-up
sources so that one document can be produced in several formats. This script is the
only thing that writes those files; gold JSON is written by hand beside them and this
script only fills in each gold file's `sha256`.

Source markup, one directive per line:
  @format docx pdf        formats to produce (docx | pdf | doc | txt); first line of the file
  @encoding cp1258        txt only: utf-8 (default), utf-8-sig, utf-16, cp1258
  @header                 two-column header; following "L: text" / "R: text" lines until a blank line
  @title TEXT             centred bold line (document type: BẢN CAM KẾT, BÁO CÁO …)
  @subtitle TEXT          centred bold line under the title
  @table                  following "a | b | c" rows until a blank line; the first row is the header row
  @sign                   following "L: a | b | c" / "R: …" lines: signature columns, "|" separates lines
  @pagebreak              page break
  any other line          a body paragraph (blank lines are ignored)

Usage:  python bench/render.py samples/src/*.src --out samples
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt


@dataclass
class Item:
    kind: str  # header | title | subtitle | table | sign | para | pagebreak
    text: str = ""
    left: list[str] = field(default_factory=list)
    right: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Source:
    formats: list[str]
    encoding: str
    items: list[Item]


def parse(text: str) -> Source:
    formats, encoding, items = ["docx"], "utf-8", []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        i += 1
        if line.startswith("@format"):
            formats = line.split()[1:]
        elif line.startswith("@encoding"):
            encoding = line.split()[1]
        elif line in ("@header", "@sign"):
            it = Item(line[1:])
            while i < len(lines) and lines[i].strip():
                side, _, val = lines[i].partition(":")
                parts = [p.strip() for p in val.split("|")] if line == "@sign" else [val.strip()]
                (it.left if side.strip().upper() == "L" else it.right).extend(parts)
                i += 1
            items.append(it)
        elif line == "@table":
            it = Item("table")
            while i < len(lines) and lines[i].strip():
                it.rows.append([c.strip() for c in lines[i].split("|")])
                i += 1
            items.append(it)
        elif line.startswith("@title "):
            items.append(Item("title", line[7:].strip()))
        elif line.startswith("@subtitle "):
            items.append(Item("subtitle", line[10:].strip()))
        elif line == "@pagebreak":
            items.append(Item("pagebreak"))
        elif line.strip():
            items.append(Item("para", line.strip()))
    return Source(formats, encoding, items)


def _para(cell_or_doc, text: str, *, bold=False, center=False, italic=False, size=13):
    p = cell_or_doc.add_paragraph()
    run = p.add_run(text)
    run.bold, run.italic = bold, italic
    run.font.size = Pt(size)
    run.font.name = "Times New Roman"
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(3)
    return p


def _two_columns(doc, left: list[str], right: list[str], *, bold_first=True) -> None:
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.width = Cm(8.5)
        cell.paragraphs[0].text = ""
        first = True
        for line in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            run = p.add_run(line)
            run.font.size = Pt(12)
            run.font.name = "Times New Roman"
            run.bold = bold_first and (line.isupper() or line.startswith(("T/M", "K/T", "KT.", "TM.")))
            run.italic = "ngày" in line and "tháng" in line
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            first = False


def to_docx(src: Source, out: Path) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    for it in src.items:
        if it.kind == "header":
            _two_columns(doc, it.left, it.right)
        elif it.kind == "title":
            _para(doc, it.text, bold=True, center=True, size=14)
        elif it.kind == "subtitle":
            _para(doc, it.text, bold=True, center=True)
        elif it.kind == "para":
            _para(doc, it.text)
        elif it.kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif it.kind == "table":
            ncols = max(len(r) for r in it.rows)
            table = doc.add_table(rows=len(it.rows), cols=ncols)
            table.style = "Table Grid"
            for r, row in enumerate(it.rows):
                for c in range(ncols):
                    cell = table.cell(r, c)
                    cell.text = row[c] if c < len(row) else ""
                    for p in cell.paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(11)
                            run.bold = r == 0
            # soffice's .doc export flattens a table that touches another table or ends
            # the body; a paragraph after each table keeps it a table
            doc.add_paragraph()
        elif it.kind == "sign":
            _two_columns(doc, it.left, it.right)
            doc.add_paragraph()  # see the note on tables below: keeps .doc export intact
    doc.save(str(out))


def to_txt(src: Source, out: Path) -> None:
    lines: list[str] = []
    for it in src.items:
        if it.kind in ("header", "sign"):
            lines += it.left + [""] + it.right + [""]
        elif it.kind in ("title", "subtitle", "para"):
            lines.append(it.text)
        elif it.kind == "table":
            lines += ["\t".join(r) for r in it.rows]
        elif it.kind == "pagebreak":
            lines.append("\f")
    data = "\n".join(lines) + "\n"
    if src.encoding.lower() in ("cp1258", "windows-1258"):
        data = _cp1258_form(data)
    out.write_bytes(data.encode(src.encoding))


def _cp1258_form(text: str) -> str:
    """Windows-1258 stores â ê ô ă ơ ư đ whole but tone marks as combining characters:
    rewrite NFC text into that form so that it can be encoded."""
    import unicodedata

    out = []
    for ch in text:
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
        shape = [m for m in marks if m not in tones]
        tone = [m for m in marks if m in tones]
        out.append(unicodedata.normalize("NFC", base + "".join(shape)) + "".join(tone))
    return "".join(out)


def soffice_convert(docx: Path, fmt: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
             "--convert-to", fmt, "--outdir", tmp, str(docx)],
            check=True, capture_output=True, timeout=180,
        )
        shutil.move(str(Path(tmp) / f"{docx.stem}.{fmt}"), out)


def render(path: Path, outdir: Path) -> list[Path]:
    src = parse(path.read_text(encoding="utf-8"))
    stem = path.stem
    made: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / f"{stem}.docx"
        to_docx(src, docx)
        for fmt in src.formats:
            out = outdir / f"{stem}.{fmt}"
            if fmt == "docx":
                shutil.copy(docx, out)
            elif fmt == "txt":
                to_txt(src, out)
            elif fmt in ("pdf", "doc"):
                soffice_convert(docx, fmt, out)
            else:
                raise SystemExit(f"{path}: unknown format {fmt!r}")
            made.append(out)
    return made


def fill_sha(outdir: Path, made: list[Path]) -> None:
    """Write each file's sha256 into its gold JSON (`<file>.gold.json`), if that exists."""
    for f in made:
        gold = outdir / f"{f.name}.gold.json"
        if gold.exists():
            data = json.loads(gold.read_text(encoding="utf-8"))
            data["sha256"] = hashlib.sha256(f.read_bytes()).hexdigest()
            data["file"] = f.name
            gold.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sources", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for s in args.sources:
        made = render(s, args.out)
        fill_sha(args.out, made)
        print(" ".join(str(m) for m in made), file=sys.stderr)


if __name__ == "__main__":
    main()
