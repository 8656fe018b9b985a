# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, sixth set: sixteen more rewritten reports across beats (Ghanaian, Bangladeshi, Turkish,
Pakistani, Polish, Malaysian, Philippine and Brazilian material), annotated before the extractor was
run on them and scored once (heldout6/README.md); not used to shape rules.

Same tuple layout as docs_c.py .. docs_g.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout6/ by build.py."""
GSS = ["Ghana Statistical Service", "GSS"]
BD_FY23 = "2022-07-01..2023-06-30"
BD_FY22 = "2021-07-01..2022-06-30"
EPB = ["Export Promotion Bureau", "EPB", "EPB report"]
TURKSTAT = ["Turkish Statistical Institute", "TurkStat"]
JUNE18 = "2018-06-01..2018-06-30"
PK_FY25 = "2024-07-01..2025-06-30"
PK_FY24 = "2023-07-01..2024-06-30"
KOSCINSKI = ["Finance Minister Tadeusz Kościński", "Tadeusz Kościński", "Kościński"]
SKUZA = ["deputy finance minister Sebastian Skuza", "Sebastian Skuza", "Skuza"]
EC_MY = ["Election Commission (EC) chairman Tan Sri Abdul Ghani Salleh", "Tan Sri Abdul Ghani Salleh", "Abdul Ghani Salleh", "Election Commission", "EC"]
PULSE = ["Pulse Asia", "Pulse Asia Research", "Pulse Asia Research survey"]
SEPT16 = "2016-09-01..2016-09-30"
JFC = ["Jollibee Foods Corp.", "Jollibee Foods Corp", "Jollibee", "the company", "company", "JFC"]
H1_17 = "2017-01-01..2017-06-30"
H1_16 = "2016-01-01..2016-06-30"
Q2_17 = "2017-04-01..2017-06-30"
PSX_DAY = "2023-09-26"
PSX_PREV = "2023-09-25"
POLIO = ["National Polio Eradication Bulletin"]
PK_2015 = "2015-01-01..2015-04-30"
PK_2014 = "2014-01-01..2014-04-30"
DOH = ["Department of Health", "DOH", "the DOH"]
PH_2022 = "2022-01-01..2022-06-25"
PH_RECENT = "2022-05-29..2022-06-25"
RS_CD = ["Civil Defense", "Rio Grande do Sul's Civil Defense", "state Civil Defense", "the state Civil Defense bulletin"]
NDRRMC = ["National Disaster Risk Reduction and Management Council", "NDRRMC", "the council"]
SAIFUDDIN = ["home minister Saifuddin Nasution Ismail", "Saifuddin Nasution Ismail", "Saifuddin"]
ISPR = ["Inter-Services Public Relations", "ISPR", "the military's media wing", "military's media wing", "the media wing"]
PICSS = ["Pakistan Institute for Conflict and Security Studies", "PICSS"]
JAN25 = "2025-01-01..2025-01-31"

DOCS = [
("h-econ-ghana-cpi-2022", "Graphic Online / Ghana Financial Market", "2022-10-12", "https://ghanafinancialmarket.org/2022/10/13/ghanas-inflation-rate-accelerates-to-37-2-a-fresh-21-year-high-2/", "economy",
 "ACCRA - Ghana's inflation quickened to 37.2% in September from 33.9% in August, the Ghana Statistical Service (GSS) said on Wednesday. "
 "Government Statistician Samuel Kobina Annim said the service had moved its reference year to 2021 from 2018 and would revise the earlier figures; the GSS has also changed the weights of the regions, of which it now covers 16. "
 "Put another way, the general price level in September 2022 stood 37.2% above where it was in September 2021, while between August and September 2022 prices went up 2.0% on the month. "
 "Five groups showed inflation above the national average in September, according to the GSS: housing, water, electricity, gas and other fuels (68.8%); furnishings, household equipment and routine household maintenance (51.1%); transport (48.6%); personal care, social protection and miscellaneous goods and services (42.6%); and food and non-alcoholic beverages (37.8%).",
 [("37.2%", 37.2, "=", "inflation", None, "2022-09-01..2022-09-30", "Ghana", GSS),
  ("33.9%", 33.9, "=", "inflation", None, "2022-08-01..2022-08-31", "Ghana", GSS),
  ("covers 16", 16, "=", "regions", None, None, None, None),
  ("37.2% above", 37.2, "=", ["general price level", "price level"], None, "2022-09-01..2022-09-30", None, None),
  ("2.0%", 2.0, "=", "prices", "rose", "2022-09-01..2022-09-30", None, None),
  ("Five groups", 5, "=", "groups", None, "2022-09-01..2022-09-30", None, GSS),
  ("68.8%", 68.8, "=", ["housing, water, electricity, gas and other fuels", "housing", "inflation"], None, "2022-09-01..2022-09-30", None, GSS),
  ("51.1%", 51.1, "=", ["furnishings, household equipment and routine household maintenance", "furnishings", "inflation"], None, "2022-09-01..2022-09-30", None, GSS),
  ("48.6%", 48.6, "=", ["transport", "inflation"], None, "2022-09-01..2022-09-30", None, GSS),
  ("42.6%", 42.6, "=", ["personal care, social protection and miscellaneous goods and services", "personal care", "inflation"], None, "2022-09-01..2022-09-30", None, GSS),
  ("37.8%", 37.8, "=", ["food and non-alcoholic beverages", "food", "inflation"], None, "2022-09-01..2022-09-30", None, GSS)],
 []),
("h-trade-bangladesh-exports-fy2023", "Prothom Alo", "2023-07-03", "https://en.prothomalo.com/business/local/8ymbq2370k", "economy (trade)",
 "DHAKA - Bangladesh closed the fiscal year on a good note for export earnings, as it had for remittances: goods worth USD 55.56 billion were shipped abroad in the 2022-23 fiscal, 6.67 per cent more than the year before. "
 "That is the most the country has ever earned from exports. In the 2021-22 fiscal, exports had grown by 34.38 per cent. "
 "Still, the goal for the fiscal just ended was USD 58 billion, which means earnings came in 4.21 per cent, or USD 2.44 billion, below target. "
 "The numbers are in a report the Export Promotion Bureau (EPB) put out on Monday. It shows USD 5.03 billion of goods exported in June alone, up 2.51 per cent on June last year. "
 "For close to a year a dollar shortage has weighed on the economy; exports and remittances, the two main sources of foreign reserves, both slipped towards the end of last year because of the Russia-Ukraine war before recovering. "
 "Remittances sent home through legal channels added up to USD 21.61 billion, a rise of 3 per cent on the previous year, after a 15.2 per cent drop in the 2021-22 fiscal. "
 "Readymade garment exports reached USD 46.99 billion last fiscal, 10.27 per cent above the 2021-22 fiscal, the EPB figures show, while leather and leather goods earned USD 1.22 billion in 2022-23, a decline of 1.75 per cent.",
 [("USD 55.56 billion", 55.56e9, "=", ["goods", "exports", "export earnings"], None, BD_FY23, "Bangladesh", None),
  ("6.67 per cent", 6.67, "=", ["goods", "exports", "export earnings"], None, BD_FY23, None, None),
  ("34.38 per cent", 34.38, "=", "exports", "rose", BD_FY22, None, None),
  ("USD 58 billion", 58e9, "=", ["goal", "target", "export target"], None, BD_FY23, None, None),
  ("4.21 per cent", 4.21, "=", ["earnings", "export earnings"], None, BD_FY23, None, None),
  ("USD 2.44 billion", 2.44e9, "=", ["earnings", "export earnings"], None, BD_FY23, None, None),
  ("USD 5.03 billion", 5.03e9, "=", "goods", None, "2023-06-01..2023-06-30", None, EPB),
  ("2.51 per cent", 2.51, "=", "goods", None, "2023-06-01..2023-06-30", None, EPB),
  ("USD 21.61 billion", 21.61e9, "=", "remittances", None, BD_FY23, None, None),
  ("3 per cent", 3, "=", "remittances", "rose", BD_FY23, None, None),
  ("15.2 per cent", 15.2, "=", "remittances", "fell", BD_FY22, None, None),
  ("USD 46.99 billion", 46.99e9, "=", ["readymade garment exports", "garment exports"], None, BD_FY23, None, EPB),
  ("10.27 per cent", 10.27, "=", ["readymade garment exports", "garment exports"], None, BD_FY23, None, EPB),
  ("USD 1.22 billion", 1.22e9, "=", ["leather and leather goods", "leather"], None, BD_FY23, None, EPB),
  ("1.75 per cent", 1.75, "=", ["leather and leather goods", "leather"], "fell", BD_FY23, None, EPB)],
 []),
("h-econ-turkey-cpi-2018", "Anadolu / World Bulletin", "2018-07-03", "http://www.worldbulletin.net/haberler/203662/turkeys-annual-inflation-at-1539-pct-in-june", "economy",
 "ANKARA - Consumer prices in Turkey were 15.39 percent higher in June than a year before, the Turkish Statistical Institute (TurkStat) said on Tuesday, after an annual rate of 12.15 percent in May. "
 "Transportation saw the biggest annual increase in June, at 24.26 percent, with furnishing and household appliances next at 18.91 percent. "
 "Month on month, consumer prices climbed 2.61 percent in June, following 1.62 percent in May. "
 "The steepest monthly gain in June came in food and non-alcoholic beverages, 5.98 percent, TurkStat noted. "
 "Over the month communication went up 4.76 percent, transportation 2.66 percent, furnishing and household equipment 2.24 percent and recreation and culture 2.16 percent. "
 "Clothing and footwear was the one group to get cheaper, down 1.15 percent on May.",
 [("15.39 percent", 15.39, "=", "consumer prices", None, JUNE18, "Turkey", TURKSTAT),
  ("12.15 percent", 12.15, "=", ["annual rate", "consumer prices"], None, "2018-05-01..2018-05-31", None, TURKSTAT),
  ("24.26 percent", 24.26, "=", "transportation", "rose", JUNE18, None, None),
  ("18.91 percent", 18.91, "=", "furnishing and household appliances", None, JUNE18, None, None),
  ("2.61 percent", 2.61, "=", "consumer prices", "rose", JUNE18, None, None),
  ("1.62 percent", 1.62, "=", "consumer prices", None, "2018-05-01..2018-05-31", None, None),
  ("5.98 percent", 5.98, "=", "food and non-alcoholic beverages", None, JUNE18, None, TURKSTAT),
  ("4.76 percent", 4.76, "=", "communication", "rose", JUNE18, None, None),
  ("2.66 percent", 2.66, "=", "transportation", "rose", JUNE18, None, None),
  ("2.24 percent", 2.24, "=", "furnishing and household equipment", "rose", JUNE18, None, None),
  ("2.16 percent", 2.16, "=", "recreation and culture", "rose", JUNE18, None, None),
  ("1.15 percent", 1.15, "=", "clothing and footwear", "fell", JUNE18, None, None)],
 []),
("h-fin-pakistan-fbr-2025", "Business Recorder", "2025-08-18", "https://www.daily8.com/en/hashtag/IMFProgramme", "public finance",
 "ISLAMABAD - Detailed figures on the fiscal operations of the federal and provincial governments, released of late by the Federal Ministry of Finance, show how far the federal taxes gathered by the FBR fell behind in 2024-25. "
 "The target agreed for those revenues was Rs 12,970 billion, which called for growth of as much as 40 percent. "
 "What the FBR actually took in was Rs 11,744 billion, a shortfall of Rs 1,226 billion, equal to 9.5 percent of the target and 1.1 percent of GDP; a gap this wide has rarely been seen. "
 "The good news is that the consolidated budget deficit beat its target with room to spare. The IMF programme had set it at 5.7 percent of GDP for 2024-25, and it turned out at 5.4 percent of GDP. "
 "The primary surplus, at 2.4 percent of GDP, was also above its target. "
 "In 2023-24 the deficit had been 6.8 percent of GDP, so it narrowed by a sizeable 1.4 percent of GDP in just one year. "
 "With the rupee fairly stable as well, the central government's debt stayed more or less where it was, close to 66 percent of GDP, in 2024-25. "
 "Non-tax revenue ended 0.3 percent of GDP above its original target, and overall public spending 0.5 percent of GDP below it.",
 [("Rs 12,970 billion", 12970e9, "=", ["target", "revenues"], None, PK_FY25, None, None),
  ("40 percent", 40, "=", "growth", None, PK_FY25, None, None),
  ("Rs 11,744 billion", 11744e9, "=", None, None, PK_FY25, None, None),
  ("Rs 1,226 billion", 1226e9, "=", "shortfall", None, PK_FY25, None, None),
  ("9.5 percent", 9.5, "=", ["target", "shortfall"], None, PK_FY25, None, None),
  ("1.1 percent", 1.1, "=", ["GDP", "shortfall"], None, PK_FY25, None, None),
  ("5.7 percent", 5.7, "=", ["budget deficit", "consolidated budget deficit", "deficit", "GDP"], None, PK_FY25, None, ["IMF programme", "The IMF programme"]),
  ("5.4 percent", 5.4, "=", ["budget deficit", "consolidated budget deficit", "deficit", "GDP"], None, PK_FY25, None, None),
  ("2.4 percent", 2.4, "=", ["primary surplus", "GDP"], None, PK_FY25, None, None),
  ("6.8 percent", 6.8, "=", ["deficit", "GDP"], None, PK_FY24, None, None),
  ("1.4 percent", 1.4, "=", ["deficit", "GDP"], None, PK_FY25, None, None),
  ("close to 66 percent", 66, "~", ["debt", "central government's debt", "GDP"], None, PK_FY25, None, None),
  ("0.3 percent", 0.3, "=", ["non-tax revenue", "GDP"], None, PK_FY25, None, None),
  ("0.5 percent", 0.5, "=", ["public spending", "overall public spending", "GDP"], None, PK_FY25, None, None)],
 []),
("h-fin-poland-deficit-2021", "PAP / Warsaw Point", "2021-12-31", "http://warsawpoint.com/news/26221-poland-pre-finances-40-pct-of-next-years-borrowing-needs.html", "public finance",
 "WARSAW - Poland's budget deficit should not exceed PLN 30 billion (EUR 6.54 billion) at the end of 2021, Finance Minister Tadeusz Kościński has estimated in a report for PAP on Friday. "
 "The updated budget law for 2021 had assumed a deficit of PLN 40.5 billion (EUR 8.82 billion), Kościński recalled. "
 "When the law was first passed the deficit was capped at PLN 82.3 (EUR 17.93 billion), but the law was amended in October as the budget figures improved, and the deficit was brought down to PLN 40.5 billion. "
 "Kościński said the year-end deficit could be forecast to come in well under the assumed level. "
 "Separately, deputy finance minister Sebastian Skuza said in a Finance Ministry press release on Friday that at least 40 percent of the state budget's borrowing needs for 2022 had been financed this year, on a preliminary estimate. "
 "The state budget accounts will hold more than PLN 80 bn (EUR 17.4 bn) in total at the end of the year, Skuza added.",
 [("PLN 30 billion", 30e9, "<=", ["budget deficit", "deficit"], None, "2021-01-01..2021-12-31", "Poland", KOSCINSKI),
  ("EUR 6.54 billion", 6.54e9, "<=", ["budget deficit", "deficit"], None, "2021-01-01..2021-12-31", "Poland", KOSCINSKI),
  ("PLN 40.5 billion", 40.5e9, "=", "deficit", None, "2021-01-01..2021-12-31", None, KOSCINSKI),
  ("EUR 8.82 billion", 8.82e9, "=", "deficit", None, "2021-01-01..2021-12-31", None, KOSCINSKI),
  ("PLN 82.3", 82.3e9, "<=", "deficit", None, "2021-01-01..2021-12-31", None, None),
  ("EUR 17.93 billion", 17.93e9, "<=", "deficit", None, "2021-01-01..2021-12-31", None, None),
  ("PLN 40.5 billion", 40.5e9, "=", "deficit", None, "2021-01-01..2021-12-31", None, None, 1),
  ("at least 40 percent", 40, ">=", ["borrowing needs", "state budget's borrowing needs"], None, "2022-01-01..2022-12-31", None, SKUZA),
  ("more than PLN 80 bn", 80e9, ">", ["state budget accounts", "accounts"], None, "2021-12-31", None, SKUZA),
  ("EUR 17.4 bn", 17.4e9, ">", ["state budget accounts", "accounts"], None, "2021-12-31", None, SKUZA)],
 []),
("h-elec-malaysia-ge15-2022", "Bernama / The Borneo Post", "2022-11-20", "https://www.theborneopost.com/2022/11/20/ge15-no-party-able-to-obtain-simple-majority-for-parliament-says-ec-chairman/", "elections",
 "PUTRAJAYA (Nov 20): No party won a simple majority in the 15th general election (GE15), since none took 50 per cent of the 219 parliamentary seats, Election Commission (EC) chairman Tan Sri Abdul Ghani Salleh said. "
 "On official results as at 4.30am today, Pakatan Harapan (PH) won 76 seats, and with five more won by coalition member DAP in Sarawak and one by Muda its total came to 82 seats. "
 "Perikatan Nasional (PN) won 51 seats and PAS 22, for a combined 73 seats. "
 "Among the other parties, Barisan Nasional (BN) won 30 seats, Gabungan Parti Sarawak (GPS) 22, Gabungan Rakyat Sabah (GRS) six, Warisan three and Parti Bangsa Malaysia (PBM) one, while two independents were also elected. "
 "Abdul Ghani added that results for three parliamentary seats, Kota Marudu in Sabah and Baram in Sarawak among them, would not be announced because of the weather, and that polling for the Padang Serai seat in Kedah had been put off after PH candidate M. Karupaiya died on Wednesday. "
 "Turnout for the parliamentary seats was 73.89 per cent, leaving out the three seats yet to be announced, he said. "
 "Nor could any party form a state government on its own in Pahang or Perak, he said, since none won more than 50 per cent of the state seats. "
 "Of the 41 seats contested in Pahang, PN won 17, BN 16 and PH eight; in Perak PN won 26 seats, PH 24 and BN nine out of 59. "
 "One Pahang seat, N42 Tioman, could not be declared today because the PN candidate had died, he said. "
 "Turnout was 70.48 per cent in the Pahang state election and 66.71 per cent in Perak. - Bernama",
 [("219 parliamentary seats", 219, "=", "seats", None, None, None, EC_MY),
  ("76 seats", 76, "=", "seats", "won", None, None, None),
  ("five more", 5, "=", "seats", "won", None, "Sarawak", None),
  ("one by Muda", 1, "=", "seats", "won", None, None, None),
  ("82 seats", 82, "=", "seats", None, None, None, None),
  ("51 seats", 51, "=", "seats", "won", None, None, None),
  ("PAS 22", 22, "=", "seats", "won", None, None, None),
  ("73 seats", 73, "=", "seats", None, None, None, None),
  ("30 seats", 30, "=", "seats", "won", None, None, None),
  ("(GPS) 22", 22, "=", "seats", "won", None, None, None),
  ("(GRS) six", 6, "=", "seats", "won", None, None, None),
  ("Warisan three", 3, "=", "seats", "won", None, None, None),
  ("(PBM) one", 1, "=", "seats", "won", None, None, None),
  ("two independents", 2, "=", "independents", None, None, None, None),
  ("three parliamentary seats", 3, "=", "seats", None, None, None, EC_MY),
  ("73.89 per cent", 73.89, "=", "turnout", None, None, None, EC_MY),
  ("41 seats", 41, "=", "seats", None, None, "Pahang", EC_MY),
  ("PN won 17", 17, "=", "seats", "won", None, "Pahang", EC_MY),
  ("BN 16", 16, "=", "seats", "won", None, "Pahang", EC_MY),
  ("PH eight", 8, "=", "seats", "won", None, "Pahang", EC_MY),
  ("26 seats", 26, "=", "seats", "won", None, "Perak", EC_MY),
  ("PH 24", 24, "=", "seats", "won", None, "Perak", EC_MY),
  ("BN nine", 9, "=", "seats", "won", None, "Perak", EC_MY),
  ("out of 59", 59, "=", "seats", None, None, "Perak", EC_MY),
  ("70.48 per cent", 70.48, "=", "turnout", None, None, "Pahang", None),
  ("66.71 per cent", 66.71, "=", "turnout", None, None, "Perak", None)],
 ["50 per cent of the 219", "more than 50 per cent", "the three seats", "One Pahang seat"]),
("h-poll-pulse-asia-duterte-2016", "CNN Philippines", "2016-10-12", "https://www.cnnphilippines.com/news/2016/10/12/pulse-asia-rodrigo-duterte-86-percent-performance-trust-ratings.html", "elections (poll)",
 "Metro Manila (CNN Philippines) - Eight in 10 Filipinos (86 percent) trust President Rodrigo Duterte, a Pulse Asia Research survey shows, and the finding holds in every area (Metro Manila, Luzon, the Visayas, Mindanao) and every socioeconomic class. "
 "Pulse Asia said people were more ambivalent about how the president was doing than openly disapproving: 11 percent were undecided on his performance and 3 percent disapproved. "
 "Done in September, the Ulat ng Bayan survey covers Duterte's first three months in office and is the first Pulse Asia poll to rate his performance. "
 "Pulse Asia interviewed 1,200 adults; the error margin is ± 3 percent at the 95 percent confidence level; the estimates for each of Metro Manila, Luzon, the Visayas and Mindanao carry a ± 6 percent error margin at the same level. "
 "An earlier Pulse Asia survey, in July, had put his trust rating at 91 percent. "
 "His performance ratings were highest in Mindanao (93), and also high in NCR (80 percent), Luzon (84) and the Visayas (88). "
 "By socioeconomic class he did best with Class E (88 percent), then D (86) and ABC (82). "
 "Trust followed a similar pattern: Mindanao led at 96 percent, ahead of the Visayas (86), Luzon (82) and NCR (81), while Classes ABC and D were level at 85 percent and Class E stood at 88 percent. "
 "Across the areas the survey found ambivalence of 3 to 13 percent and disapproval of 1 to 6 percent; across classes, ambivalence ranged from 7 to 12 percent and disapproval from 3 to 7 percent.",
 [("86 percent", 86, "=", "Filipinos", None, SEPT16, None, PULSE),
  ("11 percent", 11, "=", None, None, SEPT16, None, PULSE),
  ("3 percent disapproved", 3, "=", None, None, SEPT16, None, PULSE),
  ("1,200 adults", 1200, "=", "adults", None, SEPT16, None, None),
  ("± 3 percent", 3, "=", ["error margin", "margin"], None, None, None, None),
  ("± 6 percent", 6, "=", ["error margin", "margin"], None, None, None, None),
  ("91 percent", 91, "=", "trust rating", None, "2016-07-01..2016-07-31", None, PULSE),
  ("Mindanao (93)", 93, "=", "performance ratings", None, SEPT16, "Mindanao", None),
  ("80 percent", 80, "=", "performance ratings", None, SEPT16, "NCR", None),
  ("Luzon (84)", 84, "=", "performance ratings", None, SEPT16, "Luzon", None),
  ("Visayas (88)", 88, "=", "performance ratings", None, SEPT16, "Visayas", None),
  ("Class E (88 percent)", 88, "=", None, None, SEPT16, None, None),
  ("D (86)", 86, "=", None, None, SEPT16, None, None),
  ("ABC (82)", 82, "=", None, None, SEPT16, None, None),
  ("96 percent", 96, "=", "trust", None, SEPT16, "Mindanao", None),
  ("Visayas (86)", 86, "=", "trust", None, SEPT16, "Visayas", None),
  ("Luzon (82)", 82, "=", "trust", None, SEPT16, "Luzon", None),
  ("NCR (81)", 81, "=", "trust", None, SEPT16, "NCR", None),
  ("85 percent", 85, "=", "trust", None, SEPT16, None, None),
  ("stood at 88 percent", 88, "=", "trust", None, SEPT16, None, None),
  ("3 to 13 percent", None, ("range", 3, 13), "ambivalence", None, SEPT16, None, None),
  ("1 to 6 percent", None, ("range", 1, 6), "disapproval", None, SEPT16, None, None),
  ("7 to 12 percent", None, ("range", 7, 12), "ambivalence", None, SEPT16, None, None),
  ("3 to 7 percent", None, ("range", 3, 7), "disapproval", None, SEPT16, None, None)],
 ["Eight in 10", "95 percent confidence"]),
("h-biz-jollibee-h1-2017", "The Manila Times", "2017-08-15", "http://www.manilatimes.net/jollibee-hikes-profit-10-p3-37b/344552/", "company results",
 "MANILA - Fast-food giant Jollibee Foods Corp. said on Monday that its first-half earnings rose 10 percent, helped by higher system-wide sales and faster profit growth at its businesses abroad. "
 "Net income for the six months reached P3.37 billion, up from P3.06 billion in the same period last year. "
 "Every foreign region, China, North America, and Southeast Asia and the Middle East, made markedly more profit in the first six months of 2017 than a year before, the company said in a disclosure to the stock exchange. "
 "In the second quarter alone net profit was P1.9 billion, 16.5 percent above last year's P1.6 billion. "
 "The company credited faster profit growth abroad, smaller losses at its joint ventures, most of them new businesses overseas, and lower income taxes. "
 "Operating income from January to June rose 11.9 percent to P1.99 billion from P1.78 billion a year earlier, and system-wide sales, which count all sales to consumers at company-owned and franchised stores, grew 14.7 percent to P42 billion from P37 billion. "
 "With divestments and acquisitions included, system-wide sales rose 13.5 percent in the half. Revenues grew 13.6 percent, in line with system-wide sales, it said. "
 "As of June 30, JFC operated 2,701 restaurants in the Philippines: 1,005 Jollibee stores, 496 Chowking, 257 Greenwich, 395 Red Ribbon, 470 Mang Inasal and 78 Burger King. "
 "It has 3,570 stores worldwide.",
 [("10 percent", 10, "=", "earnings", "rose", H1_17, None, JFC),
  ("P3.37 billion", 3.37e9, "=", "net income", None, H1_17, None, None),
  ("P3.06 billion", 3.06e9, "=", "net income", None, H1_16, None, None),
  ("P1.9 billion", 1.9e9, "=", "net profit", None, Q2_17, None, None),
  ("16.5 percent", 16.5, "=", "net profit", None, Q2_17, None, None),
  ("P1.6 billion", 1.6e9, "=", "net profit", None, "2016-04-01..2016-06-30", None, None),
  ("11.9 percent", 11.9, "=", "operating income", "rose", H1_17, None, None),
  ("P1.99 billion", 1.99e9, "=", "operating income", None, H1_17, None, None),
  ("P1.78 billion", 1.78e9, "=", "operating income", None, H1_16, None, None),
  ("14.7 percent", 14.7, "=", "system-wide sales", "rose", H1_17, None, None),
  ("P42 billion", 42e9, "=", "system-wide sales", None, H1_17, None, None),
  ("P37 billion", 37e9, "=", "system-wide sales", None, H1_16, None, None),
  ("13.5 percent", 13.5, "=", "system-wide sales", "rose", H1_17, None, None),
  ("13.6 percent", 13.6, "=", "revenues", "rose", H1_17, None, JFC),
  ("2,701 restaurants", 2701, "=", "restaurants", None, "2017-06-30", "Philippines", None),
  ("1,005 Jollibee stores", 1005, "=", ["Jollibee stores", "stores"], None, "2017-06-30", None, None),
  ("496 Chowking", 496, "=", None, None, "2017-06-30", None, None),
  ("257 Greenwich", 257, "=", None, None, "2017-06-30", None, None),
  ("395 Red Ribbon", 395, "=", None, None, "2017-06-30", None, None),
  ("470 Mang Inasal", 470, "=", None, None, "2017-06-30", None, None),
  ("78 Burger King", 78, "=", None, None, "2017-06-30", None, None),
  ("3,570 stores", 3570, "=", "stores", None, None, None, None)],
 []),
("h-mkt-psx-2023", "APP / The Nation", "2023-09-27", "https://www.nation.com.pk/27-Sep-2023/psx-loses-116-points", "markets",
 "ISLAMABAD - The 100-index of the Pakistan Stock Exchange (PSX) gave up 116.02 points on Tuesday, a negative change of 0.25 per cent, to close at 46,277.66 points, against 46,393.68 points the day before. "
 "In all 259,046,624 shares worth Rs 6.688 billion were traded in the session, compared with 195,674,788 shares worth Rs 5.530 billion on the previous day. "
 "Shares of 328 companies changed hands; 142 of them gained, 165 lost ground and 21 ended unchanged. "
 "The three most traded were PIAC(A), with 39,589,500 shares at Rs 5.54 apiece, WorldCall Telecom, with 26,122,922 shares at Rs 1.15, and K-Electric Ltd, with 11,090,355 shares at Rs 1.96. "
 "Nestle Pakistan posted the largest rise, Rs 190.00 a share, to close at Rs 7,190.00, and Rafhan Maize came second, up Rs 123.33 to Rs 7,990.00.",
 [("116.02 points", 116.02, "=", ["100-index", "index"], None, PSX_DAY, None, None),
  ("0.25 per cent", 0.25, "=", ["100-index", "index"], None, PSX_DAY, None, None),
  ("46,277.66 points", 46277.66, "=", ["100-index", "index"], None, PSX_DAY, None, None),
  ("46,393.68 points", 46393.68, "=", ["100-index", "index"], None, PSX_PREV, None, None),
  ("259,046,624 shares", 259046624, "=", "shares", None, PSX_DAY, None, None),
  ("Rs 6.688 billion", 6.688e9, "=", "shares", None, PSX_DAY, None, None),
  ("195,674,788 shares", 195674788, "=", "shares", None, PSX_PREV, None, None),
  ("Rs 5.530 billion", 5.530e9, "=", "shares", None, PSX_PREV, None, None),
  ("328 companies", 328, "=", "companies", None, PSX_DAY, None, None),
  ("142", 142, "=", "companies", None, PSX_DAY, None, None),
  ("165", 165, "=", "companies", None, PSX_DAY, None, None),
  ("21 ended", 21, "=", "companies", None, PSX_DAY, None, None),
  ("39,589,500 shares", 39589500, "=", "shares", None, PSX_DAY, None, None),
  ("Rs 5.54", 5.54, "=", None, None, PSX_DAY, None, None),
  ("26,122,922 shares", 26122922, "=", "shares", None, PSX_DAY, None, None),
  ("Rs 1.15", 1.15, "=", None, None, PSX_DAY, None, None),
  ("11,090,355 shares", 11090355, "=", "shares", None, PSX_DAY, None, None),
  ("Rs 1.96", 1.96, "=", None, None, PSX_DAY, None, None),
  ("Rs 190.00", 190, "=", None, None, PSX_DAY, None, None),
  ("Rs 7,190.00", 7190, "=", None, None, PSX_DAY, None, None),
  ("Rs 123.33", 123.33, "=", None, "rose", PSX_DAY, None, None),
  ("Rs 7,990.00", 7990, "=", None, None, PSX_DAY, None, None)],
 ["The three most traded"]),
("h-health-pakistan-polio-2015", "National Polio Eradication Bulletin / ReliefWeb", "2015-05-15", "https://reliefweb14428.rssing.com/chan-40632294/article304.html", "health",
 "ISLAMABAD - As of 30 April 2015, 22 type-1 wild poliovirus (WPV) cases had been reported in Pakistan this year, from 12 districts, towns, tribal agencies and FR areas, against 68 cases at the same point of 2014 from 09 such areas, the National Polio Eradication Bulletin said. "
 "WPV-1 had also been isolated from 28 environmental samples in 2015, out of 103 samples with results so far, taken in Karachi (Gadap, Baldia and Gulshan-e-Iqbal towns), Hyderabad, Sukkur and Jacobabad in Sindh; Peshawar and DI Khan in Khyber Pakhtunkhwa; Lahore and Rawalpindi in Punjab; Quetta and Killa Abdullah in Balochistan; and Islamabad. "
 "So far in 2015 there have also been two cases of sabin-2 like poliovirus, both from Khyber agency in FATA. "
 "Of the cases reported this year, 18 (81.8%) are in children younger than two years, with a median age of 13.5 months. "
 "Going by what parents recall, four (18.2%) of the cases never received an OPV dose, either through routine vaccination or in campaigns; three (13.6%) received 1-3 doses, another four (18.2%) received 4-6 doses, and 11 (50%) received seven doses or more. "
 "Paralysis set in during January for ten cases, during February for ten more and during March for two. "
 "Pakistan has so far logged fewer than a third of the wild poliovirus cases it had by the same point of 2014. "
 "Together Khyber Pakhtunkhwa, with 40.9% (9/22), and FATA, with 27.3% (6/22), accounted for 68.2% (15/22) of the wild polio cases of 2015, against 92.6% (63/68) in 2014 at this point in time.",
 [("22 type-1", 22, "=", ["cases", "wild poliovirus (WPV) cases", "wild poliovirus cases"], None, PK_2015, "Pakistan", POLIO),
  ("12 districts", 12, "=", "districts", None, PK_2015, None, POLIO),
  ("68 cases", 68, "=", "cases", None, PK_2014, None, POLIO),
  ("09 such areas", 9, "=", "areas", None, PK_2014, None, POLIO),
  ("28 environmental samples", 28, "=", "environmental samples", None, PK_2015, None, None),
  ("103 samples", 103, "=", "samples", None, PK_2015, None, None),
  ("two cases of sabin-2", 2, "=", ["cases", "sabin-2 like poliovirus cases", "poliovirus cases"], None, PK_2015, None, None),
  ("18 (81.8%)", 18, "=", ["cases", "children"], None, PK_2015, None, None),
  ("81.8%", 81.8, "=", "cases", None, PK_2015, None, None),
  ("four (18.2%) of the cases", 4, "=", "cases", None, PK_2015, None, None),
  ("18.2%", 18.2, "=", "cases", None, PK_2015, None, None),
  ("three (13.6%)", 3, "=", "cases", None, PK_2015, None, None),
  ("13.6%", 13.6, "=", "cases", None, PK_2015, None, None),
  ("another four", 4, "=", "cases", None, PK_2015, None, None),
  ("18.2%", 18.2, "=", "cases", None, PK_2015, None, None, 1),
  ("11 (50%)", 11, "=", "cases", None, PK_2015, None, None),
  ("50%", 50, "=", "cases", None, PK_2015, None, None),
  ("ten cases", 10, "=", "cases", None, "2015-01-01..2015-01-31", None, None),
  ("ten more", 10, "=", "cases", None, "2015-02-01..2015-02-28", None, None),
  ("March for two", 2, "=", "cases", None, "2015-03-01..2015-03-31", None, None),
  ("40.9%", 40.9, "=", ["wild polio cases", "cases"], None, PK_2015, "Khyber Pakhtunkhwa", None),
  ("27.3%", 27.3, "=", ["wild polio cases", "cases"], None, PK_2015, "FATA", None),
  ("68.2%", 68.2, "=", ["wild polio cases", "cases"], None, PK_2015, None, None),
  ("92.6%", 92.6, "=", ["wild polio cases", "cases"], None, PK_2014, None, None)],
 ["1-3 doses", "4-6 doses", "seven doses or more", "a third", "(9/22)", "(6/22)", "(15/22)", "(63/68)", "13.5 months"]),
("h-health-philippines-dengue-2022", "ABS-CBN News", "2022-07-11", "https://news.abs-cbn.com/news/07/11/22/philippines-dengue-cases-nearly-double", "health",
 "MANILA - Dengue cases in the Philippines have nearly doubled from last year, Department of Health (DOH) data showed on Monday. "
 "The DOH's latest national dengue figures, as of June 25, put the total at 64,797 cases from January 1 to June 25, 90 percent more than the 34,074 cases reported in the same period of 2021, the agency said. "
 "Health Undersecretary and spokesperson Maria Rosario Vergeire blamed the rise on people moving about more and on the arrival of the rainy season. "
 "The regions with the most cases were Central Luzon (9,426 cases or 15 percent), Central Visayas (7,741 cases or 12 percent) and Zamboanga Peninsula (5,684 cases or 9 percent). "
 "In the four weeks from May 29 to June 25 alone, 21,115 cases were logged, the DOH said, with Central Luzon (3,902 cases or 18 percent), Central Visayas (2,316 or 11 percent) and Metro Manila (1,997 or 9 percent) making up the bulk. "
 "Dengue has killed 274 people so far this year, a case fatality rate of 0.4 percent. The deaths came to 36 in January, 32 in February, 39 in March, 46 in April, 63 in May and 58 in June.",
 [("64,797 cases", 64797, "=", "cases", None, PH_2022, "Philippines", DOH),
  ("90 percent", 90, "=", "cases", None, PH_2022, None, DOH),
  ("34,074 cases", 34074, "=", "cases", None, "2021-01-01..2021-06-25", None, DOH),
  ("9,426 cases", 9426, "=", "cases", None, PH_2022, "Central Luzon", None),
  ("15 percent", 15, "=", "cases", None, PH_2022, "Central Luzon", None),
  ("7,741 cases", 7741, "=", "cases", None, PH_2022, "Central Visayas", None),
  ("12 percent", 12, "=", "cases", None, PH_2022, "Central Visayas", None),
  ("5,684 cases", 5684, "=", "cases", None, PH_2022, "Zamboanga Peninsula", None),
  ("9 percent", 9, "=", "cases", None, PH_2022, "Zamboanga Peninsula", None),
  ("21,115 cases", 21115, "=", "cases", None, PH_RECENT, None, DOH),
  ("3,902 cases", 3902, "=", "cases", None, PH_RECENT, "Central Luzon", DOH),
  ("18 percent", 18, "=", "cases", None, PH_RECENT, "Central Luzon", DOH),
  ("2,316", 2316, "=", "cases", None, PH_RECENT, "Central Visayas", DOH),
  ("11 percent", 11, "=", "cases", None, PH_RECENT, "Central Visayas", DOH),
  ("1,997", 1997, "=", "cases", None, PH_RECENT, "Metro Manila", DOH),
  ("9 percent", 9, "=", "cases", None, PH_RECENT, "Metro Manila", DOH, 1),
  ("274 people", 274, "=", "people", "killed", "2022-01-01..2022-07-11", None, None),
  ("0.4 percent", 0.4, "=", "case fatality rate", None, "2022-01-01..2022-07-11", None, None),
  ("36 in January", 36, "=", "deaths", None, "2022-01-01..2022-01-31", None, None),
  ("32 in February", 32, "=", "deaths", None, "2022-02-01..2022-02-28", None, None),
  ("39 in March", 39, "=", "deaths", None, "2022-03-01..2022-03-31", None, None),
  ("46 in April", 46, "=", "deaths", None, "2022-04-01..2022-04-30", None, None),
  ("63 in May", 63, "=", "deaths", None, "2022-05-01..2022-05-31", None, None),
  ("58 in June", 58, "=", "deaths", None, "2022-06-01..2022-06-30", None, None)],
 ["four weeks"]),
("h-disaster-rio-grande-floods-2024", "Agência Brasil", "2024-05-09", "https://brazil.postsen.com/local/600949/Civil-Defense-releases-names-of-dead-and-missing-people-in-RS%3B-see-list.html", "disasters",
 "PORTO ALEGRE - Rio Grande do Sul's Civil Defense on Thursday (9) published a list of the people killed and missing in the floods that are devastating the state. "
 "Its latest bulletin, put out at 6pm, recorded 107 deaths caused by the rains; one further death is under investigation to establish whether it is linked to the disaster. "
 "The list names the victims identified so far. "
 "The missing now number 134, and the Civil Defense urges anyone who finds their own name among them to go to the nearest Civil Police station so that the record can be corrected and the name removed. "
 "In 24 hours the number of people in Rio Grande do Sul forced out of their homes more than doubled, from more than 163 thousand on Wednesday (8) to 327,105 on Thursday (9), according to the latest bulletin of the state Civil Defense, with data released at 6pm. "
 "These are people who at some point had to leave home and take shelter with relatives or friends or in public shelters. "
 "In all, 1.74 million people in Rio Grande do Sul have been affected by the floods in one way or another, whether they lost their homes or were left without power, water or food.",
 [("107 deaths", 107, "=", "deaths", None, None, None, RS_CD),
  ("134", 134, "=", ["missing", "people"], "missing", None, None, RS_CD),
  ("more than 163 thousand", 163000, ">", "people", "displaced", "2024-05-08", "Rio Grande do Sul", RS_CD),
  ("327,105", 327105, "=", "people", "displaced", "2024-05-09", "Rio Grande do Sul", RS_CD),
  ("1.74 million people", 1.74e6, "=", "people", "affected", None, "Rio Grande do Sul", None)],
 ["one further death", "24 hours"]),
("h-disaster-typhoon-ompong-2018", "BusinessMirror", "2018-09-22", "https://businessmirror.com.ph/ompong-damage-reaches-p17-9-billion/", "disasters",
 "MANILA - Damage to infrastructure and agriculture from Typhoon Ompong (international code name Mangkhut) now stands at P17.97 billion, the National Disaster Risk Reduction and Management Council (NDRRMC) said on Friday. "
 "The council's 6 a.m. update showed agriculture bearing most of it, at P14.33 billion, with P3.63 billion for infrastructure. "
 "The damage is mostly in Regions 1 (Ilocos), 2 (Cagayan Valley), 3 (Central Luzon), 4A (Calabarzon), 5 (Bicol) and the Cordillera Administrative Region (CAR), the report said. "
 "Ompong has affected 388,136 families, or 1,633,746 persons, living in 4,414 barangays in Regions 1, 2, 3, 4A, 4B (Mimaropa), the National Capital Region and the CAR. "
 "Some 13,726 families, around 54,116 people, are in 366 evacuation centers, and 18,504 families, or 74,622 persons, are being helped outside them. "
 "A total of 49,120 houses were damaged, 3,861 of them totally and 45,259 partially, in Regions 1, 2, 3 and the CAR.",
 [("P17.97 billion", 17.97e9, "=", "damage", None, None, None, NDRRMC),
  ("P14.33 billion", 14.33e9, "=", "agriculture", None, None, None, NDRRMC),
  ("P3.63 billion", 3.63e9, "=", "infrastructure", None, None, None, NDRRMC),
  ("388,136 families", 388136, "=", "families", "affected", None, None, None),
  ("1,633,746 persons", 1633746, "=", "persons", "affected", None, None, None),
  ("4,414 barangays", 4414, "=", "barangays", None, None, None, None),
  ("Some 13,726 families", 13726, "~", "families", None, None, None, None),
  ("around 54,116 people", 54116, "~", "people", None, None, None, None),
  ("366 evacuation centers", 366, "=", "evacuation centers", None, None, None, None),
  ("18,504 families", 18504, "=", "families", None, None, None, None),
  ("74,622 persons", 74622, "=", "persons", None, None, None, None),
  ("49,120 houses", 49120, "=", "houses", "damaged", None, None, None),
  ("3,861", 3861, "=", "houses", "damaged", None, None, None),
  ("45,259", 45259, "=", "houses", "damaged", None, None, None)],
 []),
("h-mig-malaysia-detentions-2023", "Free Malaysia Today", "2023-05-24", "https://www.freemalaysiatoday.com/category/nation/2023/05/24/20000-undocumented-migrants-detained-this-year/", "migration",
 "PETALING JAYA: The immigration department has so far this year detained 20,615 people who had no valid documents, home minister Saifuddin Nasution Ismail said. "
 "In a written reply to Parliament, Saifuddin said 3,060 operations had been carried out from Jan 1 to May 15, in which 8,065 undocumented migrants and 125 employers were arrested. "
 "Another 12,550 people were arrested after they gave themselves up at entry points for various offences under the Immigration Act 1959/63 and the Immigration Regulations 1963. "
 "He was answering Jerai MP Sabri Azit, who wanted to know what the home ministry meant to do about foreigners who abuse visa facilities in order to stay in Malaysia. "
 "As of May 15, immigration detention centres around the country held 11,068 detainees, Saifuddin said: 8,427 men, 1,775 women, 542 boys and 427 girls. "
 "Of those, 3,743 (33.8%) were from Myanmar, 3,004 (27.1%) from the Philippines and 2,784 (25.2%) from Indonesia. "
 "The department had also deported 18,687 people as of May 18, 7,189 of them Indonesians, 4,113 Myanmar nationals and 3,319 Filipinos. "
 "Malaysia has had 12.1 million foreign arrivals this year up to May 15, he said. "
 "In all 19,115 people were turned away at the border, among them 6,671 Indonesians, 3,514 Bangladeshis, 2,647 Pakistanis and 2,444 Indians.",
 [("20,615 people", 20615, "=", "people", None, "2023-01-01..2023-05-24", None, SAIFUDDIN),
  ("3,060 operations", 3060, "=", "operations", None, "2023-01-01..2023-05-15", None, SAIFUDDIN),
  ("8,065 undocumented migrants", 8065, "=", "undocumented migrants", None, "2023-01-01..2023-05-15", None, SAIFUDDIN),
  ("125 employers", 125, "=", "employers", None, "2023-01-01..2023-05-15", None, SAIFUDDIN),
  ("12,550 people", 12550, "=", "people", None, None, None, None),
  ("11,068 detainees", 11068, "=", "detainees", None, "2023-05-15", None, SAIFUDDIN),
  ("8,427 men", 8427, "=", "men", None, "2023-05-15", None, SAIFUDDIN),
  ("1,775 women", 1775, "=", "women", None, "2023-05-15", None, SAIFUDDIN),
  ("542 boys", 542, "=", "boys", None, "2023-05-15", None, SAIFUDDIN),
  ("427 girls", 427, "=", "girls", None, "2023-05-15", None, SAIFUDDIN),
  ("3,743", 3743, "=", None, None, "2023-05-15", None, None),
  ("33.8%", 33.8, "=", None, None, "2023-05-15", None, None),
  ("3,004", 3004, "=", None, None, "2023-05-15", None, None),
  ("27.1%", 27.1, "=", None, None, "2023-05-15", None, None),
  ("2,784", 2784, "=", None, None, "2023-05-15", None, None),
  ("25.2%", 25.2, "=", None, None, "2023-05-15", None, None),
  ("18,687 people", 18687, "=", "people", None, "2023-01-01..2023-05-18", None, None),
  ("7,189", 7189, "=", "Indonesians", None, "2023-01-01..2023-05-18", None, None),
  ("4,113 Myanmar nationals", 4113, "=", "Myanmar nationals", None, "2023-01-01..2023-05-18", None, None),
  ("3,319 Filipinos", 3319, "=", "Filipinos", None, "2023-01-01..2023-05-18", None, None),
  ("12.1 million", 12.1e6, "=", ["foreign arrivals", "arrivals"], "arrived", "2023-01-01..2023-05-15", "Malaysia", SAIFUDDIN),
  ("19,115 people", 19115, "=", "people", None, None, None, None),
  ("6,671 Indonesians", 6671, "=", "Indonesians", None, None, None, None),
  ("3,514 Bangladeshis", 3514, "=", "Bangladeshis", None, None, None, None),
  ("2,647 Pakistanis", 2647, "=", "Pakistanis", None, None, None, None),
  ("2,444 Indians", 2444, "=", "Indians", None, None, None, None)],
 []),
("h-sport-bangladesh-pakistan-test-2024", "DNA News", "2024-08-25", "https://dnanews.com.pk/breaking-bangladesh-humiliate-pakistan-cricket-team-win-first-test-by-10-wickets/", "sport",
 "RAWALPINDI, AUG 25: Bangladesh beat Pakistan by 10 wickets on Sunday in the first Test of the two-match series at the Rawalpindi Cricket Stadium. "
 "Needing 30 runs after bowling Pakistan out for 146 in their second innings, the visitors had no trouble: Zakir Hasan and Shadman Islam took them home in just 6.3 overs. "
 "It was Bangladesh's first Test win over Pakistan; of the 13 earlier meetings between the sides Pakistan had won 12, and one was drawn. "
 "The hosts began the fifth day 94 runs behind, with captain Shan Masood (9) and Abdullah Shafique (12) at the crease. "
 "Masood was out for 14 soon after the restart, and Babar Azam, who came in next, fell for 22. "
 "Wickets then went at regular intervals, Saud Shakeel (0) and Salman Ali Agha (0) both failing to score. "
 "Mohammad Rizwan, whose first-innings knock had been his best in Tests, was again Pakistan's top scorer, with 51. "
 "Mehidy Hasan Miraz led the Bangladesh attack with four wickets and the veteran all-rounder Shakib Al Hasan took three, with a wicket apiece for Shoriful Islam, Hasan Mahmud and Nahid Rana. "
 "On day four Bangladesh had made 565 in answer to Pakistan's 448/6, a lead of 117 runs. "
 "Mushfiqur Rahim made an epic 191 off 341 balls, with 22 fours and a six, and Mehidy Hasan Miraz 77 off 179 balls.",
 [("10 wickets", 10, "=", "wickets", None, None, None, None),
  ("30 runs", 30, "=", "runs", None, None, None, None),
  ("146", 146, "=", None, None, None, None, None),
  ("6.3 overs", 6.3, "=", "overs", None, None, None, None),
  ("13 earlier meetings", 13, "=", "meetings", None, None, None, None),
  ("won 12", 12, "=", None, "won", None, None, None),
  ("94 runs", 94, "=", "runs", None, None, None, None),
  ("Masood (9)", 9, "=", None, None, None, None, None),
  ("Shafique (12)", 12, "=", None, None, None, None, None),
  ("Masood was out for 14", 14, "=", None, None, None, None, None),
  ("fell for 22", 22, "=", None, None, None, None, None),
  ("with 51", 51, "=", None, None, None, None, None),
  ("four wickets", 4, "=", "wickets", None, None, None, None),
  ("took three", 3, "=", None, None, None, None, None),
  ("565", 565, "=", None, None, None, None, None),
  ("117 runs", 117, "=", "runs", None, None, None, None),
  ("191", 191, "=", None, None, None, None, None),
  ("341 balls", 341, "=", "balls", None, None, None, None),
  ("22 fours", 22, "=", "fours", None, None, None, None),
  ("77", 77, "=", None, None, None, None, None),
  ("179 balls", 179, "=", "balls", None, None, None, None)],
 ["448/6", "Shakeel (0)", "Agha (0)", "one was drawn", "a six", "two-match"]),
("h-conflict-di-khan-2025", "The News", "2025-02-23", "https://www.thenews.com.pk/latest/1285780-seven-terrorists-eliminated-in-di-khan-operations", "conflict",
 "RAWALPINDI - Security forces killed at least seven terrorists in two separate engagements in the Dera Ismail Khan district of Khyber Pakhtunkhwa, the military's media wing said on Sunday. "
 "The Inter-Services Public Relations (ISPR) said troops mounted an intelligence-based operation (IBO) in the general area of Daraban on reports that militants were present, and four of them were killed when the soldiers engaged their position. "
 "In a second encounter, in the general area of Maddi, troops killed three more terrorists, the ISPR said. "
 "Weapons and ammunition were recovered from the militants, who had been active in many attacks in the area. "
 "On Friday the security forces killed at least six terrorists in an IBO in Karak district of KP, the media wing said. "
 "Attacks, chiefly on law enforcers and security forces, have risen sharply since the Taliban regained power in Afghanistan in 2021, above all in KP and Balochistan, the two provinces on the border. "
 "Terror attacks climbed 42% in January 2025 from the month before, according to data from the Pakistan Institute for Conflict and Security Studies (PICSS), a think tank. "
 "At least 74 militant attacks were recorded nationwide, the data showed, and they left 91 people dead: 35 security personnel, 20 civilians and 36 militants.",
 [("at least seven terrorists", 7, ">=", "terrorists", "killed", None, "Dera Ismail Khan", ISPR),
  ("two separate engagements", 2, "=", "engagements", None, None, None, ISPR),
  ("four of them", 4, "=", "militants", "killed", None, "Daraban", ISPR),
  ("three more terrorists", 3, "=", "terrorists", "killed", None, "Maddi", ISPR),
  ("at least six terrorists", 6, ">=", "terrorists", "killed", "2025-02-21", "Karak", ISPR),
  ("42%", 42, "=", ["terror attacks", "attacks"], "rose", JAN25, None, PICSS),
  ("At least 74 militant attacks", 74, ">=", ["militant attacks", "attacks"], None, JAN25, None, PICSS),
  ("91 people", 91, "=", "people", "killed", JAN25, None, PICSS),
  ("35 security personnel", 35, "=", "security personnel", "killed", JAN25, None, PICSS),
  ("20 civilians", 20, "=", "civilians", "killed", JAN25, None, PICSS),
  ("36 militants", 36, "=", "militants", "killed", JAN25, None, PICSS)],
 ["the two provinces"]),
]
