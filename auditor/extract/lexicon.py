"""The vocabulary's patterns as extraction runs them: on the lower-cased text.

``Vocabulary`` compiles its word lists with IGNORECASE, which makes ``re``
alternations several times slower. Its phrases are lower-case already, so
the same pattern without the flag, run over ``text.lower()`` (same length as
the text, so offsets carry over: see ``extract._lower``), finds the same
spans. ``lexicon(vocab)`` builds these once per ``Vocabulary`` and keeps
them while the vocabulary lives. Matched text that is reported (a thing as
written, a place name) is still taken from the original text by offset.

It also holds what lets extraction skip a search that cannot match: the
last word of every hedge phrase (a hedge ends right before the number, so
the text before the number must end with one of them); and the patterns
scanned over whole sentences or texts (vague quantities, places) run as
``WordFinder``s, which check the leading look-behind in Python so that ``re``
can skip ahead to the first letters of the words.
"""

from __future__ import annotations

import re
import weakref
from typing import Callable, TypeVar

from auditor.extract.memo import Memo
from auditor.extract.nonclaims import LabelWords, NonclaimWords
from auditor.extract.numbers import phrase_alternation, trie_alternation
from auditor.extract.units import GluedLetters, currency_table, unit_table
from auditor.vocabulary import Vocabulary

# escapes and group syntax that are upper-case without being letters to match
_NOT_LITERAL = re.compile(r"\\[A-Za-z]|\(\?P<\w+>|\(\?P=\w+\)")


