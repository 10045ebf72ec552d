"""Scanned page images: PNG, JPEG and TIFF (multi-page TIFF is one page per frame) → OCR.

Sniffed by magic bytes. Pillow's decompression-bomb guard stays on: an image larger than
Pillow's MAX_IMAGE_PIXELS (about 89 megapixels, an A0 sheet at 300 dpi) is refused as too
large rather than read into memory.
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

from extractors.base import check_pages, register
from extractors.ocr import ocr_image, page_record
from extractors.pages import PageLayout, emit
from pipeline.document import Dossier
from pipeline.errors import CorruptFile, TooLarge
from pipeline.settings import Settings

log = logging.getLogger(__name__)

MAGICS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


@register
class ImageExtractor:
    name = "image"
    priority = 40

    def sniff(self, head: bytes) -> bool:
        return head.startswith(MAGICS)

    def extract(self, path: Path, dossier: Dossier, settings: Settings) -> None:
        from PIL import Image, ImageSequence, UnidentifiedImageError

        layouts: list[PageLayout] = []
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                with Image.open(path) as img:
                    n = getattr(img, "n_frames", 1)
                    check_pages(n, settings)
                    for number, frame in enumerate(ImageSequence.Iterator(img), start=1):
                        frame.load()
                        page = ocr_image(frame.copy(), number)
                        rec, problems = page_record(page, number)
                        dossier.pages.append(rec)
                        dossier.problems += problems
                        layouts.append(page.layout)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
            raise TooLarge(f"image too large to read safely: {e}") from None
        except UnidentifiedImageError as e:
            raise CorruptFile(f"damaged or unreadable image: {e}") from None
        except OSError as e:  # truncated JPEG/PNG data
            raise CorruptFile(f"damaged image: {e}") from None
        emit(layouts, dossier)
