"""The statistic a level, a rate or a change is of, read from its clause.

Why: news gives the level or the change of a statistic as a complement of the verb whose subject names
it, often after other complements and other figures of the same chain ("Uganda's annual headline inflation
eased for a third month running, to 25.7 percent in the year to January from 27.0 in December", "pretax
profit jumped by more than 80% on the previous year to about 76 billion birr ($550 million)"), or as a
comparison standing after the figure it compares ("the airline flew 5,049,317 passengers in 2019, 22 per
cent more than the year before"). The readers of ``scope`` look at the words right next to a figure; this
module reads the clause, so the figure takes the statistic its clause names. Its words are the word lists
of ``rules/vocabulary/statistics.yaml``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from auditor.claims import Claim
from auditor.extract import scope as sc
from auditor.extract.lexicon import lexicon, per_vocabulary
from auditor.vocabulary import Vocabulary

_REACH = 240        # how far before a figure its clause's verb may stand (characters)
_TOKEN = re.compile(r"[^\W\d_][\w'’&-]*|\d(?:[\d.,]*\d)?|[,;:()\[\]—–]")
# what may open a complement of the verb after a comma or "and": a preposition, a link or a hedge ("..., to
# 25.7 percent", "..., or 29.6 percent", "and 5.05% on a year earlier"); any other word opens a new phrase
_COMPLEMENT_OPENERS = frozenset("""to from by at in on of for after before against with than over since during
    through up down or about nearly some around almost roughly just more less still also then only even
    compared versus vs year month week quarter""".split())
_ARTICLES = frozenset({"a", "an"})
_PARTICIPLE_END = "ing"
# what a figure of comparison may stand behind: the figure before it and its phrase, no figure, no clause
_COMPARED_GAP = re.compile(r"(?P<phrase>(?:[^\d;:()]|(?<!\d)(?:19|20)\d\d(?!\d)|\b[QH][1-4]\b){0,100}?),[ \t]*"
                           r"(?:(?P<link>[a-z]+(?:[ \t]+[a-z]+){0,2}?)[ \t]+)?(?:by[ \t]+)?"
                           r"(?:(?:some|about|around|nearly|almost|roughly|just|over|more[ \t]+than)[ \t]+)?", re.I)
# a conjunction right before a figure of comparison ("and 30% above", ", though still 31.8 percent below")
_JOINED_COMPARISON = re.compile(r",?[ \t]+(?:and|but|though|yet)(?:[ \t]+(?:still|also|only))?[ \t]+$", re.I)
_COMPARED_PHRASE = re.compile(r"(?:[^\d;:()]|(?<!\d)(?:19|20)\d\d(?!\d)|\b[QH][1-4]\b)*")
_BRACKET_AFTER = re.compile(r"[ \t]*(?:\([^()]{0,40}\)[ \t]*)?,?[ \t]*(?P<word>[a-z]+)", re.I)
_NEW_PHRASE_AFTER = frozenset({"and", "with"})
_AUX = frozenset({"has", "have", "had", "was", "were", "is", "are", "will", "would", "be", "been", "also", "still"})
_PERCENT_WORDS = frozenset({"percent", "cent", "pc", "pct", "percentage", "points", "point"})
_WORD = re.compile(r"[^\W\d_]+")
_SET_OFF = re.compile(r",[^,]*,")
_never_thing_words = per_vocabulary(lambda vocab: frozenset(vocab.words("never_thing_words")))
_ADVERBS = frozenset({"now", "again", "further", "once", "already", "almost", "well", "far", "sharply",
                      "steadily", "instead", "respectively", "each", "both", "all", "altogether", "overall", "too",
                      "slightly", "back"})
# a preposition or a gerund (an article between allowed) right before a subject: it is inside a phrase
_OPENER_BEFORE = re.compile(r"\b(?:for|from|with|to|by|on|at|into|about|against|[a-z]+ing)[ \t]+"
                            r"(?:(?:the|its|their|a|an|this|that|these|those)[ \t]+)?$", re.I)
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "a", "an"})
_OBJECT_WORDS = 5       # an object longer than four words is no noun phrase read right
_COPULAS = frozenset({"was", "were", "is", "are", "be", "been", "being", "remained", "remains", "stayed", "stays",
                      "became", "becomes"})
_HAS_DIGIT = re.compile(r"\d")
_PERCENT_BEFORE = re.compile(r"%|\bper[ \t]*cent\b|\bpercent\b", re.I)
_REPORTED = frozenset({"said", "says", "told", "showed", "shows", "added", "reported", "reports"})


class _Words(NamedTuple):
    verbs: frozenset[str]           # the verbs that join a statistic to its figure
    more: frozenset[str]            # those of them the subject reader does not know already
    breaks: frozenset[str]          # words that end the figure's clause
    compared: frozenset[str]        # words after a figure that make it a comparison
    links: frozenset[str]           # words before a figure (after a comma) that make it a change
    levels: frozenset[str]          # nouns of a level, which a verb may take before its figure
    moving: frozenset[str]          # verbs whose object is the statistic they move to or by the figure
    shares: frozenset[str]          # verbs of a share ("Gas provided 31%"): no word of a name


def _build_words(vocab: Vocabulary) -> _Words:
    more = frozenset(vocab.words("statistic_verbs"))
    return _Words(sc.change_verbs(vocab) | more, more, frozenset(vocab.words("clause_break_words")),
                  frozenset(vocab.words("comparison_words")), frozenset(vocab.words("comparison_links")),
                  frozenset(vocab.words("level_nouns")) | frozenset(vocab.words("level_object_words")),
                  frozenset(vocab.words("moving_verbs")), frozenset(vocab.words("share_verbs")))


_words = per_vocabulary(_build_words)


def statistic_before(text: str, s_start: int, pos: int, vocab: Vocabulary, moved: bool = False) -> sc.Thing | None:
    """The subject of the level or change verb whose complement the figure at ``pos`` is: the nearest such
    verb before it in its clause, with only the verb's complements between (figures, prepositional phrases,
    commas, brackets, "or", a participle after a comma: "inflation also cooled, coming in at 0.4 percent
    after 0.6 percent"). None when a clause ends between (a semicolon, "while", "said"), a new phrase
    opens after a comma or "and" ("Revenue reached 1,889 billion and spending 2,068 billion"), or the
    verb's subject is no noun phrase. With ``moved`` (points: an index's or a team's), only the subject of
    a change, or of a clause that gives a percentage before ("the index fell 2.28%, shedding 113.5
    points"; not "the Cranes have 13 points")."""
    if moved and not _PERCENT_BEFORE.search(text, s_start, pos):
        found = _statistic_before(text, s_start, pos, vocab)
        return found[0] if found is not None and found[1] in vocab.measure_by_word \
            and vocab.measure_by_word[found[1]] in sc.CHANGE_MEASURES else None
    found = _statistic_before(text, s_start, pos, vocab)
    return found[0] if found is not None else None


def _statistic_before(text: str, s_start: int, pos: int, vocab: Vocabulary) -> tuple[sc.Thing | None, str] | None:
    """The statistic and the verb that joins it (``statistic_before``), or None."""
    words = _words(vocab)
    lo = max(s_start, pos - _REACH)
    toks = [(t.group(), t.end()) for t in _TOKEN.finditer(text, lo, pos)]
    if toks and lo > s_start and text[lo - 1].isalnum():
        del toks[0]         # the end of a word or a number the window cut
    depth = 0       # brackets closed between the figure and the word read
    for i in range(len(toks) - 1, -1, -1):
        tok, end = toks[i]
        low = tok.lower()
        if tok in ";:—–" or low in words.breaks or (tok in "([" and depth == 0 and i > 0 and toks[i - 1][0][0].isalpha()
                                                    and _HAS_DIGIT.search(text, end, pos)):
            return None     # (a figure after another in brackets is the aside of the name before them: "Central
            #                 Luzon (9,426 cases or 15 percent)")
        depth += (tok in ")]") - (tok in "([")
        if low in words.moving and i + 1 < len(toks) and _object_after(toks[i + 1][0], vocab):
            return _object(toks, i + 1, vocab), low     # "led the bank to raise its lending rate to 23 percent"
        if low in words.verbs:
            before = toks[i - 1][0].lower() if i > 0 else ""
            if before == "to" or (before == "," and low.endswith(_PARTICIPLE_END)):
                continue    # "rose 0.25 percent to close at", "cooled, coming in at": the clause's verb is before
            if low not in _COPULAS and i + 1 < len(toks) and _object_after(toks[i + 1][0], vocab) \
                    and not any(t[0].lower() in words.levels for t in toks[i + 1:i + 6]):
                return None     # "analysts put the full-year operating profit far higher, at": an object between
                #                 (not a level: "inflation hit its highest level in 20 years, 34.62%")
            return _subject(text, s_start, toks[:i + 1], vocab, words), low
        if (tok == "," or low in _NEW_PHRASE_AFTER) and i + 1 < len(toks) \
                and not _opens_complement(toks, i + 1, words):
            return None     # ("..., even with lemons up 23.57%": another subject, its verb left out)
    return None


def _subject(text: str, s_start: int, toks: list[tuple[str, int]], vocab: Vocabulary,
             words: _Words) -> sc.Thing | None:
    """The statistic before the verb that ends ``toks``: no figure ("85 mm fell ... and just 5.2 mm this
    year": the figure before is the subject), no time ("profit for its first half climb"), no word that
    is never a thing, and no clause of its own between it and the verb ("Data from the committee show
    exports made up")."""
    k = len(toks) - 2
    while k >= 0 and toks[k][0].lower() in _AUX:
        k -= 1
    if k >= 0 and (toks[k][0][0].isdigit() or (k > 0 and toks[k - 1][0][0].isdigit())):
        return None
    thing, joined = sc.subject_before(text, s_start, toks[-1][1], vocab, words.more)
    if thing is None or not joined:
        return None
    head = thing.key.rsplit(" ", 1)[-1]
    if sc.time_head(head) or head in _never_thing_words(vocab) or head in _PERCENT_WORDS:
        return None
    at = text.rfind(thing.text, s_start, toks[-1][1])
    opener = _OPENER_BEFORE.search(text, max(s_start, at - 30), at) if at >= 0 else None
    if opener is not None:
        return None     # "India's budget for fighting the disease is": the phrase's object, its head is before
    between = _SET_OFF.sub(" ", text[at + len(thing.text):toks[-1][1]]) if at >= 0 else ""
    if any(w.lower() in words.breaks for w in _WORD.findall(between)):
        return None     # (a clause set off by commas is the subject's own: "core inflation, which strips ..., was")
    return thing


def _object(toks: list[tuple[str, int]], j: int, vocab: Vocabulary) -> sc.Thing | None:
    """The noun phrase a verb of moving takes as its object from token ``j``: its determiner and its owner
    left out ("lifted the bank's shares as much as 2 percent" -> shares), up to a preposition, an adverb or
    a figure ("takes inflation for 2018 so far to 0.62%" -> inflation)."""
    if j < len(toks) and toks[j][0].lower() in _DETERMINERS:
        j += 1
    if j + 1 < len(toks) and toks[j][0].endswith(("'s", "’s")):
        j += 1
    np: list[str] = []
    while j < len(toks) and len(np) < _OBJECT_WORDS and toks[j][0][0].isalpha() \
            and not toks[j][0].endswith(("'s", "’s")):
        if toks[j][0].lower() == "of":
            # "puts the statistical margin of error at": "of" and a noun go on with the phrase
            if not (np and j + 1 < len(toks) and toks[j + 1][0][0].isalpha() and _object_after(toks[j + 1][0], vocab)
                    and toks[j + 1][0].lower() not in sc.STOP_WORDS):
                break
        elif not _object_after(toks[j][0], vocab) or toks[j][0].lower() in sc.STOP_WORDS:
            break
        np.append(toks[j][0])
        j += 1
    if not np or len(np) == _OBJECT_WORDS:
        return None
    head = np[-1].lower()
    if sc.time_head(head) or head in _never_thing_words(vocab) or head in _PERCENT_WORDS:
        return None
    return sc.Thing(" ".join(np), vocab.thing_by_word.get(head), " ".join(np).lower())


def _object_after(tok: str, vocab: Vocabulary) -> bool:
    """Whether the word right after the verb starts an object (a noun phrase), not a complement, an adverb
    or the rest of the verb ("was recorded", "were cut by"): the verb then is transitive and its subject is
    no statistic of the figure."""
    low = tok.lower()
    return tok[0].isalpha() and low not in _COMPLEMENT_OPENERS and low not in _AUX \
        and not low.endswith(("ly", "ed", "en")) and low not in _ADVERBS and low not in vocab.measure_by_word


def _opens_complement(toks: list[tuple[str, int]], i: int, words: _Words) -> bool:
    """Whether the token at ``i`` (after a comma or "and") goes on with the verb's complements."""
    tok = toks[i][0]
    low = tok.lower()
    if not tok[0].isalpha():
        return tok[0].isdigit() or tok in "(["
    if low in _COMPLEMENT_OPENERS or low in words.verbs:
        return True
    # ", an increase of €8.75 billion": a noun of the change itself
    return low in _ARTICLES and i + 1 < len(toks) and toks[i + 1][0].lower() in words.verbs


def compared_with_before(text: str, start: int, end: int, before: Claim | None,
                         vocab: Vocabulary) -> sc.Thing | None:
    """The thing of the figure ``before`` when the figure at ``start``..``end`` compares with it right after
    it in the clause: "flew 5,049,317 passengers on its network in 2019, 22 per cent more than the year
    before", "handled 221,900 passengers, up 17.7% on the same month" (a reporting clause may stand
    between: "amounted to 2.42 billion dollars in Q1, the report showed, 22 percent below")."""
    if before is None or not before.thing or not before.thing_key or before.end > start:
        return None
    words = _words(vocab)
    joined = _JOINED_COMPARISON.search(text, before.end, start)
    if joined is not None:
        # "its highest profit ever and 30% above the ...", "..., though still 31.8 percent below the target": a
        # second comparison of the same figure, joined by a conjunction
        after = _BRACKET_AFTER.match(text, end)
        between = text[before.end:joined.start()]
        if after is not None and after.group("word").lower() in words.compared and len(between) <= 100 \
                and _COMPARED_PHRASE.fullmatch(between) \
                and not any(w.lower() in words.breaks for w in _WORD.findall(between)):
            return sc.Thing(before.thing, before.thing_class, before.thing_key)
    gap = _COMPARED_GAP.fullmatch(text, before.end, start)
    if gap is None:
        return None
    phrase = [w.lower() for w in re.findall(r"[^\W\d_]+", gap.group("phrase"))]
    if any((w in words.breaks or w == "and") and w not in _REPORTED for w in phrase):
        return None     # "exports reached $5bn, while imports were 3% higher": another clause
    link = (gap.group("link") or "").lower()
    if link and link not in words.links:
        return None
    after = _BRACKET_AFTER.match(text, end)
    if not link and (after is None or after.group("word").lower() not in words.compared):
        return None
    return sc.Thing(before.thing, before.thing_class, before.thing_key)


# an item of a list whose verb is left out, right after the figure of the item before: "), the Green League by
# 15.1 per cent", " and food 0.7 percent more", " and the Services index by (0.07%)", " and in paid services at
# 13.9 percent", " and Axia 4.24 percent higher"
_LISTED_ITEM = re.compile(
    r"[ \t]*\)?[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:(?:also|then)[ \t]+)?(?:in[ \t]+)?"
    r"(?:(?:the|its|their)[ \t]+)?(?P<np>[A-Za-z][\w'’&.-]*(?:[ \t]+[A-Za-z][\w'’&.-]*){0,5}?)"
    r"(?:[ \t]*\([A-Z][\w&-]{1,9}\))?(?:[ \t]+(?:also[ \t]+)?(?:by|on|at|with|up|down))?[ \t]*\(?[ \t]*")
_LIST_INNER = frozenset({"and", "of", "&"})
# the preposition that sets a listed name to its figure ("..., clothing on 5.1 percent", "and Industrial at $10m")
_ITEM_PREPOSITION = re.compile(r"[ \t](?:by|on|at|with)[ \t]*\(?[ \t]*$")
_PLACE_LIST_OPENED = re.compile(r"\b(?:in|at|across|from)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
                                r"[ \t]*\(?[ \t]*$")
_ANAPHORS = frozenset({"former", "latter", "first", "second", "last", "rest", "others", "remainder"})


def listed_item_before(text: str, start: int, before: Claim | None, vocab: Vocabulary) -> sc.Thing | None:
    """The name of a list item whose verb is left out, between the figure ``before`` (the one of the item
    before, with a thing or a measure) and the figure at ``start``: "The Social Democrats were backed by
    16.3 per cent (+0.2), the Green League by 15.1 per cent" -> Green League."""
    if before is None or before.end > start:
        return None
    item = _LISTED_ITEM.fullmatch(text, before.end, start)
    if item is not None and not (before.thing or before.measure) and (
            not _ITEM_PREPOSITION.search(item.group())
            or any(w.islower() and w.endswith("ed") for w in item.group("np").split())):
        # (a bare figure before: only a name set to its figure by "on", "at", "with", "by", not a verb's particle:
        # "and Vial passed on 4.1bn crowns")
        return None
    if item is None or _PLACE_LIST_OPENED.search(text, max(0, before.start - 60), before.start):
        return None     # ("rose fastest in Ontario (4.1%), Quebec (3.2%)": places, a preposition opened the list)
    words = _words(vocab)
    names = item.group("np").split()
    lows = [w.lower() for w in names]
    if lows[0] in _LIST_INNER or lows[-1] in _LIST_INNER or any(
            (w in sc.STOP_WORDS and w not in _LIST_INNER) or w in words.verbs or w in vocab.measure_by_word
            or w in words.compared or w in _COMPLEMENT_OPENERS or w in _never_thing_words(vocab) for w in lows) \
            or sc.time_head(lows[-1]) or lows[-1] in _PERCENT_WORDS or lows[-1] in _ANAPHORS:
        return None
    name = " ".join(names)
    if vocab.canonical_place(name) in vocab.places:
        return None     # "..., Edo 29 per cent, Bauchi 11 per cent": a place's share, of a thing named before
    return sc.Thing(name, vocab.thing_by_word.get(lows[-1]), name.lower())


# a share's "on" right before it (a qualifier of the figure between: holder_qualifiers), with a ranking word or
# an aside in brackets or commas before it
_on_before = per_vocabulary(lambda vocab: re.compile(
    r"[ \t]+on[ \t]+(?:(?:" + "|".join(re.escape(w) for w in vocab.words("holder_qualifiers")) + r")[ \t]+)?$"))
_HOLDER_REACH = 90      # how far before its "on" a name set to its share may begin (characters)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’&.-]*|&|\d{1,4}")


def holder_on_before(text: str, s_start: int, pos: int, vocab: Vocabulary) -> sc.Thing | None:
    """The name a percentage is the share of, set to it by "on" after the opening of its item: "..., then
    Thailand on 16.4 percent", "and the two opposition parties on 42.8 percent", "Clothing & Footwear on 4.9
    percent", "the United Left Coalition (DSD, IDS and TRS) on 2.7 percent", "the SDS Democrats second on 15.9
    percent", "Estonia 200, which has no seats in parliament, on 7.1 percent". The name runs back from the "on"
    (past a ranking word, a bracket or an aside) to the last opener of ``holder_openers``, a comma, a semicolon
    or a bracket, and holds no verb, measure or function word."""
    on = _on_before(vocab).search(text, max(s_start, pos - 30), pos)
    if on is None:
        return None
    end = on.start()
    head = text[max(s_start, end - 40):end]
    if head.endswith(")"):                  # "(DSD, IDS and TRS)": an aside in brackets
        opened = head.rfind("(")
        end = end - len(head) + opened if opened >= 0 else end
    elif head.endswith(","):                # ", which has no seats in parliament,": an aside in commas
        if lexicon(vocab).poll_words.search(text, max(0, s_start - sc.POLL_CONTEXT), pos) is None:
            return None     # ("The Pirates, on 6%, rose on the exchange": a subject's aside, outside a poll)
        aside = text.rfind(",", max(s_start, end - 80), end - 1)
        end = aside if aside >= 0 else end
    lo = max(s_start, end - _HOLDER_REACH)
    words = [(w.group(), w.start()) for w in _NAME_WORD.finditer(text, lo, end)]
    ranks = set(vocab.words("rank_words"))
    while words and words[-1][0].lower() in ranks:
        words.pop()
    if not words:
        return None
    openers = vocab.words_pattern("holder_openers")
    start = lo
    for found in openers.finditer(text, lo, words[-1][1]):
        start = max(start, found.end())
    for mark in ",;:(":
        at = text.rfind(mark, lo, words[-1][1])
        start = max(start, at + 1) if at >= 0 else start
    name = [(w, at) for w, at in words if at >= start]
    while name and name[0][0].lower() in ("the", "its", "their"):
        name.pop(0)
    if not name or start == lo and lo > s_start:
        return None     # (no opener within reach: not an item's name)
    lows = [w.lower() for w, _ in name]
    stat = _words(vocab)
    if lows[0] in _LIST_INNER or lows[-1] in _LIST_INNER or (len(lows) == 1 and lows[0].isdigit()) or any(
            (w in sc.STOP_WORDS and w not in _LIST_INNER) or w in stat.verbs or w in vocab.measure_by_word
            or w in _never_thing_words(vocab) for w in lows) or sc.time_head(lows[-1]):
        return None
    phrase = text[name[0][1]:name[-1][1] + len(name[-1][0])]
    return sc.Thing(phrase, vocab.thing_by_word.get(lows[-1]), phrase.lower())


# figures paired with names by "respectively": "vegetable oil, eggs and vegetables fell by 4.7%, 11.6% and 2.1%
# respectively"; a figure of the list may carry a bracket ("took 12.55% (10) and 5.57% (4) respectively")
_FIGURE = r"[-+]?(?:[$€£][ \t]*)?\d[\d.,]*(?:[ \t]*(?:%|per[ \t]*cent|percent|percentage[ \t]+points?|points?))?"
_BRACKETED = r"(?:[ \t]*\([^()]{0,20}\))?"
_RESPECTIVE = re.compile(r"(?P<list>" + _FIGURE + _BRACKETED + r"(?:[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
                         + _FIGURE + _BRACKETED + r")+)[ \t]*,?[ \t]*respectively\b", re.I)
_LIST_FIGURE = re.compile(_FIGURE + r"|\([^()]{0,20}\)", re.I)
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’&.-]*|,|;|:|\(|\)")
_PAIR_REACH = 160       # how far before its figures a list of names may stand (characters)


