"""The word lists the last of scope's and resolve's patterns were written with, now in
rules/vocabulary/context.yaml: the words of a poll, of open reports of the missing, of an attack, of
the groups aboard, of another gathering, of officials. A word a desk adds to one in its own vocabulary
file is found, with no change to the code; the built-in words are found as before."""
from __future__ import annotations

import pytest

from auditor.claims import Claim
from auditor.documents import Document
from auditor.extract import _list_item_name, _party_moved_before, extract_claims
from auditor.extract.lexicon import lexicon
from auditor.extract.scope import share_holder_before
from auditor.resolve import (
    _attack_words,
    _counts_the_missing,
    _gathering_between,
    _groups_named_aboard,
    _open_missing_person_cases,
    claims_of,
)
from auditor.vocabulary import Vocabulary
from conftest import desk_vocabulary

LISTS = ("poll_words", "poll_move_verbs", "open_report_words", "report_nouns", "attack_nouns", "gathering_words",
         "official_nouns")

DESK = """\
extend:
  word_lists:
    poll_words: {words: [plebiscite]}
    poll_move_verbs: {words: [tumbled]}
    open_report_words: {words: [unclosed]}
    report_nouns: {words: [dossiers]}
    attack_nouns: {words: [ambush]}
    passenger_nouns: {words: [travellers]}
    crew_nouns: {words: [deckhands]}
    gathering_words: {words: [sit-in, sit-ins]}
"""


def _load(tmp_path_factory: pytest.TempPathFactory, text: str) -> Vocabulary:
    return desk_vocabulary(tmp_path_factory, text, "context.yaml")


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Vocabulary:
    return _load(tmp_path_factory, DESK)


def _doc(text: str, published: str = "2023-05-06") -> Document:
    return Document(id="d", text=text, source="S", published=published)


def _resolved(text: str, vocab: Vocabulary, published: str = "2023-05-06") -> dict[str, Claim]:
    return {c.text: c for c in claims_of(_doc(text, published), vocab)}


def test_the_lists_are_in_the_builtin_vocabulary(vocab: Vocabulary) -> None:
    for name in LISTS:
        assert vocab.words(name), name


# -- poll_words: one list for a share's holder and for a list of the parties' shares ----------------

