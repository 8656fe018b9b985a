"""Which of a sentence's times, places and attributions belong to each of its figures.

``SentenceScope`` finds a sentence's times (``when``), places and attributions (``scope``) the
first time one of its numbers becomes a claim; ``SentenceIndex`` keeps their offsets sorted, so
that each figure finds its nearest by bisection, and knows which are another figure's: the
period of a figure of comparison ("up from 3% in June"), the time of a statement ("said on
Friday"), the place that introduces the next figure ("followed by Burundi with 1,579"), the
source that introduces the next number ("The UN said 30 died, medics said 40").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Sequence

from auditor.extract import scope as sc
from auditor.extract.lexicon import Lexicon, per_vocabulary
from auditor.extract.mentions import Mention
from auditor.extract.numbers import phrase_alternation
from auditor.extract.when import DEFAULT_FISCAL, Fiscal, TimeCues, TimeScope, moved_back, time_expressions
from auditor.vocabulary import Vocabulary

# a figure of comparison: "up from 3%", "compared with 4125", "more than the 3,628", "second only to the
# march of 2 million", "behind the protest of nearly 2 million on June 16" (June 16 is that figure's)
COMPARED_BEFORE = re.compile(r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?|than|behind|ahead\s+of|only\s+to)"
                              r"\s+(?:(?:the|a|an|its|their)\s+[a-z-]+\s+of\s+|the\s+)?$"
                              # a rate, then the one it follows: "at 0.4 percent after 0.6 percent in April",
                              # "flat, at 0.0 percent, after a 0.8 percent rise in January" (April is the 0.6's)
                              r"|(?:(?<=cent )|(?<=cent, )|(?<=% )|(?<=%, )|(?<=pc )|(?<=pc, )"
                              r"|(?<=points )|(?<=points, ))"
                              r"after\s+(?:(?:an?|the|its)\s+(?:[a-z-]+\s+of\s+)?)?$")
# the kinds of figure a period named before carries to (a count in breaking news is of its own day)
_CARRIED_KINDS = frozenset({"percent", "currency"})


class BaseGaps:
    """The patterns of the words between a figure and a base of comparison after it, from one vocabulary: the
    words that make an earlier time after a figure the base of a change measured on it (``earlier_gap_links``,
    ``earlier_gap_directions``), and those that make a base after a figure another figure's
    (``own_base_gap_stops``)."""

    def __init__(self, vocab: Vocabulary) -> None:
        links = vocab.words("earlier_gap_links")
        directions = vocab.words("earlier_gap_directions")
        # "0.17 percent posted in the same month a year earlier", "2,968.6 points a week earlier" (a few words
        # between, lower case, no figure and no stop; not a change measured on it: "up 6.8 percent from a year
        # earlier", "100 million more than a year earlier" are the figure's own period's)
        self.earlier_after = re.compile(rf"(?:[ \t]+(?!(?:{phrase_alternation(links)})\b)[a-z]+){{0,3}}"
                                        r"[ \t]+the[ \t]+(year|month|week)[ \t]+before\b"
                                        rf"|(?:[ \t]+(?!(?:{phrase_alternation(links + directions)})\b)[a-z]+){{0,5}}?"
                                        r"[ \t]+(?:a|one)[ \t]+(year|month|week)[ \t]+(?:earlier|before|ago)\b")
        # between a figure and the base of comparison that is its own period ("0.8 percent in the same period
        # of 2008", "1.7 percent posted in the previous quarter", "8,900 cases recorded in the same period of
        # 2022")
        self.own_base_gap = re.compile(rf"[ \t]+(?:(?!(?:{phrase_alternation(vocab.words('own_base_gap_stops'))})\b)"
                                       r"[a-z]+[ \t]+){0,2}(?:(?:in|of|for|during)[ \t]+)?"
                                       r"(?:the[ \t]+same[ \t]+[a-z]+[ \t]+)?")


base_gaps = per_vocabulary(BaseGaps)
# the words of when's bases of comparison, kept per vocabulary (when.py is below the lexicon's imports)
time_cues = per_vocabulary(TimeCues)


# between a time and the figure it names as its owner: "last year's P1.6 billion", "October's Rs 1.72 lakh crore"
_OWNER_GAP = re.compile(r"['’]s?[ \t]+(?:[a-z]+[ \t]+)?")


# after a figure, the points an index's level or move is told in ("5,230.17 points", "(2967.3) points")
_POINTS_AFTER = re.compile(r"\)?[ \t]+(?:points?|pts)\b")
# before an index's level at the end of a period: "to close the week at", "ended at", "to"
_LEVEL_AT_BEFORE = re.compile(r"\b(?:at|to)[ \t]+\(?$")
# before a figure of the period before, in a weekly report: "from", "against", "compared with"
_LEVEL_BASE_BEFORE = re.compile(r"\b(?:from|against|compared[ \t]+(?:with|to)|versus|vs\.?)[ \t]+\(?$")
# before the level of something at a period's end whatever its unit: "stood at KWD 27.7 billion"
_STOOD_AT_BEFORE = re.compile(r"\b(?:stood|stands|standing|closed|closing|ended|ending|finished|settled)[ \t]+"
                              r"(?:the[ \t]+(?:week|month|year|session)[ \t]+)?at[ \t]+\(?$")


def _week_level(text: str, m: Mention, t: TimeScope, points: bool) -> TimeScope | None:
    """The day (or the week before) of a figure of a weekly report of a market, when its words make it a
    level at the period's close or a figure of the week before: "to close the week at 5,230.17 points" is
    of the period's last day, "compared with 5,356.25 points" of the last day a week before, "from KWD
    176.07 million" of the week before. None when neither, or when the period is longer than a week."""
    if (t.when_end - t.when_start).days >= 7:
        return None     # "stood at 41.2%" in a month, "at the end of March" of a running total: the period's
    at = m.start
    if text[max(0, at - 2):at].rstrip(" \t").endswith("("):
        # "KWD 27.7 billion ($89.75 billion)": the conversion of the figure before the bracket
        converted = _CONVERTED_BEFORE.search(text, max(0, at - 40), at)
        at = converted.start() if converted is not None else at
    lead = text[max(0, at - 45):at]
    if _LEVEL_BASE_BEFORE.search(lead) is not None:
        level = points or _LEVEL_OF_CLAUSE.search(text, max(0, at - 120), at) is not None
        back = moved_back(t.when_start, t.when_end, "week")
        return TimeScope(t.start, t.end, back[1], back[1]) if level else TimeScope(t.start, t.end, back[0], back[1])
    if (points and _LEVEL_AT_BEFORE.search(lead) is not None) or _STOOD_AT_BEFORE.search(lead) is not None:
        return TimeScope(t.start, t.end, t.when_end, t.when_end)
    return None


