"""Generated documents for the reliability suite: pieces of diplomatic-news-like text
(titles, names, places, dates, figures, meetings, quotes, datelines; English and French)
mixed with hostile Unicode (lone surrogates, combining marks, right-to-left text, emoji,
control characters, NUL), runs of punctuation and odd white space, up to a few thousand
characters.

One generator, two sources of choices: ``random_document(random.Random(seed))`` for the
fuzz script (fast, reproducible from the seed) and ``documents()``, a hypothesis strategy
for the property test (the same vocabulary and rules, so hypothesis can shrink a failure).
All the sentences here are written for these tests.
"""
from __future__ import annotations

import random
from collections.abc import Callable, Sequence

TITLES = [
    "Foreign Minister", "President", "Prime Minister", "Minister of Foreign Affairs",
    "Deputy Foreign Minister", "Secretary-General", "Ambassador", "High Representative",
    "President of the European Council", "Head of State", "Special Envoy", "Mr.", "Mrs.", "Dr.",
    "ministre des Affaires étrangères", "Président", "Premier ministre", "chef de l'État",
    "ministre de l'Europe et des Affaires étrangères", "secrétaire général", "ambassadeur",
    "M.", "Mme", "vice-ministre", "haut représentant", "président du Conseil européen",
]
NAMES = [
    "Aigerim Bekova", "Jean-Pierre Duval", "Marta Kowalczyk", "Nurlan Seitkali", "Olaf Brandt",
    "Hélène Marchetti", "Kassym Tulegenov", "Ana Ruiz", "Mohammed bin Salem", "Li Wen",
    "Ivan Petrov", "Sophie de la Tour", "Dmitri Orlov", "Yerlan Abenov", "Claire O'Neill",
    "Tokayev", "Michel", "Borrell", "Lavrov", "Macron", "Barrot", "Aliyev", "Scholz",
]
COUNTRIES = [
    "Kazakhstan", "France", "Germany", "the European Union", "Uzbekistan", "Kyrgyzstan",
    "Russia", "China", "Türkiye", "Japan", "Azerbaijan", "Armenia", "the United States",
    "le Kazakhstan", "la France", "l'Union européenne", "l'Allemagne", "les États-Unis",
]
CITIES = ["Astana", "Almaty", "Brussels", "Paris", "Berlin", "Tashkent", "Bishkek", "Moscow",
          "Beijing", "Tokyo", "Baku", "Yerevan", "Geneva", "New York", "Bruxelles", "Genève"]
ORGANIZATIONS = [
    "the United Nations", "NATO", "the OSCE", "the Collective Security Treaty Organization",
    "the Ministry of Foreign Affairs", "the European Commission", "l'ONU", "l'OTAN",
    "le ministère des Affaires étrangères", "the Shanghai Cooperation Organisation", "CSTO",
]
AGREEMENTS = [
    "the Enhanced Partnership and Cooperation Agreement", "the Paris Agreement",
    "the Treaty on Friendship", "Agreement on Visa Facilitation", "the Memorandum of Understanding",
    "l'accord de partenariat renforcé", "le traité d'amitié", "the EPCA", "the Strategic Partnership",
]
VERBS = [
    "met with", "held talks with", "spoke by phone with", "received", "visited", "will visit",
    "is to meet", "held a video conference with", "discussed cooperation with", "signed",
    "a reçu", "s'est entretenu avec", "a rencontré", "s'est entretenue par téléphone avec",
    "se rendra à", "a eu un entretien avec", "ratified", "a signé",
]
SPEECH = ["said", "stressed", "noted", "told reporters", "a déclaré", "a souligné", "said:",
          "according to", "selon", "added"]
QUOTED = [
    "We agree on the main points", "Our cooperation is growing", "This is a new stage",
    "Nous sommes prêts", "Le dialogue continue", "Trade rose by 20%", "Yes", "",
]
QUOTE_MARKS = [('"', '"'), ("“", "”"), ("« ", " »"), ("«", "»"), ("'", "'"), ("‘", "’"), ("„", "“")]
MONTHS = ["January", "February", "March", "May", "June", "September", "December", "Jan.", "Sept",
          "janvier", "février", "mars", "mai", "août", "décembre", "juillet", "Octobre"]
WEEKDAYS = ["Monday", "on Thursday", "yesterday", "today", "last week", "mardi", "hier",
            "la semaine dernière", "next month", "le mois prochain"]
CURRENCIES = ["$", "US$", "€", "EUR", "USD", "tenge", "euros", "dollars", "£", "¥", "roubles"]
SCALES = ["", " million", " billion", " bn", " mln", " milliards", " millions", "m", "k", " trillion"]
UNITS = ["tonnes", "tons", "km", "kilometres", "%", "per cent", "pour cent", "businesses",
         "projects", "years", "days", "ans", "mois", "barrels", "MW", "people", "entreprises"]
QUALIFIERS = ["about", "more than", "up to", "nearly", "over", "environ", "plus de", "près de",
              "jusqu'à", "almost", "at least", ""]
