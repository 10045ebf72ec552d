"""Page clean-up before OCR: colour ink out, upright, straight, denoised, binarised.

Pillow + numpy rather than OpenCV: every step here is a histogram, a projection profile or
a small filter, which Pillow's C filters and numpy do in tens of milliseconds on a 300 dpi
page, and it saves a 60 MB wheel. The budget matters: the whole pipeline must stay within
1.3× of bare Tesseract on the same page, so nothing here may cost more than a fraction of
the ~1.3 s Tesseract spends on a page.

Steps, in order (`clean_page`):
  * colour ink: red stamps and blue signatures sit on the signature block, often over the
    signer's name. Printed text is black (unsaturated), so saturated, not-dark red or blue
    pixels are painted white in HSV — over the whole page, since body text never has that
    colour; print under the stamp is dark and stays;
  * orientation: a sideways page has its text lines running down the page, which shows as
    a flat row profile and a striped column profile (`sideways`); which of the two quarter
    turns is right, and whether a page is upside down, is left to Tesseract's OSD and the
    OCR confidence (extractors.ocr), since only a reader of letters can tell;
  * deskew (±5°): the angle whose row profile has the sharpest peaks (text lines and the
    gaps between them), searched coarse to fine on a reduced copy by projecting its ink
    pixels' coordinates (no image is rotated until the angle is known);
  * denoise: a 3×3 median filter removes salt-and-pepper specks and JPEG ringing, when
    the page has them (lone ink dots after binarising) — clean pages skip its 0.4 s;
  * binarise: Otsu's threshold on the grey histogram (scans have even light; Tesseract's
    own Otsu would get the same answer, doing it here lets us measure ink for bold text).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops, ImageFilter, ImageOps

MAX_SKEW = 5.0  # degrees; archives are fed through scanners, not photographed at random
_SMALL = 800  # long side of the reduced copy used for orientation and skew
# HSV thresholds (Pillow scales H, S, V to 0–255). Red wraps round hue 0.
_SAT_MIN = 70
# Stamp and pen ink are mid to light; black print under a stamp stays dark (inks multiply),
# so only pixels at least this bright are taken for coloured ink.
_VAL_MIN = 100
_RED = ((0, 18), (230, 255))
_BLUE = ((130, 195),)
_HUE_LUT = [255 if any(lo <= x <= hi for lo, hi in (*_RED, *_BLUE)) else 0 for x in range(256)]
_SAT_LUT = [255 if x >= _SAT_MIN else 0 for x in range(256)]
_VAL_LUT = [255 if x >= _VAL_MIN else 0 for x in range(256)]
_ORIENTATION = 0x0112  # the EXIF tag a camera sets when it held the page turned


@dataclass
class Cleaned:
    image: Image.Image  # mode "L", 0 = ink, 255 = paper
    skew: float  # degrees the page was turned to straighten it
    quarter_turns: int  # 90° turns (counter-clockwise) applied to make text lines horizontal
    ink: np.ndarray  # the same page as booleans, True = ink


def suppress_colour(img: Image.Image) -> Image.Image:
    """Grey page with saturated red and blue ink (stamps, signatures) painted white."""
    if img.mode in ("L", "1", "I;16", "I"):
        return img.convert("L")
    rgb = img if img.mode == "RGB" else img.convert("RGB")
    # Most pages have no colour at all: a thumbnail says so for a fraction of the HSV cost.
    thumb = rgb.copy()
    thumb.thumbnail((400, 400))
    if not (np.asarray(thumb.convert("HSV"))[..., 1] >= _SAT_MIN).any():
        return rgb.convert("L")
    # The mask is built with Pillow's lookup tables and band minimum (logical AND on 0/255
    # bands) rather than numpy comparisons: one C pass per band on a 300 dpi page.
    h, s, v = rgb.convert("HSV").split()
    colour = ImageChops.darker(
        ImageChops.darker(h.point(_HUE_LUT), s.point(_SAT_LUT)), v.point(_VAL_LUT)
    )
    return ImageChops.lighter(rgb.convert("L"), colour)  # 255 wherever the mask is set


def otsu(grey: np.ndarray) -> int:
    """Otsu's threshold for a uint8 image: the level that best splits ink from paper."""
    return otsu_histogram(np.bincount(grey.ravel(), minlength=256))


def otsu_image(grey: Image.Image) -> int:
    """`otsu` of a mode "L" image from Pillow's C histogram: a quarter of numpy's bincount
    cost on a 300 dpi page, and the same 256 counts."""
    return otsu_histogram(np.asarray(grey.histogram(), dtype=np.float64))


def otsu_histogram(counts: np.ndarray) -> int:
    """Otsu's threshold from a 256-bin grey histogram."""
    hist = np.asarray(counts, dtype=np.float64)
    total = hist.sum()
    if total == 0:
        return 128
    levels = np.arange(256)
    w0 = np.cumsum(hist)
    m0 = np.cumsum(hist * levels)
    mt = m0[-1]
    w1 = total - w0
    valid = (w0 > 0) & (w1 > 0)
    between = np.zeros(256)
    between[valid] = (mt * w0[valid] / total - m0[valid]) ** 2 / (w0[valid] * w1[valid])
    return int(np.argmax(between))


