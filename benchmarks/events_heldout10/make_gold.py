# ruff: noqa: E501  -- one gold claim per line, as written (like the article-text files in pyproject per-file-ignores)
"""Write gold.jsonl for this set from compact specs (kept beside the set so the gold can be re-derived):
``python3 make_gold.py`` from anywhere."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from benchmarks.event_gold import GoldWriter  # noqa: E402

gold = GoldWriter()
c, conflict, consistent = gold.claim, gold.conflict, gold.consistent

# ---------------- March for Our Lives, Washington, 24 March 2018 ----------------
E = "march-for-our-lives-2018"
DC = "Washington, D.C."
M1, M2, M3, M4, M5 = ("01-thehill-0324.md", "02-time-0324.md", "03-americanindependent-0324.md", "04-sott-0326.md", "05-deadstate-0324.md")
K = "mfol-dc-turnout"
T = "2018-03-24T15"
ORG = "mfol-organizers"
INAUG = "trump-inauguration-2017-crowd"
WM = "womens-march-2017-dc-crowd"
EXP = "mfol-dc-expected"
c(E, M1, "as many as 800,000 people", "upto", 800000, "people", "attended the march", "2018-03-24", DC, "March for Our Lives organizers (via NBC News)", K, ORG, T)
c(E, M1, "around 600,000 people", "about", 600000, "people", "attended Trump's inauguration", "2017-01-20", DC, "The Washington Post", INAUG, "washington-post", "2017-01-20")
c(E, M1, "thousands of American students", "thousands", None, "students", "turned out across the country", "2018-03-24", "United States", None, "mfol-students-nationwide", "thehill", "2018-03-24")
c(E, M2, "Hundreds of thousands of people", "hundredsofthousands", None, "people", "attended the march", "2018-03-24", DC, None, K, "time", T)
c(E, M2, "about 800,000 people had come", "about", 800000, "people", "attended the march", "2018-03-24", DC, "organizers (via NBC News)", K, ORG, T)
c(E, M2, "planned for 500,000", "exact", 500000, "people", "expected at the march (planned for)", "2018-03-24", DC, "law enforcement officials", EXP, "law-enforcement", "2018-03-24")
c(E, M2, "an estimated 500,000 people", "estimated", 500000, "people", "attended the 2017 Women's March", "2017-01-21", DC, "crowd scientists cited by the New York Times", WM, "crowd-scientists", "2017-01-21")
c(E, M2, "one million to 1.8 million people", "range", (1000000, 1800000), "people", "attended Obama's 2009 inauguration", "2009-01", DC, None, "obama-inauguration-2009-crowd", "time", "2009-01-20")
c(E, M3, "around 500,000 people", "about", 500000, "people", "expected at the march", "2018-03-24", DC, None, EXP, "americanindependent", "2018-03-24")
c(E, M3, "about 800,000 people taking part", "about", 800000, "people", "attended the march", "2018-03-24", DC, "the first estimates", K, "early-estimates", T)
c(E, M3, "an estimated 250,000 people", "estimated", 250000, "people", "attended Trump's inauguration", "2017-01-20", DC, None, INAUG, "americanindependent", "2017-01-20")
c(E, M3, "more than three times the size", "more than", 3, "times", "march crowd relative to the inauguration crowd", "2018-03-24", DC, None, "mfol-vs-inauguration-ratio", "americanindependent", "2018-03-24")
c(E, M3, "a million people", "exact", 1000000, "people", "might attend the march (a forecast)", "2018-03-24", DC, "MSNBC host Chris Matthews", "mfol-dc-forecast-matthews", "matthews", "2018-03-24T12",
  note="a speculative forecast ('might see'), not a count")
c(E, M3, "more than 30,000 Americans", "more than", 30000, "Americans", "killed by gun violence each year", "annual", "United States", None, "us-gun-deaths-annual", "americanindependent", "2018")
c(E, M3, "at least 843 marches", "at least", 843, "marches", "held in the U.S. and abroad", "2018-03-24", "United States and abroad", None, "mfol-marches-total", "americanindependent", "2018-03-24")
c(E, M4, "the 500,000 the event's organizers had expected", "exact", 500000, "people", "expected at the march", "2018-03-24", DC, "organizers", EXP, ORG, "2018-03-24")
c(E, M4, "600,000 less", "exact", 600000, "people", "shortfall of the later count against the early reported figure", "2018-03-24", DC, None, "mfol-count-shortfall", "sott", "2018-03-26")
c(E, M4, "the early figure of 800,000 marchers", "exact", 800000, "people", "attended the march", "2018-03-24", DC, "USA Today", K, "usa-today", T,
  superseded=True, note="the text marks it as the early figure")
c(E, M4, "500,000 to the capital", "exact", 500000, "people", "attended the 2017 Women's March", "2017-01-21", DC, "USA Today", WM, "usa-today", "2017-01-21")
c(E, M4, "over 800,000 people", "more than", 800000, "people", "attended the march", "2018-03-24", DC, "the March For Our Lives account (Twitter)", K, ORG, T)
c(E, M4, "200,000 more than had come", "exact", 200000, "people", "march crowd minus the inauguration crowd", "2018-03-24", DC, "the March For Our Lives account (Twitter)", "mfol-vs-inauguration-difference", ORG, "2018-03-24")
c(E, M4, "the head count at 200,000", "exact", 200000, "people", "attended the march", "2018-03-24", DC, "CBS", K, "cbs", "2018-03-25")
c(E, M4, "the first claim of 800,000", "exact", 800000, "people", "attended the march", "2018-03-24", DC, None, K, "early-estimates", T,
  superseded=True, note="the text marks it as the first claim")
c(E, M5, "as many 800,000 people", "upto", 800000, "people", "attended the march", "2018-03-24", DC, "March for Our Lives organizers", K, ORG, T,
  note="'as many 800,000' (missing 'as') kept as printed; read as up to")
c(E, M5, "around 600,000", "about", 600000, "people", "attended Trump's inauguration", "2017-01-20", DC, "The Washington Post", INAUG, "washington-post", "2017-01-20")
c(E, M5, "around 500,000 people", "about", 500000, "people", "attended the 2017 Women's March", "2017-01-21", DC, None, WM, "deadstate", "2017-01-21")
c(E, M5, "the 500,000 to 600,000 people", "range", (500000, 600000), "people", "marched against the Vietnam War", "1969", DC, "USA Today", "vietnam-protest-1969-crowd", "usa-today", "1969")
c(E, M5, "about 250,000 people", "about", 250000, "people", "attended the 1963 March on Washington", "1963-08-28", DC, "USA Today", "march-on-washington-1963-crowd", "usa-today", "1963-08-28")
c(E, M5, "between 450,000 to 1.1 million people", "range", (450000, 1100000), "people", "attended the Million Man March", "1995", DC, "Encyclopedia Britannica", "million-man-march-1995-crowd", "britannica", "1995")
c(E, M5, "killed 17 people", "exact", 17, "people", "killed in the Parkland school shooting", "2018-02-14", "Parkland, Florida", None, "parkland-dead", "deadstate", "2018-02-14")
CBS = (M4, "the head count at 200,000")
for hi in [(M2, "about 800,000 people had come"), (M3, "about 800,000 people taking part"), (M4, "over 800,000 people")]:
    conflict(E, hi, CBS, "disagreement", "strong",
             f"Turnout at the same Washington march: '{hi[1]}' (organizers / first estimates) vs CBS's head count of 200,000; a head count, not cumulative; the intervals are far apart.")
for w in [(M1, "around 600,000 people"), (M5, "around 600,000")]:
    conflict(E, w, (M3, "an estimated 250,000 people"), "disagreement", "strong",
             "Crowd at Trump's January 2017 inauguration: around 600,000 (The Washington Post, as cited) vs an estimated 250,000; same event, the intervals do not overlap.")
for u in [(M1, "as many as 800,000 people"), (M5, "as many 800,000 people")]:
    conflict(E, (M4, "over 800,000 people"), u, "disagreement", "weak",
             "Organizers' figure given as over 800,000 and as (up to) as many as 800,000: the same source paraphrased; the intervals only touch at the round number.")
consistent(E, (M1, "as many as 800,000 people"), CBS, "As many as 800,000 is an upper bound; CBS's 200,000 fits under it.")
consistent(E, (M2, "Hundreds of thousands of people"), CBS, "200,000 is hundreds of thousands.")
consistent(E, (M2, "about 800,000 people had come"), (M4, "over 800,000 people"), "About 800,000 and over 800,000 overlap (the same organizers' estimate).")
consistent(E, (M4, "600,000 less"), CBS, "Arithmetic: the early 800,000 minus CBS's 200,000 is the 600,000 shortfall; a difference, not a crowd count.")
consistent(E, (M4, "200,000 more than had come"), CBS, "Same number, different things: the organizers' margin over the inauguration crowd vs CBS's crowd count.")
consistent(E, (M3, "an estimated 250,000 people"), (M5, "about 250,000 people"), "Same number, different events: Trump's 2017 inauguration vs the 1963 March on Washington.")
consistent(E, (M1, "around 600,000 people"), (M5, "the 500,000 to 600,000 people"), "Different events: Trump's 2017 inauguration vs the 1969 Vietnam War protest.")
consistent(E, (M2, "planned for 500,000"), (M2, "an estimated 500,000 people"), "Same number, different things: the crowd the police planned for vs the 2017 Women's March.")
consistent(E, (M3, "around 500,000 people"), (M4, "the 500,000 the event's organizers had expected"), "Expected turnout: around 500,000 and 500,000 agree.")
consistent(E, (M2, "an estimated 500,000 people"), (M5, "around 500,000 people"), "Women's March 2017: an estimated 500,000 and around 500,000 agree.")
consistent(E, (M3, "more than three times the size"), (M3, "an estimated 250,000 people"), "About 800,000 / 250,000 = 3.2: more than three times fits.")

# ---------------- Sulawesi (Palu) earthquake and tsunami, 28 September 2018 ----------------
E = "sulawesi-tsunami-2018"
SUL = "Central Sulawesi, Indonesia"
PALU = "Palu, Central Sulawesi, Indonesia"
S1, S2, S3, S4, S5 = ("01-ktla-ap-0929.md", "02-canindia-ians-0930.md", "03-cna-afp-0930.md", "04-gulfnews-0930.md", "05-thaipbs-reuters-1002.md")
B = "bnpb"
DEAD, DEADP = "sulawesi-dead", "sulawesi-dead-palu"
c(E, S1, "leapt to 384 dead", "exact", 384, "people", "dead", "2018-09-29", PALU, "disaster agency spokesman Sutopo Purwo Nugroho (via Indonesian media)", DEADP, B, "2018-09-29T12",
  note="the text says the count covers only Palu")
c(E, S1, "hundreds of people are hurt", "hundreds", None, "people", "injured", "2018-09-29", PALU, None, "sulawesi-injured-palu-0929", "ap", "2018-09-29")
c(E, S1, "thousands of houses", "thousands", None, "houses", "damaged or destroyed", "2018-09-29", PALU, None, "sulawesi-houses-damaged", "ap", "2018-09-29")
c(E, S1, "two cities", "exact", 2, "cities", "struck by the tsunami", "2018-09-28", "Sulawesi, Indonesia", None, "sulawesi-cities-struck", "ap", "2018-09-29")
c(E, S1, "tens to hundreds of people", "tenstohundreds", None, "people", "fate unknown (beach festival)", "2018-09-29", PALU, "disaster agency", "sulawesi-festival-unknown", B, "2018-09-29")
c(E, S1, "48 dead", "exact", 48, "people", "dead (reported by four hospitals)", "2018-09-29", PALU, "Sutopo Purwo Nugroho", "sulawesi-dead-palu-hospitals", B, "2018-09-29")
c(E, S1, "hundreds of injured", "hundreds", None, "people", "injured (reported by four hospitals)", "2018-09-29", PALU, "Sutopo Purwo Nugroho", "sulawesi-injured-palu-hospitals", B, "2018-09-29")
c(E, S1, "four hospitals in Palu", "exact", 4, "hospitals", "reporting casualties", "2018-09-29", PALU, "Sutopo Purwo Nugroho", "sulawesi-hospitals-reporting", B, "2018-09-29")
c(E, S2, "rose to 405 on Sunday", "exact", 405, "people", "dead", "2018-09-30", "Sulawesi, Indonesia", "disaster management agency (Sutopo Purwo Nugroho)", DEAD, B, "2018-09-30T09")
c(E, S2, "home to 350,000 people", "exact", 350000, "people", "population of Palu", "2018", PALU, "CNN", "palu-population", "cnn", "2018-09-30")
c(E, S2, "over 400 others had been badly injured", "more than", 400, "people", "badly injured", "2018-09-30", "Sulawesi, Indonesia", "Sutopo Purwo Nugroho", "sulawesi-badly-injured", B, "2018-09-30T09")
c(E, S2, "dozens of injured residents", "dozens", None, "injured residents", "treated outside a damaged hospital", "2018-09-30", PALU, "Sutopo", "sulawesi-treated-outside", B, "2018-09-30")
c(E, S2, "Three quakes", "exact", 3, "quakes", "of magnitude 4.9 or more before the main tremor", "2018-09-28", "near Palu", "US Geological Survey", "sulawesi-foreshocks", "usgs", "2018-09-28")
c(E, S3, "shot up to 832", "exact", 832, "people", "dead", "2018-09-30", "Sulawesi, Indonesia", "disaster agency", DEAD, B, "2018-09-30T15")
c(E, S3, "the city of 350,000", "exact", 350000, "people", "population of Palu", "2018", PALU, None, "palu-population", "cna", "2018-09-30")
c(E, S3, "Eleven deaths", "exact", 11, "people", "dead", "2018-09-30", "Donggala, Central Sulawesi, Indonesia", "disaster agency", "sulawesi-dead-donggala", B, "2018-09-30T15")
c(E, S3, "400 people had died", "exact", 400, "people", "dead", "2018-09-29", "Sulawesi, Indonesia", "earlier reports", DEAD, "earlier-reports", "2018-09-29T22",
  superseded=True, note="the text gives it as an earlier report")
c(E, S3, "hundreds of injured", "hundreds", None, "people", "injured", "2018-09-29", "Sulawesi, Indonesia", "earlier reports", "sulawesi-injured", "cna", "2018-09-29T22")
c(E, S3, "Dozens of people", "dozens", None, "people", "trapped in a hotel", "2018-09-30", PALU, None, "sulawesi-trapped-hotel", "cna", "2018-09-30")
c(E, S3, "Hundreds of people had come", "hundreds", None, "people", "at the beach festival", "2018-09-28", PALU, None, "sulawesi-festival-attendees", "cna", "2018-09-28")
c(E, S3, "420 people had now died in Palu", "exact", 420, "people", "dead", "2018-09-29", PALU, "Willem Rampangilei, head of BNPB (via Kompas)", DEADP, B, "2018-09-29T22")
c(E, S3, "some 540 people", "about", 540, "people", "badly injured", "2018-09-29", "Sulawesi, Indonesia", "officials", "sulawesi-badly-injured", B, "2018-09-29T22")
c(E, S3, "an estimated 10,000 refugees", "estimated", 10000, "refugees", "at evacuation points", "2018-09-29", PALU, "Willem Rampangilei (via Kompas)", "sulawesi-refugees-palu", B, "2018-09-29T22")
c(E, S3, "50 points", "exact", 50, "points", "where refugees are gathered", "2018-09-29", PALU, "Willem Rampangilei (via Kompas)", "sulawesi-refugee-points", B, "2018-09-29T22")
c(E, S3, "a toll of 384", "exact", 384, "people", "dead", "2018-09-29", PALU, "the authorities", DEADP, B, "2018-09-29T12",
  superseded=True, note="the text gives it as the earlier figure (Palu only in the AP report)")
c(E, S4, "risen to 832", "exact", 832, "people", "dead", "2018-09-30", "Sulawesi, Indonesia", "disaster agency", DEAD, B, "2018-09-30T15")
c(E, S4, "may reach into the thousands", "thousands", None, "people", "dead (projection)", "2018-09-30", "Sulawesi, Indonesia", "Vice President Jusuf Kalla", "sulawesi-dead-projection", "kalla", "2018-09-30")
c(E, S4, "more than 420 died in Palu alone", "more than", 420, "people", "dead", "2018-09-29", PALU, "officials", DEADP, B, "2018-09-29T22")
c(E, S4, "well into the thousands", "thousands", None, "people", "dead (projection)", "2018-09-30", "Sulawesi, Indonesia", "Vice President Jusuf Kalla", "sulawesi-dead-projection", "kalla", "2018-09-30")
c(E, S4, "some 1,500", "about", 1500, "people", "injured", "2018-09-30", "Sulawesi, Indonesia", "reports", "sulawesi-injured", "gulfnews", "2018-09-30")
c(E, S4, "about 400,000 residents", "about", 400000, "residents", "displaced", "2018-09-30", SUL, None, "sulawesi-displaced", "gulfnews", "2018-09-30")
c(E, S4, "a city of 350,000 people", "exact", 350000, "people", "population of Palu", "2018", PALU, "AFP", "palu-population", "afp", "2018-09-30")
c(E, S5, "climbed to 1,234", "exact", 1234, "people", "dead", "2018-10-02", "Sulawesi, Indonesia", "national disaster mitigation agency", DEAD, B, "2018-10-02T13")
c(E, S5, "from 844", "exact", 844, "people", "dead", "2018-10-01", "Sulawesi, Indonesia", "national disaster mitigation agency", DEAD, B, "2018-10-01",
  superseded=True, note="the text gives it as the previous figure")
c(E, S5, "all four of the worst-hit districts", "exact", 4, "districts", "worst hit", "2018-10-02", SUL, "Sutopo Purwo Nugroho", "sulawesi-worst-districts", B, "2018-10-02")
c(E, S5, "a combined 1.4 million people", "exact", 1400000, "people", "population of the four worst-hit districts", "2018", SUL, "Sutopo Purwo Nugroho", "sulawesi-four-districts-population", B, "2018-10-02")
for p in [(S3, "420 people had now died in Palu"), (S4, "more than 420 died in Palu alone")]:
    conflict(E, p, (S2, "rose to 405 on Sunday"), "part_exceeds_whole", "strong",
             f"Palu alone had '{p[1]}' by late Saturday, yet the agency's toll for the whole disaster was 405 on Sunday morning: a part larger than the whole, though both come from BNPB.")
conflict(E, (S3, "420 people had now died in Palu"), (S4, "more than 420 died in Palu alone"), "disagreement", "weak",
         "Palu dead on Saturday: 420 vs more than 420; the intervals only touch at the round number (likely the same figure).")
conflict(E, (S3, "hundreds of injured"), (S4, "some 1,500"), "disagreement", "weak",
         "Injured: hundreds (earlier reports) vs some 1,500; rests on the vague quantifier hundreds = [200, 1000).")
consistent(E, (S1, "leapt to 384 dead"), (S3, "420 people had now died in Palu"), "Palu toll rising during Saturday (384 at midday, 420 late).")
consistent(E, (S1, "leapt to 384 dead"), (S4, "more than 420 died in Palu alone"), "Palu toll rising during Saturday.")
consistent(E, (S2, "rose to 405 on Sunday"), (S3, "shot up to 832"), "Same day, an update: the toll more than doubled from Sunday morning to Sunday afternoon.")
consistent(E, (S3, "shot up to 832"), (S5, "climbed to 1,234"), "Cumulative toll rising from Sunday to Tuesday.")
consistent(E, (S3, "shot up to 832"), (S3, "Eleven deaths"), "Part and whole: 11 in Donggala within 832 overall.")
consistent(E, (S3, "shot up to 832"), (S4, "more than 420 died in Palu alone"), "Part and whole: Palu within the overall toll, a day later.")
consistent(E, (S2, "over 400 others had been badly injured"), (S3, "some 540 people"), "Over 400 holds for some 540 (486-594).")
consistent(E, (S3, "some 540 people"), (S4, "some 1,500"), "Part and whole: badly injured within all injured.")
consistent(E, (S3, "an estimated 10,000 refugees"), (S4, "about 400,000 residents"), "Different scope and measure: refugees at 50 points in Palu city vs displaced residents across the area.")
consistent(E, (S2, "home to 350,000 people"), (S4, "a city of 350,000 people"), "Palu's population: the same 350,000.")
consistent(E, (S3, "shot up to 832"), (S4, "may reach into the thousands"), "A projection of the final toll, not a count.")

# ---------------- Chile: San Jose mine rescue, 13 October 2010 (no-conflict control) ----------------
E = "chile-miners-rescue-2010"
SJ = "San Jose mine, Atacama, Chile"
C1, C2, C3, C4 = ("01-cbc-1013.md", "02-rferl-1013.md", "03-thisischile-1014.md", "04-thestreet-1013.md")
MIN = "chile-miners-trapped"
RES = "chile-rescuers-down"
c(E, C1, "the 33 miners who had been stuck", "exact", 33, "miners", "trapped, all rescued", "2010-10-13", SJ, None, MIN, "cbc", "2010-10-13")
c(E, C1, "Six rescue workers", "exact", 6, "rescue workers", "hoisted up after the miners", "2010-10-13", SJ, None, RES, "cbc", "2010-10-13")
c(E, C2, "The 33 miners who spent", "exact", 33, "miners", "trapped, all rescued", "2010-10-13", SJ, None, MIN, "rferl", "2010-10-13")
c(E, C2, "all 33 miners alive", "exact", 33, "miners", "found alive", "2010-08-22", SJ, None, "chile-miners-found-alive", "rferl", "2010-08-22")
c(E, C2, "the six rescuers", "exact", 6, "rescuers", "went down to oversee the rescue", "2010-10-13", SJ, None, RES, "rferl", "2010-10-13")
c(E, C3, "the 33 miners who had been trapped", "exact", 33, "miners", "trapped, all rescued", "2010-10-13", SJ, None, MIN, "thisischile", "2010-10-13")
c(E, C3, "the six brigades were still down below", "exact", 6, "rescuers (brigades)", "still in the mine after the last miner", "2010-10-13", SJ, None, RES, "thisischile", "2010-10-13")
c(E, C3, "around 2,000 media professionals", "about", 2000, "media professionals", "at Camp Hope", "2010-10-13", SJ, None, "chile-media-camp-hope", "thisischile", "2010-10-13")
c(E, C3, "the six brigades still down in the shelter", "exact", 6, "rescuers (brigades)", "still in the mine after the last miner", "2010-10-13", SJ, "official television", RES, "thisischile", "2010-10-13")
c(E, C4, "Every one of the 33 men", "exact", 33, "miners", "trapped, all rescued", "2010-10-13", SJ, None, MIN, "thestreet", "2010-10-13")
c(E, C4, "32 other miners", "exact", 32, "miners", "trapped with Alex Vega", "2010-10-13", SJ, None, "chile-miners-besides-vega", "thestreet", "2010-10-13")
c(E, C4, "getting all 33 out", "exact", 33, "miners", "trapped, all rescued", "2010-10-13", SJ, None, MIN, "thestreet", "2010-10-13")
c(E, C4, "700,000 tons of rock", "exact", 700000, "tons of rock", "collapsed and trapped the men", "2010-08-05", SJ, None, "chile-rock-collapsed", "thestreet", "2010-08-05")
consistent(E, (C4, "32 other miners"), (C4, "Every one of the 33 men"), "Alex Vega plus 32 others = 33.")
consistent(E, (C1, "Six rescue workers"), (C3, "the six brigades were still down below"), "The same six rescuers, the last to come up.")
consistent(E, (C2, "all 33 miners alive"), (C1, "the 33 miners who had been stuck"), "The same 33 men: found alive on day 17, all rescued on 13 October.")
consistent(E, (C2, "the six rescuers"), (C2, "The 33 miners who spent"), "Different things: six rescuers went down, 33 miners came up.")
consistent(E, (C3, "around 2,000 media professionals"), (C3, "the 33 miners who had been trapped"), "Different things: journalists at the camp vs miners.")

gold.write(Path(__file__).resolve().parent / "gold.jsonl")
