"""Resolve: which real-world quantity each claim reports (DESIGN.md, *Quantities*).

Extraction reads one sentence; the audit compares claims across sentences,
documents, outlets and days. ``resolve`` sits between them and uses the whole
document: the counted thing in context (``referents``), who stands behind the
figure (``sources``), the period it covers, when it held and whether the text
gives it as an earlier figure (``timing``), and from these the ``quantity``
key that claims of one quantity share:

    <period>/<thing class>[<nationality>]/<measure>      incident/soldiers[Turkey]/killed

The key starts with where the document's event happened (``Syria/``): the country
most of its claims are placed in. ``period`` is ``incident`` unless the text states a
span ("in February": ``2020-02-01..2020-02-29``). A headline's figures get no key: the
body carries the attributed figure, and the headline's agreement with it is the headline
rule's business. Everything is driven by the vocabulary (taxonomy, anaphors, measure
kinds, source aliases, demonyms, place containment).

Every source of claims (an audit, a batch worker, the archive's ingest) runs ``claims_of``,
so a claim is resolved once, when it is extracted; the archive stores it resolved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from functools import cached_property

from auditor.casefold import fold_keyword, may_hold
from auditor.claims import GATHERING, INCIDENT, Claim, of_incident, with_fields, without_carried
from auditor.documents import Document
from auditor.extract import lower_same_length
from auditor.extract.lexicon import lexicon, per_vocabulary, stem_pattern
from auditor.extract.numbers import TENS, UNITS, phrase_alternation, trie_alternation
from auditor.extract.relations import share_restated_before
from auditor.extract.scope import attribution_words
from auditor.extract.sentences import ReadText, Sentences
from auditor.extract.when import MONTHS, NUMBER_WORDS, WEEKDAYS
from auditor.resolve.day_marks import with_day_marks
from auditor.resolve.incident import (
    RECENT_DAYS,
    dated_to_incident,
    days_share_apart,
    document_day,
    other_events_apart,
)
from auditor.resolve.per_sentence import PerSentence
from auditor.resolve.places import (
    CLAUSE_BOUNDARY,
    CLAUSE_REACH,
    crowds_placed_by_their_subject,
    in_the_capital,
    key_place,
    places_by_an_apposed_subject,
    places_within,
    rest_of_the_country,
)
from auditor.resolve.referents import OF_PEOPLE, TOOK_PART, Referent, resolve_referents
from auditor.resolve.sources import (
    authority,
    gapped_after_an_estimate,
    is_bare_noun,
    is_official,
    known_sources_in,
    nearest,
    nearest_item,
    officials_in,
    outlet_chain,
    role_of,
    source_named_at,
    subject_of_a_gapped_clause,
    subject_of_a_later_clause,
    subject_of_its_clause,
)
from auditor.resolve.timing import (
    counted_to,
    dates_the_event,
    held_unchanged_since,
    is_superseded,
    period_owned_by_the_event,
    stated_span,
)
from auditor.vocabulary import Vocabulary

__all__ = ["resolve_document", "quantity_key", "claims_of"]


# how many days before a report an open period may have begun and still be the event's own ("since
# Monday", "over the past three days" of an unrest, a heatwave, a fire): the count of the incident
EVENT_STARTED_DAYS = 7


def _began_with_the_event(start: str, published: str) -> bool:
    """Whether an open period that runs to the report is the event's own time: it began at most
    ``EVENT_STARTED_DAYS`` before, and not on a calendar boundary ("in February", "this year" written
    in their first week are a calendar's count, whatever event the report is about)."""
    try:
        began, day = dt.date.fromisoformat(start[:10]), dt.date.fromisoformat(published[:10])
    except ValueError:
        return False
    return began.day != 1 and 0 <= (day - began).days <= EVENT_STARTED_DAYS


def quantity_key(thing_class: str | None, facet: str | None, measure: str | None,
                 period: tuple[str, str] | None, published: str | None = None,
                 of_one_day: bool = False) -> str | None:
    """The key claims of one quantity share, or None when the claim says too little.

    A period that runs to the day of publication ("since December 1", "in February"
    written in February) is open: "2019-12-01.." is one quantity whatever day reports it.
    One that began in the days before the report ("arrests since the unrest began on Monday",
    "266 deaths over the last three days") is the incident's: the event's running count, which
    other reports give with no period ("police have arrested 2,550 people"); not for a measure of one
    day (``of_one_day``: a crowd), whose count over several days is no one day's crowd.
    """
    if not thing_class or not measure:
        return None
    thing = f"{thing_class}[{facet}]" if facet else thing_class
    if period is None:
        when = INCIDENT
    elif not period[0]:
        when = f"..{period[1]}"          # a count up to a stated end ("through October")
    elif period[0] == period[1]:
        when = period[0]
    elif published and period[1] >= published[:10]:
        when = INCIDENT if not of_one_day and _began_with_the_event(period[0], published) else f"{period[0]}.."
    else:
        when = f"{period[0]}..{period[1]}"
    return f"{when}/{thing}/{measure}"


def _span_of(claim: Claim, body: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """The period extraction found, unless a clause after the number gives it as the event's
    time ("died when the storm struck in September 2017": the incident, not a month's count), or
    the period before it owns the event ("Last week's typhoon has now killed 3,621"), or the period is how
    long the figure has held ("the figure of 769, which has stayed the same since September 26")."""
    if claim.when_start and claim.when_end and claim.when_start != claim.when_end:
        span = (claim.when_start, claim.when_end)
        if dates_the_event(body[claim.end:claim.sentence_end], span) \
                or period_owned_by_the_event(body[claim.sentence_start:claim.start], vocab,
                                             body[claim.end:claim.sentence_end]) \
                or held_unchanged_since(body[claim.end:claim.sentence_end], vocab):
            return None
        return span
    return None


# a tally named before a figure ("the toll is now 29", "the number of victims at 29"); "number" only
# as a noun after its determiner ("survivors still number 104" is a verb); the comma of an aside
# does not end the clause ("the state's figure, however, stayed at 275")
_TALLY_BEFORE = re.compile(r"\b(?:count|tally|total|toll|figure|estimate|(?:the|a|its|their|that)\s+number)\b"
                           r"(?:[^.;,]|,\s+[a-z]+,){0,45}$", re.I)
# a tally that says what it counts, with words after its noun: "the number of people accounted for now
# stood at 136" (the words, to the verb that gives the figure)
_NUMBER_OF_WHAT = re.compile(r"\bnumber\s+of\s+(?P<what>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,4}?)\s+"
                             r"(?:now\s+|had\s+|has\s+)?"
                             r"(?:stood|stands|was|is|rose|reached|climbed|had\s+risen|has\s+risen|went\s+up)\b"
                             r"[^.;,]{0,20}$", re.I)


def _tally_of_another_count(c: Claim, body: str, vocab: Vocabulary) -> bool:
    """Whether the tally a figure is given by names a count of its own with words after its noun that
    are no measure the vocabulary knows ("the number of people accounted for now stood at 136", after
    "150 are still missing"): not the measure the text counted last."""
    found = _NUMBER_OF_WHAT.search(body, max(c.sentence_start, c.start - 80), c.start)
    if found is None:
        return False
    words = found.group("what").split()
    return vocab.measure_pattern.search(found.group("what")) is None and words[0].lower() in vocab.thing_by_word


# a bare figure's words that set it apart from the count the text is about: a part of it ("including 12",
# "among them 9", "with 12"), or a figure added to or set beside it ("another 12", "plus 9")
_APART_BEFORE = re.compile(r"\b(?:including|among(?:\s+them)?|of\s+(?:whom|them|which)|with|without|excluding|besides"
                           r"|plus|another|other|more|than|per|each|every|aged|age|number)\s+"
                           r"(?:(?:at\s+least|about|some|nearly|around|almost|over|just)\s+)?$", re.I)
# what comes right before a gapped value of a tally: "..., and Reuters at 48", "followed by Chad's 87", "Iran's, 136"
_GAPPED_BEFORE = re.compile(r"(?:\bat|['’]s|\w,)\s+$")
# a place of its own in the figure's clause: "speak of 2.5 million people in the city" (a part of the text's
# quantity, or another place's, which its place words do not tell)
_PLACED_AFTER = re.compile(r"[^,.;:]{0,25}?\b(?:in|across|throughout|nationwide|countrywide)\b", re.I)
# a bare figure that ends its clause: "..., and Reuters at 48.", "Chad's 87,", "Iran's, 136, followed"
_ENDS_ITS_CLAUSE = re.compile(r"\s*(?:[,.;:)]|$)")


def _tally_nouns_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{phrase_alternation(vocab.words('tally_nouns'))})\b", re.I)


def _counting_before_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    # not after a determiner: "drew an estimated 1.8 million" is a hedge, no verb counting the text's count
    words = phrase_alternation(vocab.words("counting_phrases"))
    return re.compile(rf"(?<!\ban\s)(?<!\bthe\s)(?<!\ba\s)\b(?:{words})\s+$", re.I)


def _judged_after_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"\s+(?:was|is|were|are|seemed|seems)\s+(?:far\s+|much\s+|way\s+|simply\s+)?"
                      rf"(?:{phrase_alternation(vocab.words('judged_figure_words'))})\b", re.I)


_tally_nouns = per_vocabulary(_tally_nouns_pattern)
_counting_before = per_vocabulary(_counting_before_pattern)
_judged_after = per_vocabulary(_judged_after_pattern)


def _restates_the_count(c: Claim, body: str, vocab: Vocabulary) -> bool:
    """Whether a bare figure (no noun, no measure of its own) is a value of the count the text is about,
    told without its measure: after a counting verb ("police counted 12,000, the organisers 40,000"), as
    a gapped value of a tally its sentence names, its clause ending at the figure ("AFP puts the toll at
    52, and Reuters at 48"; "the toll is Iran's, 136, followed by Chad's 87"), or judged ("he thought
    ten thousand was too much"). Not a part or an addition ("including 12", "another 9"), not a figure
    with words of its own after it ("the toll rose to 40, and 12 remain in hospital"), nor one its clause
    places ("2.5 million people in the city"): a place's count is not the text's whole."""
    before = body[max(c.sentence_start, c.start - 40):c.start]
    if _APART_BEFORE.search(before) or _PLACED_AFTER.match(body, c.end, c.sentence_end):
        return False
    if _counting_before(vocab).search(before):
        return True
    if _judged_after(vocab).match(body, c.end, c.sentence_end):
        return True
    if not _ENDS_ITS_CLAUSE.match(body, c.end, c.sentence_end) or not _GAPPED_BEFORE.search(before):
        return False
    return _tally_nouns(vocab).search(body, c.sentence_start, c.start) is not None \
        and not _tally_of_another_count(c, body, vocab)


# a figure a count was revised to ("Later it was revised to 79", "corrected down to 31")
_REVISED_TO = re.compile(r"\b(?:it|this|that|which)\s+(?:was|had\s+been|has\s+been|is)\s+"
                         r"(?:later\s+|then\s+|since\s+|subsequently\s+)?(?:revised|corrected|amended|updated|adjusted|raised|lowered)"
                         r"(?:\s+(?:up|down|upwards?|downwards?))?\s+to\s+(?:at\s+least\s+|about\s+)?$", re.I)
_RECOVERY = r"(?:recovered|retrieved|found|pulled|washed\s+up|brought\s+out)"
_BODIES_RECOVERED = re.compile(r"\s+\S+\s+(?:\w+\s+){0,2}?(?:had|have|has|were|was)\s+"
                               rf"(?:now\s+|so\s+far\s+)?(?:been\s+)?{_RECOVERY}\b", re.I)
_RECOVERED_BEFORE = re.compile(rf"\b{_RECOVERY}\s+(?:at\s+least\s+|about\s+|some\s+|another\s+)?$", re.I)
_KILLED = "killed"
_MEASURE_BEFORE = re.compile(r"\b([a-z]+)\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+)?$")
_FUNCTION_WORDS = frozenset({"and", "or", "but", "in", "on", "at", "to", "by", "as", "with", "after", "since",
                             "according",       # "and 570,000 according to the ministry": a bare figure
                             "when", "while", "who", "that", "which", "were", "was", "are", "is", "had",
                             "have", "has", "more", "others", "so", "for", "the", "a", "an",
                             # where and when a toll was counted ("kills 23,000 across Turkey and Syria")
                             "across", "near", "outside", "inside", "during", "throughout", "around", "within",
                             "along", "amid", "before", "over", "under", "into", "beyond", "nationwide",
                             "worldwide", "overall", "alone", "including",
                             # "16 other people were hurt", "12 further people": still people
                             "other", "further", "additional"})
_PART_AFTER = frozenset({"of", "among", "from"})
# "N of them had so far been rescued": the group's own count of what was done to them
_PART_TOLD = re.compile(r"\s+of\s+(?:them|those)\s+(?:had|have|has|were|was)\s+(?:(?:so\s+far|already|now)\s+)?"
                        r"(?:been\s+)?([a-z]+)\b")
_TOLD_OF_A_GROUP = frozenset({"rescued", "evacuated"})


def _told_of_the_group(c: Claim, body: str, vocab: Vocabulary) -> str | None:
    """The measure of "640 of them had been rescued" after "1,200 people were on the ferry": the
    rescued are a count of their own (what was done to the group), not a part the sentence sets aside."""
    told = _PART_TOLD.match(body, c.end, c.sentence_end)
    measure = vocab.measure_by_word.get(fold_keyword(told.group(1))) if told else None
    return measure if measure in _TOLD_OF_A_GROUP else None
_VERB_AFTER = frozenset({"have", "had", "has", "were", "was", "are", "is", "more", "others", "so", "in", "on"})
_CLAUSE_PUNCTUATION = frozenset(".;,:!?")
_CLAUSE_END = re.compile(r"[.;,:!?]|\band\b|\bbut\b|\bwhile\b")


_MISSING = "missing"
_PRESUMED_DEAD = "presumed dead"


def _presumed_died_after(vocab: Vocabulary) -> re.Pattern[str]:
    """The sentence counts the missing among the dead: "were missing, and he had to assume they had
    died", "remain missing and are presumed to have died" (the verbs: ``presume_verbs``)."""
    return re.compile(
        rf"[^.;]{{0,160}}?\b(?:{phrase_alternation(vocab.words('presume_verbs'))})\s+(?:that\s+)?"
        r"(?:they|all\s+of\s+them|each\s+of\s+them)?\s*(?:had\s+|have\s+)?(?:to\s+have\s+)?(?:died|dead|perished)\b",
        re.I)


_presumed_died = per_vocabulary(_presumed_died_after)


def _missing_presumed_dead(c: Claim, body: str, vocab: Vocabulary) -> Claim:
    """The missing a later clause of the sentence presumes dead ("40 were missing, and he had to
    assume they had died"): a count of the presumed dead, not of the people still unaccounted for."""
    if c.measure != _MISSING or _PRESUMED_DEAD not in vocab.measures:
        return c
    if _presumed_died(vocab).match(body, c.end, c.sentence_end):
        return with_fields(c, measure=_PRESUMED_DEAD)
    return c


# the missing since found: "located 40 people previously listed as missing", "traced 12 residents
# formerly reported missing": a count of those found, never of the people still unaccounted for
_NO_LONGER_MISSING_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:previously|formerly|earlier|initially|originally|once|first)\s+(?:been\s+)?"
    r"(?:listed|reported|registered|recorded|counted|logged|declared)\s+(?:as\s+)?missing\b", re.I)


def _no_longer_missing(c: Claim, body: str) -> Claim:
    """A count of people the text says were listed as missing before ("found 70 people previously
    listed as missing"): those since found, so no measure of the missing."""
    if c.measure != _MISSING or not _NO_LONGER_MISSING_AFTER.match(body, c.end, c.sentence_end):
        return c
    return with_fields(c, measure=None)


# reports of the missing still open: "120 outstanding reports of missing people", "45 missing-person
# cases still unresolved": each one a person not yet found, so a count of the missing (reports
# received, "had taken 300 reports of missing people", count reports, never people)
# (the words: ``open_report_words``, ``report_nouns``)
class _OpenReports:
    """The words and patterns of open reports of the missing, compiled from one vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.open_words = frozenset(vocab.words("open_report_words"))
        self.report_nouns = frozenset(vocab.words("report_nouns"))
        open_words = phrase_alternation(self.open_words)
        self.still_open_after = re.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:remain|remained|remaining|are|were|still)\s+"
                                           rf"(?:still\s+)?(?:{open_words})\b", re.I)
        self.missing_person_reports_after = re.compile(
            rf"\s+(?P<open>(?:{open_words})\s+)?missing[- ]persons?\s+"
            rf"(?:{phrase_alternation(self.report_nouns)})\b", re.I)


_open_reports = per_vocabulary(_OpenReports)


def _open_missing_person_cases(body: str, end: int, vocab: Vocabulary) -> bool:
    """Whether a number counts the missing-person cases still open ("62 missing-person cases remained
    open"): the missing, whatever measure the word "cases" lent it."""
    reports = _open_reports(vocab)
    found = reports.missing_person_reports_after.match(body, end)
    return found is not None and (found.group("open") is not None
                                  or reports.still_open_after.match(body, found.end()) is not None)


def _counts_the_missing(thing: str | None, body: str, end: int, vocab: Vocabulary) -> bool:
    """Whether a count of reports of the missing counts the reports still open, one a person."""
    reports = _open_reports(vocab)
    words = [w.strip(",.;:()").lower() for w in (thing or "").split()]
    if not words or words[-1] not in reports.report_nouns:
        return False
    return bool(reports.open_words.intersection(words[:-1])) \
        or reports.still_open_after.match(body, end) is not None


# a crowd counted over several days, not at one day's peak: "marched over the weekend", "took part
# over three days", "across the weekend of 9 and 10 May"
_OVER_DAYS_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:over|across|during|throughout|in|on)\s+(?:the\s+|this\s+|that\s+)?(?:(?P<weekend>weekend)"
    r"|(?:past\s+|last\s+|first\s+)?(?P<n>two|three|four|five|six|seven|\d)\s+days)\b", re.I)


