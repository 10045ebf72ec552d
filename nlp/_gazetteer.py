"""Pre-2025 administrative units (province → district → commune), names only.

Read from nlp/data/units_admin.tsv (built by bench/build_gazetteer.py from the
`vietnamadminunits` package, whose import costs ~0.3 s) plus hand-made
units_admin_extra.tsv. Loaded lazily, once per process (~20 ms). Used to restore
capitals and diacritics, to tell a district from a province, to end a place name, and to
find the district and province above a commune named in `context`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from nlp._tokens import DATA, Tokens
from nlp._vi import fold, norm

LEVELS = ("province", "district", "commune")


@dataclass(frozen=True)
class Place:
    level: str  # province | district | commune
    type: str  # "tỉnh", "thành phố", "huyện", "xã", "phường" …
    name: str  # "Cam Lộ"
    district: str = ""
    province: str = ""


class Gazetteer:
    def __init__(self, places: list[Place]) -> None:
        self.by_key: dict[str, list[Place]] = {}
        for p in places:
            self.by_key.setdefault(fold(p.name), []).append(p)
        self.max_words = max(len(k.split()) for k in self.by_key)

    def lookup(
        self, name: str, level: str | None = None, within: dict[str, str] | None = None
    ) -> list[Place]:
        """Places called `name` (any accents, case), optionally at a level and under given
        parents ({"province": "Quảng Trị", "district": "Cam Lộ"})."""
        found = self.by_key.get(fold(name), [])
        if norm(name) != fold(name):  # written with diacritics: they must agree
            found = [p for p in found if norm(p.name) == norm(name)]
        if level:
            found = [p for p in found if p.level == level]
        if within:
            for lvl in ("district", "province"):
                want = within.get(lvl)
                if want:
                    narrowed = [p for p in found if fold(getattr(p, lvl)) == fold(want)]
                    found = narrowed or found
        return found

    def prefix(self, tok: Tokens, i: int, j: int) -> int:
        """End of the longest known place name in tokens i..j-1 starting at i (i if none)."""
        for k in range(min(self.max_words, j - i), 0, -1):
            key = " ".join(tok.fold[i : i + k])
            if key in self.by_key:
                return i + k
        return i

    def parents(self, place: Place) -> list[Place]:
        """The district and province above a place, when the gazetteer knows them."""
        out = []
        if place.district:
            ds = self.lookup(place.district, "district", {"province": place.province})
            if ds:
                out.append(ds[0])
        if place.province:
            ps = self.lookup(place.province, "province")
            if ps:
                out.append(ps[0])
        return out


def _read(name: str) -> list[Place]:
    places = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + ["", "", "", "", ""])[:5]
        places.append(Place(*cols))
    return places


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer(_read("units_admin.tsv") + _read("units_admin_extra.tsv"))
