"""The format layer: file → `Dossier.pages` + `Dossier.blocks`. No NLP, no SQL.

Importing the package imports every format module so each registers itself in `FORMATS`.
Adding a format is a new module with a `@register`ed class and one import line below.
"""

from __future__ import annotations

from extractors.base import FORMATS, Extractor, detect, extract

# Format modules, imported for their registration side effect.
from extractors import doc, docx, image, pdf, text  # noqa: E402, F401  isort: skip

__all__ = ["FORMATS", "Extractor", "detect", "extract"]