def _days_of_a_crowd(c: Claim, body: str, published: dt.date | None) -> tuple[str, str] | None:
    """The days a crowd's figure sums over when its clause says it is of several ("over the
    weekend": the Saturday and Sunday up to the report's day; "over three days": the three days to
    the figure's day), else None: such a total is never one day's rival figure."""
    over = _OVER_DAYS_AFTER.match(body, c.end, c.sentence_end)
    if over is None or published is None:
        return None
    if over.group("weekend"):
        sunday = published - dt.timedelta(days=(published.weekday() + 1) % 7)
        return (sunday - dt.timedelta(days=1)).isoformat(), sunday.isoformat()
    n = over.group("n").lower()
    count = int(n) if n.isdigit() else NUMBER_WORDS[n]
    if count < 2:
        return None
    end = dt.date.fromisoformat(c.when_end[:10]) if c.when_end and c.when_end == c.when_start else published
    return (end - dt.timedelta(days=count - 1)).isoformat(), end.isoformat()


# measures of people in a state (still missing, held hostage, without a home, without power: ``kind: state``
# or ``kind: outage`` in measures.yaml): a count of them is of a moment, and "since Thursday" says when the
# state began, not a period the count sums over
_STATE_KINDS = frozenset({"state", "outage"})
# a utility outage (``kind: outage``): the reports give one utility count as people, homes,
# households or customers ("2 million Texans without power", "4 million homes and businesses"),
# so beside these measures those things are one count, the customers
_OUTAGE = "outage"


def _is_state(measure: str | None, vocab: Vocabulary) -> bool:
    """Whether a measure counts people in a state at a time (the missing, the homeless, an outage)."""
    return measure is not None and vocab.measure_entry(measure).kind in _STATE_KINDS


def _is_outage(measure: str | None, vocab: Vocabulary) -> bool:
    """Whether a measure is a utility outage (without power, without water)."""
    return measure is not None and vocab.measure_entry(measure).kind == _OUTAGE

_SERVED = frozenset({"people", "households", "customers"})
_OUTAGE_SERVED = "customers"
# the verb that cuts a service off, right before its count ("cut power to more than 4 million
# people", "knocked out electricity for 80,000 homes", "shut off water to 12,000 residents"); the
# measure is the vocabulary's "without <service>"
_SERVICE_CUT_BEFORE = re.compile(
    r"(?:\b(?:cut|cuts|cutting|knocked|knocks|knocking|shut|shuts|shutting|turned|switched)\s+(?:off\s+|out\s+)?"
    r"(?:the\s+)?(?P<service>power|electricity|water|heat|heating|gas)(?:\s+(?:supply|supplies|service))?"
    r"(?:\s+(?:off|out))?"
    # the passive: "power had been cut to", "electricity was knocked out for"
    r"|\b(?P<passive>power|electricity|water|heat|heating|gas)(?:\s+(?:supply|supplies|service))?\s+"
    r"(?:had|has|have|was|were|is|are)\s+(?:been\s+)?(?:cut|knocked|shut|turned|switched)(?:\s+(?:off|out))?)"
    r"\s+(?:to|for|at)\s+(?:[\w,.-]+\s+){0,3}?$", re.I)
_SERVICE_WORDS = ("power", "electric", "water", "heat", "gas")     # one of them in every match, for ``may_hold``


# a number glued by a hyphen to a code before it: a model or a designation, not a count ("a Boeing
# 737-800", "an Airbus A320-200", "Su-25 jets", "the Il-76"); not a range, which is one claim ("20-30")
_DESIGNATION_BEFORE = re.compile(r"(?<![\w.,-])(?:[A-Z][A-Za-z]{0,3}|[A-Z]{0,3}\d{2,4}[A-Za-z]{0,3})-$")


def _in_a_designation(c: Claim, body: str) -> bool:
    """Whether a count's number is the tail of a model name or a designation ("737-700")."""
    return c.start > 0 and body[c.start - 1] == "-" and not c.text[:1].isalpha() \
        and _DESIGNATION_BEFORE.search(body, max(0, c.start - 9), c.start) is not None


# a number right after "flight" (or a carrier's code after it): the flight's name, not a count
# ("aboard flight 4U 9525", "Flight 752", "flight No. 8"); not "train 500 recruits", a verb's count
_FLIGHT_NUMBER_BEFORE = re.compile(r"\b[Ff]light(?:\s+(?:[Nn]o\.|[Nn]umber))?"
                                    r"(?:\s+[A-Z0-9]{2}\b|\s+[A-Z]{2,3})?\s*$")


def _a_flight_number(c: Claim, body: str) -> bool:
    """Whether a count's number names a flight ("flight 4U 9525"): no count of those aboard."""
    return c.start > 0 and not c.in_title and c.text[:1].isdigit() \
        and _FLIGHT_NUMBER_BEFORE.search(body, max(0, c.start - 20), c.start) is not None


def _service_cut_before(c: Claim, body: str, vocab: Vocabulary) -> str | None:
    """The outage measure of a count the text gives as the object of a verb cutting a service off
    ("cut power to more than four million people"), if any: extraction reads the verb alone ("cut")."""
    if c.kind != "count" or c.in_title:
        return None
    lo = max(c.sentence_start, c.start - 70)
    m = _SERVICE_CUT_BEFORE.search(body, lo, c.start) if may_hold(body[lo:c.start], _SERVICE_WORDS) else None
    if m is None:
        return None
    return vocab.measure_by_word.get(f"without {(m.group('service') or m.group('passive')).lower()}")


# the outage said of the counted people as a modifier, before their own verb ("eight patients of a
# nursing home left without power by the storm have died"): the verb after it is the measure
_MODIFIER_BEFORE = re.compile(r"\b(?:left|kept|who\s+(?:were|was|had\s+been)|that\s+(?:were|was|had\s+been)"
                              r"|which\s+(?:were|was|had\s+been))\s+$", re.I)


def _measure_past_an_outage(c: Claim, body: str, vocab: Vocabulary) -> str | None:
    """The measure a sentence gives its count after an outage said only of who is counted, if any."""
    if c.kind != "count" or c.in_title:
        return None
    found = [m for m in vocab.measure_pattern.finditer(body, c.end, c.sentence_end)]
    for k, m in enumerate(found):
        if not _is_outage(vocab.measure_by_word.get(" ".join(fold_keyword(m.group()).split())), vocab):
            continue
        if not _MODIFIER_BEFORE.search(body, max(c.end, m.start() - 20), m.start()):
            return None
        later = [vocab.measure_by_word.get(" ".join(fold_keyword(x.group()).split())) for x in found[k + 1:]]
        return next((x for x in later if x and vocab.is_cumulative(x)), None)
    return None


def _outage_thing(measure: str | None, counted: str | None, vocab: Vocabulary) -> str | None:
    """The thing an outage's count is keyed by: people, households and customers are one count."""
    if _is_outage(measure, vocab) and counted in _SERVED and _OUTAGE_SERVED in vocab.things:
        return _OUTAGE_SERVED
    return counted


def _since_days_ago(period: tuple[str, str] | None, published: dt.date | None) -> bool:
    """Whether a period runs from a day of the week before publication to publication ("since
    Thursday"): the days of the incident, not a month's or a year's span."""
    if period is None or not period[0][:1].isdigit() or period[0] == period[1] or published is None:
        return False
    try:
        start, end = dt.date.fromisoformat(period[0][:10]), dt.date.fromisoformat(period[1][:10])
    except ValueError:
        return False
    return end >= published and (published - start).days <= RECENT_DAYS


# a line of a list that opens with a place and a colon: "Boston: 100,000", "Washington, D.C.: 500,000"
# (a line of its own, after the text's first: "OUAGADOUGOU: Two attacks ..." is a dateline)
_LIST_LINE = re.compile(r"\n[ \t]*(?:[-*•][ \t]*)?([A-Z][\w'’.-]*(?:,?[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]*:[ \t]*"
                        r"(?i:(?:about|around|some|more[ \t]+than|over|nearly|at[ \t]+least)[ \t]+)?$")


def _listed_place(c: Claim, body: str, vocab: Vocabulary) -> str | None:
    """The place a line of a list gives its figure for ("Chicago: 150,000"), when it is one the
    vocabulary or the gazetteer knows, else None."""
    at = c.number_start or c.start
    if ":" not in body[max(0, at - 12):at]:
        return None
    found = _LIST_LINE.search(body, max(0, at - 60), at)
    if found is None:
        return None
    if found.group(1).isupper():
        return None         # a dateline: "BEIRUT: ..."
    place = key_place(found.group(1), vocab)
    return place if place and vocab.country_of(place) else None


_HEADING = re.compile(r"[^\n]*:[ \t]*\n")


def _list_heading_measure(body: str, start: int, vocab: Vocabulary) -> str | None:
    """The measure the heading of a list names ("a running tally of turnout estimates for the marches:"):
    its measure word, else a gathering's crowd where it names a turnout of one."""
    heading = None
    for m in _HEADING.finditer(body, max(0, start - 2000), start):
        if not _LIST_LINE.search(m.group().rstrip()):
            heading = m.group()
    if heading is None:
        return None
    found = vocab.measure_pattern.search(heading)
    if found is not None:
        return vocab.measure_by_word.get(" ".join(fold_keyword(found.group()).split()))
    return TOOK_PART if TOOK_PART in vocab.measures and _turnout_of_a_gathering(heading, None, vocab) else None


# people named apart from a figure by a measure word: "to mourn those killed", "in memory of the dead"
# (not "among those on board", "of those killed": some of them, the figure's own)
_OTHERS_BEFORE = re.compile(r"(?<!among\s)(?<!of\s)\b(?:those|the\s+ones)\s+"
                            r"(?:who\s+(?:were|had\s+been|have\s+been)\s+)?$", re.I)


# "those" or "ones" after a figure, searched in place (no copy of the sentence per figure)
_OTHERS_NAMED = re.compile("hose | ones ")


def _measure_of_others(c: Claim, body: str, vocab: Vocabulary, per_sentence: PerSentence) -> bool:
    """Whether the only word of a figure's measure in its sentence names other people after it ("At least
    1.2 million people moved along the streets to mourn those killed"): the figure's measure is not that."""
    if c.kind != "count" or c.in_title:
        return False
    named = per_sentence.starts(_OTHERS_NAMED, body, c.sentence_start, c.sentence_end)
    if not named or named[-1] < c.end:
        return False        # most sentences name no one apart: a substring test turns them away
    found = [m for m in vocab.measure_pattern.finditer(body, c.sentence_start, c.sentence_end)
             if vocab.measure_by_word.get(" ".join(fold_keyword(m.group()).split())) == c.measure]
    return len(found) == 1 and found[0].start() > c.end \
        and _OTHERS_BEFORE.search(body, max(c.end, found[0].start() - 30), found[0].start()) is not None


def _on_its_line(body: str, end: int, words: str) -> bool:
    """Whether ``words`` follow a figure on its own line."""
    line_end = body.find("\n", end)
    return words.lower() in body[end:line_end if line_end >= 0 else len(body)].lower()


# a bare number followed by the side or group it counts ("along with 17 on the police side", "and
# 9 among the security forces", "14 from the police ranks"): that group is its thing, not the noun
# of the figure before it ("118 protesters had been wounded, ... along with 17 on the police side")
_SIDE_AFTER = re.compile(r"[ \t]+(?:on[ \t]+the[ \t]+(?P<side>[\w' -]{3,40}?)[ \t]+side"
                         r"|(?:[a-z]+(?:ed|en)[ \t]+|hurt[ \t]+)?(?:among|amongst)[ \t]+"
                         r"(?:the[ \t]+|their[ \t]+)?(?P<among>[\w' -]{3,40}?)"
                         r"|(?:from|in)[ \t]+the[ \t]+(?P<ranks>[\w' -]{3,40}?)[ \t]+ranks)"
                         r"(?=[ \t]*(?:[.,;:)]|and\b|were\b|was\b|had\b|have\b|$))", re.I)


def _side_named_after(c: Claim, body: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """The group a bare number's next words say it counts (the words as written, and their thing),
    when it is a thing of the vocabulary other than the one extraction lent the number; None else.
    Only a number with no noun of its own after it: "40 fans among the police" keeps its fans."""
    if c.in_title or not c.text[-1:].isdigit() and not c.text[-1:].isalpha():
        return None
    m = _SIDE_AFTER.match(body, c.end, min(c.sentence_end, c.end + 60))
    if m is None:
        return None
    words = " ".join((m.group("side") or m.group("among") or m.group("ranks")).split())
    cls = vocab.thing_by_word.get(words.lower())
    if cls is None or cls == c.thing_class or (c.thing or "").lower() == words.lower():
        return None
    return words, cls

def _own_words(c: Claim, body: str, vocab: Vocabulary, last_measure: str | None,
               per_sentence: PerSentence) -> Claim:
    """A count's thing and measure where the sentence gives them only by reference.

    "36 others were wounded": the measure after an anaphor is its own (extraction may
    lend it the sentence's first); "43 have died": no noun, so extraction's default
    "people" is only a guess that resolve replaces with the referent; "the count is now
    29", "revised the toll up from 64 to nearly 3,000": a tally with no noun (or only
    extraction's default "people") counts what the text counted last; "64 deaths": a measure
    noun counts people.
    """
    if c.kind != "count":
        return c
    side = _side_named_after(c, body, vocab)
    if side is not None:
        return with_fields(c, thing=side[0], thing_class=side[1], thing_key=side[0].lower())
    thing = c.thing
    after = body[c.end:c.end + 80]
    if thing and thing.lower() not in after[:len(thing) + 12].lower() and (
            c.according_to and thing.lower() in c.according_to.lower()
            or _SPEAKER_BEFORE.search(body[max(c.sentence_start, c.start - CLAUSE_REACH):c.start].lower()
                                      .replace(thing.lower(), "\0"))):
        # "Porto police later said that 600,000 had turned up": who counts, not what is counted
        c = with_fields(c, thing=None, thing_class=None, thing_key=None)
        thing = None
    if thing and thing.rsplit(None, 1)[-1].lower() in vocab.anaphors:
        # the anaphor's own verb follows it in the number's clause; a clause that ends at the number
        # ("eight more victims, taking the toll to 282, with 142 still unaccounted for") lends none
        found = None if after[:1] in _CLAUSE_PUNCTUATION else vocab.measure_pattern.search(_clause(after))
        if found:
            measure = vocab.measure_by_word.get(" ".join(fold_keyword(found.group()).split()))
            if measure and measure != c.measure:
                return with_fields(c, measure=measure)
        elif c.measure is None and last_measure and \
                _TALLY_BEFORE.search(body, max(c.sentence_start, c.start - 60), c.start) \
                and not _tally_of_another_count(c, body, vocab):
            return with_fields(c, measure=last_measure)   # "a previous count had put the victims at 29"
        return c
    head = after.split(None, 3)
    first = head[0].strip(",.;:") if head else ""
    if c.measure in OF_PEOPLE and thing and thing != "people" and first not in _PART_AFTER \
            and "people" not in vocab.thing_ancestors(c.thing_class) and thing.lower() not in _clause(after).lower():
        # "surveyed households ... evidence of 4,645 excess deaths": the dead are people,
        # whatever noun the sentence named before the number
        return with_fields(c, thing="people", thing_class="people", thing_key="people")
    if c.measure != _KILLED and first.lower() in vocab.words("body_nouns"):
        recovered = _KILLED in vocab.measures and bool(
            _BODIES_RECOVERED.match(body, c.end, c.sentence_end)
            or _RECOVERED_BEFORE.search(body, max(c.sentence_start, c.start - 30), c.start))
        if recovered:
            # "78 bodies had been recovered", "divers recovered 12 bodies": a count of the dead (not "187
            # bodies still to be identified": a part of them)
            return with_fields(c, measure=_KILLED)
        if c.measure is not None:
            # "treated 72 wounded and received 41 bodies", "pulled out 12 survivors and 30 bodies": the
            # measure of the figure beside them is none of the bodies'
            return with_fields(c, measure=None)
    if c.thing_class is None and c.measure in OF_PEOPLE and any(
            _is_noun_of(w.strip('",.;:“”').lower(), c.measure, vocab) for w in head[:3]):
        # "64 deaths greatly understates", "812 excess deaths": deaths are of people
        # (not "34 Turkish citizens died": a verb follows a noun of its own)
        return with_fields(c, thing="people", thing_class="people", thing_key="people")
    if c.thing == "people" and first in _VERB_AFTER:
        return with_fields(c, thing=None, thing_class=None, thing_key=None)
    told = _told_of_the_group(c, body, vocab) if c.thing == "people" and first == "of" else None
    if told:
        return with_fields(c, measure=told)
    if c.thing == "people" and first in _PART_AFTER or c.thing == "people" and first.isalpha() and \
            first.islower() and first not in vocab.thing_by_word and first not in vocab.measure_by_word \
            and first not in _FUNCTION_WORDS and not _opens_a_measure(after, vocab):
        # "25 of them", "three hotel blasts", "six hospitals": not a count of the people of the story
        return with_fields(c, thing=None, thing_class=None, thing_key=None, measure=None)
    if c.measure is None:
        # "wounded 4000": a measure word right before the number
        verb = _MEASURE_BEFORE.search(body, max(c.sentence_start, c.start - 30), c.start)
        if verb:
            measure = vocab.measure_by_word.get(fold_keyword(verb.group(1)))
            if measure:
                return with_fields(c, measure=measure)
    if c.measure is not None and _measure_of_others(c, body, vocab, per_sentence):
        c = with_fields(c, measure=None)    # "1.2 million people marched to mourn those killed": not the dead
    listed = _listed_place(c, body, vocab)
    if listed is not None:
        # "Boston: 100,000, the Globe said": a line of a list of places, the figure the list counts
        if thing and not _on_its_line(body, c.end, thing):
            c = with_fields(c, thing=None, thing_class=None, thing_key=None)    # the next line's name
        return with_fields(c, measure=c.measure or _list_heading_measure(body, c.start, vocab) or last_measure,
                           where=listed)
    if c.thing in (None, "people") and (c.measure or last_measure):
        # "Malawi's toll has risen to 326; Mozambique has 67 and Madagascar 17": a place's own count
        # of what the text counted last, the verb said once or not at all
        named = _PLACE_HAS.search(body, max(c.sentence_start, c.start - 40), c.start) \
            or _PLACE_ELIDED.search(body, max(c.sentence_start, c.start - 30), c.start)
        place = named.group(1) if named else None
        if place and vocab.country_of(place):
            return with_fields(c, measure=c.measure or last_measure, where=place)
    if c.thing in (None, "people") and c.measure is None and \
            (_TALLY_BEFORE.search(body, max(c.sentence_start, c.start - 60), c.start)
             and not _tally_of_another_count(c, body, vocab)
             or _REVISED_TO.search(body, max(c.sentence_start, c.start - 70), c.start)
             or _restates_the_count(c, body, vocab)):
        if TOOK_PART in vocab.measures and _gathering_between(vocab).search(body[c.sentence_start:c.start].lower()):
            # "rallies were held in many towns (their number was put at 900,000)": the crowd's tally
            return with_fields(c, measure=TOOK_PART)
        if last_measure:
            return with_fields(c, measure=last_measure)     # "Later it was revised to 79": the toll told before
    return c


# a capacity given after a figure, with its own number: "3,000 fans crammed into a hall built for
# only 900", "a crowd of 40,000 in a ground designed to hold 25,000"
# (the verbs: ``capacity_verbs``)
def _capacity_after_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"[^.;]{{0,60}}?\b(?:{phrase_alternation(vocab.words('capacity_verbs'))})[ \t]+"
                      r"(?:to[ \t]+hold|for)[ \t]+(?:(?:only|just|about|some|around|nearly)[ \t]+)*\d")


