"""Relations between the numbers of one document, found from its text (issue 14).

Extraction reads each number with its sentence; this pass, run last over one
document's claims, says how the numbers relate so that checks can recompute
them without re-reading the text:

* parts of a whole: "14 dead, including 8 pupils and 7 teachers", "Of the 150
  seats, A won 71, B 52 and C 33", "Of the 48 on board, 30 were rescued and 21
  are missing", "a $54bn budget ... It includes $30bn for arms and $9bn for
  pay", "410 of them", "N of the M" (``part_of``;
  the items of a list of distinct parts also get ``list_of``), and a total
  stated after its parts ("..., which together account for 58.6 billion":
  the parts get ``list_of``, the total ``is_total``);
* shares: "64%, with 2.9 million of the 5.8 million", "1,240 ..., a rate of
  52%", "780 million, or 41% of the total" (``share_part``, ``share_of``),
  "backed by 72% of members. Of the 41,000 members balloted, 24,600 ...",
  and lists of shares of one base, "52% yes, 45% no and 8% blank"
  (``share_list``, the first share of the list);
* changes: a figure that is itself a change ("up 15%", "rose by 300", "140%
  above", "2.3 points": ``change`` is its kind) and a figure reached from
  another ("to 1,450 from 1,250": ``change_from``, and ``change_by`` for the
  stated change); ``direction`` is +1 or -1 when a verb says which way;
* the same quantity stated again: in another unit ("12 miles (19 km)"), named
  again with "the" ("4.5 tonnes of cocaine ... the 3,200 kg of cocaine"), or
  rounded and precise ("nearly 300 died ... the 318 who died") (``same_as``);
* one source's successive figures of a running total (``earlier``).

When the title has figures, every claim also gets ``head``, the stem of the
word it counts or is said of ("dead" for "40 dead" and "14 bodies", "turnout"
for "Turnout was 61%"), which is how a headline figure finds the body's figure
for the same quantity.

The claims given are this extraction's own: their relation fields are written in place.

Work is linear in the number of claims: neighbours within a sentence, the
previous sentence, and claims grouped by a key; never all pairs.
Knows nothing of rules.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Iterable

from auditor.casefold import fold_keyword, may_hold
from auditor.claims import CLAIM_COLUMNS, Claim
from auditor.extract.compared_change import names_an_earlier_time
from auditor.extract.lexicon import lexicon, per_vocabulary
from auditor.extract.when import MONTHS, WEEKDAYS
from auditor.vocabulary import Vocabulary

# -- words ------------------------------------------------------------------------------------

_WINDOW = 12        # how many neighbouring figures a relation may reach across: keeps the pass linear
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_STOP = frozenset("""a an the of in on at to for from by with and or but as than that this these those
its their his her our your it is was were be been being are has have had will would could should
may might can said says say told according about around some nearly almost over under more less
fewer least most up down just roughly approximately estimated only another other further new
per cent percent which who whom when where while after before since during into out off all
each every both there here then now so such also still yet not no nor very much many several
against between among them they we he she you i one""".split())
# words that name the same quantity as another ("14 bodies" are "14 dead")
_HEAD_SYNONYMS = {"bodi": "dead", "body": "dead", "death": "dead", "die": "dead", "died": "dead",
                  "kill": "dead", "killed": "dead", "fatal": "dead", "fatalitie": "dead", "dead": "dead",
                  "wound": "injur", "wounded": "injur", "injured": "injur", "hurt": "injur",
                  "marcher": "march", "marched": "march", "protester": "protest",
                  "arrival": "arriv", "arrived": "arriv", "detained": "detain", "detention": "detain",
                  "arrest": "detain", "arrested": "detain", "voter": "vote", "votes": "vote",
                  # those who watched: "40,000 fans watch", "a crowd of 54,300", "spectators"
                  "fan": "crowd", "fans": "crowd", "spectator": "crowd", "spectators": "crowd", "crowd": "crowd",
                  "attendance": "crowd"}
_SCALE_AND_PERCENT = frozenset("""million billion trillion thousand hundred m bn k mn percent per cent
percentage point points""".split())


@per_vocabulary
def unit_words(vocab: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    """Words that are part of an amount, not what it counts, before a number and after one:
    scales, per cent, and the one-word names of the vocabulary's currencies that name one alone,
    where the currency table reads them ("dollars 5"; "5 rupees", a desk's "5 greenbacks"; not
    "real", a currency only after "Brazilian", nor "won" before a number: "won 47%")."""
    def one_word(names) -> frozenset[str]:
        return frozenset(w.lower() for w in names if len(w) > 1 and " " not in w.strip())

    before = one_word(w for e in vocab.currencies.values() for w in e.words_before)
    after = one_word(w for e in vocab.currencies.values()
                     for w in (*e.words, *(x for minor in e.minor.values() for x in minor.words)))
    return _SCALE_AND_PERCENT | before, _SCALE_AND_PERCENT | after


def stem(word: str) -> str:
    """A crude stem, enough to match "marched" with "march" and "bodies" with "body"."""
    w = word.lower().strip("'’-")
    if w.endswith("’s") or w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ing", "ies", "es", "ed", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    return _HEAD_SYNONYMS.get(w, _HEAD_SYNONYMS.get(word.lower(), w))


def _content_words(text: str, units: frozenset[str]) -> list[str]:
    """The words of ``text`` that may say what a figure counts: no stop word, nor one of ``units``
    (``unit_words``)."""
    return [w for w in _WORD.findall(text) if w.lower() not in _STOP and w.lower() not in units]


_GENERIC = frozenset({"people", "persons", "individuals"})


_PERIOD_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:over|in|during|across|for|within)[ \t]+(?:the[ \t]+)?"
                           r"(?:(?:next|past|last|coming|first|following)[ \t]+)?(?:[\w-]+[ \t]+)?"
                           r"(?:days?|weeks?|months?|years?|decades?|quarters?)\b", re.I)


# a participle of change between a noun and the amount it was changed by ("its bill cut by 129 pounds")
_CHANGED_BY = frozenset("cut raised lowered increased reduced decreased slashed trimmed".split())
_RATE_PERIOD_AFTER = re.compile(r"[ \t]+(?:a|an|per|each|every)[ \t]+(?:day|week|fortnight|month|quarter|year"
                                r"|night|hour)\b", re.I)


_GROUP_OF_BEFORE = re.compile(r"\b(?:a|an|the)[ \t]+(?:[a-z]+[ \t]+)?(crowd|attendance|audience|gate)[ \t]+of[ \t]+"
                              r"(?:about[ \t]+|around[ \t]+|some[ \t]+|nearly[ \t]+|almost[ \t]+|over[ \t]+)?$", re.I)
_MONEY_NOUN_BEFORE = re.compile(
    r"\b([A-Za-z][\w'’-]*)[ \t]+(?:of|(?:rises|rose|climbs|climbed|jumps|jumped|grows|grew|soars|soared|falls|fell"
    r"|drops|dropped|slips|slipped|shrinks|shrank|increases|increased|decreases|decreased)[ \t]+to)"
    r"[ \t]+(?:about[ \t]+|around[ \t]+|some[ \t]+|nearly[ \t]+|almost[ \t]+)?$", re.I)


def head_word(text: str, c: Claim, sentence_end: int, units: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """The stem of what a figure counts or is said of: "dead" for "40 dead", "march" for "13,000
    people marched", "turnout" for "Turnout was 61%"; None when no word says it."""
    if c.kind == "count":
        pos = c.end
        compound = (c.thing or "").split()
        if len(compound) > 1 and text.startswith(f" {c.thing}", pos) and not compound[-1][:1].isupper():
            return stem(compound[-1])   # "1.2 million seed samples": samples, not seed
        for _ in range(2):          # "13,000 people marched": past a generic noun to its verb
            word = _WORD.match(text, pos + 1) if text[pos:pos + 1] == " " and pos < sentence_end else None
            if word is None:
                break
            w = word.group(0)
            if w.lower() in _GENERIC:
                pos = word.end()
                continue
            if w.lower() in _STOP or w[:1].isupper() or w.lower() in units[1]:
                break
            return stem(w)
        # "in front of a crowd of 54,300": the group the figure is the size of
        group = _GROUP_OF_BEFORE.search(text, max(c.sentence_start, c.start - 20), c.start)
        return stem(group.group(1)) if group else None
    if c.kind == "currency":
        # "a budget of 1.6 billion euros", "budget climbs to 1.9 billion euros": the sum's own noun
        named = _MONEY_NOUN_BEFORE.search(text, max(c.sentence_start, c.start - 40), c.start)
        if named and named.group(1).lower() not in _STOP:
            return stem(named.group(1))
    # "7.5 million pounds over two years to repair roofs": the period says when, not what; "174
    # pounds a year": the rate's period neither
    period = _PERIOD_AFTER.match(text, c.end, sentence_end) or _RATE_PERIOD_AFTER.match(text, c.end, sentence_end)
    start = period.end() if period else c.end
    after = _content_words(text[start:min(sentence_end, start + 30)], units[1])
    before = _content_words(text[max(c.sentence_start, c.start - 40):c.start], units[0])
    if len(before) > 1 and before[-1].lower() in _CHANGED_BY:
        before.pop()        # "its annual bill cut by 129 pounds": the bill, not the verb
    if c.kind == "percent" and before:
        return stem(before[-1]) if not _VERB_BEFORE.search(text[max(0, c.start - 12):c.start]) or \
            len(before) < 2 else stem(before[-2])
    if after and not after[0][:1].isupper():
        return stem(after[0])
    return stem(before[-1]) if before else None


# a verb between a share and what it is a share of: "Turnout reaches 68%", "the rate rose to 104%"
_VERB_BEFORE = re.compile(r"\b(?:\w+(?:s|ed)|hit|was|is|were|rose|fell|grew|stood|at)\s+(?:to\s+|at\s+|by\s+)?$", re.I)

# -- cues -------------------------------------------------------------------------------------

_PART_CUE = re.compile(r"(?:\binclud(?:ed|ing|es|e)|\bamong\s+(?:them|whom|those)|\bof\s+(?:whom|which|them)"
                       r"|\bincl\.|\bmade\s+up\s+of|\bconsist(?:ing|s|ed)?\s+of|\bcompris(?:ing|es|ed)"
                       r"|\b(?:(?:broken|breaks?|breaking)\s+down|split|divided)\s+into)[ \t,:]+"
                       r"(?:some\s+|about\s+|at\s+least\s+)?$", re.I)
# "The toll reached 803, with 790 bodies pulled from the rubble and 13 who died in hospital": the
# figures after ", with" break down the one before, when they count by the same measure
_WITH_PARTS_GAP = re.compile(r"(?:[ \t]+[\w'’-]+){0,3}?[ \t]*,[ \t]*with[ \t]+"
                             r"(?:some[ \t]+|about[ \t]+|at[ \t]+least[ \t]+)?", re.I)
# "655,000 arrived ..., and this brought the estimated total in the camps to 867,500"; "12 more
# bodies were found, bringing the toll to 96": the first is added to a total the second states
_BRINGS_TOTAL_TO = re.compile(r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|push(?:es|ed|ing)|rais(?:es|ed|ing))"
                              r"[ \t]+the[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:total|toll|tally|count|number)\b"
                              r"[^\d.;:]{0,60}?\bto[ \t]+(?:about[ \t]+|some[ \t]+|around[ \t]+)?$", re.I)
_OF_GAP = re.compile(r"[ \t]+(?:out[ \t]+)?of[ \t]+"
                     r"(?:the[ \t]+|its[ \t]+|their[ \t]+|all[ \t]+|a[ \t]+total[ \t]+of[ \t]+)?"
                     r"(?:[\w-]+['’]s[ \t]+)?")     # "of the city's 8,500"
# a part's noun phrase, then "out of" its base: "2,870 burglary cases with a charge or caution out of 11,480"
_OUT_OF_AFTER_PHRASE = re.compile(r"[ \t]+(?:[\w'’-]+[ \t]+){1,8}?out[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+"
                                  r"|all[ \t]+|a[ \t]+total[ \t]+of[ \t]+)?", re.I)
# "out of 11,480 reported in the year": a participle after the base, its noun elided (not "3 collapsed buildings")
_PARTICIPLE_AFTER = re.compile(r"[ \t]+[a-z]+ed\b(?=[ \t]*(?:[,.;:]|$)|[ \t]+(?:in|on|at|by|for|during|since|this|last"
                               r"|over|across|from|to|so|and|between|with)\b)")
_A_DIGIT = re.compile(r"\d")
# a figure that is the gap between two others, no group: "2,100 fewer than at the end of September"
_DIFFERENCE_AFTER = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]+(?:more|fewer|less|higher|lower)[ \t]+than\b", re.I)
_OF_THEM_AFTER = re.compile(r"[ \t]+of[ \t]+(?:them|whom|those|these|which)\b", re.I)
_OF_THE_START = re.compile(r"(?:^|[;:]\s*)(?:[\"“]\s*)?of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+|all[ \t]+|those[ \t]+"
                           r"|these[ \t]+)?$", re.I)
_IT_INCLUDES = re.compile(r"[ \t]*"
                          # "The report said the population included ...": who says it, before the whole named again
                          r"(?P<said>(?:the[ \t]+)?[\w'’-]+(?:[ \t]+[\w'’-]+)?[ \t]+"
                          r"(?:said|says|showed|shows|found|finds|noted|notes)[ \t]+"
                          r"(?:that[ \t]+)?)?"
                          r"(?:it|this|that|they|these|those|the[ \t]+[\w-]+)[ \t]+(?:includes?|included"
                          r"|comprises?|comprised"
                          # "The total was made up of 11.2 billion pounds ..., 6.9bn ... and 0.8bn"
                          r"|(?:is|was|are|were)[ \t]+made[ \t]+up[ \t]+of|consist(?:s|ed)[ \t]+of"
                          r"|(?:breaks?|broke)[ \t]+down[ \t]+(?:into|as))"
                          r"[ \t]+(?:some[ \t]+|about[ \t]+|nearly[ \t]+|almost[ \t]+)?$", re.I)
# "The money comes from a 900,000-pound grant, ...", "It will be paid for by ...": the sources of an amount
# the sentence before gives, all of it
# (the nouns of what is paid for are the vocabulary's funded_nouns: RelationWords.funded_from)
_FUNDED_FROM_VERB = (r"[ \t]+(?:(?:comes?|came|will[ \t]+come|is[ \t]+coming)[ \t]+from"
                     r"|(?:is|was|are|were|will[ \t]+be|has[ \t]+been|have[ \t]+been)[ \t]+(?:being[ \t]+)?"
                     r"(?:paid[ \t]+for|funded|covered|met|financed)[ \t]+(?:by|from|through|with))"
                     r"[ \t]+(?:an?[ \t]+|the[ \t]+)?"
                     # "came from packaging (610m kronor), ...": each source named, its amount in brackets
                     r"(?:[\w'’-]+(?:[ \t]+[\w'’-]+){0,3}[ \t]*\([ \t]*)?$")
# "By division, the figure came from ...": how the sources are told apart, before what is split
_BREAKDOWN_OPENING = r"(?:(?:by|across)[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+)?[ \t]*,[ \t]*)?"


class RelationWords:
    """The patterns of relations made from one vocabulary's word lists, compiled once
    (``relation_words(vocab)``): a desk extends the lists in YAML, never here."""

    def __init__(self, vocab: Vocabulary) -> None:
        # "The money comes from ...", "The repairs will be paid for by ...": funded_nouns
        self.funded_from = re.compile(rf"[ \t]*{_BREAKDOWN_OPENING}"
                                      rf"(?:it|this|the[ \t]+(?:{_tabbed(vocab.words('funded_nouns'))}))"
                                      + _FUNDED_FROM_VERB, re.I)
        # "Nationally, 74% ...", "its 90% target": a share of a base other than the figures beside it
        self.other_base = re.compile(rf"\b(?:{_tabbed(vocab.words('other_base_words'))})\b", re.I)
        # "the area burned so far this season": a figure said to be all there has been, a running total's
        self.to_date = re.compile(vocab.words_pattern("running_total_words").pattern + "|"
                                  + vocab.words_pattern("total_told_words").pattern, re.I)
        # "Gas provided 31%": a part's share of a whole told sentence by sentence, beside _SHARE_VERB_BEFORE's
        self.share_verb = re.compile(rf"\b(?:{_tabbed(vocab.words('share_verbs'))})[ \t]+(?:(?:another|a[ \t]+further"
                                     rf"|the[ \t]+(?:other|remaining|rest))[ \t]+)?$", re.I)
        # "Only three companies hold licences", "to one of three causes": how many parts a figure before has
        # "all 13 of the missing": a figure told as "N of the NOUN" that is the whole group, no part of it
        self.whole_group = re.compile(rf"\b(?:{_tabbed(vocab.words('whole_group_cues'))})[ \t]+$", re.I)
        # "Her rival took 39 percent": a result's share, of the vote the sentence before named (vote_share_verbs)
        self.vote_verb = re.compile(rf"\b(?:{_tabbed(vocab.words('vote_share_verbs'))})[ \t]+$", re.I)
        self.other_contest = re.compile(rf"\b(?:{_tabbed(vocab.words('other_contest_words'))})\b|\b(?:19|20)\d\d\b",
                                        re.I)
        # "Among those finishers, 19,020 ...": the sentence's first figure is a part of the group before
        self.group_back = re.compile(rf"\b(?:{_tabbed(vocab.words('group_back_openers'))})\b", re.I)
        self.parts_count = re.compile(rf"\b(?:{_tabbed(vocab.words('parts_count_cues'))})[ \t]+"
                                      r"(?:the[ \t]+|its[ \t]+|their[ \t]+)?$", re.I)
        # "the state levies no other taxes", "Split four ways": a list said to be all of its whole
        self.complete = re.compile(rf"\b(?:{_tabbed(vocab.words('complete_breakdown_cues'))})\b", re.I)
        # "..., 17 bronze medals, a haul of 41", "..., for a national crop of 881,000 tonnes": the whole of the
        # list before the comma, named by a noun (list_whole_nouns) with at most two words before it
        self.list_whole = re.compile(r",[ \t]*(?:for[ \t]+)?(?:an?|the|its|their)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?"
                                     rf"(?:{_tabbed(vocab.words('list_whole_nouns'))})[ \t]+of[ \t]+$", re.I)


relation_words = per_vocabulary(RelationWords)

# a verb or a contrast between two amounts: no longer a list of sources
_NOT_A_SOURCE_GAP = re.compile(r"\b(?:were|was|is|are|had|has|have|said|says|while|but|whereas|than|which|who"
                               r"|each|per|a[ \t]+year|a[ \t]+month)\b", re.I)
# what says a list of sources is not all of them: "..., and borrowing", "plus donations", "among others"
_MORE_SOURCES_AFTER = re.compile(r"[^.;:\d]*?(?:\b(?:and|plus)[ \t]+(?!a[ \t]+\d)[a-z]|\bamong[ \t]+others|"
                                 r"\bthe[ \t]+rest\b|\bremainder\b|\bbalance\b)", re.I)
_OF_THOSE_START = re.compile(r"^\s*(?:[\"“]\s*)?(?:of\s+(?:those|them|these|whom|(?:the|that|this)\s+(?:total|sum"
                             r"|amount|money|figure)|(?:those|these)\s+(?P<noun>[a-z][\w'’-]*)"
                             # "Of the homes inspected, 688 were ...": a group the sentence before counted
                             r"|the\s+(?P<named>[a-z][\w'’-]*)(?:\s+[a-z]+(?:ed|en))?"
                             # "Of that limit, the trawlers may land ...": a figure named by its noun before
                             r"|(?:that|this)\s+(?P<that>[a-z][\w'’-]*))\s*,"
                             r"|among\s+(?:them|those|these)"
                             r"(?:\s*,|\s+(?:were|are|was|is|are\s+some|were\s+some)\s+$))", re.I)
# "Of the 3,650 robberies reported in 2025, 511 ...", "Of the 900 runners who set off at 9.30am, 612 ...":
# a year or a clock time may stand in the clause, no other figure
_CLAUSE_TO_FIRST = re.compile(r"(?:[^\d;.!?]|(?<!\d)(?:1[89]|2[01])\d\d(?!\d)"
                              r"|(?<![\d.])(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?[ \t]?(?:am|pm|a\.m\.|p\.m\.)(?!\w))"
                              r"{0,90}?,"
                              r"[ \t]*(?:[^\d,;.!?]{0,40}?[ \t])?")
# between two items of a list: "pupils and ", ", the Workers' Party ", " police officers, "
_LIST_GAP = re.compile(r"(?:[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){0,3})?[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
                       r"(?:[\w'’.-]+[ \t]+){0,5}")
