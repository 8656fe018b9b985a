"""A toll the text gives for a region of the country ("across Lower Saxony", "in Styria", "Around
Tirschenreuth, ...") is that region's part of the country's toll, even where the gazetteer does not
know the name, never a rival of it; a toll of the whole country ("across Germany", no place) stays
the country's. And a spelled count that picks some of a group its sentence has just counted ("Three
climbers died; one was a guide") is a part of that count, not a statement of the toll."""
from __future__ import annotations

from auditor.audit import audit
from auditor.documents import Document
from auditor.resolve import claims_of


def _keys(text, vocab):
    return {c.text: c.quantity for c in claims_of(Document("d", text, "Desk", "2024-08-03"), vocab)}


def test_a_toll_across_a_region_the_gazetteer_does_not_know_is_that_regions(vocab):
    keys = _keys("Across Lower Saxony the storm toll has reached 31, a state spokesman said. The toll across "
                 "Germany stands at at least 120.", vocab)
    assert keys["31"].startswith("Lower Saxony/")
    assert keys["at least 120"].startswith("Germany/")


def test_a_toll_in_a_region_is_that_regions(vocab):
    keys = _keys("Mudslides have killed 64 people in Austria. The toll in Carinthia has risen to 22, police said.",
                 vocab)
    assert keys["64"].startswith("Austria/")
    assert keys["22"].startswith("Carinthia/")


def test_a_sentence_opening_with_a_region_places_its_toll(vocab):
    keys = _keys("Around Tirschenreuth, a spa town in Upper Franconia, police said on Friday that three people had "
                 "died. At least 40 people were killed across Germany.", vocab)
    assert keys["three"].startswith("Tirschenreuth/")
    assert keys["At least 40"].startswith("Germany/")


def test_a_month_or_a_storm_is_no_region(vocab):
    keys = _keys("Storms have killed 64 people in Austria. Eleven people died in Storm Boris, police said.", vocab)
    assert not (keys["Eleven"] or "").startswith("Storm")


def test_a_regional_toll_and_the_national_one_are_no_conflict(vocab, ruleset):
    docs = [Document("a", "Across Lower Saxony the storm toll has reached 31, a state spokesman said on Saturday.",
                     "Wire A", "2024-08-03"),
            Document("b", "At least 120 people have been killed across Germany in the storms, police said.",
                     "Wire B", "2024-08-03")]
    found = [f for f in audit(docs, ruleset, vocab).findings
             if f.rule == "same-toll-same-day" and f.severity != "info"]
    assert found == []


def test_a_spelled_count_picked_from_a_group_is_a_part(vocab):
    keys = _keys("Three climbers died on the ridge in Nepal on Friday; one was a guide from Solukhumbu. "
                 "Two porters also died, one by falling and one who froze.", vocab)
    assert keys["Three"] is not None
    assert keys.get("one") is None      # no claim (extraction reads it as a pronoun), or no key


def test_a_count_of_another_measure_after_a_group_keeps_its_key(vocab):
    keys = _keys("Five people died in the Nepal floods and two were injured.", vocab)
    assert keys["two"] is not None and keys["two"].endswith("/injured")


def test_a_sentence_opening_with_a_direction_then_a_region_places_its_toll(vocab):
    keys = _keys("At least 40 people were killed across Germany. Further south, in Upper Franconia, police said "
                 "two people were found dead in their cellars.", vocab)
    assert keys["two"].startswith("Upper Franconia/")
    assert keys["At least 40"].startswith("Germany/")


def test_the_group_a_part_is_picked_from_is_no_count_of_what_befell_the_part(vocab):
    keys = _keys("Coast guard officials said only 212 of the 340 passengers and crew on the Nordlys had been "
                 "rescued.", vocab)
    assert keys["340"] is not None and keys["340"].endswith("people/aboard")     # the count aboard, not rescued
    assert keys["212"] is not None and keys["212"].endswith("/rescued")