DATELINES = ["ASTANA, {date} (Kazinform) – ", "BRUSSELS — ", "PARIS, {date}. ", "Almaty, {date} /MIA/. ",
             "{city} ({date}) - ", "TASHKENT, {date}, 14:05 ", "{city}, le {date} — "]
SEPARATORS = [" ", " ", " ", ". ", ", ", "\n", "\n\n", "\t", "\u00a0", " – ", "; ", "\r\n", "\u2028"]
SPACES = [" ", "\t", "\u00a0", "\u202f", "\u2009", "\n", "\u3000", "\u200b", "\ufeff"]
PUNCTUATION = "$(\"',.-–—«»“”‘’:;!?/\\[]{}%&*#@+=|~^_<>·…"

# Hostile code points, by kind: (first, last) ranges.
NOISE_RANGES = [
    (0xD800, 0xDFFF),    # lone surrogates (from the web, from JSON \\ud800 escapes)
    (0x0300, 0x036F),    # combining marks
    (0x0590, 0x06FF),    # Hebrew, Arabic (right-to-left, Arabic-Indic digits)
    (0x200B, 0x200F),    # zero-width space/joiners, directional marks
    (0x202A, 0x202E),    # bidi embeddings and overrides
    (0x1F300, 0x1F6FF),  # emoji
    (0x0000, 0x001F),    # control characters, NUL
    (0x007F, 0x009F),    # DEL, C1 controls
    (0xFF10, 0xFF5A),    # full-width digits and letters
    (0x2070, 0x209F),    # superscript and subscript digits
    (0x0660, 0x0669),    # Arabic-Indic digits
    (0xFFF0, 0xFFFF),    # specials, non-characters
    (0x0020, 0x2FFF),    # anything in the lower BMP
    (0x10000, 0x10FFFF), # anything astral
]

Choice = Callable[[Sequence], object]
Integer = Callable[[int, int], int]


class Chooser:
    """The source of every choice the generator makes: ``pick`` one of a sequence, an
    ``integer`` in [low, high]."""

    def __init__(self, pick: Choice, integer: Integer):
        self.pick = pick
        self.integer = integer

    def chance(self, one_in: int) -> bool:
        return self.integer(1, one_in) == 1


def _number(c: Chooser) -> str:
    shape = c.integer(0, 9)
    if shape == 0:
        return "9" * c.integer(20, 400)            # past float range
    if shape == 1:
        return f"{c.integer(1, 999)},{c.integer(0, 999):03d},{c.integer(0, 999):03d}"
    if shape == 2:
        return f"{c.integer(1, 999)} {c.integer(0, 999):03d}"
    if shape == 3:
        return f"{c.integer(0, 99)}.{c.integer(0, 99)}"
    if shape == 4:
        return f"{c.integer(0, 99)},{c.integer(0, 9)}"
    if shape == 5:
        return c.pick(["one", "two", "twelve", "a hundred", "trois", "vingt", "mille", "half"])
    return str(c.integer(0, 10 ** c.integer(1, 12)))


def _date(c: Chooser) -> str:
    day, year = c.integer(0, 40), c.integer(0, 9999) if c.chance(8) else c.integer(1990, 2030)
    month_name, month = c.pick(MONTHS), c.integer(0, 14)
    return c.pick([
        f"{day} {month_name} {year}", f"{month_name} {day}, {year}", f"le {day} {month_name} {year}",
        f"{year}-{month:02d}-{day:02d}", f"{day:02d}.{month:02d}.{year}", f"{day}/{month}/{year}",
        f"{month_name} {year}", f"in {year}", f"en {year}", f"{day}er {month_name}", f"{day} {month_name}",
        c.pick(WEEKDAYS), f"{year}–{year + c.integer(-3, 3)}", f"{day}-{day + 1} {month_name}",
    ])


def _figure(c: Chooser) -> str:
    low, high = _number(c), _number(c)
    amount = c.pick([low, f"{low}-{high}", f"{low}–{high}", f"between {low} and {high}",
                     f"de {low} à {high}", f"{low} to {high}"])
    qualifier = c.pick(QUALIFIERS)
    lead = f"{qualifier} " if qualifier else ""
    shape = c.integer(0, 3)
    if shape == 0:
        return f"{lead}{c.pick(CURRENCIES)}{c.pick(['', ' '])}{amount}{c.pick(SCALES)}"
    if shape == 1:
        return f"{lead}{amount}{c.pick(SCALES)} {c.pick(CURRENCIES)}"
    return f"{lead}{amount} {c.pick(UNITS)}"


def _person(c: Chooser) -> str:
    title = c.pick(TITLES) if c.chance(2) else ""
    of = f" of {c.pick(COUNTRIES)}" if title and c.chance(4) else ""
    return f"{title}{of} {c.pick(NAMES)}".strip()


def _quote(c: Chooser) -> str:
    opening, closing = c.pick(QUOTE_MARKS)
    said = f"{_person(c)} {c.pick(SPEECH)}"
    body = f"{opening}{c.pick(QUOTED)}{c.pick(['', '.', ',', '!'])}{closing}"
    return c.pick([f"{body} {said}.", f"{said} {body}", f"{said}: {body}", body])


