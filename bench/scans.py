"""Make a scan set from the labelled PDFs: the same papers as a scanner or a phone sees them.

Every labelled PDF (bench/labelled/*.pdf) is rendered at 150, 200 and 300 dpi and damaged
the way archives are, deterministically (a fixed seed per document):
  * skew of up to ±5°, paper-grey background, Gaussian noise, JPEG artefacts;
  * a red round stamp over the signature block and a blue signature scribble through it,
    placed where the text layer has the signer's "(đã ký)" / title lines;
  * one page of one document turned sideways (90°), one upside down;
  * one document "photographed": a perspective warp and uneven light.
Files cycle through PNG, JPEG, multi-page TIFF and image-only PDF, keeping the document's
stem so evaluation → commitment links resolve, with the gold JSON beside each (its "ocr"
set to true). A folder `typed/` holds the original PDFs and golds for comparison.

Output (not in git; ~60 MB): out/scans/{typed,150,200,300}/

Usage:  python bench/scans.py [--out out/scans] [--only la-01] [--dpi 300 200 150]
Then:   python bench/accuracy.py out/scans/typed      (and out/scans/300 …)
        python bench/ocr.py out/scans                 (character accuracy and speed)
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "bench" / "labelled"
FORMATS = ("png", "jpg", "tif", "pdf")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


@dataclass
class Damage:
    skew: float
    noise: float
    jpeg: int | None
    stamp: bool
    turn: int  # 0, 90 or 180 degrees for one page
    photo: bool


def damage_for(index: int, rng: random.Random) -> Damage:
    """A different mix per document; every kind of damage appears in the set."""
    return Damage(
        skew=rng.uniform(-5, 5) if index % 4 else rng.uniform(-1, 1),
        noise=rng.choice((4.0, 8.0, 12.0)),
        jpeg=rng.choice((45, 60, 75)) if index % 2 else None,
        stamp=index % 3 != 2,
        turn=90 if index == 3 else 180 if index == 7 else 0,
        photo=index == 5,
    )


def signature_boxes(pdf: Path) -> dict[int, tuple[float, float, float, float]]:
    """Per page (0-based), the box (points) round the signature lines: the words of a line
    holding "(đã ký)" or "T/M", "K/T", "BÍ THƯ"… on the page's lower half."""
    import pdfplumber

    out: dict[int, tuple[float, float, float, float]] = {}
    with pdfplumber.open(str(pdf)) as doc:
        for i, page in enumerate(doc.pages):
            words = page.extract_words()
            hits = [w for w in words if w["text"] in ("(đã", "ký)", "T/M", "K/T", "TM.", "KT.")]
            if hits:
                x0 = min(w["x0"] for w in hits)
                x1 = max(w["x1"] for w in hits)
                top = min(w["top"] for w in hits)
                bottom = max(w["bottom"] for w in hits)
                out[i] = (x0, top, x1, bottom)
    return out


def stamp(img: Image.Image, box: tuple[float, float, float, float], scale: float,
          rng: random.Random) -> None:
    """A red double ring with lettering, and a blue signature, over the signer's lines.

    Drawn on a white layer and multiplied into the page, as ink on paper does: black
    text under the stamp stays black, white paper takes the stamp's colour."""
    from PIL import ImageChops

    layer = Image.new("RGB", img.size, "white")
    d = ImageDraw.Draw(layer)
    x0, top, x1, bottom = (v * scale for v in box)
    cx = x1 - (x1 - x0) * 0.3 + rng.uniform(-10, 10) * scale
    cy = (top + bottom) / 2 + rng.uniform(0, 20) * scale
    r = 55 * scale
    red = (215, 40, 50)
    for rr, w in ((r, 4), (r * 0.72, 2)):
        d.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=red, width=max(1, round(w * scale)))
    font = ImageFont.truetype(FONT, max(8, round(9 * scale)))
    for k, ch in enumerate("ĐẢNG BỘ · HUYỆN ỦY · "):
        a = 2 * math.pi * k / 21 - math.pi / 2
        d.text((cx + 0.86 * r * math.cos(a), cy + 0.86 * r * math.sin(a)), ch, fill=red,
               font=font, anchor="mm")
    d.text((cx, cy), "★", fill=red, font=font, anchor="mm")
    blue = (30, 50, 170)
    pts = []
    for k in range(60):
        t = k / 59
        pts.append((cx - r + 2 * r * t, cy + 15 * scale * math.sin(t * 9) + rng.uniform(-2, 2)))
    d.line(pts, fill=blue, width=max(1, round(2 * scale)))
    img.paste(ImageChops.multiply(img.convert("RGB"), layer))


