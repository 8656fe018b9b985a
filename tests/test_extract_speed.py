"""The fast paths of extraction give the results of the plain code they replace."""

from __future__ import annotations

import random
from dataclasses import fields

import pytest

from auditor.claims import Claim, claim_from_values, new_claim


def _random_texts(pieces: list[str], seed: int, count: int, longest: int, shortest: int = 0):
    """``count`` texts of ``shortest`` to ``longest`` pieces drawn from ``pieces``, the same each run."""
    rnd = random.Random(seed)
    for _ in range(count):
        yield "".join(rnd.choice(pieces) for _ in range(rnd.randint(shortest, longest)))


def test_claim_from_values_is_the_constructor():
    values = tuple(f"v{i}" for i in range(len(fields(Claim))))
    fast = claim_from_values(values)
    assert type(fast) is Claim
    assert fast == Claim(*values)
    assert hash(fast) == hash(Claim(*values))


def test_new_claim_is_the_constructor_by_name():
    named = {f.name: f"v{i}" for i, f in enumerate(fields(Claim))}
    fast = new_claim(**named)
    assert type(fast) is Claim
    assert fast == Claim(**named) and hash(fast) == hash(Claim(**named))
    required = {name: named[name] for name in ("doc", "source", "published", "start", "end", "text", "value",
                                                "low", "high", "low_inclusive", "high_inclusive")}
    assert new_claim(**required) == Claim(**required)          # the others take their defaults
    with pytest.raises(TypeError):
        new_claim(**required, thing_klass="soldiers")           # a misspelt field
    with pytest.raises(TypeError):
        new_claim(**{k: v for k, v in required.items() if k != "text"})


def test_lazy_sentences_match_sentence_starts():
    import bisect

    from auditor.extract.sentences import Sentences, sentence_starts

    pieces = ["Mr", ".", " ", "\n", "\n\n", "J", "U.S", "etc", "approx", "Hello", "world", "\"", "”", ")",
              "?", "!", "• ", "- ", "3", "abcdefgh", "é"]
    for text in _random_texts(pieces, seed=11, count=3000, longest=20):
        starts = sentence_starts(text)
        sentences = Sentences(text)
        for offset in range(len(text)):
            i = bisect.bisect_right(starts, offset) - 1
            end = starts[i + 1] if i + 1 < len(starts) else len(text)
            while end > starts[i] and text[end - 1].isspace():
                end -= 1
            assert sentences.span(offset) == (starts[i], end), (text, offset)
        assert Sentences(text).starts == starts


def test_plain_digits_is_the_number_match():
    """_plain_digits says yes only where the number pattern's match is the digits alone (run, no
    sign, no "over")."""
    from auditor.extract.numbers import _plain_digits, number_pattern

    codes = frozenset({"usd", "eur"})
    pattern = number_pattern(codes)

    pieces = ["12", "7", "2020", " ", ", ", ",", ".", ". ", "5", "people", "and", "a", "an", "million", "k",
              "twenty", "twentyfour", "x", " x 10", "musd", "mus", "point", "of", "over", "in", "out", "-", ":",
              ")", "%", "(", "\n", "\u00a0", "half", "thirds", "é", "½", "e6", "m", "bn", "b", "/", "&", "'", "”",
              "thousand", "ones", "one", "ab", "z", "couple", " couple of", "year", "-old", " and ", "teacher",
              " a ", "an", " an ", "the", "in\n", "\t", " of a ", " of an", "of the", "-a", "-an ", "fold", "a-"]
    yes = 0
    for text in _random_texts(pieces, seed=5, count=20000, longest=8, shortest=1):
        text = text.lower()
        for pos in range(len(text)):
            if not text[pos].isdigit():
                continue
            end = pos
            while end < len(text) and text[end].isdigit():
                end += 1
            if _plain_digits(text, pos, end, codes):
                yes += 1
                m = pattern.match(text, pos)
                assert m is not None and m.span() == (pos, end) and m.span("run") == (pos, end), (text, pos)
                assert m.group("sign", "over", "outof") == (None, None, None), (text, pos)
    assert yes > 1000