# a level told in the clause before a figure of comparison: "stood at ... at the end of the week, down from"
_LEVEL_OF_CLAUSE = re.compile(r"\b(?:stood|stands|closed|ended|finished|settled)[ \t]+at\b(?:[^;.]|\.\d)*$")
# a figure and the bracket that opens after it, which holds the same figure in another unit: "KWD 27.7 billion ("
_CONVERTED_BEFORE = re.compile(r"[A-Za-z$€£]{0,4}[ \t]?\d[\d.,]*(?:[ \t]+(?:billion|million|trillion|bn|mn|m))?"
                               r"[ \t]*\($")


# right after the first figure of "from A to B": "to B" with no time between
_FROM_TO_AFTER = re.compile(r"[ \t]+to[ \t]+(?:(?:about|around|some|nearly|almost|over|roughly)[ \t]+)?"
                            r"[^\s\d]{0,4}[ \t]?\d")


def _one_before(t: TimeScope, unit: str) -> TimeScope | None:
    """``t`` a year, a month or a week earlier (a month's last day stays its month's last day: 29
    February 2024 a year back is 28 February 2023)."""
    start, end = moved_back(t.when_start, t.when_end, unit)
    return TimeScope(t.start, t.end, start, end)
_THAN_BEFORE = re.compile(r"\bthan\s+(?:in\s+|on\s+|at\s+)?$")
# a noun and the time of its own that follows: "for courses starting in September"
_NOUN_TIME_WORDS = ("starting", "beginning", "opening")
_NOUN_TIME_BEFORE = re.compile(r"\bfor\s+(?:the\s+|its\s+|their\s+)?[a-z]+(?:\s+[a-z]+)?\s+$")
_NOUN_TIME_WORD_BEFORE = re.compile(r"\bfor\s+(?:the\s+|its\s+|their\s+)?[a-z]+(?:\s+[a-z]+)?\s+"
                                    r"(?:starting|beginning|opening|due|held|running)\s+(?:in\s+|on\s+|from\s+)?$")
# between a figure and a time that is not its own: a part of it ("most of them"), a later clause
# ("..., and that ...", "once ...")
_NOT_ITS_OWN_GAP = re.compile(r"\b(?:most|many|some|half|several|all|nearly\s+all|almost\s+all|the\s+majority|"
                              r"the\s+bulk)\s+of\s+(?:them|those|these|which|whom)\b"
                              r"|,\s+(?:and|but)\s+(?:that|said|says|added)\b|\bonce\b"
                              # the next clause after a semicolon ("staying at 23.4 per cent; with the election on
                              # 11 September, ..."), an earlier move ("to 1,230 points, after adding 15 on Monday")
                              r"|;|,\s+after\s+(?:[a-z]+ing|a\s+[a-z]+\s+of)\b")
# "since the season opened on April 2": the event's time opens the figure's period
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;.]*$", re.I)