_capacity_after = per_vocabulary(_capacity_after_pattern)
_PERMITTED = "permitted"


def _crowd_beside_a_capacity(c: Claim, body: str, vocab: Vocabulary) -> Claim:
    """A figure set against a venue's capacity ("2,000 packed into a hall meant for 600") counts who
    came, not how many were allowed: the capacity's words after it are the later number's measure."""
    if c.measure != _PERMITTED or not _capacity_after(vocab).match(body, c.end, c.sentence_end):
        return c
    before = body[max(c.sentence_start, c.start - 40):c.start].lower()
    found = vocab.measure_pattern.search(before)
    if found and vocab.measure_by_word.get(" ".join(fold_keyword(found.group()).split())) == _PERMITTED:
        return c        # "permission for 500 in a hall built for 900": its own word before it
    return with_fields(c, measure=None)


# the counted thing named before the number as who speaks ("police later said on Friday that 600,000"),
# the thing's words replaced by a NUL
_SPEAKER_BEFORE = re.compile(r"\0\s+(?:[a-z]+\s+){0,2}?(?:said|says|told|reported|announced|estimated|tweeted|wrote)\b"
                             r"[^.;]*$")


# a place and its own count: "Mozambique has 67", "and Madagascar 17"
_PLACE_HAS = re.compile(r"\b([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)(?:'s[ \t]+toll)?[ \t]+(?:has|had|have)[ \t]+"
                        r"(?:(?:about|some|at[ \t]+least|more[ \t]+than|nearly|over)[ \t]+)?$")
_PLACE_ELIDED = re.compile(r"(?:,|\band)[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)[ \t]+$")


# what was done to some of a crowd: "about 100 protesters were dispersed with water cannon" counts
# them, not the crowd ("10,000 people were gathered in the square", "300,000 were estimated to be
# taking part" size it)
_ACTED_ON = re.compile(r"[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:were|was|have[ \t]+been|had[ \t]+been|are[ \t]+being)"
                       r"[ \t]+(?!(?:gathered|assembled|massed|packed|crowded|present|mobili[sz]ed|involved"
                       r"|estimated|reported|recorded|believed|thought|said|counted|expected|seen)\b)"
                       r"[a-z]+(?:ed|en)\b(?![ \t]+to\b)")


# a second source set against the first: "80 were confirmed injured, while unofficial reports spoke
# of 141" (the unofficial reports speak for the 141 only)
_CONTRAST = re.compile(r",\s*(?:while|whereas|but|although|though)\b|;")


def _same_side(named: list[tuple[int, str]], c: Claim, body: str) -> list[tuple[int, str]]:
    """The sources a sentence names on the claim's side of a contrast ("..., while X said"):
    one named across it speaks for the figures on its own side."""
    if not named:
        return named
    sentence = body[c.sentence_start:c.sentence_end]
    if ";" not in sentence and not any(w in sentence for w in ("while", "whereas", "but", "though")):
        return named        # the cheap guard: most sentences set no source against another
    return [(pos, name) for pos, name in named
            if not _CONTRAST.search(body, min(pos, c.end), max(pos, c.start))]


# a count given again in other terms right after the first ("about 5 million customers, or about 10
# million people"): a conversion of that count, an estimate of its own, no rival or update of either
_RESTATED_IN_OTHER_TERMS = re.compile(r"\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand|m|bn))?\s+"
                                      r"[a-z][a-z -]{0,30}?,\s+or\s+$", re.I)


@per_vocabulary
def _peak_before(vocab: Vocabulary) -> re.Pattern[str]:
    """A word of ``peak_words`` in the words of the figure's clause before it ("a Monday peak of",
    "the peak, on Monday night, was", "peaked at")."""
    return re.compile(rf"\b(?:{phrase_alternation(vocab.words('peak_words'))})\b[^.;:]{{0,30}}$", re.I)


@per_vocabulary
def _peak_after(vocab: Vocabulary) -> re.Pattern[str]:
    """``peak_words`` right after the figure: "2 million customers at the peak"."""
    words = phrase_alternation(vocab.words("peak_words"))
    return re.compile(rf"\s+(?:[\w-]+\s+){{0,5}}?at\s+(?:its|the|their)\s+(?:{words})\b", re.I)


def _at_a_peak(c: Claim, body: str, vocab: Vocabulary) -> bool:
    """Whether a figure of a state (an outage, the missing) is its peak, the most at one moment,
    which a report gives beside the count now ("5 million still without power, after a Monday peak
    of 7.8 million"): a quantity of its own, neither the count now nor a rival of it."""
    if c.in_title:
        return False
    return _peak_before(vocab).search(body, max(c.sentence_start, c.start - 40), c.start) is not None \
        or _peak_after(vocab).match(body, c.end, c.sentence_end) is not None


SIGNATURES = "signatures"    # the names put to a petition (things.yaml): a list's, no crowd's


@per_vocabulary
def _name_list_before(vocab: Vocabulary) -> re.Pattern[str]:
    """The words of ``name_list_nouns`` and "of" right before a figure: "the names of"."""
    return re.compile(rf"\b(?:{phrase_alternation(vocab.words('name_list_nouns'))})\s+of\s+$", re.I)


def _names_on_a_list(c: Claim, body: str, vocab: Vocabulary) -> bool:
    """Whether a figure counts the names on a list ("the petition carried the names of 900,000
    people"): its people signed something, they did not gather, whatever the story's crowd."""
    return not c.in_title and _name_list_before(vocab).search(body, max(c.sentence_start, c.start - 30),
                                                              c.start) is not None


def _about_a_crowd(c: Claim, sentence: str, earlier: list[Claim], vocab: Vocabulary) -> bool:
    """Whether a figure of a crowd with no measure of its own gives the crowd's size: its sentence
    names the gathering ("the union put the march at 90,000, the police gave 21,000") or sizes
    the crowd with another figure ("570,000 according to the ministry" after "2 million
    marched"), as it does not in "the march ... the repairs would cost it 21,000"."""
    if TOOK_PART not in vocab.measures:
        return False
    if any(e.measure == TOOK_PART and e.sentence_start == c.sentence_start and e.in_title == c.in_title
           for e in earlier[-3:]):
        return True
    return any(m.group().islower() for m in vocab.crowd_pattern.finditer(sentence))


def _an_acronym(name: str | None) -> bool:
    """A source the text names by its acronym ("the CGT put the march at 500,000") is named, not
    described: no known source elsewhere in the sentence (a rival's "police") stands for it."""
    return name is not None and len(name) >= 2 and name.isupper() and name.isalpha()


# "revised the toll up from 64, a figure widely dismissed, to nearly 3,000": the figure after "to"
# is the same count as the one after "from"
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?(?:earlier\s+|previous\s+|initial\s+)?$", re.I)
_TO_BETWEEN = re.compile(r"[^.;]{0,80}?\bto\s+$", re.I)


def _to_after_from(c: Claim, previous: Claim | None, body: str) -> Claim:
    """A figure that a change brings a count to ("up from 64 ... to nearly 3,000") counts what the
    figure it changes from counts, when its own sentence names no measure and no other thing for it
    ("from 300 soldiers to 40 tanks" counts tanks)."""
    if c.measure is not None or c.kind != "count" or previous is None or previous.measure is None \
            or c.thing not in (None, "people", previous.thing) \
            or previous.in_title != c.in_title or previous.sentence_start != c.sentence_start:
        return c
    if not _TO_BETWEEN.fullmatch(body, previous.end, c.start) or \
            not _FROM_BEFORE.search(body, max(c.sentence_start, previous.start - 30), previous.start):
        return c
    return with_fields(c, measure=previous.measure, thing=previous.thing, thing_class=previous.thing_class,
                       thing_key=previous.thing_key)


def _opens_a_measure(after: str, vocab: Vocabulary) -> bool:
    """Whether the words after a number open a measure of more than one word ("2 million took
    part"): a verb, not a noun of the figure's own."""
    return vocab.measure_pattern.match(after, len(after) - len(after.lstrip())) is not None


def _is_noun_of(word: str, measure: str, vocab: Vocabulary) -> bool:
    """Whether ``word`` names ``measure`` as a noun ("deaths", "fatalities", "dead"), not a verb ("died")."""
    return (word.endswith("s") or word == "dead") and vocab.measure_by_word.get(word) == measure


def _clause(after: str) -> str:
    """The words after a number up to the end of its clause."""
    m = _CLAUSE_END.search(after, 1)
    return after[:m.start()] if m else after


_RATIO_AFTER = re.compile(r"\s*(?:times|-fold|fold|per\s*cent|percent|%|in\s+\d|out\s+of)\b", re.I)


# a rate: "around 100 people a day", "40 arrivals per week" (not "30 died a day earlier")
_PER_PERIOD_AFTER = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|night)\b"
                               r"(?!\s+(?:earlier|before|after|later|ago|or\s+two))")
# a count of those still in hospital, or of deaths in hospital, is a part of the toll, not the toll
_IN_HOSPITAL_BEFORE = re.compile(r"\bin\s+(?:the\s+)?hospitals?\b[^.;,]{0,30}$", re.I)
# ... or of those taken to hospital ("32 soldiers were taken to hospital with wounds")
_IN_HOSPITAL_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:(?:remain|remained|are|were|stayed)\s+(?:still\s+)?in\s+|"
                                r"(?:were|was|have\s+been|had\s+been)\s+(?:taken|brought|rushed|admitted|transferred|"
                                r"airlifted)\s+to\s+)(?:the\s+|a\s+)?hospitals?\b", re.I)

# ... or of one named hospital ("At a single facility, Rizk Hospital, 400 people sought treatment";
# "400 were treated at St Mary's Hospital"): a part by place
_NAMED_HOSPITAL = (r"(?P<hospital>(?:(?!The\b)[A-Z][\w'’.-]*\s+)+"
                   r"(?:Hospital|Medical\s+Cent(?:er|re)|Clinic|Infirmary))\b")
_AT_NAMED_HOSPITAL_BEFORE = re.compile(rf"\b{_NAMED_HOSPITAL}[^.;]{{0,20}}$")
_AT_NAMED_HOSPITAL_AFTER = re.compile(rf"[^.;]{{0,50}}?\b(?:treated|treatment|admitted)\s+(?:at|in|by)\s+(?:the\s+)?"
                                      rf"{_NAMED_HOSPITAL}")


def _in_hospital(c: Claim, body: str) -> str | None:
    """"the injured still in hospital had dropped to 149", "90 remain in hospital", "32 were taken
    to hospital", "400 were treated at Mercy Hospital": a part, and the words that name it by its
    place ("in hospital", "treated at Mercy Hospital"); None for a count that is no such part."""
    window = body[max(c.sentence_start, c.start - 60):c.start]
    if "ospital" in window:
        named = _AT_NAMED_HOSPITAL_BEFORE.search(window)
        if named:
            return "treated at " + " ".join(named.group("hospital").split())
        if _IN_HOSPITAL_BEFORE.search(window):
            return "in hospital"
    after = body[c.end:c.end + 110]
    if "ospital" in after[:50] and _IN_HOSPITAL_AFTER.match(body, c.end):
        return "in hospital"
    named = _AT_NAMED_HOSPITAL_AFTER.match(body, c.end, c.sentence_end) if "Hospital" in after else None
    return "treated at " + " ".join(named.group("hospital").split()) if named else None


# a change, not a level ("lowered the toll by about 100", "a rise of 12"): the lexicon's
# ``change_by``, from the vocabulary's change_verbs and change_nouns (rules/vocabulary/cues.yaml)
# a plural noun right after the counted word: the word is its modifier ("three hotel blasts",
# "two church attacks"); a verb agreeing with a plural count never ends in -s, so this is a noun
_HEAD_AFTER = re.compile(r"[ \t]+([a-z][a-z-]{2,}(?<!s)s)\b")     # not "homeless", "across"
_NOT_HEADS = frozenset(("was", "has", "does", "says", "this", "thus", "plus", "across", "always", "perhaps",
                        "towards", "besides", "afterwards", "unless", "whereas", "nevertheless"))


# a share of a total said as a part: "Hatay alone accounted for 1,647 deaths", "made up 40"
_ACCOUNTED_FOR = re.compile(r"\b(?:accounted|accounts|accounting|made\s+up|makes\s+up)\s+for\s+$|"
                            r"\b(?:made|makes)\s+up\s+$", re.I)


# "fled their homes, 73,000 of them in the past week", "three of whom were children": a part of
# the count before, not its quantity
# "N of them", "fewer than 200 of the injured": a part of a group the text counts, not its count
_PART_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom|the\s+(?=[a-z]))\b", re.I)
# "31,000 of them in Lyon", "4,000 of them in the capital": one place's crowd of a day's turnout, a
# count of its own place (no rival of the whole's)
_OF_THEM_IN_A_PLACE = re.compile(r"\s+of\s+(?:them|those|these)\s+(?:were\s+|was\s+)?in\s+(?:the\s+capital\b|[A-Z])")
# a figure given again for the crowd just counted, by another source or for one of its places, with no
# noun of its own: "the police counted 4,000 and the organisers 19,000", "which had announced 80,000 on
# Monday", "31,000 of them in Lyon", "including 15,000 in Santiago"
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:!?()]|$|(?:of\s+(?:them|those|these)|in|on|for|including|according|across|and"
                            r"|nationwide|countrywide|alone|at\s+the\s+time)\b)", re.I)
_INCLUDING_BEFORE = re.compile(r"\b(?:including|among\s+them|of\s+whom)\s+(?:some\s+|about\s+|nearly\s+)?$", re.I)


def _crowd_counted_again(c: Claim, previous: Claim | None, body: str) -> Claim:
    """A bare figure after a crowd's count in the same sentence counts that crowd ("..., and the
    unions 19,000", "31,000 of them in Lyon"): its thing and measure are the crowd's."""
    if c.kind != "count" or c.measure is not None or previous is None or previous.measure != TOOK_PART \
            or previous.in_title != c.in_title or previous.sentence_start != c.sentence_start \
            or c.thing not in (None, f"{previous.thing} {TOOK_PART}", "people took part"):
        return c
    if not _NO_NOUN_AFTER.match(body, c.end, c.sentence_end):
        return c
    return with_fields(c, measure=previous.measure, thing=previous.thing, thing_class=previous.thing_class,
                       thing_key=previous.thing_key)


def _counted_again_by_another(c: Claim, previous: Claim, body: str, context: "_DocumentContext") -> Claim:
    """A bare figure whose clause leaves out the verb of the figure before it and names another source
    ("the ministry put the toll at 31; the Red Crescent, at 45"): the same count, its thing and measure
    the earlier figure's."""
    if c.kind != "count" or c.measure is not None or previous.measure is None or previous.kind != "count" \
            or previous.in_title != c.in_title or previous.sentence_start != c.sentence_start \
            or c.thing not in (None, previous.thing, "people") or not _NO_NOUN_AFTER.match(body, c.end, c.sentence_end):
        return c
    if any(ch.isdigit() for ch in body[previous.end:c.start]):
        return c        # another figure between them: the gap is of that one's clause
    gapped = subject_of_a_gapped_clause(body, c.sentence_start, c.start)
    if not gapped or not gapped_after_an_estimate(body, c.sentence_start, c.start) \
            or _a_gapped_source(gapped, context, body, c.sentence_start, c.start) is None:
        return c
    return with_fields(c, measure=previous.measure, thing=previous.thing, thing_class=previous.thing_class,
                       thing_key=previous.thing_key)


# "61 people from her State had died": the speaker's own region's share of the toll, a part
_FROM_ONES_OWN = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+from\s+(?:her|his|their|its|our)\s+(?:own\s+)?[A-Za-z]")


# "nine of the shipwreck's survivors were arrested": what befell some of a group, said after it
_OF_THE_GROUP_WERE = re.compile(r"\s+of\s+the\s+[\w'’ -]{1,40}?\s+(?:were|was|have\s+been|had\s+been|are|is)\s+")