def test_run_cache_does_not_depend_on_earlier_texts():
    """parse_run remembers runs; "more than half" and "several hundred" read the text before the
    run, so a cached "half" read after "than " must not answer for a "half" elsewhere."""
    from auditor.extract import numbers

    cases = [("x more than half of them", "half"), ("x half of them", "half"),
             ("x several hundred people", "hundred"), ("x hundred people", "hundred"),
             ("x few hundred", "hundred"), ("x a hundred", "a hundred")]
    for order in (cases, cases[::-1]):
        numbers._RUN_CACHE.clear()
        for text, run in order:
            start = text.index(run)
            end = start + len(run)
            assert numbers.parse_run(text, text, start, end) == numbers._parse_run(text, start, end), text


def test_plain_numerals_parse_as_the_grammar_does():
    """parse_run's shortcut for "3,850" and "1.5" gives what _parse_run (the grammar) gives."""
    from auditor.extract.numbers import _PLAIN_NUMERAL, _parse_run, parse_run

    rnd = random.Random(3)
    seen = 0
    for _ in range(20000):
        digits = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(1, 12)))
        raw = "".join(ch + (rnd.choice([",", ".", "", "", ""]) if i < len(digits) - 1 else "")
                      for i, ch in enumerate(digits))
        text = "x " + raw + rnd.choice(["", " people", " half", "th", " thirds", " million", "."])
        end = 2 + len(raw)
        if _PLAIN_NUMERAL.fullmatch(raw):
            seen += 1
            assert parse_run(text, text, 2, end) == _parse_run(text, 2, end), text
    assert seen > 1000


def test_phrase_finder_is_the_word_finder():
    """PhraseFinder (anchors found with str.find) finds what WordFinder (a regex scan) finds."""
    from auditor.extract.lexicon import PhraseFinder, WordFinder, _phrase_trie

    vague = ["a few hundred", "a few hundred thousand", "a few million", "a handful of", "dozens of",
             "hundreds of", "hundreds of thousands of", "several", "several hundred", "tens of thousands of",
             "thousands of", "an odd few", "a b c lot"]
    pieces = ["a", "an", " ", "  ", "\n", "\u00a0", "few", "hundred", "hundreds", "thousand", "thousands", "of",
              "several", "tens", "handful", "dozens", "odd", "lot", "b", "c", "-", "_", "x", "é", "1", ".", "tense"]
    finder = PhraseFinder(_phrase_trie(vague), vague)
    plain = WordFinder(finder.pattern)
    assert finder.anchors is not None
    rnd = random.Random(4)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14)))
        pos = rnd.randint(0, len(text))
        endpos = rnd.choice([None, rnd.randint(pos, len(text))])
        assert [m.span() for m in finder.finditer(text, pos, endpos)] == \
            [m.span() for m in plain.finditer(text, pos, endpos)], (text, pos, endpos)
    assert PhraseFinder(_phrase_trie(["a", "several"]), ["a", "several"]).anchors is None


def test_a_number_with_a_comma_is_no_numeric_date():
    """context_reason skips _numeric_date for a number holding a comma: it is always False then."""
    from auditor.extract.nonclaims import _numeric_date

    pieces = ["1", "12", "2020", ",", "-", "–", "/", ".", " ", "x", "..", "٣"]
    for text in _random_texts(pieces, seed=6, count=20000, longest=12, shortest=1):
        for start in range(len(text)):
            for end in range(start + 1, min(len(text), start + 8) + 1):
                if "," in text[start:end]:
                    assert not _numeric_date(text, start, end), (text, start, end)


