# ruff: noqa: E501  -- one gold claim per line, as written (like the article-text files in pyproject per-file-ignores)
"""Write gold.jsonl for this set from compact specs (kept beside the set so the gold can be re-derived):
``python3 make_gold.py`` from anywhere."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from benchmarks.event_gold import GoldWriter  # noqa: E402

gold = GoldWriter()
c, conflict, consistent = gold.claim, gold.conflict, gold.consistent

# ---------------- Grenfell Tower fire, London, 14 June 2017 (toll rising over days) ----------------
E = "grenfell-tower-fire-2017"
GT = "Grenfell Tower, North Kensington, London"
G1, G2, G3, G4, G5, G6 = ("01-heraldscotland-0614.md", "02-birminghammail-0616.md", "03-firestyle-guardian-0616.md", "04-mix-0617.md", "05-bbc-0619.md", "06-guardian-0619.md")
D = "grenfell-dead"
MET = "met-police"
CUNDY = "Metropolitan Police (Commander Stuart Cundy)"
c(E, G1, "six people had died", "exact", 6, "people", "dead", "2017-06-14", GT, "Scotland Yard", D, MET, "2017-06-14")
c(E, G1, "six fatalities", "exact", 6, "people", "dead", "2017-06-14", GT, CUNDY, D, MET, "2017-06-14")
c(E, G2, "at least 30 people died", "at least", 30, "people", "dead", "2017-06-16", GT, "police", D, MET, "2017-06-16")
c(E, G2, "Over 70 people", "more than", 70, "people", "unaccounted for", "2017-06-16", GT, None, "grenfell-unaccounted", "birminghammail", "2017-06-16",
  note="'are thought to' - no source named")
c(E, G2, "Six bodies have been brought out", "exact", 6, "bodies", "recovered from the tower", "2017-06-16", GT, None, "grenfell-bodies-recovered", "birminghammail", "2017-06-16",
  note="probably carried over from Thursday's briefing (6 recovered + 11 located = 17 dead then), but the text gives it alongside the Friday toll")
c(E, G2, "11 more have been found inside", "exact", 11, "bodies", "located inside the tower, not yet removed", "2017-06-16", GT, None, "grenfell-bodies-located-inside", "birminghammail", "2017-06-16")
c(E, G2, "more than 100", "more than", 100, "people", "dead (speculation)", "2017-06-16", GT, "speculation put to the police", "grenfell-dead-speculation", "speculation", "2017-06-16",
  note="speculation that the commander declined to confirm, not a count")
c(E, G3, "at least 30 people were killed", "at least", 30, "people", "dead", "2017-06-16", GT, "police (Commander Stuart Cundy)", D, MET, "2017-06-16")
c(E, G3, "12 bodies were at the mortuary", "exact", 12, "bodies", "recovered (at the mortuary)", "2017-06-16", GT, CUNDY, "grenfell-bodies-recovered", MET, "2017-06-16")
c(E, G3, "36 families", "exact", 36, "families", "with family liaison officers", "2017-06-16", GT, CUNDY, "grenfell-families-liaison", MET, "2017-06-16")
c(E, G3, "At least 24 people are in hospital", "at least", 24, "people", "in hospital", "2017-06-16", GT, None, "grenfell-in-hospital", "guardian", "2017-06-16")
c(E, G3, "12 of them in a critical condition", "exact", 12, "people", "in hospital in a critical condition", "2017-06-16", GT, None, "grenfell-critical", "guardian", "2017-06-16")
c(E, G4, "presumed dead in the Grenfell Tower fire to 58", "exact", 58, "people", "dead (confirmed or presumed)", "2017-06-17", GT, "London police (Commander Stuart Cundy)", D, MET, "2017-06-17")
c(E, G4, "the 30 announced earlier", "exact", 30, "people", "dead", "2017-06-16", GT, "police", D, MET, "2017-06-16",
  superseded=True, note="the text gives it as the earlier figure, included in the 58")
c(E, G4, "600-odd residents", "about", 600, "residents", "in the building that night", "2017-06-14", GT, None, "grenfell-residents", "mix", "2017-06-17",
  note="'600-odd' read as about 600")
c(E, G4, "58 people whom police had been told were in the tower", "exact", 58, "people", "missing, presumed dead", "2017-06-17", GT, CUNDY, D, MET, "2017-06-17")
c(E, G5, "to rise from 58", "exact", 58, "people", "dead (presumed)", "2017-06-19", GT, "the Met police", D, MET, "2017-06-19T08",
  note="the current police figure on Monday morning, before the update to 79")
c(E, G5, "about 70 people may have died", "about", 70, "people", "dead (may have died)", "2017-06-19", GT, "the BBC's understanding", D, "bbc", "2017-06-19T08")
c(E, G5, "Eighteen people are still in hospital", "exact", 18, "people", "in hospital", "2017-06-19", GT, None, "grenfell-in-hospital", "bbc", "2017-06-19T08")
c(E, G5, "nine of them in critical care", "exact", 9, "people", "in hospital in critical care", "2017-06-19", GT, None, "grenfell-critical", "bbc", "2017-06-19T08")
c(E, G6, "gone up to 79", "exact", 79, "people", "dead (including missing presumed dead)", "2017-06-19", GT, "police", D, MET, "2017-06-19T10")
c(E, G6, "five of the victims have been formally identified", "exact", 5, "victims", "formally identified", "2017-06-19", GT, CUNDY, "grenfell-identified", MET, "2017-06-19T10")
c(E, G6, "74 are missing and presumed dead", "exact", 74, "people", "missing, presumed dead", "2017-06-19", GT, CUNDY, "grenfell-missing-presumed-dead", MET, "2017-06-19T10")
conflict(E, (G5, "about 70 people may have died"), (G5, "to rise from 58"), "disagreement", "weak",
         "Same moment (Monday morning): the police's 58 presumed dead vs the BBC's understanding that about 70 (63-77) may have died; the intervals do not overlap, but 'may have died' is an unofficial expectation the same report frames as the police's figure rising.")
conflict(E, (G2, "Six bodies have been brought out"), (G3, "12 bodies were at the mortuary"), "disagreement", "weak",
         "Bodies recovered as printed on Friday 16 June: six brought out (Birmingham Mail) vs 12 at the mortuary (police, via the Guardian); the Birmingham line is probably Thursday's figure left in the text, and 'at the mortuary' may count differently (one victim died in hospital), so it is arguable.")
consistent(E, (G1, "six people had died"), (G2, "at least 30 people died"), "Cumulative toll rising from Wednesday to Friday.")
consistent(E, (G3, "at least 30 people were killed"), (G4, "presumed dead in the Grenfell Tower fire to 58"), "Cumulative toll rising from Friday to Saturday; the 58 includes the 30.")
consistent(E, (G5, "about 70 people may have died"), (G6, "gone up to 79"), "Later in the same morning the police figure rose to 79: an update, not a conflict with the earlier 'about 70'.")
consistent(E, (G4, "presumed dead in the Grenfell Tower fire to 58"), (G6, "gone up to 79"), "Cumulative toll rising from Saturday to Monday.")
consistent(E, (G6, "five of the victims have been formally identified"), (G6, "74 are missing and presumed dead"), "Parts of the whole: 5 identified + 74 presumed dead = 79.")
consistent(E, (G3, "At least 24 people are in hospital"), (G5, "Eighteen people are still in hospital"), "In hospital is not cumulative: 24+ on Friday, 18 on Monday after discharges; different dates.")
consistent(E, (G3, "12 of them in a critical condition"), (G5, "nine of them in critical care"), "Critical patients on different dates (Friday vs Monday).")
consistent(E, (G2, "Over 70 people"), (G4, "58 people whom police had been told were in the tower"), "Different measures and dates: Friday's unattributed 'thought to be unaccounted for' vs Saturday's police count of missing people presumed dead.")
consistent(E, (G1, "six people had died"), (G2, "Six bodies have been brought out"), "Same number, different things and days: Wednesday's toll vs bodies recovered.")
consistent(E, (G3, "12 bodies were at the mortuary"), (G3, "12 of them in a critical condition"), "Same number, different things: bodies at the mortuary vs critical patients.")
consistent(E, (G2, "more than 100"), (G2, "at least 30 people died"), "Speculation about the final toll, not a count.")

# ---------------- France: general strike against the pension reform, 5 December 2019 (turnout, not a toll) ----------------
E = "france-pension-strike-2019"
FR = "France"
PAR = "Paris, France"
F1, F2, F3, F4 = ("01-mediapart-1205.md", "02-anarchistcommunism-1209.md", "03-ziare-1217.md", "04-vrt-1210.md")
T5, T10, T17 = "fr-strike-turnout-1205", "fr-strike-turnout-1210", "fr-strike-turnout-1217"
MIN, UN = "interior-ministry", "unions"
DEM = "took part in the marches and demonstrations nationwide"
c(E, F1, "1.5 million people", "exact", 1500000, "people", DEM, "2019-12-05", FR, "French trade unions", T5, UN, "2019-12-05")
c(E, F1, "860,000", "exact", 860000, "people", DEM, "2019-12-05", FR, "interior ministry", T5, MIN, "2019-12-05",
  note="every other report gives the ministry's figure as 806,000 (or a round 800,000): probably transposed digits, kept as printed")
c(E, F2, "250,000 people demonstrated in Paris", "exact", 250000, "people", "demonstrated in Paris", "2019-12-05", PAR, None, "fr-strike-turnout-paris-1205", "anarchistcommunism", "2019-12-05")
c(E, F2, "a figure of 800,000", "exact", 800000, "people", DEM, "2019-12-05", FR, "Ministry of Interior", T5, MIN, "2019-12-05")
c(E, F2, "a figure of 1.5 million", "exact", 1500000, "people", DEM, "2019-12-05", FR, "the unions", T5, UN, "2019-12-05")
c(E, F2, "Amiens saw 8,000 demonstrators", "exact", 8000, "people", "demonstrated", "2019-12-05", "Amiens, France", None, "fr-strike-turnout-amiens-1205", "anarchistcommunism", "2019-12-05")
c(E, F2, "In Le Havre 20,000 demonstrated", "exact", 20000, "people", "demonstrated", "2019-12-05", "Le Havre, France", None, "fr-strike-turnout-lehavre-1205", "anarchistcommunism", "2019-12-05")
c(E, F2, "in Rouen 40,000", "exact", 40000, "people", "demonstrated", "2019-12-05", "Rouen, France", None, "fr-strike-turnout-rouen-1205", "anarchistcommunism", "2019-12-05")
c(E, F2, "the police counted 25,000", "exact", 25000, "people", "demonstrated", "2019-12-05", "Marseille, France", "police", "fr-strike-turnout-marseille-1205", "police", "2019-12-05")
c(E, F2, "the unions 150,000 (!)", "exact", 150000, "people", "demonstrated", "2019-12-05", "Marseille, France", "the unions", "fr-strike-turnout-marseille-1205", UN, "2019-12-05")
c(E, F2, "20,000 marched in Lille", "exact", 20000, "people", "demonstrated", "2019-12-05", "Lille, France", None, "fr-strike-turnout-lille-1205", "anarchistcommunism", "2019-12-05")
c(E, F2, "30,000 in Nantes", "exact", 30000, "people", "demonstrated", "2019-12-05", "Nantes, France", None, "fr-strike-turnout-nantes-1205", "anarchistcommunism", "2019-12-05")
c(E, F2, "as many as 100,000 demonstrated", "upto", 100000, "people", "demonstrated", "2019-12-05", "Toulouse, France", None, "fr-strike-turnout-toulouse-1205", "anarchistcommunism", "2019-12-05")
c(E, F2, "27 arrests", "exact", 27, "arrests", "after clashes with police", "2019-12-05", "Toulouse, France", None, "fr-strike-arrests-toulouse-1205", "anarchistcommunism", "2019-12-05")
c(E, F3, "A total of 615,000 people", "exact", 615000, "people", DEM, "2019-12-17", FR, "Interior Ministry", T17, MIN, "2019-12-17")
c(E, F3, "76,000 of them in the capital", "exact", 76000, "people", "demonstrated in Paris", "2019-12-17", PAR, "Interior Ministry", "fr-strike-turnout-paris-1217", MIN, "2019-12-17")
c(E, F3, "announced 806,000 on December 5", "exact", 806000, "people", DEM, "2019-12-05", FR, "Interior Ministry", T5, MIN, "2019-12-05")
c(E, F3, "about 1.8 million people", "about", 1800000, "people", DEM, "2019-12-17", FR, "the CGT union (on Twitter)", T17, UN, "2019-12-17")
c(E, F3, "more than 260 demonstrations", "more than", 260, "demonstrations", "held around France", "2019-12-17", FR, "the CGT union (on Twitter)", "fr-strike-demonstrations-1217", UN, "2019-12-17")
c(E, F3, "1.5 million demonstrators on December 5", "exact", 1500000, "people", DEM, "2019-12-05", FR, "the CGT union", T5, UN, "2019-12-05")
c(E, F3, "Tens of thousands of people", "tensofthousands", None, "people", "marched in several French cities", "2019-12-17", "several French cities", None, "fr-strike-turnout-cities-1217", "ziare", "2019-12-17",
  note="tens of thousands -> [20000, 100000), the eval README's interval")
c(E, F4, "some 339,000 people", "about", 339000, "people", DEM, "2019-12-10", FR, "Ministry of the Interior", T10, MIN, "2019-12-10")
c(E, F4, "31,000 of them in Paris", "exact", 31000, "people", "demonstrated in Paris", "2019-12-10", PAR, "Ministry of the Interior", "fr-strike-turnout-paris-1210", MIN, "2019-12-10")
c(E, F4, "885,000", "exact", 885000, "people", DEM, "2019-12-10", FR, "the unions", T10, UN, "2019-12-10")
c(E, F4, "180,000 in Paris", "exact", 180000, "people", "demonstrated in Paris", "2019-12-10", PAR, "the unions", "fr-strike-turnout-paris-1210", UN, "2019-12-10")
UNIONS5 = [(F1, "1.5 million people"), (F2, "a figure of 1.5 million"), (F3, "1.5 million demonstrators on December 5")]
MIN5 = [(F1, "860,000"), (F2, "a figure of 800,000"), (F3, "announced 806,000 on December 5")]
for u in UNIONS5:
    for m in MIN5:
        conflict(E, u, m, "disagreement", "strong",
                 f"Nationwide turnout on 5 December: the unions' 1.5 million vs the interior ministry's '{m[1]}'; one day's head count, not cumulative, and far apart.")
conflict(E, (F1, "860,000"), (F3, "announced 806,000 on December 5"), "disagreement", "strong",
         "The interior ministry's 5 December turnout as printed: 860,000 (Mediapart) vs 806,000 (Ziare); same source, same day, 54,000 apart (probably transposed digits).")
conflict(E, (F1, "860,000"), (F2, "a figure of 800,000"), "disagreement", "strong",
         "The interior ministry's 5 December turnout: 860,000 vs a figure of 800,000; a round 800,000 can stand for 806,000 but not for 860,000.")
conflict(E, (F2, "a figure of 800,000"), (F3, "announced 806,000 on December 5"), "disagreement", "weak",
         "The ministry's 806,000 given as a round 800,000: a conflict only by the convention that unhedged round numbers are exact.")
conflict(E, (F2, "the police counted 25,000"), (F2, "the unions 150,000 (!)"), "disagreement", "strong",
         "Marseille turnout on 5 December: police 25,000 vs unions 150,000; the same march counted, far apart.")
conflict(E, (F3, "A total of 615,000 people"), (F3, "about 1.8 million people"), "disagreement", "strong",
         "Nationwide turnout on 17 December: interior ministry 615,000 vs the CGT's about 1.8 million.")
conflict(E, (F4, "some 339,000 people"), (F4, "885,000"), "disagreement", "strong",
         "Nationwide turnout on 10 December: ministry some 339,000 vs unions 885,000.")
conflict(E, (F4, "31,000 of them in Paris"), (F4, "180,000 in Paris"), "disagreement", "strong",
         "Paris turnout on 10 December: ministry 31,000 vs unions 180,000.")
consistent(E, (F3, "A total of 615,000 people"), (F3, "announced 806,000 on December 5"), "Same source (ministry), different days: 17 December vs 5 December.")
consistent(E, (F3, "about 1.8 million people"), (F3, "1.5 million demonstrators on December 5"), "Same source (CGT), different days: 17 December vs 5 December.")
consistent(E, (F4, "885,000"), (F1, "860,000"), "Close figures, different days and sources: unions on 10 December vs the ministry on 5 December.")
consistent(E, (F2, "250,000 people demonstrated in Paris"), (F4, "180,000 in Paris"), "Paris turnout on different days (5 vs 10 December).")
consistent(E, (F2, "250,000 people demonstrated in Paris"), (F2, "a figure of 800,000"), "Part and whole: Paris within the national turnout.")
consistent(E, (F3, "76,000 of them in the capital"), (F3, "A total of 615,000 people"), "Part and whole: Paris within the national turnout on 17 December.")
consistent(E, (F3, "Tens of thousands of people"), (F3, "A total of 615,000 people"), "Vague count for several cities, a part of the national turnout; not a rival figure.")
consistent(E, (F2, "In Le Havre 20,000 demonstrated"), (F2, "20,000 marched in Lille"), "Same number, different places.")
consistent(E, (F2, "as many as 100,000 demonstrated"), (F2, "250,000 people demonstrated in Paris"), "Different places: Toulouse vs Paris.")

# ---------------- US Airways Flight 1549, Hudson River, 15 January 2009 (no-conflict control) ----------------
E = "hudson-river-landing-2009"
HR = "Hudson River, New York"
H1, H2, H3, H4 = ("01-upi-0115.md", "02-latimes-0116.md", "03-chicagotribune-0116.md", "04-wnyc-0116.md")
AB = "hudson-aboard"
c(E, H1, "all 150 passengers", "exact", 150, "passengers", "aboard, all saved", "2009-01-15", HR, "officials", "hudson-passengers", "officials", "2009-01-15")
c(E, H1, "five crew members", "exact", 5, "crew members", "aboard, all saved", "2009-01-15", HR, "officials", "hudson-crew", "officials", "2009-01-15")
c(E, H1, "Dozens of people were treated in hospitals", "dozens", None, "people", "taken to hospitals for injuries", "2009-01-15", "New York", None, "hudson-hospitalised", "upi", "2009-01-15")
c(E, H1, "two bird strikes", "exact", 2, "bird strikes", "reported by the pilot", "2009-01-15", HR, "pilots' union officials (via ABC)", "hudson-bird-strikes", "abc", "2009-01-15")
c(E, H2, "all 155 passengers and crew", "exact", 155, "passengers and crew", "aboard, all rescued", "2009-01-15", HR, None, AB, "latimes", "2009-01-15")
c(E, H3, "four friends", "exact", 4, "friends", "travelling with Jeff Kolodjay", "2009-01-15", "New York", "Jeff Kolodjay (via AP)", "kolodjay-friends", "ap", "2009-01-15")
c(E, H3, "155 people on board", "exact", 155, "people", "aboard", "2009-01-15", HR, None, AB, "chicagotribune", "2009-01-15")
c(E, H3, "rescued 56 people", "exact", 56, "people", "rescued by the ferry Thomas Jefferson", "2009-01-15", HR, "ferry captain Vinnie Lombardi", "hudson-rescued-thomas-jefferson", "lombardi", "2009-01-15")
c(E, H4, "a double bird strike", "exact", 2, "bird strikes", "reported by the pilot", "2009-01-15", HR, "the pilot (as reported)", "hudson-bird-strikes", "wnyc", "2009-01-15",
  note="'double' read as two")
c(E, H4, "about three ferries converged", "about", 3, "ferries", "converged on the plane (as seen by a witness)", "2009-01-15", HR, "witness Anne Beaumont", "hudson-ferries-converged-seen", "beaumont", "2009-01-15")
c(E, H4, "about 14 boats", "about", 14, "boats", "sent to the scene by New York Waterway", "2009-01-15", HR, "Allen Warren, New York Waterway", "nywaterway-boats-sent", "nywaterway", "2009-01-15")
consistent(E, (H1, "all 150 passengers"), (H2, "all 155 passengers and crew"), "Part and whole: 150 passengers + 5 crew = 155 aboard.")
consistent(E, (H1, "five crew members"), (H3, "155 people on board"), "Part and whole: the 5 crew are among the 155 aboard.")
consistent(E, (H2, "all 155 passengers and crew"), (H3, "155 people on board"), "The same 155 aboard.")
consistent(E, (H3, "rescued 56 people"), (H3, "155 people on board"), "Part and whole: one ferry's 56 rescued of the 155 aboard.")
consistent(E, (H4, "about three ferries converged"), (H4, "about 14 boats"), "Different things: the ferries a witness saw converge vs the boats New York Waterway sent.")
consistent(E, (H1, "two bird strikes"), (H4, "a double bird strike"), "Two bird strikes and a double bird strike agree.")

gold.write(Path(__file__).resolve().parent / "gold.jsonl")
