# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, twelfth set: sixteen more rewritten reports across beats (Kazakh, Uruguayan, Bulgarian,
Uzbek, North Macedonian, Icelandic, Mauritian, Trinidadian, Rwandan, Dominican, Bosnian,
Paraguayan, Cypriot, Armenian and Cameroonian material), annotated before the extractor was run on
them and scored once (heldout12/README.md); not used to shape rules.

Same tuple layout as docs_c.py .. docs_m.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout12/ by build.py."""
BNS_KZ = ["Bureau of National Statistics", "the country's Bureau of National Statistics", "Trend"]
KZ_MAY = "2024-05-01..2024-05-31"
KZ_APR = "2024-04-01..2024-04-30"
KZ_DEC = "2023-12-01..2023-12-31"
KZ_NOV = "2023-11-01..2023-11-30"
INE_UY = ["National Institute of Statistics", "INE", "the National Institute of Statistics (INE)"]
UY_JAN = "2025-01-01..2025-01-31"
BG_MOF = ["Finance Ministry", "the Finance Ministry", "ministry", "the ministry"]
BG_10M = "2023-01-01..2023-10-31"
UZ_STAT = ["Statistics Agency of Uzbekistan", "Statistics Agency", "the Statistics Agency of Uzbekistan", "Trend"]
UZ_2M = "2024-01-01..2024-02-29"
UZ23 = "2023-01-01..2023-12-31"
SEC_MK = ["State Election Commission", "SEC", "the State Election Commission (SEC)", "final results"]
DERKOSKI = ["Oliver Derkoski", "Derkoski", "SEC President Oliver Derkoski", "State Election Commission", "SEC"]
MK_VOTE = "2020-07-15"
GALLUP = ["Gallup", "new figures from Gallup"]
IS_POLL = "2018-12-31..2019-01-31"
MCB = ["MCB Group", "the group", "group", "Mauritius Commercial Bank Group", "MCB", "statement", "the statement"]
MCB_H1 = "2014-07-01..2014-12-31"
TT_WEEK = "2018-08-13..2018-08-17"
TT_FRI = "2018-08-17"
NSANZIMANA = ["Sabin Nsanzimana", "Nsanzimana", "Health Minister Sabin Nsanzimana"]
RW_OUT = "2024-09-27..2024-10-17"
MSP_DO = ["Ministry of Public Health", "The Ministry of Public Health", "the ministry", "ministry"]
DO_YTD = "2023-01-01..2023-07-26"
BA_STORM = "2024-10-04..2024-10-05"
DMH_PY = ["Meteorology and Hydrology Directorate", "Paraguay's Meteorology and Hydrology Directorate"]
PY_SUN = "2024-09-29"
NOURIS = ["Nicos Nouris", "Nouris", "Interior Minister Nicos Nouris"]
KATH = ["Kathimerini Cyprus"]
CY_5M = "2022-01-01..2022-05-31"
UY23 = "2023-01-01..2023-12-31"

DOCS = [
("n-econ-kazakhstan-cpi-2024", "Trend", "2024-06-03", "https://en.trend.az/casia/kazakhstan/3907269.html", "economy",
 "ASTANA, Kazakhstan, June 3. Year-on-year inflation in Kazakhstan eased to 8.5 percent in May 2024, from 8.7 percent in April 2024, Trend reports. "
 "Figures from the country's Bureau of National Statistics put the annual rise in food prices at 5.5 percent (against 6.3 percent in April 2024), in non-food goods at 7.6 percent (also 7.6 percent in April 2024) and in paid services at 13.9 percent (13.5 percent in April 2024). "
 "By region, yearly inflation was steepest in the Karaganda region at 10.5 percent, in the Mangystau region at 10.2 percent and in Astana city at 10.4 percent. "
 "Measured month on month, inflation also cooled, coming in at 0.4 percent after 0.6 percent in April of this year. "
 "Back in December 2023, annual inflation had slowed to 9.8 percent (10.3 percent in November). "
 "Over the year to that December food prices went up by 8.5 percent (9.2 percent in November 2023), non-food goods by 9.1 percent (9.9 percent in November 2023) and paid services by 12.4 percent (12 percent in November 2023). "
 "The monthly rate for December was 0.8 percent, a slight easing from 1 percent the month before.",
 [("8.5 percent", 8.5, "=", ["inflation", "year-on-year inflation"], None, KZ_MAY, "Kazakhstan", BNS_KZ),
  ("8.7 percent", 8.7, "=", ["inflation", "year-on-year inflation"], None, KZ_APR, "Kazakhstan", BNS_KZ),
  ("5.5 percent", 5.5, "=", ["food prices", "food"], None, KZ_MAY, "Kazakhstan", BNS_KZ),
  ("6.3 percent", 6.3, "=", ["food prices", "food"], None, KZ_APR, "Kazakhstan", BNS_KZ),
  ("7.6 percent", 7.6, "=", ["non-food goods", "goods"], None, KZ_MAY, "Kazakhstan", BNS_KZ),
  ("7.6 percent", 7.6, "=", ["non-food goods", "goods"], None, KZ_APR, "Kazakhstan", BNS_KZ, 1),
  ("13.9 percent", 13.9, "=", ["paid services", "services"], None, KZ_MAY, "Kazakhstan", BNS_KZ),
  ("13.5 percent", 13.5, "=", ["paid services", "services"], None, KZ_APR, "Kazakhstan", BNS_KZ),
  ("10.5 percent", 10.5, "=", ["inflation", "yearly inflation"], None, KZ_MAY, ["Karaganda region", "Karaganda"], BNS_KZ),
  ("10.2 percent", 10.2, "=", ["inflation", "yearly inflation"], None, KZ_MAY, ["Mangystau region", "Mangystau"], BNS_KZ),
  ("10.4 percent", 10.4, "=", ["inflation", "yearly inflation"], None, KZ_MAY, ["Astana city", "Astana"], BNS_KZ),
  ("at 0.4 percent", 0.4, "=", ["inflation", "monthly inflation"], None, KZ_MAY, "Kazakhstan", BNS_KZ),
  ("0.6 percent", 0.6, "=", ["inflation", "monthly inflation"], None, KZ_APR, "Kazakhstan", BNS_KZ),
  ("9.8 percent", 9.8, "=", ["annual inflation", "inflation"], None, KZ_DEC, "Kazakhstan", BNS_KZ),
  ("10.3 percent", 10.3, "=", ["annual inflation", "inflation"], None, KZ_NOV, "Kazakhstan", BNS_KZ),
  ("8.5 percent", 8.5, "=", ["food prices", "food"], "rose", KZ_DEC, "Kazakhstan", BNS_KZ, 1),
  ("9.2 percent", 9.2, "=", ["food prices", "food"], None, KZ_NOV, "Kazakhstan", BNS_KZ),
  ("9.1 percent", 9.1, "=", ["non-food goods", "goods"], "rose", KZ_DEC, "Kazakhstan", BNS_KZ),
  ("9.9 percent", 9.9, "=", ["non-food goods", "goods"], None, KZ_NOV, "Kazakhstan", BNS_KZ),
  ("12.4 percent", 12.4, "=", ["paid services", "services"], "rose", KZ_DEC, "Kazakhstan", BNS_KZ),
  ("12 percent", 12, "=", ["paid services", "services"], None, KZ_NOV, "Kazakhstan", BNS_KZ),
  ("0.8 percent", 0.8, "=", ["monthly rate", "inflation"], None, KZ_DEC, "Kazakhstan", BNS_KZ),
  ("from 1 percent", 1, "=", ["monthly rate", "inflation"], None, KZ_NOV, "Kazakhstan", BNS_KZ)],
 []),
("n-econ-uruguay-cpi-2025", "MercoPress", "2025-02-06", "https://en.mercopress.com/2025/02/06/uruguay-s-inflation-reaches-1.1-in-january", "economy",
 "MONTEVIDEO — Uruguay's Consumer Price Index (CPI) climbed 1.1% in January and 5.05% on a year earlier, the National Institute of Statistics (INE) said in a report issued on Wednesday. "
 "The numbers were a small improvement for President Luis Lacalle Pou's government, since the index had risen 1.53% in January 2024, for an annual rate of 5.09%. "
 "The biggest upward pushes came from restaurants and accommodation services (0.21%), food and non-alcoholic beverages (0.2%), information and communication (0.19%), housing, water, electricity, gas and other fuels (0.16%), transport (0.14 %) and insurance and financial services (0.12%). "
 "The 5.05% annual figure falls inside the band of 3% to 6% fixed by the Economy Ministry's Macroeconomic Coordination Committee. In December the rate had been 5.49%. "
 "Among foods, meat and its byproducts went up 1.93 %, cereals and cereal-based products 0.71 %, milk and other dairy products 0.36 % and fruits and nuts 1.45 %. "
 "Vegetables, tubers and legumes as a group were 2.06 % cheaper, even with lemons up 23.57% and onions up 16.45%, while pumpkins and squashes dropped 22.38% and sweet potatoes 11.62%.",
 [("1.1%", 1.1, "=", ["Consumer Price Index", "CPI", "index"], "rose", UY_JAN, "Uruguay", INE_UY),
  ("5.05%", 5.05, "=", ["Consumer Price Index", "CPI", "index"], "rose", UY_JAN, "Uruguay", INE_UY),
  ("1.53%", 1.53, "=", ["index", "CPI"], "rose", "2024-01-01..2024-01-31", "Uruguay", INE_UY),
  ("5.09%", 5.09, "=", ["annual rate", "index"], None, "2024-01-01..2024-01-31", "Uruguay", INE_UY),
  ("0.21%", 0.21, "=", ["restaurants and accommodation services", "restaurants"], None, UY_JAN, None, INE_UY),
  ("0.2%", 0.2, "=", ["food and non-alcoholic beverages", "food"], None, UY_JAN, None, INE_UY),
  ("0.19%", 0.19, "=", ["information and communication"], None, UY_JAN, None, INE_UY),
  ("0.16%", 0.16, "=", ["housing"], None, UY_JAN, None, INE_UY),
  ("0.14 %", 0.14, "=", ["transport"], None, UY_JAN, None, INE_UY),
  ("0.12%", 0.12, "=", ["insurance and financial services", "insurance"], None, UY_JAN, None, INE_UY),
  ("3% to 6%", None, ("range", 3, 6), ["band", "target band"], None, None, None, ["Macroeconomic Coordination Committee", "the Economy Ministry's Macroeconomic Coordination Committee", "Economy Ministry"]),
  ("5.49%", 5.49, "=", ["rate", "annual rate"], None, "2024-12-01..2024-12-31", "Uruguay", INE_UY),
  ("1.93 %", 1.93, "=", ["meat", "meat and its byproducts"], "rose", UY_JAN, None, INE_UY),
  ("0.71 %", 0.71, "=", ["cereals", "cereals and cereal-based products"], "rose", UY_JAN, None, INE_UY),
  ("0.36 %", 0.36, "=", ["milk and other dairy products", "milk", "dairy products"], "rose", UY_JAN, None, INE_UY),
  ("1.45 %", 1.45, "=", ["fruits and nuts", "fruits"], "rose", UY_JAN, None, INE_UY),
  ("2.06 %", 2.06, "=", ["vegetables, tubers and legumes", "vegetables"], "fell", UY_JAN, None, INE_UY),
  ("23.57%", 23.57, "=", "lemons", "rose", UY_JAN, None, INE_UY),
  ("16.45%", 16.45, "=", "onions", "rose", UY_JAN, None, INE_UY),
  ("22.38%", 22.38, "=", ["pumpkins and squashes", "pumpkins"], "fell", UY_JAN, None, INE_UY),
  ("11.62%", 11.62, "=", ["sweet potatoes"], "fell", UY_JAN, None, INE_UY)],
 ["The 5.05% annual figure"]),
("n-fin-bulgaria-deficit-2023", "The Sofia Globe", "2023-12-01", "https://sofiaglobe.com/2023/12/01/bulgaria-january-october-2023-budget-deficit-at-1-44b-leva/", "public finance",
 "SOFIA — Bulgaria's consolidated budget was 1.44 billion leva in deficit in the first 10 months of the year, the same as 0.8 per cent of the gross domestic product that the Finance Ministry forecasts for 2023, the ministry said. "
 "That marks a big swing from the same stretch of 2022, when the budget ended with a small surplus of 4.8 million leva. "
 "For November, the ministry expects a smaller deficit of one billion leva. "
 "The state budget alone was 1.27 billion leva in the red over the ten months, EU funds showed a deficit of 168.9 million leva, and Bulgaria's contribution to the EU budget for January-October 2023 came to 1.39 billion leva. "
 "Revenue for January-October totalled 53.44 billion leva, 6.4 per cent higher than last year, and tax revenue rose 11.3 per cent to 42 billion leva. "
 "Spending reached 54.88 billion leva over the same months, 9.2 per cent more than in the equivalent period of 2022, with most of the extra money going on higher social and health insurance spending, public sector wages and capital spending, the ministry said.",
 [("1.44 billion leva", 1.44e9, "=", ["consolidated budget", "deficit", "budget deficit"], None, BG_10M, "Bulgaria", BG_MOF),
  ("0.8 per cent", 0.8, "=", ["gross domestic product", "GDP", "deficit"], None, BG_10M, "Bulgaria", BG_MOF),
  ("4.8 million leva", 4.8e6, "=", ["surplus", "budget surplus", "budget"], None, "2022-01-01..2022-10-31", "Bulgaria", BG_MOF),
  ("one billion leva", 1e9, "=", ["deficit", "budget deficit"], None, None, "Bulgaria", BG_MOF),
  ("1.27 billion leva", 1.27e9, "=", ["state budget", "deficit"], None, BG_10M, None, BG_MOF),
  ("168.9 million leva", 168.9e6, "=", ["EU funds", "deficit"], None, BG_10M, None, BG_MOF),
  ("1.39 billion leva", 1.39e9, "=", ["contribution", "contribution to the EU budget"], None, BG_10M, None, BG_MOF),
  ("53.44 billion leva", 53.44e9, "=", ["revenue"], None, BG_10M, None, BG_MOF),
  ("6.4 per cent", 6.4, "=", ["revenue"], "rose", BG_10M, None, BG_MOF),
  ("11.3 per cent", 11.3, "=", ["tax revenue", "revenue"], "rose", BG_10M, None, BG_MOF),
  ("42 billion leva", 42e9, "=", ["tax revenue", "revenue"], None, BG_10M, None, BG_MOF),
  ("54.88 billion leva", 54.88e9, "=", ["spending"], None, BG_10M, None, BG_MOF),
  ("9.2 per cent", 9.2, "=", ["spending"], "rose", BG_10M, None, BG_MOF)],
 ["10 months"]),
("n-trade-uzbekistan-2m-2024", "Trend", "2024-03-26", "https://en.trend.az/casia/uzbekistan/3877811.html", "trade",
 "TASHKENT, Uzbekistan, March 26. Uzbekistan's foreign trade turnover for January-February this year came to over $9.89 billion, Trend reports. "
 "According to the Statistics Agency of Uzbekistan, that is about $940 million, or 10.5 percent, more than a year earlier. "
 "Exports reached $3.63 billion, 13.6 percent up on the same period of 2023, and imports $6.28 billion, up 8.7 percent. "
 "China was the biggest partner by turnover (21.5 percent or $2.13 billion), followed by Russia (17.8 percent or $1.76 billion), Kazakhstan (5.9 percent or $581.8 million), Türkiye (4.4 percent or $435.5 million) and South Korea (3.7 percent or $368.8 million). "
 "Among the regions Tashkent had the largest share of turnover, 40.1 percent or $3.97 billion, and Surkhandarya region the smallest, 0.7 percent or $65.6 million. "
 "For the whole of last year the country's foreign trade turnover reached $62.5 billion, $12 billion or 23.9 percent more than in 2022. "
 "Exports grew 23.8 percent to $24.4 billion and imports rose 24 percent to $38.1 billion.",
 [("over $9.89 billion", 9.89e9, ">", ["foreign trade turnover", "trade turnover"], None, UZ_2M, "Uzbekistan", UZ_STAT),
  ("about $940 million", 940e6, "~", ["foreign trade turnover", "trade turnover"], "rose", UZ_2M, "Uzbekistan", UZ_STAT),
  ("10.5 percent", 10.5, "=", ["foreign trade turnover", "trade turnover"], "rose", UZ_2M, "Uzbekistan", UZ_STAT),
  ("$3.63 billion", 3.63e9, "=", "exports", None, UZ_2M, "Uzbekistan", UZ_STAT),
  ("13.6 percent", 13.6, "=", "exports", "rose", UZ_2M, "Uzbekistan", UZ_STAT),
  ("$6.28 billion", 6.28e9, "=", "imports", None, UZ_2M, "Uzbekistan", UZ_STAT),
  ("8.7 percent", 8.7, "=", "imports", "rose", UZ_2M, "Uzbekistan", UZ_STAT),
  ("21.5 percent", 21.5, "=", ["turnover", "China"], None, UZ_2M, None, UZ_STAT),
  ("$2.13 billion", 2.13e9, "=", ["turnover", "China"], None, UZ_2M, None, UZ_STAT),
  ("17.8 percent", 17.8, "=", ["turnover", "Russia"], None, UZ_2M, None, UZ_STAT),
  ("$1.76 billion", 1.76e9, "=", ["turnover", "Russia"], None, UZ_2M, None, UZ_STAT),
  ("5.9 percent", 5.9, "=", ["turnover", "Kazakhstan"], None, UZ_2M, None, UZ_STAT),
  ("$581.8 million", 581.8e6, "=", ["turnover", "Kazakhstan"], None, UZ_2M, None, UZ_STAT),
  ("4.4 percent", 4.4, "=", ["turnover", "Türkiye"], None, UZ_2M, None, UZ_STAT),
  ("$435.5 million", 435.5e6, "=", ["turnover", "Türkiye"], None, UZ_2M, None, UZ_STAT),
  ("3.7 percent", 3.7, "=", ["turnover", "South Korea"], None, UZ_2M, None, UZ_STAT),
  ("$368.8 million", 368.8e6, "=", ["turnover", "South Korea"], None, UZ_2M, None, UZ_STAT),
  ("40.1 percent", 40.1, "=", ["turnover", "share of turnover"], None, UZ_2M, "Tashkent", UZ_STAT),
  ("$3.97 billion", 3.97e9, "=", ["turnover", "share of turnover"], None, UZ_2M, "Tashkent", UZ_STAT),
  ("0.7 percent", 0.7, "=", ["turnover", "share of turnover"], None, UZ_2M, ["Surkhandarya region", "Surkhandarya"], UZ_STAT),
  ("$65.6 million", 65.6e6, "=", ["turnover", "share of turnover"], None, UZ_2M, ["Surkhandarya region", "Surkhandarya"], UZ_STAT),
  ("$62.5 billion", 62.5e9, "=", ["foreign trade turnover", "trade turnover"], None, UZ23, "Uzbekistan", UZ_STAT),
  ("$12 billion", 12e9, "=", ["foreign trade turnover", "trade turnover"], "rose", UZ23, "Uzbekistan", UZ_STAT),
  ("23.9 percent", 23.9, "=", ["foreign trade turnover", "trade turnover"], "rose", UZ23, "Uzbekistan", UZ_STAT),
  ("23.8 percent", 23.8, "=", "exports", "rose", UZ23, "Uzbekistan", UZ_STAT),
  ("$24.4 billion", 24.4e9, "=", "exports", None, UZ23, "Uzbekistan", UZ_STAT),
  ("24 percent", 24, "=", "imports", "rose", UZ23, "Uzbekistan", UZ_STAT),
  ("$38.1 billion", 38.1e9, "=", "imports", None, UZ23, "Uzbekistan", UZ_STAT)],
 []),
("n-elec-north-macedonia-2020", "MIA (Macedonian Information Agency)", "2020-07-25", "https://mia.mk/sec-official-election-results-sdsm-wins-46-mp-seats-vmro-dpmne-44-dui-15-aa-a-12-levica-2-dpa-1/?lang=en", "elections",
 "Skopje, 25 July 2020 (MIA) – North Macedonia's State Election Commission (SEC) read out the official final results of the early parliamentary elections of July 15 at a public session on Saturday. "
 "Under the final results the SDSM-led coalition \"We Can\" won 46 MP seats, the coalition headed by VMRO-DPMNE 44 MP seats, DUI 15, the Alliance of Albanians and Alternative (AA/A) 12, Levica 2 and the Democratic Party of Albanians (DPA) 1. "
 "Announcing the figures, SEC President Oliver Derkoski said \"We Can\" had polled 327,329 votes, the VMRO-DPMNE-led coalition 315,344 votes, the Democratic Union for Integration (DUI) 104,699, the AA/A coalition 81,827, Levica 37,426 and DPA 13,930. "
 "In the first electoral district \"We Can\" took eight MP seats, VMRO-DPMNE seven, DUI and AA/A two apiece and Levica a single seat. "
 "In the fourth district VMRO-DPMNE and \"We Can\" ended level on 10 seats each. "
 "The sixth district gave DUI seven seats, AA/A six, \"We Can\" four, VMRO-DPMNE two and DPA one, Derkoski said.",
 [("46 MP seats", 46, "=", ["MP seats", "seats"], "won", MK_VOTE, "North Macedonia", SEC_MK),
  ("44 MP seats", 44, "=", ["MP seats", "seats"], None, MK_VOTE, "North Macedonia", SEC_MK),
  ("DUI 15", 15, "=", ["seats", "MP seats", "DUI"], None, MK_VOTE, "North Macedonia", SEC_MK),
  ("(AA/A) 12", 12, "=", ["seats", "MP seats", "AA/A"], None, MK_VOTE, "North Macedonia", SEC_MK),
  ("Levica 2", 2, "=", ["seats", "MP seats", "Levica"], None, MK_VOTE, "North Macedonia", SEC_MK),
  ("(DPA) 1", 1, "=", ["seats", "MP seats", "DPA"], None, MK_VOTE, "North Macedonia", SEC_MK),
  ("327,329 votes", 327329, "=", "votes", None, MK_VOTE, "North Macedonia", DERKOSKI),
  ("315,344 votes", 315344, "=", "votes", None, MK_VOTE, "North Macedonia", DERKOSKI),
  ("104,699", 104699, "=", ["votes", "DUI"], None, MK_VOTE, "North Macedonia", DERKOSKI),
  ("81,827", 81827, "=", ["votes", "AA/A"], None, MK_VOTE, "North Macedonia", DERKOSKI),
  ("37,426", 37426, "=", ["votes", "Levica"], None, MK_VOTE, "North Macedonia", DERKOSKI),
  ("13,930", 13930, "=", ["votes", "DPA"], None, MK_VOTE, "North Macedonia", DERKOSKI),
  ("eight MP seats", 8, "=", ["MP seats", "seats"], None, MK_VOTE, ["first electoral district", "first district"], DERKOSKI),
  ("VMRO-DPMNE seven", 7, "=", ["seats", "VMRO-DPMNE"], None, MK_VOTE, ["first electoral district", "first district"], DERKOSKI),
  ("two apiece", 2, "=", "seats", None, MK_VOTE, ["first electoral district", "first district"], DERKOSKI),
  ("a single seat", 1, "=", "seat", None, MK_VOTE, ["first electoral district", "first district"], DERKOSKI),
  ("10 seats each", 10, "=", "seats", None, MK_VOTE, ["fourth district", "fourth electoral district"], DERKOSKI),
  ("DUI seven seats", 7, "=", "seats", None, MK_VOTE, ["sixth district", "sixth electoral district"], DERKOSKI),
  ("AA/A six", 6, "=", ["seats", "AA/A"], None, MK_VOTE, ["sixth district", "sixth electoral district"], DERKOSKI),
  ("\"We Can\" four", 4, "=", ["seats", "We Can"], None, MK_VOTE, ["sixth district", "sixth electoral district"], DERKOSKI),
  ("VMRO-DPMNE two", 2, "=", ["seats", "VMRO-DPMNE"], None, MK_VOTE, ["sixth district", "sixth electoral district"], DERKOSKI),
  ("DPA one", 1, "=", ["seats", "DPA"], None, MK_VOTE, ["sixth district", "sixth electoral district"], DERKOSKI)],
 []),
("n-poll-iceland-gallup-2019", "The Reykjavík Grapevine", "2019-02-04", "https://grapevine.is/news/2019/02/04/gallup-socialist-party-surges-up-progressives-and-peoples-party-sinks", "poll",
 "REYKJAVÍK — In the course of a month the Socialist Party of Iceland, which has yet to win a seat in parliament, climbed from 3.4% to 5.3%, according to new figures from Gallup. "
 "That level of support would bring the party three seats in Iceland's 63-seat parliament were an election held now. "
 "Every month Gallup asks respondents which party they would back in an election held today; the latest round ran from December 31 last year until January 31 this year. "
 "The Independence Party is still the strongest in the country, edging up from 22.7% to 23.4% over the period, and the Social Democrats were not far behind, rising from 18.4% to 19.1%. "
 "The Pirate Party gained too, from 10.7% to 12.7%, and the Centre Party moved up from 5.7% to 6.5% in spite of its role in the Klausturgate scandal. "
 "Support slipped for each of the other parties: the People's Party, also tangled up in Klausturgate, dropped from 5.3% to 3.7%; the Progressive Party from 11.4% to 8.8%; the Reform Party from 10.5% to 9.1%; while the Left-Greens, going from 11.6% to 11.3%, were statistically little changed. "
 "Taken as a whole, the ruling coalition of the Left-Greens, the Independence Party and the Progressives saw its backing rise from 44.8% to 49.1%.",
 [("3.4%", 3.4, "=", ["Socialist Party", "Socialist Party of Iceland"], None, None, "Iceland", GALLUP),
  ("5.3%", 5.3, "=", ["Socialist Party", "Socialist Party of Iceland"], None, IS_POLL, "Iceland", GALLUP),
  ("three seats", 3, "=", "seats", None, None, "Iceland", GALLUP),
  ("22.7%", 22.7, "=", ["Independence Party"], None, None, None, GALLUP),
  ("23.4%", 23.4, "=", ["Independence Party"], None, IS_POLL, None, GALLUP),
  ("18.4%", 18.4, "=", ["Social Democrats"], None, None, None, GALLUP),
  ("19.1%", 19.1, "=", ["Social Democrats"], None, IS_POLL, None, GALLUP),
  ("10.7%", 10.7, "=", ["Pirate Party"], None, None, None, GALLUP),
  ("12.7%", 12.7, "=", ["Pirate Party"], None, IS_POLL, None, GALLUP),
  ("5.7%", 5.7, "=", ["Centre Party"], None, None, None, GALLUP),
  ("6.5%", 6.5, "=", ["Centre Party"], None, IS_POLL, None, GALLUP),
  ("5.3%", 5.3, "=", ["People's Party"], None, None, None, GALLUP, 1),
  ("3.7%", 3.7, "=", ["People's Party"], None, IS_POLL, None, GALLUP),
  ("11.4%", 11.4, "=", ["Progressive Party"], None, None, None, GALLUP),
  ("8.8%", 8.8, "=", ["Progressive Party"], None, IS_POLL, None, GALLUP),
  ("10.5%", 10.5, "=", ["Reform Party"], None, None, None, GALLUP),
  ("to 9.1%", 9.1, "=", ["Reform Party"], None, IS_POLL, None, GALLUP),
  ("11.6%", 11.6, "=", ["Left-Greens"], None, None, None, GALLUP),
  ("11.3%", 11.3, "=", ["Left-Greens"], None, IS_POLL, None, GALLUP),
  ("44.8%", 44.8, "=", ["ruling coalition", "coalition", "backing"], None, None, None, GALLUP),
  ("49.1%", 49.1, "=", ["ruling coalition", "coalition", "backing"], None, IS_POLL, None, GALLUP)],
 ["63-seat"]),
("n-biz-mcb-h1-2015", "Reuters", "2015-02-13", "http://in.reuters.com/article/mauritius-mcbg-results-idINL5N0VN3RZ20150213", "company results",
 "PORT LOUIS Feb 13 (Reuters) - Mauritius Commercial Bank Group (MCB) saw pretax profit for its first half climb 16 percent from a year before to 3.492 billion rupees ($105 million), thanks to growth in both net interest income and commissions, the group said on Friday. "
 "MCB Group, which by stock market value is the biggest lender across east Africa and the Indian Ocean, said it also expected profits for the full year to improve. "
 "A bigger loan book lifted net interest income by 6.2 percent to 3.985 billion rupees ($120.21 million), and net fee and commission income went up 18.0 percent to 1.589 billion rupees, the group said in a statement. "
 "Earnings per share increased to 12.14 rupees from 10.32 rupees. "
 "MCB's shares held steady at 197.50 rupees on the Mauritius Stock Exchange. "
 "($1 = 33.1500 Mauritius rupees)",
 [("16 percent", 16, "=", ["pretax profit", "profit"], "rose", MCB_H1, None, MCB),
  ("3.492 billion rupees", 3.492e9, "=", ["pretax profit", "profit"], None, MCB_H1, None, MCB),
  ("$105 million", 105e6, "=", ["pretax profit", "profit"], None, MCB_H1, None, MCB),
  ("6.2 percent", 6.2, "=", ["net interest income", "interest income"], "rose", MCB_H1, None, MCB),
  ("3.985 billion rupees", 3.985e9, "=", ["net interest income", "interest income"], None, MCB_H1, None, MCB),
  ("$120.21 million", 120.21e6, "=", ["net interest income", "interest income"], None, MCB_H1, None, MCB),
  ("18.0 percent", 18.0, "=", ["net fee and commission income", "commission income"], "rose", MCB_H1, None, MCB),
  ("1.589 billion rupees", 1.589e9, "=", ["net fee and commission income", "commission income"], None, MCB_H1, None, MCB),
  ("12.14 rupees", 12.14, "=", ["earnings per share"], None, MCB_H1, None, MCB),
  ("10.32 rupees", 10.32, "=", ["earnings per share"], None, "2013-07-01..2013-12-31", None, MCB),
  ("197.50 rupees", 197.50, "=", ["shares", "MCB's shares"], None, "2015-02-13", None, None)],
 ["($1 = 33.1500 Mauritius rupees)"]),
("n-mkt-trinidad-ttse-2018", "Trinidad and Tobago Guardian", "2018-08-19", "http://www.guardian.co.tt/business-guardian/2018-08-19/ncb-financial-group-week%E2%80%99s-volume-leader", "markets",
 "PORT OF SPAIN — This week 578,243 shares changed hands on the First Tier Market, 46.34 per cent fewer than the 1,077,557 shares traded the week before. "
 "Their value dropped 26.90 per cent to $8,154,621.33, from $11,155,563.78 in the previous week. "
 "NCB Financial Group Ltd (NCBFG) led on volume with 23.90 per cent of market activity, or 138,181 shares, ahead of Sagicor Financial Ltd (SFC) with 15.42 per cent, or 89,149 shares; SFC has been in the top three for the past three weeks. "
 "GraceKennedy Ltd (GKC) was third with 15.01 per cent, or 86,767 shares, and has also been among the top three for three weeks running. "
 "The indices closed the week in positive territory. The Composite Index gained 0.84 per cent, or 10.28 points, to end at 1,241.20. "
 "The All Trinidad and Tobago Index put on 0.06 per cent, or 1.04 points, to finish at 1,712.78, mostly thanks to rises in Guardian Holdings Limited (GHL) and West Indian Tobacco Company Ltd (WCO). "
 "The Cross Listed Index settled at 103.53, up 2.68 per cent or 2.70 points, chiefly on the back of NCBFG and JMMB Group Ltd (JMMBGL). "
 "Nine stocks advanced and 7 declined, while 4 stocks stood at their 52 week high and 6 at their 52 week low. "
 "NCBFG was the week's top gainer, up 7.43 per cent or $0.42 to close at $6.07, followed by Sagicor Financial Corporation Ltd, 3.20 per cent or $0.24 higher at $7.74, with JMMBGL third on a rise of 2.86 per cent or $0.05 to $1.80. "
 "The heaviest fall was in National Flour Mills Ltd (NFM), down 5.03 per cent or $0.09 to close at $1.70, with GKC next, shedding 3.45 per cent or $0.10 to end at $2.80, its 52 week low.",
 [("578,243 shares", 578243, "=", "shares", None, TT_WEEK, ["First Tier Market", "Trinidad and Tobago"], None),
  ("46.34 per cent", 46.34, "=", ["shares", "volume"], "fell", TT_WEEK, None, None),
  ("1,077,557 shares", 1077557, "=", "shares", None, "2018-08-06..2018-08-10", None, None),
  ("26.90 per cent", 26.90, "=", ["value", "value of shares"], "fell", TT_WEEK, None, None),
  ("$8,154,621.33", 8154621.33, "=", ["value", "value of shares"], None, TT_WEEK, None, None),
  ("$11,155,563.78", 11155563.78, "=", ["value", "value of shares"], None, "2018-08-06..2018-08-10", None, None),
  ("23.90 per cent", 23.90, "=", ["market activity", "NCBFG"], None, TT_WEEK, None, None),
  ("138,181 shares", 138181, "=", "shares", None, TT_WEEK, None, None),
  ("15.42 per cent", 15.42, "=", ["market activity", "SFC"], None, TT_WEEK, None, None),
  ("89,149 shares", 89149, "=", "shares", None, TT_WEEK, None, None),
  ("15.01 per cent", 15.01, "=", ["market activity", "GKC"], None, TT_WEEK, None, None),
  ("86,767 shares", 86767, "=", "shares", None, TT_WEEK, None, None),
  ("0.84 per cent", 0.84, "=", ["Composite Index"], "rose", TT_WEEK, None, None),
  ("10.28 points", 10.28, "=", ["Composite Index"], "rose", TT_WEEK, None, None),
  ("1,241.20", 1241.20, "=", ["Composite Index"], None, TT_FRI, None, None),
  ("0.06 per cent", 0.06, "=", ["All Trinidad and Tobago Index"], "rose", TT_WEEK, None, None),
  ("1.04 points", 1.04, "=", ["All Trinidad and Tobago Index"], "rose", TT_WEEK, None, None),
  ("1,712.78", 1712.78, "=", ["All Trinidad and Tobago Index"], None, TT_FRI, None, None),
  ("103.53", 103.53, "=", ["Cross Listed Index"], None, TT_FRI, None, None),
  ("2.68 per cent", 2.68, "=", ["Cross Listed Index"], "rose", TT_WEEK, None, None),
  ("2.70 points", 2.70, "=", ["Cross Listed Index"], "rose", TT_WEEK, None, None),
  ("Nine stocks", 9, "=", "stocks", None, TT_WEEK, None, None),
  ("7 declined", 7, "=", "stocks", None, TT_WEEK, None, None),
  ("4 stocks", 4, "=", "stocks", None, TT_WEEK, None, None),
  ("6 at their", 6, "=", "stocks", None, TT_WEEK, None, None),
  ("7.43 per cent", 7.43, "=", ["NCBFG"], "rose", TT_WEEK, None, None),
  ("$0.42", 0.42, "=", ["NCBFG"], "rose", TT_WEEK, None, None),
  ("$6.07", 6.07, "=", ["NCBFG"], None, TT_FRI, None, None),
  ("3.20 per cent", 3.20, "=", ["Sagicor Financial Corporation", "Sagicor"], "rose", TT_WEEK, None, None),
  ("$0.24", 0.24, "=", ["Sagicor Financial Corporation", "Sagicor"], "rose", TT_WEEK, None, None),
  ("$7.74", 7.74, "=", ["Sagicor Financial Corporation", "Sagicor"], None, TT_FRI, None, None),
  ("2.86 per cent", 2.86, "=", ["JMMBGL"], "rose", TT_WEEK, None, None),
  ("$0.05", 0.05, "=", ["JMMBGL"], "rose", TT_WEEK, None, None),
  ("$1.80", 1.80, "=", ["JMMBGL"], None, TT_FRI, None, None),
  ("5.03 per cent", 5.03, "=", ["National Flour Mills", "NFM"], "fell", TT_WEEK, None, None),
  ("$0.09", 0.09, "=", ["National Flour Mills", "NFM"], "fell", TT_WEEK, None, None),
  ("$1.70", 1.70, "=", ["National Flour Mills", "NFM"], None, TT_FRI, None, None),
  ("3.45 per cent", 3.45, "=", ["GKC"], "fell", TT_WEEK, None, None),
  ("$0.10", 0.10, "=", ["GKC"], "fell", TT_WEEK, None, None),
  ("$2.80", 2.80, "=", ["GKC"], None, TT_FRI, None, None)],
 ["past three weeks", "three weeks running", "top three for the", "among the top three", "52 week high", "52 week low", "its 52 week low"]),
("n-health-rwanda-marburg-2024", "The Star (Xinhua)", "2024-10-19", "https://thestar.com.my/news/world/2024/10/19/marburg-virus-disease-cases-reach-62-in-rwanda", "health",
 "ADDIS ABABA/KIGALI, Oct. 18 (Xinhua) -- Rwanda now has 62 confirmed cases of Marburg virus disease, 15 of them fatal, the country's Health Minister Sabin Nsanzimana has announced. "
 "Counting all cases so far, 38 people have recovered, Nsanzimana told a special online media briefing on Thursday evening, held with Africa Centers for Disease Control and Prevention (Africa CDC) Director-General Jean Kaseya on mpox, which has spread across several African countries, and on Rwanda's Marburg outbreak. "
 "Nine people are still being treated in health facilities and most are improving, the minister said. "
 "He put the case fatality rate at around 24 percent and said treatment and preventive measures were being stepped up to bring deaths down and stop the virus spreading further. "
 "Rwanda has gone several days in a row without a death, he noted, and in the past week more patients recovered than died. "
 "The outbreak, declared in Rwanda on Sept. 27, has come while the country is also dealing with mpox.",
 [("62 confirmed cases", 62, "=", ["confirmed cases", "cases"], None, RW_OUT, "Rwanda", NSANZIMANA),
  ("15 of them", 15, "=", ["cases", "deaths", "of them"], "killed", RW_OUT, "Rwanda", NSANZIMANA),
  ("38 people", 38, "=", "people", None, RW_OUT, "Rwanda", NSANZIMANA),
  ("Nine people", 9, "=", "people", None, "2024-10-17", "Rwanda", NSANZIMANA),
  ("around 24 percent", 24, "~", ["case fatality rate", "fatality rate"], None, RW_OUT, "Rwanda", NSANZIMANA)],
 []),
("n-health-dominican-dengue-2023", "Dominican Today", "2023-07-26", "https://dominicantoday.com/dr/health/2023/07/26/a-considerable-increase-in-dengue-is-expected-in-the-coming-months-in-the-dominican-republic/", "health",
 "Santo Domingo.- The Ministry of Public Health of the Dominican Republic has counted 3,236 suspected cases of dengue across the country, 248 of them in the last week, and has confirmed three deaths from the disease so far this year. "
 "Suspected cases are most frequent in Santo Domingo, Santiago, the National District, Puerto Plata, Montecristi, Barahona, San Cristóbal, Sánchez Ramírez and La Romana, which each have more than 100. "
 "Dengue follows the seasons, the ministry cautioned, and it foresees a marked rise in cases over the next 3 to 4 months. "
 "To hold the disease back, people are asked to remove and report any spot where the mosquito that carries it could breed, to follow the ministry's advice and to support the prevention drives now running. "
 "Apart from dengue, the ministry has also recorded 229 suspected cases of leptospirosis and one death from it so far this year.",
 [("3,236 suspected cases", 3236, "=", ["suspected cases", "cases"], None, DO_YTD, "Dominican Republic", MSP_DO),
  ("248 of them", 248, "=", ["cases", "suspected cases", "of them"], None, "2023-07-19..2023-07-26", "Dominican Republic", MSP_DO),
  ("three deaths", 3, "=", "deaths", "killed", DO_YTD, "Dominican Republic", MSP_DO),
  ("more than 100", 100, ">", ["suspected cases", "cases"], None, DO_YTD, None, MSP_DO),
  ("229 suspected cases", 229, "=", ["suspected cases", "cases"], None, DO_YTD, "Dominican Republic", MSP_DO),
  ("one death", 1, "=", "death", "killed", DO_YTD, "Dominican Republic", MSP_DO)],
 ["3 to 4 months"]),
("n-disaster-bosnia-floods-2024", "The Hindu (AP)", "2024-10-06", "https://www.thehindu.com/incoming/international-rescue-teams-arrive-in-bosnia-after-devastating-floods-landslips/article68724441.ece", "disasters",
 "SARAJEVO — Rescuers from Bosnia's neighbours and from European Union (EU) countries were joining the work on Sunday (October 6, 2024) to clear rubble and look for people still missing after floods and landslips laid waste to parts of the Balkan country. "
 "Bosnia called on the EU for help after a heavy storm overnight on Friday (October 4, 2024) put whole areas under water, while debris wrecked roads and bridges, killing at least 18 people and injuring dozens. "
 "At least 10 people are still missing, officials said, many of them in the village of Donja Jablanica in the south of the country, which was almost completely buried under rocks and rubble from a quarry on the hill above it. "
 "People living there said they heard a thunderous roar and watched houses vanish. "
 "Croatian rescuers are already on the ground, a Serbian team should be sent in during the afternoon and a Slovenian team with dogs will follow, a government statement said; Montenegro, North Macedonia, Poland, Czechia and Turkiye have also offered to help. "
 "Sunday was also local election day in Bosnia. Voting has been put off in the flood-hit areas, but the disaster has overshadowed the ballot across the country. "
 "Poor and split along ethnic lines, Bosnia, a candidate to join the 27-nation bloc, has struggled to recover from its brutal war of 1992-95.",
 [("at least 18 people", 18, ">=", "people", "killed", BA_STORM, "Bosnia", None),
  ("dozens", None, ("vague", 24, 100), "people", "injured", BA_STORM, "Bosnia", None),
  ("At least 10 people", 10, ">=", "people", "missing", None, "Bosnia", ["officials"])],
 ["27-nation", "1992-95"]),
("n-climate-paraguay-river-2024", "MercoPress", "2024-09-30", "https://en.mercopress.com/2024/09/30/paraguay-river-sets-new-all-time-low-in-asuncion", "climate",
 "ASUNCIÓN — The Paraguay River has hit a new all-time low, Paraguay's Meteorology and Hydrology Directorate said on Sunday, after it dropped four centimeters from Saturday's reading to -1.17 meters. "
 "Record lows were also measured at Rosario (-0.35 meters), Puerto Antequera (-0.26), Villeta (-0.83) and Itá Enramada (-0.66). "
 "The river fell markedly at Ladario, Vallemí and Concepción too, while readings at Isla Margarita, Fuerte Olimpo, Bahía Negra and Alberdi were unchanged from Saturday. "
 "Although the gauges showed rises of 8 centimeters at Humaitá and 6 centimeters at Pilar, navigation remains in a critical state. "
 "On the southern stretch of the Paraguay River, the route that carries 80% of the country's foreign trade and links it to its neighbours and the Atlantic, ships have had to cut their loads by up to 70%. "
 "Rice growers meanwhile argued over the weekend that water drawn to irrigate their crops had nothing to do with the river's fall, the Paraguayan Rice Federation (Feparroz) said in a press release. "
 "Last week the Environment Ministry warned that the low water put aquatic ecosystems at greater risk, with fish possibly dying, and threatened water supplies to several communities.",
 [("four centimeters", 4, "=", ["Paraguay River", "river"], "fell", PY_SUN, ["Asunción", "Paraguay"], DMH_PY),
  ("-1.17 meters", -1.17, "=", ["Paraguay River", "river", "level"], None, PY_SUN, ["Asunción", "Paraguay"], DMH_PY),
  ("-0.35 meters", -0.35, "=", ["river", "level", "record lows"], None, PY_SUN, "Rosario", DMH_PY),
  ("-0.26", -0.26, "=", ["river", "level", "record lows"], None, PY_SUN, "Puerto Antequera", DMH_PY),
  ("-0.83", -0.83, "=", ["river", "level", "record lows"], None, PY_SUN, "Villeta", DMH_PY),
  ("-0.66", -0.66, "=", ["river", "level", "record lows"], None, PY_SUN, "Itá Enramada", DMH_PY),
  ("8 centimeters", 8, "=", ["river", "gauges"], "rose", PY_SUN, "Humaitá", DMH_PY),
  ("6 centimeters", 6, "=", ["river", "gauges"], "rose", PY_SUN, "Pilar", DMH_PY),
  ("80%", 80, "=", ["foreign trade", "country's foreign trade"], None, None, "Paraguay", None),
  ("up to 70%", 70, "<=", ["loads", "cargo"], "cut", None, None, None)],
 []),
("n-mig-cyprus-asylum-2022", "Financial Mirror", "2022-06-16", "https://www.financialmirror.com/2022/06/16/record-year-for-asylum-claims/", "migration",
 "NICOSIA — Cyprus is straining under growing flows of migrants, Interior Minister Nicos Nouris said, arguing that asylum seekers now make up 5% of the population as applications go up by 140%. "
 "Nouris accused Turkey of pushing Cyprus into the front rank of irregular migration, saying the flows were being deliberately steered through the Turkish-occupied north of the island. "
 "Asylum applications in the first five months were more than double last year's: according to Kathimerini Cyprus, the island took in 9,647 applications from January to May, a rise of 142% on the same months of 2021. "
 "The busiest year so far was 2019, when 13,648 people asked the Republic for protection. "
 "Migrant flows have climbed step by step since 2015, easing somewhat during the pandemic. "
 "Some 2,253 people sought asylum in 2015, 2,936 in 2016, 4,582 in 2017 and 7,761 in 2018, before the total nearly doubled to reach 13,648 in 2019. "
 "The figure dropped to 7,094 in 2020 and then doubled again in 2021 (13,235). "
 "Of the 13,235 people who applied in 2021, 85% had entered the areas the Republic controls from the north; of the 9,647 recorded so far in 2022, 94% had come across from the north. "
 "In 2022 the police in Cyprus have deported 2,332 nationals of third countries.",
 [("5% of the population", 5, "=", ["population", "asylum seekers"], None, None, "Cyprus", NOURIS),
  ("140%", 140, "=", "applications", "rose", None, "Cyprus", NOURIS),
  ("9,647 applications", 9647, "=", "applications", None, CY_5M, "Cyprus", KATH),
  ("142%", 142, "=", "applications", "rose", CY_5M, "Cyprus", KATH),
  ("13,648 people", 13648, "=", "people", None, "2019-01-01..2019-12-31", "Cyprus", KATH),
  ("Some 2,253 people", 2253, "~", "people", None, "2015-01-01..2015-12-31", "Cyprus", KATH),
  ("2,936", 2936, "=", "people", None, "2016-01-01..2016-12-31", "Cyprus", KATH),
  ("4,582", 4582, "=", "people", None, "2017-01-01..2017-12-31", "Cyprus", KATH),
  ("7,761", 7761, "=", "people", None, "2018-01-01..2018-12-31", "Cyprus", KATH),
  ("13,648 in 2019", 13648, "=", "people", None, "2019-01-01..2019-12-31", "Cyprus", KATH),
  ("7,094", 7094, "=", ["figure", "people"], "fell", "2020-01-01..2020-12-31", "Cyprus", KATH),
  ("(13,235)", 13235, "=", ["figure", "people"], None, "2021-01-01..2021-12-31", "Cyprus", KATH),
  ("85%", 85, "=", "people", None, "2021-01-01..2021-12-31", "Cyprus", KATH),
  ("94%", 94, "=", ["asylum seekers", "people"], None, "2022-01-01..2022-06-16", "Cyprus", KATH),
  ("2,332 nationals", 2332, "=", ["nationals", "nationals of third countries"], None, "2022-01-01..2022-06-16", "Cyprus", ["police", "the police in Cyprus", "Kathimerini Cyprus"])],
 ["first five months", "Of the 13,235 people", "of the 9,647 recorded"]),
("n-sport-armenia-romania-2021", "Massis Post", "2021-03-31", "https://massispost.com/2021/03/armenia-beat-romania-3-2-in-fifa-world-cup-qualifier/", "sport",
 "YEREVAN — Armenia's national football team made it three wins out of three at the start of qualifying for the 2022 World Cup, getting the better of Romania 3-2 at home. "
 "Eduard Spertsyan, new to the national side, put the hosts in front in the 56th minute with a strike from the edge of the penalty area. "
 "Romania hit back and went ahead through two goals from the substitute Alexandru Cichaldau, in the 62nd and 72nd minutes. "
 "The finish was dramatic: Romania were down to ten men after George Puskas was sent off in the 78th minute, and Joaquin Caparros' side first drew level and then snatched the win. "
 "In the 86th minute Armenia's captain, Varazdat Haroyan, flung himself at a cross from the right by Tigran Barseghyan and volleyed it past Nita, and in the 89th minute Barseghyan coolly scored from the spot after Spertsyan was fouled in the box, making it 3-2. "
 "In their first two group J games Armenia won 1: 0 away to Liechtenstein on March 25 and, three days later, beat Iceland 2: 0 in Yerevan. "
 "With 9 points from three matches, Armenia top the group. "
 "Qualifying resumes in the autumn, with Armenia facing North Macedonia on September 2 and Germany on September 5 before they host Liechtenstein on September 8.",
 [("two goals", 2, "=", "goals", None, "2021-03-31", None, None),
  ("9 points", 9, "=", "points", None, "2021-03-25..2021-03-31", None, None),
  ("three matches", 3, "=", "matches", None, "2021-03-25..2021-03-31", None, None)],
 ["three wins out of three", "3-2", "56th minute", "62nd and 72nd minutes", "ten men", "78th minute", "86th minute", "89th minute", "making it 3-2", "first two group J games", "1: 0", "three days later", "2: 0"]),
("n-energy-uruguay-power-2023", "Prensa Latina (in Portuguese)", "2023-12-31", "https://prensalatina.com.br/2023/12/31/uruguai-na-vanguarda-no-uso-de-energias-renovaveis", "energy",
 "MONTEVIDEO — Renewable sources accounted for 88.5% of all the power generated in Uruguay in 2023, with wind alone producing 39.6% and hydroelectric plants 28.1%. "
 "Biomass came next (9.3%), then thermal generation with 7.8 and solar with 3.7%. "
 "The remaining 11.5% was electricity bought from neighbouring countries, above all Brazil and, to a lesser extent, Argentina. "
 "Uruguay generated 10,700.4 gigawatts per hour (GWh) and took in a total of 1,389.4 GWh from Argentina and Brazil. "
 "It sold 230.9 GWh abroad, 213.6 of them to Argentina. "
 "According to the Ministry of Industry and Energy, Uruguay is the best placed country in the region for electricity generated from renewable sources and ranks 14th in the world.",
 [("88.5%", 88.5, "=", ["power", "energy", "power generated"], None, UY23, "Uruguay", None),
  ("39.6%", 39.6, "=", ["wind", "power"], None, UY23, "Uruguay", None),
  ("28.1%", 28.1, "=", ["hydroelectric plants", "hydroelectric", "power"], None, UY23, "Uruguay", None),
  ("9.3%", 9.3, "=", ["biomass", "power"], None, UY23, "Uruguay", None),
  ("7.8", 7.8, "=", ["thermal generation", "thermal"], None, UY23, "Uruguay", None),
  ("3.7%", 3.7, "=", ["solar", "power"], None, UY23, "Uruguay", None),
  ("11.5%", 11.5, "=", ["electricity", "power"], None, UY23, "Uruguay", None),
  ("10,700.4 gigawatts per hour", 10700.4, "=", ["power", "electricity"], None, UY23, "Uruguay", None),
  ("1,389.4 GWh", 1389.4, "=", ["electricity", "power"], None, UY23, "Uruguay", None),
  ("230.9 GWh", 230.9, "=", ["electricity", "power"], None, UY23, "Uruguay", None),
  ("213.6", 213.6, "=", ["GWh", "electricity", "of them"], None, UY23, "Argentina", None)],
 ["14th"]),
("n-conflict-cameroon-bamenyam-2023", "Med Africa Times (AFP)", "2023-11-22", "https://medafricatimes.com/33307-nine-villagers-killed-by-cameroonian-english-speaking-separatists.html", "conflict",
 "At least nine villagers were killed on Tuesday November 21 in another attack in western Cameroon that the authorities blamed on English-speaking separatist rebels, whose seven-year war with the army has cost civilians dearly. "
 "The gunmen raided the market of Bamenyam, a village in the Bamboutos department, at dawn. "
 "\"There are nine dead,\" the Prefect of Bamboutos, David Dibango, told the state radio CRTV. "
 "A gendarmerie officer who asked not to be named said he had counted nine dead and blamed \"secessionists\". "
 "Bamenyam, in the West region, lies on the border of the North-West region, home to Cameroon's English-speaking minority in a large, mostly French-speaking Central African country. "
 "Since late 2016 armed groups seeking independence have fought security forces in the North-West and South-West regions, and both sides are often accused by international NGOs and the UN of crimes against civilians. "
 "On November 6, 25 civilians, women and a child among them, died at Egbekaw in the North-West in an attack that Yaoundé blamed on the separatists, who executed some of their victims and burned others. "
 "One of those killed in Bamenyam on Tuesday was a woman, according to CRTV. Two of the security personnel who fired back were hurt, the state media said, and a number of shops were set ablaze.",
 [("At least nine villagers", 9, ">=", "villagers", "killed", "2023-11-21", "Bamenyam", None),
  ("nine dead", 9, "=", ["dead", "people"], "killed", "2023-11-21", "Bamenyam", ["David Dibango", "Dibango", "the Prefect of Bamboutos, David Dibango"]),
  ("nine dead", 9, "=", ["dead", "people"], "killed", "2023-11-21", "Bamenyam", ["a gendarmerie officer", "gendarmerie officer"], 1),
  ("25 civilians", 25, "=", "civilians", "killed", "2023-11-06", "Egbekaw", ["Yaoundé"]),
  ("Two of the security personnel", 2, "=", ["security personnel", "personnel"], "injured", "2023-11-21", "Bamenyam", ["CRTV", "the state media", "state media"])],
 ["seven-year", "late 2016", "a child", "One of those killed"]),
]