def test_digit_runs_are_the_digit_hits():
    """_digit_runs (bytes.translate and find) gives the spans of the _DIGIT_HIT regex scan."""
    from auditor.extract.numbers import _DIGIT_HIT, _digit_runs

    pieces = ["1", "23", "2020", "a", " ", "?", "é", "’", "—", "½", "٣", "²", "x9", ".", ",", "\n", "İ", "0"]
    for text in _random_texts(pieces, seed=9, count=20000, longest=16):
        text = text.lower()
        assert _digit_runs(text) == [h.span() for h in _DIGIT_HIT.finditer(text)], text
    for text in ("é" * 70 + "12 ab 3", "é" * 70 + "12 ٣", "é" * 10 + "12 ½"):   # the regex scan
        assert _digit_runs(text) == [h.span() for h in _DIGIT_HIT.finditer(text)], text


def test_dates_and_addresses_read_the_text_without_its_final_points():
    """_numeric_date and _ip_address, which no longer copy the text to strip its final points,
    answer as the definitions on ``text.rstrip(...)`` do."""
    from auditor.extract.nonclaims import (
        _DATE_CHARS,
        _DATE_TOKEN,
        _IP,
        _IP_CHARS,
        _ip_address,
        _numeric_date,
        _run_around,
    )

    def date_by_copy(text, start, end):
        left, right = _run_around(text, start, end, _DATE_CHARS, 12, 12)
        return bool(_DATE_TOKEN.fullmatch(text, left, right)
                    or _DATE_TOKEN.fullmatch(text.rstrip(".")[left:right].rstrip(".")))

    def ip_by_copy(text, start, end):
        left, right = _run_around(text, start, end, _IP_CHARS, 16, 22)
        return bool(_IP.fullmatch(text.rstrip(".:"), left, min(right, len(text.rstrip(".:")))))

    pieces = ["1", "12", "2020", "192", ".", ":", "-", "/", " ", "a", "..", ":8080"]
    for text in _random_texts(pieces, seed=11, count=5000, longest=14, shortest=1):
        for start in range(len(text)):
            for end in range(start + 1, min(len(text), start + 6) + 1):
                assert _numeric_date(text, start, end) == date_by_copy(text, start, end), (text, start, end)
                assert _ip_address(text, start, end) == ip_by_copy(text, start, end), (text, start, end)


def test_word_starts_are_the_word_hits():
    """_word_starts (letters kept, all else a space, then a literal-space search) finds the
    starts of the _WORD_HIT scan: number words after any non-letter or at the start."""
    from auditor.extract.numbers import _WORD_HIT, _one_byte_each, _word_starts

    pieces = ["one", "two", "twenty", "seventh", "half", "dozens", "a", "an", "stone", "often", " ", "-", "(",
              "1", "é", "’", "\n", "ı", "quarter", "s", "first", "x", "?", "billionths"]
    for text in _random_texts(pieces, seed=10, count=20000, longest=12):
        text = text.lower()
        assert _word_starts(text, _one_byte_each(text)) == [h.start() for h in _WORD_HIT.finditer(text)], text


def test_time_starts_keep_every_time_match():
    """TIME tried only where it may start (digits and "in", "of", "for", "over" only where an
    expression can follow) finds what TIME.finditer finds."""
    from auditor.extract.when import TIME, _time_matches

    words = ["1", "12", "2020", "1999", "27th", "3rd", "02", "of", "in", "on", "since", "the", "for", "over",
             "february", "feb.", "may", "sept", "march", "thursday", "yesterday", "last", "week", "past", "days",
             "three", "x", "early", "mid-", "mid", "during", "just", "first", "several", "a", "an", "month",
             "year", "24 hours", "less than", "idlib", "19", "-in", "began", "_", "é", "within", "previous",
             "the past 3 days", "just 2 weeks", "only a month", "more than a year", "the first week",
             "past 24 hours", "previous month", "the last year", "several days", "few weeks", "one day",
             "2020-02-27", "1999-12-3", "202-02-27", "3-"]
    seps = [" ", " ", " ", "  ", "\n", "", "-", ".", ",", ":", "-0"]
    rnd = random.Random(11)
    for _ in range(40000):
        text = "".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(1, 8)))
        start = rnd.choice([0, rnd.randint(0, len(text))])
        end = rnd.choice([len(text), rnd.randint(start, len(text))])
        assert [m.span() for m in _time_matches(text, start, end)] == \
            [m.span() for m in TIME.finditer(text, start, end)], (text, start, end)