def _measure_of_the_chosen(c: Claim, body: str, vocab: Vocabulary) -> str | None:
    """The measure of a count picked from a group ("nine of the survivors were arrested": arrested),
    when it is not a toll or an injury (for "two of the survivors later died" is a part of the
    toll, never a statement of it), else None."""
    if c.kind != "count" or " of the " not in body[c.end:c.end + 9]:
        return None
    m = _OF_THE_GROUP_WERE.match(body, c.end, c.sentence_end)
    if m is None:
        return None
    found = vocab.measure_pattern.match(body, m.end(), c.sentence_end)
    measure = vocab.measure_by_word.get(" ".join(fold_keyword(found.group()).split())) if found else None
    return measure if measure and measure not in OF_PEOPLE and vocab.is_cumulative(measure) else None


# a figure in apposition to most of a group: "Most of the dead, 210, came from towns south of the city"
_MOST_OF_THEM_BEFORE = re.compile(r"\b(?:most|many|some|half|the\s+majority|the\s+bulk)\s+of\s+"
                                  r"(?:the|them|those|these)\b[^,;]{0,30},\s*$", re.I)


# a sentence that opens with the group a figure is picked from, the figure with no noun of its own:
# "Of the newly recovered dead, eight were in cars", "Among those rescued, 40 had been in the water"
_OF_THE_GROUP_OPENING = re.compile(r"\s*(?:Of|Among)\s+(?:the|them|those|these|all)\b[^,;:]{0,50},\s*$")
_BARE_VERB_AFTER = re.compile(r"\s+(?:were|was|had|have|are|is|died|remain|remained)\b")


def _is_a_share_of_a_total(c: Claim, body: str) -> bool:
    """"Hatay alone accounted for 1,647 deaths", "Most of the dead, 210, came from ...", "Of the
    dead, seven were in homes": a place's or a group's part of the toll."""
    window = body[max(c.sentence_start, c.start - 40):c.start]
    return ("for" in window or "up" in window) and bool(_ACCOUNTED_FOR.search(window)) \
        or " of " in window and bool(_MOST_OF_THEM_BEFORE.search(window)) \
        or c.start - c.sentence_start < 80 and _BARE_VERB_AFTER.match(body, c.end, c.sentence_end) is not None \
        and _OF_THE_GROUP_OPENING.match(body, c.sentence_start, c.start) is not None


# a difference, not a level: "1,400 more people died than first estimated", "30 fewer beds than last year"
# an increment ("raised the toll to 278, saying three more people had died"): after a figure of the
# same measure in its sentence, what was added to it, not the figure ("29 killed and 36 more
# wounded" is a group of its own)
_INCREMENT = re.compile(r"\s+(?:more|additional|further)\b(?!\s+than\b)", re.I)
_JOINED_BY_AND = re.compile(r"[^.;:]*\band\s+")
_INCREMENT_BEFORE = re.compile(r"\b(?:[Aa]nother|an\s+additional|a\s+further)\s+$")     # "found another 100 bodies"


# a projection, not a count of what happened: "could reach 20,000", "might rise to 20,000", "is
# expected to exceed 500", "are feared to be 300" (not "may have killed 300": an estimate of the past)
_PROJECTED_BEFORE = re.compile(
    r"\b(?:could|may|might|will|(?:is|are|was|were)\s+(?:expected|feared|likely|set|forecast|projected)\s+to)"
    r"\s+(?:well\s+|even\s+|eventually\s+|further\s+|still\s+|soon\s+)?"
    r"(?:reach|rise|climb|increase|grow|jump|soar|go\s+up|exceed|top|surpass|pass|hit|be|double|triple|draw|attract)\b"
    r"[^.;:,\d]{0,25}$")
class _Expected:
    """A turnout or toll looked for, not counted: "organisers expected 50,000", "they might see a million
    people", "police had planned for 20,000" (not "as expected, 300 came": the count that followed); the
    words (``expectation_words``) from the vocabulary, "could see" by grammar."""

    def __init__(self, vocab: Vocabulary) -> None:
        words = vocab.words("expectation_words")
        self.before = re.compile(
            rf"\b(?:(?:could|may|might|would|will)\s+(?:well\s+|even\s+)?see|{phrase_alternation(words)})"
            r"\s+(?:(?:as\s+many\s+as|up\s+to|about|around|some|more\s+than|over|nearly|almost|at\s+least"
            r"|a\s+crowd\s+of)\s+)?$", re.I)
        # a word every match holds, for ``may_hold``: most windows hold none, and ``in`` tests cost a
        # fraction of the pattern's search
        self.cheap = tuple(dict.fromkeys(("see", *(w.split()[0][:6] for w in words))))
        # a guess at what it came to (``guess_words``): "the true toll likely exceeded 5,000", "was probably 300"
        guesses = vocab.words("guess_words")
        alternation = phrase_alternation(guesses)
        self.guess = re.compile(
            rf"\b(?:(?:is|are|was|were)\s+(?:{alternation})|(?:{alternation})\s+"
            r"(?:exceeded|topped|surpassed|passed|reached|was|were|is|are))\b[^.;:,\d]{0,25}$", re.I)
        self.guess_cheap = tuple(dict.fromkeys(w.split()[0][:6] for w in guesses))


_expected = per_vocabulary(_Expected)


# a clause of an earlier event, dated by how long before it was: "little more than three years
# after a dam burst in Mariana and killed 19 people", "a decade after the tsunami killed 230,000"
_AFTER_AN_EARLIER_EVENT = re.compile(r"\b(?:years?|months?|decades?|a\s+decade|a\s+year)\s+(?:after|since)\s+"
                                     r"(?:a|an|another|the)\b[^;:]*$", re.I)


def _of_an_earlier_event(c: Claim, body: str) -> bool:
    """A figure of an earlier event the sentence names by how long ago it was ("comes three
    years after a dam burst ..., and killed 19 people"): another incident's, no quantity of this."""
    window = body[max(c.sentence_start, c.start - 160):c.start]
    return ("after" in window or "since" in window) and _AFTER_AN_EARLIER_EVENT.search(window) is not None


# a clause naming an earlier event by its year ("deadlier than the collapse of a dam in 2015 at a
# mine owned by Samarco"), and a sentence whose subject is a name from it ("The Samarco break ...")
# or a pronoun after such a sentence ("It killed 19 people")
_EARLIER_EVENT_CLAUSE = re.compile(r"\b(?:than|after|since|like|recalls?|recalled|echoe?s?d?)\s+(?:the|a|an|another)\b"
                                   r"[^.;]*?\b(?:1[89]\d\d|20\d\d)\b[^.;]*", re.I)
_NAMED_SUBJECT = re.compile(r"\s*(?:The|That|This)\s+((?:[A-Z][\w'’-]+\s+){1,3})[a-z]")
_PRONOUN_SUBJECT = re.compile(r"\s*(?:It|That|This|They)\s+[a-z]")


def _sentence_before(sentences: Sentences, start: int) -> int | None:
    """Where the sentence before the one starting at ``start`` starts, or None at the text's start."""
    return sentences.span(start - 1)[0] if start > 0 else None


def _names_an_earlier_event(subject: str, before: str) -> bool:
    """Whether a sentence's subject ("The Samarco break") is a name the text gave before to an
    earlier event, dated by its year."""
    named = _NAMED_SUBJECT.match(subject)
    if named is None:
        return False
    names = set(named.group(1).split())
    return any(names & set(re.findall(r"\b[A-Z][\w'’-]+", m.group(0)[4:]))
               for m in _EARLIER_EVENT_CLAUSE.finditer(before))


def _of_a_named_earlier_event(c: Claim, body: str, context: "_DocumentContext") -> bool:
    """A figure of a sentence about an earlier event the text named by its year a sentence or two
    before ("... deadlier than the collapse of a dam in 2015 owned by Samarco. The Samarco break
    released more waste. It killed 19 people."): another incident's, no quantity of this.
    A sentence whose subject is no "The ..." name (most) needs no sentence before it: the text's
    sentences are looked up (and split, once a document) only past that test."""
    subject_at = c.sentence_start
    if _PRONOUN_SUBJECT.match(body, subject_at, c.start):
        if subject_at <= 0:
            return False
        previous = _sentence_before(context.sentences(c.in_title), subject_at)
        if previous is None:
            return False
        subject_at = previous
    if _NAMED_SUBJECT.match(body[subject_at:subject_at + 60]) is None:
        return False
    sentences = context.sentences(c.in_title)
    earlier = _sentence_before(sentences, subject_at)
    if earlier is None:
        return False
    reach = _sentence_before(sentences, earlier)
    before = body[reach if reach is not None else earlier:subject_at]
    return _names_an_earlier_event(body[subject_at:subject_at + 60], before)


# a figure given as a difference from another ("200,000 more than came last year", "3,000 fewer than
# in 2019"): no count of a thing, whatever its noun
_DIFFERENCE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:more|fewer|less)\s+than\b")

# a ceremony named by whose or which year it was ("President Kim's inauguration", "the 2016 coronation"):
# a crowd counted at it is that gathering's, never the story's own, and one quantity in every report
# (the words: ``ceremony_words``)
def _ceremony_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(r"(?:\b(?P<who>(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.-]*)['’]s\s+"
                      r"|\bthe\s+(?P<year>(?:19|20)\d\d)\s+)"
                      rf"(?P<what>{phrase_alternation(vocab.words('ceremony_words'))})\b")


_ceremony = per_vocabulary(_ceremony_pattern)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# another gathering named ("rallies", "crowd of": ``gathering_words``), read on lower-cased text: a word
# that is a month's name ("march") only where it is no date ("since March 1", "in March", "5 March")
_NO_DATE_BEFORE = r"(?<!since )(?<!\bin )(?<!\bof )(?<!last )(?<!until )(?<!\bby )(?<!from )(?<!\d )"


def _gathering_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    """Another gathering named, so a crowd figure is not the ceremony's."""
    words = vocab.words("gathering_words")
    months = [w for w in words if w in MONTHS]
    others = [w for w in words if w not in MONTHS]
    alternatives = [rf"{_NO_DATE_BEFORE}(?:{phrase_alternation(months)})(?![ \t]+\d)"] if months else []
    if others:
        alternatives.append(phrase_alternation(others))
    return re.compile(rf"\b(?:{'|'.join(alternatives)})\b" if alternatives else r"(?!x)x")


_gathering_between = per_vocabulary(_gathering_pattern)


class _TurnoutWords:
    """``gathering_turnout_words`` as a pattern, and the measures some of them are words of ("turned
    out": cast), the only ones a gathering's crowd is read over."""

    def __init__(self, vocab: Vocabulary) -> None:
        words = vocab.words("gathering_turnout_words")
        self.pattern = re.compile(rf"\b(?:{phrase_alternation(words)})\b", re.I)
        self.measures = frozenset(m for w in words if (m := vocab.measure_by_word.get(w)))


_turnout_words = per_vocabulary(_TurnoutWords)


def _turnout_of_a_gathering(sentence: str, measure: str | None, vocab: Vocabulary) -> bool:
    """Whether a figure with no measure, or with the one a word of ``gathering_turnout_words`` gives
    ("turned out": votes cast), is a gathering's crowd: the sentence names a march, a rally or a protest
    (``gathering_words``), nothing of a poll (``poll_words``), and such a word ("put the turnout at
    40,000", "the rally drew 90,000", "half a million people had turned out")."""
    words = _turnout_words(vocab)
    if measure is not None and measure not in words.measures:
        return False
    found = [vocab.measure_by_word.get(" ".join(fold_keyword(m.group()).split()))
             for m in words.pattern.finditer(sentence)]
    totals = vocab.words("total_nouns")        # a crowd has its count too: "a tally of turnout estimates"
    return bool(found) and (measure is None or measure in found) \
        and _gathering_between(vocab).search(sentence.lower()) is not None \
        and all(m.group().lower() in totals for m in lexicon(vocab).poll_words.finditer(sentence))


def _ceremony_of(c: Claim, body: str, vocab: Vocabulary) -> str | None:
    """The ceremony a crowd figure's clause names ("the crowd at Mayor Diaz's inauguration, which
    police put at 40,000"; "Mayor Diaz's inauguration drew 40,000"; "40,000 came to Mayor Diaz's
    inauguration"), named as its quantity's period ("Diaz's inauguration"), or None: no ceremony, or
    a number or another gathering between them (the clause is another figure's)."""
    ceremony = _ceremony(vocab)
    before = list(ceremony.finditer(body, c.sentence_start, c.start))
    found = before[-1] if before else None
    if found is not None:
        between = _YEAR.sub("", body[found.end():c.start])
    else:
        found = ceremony.search(body, c.end, c.sentence_end)
        between = body[c.end:found.start()] if found else ""
        if found is not None and (re.search(r"[,;:]|\bthan\b", between)):
            return None     # "90,000 marched, more than at Mayor Diaz's inauguration": a comparison
    if found is None or any(ch.isdigit() for ch in between) or _gathering_between(vocab).search(between.lower()) \
            or ";" in between:
        return None
    who = found.group("who") or found.group("year")
    what = "inauguration" if found.group("what") == "inaugural" else found.group("what")
    return f"{who.split()[-1]}'s {what}" if found.group("who") else f"{who} {what}"


# a clause opened after a crowd's word, of another act: "Crowds cheered as the last of the 12 climbers
# came down" (not the hedge "crowds of as many as 5,000", nor a rival's "while organisers said 8,000")
_SUBORDINATE = re.compile(r"\b(?:(?<!many )(?<!much )as(?!\s+(?:many|much|few|high|large|well)\b)|when|once"
                          r"|until)\b", re.I)


def _crowd_of_another_clause(c: Claim, body: str, vocab: Vocabulary) -> bool:
    """Whether the only word of a crowd near a count lies in another clause before it ("Crowds
    cheered as the 12 climbers came down"): those counted are the crowd's occasion, not the crowd."""
    clause = _clause(body[c.end:c.sentence_end])
    if any(vocab.measure_by_word.get(" ".join(fold_keyword(m.group()).split())) == TOOK_PART
           for m in vocab.measure_pattern.finditer(clause)):
        return False
    before = body[c.sentence_start:c.start]
    crowd = [m for m in vocab.measure_pattern.finditer(before)
             if vocab.measure_by_word.get(" ".join(fold_keyword(m.group()).split())) == TOOK_PART]
    return bool(crowd) and _SUBORDINATE.search(before, crowd[-1].end()) is not None


# a crowd looked for, told after its figure: "Over 65,000 people are expected to join the march", "20,000
# fans were expected at the stadium" (not "as expected": the count that followed)
_EXPECTED_AFTER = re.compile(r"[^.;:\d]{0,50}?\b(?:is|are|was|were|had\s+been|have\s+been)\s+(?:still\s+)?"
                             r"(?:expected|anticipated|forecast|predicted|projected)\b")


_OTHER_SUBJECT = re.compile(r"\b(?:and|but|while|whereas|more|others)\b")


# one spot of an event the text leaves unnamed: "In a single neighbourhood, 22 people died", "killed 14 in
# one building" (not a time: "in a single day" is a period's count)
_ONE_SPOT = re.compile(r"\b(?:in|at|inside|from|on)\s+(?:a\s+single|just\s+one|only\s+one|one)\s+"
                       r"(?!(?:day|week|month|year|hour|night|weekend|morning|afternoon|evening|decade|season|go|"
                       r"of|or|and|another)s?\b)[a-z][a-z-]+\b", re.I)


# a sentence that opens with a capitalised month and two words after it ("March organizers estimated ...")
# (after a dateline: "LOS ANGELES (AFP) — March organizers ...")
_OPENING_MONTH = re.compile(r"(?:^|(?<=[—–])|(?<=--))\s*[\"“']?(?P<month>[A-Z][a-z]+)[ \t]+(?P<next>[a-z][\w'’-]*)\b")
_MONTH_WORD = re.compile(r"\b(?:" + "|".join(m.capitalize() for m in MONTHS if len(m) > 3 or m == "may") + r")\b")


def _month_names_a_source(sentence: str, vocab: Vocabulary) -> bool:
    """Whether the only month a sentence names opens it as the name of a gathering before its source
    ("March organizers estimated that ...": the organisers of the march, a source the vocabulary knows),
    so no date: the sentence's figures are of the report's day, not of a March."""
    found = _OPENING_MONTH.search(sentence, 0, 200)
    if found is None or found.group("month").lower() not in MONTHS or len(_MONTH_WORD.findall(sentence)) != 1:
        return False
    named = f"{found.group('month')} {found.group('next')}"
    return vocab.source_by_alias.get(" ".join(fold_keyword(named).split())) is not None


def _in_one_unnamed_spot(c: Claim, body: str, per_sentence: PerSentence) -> bool:
    """Whether a figure's clause gives it for one spot the text names no further ("In a single neighbourhood,
    22 died"): some of the event's figure, never a rival or an update of it."""
    if not per_sentence.once(("one spot", c.in_title, c.sentence_start), lambda: any(
            w in body[c.sentence_start:c.sentence_end] for w in (" one ", "single"))):
        return False
    start = c.sentence_start
    for boundary in _CLAUSE_END.finditer(body, max(c.sentence_start, c.start - 200), c.start):
        start = boundary.end() if not _ONE_SPOT.search(body, start, boundary.start()) else start
    end = _CLAUSE_END.search(body, c.end, c.sentence_end)
    return _ONE_SPOT.search(body, start, end.start() if end else c.sentence_end) is not None


def _is_projection(c: Claim, body: str, vocab: Vocabulary) -> bool:
    """"The toll could reach 20,000", "deaths might rise to 18,000 to 20,000", "100,000 were expected to
    join": what a count may become, or was looked for, is no statement of what it is."""
    at = c.number_start or c.start
    window = body[max(c.sentence_start, at - 60):at]
    expected = _expected(vocab)
    if may_hold(window, expected.cheap) and expected.before.search(window):
        return True
    found = _EXPECTED_AFTER.match(body, c.end, c.sentence_end) if "expect" in body[c.end:c.end + 80] else None
    if found is not None and not _OTHER_SUBJECT.search(found.group()):
        return True     # (not "killed 30, and more are expected to die": another clause's subject)
    if ("could" in window or "may" in window or "might" in window or "will" in window or " to " in window) \
            and _PROJECTED_BEFORE.search(window) is not None:
        return True
    return may_hold(window, expected.guess_cheap) and expected.guess.search(window) is not None


