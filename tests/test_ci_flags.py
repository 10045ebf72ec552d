from __future__ import annotations

import os


def test_golden_regeneration_is_off_in_ci() -> None:
    """Goldens are regenerated only on purpose, never by a CI run."""
    if os.environ.get("CI"):
        assert os.environ.get("CAMKET_REGEN_GOLDEN", "") in ("", "0")
    else:
        assert os.environ.get("CAMKET_REGEN_GOLDEN", "") in ("", "0", "1")