class EventTimes:
    """The patterns of a time that is not the figures' own, from one vocabulary: a verb of a thing's own
    history right before it ("first held in 2016", "will reopen in April": ``history_verbs``), a
    publication's day ("the survey published on Thursday": ``release_participles``), an event noun right
    after it ("at the March election": ``event_nouns``, ``event_modifiers``). Each pattern has a cheap
    pre-check made from the same words: the last word of each phrase, looked for in the text before."""

    def __init__(self, vocab: Vocabulary) -> None:
        history = vocab.words("history_verbs")
        released = vocab.words("release_participles")
        self.history_words = tuple({w.split()[-1] for w in history} | {"first "})
        self.release_words = tuple({w.split()[-1] for w in released})
        # (and a relative clause of a first time: "Ambrolauri airport, which first took passengers in 2017",
        # "the virus, first detected in March", "a fair that was first staged on 4 May")
        self.history_before = re.compile(rf"(?:\b(?:{phrase_alternation(history)})\s+(?:back\s+|first\s+)?"
                                         r"|(?:\b(?:which|that|who)|,)\s+(?:(?:was|were|had|has|have)\s+)?first\s+"
                                         r"[a-z]+(?:\s+[a-z]+){0,2}\s+)"
                                         r"(?:(?:in|on)\s+)?(?:the\s+)?$")
        self.published_before = re.compile(rf"\b(?:[a-z]+\s+)(?:{phrase_alternation(released)})\s+"
                                           r"(?:on\s+|this\s+|last\s+)?$")
        tenure = vocab.words("tenure_words")
        # "in power since 2014", "has represented as a senator since 2014": a tenure's start (read at "since")
        self.tenure_before = re.compile(rf"\b(?:{phrase_alternation(tenure)})(?:\s+[a-z]+){{0,3}}?\s+$") \
            if tenure else None
        modifiers = vocab.words("event_modifiers")
        modifier = rf"(?:(?:{phrase_alternation(modifiers)})[ \t]+)?" if modifiers else ""
        self.event_noun_after = re.compile(rf"[ \t]+{modifier}(?:{phrase_alternation(vocab.words('event_nouns'))})\b")


    def tenure_start(self, text: str, t: TimeScope) -> bool:
        """Whether ``t`` ("since 2014") opens a tenure named right before it ("in power since 2014")."""
        return self.tenure_before is not None and text.startswith(("since", "Since"), t.start) \
            and self.tenure_before.search(text, max(0, t.start - 60), t.start) is not None


event_times = per_vocabulary(EventTimes)
# between an event's time and a figure of its own: "first held in 2016 with 40 swimmers"
_WITH_GAP = re.compile(r",?[ \t]+with[ \t]+(?:about[ \t]+|some[ \t]+|just[ \t]+|only[ \t]+)?")
# a clause of its own after a figure of comparison and its time: ", as food fell 1.05 percent"
_CLAUSE_AFTER_COMPARED = re.compile(r",\s+(?:as|while|whereas|but|with)\s")
# "told the assembly yesterday", "told a news conference on Friday": a statement to a body of listeners
_TOLD_THE_BEFORE = re.compile(r"\b(?:told|briefed|informed)\s+(?:the|a|an)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:on\s+)?$")
# what ends an item of a list right after its figure: a stop, a comma, a semicolon, a bracket
_LIST_ITEM_END = re.compile(r"[ \t]*(?:[,;.)]|\((?!per\b)|$)")
# a name and an opening bracket right before a figure: "Mindanao (", "Class D ("
_NAMED_IN_BRACKETS = re.compile(r"\b[A-Z][\w'’-]*[ \t]+\($")
# a reporting verb in the passive before a time: the period of what was counted, not of a statement
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|been|being|is|are)\s+(?:[a-z]+ly\s+)?(?:reported|recorded|registered)"
                             r"\s+(?:(?:in|on|during)\s+)?$")
# what lies between a reporting verb and the number it introduces: "said 40", "said that 40"
_INTRODUCES = re.compile(r"[ \t]+(?:that[ \t]+)?")
# a forecast's object before its figure: "RIM forecast second-quarter revenue of", "Apple expects sales of"
_INTRODUCES_OBJECT = re.compile(r"[ \t]+(?:[\w-]+[ \t]+){1,3}of[ \t]+")


# a place right before the next figure, with its "with" or none: "followed by Burundi with 1,579",
# "..., Bauchi 92 and Taraba 73", "Nakuru county with 21", "Kandy district (2,540)"
_PLACE_BEFORE_FIGURE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’.-]*)*"
                                  + sc.PLACE_KIND_AFTER + r"(?:,[ \t]+where[ \t]+|"   # "Taroudant, where 452"
                                  # "Kandy district second at 310", "Matale follows with 95": the rank it holds
                                  r"(?:[ \t]+(?:follows|followed|comes|came|ranks|ranked|next|second|third|fourth"
                                  r"|fifth)){0,2}[ \t]+"
                                  r"(?:(?:with|at|had|has|on)[ \t]+|\()?)(?:about[ \t]+|nearly[ \t]+|some[ \t]+|"
                                  r"more[ \t]+than[ \t]+|at[ \t]+least[ \t]+)?")