def _added_today_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    """The words that date what "N more" added (``added_today_words``: "72 more were rescued today")."""
    return re.compile(rf"\b(?:{phrase_alternation(vocab.words('added_today_words'))})\b", re.I)


_added_today = per_vocabulary(_added_today_pattern)


def _is_increment(c: Claim, measure: str | None, body: str, earlier: list[Claim], vocab: Vocabulary) -> bool:
    if measure is None:
        return False
    if _INCREMENT_BEFORE.search(body, max(c.sentence_start, c.start - 20), c.start):
        # "found another 100 bodies" adds to the bodies counted before ("took in 27 bodies. Another
        # 89 lay dead": a figure of no measure of its own too); "killed 125. Another 180 were
        # injured" counts others
        told = [e for e in earlier[-2:] if e.in_title == c.in_title and e.start < c.start]
        return not told or any(e.measure in (measure, None) for e in told)
    before = [e for e in reversed(earlier[-4:]) if e.sentence_start == c.sentence_start
              and e.in_title == c.in_title and e.start < c.start]
    if not _INCREMENT.match(body, c.end, c.sentence_end):
        # "two more bodies had been recovered and one person had died in surgery": listed with
        # what was added, it was added too, not the toll
        return any(_INCREMENT.match(body, e.end, e.sentence_end) and _JOINED_BY_AND.fullmatch(body, e.end, c.start)
                   for e in before[:1])
    # "one more person died", "found two more bodies": what was added, with no figure before it; after
    # a figure of another measure "more" means others ("29 killed and 36 more wounded")
    if before:
        return any(e.measure == measure for e in before)
    # so too after such a figure in an earlier sentence ("The blast killed 30. Nearly 90 more people
    # were hurt"), unless a day dates what was added ("12 more were pulled out alive today") or the
    # sentence goes on to the total it was added to ("found two more bodies, so the toll is now 80")
    last = next((e for e in reversed(earlier) if e.in_title == c.in_title and e.start < c.start), None)
    return last is None or last.measure in (measure, None) \
        or _added_today(vocab).search(body, c.end, c.sentence_end) is not None \
        or _tally_nouns(vocab).search(body, c.end, c.sentence_end) is not None


# the whole a part is picked from: "only 212 of the 340 passengers had been rescued", "some of the 60
# miners were rescued": what the verb says befell the part, not the whole ("all but two of the 40
# miners were rescued" says it of the whole)
_PART_OF_THE_BEFORE = re.compile(r"(?<!\bbut\s)\b(?:\d[\d,.]*|some|most|many|half|few|none|one|two|three|four|five|"
                                 r"six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+of\s+(?:the|its|their|his|her)\s+$",
                                 re.I)


# the whole a count before it is given out of: "4.4 million customers, out of almost 5 million"
_OUT_OF_BEFORE = re.compile(r"\d[^.;]{0,80}?\bout\s+of\s+(?:a\s+total\s+of\s+|the\s+|its\s+|their\s+)?$", re.I)


def _is_the_whole_of_a_part(c: Claim, body: str) -> bool:
    """Whether a figure is the group a part of it is picked from ("212 of the 340 passengers",
    "4.4 million customers out of almost 5 million")."""
    if " of " not in body[max(c.sentence_start, c.start - 22):c.start]:
        return False
    return bool(_PART_OF_THE_BEFORE.search(body, max(c.sentence_start, c.start - 40), c.start)
                or _OUT_OF_BEFORE.search(body, max(c.sentence_start, c.start - 100), c.start))


# passengers are the people aboard: a whole named so ("of the 475 passengers and crew") is that count
_ABOARD_GROUP = re.compile(r"\s+(?:passengers(?:\s+and\s+crew(?:\s+members)?)?|people\s+(?:aboard|on\s+board))\b",
                           re.I)


def _groups_aboard(vocab: Vocabulary) -> dict[str, str]:
    """One group of those aboard, counted by its own noun (``passenger_nouns``, ``crew_nouns``): the
    passengers without the crew, or the crew."""
    return {**{w: "passengers" for w in vocab.words("passenger_nouns")},
            **{w: "crew" for w in vocab.words("crew_nouns")}}


_one_group_nouns_aboard = per_vocabulary(_groups_aboard)


# the passengers named beside a count of the crew: "the 210 passengers and 12 crew", "all 96 passengers or
# the six crew members": the passengers alone, however the sentence picks from them; and the two groups
# named together after a count, "155 passengers and crew": everyone aboard (``passenger_nouns``, ``crew_nouns``)
# a count spelled out ("twelve", "forty-two"): the number words extraction reads (``extract.numbers``)
_SPELLED_COUNT = rf"(?:{trie_alternation(TENS)})(?:-(?:{trie_alternation(UNITS)}))?|{trie_alternation(UNITS)}"


class _GroupsAboard:
    """The patterns of the passengers and the crew named after a count, from one vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        passengers = phrase_alternation(vocab.words("passenger_nouns"))
        crew = phrase_alternation(vocab.words("crew_nouns"))
        self.crew_counted_apart = re.compile(
            rf"\s+(?:{passengers})\s*(?:,|and|or|as\s+well\s+as|plus)\s+(?:the\s+|its\s+|their\s+|all\s+)?"
            rf"(?:\d[\d,]*|{_SPELLED_COUNT})\s+(?:{crew})\b", re.I)
        self.both_after = re.compile(
            rf"\s+(?:(?:{passengers})\s+and\s+(?:{crew})|(?:{crew})\s+and\s+(?:{passengers}))\b", re.I)


_groups_named_aboard = per_vocabulary(_GroupsAboard)


def _one_group_aboard(thing: str | None, body: str, end: int, vocab: Vocabulary) -> str | None:
    """The group a count aboard names by its own noun ("150 passengers", "five crew members"): a part
    of everyone aboard ("155 people on board", "155 passengers and crew"), not a rival count of it."""
    if _groups_named_aboard(vocab).both_after.match(body, end):
        return None
    return _one_group_nouns_aboard(vocab).get(" ".join((thing or "").lower().split()))


_MORE_THAN_AFTER = re.compile(r"\s+(?:more|fewer|less)\b(?:\s+[\w'’-]+){0,8}?\s+than\b", re.I)


def _is_change(c: Claim, body: str, change_by: re.Pattern[str]) -> bool:
    """A change of a figure ("lowered the toll by about 100") or a difference ("1,400 more died than
    estimated") is no statement of the figure."""
    if _MORE_THAN_AFTER.match(body, c.end, c.sentence_end):
        return True
    window = body[max(c.sentence_start, c.start - 80):c.start]
    return ("by" in window or " of" in window) and bool(change_by.search(window.lower()))


def _some_of_the_facts(thing: Referent, vocab: Vocabulary) -> str | None:
    """The words before a thing an incident is counted in that name some of them only ("three
    high-end hotels" of "four hotels"), or None for the whole ("four other hotels", "Turkish")."""
    words = thing.text.lower().split()
    names = vocab.thing_by_word
    for n in (3, 2, 1):
        if len(words) >= n and names.get(" ".join(words[-n:])) == thing.cls:
            words = words[:-n]
            break
    plain = vocab.words("whole_fact_modifiers")
    some = [w for w in words if w not in plain and w not in vocab.place_by_demonym]
    return " ".join(some) or None


def _counts_a_modifier(c: Claim, body: str) -> bool:
    """"the three hotel blasts": a count above one of a word in the singular, followed by a
    plural noun, counts that noun; the word only says which (a blast at a hotel is no hotel)."""
    return _modified_head(c, body) is not None


def _modified_head(c: Claim, body: str) -> str | None:
    """The plural noun a singular thing word modifies ("three hotel blasts": blasts), if any."""
    thing = c.thing
    if not thing or " " in thing or thing.endswith("s") or c.value is None or c.value <= 1:
        return None
    at = body.find(thing, c.start, c.end + len(thing) + 25)
    if at < 0:
        return None
    m = _HEAD_AFTER.match(body, at + len(thing))
    return m.group(1) if m is not None and m.group(1) not in _NOT_HEADS else None


def _is_ratio(c: Claim, body: str) -> bool:
    """A share or a ratio ("a quarter", "half", "70 times", "1 in 4") counts nothing itself."""
    return (c.value is not None and 0 < c.value < 1) or bool(_RATIO_AFTER.match(body, c.number_end or c.end))


_PUNCT = "\"'’“”()[],;:!?"


def _bare(words: str) -> str:
    """Words as the vocabulary keys names: lower case, without quotes, brackets or a possessive."""
    name = words.strip(_PUNCT).lower()
    return name[:-2] if name.endswith(("'s", "’s")) else name




def _countries_named(text: str, vocab: Vocabulary, demonyms_too: bool = True) -> list[str | None]:
    """The country of every known place or demonym named in ``text``, the longest name first
    ("The Sri Lankan police" → Sri Lanka; "Turkey's" → Turkey). Names are capitalised, so only
    capitalised words are looked up: several times cheaper than running the place lexicon."""
    places = vocab.place_by_alias
    demonyms = vocab.place_by_demonym if demonyms_too else {}
    starts = vocab.place_name_starts
    words = text.split()
    out: list[str | None] = []
    i = 0
    while i < len(words):
        word = words[i]
        if not word[:1].isupper() or (first := _bare(word)) not in starts and first.rstrip(".") not in starts:
            i += 1
            continue
        for j in range(min(len(words), i + 3), i, -1):
            name = _bare(" ".join(words[i:j]))
            place = places.get(name) or demonyms.get(name) or places.get(name.rstrip("."))
            if place:
                out.append(vocab.country_of(place))
                i = j
                break
        else:
            i += 1
    return out


# a sentence that opens with its place: "In neighbouring Syria, ...", "In Syria, 6,760 deaths ..."
_OPENING_PLACE = re.compile(r"\s*In\s+(?:(?:neighbou?ring|northern|southern|eastern|western|central)\s+)?"
                            r"([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?),")


def _clause_country(c: Claim, body: str, vocab: Vocabulary) -> str | None:
    """The one country the figure's own clause names by a place ("2,530 people have been killed
    in Syria", "Turkey's toll has climbed to 12,391", "Hatay accounted for 1,647"), or of the one
    among several its extracted place is ("53 dead in Mozambique and 17 in Madagascar"), else the
    place the sentence opens with ("In Syria, 6,760 deaths were recorded"); a demonym ("the
    Syrian Observatory", "the Turkish border") places no figure."""
    start = max(c.sentence_start, c.start - CLAUSE_REACH)
    for boundary in CLAUSE_BOUNDARY.finditer(body, start, c.start):
        start = boundary.end()
    after = CLAUSE_BOUNDARY.search(body, c.end, c.sentence_end)
    clause = body[start:after.start() if after else c.sentence_end]
    named = {x for x in _countries_named(clause, vocab, demonyms_too=False) if x}
    if len(named) == 1:
        return named.pop()
    if named:
        # "53 people dead in Mozambique and 17 in Madagascar": the one extraction placed it in
        own = vocab.country_of(c.where) if c.where and c.where in clause else None
        return own if own in named else None
    opening = _OPENING_PLACE.match(body, c.sentence_start)
    return vocab.country_of(_bare(opening.group(1))) if opening and opening.end() <= c.start else None


_PLACE_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
_PLACE_LIST = re.compile(rf"{_PLACE_NAME}(?:, {_PLACE_NAME})+,? and {_PLACE_NAME}")
_TWO_PLACES = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) and ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")


def _countries_joined(sentence: str, vocab: Vocabulary) -> str | None:
    """"Turkey+Syria" when the sentence counts over two countries joined by "and" ("the death
    toll in Turkey and Syria surpasses 15,000"): a total of its own, not either country's."""
    if " and " not in sentence:
        return None
    for m in _PLACE_LIST.finditer(sentence):
        # "across Nepal, India and Tibet": a toll over all the places listed, a region the
        # vocabulary knows as no country kept by its name (not one country's, nor two's)
        places = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(0))]
        countries = [vocab.country_of(_bare(p)) for p in places]
        if sum(1 for x, p in zip(countries, places) if x and x.lower() == _bare(p)) >= 2:   # not "Ramos, Flores"
            return "+".join(sorted({x or p for x, p in zip(countries, places)}))
    for m in _TWO_PLACES.finditer(sentence):
        pair = {country for p in (_bare(m.group(1)), _bare(m.group(2))) if (country := vocab.country_of(p))}
        if len(pair) == 2:
            return "+".join(sorted(pair))
    return None


def _home_country(doc: Document, claims: list[Claim], vocab: Vocabulary) -> str | None:
    """The country most of a document's claims are placed in, else the one its title and
    opening name most."""
    votes = Counter(vocab.country_of(c.where) for c in claims if c.where)
    votes.pop(None, None)
    opening = (doc.title or "") + "\n" + doc.text[:400]
    if not votes:
        votes = Counter(_countries_named(opening, vocab))
        votes.pop(None, None)
    if not votes:
        return _gazetteer_home(opening, vocab)
    return votes.most_common(1)[0][0] if votes else None


_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'’-]*\b")
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?][\"'’”]?\s+)\s*$")
_LOWER_NEXT = re.compile(r" [a-z]")
# a word that says a place follows: "the port of Kalamata", "in Kalamata", "off Lampedusa"
_PLACE_CUE = re.compile(r"\b(?:(?:port|town|city|village|island|province|region|streets|centre|center|outskirts"
                       r"|suburbs?)\s+of|in|at|near|off|outside)\s+$")
# a capitalised word right after another is part of a longer name ("the Barcelona Guardia Urbana",
# "Societat Civil Catalana"), not a town of its own
_IN_A_NAME = re.compile(r"\b(?!(?:The|A|An|In|At|On|Of|From|To|By|For|As|And|But|Near|Off|Outside)[ \t])"
                        r"[A-Z][\w'’-]*[ \t]$")


def _gazetteer_home(opening: str, vocab: Vocabulary) -> str | None:
    """The country the world's gazetteer places the capitalised names of a headline and opening
    in ("Railways put Odisha crash toll at 278" and a "Bhubaneswar:" dateline: India), when the
    vocabulary knows none of them. Many a capitalised word is also some town's name ("Time",
    "Roy"), so a country needs two names and more than any other, or one the text gives
    as a place ("at the port of Kalamata") and no rival."""
    skip = attribution_words(vocab).not_sources
    # a name no country holds casts no vote and cues none: dropped before the tests of its
    # neighbours (``country_of`` is memoised; the tests are searches)
    found = [m for m in _CAPITALISED.finditer(opening) if m.group() not in skip and vocab.country_of(m.group())]
    # a body sentence's first word is capitalised whatever it is ("Most of the people ..."): no name
    # unless no lower-case word follows it (a dateline: "Bhubaneswar:"); a headline's first is a name
    body_from = opening.find("\n") + 1
    # a name counts once in the headline and once in the opening ("... as Lagos orders inquiry" over
    # "The Lagos State government said"): named in both, it is what the story is about
    names = {(m.group(), m.start() >= body_from) for m in found
             if not (m.start() >= body_from and _LOWER_NEXT.match(opening, m.end())
                     and _SENTENCE_START.search(opening, max(0, m.start() - 3), m.start()))
             and not _IN_A_NAME.search(opening, max(0, m.start() - 30), m.start())}
    cued = {m.group() for m in found if _PLACE_CUE.search(opening, max(0, m.start() - 14), m.start())}
    votes = Counter(vocab.country_of(w) for w, _ in names)
    # a name the text gives as a place ("the streets of Barcelona") outweighs one that is only
    # capitalised (a headline's first word: "Independence movement holds ...")
    votes.update(vocab.country_of(w) for w in cued if any(w == n for n, _ in names))
    votes.pop(None, None)
    ranked = votes.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    if ranked[0][1] < 2 and (len(ranked) > 1 or not any(vocab.country_of(w) == ranked[0][0] for w in cued)):
        return None     # one name alone places the story only where the text says it is a place
    return ranked[0][0]


_NAME_AFTER = re.compile(r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}")