# between two amounts, what each buys may be longer: "0.7 billion for the two city hospitals and "
_AMOUNT_LIST_GAP = re.compile(r"(?:[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){0,6})?[ \t]*"
                              r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:[\w'’.-]+[ \t]+){0,5}")
# between two sources each with its amount in brackets: "), pulp and paper (", ") and forestry ("
_BRACKETED_LIST_GAP = re.compile(r"[ \t]*\)[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
                                 r"[\w'’-]+(?:[ \t]+[\w'’-]+){0,3}[ \t]*\([ \t]*")
_OF_WHAT = re.compile(r"^[ \t]+of[ \t]+(?!the\b|them\b|those\b|these\b|whom\b|which\b|its\b|their\b|all\b)", re.I)
_NOT_IN_LIST = re.compile(r"\b(?:were|was|is|are|had|have|has|said|while|but|whereas|who|which|than|from|to"
                          r"|of|at|with|by|since|\w+ing|\w+ed)\b", re.I)
_TOTAL_BEFORE = re.compile(r"\b(?:together|combined|in[ \t]+total|altogether|a[ \t]+total[ \t]+of|total(?:l?ing)?"
                           r"|sum[ \t]+of|add(?:s|ing)?[ \t]+up[ \t]+to|accounts?[ \t]+for|accounting[ \t]+for)"
                           r"\b[^\d.;]{0,30}$", re.I)
# a round mark a figure went past ("the total has passed 600", "topped 1,200"): never the total itself
_THRESHOLD_BEFORE = re.compile(r"\b(?:pass(?:ed|es|ing)?|top(?:ped|s|ping)?|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?"
                               r"|cross(?:ed|es|ing)?|broken?[ \t]+(?:through|past)|(?:gone|went|go(?:es)?)[ \t]+"
                               r"(?:above|over|past|beyond))[ \t]+(?:the[ \t]+)?(?:mark[ \t]+of[ \t]+)?$"
                               r"|^(?:top|pass|exceed|surpass)", re.I)
# "..., making 412 calls in all": the total's cue after it (a noun or two between)
_TOTAL_AFTER = re.compile(r"(?:[ \t]+[\w'’-]+){0,2}?[ \t]+(?:in[ \t]+all|in[ \t]+total|altogether|all[ \t]+told)"
                          r"[ \t]*(?:[,.;:)]|$)", re.I)
# "6.9bn", "0.8m": the scale may be glued to the figure
_SCALE = re.compile(r"(?:\b|(?<=\d))(?:million|billion|trillion|thousand|bn|mn|m|k)\b", re.I)
# a share stated beside its part: "780 million crowns, or 41%", "1,240 ..., a positivity rate of 52%"
_SHARE_APPOSITION = re.compile(r"[^\d.;:()]{0,60}?(?:,[ \t]*or[ \t]+|\([ \t]*|"
                               r",[ \t]*(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:of|at)[ \t]+"
                               # "7,920 offences, accounting for 24 percent of the total"
                               r"|,[ \t]*(?:accounting[ \t]+for|representing|making[ \t]+up|amounting[ \t]+to"
                               r"|equal(?:ling)?[ \t]+to|equivalent[ \t]+to"
                               # "held 61,000 megalitres, that is 52 per cent of the 118,000"
                               r"|(?:that|which)[ \t]+(?:is|was|makes|made)(?:[ \t]+(?:about|around|some|roughly"
                               r"|nearly|almost))?|i\.e\.,?)[ \t]+)$", re.I)
_SHARE_WITH = re.compile(r"(?:[ \t]+(?!with\b|as\b|of\b)[A-Za-z][\w'’-]*){0,3}?"     # "was 49% last year, with ..."
                         r"[ \t]*(?:,[ \t]*[^,\d.;:()]{0,40}?\b(?:said|says|reported|announced|added)\b[ \t]*)?"
                         r"(?:,?[ \t]*(?:with|as)|:|\()[ \t]*$", re.I)     # "64%, the board said: 2.9 million of ..."
_OF_THE_TOTAL = re.compile(r"[ \t]+of[ \t]+(?:the|its|their|all)[ \t]+(?:total|budget|whole|sum|overall|spending"
                           r"|amount|vote|votes|ballots)\b", re.I)
_OF_ALL = re.compile(r"[ \t]+of[ \t]+all[ \t]+(?:the[ \t]+)?[a-z]", re.I)     # "a third of all arrivals"
_PART_APPOSITION = re.compile(r"[^.;:\d]{0,40}?(?:,[ \t]*or[ \t]+|\([ \t]*)$", re.I)
_BARE_APPOSITION = re.compile(r"[^.;:,\d]{0,60}?,[ \t]*")
_BARE_SHARE_APPOSITION = re.compile(r"[^.;:,()\d]{0,60}?,[ \t]*")      # before a share with its own "of the N"
_SHARE_OF_PHRASE = re.compile(r"[ \t]+of[ \t]+((?:the[ \t]+|its[ \t]+|their[ \t]+)?[\w'’-]+)", re.I)
# a list of shares: nothing between them that changes the base or says a change
_SHARE_LIST_GAP = re.compile(r"[^\d.;:()]{1,70}")
# an item of a list after a semicolon whose verb is left out: "University took 47% of them; colleges, 33%;
# paid work, 24%" (the item's name, then a comma right before its share)
_ELIDED_ITEM_GAP = re.compile(r"[^\d.;:()]{0,40};[ \t]*[^\d.;:(),]{1,60},[ \t]*")
_NOT_SHARE_LIST = re.compile(r"\b(?:from|to|than|compared|up|down|rose|fell|increase\w*|decrease\w*|higher|lower"
                             r"|above|below|against|versus|vs|while|whereas|but|among|in|for|each|per|respectively"
                             r"|after|before|since|previous|last|earlier|year|month|week|turnout|rate)\b", re.I)

# the words that say a figure rose or fell, and the nouns of a change ("an increase of 15%"): the
# vocabulary's rise_words, fall_words and change_nouns (rules/vocabulary/cues.yaml), compiled by
# ``change_words``
_DELTA_AFTER = re.compile(
    r"^(?:[ \t]*(?:percentage[ \t]+points?|points?|pp))?[ \t]*(?:higher|lower|more|less|above|below|up|down|increase"
    r"|rise|jump|gain|drop|fall|decline|growth)\b", re.I)
# the first word after a change ("15% higher", "2.3 points", "300 more"): a set lookup before any of
# the patterns runs (the last word before one is ``ChangeWords.last_words``)
_DELTA_FIRST_WORDS = frozenset("""percentage points point pp higher lower more less above below up down increase
rise jump gain drop fall decline growth""".split())
_BY_BEFORE = re.compile(r"\bby[ \t]+$")
_BACKED_BY = re.compile(r"\b(?:backed|supported|approved|endorsed|rejected|opposed|favou?red|carried|ratified"
                        r"|chosen|preferred|accepted|shared|held|owned|used)[ \t]+by[ \t]+$", re.I)
_TALLY = re.compile(r"[ \t]+[\w-]+[ \t]+to[ \t]+\d")
# "0.5 points", "a quarter of a point", "half a percentage point", "a quarter-point"
_POINTS_AFTER = re.compile(r"^(?:[ \t]+(?:of[ \t]+)?an?)?[ \t-]*(?:percentage[ \t]+points?|points?|pp)\b", re.I)
# what may lie between the two ends of a change: no figure, but the year one end is for ("rose to
# 1.35 billion euros in 2024 from 1.25 billion")
_NO_FIGURE = r"(?:[^\d.;]|(?<!\d)(?:19|20)\d\d(?!\d))"
# "from A to B": between A and B; not past a comma ("from $3.9bn, and profit to $1.1bn": another change)
_FROM_TO = re.compile(r"(?:[^\d.;,]|(?<!\d)(?:19|20)\d\d(?!\d)){0,15}?\bto[ \t]+$", re.I)
_TO_FROM = re.compile(_NO_FIGURE + r"{0,50}?\bfrom[ \t]+$", re.I)            # "to B ... from A"
# "from 6,420 at the end of March to 7,150": the earlier end carries its own time
_END_TIME = (r"[ \t]*,?[ \t]*(?:at|in|on|by|as[ \t]+of|during)[ \t]+(?:the[ \t]+)?(?:(?:end|start|beginning|close"
             r"|middle|turn|first|last)[ \t]+(?:week[ \t]+|day[ \t]+)?of[ \t]+(?:the[ \t]+)?)?"
             r"(?:(?:early|late|mid)-?[ \t]*)?"
             # "in the third quarter of last year", "in the same quarter this year"
             r"(?:(?:first|second|third|fourth|same|previous|final)[ \t]+)?"
             r"(?:" + "|".join(sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True))
             + r"|spring|summer|autumn|winter|year|half|quarter|month|week|season|(?:19|20)\d\d)"
             r"(?:[ \t]+(?:of[ \t]+)?(?:last[ \t]+year|this[ \t]+year|(?:19|20)\d\d))?[ \t]*,?[ \t]*")
_FROM_TIMED_TO = re.compile(_END_TIME + r"to[ \t]+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom[ \t]+$", re.I)
# "A ..., up from B", also past the year the level is for: "a $54bn budget for 2024, up from $48.7bn"
_COMMA_UP_FROM = re.compile(_NO_FIGURE + r"{0,90}?,[ \t]*(?:up|down)[ \t]+from[ \t]+$", re.I)
# the change named after both ends, past what the earlier end was: "..., down from 265 at the same
# count last autumn, a fall of a quarter"
# (``ChangeWords.named_after``, of the vocabulary's change_nouns: "a rise of", "an improvement of")
# the change named after both ends as the amount added or taken: "..., up from 51,000 euros in 2025, an
# extra 13,500 euros", "..., an additional 40 beds", "..., a further 0.6 million"
_EXTRA_NAMED_AFTER = re.compile(_NO_FIGURE + r"{0,50}?,[ \t]*(?:(?:an?|some)[ \t]+)?(?P<word>extra|additional|further"
                                r")[ \t]+$", re.I)
_TO_BEFORE = re.compile(r"\b(?:to|at)[ \t]+$", re.I)
# ("more than doubled": above twice; "nearly doubled": a little under; "roughly doubled": about twice)
_TIMES = re.compile(r"\b(?:(?P<hedge>more[ \t]+than|well[ \t]+over|over|nearly|almost|close[ \t]+to|about|roughly"
                    r"|around|approximately)[ \t]+)?(?P<verb>doubled|tripled|trebled|quadrupled|halved)\b", re.I)
_TIMES_FACTOR = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
# how a hedge reads the factor: above it, a little under it, about it (Claim.change "times:>2", "times:<2", "times:~2")
_TIMES_HEDGE = {"more than": ">", "well over": ">", "over": ">", "nearly": "<", "almost": "<", "close to": "<",
                "about": "~", "roughly": "~", "around": "~", "approximately": "~"}


def _times_change(found: re.Match[str]) -> str:
    """The change a word of a factor gives ("more than doubled" → "times:>2")."""
    hedge = " ".join((found.group("hedge") or "").lower().split())
    return f"times:{_TIMES_HEDGE.get(hedge, '')}{_TIMES_FACTOR[fold_keyword(found.group('verb'))]:g}"
# the same quantity in another unit or notation: "12 miles (19 km)", "4.5 tonnes, or 4,500 kg"
_RESTATED = re.compile(r"[ \t]*(?:\([ \t]*|,[ \t]*or[ \t]+|[—–][ \t]*|,[ \t]*(?:that[ \t]+is|i\.e\.),?[ \t]+)$", re.I)
# a running total and the cues that order its figures
_RUNNING = re.compile(r"\b(?:total|toll|cumulative|so[ \t]+far|to[ \t]+date|since|reached|had[ \t]+risen|stood[ \t]+at"
                      r"|stands[ \t]+at|number[ \t]+of|latest|updated?|bulletin|by[ \t]+(?:monday|tuesday|wednesday"
                      r"|thursday|friday|saturday|sunday|then|now|the[ \t]+end[ \t]+of)|as[ \t]+of)\b", re.I)
# ("cut" and "lowered" only with what they cut: "cut the toll to 52", "cuts attack death toll", "lowered its estimate";
# a harvest "still to be cut" or a tax "cut" is no correction of a figure)
_REVISED = re.compile(r"\b(?:revis\w*|correct\w*|amended|downgraded|adjusted|double[ -]count\w*|counted[ \t]+twice"
                      r"|recount\w*|(?:lower(?:ed|s)|cuts?)(?=[ \t]+(?:the|its|their|it|his|her|to|from)\b"
                      r"|(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?:toll|estimate|figure|count|tally|total|number|forecast)s?\b)"
                      r"|error|mistake|miscount\w*|overcount\w*|overstated)\b", re.I)
# a count of one period compared with the last: "over the year", "a year ago", "last month"
_PERIOD = re.compile(r"\b(?:(?:over|during|in|for|across|through)[ \t]+the[ \t]+(?:year|month|week|quarter|season)"
                     r"|(?:a|one|last|previous|prior|this)[ \t]+(?:year|month|week|quarter|season)"
                     r"|(?:annual|yearly|monthly|weekly|quarterly)|year[ \t-]+on[ \t-]+year)\b", re.I)
_ANOTHER = re.compile(r"\b(?:another|separate|second|other|further|more|new)\b", re.I)


def _kind_key(c: Claim) -> tuple:
    """Claims of one kind and unit can be parts, totals and restatements of each other."""
    return (c.kind, c.unit_compared if c.kind != "count" else None)


def _compatible_units(part: Claim, whole: Claim) -> bool:
    if _kind_key(part) == _kind_key(whole):
        return True
    # "31.5 billion dinars, health, at 18.2 billion": the unit is said once for the list
    money = {"currency", "count"}
    return {part.kind, whole.kind} <= money and bool(_SCALE.search(part.text)) == bool(_SCALE.search(whole.text))


class _Links:
    """The relations found so far: field updates per claim id; and what each sentence says,
    searched once per sentence (a sentence of a thousand figures must not be read a thousand times)."""

    def __init__(self, text: str, vocab: Vocabulary) -> None:
        self.updates: dict[str, dict] = {}
        self.text = text
        self.vocab = vocab
        self.changes = change_words(vocab)
        self.relation_words = relation_words(vocab)
        self.unit_words = unit_words(vocab)
        self._said: dict[tuple[str, int], bool] = {}
        # figures never one quantity stated twice nor the successive figures of one total: the
        # items of lists with no whole ("A made 410, B 285 and C 190": distinct categories), and the
        # amount that restates a share ("half of the 948,000, or 500,000": half, not the 948,000)
        self.apart: set[str] = set()

    def says(self, pattern: re.Pattern[str], c: Claim) -> bool:
        """Whether the sentence of ``c`` matches ``pattern`` anywhere."""
        key = (pattern.pattern, c.sentence_start)
        if key not in self._said:
            self._said[key] = bool(pattern.search(self.text, c.sentence_start, c.sentence_end))
        return self._said[key]

    def set(self, c: Claim, **fields) -> None:
        mine = self.updates.setdefault(c.id, {})
        for k, v in fields.items():
            if not mine.get(k):
                mine[k] = v            # the first relation found wins

    def get(self, c: Claim, name: str):
        mine = self.updates.get(c.id)
        return mine[name] if mine is not None and name in mine else getattr(c, name)

    def holds(self, whole: Claim, part: Claim) -> bool:
        """Whether the vocabulary knows what ``whole`` counts to contain what ``part`` counts, or
        the part names no thing of its own ("30 in Hatay")."""
        if part.thing is None or part.thing == whole.thing:
            return True
        return bool(self.vocab is not None and whole.thing_class and part.thing_class
                    and whole.thing_class in self.vocab.thing_ancestors(part.thing_class))

    def may_contain(self, whole: Claim, part: Claim, part_class: str | None = None) -> bool:
        """Whether what ``whole`` counts may contain what ``part`` counts (unknown: yes)."""
        part_class = part.thing_class or part_class
        if self.vocab is None or not whole.thing_class or not part_class:
            return True
        return whole.thing_class in self.vocab.thing_ancestors(part_class)


def relate(claims: list[Claim], text: str, title: str | None, vocab: Vocabulary) -> list[Claim]:
    """``claims`` of one document with their relation fields set (see the module docstring).

    ``vocab`` tells which counted things may contain which (children within people, not
    within families); without it any count may be a whole."""
    if not claims:
        return claims
    links = _Links(text, vocab)
    body = [c for c in claims if not c.in_title]
    sentences: list[list[Claim]] = []
    for c in body:
        if sentences and sentences[-1][0].sentence_start == c.sentence_start:
            sentences[-1].append(c)
        else:
            sentences.append([c])
    position = {c.id: k for k, c in enumerate(body)}
    previous: list[Claim] = []
    previous_shares = False
    open_list: list[Claim] = []
    for k, sentence in enumerate(sentences):
        _parts(sentence, previous, text, links)
        if k and may_count_parts(text[sentence[0].sentence_start:sentence[0].sentence_end]) \
                and links.says(_ACROSS_ALL, sentence[0]):
            _parts_told_before(sentences, k, text, links)
        if len(sentence) > 2:
            _totals(sentence, text, links)
        _changes(sentence, text, links)
        if previous and len(sentence) > 1:
            _change_from_sentence_before(sentence, previous, text, links)
        if previous:
            _change_base_told_after(previous, sentence, text, links)
            if len(sentence) > 1:
                _change_told_before_its_ends(previous, sentence, text, links)
        if open_list:
            _total_after_list(open_list, sentence, text, links)
        open_list = _open_list(sentence, text, links) if len(sentence) > 1 else []
        _parts_of_the_total(sentence, body, position, text, links)
        if len(sentence) > 1:
            _found_among_checked(sentence, text, links)
        shares = any(c.kind == "percent" or _is_ratio_word(c) for c in sentence)
        if shares:
            if previous:
                _share_pointing_back(sentence, previous, body, text, links)
            _shares(sentence, body, position, text, links)
            _share_lists(sentence, text, links)
        if len(sentence) > 1:
            _restated(sentence, text, links)
        if (shares and len(previous) > 1 or previous_shares and len(sentence) > 1) and len(sentence) < _WINDOW \
                and not text[previous[0].sentence_end:sentence[0].sentence_start].strip(_BETWEEN_SENTENCES):
            # (only the sentence right beside: a share sentences later, past a quote, is another's)
            _share_beside(previous, sentence, text, links)
        if shares and previous:
            _rate_after_pair(sentence, previous, body, text, links)
        previous, previous_shares = sentence, shares
    _shares_across(sentences, text, links)
    if len(sentences) > 1:
        _shares_told_apart_across(sentences, text, links)
    if "market" in text.lower():
        _market_shares(sentences, text, links)
    if "vote" in text.lower() or "ballot" in text.lower():
        _vote_shares(sentences, text, links)
    titled = [c for c in claims if c.in_title]
    if titled:      # head words are what a headline figure is matched on: only then are they needed
        for c in body:
            links.set(c, head=head_word(text, c, c.sentence_end, links.unit_words) or "")
    if titled and title:
        # the title is a sentence of its own text: "Toll cut by 100", "18 more arrested" are changes
        in_title = _Links(title, vocab)
        _changes(titled, title, in_title)
        for c in titled:
            links.set(c, head=head_word(title, c, len(title), links.unit_words) or "", **{
                k: v for k, v in in_title.updates.get(c.id, {}).items() if k in ("change", "direction")})
    links.apart.update(u["share_part"] for u in links.updates.values() if u.get("share_part"))
    # (after: a part that a share pointing back to it makes of a whole is a count still, not kept apart)
    _share_of_the_pair_before(sentences, text, links)
    _parts_named_again(body, text, links)
    _shares_of_parts_named_again(body, text, links)
    _remainders(body, text, links)
    if "alone" in text:
        _part_said_alone(body, text, links)
    _slice_named_apart(body, text, links)
    _remainder_then_total(sentences, text, links)
    if len(sentences) > 2:
        _elided_parts_after(sentences, text, links)
    if len(sentences) > 1:
        _parts_counted_ahead(sentences, text, links)
        _breakdown_across_sentences(sentences, text, links)
    if "quarter" in text or "half" in text:
        _ordinal_periods(sentences, text, links)
    if " the rest" in text or " the remainder" in text or " the balance" in text:
        _part_before_the_rest(sentences, text, links)
    _part_of_a_group_before(body, text, links)
    _share_of_the_pair_before(sentences, text, links)    # again: "in 1,930 of the cases, giving a rate of 14.1
    # per cent" is a pair only once the part is tied to its group above
    _rounded_restatements(body, text, links)
    _sole_figures_at_one_scale(body, text, links)
    _definite_restatements(body, text, links)
    _running_totals(body, text, links)
    title_revises = bool(title and _REVISED.search(title))
    by_id = {c.id: c for c in body}
    for c in body:
        earlier = by_id.get(links.get(c, "earlier"))
        if earlier is not None and (links.says(_REVISED, c) or links.says(_REVISED, earlier) or title_revises):
            links.set(c, revised=True)     # the text says the figure was corrected: a told fall, not a slip
    for c in claims:
        for name, value in links.updates.get(c.id, {}).items():
            _SETTERS[name](c, value)
    return claims


# The claims are this extraction's own, not yet seen by anyone: their relation slots are written in
# place through the slot descriptors (as ``claims.claim_from_values`` does), not by copying each claim.
_SETTERS = {name: Claim.__dict__[name].__set__ for name in CLAIM_COLUMNS}


# -- parts ------------------------------------------------------------------------------------

_CLAUSE_END = re.compile(r"[,;:.!?()]")


def _measure_said_by_item(c: Claim, since: int, text: str, vocab: Vocabulary | None) -> bool:
    """Whether a word of ``c``'s measure sits in its own stretch of the list: from ``since`` (the
    end of the item before it) to the end of its clause ("10 women killed and 30 police wounded"). A measure read from a
    later clause ("8 pupils and 7 teachers, the police chief said, adding ...") does not part them."""
    if vocab is None:
        return True
    end = _CLAUSE_END.search(text, c.end, min(c.sentence_end, c.end + 40))
    stretch = text[min(since, c.end):end.start() if end else min(c.sentence_end, c.end + 40)]
    # the lexicon's trie of the measure words, on lower-cased text: the vocabulary's pattern's matches,
    # at a fraction of its cost
    return any(vocab.measure_by_word.get(" ".join(m.group(0).split())) == c.measure
               for m in lexicon(vocab).measure.finditer(stretch.lower()))


_NOT_OUTCOMES = re.compile(r"\b(?:while|but|whereas|than|from|to|of|since|who|which|after|before|by)\b", re.I)


def _other_outcome(prev: Claim, c: Claim, gap: str, text: str, vocab: Vocabulary | None) -> bool:
    """"Of the 48 on board, 30 were rescued and 21 remain missing": items that each say their own
    measure are disjoint outcomes of one whole."""
    return bool(vocab is not None and prev.measure and c.measure and prev.measure != c.measure
                and not _NOT_OUTCOMES.search(gap) and _measure_said_by_item(c, prev.end, text, vocab)
                and _measure_said_by_item(prev, prev.end, text, vocab))


# an item that shares the predicate of the item before it: "41 came at home and 36 away",
# "30 were started deliberately and 25 by accident" (nothing but a phrase of place or manner after it)
_ELLIPTICAL_AFTER = re.compile(r"[ \t]*(?:[.;,)]|$|(?:in|on|at|by|from|for|away|abroad|overseas|online|outside"
                               r"|inside|elsewhere|through|via|under|over|during|without|with|after|before|within"
                               r"|against)\b)", re.I)
_NEW_CLAUSE = re.compile(r"\b(?:while|but|whereas|than|who|which|since|of|to|said|says)\b", re.I)


_CLAUSE_AND = re.compile(r"[^\d,;.!?:()]{1,60}?[ \t]and[ \t]+")


def _elliptical_item(c: Claim, inner: str, text: str) -> bool:
    """Whether ``c`` is an item whose verb is the previous item's, said once ("A came at home and B away")."""
    return not _NEW_CLAUSE.search(inner) and bool(_ELLIPTICAL_AFTER.match(text, c.end, c.sentence_end))


def _list_after(first: Claim, rest: Iterable[Claim], whole: Claim, text: str,
                vocab: Vocabulary | None = None, outcomes: bool = False) -> list[Claim]:
    """``first`` and the claims that continue a list after it ("8 pupils and 7 teachers"); with
    ``outcomes``, also items that say their own measures ("30 were rescued and 21 are missing")."""
    items = [first]
    amounts = first.kind == "currency" or bool(_SCALE.search(first.text))
    for c in itertools.islice(rest, _WINDOW):
        prev = items[-1]
        if amounts and c.kind == "count" and c.thing and not _SCALE.search(c.text) and c.end - prev.end <= 70:
            continue    # "0.7 billion for the two city hospitals and 0.6 billion": a count in an item's label
        gap = text[prev.end:c.start]
        if len(gap) > 70 or not _compatible_units(c, first) or _is_ratio_word(c) != _is_ratio_word(first):
            break       # "840, roughly one in four,": a share of the item, not another item
        if _AND_THE_REMAINING.search(gap):
            items.append(c)     # "41 were rescued by lifeboats and the remaining 19 swam ashore": the last item
            break
        if prev is first and _COPULA_ONCE.fullmatch(gap) and _bare_item(c, text):
            items.append(c)     # "of which 388 were books, 171 films and 47 other items": "were" said once
            continue
        if _said_again(prev is first, gap, text, c):
            items.append(c)     # "1,900 are nurses and 2,600 are doctors", "$1.9bn goes to health, $1.6bn to schools"
            continue
        if not (_AMOUNT_LIST_GAP if amounts else _LIST_GAP).fullmatch(gap):
            # "41 came at the club's own ground and 36 away": a longer clause, then the next item elided
            if outcomes and _CLAUSE_AND.fullmatch(gap) and _elliptical_item(c, gap, text):
                items.append(c)
                continue
            # "46 of the riders came from A and 39 from B": "of the riders" names the whole, no new clause
            if outcomes and prev is first and (named := _OF_THE_NOUN.match(text, first.end)) \
                    and _CLAUSE_AND.fullmatch(text, named.end(), c.start) \
                    and _elliptical_item(c, text[named.end():c.start], text):
                items.append(c)
                continue
            break
        words = gap.replace(",", " ")
        if prev is first and whole.end <= first.start and (named := _OF_THE_NOUN.match(text, first.end)):
            words = text[named.end():c.start].replace(",", " ")     # "$3.9bn of the new lending": the whole's name
        if prev.kind == "currency" or _SCALE.search(prev.text):
            words = _OF_WHAT.sub(" ", words, count=1)     # "$60bn of procurement and $9bn ...": what it buys
            words = _FOR_GERUND.sub(r"\1 it", words)     # "2.2bn for signalling and": a noun, no verb
        inner = " ".join(w for w in words.split() if w.lower() != "and")
        if outcomes and (_other_outcome(prev, c, gap, text, vocab) or _elliptical_item(c, inner, text)):
            items.append(c)
            continue
        if _NOT_IN_LIST.search(inner):
            break
        if prev.measure and c.measure and prev.measure != c.measure and _measure_said_by_item(c, prev.end, text, vocab):
            break
        if re.search(r",[ \t]*and[ \t]", gap) and not (prev.measure and c.measure in (None, prev.measure)):
            break       # "including 10 women, and 30 people were wounded" starts a new clause
        items.append(c)
    return items


# an item that says again the first item's copula or preposition: "1,900 are nurses and 2,600 are doctors",
# "$1.9bn goes to health, $1.6bn to schools and $0.9bn to roads" (a label after it, no participle: "were
# killed" is an outcome of its own)
_ITEM_END = r"[ \t]+(?!\w+ed\b)(?:[\w'’-]+[ \t]+){0,2}?[\w'’-]+[ \t]*"
_FIRST_SAYS = re.compile(r"[ \t]+(?:(?P<copula>are|were|is|was)|(?:[a-z]+[ \t]+){1,2}?(?P<prep>to|into))" + _ITEM_END
                         + r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")
_LATER_SAYS = re.compile(r"[ \t]+(?:(?P<copula>are|were|is|was)|(?P<prep>to|into))" + _ITEM_END
                         + r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")


def _said_again(after_first: bool, gap: str, text: str, c: Claim) -> bool:
    """Whether ``c`` continues a list whose items each say the first item's copula or preposition again
    (the first item's gap holds its verb; a later item's gap only its own "to" and label)."""
    said = (_FIRST_SAYS if after_first else _LATER_SAYS).fullmatch(gap)
    if said is None:
        return False
    word = said.group("copula") or said.group("prep")
    own = re.match(rf"[ \t]+{word}" + _ITEM_END + r"(?:[,.;:)]|[ \t]and[ \t]|$)", text[c.end:c.sentence_end])
    return own is not None


_FOR_GERUND = re.compile(r"\b(for|on|in)[ \t]+[a-z]+ing\b", re.I)
# the first item's verb, said once for the list: "388,000 were printed books, 171,000 ..."
_COPULA_ONCE = re.compile(r"(?:[ \t]+[\w'’-]+)?[ \t]+(?:were|was|are|is)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?[\w'’-]+"
                          r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")
# a later item of such a list: its label, no verb of its own, up to the next item or the clause's end
_BARE_ITEM = re.compile(r"(?:[ \t]+[\w'’-]+){1,6}?[ \t]*(?:,|[ \t]and[ \t]|[.;:]|$)")


def _bare_item(c: Claim, text: str) -> bool:
    """Whether ``c`` is followed by a label alone ("171,000 e-books"), not a verb of its own ("25 burned")."""
    m = _BARE_ITEM.match(text, c.end, c.sentence_end)
    return m is not None and not _NOT_IN_LIST.search(text, c.end, m.end())


def _label(c: Claim, text: str, gap_before: str, units: tuple[frozenset[str], frozenset[str]]) -> str:
    """What distinguishes one item of a list: its noun, else the name before it."""
    after = _content_words(text[c.end:c.end + 25], units[1])
    if after and after[0][0].islower():
        return stem(after[0])
    named = _content_words(gap_before, units[0])
    return " ".join(w.lower() for w in named[-2:]) or "?"


_REMAINING = re.compile(r"\bthe[ \t]+(?:remaining|rest[ \t]+of[ \t]+the|last|final)[ \t]+(?:[\w'’-]+[ \t]+)?$", re.I)


# "... and the remaining 19", "... and credit cards the remaining $0.9bn" (the last item's label first)
_AND_THE_REMAINING = re.compile(r"^[^\d.;:]*(?:,|\band)(?:[ \t]+[\w'’-]+){0,3}?[ \t]+the[ \t]+"
                                r"(?:remaining|rest[ \t]+of[ \t]+the)[ \t]+"
                                r"(?:[\w'’-]+[ \t]+)?$", re.I)


# what opens a list of all of a whole, not a selection ("including" does not): "of which", a colon
_ALL_OF_IT = re.compile(r"\bof[ \t]+(?:which|whom|them|those)\b|:[ \t]*$", re.I)
# what says the items after it are all of the whole: "made up of", "consisting of", "broken down into"
_ALL_OF_IT_BEFORE = re.compile(r"\b(?:made[ \t]+up[ \t]+of|consist(?:ing|s|ed)?[ \t]+of|compris(?:ing|es|ed)"
                               r"|(?:broken|breaks?|breaking)[ \t]+down[ \t]+(?:into|as)|divided[ \t]+into)"
                               r"[ \t,:]+(?:some[ \t]+|about[ \t]+)?$", re.I)
# a last item that takes in everything not yet named: "and 47 other items", "and 12 others"
_CATCH_ALL = re.compile(r"(?:,?[ \t]+[\w'’-]+){0,6}?[ \t]+(?:others?|else|miscellaneous)\b[^\d.;:]{0,40}(?:[.;]|$)",
                        re.I)


def _mark_list(items: list[Claim], whole: Claim, text: str, links: _Links) -> None:
    for c in items:
        links.set(c, part_of=c.part_of or whole.id)
    if len(items) < 2:
        return
    labels = [_label(c, text, text[max(whole.end, items[i - 1].end if i else whole.end):c.start], links.unit_words)
              for i, c in enumerate(items)]
    if len(set(labels)) == len(labels) and "?" not in labels:
        for c in items:
            links.set(c, list_of=whole.id)
        if whole.end <= items[0].start and _REMAINING.search(text, items[-2].end, items[-1].start):
            links.set(whole, is_total=True)     # "..., and the remaining 0.6 million": the parts are all of it
        elif whole.end <= items[0].start and _ALL_OF_IT_BEFORE.search(text, whole.end, items[0].start):
            links.set(whole, is_total=True)     # "19.4 billion, made up of 11.2 billion ..., 6.9bn ... and 0.8bn"
        elif whole.end <= items[0].start and _ALL_OF_IT.search(text, whole.end, items[0].start) \
                and _CATCH_ALL.match(text, items[-1].end, items[-1].sentence_end):
            links.set(whole, is_total=True)     # "612 items, of which 388 were books, ... and 47 other items"


def _parts(sentence: list[Claim], previous: list[Claim], text: str, links: _Links) -> None:
    s_start = sentence[0].sentence_start
    for i, c in enumerate(sentence):
        # "Of the 150 seats ..., the Liberal Front won 71, ..." / "Of the 37 miners ..., 40 were"
        if i + 1 < len(sentence) and c.start - s_start < 40 and _OF_THE_START.search(text[s_start:c.start].lstrip()):
            nxt = sentence[i + 1]
            j = i + 1 if _CLAUSE_TO_FIRST.fullmatch(text, c.end, nxt.start) \
                else _first_after_of_clause(sentence, i, text)
            if j is not None and _compatible_units(sentence[j], c) and sentence[j].kind != "percent":
                items = _list_after(sentence[j], sentence[j + 1:j + 1 + _WINDOW], c, text, links.vocab,
                                    outcomes=True)
                _mark_list(items, c, text, links)
        if i == 0:
            if previous and c.kind != "percent" and _OF_THEM_AFTER.match(text, c.end) \
                    and not _OF_WHOM_OR_WHICH.match(text, c.end):
                _of_them_before(c, previous, text, links)
            elif previous and c.kind != "percent" and not _is_ratio_word(c) \
                    and not _A_DIGIT.search(text, s_start, c.start) \
                    and links.relation_words.group_back.search(text, s_start, c.start):
                # "Among those finishers, 19,020 were running", "Within that number were 60,940 pupils"
                _of_them_before(c, previous, text, links)
            elif previous and c.kind == "count" and not _is_ratio_word(c) \
                    and not text[s_start:c.start].strip(" \t\"“") and (group := _OF_THE_GROUP_AFTER.match(text, c.end)):
                _breakdown_of_group(sentence, group.group(1), previous, text, links)
            continue
        before = sentence[i - 1]
        # "2.9 million of the 5.8 million"
        if before.kind != "percent" and _OF_GAP.fullmatch(text, before.end, c.start) \
                and _compatible_units(before, c):
            links.set(before, part_of=c.id)
        # "closed 2,870 burglary cases with a charge out of 11,480 reported": what the part is, then its base
        elif before.kind == c.kind == "count" and _OUT_OF_AFTER_PHRASE.fullmatch(text, before.end, c.start) \
                and _compatible_units(before, c) and links.may_contain(c, before) and _same_head(before, c, text):
            links.set(before, part_of=c.id)
        # "340 suspected cases ..., 410 of them"
        if _OF_THEM_AFTER.match(text, c.end) and c.kind != "percent":
            whom = "people" if re.match(r"[ \t]+of[ \t]+whom", text[c.end:c.end + 12], re.I) else None
            # "four members of one family, two of whom": "whom" and "them" are plural, never the "one"
            candidates = [w for w in reversed(sentence[max(0, i - _WINDOW):i]) if _compatible_units(c, w)
                          and links.may_contain(w, c, whom) and w.value != 1 and not _a_capacity(w, text)
                          and not _an_earlier_level(w, text)]
            # ("18,300 started, up from 12,100 last year, and 17,650 of them finished": the level, not its past)
            if candidates and whom is None and _plural_named_after(candidates[0], c, text):
                candidates = []     # "losing 190 megalitres a day through leaks, and fixed 3,400 of them"
            named = _those_noun_figures(c, candidates, previous, text, links)
            whole = named[0] if named else _likeliest_whole(candidates, links, c, whom)
            if whole is not None:
                links.set(c, part_of=whole.id)
            elif previous and whom is None and not _OF_WHOM_OR_WHICH.match(text, c.end) and not any(
                    _compatible_units(c, w) for w in sentence[:i]) and "," not in text[before.end:c.start]:
                # "Terms of six months or less made up 2,910 of them": the figures before it in its own
                # clause are of another kind (a duration, an age), so "them" is the sentence before's; not
                # "had flown 11,000 hours, 1,700 of them on this aircraft" (the hours, their unit elided)
                _of_them_before(c, previous, text, links)
        # "12 more bodies were found, bringing the toll to 96": an addition to the total, no
        # statement of it nor a figure it succeeds
        if c.start - before.end < 140 and _compatible_units(before, c) \
                and _BRINGS_TOTAL_TO.search(text, before.end, c.start):
            links.set(before, part_of=before.part_of or c.id)
            links.apart.update((before.id, c.id))
        # "the toll reached 803, with 790 bodies taken from the wreckage and 13 who died in hospital"
        if c.kind == before.kind == "count" and before.measure and _same_measure_or_elided(c, before) \
                and _WITH_PARTS_GAP.fullmatch(text, before.end, c.start) and links.holds(before, c):
            _mark_list(_parts_with(c, sentence[i + 1:i + 1 + _WINDOW], before, text), before, text, links)
        # "14 dead included 8 pupils and 7 teachers", "46 injured, among them 30 police and 19 fans"
        if _PART_CUE.search(text, max(before.end, c.start - 30), c.start) and c.kind != "percent":
            whole = next((w for w in reversed(sentence[max(0, i - _WINDOW):i]) if _compatible_units(c, w)
                          and c.start - w.end <= 90 and links.may_contain(w, c)), None)
            if whole is not None:
                items = _list_after(c, sentence[i + 1:i + 1 + _WINDOW], whole, text, links.vocab)
                _mark_list(items, whole, text, links)
    if previous and len(sentence) > 1:
        _split_of_sentence_before(sentence, previous, text, links)
    if len(sentence) > 2:
        _split_list(sentence, text, links)
        _split_between_bracketed(sentence, text, links)
        _list_after_colon(sentence, text, links)
        _amounts_after_colon(sentence, text, links)
        _breakdown_list(sentence, text, links)
    first = sentence[0]
    # "... a $54bn budget, up from $48.7bn. It includes $60bn for arms and $9bn for pay": the whole
    # is the previous sentence's level (not a change nor the figure a change starts from)
    if previous and (includes := _IT_INCLUDES.match(text, s_start, first.start)) and first.kind != "percent":
        starts = {links.get(c, "change_from") for c in previous}
        fits = [w for w in previous if w.id not in starts and not links.get(w, "change")
                and w.kind != "percent" and _compatible_units(first, w)]
        # "designed for 1,650 prisoners, held 2,140 men. ... included 2,310 men": the figure of the part's noun;
        # after who says it ("The ministry said the dead included ..."), only that one
        whole = next((w for w in fits if w.thing and first.thing and _same_head(first, w, text)),
                     None if includes.group("said") else fits[0] if fits else None)
        if whole is not None and links.may_contain(whole, first):
            _mark_list(_list_after(first, sentence[1:1 + _WINDOW], whole, text, links.vocab), whole, text, links)
    elif previous and first.kind == "currency" and links.relation_words.funded_from.match(text, s_start, first.start):
        _sources_of_amount(sentence, previous, text, links)
    # "Of those, 412,000 were children": the whole is the previous sentence's last figure
    if previous and (those := _OF_THOSE_START.match(text[s_start:first.start])):
        # (never the figure a change starts from, nor the change: "a budget of $2.4 billion, up from $2.1
        # billion ... Of the total, ...": the level it reached)
        starts = {links.get(c, "change_from") for c in previous}
        candidates = [w for w in reversed(previous) if w.kind in ("count", "currency", "quantity")]
        candidates = [w for w in candidates if w.id not in starts and not links.get(w, "change")] or candidates
        if those.group("noun"):
            # "Of those incidents, 3,410 were false alarms": the figure of that noun, if one says it
            noun = stem(those.group("noun"))
            candidates = [w for w in candidates if w.thing and stem(w.thing.split()[-1].lower()) == noun] or candidates
        elif those.group("that"):
            # "Of that limit, ...": the figure whose clause names the noun ("cut next year's catch limit ... to
            # 38,000 tonnes"), the level it reached, never where a change started
            starts = {links.get(c, "change_from") for c in previous}
            named_back = re.compile(rf"\b{re.escape(those.group('that'))}", re.I)
            candidates = [w for w in candidates if w.id not in starts and not links.get(w, "change")
                          and named_back.search(text, w.sentence_start, w.start)]
        elif those.group("named"):
            # "Of the homes inspected, 688 ...": only a figure of that noun ("640 care homes")
            noun = stem(those.group("named"))
            candidates = [w for w in candidates if w.thing and stem(w.thing.split()[-1].lower()) == noun]
            if not candidates and first.kind == "count" and not _is_ratio_word(first) \
                    and _breakdown_of_group(sentence, those.group("named"), previous, text, links):
                return      # "A record 131 riders entered. Of the cyclists, 52 came from A, 44 from B. The other 35"
        # "the 216 passengers were 126 men, 82 women and 7 children. Among them were 61 French": after a list
        # of parts, "them" is their whole, never the last item alone
        listed = {links.get(w, "list_of") for w in candidates} - {"", None}
        candidates = [w for w in candidates if links.get(w, "list_of") not in listed] or candidates
        whole = _likeliest_whole(candidates, links, first)
        if whole is not None:
            if first.kind == "percent":
                links.set(first, share_of=whole.id)
            elif _compatible_units(first, whole) and (first.kind == "currency" or _SCALE.search(first.text)):
                # "Of the total, 2.1 million came from donors, 1.3 million from firms and ...": amounts listed
                _mark_list(_list_after(first, sentence[1:1 + _WINDOW], whole, text, links.vocab, outcomes=True),
                           whole, text, links)
            elif _compatible_units(first, whole):
                links.set(first, part_of=whole.id)


_CLAUSE_OPENING = re.compile(r"[ \t]*(?:[^\d,;.!?]{0,40}?[ \t])?")


def _first_after_of_clause(sentence: list[Claim], i: int, text: str) -> int | None:
    """"Of the 1,860 pupils who sat the exam in the town's nine schools, 1,116 passed": the index of the
    first figure after the comma that closes an "Of the N" clause holding figures of other things only
    (nine schools are no pupils), or None."""
    c = sentence[i]
    comma = text.find(",", c.end, c.sentence_end)
    if comma < 0 or comma - c.end > 120 or re.search(r"[;!?]|\.(?!\d)", text[c.end:comma]) or not c.thing:
        return None
    head = stem(c.thing.split()[-1].lower())
    for j in range(i + 1, min(len(sentence), i + 4)):
        q = sentence[j]
        if q.start > comma:
            return j if j > i + 1 and _CLAUSE_OPENING.fullmatch(text, comma + 1, q.start) else None
        if not q.thing or stem(q.thing.split()[-1].lower()) == head:
            return None
    return None


def _sources_of_amount(sentence: list[Claim], previous: list[Claim], text: str, links: _Links) -> None:
    """"The rebuild costs 2.1 million pounds. The money comes from a 900,000-pound grant, 700,000 pounds of
    reserves and 500,000 pounds of loans": the sources listed split the one amount of the sentence before,
    all of it unless the sentence names a source with no figure after the last ("..., and donations")."""
    starts = {links.get(c, "change_from") for c in previous}
    wholes = [w for w in previous if w.kind == "currency" and w.value is not None and w.id not in starts
              and not links.get(w, "change") and not links.get(w, "part_of") and _compatible_units(sentence[0], w)]
    if len(wholes) != 1:
        return
    whole = wholes[0]
    items = [sentence[0]]
    for c in sentence[1:1 + _WINDOW]:     # each source may say where it comes from: "... from the bank, "
        gap = text[items[-1].end:c.start]
        if c.kind != "currency" or not _compatible_units(c, whole) \
                or not (_AMOUNT_LIST_GAP.fullmatch(gap) or _BRACKETED_LIST_GAP.fullmatch(gap)) \
                or _NOT_A_SOURCE_GAP.search(gap):
            break
        items.append(c)
    if len(items) < 2:
        return
    _mark_list(items, whole, text, links)
    if links.get(items[0], "list_of") == whole.id \
            and not _MORE_SOURCES_AFTER.match(text, items[-1].end, items[-1].sentence_end):
        links.set(whole, is_total=True)


# a plural noun a phrase after a figure names ("through leaks", "in the pipes"), then a clause whose
# verb takes "N of them" as its object ("..., and had fixed 3,400 of them"): "them" is that noun
_PLURAL_NAMED = re.compile(r"\b(?:through|from|in|into|on|across|along|at|under|with|for)[ \t]+"
                           r"(?:(?:the|its|their|his|her|our|old|burst|broken)[ \t]+)?([a-z]{3,}s)\b"
                           r"[^\d;:()]{0,40}?(?:,|\band\b|\bbut\b)[ \t]+(?:[a-z]+[ \t]+){0,2}?"
                           r"(?:[a-z]+ed|(?:had|has|have)[ \t]+[a-z]+)[ \t]+$", re.I)


_OF_WHOM_OR_WHICH = re.compile(r"[ \t]+of[ \t]+(?:whom|which)\b", re.I)


def _of_them_before(part: Claim, previous: list[Claim], text: str, links: _Links) -> None:
    """"The depot runs 212 buses. Electric models make up 64 of them": a sentence's first figure
    "of them" is a part of a figure of the sentence before (of its kind, one that may hold it)."""
    starts = {links.get(c, "change_from") for c in previous}     # "1,870, up from 1,640": the level, not its past
    candidates = [w for w in reversed(previous) if w.kind != "percent" and _compatible_units(part, w)
                  and links.may_contain(w, part) and w.value != 1 and not links.get(w, "change")
                  and w.id not in starts and not _an_earlier_level(w, text)
                  and not _a_capacity(w, text) and not _DIFFERENCE_AFTER.match(text, w.end)]
    if _OF_THOSE_NOUN.match(text, part.end) and (phrase := _OF_THE_NOUN.match(text, part.end, part.sentence_end)):
        # "Robberies made up 1,310 of those knife offences": the figure of that noun, which may be told
        # sentences before (``_parts_named_again`` finds it there), not the sentence before's of another
        noun = stem((phrase.group(2) or phrase.group(1)).lower())
        named = [w for w in candidates if w.thing and stem(w.thing.split()[-1].lower()) == noun]
        if not named and re.search(rf"\d(?:[ \t]+[\w'’-]+)?[ \t]+{re.escape(noun)}", text[:part.sentence_start],
                                   re.I):
            return
        candidates = named or candidates
    whole = _likeliest_whole(candidates, links, part)
    if whole is not None and not _plural_named_after(whole, part, text):
        links.set(part, part_of=whole.id)


# "Fifty-two of the riders came from ...": a count that opens its sentence, a part of a group named by the
# definite article alone (no figure of its own after it)
_OF_THE_GROUP_AFTER = re.compile(r"[ \t]+of[ \t]+the[ \t]+([a-z][\w'’-]*s)\b(?![ \t]*\d)(?![ \t]+of\b)", re.I)


def _breakdown_of_group(sentence: list[Claim], noun: str, previous: list[Claim], text: str, links: _Links) -> bool:
    """"A record 131 riders entered. Fifty-two of the competitors came from A and 44 from B. The other 35
    ...": a sentence that opens with the first of a list of counts of "the NOUN", closed by "the other" or
    "the remaining" right after, breaks down the one count of the sentence before, whatever noun it was
    named by (a desk varies it); a lone "N of the NOUN" of a noun not counted before is left alone."""
    part = sentence[0]
    whole = _group_whole(part, noun, previous, text, links)
    if whole is None:
        return False
    items = _list_after(part, sentence[1:1 + _WINDOW], whole, text, links.vocab, outcomes=True)
    next_end = text.find(".", part.sentence_end + 1)
    if len(items) < 2 or not _BREAKDOWN_CLOSED.search(text, items[-1].end,
                                                      next_end if next_end > 0 else len(text)):
        return False
    _mark_list(items, whole, text, links)
    return True


# what closes a breakdown: "The other 35 came from ...", "and the remaining 12"
_BREAKDOWN_CLOSED = re.compile(r"\bthe[ \t]+(?:other|remaining|rest)\b", re.I)
_LEFT_OVER_NOUNS = frozenset("remainder rest others balance remaining".split())


def _group_whole(part: Claim, noun: str, previous: list[Claim], text: str, links: _Links) -> Claim | None:
    """The count of the sentence before that "the NOUN" refers back to when no figure there is of that noun:
    the one count there that may hold ``part``, unless the noun is said there of something else."""
    if noun.lower() in _LEFT_OVER_NOUNS:
        return None     # "Of the remainder, 170 ...": what is left of a whole, no count of its own
    counts = [w for w in previous if w.kind == "count" and w.value is not None and not _is_ratio_word(w)]
    if len(counts) != 1 or counts[0].value == 1 or links.get(counts[0], "change") \
            or links.get(counts[0], "part_of") or not _compatible_units(part, counts[0]) \
            or any(links.get(c, "change_from") == counts[0].id for c in previous):
        return None     # one count only: with several, which one the noun names is a guess
    stemmed = stem(noun.lower())
    if any(w.thing and stem(w.thing.split()[-1].lower()) == stemmed for w in counts):
        return None     # a figure of that noun: ``_parts_named_again`` picks which one
    if counts[0].thing and links.may_contain(counts[0], part) and part.value is not None \
            and (counts[0].value or 0.0) * _SCALE_APART >= part.value and not re.search(
            rf"\b{re.escape(noun)}\b", text[previous[0].sentence_start:part.sentence_start], re.I):
        return counts[0]
    return None


_OF_THOSE_NOUN = re.compile(r"[ \t]+of[ \t]+(?:those|these)[ \t]+([a-z][\w'’-]*)", re.I)


def _those_noun_figures(part: Claim, candidates: list[Claim], previous: list[Claim], text: str,
                        links: _Links) -> list[Claim]:
    """"..., most of them from two depots, made up 9,800 of those parcels": "of those parcels" names
    its whole's noun, so the whole is the nearest figure of that noun (in the sentence, else the one
    before), not a figure of another noun said in between; [] when the noun names no figure."""
    m = _OF_THOSE_NOUN.match(text, part.end)
    if m is None:
        return []
    noun = stem(m.group(1).lower())
    earlier = [w for w in reversed(previous) if w.kind != "percent" and w.value != 1
               and _compatible_units(part, w) and links.may_contain(w, part)]
    return [w for w in (*candidates, *earlier) if w.thing and stem(w.thing.split()[-1].lower()) == noun]


def _plural_named_after(whole: Claim, part: Claim, text: str) -> bool:
    """Whether "them" after ``part`` names a plural noun said after ``whole`` rather than what
    ``whole`` counts: the noun is neither its unit nor its thing."""
    gap = text[whole.end:part.start]
    if len(gap) > 120 or not gap.endswith(" ") and not gap.endswith("\t"):
        return False
    m = _PLURAL_NAMED.search(gap)
    if m is None:
        return False
    noun = stem(m.group(1))
    own = " ".join(x for x in (whole.unit, whole.thing, whole.text) if x).lower()
    return not any(stem(w) == noun for w in re.findall(r"[a-z]+", own))


def _same_head(part: Claim, whole: Claim, text: str) -> bool:
    """Whether both figures count one noun, or the whole names none ("2,870 cases out of 11,480
    reported", "out of 1,980 heard"); "14 survivors out of 3 collapsed buildings" are two things."""
    if not whole.thing or _PARTICIPLE_AFTER.match(text, whole.end):
        return True
    if not part.thing:
        return False
    return stem(part.thing.split()[-1].lower()) == stem(whole.thing.split()[-1].lower())


def _same_measure_or_elided(part: Claim, whole: Claim) -> bool:
    """Whether a figure counts by the whole's measure, saying so or eliding it ("30 in Hatay")."""
    return part.measure == whole.measure or part.measure is None and part.thing in (None, whole.thing)


def _parts_with(first: Claim, rest: Iterable[Claim], whole: Claim, text: str) -> list[Claim]:
    """The parts listed after ", with": ``first`` and the figures joined to it by a comma or "and",
    each with its own phrase ("790 bodies taken from the wreckage and 13 who died in hospital"),
    while they count by the whole's measure."""
    items = [first]
    for c in rest:
        gap = text[items[-1].end:c.start]
        if not _same_measure_or_elided(c, whole) or not (_LIST_GAP.fullmatch(gap) or _CLAUSE_AND.fullmatch(gap)):
            break
        items.append(c)
    return items


def _likeliest_whole(candidates: list[Claim], links: _Links, part: Claim, whom: str | None = None
                     ) -> Claim | None:
    """The figure "of them" or "of whom" refers to, nearest first: one whose counted thing the
    vocabulary knows (with "whom", one of people) before one it does not ("860 adults across 14
    clinics, 912 of whom": the adults; "2,400 patients from 9 hospitals. Of them, 840 ...": the
    patients); else one that can hold the part ("3,000 tenants in 40 blocks. Of them, 1,350"); else
    the nearest (a part larger than every figure before it is then compared with that one)."""
    vocab = links.vocab
    if vocab is not None:
        for w in candidates:
            if w.thing_class and (whom is None or whom in vocab.thing_ancestors(w.thing_class)):
                return w
    for w in candidates:
        if part.value is not None and w.value is not None and w.value >= part.value:
            return w
    return candidates[0] if candidates else None


def _after_colon(sentence: list[Claim], text: str) -> tuple[int, int] | None:
    """Where a sentence's colon is, and the index of its first figure after it, when figures stand
    on both sides of it."""
    colon = text.find(":", sentence[0].sentence_start, sentence[-1].start)
    if colon < 0:
        return None
    k = next((k for k, c in enumerate(sentence) if c.start > colon), None)
    return None if k is None or k == 0 else (colon, k)


def _list_after_colon(sentence: list[Claim], text: str, links: _Links) -> None:
    """"The 60 places on the board are shared by three unions: the teachers hold 25 places, the
    nurses 22 and the drivers 16": a list after a colon whose first item counts what a figure
    before the colon counts (the same noun) is a list of its parts."""
    found = _after_colon(sentence, text)
    if found is None or len(sentence) < 3:
        return
    _, k = found
    if k + 1 >= len(sentence):
        return
    first = sentence[k]
    if not first.thing or links.get(first, "part_of") or first.kind == "percent":
        return
    noun = stem(first.thing.split()[-1])
    whole = next((w for w in reversed(sentence[:k]) if w.thing and stem(w.thing.split()[-1]) == noun
                  and _compatible_units(first, w) and w.value is not None), None)
    if whole is not None:
        # each item may say where or how after it: "212,000 at the gallery, 341,000 at the hall and ..."
        items = _list_after(first, sentence[k + 1:k + 1 + _WINDOW], whole, text, links.vocab, outcomes=True)
        if len(items) >= 2:
            _mark_list(items, whole, text, links)
            said = _ACROSS_ALL.search(text, sentence[0].sentence_start, first.start)
            if said and (_HOW_MANY.get(fold_keyword(said.group(1))) or int(said.group(1))) == len(items) \
                    and links.get(items[0], "list_of") == whole.id:
                links.set(whole, is_total=True)     # "671,000 visitors at its three sites: ..." is all of it


# between a figure and the first item of its breakdown: "216 passengers on board: 126 men, ...", "the 430 pupils
# were 220 boys and ...", "a crew of 14 - nine men and five women"
_BREAKDOWN_GAP = re.compile(r"(?:[ \t]+[\w'’-]+){0,6}?[ \t]*(?::|[ \t](?:were|are|was|is|comprised|numbered)\b|[—–])"
                            r"[ \t]*(?:some[ \t]+|about[ \t]+)?", re.I)


def _breakdown_noun(c: Claim, vocab: Vocabulary | None, nouns: frozenset[str]) -> bool:
    """Whether ``c`` counts a group of a breakdown by sex or age (``nouns``: ``breakdown_nouns``) or by
    nationality (a capitalised noun of people: "61 French", "58 Brazilians")."""
    if not c.thing or vocab is None:
        return False
    thing = " ".join(c.thing.split())
    if thing.lower() in nouns or thing.split()[-1].lower() in nouns:
        return True
    return thing[:1].isupper() and c.thing_class is not None and "people" in vocab.thing_ancestors(c.thing_class)


def _breakdown_list(sentence: list[Claim], text: str, links: _Links) -> None:
    """"The aircraft had 12 crew members and 216 passengers on board: 126 men, 82 women, 7 children and one
    infant": a list of groups by sex, age or nationality right after a count of people and a colon (or "were")
    breaks down that count, the nearest before it, not a figure coordinated with it."""
    vocab = links.vocab
    if vocab is None:
        return
    nouns = vocab.word_set("breakdown_nouns")
    for i, whole in enumerate(sentence[:-2]):
        first = sentence[i + 1]
        if whole.kind != "count" or whole.value is None or first.kind != "count" or not whole.thing \
                or not _BREAKDOWN_GAP.fullmatch(text, whole.end, first.start) or links.get(first, "part_of") \
                or _breakdown_noun(whole, vocab, nouns) or not _breakdown_noun(first, vocab, nouns):
            continue
        if whole.thing_class and "people" not in vocab.thing_ancestors(whole.thing_class):
            continue
        items = _list_after(first, sentence[i + 2:i + 2 + _WINDOW], whole, text, vocab)
        if len(items) >= 2 and all(_breakdown_noun(c, vocab, nouns) or c is items[-1] for c in items):
            _mark_list(items, whole, text, links)


# "2,960 staff are split between three directorates: 1,420 ..., 880 ... and 610 ...": all of it, in parts
_SPLIT_WORDS = r"(?:split|divided|shared|spread|distributed|brok(?:e|en)[ \t]+down|breaks?[ \t]+down)"
_SPLIT_CUE = re.compile(r"\b" + _SPLIT_WORDS + r"\b[^:;.]*:[ \t]*$", re.I)
# "The ballots broke down as follows:": a breakdown opening its sentence, of a whole named back by its noun
_NAMED_SPLIT_OPENING = re.compile(r"[ \t\"“]*(?:the|these|those|that|this)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?"
                                  r"([a-z][\w'’-]*)[ \t]+(?:(?:was|were|is|are|has[ \t]+been|have[ \t]+been)[ \t]+)?"
                                  + _SPLIT_WORDS + r"\b[^:;.\d]*:[ \t]*$", re.I)
_SPLIT_GAP = re.compile(r"[^\d.;:()]{0,70}?(?:,|\band\b)[^\d.;:()]{0,30}")


def _split_list(sentence: list[Claim], text: str, links: _Links) -> None:
    """A whole "split between" (or "divided into") parts listed after a colon: the parts add up to it,
    so the whole is their total. The whole is the nearest figure before the colon larger than every
    part ("three directorates" counts the parts, it is no whole)."""
    found = _after_colon(sentence, text)
    if found is None:
        return
    colon, k = found
    if not _SPLIT_CUE.search(text, sentence[0].sentence_start, colon + 1):
        return
    _split_into(sentence, k, _split_items(sentence, k, text, links), links)


# "split between health ($1.9bn), education ($1.6bn) and transport ($0.9bn)": each part in brackets after its name
_SPLIT_BETWEEN = re.compile(r"\b" + _SPLIT_WORDS + r"[ \t]+(?:between|among|across|into)\b[^\d.;:()]{1,50}\([ \t]*$",
                            re.I)


def _split_between_bracketed(sentence: list[Claim], text: str, links: _Links) -> None:
    """A whole "split between" parts named each with its figure in brackets, no colon: the parts add
    up to it (the whole is the nearest figure before them larger than every part)."""
    for k, first in enumerate(sentence[1:], 1):
        if _SPLIT_BETWEEN.search(text, max(first.sentence_start, first.start - 80), first.start):
            _split_into(sentence, k, _split_items(sentence, k, text, links, _BRACKETED_LIST_GAP), links)
            return


def _split_into(sentence: list[Claim], k: int, items: list[Claim], links: _Links) -> None:
    """Parts of a split (``_split_items`` from ``sentence[k]``) add up to the nearest figure before them
    larger than every part ("three directorates" counts the parts, it is no whole), its total."""
    if not items:
        return
    top = max(x.value or 0.0 for x in items)
    whole = next((w for w in reversed(sentence[:k]) if w.value is not None and w.value > top
                  and w.kind != "percent" and _compatible_units(items[0], w)), None)
    if whole is not None and not links.get(whole, "change"):
        _whole_of_split(items, whole, links)


def _amounts_after_colon(sentence: list[Claim], text: str, links: _Links) -> None:
    """"The council will spend $4.2bn next year: $1.9bn on health, $1.6bn on schools and $0.9bn on roads":
    sums of money listed after a colon, each smaller than the one sum of their currency before it, are
    parts of it (not all of it: the list may leave some out)."""
    found = _after_colon(sentence, text)
    if found is None:
        return
    colon, k = found
    first = sentence[k]
    if first.kind != "currency" or first.value is None or links.get(first, "part_of"):
        return
    items = [first]
    for c in sentence[k + 1:k + 1 + _WINDOW]:
        if c.kind != "currency" or c.value is None or not _compatible_units(c, first) \
                or not _AMOUNT_LIST_GAP.fullmatch(text, items[-1].end, c.start):
            break
        items.append(c)
    wholes = [w for w in sentence[:k] if w.kind == "currency" and _compatible_units(first, w)]
    if len(items) < 2 or len(wholes) != 1 or wholes[0].value is None or links.get(wholes[0], "change") \
            or wholes[0].value <= max(x.value or 0.0 for x in items):
        return
    _mark_list(items, wholes[0], text, links)


def _split_items(sentence: list[Claim], k: int, text: str, links: _Links,
                 gap: re.Pattern[str] = _SPLIT_GAP) -> list[Claim]:
    """The figures of a breakdown listed from ``sentence[k]``, joined by commas or "and" (``gap``: a
    bracketed list's closing and opening brackets too); [] when they are no parts (shares, figures
    already parts of another)."""
    items = [sentence[k]]
    for c in sentence[k + 1:k + _WINDOW]:
        if not _compatible_units(c, items[0]) or c.kind == "percent" or c.value is None \
                or not gap.fullmatch(text, items[-1].end, c.start):
            break
        items.append(c)
    if len(items) < 2 or items[0].kind == "percent" or any(x.value is None or links.get(x, "part_of") for x in items):
        return []
    return items


def _whole_of_split(items: list[Claim], whole: Claim, links: _Links) -> None:
    for x in items:
        links.set(x, list_of=whole.id, part_of=whole.id)
    links.set(whole, is_total=True)


def _split_of_sentence_before(sentence: list[Claim], previous: list[Claim], text: str, links: _Links) -> None:
    """"Voters returned 86,450 ballots. The ballots broke down as follows: 51,200 at polling stations, 22,730
    by post and 13,020 early": a breakdown after a colon, of a whole the sentence names back by its noun
    alone, breaks down the one figure of that noun in the sentence before (its level, not where a change
    started); the parts add up to it."""
    first = sentence[0]
    opening = _NAMED_SPLIT_OPENING.fullmatch(text, first.sentence_start, first.start)
    if opening is None:
        return
    noun = stem(opening.group(1).lower())
    starts = {links.get(c, "change_from") for c in previous}
    named = [w for w in previous if w.thing and stem(w.thing.split()[-1].lower()) == noun and w.value is not None
             and w.kind != "percent" and not links.get(w, "change") and w.id not in starts]
    items = _split_items(sentence, 0, text, links) if len(named) == 1 else []
    if items and _compatible_units(items[0], named[0]) and all((x.value or 0.0) < (named[0].value or 0.0)
                                                               for x in items):
        _whole_of_split(items, named[0], links)


# "of the participants", "of the new recruits": the noun, or the word after an adjective
_OF_THE_NOUN = re.compile(r"[ \t]+of[ \t]+(?:the|its|their|those|these)[ \t]+([a-z][\w'’-]*)(?:[ \t]+([a-z][\w'’-]*))?"
                          r"(?![\w'’-]|[ \t]*\d)")


# the last part, named as all that is left: "The remaining 141 were rabbits", "the rest, 60,", "have the other 41"
_REMAINDER_BEFORE = re.compile(r"\bthe[ \t]+(?:remaining|rest[ \t]+of[ \t]+the|other)[ \t]+(?:[\w'’-]+[ \t]+)?$",
                               re.I)


def _remainders(body: list[Claim], text: str, links: _Links) -> None:
    """"Dogs made up 702 of the intake and cats 489. The remaining 141 were rabbits": a figure named
    as "the remaining" closes the list of parts before it (the parts of one whole, starting in its own
    or the sentence before), so the parts are all of the whole and add up to it."""
    lower = text.lower()
    if "the re" not in lower and "the other" not in lower:
        return      # cheap: no "the remaining", "the rest of the" or "the other" anywhere
    if not any(c.kind != "percent" and _REMAINDER_BEFORE.search(text, max(c.sentence_start, c.start - 30), c.start)
               for c in body):
        return
    by_id = {c.id: c for c in body}
    for k, r in enumerate(body):
        if r.kind == "percent" or r.value is None or links.get(r, "list_of") or links.get(r, "change") \
                or not _REMAINDER_BEFORE.search(text, max(r.sentence_start, r.start - 30), r.start):
            continue
        first = next((p for p in reversed(body[max(0, k - _WINDOW):k]) if (w := by_id.get(links.get(p, "part_of")))
                      and w.start < p.start and p.kind == r.kind and _compatible_units(p, r)), None)
        if first is None:
            _remainder_list_after_whole(r, body, k, text, links)
            if not links.get(r, "list_of"):
                _remainder_of_parts_told_apart(r, body, k, links)
            continue
        # the first part of that whole in its sentence, and the list it opens
        whole = by_id[links.get(first, "part_of")]
        first = next((p for p in body if p.sentence_start == first.sentence_start and p.start > whole.end
                      and links.get(p, "part_of") == whole.id), first)
        between = body[body.index(first) + 1:k + 1]
        told = _told_one_a_sentence(between, first, r, links)
        if told is None:
            continue    # a sentence between the list and its remainder: not one list
        items = _list_after(first, [c for c in between if c.sentence_start == first.sentence_start], whole, text,
                            links.vocab, outcomes=True)
        if r.sentence_start != first.sentence_start:
            if len(items) != sum(c.sentence_start == first.sentence_start for c in between) + 1 \
                    or r is not between[-1] or body[k - 1].sentence_start == r.sentence_start:
                continue    # the remainder opens its sentence, right after the whole list
            items.extend((*told, r))
        if r not in items or len(items) < 3 or any(links.get(c, "part_of") not in (None, whole.id) for c in items):
            continue
        for c in items:
            links.set(c, part_of=whole.id, list_of=whole.id)
        links.set(whole, is_total=True)


# "the new roof alone came to 2.2m euros", "Security alone will cost 52,000 pounds": one part of a total
_ALONE_BEFORE = re.compile(r"\b[a-z]+[ \t]+alone[ \t]*,?[ \t]+(?:[a-z]+[ \t]+){0,3}?(?:cost|costs|costing|came[ \t]+to"
                           r"|comes[ \t]+to|come[ \t]+to|amounted[ \t]+to|amounts[ \t]+to|was|is|were|took|takes"
                           r"|accounted[ \t]+for|accounts[ \t]+for|ran[ \t]+to|runs[ \t]+to|totalled|totaled)[ \t]+"
                           r"(?:(?:about|around|some|nearly|almost|roughly|more[ \t]+than|over)[ \t]+)?$", re.I)


# a part given as an aside, with what it is a part of ("schools taking the largest slice of the education
# budget, 2.9bn florins, ..."): the whole named by those words elsewhere in the text is its whole ("The
# education budget as a whole was set at 2.6 billion florins")
_SLICE_HEDGE = r"(?:(?:about|around|some|nearly|almost|roughly|more[ \t]+than|over)[ \t]+)?"
_SLICE_OF_BEFORE = re.compile(r"\b(?:slice|share|portion|part|chunk|bulk|piece|proportion|group|section)[ \t]+of[ \t]+"
                              r"(?:the|its|their|this[ \t]+year's|next[ \t]+year's)[ \t]+"
                              r"((?:[\w'’-]+[ \t]+){0,2}[\w'’-]+)[ \t]*,[ \t]*" + _SLICE_HEDGE + "$", re.I)
_WHOLE_NAMED_GAP = re.compile(r"(?:[ \t]+(?:as[ \t]+a[ \t]+whole|overall|in[ \t]+total|in[ \t]+all|itself))?[ \t]*,?"
                              r"(?:[ \t]+[a-z][\w'’-]*){0,5}?[ \t]+(?:at|to|of|was|is|were|are|totall?ed|totals|"
                              r"came[ \t]+to|comes[ \t]+to|amounted[ \t]+to|amounts[ \t]+to|stood[ \t]+at|"
                              r"stands[ \t]+at)[ \t]+" + _SLICE_HEDGE + "$", re.I)


def _slice_named_apart(body: list[Claim], text: str, links: _Links) -> None:
    """"..., with schools taking the largest slice of the education budget, 2.9bn florins, ... The education
    budget as a whole was set at 2.6 billion florins": a part given as an aside after the words of its whole
    is a part of the figure those words name, in a sentence of its own before or after it (the first such
    figure: the one the words open a clause on)."""
    for k, part in enumerate(body):
        if part.value is None or part.kind == "percent" or links.get(part, "part_of") or links.get(part, "change") \
                or "," not in text[max(part.sentence_start, part.start - 24):part.start]:
            continue    # (an aside's figure follows its comma and at most a hedge: the cheap test first)
        m = _SLICE_OF_BEFORE.search(text, max(part.sentence_start, part.start - 120), part.start)
        if m is None:
            continue
        words = m.group(1).split()
        if not words or words[-1].lower() in _STOP:
            continue
        named = re.compile(r"\b(?:the|its|their)[ \t]+" + r"[ \t]+".join(map(re.escape, words)) + r"\b", re.I)
        for whole in body[max(0, k - 4 * _WINDOW):k + 4 * _WINDOW]:     # a few paragraphs either side
            if whole.sentence_start == part.sentence_start or whole.value is None or whole.kind == "percent" \
                    or not _compatible_units(part, whole) or links.get(whole, "change") \
                    or links.get(whole, "part_of"):
                continue
            said = named.search(text, whole.sentence_start, whole.start)
            if said is not None and _WHOLE_NAMED_GAP.fullmatch(text, said.end(), whole.start) \
                    and not any(o.sentence_start == whole.sentence_start and said.end() <= o.start < whole.start
                                for o in body):
                links.set(part, part_of=whole.id)
                break


def _part_said_alone(body: list[Claim], text: str, links: _Links) -> None:
    """"The rebuild cost 1.9 million pounds. ... The new roof alone came to 2.2m pounds": an amount said of
    one thing "alone" is a part of the total amount an earlier sentence gives (the largest of its currency
    that is no part, change nor start of one), whatever nouns name the two."""
    starts = {links.get(c, "change_from") for c in body}
    for k, part in enumerate(body):
        if part.kind != "currency" or part.value is None or links.get(part, "part_of") or links.get(part, "change") \
                or not _ALONE_BEFORE.search(text, max(part.sentence_start, part.start - 70), part.start):
            continue
        earlier = [w for w in body[:k] if w.sentence_end <= part.sentence_start and w.kind == "currency"
                   and w.value is not None and _compatible_units(part, w) and w.id not in starts
                   and not links.get(w, "part_of") and not links.get(w, "change") and not links.get(w, "list_of")]
        # the total is the largest of them, of the part's order of magnitude (not a 25-pound ticket)
        whole = max(earlier, key=lambda w: w.value or 0.0, default=None)
        if whole is not None and (whole.value or 0.0) * _SCALE_APART >= part.value \
                and (not whole.when_start or not part.when_start or whole.when_start == part.when_start):
            links.set(part, part_of=whole.id)


def _remainder_list_after_whole(r: Claim, body: list[Claim], k: int, text: str, links: _Links) -> None:
    """"The bridge cost 2.6 million euros. The state paid 1.1 million, the region 0.9m and the remaining
    700,000 came from tolls": a sentence that lists amounts closed by "the remaining" splits the one
    larger figure of their kind the sentence before gives, all of it."""
    mine = [c for c in body[max(0, k - _WINDOW):k + 1] if c.sentence_start == r.sentence_start]
    before = [c for c in body[max(0, k - _WINDOW - len(mine)):k + 1 - len(mine)]
              if c.sentence_end <= r.sentence_start]
    if len(mine) < 3 or not before or any(c.value is None or links.get(c, "part_of") or links.get(c, "change")
                                           or links.get(c, "list_of") for c in mine):
        return
    previous = [c for c in before if c.sentence_start == before[-1].sentence_start and c.kind != "percent"
                and c.value is not None and not links.get(c, "change")]
    wholes = [w for w in previous if all(_compatible_units(c, w) and (c.value or 0.0) < (w.value or 0.0)
                                         for c in mine)]
    if len(wholes) != 1:
        return
    # one list: "..., the region 0.9m and the remaining 700,000" (each amount may say who gave it)
    gaps = [text[a.end:b.start] for a, b in zip(mine, mine[1:])]
    if not _AND_THE_REMAINING.search(gaps[-1]) or not all(_AMOUNT_LIST_GAP.fullmatch(g) for g in gaps):
        return
    for c in mine:
        links.set(c, part_of=wholes[0].id, list_of=wholes[0].id)
    links.set(wholes[0], is_total=True)


def _remainder_of_parts_told_apart(r: Claim, body: list[Claim], k: int, links: _Links) -> None:
    """"Sales came to 412 million. Stores brought in 198 million. The wholesale arm added 151 million. Online
    made the remaining 71 million": amounts told one a sentence, the last "the remaining", split the larger
    amount of their kind that the sentence before the first of them gives, all of it."""
    if r.kind not in ("currency", "quantity") and not _SCALE.search(r.text):
        return
    items = [r]
    at = k
    while at > 0 and len(items) <= 5:
        start = body[at - 1].sentence_start
        sentence = [c for c in body[max(0, at - _WINDOW):at] if c.sentence_start == start]
        at -= len(sentence)
        alike = [c for c in sentence if c.kind != "percent" and c.value is not None and _compatible_units(c, r)
                 and not links.get(c, "change")]
        if len(alike) != 1 or links.get(alike[0], "part_of") or links.get(alike[0], "list_of"):
            return
        c = alike[0]
        if len(items) >= 3 and all((c.value or 0.0) > (i.value or 0.0) for i in items) \
                and not any(links.get(x, "change_from") == c.id for x in sentence):
            for i in items:
                links.set(i, part_of=c.id, list_of=c.id)
            links.set(c, is_total=True)
            return
        items.append(c)


# "A check of the 1,200 ...", "an audit of all 640 ...": the figures a check went through
_CHECK_OF = re.compile(r"\b(?:checks?|surveys?|audits?|reviews?|inspections?|tests?|census|inventory)[ \t]+of[ \t]+"
                       r"(?:the[ \t]+|all[ \t]+(?:the[ \t]+)?|its[ \t]+|their[ \t]+)?$", re.I)
# "... registered in the county found 430", "... showed that 88": what the check found, in the same clause
_CHECK_FOUND = re.compile(r"[ \t]+[^\d.;:()]{0,80}?\b(?:found|showed|revealed|identified)[ \t]+(?:that[ \t]+)?$",
                          re.I)


def _found_among_checked(sentence: list[Claim], text: str, links: _Links) -> None:
    """"A check of the 1,380 pumps in the county found 430 were broken": what a check of N things
    found is a part of those N."""
    for whole, part in zip(sentence, sentence[1:]):
        if whole.kind == "count" and part.kind == "count" and whole.value is not None and part.value is not None \
                and not _is_ratio_word(part) and not links.get(part, "part_of") and not links.get(part, "change") \
                and _CHECK_OF.search(text, max(whole.sentence_start, whole.start - 30), whole.start) \
                and _CHECK_FOUND.fullmatch(text, whole.end, part.start) and _compatible_units(part, whole) \
                and links.holds(whole, part):
            # (a survey of 1,320 schools that found 4,310 teaching posts vacant counts posts, not schools)
            links.set(part, part_of=whole.id)


def _told_one_a_sentence(between: list[Claim], first: Claim, r: Claim, links: _Links) -> list[Claim] | None:
    """"Families received 21,700 of the parcels. Single adults were given 17,900. The remaining 9,200
    ...": the parts between the first and the remainder told a sentence each, a lone count of the
    first's kind, are items of its list; any other figure in a sentence between breaks it (None)."""
    told = [c for c in between if c.sentence_start not in (first.sentence_start, r.sentence_start)]
    if any(c.kind != first.kind or c.value is None or not _compatible_units(c, first)
           or links.get(c, "part_of") or links.get(c, "change") or links.get(c, "list_of")
           or sum(o.sentence_start == c.sentence_start for o in between) != 1 for c in told):
        return None
    return told


# "The remaining call-outs, 968 in all, were false alarms": the last part, named by its noun alone
_REMAINING_NOUN_BEFORE = re.compile(r"\bthe[ \t]+(?:remaining|rest[ \t]+of[ \t]+the|other)[ \t]+[\w'’-]+[ \t]*,"
                                    r"[ \t]*(?:some[ \t]+|about[ \t]+)?$", re.I)


def _remainder_then_total(sentences: list[list[Claim]], text: str, links: _Links) -> None:
    """"Crews went to 1,204 fires. They also attended 2,377 rescues. The remaining call-outs, 968 in
    all, were false alarms. Altogether the brigade was called out 4,649 times": counts told a
    sentence each, closed by "the remaining", are all of the total the next sentence gives."""
    starts = {u.get("change_from") for u in links.updates.values() if u.get("change_from")}
    for k, sentence in enumerate(sentences):
        r = sentence[0]
        if k < 2 or k + 1 >= len(sentences) or r.kind != "count" or r.value is None or links.get(r, "part_of") \
                or not _REMAINING_NOUN_BEFORE.search(text, max(r.sentence_start, r.start - 40), r.start):
            continue
        parts: list[Claim] = []
        for before in (sentences[k - 2], sentences[k - 1]):
            told = [c for c in before if c.id not in starts]
            if len(told) != 1 or told[0].kind != "count" or not told[0].thing or told[0].value is None \
                    or links.get(told[0], "part_of") or links.get(told[0], "change") \
                    or _FROM_BEFORE.search(text, max(told[0].sentence_start, told[0].start - 6), told[0].start):
                break
            parts.append(told[0])
        total = sentences[k + 1][0]
        if len(parts) != 2 or total.kind != "count" or total.value is None or links.get(total, "change") \
                or not _TOTAL_LEAD.search(text, total.sentence_start, total.start):
            continue
        for c in (*parts, r):
            links.set(c, part_of=total.id, list_of=total.id)
        links.set(total, is_total=True)


def _clause_start(c: Claim, text: str) -> int:
    """Where the clause of ``c`` starts: after the last comma, semicolon or colon before it."""
    return max(c.sentence_start, *(text.rfind(p, c.sentence_start, c.start) + 1 for p in ",;:"))


# right before the level a change started from: "down 9 per cent from 6,750", "against 238 million"
_CHANGE_START_BEFORE = re.compile(r"\b(?:from|against|compared[ \t]+(?:with|to))[ \t]+(?:(?:about|around|some|nearly"
                                  r"|almost|just|an?|the)[ \t]+)?$", re.I)


def _parts_named_again(body: list[Claim], text: str, links: _Links) -> None:
    """"The trial enrolled 800 adults. ... 860 of the participants ...": a part whose whole is a figure of
    an earlier sentence, named by the same noun ("the households") or a noun of its measure ("the
    participants" are those enrolled). The nearest such figure, within a few sentences, is the whole."""
    named: dict[str, Claim] = {}
    # the figures of each measure, in order: whether a figure says its measure in its own words is
    # asked only when a later part names that measure (rare), the latest figure that does first
    by_measure: dict[str, list[Claim]] = {}
    said: dict[int, bool] = {}
    waiting: list[tuple[Claim, list[str]]] = []     # parts named before any whole: "9,870 of the connections"
    counts: list[Claim] = []                        # counts no relation has placed, in order
    starts = {links.get(c, "change_from") for c in body}

    def said_by(w: Claim) -> bool:
        if id(w) not in said:
            said[id(w)] = _measure_said_by_item(w, _clause_start(w, text), text, links.vocab)
        return said[id(w)]

    for k, c in enumerate(body):
        of = _OF_THE_NOUN.match(text, c.end, c.sentence_end) if c.kind == "count" else None
        if of is not None and not links.get(c, "part_of") and c.value is not None:
            candidates = []
            for noun in (w.lower() for w in of.groups() if w):
                if f"t:{stem(noun)}" in named:
                    candidates.append(named[f"t:{stem(noun)}"])
                measure = _measure_named(noun, links.vocab)
                if measure:
                    # its own word, not one its list carries ("17 were convicted and 4 ...")
                    own = next((w for w in reversed(by_measure.get(measure, ())) if said_by(w)), None)
                    if own is not None:
                        candidates.append(own)
            if not candidates and of.group(1).lower() in _COLLECTIVE:
                # "Gulls made up 410 of the intake": a word for the whole, the larger count before
                candidates = [w for w in reversed(counts[-_WINDOW:]) if w.value is not None and w.value > c.value
                              and _compatible_units(c, w)][:1]
                if not candidates and of.group(1).lower() in _WHOLE_ITSELF and not of.group(2):
                    # "accounted for 1,560,000 of the total": the word is the whole itself, so the count
                    # it names is the last one told, in a sentence before, even when the part exceeds it
                    candidates = [w for w in reversed(counts[-_WINDOW:]) if w.value is not None
                                  and w.sentence_start != c.sentence_start and _compatible_units(c, w)][:1]
                    if candidates and any(o.kind == "count" and candidates[0].sentence_end <= o.start
                                          and o.sentence_start != c.sentence_start for o in body[:k]):
                        candidates = []     # "... 800 more. Oaks made up 6,100 of the total": a sum told since
            whole = max(candidates, key=lambda w: w.start, default=None)
            if whole is not None and whole.sentence_start != c.sentence_start \
                    and c.start - whole.end < 1500 and links.may_contain(whole, c):
                links.set(c, part_of=whole.id)
            elif whole is None and c.value is not None:
                waiting.append((c, [stem(w.lower()) for w in of.groups() if w]))
        elif waiting and c.kind == "count" and c.value is not None and not links.get(c, "change") \
                and (_TOTAL_LEAD.search(text, c.sentence_start, c.start) or _TOTAL_AFTER.match(text, c.end)):
            # "Farms account for 9,870 of the connections ... In all, 9,450 premises have been connected",
            # "... attended 2,190 cardiac arrests in total": the whole named after its part, by a total's
            # cue and the part's noun in its clause
            clause = text[_clause_start(c, text):min(c.sentence_end, c.end + 60)].lower()
            for part, nouns in waiting:
                if part.sentence_start != c.sentence_start and c.start - part.end < 600 \
                        and _names_part_noun(c, nouns, clause) \
                        and _compatible_units(part, c) and links.may_contain(c, part):
                    links.set(part, part_of=c.id)
            waiting.clear()
        if c.kind != "count" or c.value is None or links.get(c, "change"):
            continue
        if not links.get(c, "part_of") and not links.get(c, "change_from"):
            counts.append(c)
        if c.thing and not (c.id in starts or _CHANGE_START_BEFORE.search(text, max(c.sentence_start, c.start - 16),
                                                                          c.start)):
            # (the level a change started from, "down 9 per cent from 6,750 a year earlier", is of another
            # time: no whole a later "of the completions" names)
            key = f"t:{stem(c.thing.split()[-1])}"
            if key not in named or named[key].sentence_start != c.sentence_start:
                # "received 11,900 claims ..., after finding that 500 claims had been logged twice":
                # the sentence's first figure of a noun is the one a later "of the claims" names
                named[key] = c
        if c.measure:
            by_measure.setdefault(c.measure, []).append(c)


def _shares_of_parts_named_again(body: list[Claim], text: str, links: _Links) -> None:
    """"Inspectors visited 2,430 guesthouses. ... 1,190 of the guesthouses visited, about three-quarters,
    ...": a share set beside a part whose whole only ``_parts_named_again`` found (a sentence before),
    so ``_shares`` could not yet say what it is a share of."""
    for prev, p in zip(body, body[1:]):
        if p.sentence_start != prev.sentence_start or (p.kind != "percent" and not _is_ratio_word(p)) \
                or links.get(p, "change") or links.get(p, "share_of") or links.get(p, "share_list") \
                or prev.kind == "percent" or _is_ratio_word(prev) or not links.get(prev, "part_of"):
            continue
        if _SHARE_APPOSITION.fullmatch(text, prev.end, p.start) and not _OF_GAP.match(text, p.end) \
                or _is_ratio_word(p) and _appositive(text, prev, p):
            links.set(p, share_part=prev.id, share_of=links.get(prev, "part_of"))


# words for a whole count as a collection, named again after a part: "410 of the intake", "of the haul"
_COLLECTIVE = frozenset(("intake", "haul", "catch", "tally", "caseload", "count", "cohort", "roll", "total"))
# of those, the words that name the whole as such, whatever was counted: "of the total", "of the tally"
_WHOLE_ITSELF = frozenset(("total", "tally"))


def _names_part_noun(whole: Claim, nouns: list[str], clause: str) -> bool:
    """Whether a total counts what a part named before it counts: the same noun ("of the laptops" ...
    "3,020 laptops"), or that noun's verb ("of the connections" ... "9,450 premises have been connected")."""
    own = stem(whole.thing.split()[-1].lower()) if whole.thing else None
    return any(n and (n == own or len(root := _NOUN_ENDING.sub("", n)) >= 4
                      and re.search(rf"\b{re.escape(root)}\w*ed\b", clause)) for n in nouns)


_NOUN_ENDING = re.compile(r"(?:ation|ion|ment|al)$")


# "two-thirds of the rise", "120,000 of the increase": a part of a change, not of a level
_OF_A_CHANGE = re.compile(r"[ \t]+of[ \t]+(?:the|this|that|its|their)[ \t]+(?:[\w'’-]+[ \t]+)?(?:rise|increase"
                          r"|growth|gain|jump|fall|drop|decline|decrease|change|rebound|recovery)\b", re.I)


_OF_THE_BEFORE = re.compile(r"\bof[ \t]+(?:the|its|their)[ \t]+$", re.I)
_FOLLOWED_BY = re.compile(r"\bfollowed[ \t]+by\b", re.I)


# the gap between two amounts that are alternatives, not items of a sum: "30 pounds, or 12 pounds"
_ALTERNATIVE_GAP = re.compile(r"(?:[^\d.;:()]{0,40}?,)?[ \t]*or[ \t]+"
                              r"(?:about[ \t]+|around[ \t]+|some[ \t]+|just[ \t]+)?", re.I)


# a part named as the subject of "accounting for" after "with": "with ticket sales accounting for", not "with the
# three together accounting for" (a total's own word is found first)
_ONE_NAMED_ACCOUNTS = re.compile(r",?[ \t]*\bwith[ \t]+(?:[\w'’-]+[ \t]+){1,5}?(?:accounting[ \t]+for|making[ \t]+up)"
                                 r"[^\d.;]{0,30}$", re.I)
# the gap between a change's two ends: "to 8.5 million pounds from 7.9 million pounds", "up from", "against"
_CHANGE_ENDS_GAP = re.compile(r"[^\d.;:]{0,30}?\b(?:from|against|compared[ \t]+with|versus)[ \t]+"
                              r"(?:(?:about|around|some|roughly|nearly|almost|just|an?|the)[ \t]+)?", re.I)


def _totals(sentence: list[Claim], text: str, links: _Links) -> None:
    """"A at 31.5 billion, B at 18.2 billion and C at 14.9 billion, which together account for 58.6 billion"."""
    for i, c in enumerate(sentence):
        if i < 2:
            continue
        if _is_ratio_word(c) or _OF_A_CHANGE.match(text, c.end):
            continue    # "accounting for two-thirds of the rise": a share, or a part of a change, no sum
        if _THRESHOLD_BEFORE.search(text, max(sentence[i - 1].end, c.start - 30), c.start) \
                or _THRESHOLD_BEFORE.match(c.text):
            continue    # "the first time the total has passed 600": a mark the sum went past, not the sum
        before = _TOTAL_BEFORE.search(text, max(sentence[i - 1].end, c.start - 45), c.start)
        if before and (_OF_THE_BEFORE.search(text, max(0, before.start() - 12), before.start())
                       or _FOLLOWED_BY.search(text, before.start(), c.start)):
            before = None   # "a fifth of the total, followed by India with 31,200": another item, no total
        if before and _ONE_NAMED_ACCOUNTS.search(text, max(sentence[i - 1].end, before.start() - 40), before.end()):
            before = None   # "..., with ticket sales accounting for 4.6 million": one named part's amount
        if not before and not _TOTAL_AFTER.match(text, c.end, c.sentence_end) \
                and not links.relation_words.list_whole.search(text, sentence[i - 1].end, c.start):
            continue    # (a whole named after the list's comma is checked as strictly as "in all")
        parts: list[Claim] = []
        for p in reversed(sentence[max(0, i - _WINDOW):i]):
            if not _compatible_units(p, c) or p.value is None or p.kind == "percent":
                break
            nxt = parts[-1] if parts else c
            if parts and _CHANGE_ENDS_GAP.fullmatch(text, p.end, nxt.start):
                break   # "rose to 8.5 million from 7.9 million": a change's two ends, never two items of a sum
            if not before and not (_free(p, links) and _SPLIT_GAP.fullmatch(text, p.end, nxt.start)):
                break   # "..., making 412 calls in all": only the list right before it, none placed already
            if parts and _ALTERNATIVE_GAP.fullmatch(text, p.end, nxt.start):
                break   # "a ticket cost 30 pounds, or 12 pounds for children": one price or another, no sum
            parts.append(p)
        if len(parts) >= 2:
            for p in parts:
                links.set(p, list_of=c.id, part_of=p.part_of or c.id)
            links.set(c, is_total=True)


def _open_list(sentence: list[Claim], text: str, links: _Links) -> list[Claim]:
    """The items of a list with no whole in its sentence ("the retail arm made 410 million, the
    wholesale arm 285 million and the online arm 190 million", "9 gold, 10 silver and 8 bronze"):
    figures of one time, each with a label of its own. They are kept in ``links.apart``."""
    found: list[Claim] = []
    i = 0
    while i < len(sentence) - 1:
        c = sentence[i]
        if not _free(c, links):
            i += 1
            continue
        items = _list_after(c, sentence[i + 1:i + 1 + _WINDOW], c, text, links.vocab)
        items = items[:next((k for k, x in enumerate(items) if not _free(x, links)), len(items))]
        # an item is named after its figure ("11 gold") or before it ("Eastgate 35"): both words, with
        # what follows cut at the next item
        ahead, behind = links.unit_words     # unit words before a number, after one
        labels = [(stem(after[0]) if (after := _content_words(text[x.end:items[k + 1].start if k + 1 < len(items)
                                                                      else x.end + 25], behind)) else "",
                   " ".join(w.lower() for w in _content_words(text[max(x.sentence_start, items[k - 1].end if k
                                                                        else x.start - 40):x.start], ahead)[-2:]))
                  for k, x in enumerate(items)]
        if len(items) >= 2 and len(set(labels)) == len(labels) and ("", "") not in labels \
                and len({x.when_start for x in items}) == 1 \
                and not any(_OR.search(text, a.end, b.start) for a, b in zip(items, items[1:])):
            links.apart.update(x.id for x in items)
            found = found or items
        i += max(len(items), 1)
    return found


_OR = re.compile(r"\bor\b", re.I)


def _free(c: Claim, links: _Links) -> bool:
    """A figure no relation has placed yet: neither a part, a change, nor a share."""
    return c.value is not None and c.kind != "percent" and not any(
        links.get(c, name) for name in ("part_of", "list_of", "change", "change_from", "same_as", "is_total"))


# "Across its three sites, the trust counted 671,000", "at its four depots": a total of that many parts
_ACROSS_ALL = re.compile(r"\b(?:across|at|in|from|for|between|over)[ \t]+(?:its|their|the|all(?:[ \t]+the)?|those"
                         r"|these)[ \t]+(two|three|four|five|six|seven|eight|nine|ten|[2-9])[ \t]+[a-z][\w'’-]*", re.I)
_HOW_MANY = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_LONE_DIGIT = re.compile(r"[ \t][2-9][ \t]")
_NUMBER_WORDS = tuple(_HOW_MANY)


def may_count_parts(sentence: str) -> bool:
    """Whether ``sentence`` may match _ACROSS_ALL, which needs a number word or a lone digit 2-9:
    ``may_hold`` of the words and a search for a lone digit cost a fraction of the pattern's search,
    and few sentences match."""
    return may_hold(sentence, _NUMBER_WORDS) or _LONE_DIGIT.search(sentence) is not None


def _parts_told_before(sentences: list[list[Claim]], k: int, text: str, links: _Links) -> None:
    """"The gallery drew 212,000 visitors. The hall welcomed 341,000, and the museum 98,000. Across its
    three sites, the trust counted 671,000 visitors": a total said of "its N sites" after the N figures
    of the sentences before it (at most three) is their sum, when those are the last N figures of
    its kind, none placed yet, each smaller."""
    sentence = sentences[k]
    s_start = sentence[0].sentence_start
    cue = _ACROSS_ALL.search(text, s_start, sentence[-1].start)
    if cue is None:
        return
    n = _HOW_MANY.get(fold_keyword(cue.group(1))) or int(cue.group(1))
    whole = next((c for c in sentence if c.start > cue.start() and c.value is not None and c.kind != "percent"
                  and not (c.start < cue.end() and c.value == n)), None)
    if whole is None or links.get(whole, "change") or links.get(whole, "list_of"):
        return
    before = [c for s in sentences[max(0, k - 3):k] for c in s
              if c.kind != "percent" and c.value is not None and _compatible_units(c, whole)]
    parts = before[-n:]
    if len(parts) != n or not all(_free(c, links) or c.id in links.apart for c in parts) \
            or any(c.value is None or whole.value is None or c.value >= whole.value or not links.may_contain(whole, c)
                   or c.when_start not in (None, whole.when_start) for c in parts):
        return
    for c in parts:
        links.set(c, list_of=whole.id, part_of=whole.id)
    links.set(whole, is_total=True)


# a figure whose noun is left out, its verb right after it: "Eighty-eight went to Lembrecht", "63 stayed"
_ELIDED_VERB_AFTER = re.compile(r"[ \t]+(?:[a-z]+ed|went|spent|came|took|got|won|left|made|chose|flew|ran|rode|sat"
                                r"|met|gave|kept|sent|swam|stayed|joined|moved)\b")
# what may stand before such a figure in its sentence: nothing, a quote mark, or a new clause of the list
_ITEM_OPENS = re.compile(r"[\"“]?[ \t]*|.*(?:,[ \t]*(?:and[ \t]+|while[ \t]+)?|;[ \t]*|[ \t]and[ \t]+)", re.S)


# parts named by ordinal period ("2,310 in the first quarter and 2,870 in the second, before the third quarter
# slowed to 2,460") against the whole of the periods they make up ("in the first three quarters", "in the
# first half", "for the year"): the calendar's grammar, not a desk's words
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# (ASCII case folding below: "ſıx" must not match "six", whose number these tables give)
_PERIODS_IN = {"quarter": 4, "half": 2}         # how many of each make a year
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_MONTHS_IN = {"quarter": 3, "half": 6}
_ORDINAL_AFTER = re.compile(r"[^\d.;:!?()]{0,30}?\b(?:in|during|for|over|of)[ \t]+the[ \t]+(first|second|third|fourth)"
                            r"(?:[ \t]+(quarter|half)\b|\b(?![ \t]*-)(?![ \t]+[a-z]))", re.I | re.A)
_ORDINAL_BEFORE = re.compile(r"\bthe[ \t]+(first|second|third|fourth)(?:[ \t]+(quarter|half)\b(?![ \t]+of[ \t]+the\b)"
                             r"[^\d.;:!?()]{0,40}|[ \t]+)$", re.I | re.A)
_PERIODS_WHOLE = re.compile(r"[^\d.;:!?()]{0,40}?\b(?:in|during|for|over|across)[ \t]+the[ \t]+(?:first[ \t]+"
                            r"(?:(two|three|four|2|3|4)[ \t]+(quarters|halves)|(half))|"
                            r"(?:first[ \t]+)?(six|nine|6|9)[ \t]+months|"
                            r"(?:(?:whole|full|entire)[ \t]+)?year\b"
                            r"(?![ \t]+(?:to|ending|ended|before|earlier|ago)\b))", re.I | re.A)
_MONTH_COUNT = {"six": 6, "nine": 9, "6": 6, "9": 9}


def _ordinal_of(c: Claim, prev_end: int, next_start: int, text: str) -> tuple[int, str | None] | None:
    """The ordinal period a figure is told of, in its own stretch of the sentence: "2,310 in the first
    quarter" → (1, "quarter"), "2,870 in the second" → (2, None: the noun told before), "the third quarter
    slowed to 2,460" → (3, "quarter")."""
    after = _ORDINAL_AFTER.match(text, c.end, min(next_start, c.end + 60))
    if after is not None:
        return _ORDINALS[after.group(1).lower()], (after.group(2) or "").lower() or None
    before = _ORDINAL_BEFORE.search(text, max(prev_end, c.start - 70), c.start)
    if before is not None:
        return _ORDINALS[before.group(1).lower()], (before.group(2) or "").lower() or None
    return None


def _periods_whole(c: Claim, text: str, next_start: int) -> tuple[str, int] | None:
    """The ordinal periods a figure is the whole of, by what follows it: "in the first three quarters" →
    ("quarter", 3), "in the first half" → ("quarter", 2), "in the first nine months" → ("quarter", 3),
    "for the year" → ("", 0): every period of the year."""
    m = _PERIODS_WHOLE.match(text, c.end, min(next_start, c.end + 80))
    if m is None:
        return None
    if m.group(1):
        return m.group(2).lower().replace("halves", "half").rstrip("s"), _COUNT_WORDS[m.group(1).lower()]
    if m.group(3):
        return "quarter", 2
    if m.group(4):
        return "quarter", _MONTH_COUNT[m.group(4).lower()] // 3
    return "", 0


def _ordinal_periods(sentences: list[list[Claim]], text: str, links: _Links) -> None:
    """Parts named by ordinal period, in the sentences around a figure of the periods they make up: "Work
    began on 7,940 homes in the first three quarters. There were 2,310 starts in the first quarter and 2,870
    in the second, before the third quarter slowed to 2,460": a list of its parts, which add up to it."""
    labelled: list[tuple[Claim, int, str | None, int]] = []     # (figure, ordinal, noun, sentence)
    wholes: list[tuple[Claim, str, int, int]] = []              # (figure, noun, how many, sentence)
    for k, sentence in enumerate(sentences):
        noun: str | None = None
        for i, c in enumerate(sentence):
            if c.kind == "percent" or c.value is None or links.get(c, "change") or links.get(c, "list_of"):
                continue
            prev_end = sentence[i - 1].end if i else c.sentence_start
            next_start = sentence[i + 1].start if i + 1 < len(sentence) else c.sentence_end
            spans = _periods_whole(c, text, next_start)
            if spans is not None:
                wholes.append((c, spans[0], spans[1], k))
                if spans[1] != 2:
                    continue    # "in the first half": of two quarters, and itself the first of two halves
            found = _ordinal_of(c, prev_end, next_start, text)
            if found is not None:
                noun = found[1] or noun
                labelled.append((c, found[0], noun, k))
    for whole, noun, count, k in wholes:
        near = [(c, n, nn) for c, n, nn, j in labelled if abs(j - k) <= 2 and nn is not None
                and (not noun or nn == noun) and _compatible_units(c, whole)
                and c.value is not None and whole.value is not None and c.value < whole.value]
        if not near:
            continue
        period = noun or near[0][2] or ""
        wanted = count or _PERIODS_IN.get(period, 0)
        by_ordinal: dict[int, Claim] = {}
        for c, n, nn in near:
            if nn == period and 1 <= n <= wanted:
                best = by_ordinal.get(n)
                if best is None or abs(c.start - whole.start) < abs(best.start - whole.start):
                    by_ordinal[n] = c
        if wanted < 2 or len(by_ordinal) != wanted or any(n > wanted for _, n, nn in near if nn == period):
            continue    # every period the whole spans, each once, and no later one
        parts = [by_ordinal[n] for n in sorted(by_ordinal)]
        for x in parts:
            links.set(x, list_of=whole.id, part_of=links.get(x, "part_of") or whole.id)
        links.set(whole, is_total=True)


def _elided_parts_after(sentences: list[list[Claim]], text: str, links: _Links) -> None:
    """"A record 212 pupils took part in exchanges. Eighty-eight went to A. Seventy-four spent a week in
    B, and 63 stayed in C": counts with no noun of their own, each opening its clause with its verb, told
    in the sentences right after a count, are parts of it (three at least, none placed yet)."""
    for k, sentence in enumerate(sentences[:-1]):
        if not _elided_items(sentences[k + 1], text, links):
            continue    # (cheap: the next sentence's first figure must open it with its verb)
        whole = next((c for c in reversed(sentence) if c.kind == "count" and c.thing and c.value is not None
                      and c.value >= 10 and not _is_ratio_word(c) and _free(c, links)), None)
        if whole is None:
            continue
        items: list[Claim] = []
        end = whole.sentence_end
        for after in sentences[k + 1:k + 4]:
            if text[end:after[0].sentence_start].strip():
                break       # a sentence with no figure between: the list, if any, is over
            elided = _elided_items(after, text, links)
            if not elided:
                break
            items.extend(elided)
            end = after[0].sentence_end
        if len(items) < 3 or any(c.value is None or whole.value is None or c.value >= whole.value for c in items):
            continue
        for c in items:
            links.set(c, part_of=whole.id, list_of=whole.id)


def _elided_items(sentence: list[Claim], text: str, links: _Links) -> list[Claim]:
    """The counts of ``sentence`` when all of them have no noun of their own and open their clauses
    with their verbs, the first opening the sentence; else []."""
    first = sentence[0]
    if not _ELIDED_VERB_AFTER.match(text, first.end) or text[first.sentence_start:first.start].strip(" \t\"“"):
        return []
    told = [c for c in sentence if c.kind == "count" and c.value is not None and not _is_ratio_word(c)]
    if not told or told[0] is not first or not all(
            _ELIDED_VERB_AFTER.match(text, c.end) and _ITEM_OPENS.fullmatch(text, c.sentence_start, c.start)
            and _free(c, links) for c in told):
        return []
    return told


_PARTS_AT_MOST = 10     # "only three companies": a count of parts small enough to be told one by one
_PARTS_TOLD_WITHIN = 600    # characters from that count to its last part: a paragraph or two
_ALL_OF_IT_SCALE = (0.5, 2.0)   # what all the parts of a whole add up to, as a share of it, at least and at most


def _parts_counted_ahead(sentences: list[list[Claim]], text: str, links: _Links) -> None:
    """"Riders made 2.6 million trips. Only three companies hold licences. Voltra carried 1.1m of the trips,
    Zipp 870,000 and Kesta 490,000": a small count said to be all there are ("only", "one of", "all":
    relations.yaml ``parts_count_cues``), right after a figure, says how many parts that figure has; the
    next that many figures of its kind, told after the count within three sentences, each smaller and of a
    thing the text has named it by, are those parts, and all of it (the list adds up to the figure)."""
    for k, sentence in enumerate(sentences):
        for n in sentence:
            if n.kind != "count" or n.value is None or not n.thing or not float(n.value).is_integer() \
                    or not 2 <= n.value <= _PARTS_AT_MOST or n.hedge is not None \
                    or not links.relation_words.parts_count.search(text, max(n.sentence_start, n.start - 16), n.start):
                continue
            # the figure counted: the last before the count, in its sentence or the one before
            before = [c for c in sentence if c.end <= n.start and _counts_more(c, n.value)] \
                or (sentences[k - 1] if k else [])
            whole = next((c for c in reversed(before) if _counts_more(c, n.value)), None)
            if whole is None or links.get(whole, "change") or links.get(whole, "list_of") \
                    or any(links.get(c, "change_from") == whole.id for c in before):
                continue
            _mark_counted_parts(whole, int(n.value), n, sentences[k:k + 4], text, links)


def _counts_more(c: Claim, than: float) -> bool:
    """Whether ``c`` is a figure of things (no share) larger than ``than``: a whole of so many parts."""
    return c.value is not None and c.kind != "percent" and not _is_ratio_word(c) and c.value > than


def _mark_counted_parts(whole: Claim, count: int, cue: Claim, sentences: list[list[Claim]], text: str,
                        links: _Links) -> None:
    """The ``count`` parts of ``whole`` told after ``cue`` in ``sentences``, linked as all of it; nothing
    when the figures of its kind there are not exactly such parts (another figure of its kind in between,
    one no smaller, one placed elsewhere, a list that goes on)."""
    after = [c for s in sentences for c in s if c.start >= cue.end and _compatible_units(c, whole)
             and c.kind != "percent" and not _is_ratio_word(c)]
    parts = after[:count]
    if len(parts) < count or len(parts) < 2 or parts[-1].start - cue.end > _PARTS_TOLD_WITHIN:
        return
    last = parts[-1]
    if any(c.sentence_start == last.sentence_start for c in after[count:]):
        return      # the list goes on past the count: no count of these parts
    # what the parts count: the whole's own noun, or one the text names it by before them ("14,300 left late.
    # ... every one of those delays ... 6,200 of the delays")
    named = {stem(w) for w in _WORD.findall(f"{whole.thing or ''} {text[whole.end:parts[0].start]}")}
    for c in parts:
        if c.value is None or whole.value is None or c.value >= whole.value or links.get(c, "change") \
                or links.get(c, "list_of") or links.get(c, "part_of") not in (None, "", whole.id) \
                or c.thing and not any(stem(w) in named for w in _WORD.findall(c.thing)):
            return
    if not whole.value or not _ALL_OF_IT_SCALE[0] <= sum(c.value or 0.0 for c in parts) / whole.value \
            <= _ALL_OF_IT_SCALE[1]:
        return      # parts far short of the whole, or far past it, are figures of something else
    for c in parts:
        links.set(c, part_of=whole.id, list_of=whole.id)
    links.set(whole, is_total=True)


_BREAKDOWN_SCALE = (0.8, 1.25)  # a list said to be all of a whole and that whole: its sum within this share of it
_RUN_GAP = re.compile(r"[^\d.;:()]{0,70}?(?:,|;|\band\b)[^\d.;:()]{0,40}")
# (a relative clause is said of the item before it: "five smaller parties, which took 6 seats")
_RUN_NOT_GAP = re.compile(r"\b(?:or|from|than|against|compared|versus|up|down|per|each|a[ \t]+year|which|who"
                                r"|whose|whom)\b", re.I)


def _list_run(sentence: list[Claim], text: str, links: _Links, unit: Claim | None = None) -> list[Claim]:
    """The longest run of amounts of ``sentence`` told as a list ("Income tax raised 14.2 billion marks, value
    added tax 11.9 billion and excise duties 3.4 billion"): figures beside each other, of one kind and unit
    (``unit``'s, when given), none placed yet, joined by a comma, a semicolon or "and", with no change's ends
    or alternative between them."""
    best: list[Claim] = []
    run: list[Claim] = []
    kin = [c for c in sentence if c.kind != "percent" and c.value is not None and not _is_ratio_word(c)]
    for c in sentence:
        ok = c.kind != "percent" and c.value is not None and c.value > 0 and not _is_ratio_word(c) \
            and (_free(c, links) or c.id in links.apart) and (unit is None or _compatible_units(c, unit))
        if ok and run and _compatible_units(c, run[0]) and _RUN_GAP.fullmatch(text, run[-1].end, c.start) \
                and not _RUN_NOT_GAP.search(text, run[-1].end, c.start):
            run.append(c)
        else:
            run = [c] if ok else []
        if len(run) > len(best):
            best = list(run)
    if not best or len({c.thing for c in best if c.kind == "count" and c.thing}) > 1:
        return []       # "five smaller parties, which took 6 seats": counts of different things, no list
    # the list is all the sentence's figures of its kind ("Five of them, including the two brothers, ...,
    # and 9 ...": a figure within an item is no item)
    ids = {c.id for c in best}
    return best if all(c.id in ids or not _compatible_units(c, unit or best[0]) for c in kin) else []


def _breakdown_across_sentences(sentences: list[list[Claim]], text: str, links: _Links) -> None:
    """"The state collected 37.9 billion marks in tax. Income tax raised 14.2 billion marks, value added tax
    11.9 billion and corporate tax 6.8 billion; the state levies no other taxes": a list of amounts told in a
    sentence of its own (and, it may be, the sentence right after), said to be all of a whole, adds up to it.
    The whole is the first larger figure of its kind told with a word of a total ("In all", "Between them")
    in the two sentences after the list, else the last larger figure of its kind in the two sentences right
    before it when the text says the list is complete (relations.yaml ``complete_breakdown_cues``). Abstains
    when the list's sum is far from that figure (another quantity) or any item is placed already."""
    k = 0
    while k < len(sentences):
        items = _list_run(sentences[k], text, links)
        if len(items) < 2:
            k += 1
            continue
        tries = [(items, k)]
        nxt = sentences[k + 1] if k + 1 < len(sentences) else None
        if nxt is not None and not text[sentences[k][0].sentence_end:nxt[0].sentence_start].strip(_BETWEEN_SENTENCES) \
                and not _TOTAL_LEAD.search(text, nxt[0].sentence_start, nxt[0].start):
            more = _list_run(nxt, text, links, unit=items[0])
            told = [c for c in nxt if _compatible_units(c, items[0]) and c.kind != "percent"]
            if more and more == told and more[0] is nxt[0]:
                tries.append((items + more, k + 1))     # the list may go on in the next sentence
        for items, last in tries:
            if len(items) < 3 and not links.says(links.relation_words.complete, items[-1]):
                continue
            whole = _breakdown_whole(sentences, k, last, items, text, links)
            if whole is not None and whole.value and whole.value > max(c.value or 0.0 for c in items) \
                    and _BREAKDOWN_SCALE[0] <= sum(c.value or 0.0 for c in items) / whole.value <= _BREAKDOWN_SCALE[1] \
                    and all(c.when_start in (None, whole.when_start) for c in items):
                for c in items:
                    links.set(c, list_of=whole.id, part_of=links.get(c, "part_of") or whole.id)
                links.set(whole, is_total=True)
                k = last
                break
        k += 1


def _breakdown_whole(sentences: list[list[Claim]], first: int, last: int, items: list[Claim], text: str,
                     links: _Links) -> Claim | None:
    """The whole a list told in ``sentences[first..last]`` is all of (see ``_breakdown_across_sentences``)."""
    top = max(c.value or 0.0 for c in items)

    def fits(w: Claim) -> bool:
        return w.kind != "percent" and w.value is not None and w.value > top and _compatible_units(w, items[0]) \
            and not links.get(w, "change") and not links.get(w, "list_of") and not links.get(w, "part_of")

    for s in sentences[last + 1:last + 3]:
        w = next((c for c in s if fits(c)), None)
        if w is not None:
            if _TOTAL_LEAD.search(text, w.sentence_start, w.start):
                least = min(c.value or 0.0 for c in items) / _SCALE_APART    # ("the three routes": no amount)
                between = [c for t in sentences[last + 1:last + 3] for c in t if items[-1].end < c.start < w.start
                           and c.kind != "percent" and _compatible_units(c, items[0]) and (c.value or 0.0) >= least]
                return None if between else w   # ("The remaining 250 million ..., bringing the total to ...")
            break       # the next larger figure after the list is no total of it: look before it
    start = sentences[first][0].sentence_start
    end = sentences[last][0].sentence_end
    for s in reversed(sentences[max(0, first - 2):first]):
        if text[s[0].sentence_end:start].count(".") > 1:
            return None     # a sentence with no figure between: the whole, if any, is further back
        w = next((c for c in reversed(s) if fits(c)), None)
        if w is not None:
            said = links.relation_words.complete.search(text, w.end, end)
            return w if said else None
        start = s[0].sentence_start
    return None


# "... made up the rest", "accounted for the rest": the other parts of a whole, after one named part
# ("..., with the remainder local residents": the same)
_THE_REST = re.compile(r"\b(?:made[ \t]+up|makes?[ \t]+up|accounted[ \t]+for|accounts?[ \t]+for|covered|took|with)"
                       r"[ \t]+the[ \t]+(?:rest|remainder|balance)\b(?![ \t]+of\b)", re.I)


_SCALE_APART = 10      # a whole a tenth of its part is no whole of it ("up to eight" people beside 712,000)


def _part_before_the_rest(sentences: list[list[Claim]], text: str, links: _Links) -> None:
    """"The display cost 84,000 pounds. ... The firm was paid 51,500 pounds for the shells. Stewarding
    and the clean-up made up the rest": the last amount before "the rest" is one part of the whole "the
    rest" completes, the nearest earlier figure of its kind and unit (not a bound, of its scale)."""
    starts = [s[0].sentence_start for s in sentences]
    for rest in _THE_REST.finditer(text):
        # the part is the last figure of the sentence that says "the rest", or of the one before
        k = bisect.bisect_right(starts, rest.start()) - 1
        if k < 0:
            continue
        if sentences[k][-1].end > rest.start() or text.count(".", sentences[k][0].sentence_end, rest.start()) > 1:
            k -= 1      # "the rest" is in a sentence of no figure: the part is the sentence before's
        if k < 1 or text.count(".", sentences[k][0].sentence_end, rest.start()) > 1:
            continue
        part = sentences[k][-1]
        if part.end > rest.start() or part.kind == "percent" or _is_ratio_word(part) or not _free(part, links):
            continue
        whole = next((w for s in reversed(sentences[max(0, k - 3):k]) for w in reversed(s)
                      if w.kind == part.kind and w.unit_compared == part.unit_compared and w.value is not None
                      and w.shape in ("exact", "around") and w.value * _SCALE_APART >= (part.value or 0.0)
                      and (None in (w.when_start, part.when_start) or w.when_start == part.when_start)
                      and not links.get(w, "change") and not links.get(w, "part_of")), None)
        if whole is not None:
            links.set(part, part_of=whole.id)


# "Together the three divisions made 835 million", "In total, 31 medals ...": a total of the list before
_TOTAL_LEAD = re.compile(r"\b(?:together|combined|in[ \t]+total|altogether|all[ \t]+told|between[ \t]+them"
                         r"|in[ \t]+all|a[ \t]+(?:combined[ \t]+)?total[ \t]+of|total(?:led|ed|ing)?)\b", re.I)


def _total_after_list(items: list[Claim], sentence: list[Claim], text: str, links: _Links) -> None:
    """A total stated in the sentence after a list of parts, before any other figure of its kind."""
    top = max(x.value or 0.0 for x in items)
    for c in sentence:
        if not _compatible_units(c, items[0]) or c.kind == "percent" or c.value is None or c.value <= top:
            continue    # "the three divisions": a count of the items, not their total
        if c.when_start not in (None, items[0].when_start) or links.get(c, "change") \
                or not _TOTAL_LEAD.search(text, c.sentence_start, c.start):
            return      # the sentence's first larger figure of the list's kind is the total, or there is none
        for x in items:
            links.set(x, list_of=c.id, part_of=x.part_of or c.id)
        links.set(c, is_total=True)
        return


# -- changes ----------------------------------------------------------------------------------

class ChangeWords:
    """The patterns of change of one vocabulary, compiled once (``change_words(vocab)``)."""

    def __init__(self, vocab: Vocabulary) -> None:
        rise, fall = _tabbed(vocab.words("rise_words")), _tabbed(vocab.words("fall_words"))
        self.rise = re.compile(rf"\b(?:{rise})\b", re.I)
        self.fall = re.compile(rf"\b(?:{fall})\b", re.I)
        # a figure that is a change: "rose 12%", "up by 300", "an increase of 15%", "a drop of 2 points"
        self.delta_before = re.compile(
            rf"\b(?:(?:{rise}|{fall})(?:[ \t]+by)?|by|"
            rf"(?:an?[ \t]+)?(?:{_tabbed(vocab.words('change_nouns'))})[ \t]+of)[ \t]+$", re.I)
        # "make up 40% of the fleet": "up" is the verb's particle, and the figure a share
        self.share_up = re.compile(rf"\b(?:{_tabbed(vocab.words('share_up_verbs'))})[ \t]+up[ \t]+$", re.I)
        # the last word before a change ("rose 12%", "up by 300", "an increase of 15%")
        self.last_words = frozenset(w for phrase in (*vocab.words("rise_words"), *vocab.words("fall_words"))
                                    for w in phrase.split()) | {"by", "of"}
        # a measured level, not an amount that adds up: "peaked at", "a depth of", "water level"
        # a figure said against another right after it: "two minutes longer than in 2021", "3,000 up on last year"
        self.compared_after = re.compile(rf"[ \t]+(?:{_tabbed(vocab.words('comparison_words'))})[ \t]+"
                                         r"(?:than|on|from)\b", re.I)
        self.level_before = re.compile(rf"\b(?:{_tabbed(vocab.words('level_nouns'))})\b[^.;:\d]{{0,15}}$", re.I)
        # the change named after both ends, past what the earlier end was: "..., a fall of", "..., an
        # improvement of"
        self.named_after = re.compile(_NO_FIGURE + r"{0,50}?,[ \t]*(?:an?[ \t]+)?"
                                      rf"(?:{_tabbed(vocab.words('change_nouns'))})[ \t]+of[ \t]+$", re.I)

    def direction(self, text: str) -> int:
        rise, fall = bool(self.rise.search(text)), bool(self.fall.search(text))
        return 1 if rise and not fall else -1 if fall and not rise else 0


def _tabbed(words: Iterable[str]) -> str:
    """Words or phrases as one alternation, longest first; a space matches spaces and tabs."""
    alts = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace("\\ ", r"[ \t]+") for w in alts) or r"(?!x)x"


change_words = per_vocabulary(ChangeWords)


# between a level and the figure it moved from, the way it went: "58 per cent of trips, down from 66 per cent"
_UP_OR_DOWN_FROM = re.compile(r"\b(up|down)[ \t]+from[ \t]+(?:(?:about|around|some|roughly|nearly|almost"
                              r"|just|an?|the)[ \t]+)?$", re.I)


def _changes(sentence: list[Claim], text: str, links: _Links) -> None:
    s_start = sentence[0].sentence_start
    words = links.changes
    deltas: list[Claim] = []
    for c in sentence:
        before = text[max(s_start, c.start - 30):c.start]
        after = text[c.end:c.end + 30]
        # cheap tests first: the word right before or after must be one a change is said with
        word_before = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
        word_after = after.split(None, 1)[0].lower().strip(",.;:") if after.strip() else ""
        if word_before not in words.last_words and word_after not in _DELTA_FIRST_WORDS:
            continue
        if _TALLY.match(after) and _BY_BEFORE.search(before) or _BACKED_BY.search(before) \
                or words.share_up.search(before):
            continue        # "passed by 59 votes to 41": a tally; "backed by 72%", "make up 40%": a share
        # a level named before it is no change ("the reservoir level fell 12%": what ran here when a
        # second _LEVEL_BEFORE, of the level nouns, replaced a first of "to|at|from" at import)
        if words.delta_before.search(before) and not words.level_before.search(before) \
                or _DELTA_AFTER.search(after):
            points = _POINTS_AFTER.search(after) or "point" in c.text.lower()
            kind = "points" if points else "percent" if c.kind == "percent" else "absolute"
            direction = words.direction(before[-25:] + " " + after[:20])
            links.set(c, change=kind, direction=direction)
            deltas.append(c)
    said_changes = {d.id for d in deltas}
    for d, c in zip(sentence, sentence[1:]):
        if d.id in said_changes and c.kind == "percent" and not links.get(c, "change") \
                and _RESTATED.fullmatch(text, d.end, c.start):
            # "a rise of 5.3 percentage points, or about 13 per cent": the change said again in the other
            # measure (points and per cent), a change too, never a level of the rate
            links.set(c, change="percent" if links.get(d, "change") == "points" else "points",
                      direction=links.get(d, "direction") or 0)
    delta_starts = [d.start for d in deltas]
    delta_ids = {d.id for d in deltas}
    # "fell to 163,000 hectares (about 403,000 acres), down from 199,000 hectares": the bracket
    # restates the figure before it in another unit; it is never an end of the change itself
    figures, ends = _without_conversions(sentence, text)
    pairs = _from_to_pairs(figures, text, s_start, ends, delta_ids, links.vocab)
    told_pairs = _distinct(pairs)
    for i, a, b, start, end in pairs:
        last = max(a.end, b.end)
        lo = bisect.bisect_left(delta_starts, min(a.start, b.start) - 80)
        hi = bisect.bisect_right(delta_starts, last + 80)     # (_CHANGE_NAMED_AFTER reaches some 70 characters)
        near = [d for d in deltas[lo:hi] if -60 <= d.start - last <= 40 or 0 <= min(a.start, b.start) - d.end <= 40
                or d.start > last and links.changes.named_after.fullmatch(text, last, d.start)]
        near = [d for d in near if _delta_fits(d, end, links)]
        if near and _combined_change(near[0], [p for p in told_pairs if max(p[0].end, p[1].end) < near[0].start]):
            near = []       # "... and August's from 151,000 to 167,000, leaving the two months 7,000 lower"
        if not near and i and len(figures) == len(sentence) \
                and (told := _count_changed_before(sentence, i, text, links)) is not None:
            near = [told]   # "shed 420 jobs in a restructuring, cutting its workforce from 6,180 to 5,940"
        if not near and i and (told := _percent_moved_to(figures[i - 1], a, b, text, links)) is not None:
            near = [told]   # "shed 12% to 1,738 pounds from 1,849 pounds": whatever the verb
        if not near and i + 2 < len(figures) and (told := _extra_after(figures[i + 2], end, last, text, links)):
            near = [told]   # "64,500, up from 51,000 in 2025, an extra 13,500": the amount added
        head = text[max(s_start, min(a.start, *(d.start for d in near)) - 40):a.start] if near else \
            text[max(s_start, a.start - 40):a.start]
        direction = links.get(near[0], "direction") if near else 0
        if not direction and (particle := words.share_up.search(head)):
            # "made up 58% of trips, down from 66%": the verb's particle says no way; "down from" does
            turn = _UP_OR_DOWN_FROM.search(text, min(a.end, b.end), max(a.start, b.start))
            direction = (-1 if turn.group(1).lower() == "down" else 1) if turn else 0
            head = head[:particle.start()]
        direction = direction or words.direction(head)
        # "had tripled in the year to September, going from 140 to 310": the verb may sit a clause before
        times = _TIMES.search(text, max(s_start, figures[i - 1].end if i else s_start, a.start - 90), a.start)
        links.set(end, change_from=start.id, change_by=near[0].id if near else "",
                  direction=direction,
                  change="" if near or not times else _times_change(times))
    if deltas and len(figures) > 2:
        _change_between(figures, deltas, text, links, ends)
    if len(figures) > 2:
        _difference_than(figures, text, links, ends)


def _from_to_pairs(figures: list[Claim], text: str, s_start: int, ends: dict[str, int],
                   delta_ids: set[str], vocab: Vocabulary | None = None
                   ) -> list[tuple[int, Claim, Claim, Claim, Claim]]:
    """The changes "from A to B", "to B ... from A" and "B, against A a year earlier" between neighbouring
    figures of a sentence:
    (index of the first, the first, the second, where the change starts, where it ends)."""
    pairs = []
    for i, a in enumerate(figures[:-1]):
        b = figures[i + 1]
        a_end = ends.get(a.id, a.end)
        if a.id in delta_ids or b.id in delta_ids or _kind_key(a) != _kind_key(b) and not _compatible_units(a, b):
            continue
        if _FROM_BEFORE.search(text, max(s_start, a.start - 6), a.start) and (
                _FROM_TO.fullmatch(text, a_end, b.start) or _FROM_TIMED_TO.fullmatch(text, a_end, b.start)):
            pairs.append((i, a, b, a, b))
        elif _TO_BEFORE.search(text, max(s_start, a.start - 6), a.start) and _TO_FROM.fullmatch(text, a_end, b.start) \
                or _COMMA_UP_FROM.fullmatch(text, a_end, b.start) \
                or vocab is not None and _COMMA_AGAINST.fullmatch(text, a_end, b.start) \
                and names_an_earlier_time(text[b.end:_clause_end(text, b)], vocab) \
                and not _later_year_after(text, s_start, b):
            # "starts stood at 184,300, against 246,900 in the same months a year earlier": the level set
            # against its own past is a change from it, as "up from" is
            pairs.append((i, a, b, b, a))
    return pairs


# "A ..., against B", "A, compared with B": the second set against the first (its time says if it is the past)
_COMMA_AGAINST = re.compile(_NO_FIGURE + r"{0,60}?,[ \t]*(?:against|compared[ \t]+(?:with|to))[ \t]+"
                            r"(?:(?:about|around|some|roughly|the)[ \t]+)?$", re.I)


def _later_year_after(text: str, s_start: int, b: Claim) -> bool:
    """Whether the clause after ``b`` names a year no earlier than every year before it in its sentence ("241,000
    came in the first half of 2019, against 150,000 in the same period of 2025": the second is the later)."""
    before = [int(y) for y in _A_YEAR.findall(text, s_start, b.start)]
    after = [int(y) for y in _A_YEAR.findall(text, b.end, _clause_end(text, b))]
    return bool(before and after) and max(after) >= max(before)


_A_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?!\d|[,.]\d)")


def _clause_end(text: str, c: Claim) -> int:
    """Where the clause after ``c`` ends (a comma, a stop, a bracket), at most its sentence's end."""
    end = _CLAUSE_END.search(text, c.end, c.sentence_end)
    return end.start() if end else c.sentence_end


def _distinct(pairs: list[tuple[int, Claim, Claim, Claim, Claim]]) -> list[tuple[Claim, Claim]]:
    """The changes of ``pairs`` (start, end) with no figure in two of them: a figure ends one change
    ("from 275,000 to 252,000 and August's up from 151,000": not from 151,000 to 252,000)."""
    out: list[tuple[Claim, Claim]] = []
    for *_, start, end in pairs:
        if not any(x in pair for pair in out for x in (start, end)):
            out.append((start, end))
    return out


def _combined_change(delta: Claim, pairs: list[tuple[Claim, Claim]]) -> bool:
    """Whether a change told after two or more changes "from A to B" of one sentence is their sum, to
    the precision it is written in ("revised July down from 275,000 to 252,000 and August up from
    151,000 to 167,000, leaving the two months 7,000 lower"): it is no change of the last pair alone."""
    if len(pairs) < 2 or delta.value is None or any(a.value is None or b.value is None for a, b in pairs):
        return False
    total = abs(sum(float(b.value or 0) - float(a.value or 0) for a, b in pairs))
    digits = _DIGITS.search(delta.text)
    whole = digits.group(0).replace(",", "").split(".")[0] if digits else ""
    step = 10 ** (len(whole) - len(whole.rstrip("0"))) if whole.strip("0") else 1
    return abs(total - delta.value) <= step / 2


def _change_from_sentence_before(sentence: list[Claim], previous: list[Claim], text: str, links: _Links) -> None:
    """"The choir had 64 singers in 2018. Today it has 51, a fall of 13": a sentence that opens with a
    level and names its change right after it, with no earlier end of its own, changes from the one
    figure of its kind the sentence before gives."""
    level, delta = sentence[0], sentence[1]
    if level.kind == "percent" or level.value is None or links.get(level, "change") \
            or links.get(level, "change_from") or links.get(delta, "change") != "absolute" \
            or not _compatible_units(delta, level) \
            or not links.changes.named_after.fullmatch(text, level.end, delta.start):
        return
    earlier = [c for c in previous if c.value is not None and _kind_key(c) == _kind_key(level)
               and not links.get(c, "change")]
    if len(earlier) == 1 and not links.get(earlier[0], "change_from"):
        links.set(level, change_from=earlier[0].id, change_by=delta.id,
                  direction=links.get(delta, "direction") or 0)



# "rose by 340 million ..., to 2.71bn": a change by an amount, then the level it reached
_TO_AFTER_DELTA = re.compile(_NO_FIGURE + r"{0,70}?\bto[ \t]+(?:about[ \t]+|around[ \t]+|some[ \t]+)?$", re.I)
# the sentence after says what the same thing was before: "A year earlier ...", "In the same months last year"
_EARLIER_TIME = re.compile(r"\b(?:last[ \t]+year|a[ \t]+year[ \t]+(?:earlier|before|ago)"
                           r"|the[ \t]+(?:year|month|quarter)[ \t]+before"
                           r"|(?:the[ \t]+)?previous[ \t]+(?:year|month|quarter|season)|previously)\b", re.I)


def _change_base_told_after(sentence: list[Claim], following: list[Claim], text: str, links: _Links) -> None:
    """"Receipts rose by 340 million to 2.71bn. In the same months last year firms paid 2.48bn": a change
    by an amount and the level it reached, with where it started told in the next sentence as the one
    figure of that kind there, said of an earlier time."""
    if len(following) != 1:
        return
    start = following[0]
    if start.value is None or links.get(start, "change") or links.get(start, "change_from"):
        return
    if not _EARLIER_TIME.search(text, start.sentence_start, start.sentence_end):
        if _PAST_PERFECT.search(text, start.sentence_start, start.sentence_end):
            _level_then_change_base_after(sentence, start, text, links)
        return
    if _PAST_PERFECT.search(text, start.sentence_start, start.sentence_end):
        _level_then_change_base_after(sentence, start, text, links)
    for d, end in zip(sentence, sentence[1:]):
        if links.get(d, "change") != "absolute" or end.value is None or links.get(end, "change") \
                or links.get(end, "change_from") or not _compatible_units(d, end) \
                or _kind_key(end) != _kind_key(start) or not _compatible_units(end, start) \
                or not _TO_AFTER_DELTA.fullmatch(text, d.end, end.start):
            continue
        links.set(end, change_from=start.id, change_by=d.id, direction=links.get(d, "direction") or 0)
        return

# the second level of a pair set against the first: "41,300 at the end of March, against 47,800 twelve months before"
_SET_AGAINST_GAP = re.compile(_NO_FIGURE + r"{0,60}?,[ \t]*(?:against|compared[ \t]+(?:with|to)|versus"
                              r"|set[ \t]+against)[ \t]+(?:(?:about|around|some|roughly|the)[ \t]+)?$", re.I)
# a sentence that names the figure of the sentence before again: "The figure was ...", "That number stood at"
_REFERS_TO_FIGURE = re.compile(r"[ \t\"“]*(?:the|that|this)[ \t]+(?:figure|number|total|count|level|tally)\b", re.I)


def _change_told_before_its_ends(previous: list[Claim], sentence: list[Claim], text: str, links: _Links) -> None:
    """"Vacancies fell 9 per cent over the year. The figure was 41,300 at the end of March, against 47,800 twelve
    months before": a change told alone (no end in its sentence), and in the next sentence a level set against
    an earlier one ("against", "compared with"), of the change's noun or named as "the figure": the two levels
    are the change's ends. Only the one change of the sentence before, and the one pair of the sentence, of
    one kind: else which change the pair measures is a guess."""
    deltas = [d for d in previous if links.get(d, "change") and links.get(d, "direction")]
    if len(deltas) != 1 or any(links.get(c, "change_from") or links.get(c, "change_by") == deltas[0].id
                               for c in previous):
        return
    d = deltas[0]
    pairs = [(end, start) for end, start in zip(sentence, sentence[1:])
             if _SET_AGAINST_GAP.fullmatch(text, end.end, start.start) and _kind_key(end) == _kind_key(start)]
    if len(pairs) != 1 or any(links.get(c, "change") for c in sentence):
        return
    end, start = pairs[0]
    if end.value is None or start.value is None or links.get(end, "change_from") not in ("", None, start.id) \
            or links.get(end, "change_by") or links.get(start, "change_from") or not _delta_fits(d, end, links):
        return
    named = _REFERS_TO_FIGURE.match(text, end.sentence_start, end.start) is not None
    if not named and not (d.thing and any(c.thing and _same_noun(d, c) for c in (end, start))):
        return      # ("Fares rose 6 per cent. Trams carried 51 million, against 49 million": another thing)
    links.set(end, change_from=start.id, change_by=d.id, direction=links.get(d, "direction") or 0)


# a figure of an earlier time told in the past perfect: "The labour office had counted 17,900 in October"
_PAST_PERFECT = re.compile(r"\bhad[ \t]+(?!to\b|been[ \t]+(?:expected|forecast|predicted)\b)(?:been[ \t]+)?"
                           r"[a-z]+(?:ed|en|t|d)\b", re.I)


def _level_then_change_base_after(sentence: list[Claim], start: Claim, text: str, links: _Links) -> None:
    """"There were 16,100 claimants at the end of the month, a drop of 2,300. The office had counted 17,900 in
    October": a level with its change named right after it ("a drop of", "a rise of"), and where it started
    told in the next sentence, of an earlier time, as the one figure there (of the level's size: a count of
    another thing is no start)."""
    for level, d in zip(sentence, sentence[1:]):
        if links.get(d, "change") != "absolute" or level.value is None or level.kind == "percent" \
                or links.get(level, "change") or links.get(level, "change_from") \
                or _kind_key(level) != _kind_key(start) or not _compatible_units(d, level) \
                or not links.changes.named_after.fullmatch(text, level.end, d.start):
            continue
        if start.value is None or not (level.value / 2 <= start.value <= level.value * 2) \
                or start.thing and level.thing and not _same_head(start, level, text):
            return
        links.set(level, change_from=start.id, change_by=d.id, direction=links.get(d, "direction") or 0)
        return


# "97 depots, 41 fewer than the 146 it ran in 2015": the level, then by how much it differs from
# the one after "than" (the noun may sit between the change and its word)
_COMMA_BEFORE_DIFFERENCE = re.compile(_NO_FIGURE + r"{0,40}?,[ \t]*(?:or[ \t]+|some[ \t]+|about[ \t]+)?$", re.I)
# "11,240 new homes in the six months to September, 8.4 per cent fewer than ...": a share of difference may
# come past the level's period
_COMMA_BEFORE_RELATIVE = re.compile(_NO_FIGURE + r"{0,80}?,[ \t]*(?:or[ \t]+|some[ \t]+|about[ \t]+)?$", re.I)
# ("8.4 per cent fewer than the 12,270 begun", "40 million euros over its original budget of 280 million",
# "2,000 short of the target of 12,000": what the difference is from may be named, "of" its figure)
_DIFFERENCE_THAN = re.compile(r"(?:[ \t]+[a-z-]+){0,2}?[ \t]+(?:(?P<down>(?:fewer|less|lower)[ \t]+than|below|under"
                              r"|short[ \t]+of)|(?:more|higher)[ \t]+than|above|over)"
                              r"[ \t]+(?:(?:the|its|their|his|her|in|at)[ \t]+)?"
                              r"(?:(?:[a-z'’-]+[ \t]+){1,3}?of[ \t]+)?(?:about[ \t]+|around[ \t]+|some[ \t]+)?", re.I)


def _difference_than(figures: list[Claim], text: str, links: _Links, ends: dict[str, int]) -> None:
    """A level, then "D fewer (more) than B": a change of D from B to the level, stated as a
    difference; whether the three figures agree is then the change check's to say."""
    for k in range(1, len(figures) - 1):
        end, d, start = figures[k - 1], figures[k], figures[k + 1]
        # "11,240 homes, 8.4 per cent fewer than the 12,270 begun a year earlier": a difference in per cent
        relative = d.kind == "percent" and end.kind != "percent"
        if links.get(end, "change") or links.get(end, "change_from") or links.get(d, "change_from") \
                or links.get(d, "change") not in (None, "", "absolute", "percent" if relative else "absolute") \
                or d.kind == "percent" and not relative \
                or not _compatible_units(end, start) or not relative and not _compatible_units(d, end):
            continue
        than = _DIFFERENCE_THAN.fullmatch(text, d.end, start.start)
        if than is None or not (_COMMA_BEFORE_RELATIVE if relative else _COMMA_BEFORE_DIFFERENCE).fullmatch(
                text, ends.get(end.id, end.end), d.start):
            continue
        direction = -1 if than.group("down") else 1
        links.set(d, change="percent" if relative else "absolute", direction=direction)
        links.set(end, change_from=start.id, change_by=d.id, direction=direction)


# the hedge of a figure converted to another unit: "(about 403,000 acres)", "or just over 950 miles"
_CONVERSION_HEDGE = r"(?:about|around|roughly|some|nearly|almost|approximately|just[ \t]+(?:over|under))"
# a bracket that holds the figure before it in another unit: "163,000 hectares (about 403,000 acres)"
_CONVERSION_OPENS = re.compile(rf"[ \t]*\([ \t]*(?:{_CONVERSION_HEDGE}[ \t]+)?$", re.I)


def _without_conversions(sentence: list[Claim], text: str) -> tuple[list[Claim], dict[str, int]]:
    """The sentence's figures less those that only restate the one before in another unit in
    brackets, and where each restated figure's bracket closes (by id)."""
    figures: list[Claim] = []
    ends: dict[str, int] = {}
    for c in sentence:
        before = figures[-1] if figures else None
        if before is not None and c.kind == before.kind and c.kind in ("quantity", "currency") \
                and c.unit != before.unit and c.start - ends.get(before.id, before.end) <= 25 \
                and "(" in text[ends.get(before.id, before.end):c.start] \
                and _CONVERSION_OPENS.fullmatch(text, ends.get(before.id, before.end), c.start):
            close = _BRACKET_CLOSES.match(text, c.end)
            if close is not None:
                ends[before.id] = close.end()
                continue
        figures.append(c)
    return figures, ends


# a verb that makes the count after it a change of the level a later clause gives "from A to B"
_COUNT_CHANGED_BY = re.compile(r"\b(?:(?P<down>cut|cuts|cutting|shed|sheds|shedding|axed|axes|axing|lost|loses"
                               r"|losing|scrapped|scraps|scrapping|closed|closes|closing)|(?P<up>added|adds|adding"
                               r"|created|creates|creating|hired|hires|hiring|took[ \t]+on|takes[ \t]+on))[ \t]+"
                               r"(?:a[ \t]+further[ \t]+|another[ \t]+|some[ \t]+|about[ \t]+|around[ \t]+)?$", re.I)
# the clause of the level's endpoints after it: ", cutting its workforce from", ", taking staff numbers from"
_LEVEL_CLAUSE = re.compile(r"[^\d.;:()]{0,70},[ \t]*(?:[a-z]+ing)\b[^\d.;:(),]{0,40}\b(?:from|to)[ \t]+$", re.I)


# a percentage that ends right where the endpoints begin: "shed 12% to 1,738 pounds from ...",
# "gave up 6% from 1,849 to 1,738"
_PERCENT_THEN_ENDPOINT = re.compile(r"[ \t]+(?:to|from)[ \t]+(?:about[ \t]+|around[ \t]+|some[ \t]+)?", re.I)


def _percent_moved_to(p: Claim, a: Claim, b: Claim, text: str, links: _Links) -> Claim | None:
    """A percentage right before the endpoints ``a`` and ``b`` of a change of one amount, the
    change between them whether or not its verb is one of the vocabulary's ("shed 12% to 1,738
    from 1,849"); not "5% to 4,000 staff from 300 branches", two things."""
    if p.kind != "percent" or a.kind == "percent" or p.value is None or links.get(p, "change") \
            or a.unit != b.unit or (a.thing or "").lower() != (b.thing or "").lower() \
            or links.get(p, "share_of") or not _PERCENT_THEN_ENDPOINT.fullmatch(text, p.end, a.start):
        return None
    links.set(p, change="percent", direction=0)
    return p


def _extra_after(d: Claim, end: Claim, last: int, text: str, links: _Links) -> Claim | None:
    """The amount said after both ends of a change as what was added ("an extra 13,500", "an additional
    40"): an absolute rise, the change between them, whatever verb gave the ends."""
    if d.value is None or d.kind == "percent" or not _compatible_units(d, end) or links.get(d, "change") \
            or links.get(d, "change_from") or not _EXTRA_NAMED_AFTER.fullmatch(text, last, d.start):
        return None
    links.set(d, change="absolute", direction=1)
    return d


def _count_changed_before(sentence: list[Claim], i: int, text: str, links: _Links) -> Claim | None:
    """The count a verb of change gives before a participle clause "from A to B" (``sentence[i]`` is A):
    "shed 420 jobs, cutting its workforce from 6,180 to 5,940" is a fall of 420, told twice."""
    d, a = sentence[i - 1], sentence[i]
    if d.value is None or d.kind != a.kind or d.kind == "percent" or not _compatible_units(d, a) \
            or links.get(d, "change") or links.get(d, "change_from") or links.get(d, "part_of"):
        return None
    verb = _COUNT_CHANGED_BY.search(text, max(d.sentence_start, d.start - 30), d.start)
    if verb is None or not _LEVEL_CLAUSE.fullmatch(text, d.end, a.start):
        return None
    links.set(d, change="absolute", direction=-1 if verb.group("down") else 1)
    return d


def _change_between(sentence: list[Claim], deltas: list[Claim], text: str, links: _Links,
                    ends: dict[str, int]) -> None:
    """"was 62 million, up 30% from 48 million": the level reached, then its change, then where it
    started (``ends``: where a figure restated in brackets after it ends, by id)."""
    index = {c.id: k for k, c in enumerate(sentence)}
    for d in deltas:
        k = index.get(d.id)
        if k is None:
            continue
        if k == 0 or k + 1 >= len(sentence):
            continue
        end, start = sentence[k - 1], sentence[k + 1]
        if end.id in index and (links.get(end, "change") or links.get(end, "change_from")) \
                or links.get(start, "change") or not _compatible_units(end, start) or not _delta_fits(d, end, links):
            continue
        if _COMMA_BEFORE_DELTA.fullmatch(text, ends.get(end.id, end.end), d.start) \
                and _FROM_AFTER_DELTA.fullmatch(text, d.end, start.start):
            links.set(end, change_from=start.id, change_by=d.id, direction=links.get(d, "direction"))


_COMMA_BEFORE_DELTA = re.compile(r"[^\d.;:]{0,60}?,[ \t]*(?:(?:up|down)(?:[ \t]+by)?|(?:an?[ \t]+)?(?:increase|rise"
                                 r"|jump|gain|drop|fall|decline|decrease|cut|reduction|growth)[ \t]+of)[ \t]+", re.I)
_FROM_AFTER_DELTA = re.compile(r"[^\d.;:]{0,20}?\bfrom[ \t]+(?:about[ \t]+|around[ \t]+|some[ \t]+)?"
                               # "a rise of 14,000 on the 78,000 sold a year earlier": the base it grew on
                               r"|[ \t]+on[ \t]+(?:the[ \t]+|last[ \t]+[a-z]+['’]s[ \t]+)?"
                               r"(?:about[ \t]+|around[ \t]+)?", re.I)


def _delta_fits(d: Claim, end: Claim, links: _Links) -> bool:
    return d.kind == "percent" or links.get(d, "change") == "points" or _compatible_units(d, end)


# -- shares -----------------------------------------------------------------------------------

def _is_ratio_word(c: Claim) -> bool:
    """A share written as a fraction or a ratio, not a percent: "half", "a quarter",
    "two-thirds", "one in five" (a count of value between 0 and 1)."""
    return c.kind == "count" and c.value is not None and 0 < c.value < 1


def _shares(sentence: list[Claim], body: list[Claim], position: dict[str, int], text: str, links: _Links) -> None:
    for i, p in enumerate(sentence):
        if (p.kind != "percent" and not _is_ratio_word(p)) or links.get(p, "change"):
            continue
        if _share_of_a_part(sentence, i, text, links):
            continue
        prev = sentence[i - 1] if i else None
        nxt = sentence[i + 1] if i + 1 < len(sentence) else None
        # "Of the 1,200 workers, one in five, or 400, were laid off": a share of the whole it is
        # a part of, stated again as an amount
        whole_id = links.get(p, "part_of")
        if whole_id and nxt is not None and nxt.kind != "percent" and links.get(nxt, "part_of") in (whole_id, None) \
                and _appositive(text, p, nxt):
            links.set(p, share_of=whole_id, share_part=nxt.id)
            continue
        # "60% of the 948,000 ..., or 500,000"
        if nxt is not None and nxt.kind != "percent" and _OF_GAP.fullmatch(text, p.end, nxt.start):
            links.set(p, share_of=nxt.id)
            after = sentence[i + 2] if i + 2 < len(sentence) else None
            # "34.2% of the 58,000 voters, or about one in three": a share said again is no part
            if after is not None and _compatible_units(after, nxt) and not _is_ratio_word(after) \
                    and _appositive(text, nxt, after):
                links.set(p, share_part=after.id)
            elif prev is not None and prev.kind != "percent" and _compatible_units(prev, nxt) and (
                    _SHARE_APPOSITION.fullmatch(text, prev.end, p.start)
                    or _BARE_SHARE_APPOSITION.fullmatch(text, prev.end, p.start)):
                # "cut 1,800 jobs, or 15% of its 9,000 staff", "cut 1,560 jobs at its plant, 35% of the 5,200"
                links.set(p, share_part=prev.id)
            continue
        # "Turnout was 64%, with 2.9 million of the 5.8 million"
        if nxt is not None and nxt.kind != "percent" and _SHARE_WITH.fullmatch(text, p.end, nxt.start):
            whole_id = links.get(nxt, "part_of")
            if whole_id:
                links.set(p, share_part=nxt.id, share_of=whole_id)
                continue
        # "780 million crowns, or 41% of the total", "1,240 were positive, a rate of 52%", "840,
        # roughly one in four,"
        if prev is not None and prev.kind != "percent" and not _is_ratio_word(prev) and (
                _SHARE_APPOSITION.fullmatch(text, prev.end, p.start)
                or _is_ratio_word(p) and _appositive(text, prev, p)):
            whole_id = links.get(prev, "part_of")
            before_prev = sentence[i - 2] if i >= 2 else None
            if not whole_id and before_prev is not None and links.get(before_prev, "part_of") == prev.id:
                # "won 48 of the 120 seats, or 40%": the share is of the pair's whole
                links.set(p, share_part=before_prev.id, share_of=prev.id)
                continue
            if not whole_id and (_OF_THE_TOTAL.match(text, p.end) or _OF_ALL.match(text, p.end)):
                # "486,000, or almost a third of all arrivals": the total is the larger figure before; "of all
                # visitors" names a count, so a count before the nearer sum of money ("spent 6.9 billion euros")
                whole = _larger_before(prev, body, position, links,
                                       same_kind_first=not _OF_THE_TOTAL.match(text, p.end))
                whole_id = whole.id if whole is not None and links.may_contain(whole, prev) else None
            if whole_id is not None:
                links.set(p, share_part=prev.id, share_of=whole_id)
            elif links.get(p, "share_of"):
                links.set(p, share_part=prev.id)
            continue
        # "Of those, 88% backed strike action, or 29,744 nurses"
        if nxt is not None and links.get(p, "share_of") and _PART_APPOSITION.fullmatch(text, p.end, nxt.start):
            links.set(p, share_part=nxt.id)


_CLOSES_APPOSITION = re.compile(r"[ \t]*(?:,|\)|[—–;]|\.(?!\d)|$)")
# from a part to a share set off at its clause's end: "18 capsized or sank in the gusts, " (no figure
# of another base, no bracket or semicolon between)
_TO_CLAUSE_SHARE = re.compile(r"[^\d.;:()]{0,120}?,[ \t]*")


def _share_of_a_part(sentence: list[Claim], i: int, text: str, links: _Links) -> bool:
    """"Of the 96 boats, 18 capsized or sank in the gusts, nearly one in three", "Of those, 1,020
    passed the test by the end, about 76% of the total": a share set off at the end of the clause
    of a part whose whole is known is the part's share of that whole (any figure between is of
    another kind: "25 metres")."""
    p = sentence[i]
    if links.get(p, "share_of") or not (_OF_THE_TOTAL.match(text, p.end) or _CLOSES_APPOSITION.match(text, p.end)):
        return False
    part = next((q for q in reversed(sentence[:i]) if q.kind != "percent" and not _is_ratio_word(q)
                 and not links.get(q, "change") and links.get(q, "part_of")), None)
    if part is None or not (whole_id := links.get(part, "part_of")) or part.value is None:
        return False
    between = sentence[sentence.index(part) + 1:i]
    if any(q.kind == part.kind or q.kind == "percent" or _is_ratio_word(q) for q in between):
        return False
    ends = [part.end, *(q.end for q in between)]
    gap = "".join(text[a:b.start] for a, b in zip(ends, (*between, p)))
    if not _TO_CLAUSE_SHARE.fullmatch(gap):
        return False
    links.set(p, share_part=part.id, share_of=whole_id)
    return True


def _appositive(text: str, before: Claim, amount: Claim) -> bool:
    """Whether ``amount`` restates the figure (and its noun) before it: ", or 400", "(400)", or
    set off by commas alone ("a quarter of the 800 pupils, 260, passed")."""
    if _PART_APPOSITION.fullmatch(text, before.end, amount.start):
        return True
    if _BARE_APPOSITION.fullmatch(text, before.end, amount.start) is None:
        return False
    # "three in ten of the 2,400 staff, 1,180 workers, joined": the amount may name its own thing
    end = amount.end + 1 + len(amount.thing) if amount.thing and text.startswith(" " + amount.thing, amount.end) \
        else amount.end
    return _CLOSES_APPOSITION.match(text, end) is not None


_SHARE_OF_NOUN = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+|all[ \t]+)?([a-z][\w'’-]*)")
_A_NOUN = re.compile(r"[ \t]+([a-z][\w'’-]*)")
_NOUN_AFTER = re.compile(r"[ \t]+(?:[a-z][\w'’-]*[ \t]+)?([a-z][\w'’-]*)")


_BETWEEN_SENTENCES = " \t\r\n\"'“”‘’"


def _share_beside(a: list[Claim], b: list[Claim], text: str, links: _Links) -> None:
    """"The strike was backed by 72% of members. Of the 41,000 members balloted, 24,600 voted in
    favour": a share of a noun with no figure for its base, and in the sentence beside it the one
    part of a whole that the same noun names."""
    for shares, others in ((a, b), (b, a)):
        pairs = [(p, links.get(p, "part_of")) for p in others if links.get(p, "part_of")]
        if len(pairs) != 1:
            continue
        part, whole_id = pairs[0]
        whole = next((w for w in others if w.id == whole_id), None)
        named = _NOUN_AFTER.match(text, whole.end) if whole is not None else None
        if whole is None or named is None:
            continue
        if any(o.start > part.start and (_is_ratio_word(o) or o.kind == "percent") and not links.get(o, "change")
               for o in others):
            continue    # "1,550 were late, about one in six. Cancellations fell to 2.1%": its share is beside it
        bases = {stem(m.group(1)) for x in shares if (x.kind == "percent" or _is_ratio_word(x))
                 and not links.get(x, "change") and (m := _SHARE_OF_NOUN.match(text, x.end)) is not None}
        if len(bases) > 1:
            continue    # "47 per cent of all people in work but 68 per cent of those working part time": shares
            #             of two bases beside one pair, which is whose a guess
        for p in shares:
            if (p.kind != "percent" and not _is_ratio_word(p)) or links.get(p, "change") \
                    or links.get(p, "share_of") or links.get(p, "share_list"):
                continue
            # "72% of members", "three in ten members": the noun of the share
            of = _SHARE_OF_NOUN.match(text, p.end) or (_A_NOUN.match(text, p.end) if _is_ratio_word(p) else None)
            if of and stem(of.group(1)) in {stem(w) for w in named.group(0).split()} \
                    and not _of_another_base(p, text, links, after=False):
                links.set(p, share_part=part.id, share_of=whole.id)


# "That is nearly a quarter of ...", "This group alone was about 30% of ...", "It represents 12% of":
# a sentence that opens by pointing back to a figure and says its share (a quote may open it)
_POINTS_BACK = re.compile(r"[ \t]*[\"“]?[ \t]*(?:that|this|it|those|these|they)(?:[ \t]+[a-z]+){0,2}?[ \t]+"
                          r"(?:is|was|are|were|made[ \t]+up|makes[ \t]+up|represents?|represented|accounts?[ \t]+for"
                          r"|accounted[ \t]+for|amounts?[ \t]+to|amounted[ \t]+to|comes?[ \t]+to|came[ \t]+to)"
                          r"[ \t]+(?:(?:just|only|roughly|about|around|almost|nearly|some|well)[ \t]+)?$", re.I)


# a share that names a base of its own after it: "30 per cent of the sector", not "three-quarters of them"
_OWN_BASE_AFTER = re.compile(r"[ \t]+of[ \t]+(?!them\b|those\b|these\b|which\b|whom\b|it\b)[a-z]", re.I)
# a sentence that opens on what was said before: "That was 72 per cent of the 2,260 applications"
_POINTS_BACK_OPENING = re.compile(r"[ \t\"“]*(?:that|this|it|which)[ \t]+(?:was|is|were|came[ \t]+to|made)\b", re.I)


# what a share restating a part of a whole is called in the sentence after it: "its approval rate, 81 per cent"
_RATE_NOUN = re.compile(r"\b(?:rate|share|proportion|percentage)\b", re.I)
# set off after the pair in its own sentence: "..., just over three-quarters of them", "..., which works out at 31%",
# "..., a pass rate the board put at 64%", "... sat the test -- a pass rate of 58%"
_SET_OFF = re.compile(r"(?:,|[ \t][—–-])[^\d,;:.()—–]{0,40}$")
_SHORT_SET_OFF = 31
_CLAUSE_OPENS = re.compile(r"[,—–-][ \t]*(?:and|but|while|whereas|although|though|as|when)\b", re.I)


def _told_as_the_pairs_share(s: Claim, last: Claim, text: str, links: _Links) -> bool:
    """Whether share ``s`` is told as what the part-and-whole before it makes: set off by a comma right
    after the pair in its sentence, or, in the next sentence, named as a rate or share ("its approval rate,
    81 per cent") or opened on "That was"; never a share said of another base ("the overall pass rate")."""
    if last.sentence_start == s.sentence_start:
        off = _SET_OFF.search(text, last.end, s.start)
        # (never a share said of another base: "one of the six operators, ..., missed the target of 85%"; nor
        # a clause of its own: "nearly 860,000 could vote, and turnout ... was 75%"; a long one names a rate)
        return off is not None and links.relation_words.other_base.search(off.group()) is None \
            and not _CLAUSE_OPENS.match(off.group()) \
            and (len(off.group()) <= _SHORT_SET_OFF or _RATE_NOUN.search(off.group()) is not None)
    lead = text[s.sentence_start:s.start]
    if links.relation_words.other_base.search(lead) is not None:
        return False
    return _RATE_NOUN.search(lead) is not None or _POINTS_BACK_OPENING.match(lead) is not None


def _share_of_the_pair_before(sentences: list[list[Claim]], text: str, links: _Links) -> None:
    """A share told right after a part of a whole, as what the part makes of it: "approved 2,840 of the 4,120
    applications ... its approval rate, 81 per cent", "reached 9,870 of the 14,300 calls, just over
    three-quarters of them", "in 3,120 of those thefts, which works out at 31 per cent"; and "granted 1,480
    orders. That was 72 per cent of the 2,260 applications": the share of the last part-and-whole told before
    it, in its sentence or the one before, when no other figure comes between and the share names no base
    of its own."""
    previous: list[Claim] = []
    earlier: dict[str, Claim] = {}     # every figure of the sentences before: a part told in the share's own
    # sentence may be of a whole told paragraphs before it ("dealt with 24,300 cases ... fines in 2,870 of the
    # cases, which works out at 14.6 per cent")
    for sentence in sentences:
        for i, s in enumerate(sentence):
            if not (s.kind == "percent" or _is_ratio_word(s)) or s.value is None or links.get(s, "share_part") \
                    or links.get(s, "change") or links.get(s, "direction") or links.get(s, "share_list") \
                    or links.get(s, "list_of") or _OWN_BASE_AFTER.match(text, s.end) and not links.get(s, "share_of"):
                continue
            before = previous + sentence[:i]
            told = {c.id: c for c in before}
            own_whole = next((c for c in sentence if c.id == links.get(s, "share_of")), None)
            if own_whole is not None and own_whole.sentence_start == s.sentence_start:
                # "That was 72 per cent of the 2,260 applications": its whole is its own, its part the one
                # figure of the sentence before
                counts = [c for c in previous if c.kind == "count" and c.value]
                if _POINTS_BACK_OPENING.match(text, s.sentence_start) and len(counts) == 1 \
                        and (counts[0].value or 0) < (own_whole.value or 0):
                    links.set(s, share_part=counts[0].id)
                continue
            if links.get(s, "share_of"):
                continue
            for k in range(len(before) - 1, -1, -1):
                part = before[k]
                whole = told.get(links.get(part, "part_of"))
                if whole is None and part.sentence_start == s.sentence_start:
                    whole = earlier.get(links.get(part, "part_of"))
                if whole is None:
                    continue
                if _an_earlier_level(whole, text):
                    break   # ("down 9% from 6,750 a year earlier. ... 1,290 of the completions, or 21%"): a
                    # whole told as another time's level is a guess of the group, not the one told
                between = [c for c in before[k + 1:] if c.id != whole.id]
                if not between and part.kind == whole.kind == "count" and part.value and whole.value \
                        and part.value <= whole.value and _told_as_the_pairs_share(s, before[-1], text, links):
                    links.set(s, share_part=part.id, share_of=whole.id)
                break
        earlier.update((c.id, c) for c in previous)
        previous = sentence


# right before a level a change or a comparison starts from: "down 9 per cent from 6,750", ", against 54,900" (not
# the verb's "appealed against 6,800 tickets")
_FROM_BEFORE_LEVEL = re.compile(r"(?:\bfrom|,[ \t]*(?:against|compared[ \t]+(?:with|to)))[ \t]+"
                                r"(?:(?:about|around|some|the)[ \t]+)?$", re.I)


def _an_earlier_level(c: Claim, text: str) -> bool:
    """Whether ``c`` is told as the level a change or a comparison starts from ("down 9 per cent from 6,750",
    "against 54,900 the year before"), by the word right before it."""
    return _FROM_BEFORE_LEVEL.search(text, max(c.sentence_start, c.start - 16), c.start) is not None


def _share_pointing_back(sentence: list[Claim], previous: list[Claim], body: list[Claim], text: str,
                         links: _Links) -> None:
    """"Season-ticket holders took 2,100 of them. That is nearly a quarter of all our swims": a share that opens
    its sentence pointing back ("That is", "This represents") to the one part of a whole the sentence before
    gives is that part's share of that whole, whatever noun names the base."""
    p = sentence[0]
    if p.kind != "percent" and not _is_ratio_word(p) or links.get(p, "change") or links.get(p, "share_of") \
            or links.get(p, "share_list") or not _POINTS_BACK.fullmatch(text, p.sentence_start, p.start) \
            or not _SHARE_OF_PHRASE.match(text, p.end):
        return
    parts = [c for c in previous if links.get(c, "part_of") and c.kind != "percent" and not _is_ratio_word(c)]
    if len(parts) != 1:
        return
    whole = next((w for w in body if w.id == links.get(parts[0], "part_of")), None)
    if whole is not None and whole.value and not links.get(whole, "change"):
        links.set(p, share_of=whole.id, share_part=parts[0].id)


def _rate_after_pair(sentence: list[Claim], previous: list[Claim], body: list[Claim], text: str,
                     links: _Links) -> None:
    """"Of the 3,400 flights due, 2,650 left on time. The airport put punctuality at 84 per cent": a share
    that opens the figures of the sentence after the one part of a whole, with no base of its own and no
    share beside that pair, is the rate of that pair, whatever noun names it ("punctuality", "Six in ten
    of our members") -- unless its clause names another base ("nationally", "target": other_base_words)."""
    p = sentence[0]
    if p.kind != "percent" and not _is_ratio_word(p) or p.value is None or links.get(p, "change") \
            or links.get(p, "share_of") or links.get(p, "share_list") or p.hedge == "range":
        return
    if any(c.kind == "percent" or _is_ratio_word(c) for c in previous):
        return      # the pair's share is beside it
    pairs = [(c, w) for c in previous for w in previous
             if links.get(c, "part_of") == w.id and c.kind == "count" and not links.get(c, "change")
             and not links.get(w, "change") and w.value]
    if len(pairs) != 1:
        return
    part, whole = pairs[0]
    before = text[max(p.sentence_start, p.start - 40):p.start]
    if _SHARE_VERB_BEFORE.search(before):
        return      # "Women made up 15% of the field": the share of another part
    of = _SHARE_OF_NOUN.match(text, p.end)
    if _is_ratio_word(p) and of is None or p.kind == "percent" and not _RATE_LINK_BEFORE.search(before):
        return      # "one in ten items could not be saved", "has offered 4.5%": no rate of the pair
    if of is not None and of.group(1).lower() in _BACK_REFERENCE:
        return      # "1,382,000 voted. About a fifth of them by post": a share of the part, not its rate
    named = _A_NOUN.match(text, of.end(1)) if of is not None and of.group(1) in ("our", "your") else of
    noun = stem(named.group(1).lower()) if named else None
    if noun and any(c.thing and stem(c.thing.split()[-1].lower()) == noun for c in body
                    if c not in (whole, part, p) and links.get(c, "part_of") != whole.id) \
            and not (whole.thing and stem(whole.thing.split()[-1].lower()) == noun):
        return      # "one in ten of the items": a noun another figure counts
    if not _of_another_base(p, text, links):
        links.set(p, share_part=part.id, share_of=whole.id)


# what links a rate's noun to its figure: "put punctuality at 84%", "a pass rate of 91%", "was 62%"
_RATE_LINK_BEFORE = re.compile(r"\b(?:at|of|was|is|were|are|reached|hit|to)[ \t]+$", re.I)


def _of_another_base(p: Claim, text: str, links: _Links, after: bool = True) -> bool:
    """Whether the sentence up to ``p`` (or its clause after it, with ``after``) names a base other than the
    figures of the sentence beside ("Nationally, 74% of flights", "below its 90% target": other_base_words)."""
    end = _CLAUSE_END.search(text, p.end, p.sentence_end) if after else None
    return links.relation_words.other_base.search(text, p.sentence_start, end.start() if end else
                                                  p.sentence_end if after else p.start) is not None


def _parts_of_the_total(sentence: list[Claim], body: list[Claim], position: dict[str, int], text: str,
                        links: _Links) -> None:
    """"International passengers made up 1.21 million of the total": an amount of "the total" is a
    part of the larger figure stated before it."""
    for k, c in enumerate(sentence):
        if c.kind == "percent" or _is_ratio_word(c) or links.get(c, "part_of"):
            continue    # "about two-thirds of the total": a share of it, not a part
        amount = c.kind == "currency" or _SCALE.search(c.text)
        # "Mortgages made up $3.9bn of the new lending, business loans $1.7bn and credit cards the
        # remaining $0.9bn": an amount of a whole named before, and the list it starts
        said_of = amount and _OF_THE_NOUN.match(text, c.end) \
            and _SHARE_VERB_BEFORE.search(text, max(c.sentence_start, c.start - 30), c.start)
        if not said_of and not _OF_THE_TOTAL.match(text, c.end):
            continue
        whole = _larger_before(c, body, position, links)
        if whole is None or not links.may_contain(whole, c):
            continue
        if amount:
            _mark_list(_list_after(c, sentence[k + 1:], whole, text, links.vocab), whole, text, links)
        else:
            links.set(c, part_of=whole.id)


def _larger_before(part: Claim, body: list[Claim], position: dict[str, int], links: _Links,
                   lookback: int = _WINDOW, same_kind_first: bool = False) -> Claim | None:
    """The nearest earlier figure of the same kind and unit that could be the total of ``part``: not
    the earlier end of a change ("grew to 5.1 billion, from 4.8 billion": the total is 5.1 billion),
    linked as one or not ("..., down from 7.3 billion dollars a year earlier"). With ``same_kind_first``,
    one of the part's own kind if there is one (a bare "1.19 million" visitors is no share of a sum of
    money said once for a list of amounts): the nearest compatible one only failing that."""
    at = position.get(part.id)
    if at is None:
        return None
    before = body[max(0, at - lookback):at]
    starts = {links.get(c, "change_from") for c in before}
    found = [c for c in reversed(before)
             if c.value is not None and part.value is not None and c.value > part.value and c.id not in starts
             and _compatible_units(part, c)
             and not _FROM_BEFORE.search(links.text, max(c.sentence_start, c.start - 6), c.start)]
    if same_kind_first:
        return next((c for c in found if c.kind == part.kind), found[0] if found else None)
    return found[0] if found else None


# a share said with a verb of "a part of the whole": "made up 38%", "accounted for 57%", "took another 9%"
_SHARE_VERB_BEFORE = re.compile(r"\b(?:made|makes?|making)[ \t]+up|\b(?:accounted|accounts?|accounting)[ \t]+for"
                                r"|\b(?:took|takes?|taking)(?:[ \t]+up)?|\b(?:represented|represents?|comprised)"
                                r"[ \t]+(?:(?:another|a[ \t]+further|the[ \t]+(?:other|remaining|rest))[ \t]+)?$", re.I)


# "French came next with 34%": a share of the run's base, ranked after the one before it
_RANKED_WITH = re.compile(r"\b(?:came|comes|was|is|were|finished|ranked)[ \t]+(?:next|second|third|fourth|behind)"
                          r"[ \t]+with[ \t]+$|\bfollowed[ \t]+with[ \t]+$", re.I)
# "The rest, a third of the total,": all that is left of the run's base, whatever base it names
_REST_SET_OFF = re.compile(r"\bthe[ \t]+(?:rest|remainder)[ \t]*,[ \t]*(?:about[ \t]+|roughly[ \t]+|some[ \t]+)?$",
                           re.I)
# "another 9%", "the remaining 14%", "The rest, a third": a share closing a run of shares
_ANOTHER_SHARE = re.compile(r"\b(?:another|a[ \t]+further|the[ \t]+(?:other|remaining|rest))[ \t]+$|"
                            + _REST_SET_OFF.pattern, re.I)


def _shares_across(sentences: list[list[Claim]], text: str, links: _Links) -> None:
    """"Online sales made up 38% of spending. Stores accounted for 57%. Phone orders took another
    9%": one share a sentence, each said with a verb of a part, the first naming the base and the
    others no base of their own, are the shares of one base told sentence by sentence."""
    run: list[Claim] = []
    listed = False      # a list of shares of one sentence went on the run: its items are disjoint

    def close() -> None:
        # "another", "the remaining" say the shares are disjoint: "women 52%. Graduates 61%" may overlap;
        # so does a list of shares after the share that named the base, three shares at least
        if len(run) >= 2 and any(_ANOTHER_SHARE.search(text, max(c.sentence_start, c.start - 30), c.start)
                                 for c in run[1:]) or listed and len(run) >= 3:
            for c in run:
                links.updates.setdefault(c.id, {})["share_list"] = run[0].id

    base: str | None = None     # the noun of the base the run's first share names ("three in five homes")
    for sentence in sentences:
        # "grown to 28% of homes, from 21% a decade ago": the earlier end of a change is of another time
        starts = {links.get(c, "change_from") for c in sentence}
        # "46% of connections, up from 31% a year earlier": a share after "from" is where it stood before
        shares = [c for c in sentence if c.kind == "percent" and not links.get(c, "change") and c.id not in starts
                  and not _FROM_BEFORE.search(text, max(c.sentence_start, c.start - 6), c.start)]
        if run and not shares:
            # "... made up the remaining three in ten": the last share of the run, said as a fraction
            shares = [c for c in sentence if _is_ratio_word(c) and not links.get(c, "change")
                      and _ANOTHER_SHARE.search(text, max(c.sentence_start, c.start - 30), c.start)]
        c = shares[0] if len(shares) == 1 else None
        if run and len(shares) > 1 and shares[0].value is not None \
                and {links.get(x, "share_list") for x in shares} == {shares[0].id} \
                and not any(_SHARE_OF_PHRASE.match(text, x.end) for x in shares) \
                and _share_verb_before(shares[0], text, links):
            # "Streaming accounted for 71% of revenue last year. Physical formats made up 18 percent, and
            # downloads took the remaining 14%": a list of shares of no base of its own goes on the run
            run.extend(shares)
            listed = True
            continue
        # "The rest, a third of the total, ...": the share left over closes the run, whatever base it names
        rest = c is not None and bool(run) and _REST_SET_OFF.search(text, max(c.sentence_start, c.start - 30),
                                                                    c.start) is not None
        of = _SHARE_OF_PHRASE.match(text, c.end) if c is not None else None
        # "... three in five homes. Renting has grown to 28% of homes. A further 19% are ...": a share of the
        # run's base named again, or one that says it is "another", goes on with the run
        again = c is not None and bool(run) and base is not None and of is not None \
            and stem(of.group(1).split()[-1].lower()) == base and _BASE_TO_CLAUSE_END.match(text, c.end) is not None
        further = c is not None and bool(run) and _ANOTHER_SHARE.search(
            text, max(c.sentence_start, c.start - 30), c.start) is not None and of is None
        ok = (c is not None and c.value is not None and c.hedge != "range" and not links.get(c, "share_list")
              and (_share_verb_before(c, text, links)
                   or bool(run) and _RANKED_WITH.search(text, max(c.sentence_start, c.start - 30), c.start)
                   is not None and len(sentence) == 1 or rest or again or further))
        named = ok and not rest and not again and of is not None
        if c is not None and ok and run and not named:
            run.append(c)
            continue
        close()
        run = [c] if c is not None and ok and named else _fraction_of_base_opening(sentence, shares, text, links)
        base = _base_noun(run[0], text) if run else None
        listed = False
    close()



_OTHER_PART = re.compile(r"\b(?:another|a[ \t]+further|other|others)\b", re.I)


def _shares_told_apart_across(sentences: list[list[Claim]], text: str, links: _Links) -> None:
    """"Gas boilers heat 58 per cent of homes. Heat pumps account for 17 per cent and district heating for 21
    per cent, with oil making up the balance of 9 per cent": a share that names its base, and the shares
    with no base of their own told after it in that sentence and the two after, are shares of that base,
    when the text says they are parts apart ("the balance", "the remaining", "the only other", "another":
    relations.yaml ``complete_breakdown_cues``). Whatever verb each is said with, and however many a
    sentence holds (``_shares_across`` waits for one share a sentence, each with a verb of a part); over the
    dev desk sets shares over 100 told this way were missed with no relation found. Shares that may overlap
    ("52% were women. 61% were graduates": no word says they are apart) are left alone."""
    by_id = {c.id: c for s in sentences for c in s}
    # "58 per cent ..., down from 66 per cent": where a share stood before is of another time
    starts = {links.get(c, "change_from") for s in sentences for c in s} - {None, ""}
    for k, sentence in enumerate(sentences):
        for i, first in enumerate(sentence):
            if not _a_share(first, links, starts) or links.get(first, "share_list") \
                    or not _SHARE_OF_PHRASE.match(text, first.end) \
                    or _FROM_BEFORE.search(text, max(first.sentence_start, first.start - 6), first.start):
                continue
            run, apart, prev_end = [first], False, first.end
            for n, told in enumerate((sentence[i + 1:], *sentences[k + 1:k + 3])):
                t = [c for c in told if c.id not in starts]
                if not t:
                    continue
                if n and text[prev_end:t[0].sentence_start].count(".") > 1:
                    break   # a sentence with no figure between: the run is over
                if n and any(links.get(c, "share_list") not in (None, "") and
                                                     by_id.get(links.get(c, "share_list"), first).sentence_start
                                                     != t[0].sentence_start for c in t):
                    break   # shares listed with one of another sentence
                shares = [c for c in t if _a_share(c, links, starts)]
                if not shares or any(_SHARE_OF_PHRASE.match(text, c.end) for c in shares) \
                        or any(c.kind != "percent" and not _is_ratio_word(c) for c in t):
                    break   # a share of another base, or a figure of another kind: the run is over
                for c in shares:
                    clause = max(prev_end, c.sentence_start)
                    apart = apart or bool(links.relation_words.complete.search(text, clause, c.start)
                                          or _OTHER_PART.search(text, clause, c.start))
                    prev_end = c.end
                run.extend(shares)
                prev_end = t[-1].sentence_end
            if len(run) >= 3 and apart and len({c.sentence_start for c in run}) > 1:
                for c in run:   # (a list of shares in one sentence of the run joins it: its head is ``first``)
                    links.updates.setdefault(c.id, {})["share_list"] = first.id
            break


def _a_share(c: Claim, links: _Links, starts: set) -> bool:
    """A share no relation has placed as a part of a figure, of no change, no change's start: "58 per cent",
    "two-fifths" (a list of shares of one sentence may join a run across sentences)."""
    return (c.kind == "percent" or _is_ratio_word(c)) and c.value is not None and c.hedge != "range" \
        and c.id not in starts and not any(links.get(c, name) for name in ("change", "share_of", "share_part"))


def _share_verb_before(c: Claim, text: str, links: _Links) -> bool:
    """A verb of a part's share right before ``c``: "made up", "accounted for", or a desk's share_verbs."""
    start = max(c.sentence_start, c.start - 30)
    return _SHARE_VERB_BEFORE.search(text, start, c.start) is not None \
        or links.relation_words.share_verb.search(text, start, c.start) is not None

def _base_noun(share: Claim, text: str) -> str | None:
    """The stem of the noun a share names its base by: "of homes", "of the homes", "three in five homes"."""
    named = _SHARE_OF_NOUN.match(text, share.end) or (_A_NOUN.match(text, share.end) if _is_ratio_word(share)
                                                      else None)
    return stem(named.group(1).lower()) if named else None


def _fraction_of_base_opening(sentence: list[Claim], shares: list[Claim], text: str, links: _Links) -> list[Claim]:
    """"Two-thirds of the entries were ...": a fraction that opens a sentence with no percentage, naming
    its base, starts a run of shares the next sentence may go on with ([the fraction], else [])."""
    first = sentence[0]
    if shares or not _is_ratio_word(first) or links.get(first, "change") or links.get(first, "share_list") \
            or text[first.sentence_start:first.start].strip(" \t\"“") or not _SHARE_OF_PHRASE.match(text, first.end):
        # "The survey found that three in five homes are owned": the one fraction of a sentence, of a noun
        fractions = [c for c in sentence if _is_ratio_word(c)]
        if shares or len(fractions) != 1 or links.get(fractions[0], "change") \
                or links.get(fractions[0], "share_list") or links.get(fractions[0], "share_of") \
                or not _A_NOUN.match(text, fractions[0].end) or _SHARE_OF_PHRASE.match(text, fractions[0].end):
            return []
        return fractions
    return [first]


# "took 44% of the market": a share of all of what the text counts, sold or registered
_OF_THE_MARKET = re.compile(r"[ \t]+of[ \t]+(?:the|its|their)[ \t]+(?:[\w'’-]+[ \t]+)?market\b", re.I)
# the base a share of the next sentence names, up to its clause's end: "of new registrations and"
_BASE_TO_CLAUSE_END = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+)?(?:[\w'’-]+[ \t]+){0,2}[\w'’-]+"
                                 r"[ \t]*(?:[,.;]|[ \t]and\b|$)", re.I)


def _market_shares(sentences: list[list[Claim]], text: str, links: _Links) -> None:
    """"Petrol cars took 44% of the market, while diesel models took 9 per cent. Hybrids accounted
    for 31 percent of new registrations and electric cars for 19%": shares of a market are of
    disjoint kinds, and the next sentence's shares, each said with a verb of a share (or listed after
    one) and of no narrower base, are of the same market."""
    starts = {u.get("change_from") for u in links.updates.values() if u.get("change_from")}

    def told(sentence: list[Claim]) -> list[Claim]:
        shares = [c for c in sentence if c.kind == "percent" and c.value is not None and c.hedge != "range"
                  and not links.get(c, "change") and c.id not in starts and not links.get(c, "share_of")]
        said = [c for c in shares if _SHARE_VERB_BEFORE.search(text, max(c.sentence_start, c.start - 30), c.start)
                or (links.get(c, "share_list") and links.get(c, "share_list") != c.id)]
        return said if len(said) == len(shares) else []

    for a, b in zip(sentences, sentences[1:]):
        first, second = told(a), told(b)
        if not first or not second or not _OF_THE_MARKET.match(text, first[0].end):
            continue
        if any(_SHARE_OF_PHRASE.match(text, c.end) and not _BASE_TO_CLAUSE_END.match(text, c.end)
               for c in second) or len(first) + len(second) < 3:
            continue    # "29% of sales in London": a narrower base
        for c in (*first, *second):
            links.updates.setdefault(c.id, {})["share_list"] = first[0].id


# "won with 58 percent of the vote", "58% of the valid votes", "of all ballots cast"
_OF_THE_VOTE = re.compile(r"[ \t]+of[ \t]+(?:the|all)[ \t]+(?:(?:valid|popular|total)[ \t]+)?(?:votes?|ballots)\b",
                          re.I)


def _vote_shares(sentences: list[list[Claim]], text: str, links: _Links) -> None:
    """"Ruiz won a second term with 58 percent of the vote. Her rival took 39 percent and a third candidate
    6 percent.": the shares of the sentence after the winner's, each told with a verb of a result
    (``vote_share_verbs``) or listed after one, are of the same vote, and add up with the winner's; not
    those of another round, district, survey or year (``other_contest_words``)."""
    words = links.relation_words
    for a, b in zip(sentences, sentences[1:]):
        won = [c for c in a if c.kind == "percent" and c.value is not None and not links.get(c, "change")]
        if len(won) != 1 or not _OF_THE_VOTE.match(text, won[0].end) or links.get(won[0], "share_list"):
            continue
        shares = [c for c in b if c.kind == "percent" and c.value is not None and c.hedge != "range"
                  and not links.get(c, "change") and not links.get(c, "share_of")]
        if not shares or len(shares) != sum(c.kind == "percent" for c in b) \
                or words.other_contest.search(text, b[0].sentence_start, b[-1].sentence_end):
            continue
        first = shares[0]
        if not words.vote_verb.search(text, max(first.sentence_start, first.start - 30), first.start) \
                or any(_SHARE_OF_PHRASE.match(text, c.end) and not _OF_THE_VOTE.match(text, c.end) for c in shares) \
                or any(links.get(c, "share_list") != links.get(first, "share_list") for c in shares[1:]) \
                or len(shares) > 1 and not links.get(first, "share_list"):
            continue    # each share after the first listed with it ("took 39 percent and a third candidate 6")
        for c in (won[0], *shares):
            links.updates.setdefault(c.id, {})["share_list"] = won[0].id


# "..., and downloads brought in the remaining 14%": the rest of the base, whatever the verb
_THE_REMAINING_SHARE = re.compile(r"\bthe[ \t]+(?:remaining|rest(?:[ \t]+of[ \t]+the)?|other)[ \t]+$", re.I)
# "Plastics accounted for 27%, paper for 19 percent": the verb's "for" said again before each share
_VERB_FOR_BEFORE = re.compile(r"\b(?:account(?:ed|ing|s)?|made[ \t]+up|voted|opted|went)[ \t]+for[ \t]+$", re.I)
_FOR_EACH = re.compile(r"\bfor[ \t]+(?:the[ \t]+(?:remaining|rest|other)[ \t]+)?$", re.I)
_BACK_REFERENCE = frozenset({"those", "them", "these", "whom"})


def _share_lists(sentence: list[Claim], text: str, links: _Links) -> None:
    """"52% voting yes, 45% voting no and 8% spoiling their ballots": shares of one base."""
    run: list[Claim] = []
    phrase: str | None = None

    def close() -> None:
        if len(run) >= 2:
            for c in run:
                links.set(c, share_list=run[0].id)

    base: Claim | None = None       # the base the last share names ("58% of the 1,150 adults")
    for c in sentence:
        if run and base is None and links.get(run[-1], "share_of") == c.id:
            base = c                # "58% of the 1,150 adults questioned said yes, 39% said no"
            continue
        of = _SHARE_OF_PHRASE.match(text, c.end)
        mine = of.group(1).lower() if of else None
        ok = c.kind == "percent" and not links.get(c, "change") and c.value is not None and not c.hedge == "range"
        if ok and run and mine in _BACK_REFERENCE and phrase != mine:
            # "a turnout of 68%, and 91% of those voting": a share of a part of the base before it
            close()
            run, phrase, base = [], None, None
        if ok and run:
            gap = text[run[-1].end:c.start] if base is None or base.start < run[-1].end else \
                text[run[-1].end:base.start] + text[base.end:c.start]
            between = gap.replace(mine_prefix(run[-1], text), "")
            if (again := _FOR_EACH.search(between)) and _VERB_FOR_BEFORE.search(
                    text, max(c.sentence_start, run[0].start - 30), run[0].start):
                between = between[:again.start()]
            if _SHARE_LIST_GAP.fullmatch(gap) is None and _ELIDED_ITEM_GAP.fullmatch(gap) is None \
                    or (_NOT_SHARE_LIST.search(between) or links.vocab.words_pattern("mark_words").search(between)
                        or _ELIDED_ITEM_GAP.fullmatch(gap) and links.relation_words.other_base.search(between)) \
                    and not _THE_REMAINING_SHARE.search(between) \
                    or (mine and phrase and mine != phrase):
                close()
                run, phrase, base = [], None, None
        if ok:
            run.append(c)
            phrase = phrase or mine
        else:
            close()
            run, phrase, base = [], None, None
    close()


def mine_prefix(c: Claim, text: str) -> str:
    """The "of the vote" right after a share, which may sit in the gap to the next share."""
    of = _SHARE_OF_PHRASE.match(text, c.end)
    return of.group(0) if of else "\x00"


# -- the same quantity stated twice -----------------------------------------------------------

def _restated(sentence: list[Claim], text: str, links: _Links) -> None:
    """"12 miles (19 km)", "$4.5m, or 3.2 million dollars", "a 42-kilometre route (26 miles)": one
    quantity, two notations."""
    for a, b in zip(sentence, sentence[1:]):
        if a.kind not in ("quantity", "currency") or b.kind != a.kind or a.value is None or b.value is None:
            continue
        if a.unit_compared != b.unit_compared or b.start - a.end > 40:
            continue
        if _per_item(a, text) != _per_item(b, text):
            continue    # "310 million dollars, or some $26,000 each on average": a total and its average;
            #             "87.57 pounds a year, or 1.68 pounds a week": rates of two periods
        if _DIFFERENCE_THAN.match(text, b.end) or links.changes.compared_after.match(text, b.end):
            continue    # "$1.9 billion, $300 million more than its estimate of", "27 minutes, two minutes longer
            #             than in 2021": a difference, not a restatement
        if (b.start - a.end <= 12 and (_RESTATED.fullmatch(text, a.end, b.start)
                                       or text[a.end:b.start].strip() in ("(", ",", "—", "–"))) \
                or ("-" in a.text and _NOUN_THEN_BRACKET.fullmatch(text, a.end, b.start)) \
                or _DIMENSION_THEN_BRACKET.fullmatch(text, a.end, b.start) \
                or _converted_after_noun(a, b, text):
            if a.unit != b.unit or _notation(a.text) != _notation(b.text):
                links.set(b, same_as=a.id)


def _per_item(c: Claim, text: str) -> str:
    """What right after ``c`` says it is one item's or one period's ("each", "a week"), lower case; "" if none."""
    m = _PER_ITEM_AFTER.match(text, c.end)
    return " ".join(m.group(0).lower().split()) if m else ""


def _notation(text: str) -> str:
    """How a figure is written, less its digits ("45 euros" → "N euros"): a figure restated in its own
    unit changes its notation ("$4.5m, or 4.5 million dollars"); one in the same notation ("45 euros, or
    20 euros for juniors") is another amount."""
    return _DIGITS.sub("N", text.replace(" ", "").lower())


_DIGITS = re.compile(r"\d[\d.,]*")


# what says an amount is one item's: "$26,000 each", "4 kg per head", "$80 a person on average", or a ratio's:
# "84 pounds for every 100 pounds of income"
_PER_ITEM_AFTER = re.compile(r"[ \t]*(?:each|apiece|on[ \t]+average|(?:for|in|out[ \t]+of)[ \t]+every\b"
                             r"|an?[ \t]+(?:head|person|household|claim|item"
                             r"|unit|pupil|student|resident|patient|member|worker|visitor|passenger|share|day|night"
                             # a rate of a period: "87.57 pounds, or about 1.68 pounds a week"
                             r"|week|fortnight|month|quarter|year)\b"
                             r"|per[ \t]+(?:[\w'’-]+)|a[ \t]+piece)", re.I)
# a compound adjective's noun before the bracket that restates it: "a 42-kilometre route (26 miles)"
_NOUN_THEN_BRACKET = re.compile(r"[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+)?[ \t]*\([ \t]*")
# the dimension a length is of, before the bracket that restates it: "290 metres long (about 950 feet)"
_DIMENSION_THEN_BRACKET = re.compile(r"[ \t]+(?:long|wide|high|tall|deep|thick|across|in[ \t]+(?:length|width"
                                     r"|height|depth|diameter))[ \t]*\([ \t]*", re.I)
# a noun phrase before the bracket that converts the figure: "a 160 km network of paths (99 miles)"
_NOUN_PHRASE = r"(?:[a-z][\w'’-]*[ \t]+){0,5}[a-z][\w'’-]*"
_PHRASE_THEN_BRACKET = re.compile(rf"[ \t]+{_NOUN_PHRASE}[ \t]*\([ \t]*{_CONVERSION_HEDGE}?[ \t]*$", re.I)
_BRACKET_CLOSES = re.compile(r"[ \t]*\)")


def _converted_after_noun(a: Claim, b: Claim, text: str) -> bool:
    """Whether ``b`` restates ``a`` in another unit of its dimension after ``a``'s noun phrase: alone in a
    bracket ("160 km of protected routes (about 99 miles)"), or after "or" ("1,200 kilometres or about 950
    miles", "2.4 million tonnes of wheat this year, or 2,400,000 kg"). Two units of one dimension joined by
    "or" are one amount written twice; in one unit they would be two amounts ("3 or 4 km")."""
    if a.unit is None or b.unit is None or a.unit == b.unit:
        return False
    if _PHRASE_THEN_OR.fullmatch(text, a.end, b.start):
        return True
    return bool(_BRACKET_CLOSES.match(text, b.end)) and bool(_PHRASE_THEN_BRACKET.fullmatch(text, a.end, b.start))


# "or" after the figure or its noun phrase, before the same amount in another unit
_PHRASE_THEN_OR = re.compile(rf"(?:[ \t]+{_NOUN_PHRASE})?[ \t]*,?[ \t]+or[ \t]+{_CONVERSION_HEDGE}?[ \t]*$", re.I)


_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)[ \t]+$", re.I)


def _definite_restatements(body: list[Claim], text: str, links: _Links) -> None:
    """"Customs seized 4.5 tonnes of cocaine ... The 3,200 kg of cocaine ...": an amount or a sum
    of money named again with "the" refers back to the one named before with the same word.

    Grouped by kind and the words around the figure; only a later figure after "the" is linked,
    to the nearest earlier one of its group."""
    if not any(c.kind in ("quantity", "currency") and _DEFINITE_BEFORE.search(text, max(0, c.start - 6), c.start)
               for c in body):
        return
    named: dict[tuple, Claim] = {}
    for c in body:
        if c.value is None or c.kind not in ("quantity", "currency") or c.shape != "exact" \
                or links.get(c, "change") or links.get(c, "change_from") or links.get(c, "list_of"):
            continue
        around = _content_words(text[max(c.sentence_start, c.start - 30):c.start], links.unit_words[0])[-2:] + \
            _content_words(text[c.end:min(c.sentence_end, c.end + 25)], links.unit_words[1])[:2]
        keys = [(c.kind, c.unit_compared, stem(w)) for w in around if w[:1].islower() and w.lower() not in _GENERIC]
        if _DEFINITE_BEFORE.search(text, max(c.sentence_start, c.start - 6), c.start):
            earlier = [named[k] for k in keys if k in named and named[k].sentence_start != c.sentence_start]
            if earlier and not links.get(c, "same_as"):
                first = max(earlier, key=lambda e: e.start)
                if (first.value != c.value or first.unit != c.unit) and not _rates_apart(first, c, text) \
                        and _periods_overlap(first, c):
                    # ("the 4.6 million euros this year" restates no 3.2 million of last year; "the 46,500
                    # tonnes a year" none of "2.4 tonnes" a week)
                    links.set(c, same_as=first.id)
        for k in keys:
            named[k] = c


def _measures_alike(a: str, b: str, vocab: Vocabulary) -> bool:
    """Whether two measures may word one quantity: the same, or one ``alike`` the other in the
    vocabulary ("without water" and "lost" in "6,140 homes had lost their supply")."""
    return a == b or b in vocab.measure_entry(a).alike or a in vocab.measure_entry(b).alike


# what a place or a vehicle can hold, before its figure: "can seat up to 253 passengers", "will be able to handle
# 4 million passengers a year", "designed for 1,650 prisoners": a capacity, no count of a group (no whole of
# "341 of them", no rounding of the count it held)
_CAPACITY_BEFORE = re.compile(r"\b(?:can|could|will[ \t]+be[ \t]+able[ \t]+to|(?:is|are|was|were|be)[ \t]+able[ \t]+to"
                              r"|designed[ \t]+to|built[ \t]+to|big[ \t]+enough[ \t]+to|room[ \t]+to)[ \t]+"
                              r"(?:(?:comfortably|easily|safely)[ \t]+)?(?:seat|hold|carry|handle|take|accommodate"
                              r"|house|serve|process|fit|sleep|treat)[ \t]+"
                              r"(?:up[ \t]+to[ \t]+|as[ \t]+many[ \t]+as[ \t]+|about[ \t]+|around[ \t]+"
                              r"|some[ \t]+)?$", re.I)


def _a_capacity(c: Claim, text: str) -> bool:
    """Whether ``c`` is what something can hold ("can seat up to 253 passengers"), not a count of a group."""
    return not c.in_title and _CAPACITY_BEFORE.search(text, max(c.sentence_start, c.start - 60), c.start) is not None


_ONE_SCALE = 1.5     # a hedged figure and a precise one within this factor of it may be one figure


def _sole_figures_at_one_scale(body: list[Claim], text: str, links: _Links) -> None:
    """"The collection sold for almost 2m euros ... The 612 lots fetched 2.14 million euros", "Roughly 25,000
    runners took to the streets ... 31,460 runners started the race": a hedged round figure and the one
    precise figure near its size told in another sentence, of that currency or of that counted noun, are
    one figure said twice, whatever words each is said with (a desk names a sale, a cost or a crowd in many
    ways). Only when the precise one is the text's one such figure at that scale: two near a hedged one (a
    cost and its forecast), a change's two ends, a figure's parts ("the 4,310 farmers in upland districts"),
    figures of two measures the vocabulary tells apart (starters and finishers), of two periods, or given to
    two rival sources are never one."""
    bases = {links.get(c, "change_from") for c in body}
    restated = {links.get(c, "same_as") for c in body}
    figures = [c for c in body if c.kind in ("currency", "count") and c.value and not c.in_title
               and c.hedge != "range" and c.id not in bases and c.id not in links.apart and not _a_capacity(c, text)
               and (c.kind == "currency" or c.thing and not _is_ratio_word(c))
               and not any(links.get(c, name) for name in ("change", "change_from", "part_of", "list_of"))]
    # the figures of each currency or of counts, by size: those near a hedged one are found by bisection, and
    # a scale crowded with figures holds no one figure said twice (the pass stays linear in the claims)
    by_scale: dict[tuple, list[Claim]] = {}
    for c in sorted(figures, key=lambda c: c.value or 0.0):
        by_scale.setdefault((c.kind, c.unit_compared), []).append(c)
    sizes = {key: [c.value or 0.0 for c in members] for key, members in by_scale.items()}
    for r in figures:
        if r.hedge is None or r.shape not in ("around", "under") or not _is_round(r) or r.value is None \
                or r.id in restated or links.get(r, "same_as"):
            continue    # (a figure already said again, or itself a restatement, is placed)
        key = (r.kind, r.unit_compared)
        low = bisect.bisect_left(sizes[key], r.value / _ONE_SCALE)
        high = bisect.bisect_right(sizes[key], r.value * _ONE_SCALE)
        if high - low > _WINDOW:
            continue
        near = [p for p in by_scale[key][low:high] if p is not r and (r.kind == "currency" or _nouns_shared(r, p))]
        if len(near) != 1:
            continue
        p = near[0]
        if p.shape != "exact" or p.hedge is not None or _digits(p) <= _digits(r) or links.get(p, "same_as") \
                or _part_named(p, text) \
                or p.sentence_start == r.sentence_start or not (_same_authority(r, p) or _speaks_for(r, p, text)) \
                or r.where and p.where and r.where != p.where \
                or any(_another_kind_of_sum(c, text, links) for c in (r, p)) or _told_apart(r, p, text) \
                or _rates_apart(r, p, text) \
                or r.measure and p.measure and links.vocab is not None \
                and not _measures_alike(r.measure, p.measure, links.vocab) \
                or not _periods_overlap(r, p):
            continue    # ("expects the fee to raise about 12,000 pounds a year" beside "came to 14,600 pounds")
        links.set(p, same_as=r.id)


def _nouns_shared(a: Claim, b: Claim) -> bool:
    """Whether two counts name one noun, whatever words the extraction kept beside it ("floats wound",
    "floats"); "people" alone names no group of its own."""
    def nouns(c: Claim) -> set[str]:
        return {stem(w) for w in _WORD.findall((c.thing or "").lower())
                if len(w) > 3 and w not in _STOP and w not in _GENERIC}
    return bool(nouns(a) & nouns(b))


def _periods_overlap(a: Claim, b: Claim) -> bool:
    """Whether the periods two figures cover meet: "this year" and "the year to September" do, the opening
    day and the first month do not (a day's figure is a part of the month's); a figure dated only by the day
    it was said, or not at all, may be of any period."""
    first, second = _span(a), _span(b)
    if first is None or second is None:
        return True
    (a_start, a_end), (b_start, b_end) = first, second
    return a_start <= b_end and b_start <= a_end and (a_start == b_start and a_end == b_end
                                                      or a_start != a_end and b_start != b_end)


def _span(c: Claim) -> tuple[str, str] | None:
    """The days a figure's period runs, or None when the text gives it none but the day it was said."""
    if not c.when_start or not c.when_end:
        return None
    start, end = c.when_start[:10], c.when_end[:10]
    return None if start == end and c.published and start == c.published[:10] else (start, end)


def _told_apart(a: Claim, b: Claim, text: str) -> bool:
    """Whether two sums are each named as a kind of one thing ("Fuel duty raised 3.4bn", "Tobacco duty brought
    in about 3bn"): two sums, not one said twice."""
    mine, theirs = (_qualifiers(text[c.sentence_start:c.start]) for c in (a, b))
    return any(word in theirs and theirs[word] != q for word, q in mine.items())


def _looked_for(c: Claim, text: str, links: _Links) -> bool:
    """Whether the clause of a figure makes it one expected, forecast or hoped for ("the ministry had expected
    the agency to recover 4.5 billion lire"): what was looked for is no rounding of what was had."""
    return links.vocab is not None and links.vocab.words_pattern("expectation_words").search(
        text, _clause_start(c, text), c.start) is not None


def _another_kind_of_sum(c: Claim, text: str, links: _Links) -> bool:
    """Whether the clause of a sum makes it one looked for or set apart, not one had: a forecast, a target,
    last year's ("expects the fee to raise about 12,000 pounds", "the forecast of 4.13bn")."""
    start = _clause_start(c, text)
    return links.relation_words.other_base.search(text, start, c.start) is not None \
        or links.vocab is not None and links.vocab.words_pattern("expectation_words").search(text, start, c.start) \
        is not None


# "1,560 of our shareholders", "4.6 billion crowns of the shortfall", "98,210 out of those patients": a
# figure said as a part of a group named by a definite noun phrase, with no figure of its own
_PARTITIVE_AFTER = re.compile(r"[ \t]+(?:out[ \t]+)?of[ \t]+(?:the|our|their|its|those|these)[ \t]+"
                              r"([a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){0,2})", re.I)
_CLAUSE_REST = re.compile(r"[^,;:.!?()]*")


def _part_of_a_group_before(body: list[Claim], text: str, links: _Links) -> None:
    """"The agency placed 14,760 jobseekers ... No fewer than 15,020 of the people placed ...", "a 4.2bn-crown
    deficit ... 4.6 billion crowns of the shortfall": a figure told as "N of the NOUN" with no figure in its
    clause after it is a part of a figure told before it, whatever noun each is named by (a desk varies it):
    the one before that counts that noun, else the one figure before of its kind and unit, at its scale. Not
    a fraction ("three in four of our pupils"), not when several figures before may be the group (which one
    is a guess), when the noun names a figure other than the one before, or when part and figure before are
    ten times apart (another scale, another group: "three of the last five summers" beside 230 members) or, by
    another noun, the part is a fifth more than it ("6 drivers ... 14 of the deaths"), or the group has grown
    since ("5,200 trees ... 800 more"), nor
    the whole group said so ("all 13 of the missing": relations.yaml ``whole_group_cues``)."""
    bases = {links.get(c, "change_from") for c in body}
    for k, part in enumerate(body):
        if k == 0 or not _may_be_a_part(part, links) or part.value is None:
            continue
        m = _PARTITIVE_AFTER.match(text, part.end, part.sentence_end)
        if m is None or links.relation_words.whole_group.search(text, max(part.sentence_start, part.start - 16),
                                                                part.start):
            continue
        before = body[:k]       # (sliced only for a figure told as "N of the NOUN")
        rest = _CLAUSE_REST.match(text, m.start(), part.sentence_end)
        if rest is not None and any(ch.isdigit() for ch in rest.group()):
            continue    # "12 of the last 20 games", "40 of the 300": a group with a figure of its own
        nouns = {stem(w.lower()) for w in _WORD.findall(m.group(1)) if w.lower() not in _STOP}
        if not nouns or nouns & {stem(w) for w in _TIME_WORDS} \
                or links.vocab is not None and nouns & {stem(w) for w in links.vocab.words("total_nouns")}:
            continue    # "20 of the days": a stretch of time; "5,900 of the total": a total that may be summed
            # since (``_parts_of_the_total``), not the one figure before
        candidates = [w for w in before if w.kind == part.kind and w.value is not None and w.value != 1
                      and w.hedge != "range" and _compatible_units(part, w)
                      and (part.kind == "count") == (w.unit is None) and w.id not in bases
                      and not links.get(w, "change") and not _is_ratio_word(w) and not _a_capacity(w, text)
                      and links.may_contain(w, part)]
        named = [w for w in candidates if _head_in(w, nouns)]
        # (a figure a tenth of the part is of another scale, no group of it: "nine departments ... 431,200 of
        # those patients" leaves one group, 412,600 visits)
        candidates = [w for w in candidates if (w.value or 0.0) * _SCALE_APART >= part.value]
        whole = None
        if named:
            whole = named[-1] if len({w.value for w in named}) == 1 else None
        elif len(candidates) == 1 and part.value / _SLIP <= (candidates[0].value or 0.0) <= part.value * _SCALE_APART \
                and not any(_head_in(w, nouns) for w in before):
            # (a figure after it that counts the noun is another part of the group: "in 1,930 of the cases ...
            # about a third of the cases", not a group of its own)
            whole = candidates[0]
        if whole is not None and whole.value is not None and whole.value * _SCALE_APART >= part.value \
                and not any(links.get(w, "change") for w in before
                            if w.start > whole.start and w.kind == part.kind and w.unit == part.unit):
            links.set(part, part_of=whole.id)


# by another noun, a part a fifth more than the one figure before it is of another group ("6 drivers ... 14 of
# the deaths", "The 40 stalls ... Sixty of the shoppers"), not a slip of that figure's part
_SLIP = 1.2


def _may_be_a_part(part: Claim, links: _Links) -> bool:
    """Whether a figure may be a part of a group told before it: a count or a sum with no relation yet, not
    a fraction ("three in four") nor a range."""
    return part.kind in ("count", "currency") and part.value is not None and part.value >= 2 \
        and part.hedge != "range" and not _is_ratio_word(part) and part.id not in links.apart \
        and not any(links.get(part, name) for name in ("part_of", "list_of", "change", "change_from"))


def _head_in(c: Claim, nouns: set[str]) -> bool:
    """Whether the head word of what ``c`` counts is one of ``nouns`` (stemmed)."""
    return bool(c.thing) and stem((c.thing or "").split()[-1].lower()) in nouns


def _rounded_restatements(body: list[Claim], text: str, links: _Links) -> None:
    """"Nearly 300 people died ... the 318 people who died": a rounded and a precise figure of one
    quantity (same kind, unit, measure and counted thing, or the same head word), grouped by that key."""
    if not any(c.shape in _ROUNDED + _BOUNDS and (_is_round(c) or c.kind == "percent" and c.approximate)
               for c in body):
        return      # no rounded figure: nothing can be a rounding of another
    groups: dict[tuple, list[Claim]] = {}
    qualifiers: dict[str, dict[str, str]] = {}      # figure id: {head word: the word that qualifies it}
    by_id = {c.id: c for c in body}
    for c in body:
        if c.value is None or c.hedge == "range" or links.get(c, "change") \
                or links.get(c, "list_of") or c.id in links.apart or _a_capacity(c, text):
            continue
        whole = by_id.get(links.get(c, "part_of"))
        if links.get(c, "part_of") and (whole is None or whole.start < c.start):
            continue    # "250 of them": a part of a figure before it; "9,870 ..., out of 12,600" may restate one
        if c.measure:
            # things are compared pair by pair: "nearly a million people have crossed into ..."
            # and "948,000 arrivals" are one quantity, though only one of them names a thing; a
            # thing that names a measure ("registered 2,874 arrivals") is counted under both
            for measure in dict.fromkeys((c.measure, _measure_named(c.thing, links.vocab) or c.measure)):
                groups.setdefault((c.kind, c.unit_compared, measure), []).append(c)
        elif c.kind == "currency" or c.kind == "count" and _SCALE.search(c.text):
            # money is named by the words around it: "a package worth almost 5 billion marks",
            # "the 5.6 billion marks package"
            left = text[max(c.sentence_start, c.start - 30):c.start]
            around = _content_words(left, links.unit_words[0])[-3:] + \
                _content_words(text[c.end:min(c.sentence_end, c.end + 25)], links.unit_words[1])[:2]
            compounds = _qualifiers(text[c.sentence_start:c.start])
            for word in dict.fromkeys(stem(w) for w in around if w[:1].islower() and w.lower() not in _TIME_WORDS):
                groups.setdefault(("money", c.unit_compared if c.kind == "currency" else None, word), []).append(c)
                if word in compounds:
                    qualifiers.setdefault(c.id, {})[word] = compounds[word]
        if c.kind == "percent" and c.thing:
            # "Turnout was around 45 per cent ... a turnout of 52.6 per cent": a rate of one subject
            # over one period (a rate of another year is another figure), whatever verb each has
            groups.setdefault(("rate", stem(c.thing.split()[-1].lower()), c.when_start, c.when_end), []).append(c)
        if c.kind == "quantity" and (of := _SHARE_OF_NOUN.match(text, c.end)) is not None:
            # "produced 68,400 tonnes of copper ... nearly 80,000 tonnes of copper": an amount of a
            # substance, in one unit of measure, whatever the verb
            groups.setdefault(("amount", c.unit_compared, stem(of.group(1))), []).append(c)
        if c.kind == "count" and c.thing or c.kind == "quantity" and c.thing and c.unit == "day" \
                and _ON_DAYS.search(text, max(c.sentence_start, c.start - 12), c.start) is not None:
            # (days counted as occasions, "on 31 days", "on nearly 40 days", are a count of days)
            # "a study of roughly 3,000 nurses ... followed the 3,480 nurses": the same noun, the
            # precise figure named again with "the" (whatever its verb)
            groups.setdefault(("thing", stem(c.thing.split()[-1])), []).append(c)
    # the groups in the order the text gives their keys (dict.fromkeys above, not a set): the first
    # group decides which rounded figure a precise one restates, which must not vary with the hash seed
    for key, members in groups.items():
        if len(members) < 2:
            continue
        # "at least 100" is a bound that a later 154 satisfies, not a rounding of it; a figure
        # the text says rose or fell to is an update
        rounded = [c for c in members if c.shape in _ROUNDED + _BOUNDS and not links.get(c, "direction")
                   and (_is_round(c) or key[0] == "rate" and c.approximate)]     # "around 45%" of a rate
        precise = [c for c in members if c.shape == "exact" and not links.get(c, "direction")]
        for r in rounded:
            assert r.value is not None      # members all have a value (above)
            alike = {p.id for p in members if p.id != r.id and (
                p.thing_class == r.thing_class or links.may_contain(r, p) or links.may_contain(p, r))}
            if not alike or len(alike) > 5:
                continue    # many figures of one thing: other events, not one quantity said twice
            for p in precise:
                if not r.approximate and p.sentence_start == r.sentence_start:
                    continue    # "Of the 4,800 drivers balloted, ..., 3,412 drivers backed": a bare
                    # round figure and another count in its sentence are two counts, not one rounded
                if key[0] == "thing" and _bare(r):
                    continue    # "88,000 jobseekers ... 126,000 jobseekers", "ordered 2.1 million doses ... 1.19m
                    # doses given": by their noun alone, a round figure the text gives as it is, with no word
                    # that rounds it, is its own count, not a rounding of another
                if key[0] == "thing" and not (_is_round(p) or _named_again(p, text)) \
                        and not (r.approximate and p.sentence_start != r.sentence_start
                                 and not _part_named(p, text)):
                    # by its noun alone, a precise figure restates a hedged one said in another
                    # sentence ("Roughly 3,000 homes ... 3,720 homes had lost their heat"); beside
                    # a bare round figure, or in its sentence, it is another count of the noun,
                    # and so is a part of it named with "the" ("the 4,310 farmers in upland districts")
                    continue
                if p.id in alike and p.value is not None and _digits(p) > _digits(r) \
                        and 0.5 * r.value <= p.value <= 2 * r.value \
                        and _same_time(r, p) and _same_authority(r, p) \
                        and not (r.where and p.where and r.where != p.where) \
                        and not (key[0] == "thing" and r.measure and p.measure
                                 and not _measures_alike(r.measure, p.measure, links.vocab)) \
                        and not (key[0] == "thing" and not _at_one_scale(r, p)) \
                        and not _set_against(r, p, text) \
                        and not _rates_apart(r, p, text) \
                        and not _qualified_apart(qualifiers, key, r, p) \
                        and not _bound_kept(r, p) \
                        and not any(_looked_for(c, text, links) for c in (r, p)) \
                        and not (r.shape in _BOUNDS and _running_figure(p, links)):
                    # (by their noun alone, people dead and people missing are two quantities)
                    links.set(p, same_as=r.id)
                    break


# words of a period name no sum of money: "raise about 12,000 pounds a year" and "came to 14,600
# pounds over the year" are two sums, the year only when each was had
_TIME_WORDS = frozenset(("year", "years", "month", "months", "week", "weeks", "day", "days", "annual", "annually",
                         "yearly", "monthly", "weekly", "daily", "quarter", "season"))


# a figure set against another in its sentence: "450,000, against 800,000 on March 23", "compared
# with 650,000 on January 19": two figures compared, not one stated twice
_COMPARED_BEFORE = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|up\s+from|down\s+from)[ \t]+$",
                              re.I)


