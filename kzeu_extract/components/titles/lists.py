"""People listed after a plural title, with their own countries or portfolios."""
from __future__ import annotations

from typing import Optional

from .phrase import NameSpan
from .text import ALL_CAPS_RE, COMMA, COUNTRY_WORDS_RE, MEMBER_PORTFOLIO, WORDS_RE


class ListRules:
    """The list half of ``TitleGrammar``."""

    def list_members(self, text: str, pos: int) -> list[tuple[NameSpan, Optional[str], Optional[tuple[int, int]]]]:
        """The people listed after a plural title: ": A of Kazakhstan, B of Kyrgyzstan and C" or
        ", A and B" or "A (Foreign Affairs) and B (Energy)". Returns (name, country of its own
        "of X"/"de X"/"(X)", bounds of its own bracketed portfolio) per member; fewer than two
        members is no list."""
        opener = self.wording.list_opener.match(text, pos)
        if not opener:
            return []
        members, pos = [], opener.end()
        while True:
            honorific = self.honorific.match(text, pos)
            name = self.name_at(text, honorific.end() if honorific else pos, allow_single=False)
            if not name:
                break
            pos, country = name.end, None
            own = self.wording.member_country.match(text, pos)
            if own:   # the longest country name among the next words: "of the Kyrgyz Republic"
                group = "c" if own.group("c") else "p"
                words = list(WORDS_RE.finditer(own.group(group)))
                for w in reversed(words if group == "c" else words[-1:]):
                    country = self.country_code(own.group(group)[:w.end()])
                    if country:
                        pos = own.start(group) + w.end() + (1 if group == "p" else 0)
                        break
            portfolio = None
            if country is None:
                # "Ministers A (Foreign Affairs), B (Economy and Finance) and C (Energy)": each
                # member's own portfolio in brackets
                bracket = MEMBER_PORTFOLIO.match(text, pos)
                if bracket and not self.country_code(bracket.group(1)) and not ALL_CAPS_RE.fullmatch(bracket.group(1)):
                    portfolio = (bracket.start(1), bracket.end(1))
                    pos = bracket.end()
            members.append((name, country, portfolio))
            sep = self.wording.list_separator.match(text, pos)
            if not sep:
                break
            pos = sep.end()
        return members if len(members) >= 2 else []

    def interleaved_members(self, text: str, pos: int, first_country: str) -> list[tuple[NameSpan, Optional[str]]]:
        """Country, name pairs after a plural title: "les présidents du Kazakhstan|, A, et de
        l'Ouzbékistan, B" / "the Presidents of Kazakhstan|, A, and of Uzbekistan, B"."""
        members, country = [], first_country
        while True:
            comma = COMMA.match(text, pos)
            honorific = self.honorific.match(text, comma.end()) if comma else None
            name = self.name_at(text, honorific.end() if honorific else comma.end(), allow_single=False) if comma else None
            if not name:
                break
            members.append((name, country))
            codes, end = self.more_countries(text, name.end)   # ", et de l'Ouzbékistan"
            if len(codes) != 1:
                break
            country, pos = codes[0], end
        return members if len(members) >= 2 else []

    def more_countries(self, text: str, pos: int) -> tuple[list[str], int]:
        """Further countries of a plural title's complement: "of Estonia| and Latvia",
        "du Kazakhstan| et de l'Ouzbékistan". Returns their codes and where they end."""
        codes = []
        while True:
            link = self.wording.next_country.match(text, pos)
            if not link:
                break
            words = list(COUNTRY_WORDS_RE.finditer(text, link.end(), link.end() + 40))[:4]
            end = next((w.end() for w in reversed(words) if self.country_code(text[link.end():w.end()])), None)
            if end is None:
                break
            codes.append(self.country_code(text[link.end():end]))
            pos = end
        return codes, pos