# between a figure and the place its own clause names after it: no comma, no other clause ("another 44 were
# rescued from a second dinghy off Lesbos")
_OWN_PLACE_AFTER = re.compile(r"[^,;:]{0,80}")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[A-Z\"“]|\n")


# between a figure and the place that is its own: "four in Lautoka", "12 cases at Nadi"
_OWN_PLACE_GAP = re.compile(r"[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:in|at)[ \t]+(?:the[ \t]+)?"
                            r"(?:(?:nearby|neighbouring|neighboring)[ \t]+)?")       # "five in nearby Callao"
# where the next clause of a sentence opens
_NEXT_CLAUSE = re.compile(r";|,[ \t]+(?:while|whereas|but)[ \t]")


def _adjunct_gap(text: str, start: int, end: int, words: int) -> bool:
    """Whether ``text[start:end]`` is short enough for a time after it to qualify the figure at its start:
    at most ``words`` words and no punctuation ("12| more |on Tuesday", not "40| centimetres below the
    record set |in 1998")."""
    gap = text[start:end]
    return len(gap) <= 50 and len(gap.split()) <= words and not any(c in gap for c in ",;:()") \
        and ". " not in gap


# words that make the time after a figure a base of comparison ("10.27 per cent above the 2021-22 fiscal")
_COMPARED_WORDS = frozenset({"above", "below", "than", "over", "against", "from", "versus", "vs", "compared",
                             "since", "after", "before", "ahead", "behind"})