def test_np_before_lookahead_keeps_the_matches():
    """np_before (a look-ahead for the first word in front) finds what its body alone finds."""
    import re

    from auditor.extract.scope import attribution_words
    from auditor.vocabulary import load_vocabulary

    words = attribution_words(load_vocabulary())
    _NP_BEFORE, body = words.np_before, re.compile(words.np_before_body)
    pieces = ["the", "a", "an", " ", "  ", "\n", ",", "(", ")", "AFP", "Syrian", "Observatory", "officials",
              "official", "spokeswoman", "spokesperson", "sources", "army", "of", "for", "x", "é", "-", "’s",
              "told", "thethe", "authorities", "monitor", "Doctors", "medics", "1", "agency", "S"]
    rnd = random.Random(12)
    for _ in range(30000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        lo = rnd.randint(0, len(text))
        hi = rnd.randint(lo, len(text))
        a, b = _NP_BEFORE.search(text, lo, hi), body.search(text, lo, hi)
        assert (a and (a.span(), a.span("who"))) == (b and (b.span(), b.span("who"))), (text, lo, hi)


def test_measure_and_thing_tries_are_the_vocabulary_patterns():
    """The lexicon's measure and thing tries find, on lower-cased text, what the vocabulary's
    patterns find (in windows, as measure_for and thing_before search)."""
    from auditor.extract.lexicon import lexicon
    from auditor.vocabulary import load_vocabulary

    vocab = load_vocabulary()
    lex = lexicon(vocab)
    seps = [" ", " ", "  ", "\n", "", "-", "_", "x", "é", "s", "ed", "'", "1", ", "]
    for trie, plain, words in ((lex.measure, vocab.measure_pattern, vocab.measure_by_word),
                               (lex.thing, vocab.thing_pattern, vocab.thing_by_word)):
        pieces = sorted(words) + sorted({w for p in words for w in p.split()}) + ["KILLED", "Soldiers", "Death Toll"]
        rnd = random.Random(13)
        for _ in range(20000):
            text = "".join(rnd.choice(pieces) + rnd.choice(seps) for _ in range(rnd.randint(1, 8)))
            lower = text.lower()
            assert len(lower) == len(text)
            pos = rnd.choice([0, rnd.randint(0, len(text))])
            endpos = rnd.choice([len(text), rnd.randint(pos, len(text))])
            assert [m.span() for m in trie.finditer(lower, pos, endpos)] == \
                [m.span() for m in plain.finditer(text, pos, endpos)], (text, pos, endpos)


def test_lone_digits_are_no_phone_number():
    """context_reason skips the phone search for _lone_digits: no _PHONE match in the window holds them."""
    from auditor.extract.nonclaims import _PHONE, _lone_digits

    pieces = ["1", "23", "456", "7890", " ", "  ", "+", "(", ")", "-", ".", "/", "a", "\n", "٣", "x", "²", ","]
    rnd = random.Random(11)
    skipped = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14)))
        for start in range(len(text)):
            if not text[start].isdigit():
                continue
            for end in range(start + 1, min(len(text), start + 6) + 1):
                if not _lone_digits(text, start, end, text[start:end]):
                    continue
                skipped += 1
                lo = max(0, start - 20)
                window = text[lo:end + 20]
                assert not any(m.start() <= start - lo < m.end() for m in _PHONE.finditer(window)), (text, start, end)
    assert skipped > 1000