def photo(img: Image.Image, rng: random.Random) -> Image.Image:
    """A page photographed at an angle: perspective warp and light falling off."""
    w, h = img.size
    m = 0.05
    src = [(rng.uniform(0, m) * w, rng.uniform(0, m) * h),
           (w - rng.uniform(0, m) * w, rng.uniform(0, m) * h),
           (w - rng.uniform(0, m) * w, h - rng.uniform(0, m) * h),
           (rng.uniform(0, m) * w, h - rng.uniform(0, m) * h)]
    dst = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = _perspective(dst, src)
    out = img.transform((w, h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC,
                        fillcolor=(120, 120, 120))
    ramp = np.linspace(1.0, 0.75, w)[None, :, None] * np.linspace(1.0, 0.85, h)[:, None, None]
    a = np.asarray(out).astype(np.float32) * ramp
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def _perspective(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = [c for p in src for c in p]
    return [float(c) for c in np.linalg.solve(np.array(rows), np.array(b))]


def damage_page(img: Image.Image, dmg: Damage, rng: random.Random, page: int) -> Image.Image:
    img = img.convert("RGB")
    # Paper is not white: a light grey-yellow tint.
    a = np.asarray(img).astype(np.float32) * np.array([0.96, 0.95, 0.9])
    img = Image.fromarray(a.astype(np.uint8))
    img = img.rotate(dmg.skew + rng.uniform(-0.3, 0.3), resample=Image.Resampling.BICUBIC,
                     expand=True, fillcolor=(235, 233, 225))
    if dmg.photo:
        img = photo(img, rng)
    a = np.asarray(img).astype(np.float32)
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, dmg.noise, a.shape[:2])[..., None]
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.4))
    if dmg.turn and page == 0:
        img = img.rotate(-dmg.turn, expand=True)
    return img


def render_doc(pdf: Path, index: int, dpi: int, out: Path) -> Path:
    import pypdfium2 as pdfium

    rng = random.Random(f"{pdf.stem}-{dpi}")
    dmg = damage_for(index, rng)
    scale = dpi / 72
    boxes = signature_boxes(pdf) if dmg.stamp else {}
    doc = pdfium.PdfDocument(str(pdf))
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=scale).to_pil().convert("RGB")
        if i in boxes:
            stamp(img, boxes[i], scale, rng)
        pages.append(damage_page(img, dmg, rng, i))
    doc.close()
    fmt = FORMATS[index % len(FORMATS)]
    target = out / f"{pdf.stem}.{fmt}"
    if fmt in ("png", "jpg") and len(pages) > 1:
        fmt = "tif"  # one file per document: many pages need TIFF or PDF
        target = target.with_suffix(".tif")
    if fmt == "png":
        pages[0].save(target, dpi=(dpi, dpi))
    elif fmt == "jpg":
        pages[0].save(target, quality=dmg.jpeg or 70, dpi=(dpi, dpi))
    elif fmt == "tif":
        # JPEG-compressed TIFF where the document gets JPEG artefacts, else deflate.
        extra = {"compression": "jpeg", "quality": dmg.jpeg} if dmg.jpeg else {
            "compression": "tiff_adobe_deflate"}
        pages[0].save(target, save_all=True, append_images=pages[1:], dpi=(dpi, dpi), **extra)
    else:
        pages = [_jpeg(p, dmg.jpeg or 80) for p in pages]
        pages[0].save(target, save_all=True, append_images=pages[1:], resolution=dpi)
    return target


def _jpeg(img: Image.Image, quality: int) -> Image.Image:
    import io

    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def write_gold(src_gold: Path, target: Path) -> None:
    import hashlib

    gold = json.loads(src_gold.read_text(encoding="utf-8"))
    gold["file"] = target.name
    gold["sha256"] = hashlib.sha256(target.read_bytes()).hexdigest()
    gold["ocr"] = True
    target.with_name(target.name + ".gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "scans")
    ap.add_argument("--dpi", type=int, nargs="*", default=[300, 200, 150])
    ap.add_argument("--only", default="", help="only documents whose name starts with this")
    args = ap.parse_args()
    pdfs = sorted(p for p in LABELLED.glob("*.pdf") if p.name.startswith(args.only))
    typed = args.out / "typed"
    typed.mkdir(parents=True, exist_ok=True)
    for pdf in pdfs:
        shutil.copy(pdf, typed / pdf.name)
        shutil.copy(pdf.with_name(pdf.name + ".gold.json"), typed / (pdf.name + ".gold.json"))
    for dpi in args.dpi:
        folder = args.out / str(dpi)
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for index, pdf in enumerate(pdfs):
            target = render_doc(pdf, index, dpi, folder)
            write_gold(pdf.with_name(pdf.name + ".gold.json"), target)
            print(f"{dpi} dpi: {target.name}", file=sys.stderr)
    print(f"scan set written to {args.out}")


if __name__ == "__main__":
    main()