def respective_name(text: str, s_start: int, s_end: int, start: int, vocab: Vocabulary) -> sc.Thing | None:
    """The name paired with the figure at ``start`` by "respectively": the figures' list and the list of
    names before it have as many items, and the figure takes the name of its place ("the Small and Medium
    caps went up 1.95 percent and 1.03 percent respectively" -> Medium caps)."""
    found = _RESPECTIVE.search(text, max(s_start, start - 120), min(s_end, start + 160))
    if found is None or not found.start("list") <= start < found.end("list"):
        return None
    figures = [f for f in _LIST_FIGURE.finditer(text, found.start("list"), found.end("list"))
               if not f.group().startswith("(")]
    at = next((k for k, f in enumerate(figures) if f.start() <= start < f.end()), None)
    if at is None:
        return None
    names = _names_before(text, max(s_start, found.start() - _PAIR_REACH), found.start(), len(figures), vocab)
    if names is None:
        return None
    name = names[at]
    head = name.split()[-1].lower()
    return sc.Thing(name, vocab.thing_by_word.get(head), name.lower())


def _names_before(text: str, lo: int, hi: int, count: int, vocab: Vocabulary) -> list[str] | None:
    """The last coordination of ``count`` names before ``hi`` ("A, B and C", "A and of B", "Small and
    Medium caps"), each a run of words with no verb and no function word but inside a title ("Black on
    White"), or None."""
    toks = [t.group() for t in _NAME_TOKEN.finditer(text, lo, hi)]
    if toks and lo > 0 and text[lo - 1].isalnum():
        del toks[0]
    for k in range(len(toks) - 1, 0, -1):
        if toks[k].lower() != "and":
            continue
        right = _conjunct(toks, k + 1, vocab)
        first = right.split()[0].lower() if right else ""
        if not right or first.endswith("ed") or (first.endswith("ing") and " " not in right):
            continue        # "in front and headed for a runoff": a verb, no name (not "cooking gas")
        items = [right]
        j = k - 1
        prep = toks[k + 1].lower() if toks[k + 1].lower() in _ITEM_PREPOSITIONS else None
        while len(items) < count and j >= 0:
            left, j = _conjunct_back(toks, j, vocab, prep)
            if not left:
                break
            items.insert(0, left)
            if len(items) < count and j >= 0 and toks[j] == ",":
                j -= 1
            elif len(items) < count:
                break
        if len(items) == count:
            if count == 2 and len(items[0].split()) == 1 and len(items[1].split()) > 1 and items[1][-1].islower() \
                    and prep is None and toks[k - 1] == items[0]:
                items[0] = " ".join([items[0], *items[1].split()[1:]])     # "the Small and Medium caps": one head
            return items
        return None
    return None