def test_month_guard_is_the_month_endswith():
    """The last-three-letters guard of context_reason's month-before test changes none of its answers."""
    from auditor.extract.nonclaims import _MONTH_ENDS, _MONTH_LAST3

    pieces = ["may", "May", "MAY", "dismay", "sept", "Sept.", "jan .", "march", "İ", "K", "é", " ", ".", "x",
              "ber", "er", "1", "\u00a0", "aug", "Aug."]
    rnd = random.Random(12)
    for _ in range(50000):
        before = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))[-24:] + rnd.choice(" \t\u00a0")
        old = before[:-1].lower().endswith(_MONTH_ENDS) or not before.isascii()
        new = not before.isascii() or (before[-4:-1].lower() in _MONTH_LAST3
                                       and before[:-1].lower().endswith(_MONTH_ENDS))
        assert old == new, before


def test_no_age_or_duration_before_a_digit():
    """context_reason skips the age and duration patterns when the first character after spaces
    and dashes is a digit: neither can match then."""
    from auditor.extract.nonclaims import _AGE_AFTER, _DURATION_AFTER, _SPACE_DASH

    pieces = [" ", "-", "\t", "\x1c", "\u00a0", "1", "٣", "²", "years", "old", "yo", "(", ")", "more", "days",
              "ago", "\u017feconds", "x", "\n"]
    rnd = random.Random(14)
    for _ in range(50000):
        after = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))[:40]
        if after.lstrip(_SPACE_DASH)[:1].isdigit():
            assert not _AGE_AFTER.match(after) and not _DURATION_AFTER.match(after), after


def test_model_before_ends_with_a_letter_or_dash():
    """Every _MODEL_BEFORE match of a ``before`` not ending in a space or newline ends with a
    letter or a dash, the guard context_reason tests first."""
    from auditor.extract.nonclaims import _ASCII_LETTERS, _MODEL_BEFORE

    pieces = ["F", "-", "‑", "SCP2", "ab", "x", "1", " ", "\n", ".", "é", "K", "(", "abcdefgh"]
    rnd = random.Random(15)
    for _ in range(50000):
        before = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))[-24:]
        if not before.endswith((" ", "\n")) and _MODEL_BEFORE.search(before):
            assert before[-1:] in _ASCII_LETTERS, before


def test_phone_search_in_place_is_the_window_search():
    """The phone test searches ``text`` between window bounds: the answer of the sliced window's."""
    from auditor.extract.nonclaims import _PHONE

    pieces = ["+", "31", "25", "3752", "6321", "(20)", " ", ".", "-", "/", "a", "\n", "123", "4"]
    for text in _random_texts(pieces, seed=16, count=20000, longest=16, shortest=1):
        for start in range(len(text)):
            end = start + 1
            lo = max(0, start - 20)
            old = any(m.start() <= start - lo < m.end() for m in _PHONE.finditer(text[lo:end + 20]))
            new = False
            for m in _PHONE.finditer(text, lo, end + 20):
                if m.start() > start:
                    break
                if start < m.end():
                    new = True
                    break
            assert old == new, (text, start)


def test_age_and_duration_words_start_with_their_two_letters():
    """context_reason tries _AGE_AFTER, _DURATION_AFTER and _WORD_ORDINAL_AFTER after two ASCII letters
    only when they are in _AGE_TWO, _DURATION_TWO and _ORDINAL_TWO: every match starts so."""
    from auditor.extract.nonclaims import (
        _AGE_AFTER,
        _AGE_TWO,
        _DURATION_AFTER,
        _DURATION_TWO,
        _ORDINAL_TWO,
        _SPACE_DASH,
        _WORD_ORDINAL_AFTER,
    )

    words = ["years", "year", "months", "weeks", "days", "yo", "old", "more", "other", "additional", "long",
             "straight", "consecutive", "full", "seconds", "minute", "mins", "hours", "hrs", "nights", "decades",
             "centuries", "century", "yrs", "ago", "wee\u212a", "\u017feconds", "m\u0131nutes", "Years", "DAYS",
             "ſ", "x", "ye", "mo", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "Third", "NINTH"]
    pieces = words + [" ", "-", "\t", "\x1c", "\u00a0", "1", "(", ")", "aged", "of", "war"]
    rnd = random.Random(17)
    for _ in range(60000):
        after = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))[:40]
        lead = after.lstrip(_SPACE_DASH)[:2]
        if lead[:1].isascii() and lead[:1].isalpha() and lead.isascii():
            if _AGE_AFTER.match(after):
                assert lead.lower() in _AGE_TWO, after
            if _DURATION_AFTER.match(after):
                assert lead.lower() in _DURATION_TWO, after
            if _WORD_ORDINAL_AFTER.match(after):
                assert lead.lower() in _ORDINAL_TWO, after