def _sentence(c: Chooser) -> str:
    """One news-like sentence from the vocabulary."""
    shape = c.integer(0, 7)
    if shape == 0:
        return f"{_person(c)} {c.pick(VERBS)} {_person(c)} in {c.pick(CITIES)} on {_date(c)}."
    if shape == 1:
        return f"On {_date(c)}, {_person(c)} {c.pick(VERBS)} {c.pick(COUNTRIES + CITIES)}."
    if shape == 2:
        return f"Trade between {c.pick(COUNTRIES)} and {c.pick(COUNTRIES)} reached {_figure(c)} in {_date(c)}."
    if shape == 3:
        return _quote(c)
    if shape == 4:
        return f"{c.pick(AGREEMENTS)} between {c.pick(COUNTRIES)} and {c.pick(COUNTRIES)} was {c.pick(['signed', 'ratified', 'signé'])} on {_date(c)}."
    if shape == 5:
        return f"{_person(c)}, {c.pick(TITLES)} of {c.pick(ORGANIZATIONS)}, {c.pick(VERBS)} {_person(c)}."
    if shape == 6:
        return c.pick(DATELINES).format(date=_date(c), city=c.pick(CITIES).upper())
    return f"{c.pick(ORGANIZATIONS)} {c.pick(VERBS)} {_figure(c)} for {c.pick(AGREEMENTS)}."


def _fragment(c: Chooser) -> str:
    """A loose piece of vocabulary, as text cut anywhere would leave it."""
    makers = [_date, _figure, _person, _quote,
              lambda c: c.pick(TITLES + NAMES + COUNTRIES + CITIES + ORGANIZATIONS + AGREEMENTS + VERBS)]
    piece = c.pick(makers)(c)
    if piece and c.chance(4):                       # cut it at a random place
        cut = c.integer(0, len(piece))
        piece = piece[:cut] if c.chance(2) else piece[cut:]
    return piece


def _noise(c: Chooser) -> str:
    first, last = c.pick(NOISE_RANGES)
    return "".join(chr(c.integer(first, last)) for _ in range(c.integer(1, 6)))


def _run(c: Chooser) -> str:
    """A run of one punctuation mark or space, a repeated word, or a mixed punctuation run."""
    length = c.integer(2, 40 if c.chance(2) else 400)
    shape = c.integer(0, 3)
    if shape == 0:
        return c.pick(PUNCTUATION) * length
    if shape == 1:
        return c.pick(SPACES) * length
    if shape == 2:
        return "".join(c.pick(PUNCTUATION) for _ in range(min(length, 60)))
    return (c.pick(TITLES + ["of ", "de ", "the ", "1-", "a-", "A. ", "« "]) + c.pick(["", " "])) * min(length, 80)


_PIECES = [_sentence] * 6 + [_fragment] * 3 + [_noise] * 2 + [_run]


def document(c: Chooser) -> str:
    """A document: pieces joined by separators until a length drawn at random (mostly
    short, sometimes a few thousand characters)."""
    size = c.pick([c.integer(0, 120), c.integer(0, 600), c.integer(0, 1500), c.integer(1000, 4000)])
    parts: list[str] = []
    length = 0
    while length < size:
        piece = c.pick(_PIECES)(c)
        if c.chance(10):                            # a hostile code point inside the piece
            at = c.integer(0, len(piece))
            piece = piece[:at] + _noise(c) + piece[at:]
        parts.append(piece)
        parts.append(c.pick(SEPARATORS))
        length += len(piece) + 1
    return "".join(parts)


def random_document(rng: random.Random) -> str:
    """A document whose choices come from ``rng`` (the fuzz script)."""
    return document(Chooser(rng.choice, rng.randint))


def documents():
    """The hypothesis strategy: documents whose choices hypothesis draws (and shrinks)."""
    from hypothesis import strategies as st

    @st.composite
    def generated(draw):
        return document(Chooser(lambda seq: draw(st.sampled_from(seq)),
                                lambda low, high: draw(st.integers(low, high))))

    return generated()


# Texts the fuzzing found slow (a function of a size in characters, as bench/pathological.py's
# CASES); tests/test_reliability_series.py runs them with the series.
FOUND_CASES = {
    # a hyphen chain of capitalised words read as a dateline's place (textkit/datelines.py)
    "hyphen_title_chain": lambda n: ("Secretary-General" * (n // 17 + 1))[:n],
    # a long run of white space after a name opening a line, or after a dateline's date
    "name_then_spaces": lambda n: "Ana Ruiz" + " " * (n - 40) + "x met Li Wen in Paris.",
    "date_then_spaces": lambda n: "PARIS, 3 mars" + " " * (n - 40) + "x Li Wen a reçu Ana Ruiz.",
    # apostrophes and hyphens before the subject of a sentence (components/events/document.py)
    "apostrophe_hyphen_lead_in": lambda n: "Ana Ruiz met Li Wen. " + "'-" * ((n - 60) // 2)
                                           + "a b c d e f Li Wen met Ana Ruiz.",
}