_ITEM_PREPOSITIONS = frozenset({"of", "in", "for"})
_NAME_WORDS = frozenset({"of", "on", "the", "is", "for", "and", "our", "a", "in", "de", "la", "del"})


def _is_name_word(tok: str, vocab: Vocabulary) -> bool:
    low = tok.lower()
    words = _words(vocab)
    return tok[0].isalpha() and low not in sc.STOP_WORDS and low not in words.verbs and low not in words.moving \
        and low not in words.breaks and low not in vocab.measure_by_word and low not in words.shares


def _conjunct(toks: list[str], j: int, vocab: Vocabulary) -> str:
    """The name that starts at token ``j`` (after "and"), a preposition before it left out."""
    if j < len(toks) and toks[j].lower() in _ITEM_PREPOSITIONS:
        j += 1
    if j < len(toks) and toks[j].lower() in ("the", "its", "their"):
        j += 1
    words: list[str] = []
    while j < len(toks) and len(words) < 6:
        tok = toks[j]
        if _is_name_word(tok, vocab):
            words.append(tok)
        elif words and tok.lower() in _NAME_WORDS and words[0][0].isupper() and (
                (j + 1 < len(toks) and toks[j + 1][0].isupper())
                or (j + 2 < len(toks) and toks[j + 1].lower() in _NAME_WORDS and toks[j + 2][0].isupper())):
            words.append(tok)       # "Black on White", "Peace is Our Nation", "Voice of the North"
        else:
            break
        j += 1
    return " ".join(words)


