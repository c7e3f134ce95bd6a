"""Countries for the office-holder build: which states, their ISO codes, and their names in
English and French (with the French article a title needs: "du Kenya", "de l'Algérie")."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# UN members come from mledoze's unMember flag; these are added: the two UN observer states,
# Kosovo and Taiwan (not UN members, but their leaders are in diplomatic news).
EXTRA_STATES = ("PS", "VA", "XK", "TW")

# English display names where mledoze's common name is a short or colloquial form.
EN_NAME = {"CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
           "VA": "Holy See", "CZ": "Czech Republic", "TL": "Timor-Leste",
           "FM": "Federated States of Micronesia", "PS": "Palestine", "CI": "Côte d'Ivoire"}
# English names read with "the" in "President of the ...".
EN_THE = {"US", "GB", "NL", "PH", "GM", "BS", "CF", "CZ", "CD", "CG", "DO", "MV", "MH", "SB",
          "KM", "SC", "AE", "VA", "FM"}

# French names where mledoze's is an abbreviation or the city rather than the state.
FR_NAME = {"CD": "République démocratique du Congo", "CG": "Congo", "VA": "Saint-Siège",
           "US": "États-Unis", "MH": "Îles Marshall", "SB": "Îles Salomon", "TW": "Taïwan"}
# French grammar of country names: plural ("des"), no article ("de Cuba", "d'Israël"),
# masculine names ending in -e ("du Mexique"); otherwise -e is feminine, the rest masculine.
FR_PLURAL = {"US", "NL", "AE", "PH", "KM", "MV", "SC", "BS", "FJ", "MH", "SB", "PW", "WS", "TO"}
FR_NO_ARTICLE = {"CU", "MT", "CY", "SG", "IL", "MC", "MG", "MU", "HT", "BH", "ST", "SM", "LC",
                 "KN", "VC", "AG", "TT", "NR", "TV", "KI", "OM", "DJ", "TW"}
FR_MASCULINE_E = {"MX", "KH", "MZ", "ZW", "BZ", "SR", "VA", "GB"}
FR_FEMININE = {"SL"}  # "la Sierra Leone": its first word does not end in -e
FR_VOWELS = set("AEIOUÉÈÊÎÏÔÂÀ")

# Source country labels that name no ISO code by mledoze's names.
LABEL_CODE = {"kingdom of denmark": "DK", "kingdom of the netherlands": "NL",
              "people's republic of china": "CN", "republic of ireland": "IE",
              "the gambia": "GM", "the bahamas": "BS", "state of palestine": "PS",
              "vatican city": "VA", "holy see": "VA", "east timor": "TL",
              "federated states of micronesia": "FM", "czech republic": "CZ",
              "democratic republic of the congo": "CD", "republic of the congo": "CG",
              "ivory coast": "CI", "cape verde": "CV", "north korea": "KP",
              "south korea": "KR", "taiwan": "TW", "eswatini": "SZ",
              "são tomé and príncipe": "ST", "united states of america": "US",
              "kosovo": "XK", "islamic emirate of afghanistan": "AF", "georgia": "GE", "turkey": "TR", "russia": "RU"}


def fold(text: str) -> str:
    """Lower case without accents, for matching names."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


def load_mledoze(countries_json: str) -> list[dict]:
    return json.loads(countries_json)


class Countries:
    """The target states (UN members + EXTRA_STATES) with names and a label index."""

    def __init__(self, mledoze: list[dict]):
        self.rows = {c["cca2"]: c for c in mledoze if c.get("unMember") or c["cca2"] in EXTRA_STATES}
        self.index: dict[str, str] = {}
        for code, row in self.rows.items():
            names = [row["name"]["common"], row["name"]["official"], *row.get("altSpellings", [])]
            for name in names:
                if len(name) > 3:
                    self.index.setdefault(fold(name), code)
        for label, code in LABEL_CODE.items():
            self.index[fold(label)] = code

    def adjectives(self, code: str) -> list[str]:
        """English adjectives and demonyms of data/geo_countries.json ('Cypriot')."""
        if not hasattr(self, "_adjectives"):
            geo = json.loads((ROOT / "data/geo_countries.json").read_text(encoding="utf-8"))
            self._adjectives: dict[str, list[str]] = {}
            for kind in ("adjectives", "demonyms"):
                for key, langs in geo["geo_countries"][kind].items():
                    self._adjectives.setdefault(key, []).extend(langs.get("en", []))
        return self._adjectives.get(code, [])

    def code_for(self, label: str) -> str | None:
        return self.index.get(fold(label))

    def en(self, code: str) -> str:
        return EN_NAME.get(code) or self.rows[code]["name"]["common"]

    def en_of(self, code: str) -> str:
        """'of Kenya', 'of the United Kingdom'."""
        return ("of the " if code in EN_THE else "of ") + self.en(code)

    def fr(self, code: str) -> str:
        return FR_NAME.get(code) or self.rows[code]["translations"]["fra"]["common"]

    def fr_de(self, code: str) -> str:
        """The French 'of' + name: 'du Kenya', 'de la France', "de l'Algérie", 'des Comores'."""
        name = self.fr(code)
        if code in FR_PLURAL:
            return "des " + name
        if code in FR_NO_ARTICLE:
            return ("d'" if name[0].upper() in FR_VOWELS else "de ") + name
        if name[0].upper() in FR_VOWELS:
            return "de l'" + name
        head = name.split()[0].split("-")[0]
        feminine = code in FR_FEMININE or (head.endswith("e") and code not in FR_MASCULINE_E)
        return ("de la " if feminine else "du ") + name
