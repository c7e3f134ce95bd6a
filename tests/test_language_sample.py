"""Language detection reads a sample of long texts (the start and the middle) and gives the
answer of reading everything on the texts it used to read whole."""
import re

from kzeu_extract.normalize import language
from kzeu_extract.normalize.language import detect_language, language_sample

_ENGLISH = ("The delegation said that it would meet the ministers of the region again in the "
            "spring, and that the talks had been useful for both of them. ")
_FRENCH = ("La délégation a dit qu'elle reverrait les ministres de la région au printemps, et que "
           "les entretiens avaient été utiles pour les deux pays. ")


def test_a_short_text_is_read_whole():
    text = _ENGLISH * 3
    assert language_sample(text, 20000) == text


def test_a_long_text_is_read_at_its_start_and_in_its_middle_in_whole_words():
    text = "".join(f"{_ENGLISH}Paragraph{i}. " for i in range(400))
    sample = language_sample(text, 4000)
    assert len(sample) <= 4001
    head, middle = sample.split("\n")
    assert text.startswith(head)
    assert middle in text and text.index(middle) > len(text) // 3
    words = set(re.findall(r"\S+", text))
    assert all(word in words for word in re.findall(r"\S+", sample))   # no word cut in two


def test_long_mixed_texts():
    # a French preamble, then a long English body: English (the middle is read too)
    assert detect_language(_FRENCH * 60 + _ENGLISH * 400)[0] == "en"
    # a long French text quoting English at length in its second half
    assert detect_language(_FRENCH * 300 + _ENGLISH * 40 + _FRENCH * 80)[0] == "fr"
    # an English heading over a long French text: the start is mixed, the middle decides
    text = _ENGLISH * 12 + _FRENCH * 300
    assert detect_language(text, sample=6000)[0] == "fr"
    assert detect_language(text[:2000], sample=6000)[0] == "en"


def test_the_sample_gives_the_answer_of_the_whole_text_on_long_plain_texts():
    for body in (_ENGLISH, _FRENCH):
        text = body * 500
        assert detect_language(text)[0] == detect_language(text, sample=len(text))[0]


def test_votes_are_whole_units_shared_between_languages():
    pool = language.candidates()[0] + language.candidates()[1]
    votes = language._stop_word_votes(pool)
    shared = [w for w, (langs, _) in votes.items() if len(langs) == 3]
    assert shared
    word = shared[0]
    counts = language._count_votes(language.Counter({word: 2}), pool)
    assert sorted(v for v in counts.values() if v) == [2 * language._UNIT // 3] * 3


def test_elided_articles_vote_as_their_article():
    text = "l'Union d'Europe l'accord d'abord l'idée"
    assert detect_language(text)[0] == "fr"


def test_asking_again_gives_the_same_answer():
    text = _FRENCH * 2
    assert detect_language(text) == detect_language(text) == detect_language(str(text))
    assert detect_language(_ENGLISH * 2)[0] == "en"