def _conjunct_back(toks: list[str], j: int, vocab: Vocabulary, prep: str | None) -> tuple[str, int]:
    """The name that ends at token ``j``, read backwards, and the index before it; after "and of" the name
    runs back to the same preposition ("Prices of clothing and footwear and of communications")."""
    words: list[str] = []
    while j >= 0 and len(words) < 6:
        tok = toks[j]
        low = tok.lower()
        if prep is not None and low == prep:
            j -= 1
            break
        if _is_name_word(tok, vocab) or (prep is not None and low == "and" and words):
            words.insert(0, tok)
        elif words and words[0][0].isupper() and (tok[0].isupper() or (
                low in _NAME_WORDS and j > 0 and toks[j - 1][0].isupper())):
            words.insert(0, tok)        # "Peace is Our Nation": the small words of a title
        else:
            break
        j -= 1
    while words and words[0].lower() in ("and", "the"):
        words.pop(0)
    return " ".join(words), j


# "held $2 billion, 40 percent of it in bonds", "4328 cases, 50.51% of them in children": a share of the
# figure before, whose whole is read elsewhere (relations), not the clause's statistic
_OF_IT_AFTER = re.compile(r"[ \t]+of[ \t]+(?:it|them|those|these|which|whom)\b", re.I)


def share_of_the_figure_before(text: str, end: int) -> bool:
    """Whether the figure that ends at ``end`` is a share "of it" or "of them": of the figure before."""
    return _OF_IT_AFTER.match(text, end) is not None