class _DocumentContext:
    """What resolve knows of a whole document, worked out only when a claim needs it."""

    def __init__(self, doc: Document, claims: list[Claim], vocab: Vocabulary, read: ReadText | None = None) -> None:
        self.doc, self.claims, self.vocab = doc, claims, vocab
        self._sentences: dict[tuple, list[tuple[int, str]]] = {}
        # the body as extraction read it, when the caller passes it on
        self._lower: dict[bool, str] = {False: read.lower} if read is not None else {}
        self._sentence_spans: dict[bool, Sentences] = {False: read.sentences} if read is not None else {}
        self._people: dict[str, str | None] = {}
        self._authorities: dict[str, str | None] = {}
        self._clauses: dict[tuple[bool, int], str | None] = {}

    @cached_property
    def incident(self) -> str:
        """Where the document's event happened, the first part of its quantity keys: the
        country most of its claims are placed in (a place the vocabulary does not know counts
        only when neither the claims nor the headline and opening name a known one: extraction
        reads "Easter Sunday" or a storm's name as a place). (Not the day: reports days apart give
        one toll different days.)"""
        known = Counter(country for c in self.claims if c.where
                        and (country := self.vocab.country_of(c.where) or self._country_after(c.where)))
        headline = self.headline_country
        if headline and known and headline != known.most_common(1)[0][0]:
            # "Greek migrant shipwreck toll rises": where it happened, though the victims' country
            # ("in Pakistan a dozen suspects have been detained") is named more often
            return headline
        if not known and self.home:
            return self.home        # the headline and opening name it ("Maria devastated Puerto Rico")
        places = known or Counter(c.where and self.vocab.canonical_place(c.where) or "" for c in self.claims
                                  if c.where)
        # a tie goes to the headline's country, else to the one the text names first ("killed at
        # least 41 in Myanmar's Rakhine state ... struck near Cox's Bazar in neighbouring Bangladesh")
        order = {p: i for i, p in enumerate(places)}
        return min(places, key=lambda p: (-places[p], p != headline, order[p])) if places else "somewhere"

    def _country_after(self, place: str) -> str | None:
        """The country of the place the text names right after a town no country alone holds
        ("in Buffalo, New York": the United States; "Valencia, Spain")."""
        at = self.doc.text.find(place + ", ")
        if at < 0:
            return None
        after = _NAME_AFTER.match(self.doc.text, at + len(place) + 2)
        return self.vocab.country_of(after.group()) if after else None

    @cached_property
    def headline_country(self) -> str | None:
        """The one country the headline names by a place or a demonym, if it names only one."""
        named = {x for x in _countries_named(self.doc.title or "", self.vocab) if x}
        return named.pop() if len(named) == 1 else None

    @cached_property
    def unplaced(self) -> str:
        """Where a figure whose clause names no country happened: the incident, unless the text
        gives figures country by country ("Turkey's toll has climbed to 12,391"; "in Syria, at least
        2,950"), where an unplaced one is the event's, over all of them (not the larger country's)."""
        body = self.doc.text
        countries = {country for c in self.claims if c.kind == "count" and not c.in_title
                     and c.measure in OF_PEOPLE and (country := self.clause_country(c, body))}
        return "+".join(sorted(countries)) if len(countries) > 1 else self.incident

    def crowd_country(self, c: Claim) -> str | None:
        """Where a figure of one day (a crowd) was: the country of its own place, else of the
        places the document gives its crowds ("Hundreds of thousands marched through London to
        demand a ceasefire in Gaza. Police put the crowd at 300,000": the United Kingdom), not the
        country the march was about."""
        own = self.vocab.country_of(c.where) if self._placed_by_its_text(c) else None
        return own or self._crowds_country

    def _placed_by_its_text(self, c: Claim) -> bool:
        """Whether a figure's place is named in its sentence ("in London", "the British capital"),
        not only by a dateline (an outlet's "(UTV|COLOMBO) –" over a march in Hong Kong)."""
        if not c.where:
            return False
        body = (self.doc.title or "") if c.in_title else self.doc.text
        sentence = body[c.sentence_start:c.sentence_end]
        return c.where in sentence or " capital" in sentence

    @cached_property
    def _crowds_country(self) -> str | None:
        votes = Counter(country for c in self.claims if self.vocab.is_of_one_day(c.measure)
                        and self._placed_by_its_text(c) and (country := self.vocab.country_of(c.where)))
        ranked = votes.most_common(2)
        return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None

    @cached_property
    def known_country(self) -> str | None:
        """The incident's country when the vocabulary knows it."""
        return self.incident if self.incident in self.vocab.places else None

    @cached_property
    def home(self) -> str | None:
        return _home_country(self.doc, self.claims, self.vocab)


    def clause_country(self, c: Claim, body: str) -> str | None:
        """``_clause_country`` of a claim, found once per claim."""
        key = (c.in_title, c.start)
        if key not in self._clauses:
            self._clauses[key] = _clause_country(c, body, self.vocab)
        return self._clauses[key]

    def sentences(self, in_title: bool) -> Sentences:
        """The sentences of the title or the text."""
        if in_title not in self._sentence_spans:
            self._sentence_spans[in_title] = Sentences((self.doc.title or "") if in_title else self.doc.text)
        return self._sentence_spans[in_title]

    def lower(self, in_title: bool) -> str:
        """The title or the text, lower-cased with the same length."""
        if in_title not in self._lower:
            self._lower[in_title] = lower_same_length((self.doc.title or "") if in_title else self.doc.text)
        return self._lower[in_title]

    def joined(self, c: Claim, sentence: str) -> str | None:
        """``_countries_joined`` of a claim's sentence, found once per sentence."""
        key = ("joined", c.in_title, c.sentence_start)
        if key not in self._sentences:
            self._sentences[key] = _countries_joined(sentence, self.vocab)   # type: ignore[assignment]
        return self._sentences[key]   # type: ignore[return-value]

    def periods(self, c: Claim, sentence: str, published) -> tuple:
        """The span a claim's sentence states and the end it counts to (``stated_span``,
        ``counted_to``), found once per sentence."""
        key = ("periods", c.in_title, c.sentence_start)
        found = self._sentences.get(key)
        if found is None:
            # "the official figure of 769, which has stayed the same since September 26": how long it held
            span = None if held_unchanged_since(sentence, self.vocab) else stated_span(sentence, published)
            found = self._sentences[key] = (span, counted_to(sentence, published))   # type: ignore[assignment]
        return found   # type: ignore[return-value]

    def person(self, name: str | None) -> str | None:
        """The authority of a person quoted by surname whom the text introduced with a role."""
        if not name or " " in name or not name[:1].isupper():
            return None
        if name not in self._people:
            self._people[name] = role_of(name, self.doc.text, self.vocab, self.home)
        return self._people[name]

    def sentence(self, c: Claim, what: str) -> list[tuple[int, str]]:
        """The known sources or the officials of a country named in a claim's sentence,
        found once per sentence."""
        key = (what, c.in_title, c.sentence_start)
        found = self._sentences.get(key)
        if found is None:
            body = (self.doc.title or "") if c.in_title else self.doc.text
            lower = self.lower(c.in_title)
            found = self._sentences[key] = (
                known_sources_in(body, lower, c.sentence_start, c.sentence_end, self.vocab) if what == "sources"
                else officials_in(body, lower, c.sentence_start, c.sentence_end, self.vocab))
        return found

    def authority(self, name: str | None) -> str | None:
        """``sources.authority`` of a name, with the document's country worked out only for
        an official who names none ("the health ministry")."""
        if not name:
            return None
        if name in self._authorities:
            return self._authorities[name]
        found = authority(name, self.vocab)
        if found and found not in self.vocab.sources and not found.endswith(" authorities") \
                and is_official(found):
            found = authority(name, self.vocab, self.home)
        self._authorities[name] = found
        return found


def _a_known_source(name: str | None, context: "_DocumentContext") -> str | None:
    """The authority of a name that names a source the vocabulary knows or an official, else None;
    a name whose last words are a known source's ("Teachers' unions", "the CGT union") is that source."""
    words = (name or "").split()
    for n in range(min(len(words), 4)):
        tail = " ".join(words[n:])
        # "the CGT union": one of the unions (a lower-case noun only: "the European Union" is none)
        for each in (tail, tail + "s") if n == len(words) - 1 and tail.islower() and tail[-1:] != "s" else (tail,):
            found = context.authority(each)
            if found is not None and (found in context.vocab.sources or found.endswith(" authorities")):
                return found
    return None


def _own_clause_source(c: Claim, body: str, context: "_DocumentContext",
                       said: str | None) -> tuple[str, str] | None:
    """(name, authority) of the source a figure's own clause names, where extraction gave it none or
    one the sentence names only after the figure: "Teachers' unions said 90,000 marched, a turnout
    the ministry put at 42,000" (the unions' 90,000), "the police counted 4,000 and the organisers
    19,000" (the organisers' 19,000, the verb left out), "the unions put the number at 60,000"."""
    named_after = c.according_to is not None and \
        c.according_to.lower() in body[c.end:c.sentence_end].lower() and \
        c.according_to.lower() not in body[c.sentence_start:c.start].lower()
    if c.according_to is not None and not named_after or c.according_to is None and said is not None:
        # a source extraction or the sentence gave: only a clause that leaves out its verb names another
        gapped = subject_of_a_gapped_clause(body, c.sentence_start, c.start)
        found = _a_gapped_source(gapped, context, body, c.sentence_start, c.start) if gapped else None
        return (gapped, found) if gapped and found else None
    own = subject_of_its_clause(body, c.sentence_start, c.start)
    found = _a_known_source(own, context) if own else None
    if own and found:
        return own, found
    gapped = subject_of_a_gapped_clause(body, c.sentence_start, c.start)
    found = _a_gapped_source(gapped, context, body, c.sentence_start, c.start) if gapped else None
    return (gapped, found) if gapped and found else None


def _a_gapped_source(name: str | None, context: "_DocumentContext", body: str, sentence_start: int,
                     start: int) -> str | None:
    """The authority of the subject of a clause that leaves out its verb: a known source or an official
    (``_a_known_source``), or a noun that names a source by what it is (vocabulary ``source_nouns``:
    "unions counted 20,000, the prefecture 8,500", after the verb of an estimate only); never a place or a
    part ("..., the capital 8,500")."""
    found = _a_known_source(name, context)
    if found is not None or not name:
        return found
    words = name.split()
    if words[0].lower() not in ("the", "its", "their") or words[-1].lower() not in context.vocab.words("source_nouns"):
        return None
    return context.authority(name) if gapped_after_an_estimate(body, sentence_start, start) else None


# a conjunction opening the sentence, read by extraction as the first word of the name after it
# ("But Sutopo Purwo Nugroho told the BBC", "And Mayor Lisa Chen said", "Yet Ahmed Saleh said"):
# the source is the name alone
_CONJUNCTION_BEFORE_NAME = re.compile(r"(?:But|And|Yet|So|Still|Then|Now|Meanwhile|However|Instead),?\s+(?=[A-Z])")

# a weekday with its date after it ("on Saturday, December 1", "Friday, Nov. 30", "on Sunday 2
# June"): the date says which of the weekdays it is, where extraction may read the weekday alone (the
# last one before the report: "on Saturday, December 1" in a story of Saturday, December 8)
_WEEKDAY_AND_DATE = re.compile(
    rf"\b(?P<wd>{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))}),?[ \t]+(?:the[ \t]+)?"
    rf"(?:(?P<m1>{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?[ \t]+(?P<d1>\d{{1,2}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<m2>{'|'.join(sorted(MONTHS, key=len, reverse=True))}))"
    r"(?:st|nd|rd|th)?\b(?!,?[ \t]+\d{4})", re.I)


def _weekday_with_its_date(c: Claim, body: str, published: dt.date | None) -> Claim:
    """A figure dated to a lone weekday whose clause names that weekday with its date ("201 wounded
    ... on Saturday, December 1" in a report of December 8): the day is the date's, when the date
    falls on that weekday in the weeks before the report (the text's own check of its calendar).
    Only the words near the number are read (a bounded window, not its whole sentence)."""
    if published is None or c.in_title or not c.when_start or c.when_start != c.when_end:
        return c
    lo, hi = max(c.sentence_start, c.start - 80), min(c.sentence_end, c.end + 120)
    for m in _WEEKDAY_AND_DATE.finditer(body, lo, hi):
        month = MONTHS[(m.group("m1") or m.group("m2")).lower()]
        day = int(m.group("d1") or m.group("d2"))
        for year in (published.year, published.year - 1):
            try:
                date = dt.date(year, month, day)
            except ValueError:
                continue
            if date <= published:
                break
        else:
            continue
        if date.weekday() != WEEKDAYS[m.group("wd").lower()] or (published - date).days > 31:
            continue
        said = dt.date.fromisoformat(c.when_start[:10])
        if said != date and said.weekday() == date.weekday() and 0 < abs((said - date).days) <= 35:
            return with_fields(c, when_start=date.isoformat(), when_end=date.isoformat())
    return c


def _held_on_its_dated_weekday(c: Claim, redated: set[str], published: dt.date | None) -> Claim:
    """A figure ``_weekday_with_its_date`` moved to another week's day two days or more before the
    report held on that day, and counts that day's events: the text took the care to date it, as
    one of another day than the report's ("118 wounded; against 201 on Saturday, December 1", a
    week of protests apart), so it is no vote for the report's own day (``document_day``) and no
    rival of the report's incident, only of figures given for that day."""
    if c.id not in redated or published is None or c.superseded or not c.when_start \
            or (published - dt.date.fromisoformat(c.when_start[:10])).days < 2:
        return c
    day = c.when_start[:10]
    key = c.quantity
    if key is not None and of_incident(key):
        parts = key.split("/")
        key = "/".join(day if n < 2 and p == INCIDENT else p for n, p in enumerate(parts))
    return with_fields(c, as_of=f"{day}T00:00:00", quantity=key)

def resolve_document(doc: Document, claims: list[Claim], vocab: Vocabulary,
                     read: ReadText | None = None) -> list[Claim]:
    """The claims of one document with their quantity fields filled in.

    A time carried from a paragraph's frame (``Claim.when_carried``), and a source or a place carried
    from context (``according_carried``, ``where_carried``), are context, not what the text states:
    the claims are resolved as if they were not there (a carried time never enters a quantity key or
    an incident's day, a carried source or place never sets a figure against another's), and each is
    given back to the claims resolve left without one. ``read`` is the text as extraction read it
    (``extract.read_text``), when the caller has it."""
    times = {c.id: (c.when_start, c.when_end) for c in claims if c.when_carried}
    sources = {c.id: c.according_to for c in claims if c.according_carried}
    places = {c.id: c.where for c in claims if c.where_carried}
    people = {c.id: c.measure for c in claims if c.kind == "count" and c.thing == _PEOPLE_GUESS}
    if not times and not sources and not places:
        return _people_given_back(_resolve_stated(doc, claims, vocab, read), people)
    out = _resolve_stated(doc, [without_carried(c) for c in claims], vocab, read)
    back = []
    for c in out:
        if c.id in times and c.when_start is None and c.when_end is None:
            c = with_fields(c, when_start=times[c.id][0], when_end=times[c.id][1], when_carried=True)
        if c.id in sources and c.according_to is None:
            c = with_fields(c, according_to=sources[c.id], according_carried=True)
        if c.id in places and c.where is None:
            c = with_fields(c, where=places[c.id], where_carried=True)
        back.append(c)
    return _people_given_back(back, people)


# extraction's name for a count of people it reads no noun for ("25 of whom died", "2,936 in 2016")
_PEOPLE_GUESS = "people"


def _people_given_back(claims: list[Claim], people: dict[str, str | None]) -> list[Claim]:
    """Extraction's "people" (and its measure, where resolve cleared both), given back as written to the counts
    resolve cleared it from and found no referent for ("25 of whom died", "2,936 in 2016", "nearly 860,000 could
    vote"): resolve clears the guess so that a referent may replace it, and a part's measure so that no referent
    is lent to it; where none replaced them, the text's words name them better than nothing does (thing_class
    and thing_key stay empty, and the quantity key is made before: no key is made of a guess)."""
    if not people:
        return claims
    return [with_fields(c, thing=_PEOPLE_GUESS, measure=c.measure or people[c.id])
            if c.id in people and c.thing is None else c for c in claims]


