# ruff: noqa: E501  -- one gold claim per line, as written (like the article-text files in pyproject per-file-ignores)
"""Write gold.jsonl for this set from compact specs (kept beside the set so the gold can be re-derived):
``python3 make_gold.py`` from anywhere."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from benchmarks.event_gold import GoldWriter  # noqa: E402

gold = GoldWriter()
c, conflict, consistent = gold.claim, gold.conflict, gold.consistent

# ---------------- Genoa: Morandi bridge collapse ----------------
E = "genoa-bridge-collapse-2018"
W = "Genoa, Italy"
G1, G2, G3, G4, G5, G6 = ("01-time-ap-0815.md", "02-newstalk-0815.md", "03-wbrz-ap-0815.md",
                          "04-southernstandard-ap-0816.md", "05-huffpostuk-0816.md", "06-dw-0819.md")
GOV = "italian-government"
c(E, G1, "26 people died", "exact", 26, "people", "dead", "2018-08-14", W, "regional authorities in Liguria", "genoa-dead", "liguria-region", "2018-08-14T23")
c(E, G1, "two more bodies", "exact", 2, "bodies", "recovered (increase)", "2018-08-14", W, "Liguria region", "genoa-bodies-recovered-increase-0814", "liguria-region", "2018-08-14T23")
c(E, G1, "one person had died", "exact", 1, "people", "died in surgery", "2018-08-14", W, "Liguria region", "genoa-died-in-surgery", "liguria-region", "2018-08-14T23")
c(E, G1, "stands at 15", "exact", 15, "people", "injured", "2018-08-14", W, "Liguria region", "genoa-injured-0814", "liguria-region", "2018-08-14T23")
c(E, G2, "has risen to 35", "exact", 35, "people", "dead", "2018-08-15", W, "Italian officials", "genoa-dead", GOV, "2018-08-15T09")
c(E, G2, "at least 35 people", "at least", 35, "people", "dead", "2018-08-15", W, "interior minister Matteo Salvini", "genoa-dead", GOV, "2018-08-15T09")
c(E, G2, "Three children", "exact", 3, "children", "dead", "2018-08-15", W, None, "genoa-dead-children", "newstalk", "2018-08-15T09")
c(E, G2, "At least 16 other people were hurt", "at least", 16, "people", "injured", "2018-08-15", W, None, "genoa-injured-0815", "newstalk", "2018-08-15T09")
c(E, G2, "dozens of vehicles down", "dozens", None, "vehicles", "fell with the bridge", "2018-08-14", W, None, "genoa-vehicles-fell", "newstalk", "2018-08-15")
c(E, G2, "More than 300 firefighters", "more than", 300, "firefighters", "deployed", "2018-08-14", W, None, "genoa-firefighters", "newstalk", "2018-08-14")
c(E, G2, "Seven people", "exact", 7, "people", "pulled alive from the rubble", "2018-08-14", W, None, "genoa-pulled-alive", "newstalk", "2018-08-15")
c(E, G3, "raised to 39", "exact", 39, "people", "dead", "2018-08-15", W, "Angelo Borrelli, head of the civil protection department", "genoa-dead", GOV, "2018-08-15T15")
c(E, G3, "some 1,000 rescuers", "about", 1000, "rescuers", "working", "2018-08-15", W, "Angelo Borrelli", "genoa-rescuers", GOV, "2018-08-15")
c(E, G3, "injuring 15 people", "exact", 15, "people", "injured", "2018-08-15", W, "Angelo Borrelli", "genoa-injured-0815", GOV, "2018-08-15T15")
c(E, G4, "at least 38 people", "at least", 38, "people", "dead", "2018-08-16", W, None, "genoa-dead", "ap", "2018-08-16T15")
c(E, G4, "39 people had died", "exact", 39, "people", "dead", "2018-08-15", W, "Premier Giuseppe Conte", "genoa-dead", GOV, "2018-08-15T18", superseded=True, note="the text says the prefect's office lowered it on Thursday")
c(E, G4, "cut the number of confirmed dead to 38", "exact", 38, "people", "dead", "2018-08-16", W, "Genoa prefect's office (Raffaella Corsaro)", "genoa-dead", GOV, "2018-08-16T12")
c(E, G4, "15 people are injured", "exact", 15, "people", "injured", "2018-08-16", W, "Raffaella Corsaro, Genoa prefect's office", "genoa-injured-0816", GOV, "2018-08-16T12")
c(E, G4, "one of them is in a coma", "exact", 1, "injured people", "in a coma", "2018-08-16", W, "doctors", "genoa-injured-coma", "doctors", "2018-08-16")
c(E, G4, "dozens of vehicles that fell", "dozens", None, "vehicles", "fell with the bridge", "2018-08-14", W, None, "genoa-vehicles-fell", "ap", "2018-08-16")
c(E, G4, "between 10 and 20 people", "range", (10, 20), "people", "missing", "2018-08-16", W, "Genoa Chief Prosecutor Francesco Cozzi", "genoa-missing-0816", "prosecutor", "2018-08-16")
c(E, G5, "Twenty people could still be missing", "upto", 20, "people", "missing", "2018-08-16", W, "Genoa chief prosecutor", "genoa-missing-0816", "prosecutor", "2018-08-16",
  note="'could still be missing': the prosecutor's upper estimate, encoded as <= 20")
c(E, G5, "hundreds of rescue workers", "hundreds", None, "rescue workers", "searching", "2018-08-15", W, None, "genoa-rescuers", "huffpost", "2018-08-15")
c(E, G5, "10 to 20 people", "range", (10, 20), "people", "missing", "2018-08-16", W, "Francesco Cozzi, Genoa chief prosecutor", "genoa-missing-0816", "prosecutor", "2018-08-16")
c(E, G5, "About 1,000 emergency workers", "about", 1000, "emergency workers", "working", "2018-08-16", W, None, "genoa-rescuers", "huffpost", "2018-08-16")
c(E, G5, "400 of them firefighters", "exact", 400, "firefighters", "working", "2018-08-16", W, None, "genoa-firefighters", "huffpost", "2018-08-16")
c(E, G5, "At least 39 people were killed", "at least", 39, "people", "dead", "2018-08-16", W, None, "genoa-dead", "huffpost", "2018-08-16T11")
c(E, G6, "the last three bodies", "exact", 3, "bodies", "found last", "2018-08-19", W, None, "genoa-last-bodies", "dw", "2018-08-19")
c(E, G6, "The death toll reached 43", "exact", 43, "people", "dead", "2018-08-19", W, "officials", "genoa-dead", GOV, "2018-08-19")
c(E, G6, "family of three", "exact", 3, "people", "dead (one family)", "2018-08-14", W, None, "genoa-dead-family", "dw", "2018-08-19")
c(E, G6, "more than 30 vehicles", "more than", 30, "vehicles", "fell with the bridge", "2018-08-14", W, None, "genoa-vehicles-fell", "dw", "2018-08-19")
c(E, G6, "four of the dead were people from France", "exact", 4, "people from France", "dead", "2018-08-19", W, "Genoa office of the interior ministry", "genoa-dead-france", GOV, "2018-08-19")
c(E, G6, "three from Chile", "exact", 3, "people from Chile", "dead", "2018-08-19", W, "Genoa office of the interior ministry", "genoa-dead-chile", GOV, "2018-08-19")
c(E, G6, "two from Albania", "exact", 2, "people from Albania", "dead", "2018-08-19", W, "Genoa office of the interior ministry", "genoa-dead-albania", GOV, "2018-08-19")
c(E, G6, "two from Romania", "exact", 2, "people from Romania", "dead", "2018-08-19", W, "Genoa office of the interior ministry", "genoa-dead-romania", GOV, "2018-08-19")
c(E, G6, "two from Jamaica", "exact", 2, "people from Jamaica", "dead", "2018-08-19", W, "Genoa office of the interior ministry", "genoa-dead-jamaica", GOV, "2018-08-19")
c(E, G6, "one each from Colombia and Peru", "exact", 1, "people from Colombia, and from Peru (each)", "dead", "2018-08-19", W, "Genoa office of the interior ministry", "genoa-dead-colombia-peru", GOV, "2018-08-19")
conflict(E, (G3, "raised to 39"), (G4, "cut the number of confirmed dead to 38"), "cumulative_decreased", "strong",
         "Confirmed dead: 39 (civil protection chief, Wednesday) lowered to 38 by the Genoa prefect's office on Thursday (a 'misunderstanding' over ambulance data); same government source, a cumulative toll that went down.")
conflict(E, (G5, "At least 39 people were killed"), (G4, "cut the number of confirmed dead to 38"), "disagreement", "strong",
         "Thursday: HuffPost UK still carries at least 39 dead while the prefect's office has cut the confirmed toll to 38; same day, intervals do not overlap.")
conflict(E, (G2, "At least 16 other people were hurt"), (G3, "injuring 15 people"), "disagreement", "strong",
         "Injured on Wednesday: at least 16 (Newstalk) vs 15 (civil protection chief Borrelli); injured is a stock (one key per day), intervals do not overlap.")
consistent(E, (G1, "26 people died"), (G2, "has risen to 35"), "Cumulative toll rising from late Tuesday to Wednesday morning.")
consistent(E, (G2, "at least 35 people"), (G3, "raised to 39"), "At least 35 holds for 39; the toll rose during Wednesday.")
consistent(E, (G4, "at least 38 people"), (G4, "cut the number of confirmed dead to 38"), "Same revised Thursday toll; at least 38 holds for 38.")
consistent(E, (G4, "cut the number of confirmed dead to 38"), (G6, "The death toll reached 43"), "After the downward revision the toll rose again as the last bodies were found (Sunday).")
consistent(E, (G2, "More than 300 firefighters"), (G5, "400 of them firefighters"), "More than 300 holds for 400; also different days (Tuesday vs Thursday).")
consistent(E, (G4, "between 10 and 20 people"), (G5, "Twenty people could still be missing"), "Same prosecutor's estimate: 20 is the top of 10 to 20.")
consistent(E, (G3, "some 1,000 rescuers"), (G5, "hundreds of rescue workers"), "Some 1,000 (900-1,100) and hundreds (200-999) overlap.")
consistent(E, (G2, "dozens of vehicles down"), (G6, "more than 30 vehicles"), "More than 30 is dozens.")

# ---------------- Catalonia: Diada march, 11 September 2017 ----------------
E = "catalonia-diada-2017"
B = "Barcelona, Catalonia, Spain"
C1, C2, C3, C4 = ("01-apa-anadolu-0911.md", "02-guardian-feed-0911.md", "03-yournewswire-express-0912.md", "04-galiciapress-0911.md")
K = "diada-2017-turnout"
T = "2017-09-11T21"
c(E, C1, "Around one million people", "about", 1000000, "people", "attended the march", "2017-09-11", B, "local police", K, "guardia-urbana", T)
c(E, C1, "50 percent", "exact", 50, "percent", "of Catalans favouring independence (poll)", "2017-09", "Catalonia", "poll for El Espanol", "diada-poll-elespanol", "el-espanol", "2017-09")
c(E, C1, "41.1 percent", "exact", 41.1, "percent", "backing a unilateral break with Spain (survey)", "2017-07", "Catalonia", "CEO, Catalan government body", "diada-poll-ceo", "ceo", "2017-07")
c(E, C2, "up to 1 million Catalans", "upto", 1000000, "Catalans", "attended the march", "2017-09-11", B, None, K, "guardian", T)
c(E, C2, "450,000 people had signed up", "exact", 450000, "people", "registered for the march", "2017-09-11", B, "organisers", "diada-2017-registered", "anc", "2017-09-11")
c(E, C2, "1 million had turned up", "exact", 1000000, "people", "attended the march", "2017-09-11", B, "Barcelona police", K, "guardia-urbana", T)
c(E, C3, "a new 7.5 million nation", "exact", 7500000, "people", "population of Catalonia (as a new nation)", "2017-09", "Catalonia", "Julian Assange", "catalonia-population", "assange", "2017-09-12")
c(E, C3, "over one million pro-independence activists", "more than", 1000000, "pro-independence activists", "attended the march", "2017-09-11", B, None, K, "express", T)
c(E, C3, "around one million people took part", "about", 1000000, "people", "attended the march", "2017-09-11", B, "Barcelona police", K, "guardia-urbana", T)
c(E, C3, "a new 7.5m nation", "exact", 7500000, "people", "population of Catalonia (as a new nation)", "2017-09", "Catalonia", "Julian Assange (tweet)", "catalonia-population", "assange", "2017-09-12")
c(E, C4, "Hundreds of thousands of people", "hundredsofthousands", None, "people", "attended the march", "2017-09-11", B, None, K, "galiciapress", T)
c(E, C4, "close to a million people", "nearly", 1000000, "people", "attended the march", "2017-09-11", B, "Barcelona Guardia Urbana", K, "guardia-urbana", T,
  note="'cerca de un millon' in the original; read as nearly")
c(E, C4, "225,000 people", "exact", 225000, "people", "attended the march", "2017-09-11", B, "Societat Civil Catalana (SCC)", K, "scc", T)
c(E, C4, "350,000 attendees", "exact", 350000, "people", "attended the march", "2017-09-11", B, "Government Delegation (Spanish government in Catalonia)", K, "government-delegation", T)
HIGH = [(C1, "Around one million people"), (C2, "1 million had turned up"), (C3, "over one million pro-independence activists"),
        (C3, "around one million people took part"), (C4, "close to a million people")]
LOW = [((C4, "225,000 people"), "Societat Civil Catalana: 225,000"), ((C4, "350,000 attendees"), "the Government Delegation: 350,000")]
for low, who in LOW:
    for h in HIGH:
        conflict(E, h, low, "disagreement", "strong",
                 f"Turnout at the same march: '{h[1]}' vs {who}; a head count, not cumulative; the intervals are far apart.")
conflict(E, (C4, "225,000 people"), (C4, "350,000 attendees"), "disagreement", "strong",
         "Turnout: 225,000 (Societat Civil Catalana) vs 350,000 (Government Delegation), both in the same sentence; exact figures that differ.")
TOUCH = [((C3, "over one million pro-independence activists"), (C2, "1 million had turned up"), "over one million vs 1 million: the intervals only touch at the round number."),
         ((C3, "over one million pro-independence activists"), (C4, "close to a million people"), "over one million vs close to (under) a million: they only touch at the round number."),
         ((C3, "over one million pro-independence activists"), (C2, "up to 1 million Catalans"), "over one million vs up to 1 million: they only touch at the round number."),
         ((C3, "over one million pro-independence activists"), (C4, "Hundreds of thousands of people"), "over one million vs hundreds of thousands: rests on a vague quantifier."),
         ((C2, "1 million had turned up"), (C4, "close to a million people"), "the police figure given as 1 million and as close to a million: the same source paraphrased, touching at the round number."),
         ((C2, "1 million had turned up"), (C4, "Hundreds of thousands of people"), "1 million vs hundreds of thousands: a vague quantifier touching at the round number.")]
for a, b, why in TOUCH:
    conflict(E, a, b, "disagreement", "weak", f"Turnout: {why}")
consistent(E, (C2, "up to 1 million Catalans"), (C4, "350,000 attendees"), "Up to 1 million is an upper bound; 350,000 fits under it.")
consistent(E, (C3, "over one million pro-independence activists"), (C3, "around one million people took part"), "More than a million and around a million overlap.")
consistent(E, (C2, "450,000 people had signed up"), (C2, "1 million had turned up"), "Different measures: people registered in advance by the organisers vs people the police counted on the day.")
consistent(E, (C1, "Around one million people"), (C4, "close to a million people"), "Around a million and close to a million overlap (the same police estimate).")
consistent(E, (C1, "50 percent"), (C1, "41.1 percent"), "Different polls, months and questions (in favour of independence vs a unilateral break).")
consistent(E, (C4, "Hundreds of thousands of people"), (C4, "350,000 attendees"), "350,000 is hundreds of thousands.")

# ---------------- Thailand: Tham Luang cave rescue (no-conflict control) ----------------
E = "thai-cave-rescue-2018"
TL = "Tham Luang cave, Chiang Rai, Thailand"
T1, T2, T3, T4 = "01-sflchronicle-0702.md", "02-redmarruecos-0711.md", "03-tnp-0711.md", "04-canoe-ap-0710.md"
c(E, T1, "12 boys and their soccer coach, all alive", "exact", 12, "boys", "found alive", "2018-07-02", TL, None, "thai-boys-trapped", "sflchronicle", "2018-07-02")
c(E, T1, "all 13 of the missing", "exact", 13, "people", "found alive", "2018-07-02", TL, "Chiang Rai provincial Gov. Narongsak Osatanakorn", "thai-group-trapped", "chiang-rai-governor", "2018-07-02")
c(E, T2, "The four boys brought out of the cave on Sunday", "exact", 4, "boys", "rescued on Sunday", "2018-07-08", TL, None, "thai-rescued-0708", "redmarruecos", "2018-07-09")
c(E, T2, "the final eight boys", "exact", 8, "boys", "still in the cave", "2018-07-09", TL, None, "thai-boys-remaining-0709am", "redmarruecos", "2018-07-09T08")
c(E, T2, "the first four had been safely evacuated", "exact", 4, "boys", "rescued on Sunday", "2018-07-08", TL, None, "thai-rescued-0708", "redmarruecos", "2018-07-09")
c(E, T2, "The four brought out on Monday", "exact", 4, "boys", "rescued on Monday", "2018-07-09", TL, None, "thai-rescued-0709", "redmarruecos", "2018-07-09T20")
c(E, T2, "13 foreign divers", "exact", 13, "foreign divers", "in Sunday's mission", "2018-07-08", TL, None, "thai-divers-foreign-0708", "redmarruecos", "2018-07-09")
c(E, T2, "five Thai navy SEALs", "exact", 5, "Thai navy SEALs", "in Sunday's mission", "2018-07-08", TL, None, "thai-seals-0708", "redmarruecos", "2018-07-09")
c(E, T2, "the first four boys rescued", "exact", 4, "boys", "rescued on Sunday", "2018-07-08", TL, None, "thai-rescued-0708", "redmarruecos", "2018-07-09")
c(E, T3, "12 boys of the Moo Pa", "exact", 12, "boys", "trapped", "2018-06-23", TL, None, "thai-boys-trapped", "tnp", "2018-07-11")
c(E, T3, "two British divers", "exact", 2, "British divers", "found the group", "2018-07-02", TL, None, "thai-finders", "tnp", "2018-07-11")
c(E, T3, "90 divers", "exact", 90, "divers", "in the rescue team", "2018-07", TL, None, "thai-divers-total", "tnp", "2018-07-11")
c(E, T3, "50 of them foreigners", "exact", 50, "foreign divers", "in the rescue team", "2018-07", TL, None, "thai-divers-foreign", "tnp", "2018-07-11")
c(E, T3, "four boys are brought out safely", "exact", 4, "boys", "rescued on Sunday", "2018-07-08", TL, None, "thai-rescued-0708", "tnp", "2018-07-11")
c(E, T3, "four more boys follow", "exact", 4, "boys", "rescued on Monday", "2018-07-09", TL, None, "thai-rescued-0709", "tnp", "2018-07-11")
c(E, T3, "the last four boys", "exact", 4, "boys", "rescued on Tuesday (with the coach)", "2018-07-10", TL, None, "thai-rescued-0710", "tnp", "2018-07-11")
c(E, T4, "all 12 boys and their soccer coach", "exact", 12, "boys", "rescued", "2018-07-10", TL, None, "thai-boys-trapped", "ap", "2018-07-10")
c(E, T4, "the remaining four boys", "exact", 4, "boys", "rescued on Tuesday (with the coach)", "2018-07-10", TL, "Thai Navy SEALs", "thai-rescued-0710", "thai-navy-seals", "2018-07-10")
c(E, T4, "Eight of the boys", "exact", 8, "boys", "rescued on Sunday and Monday", "2018-07-09", TL, None, "thai-rescued-0708-0709", "ap", "2018-07-10")
c(E, T4, "all thirteen Wild Boars", "exact", 13, "people", "out of the cave", "2018-07-10", TL, "Thai Navy SEALs", "thai-group-trapped", "thai-navy-seals", "2018-07-10")
c(E, T4, "three SEALs", "exact", 3, "SEALs", "stayed with the boys (still inside)", "2018-07-10", TL, "Thai Navy SEALs", "thai-seals-with-boys", "thai-navy-seals", "2018-07-10")
c(E, T4, "dozens of volunteers and journalists", "dozens", None, "volunteers and journalists", "waiting at a government office", "2018-07-10", "Mae Sai, Thailand", None, "thai-waiting-office", "ap", "2018-07-10")
consistent(E, (T1, "all 13 of the missing"), (T4, "all thirteen Wild Boars"), "The same group of 13 (12 boys and the coach): found on 2 July, all out on 10 July.")
consistent(E, (T1, "12 boys and their soccer coach, all alive"), (T4, "all thirteen Wild Boars"), "12 boys + 1 coach = 13.")
consistent(E, (T1, "12 boys and their soccer coach, all alive"), (T2, "the final eight boys"), "12 - 4 rescued on Sunday = 8 left on Monday morning.")
consistent(E, (T3, "four more boys follow"), (T4, "Eight of the boys"), "4 on Sunday + 4 on Monday = 8.")
consistent(E, (T2, "the final eight boys"), (T4, "the remaining four boys"), "Different days: 8 boys left on Monday morning, 4 left on Tuesday.")
consistent(E, (T3, "90 divers"), (T3, "50 of them foreigners"), "A part and its whole: 50 of the 90 divers were foreign.")
consistent(E, (T2, "13 foreign divers"), (T3, "50 of them foreigners"), "Sunday's team (13 foreign divers) is part of the 50 foreign divers.")

gold.write(Path(__file__).resolve().parent / "gold.jsonl")