class SentenceIndex:
    """Sorted offsets of a sentence's times, places, attributions and claims, so that
    each claim finds its nearest ones by bisection (a sentence of a thousand claims
    must not cost a million comparisons)."""

    def __init__(self, text: str, times, places, attributions, free_starts: list[int],
                 stated_at: re.Pattern[str], events: EventTimes, gaps: BaseGaps,
                 before: TimeScope | None = None) -> None:
        # most sentences have no time, place or attribution, or only one: then there is nothing
        # to compare, and no list of offsets is built
        self.text = text
        self.times = times
        self.time_starts: Sequence[int] = [t.start for t in times] if len(times) > 1 else ()
        self.places = places                    # sorted by offset (places_in)
        self.place_starts: Sequence[int] = [p for p, _ in places] if len(places) > 1 else ()
        self.attributions = attributions
        self.att_starts: Sequence[int] = [a.start for a in attributions] if attributions else ()
        self.free_starts = free_starts
        # a reporting verb right before a time: the time of the statement ("said on Friday")
        self.stated_at = stated_at
        self.events = events        # the times of events and publications, not the figures'
        self.gaps = gaps            # the words between a figure and a base of comparison
        # the period a sentence before named, which a rate or an amount with none here is of
        self.before = before if before is not None and before.when_start != before.when_end else None
        self._kinds: dict[int, tuple[bool, bool, bool]] = {}      # _time_kind of each time, by its start

    def nearest_time(self, m: Mention):
        t = self._nearest_time(m)
        if t is not None and self.before is not None and m.kind in _CARRIED_KINDS and self._stated_at(t):
            # "The minister told Parliament yesterday that the estimates were made up of $432.6 billion":
            # the day it was said, when a period named before is the figure's
            t = None
        points = _POINTS_AFTER.match(self.text, m.end) is not None if m.kind == "count" else False
        if t is None and self.before is not None and (m.kind in _CARRIED_KINDS or self._a_bare_rate(m) or points):
            # "GDP grew 0.8 percent in July to September. ... Seasonally adjusted, it grew one
            # percent": a release's period holds for the rates and amounts after it that name none
            # (and an index's move or level in points: "fell 2.35%, or 126.08 points")
            t = self.before
        if t is not None and t.when_start != t.when_end and (points or m.kind in _CARRIED_KINDS):
            level = _week_level(self.text, m, t, points)
            if level is not None:
                return level
        after = self.text[m.end:m.end + 60] if t is not None or self.times else ""
        earlier = self.gaps.earlier_after.match(self.text, m.end, m.end + 60) \
            if "earlier" in after or "before" in after or " ago" in after else None
        if earlier is not None:
            # "a rise of 230 on the 1,250 finished the year before": the period before the sentence's
            if " same " in earlier.group():
                # "rose 1.31 percent in January, the opening month of 2013, from 0.17 percent in the same
                # month a year earlier": the shortest period named before, the one "the same" points to
                t = min((u for u in self.times if not u.base and u.end <= m.start and u.when_start != u.when_end),
                        key=lambda u: u.when_end - u.when_start, default=t)
            if t is not None:
                t = _one_before(t, earlier.group(1) or earlier.group(2))
        elif t is not None and 364 <= (t.when_end - t.when_start).days <= 365 and m.start >= 5 \
                and self.text.startswith("from ", m.start - 5) and _FROM_TO_AFTER.match(self.text, m.end):
            # "fell 2.85 percent in 2023, from $52.68 billion to $51 billion": the start of a year's move
            # is the year before's figure
            t = _one_before(t, "year")
        return t

    def _a_bare_rate(self, m: Mention) -> bool:
        """Whether ``m`` is a number with decimals and nothing after it that makes it a count: a rate
        or a level a list gives bare ("Labour 33.1 per cent (down 2.4); Greens 2.8"), of the period
        the rates before it are of, not a count of people (whole, or scaled: "1.2 million")."""
        if m.kind != "count" or m.unit is not None or m.scaled or m.multiplier != 1:
            return False
        if "." in self.text[m.number_start:m.number_end]:
            # nothing after it that could be its unit or a clause going on ("4.6 per billion", "from 5.1 to")
            return _LIST_ITEM_END.match(self.text, m.end) is not None
        # "highest in Mindanao (93), and also high in NCR (80 percent)": a name's figure in brackets
        return self.text.startswith(")", m.end) and _NAMED_IN_BRACKETS.search(self.text, max(0, m.start - 40),
                                                                             m.start) is not None

    def _nearest_time(self, m: Mention):
        if len(self.times) <= 1:
            if not self.times or self._compared_after(m, self.times[0]) or self._of_something_else(m, self.times[0]) \
                    or (self.times[0].base and self._base_of_another(m, self.times[0])):
                return None
            return self.times[0]
        i = bisect.bisect_left(self.time_starts, m.start)
        near = [t for t in self.times[max(0, i - 3):i + 3] if not (t.base and self._base_of_another(m, t))]
        # the time of a statement ("said on Friday") dates a figure only when nothing else does;
        # a time after a figure of comparison ("up from 3% in June") is that figure's, and one of
        # a part, a noun or a later clause is theirs
        own = [t for t in near if not self._compared_after(m, t) and not self._of_something_else(m, t)
               and not self._of_a_figure_compared(m, t)]
        for t in own:
            if t.base and m.end <= t.start \
                    and self.gaps.own_base_gap.fullmatch(self.text, m.end, t.start) is not None:
                return t    # "the 8,900 cases recorded in the same period of 2022": its own, however far
        if len(own) > 1:
            # "5498 last month (June), while 3023 have been reported so far this month": the time of
            # the figure's own clause, when it has one
            clause = [t for t in own if not _NEXT_CLAUSE.search(self.text, min(t.end, m.end), max(t.start, m.start))]
            own = clause or own
        if any(m.end <= t.start and not t.base and _adjunct_gap(self.text, m.end, t.start, 3)
               and _COMPARED_WORDS.isdisjoint(self.text[m.end:t.start].lower().split()) and not self._stated_at(t)
               for t in own):
            # "arrested 40 people on Monday and 12 more on Tuesday": Monday is the 40's, Tuesday the 12's
            own = [t for t in own if not self._of_the_figure_before(m, t)]
        told = [t for t in own if not self._stated_at(t)]
        return min(told or own, key=lambda t: (min(abs(t.start - m.end), abs(m.start - t.end)), t.start),
                   default=None)

    def _of_the_figure_before(self, m: Mention, t) -> bool:
        """Whether ``t``, a time between another figure and ``m``, follows that figure closely: it is
        then that figure's time, not ``m``'s ("40 people on Monday and 12 more on Tuesday")."""
        if t.end > m.start:
            return False
        k = bisect.bisect_left(self.free_starts, t.start) - 1
        before = self.free_starts[k] if k >= 0 else -1
        return 0 <= before != m.start and _adjunct_gap(self.text, before, t.start, 6)

    def main_period(self) -> TimeScope | None:
        """The first period (more than a day) of the sentence that is neither a base of comparison
        nor when it was said: the period a report names first is the one its figures are of, later
        ones compare."""
        return next((t for t in self.times if t.when_start != t.when_end and not t.base
                     and not self._stated_at(t) and not self._of_a_comparison(t) and not self._of_an_event(t)), None)

    def _of_an_event(self, t) -> bool:
        """Whether ``t`` is the time of an event a noun names, not of the report's figures: after a
        verb that dates a thing's own history ("first held in 2016", "put up for sale in May", "will
        reopen in April", "founded in 1979"), or before an event noun ("at the March election")."""
        _, event_verb, event_noun = self._time_kind(t)
        return event_verb or event_noun

    def _time_kind(self, t) -> tuple[bool, bool, bool]:
        """Whether ``t`` is a publication's day ("published on Thursday"), an event's time after its verb
        ("first held in 2016") or before its noun ("the March election"); read once for each time."""
        kind = self._kinds.get(t.start)
        if kind is None:
            before = self.text[max(0, t.start - 40):t.start]
            events = self.events
            kind = self._kinds[t.start] = (
                any(w in before for w in events.release_words)
                and events.published_before.search(self.text, max(0, t.start - 24), t.start) is not None,
                any(w in before for w in events.history_words) and not _SINCE_BEFORE.search(before)
                and events.history_before.search(self.text, max(0, t.start - 40), t.start) is not None
                or events.tenure_start(self.text, t),
                before.endswith("the ") and events.event_noun_after.match(self.text, t.end) is not None)
        return kind

    def _of_a_comparison(self, t) -> bool:
        """Whether the figure right before ``t`` is one of comparison ("from Rs 52,758 crore in
        the first quarter of last year"): ``t`` is then its period, not the sentence's."""
        k = bisect.bisect_left(self.free_starts, t.start) - 1
        nxt = self.free_starts[k] if k >= 0 else -1
        return nxt >= 0 and COMPARED_BEFORE.search(self.text, max(0, nxt - 30), nxt) is not None

    def _of_a_figure_compared(self, m: Mention, t) -> bool:
        """Whether ``t`` is the time of a figure of comparison before it, and ``m`` is in a clause
        after it ("stood at 124.9 in September, down from 125.8 in August, as food fell 1.05 percent":
        August is 125.8's, not 1.05's, which takes the sentence's other time)."""
        if m.start < t.end:
            return False
        k = bisect.bisect_left(self.free_starts, t.start) - 1
        nxt = self.free_starts[k] if k >= 0 else -1
        return nxt >= 0 and nxt != m.start and t.start - nxt < 40 \
            and COMPARED_BEFORE.search(self.text, max(0, nxt - 30), nxt) is not None \
            and _CLAUSE_AFTER_COMPARED.search(self.text, t.end, m.start) is not None

    def _base_of_another(self, m: Mention, t) -> bool:
        """Whether ``t`` is a base of comparison that is not the period of ``m``: only the figure
        right before "in the same period of 2008", or one of comparison ("Against the March
        quarter, profit slipped 2.7 per cent from Rs 11,392 crore"), is of it."""
        if t.end <= m.start and _OWNER_GAP.fullmatch(self.text, t.end, m.start) is not None:
            return False    # "2 percent below October's Rs 1.72 lakh crore": the base figure its time names
        return not (m.end <= t.start and self.gaps.own_base_gap.fullmatch(self.text, m.end, t.start) is not None) \
            and not COMPARED_BEFORE.search(self.text, max(0, m.start - 30), m.start)   # "... from Rs 11,392 crore"

    def _of_something_else(self, m: Mention, t) -> bool:
        """Whether ``t`` dates something other than ``m``: a part of it ("nearly 40 days, most of
        them between November and February"), a noun ("for courses starting in September") or a
        later clause ("..., and that output would recover once pumps were installed in January")."""
        if _NOUN_TIME_BEFORE.search(self.text, max(0, t.start - 40), t.start) is not None \
                and self.text.startswith(_NOUN_TIME_WORDS, t.start) or _NOUN_TIME_WORD_BEFORE.search(
                    self.text, max(0, t.start - 50), t.start) is not None:
            return True
        published, event_verb, event_noun = self._time_kind(t)
        if published:
            return True     # "according to the survey published on Thursday": the day of the publication
        if event_verb:
            # "first held in 2016 with 40 swimmers": its own figure; not "will reopen in April after a
            # rebuild costing 1.35 million euros"
            return not (t.end <= m.start and _WITH_GAP.fullmatch(self.text, t.end, m.start) is not None)
        if event_noun and ";" in self.text[min(t.end, m.end):max(t.start, m.start)]:
            return True     # "at the March election; seats require 5 percent": a figure of another clause
        if self._in_other_brackets(m, t):
            return True     # "rose 5.5 percent (6.3 percent in April)": the bracketed comparison's own time
        return t.start >= m.end and _NOT_ITS_OWN_GAP.search(self.text, m.end, t.start) is not None

    def _in_other_brackets(self, m: Mention, t) -> bool:
        """Whether ``t`` stands inside brackets (within the sentence) that do not hold ``m``: a comparison
        or an aside set off there dates only the figures inside ("9.8 percent (10.3 percent in November)")."""
        text = self.text
        opened = text.rfind("(", max(0, t.start - 80), t.start)
        if opened < 0 or text.find(")", opened, t.start) >= 0 or text.find(". ", opened, t.start) >= 0 \
                or not any(c.isdigit() for c in text[opened:t.start]):
            return False    # "(in March, seasonally adjusted)": the figure's own time, glossed
        closed = text.find(")", t.end, t.end + 80)
        return closed >= 0 and not (opened < m.start and m.end <= closed)

    def _stated_at(self, t) -> bool:
        """Whether a reporting verb right before ``t`` makes it the time of a statement ("said on
        Friday"), not a passive one of what was counted ("4,239 cases were reported in May")."""
        return (self.stated_at.search(self.text, max(0, t.start - 24), t.start) is not None
                or _TOLD_THE_BEFORE.search(self.text, max(0, t.start - 40), t.start) is not None) \
            and _PASSIVE_BEFORE.search(self.text, max(0, t.start - 30), t.start) is None

    def _compared_after(self, m: Mention, t) -> bool:
        """Whether a figure introduced by "from", "compared with"... lies between ``m`` and
        the time ``t`` after it."""
        if t.start < m.end:
            return False
        k = bisect.bisect_left(self.free_starts, m.end)
        # "a surplus of £2.0 billion, £1.0 billion more than in July 2017": the time of a comparison
        than = _THAN_BEFORE.search(self.text, max(m.end, t.start - 12), t.start) is not None
        while k < len(self.free_starts) and self.free_starts[k] < t.start:
            nxt = self.free_starts[k]
            if nxt > m.start and (than or COMPARED_BEFORE.search(self.text, max(m.end, nxt - 30), nxt)):
                return True
            k += 1
        return False

    def nearest_place(self, pos: int, end: int | None = None, following: int | None = None) -> str | None:
        """The place nearest the claim at ``pos``; with ``end`` and ``following`` (the start of
        the next figure), not one that belongs to the next figure: one after it ("nine deaths,
        seven of which were in Louisville"), or one that introduces it ("8,662, followed by
        Burundi with 1,579")."""
        if len(self.places) <= 1:
            if not self.places:
                return None
            p = self.places[0][0]
            if end is not None and following is not None and end <= p < following \
                    and _PLACE_BEFORE_FIGURE.fullmatch(self.text, p, following):
                return None     # "the heaviest toll (1,293), followed by Taroudant (452)": the next figure's
            return self.places[0][1]
        i = bisect.bisect_left(self.place_starts, pos)
        near = self.places[max(0, i - 2):i + 2]
        if end is not None:
            for p, name in near:
                if pos <= p and (p < end or _OWN_PLACE_GAP.fullmatch(self.text, end, p)):
                    return name     # "found in Suva, four in Lautoka": the place the claim itself names
                if p < pos and _PLACE_BEFORE_FIGURE.fullmatch(self.text, p, pos):
                    return name     # "..., Bauchi 92 and Taraba 73": the place that introduces it
        if end is not None and following is not None:
            own = [(p, name) for p, name in near
                   if p < end or (p < following and not _PLACE_BEFORE_FIGURE.fullmatch(self.text, p, following))]
            near = own or near
        if end is not None and following is not None and len(near) > 1:
            # "44 landed on Kalymnos and another 44 were rescued off Lesbos": the place between the
            # figure before and this one is that figure's, when this one's clause names its own after it
            k = bisect.bisect_left(self.free_starts, pos) - 1
            before = self.free_starts[k] if k >= 0 else -1
            if before >= 0 and _SENTENCE_END.search(self.text, before, pos):
                before = -1     # the figure before is another sentence's
            after = [(p, name) for p, name in near
                     if end <= p < following and _OWN_PLACE_AFTER.fullmatch(self.text, end, p)]
            if before >= 0 and after and any(before < p < pos for p, _ in near):
                near = [(p, name) for p, name in near if not before < p < pos] or near
        if end is not None and near[0][0] < pos and near[-1][0] >= end:
            # "South Korea's count rose to 833 with seven deaths, while Italy has reported 152": a
            # place past the clause that holds the figure is another clause's, when one stands before
            mine = [(p, name) for p, name in near if p < end or not _NEXT_CLAUSE.search(self.text, end, p)]
            near = mine or near
        return sc.nearest(near, pos)

    def next_free_start(self, m: Mention) -> int | None:
        """Start of the first claim (not a part) at or after the end of ``m``."""
        i = bisect.bisect_left(self.free_starts, m.end)
        while i < len(self.free_starts) and self.free_starts[i] == m.start:
            i += 1
        return self.free_starts[i] if i < len(self.free_starts) else None

    def next_mention_after(self, pos: int) -> int | None:
        """Start of the first claim (not a part) at or after ``pos``."""
        i = bisect.bisect_left(self.free_starts, pos)
        return self.free_starts[i] if i < len(self.free_starts) else None

    def attribution(self, m: Mention, barrier: int) -> str | None:
        """The attribution that introduces the claim ("medics said 40"), else the first after
        it in its clause, else the nearest before.

        An attribution right before the next number ("..., medics said 40") introduces
        that number, not this one: "The UN said 30 people died, medics said 40" is the
        UN's 30 and the medics' 40. ``barrier`` is where the next number starts."""
        if not self.attributions:
            return None
        nxt = self.next_free_start(m)
        i = bisect.bisect_left(self.att_starts, m.end)
        if i < len(self.attributions) and (nxt is None or nxt > self.attributions[i].start) \
                and self.text.startswith(("according", "According"), self.attributions[i].start):
            # "FIIs put Rs 2,049.65 crore into equities, according to BSE data": the source the
            # clause names after the figure, not the subject that put it
            return self.attributions[i].who
        if i > 0:
            # "The union says 40,000 took part, while police put it at 12,000": an attribution
            # that ends right before the number introduces it, whatever comes after
            a = self.attributions[i - 1]
            if a.end <= m.start and (_INTRODUCES.fullmatch(self.text, a.end, m.start)
                                     or _INTRODUCES_OBJECT.fullmatch(self.text, a.end, m.start)):
                return a.who
        if i < len(self.attributions):
            a = self.attributions[i]
            if (a.start < max(barrier, m.end + 1) or nxt is None or nxt >= a.start) \
                    and not (a.end < barrier and _INTRODUCES.fullmatch(self.text, a.end, barrier)):
                return a.who
        before = None
        for a in self.attributions[:i][::-1][:8]:
            if a.end <= m.start:
                before = a if before is None or a.start > before.start else before
        if before is None:
            for a in self.attributions[:i]:
                if a.end <= m.start:
                    before = a
        if before is None and i < len(self.attributions):
            # nothing before: the attribution that closes the sentence covers its numbers
            # ("30 died and 40 were hurt, the UN said"), unless it introduces one of its own
            a = self.attributions[i]
            nxt_mention = self.next_mention_after(a.end)
            if nxt_mention is None or not _INTRODUCES.fullmatch(self.text, a.end, nxt_mention):
                return a.who
        return before.who if before else None