# days counted as occasions, not a length of time: "on 31 days", "on nearly 40 days"
_ON_DAYS = re.compile(r"\bon[ \t]+(?:(?:nearly|almost|about|around|some|roughly|more[ \t]+than|close[ \t]+to)[ \t]+)?$")


# a bare compound noun that opens a clause: "Income tax brought in ...", "..., and corporation tax 7.1bn"
_OPENING_COMPOUND = re.compile(r"(?:^|[,;][ \t]*(?:(?:and|while|whereas|but)[ \t]+)?"
                               r"|\b(?:and|while|whereas|but)[ \t]+)"
                               r"(?!(?:the|an?|its|their|this|that|his|her|our)\b)"
                               r"([A-Za-z][\w'’-]*)[ \t]+([a-z][\w'’-]*)(?=[ \t])", re.I)


def _qualifiers(left: str) -> dict[str, str]:
    """The words that qualify head words in bare compounds opening the clauses of ``left`` (the sentence up
    to a figure), by stemmed head: {"tax": "corporation"} for "..., and corporation tax 7.1bn"; none for
    "The city paid"."""
    return {stem(m.group(2)): stem(m.group(1)).lower() for m in _OPENING_COMPOUND.finditer(left)}


def _qualified_apart(qualifiers: dict[str, dict[str, str]], key: tuple, r: Claim, p: Claim) -> bool:
    """Two sums of money under one head word, each qualified by another word ("income tax brought in
    14.2bn", "corporation tax 7.1bn"): two kinds of the thing, never one quantity said twice, whatever
    other word they share ("came to")."""
    if key[0] != "money":
        return False
    mine, theirs = qualifiers.get(r.id, {}), qualifiers.get(p.id, {})
    return any(word in theirs and theirs[word] != q for word, q in mine.items())


