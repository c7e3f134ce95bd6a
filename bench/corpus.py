"""A benchmark corpus of any size, made from the seed documents by deterministic variation.

Each document starts from one seed (so the English/French mix of the seeds is kept) and
varies it: other people's names, other countries and cities, shifted years, scaled numbers,
body paragraphs shuffled, dropped, or borrowed from another seed of the same language.
The texts stay news-like, so the extractor does its real work on them; they are not gold.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

# Invented names; first/last parts are combined, so a corpus holds many distinct people.
FIRST_NAMES = ["Aigerim", "Nurlan", "Marta", "Jonas", "Elena", "Pierre", "Dana", "Yerlan", "Ingrid",
               "Tomás", "Saule", "Luca", "Anneli", "Rustam", "Zofia", "Hélène", "Bakhyt", "Kristjan"]
LAST_NAMES = ["Abenova", "Seitkali", "Lindqvist", "Moreau", "Kowalska", "Baimukhanov", "Rossi",
              "Vermeulen", "Dubois", "Tammsaar", "Zhakupov", "Novak", "Ferreira", "Oskarsson"]
# Name changes are made on these spellings found in the seeds (longest first).
SEED_PEOPLE = ["Kassym-Jomart Tokayev", "Kassym-Jomart Tokaïev", "Charles Michel", "Mukhtar Tileuberdi",
               "Sophie Wilmès", "Terhi Hakala", "Josep Borrell", "Tokayev", "Tokaïev", "Michel",
               "Tileuberdi", "Hakala"]
COUNTRIES = [("Kazakhstan", "Kazakh"), ("Uzbekistan", "Uzbek"), ("Kyrgyzstan", "Kyrgyz"),
             ("Tajikistan", "Tajik"), ("Turkmenistan", "Turkmen"), ("Mongolia", "Mongolian")]
CITIES = ["Nur-Sultan", "Brussels", "Almaty", "Tashkent", "Bishkek", "Strasbourg", "Luxembourg",
          "Dushanbe", "Vienna", "Astana"]
SEED_CITIES = ["Nur-Sultan", "Brussels", "Almaty"]

_YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")
_NUMBER = re.compile(r"(?<![\d.,-])(\d{2,4})(?![\d.,-])")


@dataclass(frozen=True)
class CorpusDocument:
    name: str
    text: str
    language: str  # of the seed it was made from: "en" or "fr"


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def _is_french(text: str) -> bool:
    return sum(text.count(w) for w in (" le ", " la ", " les ", " des ")) > sum(text.count(w) for w in (" the ", " of "))


def _vary(text: str, pool: list[str], rng: random.Random) -> str:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    head, body = paragraphs[:2], paragraphs[2:]
    rng.shuffle(body)
    if len(body) > 3 and rng.random() < 0.5:
        body.pop(rng.randrange(len(body)))
    if rng.random() < 0.5:  # borrow a paragraph from another seed of the same language
        donor = [p for p in rng.choice(pool).split("\n") if p.strip()][2:]
        if donor:
            body.insert(rng.randrange(len(body) + 1), rng.choice(donor))
    text = "\n\n".join(head + body) + "\n"

    for seed_name in SEED_PEOPLE:
        if seed_name in text and rng.random() < 0.7:
            text = text.replace(seed_name, f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                                if " " in seed_name else rng.choice(LAST_NAMES))
    if rng.random() < 0.4:
        country, adjective = rng.choice(COUNTRIES[1:])
        text = text.replace("Kazakhstan", country).replace("Kazakh", adjective)
    for city in SEED_CITIES:
        if rng.random() < 0.4:
            text = text.replace(city, rng.choice(CITIES))
    shift = rng.randint(-6, 4)
    text = _YEAR.sub(lambda m: str(int(m.group()) + shift), text)
    text = _NUMBER.sub(lambda m: m.group() if _YEAR.fullmatch(m.group()) or rng.random() < 0.5
                       else str(max(2, int(int(m.group()) * rng.uniform(0.5, 3)))), text)
    return text


def make_corpus(size: int, seed: int = 0) -> list[CorpusDocument]:
    """``size`` varied documents, the same for the same ``seed``."""
    seeds = seed_texts()
    if not seeds:
        raise SystemExit(f"no seed documents in {SEEDS}")
    by_language = {lang: [t for t in seeds if _is_french(t) == (lang == "fr")] for lang in ("en", "fr")}
    rng = random.Random(seed)
    corpus = []
    for i in range(size):
        template = seeds[i % len(seeds)]
        language = "fr" if _is_french(template) else "en"
        corpus.append(CorpusDocument(f"doc_{i:05d}.txt", _vary(template, by_language[language], rng), language))
    return corpus


def write_corpus(corpus: list[CorpusDocument], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for document in corpus:
        (folder / document.name).write_text(document.text, encoding="utf-8")
    return folder


if __name__ == "__main__":
    import sys

    docs = make_corpus(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
    for d in docs[:3]:
        print(f"=== {d.name}\n{d.text}")
