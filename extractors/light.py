"""Uneven light evened out before a page is binarised.

A page photographed (or scanned with the lid up) is lit unevenly: paper that is white on
one side is mid-grey on the other, darker than the ink's threshold, so one global threshold
(Otsu, extractors.preprocess) turns the dark side black and its text is lost.

The paper's own brightness is estimated at every point as the brightest pixel round it on
a reduced copy (ink strokes are thin, paper is everywhere), smoothed; the page is divided
by it, which makes the paper white again and leaves the ink dark. Pages lit evenly, the
usual scans, are returned untouched: the estimate costs a few milliseconds, the division
is only paid where the light varies by more than SPREAD grey levels.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

SMALL = 240  # long side (px) of the copy the paper brightness is estimated on
WINDOW = 0.6  # inches: wider than any letter or the space between two lines
SPREAD = 45  # grey levels between the brightest and darkest paper before it is evened
FLOOR = 110  # paper is never taken darker than this: a black filled box stays ink


def _sliding_max(a: np.ndarray, k: int, axis: int) -> np.ndarray:
    """Maximum over a centred window of k pixels along one axis (edges padded)."""
    pad = k // 2
    m = a if axis == 0 else a.T
    p = np.pad(m, ((pad, pad), (0, 0)), mode="edge")
    n = m.shape[0]
    out = p[:n].copy()
    for s in range(1, 2 * pad + 1):
        np.maximum(out, p[s : s + n], out=out)
    return out if axis == 0 else out.T


def paper_brightness(img: Image.Image, dpi: float) -> np.ndarray:
    """The paper's brightness over a reduced copy of the page (float, 0–255)."""
    factor = max(1, max(img.size) // SMALL)
    # Every factor-th pixel, not an average: reading the whole page would cost more than
    # the rest of this; the sliding maximum below does not need smooth input.
    size = (max(1, img.width // factor), max(1, img.height // factor))
    small = img.resize(size, Image.Resampling.NEAREST).convert("L")
    k = max(3, round(WINDOW * dpi / factor) | 1)
    a = np.asarray(small).astype(np.float32)
    bg = _sliding_max(_sliding_max(a, k, 0), k, 1)
    smooth = Image.fromarray(bg.astype(np.uint8)).filter(ImageFilter.BoxBlur(k))
    return np.asarray(smooth).astype(np.float32)


def even_light(img: Image.Image, dpi: float) -> Image.Image:
    """The page with uneven light evened out; the page itself when the light is even."""
    if img.mode == "1":
        return img  # already black and white: nothing to even out
    if img.mode not in ("L", "RGB"):
        img = img.convert("RGB")
    bg = paper_brightness(img, dpi)
    lo, hi = np.percentile(bg, (2, 98))
    if hi - lo < SPREAD:
        return img
    full = Image.fromarray(np.maximum(bg, FLOOR).astype(np.uint8)).resize(
        img.size, Image.Resampling.BILINEAR
    )
    scale = 255.0 / np.asarray(full).astype(np.float32)
    a = np.asarray(img).astype(np.float32)
    if a.ndim == 3:
        scale = scale[..., None]
    return Image.fromarray((a * scale).clip(0, 255).astype(np.uint8), img.mode)