def _set_against(a: Claim, b: Claim, text: str) -> bool:
    later = max(a, b, key=lambda c: c.start)
    return a.sentence_start == b.sentence_start and \
        _COMPARED_BEFORE.search(text, max(later.sentence_start, later.start - 24), later.start) is not None


_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.I)
# what makes "the 240 nurses" a part of them rather than all of them: "who", "in", "aged"...
_RESTRICTED = re.compile(r"[ \t]+(?:who|whom|whose|that|which|with|without|aged|in|from|at|of|among|on|living"
                         r"|working|born)\b", re.I)


def _named_again(c: Claim, text: str) -> bool:
    """"the 3,480 nurses" (over the next months): a figure given for a group already named, with
    nothing after its noun that makes it a part of the group."""
    return _THE_BEFORE.search(text, max(c.sentence_start, c.start - 5), c.start) is not None \
        and not _restricted(c, text)


def _part_named(c: Claim, text: str) -> bool:
    """"the 4,310 farmers in upland districts": a group already named, and what makes this figure
    a part of it."""
    return _THE_BEFORE.search(text, max(c.sentence_start, c.start - 5), c.start) is not None \
        and _restricted(c, text)


def _restricted(c: Claim, text: str) -> bool:
    """Whether what follows the figure's noun (or an adjective and its noun: "3,480 night nurses")
    restricts it: "who", "in", "aged" ..."""
    noun = _A_WORD.match(text, c.end)
    if noun is not None and _ON_THE_LIST.match(text, noun.end()):
        return False    # "the 3,420 people on the register": the whole of a list, named again
    if noun is None or _RESTRICTED.match(text, noun.end()):
        return noun is not None
    second = _A_WORD.match(text, noun.end())
    return second is not None and _RESTRICTED.match(text, second.end()) is not None


