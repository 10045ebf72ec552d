"""Find leaders: people named with a title and the unit the title binds to.

Three places name them: signature blocks ("T/M BAN THƯỜNG VỤ / BÍ THƯ / (đã ký) /
Nguyễn Hữu Thắng"), table cells ("Đ/c Nguyễn Văn An, Phó Bí thư Thường trực") and prose
appositions ("Ông Trần Văn Bảng, Bí thư Chi bộ thôn Mai Lộc 2, cho biết"). Titles,
family names and honorifics are data (nlp/data/titles.txt, surnames.txt,
honorifics.txt); units are read by nlp.units. A name is 2–4 capitalised syllables,
family name first, never a title or unit word. Where only the shape says "name" (no
known family name), underthesea's NER must agree; it is loaded lazily, once, and run only
on sentences that hold a cue (an honorific or a title).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nlp._tokens import PhraseIndex, Tokens, index_of, read_lines, surnames, tokenize
from nlp._unit_lexicon import lexicon
from nlp._vi import capitalize_word, fold
from nlp.units import UnitMatch, unit_at

SEPARATORS = {",", "-", "–", "—", "(", ":"}
_SIGNED = re.compile(r"^\W*(\(|\[)?\s*(đã\s+ký|ký|chữ\s+ký|đã\s+ký\s+và\s+đóng\s+dấu)\b.*$",
                     re.IGNORECASE)
_ON_BEHALF = ("t/m", "tm", "t.m", "thay mặt", "k/t", "kt", "ký thay", "q", "tl", "tuq")


@dataclass(frozen=True)
class LeaderMatch:
    start: int
    end: int
    name: str
    title: str | None
    unit: str | None
    source: str  # signature | table | prose


@cache
def _titles() -> PhraseIndex[str]:
    idx: PhraseIndex[str] = PhraseIndex()
    for line in read_lines("titles.txt"):
        forms = [f.strip() for f in line.split("|") if f.strip()]
        for form in forms:
            idx.add(form, forms[0])
    return idx


@cache
def _honorifics() -> PhraseIndex[str]:
    return index_of(read_lines("honorifics.txt"))


@cache
def _behalf() -> PhraseIndex[str]:
    return index_of(["T/M", "TM", "T.M", "Thay mặt", "K/T", "KT", "Ký thay", "Q", "TL", "TUQ"])


# -- pieces --------------------------------------------------------------------------


@dataclass
class _Title:
    start: int  # tokens
    end: int
    title: str
    unit: UnitMatch | None


def _title_at(tok: Tokens, i: int, context: str | None) -> _Title | None:
    """A title at token i and the unit it binds to ("Trưởng Ban Tổ chức Tỉnh ủy")."""
    m = _titles().match(tok, i)
    if m is None:
        return None
    t, title = m
    # The title's last words may open the unit: "Trưởng ban" + "Ban Tổ chức …",
    # "Chánh Văn phòng" + "Văn phòng Huyện ủy", "Trưởng thôn" + "thôn Mai Lộc".
    for k in range(i + 1, t + 1):
        found = unit_at(tok, k, context, places=True) if tok.same_line(i, k) else None
        if found is not None and found[0] > t:
            return _Title(i, found[0], title, found[1])
    return _Title(i, t, title, None)


def _name_at(tok: Tokens, i: int, *, strict: bool, alone: bool = False) -> int | None:
    """End token of a person's name at i: 2–4 capitalised syllables on one line.

    strict: the first syllable must be a known family name. Otherwise the caller has
    other evidence (an honorific before, a signature block around, NER).
    alone: the name fills its line (a signature), so past the first syllable a word that
    is also a place type is a name too (Ê Đê "Y Khu Niê").
    """
    n = len(tok)
    j = i
    while j < n and j - i < 4 and tok.same_line(i, j) and _name_word(
            tok, j, first=j == i, alone=alone):
        j += 1
    if j - i < 2:
        return None
    if strict and surnames().match(tok, i) is None:
        return None
    return j


def _no_head(tok: Tokens, j: int) -> bool:
    """No unit opens at j; a one-word head that is also a family name opens none in a
    name ("Đoàn" the youth union, Đoàn Văn Lợi the person)."""
    hm = lexicon().heads.match(tok, j)
    return hm is None or hm[0] == j + 1 and surnames().match(tok, j) is not None


def _name_word(tok: Tokens, j: int, *, first: bool = True, alone: bool = False) -> bool:
    """Whether token j can be a syllable of a name. Past the family name, common words
    are given names too (Quý, Đạt, Như, Thành), so the stop list guards only the start."""
    w = tok.raw[j]
    if not w[0].isalpha() or not w[0].isupper():
        return False
    lex = lexicon()
    return (
        _titles().match(tok, j) is None
        and _honorifics().match(tok, j) is None
        and _no_head(tok, j)
        and (lex.types.match(tok, j) is None or alone and not first)
        and lex.prefixes.match(tok, j) is None
        # "Lưu" ends a name as in "Lưu VT" but opens one as a family name: a line that is
        # nothing but a name (a signature) settles it
        and (not first or lex.stops.match(tok, j) is None or alone and _family_name(tok, j))
        # unit words that may stand alone in capitals ("BAN", "SỞ"); compared with marks,
        # since folded they would hit names (Đảng/Đặng/Đăng)
        and tok.low[j] not in ("ủy", "ban", "sở", "hội", "đảng", "bộ", "xã", "huyện", "tỉnh")
    )


def _family_name(tok: Tokens, j: int) -> bool:
    """A family name, written like the syllable after it: "Lưu Quang Hải", "LƯU QUANG HẢI"
    (not "Lưu VT", a filing note)."""
    if surnames().match(tok, j) is None or j + 1 >= len(tok):
        return False
    a, b = tok.raw[j], tok.raw[j + 1]
    return a.isupper() == b.isupper() or len(b) == 1


def _name_text(tok: Tokens, i: int, j: int) -> str:
    # Ê Đê and Gia Rai names raise the letter after the apostrophe: "H'Liên Niê"
    return " ".join("'".join(capitalize_word(p) for p in re.split(r"['’]", tok.raw[x]))
                    for x in range(i, j))


def _skip_honorific(tok: Tokens, i: int) -> int:
    """Past the words before a name (honorifics.txt). An abbreviation may keep its full stop,
    and after one another may follow: "PGS.TS.", "ThS.BS."."""
    j = i
    while (m := _honorifics().match(tok, j)) is not None:
        j = m[0]
        stopped = j < len(tok) and tok.raw[j] == "."
        while j < len(tok) and tok.raw[j] == ".":
            j += 1
        if not stopped:
            break
    return j


def _match(
    tok: Tokens, a: int, b: int, name: str, t: _Title | None, source: str
) -> LeaderMatch:
    start, end = tok.span(a, b)
    title = t.title if t else None
    unit = t.unit.name if t and t.unit else None
    return LeaderMatch(start, end, name, title, unit, source)


# -- table cells ---------------------------------------------------------------------


def parse_person(text: str, context: str | None = None) -> LeaderMatch | None:
    """One person in a short string (a table cell): name, title and unit in any order.

    "Đ/c Nguyễn Văn An, Phó Bí thư Thường trực"; "Bí thư Huyện ủy: Nguyễn Hữu Thắng";
    "Trần Thị Hoa (Trưởng Ban Tổ chức Huyện ủy)". None when no name is given.
    """
    tok = tokenize(text)
    n = len(tok)
    name: tuple[int, int] | None = None
    title: _Title | None = None
    i = 0
    while i < n:
        if title is None and (t := _title_at(tok, i, context)) is not None:
            title, i = t, t.end
            continue
        if name is None:
            k = _skip_honorific(tok, i)
            end = _name_at(tok, k, strict=k == i)
            if end is not None:
                name, i = (i, end), end
                continue
        i += 1
    if name is None and title is not None:
        name = _name_before_title(tok, title.start)
    if name is None:
        return None
    a, b = name
    k = _skip_honorific(tok, a)
    lo = min(a, title.start) if title else a
    hi = max(b, title.end) if title else b
    if title is not None and title.unit is None and context:
        # a cell of the issuer's own table: "Phó Bí thư Thường trực" is the issuer's
        title = _Title(title.start, title.end, title.title, _context_unit(context))
    return _match(tok, lo, hi, _name_text(tok, k, b), title, "table")


def _name_before_title(tok: Tokens, title_start: int) -> tuple[int, int] | None:
    """A cell that is only "Name - Title" ("Y Blô - Trưởng thôn"): the name need not open
    on a known family name (Ê Đê, Ba Na, Khmer names do not), the title vouches for it."""
    end = _name_at(tok, 0, strict=False)
    if end is None or end >= title_start:
        return None
    between = [tok.raw[x] for x in range(end, title_start)]
    return (0, end) if between and all(w in ("-", "–", ",", ":") for w in between) else None


def _context_unit(context: str) -> UnitMatch | None:
    tok = tokenize(context)
    for i in range(len(tok)):
        found = unit_at(tok, i, places=True)
        if found is not None:
            return found[1]
    return None


def split_title_unit(title_and_unit: str, context: str | None = None) -> tuple[str, str | None]:
    """("Phó Chủ tịch", "UBND tỉnh Quảng Trị") from "Phó Chủ tịch UBND tỉnh Quảng Trị"."""
    tok = tokenize(title_and_unit)
    t = _title_at(tok, 0, context) if len(tok) else None
    if t is None:
        unit = unit_at(tok, 0, context, places=True) if len(tok) else None
        if unit is not None:
            return "", unit[1].name
        return " ".join(title_and_unit.split()), None
    if t.unit is None and t.end < len(tok):
        rest = unit_at(tok, t.end, context, places=True)
        if rest is not None:
            return t.title, rest[1].name
    return t.title, t.unit.name if t.unit else None


# -- signature blocks ----------------------------------------------------------------


def _columns(text: str) -> list[list[tuple[int, str]]]:
    """Lines of each column, with their offsets: "a\\tb" rows are two columns side by side."""
    cols: dict[int, list[tuple[int, str]]] = {}
    pos = 0
    for line in text.split("\n"):
        off = pos
        for c, cell in enumerate(line.split("\t")):
            cols.setdefault(c, []).append((off, cell))
            off += len(cell) + 1
        pos += len(line) + 1
    return [cols[c] for c in sorted(cols)]


_CONFIRM = re.compile(r"^\s*(?:XÁC NHẬN|Xác nhận)(?:\s+(?:CỦA|của))?\s+\S")
# the signer of a personal paper is named by role, not office: "NGƯỜI CAM KẾT"
_ROLE = re.compile(r"^\s*NGƯỜI\s+(?:TỰ\s+)?(?:CAM\s+KẾT|ĐĂNG\s+KÝ|KIỂM\s+ĐIỂM|VIẾT)\b",
                   re.IGNORECASE)
# a translation after the title: "TRƯỞNG BAN / HEAD OF BOARD"
_GLOSS = re.compile(r"\s+/\s+[A-Za-z][A-Za-z .,'&-]*$")


def find_signatures(text: str, context: str | None = None) -> list[LeaderMatch]:
    """Signers of the signature blocks: the title from the last title line before the name
    (PHÓ BÍ THƯ under K/T BÍ THƯ), the unit from the T/M line, else from `context`."""
    out: list[LeaderMatch] = []
    cu = _context_unit(context) if context else None
    ctx_unit = cu.name if cu else None
    for col in _columns(text):
        block_start: int | None = None
        unit: str | None = None
        title: str | None = None
        role = False  # under a role line ("NGƯỜI CAM KẾT"): a name with no title
        since = 99  # lines since the last title line
        for off, line in col:
            if not any(ch.isalpha() for ch in line):
                # blank, or no letter at all: on a scan, a stamp's remnant or a page
                # number read as a line ("2", "."); no title or name is ever letterless
                continue
            since += 1
            if _SIGNED.match(line.strip()):
                continue
            line = _GLOSS.sub("", line)
            if _ROLE.match(line):
                block_start, unit, title, since, role = off, None, None, 0, True
                continue
            tok = tokenize(line)
            k = 0
            behalf = _behalf().match(tok, 0)
            if behalf is not None:
                k = behalf[0]
                while k < len(tok) and tok.raw[k] == ".":
                    k += 1
                if block_start is None or since > 1:  # "K/T BÍ THƯ" under "T/M …" goes on
                    block_start, unit, title = off + tok.span(0, 1)[0], None, None
            if _CONFIRM.match(line):
                # "XÁC NHẬN CỦA UBND TỈNH": the confirming body's column, like a T/M line
                block_start, title, since = off + tok.span(0, 1)[0], None, 0
                found_u = next((u for x in range(len(tok))
                                if (u := unit_at(tok, x, context)) is not None), None)
                unit = found_u[1].name if found_u else None
                # "XÁC NHẬN CỦA CHỦ TỊCH UBND THÀNH PHỐ": the confirming person's title
                of = next((x + 1 for x in range(min(len(tok), 4))
                           if tok.fold[x].lower() == "cua"), None)
                t = _title_at(tok, of, context) if of is not None and of < len(tok) else None
                if t is not None and t.end == len(tok):
                    title = t.title
                    unit = t.unit.name if t.unit else unit
                continue
            # A speck after a title or a name on a scan reads as "." or ",": the line ends
            # at its last word.
            last = len(tok)
            while last > 1 and not any(ch.isalnum() for ch in tok.raw[last - 1]):
                last -= 1
            t = _title_at(tok, k, context)
            if t is not None and t.end == last:
                title, since = t.title, 0
                unit = t.unit.name if t.unit else unit
                if block_start is None:
                    block_start = off + tok.span(0, 1)[0]
                continue
            if behalf is not None:
                found = unit_at(tok, 0, context)  # "T/M BAN THƯỜNG VỤ TỈNH ỦY"
                unit = found[1].name if found else ctx_unit
                since = 0
                continue
            h = _skip_honorific(tok, 0)
            end = _name_at(tok, h, strict=False, alone=True) \
                if since <= 3 and (title or role) else None
            if end is not None and end == last:
                a = block_start if block_start is not None else off
                b = off + tok.span(0, end)[1]
                name = _name_text(tok, h, end)
                out.append(LeaderMatch(a, b, name, title, unit or ctx_unit, "signature"))
            block_start, unit, title, since, role = None, None, None, 99, False
    out.sort(key=lambda m: m.start)
    return out


# -- personal forms ------------------------------------------------------------------

_FORM_NAME = re.compile(r"(?im)^\W*h[oọ]\s+(?:v[aà]\s+)?t[eê]n\s*:\s*(?P<name>[^.,;:\n]+)")
# "Chức vụ:", and "Chức vụ trong Đảng:" / "Chức vụ chính quyền:" on a party member's form
_FORM_TITLE = re.compile(r"(?i)ch[uứ]c\s+v[uụ](?:\s+[^:\n]{1,25}?)?\s*:\s*(?P<title>[^.;\n]+)")


def find_personal(text: str, context: str | None = None) -> list[LeaderMatch]:
    """The person of a personal paper: "Họ và tên: Nguyễn Văn A" with its "Chức vụ: …"
    (on the same line or within the next two lines)."""
    out: list[LeaderMatch] = []
    for m in _FORM_NAME.finditer(text):
        tok = tokenize(m.group("name"))
        h = _skip_honorific(tok, 0)
        end = _name_at(tok, h, strict=False, alone=True) if len(tok) else None
        if end is None or end != len(tok):
            continue
        window = text[m.end(): m.end() + 300].split("\n")
        near = "\n".join(window[:3])
        t = _FORM_TITLE.search(near)
        title, unit = split_title_unit(t.group("title").strip(), context) if t else ("", None)
        out.append(LeaderMatch(m.start("name"), m.end("name"), _name_text(tok, h, end),
                               title or None, unit, "form"))
    return out


# -- prose ---------------------------------------------------------------------------


def find_in_prose(text: str, context: str | None = None) -> list[LeaderMatch]:
    """People named in running text with their title: appositions and titled names."""
    out: list[LeaderMatch] = []
    for s_start, sentence in _sentences(text):
        if not _has_cue(sentence):
            continue
        for m in _prose_sentence(sentence, context):
            out.append(
                LeaderMatch(m.start + s_start, m.end + s_start, m.name, m.title, m.unit, "prose")
            )
    return out


_SENTENCE = re.compile(r"[^.!?;\n]+(?:[.!?;](?=\S)[^.!?;\n]*)*[.!?;]?")


def _sentences(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def _has_cue(sentence: str) -> bool:
    tok = tokenize(sentence)
    return any(
        _honorifics().match(tok, i) is not None or _titles().match(tok, i) is not None
        for i in range(len(tok))
    )


def _prose_sentence(sentence: str, context: str | None) -> list[LeaderMatch]:
    tok = tokenize(sentence)
    n = len(tok)
    out: list[LeaderMatch] = []
    last_title: _Title | None = None
    i = 0
    while i < n:
        t = _title_at(tok, i, context)
        if t is not None:
            # "Bí thư Huyện ủy Cam Lộ Nguyễn Hữu Thắng cho rằng"
            end = _name_at(tok, t.end, strict=True)
            if end is not None:
                out.append(_match(tok, i, end, _name_text(tok, t.end, end), t, "prose"))
                i, last_title = end, None
                continue
            last_title, i = t, t.end
            continue
        h = _skip_honorific(tok, i)
        if h == i and not (tok.is_cap(i) and surnames().match(tok, i)):
            i += 1
            continue
        if h == i and _after_type_word(tok, i):
            i += 1  # "tỉnh Ninh Bình, Chủ tịch …": a place after its type word, not a person
            continue
        end = _name_at(tok, h, strict=h == i)
        if end is None or (h > i and surnames().match(tok, h) is None and not _ner_person(
            sentence, tok.source(h, end))):
            i += 1
            continue
        name = _name_text(tok, h, end)
        after = _title_at(tok, end + 1, context) if end < n and tok.raw[end] in SEPARATORS else None
        if after is not None:
            after = _best_of_list(tok, after, context)
            out.append(_match(tok, i, after.end, name, after, "prose"))
            i = after.end
        elif last_title is not None and last_title.end >= i - 1:
            # "Chủ tịch UBND tỉnh, ông Võ Văn Hưng, …"
            out.append(_match(tok, last_title.start, end, name, last_title, "prose"))
            i = end
        elif h > i:  # an honorific and a name, no title
            out.append(_match(tok, i, end, name, None, "prose"))
            i = end
        else:
            i = end
        last_title = None
    return out


def _after_type_word(tok: Tokens, i: int) -> bool:
    """Token i follows an administrative type word on its line ("tỉnh", "thành phố")."""
    for j in range(max(0, i - 3), i):
        m = lexicon().types.match(tok, j)
        if m is not None and m[0] == i and tok.same_line(j, i):
            return True
    return False


def _best_of_list(tok: Tokens, t: _Title, context: str | None) -> _Title:
    """Of "Ủy viên BTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy", keep the office, not the seat."""
    best = t
    while _is_seat(best.title):
        # the seat may run on ("Ủy viên Trung ương Đảng"): the next office follows a comma
        comma = next((x for x in range(best.end, min(len(tok), best.end + 8))
                      if tok.raw[x] in ",;.()"), None)
        if comma is None or tok.raw[comma] != ",":
            break
        nxt = _title_at(tok, comma + 1, context)
        if nxt is None:
            break
        best = nxt
    if best is not t:
        return _Title(t.start, best.end, best.title, best.unit)
    return t


def _is_seat(title: str) -> bool:
    f = fold(title)
    return f.startswith("uy vien") or f.endswith("uy vien") or f == "dai bieu quoc hoi"


@cache
def _ner_model() -> object:
    from underthesea import ner  # heavy: imported only when a cue needs it

    return ner


def _ner_person(sentence: str, candidate: str) -> bool:
    """underthesea NER says the candidate is a person (PER) or a proper noun (Np)."""
    ner = _ner_model()
    try:
        tags = ner(sentence)  # type: ignore[operator]
    except Exception:  # a model failure must not lose the rest of the document
        return False
    want = fold(candidate)
    spans: list[str] = []
    cur: list[str] = []
    for word, pos, _chunk, label in tags:
        if label.endswith("PER") or pos == "Np":
            if label.startswith("B-") and cur:
                spans.append(" ".join(cur))
                cur = []
            cur.append(word)
        elif cur:
            spans.append(" ".join(cur))
            cur = []
    if cur:
        spans.append(" ".join(cur))
    return any(want in fold(s) for s in spans)
