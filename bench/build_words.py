"""Build store/data/words.txt, the word list search uses to tell a Vietnamese word of
several syllables (giao thông) from the syllables it is made of.

Source: underthesea's Viet74K dictionary (shipped inside the package, read offline). Kept:
entries of 2 to 4 syllables, folded like the search index (store.search_index.fold), one
per line, sorted. Single syllables need no list (every syllable is a word of one syllable
where the segmentation leaves it alone); longer entries are idioms nobody types as a word.

Usage:  python bench/build_words.py      (rewrites store/data/words.txt)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "store/data/words.txt"


def main() -> None:
    import underthesea

    from store.search_index import fold

    src = Path(underthesea.__file__).parent / "corpus/data/Viet74K.txt"
    words = set()
    for line in src.read_text("utf-8").splitlines():
        # a hyphenated loanword (a-ba-giua) is one word to a reader but several tokens here
        if "-" in line:
            continue
        f = fold(line)
        n = len(f.split())
        if 2 <= n <= 4 and f.replace(" ", "").isalpha():
            words.add(f)
    header = (f"# folded words of 2-4 syllables from underthesea {underthesea.__version__} "
              "Viet74K; rebuilt by bench/build_words.py\n")
    OUT.write_text(header + "".join(w + "\n" for w in sorted(words)), "utf-8")
    print(f"{len(words)} words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