_A_WORD = re.compile(r"[ \t]+[a-z][\w'’-]*")
# a group named by the list it is on: "on the register", "on its waiting list", "on our books"
_ON_THE_LIST = re.compile(r"[ \t]+on[ \t]+(?:the|its|our|their|this|that)[ \t]+(?:waiting[ \t]+)?"
                          r"(?:list|register|roll|books)\b", re.I)


def _measure_named(thing: str | None, vocab: Vocabulary | None) -> str | None:
    """The measure a counted noun names itself ("arrivals", "deaths"), if any."""
    if not thing or vocab is None:
        return None
    return vocab.measure_by_word.get(" ".join(thing.lower().split()))


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _digits(c: Claim) -> int:
    """Significant digits as written: "5.6 billion" has 2, "318" 3, "almost 5 billion" 1."""
    m = _FIGURE.search(c.text)
    if m is None:
        return 1
    digits = m.group(0).replace(",", "").replace(".", "").strip("0")
    return max(len(digits), 1)


# what a figure given as rounded says of it: bare or "an estimated" (exact), "about" (around),
# "nearly" (under); read from its interval (``Claim.shape``)
_ROUNDED = ("exact", "around", "under")
# a round bound ("upwards of 40,000", "north of 3 billion", "up to 300"): no rounding, but a precise
# figure of its quantity on the wrong side of it contradicts it ("The official attendance was 27,380")
_BOUNDS = ("above", "below")