def test_month_and_label_searches_from_their_span():
    """_MONTH_BEFORE and the label test searched from _MONTH_BEFORE_SPAN / the labels' span characters
    before the end find a match exactly when the whole search does (no "#" last for labels)."""
    from auditor.extract.lexicon import lexicon
    from auditor.extract.nonclaims import _MONTH_BEFORE, _MONTH_BEFORE_SPAN
    from auditor.vocabulary import load_vocabulary

    labels = lexicon(load_vocabulary()).labels
    _LABEL_BEFORE, _LABEL_SPAN = labels.before, labels.span

    pieces = ["september", "Sept", "sept .", "May", "dismay", "Resolution", "No.", "Nos", "v", "Mk.", "iPhone",
              "xBlock", "Block", " ", "  ", "\t", "\n", "\u00a0", "#", ".", "1", "é", "x"]
    rnd = random.Random(18)
    for _ in range(60000):
        before = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 7)))[-24:]
        assert bool(_MONTH_BEFORE.search(before)) == bool(
            _MONTH_BEFORE.search(before, max(0, len(before) - _MONTH_BEFORE_SPAN))), before
        stripped = before.rstrip()
        if not stripped.endswith("#"):
            assert bool(_LABEL_BEFORE.search(before)) == bool(
                _LABEL_BEFORE.search(before, max(0, len(stripped) - _LABEL_SPAN))), before


_SCOPE_PIECES = ["In", "in", "near", "the", "city", "of", "Idlib", "Idleb", "Aleppo", "Turkey", "Syria", "Syrian",
                 "March", "His", "UN", "AFP", "Reuters", "Observatory", "’s", "'s", "Medics", "medics", "said",
                 "according to", "According to", "officials", "told", "having said", " ", " ", " ", ", ", ".",
                 '"', "(", ")", "-", "é", "İ", "Damascus", "province", "of whom", "residents", "figures",
                 "Red Crescent", "ministry", "from", "around", "ACCORDING TO"]


def test_places_with_the_lexicon_are_the_plain_places():
    """places_in with the lexicon (what each cue names remembered) gives what it gives
    without it, cold or warm."""
    from auditor.extract import lower_same_length as _lower
    from auditor.extract.lexicon import Lexicon
    from auditor.extract.scope import places_in
    from auditor.vocabulary import load_vocabulary

    vocab = load_vocabulary()
    lex = Lexicon(vocab)
    rnd = random.Random(14)
    for text in _random_texts(_SCOPE_PIECES, seed=14, count=20000, longest=16):
        lower = _lower(text)
        start = rnd.choice([0, rnd.randint(0, len(text))])
        end = rnd.choice([len(text), rnd.randint(start, len(text))])
        plain = places_in(text, start, end, vocab)
        assert places_in(text, start, end, vocab, lower, lex) == plain, (text, start, end)
        assert places_in(text, start, end, vocab, lower, lex) == plain, (text, start, end)