def _binary(grey: Image.Image, level: int) -> Image.Image:
    """0 for ink (≤ level), 255 for paper: a lookup table in C, no numpy round trip."""
    return grey.point([0 if v <= level else 255 for v in range(256)])


def _reduced(grey: Image.Image) -> tuple[np.ndarray, float]:
    scale = _SMALL / max(grey.size)
    if scale >= 1:
        small = grey
        scale = 1.0
    else:
        size = (round(grey.width * scale), round(grey.height * scale))
        small = grey.resize(size, Image.Resampling.BOX)
    a = np.asarray(small)
    return a < otsu_image(small), scale


def sideways(grey: Image.Image) -> bool:
    """True when the text lines run vertically (page scanned a quarter turn off)."""
    return _orientation(grey)[0]


def _orientation(grey: Image.Image) -> tuple[bool, float]:
    """(sideways, skew of the page as it is). Both ways are compared at their best skew:
    a page skewed by a few degrees has a smeared row profile, which alone would make an
    upright page look sideways."""
    ink, _ = _reduced(grey)
    if np.count_nonzero(ink) < 50:
        return False, 0.0
    angle, upright = _skew_search(ink)
    turned = _skew_search(np.ascontiguousarray(ink.T))[1]
    return turned > 1.5 * upright, angle


def _skew_search(ink: np.ndarray, limit: float = MAX_SKEW) -> tuple[float, float]:
    """(angle, score): the rotation whose row profile is most striped, coarse to fine.

    Each candidate angle projects the ink pixels' coordinates onto the turned rows (one
    multiply-add and a bincount over the few ink pixels) instead of rotating the whole
    reduced page: the same profile as a nearest-neighbour rotation about the centre, up to
    rounding, at a quarter of the cost (angles measured identical on the scan set)."""
    h, w = ink.shape
    ys, xs = np.nonzero(ink)
    dx = xs + (0.5 - w / 2)  # pixel centres about the page centre, where rotate() turns
    dy = ys + (0.5 - h / 2)
    seen: dict[float, float] = {}

    def score(angle: float) -> float:
        # The fine grid shares its ends and centre with the coarse one, and the winner is
        # scored once more: each angle is projected once.
        if angle not in seen:
            a = math.radians(angle)
            cos, sin = math.cos(a), math.sin(a)
            row = np.floor(dy * cos - dx * sin + h / 2).astype(np.intp)
            col = dx * cos + dy * sin + w / 2
            # Ink turned out of the frame is lost, as rotate(expand=False) loses it.
            keep = (row >= 0) & (row < h) & (col >= 0) & (col < w)
            rows = np.bincount(row[keep], minlength=h).astype(np.float64)
            seen[angle] = float(np.square(np.diff(rows)).sum())
        return seen[angle]

    best = max(np.arange(-limit, limit + 0.01, 0.5), key=score)
    best = max(np.arange(best - 0.5, best + 0.51, 0.1), key=score)
    return round(float(best), 2), score(float(best))


def find_skew(grey: Image.Image, limit: float = MAX_SKEW) -> float:
    """The rotation (degrees, counter-clockwise) that makes the text lines horizontal."""
    ink, _ = _reduced(grey)
    if np.count_nonzero(ink) < 50:
        return 0.0
    return _skew_search(ink, limit)[0]


def clean_page(img: Image.Image, *, deskew: bool = True) -> Cleaned:
    """Colour ink out, quarter-turned upright when sideways, deskewed, denoised, binarised."""
    img.load()  # a PNG's EXIF may follow its pixels
    if img.getexif().get(_ORIENTATION, 1) != 1:  # else exif_transpose only copies the page
        img = ImageOps.exif_transpose(img) or img
    grey = suppress_colour(img)
    turns = 0
    turned, angle = _orientation(grey)
    if turned:
        grey = grey.transpose(Image.Transpose.ROTATE_90)
        turns = 1
        angle = find_skew(grey)
    if not deskew:
        angle = 0.0
    if abs(angle) >= 0.15:
        grey = grey.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    level = otsu_image(grey)
    if speckled(np.asarray(grey) <= level):
        grey = grey.filter(ImageFilter.MedianFilter(3))
        level = otsu_image(grey)
    binary = _binary(grey, level)
    return Cleaned(binary, angle, turns, np.asarray(binary) == 0)


def speckled(ink: np.ndarray, limit: float = 0.002) -> bool:
    """Whether the binarised page has salt-and-pepper noise worth a median filter (0.4 s
    on a 300 dpi page): more than `limit` of a central crop's pixels are lone ink dots."""
    h, w = ink.shape
    c = ink[h // 4 : h // 4 + 512, w // 4 : w // 4 + 512]
    if c.shape[0] < 3 or c.shape[1] < 3:
        return False
    mid = c[1:-1, 1:-1]
    neighbours = sum(
        c[1 + dy : c.shape[0] - 1 + dy, 1 + dx : c.shape[1] - 1 + dx].astype(np.uint8)
        for dy in (-1, 0, 1)
        for dx in (-1, 0, 1)
        if dy or dx
    )
    lone = np.count_nonzero(mid & (neighbours == 0))
    return bool(lone > limit * mid.size)