def _running_figure(c: Claim, links: _Links) -> bool:
    """Whether the sentence of ``c`` tells it as a running total's ("taking the cumulative arrests to 1478"):
    a bound above it ("over 2,200 people have been arrested") may be the total's later state, no contradiction."""
    return links.says(_RUNNING, c) or links.says(links.relation_words.to_date, c)


def _bound_kept(r: Claim, p: Claim) -> bool:
    """Whether ``p`` lies within the bound ``r`` states (any figure past "more than 40,000" fits it, be it
    40,100 or 52,000): such a pair says nothing of rounding and is left unlinked; only a broken bound is."""
    if r.shape not in _BOUNDS or p.value is None or r.value is None:
        return False
    return p.value >= r.value if r.shape == "above" else p.value <= r.value


# the period a figure is a rate of, after it or its noun: "52,000 pounds a year", "1,000 jobseekers a week",
# "40 tonnes per day", "12,000 euros annually" (not "a year ago", "a week later": a time, no rate)
_RATE_UNIT_AFTER = re.compile(r"(?:[ \t]+[a-z][\w'’-]*){0,3}?[ \t]+(?:(?:a|an|per|each|every)[ \t]+"
                              r"(day|week|fortnight|month|quarter|year|night|hour)s?\b"
                              r"(?![ \t]+(?:ago|earlier|later|before|after)\b)"
                              r"|(annually|yearly|weekly|monthly|daily|nightly|hourly)\b)", re.I)
