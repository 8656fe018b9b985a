# ruff: noqa: E501  -- one gold claim per line, as written (like the article-text files in pyproject per-file-ignores)
"""Write gold.jsonl for this set from compact specs (kept beside the set so the gold can be re-derived):
``python3 make_gold.py`` from anywhere."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from benchmarks.event_gold import GoldWriter  # noqa: E402

gold = GoldWriter()
c, conflict, consistent = gold.claim, gold.conflict, gold.consistent

# ---------------- Sewol ----------------
E = "sewol-ferry-2014"
W = "off Jindo, South Korea"
D1, D2, D3, D4, D5 = ("01-japantimes-0416.md", "02-huffpostuk-0416.md", "03-jacksonfreepress-ap-0416.md",
                      "04-charactermedia-0417.md", "05-nbcnews-0417.md")
MOSPA = "Lee Gyeong-og, vice minister of security and public administration"
c(E, D1, "nearly 300 people missing", "nearly", 300, "people", "missing", "2014-04-16", W, None, "sewol-missing-0416", "japantimes", "2014-04-16T21")
c(E, D1, "459 on board", "exact", 459, "people", "on board", "2014-04-16", W, None, "sewol-aboard", "mospa", "2014-04-16")
c(E, D1, "164 people had been rescued", "exact", 164, "people", "rescued", "2014-04-16", W, MOSPA, "sewol-rescued", "mospa", "2014-04-16T21")
c(E, D1, "left 291 unaccounted for", "exact", 291, "people", "missing", "2014-04-16", W, MOSPA, "sewol-missing-0416", "mospa", "2014-04-16T21")
c(E, D1, "Four deaths had been confirmed", "exact", 4, "people", "dead", "2014-04-16", W, None, "sewol-dead", "japantimes", "2014-04-16T21")
c(E, D1, "368 people had been rescued", "exact", 368, "people", "rescued", "2014-04-16", W, "Ministry of Security and Public Administration", "sewol-rescued", "mospa", "2014-04-16T12", superseded=True, note="the text calls it an error")
c(E, D2, "At least four people are dead", "at least", 4, "people", "dead", "2014-04-16", W, None, "sewol-dead", "huffpost", "2014-04-16T18")
c(E, D2, "more than 400 passengers", "more than", 400, "passengers", "on board", "2014-04-16", W, None, "sewol-aboard", "huffpost", "2014-04-16")
c(E, D2, "four deaths had been confirmed so far", "exact", 4, "people", "dead", "2014-04-16", W, "Sky News", "sewol-dead", "sky-news", "2014-04-16T18")
c(E, D2, "34 naval, coastguard and civilian ships", "exact", 34, "ships", "in rescue", "2014-04-16", W, None, "sewol-ships", "huffpost", "2014-04-16")
c(E, D2, "18 helicopters taking part", "exact", 18, "helicopters", "in rescue", "2014-04-16", W, None, "sewol-helicopters", "huffpost", "2014-04-16")
c(E, D2, "Fourteen people are confirmed injured", "exact", 14, "people", "injured", "2014-04-16", W, None, "sewol-injured", "huffpost", "2014-04-16T18")
c(E, D2, "put the total rescued at 368", "exact", 368, "people", "rescued", "2014-04-16", W, None, "sewol-rescued", "mospa", "2014-04-16T12", superseded=True, note="the text says the figure was cut")
c(E, D2, "cut to 164", "exact", 164, "people", "rescued", "2014-04-16", W, "the BBC", "sewol-rescued", "bbc", "2014-04-16T18")
c(E, D2, "295 people were still missing", "exact", 295, "people", "missing", "2014-04-16", W, "Sky News", "sewol-missing-0416", "sky-news", "2014-04-16T18")
c(E, D2, "10 other students", "exact", 10, "students", "rescued with one student", "2014-04-16", W, "a mother, to YTN", "sewol-rescued-with-daughter", "ytn-mother", "2014-04-16")
c(E, D3, "462 people aboard", "exact", 462, "people", "on board", "2014-04-16", W, None, "sewol-aboard", "ap", "2014-04-16")
c(E, D3, "more than 280 people missing", "more than", 280, "people", "missing", "2014-04-16", W, None, "sewol-missing-0416", "ap", "2014-04-16T18")
c(E, D3, "dozens of ships", "dozens", None, "ships", "in rescue", "2014-04-16", W, None, "sewol-ships", "ap", "2014-04-16")
c(E, D3, "At least four people were confirmed dead", "at least", 4, "people", "dead", "2014-04-16", W, None, "sewol-dead", "ap", "2014-04-16T18")
c(E, D3, "55 injured", "exact", 55, "people", "injured", "2014-04-16", W, None, "sewol-injured", "ap", "2014-04-16T18")
c(E, D3, "292 people died", "exact", 292, "people", "dead in 1993 ferry disaster", "1993", "South Korea", None, "korea-1993-ferry-dead", "ap", "1993")
c(E, D3, "At least 87 vessels", "at least", 87, "vessels", "in rescue", "2014-04-16", W, None, "sewol-vessels", "ap", "2014-04-16")
c(E, D3, "18 aircraft", "exact", 18, "aircraft", "in rescue", "2014-04-16", W, None, "sewol-aircraft", "ap", "2014-04-16")
c(E, D3, "Some 160 coast guard and navy divers", "about", 160, "divers", "searching", "2014-04-16", W, None, "sewol-divers", "ap", "2014-04-16")
c(E, D3, "16 divers reached the ferry", "exact", 16, "divers", "reached the ferry", "2014-04-16", W, "Cho Man-yong, coast guard spokesman", "sewol-divers-reached", "coast-guard", "2014-04-16T21")
c(E, D4, "179 people from the capsized ferry", "exact", 179, "people", "rescued", "2014-04-17T02", W, None, "sewol-rescued", "charactermedia", "2014-04-17T02")
c(E, D4, "six were confirmed dead", "exact", 6, "people", "dead", "2014-04-17T02", W, None, "sewol-dead", "charactermedia", "2014-04-17T02")
c(E, D4, "290, mostly high school students", "exact", 290, "people", "missing", "2014-04-17T02", W, None, "sewol-missing-0417", "charactermedia", "2014-04-17T02")
c(E, D4, "Four of the dead have been named", "exact", 4, "dead", "identified", "2014-04-17T02", W, None, "sewol-dead-named", "charactermedia", "2014-04-17T02")
c(E, D4, "three students from Danwon High School", "exact", 3, "students", "dead, identified", "2014-04-17T02", W, None, "sewol-dead-named-students", "charactermedia", "2014-04-17T02")
c(E, D4, "The two others", "exact", 2, "dead", "not identified", "2014-04-17T02", W, None, "sewol-dead-unnamed", "charactermedia", "2014-04-17T02")
c(E, D4, "325 students", "exact", 325, "students", "on board", "2014-04-16", W, "officials", "sewol-students-aboard", "officials", "2014-04-17")
c(E, D4, "15 teachers", "exact", 15, "teachers", "on board", "2014-04-16", W, "officials", "sewol-teachers-aboard", "officials", "2014-04-17")
c(E, D4, "used 18 helicopters", "exact", 18, "helicopters", "in rescue", "2014-04-16", W, "Korean media", "sewol-helicopters", "korean-media", "2014-04-17")
c(E, D4, "more than a dozen Navy ships", "more than", 12, "Navy ships", "in rescue", "2014-04-16", W, "Korean media", "sewol-navy-ships", "korean-media", "2014-04-17")
c(E, D5, "only 179", "exact", 179, "passengers and crew", "rescued", "2014-04-17", W, "a coast guard official", "sewol-rescued", "coast-guard", "2014-04-17T10")
c(E, D5, "the 475 passengers and crew", "exact", 475, "passengers and crew", "on board", "2014-04-16", W, "a coast guard official", "sewol-aboard", "coast-guard", "2014-04-17")
c(E, D5, "That leaves 287 people", "exact", 287, "people", "missing", "2014-04-17", W, "a coast guard official", "sewol-missing-0417", "coast-guard", "2014-04-17T10")
c(E, D5, "only one percent", "exact", 1, "percent", "hypothetical share surviving", "2014-04-17", W, "Kim Soo-hyun, western regional coast guard chief", "sewol-hypothetical-survival", "coast-guard", "2014-04-17")
c(E, D5, "death toll to nine", "exact", 9, "people", "dead", "2014-04-17", W, None, "sewol-dead", "nbc", "2014-04-17T10")

A459, A462, A475 = (D1, "459 on board"), (D3, "462 people aboard"), (D5, "the 475 passengers and crew")
for a, b, why in ((A459, A462, "459 (ministry figure, Wednesday) vs 462 (AP, Wednesday)"),
                  (A459, A475, "459 (Wednesday) vs 475 (coast guard, Thursday)"),
                  (A462, A475, "462 (AP, Wednesday) vs 475 (coast guard, Thursday)")):
    conflict(E, a, b, "disagreement", "strong", f"People on board: {why}; a head count, not cumulative: exact figures that differ.")
conflict(E, (D1, "left 291 unaccounted for"), (D2, "295 people were still missing"), "disagreement", "weak",
         "Missing on Wednesday evening: 291 (ministry: 459 - 164 rescued - 4 dead) vs 295 (Sky News). weak: 295 is 459 - 164, i.e. the four dead counted among the missing: a different measure framed as the same.")
conflict(E, (D2, "Fourteen people are confirmed injured"), (D3, "55 injured"), "disagreement", "strong",
         "Injured on Wednesday: 14 (HuffPost/Sky) vs 55 (AP), same day, exact figures.")
consistent(E, (D4, "290, mostly high school students"), (D5, "That leaves 287 people"),
           "Missing falls as bodies are found: 179 + 6 + 290 = 475 at 2 a.m.; 179 + 9 + 287 = 475 later on Thursday.")
consistent(E, (D2, "more than 400 passengers"), (D5, "the 475 passengers and crew"), "More than 400 holds for 459, 462 and 475 alike.")
consistent(E, (D1, "nearly 300 people missing"), (D1, "left 291 unaccounted for"), "291 is nearly 300.")
consistent(E, (D2, "34 naval, coastguard and civilian ships"), (D3, "dozens of ships"), "34 is dozens.")
consistent(E, (D4, "six were confirmed dead"), (D5, "death toll to nine"), "A cumulative toll rising during Thursday.")
consistent(E, (D1, "164 people had been rescued"), (D5, "only 179"), "Rescued count rising from Wednesday night to Thursday.")

# ---------------- Mocoa ----------------
E = "mocoa-landslide-2017"
W = "Mocoa, Putumayo, Colombia"
M1, M2, M3 = "01-ghanamma-afp-0401.md", "02-metatube-0401.md", "03-guardian-0402.md"
RC = "Colombian Red Cross officials"
c(E, M1, "killed 23 people", "exact", 23, "people", "dead", "2017-04-01", W, RC, "mocoa-dead", "red-cross", "2017-04-01T10")
c(E, M1, "injured 174", "exact", 174, "people", "injured", "2017-04-01", W, RC, "mocoa-injured", "red-cross", "2017-04-01T10")
c(E, M1, "16 dead", "exact", 16, "people", "dead", "2017-04-01", W, "authorities", "mocoa-dead", "authorities", "2017-04-01T08", superseded=True, note="an earlier toll, says the text")
c(E, M1, "65 injured", "exact", 65, "people", "injured", "2017-04-01", W, "authorities", "mocoa-injured", "authorities", "2017-04-01T08", superseded=True, note="an earlier toll, says the text")
c(E, M1, "hundreds of families", "hundreds", None, "families", "not found", "2017-04-01", W, "Governor Sorrel Aroca", "mocoa-families-not-found", "putumayo-governor", "2017-04-01")
c(E, M1, "hundreds of tons of debris", "hundreds", None, "tons", "debris", "2017-04-01", W, "Carlos Ivan Marquez", "mocoa-debris", "ungrd", "2017-04-01")
c(E, M2, "risen to 112", "exact", 112, "people", "dead", "2017-04-01", W, None, "mocoa-dead", "santos", "2017-04-01T16")
c(E, M2, "more than 200 people missing", "more than", 200, "people", "missing", "2017-04-01", W, "official reports", "mocoa-missing-0401", "officials", "2017-04-01T16")
c(E, M2, "at least 112 people were killed", "at least", 112, "people", "dead", "2017-04-01", W, "President Juan Manuel Santos", "mocoa-dead", "santos", "2017-04-01T16")
c(E, M2, "three rivers", "exact", 3, "rivers", "flooded", "2017-04-01", W, None, "mocoa-rivers-flooded", "metatube", "2017-04-01")
c(E, M2, "17 neighbourhoods were affected", "exact", 17, "neighbourhoods", "affected", "2017-04-01", W, "relief agencies", "mocoa-neighbourhoods", "relief-agencies", "2017-04-01")
c(E, M2, "practically 17 neighbourhoods", "about", 17, "neighbourhoods", "houses wiped out", "2017-04-01", W, "Mayor Jose Antonio Castro", "mocoa-neighbourhoods", "mayor", "2017-04-01",
  note="'practically' read as about")
c(E, M3, "hundreds of missing people", "hundreds", None, "people", "missing", "2017-04-01", W, None, "mocoa-missing-0401", "guardian", "2017-04-01T20")
c(E, M3, "killing more than 20 people", "more than", 20, "people", "dead", "2017-04-01", W, None, "mocoa-dead", "guardian", "2017-04-01T12",
  note="the Saturday lede, kept in the Sunday update")
c(E, M3, "counted 210 dead", "exact", 210, "people", "dead", "2017-04-02", W, "national disaster agency", "mocoa-dead", "ungrd", "2017-04-02T09")
c(E, M3, "62 children", "exact", 62, "children", "dead", "2017-04-02", W, "national disaster agency", "mocoa-dead-children", "ungrd", "2017-04-02T09")
c(E, M3, "raised the toll to 254", "exact", 254, "people", "dead", "2017-04-02", W, "the government", "mocoa-dead", "government", "2017-04-02T18")
c(E, M3, "Another 203 people were hurt", "exact", 203, "people", "injured", "2017-04-02", W, None, "mocoa-injured", "government", "2017-04-02T18")
c(E, M3, "about 600 survivors", "about", 600, "survivors", "in makeshift shelters", "2017-04-02", W, None, "mocoa-sheltered", "guardian", "2017-04-02")
c(E, M3, "About 1,100 soldiers and police", "about", 1100, "soldiers and police", "deployed", "2017-04-02", W, None, "mocoa-troops", "guardian", "2017-04-02")
consistent(E, (M1, "killed 23 people"), (M2, "risen to 112"), "Same day, different sources, the higher figure later on Saturday: an update of a cumulative toll.")
consistent(E, (M1, "injured 174"), (M3, "Another 203 people were hurt"), "Injured rising from Saturday to Sunday.")
consistent(E, (M3, "killing more than 20 people"), (M3, "raised the toll to 254"), "The lede keeps Saturday's early figure; more than 20 holds for 254.")
consistent(E, (M3, "counted 210 dead"), (M3, "raised the toll to 254"), "Sunday morning count, then a later upward revision.")
consistent(E, (M2, "17 neighbourhoods were affected"), (M2, "practically 17 neighbourhoods"), "Same count twice.")
consistent(E, (M2, "more than 200 people missing"), (M3, "hundreds of missing people"), "Overlapping: more than 200 is hundreds.")

# ---------------- Ahr valley ----------------
E = "ahr-floods-2021"
G, RLP, AW = "western Germany", "Rhineland-Palatinate, Germany", "Ahrweiler district, Rhineland-Palatinate"
F1, F2, F3, F4, F5 = ("01-aljazeera-0715.md", "02-padeye-0716.md", "03-gade-0718.md", "04-independentie-0718.md",
                      "05-thelocal-afp-0719.md")
c(E, F1, "At least 19 people are dead", "at least", 19, "people", "dead", "2021-07-15", G, None, "ahr-dead-germany", "aljazeera", "2021-07-15")
c(E, F1, "dozens reported missing", "dozens", None, "people", "missing", "2021-07-15", G, None, "ahr-missing-germany-0715", "aljazeera", "2021-07-15T12")
c(E, F1, "four people had died", "exact", 4, "people", "dead", "2021-07-15", AW, "police", "ahr-dead-ahrweiler", "koblenz-police", "2021-07-15T12")
c(E, F1, "70 were missing", "exact", 70, "people", "missing", "2021-07-15", AW, "police", "ahr-missing-ahrweiler-0715", "koblenz-police", "2021-07-15T12")
c(E, F1, "half a dozen houses", "exact", 6, "houses", "collapsed", "2021-07-15", AW, "police", "ahr-houses-collapsed", "koblenz-police", "2021-07-15")
c(E, F1, "two people were found dead", "exact", 2, "people", "dead", "2021-07-15", "Cologne, North Rhine-Westphalia", "police", "ahr-dead-cologne", "police-nrw", "2021-07-15")
c(E, F1, "Two firefighters died", "exact", 2, "firefighters", "dead", "2021-07-14", "North Rhine-Westphalia", None, "ahr-dead-firefighters-nrw", "aljazeera", "2021-07-15")
c(E, F1, "About 50 people were stuck", "about", 50, "people", "stranded on rooftops", "2021-07-15", AW, "Koblenz police", "ahr-stranded", "koblenz-police", "2021-07-15")
c(E, F2, "has risen to 50", "exact", 50, "people", "dead", "2021-07-16T06:55", RLP, "Koblenz police headquarters spokesman", "ahr-dead-rlp", "koblenz-police", "2021-07-16T06")
c(E, F2, "1,300 people are missing", "exact", 1300, "people", "missing", "2021-07-15", AW, "district administration", "ahr-missing-ahrweiler-0715", "ahrweiler-district", "2021-07-15T20")
c(E, F2, "Over 1000 members", "more than", 1000, "emergency personnel", "deployed", "2021-07-16", AW, None, "ahr-responders-ahrweiler", "padeye", "2021-07-16")
c(E, F3, "all 28 cars and trucks", "exact", 28, "cars and trucks", "submerged", "2021-07-18", "federal highway 265 near Erftstadt", None, "ahr-vehicles-b265", "rhine-erft-district", "2021-07-18")
c(E, F3, "has reached 45", "exact", 45, "people", "dead", "2021-07-17", "North Rhine-Westphalia", "state interior ministry spokeswoman", "ahr-dead-nrw", "nrw-interior", "2021-07-17T18")
c(E, F3, "two more than on Friday", "exact", 2, "people", "increase in dead since Friday", "2021-07-17", "North Rhine-Westphalia", "state interior ministry spokeswoman", "ahr-dead-nrw-increase", "nrw-interior", "2021-07-17T18")
c(E, F3, "110 deaths had been reported", "exact", 110, "people", "dead", "2021-07-17", AW, None, "ahr-dead-ahrweiler", "koblenz-police", "2021-07-17T15")
c(E, F3, "670 people were hurt", "exact", 670, "people", "injured", "2021-07-17", AW, "Koblenz police", "ahr-injured-ahrweiler", "koblenz-police", "2021-07-17")
c(E, F3, "nearly 100 people confirmed dead", "nearly", 100, "people", "dead", "2021-07-18", RLP, None, "ahr-dead-rlp", "ga", "2021-07-18")
c(E, F3, "at least 155", "at least", 155, "people", "dead", "2021-07-18", G, None, "ahr-dead-germany", "ga", "2021-07-18")
c(E, F4, "At least 62 people have died", "at least", 62, "people", "dead", "2021-07-18", "along the Ahr River", "police", "ahr-dead-ahrweiler", "police", "2021-07-18")
c(E, F4, "more than 160 people in Germany and Belgium", "more than", 160, "people", "dead", "2021-07-18", "Germany and Belgium", None, "ahr-dead-germany-belgium", "nyt", "2021-07-18")
c(E, F4, "hundreds of people are still missing", "hundreds", None, "people", "missing", "2021-07-18", "along the Ahr River", "police", "ahr-missing-ahr-0718", "police", "2021-07-18")
c(E, F5, "thousands of volunteers", "thousands", None, "volunteers", "searching", "2021-07-19", "Bad Neuenahr-Ahrweiler", None, "ahr-volunteers", "afp", "2021-07-19")
c(E, F5, "The town of 30,000 people", "exact", 30000, "people", "population", "2021-07-19", "Bad Neuenahr-Ahrweiler", None, "ahr-town-population", "afp", "2021-07-19")
c(E, F5, "at least 165 people in Germany", "at least", 165, "people", "dead", "2021-07-19", "Germany", None, "ahr-dead-germany", "afp", "2021-07-19")
c(E, F5, "more than a thousand in Rhineland-Palatinate", "more than", 1000, "people", "unreachable", "2021-07-19", RLP, "authorities", "ahr-unreachable-rlp", "afp", "2021-07-19")
c(E, F5, "Some 4,500 rescue workers", "about", 4500, "rescue workers", "THW, searching", "2021-07-19", "Bad Neuenahr-Ahrweiler", None, "ahr-thw-workers", "afp", "2021-07-19")
conflict(E, (F1, "70 were missing"), (F2, "1,300 people are missing"), "disagreement", "strong",
         "Missing in the Ahrweiler district on Thursday: 70 (police, during the day) vs 1,300 (district administration, Thursday evening); missing is a stock, one key per day, intervals do not overlap.")
conflict(E, (F3, "110 deaths had been reported"), (F3, "nearly 100 people confirmed dead"), "part_exceeds_whole", "strong",
         "Ahrweiler (110 by Saturday afternoon) is part of Rhineland-Palatinate (nearly 100, i.e. under 100, on Sunday).")
conflict(E, (F3, "nearly 100 people confirmed dead"), (F3, "at least 155"), "arithmetic", "weak",
         "Rhineland-Palatinate under 100 + North Rhine-Westphalia 45 < 145, short of at least 155; weak: 'western Germany' may include other states.")
conflict(E, (F1, "dozens reported missing"), (F2, "1,300 people are missing"), "part_exceeds_whole", "weak",
         "1,300 missing in one district (Thursday evening) vs dozens missing in all of western Germany (Thursday); weak: rests on a vague quantifier and the hours differ.")
consistent(E, (F3, "110 deaths had been reported"), (F4, "At least 62 people have died"), "At least 62 holds for 110.")
consistent(E, (F3, "at least 155"), (F5, "at least 165 people in Germany"), "A cumulative toll rising.")
consistent(E, (F4, "more than 160 people in Germany and Belgium"), (F5, "at least 165 people in Germany"), "Different wholes; 165 in Germany alone is more than 160 with Belgium.")
consistent(E, (F2, "1,300 people are missing"), (F5, "more than a thousand in Rhineland-Palatinate"), "Different days and measures (missing vs unreachable); overlapping anyway.")
consistent(E, (F2, "has risen to 50"), (F3, "nearly 100 people confirmed dead"), "Rhineland-Palatinate toll rising from Friday to Sunday.")
consistent(E, (F1, "four people had died"), (F3, "110 deaths had been reported"), "Ahrweiler toll rising from Thursday to Saturday.")

gold.write(Path(__file__).resolve().parent / "gold.jsonl")
