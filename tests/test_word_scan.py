"""The shared word scan (textkit.scan) and the gazetteer that reads it: the same matches as
one trie regex of all the names (case rules, separator runs, accents, "the", overlaps,
longest match), one scan per text for every vocabulary."""
from kzeu_extract.gazetteer import Gazetteer
from kzeu_extract.textkit import fold_same_length, scan
from kzeu_extract.textkit.scan import Vocabulary, first_word, scan_text, word_hits

_NAMES = [("EU", "eu"), ("European Union", "eu-long"), ("U.S.", "us-dots"), ("US", "us"),
          ("New York", "ny"), ("New York City", "nyc"), ("York", "york"), ("la Paz", "paz-lower"),
          ("La Paz", "paz"), ("Côte d'Ivoire", "ci"), ("The Astana Times", "times"),
          ("Nur-Sultan", "nur"), ("Washington, D.C.", "dc"), ("Bosnia and Herzegovina", "ba"),
          ("Bosnia", "bosnia"), ("Herzegovina", "herz"), ("Guinea", "gn"), ("Guinea-Bissau", "gw"),
          ("bureau du procureur", "office"), ("OPEC+", "opec"), ("#1", "odd")]

_SENTENCES = [
    "The EU and the European Union met; the eu did not, nor did EUx or xEU.",
    "US officials and U.S. officials, but not us, US$ 5 or U.S.A or #US or @US.",
    "New York, New  York City, New-York, New\u2010York City, NEW YORK CITY, new york.",
    "In La Paz and la paz, LA PAZ and La-Paz; Lapaz is none.",
    "Côte d'Ivoire, Cote d\u2019Ivoire, CÔTE D'IVOIRE and Côte  d'Ivoire.",
    "The Astana Times and Astana Times and the Astana Times wrote.",
    "Nur-Sultan, Nur Sultan, Nur - Sultan, Nur\n\nSultan, NurSultan.",
    "Washington, D.C. and Washington D.C. and Washington, D.C.x.",
    "Bosnia and Herzegovina, Bosnia, and Herzegovina; Bosnia and Herzegovinas.",
    "Guinea-Bissau and Guinea - Bissau and Guinea, Guinea_Bissau, Guinea×2.",
    "le bureau du procureur, Bureau Du Procureur, bureaux du procureur.",
    "OPEC+ and OPEC + and OPEC+x; #1 and (#1) and x#1.",
    "", "EU", "U.S.", "York", "New York Cit", "europe\u0301an union",
]


def _spans(found):
    return [(start, end, [(e.name, e.value) for e in entries]) for start, end, entries in found]


def test_the_gazetteer_finds_what_one_trie_regex_finds():
    gazetteer = Gazetteer(_NAMES, after=r"\$")
    for sentence in _SENTENCES:
        expected = _spans(gazetteer.finditer_slow(sentence))
        assert _spans(gazetteer.finditer(sentence)) == expected, sentence
        assert _spans(gazetteer.finditer(sentence, fold_same_length(sentence))) == expected, sentence


def test_what_the_gazetteer_finds_in_plain_words():
    gazetteer = Gazetteer(_NAMES, after=r"\$")
    found = {(s[a:b], entries[0].value) for s in _SENTENCES for a, b, entries in gazetteer.finditer(s)}
    assert ("New  York City", "nyc") in found and ("New-York", "ny") in found   # longest, any separator run
    assert ("EU", "eu") in found and not any(text in {"eu", "EUx", "xEU"} for text, _ in found)   # capitals only
    assert ("Cote d\u2019Ivoire", "ci") in found and ("CÔTE D'IVOIRE", "ci") in found   # accents and apostrophes
    assert ("Astana Times", "times") in found   # "The" is not needed
    assert ("Guinea-Bissau", "gw") in found and ("Guinea", "gn") in found
    assert ("Bosnia and Herzegovina", "ba") in found and ("Herzegovina", "herz") in found
    assert not any(text.startswith("US$") or text == "us" for text, _ in found)
    assert ("#1", "odd") in found   # a name that starts with no letter is still found


def test_hits_are_whole_words_at_their_offsets():
    vocabulary = Vocabulary(["york", "paz", "cote"])
    text = "New York, Yorkshire, la Paz; Côte d'Ivoire and NEW-YORK"
    folded = fold_same_length(text)
    assert vocabulary.hits(folded) == [(4, "york"), (24, "paz"), (29, "cote"), (51, "york")]
    assert scan_text("a-b c") == " a b c " and len(scan_text(folded)) == len(folded) + 2


def test_one_scan_per_text_for_every_vocabulary(monkeypatch):
    first, second = Vocabulary(["brussels"]), Vocabulary(["astana", "brussels"])
    folded = fold_same_length("Astana and Brussels, then Brussels again.")
    first.hits(folded)   # builds the automaton for both
    calls = []
    real = scan.scan_text
    monkeypatch.setattr(scan, "scan_text", lambda text: calls.append(text) or real(text))
    assert first.hits(folded) == [(11, "brussels"), (26, "brussels")]
    assert second.hits(folded) == [(0, "astana"), (11, "brussels"), (26, "brussels")]
    assert calls == []   # the text was scanned once, before
    other = fold_same_length("Astana.")
    assert second.hits(other) == [(0, "astana")] and len(calls) == 1
    assert first.hits(folded) == [(11, "brussels"), (26, "brussels")] and len(calls) == 1   # still kept


def test_a_vocabulary_registered_later_is_found_in_the_next_scan():
    folded = fold_same_length("Zorblatt and Quixplenk.")
    assert (0, "zorblatt") not in word_hits(folded)
    late = Vocabulary(["zorblatt"])
    assert late.hits(folded) == [(0, "zorblatt")]


def test_first_words():
    assert first_word("washington, d.c.") == "washington"
    assert first_word("u.s.") == "u"
    assert first_word("#1") is None and first_word("") is None


def test_the_scan_text_spaces_out_exactly_what_is_no_letter_or_digit():
    import re
    not_word = re.compile(r"[\W_]")
    every = "".join(map(chr, range(0x10000)))
    for text in [every, "Paris \U0001F1EB\U0001F1F7 et Lyon", "Lyon\ud800x «Nice» œuvre", "plain ascii_text-1"]:
        assert scan_text(text) == " " + not_word.sub(" ", text) + " ", text[:20]


def test_matches_at_the_hits_are_what_a_search_of_the_whole_text_finds():
    import random
    import re

    from kzeu_extract.textkit import matches_at
    heads = ["Palace", "State House", "House", "Hall of Fame", "Élysée"]
    regex = re.compile(r"(?<![\w-])(?:State[ \t]+House|Hall[ \t]+of[ \t]+Fame|Palace|House|Élysée)(?![\w-])")
    words = {first_word(fold_same_length(h)) for h in heads}
    vocabulary = Vocabulary(words)
    rng = random.Random(11)
    pieces = heads + ["State", "house", "HOUSE", "-", " ", "  ", "\t", "x", "Hall", "of", "Fame", "é", "\n", "_"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "-", ", "]) for _ in range(rng.randint(0, 15)))
        hits = vocabulary.hits(fold_same_length(text))
        expected = [m.span() for m in regex.finditer(text)]
        assert [m.span() for m in matches_at(regex, text, hits, words)] == expected, text