_RATE_ADVERB = {"annually": "year", "yearly": "year", "weekly": "week", "monthly": "month", "daily": "day",
                "nightly": "night", "hourly": "hour"}


def _rate_period(c: Claim, text: str) -> str | None:
    """The period ``c`` is given a rate of ("a year", "per week", "annually"), or None for a figure of no rate."""
    m = _RATE_UNIT_AFTER.match(text, c.end, max(c.end, c.sentence_end))
    if m is None:
        return None
    word = (m.group(1) or m.group(2)).lower()
    return _RATE_ADVERB.get(word, word)


def _rates_apart(a: Claim, b: Claim, text: str) -> bool:
    """Whether two figures are rates of two periods ("nearly 4,000 families each week" and "4,620 families a
    month"), or one a rate and the other none ("about 12,000 pounds a year" beside "came to 14,600 pounds"):
    two quantities, never one said twice."""
    return _rate_period(a, text) != _rate_period(b, text)


def _at_one_scale(a: Claim, b: Claim) -> bool:
    """Whether two figures lie within ``_ONE_SCALE`` of each other: tied by their noun alone ("chipped around
    600 dogs", "collected 317 stray dogs"), figures further apart are two counts, as for the sole figure at
    one scale; a measure or a named amount ties figures up to twice apart."""
    low, high = sorted((abs(a.value or 0.0), abs(b.value or 0.0)))
    return high <= _ONE_SCALE * low