class SentenceScope:
    """The times, places and attributions of one sentence, found when a claim first needs them.

    A sentence whose numbers all turn out not to be claims ("several localities": vague,
    counting nothing) then costs none of these searches (a sixth of the sentences with
    numbers in the benchmark). The places found go into ``places_read`` (``ReadText.places``), for the
    passes after that read the same sentence's places."""

    __slots__ = ("text", "lower", "start", "end", "places_from", "pub", "vocab", "lex", "free_starts", "before",
                 "fiscal", "places_read", "_index")

    def __init__(self, text: str, lower: str, start: int, end: int, places_from: int, pub, vocab: Vocabulary,
                 lex: Lexicon, free_starts: list[int], before: TimeScope | None = None,
                 fiscal: Fiscal = DEFAULT_FISCAL,
                 places_read: dict[tuple[int, int], list[tuple[int, str]]] | None = None) -> None:
        self.text, self.lower, self.start, self.end = text, lower, start, end
        self.places_from, self.pub, self.vocab, self.lex = places_from, pub, vocab, lex
        self.free_starts = free_starts
        self.before = before
        self.fiscal = fiscal
        self.places_read = places_read
        self._index: SentenceIndex | None = None

    def computed(self) -> bool:
        return self._index is not None

    def index(self) -> SentenceIndex:
        if self._index is None:
            text, lower, start, end = self.text, self.lower, self.start, self.end
            places = sc.places_in(text, self.places_from, end, self.vocab, lower, self.lex)
            if self.places_read is not None:
                self.places_read[(self.places_from, end)] = places
            self._index = SentenceIndex(
                text,
                trading_weeks(time_expressions(text, start, end, self.pub, lower, self.before, self.fiscal,
                                               time_cues(self.vocab)),
                               lower, start, end, self.vocab),
                places,
                sc.attributions_in(text, start, end, self.vocab, self.lex.source_names, lower),
                self.free_starts, sc.attribution_words(self.vocab).stated_at, event_times(self.vocab),
                base_gaps(self.vocab), self.before)
        return self._index