def _resolve_stated(doc: Document, claims: list[Claim], vocab: Vocabulary, read: ReadText | None) -> list[Claim]:
    """``resolve_document`` over the times the claims' texts state."""
    text = doc.text
    published = doc.published_date
    chain = outlet_chain(doc.source, vocab)
    context = _DocumentContext(doc, claims, vocab, read)
    change_by = lexicon(vocab).change_by
    per_sentence = PerSentence()
    ordered = []
    last_measure: str | None = None
    order = sorted(range(len(claims)), key=lambda i: (not claims[i].in_title, claims[i].start))
    previous: Claim | None = None
    redated: set[str] = set()       # figures whose weekday their text dated to another week
    for c in (claims[i] for i in order):
        body = (doc.title or "") if c.in_title else text
        moved = _weekday_with_its_date(c, body, published)
        if moved is not c:
            redated.add(c.id)
            c = moved
        c = _own_words(_crowd_beside_a_capacity(c, body, vocab), body, vocab, last_measure, per_sentence)
        c = _no_longer_missing(_missing_presumed_dead(c, body, vocab), body)
        noun = _modified_head(c, body)
        if noun:        # "the three hotel blasts" count hotel blasts, not hotels; so no quantity
            c = with_fields(c, thing=f"{c.thing} {noun}", thing_class=None, thing_key=f"{c.thing} {noun}".lower())
        c = _to_after_from(c, previous, body)
        previous = c
        last_measure = c.measure or last_measure
        ordered.append(c)
    last_source: str | None = None
    out: list[Claim] = []
    for ref, c in resolve_referents(ordered, text, doc.title, vocab, context.known_country):
        body = (doc.title or "") if c.in_title else text
        sentence = body[c.sentence_start:c.sentence_end]
        if c.according_to and _CONJUNCTION_BEFORE_NAME.match(c.according_to):
            c = with_fields(c, according_to=_CONJUNCTION_BEFORE_NAME.sub("", c.according_to, count=1))
        # who: the extracted name, a known source or a person with a role named in the sentence,
        # or, for "the monitor", the source named before
        said = context.authority(c.according_to)
        named_as: str | None = None     # a figure with no source of its own: the name its sentence gives
        if said is None or said not in vocab.sources and not said.endswith(" authorities") \
                and not _an_acronym(c.according_to):
            named = _same_side(context.sentence(c, "sources"), c, body)
            at = nearest_item(named, c.start) if named else None
            near = context.authority(at[1]) if at else (
                nearest(context.sentence(c, "officials"), c.start)
                or context.person(c.according_to))             # "Dogan said": the governor
            if near:
                said = near
                if at is not None and not c.according_to:
                    named_as = source_named_at(body, context.lower(c.in_title), at[0], vocab)
        rival = subject_of_a_later_clause(body, c.sentence_start, c.start) if c.kind == "count" else None
        if rival and (found := context.authority(rival)) and found != said \
                and not (c.according_to and c.according_to.lower() in rival.lower()):
            # "..., although a civic group brought the figure down to 150,000": its own source
            said = found
            c = with_fields(c, according_to=rival)
        if c.kind == "count" and not rival:
            own_said = _own_clause_source(c, body, context, said)
            if own_said is not None and (own_said[1] != said or context.authority(c.according_to) != said):
                said = own_said[1]
                c = with_fields(c, according_to=own_said[0])
        if said is None and is_bare_noun(c.according_to):
            said = last_source
        if said is not None:
            last_source = said
        superseded = is_superseded(body, c.sentence_start, c.start, c.end, vocab) or \
            _listed_after_an_earlier(c, out[-1] if out else None, body)
        told_earlier = None if superseded else _as_of_told_earlier(c, body, doc.published, vocab)
        # a crowd is of its day, never of a span the sentence names ("a ceasefire in the Gaza war")
        stated, to_end = context.periods(c, sentence, published) if not vocab.is_of_one_day(c.measure) \
            else (None, None)
        if c.when_start and c.when_start != c.when_end and _month_names_a_source(sentence, vocab):
            c = with_fields(c, when_start=None, when_end=None)     # "March organizers said": no March
        if stated is not None and period_owned_by_the_event(body[c.sentence_start:c.start], vocab,
                                                            body[c.end:c.sentence_end]):
            stated = None       # "This month's floods have killed 40": the month dates the floods
        period = stated or _span_of(c, body, vocab)
        if to_end and period is not None and c.when_start and c.when_start != c.when_end \
                and c.when_end != to_end[1]:
            to_end = None       # "January saw 199 cases, the most until November": January's count
        if to_end:
            period = ("", to_end[1])
        dated = period is not None and period[0][:1].isdigit()
        when_start, when_end = (period if period is not None and dated
                                and not (c.when_start and c.when_start != c.when_end)
                                else (c.when_start, c.when_end))
        if to_end:
            when_start, when_end = to_end[0] or when_start, to_end[1]
        thing = ref or Referent(c.thing, c.thing_class, c.thing_key or c.thing) if c.thing else ref
        crowd = out[-1] if out else None
        again = _crowd_counted_again(c, crowd, body)
        if again is c and crowd is not None:
            again = _counted_again_by_another(c, crowd, body, context)
        counted_again = again is not c and crowd is not None and crowd.thing is not None
        if counted_again and crowd is not None and crowd.thing is not None:
            # "..., and the unions 19,000": the crowd counted just before, by another source
            c = again
            thing = Referent(crowd.thing, crowd.thing_class, crowd.thing_key)
        measure = c.measure
        if not _is_outage(measure, vocab):
            measure = _service_cut_before(c, body, vocab) or measure    # "cut power to 4 million": an outage
        else:
            measure = _measure_past_an_outage(c, body, vocab) or measure    # "patients left without power have died"
        if c.kind == "count" and SIGNATURES in vocab.things and _names_on_a_list(c, body, vocab):
            thing = Referent(SIGNATURES, SIGNATURES, SIGNATURES)   # "carried the names of 900,000 people"
        own = vocab.things.get(thing.cls) if thing and thing.cls else None
        if own is not None and own.measure and (measure is None or measure in OF_PEOPLE or measure == TOOK_PART):
            # a count of things with a measure of their own is no crowd either: "300,000 signatures"
            measure = own.measure       # "four hotels came under attack, leaving many dead": a count of hotels
        elif measure is None and c.kind == "count" and own is not None and own.crowd_of \
                and _about_a_crowd(c, sentence, out, vocab):
            measure = TOOK_PART         # "the 280,000 claimed by the union": the size of the crowd
        elif c.kind == "count" and (thing is None or thing.cls == "people" or own is not None and own.crowd_of) \
                and TOOK_PART in vocab.measures and measure != TOOK_PART \
                and per_sentence.once(("turnout", c.in_title, c.sentence_start, measure),
                                      _turnout_of_a_gathering, sentence, measure, vocab):
            measure = TOOK_PART         # "march organisers said half a million people had turned out"
        if measure == TOOK_PART and not counted_again and (_ACTED_ON.match(body, c.end)
                                                           or _crowd_of_another_clause(c, body, vocab)):
            measure = None              # "about 100 protesters were dispersed": some of the crowd
        chosen = _measure_of_the_chosen(c, body, vocab)
        if chosen and chosen != measure:
            # "nine of the survivors were arrested": a count of the arrested, picked from a group
            measure, thing = chosen, Referent("people", "people", "people")
        aboard_whole = _is_the_whole_of_a_part(c, body) and _ABOARD_GROUP.match(body, c.end) is not None
        if aboard_whole and "aboard" in vocab.measures:
            # "only 179 of the 475 passengers and crew had been rescued": the whole is the count aboard
            measure, thing = "aboard", Referent("people", "people", "people")
        kind = "cumulative" if vocab.is_cumulative(measure) else ("snapshot" if measure else None)
        counted = thing.cls if thing else None
        if (measure == "aboard" or measure in OF_PEOPLE) and thing is not None and not aboard_whole:
            # "150 passengers", not the crew: aboard, or among the dead ("all 149 passengers and eight crew
            # members were killed": two parts of the 157 dead)
            counted = _one_group_aboard(thing.text, body, c.end, vocab) or counted
        elif aboard_whole and _groups_named_aboard(vocab).crew_counted_apart.match(body, c.end):
            counted = "passengers"      # "none of the 210 passengers or the 12 crew": the crew counted apart
        if c.kind == "count" and _MISSING in vocab.measures and (
                measure == _MISSING and _counts_the_missing(thing.text if thing else c.thing, body, c.end, vocab)
                or _open_missing_person_cases(body, c.end, vocab)):
            # "80 outstanding reports of missing people", "62 missing-person cases remained open": the
            # people still missing
            measure, counted, kind = _MISSING, "people", "cumulative" if vocab.is_cumulative(_MISSING) else "snapshot"
        days = _days_of_a_crowd(c, body, published) if vocab.is_of_one_day(measure) else None
        if days is not None:
            period = when_start, when_end = days     # "4 million marched over the weekend": two days' total
        if _is_state(measure, vocab) and _since_days_ago(period, published):
            period = None               # "40 were still missing since Friday": the missing now
        if own is not None and own.measure and measure == own.measure and thing is not None:
            some = _some_of_the_facts(thing, vocab)
            counted = f"{some} {thing.cls}" if some else counted   # "three high-end hotels" of four
        in_hospital = _in_hospital(c, body) if c.kind == "count" else None
        if in_hospital and thing is not None and thing.key:
            # "deaths in hospital numbered only 6": a part by place, named so, and no whole of the
            # foreigners or the children the text counts among all the dead
            thing = Referent(f"{thing.text} {in_hospital}", thing.cls, f"in-hospital {thing.key}", thing.facet)
        if measure == TOOK_PART and counted and not (thing and thing.facet) \
                and getattr(vocab.things.get(counted), "crowd_of", None):
            # a crowd is one count of people, whether a report calls them protesters, people or
            # attendees: the size of the gathering
            counted = "people"
        elif measure == TOOK_PART and thing is None and c.kind == "count":
            counted = "people"      # "around 700,000 joined a similar rally": a crowd names no noun, of people
        if _is_outage(measure, vocab) and thing is not None and thing.facet:
            # "4.3 million American houses without power": the houses of the outage's place, no nationality
            thing = Referent(thing.text, thing.cls, thing.key)
        counted = _outage_thing(measure, counted, vocab)
        if counted and _is_state(measure, vocab) and _at_a_peak(c, body, vocab):
            counted = f"{counted} at peak"     # "a Monday peak of over 7.8 million": the most at once, no count now
        ceremony = _ceremony_of(c, body, vocab) if c.kind == "count" and vocab.is_of_one_day(measure) else None
        dropped = _key_dropped_by(c, body, vocab, measure, chosen, in_hospital, change_by, context, per_sentence)
        key = quantity_key(counted, thing.facet if thing else None, measure, None if ceremony else period,
                           doc.published, vocab.is_of_one_day(measure)) if dropped is None else None
        if key is not None and ceremony:
            key = f"{GATHERING}{ceremony}/{key.split('/', 1)[1]}"     # the ceremony's crowd, not "incident"
        if key is not None and (_is_increment(c, measure, body, out, vocab)
                                or _is_the_whole_of_a_part(c, body) and measure != "aboard"):
            key = None
        if key is not None and not (thing and thing.facet) and not ceremony:
            # a thing with a nationality names its incident itself; a total over two countries
            # is a quantity of its own
            where = (context.crowd_country(c) if vocab.is_of_one_day(measure) else None) \
                or context.joined(c, sentence) or context.clause_country(c, body) or context.unplaced
            key = f"{where}/{key}"
        links = [chain[0]] if chain else []
        links += [x for x in chain[1:] if x != said]
        if said and said not in links:
            links.append(said)
        out.append(with_fields(
            c,
            thing=thing.text if thing else c.thing,
            thing_class=thing.cls if thing else c.thing_class,
            thing_key=thing.key if thing else c.thing_key,
            measure=measure,
            # the contract's field keeps the source as the text names it (a description made canonical);
            # the authority behind it ends the chain, where ``Claim.authority`` reads it
            according_to=vocab.source_as_named(c.according_to) if c.according_to else named_as or said,
            when_start=when_start, when_end=when_end,
            quantity=key, quantity_kind=kind,
            as_of=None if superseded else told_earlier or doc.published,
            source_chain=" > ".join(links) or None,
            superseded=superseded))
    out = _earlier_facts_stand(_range_of_estimates(_parts_apart(_whole_not_of_its_parts_place(out, text, vocab)),
                                                   text), doc.published, vocab)
    out = crowds_placed_by_their_subject(in_the_capital(out, text, vocab), text, vocab)
    out = places_by_an_apposed_subject(out, text, vocab, per_sentence)
    out = rest_of_the_country(places_within(out, text, vocab, per_sentence), text, vocab)
    out = days_share_apart(_small_counts_apart(out, text, vocab), text, vocab)
    out = _other_days_stand(out, published)
    # the day of each sentence's first figure: the day a later one counts back from
    sentence_day: dict[tuple[bool, int], str | None] = {}
    for c in sorted(out, key=lambda c: c.start):
        sentence_day.setdefault((c.in_title, c.sentence_start), c.when_start)
    out = [_held_on_its_dated_weekday(_held_on_its_day(
        _held_days_before(c, text, sentence_day.get((c.in_title, c.sentence_start))), text, doc.published, vocab),
        redated, published) for c in out]
    out = _crowds_of_the_day_named(out, text, published)
    # a figure set against today's holds on its own earlier day: that day is not the incident's
    voters = [c for c in out if c.as_of == doc.published or c.superseded]
    incident_day = document_day(voters, published)
    out = dated_to_incident(out, incident_day, published)
    out = other_events_apart(_earlier_events_apart(out, text, incident_day, published, vocab), text, published, vocab)
    out = with_day_marks(_one_attack_apart(_other_places_apart(out), text, vocab), text, doc.title, vocab)
    back: list[Claim | None] = [None] * len(out)         # the order the claims came in
    for i, c in zip(order, out):
        back[i] = c
    return [c for c in back if c is not None]


def _key_dropped_by(c: Claim, body: str, vocab: Vocabulary, measure: str | None, chosen: str | None,
                    in_hospital: str | None, change_by: re.Pattern[str], context: "_DocumentContext",
                    per_sentence: PerSentence) -> str | None:
    """The first guard that says a figure states no quantity of its own (a ratio, a change, a part of
    a group, a projection, ...), by name, or None: one place for the guards, so a round can count
    which of them drops the figures two reports compare."""
    guards: tuple[tuple[str, Callable[[], bool]], ...] = (
        ("not a count", lambda: c.kind != "count"),
        ("in title", lambda: c.in_title),
        ("ratio", lambda: _is_ratio(c, body)),
        ("in hospital", lambda: bool(in_hospital)),
        ("change", lambda: _is_change(c, body, change_by)),
        ("counts a modifier", lambda: _counts_a_modifier(c, body)),
        ("share of a total", lambda: _is_a_share_of_a_total(c, body)),
        ("part of them", lambda: not (chosen or not _PART_OF_THEM.match(body, c.end)
                                      or _told_of_the_group(c, body, vocab)
                                      or measure == TOOK_PART and _OF_THEM_IN_A_PLACE.match(body, c.end) is not None)),
        ("from one's own", lambda: _FROM_ONES_OWN.match(body, c.end) is not None),
        ("projection", lambda: _is_projection(c, body, vocab)),
        ("earlier event", lambda: _of_an_earlier_event(c, body)),
        ("designation", lambda: _in_a_designation(c, body)),
        ("flight number", lambda: _a_flight_number(c, body)),
        ("named earlier event", lambda: _of_a_named_earlier_event(c, body, context)),
        ("one unnamed spot", lambda: _in_one_unnamed_spot(c, body, per_sentence)),
        ("one of several attacks", lambda: _one_of_several_attacks(c, body, vocab, per_sentence)),
        ("excepted", lambda: _excepted(vocab).search(body, max(c.sentence_start, c.start - 16), c.start) is not None),
        ("per period", lambda: _PER_PERIOD_AFTER.match(body, c.end) is not None),
        ("difference", lambda: _DIFFERENCE_AFTER.match(body, c.end) is not None),
        ("share restated", lambda: bool(share_restated_before(body, max(c.sentence_start, c.start - 60), c.start))),
        ("restated in other terms",
         lambda: _RESTATED_IN_OTHER_TERMS.search(body, max(c.sentence_start, c.start - 50), c.start) is not None),
    )
    return next((name for name, holds in guards if holds()), None)


def _other_places_apart(claims: list[Claim]) -> list[Claim]:
    """A toll over several countries ("4,500 across Nepal, India and Tibet") and one over fewer
    of them, of one measure, are two totals, not an earlier and a later value of one running
    total: the link extraction made between them goes."""
    by_id = {c.id: c for c in claims if c.id}
    out = []
    for c in claims:
        earlier = by_id.get(c.earlier) if c.earlier else None
        if earlier is not None and c.quantity and earlier.quantity and c.quantity != earlier.quantity:
            where, _, what = c.quantity.partition("/")
            earlier_where, _, earlier_what = earlier.quantity.partition("/")
            if what == earlier_what and "+" in where + earlier_where:
                c = with_fields(c, earlier="")
        out.append(c)
    return out