def _bare(c: Claim) -> bool:
    """Whether a figure is given with no hedge and no bound ("88,000", not "about 88,000", "more than 88,000")."""
    return c.shape == "exact" and c.hedge is None and not c.approximate


def _is_round(c: Claim) -> bool:
    if c.approximate and _digits(c) == 1:
        return True
    v = abs(c.value or 0)
    if v == 0:
        return False
    digits = f"{v:.0f}".rstrip("0")
    return float(v).is_integer() and len(f"{v:.0f}") - len(digits) >= 2 or \
        (c.approximate and len(digits) == 1)


def _same_time(a: Claim, b: Claim) -> bool:
    return a.when_start is None or b.when_start is None or a.when_start[:7] == b.when_start[:7]


_REFERS_BACK = re.compile(r"^(?:the\s+)?(?:same|those|these|they|them)\b", re.I)


# "... by Sunday evening", "by the end of Monday": a running total's figure up to a day
_BY_A_DAY = re.compile(rf"\bby[ \t]+(?:the[ \t]+end[ \t]+of[ \t]+)?(?:{'|'.join(WEEKDAYS)})\b", re.I)


# a length that "stood at" ("the river stood at 3.9 metres": not "the harvest now stands at 14,350
# tonnes"), a level as its ``ChangeWords.level_before`` is
_STOOD_BEFORE = re.compile(r"\bst(?:ood|ands?|anding)\b[^.;:\d]{0,15}$", re.I)


def _a_level(c: Claim, text: str, words: ChangeWords) -> bool:
    """Whether a measured quantity is a level the text reads, not an amount that adds up."""
    if c.kind != "quantity":
        return False
    lo = max(c.sentence_start, c.start - 40)
    return words.level_before.search(text, lo, c.start) is not None or (
        c.unit_compared == "meter" and _STOOD_BEFORE.search(text, lo, c.start) is not None)


def _speaks_for(a: Claim, b: Claim, text: str) -> bool:
    """Whether one figure's speaker is named as the other's body: "the council" and "council leader
    Jane Roe", "the trust" and "the trust's director, Sam Lee"."""
    for x, y in ((a, b), (b, a)):
        if not x.according_to or not y.according_to:
            continue
        body = x.according_to.split()[-1].lower()
        name = text.find(y.according_to, y.sentence_start, y.sentence_end)
        if len(body) > 3 and name > 0 and re.search(rf"\b{re.escape(body)}(?:'s|’s)?\b[^.;:\d]{{0,30}}$",
                                                      text[max(y.sentence_start, name - 40):name], re.I):
            return True
    return False


def _same_authority(a: Claim, b: Claim) -> bool:
    """Unknown, or one source: by name, or "the same officials" who refer back to it."""
    if not a.according_to or not b.according_to:
        return True
    x, y = a.according_to.lower(), b.according_to.lower()
    if _REFERS_BACK.match(x) or _REFERS_BACK.match(y):
        return True
    return x in y or y in x or x.split()[-1] == y.split()[-1]


# -- running totals ---------------------------------------------------------------------------

_EARLIER_CUE = re.compile(r"\b(?:earlier|initially|previously|originally|at[ \t]+first|"
                          r"had[ \t]+(?:reported|put|said|given))\b", re.I)
_LATER_CUE = re.compile(r"\b(?:latest|now|updated?|new[ \t]+(?:bulletin|figures?|toll))\b", re.I)


def _update_announced_before(c: Claim, text: str) -> bool:
    """Whether the sentence right before ``c``'s, a sentence of no figure, announces a new update ("On Thursday
    the agency published a new update. It puts the season's total at 1,870"): ``c`` is its later figure."""
    before = text[max(0, c.sentence_start - 160):c.sentence_start].rstrip()
    if not before.endswith((".", "!", ":")):
        return False
    before = before[:-1]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind('." '))
    said = before[cut + 1:] if cut >= 0 else ""
    return bool(said) and not any(ch.isdigit() for ch in said) and _LATER_CUE.search(said) is not None


# a count that restates the share before it is a part, no figure of the total: "women were
# two-thirds of the dead -- 97", "40% of the victims (52)" (resolve keys no quantity for it either)
SHARE_RESTATED_BEFORE = re.compile(r"(?:%|\bper\s*cent|\bpercent|\bthirds?|\bhalf|\bquarters?|\bfifths?)\s+of\s+"
                                    r"(?:the\s+|those\s+|all\s+)?[\w -]{1,30}?\s*(?:--|—|–|\()\s*$")


def share_restated_before(text: str, start: int, end: int) -> bool:
    """``SHARE_RESTATED_BEFORE.search(text, start, end)``, searched only when the window holds a
    dash or a bracket, as every match does: most windows before a figure hold none (a cheap
    ``in`` test of each, where the search tries the pattern at every position)."""
    window = text[start:end]
    return ("(" in window or "—" in window or "–" in window or "--" in window) and \
        SHARE_RESTATED_BEFORE.search(text, start, end) is not None


_CHANGES = frozenset({"rose", "fell"})     # the change measures (measures.yaml): a move, not what a total counts


def _running_totals(body: list[Claim], text: str, links: _Links) -> None:
    """One source's successive figures of one running total: each gets the one before it in time.

    Grouped by what is counted (measure and thing, or unit); without a measure the figures must
    both sit in sentences that speak of a running total ("total", "toll", "so far", "since"...)
    and be close (a running total is restated, not replaced by another order of magnitude)."""
    by_id = {c.id: c for c in body}
    changed: set[str] = set()
    reached: set[str] = set()   # a level a change reached, of no running total of its own sentence
    for c in body:      # "revised down to 52 from 58": a stated change of a toll is its earlier figure
        start = by_id.get(links.get(c, "change_from"))
        if start is not None:
            changed.add(start.id)
            reached.add(c.id)
            # only a total that cannot fall ("the toll, revised down to 52 from 58"); a profit that
            # "fell to 64 million from 68 million" is two years' figures, not one running total, and a
            # rate "down from 9%" is a share that fell
            # "charged 410 people over the year, down from 455": a period's count against the one
            # before it, unless the text says the figure was corrected
            if c.kind != "percent" and c.measure and start.measure in (None, c.measure) and (
                    links.vocab is None or links.vocab.is_cumulative(c.measure)) and (
                    links.says(_REVISED, c) or not links.says(_PERIOD, c)):
                links.set(c, earlier=start.id)
                changed.add(c.id)
    # "The toll, earlier put at 58, now stands at 52": one sentence says which figure came first
    for a, b in zip(body, body[1:]):
        if a.sentence_start != b.sentence_start or a.kind != b.kind or a.value is None or b.value is None \
                or {a.id, b.id} & (changed | reached) or b.start - a.end > 80:
            continue
        a_near = bool(_EARLIER_NEAR.search(text, max(a.sentence_start, a.start - 40), a.start))
        b_near = bool(_EARLIER_NEAR.search(text, max(a.end, b.start - 40), b.start))
        # (a change, rose or fell, is no measure of a total: "10.2% higher than a year earlier, compared with
        # 13.5% in October" gives two months' rates of change)
        if a_near != b_near and links.says(_RUNNING, a) or \
                a_near != b_near and any(m and m not in _CHANGES for m in (a.measure, b.measure)):
            earlier, later = (a, b) if a_near else (b, a)
            links.set(later, earlier=earlier.id)
            changed.update((a.id, b.id))
    grown: set[str] = changed | reached
    _subject_grown_to(body, grown, text, links)
    changed |= grown - reached
    # "nine more ceremonies followed, bringing the total so far this year to 3,100": the total an
    # addition is brought to is the running total's later figure, though kept apart from its parts
    brought_to = {links.get(c, "part_of") for c in body if links.get(c, "change") and links.get(c, "part_of")}
    groups: dict[tuple, list[Claim]] = {}
    for c in body:
        if c.value is None or c.kind == "percent" or links.get(c, "part_of") or links.get(c, "list_of") \
                or links.get(c, "change") or c.shape == "above" or c.hedge == "range" or c.id in changed \
                or c.id in links.apart and c.id not in brought_to or _converted(c, by_id, links) \
                or share_restated_before(text, max(c.sentence_start, c.start - 60), c.start):
            continue
        if _a_level(c, text, links.changes):
            continue    # "the river peaked at 4.2 metres ... stood at 3.9 metres": a level, no running total
        running = links.says(_RUNNING, c) or links.says(links.relation_words.to_date, c)
        if c.id in reached and not running:
            continue    # "turnover rose to 8.5 million from 7.9 million": a period's level, no running total
        if running and c.kind == "count" and c.measure and not c.unit:
            # "6,200 migrants had arrived since January ... 5,900 people had reached the coast since
            # January": a running count follows the one before it when one of the two has no measure
            # (a verb the vocabulary does not know) or names a thing within the other's
            groups.setdefault(("c",), []).append(c)
        if c.measure and (c.thing_class or c.unit):
            key: tuple = ("m", c.kind, c.unit_compared, c.measure, c.thing_class)
        elif running and (c.unit or c.measure):
            key = ("u", c.kind, c.unit_compared, c.measure)
        elif running and c.kind == "count":
            key = ("c",)
        else:
            continue
        groups.setdefault(key, []).append(c)
        if key[0] == "m" and c.unit and (running or _THE_TOTAL_MOVED_TO.search(
                text, max(c.sentence_start, c.start - 50), c.start)):
            # "the total had climbed to 41,200 km": the verb is the total's move, not a measure of its own;
            # "have brought in 1.84 million tonnes since July ... the haul to date at 1.71 million tonnes": a
            # running amount in a unit is one with the running amounts of that unit that name no measure
            groups.setdefault(("u", c.kind, c.unit_compared, None), []).append(c)
    for key, members in groups.items():
        for k in range(1, len(members)):
            b = members[k]
            # "the 196,000 birds culled since October 8" names the total it restates, past other counts
            # (else the nearest of its noun: "seized 1,318 e-scooters ..., and 214 riders have been charged")
            window = members[max(0, k - _WINDOW):k]
            a = next((x for x in reversed(window) if _total_named_again(x, b, text, links)
                      or _total_restated(x, b, text, links)), None) \
                or next((x for x in reversed(window) if _same_noun(x, b)), members[k - 1])
            named_again = _total_named_again(a, b, text, links) or _total_restated(a, b, text, links)
            both_running = all(links.says(_RUNNING, x) or links.says(links.relation_words.to_date, x) for x in (a, b))
            if not (_same_authority(a, b) or named_again or _speaks_for(a, b, text)
                    or both_running and _told_later(a, b, links)) \
                    or (a.where and b.where and a.where != b.where):
                continue
            if key[0] == "c" and (a.measure and b.measure and a.measure != b.measure or
                                  not (links.may_contain(a, b) or links.may_contain(b, a))):
                continue    # two measures, or things neither of which holds the other, are two totals
            if key[0] == "c" and a.measure != b.measure and not (
                    links.says(_LATER_CUE, b) or links.says(_EARLIER_CUE, a) or named_again
                    or _update_announced_before(b, text)
                    or _same_noun(a, b) and links.says(_SINCE, b) and links.says(_BY_A_DAY, a)):
                continue    # one figure's measure unknown: only an update the text announces follows it
            if {a.id, b.id} & reached and not _bulletins_of_one_total(a, b):
                continue    # a level a change reached follows only its own noun's figure of another day
            if a.sentence_start == b.sentence_start and _own_other_verb(b, text, links.vocab):
                continue    # "46 had been recruited since June, but 31 had left": two flows, not one total
            assert a.value is not None and b.value is not None      # grouped only with a value (above)
            ratio = max(a.value, b.value) / max(min(a.value, b.value), 1e-9)
            if ratio > (1.25 if key[0] == "c" else 2.0):
                continue
            same_period = a.when_start is None or b.when_start is None or a.when_start == b.when_start
            if not both_running and (key[0] != "m" or not same_period):
                continue
            earlier, later = _in_time_order(a, b, text, links)
            if _ANOTHER.search(text, max(later.sentence_start, later.start - 25), later.start):
                continue
            links.set(later, earlier=earlier.id)


def _bulletins_of_one_total(a: Claim, b: Claim) -> bool:
    """Whether two figures, one of them a level a change reached ("deliveries since July 1 reached 1.84
    million tonnes, against 1.52 million a year ago"), may be two bulletins' figures of one running total
    ("put deliveries to date at 1.71 million tonnes" on a later day): the same noun, each dated by a day
    (a quarter's income beside the half-year's, or two years' trade, are two periods' levels)."""
    days = all(c.when_start and c.when_start[:10] == (c.when_end or c.when_start)[:10] for c in (a, b))
    return _same_noun(a, b) and days


def _told_later(a: Claim, b: Claim, links: _Links) -> bool:
    """Whether the second of two figures of a running total, each said to count all there has been ("since
    the season opened", "to date", "in total"), is told as a later state of it: dated after the first, said
    to hold now ("have now been culled") or to be an update ("in an update on Thursday"), or said on a
    later weekday than the first ("the agency said on Tuesday" ... "speaking on Thursday"). Another body's
    later figure of the total is then its next value, not a rival estimate of one moment: it may not fall
    either. (The weekdays are the text's own words: a total "since June 2" is dated by its start, and a
    later bulletin's day is often read as the whole year.)"""
    if links.says(_EARLIER_CUE, b) or links.says(_NOW, a):
        return False    # "the toll of 2,360 the council had put out earlier", after "has now killed 3,621"
    later_day = bool(a.when_start and b.when_start and b.when_start > a.when_start
                     and (a.when_end or a.when_start) < (b.when_end or b.when_start))
    return later_day or links.says(_NOW, b) or links.says(_LATER_CUE, b) or _said_on_a_later_weekday(a, b, links)


def _said_on_a_later_weekday(a: Claim, b: Claim, links: _Links) -> bool:
    """Whether ``a``'s sentence names one weekday and ``b``'s a later one of the same week ("on Tuesday" ...
    "on Thursday")."""
    days = []
    for c in (a, b):
        found = {m.group(0).lower() for m in _WEEKDAY.finditer(links.text, c.sentence_start, c.sentence_end)}
        if len(found) != 1:
            return False
        days.append(WEEKDAYS[found.pop()])
    return days[1] > days[0]


_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.I)


_NOW = re.compile(r"\b(?:now|latest|updated)\b", re.I)


# "On Tuesday the petition had grown to 5,870 names", "the appeal has now passed 52,000 pounds": a thing
# named by "the" that grew to a figure, a later state of what it had (its noun for the figure may vary)
_SUBJECT_GREW_TO = re.compile(r"\b(?:the|its|their|our)[ \t]+([a-z][\w'’-]*)[ \t]+(?:(?:had|has|have|now|then"
                              r"|already|since)[ \t]+){0,2}(?:grown|grew|risen|rose|climbed|swelled|swollen|reached"
                              r"|passed|topped|gone[ \t]+up|went[ \t]+up)[ \t]+(?:to[ \t]+)?$", re.I)


def _subject_grown_to(body: list[Claim], changed: set[str], text: str, links: _Links) -> None:
    """"A petition ... had collected 5,320 signatures by August. ... On Tuesday the petition had grown to 5,870
    names": what the subject had grown to is a later figure of the running total the same subject gave
    before (the nearest figure of its kind whose sentence names that subject before it), whatever noun
    each figure is named by."""
    for k, b in enumerate(body):
        if b.value is None or b.kind == "percent" or b.id in changed or links.get(b, "earlier") \
                or links.get(b, "part_of") or links.get(b, "change"):
            continue
        grew = _SUBJECT_GREW_TO.search(text, max(b.sentence_start, b.start - 60), b.start)
        if grew is None:
            continue
        subject = re.compile(rf"\b{re.escape(grew.group(1))}\b", re.I)
        for a in reversed(body[max(0, k - _WINDOW):k]):
            if a.sentence_start == b.sentence_start or a.kind != b.kind or a.unit_compared != b.unit_compared \
                    or a.value is None or links.get(a, "part_of") or links.get(a, "change") or a.id in changed:
                continue
            if not subject.search(text, a.sentence_start, a.start):
                continue
            if max(a.value, b.value) / max(min(a.value, b.value), 1e-9) <= 1.5 \
                    and not (a.when_start and b.when_start and b.when_start < a.when_start):
                links.set(b, earlier=a.id, direction=1)     # the text says it grew
                changed.update((a.id, b.id))
            break       # the nearest figure of its kind with that subject only


def _converted(c: Claim, by_id: dict[str, Claim], links: _Links) -> bool:
    """Whether ``c`` restates the figure before it in another unit ("160 km (99 miles)"): one
    quantity twice, never a later value of a running total."""
    first = by_id.get(links.get(c, "same_as"))
    return first is not None and first.unit != c.unit


_VERB_AFTER = re.compile(r"[ \t]+(?:[a-z][\w'’-]*[ \t]+)?(?:had|have|has|were|was|are|is)[ \t]+(?:been[ \t]+)?"
                         r"([a-z][\w'’-]*)", re.I)


def _own_other_verb(c: Claim, text: str, vocab: Vocabulary | None) -> bool:
    """Whether ``c`` is followed by a verb of its own that is not its measure's ("31 had left"): its
    measure was read from another clause."""
    verb = _VERB_AFTER.match(text, c.end, c.sentence_end)
    return bool(verb and vocab is not None and vocab.measure_by_word.get(fold_keyword(verb.group(1))) != c.measure)


_SINCE = re.compile(r"\bsince\b", re.I)     # "since Saturday" dates the start of a total, not when it held
_SO_FAR = re.compile(r"\b(?:so[ \t]+far|to[ \t]+date)\b", re.I)


def _same_noun(a: Claim, b: Claim) -> bool:
    """Whether two figures count the same noun, a compound's last part included ("e-scooters", "scooters")."""
    return bool(a.thing and b.thing) and stem(_last_part(a.thing or "")) == stem(_last_part(b.thing or ""))


def _last_part(thing: str) -> str:
    return thing.split()[-1].rsplit("-", 1)[-1]


def _total_named_again(a: Claim, b: Claim, text: str, links: _Links) -> bool:
    """Whether ``b`` names ``a``'s running total again, whoever says it and with whatever verb: "culled
    212,000 birds since October 8 ... the 196,000 birds culled since October 8": "the" and the thing
    refer back, and both count from the same start ("since", the same month)."""
    if not (_DEFINITE_BEFORE.search(text, max(b.sentence_start, b.start - 6), b.start) and _same_noun(a, b)):
        return False
    same_month = bool(a.when_start and b.when_start and a.when_start[:7] == b.when_start[:7])
    if same_month and links.says(_SINCE, a) and links.says(_SINCE, b):
        return True
    # "182,400 people have had a jab so far ... the 176,900 people vaccinated so far": one count, one day
    return bool((same_month or not a.when_start or not b.when_start) and a.measure is not None
                and a.measure == b.measure and links.says(_SO_FAR, a) and links.says(_SO_FAR, b))


# "the total had climbed to 43,800", "the tally now stands at": the running total named by its noun alone
_THE_TOTAL_MOVED_TO = re.compile(r"\bthe[ \t]+(?:running[ \t]+|overall[ \t]+)?(?:total|tally|count)[ \t]+"
                                 r"(?:(?:had|has|have|now|then|already|since)[ \t]+){0,2}"
                                 r"(?:climbed|risen|rose|grown|grew|reached|fallen|fell|dropped|gone[ \t]+up"
                                 r"|stood|stands|was|is)[ \t]+(?:to|at)?[ \t]*$", re.I)
_WORDS = re.compile(r"[a-z]+")


def _total_restated(a: Claim, b: Claim, text: str, links: _Links) -> bool:
    """Whether ``b`` is a later figure of the running total ``a`` counts "since" a start, whoever
    says it: "the total had climbed to 41,200 km" after "walked 38,900 km since March 1", or "the
    club's count of trees planted since March stood at 7,300" after "we have planted 7,700 trees
    since March" (the same start and ``a``'s noun in ``b``'s)."""
    if a.kind != b.kind or a.unit_compared != b.unit_compared or not links.says(_SINCE, a):
        return False
    if _THE_TOTAL_MOVED_TO.search(text, max(b.sentence_start, b.start - 50), b.start):
        return True
    if not links.says(_SINCE, b) or not a.when_start or a.when_start != b.when_start or not a.thing or not b.thing:
        return False
    nouns = {stem(w) for w in _WORDS.findall(a.thing.lower()) if w not in _STOP and len(w) > 3}
    return any(stem(w) in nouns for w in _WORDS.findall(b.thing.lower()) if w not in _STOP)


# (not the "First" of a name: "the First World War", "First Avenue")
_EARLIER_NEAR = re.compile(r"\b(?:earlier|initially|previously|originally|first(?![ \t]+(?-i:[A-Z]))|previous"
                           r"|initial|original)\b[^.;:\d]{0,30}$", re.I)


def _in_time_order(a: Claim, b: Claim, text: str, links: _Links) -> tuple[Claim, Claim]:
    """``a`` comes first in the text; which of the two figures held earlier?"""
    if links.get(b, "change_from") == a.id:
        return a, b
    if links.get(a, "change_from") == b.id:
        return b, a
    a_near = bool(_EARLIER_NEAR.search(text, max(a.sentence_start, a.start - 40), a.start))
    b_near = bool(_EARLIER_NEAR.search(text, max(b.sentence_start, b.start - 40), b.start))
    if a_near != b_near:
        return (a, b) if a_near else (b, a)
    ea, eb = a.when_end or a.when_start, b.when_end or b.when_start
    since = links.says(_SINCE, a) or links.says(_SINCE, b)
    if ea and eb and ea[:10] != eb[:10] and not since:
        return (a, b) if ea < eb else (b, a)
    if a.sentence_start != b.sentence_start and links.says(_EARLIER_CUE, b) and not links.says(_EARLIER_CUE, a):
        return b, a
    return a, b