def trading_weeks(times: list[TimeScope], lower: str, start: int, end: int, vocab: Vocabulary) -> list[TimeScope]:
    """``times`` with "the week to" a day read as a market's five trading days up to it, in a sentence
    with words of a market (trading_week_words): "the bourse fell 2.35% in the week to Thursday, 7 May" is
    of 3 to 7 May (a Sunday-to-Thursday week), "the index lost 1% in the week to Friday, March 10" of 6 to
    10 March; a week of cases or of rain keeps its seven days."""
    if not times or "week" not in lower[start:end]:
        return times
    out = None
    for k, t in enumerate(times):
        days = (t.when_end - t.when_start).days
        week_to = days == 6 and t.when_end.weekday() in (2, 3, 4) and lower.startswith("the week", t.start)
        # "this week" (read on a Saturday or a Sunday), "last week", "the week before": a calendar week from
        # a Monday, whose trading days are Monday to Friday
        calendar_week = days in (5, 6) and t.when_start.weekday() == 0 and "week" in lower[t.start:t.end]
        if not (week_to or calendar_week):
            continue
        if out is None:
            if vocab.words_pattern("trading_week_words").search(lower, start, end) is None:
                return times
            out = list(times)
        out[k] = t._replace(when_start=t.when_end - dt.timedelta(days=4)) if week_to \
            else t._replace(when_end=t.when_start + dt.timedelta(days=4))
    return times if out is None else out