def lower_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` for lower-cased text: without IGNORECASE when its literals are lower-case."""
    if not pattern.flags & re.IGNORECASE:
        return pattern
    literal = _NOT_LITERAL.sub("", pattern.pattern)
    if literal != literal.lower():
        return pattern                 # an upper-case literal: keep the flag, still correct on lower text
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_WORD_START = r"(?<![\w-])"


class WordFinder:
    r"""``finditer`` of a whole-word pattern ``(?<![\w-])(?:...)``, but faster.

    Without its leading look-behind the pattern starts with words, and ``re`` would try it at
    nearly every letter (most letters start some place's name); ``after`` asks instead for a
    character that is no ASCII letter, digit, "_" or "-" right before it, so ``re`` skips to
    the spaces and the punctuation, the only places a whole word can start. What that
    character class lets through inside a word (a non-ASCII letter: "é") is turned away in
    Python, and a start right at ``pos`` is tried on its own, so the matches are exactly those
    of the whole pattern.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        body = pattern.pattern[len(_WORD_START):] if pattern.pattern.startswith(_WORD_START) else None
        self.body = re.compile(body, pattern.flags) if body is not None else None
        self.after = re.compile(r"[^a-z0-9_\-](?:" + body + ")", pattern.flags) if body is not None else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        if endpos is None:
            endpos = len(text)
        if self.body is None or self.after is None:
            yield from self.pattern.finditer(text, pos, endpos)
            return
        match, search = self.body.match, self.after.search
        while pos <= endpos:
            m = None
            if pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "_-"):
                m = match(text, pos, endpos)        # a word right at ``pos``: no character before it to find
            if m is None:
                hit = search(text, pos, endpos)
                while hit is not None and text[hit.start()].isalnum():
                    hit = search(text, hit.start() + 1, endpos)     # "é": inside a word
                if hit is None:
                    return
                m = match(text, hit.start() + 1, endpos)
                if m is None:       # (the body matched inside ``after``: it matches alone)
                    return
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1     # an empty match: step on, as finditer does

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)


class PhraseFinder(WordFinder):
    """A ``WordFinder`` of a few phrases that finds where one can start with ``str.find``.

    Each phrase has a word of three letters or more (its first such word, the anchor:
    "several", "few" of "a few hundred"); a match of the phrase holds its anchor, at a start
    found by stepping back over the words before it. ``str.find`` looks for a handful of
    anchors many times faster than ``re`` scans for phrases that start with common letters
    ("a", "s", "t"), and the pattern is then tried only at those starts, in order, so the
    matches are those of ``WordFinder.finditer``. A phrase without an anchor, or too many
    anchors, and it is a plain ``WordFinder``.
    """

    MAX_ANCHORS = 16

    def __init__(self, pattern: re.Pattern[str], phrases) -> None:
        super().__init__(pattern)
        anchors: dict[str, set[tuple[int, ...]]] = {}
        for phrase in {" ".join(p.lower().split()) for p in phrases if p.strip()}:
            words = phrase.split(" ")
            i = next((k for k, w in enumerate(words) if len(w) >= 3), None)
            if i is None:
                anchors = {}
                break
            anchors.setdefault(words[i], set()).add(tuple(len(w) for w in words[:i]))
        self.anchors = ([(w, sorted(backs)) for w, backs in sorted(anchors.items())]
                        if self.body is not None and 0 < len(anchors) <= self.MAX_ANCHORS else None)

    @staticmethod
    def _starts(anchors: list[tuple[str, list[tuple[int, ...]]]], text: str, pos: int, endpos: int) -> list[int]:
        """Every offset in [pos, endpos) where a phrase may start (and more)."""
        starts = set()
        find = text.find
        for word, backs in anchors:
            q = find(word, pos, endpos)
            while q != -1:
                for back in backs:
                    k = q
                    for length in reversed(back):      # step back over "\s+" and a word
                        j = k
                        while j > 0 and text[j - 1].isspace():
                            j -= 1
                        k = j - length if j < k else -1
                        if k < 0:
                            break
                    if k >= pos:
                        starts.add(k)
                q = find(word, q + 1, endpos)
        return sorted(starts)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        anchors, body = self.anchors, self.body
        if anchors is None or body is None:     # body is None only where anchors is too
            yield from super().finditer(text, pos, endpos)
            return
        if endpos is None:
            endpos = len(text)
        match = body.match
        for p in self._starts(anchors, text, pos, endpos):
            if p < pos or (p > 0 and (text[p - 1].isalnum() or text[p - 1] in "_-")):
                continue
            m = match(text, p, endpos)
            if m is not None:
                yield m
                pos = m.end()
                if pos == p:
                    pos += 1


def stem_pattern(words) -> re.Pattern[str]:
    """Whole words or phrases in any case, a word ending in "*" with any ending ("budget*":
    "budgeted"); a pattern that never matches for none."""
    whole = [w for w in words if not w.endswith("*")]
    stems = [w[:-1] for w in words if w.endswith("*")]
    alternatives = [phrase_alternation(whole)] if whole else []
    if stems:
        alternatives.append(rf"(?:{phrase_alternation(stems)})\w*")
    return re.compile(rf"\b(?:{'|'.join(alternatives)})\b" if alternatives else r"(?!x)x", re.I)


def _phrase_trie(phrases) -> re.Pattern[str]:
    """``vocabulary._words_pattern(phrases)`` for lower-cased text, its alternation factored into a
    trie ("several(?:\\s+(?:hundred|million|thousand))?"), so a candidate letter costs one test per
    branch, not one per phrase. Longer phrases are still tried first, so the matches are the same."""
    words = sorted({" ".join(p.lower().split()) for p in phrases if p.strip()})
    body = trie_alternation(words).replace("\\ ", r"\s+") if words else r"(?!x)x"
    return re.compile(rf"{_WORD_START}(?:{body})(?![\w-])")


def _last_words(phrases) -> tuple[str, ...]:
    return tuple(sorted({" ".join(p.lower().split()).rsplit(" ", 1)[-1] for p in phrases if p.strip()}))


# what goes on after a measure's object ("injured dozens in the blast", "killed hundreds across the
# region"): a preposition or a conjunction, no noun it counts
_CLAUSE_GO_ON = "and|or|but|in|on|at|across|around|near|during|after|before|when|while|as|since|over|throughout"


def _post_hedges(vocab: Vocabulary) -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of a hedge after a number ("29 or more", "200 or greater than", "29+"), and
    the hedge each word or suffix names."""
    names: dict[str, str] = {}
    words: list[str] = []
    suffixes: list[str] = []
    for name, e in vocab.hedges.items():
        for w in e.after:
            names.setdefault(" ".join(w.lower().split()), name)
            words.append(" ".join(w.lower().split()))
        for w in e.suffixes:
            names.setdefault(w.strip().lower(), name)
            suffixes.append(w.strip().lower())
    word_body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))
    suffix_body = "|".join(re.escape(w) + (r"\b" if w[-1].isalnum() else "")
                           for w in sorted(set(suffixes), key=lambda w: (-len(w), w)))
    pattern = re.compile(
        r"(?:\s+(?:or|and)\s+(?P<word>" + (word_body or r"(?!x)x") + r")\b(?P<than>\s+than\b)?"
        r"|[\s-]?(?P<plus>" + (suffix_body or r"(?!x)x") + r")(?!\d))", re.I)
    return pattern, names


def _symbol_hedges(vocab: Vocabulary) -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """The pattern of a sign before a number (">= 29", "≥ 29"), the hedge each sign names (written
    without spaces), and the characters one of them holds (a cheap test before the search)."""
    names: dict[str, str] = {}
    for name, e in vocab.hedges.items():
        for sym in e.symbols:
            names.setdefault("".join(sym.split()), name)
    alts = sorted(names, key=lambda w: (-len(w), w))
    body = "|".join(r"\s*".join(re.escape(ch) for ch in sym) for sym in alts) or r"(?!x)x"
    chars = frozenset("".join(names))
    # not the end of a longer run of signs ("=> 5", "<< 5")
    signs = "".join(sorted(re.escape(ch) for ch in chars if not ch.isalnum()))
    before = rf"(?<![{signs}])" if signs else ""
    return re.compile(before + r"(?P<op>" + body + r")\s*$"), names, chars - {"="}


# the word right after a number, past white space ("30m people", "5 dollars and 20 people")
LEAD_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")
# endings of words in "s" after a number that are no plural noun ("2m across", "400 apiece"); the
# words themselves are the vocabulary's ``not_plural_words`` ("7,500 was")
_NOT_PLURAL_ENDS = ("ss", "us", "is", "ous", "wards", "ways")


class Lexicon:
    """Lower-case patterns of one vocabulary, and the cheap tests in front of them."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.hedge = lower_pattern(vocab.hedge_pattern)
        self.hedge_ends = _last_words(p for e in vocab.hedges.values() for p in e.phrases)
        self.post_hedge, self.post_hedge_names = _post_hedges(vocab)
        self.symbol_hedge, self.symbol_hedge_names, self.symbol_chars = _symbol_hedges(vocab)
        vague = [p for e in vocab.vague.values() for p in e.phrases]
        # with, first, the same phrases without their "of" before "more" or a measure word
        # ("thousands more", "hundreds of thousands homeless", "tens of thousands displaced"):
        # one pass finds both, the longer first
        bare = sorted({" ".join(p.lower().split())[:-3] for p in vague if " ".join(p.lower().split()).endswith(" of")})
        measures = sorted({" ".join(w.lower().split()) for w in vocab.measure_by_word} | {"more"})
        follow = trie_alternation(measures).replace("\\ ", r"\s+")
        full = _phrase_trie(vague).pattern[len(_WORD_START):]
        if bare:
            body = trie_alternation(bare).replace("\\ ", r"\s+")
            full = rf"(?:{body})(?=\s+(?:{follow})(?![\w-]))|{full}"
        # the same without "of" as a measure's object at the end of its clause ("injuring dozens", "killed
        # hundreds in the raids"): kept only with a measure word right before (``measure_ends``)
        self.vague_object = PhraseFinder(re.compile(
            _WORD_START + rf"(?:{trie_alternation(bare)})(?=\s*(?:[,.;:!?)]|$)|\s+(?:{_CLAUSE_GO_ON})\b)"
            .replace("\\ ", r"\s+")), bare) if bare else None
        verbs = trie_alternation([w for w in measures if w != "more"]).replace("\\ ", r"\s+")
        self.measure_ends = re.compile(rf"(?<![\w-])(?:{verbs})\s+$")
        self.vague = PhraseFinder(re.compile(_WORD_START + full), vague + bare)
        # measures and things as tries too: searched in short windows around each claim, where
        # ``re`` tries the pattern at every position (same matches as the vocabulary's patterns)
        self.measure = _phrase_trie(vocab.measure_by_word)
        self.thing = _phrase_trie(vocab.thing_by_word)
        self.place = WordFinder(_phrase_trie(vocab.place_by_alias))
        self.source = WordFinder(_phrase_trie(vocab.source_by_alias))    # for resolve
        self.thing_by_word = vocab.thing_by_word
        self.measure_by_word = vocab.measure_by_word
        self.hedge_by_phrase = vocab.hedge_by_phrase
        self.currency = currency_table(vocab.currencies)
        self.units = unit_table(vocab.units)
        self.glued = GluedLetters(vocab, self.currency, self.units)
        # a verb of change right before a range's first number makes two figures of it ("rose
        # from 5 to 10"); before "by" and a number, a change of a figure, not the figure ("lowered
        # the toll by about 100", "a rise of 12": resolve, on lower-cased text); a word set off by a
        # comma may stand between ("rose, however, from 5 to 10")
        self.change_before = re.compile(rf"\b(?:{phrase_alternation(vocab.words('change_verbs'))})(?:,?\s+[a-z]+,)?"
                                        r"\s+(?:from\s+|by\s+)?$", re.I)
        # any word of rising or falling, or a change noun, before "from": "gained, too, from 10% to 12%",
        # "saw its support rise sharply from 41% to 44%", "a jump from 5 to 9" (two levels, no range)
        moves = (*vocab.words("rise_words"), *vocab.words("fall_words"), *vocab.words("change_nouns"))
        self.move_from_before = re.compile(rf"\b(?:{phrase_alternation(moves)})(?:,?\s+[a-z]+,|\s+[a-z]+ly)?"
                                           r"\s+from\s+$", re.I)
        # a change named before its figure ("a rise of 2.86%", "up 4%"): a figure restated after it with
        # "or" and then "to" a figure is the same change and the level reached ("... or $0.05 to $1.80")
        self.change_of_before = re.compile(rf"(?:\b(?:{phrase_alternation(moves)})(?:\s+by)?|\ban?\s+"
                                           rf"(?:[a-z]+\s+)?(?:{phrase_alternation(vocab.words('change_nouns'))})"
                                           r"\s+of)\s+$", re.I)
        change_by_verbs = phrase_alternation(vocab.words("change_by_verbs"))
        self.change_by = re.compile(rf"(?:\b(?:{change_by_verbs})\b[^.;:]{{0,60}}?\bby"
                                    rf"|\ba\s+(?:{phrase_alternation(vocab.words('change_nouns'))})\s+of)\s+$")
        # "revised up to 0.6%", "pushed rates up to 5.25%": "up" is the verb's particle (after its
        # object, of up to three words and no preposition), and the number the level it reached
        up_verbs = (*vocab.words("particle_up_verbs"), *vocab.words("level_up_verbs"))
        self.particle_up_before = re.compile(
            rf"\b(?:{phrase_alternation(up_verbs)})"
            r"(?:\s+(?!(?:to|for|with|in|at|on|from|by|of|and|or|that|which|who|as|than)\b)[\w'’-]+){0,3}\s+$",
            re.I)
        # "took the toll up to 38", "brought the number of dead up to 51", "brought the number of people
        # accounted for up to 188" (up to three words may tell which of them): the total's level reached
        self.total_up_before = re.compile(
            rf"\b(?:{phrase_alternation(vocab.words('total_up_verbs'))})\s+(?:[\w'’-]+\s+){{0,3}}?"
            rf"(?:{phrase_alternation(vocab.words('total_nouns'))})(?:\s+of\s+(?:the\s+)?[\w'’-]+"
            r"(?:\s+(?!(?:up|to|from|by)\b)[a-z][\w'’-]*){0,3})?\s+$", re.I)
        # "spread over six districts": "over" the verb's preposition, no bound (an adverb may stand between)
        self.over_verb_before = re.compile(
            rf"\b(?:{phrase_alternation(vocab.words('over_verbs'))})(?:\s+[a-z]+ly)?\s+$", re.I)
        # "down -2.43 percent", "eased -0.23%": a minus sign after a word of falling repeats the
        # direction the word gives; the figure is the size of the fall (mentions)
        self.fall_sign_before = re.compile(rf"\b(?:{phrase_alternation(vocab.words('fall_words'))})(?:\s+by)?\s+$")
        # a result: "won 3-2", "a 2-1 win" (nonclaims)
        self.score_words = frozenset(vocab.words("score_words"))
        self.score_before = re.compile(rf"\b(?:{phrase_alternation(vocab.words('score_words'))})\b[^.;:\d]{{0,30}}$",
                                       re.I)
        self.labels = LabelWords(vocab)
        self.nonclaim_words = NonclaimWords(vocab)
        # "the Senate passed 12 bills": a hedge verb of passing whose object the number may count (hedges)
        self.object_hedge_verbs = frozenset(vocab.words("object_hedge_verbs"))
        # "4m waves", "1.5m high fences": an "m" glued to digits that is metres, no millions (mentions)
        self.sized_by_length = frozenset(vocab.words("sized_by_length_nouns"))
        self.length_words = frozenset(vocab.words("length_words"))
        # "64 mcm", "14 bcm", "450 kb/d": a unit abbreviation whose first letter is its scale (mentions)
        self.scaled_units = frozenset(w.lower() for w in vocab.words("scaled_unit_abbreviations"))
        self.not_plural = frozenset(vocab.words("not_plural_words"))
        # context.yaml: "the agency said" (a body named before), "the bank projects inflation of",
        # budget copy ("Health gets $12 billion": scope.recipient_before)
        self.body_anaphors = frozenset(vocab.words("body_anaphor_nouns"))
        self.forecast_verbs = frozenset(vocab.words("forecast_verbs"))
        # "the bank reported net profit of", "posted revenue of": the verb ends the subject (scope.subject_before)
        self.reporting_verbs = frozenset(w.lower() for w in vocab.words("reporting_verbs") if " " not in w)
        # the words of a statement or a publication, in lower case: a time right after one is when it was said
        # or published (extract._telling_words, time_frame's cues)
        self.telling_words = tuple(w.lower() for w in vocab.words("reporting_verbs")
                                   + vocab.words("closing_reporting_verbs") + vocab.words("publishing_participles"))
        self.budget_words = stem_pattern(vocab.words("budget_words"))
        # the words of a poll or a vote before a party's share ("Labour is on 33%": scope.share_holder_before,
        # and extract's lists of shares)
        self.poll_words = stem_pattern(vocab.words("poll_words"))
        self.poll_move_verbs = frozenset(vocab.words("poll_move_verbs"))     # "Labour fell two points"
        self.source_names = Memo()     # who an attribution names (scope.attributions_in)
        self.cue_places = Memo()       # the place a locative cue names (scope.places_in)

    def thing_follows(self, after: str) -> bool:
        """Whether the word right after a number (``after`` starts after it) is a counted thing of
        the vocabulary ("30m people", "2019 people")."""
        lead = LEAD_WORD.match(after)
        return bool(lead and lead.group(1).lower() in self.thing_by_word)

    def noun_follows(self, after: str) -> bool:
        """Whether a counted noun comes right after a number (``after`` starts after it): a thing of
        the vocabulary, or a word in lower case that reads as a plural noun ("12 bills", "1.1m
        subscribers"), not a word of grammar ("7,500 was", "2m across")."""
        lead = LEAD_WORD.match(after)
        if lead is None:
            return False
        word = lead.group(1)
        if word.lower() in self.thing_by_word:
            return True
        return (word.islower() and len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL_ENDS)
                and word not in self.not_plural)

    def hedge_before(self, lower: str, pos: int, window: int) -> re.Match[str] | None:
        """``vocab.hedge_pattern.search(text, pos - window, pos)``, on the lower-cased text."""
        lo = max(0, pos - window)
        if not lower[lo:pos].rstrip().endswith(self.hedge_ends):
            return None
        return self.hedge.search(lower, lo, pos)


T = TypeVar("T")


def per_vocabulary(build: Callable[[Vocabulary], T]) -> Callable[[Vocabulary], T]:
    """``build(vocab)``, built on first use and kept while ``vocab`` lives: the way every set of
    patterns compiled from a vocabulary is kept (a ``Vocabulary`` holds dicts, so it cannot be
    hashed, and is looked up by identity)."""
    cache: dict[int, tuple[weakref.ref, T]] = {}

    def get(vocab: Vocabulary) -> T:
        key = id(vocab)
        hit = cache.get(key)
        if hit is not None and hit[0]() is vocab:
            return hit[1]
        built = build(vocab)

        def forget(_ref: object, key: int = key) -> None:
            cache.pop(key, None)

        cache[key] = (weakref.ref(vocab, forget), built)
        return built

    get.__doc__ = build.__doc__
    return get


lexicon = per_vocabulary(Lexicon)