# a figure of one attack of a series, the series counted before: "the 17 killed in three attacks since
# Monday" then "the 11 killed by the gunmen in the attack on the bank": a part of the series' toll,
# never a later value of it (the nouns: ``attack_nouns``, a series in their plural in "s" or "es")
class _AttackWords:
    """The patterns of one attack and of a series of them after a figure, from one vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        nouns = rf"(?:{phrase_alternation(vocab.words('attack_nouns'))})"
        self.in_one_after = re.compile(rf"[^.;]{{0,80}}?\b(?:in|during|at)\s+the\s+(?:[\w-]+\s+)?{nouns}"
                                       r"\s+(?:on|at|in|of)\b", re.I)
        self.in_several_after = re.compile(
            r"[^.;]{0,80}?\b(?:in|during|across|over)\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten"
            rf"|\d+|several|multiple|a\s+series\s+of|a\s+wave\s+of|coordinated|separate)\s+(?:[\w-]+\s+)?{nouns}e?s\b",
            re.I)


_attack_words = per_vocabulary(_AttackWords)


def _one_of_several_attacks(c: Claim, body: str, vocab: Vocabulary, per_sentence: PerSentence) -> bool:
    """Whether a figure is of one attack its sentence names among others ("the 12 killed in the attack on
    the weekly, and the four killed in the shooting at the market"): that attack's part of the toll.
    The attacks a sentence names are found once for all its figures (a sentence may hold thousands)."""
    if c.kind != "count" or c.in_title:
        return False
    named = per_sentence.starts(attacks_named(vocab), body, c.sentence_start, c.sentence_end)
    if len(named) < 2 or named[-1] < c.end:
        return False
    return _attack_words(vocab).in_one_after.match(body, c.end, c.sentence_end) is not None


def _attack_nouns_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{phrase_alternation(vocab.words('attack_nouns'))})\b", re.I)


attacks_named = per_vocabulary(_attack_nouns_pattern)


def _one_attack_apart(claims: list[Claim], text: str, vocab: Vocabulary) -> list[Claim]:
    """A figure of one attack after a toll of the series it belongs to is that attack's part of
    the toll, not a later value of it: the link extraction made between them goes."""
    if not any(c.earlier for c in claims):
        return claims
    attacks = _attack_words(vocab)
    by_id = {c.id: c for c in claims if c.id}
    out = []
    for c in claims:
        earlier = by_id.get(c.earlier) if c.earlier else None
        if earlier is not None and not c.in_title and not earlier.in_title \
                and attacks.in_one_after.match(text, c.end, c.sentence_end) \
                and attacks.in_several_after.match(text, earlier.end, earlier.sentence_end):
            c = with_fields(c, earlier="")
        out.append(c)
    return out


# "had been 2,012 dead and 2,059 injured": a figure listed right after another, joined by a comma or "and"
_LISTED_WITH = re.compile(r"(?:[ \t]+[a-z][\w-]*){0,2}?(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)")


def _listed_after_an_earlier(c: Claim, previous: Claim | None, body: str) -> bool:
    """Whether a figure is listed with one the text gives as earlier ("the previous count had been
    2,012 dead and 2,059 injured"): both belong to the earlier count."""
    return previous is not None and previous.superseded and previous.in_title == c.in_title \
        and previous.sentence_start == c.sentence_start and c.start - previous.end < 30 \
        and _LISTED_WITH.fullmatch(body, previous.end, c.start) is not None


# a figure set against the one reported: "against 800,000 on March 23", "compared with 650,000 on
# January 19", "up from 26,000 on ..."
_COMPARED_BEFORE = re.compile(r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+$")


def _had_said_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    """A statement the text dates and tells in the past perfect: "had" and a reporting verb of the
    vocabulary ("At a press conference on May 1, he had said that only 149 people were missing",
    in a report of May 11: said then, held then)."""
    verbs = vocab.words("reporting_verbs")
    return re.compile(rf"\bhad\s+(?:{trie_alternation(verbs)})\b" if verbs else r"(?!x)x", re.I)


_had_said = per_vocabulary(_had_said_pattern)


def _told_earlier_after_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    """A clause after a figure that tells it as given before by someone: "the toll of 2,360 that the council
    had put out earlier on Friday", "the 2,500 deaths the president had estimated a few days before" (a
    subject, then "had" and a reporting verb of the vocabulary; not the passive "had been announced")."""
    verbs = sorted({*vocab.words("reporting_verbs"), "released", "issued", "published", "put out"})
    return re.compile(r"(?:[ \t]+[a-z]+)?[ \t]+(?:(?:that|which|whom)[ \t]+)?(?P<who>(?:[\w'’.-]+[ \t]+){1,10}?)"
                      r"had[ \t]+(?:first[ \t]+|earlier[ \t]+|previously[ \t]+|initially[ \t]+)?"
                      rf"(?:{phrase_alternation(verbs)})\b(?:[ \t]+out\b)?(?P<rest>[^.;:]{{0,40}})", re.I)


_told_earlier_after = per_vocabulary(_told_earlier_after_pattern)
# how long before the report the clause dates the figure: "a few days before", "two days earlier", "the day before"
_DAYS_BEFORE = re.compile(r"\b(?:(?P<n>a\s+few|a|one|two|three|four|five|six|seven|\d{1,2})\s+days?"
                          r"|the\s+(?:day|previous\s+day))\s+(?:before|earlier)\b|\bthe\s+previous\s+day\b|\bearlier\b",
                          re.I)
_A_FEW_DAYS = 3


def _as_of_told_earlier(c: Claim, body: str, published: str | None, vocab: Vocabulary) -> str | None:
    """When a figure the text tells as someone's earlier one held ("the tally of 2,357 that the government
    had released earlier on Thursday": before the report's moment that day; "the 2,500 deaths the president had
    estimated a few days before": that many days back): it stays comparable, an earlier figure of its
    quantity (a later higher one updates it). Only for a figure the text does not give as superseded (the
    passive "had been announced", a short subject "that police had given": those conflict with nothing).
    None when the clause is not there or dates nothing earlier than the report."""
    if c.kind != "count" or c.in_title or not published or "had" not in body[c.end:c.end + 90]:
        return None
    m = _told_earlier_after(vocab).match(body, c.end, c.sentence_end)
    if m is None or any(ch.isdigit() for ch in m.group("who")) or " been " in f" {m.group('who')}":
        return None
    when = _DAYS_BEFORE.search(m.group("rest"))
    if when is None:
        return None
    n = when.group("n")
    if n is None and "day" not in when.group().lower():
        days = 0                                        # "earlier on Friday": that day, before the report
    elif n is None:
        days = 1
    else:
        n = " ".join(n.lower().split())
        days = _A_FEW_DAYS if n == "a few" else 1 if n == "a" else int(n) if n.isdigit() else NUMBER_WORDS.get(n, 0)
    try:
        if days == 0:
            # the text says earlier than the report, not when: a minute before the report's clock time (a
            # report without one gives no earlier moment of its day)
            moment = dt.datetime.fromisoformat(published)
            if len(published) <= 10 or moment.time() == dt.time(0):
                return None
            return (moment - dt.timedelta(minutes=1)).isoformat()
        day = dt.date.fromisoformat(published[:10]) - dt.timedelta(days=days)
    except ValueError:
        return None
    return f"{day.isoformat()}T00:00:00"


# a day given after a count relative to its sentence's day: "against 66,000 the weekend before and
# 136,000 two weeks earlier", "the 170 arrested the week before", "from 410 a month earlier" (not a base
# of comparison: "a gain of 1.5 percent on the day before", "12 above the previous day")
_RELATIVE_DAY_AFTER = re.compile(
    r"[ \t]+(?:(?!(?:on|above|below|over|under|than|from|since|with|to|compared|versus|vs|of|in)\b)[a-z]+[ \t]+)"
    r"{0,2}?(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]+"
    r"(?P<unit>day|days|week|weeks|month|months)[ \t]+(?:earlier|before|previously)"
    r"|the[ \t]+(?:previous[ \t]+)?(?P<prev>day|weekend|week|month)(?:[ \t]+before)?(?![ \t]+(?:after|of)\b))"
    r"(?=[ \t]*(?:[,;.)]|and\b|or\b|$))")
_UNIT_DAYS = {"day": 1, "weekend": 7, "week": 7, "month": 30}


def _held_days_before(c: Claim, text: str, sentence_day: str | None) -> Claim:
    """A figure the text gives for a day it counts back from its sentence's day ("23,800 protesters on
    Saturday, against 66,000 the weekend before and 136,000 two weeks earlier") is of that earlier day:
    its day moves back so (a crowd's is then another crowd); the report still states it on its own day,
    the day's final figure told after the event (``as_of`` stays unless the text dates it itself). A
    figure extraction already dated to another day than its sentence's first figure is left as it is."""
    if c.in_title or c.kind != "count" or not c.when_start or c.when_start != c.when_end or c.superseded \
            or c.when_start != sentence_day:
        return c
    found = _RELATIVE_DAY_AFTER.match(text, c.end)
    if found is None or found.end() > c.sentence_end:
        return c
    n = found.group("n")
    count = 1 if n is None or n in ("a", "an") else int(n) if n.isdigit() else NUMBER_WORDS.get(n, 0)
    unit = (found.group("unit") or found.group("prev") or "").rstrip("s")
    try:
        day = dt.date.fromisoformat(c.when_start[:10]) - dt.timedelta(days=count * _UNIT_DAYS.get(unit, 0))
    except ValueError:
        return c
    if day.isoformat() == c.when_start[:10]:
        return c
    return with_fields(c, when_start=day.isoformat(), when_end=day.isoformat())


def _held_on_its_day(c: Claim, text: str, published: str | None, vocab: Vocabulary) -> Claim:
    """A figure of comparison the text dates to an earlier day held on that day (``as_of``), so
    it meets only figures of that day, not the report's own ("450,000, against 800,000 on
    March 23" in a story of March 28); so does a figure of one day (a crowd), or one the text
    says "had" been said, that the text dates two days or more back ("700,000 marchers on March 7
    (81,000 by the prefecture's count)"; "on May 1, he had said that 149 were missing")."""
    if c.in_title or c.superseded or not published or not c.when_start or c.when_start != c.when_end \
            or c.when_start[:10] >= published[:10]:
        return c
    if _COMPARED_BEFORE.search(text, max(0, c.start - 24), c.start) is None and not (
            (vocab.is_of_one_day(c.measure) or _had_said(vocab).search(text, c.sentence_start, c.start))
            and _days_back(c.when_start, published) >= 2):
        return c
    return with_fields(c, as_of=f"{c.when_start[:10]}T00:00:00")


# words that date a sentence's figures itself: a weekday, a month (as extraction spells them), "today",
# "yesterday", "this week"
_NAMES_A_DAY = re.compile(
    rf"\b(?:(?:{trie_alternation(sorted({*WEEKDAYS, *MONTHS}))})\b|today|tonight|yesterday"
    r"|this\s+(?:morning|afternoon|evening|week)|\d{1,2}(?:st|nd|rd|th)\b)", re.I)


def _crowds_of_the_day_named(claims: list[Claim], text: str, published: dt.date | None) -> list[Claim]:
    """A crowd's figure whose sentence names no day is of the day the text named for its first
    crowd ("When the strike began last Thursday, 50,000 marched in Lyon. Across France the ministry
    counted 200,000": Thursday's 200,000), not of the day the report came out. Only the first crowd
    sets the story's day: a later one of another day is a march the text compares ("behind the
    protest of nearly 2 million on June 16"), and a sentence that names a day of its own ends it."""
    if published is None:
        return claims
    today = published.isoformat()[:10]
    day: tuple[str, str | None] | None = None     # the story's day, with its as_of
    sentence_of_day = -1
    seen_crowd = False
    out = []
    for c in claims:
        if c.in_title or c.measure != TOOK_PART or c.superseded or c.when_start != c.when_end:
            out.append(c)
            continue
        if not seen_crowd:
            seen_crowd = True
            if c.when_start and c.when_start[:10] != today:
                day, sentence_of_day = (c.when_start[:10], c.as_of), c.sentence_start
        elif day is not None and c.sentence_start != sentence_of_day:
            if _NAMES_A_DAY.search(text, c.sentence_start, c.sentence_end) or \
                    c.when_start and c.when_start[:10] not in (today, day[0]):
                day = None              # the text names a crowd's day anew
            else:
                c = with_fields(c, when_start=day[0], when_end=day[0],
                                as_of=day[1] if day[1] and day[1][:10] == day[0] else c.as_of)
        out.append(c)
    return out


def _days_back(day: str, published: str) -> int:
    try:
        return (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(day[:10])).days
    except ValueError:
        return 0


def _parts_apart(claims: list[Claim]) -> list[Claim]:
    """"Of the 52 dead, 21 were on the island": a part the text gives of a whole that counts
    the same thing is a sub-count (a place, a day, a group within it), not another statement
    of the whole's quantity: it keeps no key (``part_whole`` compares it with its whole)."""
    key_of = {c.id: c.quantity for c in claims}
    where_of = {c.id: c.where for c in claims}
    return [with_fields(c, quantity=None) if c.quantity and c.part_of and key_of.get(c.part_of) == c.quantity
            and not _a_places_crowd(c, where_of.get(c.part_of)) else c for c in claims]


def _whole_not_of_its_parts_place(claims: list[Claim], text: str, vocab: Vocabulary) -> list[Claim]:
    """A crowd's count is not of the place its sentence names only for a part after it ("some 22,000
    marched, 5,000 of them in Lyon": the 22,000 marched across the country): it is the country's."""
    out = list(claims)
    for n in range(len(out) - 1):
        whole, part = out[n], out[n + 1]
        if whole.measure != TOOK_PART or not whole.where or whole.where != part.where or whole.in_title \
                or part.in_title or part.sentence_start != whole.sentence_start:
            continue
        if not (_OF_THEM_IN_A_PLACE.match(text, part.end)
                or _INCLUDING_BEFORE.search(text, max(part.sentence_start, part.start - 30), part.start)):
            continue
        named = text.find(whole.where, whole.sentence_start, part.sentence_end)
        country = vocab.country_of(vocab.canonical_place(whole.where))
        if named < part.start or not country or country == vocab.canonical_place(whole.where):
            continue
        key = whole.quantity
        if key and key.split("/", 1)[0] in (whole.where, vocab.canonical_place(whole.where)):
            key = f"{country}/{key.split('/', 1)[1]}"
        out[n] = with_fields(whole, where=country, quantity=key)
    return out


def _a_places_crowd(part: Claim, whole_where: str | None) -> bool:
    """Whether a part of a day's crowd is one place's crowd ("31,000 of them in Lyon"): a count of
    that place, which ``places_within`` keys by it, not a sub-count to drop."""
    return part.measure == TOOK_PART and bool(part.where) and part.where != whole_where


# "estimates vary from about 1,200 to more than 1,800": two ends of one range of estimates
_RANGE_FROM = re.compile(r"\b(?:vary|varies|varied|varying|range|ranges|ranged|ranging|run|runs|ran|running)"
                         r"\s+(?:from|between)\s+$", re.I)
_RANGE_TO = re.compile(r"\s+(?:to|and)\s+")


def _count_words_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    """The words that make a figure a statement of a count, however small beside another (the
    ``count_words`` of cues.yaml: "the official count of 64 deaths", "confirmed only 10 deaths",
    "a list of 152 casualties"); a word ending in "*" takes any ending."""
    return stem_pattern(vocab.words("count_words"))


_count_words = per_vocabulary(_count_words_pattern)


def _exception_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    """The words that make the figure right after them an exception to a group, not a count of its
    own (the ``exception_words`` of cues.yaml: "all the hikers died except one", "all but two")."""
    return re.compile(rf"\b(?:{phrase_alternation(vocab.words('exception_words'))})\s+$", re.I)


_excepted = per_vocabulary(_exception_pattern)
# how many times larger the text's own figure must be for a small one to be a part of it
_FAR_SMALLER = 20


def _small_counts_apart(claims: list[Claim], text: str, vocab: Vocabulary) -> list[Claim]:
    """"Three people trapped with her later died" in a report of a toll of 1,110: a figure a text
    gives far below (a twentieth or less) its own figure of the same quantity, in a sentence
    that does not name it a count, toll or estimate, tells of some of the dead (an anecdote, a
    site, a group), not the toll: it keeps no key."""
    count_words = _count_words(vocab)
    largest: dict[str, float] = {}
    for c in claims:
        if c.quantity and not c.in_title and c.low is not None and not c.superseded:
            largest[c.quantity] = max(largest.get(c.quantity, 0.0), c.low)
    out = []
    for c in claims:
        if c.quantity and not c.in_title and c.high is not None and c.kind == "count" \
                and largest.get(c.quantity, 0.0) >= _FAR_SMALLER * max(c.high, 1.0) \
                and not count_words.search(text, c.sentence_start, c.sentence_end):
            c = with_fields(c, quantity=None)
        out.append(c)
    return out


def _range_of_estimates(claims: list[Claim], text: str) -> list[Claim]:
    """The two ends of a range the text spans estimates over ("estimates vary from about 1,200 to
    more than 1,800") say how far sources differ, not what the count is: neither keeps a key."""
    ends: set[int] = set()
    body = [c for c in claims if not c.in_title]
    for a, b in zip(body, body[1:]):
        if a.sentence_start == b.sentence_start and _RANGE_TO.fullmatch(text, a.end, b.start) \
                and _RANGE_FROM.search(text, max(a.sentence_start, a.start - 25), a.start):
            ends.update((id(a), id(b)))
    return [with_fields(c, quantity=None) if id(c) in ends else c for c in claims]


def _earlier_facts_stand(claims: list[Claim], published: str | None, vocab: Vocabulary) -> list[Claim]:
    """"Officials had previously said that nine bombers ...": a count of a fact that does not
    change (attackers, hotels hit, a crowd) told as said before is still its source's figure
    unless the text gives the quantity another one that may be that source's; only a toll is
    replaced by its update. A rival's figure is no revision: "Organisers said 800,000 marched;
    police had said earlier that 300,000 were marching" leaves the police's estimate standing.
    People in a state (still missing, without power: ``kind: state``, ``outage``) are counted anew as the
    state changes, like a toll: "earlier, she said, 99 had been unaccounted for" is the timeline when
    the text gives a later figure of them, and is not the source's current figure even alone ("on
    March 10 she had said 140 were missing": the missing counted anew since)."""
    current: dict[str, set[str | None]] = {}
    for c in claims:
        if c.quantity and not c.superseded:
            current.setdefault(c.quantity, set()).add(c.according_to)

    def stands(c: Claim) -> bool:
        others = current.get(c.quantity or "")
        if _is_state(c.measure, vocab):
            return False
        return not others or (c.according_to is not None and None not in others and c.according_to not in others)

    return [with_fields(c, superseded=False, as_of=published)
            if c.superseded and c.quantity and c.quantity_kind == "snapshot" and stands(c) else c for c in claims]


def _other_days_stand(claims: list[Claim], published: dt.date | None) -> list[Claim]:
    """A snapshot the text dates to a day well before its own ("its previous record dated from
    March 7, with 700,000 marchers"; "On March 28, the previous day of action, the union had
    counted 2 million") is that day's figure, not one that today's replaced: a crowd of one day
    is never updated by another day's. Unless its authority gives that day another figure in
    the text (then it is a revised estimate: a rival's figure for the day is no revision); a day
    or two back may be the same day's count revised."""
    if published is None:
        return claims
    before = (published - dt.timedelta(days=2)).isoformat()
    current = {(c.quantity, c.when_start, c.authority) for c in claims if c.quantity and not c.superseded}
    return [with_fields(c, superseded=False, as_of=f"{c.when_start}T00:00:00")
            if c.superseded and c.quantity and c.quantity_kind == "snapshot" and c.when_start
            and c.when_start == c.when_end and c.when_start[:10] <= before
            and (c.quantity, c.when_start, c.authority) not in current
            else c for c in claims]


# an event the sentence gives as another, earlier one than the report's ("an earlier tremor", "a
# week before, on July 29, a quake ...", "the previous storm"; "came after a quake on September 8 that
# killed nearly 100"): a word of that, before the figure
_ANOTHER_EARLIER = re.compile(r"\b(?:earlier|previous|prior|another|separate|before|after)\b", re.I)


@per_vocabulary
def _event_noun(vocab: Vocabulary) -> re.Pattern[str]:
    """An event noun: an incident of its own (a quake, a storm, an attack, an election)."""
    events = set(vocab.words("event_nouns")) | set(vocab.words("attack_nouns")) | set(vocab.words("quake_nouns"))
    nouns = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(events, key=lambda w: (-len(w), w)))
    return re.compile(rf"\b(?:{nouns or '(?!x)x'})\b", re.I)


def _earlier_events_apart(claims: list[Claim], text: str, day: str | None, published: dt.date | None,
                          vocab: Vocabulary) -> list[Claim]:
    """A toll the text dates to a day well before its incident's, in a sentence that gives its event
    as another, earlier one ("On July 29 an earlier tremor had left 16 people dead", "A week before,
    on July 29, a quake ... had struck, killing 17 people", in reports of the quake of August 5): that
    event's figure, keyed by its day, so it meets the other reports' figures of that event and not
    the main incident's toll (nor is it an earlier figure of that toll). Only the words of the number's
    sentence before it are read, within a bounded window."""
    if published is None:
        return claims
    main = dt.date.fromisoformat(day[:10]) if day else published
    out = []
    for c in claims:
        if c.in_title or not of_incident(c.quantity) or not c.when_start or c.when_start != c.when_end:
            out.append(c)
            continue
        try:
            when = dt.date.fromisoformat(c.when_start[:10])
        except ValueError:
            out.append(c)
            continue
        before = text[max(c.sentence_start, c.start - 160):c.start]
        if (main - when).days < 3 or not _ANOTHER_EARLIER.search(before) or not _event_noun(vocab).search(before):
            out.append(c)
            continue
        parts = (c.quantity or "").split("/")
        key = "/".join(c.when_start[:10] if n < 2 and p == INCIDENT else p for n, p in enumerate(parts))
        out.append(with_fields(c, quantity=key, superseded=False,
                               as_of=c.as_of or (f"{published.isoformat()}T00:00:00")))
    return out

def claims_of(doc: Document, vocab: Vocabulary) -> list[Claim]:
    """Extract and resolve one document: what every source of claims (a batch, a worker,
    the archive's ingest) runs, so stored and fresh claims carry the same fields."""
    from auditor.extract import extract_claims, read_text

    read = read_text(doc.text, vocab)       # read once: extraction and resolve share it
    return resolve_document(doc, extract_claims(doc, vocab, read), vocab, read)