def test_a_new_poll_word_makes_the_name_before_a_share_its_holder(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "Final plebiscite figures came out on Sunday. The Greens are on 12.4 percent."
    start, pos = text.index("The Greens"), text.index("12.4")
    assert share_holder_before(text, start, pos, vocab) is None
    holder = share_holder_before(text, start, pos, desk)
    assert holder is not None and holder.text == "Greens"
    # a built-in word, as before ("runoff" was only the share's, "pollsters" only the list's)
    for words in ("runoff", "pollsters'"):
        text = f"Final {words} figures came out on Sunday. The Greens are on 12.4 percent."
        found = share_holder_before(text, text.index("The Greens"), text.index("12.4"), vocab)
        assert found is not None and found.text == "Greens", words


def test_a_new_poll_word_opens_a_list_of_the_parties_shares(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "Standings after the plebiscite in Orvia: Labour 33.1 per cent; Greens 9.2 per cent."
    pos = text.index("9.2")
    assert _list_item_name(text, 0, pos, vocab) is None
    item = _list_item_name(text, 0, pos, desk)
    assert item is not None and item.text == "Greens"
    text = "Standings in the runoff in Orvia: Labour 33.1 per cent; Greens 9.2 per cent."
    item = _list_item_name(text, 0, text.index("9.2"), vocab)
    assert item is not None and item.text == "Greens"
    assert lexicon(desk).poll_words.search("The PLEBISCITE in Orvia")


def test_a_new_poll_move_verb_names_the_party_that_moved(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "In the latest poll in Orvia, Labour tumbled three points."
    pos = text.index("three")
    assert _party_moved_before(text, 0, pos, vocab) is None
    party = _party_moved_before(text, 0, pos, desk)
    assert party is not None and party.text == "Labour"
    text = "In the latest poll in Orvia, Labour slipped three points."
    party = _party_moved_before(text, 0, text.index("three"), vocab)
    assert party is not None and party.text == "Labour"


# -- open_report_words, report_nouns: reports of the missing still open -----------------------------

def test_a_new_open_report_word_counts_the_missing(desk: Vocabulary, vocab: Vocabulary) -> None:
    body = "The sheriff's office in Tulsa had 64 unclosed reports of missing people on Tuesday."
    end = body.index("64") + 2
    assert not _counts_the_missing("unclosed reports", body, end, vocab)
    assert _counts_the_missing("unclosed reports", body, end, desk)
    assert _counts_the_missing("outstanding reports", body, end, vocab)
    body = "Police in Tulsa said 64 missing-person cases were unclosed on Tuesday."
    end = body.index("64") + 2
    assert not _open_missing_person_cases(body, end, vocab)
    assert _open_missing_person_cases(body, end, desk)
    assert _open_missing_person_cases(body.replace("unclosed", "unresolved"), end, vocab)


def test_a_new_report_noun_counts_the_missing(desk: Vocabulary, vocab: Vocabulary) -> None:
    body = "The sheriff's office in Tulsa had 64 pending dossiers of missing people on Tuesday."
    end = body.index("64") + 2
    assert not _counts_the_missing("pending dossiers", body, end, vocab)
    assert _counts_the_missing("pending dossiers", body, end, desk)
    body = "Police in Tulsa said 64 missing-person dossiers remained open on Tuesday."
    end = body.index("64") + 2
    assert not _open_missing_person_cases(body, end, vocab)
    assert _open_missing_person_cases(body, end, desk)
    assert _open_missing_person_cases(body.replace("dossiers", "files"), end, vocab)


# -- attack_nouns: one attack of a series ------------------------------------------------------------

def test_a_new_attack_noun_is_one_attack_and_a_series(desk: Vocabulary, vocab: Vocabulary) -> None:
    one = " people were killed in the ambush on the convoy near Gao on Monday."
    series = " people were killed in three ambushes near Gao since Friday."
    assert not _attack_words(vocab).in_one_after.match(one)
    assert _attack_words(desk).in_one_after.match(one)
    assert not _attack_words(vocab).in_several_after.match(series)
    assert _attack_words(desk).in_several_after.match(series)      # the plural in "es"
    assert _attack_words(vocab).in_one_after.match(one.replace("ambush", "raid"))
    assert _attack_words(vocab).in_several_after.match(series.replace("ambushes", "raids"))


# -- passenger_nouns, crew_nouns: the groups named after a count aboard ------------------------------

def test_a_new_crew_noun_counts_the_crew_apart(desk: Vocabulary, vocab: Vocabulary) -> None:
    after = " passengers or the 19 deckhands was hurt"
    assert not _groups_named_aboard(vocab).crew_counted_apart.match(after)
    assert _groups_named_aboard(desk).crew_counted_apart.match(after)
    assert _groups_named_aboard(vocab).crew_counted_apart.match(after.replace("deckhands", "cabin crew"))
    text = "None of the 377 passengers or the 19 deckhands was hurt when the ferry hit rocks off Split."
    assert "/passengers/" in (_resolved(text, desk)["377"].quantity or "")


def test_new_group_nouns_name_both_groups_aboard(desk: Vocabulary, vocab: Vocabulary) -> None:
    for after in (" travellers and crew on board", " deckhands and passengers on board"):
        assert not _groups_named_aboard(vocab).both_after.match(after), after
        assert _groups_named_aboard(desk).both_after.match(after), after
    assert _groups_named_aboard(vocab).both_after.match(" passengers and crew on board")
    assert _groups_named_aboard(vocab).both_after.match(" crew members and passengers on board")


# -- gathering_words: another gathering, a month's name only where it is no date ---------------------

def test_a_new_gathering_word_is_another_gathering(desk: Vocabulary, vocab: Vocabulary) -> None:
    between = " drew 20,000, the sit-in in quito on sunday drew "
    assert not _gathering_between(vocab).search(between)
    assert _gathering_between(desk).search(between)
    text = "Police said 45,000 people joined the sit-in before Mayor Pardo's inauguration in Quito on Sunday."
    assert "inauguration" in (_resolved(text, vocab)["45,000"].quantity or "")
    assert "inauguration" not in (_resolved(text, desk)["45,000"].quantity or "")


def test_a_months_name_among_the_gathering_words_is_no_date(desk: Vocabulary, vocab: Vocabulary) -> None:
    for v in (vocab, desk):
        assert _gathering_between(v).search("the march in quito")
        for date in ("since march 1", "in march", "5 march", "march 12"):
            assert not _gathering_between(v).search(date), date
        assert _gathering_between(v).search("a crowd of")


# -- official_nouns: officials at a body are their country's authorities ---------------------------

def test_a_new_official_noun_stays_who_speaks(tmp_path_factory: pytest.TempPathFactory) -> None:
    kind = "extend:\n  word_lists:\n    source_nouns: {words: [functionaries]}\n"
    informants = _load(tmp_path_factory, kind)
    officials = _load(tmp_path_factory, kind + "    official_nouns: {words: [functionaries]}\n")
    text = "At least 31 people died, according to functionaries at the Ministry of Mines."

    def sources(vocab: Vocabulary) -> set[str | None]:
        return {c.according_to for c in extract_claims(_doc(text), vocab)}

    assert sources(informants) == {"Ministry of Mines"}
    assert sources(officials) == {"functionaries"}


EVENT_TIMES_DESK = """\
extend:
  word_lists:
    history_verbs: {words: [chartered]}
    event_nouns: {words: [derby]}
    release_participles: {words: [circulated]}
"""


@pytest.mark.parametrize("text, figure, built_in_day", [
    # a thing's own history: the built-in "founded in", the desk's "chartered in"
    ("The club, founded in 1998, now has 2,300 members, its secretary said on Friday.", "2,300", None),
    ("The club, chartered in 1998, now has 2,300 members, its secretary said on Friday.", "2,300", "desk"),
    # a publication's day: the built-in "published on", the desk's "circulated on"
    ("Support for the party fell to 21 percent in the survey published on Thursday.", "21 percent", None),
    ("Support for the party fell to 21 percent in the survey circulated on Thursday.", "21 percent", "desk"),
])
def test_event_times_are_read_from_the_word_lists(tmp_path_factory, vocab, text, figure, built_in_day):
    """A time after a history verb or a release participle is not the figure's: with the built-in
    words in the plain vocabulary, with the desk's only once the desk adds them."""
    desk = _load(tmp_path_factory, EVENT_TIMES_DESK)
    published = "2024-05-10"
    plain = {c.text: c for c in extract_claims(_doc(text, published), vocab)}[figure]
    added = {c.text: c for c in extract_claims(_doc(text, published), desk)}[figure]
    assert not (added.when_start or "").startswith("1998") and added.when_start != "2024-05-09"
    if built_in_day == "desk":     # the plain vocabulary does not know the desk's word
        assert (plain.when_start or "").startswith("1998") or plain.when_start == "2024-05-09"
