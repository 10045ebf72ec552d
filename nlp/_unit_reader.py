"""The grammar of a unit name, read token by token (used by nlp/units.py).

[prefix] head [department name | parent unit | type word] [place] [higher places]; the
unit being read and its display and key forms are in nlp/_unit_model.py.
"""

from __future__ import annotations

from nlp._gazetteer import gazetteer
from nlp._tokens import Tokens, person_at, person_start, surnames
from nlp._unit_lexicon import Head, Name, lexicon
from nlp._unit_model import CONTEXT_HEAD, PLACE_HEAD, Chain, Unit, key_text
from nlp._vi import capitalize_word, fold

__all__ = ["PLACE_HEAD", "Chain", "Reader", "Unit", "key_text"]

MAX_PLACE_WORDS = 6
MAX_FREE_WORDS = 5
MAX_COMMON_WORDS = 10  # "Hợp tác xã dịch vụ nông nghiệp tổng hợp Tân Hưng"


# -- reading -------------------------------------------------------------------------


class Reader:
    def __init__(self, tok: Tokens, chain: Chain | None, places: bool) -> None:
        self.tok = tok
        self.lex = lexicon()
        self.chain = chain
        self.places = places
        self.line = 0  # line of the head being read: a unit never crosses a line

    def stop_at(self, j: int) -> bool:
        if j > 0 and (c := self.lex.compounds.match(self.tok, j - 1)) is not None and c[0] > j:
            return False  # "số" of "Xổ số" ends no name
        if self._closes_a_name(j):
            return False
        return self.lex.stops.match(self.tok, j) is not None

    def _closes_a_name(self, j: int) -> bool:
        """"Đạt" of "Công ty cổ phần Thành Đạt": a stop word that is also a syllable of given
        names, capitalised right after a capitalised syllable on its line, is the name's own.
        The verb is written in lower case, so only a number after it ("Đạt 95%", a table
        row run together) or capitals throughout ("ĐẠT 100%") leave it a verb; in capitals
        it closes a name only where the line or the phrase ends."""
        tok = self.tok
        if j == 0 or tok.low[j] not in self.lex.in_names or not tok.is_cap(j):
            return False
        if not (tok.same_line(j - 1, j) and tok.is_word(j - 1) and tok.is_cap(j - 1)
                and not tok.raw[j - 1].isdigit()):
            return False
        nxt = j + 1
        ends = nxt >= len(tok) or not tok.same_line(j, nxt) or not tok.is_word(nxt)
        return ends or not (tok.is_upper(j) or tok.raw[nxt].isdigit())

    def starts_unit(self, j: int) -> bool:
        return self.lex.heads.match(self.tok, j) is not None and self.tok.is_cap(j)

    def place(
        self, i: int, allow_lower: bool = False, numbered: bool = False
    ) -> tuple[int, str] | None:
        """Read a place name at token i: (end, display).

        numbered: right after a type word, where a number alone is a name ("thôn 5",
        "Phường 1", "khu phố 3")."""
        tok, n = self.tok, len(self.tok)
        if i >= n or self.stop_at(i) or self.lex.not_units.match(tok, i) or self.starts_unit(i):
            return None
        fixed = self.lex.fixed_places.match(tok, i)
        if fixed is not None and tok.is_cap(i):  # "Công an Trung ương"
            return fixed[0], fixed[1]
        if not tok.is_cap(i) or not tok.is_word(i):
            if allow_lower and tok.loose_at(i):  # "huyen uy cam lo": trust the gazetteer only
                j = gazetteer().prefix(tok, i, min(n, i + MAX_PLACE_WORDS))
                if j - i >= 2 and tok.same_line(i, j - 1):
                    return j, self._place_display(i, j)
            return None
        # a known name runs on through a word that would end an unknown one: "Vụ Bản",
        # "Quỳnh Lưu" (stop words), "Yên Sở" (Sở opens a department)
        whole = gazetteer().prefix(tok, i, min(n, i + MAX_PLACE_WORDS))
        j = i
        while j < n and j - i < MAX_PLACE_WORDS and tok.line[j] == tok.line[i]:
            w = tok.raw[j]
            if w in "-–":
                # "Bà Rịa - Vũng Tàu" goes on; "huyện Bố Trạch - Đ/c …" and a road
                # "Cam Thành - Cam Hiếu" stop: only a known name crosses a dash
                if j > i and gazetteer().prefix(tok, i, min(n, j + 4)) > j + 1:
                    j += 1
                    continue
                break
            if not tok.is_word(j) or not tok.is_cap(j):
                break
            if w.isdigit() and (len(w) > 3 or j == i and not numbered):
                break
            if i < j and j >= whole and (self.stop_at(j) or self.starts_unit(j)):
                break
            if j > i and (self.lex.not_units.match(tok, j) or self._case_changes(i, j)):
                break
            if j > i and (tm := self.lex.types.match(tok, j)) is not None:
                # "Phường 1 Quận 3", "XÃ CAM THÀNH HUYỆN CAM LỘ": the next place begins
                if tok.is_upper(j) or (tm[0] < n and tok.is_cap(tm[0])):
                    break
            j += 1
        while j > i and not tok.is_word(j - 1):
            j -= 1
        if j == i:
            return None
        known = gazetteer().prefix(tok, i, j)
        if known == i and person_at(tok, i, j):
            return None  # "Thường trực Tỉnh ủy Võ Văn Hưng": a name, not a place
        j = person_start(tok, i, j, known)
        known = gazetteer().prefix(tok, i, j)
        if i < known < j and gazetteer().prefix(tok, known, j) == j and tok.raw[known][0].isalpha():
            # (a number after a known name stays: "bản Na Sang 1", "thôn Mai Lộc 2")
            j = known  # "xã Hải Ba Hải Lăng": a place, then its district without a type word
        return j, self._place_display(i, j)

    def _case_changes(self, i: int, j: int) -> bool:
        """A capitals run going on in mixed case is the next header column, interleaved:
        "HUYỆN ỦY CAM LỘ Cam Lộ, ngày 10 …"."""
        tok = self.tok
        return tok.is_upper(i) and not tok.is_upper(j) and not tok.raw[j].isdigit() and (
            len(tok.raw[i]) > 1
        )

    def _place_display(self, i: int, j: int) -> str:
        tok = self.tok
        text = tok.source(i, j)
        within = self.chain.within() if self.chain else None
        found = {p.name for p in gazetteer().lookup(text, None, within)}
        if len(found) == 1 and (tok.is_upper(i) or tok.plain(i) or not tok.is_cap(i)):
            return found.pop()
        if any(tok.is_upper(x) or not tok.is_cap(x) for x in range(i, j) if tok.is_word(x)):
            return " ".join(capitalize_word(tok.raw[x]) for x in range(i, j))
        return " ".join(text.split())

    def free_name(self, i: int) -> tuple[int, Name] | None:
        """A short name not in the lexicon after "Sở"/"Phòng"/"Ban quản lý": "Sở Tư pháp"."""
        tok, n = self.tok, len(self.tok)
        if i >= n or not tok.is_word(i) or not tok.is_cap(i) or self.stop_at(i):
            return None
        if self.starts_unit(i):  # "Văn phòng Tỉnh đoàn …": a parent unit, not a name
            return None
        j = i + 1
        while j < n and j - i < MAX_FREE_WORDS and tok.line[j] == tok.line[i]:
            if not tok.is_word(j) or self.stop_at(j) or self.starts_unit(j):
                break
            if self.lex.types.match(tok, j):
                break
            j += 1
        if j - i == MAX_FREE_WORDS and j < n and tok.is_cap(j) and tok.same_line(i, j):
            # a long name ending on its province: "Bệnh viện Hữu nghị Đa khoa Nghệ An"
            for s in range(i + 1, j):
                known = gazetteer().prefix(tok, s, min(n, s + MAX_PLACE_WORDS))
                if known > j and tok.is_cap(s) and tok.same_line(s, known - 1):
                    j = known
                    break
        if person_at(tok, i, j):
            return None  # "Giám đốc Sở Lê Văn Hòa": the director's name, not the department's
        words = [tok.raw[x] for x in range(i, j)]
        if tok.is_upper(i):
            words = self._from_capitals(i, j, [capitalize_word(words[0])] +
                                        [w.lower() for w in words[1:]])
        shown = " ".join(words)
        return j, Name(shown, shown)

    def _from_capitals(self, i: int, j: int, words: list[str], first: int = 1) -> list[str]:
        """A name written in capitals, lowered: the place name at its end keeps its
        capitals when the gazetteer knows it ("TRƯỜNG THPT KỲ LÂM" → "… Kỳ Lâm"). `first`:
        the first word that may open it (0 when the whole name may be the place: "ĐỒN
        BIÊN PHÒNG PA TẦN" → "Pa Tần")."""
        for s in range(i + first, j):
            if gazetteer().prefix(self.tok, s, j) == j:
                return words[: s - i] + [capitalize_word(w) for w in words[s - i:]]
        return words

    # -- the grammar ------------------------------------------------------------------
    def unit(self, i: int, nested: bool = False) -> Unit | None:
        tok, lex = self.tok, self.lex
        start, executive, behalf, committee, named = i, False, False, False, False
        if not nested:
            while (m := lex.prefixes.match(tok, i)) is not None:
                end, what = m
                executive |= what == "executive"
                committee |= what in ("executive", "committee", "standing")
                named |= what in ("executive", "committee")
                behalf |= what == "behalf"
                i = end
        if i >= len(tok) or (i > start and tok.line[i] != tok.line[start]):
            hm = None
        else:
            hm = lex.heads.match(tok, i)
        if hm is None and committee and i < len(tok) and tok.line[i] == tok.line[start]:
            hm = lex.abbrevs.match(tok, i)  # "BTV HU" ("BTVTU" is out of reach)
        if hm is None:
            if named and start < i and tok.is_cap(start):
                return Unit(CONTEXT_HEAD, start, i, behalf_only=True)
            return None
        j, head = hm
        if head.inner and not nested:
            return None
        u = Unit(head, start, j, executive=executive)
        capital = tok.is_cap(i)
        self.line = tok.line[i]
        if head.kind in ("department", "agency") or (head.kind == "office" and head.free):
            name = lex.names.match(tok, j) if head.kind != "agency" and self.on_line(j) else None
            if name is None and head.kind == "office":
                parent = self._parent(j)
                if parent is not None:
                    u.parent, u.end = parent, parent.end
                    return u
            if nested and name is None and head.bare and head.lower and not capital:
                u.needs_context = True  # "công ty" in "Công đoàn công ty"
                return u
            if (name is None or head.listed) and not self._free_ok(head, i, j):
                return None
            if name is None and head.lower:
                sub = self.common_name(j) if self.on_line(j) else None
            else:
                sub = name or (self.free_name(j) if self.on_line(j) and not head.listed
                               else None)
            if sub is None:
                if nested and head.kind == "department" and not head.listed and capital \
                        and not self._named_next(j):
                    # "VĂN PHÒNG SỞ" under "ĐẢNG BỘ SỞ X": the Sở the context names
                    u.needs_context = True
                    return u
                # a bare "Bệnh viện": the issuer's own body, if context says so
                return u if head.kind == "agency" and head.bare and capital else None
            j, u.sub = sub
            u.end = j
            if not self._typed_place(u, j) and name is not None and \
                    head.kind == "department" and not head.listed:
                self._province_after(u, j)
            return u
        if head.kind == "committee":
            tm = lex.types.match(tok, j) if self.on_line(j) else None
            if tm is not None and tm[1].canonical == head.type and self.on_line(tm[0]) \
                    and tok.is_cap(tm[0]):
                # "Thành ủy Thành phố Hồ Chí Minh": the type word repeats the committee's
                # own; shown, but left out of the key ("Thành ủy Hồ Chí Minh" is the same)
                u.echo, j = tm[1], tm[0]
            # after its own type word a number alone is a name: "Quận ủy Quận 1"
            place = self.place(j, allow_lower=not capital, numbered=u.echo is not None) \
                if self.on_line(j) else None
            if place is not None:
                u.end, u.place = place
            elif not (head.bare and capital):
                return None
            return u
        if head.stem:
            # "ĐẢNG ỦY KHỐI": a Khối of its own name ("Đảng ủy Khối Dân chính tỉnh X"),
            # else the one the context names
            sub = self.free_name(j) if self.on_line(j) and tok.is_cap(i) else None
            parent = self._parent(j + 2) if sub is None and self.on_line(j + 1) and [
                f.lower() for f in tok.fold[j : j + 2]] == ["co", "so"] else None
            if parent is not None:
                # "Đảng ủy Khối cơ sở Bộ Y tế": the Khối of a ministry's own units
                u.sub, u.parent, u.end = Name("cơ sở", "cơ sở"), parent, parent.end
                return u
            if sub is not None:
                j, u.sub = sub
                if (more := self._khoi_goes_on(j)) is not None:
                    j, rest = more
                    u.sub = Name(f"{u.sub.canonical}, {rest.canonical}",
                                 f"{u.sub.display}, {rest.display}")
                u.end = j
            else:
                u.needs_context = True
            self._typed_place(u, j)
            return u
        # body or office: a type word and place, a parent unit, or a place directly
        if self._typed_place(u, j):
            return u
        parent = self._parent(j)
        if parent is not None and (head.kind == "office" or parent.head.kind != "committee"):
            u.parent, u.end = parent, parent.end
            return u
        if head.typed:
            # "Đoàn kiểm tra": a delegation, not the youth union of a place; "Agribank
            # E-Mobile": a service, not a branch
            return None
        if head.kind == "office" and self.on_line(j) and tok.is_cap(j):
            fixed = lex.fixed_places.match(tok, j)  # "Ban Tuyên giáo Trung ương"
            if fixed is not None:
                u.end, u.place = fixed
                return u
        if head.kind == "body" and capital and (styled := self.styled_name(j)) is not None:
            j, u.sub = styled
            u.end = j
            if self._place_phrase(j):  # not "Lữ đoàn 1 tổ chức": "tổ" there is no type word
                self._typed_place(u, j)
            return u
        if head.kind == "body" and capital and self._lower_kind_word(j):
            # "Bí thư Đoàn Thanh niên trường": the youth union of the paper's own school,
            # named by the common noun of its kind; the context must say which
            u.end, u.kind_word, u.needs_context = j + 1, tok.fold[j], True
            return u
        if head.kind == "body":
            place = self.place(j, allow_lower=not capital) if self.on_line(j) else None
            if place is not None and head.known and \
                    gazetteer().prefix(tok, j, place[0]) != place[0]:
                return None  # "BÁO CÁO": no newspaper
            if place is not None and self._kind_word(j, place[0]):
                # "xây dựng Đảng bộ Đồn trong sạch": the Party body of the paper's own
                # "Đồn Biên phòng …", named by its kind; the context must say which
                u.end, u.kind_word, u.needs_context = place[0], tok.fold[j], True
                return u
            if place is not None and head.cell and self._known_place(place[1]):
                return None
            if place is not None:
                u.end, u.place = place
                self._imply_type(u)
                return u
        return u if head.bare and capital else None

    def _kind_word(self, j: int, end: int) -> bool:
        """The "place" is one word that only opens the name of a kind of body ("Đồn" of
        "Đồn Biên phòng", "Cục" of "Cục Hải quan"), and no place the gazetteer knows."""
        return end == j + 1 and self.tok.fold[j] in self.lex.heads and \
            gazetteer().prefix(self.tok, j, end) == j

    def _lower_kind_word(self, j: int) -> bool:
        """One lower-case word ending the phrase that opens the name of a kind of body
        ("trường", "bệnh viện" are not: only a single word), not a type word of places."""
        tok = self.tok
        return self.on_line(j) and tok.is_word(j) and not tok.is_cap(j) and \
            tok.fold[j].lower() in self.lex.heads and self.lex.types.match(tok, j) is None \
            and not (self.on_line(j + 1) and tok.is_word(j + 1))

    def _known_place(self, name: str) -> bool:
        within = self.chain.within() if self.chain else None
        return bool(gazetteer().lookup(name, None, within))


    def _khoi_goes_on(self, j: int) -> tuple[int, Name] | None:
        """A Khối named by two fields joined with a comma ("Khối Đại học, Cao đẳng" of a
        city): the name goes on past the comma when a capitalised name follows that ends
        on the Khối's place; a comma before another unit or no place lists units."""
        tok = self.tok
        if not (self.on_line(j + 1) and tok.raw[j] == "," and tok.is_cap(j + 1)):
            return None
        more = self.free_name(j + 1)
        return more if more is not None and self._place_phrase(more[0]) else None

    def _free_ok(self, head: Head, i: int, j: int) -> bool:
        """Whether a name not in the lexicon may follow the head at i (ending at j).

        Only after a head written in capitals ("cơ sở hội" is no Sở), and written with its
        marks: in a line without diacritics (an English gloss) "Yen Phong II" is no Phòng."""
        tok = self.tok
        if not tok.is_cap(i):
            return False
        first = head.display.split()[0].lower()
        return not (tok.loose_at(i) and fold(first) != first)

    def _named_next(self, j: int) -> bool:
        """A capitalised word goes on after a head that found no name: an unknown name,
        not a bare mention."""
        return self.on_line(j) and self.tok.is_word(j) and self.tok.is_cap(j) and \
            not self.stop_at(j)

    def common_name(self, i: int) -> tuple[int, Name] | None:
        """The name of a cooperative or an enterprise, which may open with common nouns in
        lower case: "dịch vụ nông nghiệp Tân Hưng", "cổ phần cấp nước Y". It runs on the
        line to a punctuation mark, a stop word, another unit or a place phrase ("xã Tân
        Hưng"), and ends on its last capitalised word; a name all in lower case stands only
        before a place phrase ("Hợp tác xã nông nghiệp xã X")."""
        tok, n = self.tok, len(self.tok)
        j = i
        while j < n and j - i < MAX_COMMON_WORDS and tok.line[j] == tok.line[i]:
            if j > i and tok.raw[j] in "-–" and tok.is_cap(j - 1) and \
                    (after := self._dashed_name(j + 1)) is not None:
                j = after  # "Cao su Phú Riềng - Kampong Thom": a joint venture named by two places
                break
            if not tok.is_word(j) or self.lex.not_units.match(tok, j):
                break
            if self.starts_unit(j):
                break
            if self.stop_at(j) and not (tok.fold[j] == "va" and j > i and self._and_goes_on(j)):
                break
            if j > i and self._place_phrase(j):
                break
            j += 1
        k = j
        while k > i and not tok.is_cap(k - 1):
            k -= 1
        if k == i:
            if j == i or not self._place_phrase(j):
                return None
            k = j
        words = [tok.raw[x] for x in range(i, k)]
        if all(tok.is_upper(x) or not tok.is_word(x) or tok.raw[x].isdigit()
               for x in range(i, k)):
            words = self._from_capitals(i, k, [w.lower() for w in words], first=0)
        shown = " ".join(words)
        return k, Name(shown, shown)

    def _dashed_name(self, i: int) -> int | None:
        """The end of a second proper name after a dash in an enterprise's name: one to
        three capitalised words closing the name (a punctuation mark or the line's end),
        neither a person ("- Nguyễn Văn A") nor a unit, a title or a stop word."""
        tok, n = self.tok, len(self.tok)
        j = i
        while j < n and j - i < 3 and self.on_line(j) and tok.is_word(j) and tok.is_cap(j) \
                and not tok.raw[j].isdigit() and not self.stop_at(j) \
                and not self.starts_unit(j) and not self.lex.not_units.match(tok, j):
            j += 1
        if j == i or (j < n and self.on_line(j) and tok.is_word(j)):
            return None
        if j - i >= 2 and surnames().match(tok, i) is not None or \
                person_start(tok, i, j, i) != j:
            return None  # "- Trần Bình": a family name and a given name
        return j

    def _lower_syllable(self, j: int) -> bool:
        """A lower-case syllable that may go on a capitalised word ("sự" of "Quân sự")."""
        tok = self.tok
        return self.on_line(j) and tok.is_word(j) and not tok.is_cap(j) and \
            not self.stop_at(j) and not self.lex.not_units.match(tok, j) and \
            self.lex.types.match(tok, j) is None

    def styled_name(self, i: int) -> tuple[int, Name] | None:
        """A body's own name written as names of bodies are, each word's first syllable
        capitalised ("Quân sự", "Đại đội 1", "Tập đoàn Công nghiệp Than"), where a place
        capitalises every syllable: only such a name opens on a capital followed by a
        lower-case syllable. Each word takes at most one lower-case syllable, and a
        number may close it; a single word that runs into a lower-case phrase ("Cam lãnh
        đạo") is no name."""
        tok = self.tok
        if not (self.on_line(i) and tok.is_word(i) and tok.is_cap(i) and not tok.is_upper(i)
                and not tok.raw[i].isdigit() and not self.stop_at(i)
                and self._lower_syllable(i + 1)):
            return None
        j, capitals = i, 0
        while self.on_line(j) and tok.is_word(j) and tok.is_cap(j) and not tok.is_upper(j) \
                and not tok.raw[j].isdigit() and not self.stop_at(j) \
                and (j == i or not self.starts_unit(j)) and not self._place_phrase(j):
            capitals += 1
            j += 1
            if self._lower_syllable(j):
                j += 1
        if self.on_line(j) and tok.raw[j].isdigit() and len(tok.raw[j]) <= 4:
            j += 1  # "Đại đội 1", "Trung đoàn 842"
        elif capitals == 1 and self._lower_syllable(j):
            return None
        shown = " ".join(tok.raw[x] for x in range(i, j))
        return j, Name(shown, shown)

    def _and_goes_on(self, j: int) -> bool:
        """"và" inside a name ("dịch vụ và thương mại"), not joining two units."""
        nxt = j + 1
        return self.on_line(nxt) and nxt < len(self.tok) and self.tok.is_word(nxt) and \
            not self.starts_unit(nxt) and not self.stop_at(nxt)

    def _place_phrase(self, j: int) -> bool:
        """A type word and a capitalised place start at j: "xã Tân Hưng", "TỈNH X"."""
        tm = self.lex.types.match(self.tok, j)
        return tm is not None and tm[0] < len(self.tok) and \
            self.tok.same_line(j, tm[0]) and self.tok.is_cap(tm[0])

    def on_line(self, j: int) -> bool:
        return j < len(self.tok) and self.tok.line[j] == self.line

    def _parent(self, j: int) -> Unit | None:
        if not self.on_line(j):
            return None
        tok = self.tok
        if tok.raw[j] in "-–" and self.on_line(j + 1):
            # "Ngân hàng … Việt Nam - Chi nhánh tỉnh X": only a branch follows a dash
            hm = self.lex.heads.match(tok, j + 1)
            if hm is None or not hm[1].inner or not tok.is_cap(j + 1):
                return None
            j += 1
        if not tok.is_cap(j):
            # "Công đoàn công ty", "Chi bộ hợp tác xã": the body the paper is about,
            # named by its common noun; the context must say which
            hm = self.lex.heads.match(tok, j)
            if hm is None or not (hm[1].bare and hm[1].lower):
                return None
        line = self.line
        parent = self.unit(j, nested=True)
        self.line = line
        return parent

    def _typed_place(self, u: Unit, j: int) -> bool:
        if not self.on_line(j) or self.lex.not_units.match(self.tok, j):
            return False
        if self.lex.heads.match(self.tok, j):  # "Tỉnh ủy", not the type word "tỉnh"
            return False
        tm = self.lex.types.match(self.tok, j)
        if tm is None:
            return False
        k, typ = tm
        got = self.place(k, self.tok.loose_at(j), numbered=True) if self.on_line(k) else None
        u.type, u.end = typ, k
        if got is not None:
            u.end, u.place = got
            self._outer(u)
        return True

    def _province_after(self, u: Unit, j: int) -> None:
        """A province's department is often named by the province alone, with no type
        word: "Sở Tài chính Nghệ An". Only a province the gazetteer knows, written whole."""
        tok = self.tok
        k = gazetteer().prefix(tok, j, min(len(tok), j + MAX_PLACE_WORDS)) if self.on_line(j) else j
        if k == j or not tok.same_line(j, k - 1) or self._named_next(k) or not all(
                tok.is_cap(x) for x in range(j, k) if tok.is_word(x)):
            return
        if gazetteer().lookup(tok.source(j, k), "province"):
            u.end, u.place = k, self._place_display(j, k)

    def _outer(self, u: Unit) -> None:
        """Take the higher places written right after: "thôn 3 xã Cam Thành huyện Cam Lộ"."""
        order = ("village", "commune", "district", "province")
        last = u.type.level if u.type else "village"
        while self.on_line(u.end) and not self.lex.heads.match(self.tok, u.end):
            tm = self.lex.types.match(self.tok, u.end)
            if tm is None or order.index(tm[1].level) <= order.index(last):
                return
            got = self.place(tm[0], numbered=True) if self.on_line(tm[0]) else None
            if got is None:
                return
            u.outer.append((tm[1], got[1]))
            u.end, last = got[0], tm[1].level

    def _imply_type(self, u: Unit) -> None:
        """"Đảng ủy Cam Thành": the gazetteer says Cam Thành is a xã; the key says so too."""
        assert u.place is not None
        within = self.chain.within() if self.chain else None
        found = gazetteer().lookup(u.place, None, within)
        kinds = {(p.type, p.level) for p in found}
        if len(kinds) == 1:
            u.implied_type, u.level_hint = kinds.pop()
