"""spaCy's French tokenizer set up from the disk cache tokenizes exactly as spaCy's own.

Two fresh processes share one empty cache folder: the first imports spaCy's real module
(and writes the cache), the second gets the stand-in from the cache. Their tokens must be
the same on sentences that exercise the French token-match pattern and exceptions.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SENTENCES = [
    "Aujourd'hui, le porte-parole a dit qu'il viendrait peut-être à Saint-Jean-sur-Richelieu.",
    "L'arrière-grand-mère d'Hélène habite à Aix-en-Provence, près de Pont-l'Abbé.",
    "Va-t-il signer l'accord ? C'est-à-dire, entr'ouvrira-t-on la porte-fenêtre ?",
    "M. Dupont et Mme Lefèvre sont arrivés vers 20h30, le 1er mars 2021.",
    "Le sous-marin a parcouru 1 250,5 km ; soit 12,5 % de plus qu'en 2019-2020.",
    "Les semi-conducteurs et l'anti-inflammatoire coûtent 3,99 € pièce (env. 4 $).",
    "Saint-Germain-des-Prés, Boulogne-sur-Mer et Châlons-en-Champagne : trois villes.",
    "Le prud'homme a vu l'Île-de-France, puis J.-C. Martin est parti à l'O.N.U.",
    "Quelqu'un a dit : « jusqu'à demain » ; presqu'île, grand'rue, rock-'n'-roll.",
    "Les vice-présidents ex-ministres sont arrivés au Québec vers l'an 2000... Oui !",
]

SCRIPT = """
import json, sys
import spacy
from kzeu_extract.spacy_setup import CACHED_MARK, MODULE, prepare
prepare("fr")
nlp = spacy.blank("fr")
module = sys.modules[MODULE.format(code="fr")]
sentences = json.loads(sys.stdin.read())
print(json.dumps({"stand_in": bool(getattr(module, CACHED_MARK, False)),
                  "tokens": [[(t.text, t.whitespace_) for t in nlp(s)] for s in sentences]}))
"""


def _tokenize(cache_dir: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KZEU_CACHE_DIR": str(cache_dir)}
    run = subprocess.run([sys.executable, "-c", SCRIPT], input=json.dumps(SENTENCES), env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def test_cached_french_tokenizer_matches_spacys_own(tmp_path):
    cache_dir = tmp_path / "cache"
    own = _tokenize(cache_dir)        # empty cache: spaCy's real module, entry written
    from_cache = _tokenize(cache_dir)
    assert not own["stand_in"] and from_cache["stand_in"]
    assert list(cache_dir.glob("spacy-fr-tokenizer-exceptions-*.pickle"))
    assert from_cache["tokens"] == own["tokens"]
    # the sentences reach the pattern and the exceptions (kept whole, not split at hyphens)
    words = {text for sentence in own["tokens"] for text, _ in sentence}
    assert {"Saint-Jean-sur-Richelieu", "Aujourd'hui", "porte-parole", "Aix-en-Provence"} <= words