def test_word_starts_are_the_pattern_matches():
    """_WordStarts (the body at the start, then after any character outside ASCII words, the
    word start checked in Python) finds what the pattern with its leading \\b finds."""
    import re

    from auditor.extract.scope import _PLACE_CUE, _PLACE_CUES, _WordStarts, attribution_words
    from auditor.vocabulary import load_vocabulary

    words = attribution_words(load_vocabulary())
    _VERBS, _VERB = words.verbs, words.verb

    ending_outside_a_word = (_WordStarts(r"(?:in'|said-)"), re.compile(r"\b(?:in'|said-)"))

    pieces = ["said", "says", "say", "saying", "reported", "told", "put", "puts", "having", "having said",
              "unsaid", "saidx", "Said", " ", "  ", "\n", ",", "(", "-", "_", "é", "ı", "1", "x", "’", "'", '"',
              "the UN", "report", "estimates", "counted", "in", "near", "from", "the city of", "northern",
              "Idlib", "Aleppo", "A", "Idlib-", "Idlib'", "in'", "’in"]
    rnd = random.Random(13)
    for text in _random_texts(pieces, seed=13, count=40000, longest=10):
        start = rnd.choice([0, rnd.randint(0, len(text))])
        end = rnd.choice([len(text), rnd.randint(start, len(text))])
        for fast, plain in ((_VERBS, _VERB), (_PLACE_CUES, _PLACE_CUE), ending_outside_a_word):
            assert [(m.span("at"), m.groupdict()) for m in fast.matches(text, start, end)] == \
                [(m.span(), {"at": m.group(), **m.groupdict()}) for m in plain.finditer(text, start, end)], \
                (text, start, end, plain.pattern)



def test_attributions_with_the_lower_text_are_the_plain_attributions():
    """attributions_in with the lower-cased text (for its "according" test) and remembered
    names (the caller's, or the vocabulary's when it passes none) gives what it gives with
    names remembered for that call alone."""
    from auditor.extract import lower_same_length as _lower
    from auditor.extract.lexicon import Lexicon
    from auditor.extract.memo import Memo
    from auditor.extract.scope import attributions_in
    from auditor.vocabulary import load_vocabulary

    vocab = load_vocabulary()
    names = Lexicon(vocab).source_names
    rnd = random.Random(15)
    for text in _random_texts(_SCOPE_PIECES, seed=15, count=20000, longest=16):
        start = rnd.choice([0, rnd.randint(0, len(text))])
        end = rnd.choice([len(text), rnd.randint(start, len(text))])
        plain = attributions_in(text, start, end, vocab, Memo())
        assert attributions_in(text, start, end, vocab, names, _lower(text)) == plain, (text, start, end)
        assert attributions_in(text, start, end, vocab) == plain, (text, start, end)


def test_np_before_skips_only_what_cannot_match():
    """_np_before (no search after a lower-case word that ends no source noun, nor after a
    character other than "," or ")" that ends no word) finds what np_before.search finds."""
    from auditor.extract.scope import _np_before, attribution_words
    from auditor.vocabulary import load_vocabulary

    words = attribution_words(load_vocabulary())

    pieces = ["the", "a", "an", " ", "  ", "\n", ",", "(", ")", '"', "”", "—", ":", "AFP", "Syrian", "Observatory",
              "officials", "official", "spokeswoman", "sources", "army", "of", "for", "x", "é", "-", "’s", "'",
              "Ana", "thethe", "authorities", "monitor", "Doctors", "medics", "1", "agency", "S", "a shopkeeper",
              ".", "_", "&", "UN", "office"]
    rnd = random.Random(16)
    for text in _random_texts(pieces, seed=16, count=30000, longest=12, shortest=1):
        lo = rnd.choice([0, rnd.randint(0, len(text))])
        hi = rnd.choice([len(text), rnd.randint(lo, len(text))])
        a, b = _np_before(text, lo, hi, words), words.np_before.search(text, lo, hi)
        assert (a and (a.span(), a.span("who"))) == (b and (b.span(), b.span("who"))), (text, lo, hi)


def test_memo_forgets_everything_when_full():
    """The extraction memos are bounded: at ``size`` readings the next one starts a new memo."""
    from auditor.extract.memo import Memo

    memo = Memo(size=3)
    assert [memo.keep(k, k * 10) for k in (1, 2, 3)] == [10, 20, 30]
    assert memo.keep(4, 40) == 40
    assert dict(memo) == {4: 40}
