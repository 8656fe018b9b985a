# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, thirteenth set: sixteen more rewritten reports across beats (Costa Rican, Namibian,
Slovak, Tunisian, Montenegrin, Latvian, Omani, Jordanian, Honduran, Somali, Guatemalan, Iranian,
Spanish (Canary Islands), Emirati, Latvian (Riga Airport) and Nigerien material), annotated before
the extractor was run on them and scored once (heldout13/README.md); not used to shape rules.

Same tuple layout as docs_c.py .. docs_n.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout13/ by build.py."""
INEC_CR = ["National Statistics and Census Institute", "INEC", "the National Statistics and Census Institute (INEC)"]
CR_JAN13 = "2013-01-01..2013-01-31"
NSA_NA = ["Namibia Statistics Agency", "NSA", "the Namibia Statistics Agency (NSA)", "agency", "the agency"]
NA_FEB = "2026-02-01..2026-02-28"
SK_STAT = ["Statistical Office of the Slovak Republic", "Statistical Office", "the Statistical Office of the Slovak Republic"]
SK24 = "2024-01-01..2024-12-31"
SK23 = "2023-01-01..2023-12-31"
INS_TN = ["National Statistics Institute", "INS", "the National Statistics Institute (INS)"]
TN_2M = "2024-01-01..2024-02-29"
TN_2M23 = "2023-01-01..2023-02-28"
ME_COMM = ["electoral commission", "the electoral commission", "official results"]
ME_VOTE = "2020-08-30"
SKDS = ["SKDS", "research agency SKDS", "LTV", "Latvian Television"]
LV_MAR = "2021-03-01..2021-03-31"
BM_REUTERS = ["Reuters", "Reuters calculations", "Bank Muscat"]
BM_Q2 = "2016-04-01..2016-06-30"
BM_Q2_15 = "2015-04-01..2015-06-30"
BM_DAY = "2016-07-13"
ASE_WK = "2025-08-17..2025-08-21"
ASE_PREV = "2025-08-10..2025-08-14"
MOH_HN = ["Ministry of Health", "the Ministry of Health", "ministry", "the ministry", "Ministry of Health of Honduras"]
HN_YTD = "2019-01-01..2019-08-04"
SO_REPORT = ["weekly AWD/cholera report", "report", "the report", "surveillance team"]
SO_WK18 = "2022-05-02..2022-05-08"
SO_YTD = "2022-01-01..2022-05-08"
DE_LEON = ["David de Leon", "Leon", "de Leon", "CONRED", "National Coordinator for Disaster Reduction"]
GT_2W = "2021-05-30..2021-06-13"
SHAHRIARI = ["Mohammad Shahriari", "Shahriari", "Tehran Regional Water Company", "ILNA"]
IR_NOW = "2021-03-07"
IR_WY = "2020-09-22..2021-03-07"
IR_WY_PREV = "2019-09-22..2020-03-07"
IR_16D = "2021-02-19..2021-03-06"
IR_16D_PREV = "2020-02-19..2020-03-06"
ES_MIN = ["Interior Ministry", "Interior Ministry data", "Spain's Interior Ministry", "data"]
ES_10M = "2023-01-01..2023-10-31"
RIX = ["Ilona Līce", "Līce", "Chairperson of the Board of Riga International Airport", "Riga International Airport"]
RIX_YTD = "2018-01-01..2018-12-27"
RIX_11M = "2018-01-01..2018-11-30"
NE_MOD = ["Ministry of Defence", "Niger's Ministry of Defence", "ministry", "the ministry", "statement"]
NE_DAY = "2021-07-11"

DOCS = [
("o-econ-costa-rica-cpi-2013", "The Tico Times", "2013-02-04", "https://ticotimes.net/2013/02/04/costa-rica-inflation-reaches-1-31-percent-in-january", "economy",
 "Prices in Costa Rica rose 1.31 percent in January, the opening month of 2013, a sharp pick-up from the 0.17 percent posted in the same month a year earlier, the National Statistics and Census Institute (INEC) reported. "
 "In a press release, INEC said that of the 292 goods and services it surveys every month, 57 percent went up in price, 33 percent got cheaper and the others held steady. "
 "Electricity rates, bus fares, higher education, tourism and food did most to push January's figure up. "
 "Inter-annual inflation, which adds up the price changes of the last 12 months, stood at 5.74 percent, its highest reading in the past four years. "
 "The country ended 2012 with inflation of 4.55 percent, the second-lowest of the last decade, beaten only by the cumulative 4.05 percent of 2009. "
 "For 2013 the Central Bank of Costa Rica has set an inflation goal of between 4 and 6 percent.",
 [("1.31 percent", 1.31, "=", ["prices", "inflation"], "rose", CR_JAN13, "Costa Rica", INEC_CR),
  ("0.17 percent", 0.17, "=", ["prices", "inflation"], None, "2012-01-01..2012-01-31", "Costa Rica", INEC_CR),
  ("292 goods and services", 292, "=", ["goods and services", "goods"], None, None, "Costa Rica", INEC_CR),
  ("57 percent", 57, "=", ["goods and services", "goods"], None, CR_JAN13, "Costa Rica", INEC_CR),
  ("33 percent", 33, "=", ["goods and services", "goods"], None, CR_JAN13, "Costa Rica", INEC_CR),
  ("5.74 percent", 5.74, "=", ["inter-annual inflation", "inflation"], None, CR_JAN13, "Costa Rica", INEC_CR),
  ("4.55 percent", 4.55, "=", "inflation", None, "2012-01-01..2012-12-31", "Costa Rica", INEC_CR),
  ("4.05 percent", 4.05, "=", "inflation", None, "2009-01-01..2009-12-31", "Costa Rica", INEC_CR),
  ("between 4 and 6 percent", None, ("range", 4, 6), ["inflation goal", "inflation", "goal"], None, "2013-01-01..2013-12-31", "Costa Rica", ["Central Bank of Costa Rica", "the Central Bank of Costa Rica", "Central Bank"])],
 ["last 12 months", "past four years", "second-lowest"]),
("o-econ-namibia-cpi-2026", "Namibia Daily News (Xinhua)", "2026-03-12", "http://namibiadailynews.info/namibias-annual-inflation-slows-down-to-2-4-pct/", "economy",
 "WINDHOEK, March 12 – Namibia's annual rate of inflation eased to 2.4 percent in February from 3.6 percent a year earlier, according to the Consumer Price Index bulletin the Namibia Statistics Agency (NSA) put out on Thursday. "
 "Measured month to month, prices did not move at all, at 0.0 percent, after a 0.8 percent rise in January, the bulletin said. "
 "Although the headline rate fell, core inflation, which leaves out food, energy and other volatile items, stayed higher at 3.2 percent, the NSA pointed out. "
 "The biggest contribution to the 2.4 percent annual rate came from housing, water, electricity, gas and other fuels, at 1.2 percentage points. "
 "Alcoholic beverages and tobacco followed with 0.5 percentage points, and food and non-alcoholic beverages added 0.3 percentage points. "
 "Between them those three groups made up 2 percent of the overall 2.4 percent, the agency said. "
 "By division, annual inflation was highest in hotels, cafes and restaurants (4.8 percent); housing, water, electricity, gas and other fuels (4.7 percent); health (4 percent); recreation and culture (3.9 percent); and furnishing, household equipment and routine maintenance of the house (3.5 percent). "
 "Every other division came in under 3 percent. (Namibia Daily News / Xinhua)",
 [("2.4 percent in February", 2.4, "=", ["rate of inflation", "inflation", "annual rate"], None, NA_FEB, "Namibia", NSA_NA),
  ("3.6 percent", 3.6, "=", ["rate of inflation", "inflation", "annual rate"], None, "2025-02-01..2025-02-28", "Namibia", NSA_NA),
  ("0.0 percent", 0.0, "=", ["prices", "inflation"], None, NA_FEB, "Namibia", NSA_NA),
  ("0.8 percent", 0.8, "=", ["prices", "inflation"], "rose", "2026-01-01..2026-01-31", "Namibia", NSA_NA),
  ("3.2 percent", 3.2, "=", "core inflation", None, NA_FEB, "Namibia", NSA_NA),
  ("1.2 percentage points", 1.2, "=", ["housing, water, electricity, gas and other fuels", "housing", "contribution"], None, NA_FEB, "Namibia", NSA_NA),
  ("0.5 percentage points", 0.5, "=", ["alcoholic beverages and tobacco", "alcoholic beverages"], None, NA_FEB, "Namibia", NSA_NA),
  ("0.3 percentage points", 0.3, "=", ["food and non-alcoholic beverages", "food"], None, NA_FEB, "Namibia", NSA_NA),
  ("2 percent of the", 2, "=", None, None, NA_FEB, "Namibia", NSA_NA),
  ("4.8 percent", 4.8, "=", ["hotels, cafes and restaurants", "hotels"], None, NA_FEB, "Namibia", NSA_NA),
  ("4.7 percent", 4.7, "=", ["housing, water, electricity, gas and other fuels", "housing"], None, NA_FEB, "Namibia", NSA_NA),
  ("(4 percent)", 4, "=", "health", None, NA_FEB, "Namibia", NSA_NA),
  ("3.9 percent", 3.9, "=", ["recreation and culture", "recreation"], None, NA_FEB, "Namibia", NSA_NA),
  ("3.5 percent", 3.5, "=", ["furnishing, household equipment and routine maintenance of the house", "furnishing"], None, NA_FEB, "Namibia", NSA_NA),
  ("under 3 percent", 3, "<", ["division", "other division"], None, NA_FEB, "Namibia", NSA_NA)],
 ["2.4 percent annual rate", "overall 2.4 percent", "those three groups"]),
("o-fin-slovakia-deficit-2024", "CIJ Europe", "2025-04-17", "https://cijeurope.com/mobile.php/post/show/id/104523", "public finance",
 "Slovakia ran a general government deficit of nearly €7 billion in 2024, equal to 5.27% of gross domestic product, preliminary figures from the Statistical Office of the Slovak Republic show. "
 "That is slightly wider than the 5.19% of GDP recorded in 2023. "
 "General government debt went up as well, reaching €77.65 billion, or 59.3% of GDP. "
 "The numbers belong to the spring notification sent to the European Commission, which revises data for 2021–2024 and takes in the Ministry of Finance's figures for 2025 as updated for the approved budget. "
 "Year on year the deficit grew by roughly €0.5 billion, the revised shortfall for 2023 being €6.43 billion. "
 "Central government made up most of the 2024 gap, finishing the year €7.15 billion in the red, against €6.78 billion the year before. "
 "Local governments posted a deficit of nearly €130 million, turning round from a surplus of €81.3 million in 2023, while the social security funds ended with a surplus of €370 million, about €100 million more than a year earlier. "
 "Measured against GDP, debt climbed from 55.64% in 2023 to 59.28% in 2024, an increase of €8.75 billion over the year.",
 [("nearly €7 billion", 7e9, "nearly", ["general government deficit", "deficit"], None, SK24, "Slovakia", SK_STAT),
  ("5.27%", 5.27, "=", ["gross domestic product", "GDP", "deficit"], None, SK24, "Slovakia", SK_STAT),
  ("5.19%", 5.19, "=", ["GDP", "deficit"], None, SK23, "Slovakia", SK_STAT),
  ("€77.65 billion", 77.65e9, "=", ["general government debt", "debt"], None, SK24, "Slovakia", SK_STAT),
  ("59.3%", 59.3, "=", ["GDP", "debt"], None, SK24, "Slovakia", SK_STAT),
  ("roughly €0.5 billion", 0.5e9, "~", "deficit", "rose", SK24, "Slovakia", SK_STAT),
  ("€6.43 billion", 6.43e9, "=", ["shortfall", "deficit"], None, SK23, "Slovakia", SK_STAT),
  ("€7.15 billion", 7.15e9, "=", ["central government", "gap", "deficit"], None, SK24, None, SK_STAT),
  ("€6.78 billion", 6.78e9, "=", ["central government", "deficit"], None, SK23, None, SK_STAT),
  ("nearly €130 million", 130e6, "nearly", ["local governments", "deficit"], None, SK24, None, SK_STAT),
  ("€81.3 million", 81.3e6, "=", ["local governments", "surplus"], None, SK23, None, SK_STAT),
  ("€370 million", 370e6, "=", ["social security funds", "surplus"], None, SK24, None, SK_STAT),
  ("about €100 million", 100e6, "~", ["social security funds", "surplus"], "rose", SK24, None, SK_STAT),
  ("55.64%", 55.64, "=", ["debt", "GDP"], None, SK23, "Slovakia", SK_STAT),
  ("59.28%", 59.28, "=", ["debt", "GDP"], None, SK24, "Slovakia", SK_STAT),
  ("€8.75 billion", 8.75e9, "=", "debt", "rose", SK24, "Slovakia", SK_STAT)],
 ["2021–2024"]),
("o-trade-tunisia-2m-2024", "Zawya", "2024-03-14", "https://www.zawya.com/en/economy/north-africa/tunisia-trade-deficit-shrinks-by-243-in-first-two-months-of-2024-enh86juw", "trade",
 "Tunisia's trade deficit shrank by 24.3% to TND 1,784.1 million at the end of February 2024, down from TND 2,358.6 million in the first two months of last year, according to a note on foreign trade at current prices that the National Statistics Institute (INS) published on Thursday. "
 "Most of the gap comes from deficits with a few countries, the INS explained, among them China (TND -1211.8 million), Russia (TND -1031.3 million), Algeria (TND -423.1 million), Turkey (TND -390.7 million), Greece (TND -339.3 million) and Ukraine (TND -222.4 million). "
 "Goods trade was in surplus, on the other hand, with other partners, chiefly France (TND 966.6 million), Italy (TND 589.6 million), Germany (TND 386.1 million), Libya (TND 236.3 million) and Morocco (TND 82 million). "
 "The coverage rate improved by 4.6 points on the same period of 2023, to 85.6%. "
 "Exports grew by 5.9%, after 11.6% growth in the same period of 2023, to TND 10,637.6 million from TND 10,044.3 million in 2023. "
 "The rise came mostly from agri-food exports, up 56.5% thanks to stronger olive oil sales (TND 1,323.9 million against TND 663.9 million), and from the mechanical and electrical industries (up 4.3%). "
 "Energy exports, by contrast, slipped by 4.5%, those of mining, phosphates and derivatives by 26% and those of textiles, clothing and leather by 7.1%. "
 "Sales to the European Union, which take 71.6% of all exports, went up by 4.9%, helped by Italy (+9.3%), Spain (+44.6%), Belgium (+7.3%) and France (+0.8%), while exports to Germany (-2.7%) and the Netherlands (-20.6%) fell.",
 [("24.3%", 24.3, "=", ["trade deficit", "deficit"], "fell", TN_2M, "Tunisia", INS_TN),
  ("TND 1,784.1 million", 1784.1e6, "=", ["trade deficit", "deficit"], None, TN_2M, "Tunisia", INS_TN),
  ("TND 2,358.6 million", 2358.6e6, "=", ["trade deficit", "deficit"], None, TN_2M23, "Tunisia", INS_TN),
  ("TND -1211.8 million", -1211.8e6, "=", ["deficit", "China"], None, TN_2M, None, INS_TN),
  ("TND -1031.3 million", -1031.3e6, "=", ["deficit", "Russia"], None, TN_2M, None, INS_TN),
  ("TND -423.1 million", -423.1e6, "=", ["deficit", "Algeria"], None, TN_2M, None, INS_TN),
  ("TND -390.7 million", -390.7e6, "=", ["deficit", "Turkey"], None, TN_2M, None, INS_TN),
  ("TND -339.3 million", -339.3e6, "=", ["deficit", "Greece"], None, TN_2M, None, INS_TN),
  ("TND -222.4 million", -222.4e6, "=", ["deficit", "Ukraine"], None, TN_2M, None, INS_TN),
  ("TND 966.6 million", 966.6e6, "=", ["surplus", "France"], None, TN_2M, None, INS_TN),
  ("TND 589.6 million", 589.6e6, "=", ["surplus", "Italy"], None, TN_2M, None, INS_TN),
  ("TND 386.1 million", 386.1e6, "=", ["surplus", "Germany"], None, TN_2M, None, INS_TN),
  ("TND 236.3 million", 236.3e6, "=", ["surplus", "Libya"], None, TN_2M, None, INS_TN),
  ("TND 82 million", 82e6, "=", ["surplus", "Morocco"], None, TN_2M, None, INS_TN),
  ("4.6 points", 4.6, "=", "coverage rate", "rose", TN_2M, "Tunisia", INS_TN),
  ("85.6%", 85.6, "=", "coverage rate", None, TN_2M, "Tunisia", INS_TN),
  ("5.9%", 5.9, "=", "exports", "rose", TN_2M, "Tunisia", INS_TN),
  ("11.6%", 11.6, "=", ["exports", "growth"], "rose", TN_2M23, "Tunisia", INS_TN),
  ("TND 10,637.6 million", 10637.6e6, "=", "exports", None, TN_2M, "Tunisia", INS_TN),
  ("TND 10,044.3 million", 10044.3e6, "=", "exports", None, TN_2M23, "Tunisia", INS_TN),
  ("56.5%", 56.5, "=", ["agri-food exports", "exports"], "rose", TN_2M, None, INS_TN),
  ("TND 1,323.9 million", 1323.9e6, "=", ["olive oil sales", "olive oil"], None, TN_2M, None, INS_TN),
  ("TND 663.9 million", 663.9e6, "=", ["olive oil sales", "olive oil"], None, TN_2M23, None, INS_TN),
  ("(up 4.3%)", 4.3, "=", ["mechanical and electrical industries", "exports"], "rose", TN_2M, None, INS_TN),
  ("4.5%", 4.5, "=", ["energy exports", "exports"], "fell", TN_2M, None, INS_TN),
  ("26%", 26, "=", ["mining, phosphates and derivatives", "exports", "mining"], "fell", TN_2M, None, INS_TN),
  ("7.1%", 7.1, "=", ["textiles, clothing and leather", "exports", "textiles"], "fell", TN_2M, None, INS_TN),
  ("71.6%", 71.6, "=", "exports", None, TN_2M, None, INS_TN),
  ("4.9%", 4.9, "=", ["sales", "exports", "sales to the European Union"], "rose", TN_2M, ["European Union", "EU"], INS_TN),
  ("+9.3%", 9.3, "=", ["exports", "Italy"], "rose", TN_2M, None, INS_TN),
  ("+44.6%", 44.6, "=", ["exports", "Spain"], "rose", TN_2M, None, INS_TN),
  ("+7.3%", 7.3, "=", ["exports", "Belgium"], "rose", TN_2M, None, INS_TN),
  ("+0.8%", 0.8, "=", ["exports", "France"], "rose", TN_2M, None, INS_TN),
  ("-2.7%", -2.7, "=", ["exports", "Germany"], "fell", TN_2M, None, INS_TN),
  ("-20.6%", -20.6, "=", ["exports", "Netherlands"], "fell", TN_2M, None, INS_TN)],
 ["first two months"]),
("o-elec-montenegro-2020", "ANSAmed", "2020-08-31", "https://tricksfast.com/italy/?p=308665", "elections",
 "(ANSAmed) - BELGRADE, AUGUST 31 - President Milo Djukanovic's Democratic Party of Socialists (DPS), which has governed Montenegro for almost 30 years, came first by a small margin in yesterday's parliamentary elections, but it could lose its majority in parliament should the three biggest opposition forces team up. "
 "Official results released by the electoral commission this morning, after 98.5% of the ballots had been counted, put the DPS on 35.12% of the vote (30 seats), ahead of the main opposition alliance For the Future of Montenegro on 32.52% (27 seats). "
 "Two more opposition lists, Peace is Our Nation and Black on White, took 12.55% (10) and 5.57% (4) respectively. "
 "The lowest scores went to the Social Democrats (4.09%), the Bosnian Party (3.81%) and the Albanian and Croat minority groups. "
 "If they joined together, the three main opposition forces could muster 41 MPs, a narrow majority in the 81-seat Montenegrin parliament. "
 "Speaking after the vote, Djukanovic himself allowed that the DPS might lose its parliamentary majority, which would bring a president and a government of different stripes into cohabitation.",
 [("98.5%", 98.5, "=", ["ballots", "the ballots"], None, None, "Montenegro", ME_COMM),
  ("35.12%", 35.12, "=", ["vote", "DPS"], None, ME_VOTE, "Montenegro", ME_COMM),
  ("(30 seats)", 30, "=", "seats", None, ME_VOTE, "Montenegro", ME_COMM),
  ("32.52%", 32.52, "=", ["vote", "For the Future of Montenegro"], None, ME_VOTE, "Montenegro", ME_COMM),
  ("(27 seats)", 27, "=", "seats", None, ME_VOTE, "Montenegro", ME_COMM),
  ("12.55%", 12.55, "=", ["vote", "Peace is Our Nation"], None, ME_VOTE, "Montenegro", ME_COMM),
  ("(10)", 10, "=", "seats", None, ME_VOTE, "Montenegro", ME_COMM),
  ("5.57%", 5.57, "=", ["vote", "Black on White"], None, ME_VOTE, "Montenegro", ME_COMM),
  ("(4)", 4, "=", "seats", None, ME_VOTE, "Montenegro", ME_COMM),
  ("4.09%", 4.09, "=", ["vote", "Social Democrats"], None, ME_VOTE, "Montenegro", ME_COMM),
  ("3.81%", 3.81, "=", ["vote", "Bosnian Party"], None, ME_VOTE, "Montenegro", ME_COMM),
  ("41 MPs", 41, "=", "MPs", None, None, "Montenegro", None)],
 ["almost 30 years", "three biggest opposition forces", "three main opposition forces", "81-seat", "Two more opposition lists"]),
("o-poll-latvia-skds-2021", "LSM (Latvian Public Broadcasting)", "2021-04-14", "https://eng.lsm.lv/article/politics/politics/party-ratings-for-march-show-politicians-have-plenty-of-work-to-do.a400529/", "poll",
 "The party ratings for March bring good news for Progresīvie (the Progressives), a left-leaning party with no seats in the Saeima, while most other players on the political stage made an unimpressive showing. "
 "In its monthly survey for Latvian Television (LTV), the research agency SKDS found the opposition Harmony party in front as usual, with 9.9% support, even if that is under 10% of the people asked. "
 "The question put to them was which party would get their vote were the Saeima elected tomorrow; the sample was 1,806 citizens aged 18 to 75 from every region of Latvia. "
 "The National Alliance, one of the ruling coalition parties, was second (7.2%), the opposition Greens and Farmers Union third (6.4%) and the governing New Unity close behind in fourth (6.3%). "
 "Law and Order, a newly founded party measured for the first time, drew 3.7%, helped by the publicity around its launch. "
 "The Progressives (4.2%) may have done best of all, moving ahead of coalition member the New Conservatives (3.9%), while KPV LV, another coalition party, fell off the scale entirely even after changing its name to \"For a Human Latvia\". "
 "The largest answers by far, as ever, were \"Don't know\" (28.3%) and \"No intention to vote\" (17.5%), a sign that politicians have a lot of work ahead to interest the public before the local elections on June 5.",
 [("9.9%", 9.9, "=", ["support", "Harmony"], None, LV_MAR, "Latvia", SKDS),
  ("1,806 citizens", 1806, "=", ["citizens", "respondents"], None, LV_MAR, "Latvia", SKDS),
  ("7.2%", 7.2, "=", ["National Alliance", "support"], None, LV_MAR, "Latvia", SKDS),
  ("6.4%", 6.4, "=", ["Greens and Farmers Union", "support"], None, LV_MAR, "Latvia", SKDS),
  ("6.3%", 6.3, "=", ["New Unity", "support"], None, LV_MAR, "Latvia", SKDS),
  ("3.7%", 3.7, "=", ["Law and Order", "support"], None, LV_MAR, "Latvia", SKDS),
  ("4.2%", 4.2, "=", ["Progressives", "support"], None, LV_MAR, "Latvia", SKDS),
  ("3.9%", 3.9, "=", ["New Conservatives", "support"], None, LV_MAR, "Latvia", SKDS),
  ("28.3%", 28.3, "=", ["Don't know", "answers"], None, LV_MAR, "Latvia", SKDS),
  ("17.5%", 17.5, "=", ["No intention to vote", "answers"], None, LV_MAR, "Latvia", SKDS)],
 ["under 10%", "aged 18 to 75"]),
("o-biz-bank-muscat-q2-2016", "Reuters", "2016-07-13", "http://uk.reuters.com/article/bank-muscat-results-idUKL4N19Z28U", "company results",
 "DUBAI, July 13 (Reuters) - Bank Muscat, Oman's largest lender, reported a slight gain in second-quarter net profit on Wednesday on the back of higher net interest income and bigger recoveries of bad debts, and its shares rose, pulling banking stocks up with them. "
 "The bank made 46.7 million rials ($121.3 million) in the three months to June 30, compared with 46.5 million rials a year earlier, and a little more than the 43.3 million rials that four analysts polled by Reuters had expected on average. "
 "Because Bank Muscat does not give a quarterly breakdown, Reuters worked out the figures from its earlier financial statements. "
 "Oman, whose state reserves are smaller than those of most Gulf neighbours, has felt the two-year slide in oil prices more keenly, and its banks have faced dearer funding as the state has had less liquidity to offer. "
 "Bank Muscat's expenses in the second quarter were 1.2 percent higher than in the same period last year. "
 "Net interest income, the profit it makes on lending, climbed 6.6 percent to 62.3 million rials, which softened a 12.1 percent fall over the same period in non-interest income, fees and commissions included, to 34.6 million rials, according to Reuters calculations. "
 "Reflecting the hard economic climate, provisions crept up 6.8 percent from a year earlier, although recoveries of bad debts rose 10.6 percent, limiting the damage. "
 "The results lifted the bank's shares as much as 2 percent before they finished Wednesday's session 1.1 percent higher. "
 "Other Omani banks also traded strongly: Bank Dhofar and National Bank of Oman, second and third by assets, gained 3.9 percent and 1.6 percent.",
 [("46.7 million rials", 46.7e6, "=", ["net profit", "profit"], None, BM_Q2, None, BM_REUTERS),
  ("$121.3 million", 121.3e6, "=", ["net profit", "profit"], None, BM_Q2, None, BM_REUTERS),
  ("46.5 million rials", 46.5e6, "=", ["net profit", "profit"], None, BM_Q2_15, None, BM_REUTERS),
  ("43.3 million rials", 43.3e6, "=", ["net profit", "profit", "estimates"], None, BM_Q2, None, ["four analysts polled by Reuters", "analysts", "four analysts"]),
  ("four analysts", 4, "=", "analysts", None, None, None, None),
  ("1.2 percent", 1.2, "=", "expenses", "rose", BM_Q2, None, BM_REUTERS),
  ("6.6 percent", 6.6, "=", "net interest income", "rose", BM_Q2, None, BM_REUTERS),
  ("62.3 million rials", 62.3e6, "=", "net interest income", None, BM_Q2, None, BM_REUTERS),
  ("12.1 percent", 12.1, "=", "non-interest income", "fell", BM_Q2, None, BM_REUTERS),
  ("34.6 million rials", 34.6e6, "=", "non-interest income", None, BM_Q2, None, BM_REUTERS),
  ("6.8 percent", 6.8, "=", "provisions", "rose", BM_Q2, None, BM_REUTERS),
  ("10.6 percent", 10.6, "=", ["recoveries of bad debts", "recoveries"], "rose", BM_Q2, None, BM_REUTERS),
  ("as much as 2 percent", 2, "=", "shares", "rose", BM_DAY, None, None),
  ("1.1 percent", 1.1, "=", "shares", "rose", BM_DAY, None, None),
  ("3.9 percent", 3.9, "=", ["Bank Dhofar", "shares"], "rose", BM_DAY, None, None),
  ("1.6 percent", 1.6, "=", ["National Bank of Oman", "shares"], "rose", BM_DAY, None, None)],
 ["two-year slide"]),
("o-mkt-amman-ase-2025", "Mondo Visione (ASE weekly summary)", "2025-08-21", "https://mondovisione.com/media-and-resources/news/amman-stock-exchange-weekly-summary-2025825", "markets",
 "Average daily trading on the Amman Stock Exchange for the period 17/08 – 21/08 came to JD (7.6) million, a drop of (9.9%) from JD (8.4) million the week before. "
 "Trading over the whole week totalled JD(37.9) million against JD (42.1) million in the previous week, with (20.3) million shares changing hands in (15097) transactions. "
 "Financial shares led with JD(14.64) million, or (38.58%) of all trading, followed by Services at JD(12.54) million (33.06%) and Industrial at JD(10.76) million, (28.36%) of the total. "
 "The share price index finished at (2967.3) points, compared with (2968.6) points a week earlier, a decline of (0.04%). "
 "The Financial index went up by (0.3%) and the Services index by (0.07%), while the Industrial index went down by (1.49%). "
 "Shares in (126) companies were traded; prices rose for (35) of them and fell for (65). "
 "The five biggest gainers of the week were United Financial Investments, up (15.00%), Century Investment Group (14.29%), Transport& Investment Barter Company (8.33%), Nobar Trading Investment Company (6.67%) and Al Manara Islamic Insurance Company (6.67%). "
 "At the other end, the top five losers were Specialized Trading & Investment, down (17.79%), Tuhama For Financial Investments (13.33%), Ad-dulayl Industrial Park & Real Estate Company P.l.c (10.32%), Jordan Investment & Transport Co. (8.73%) and Al-tajamouat For Catering And Housing Co Plc (7.69%).",
 [("JD (7.6) million", 7.6e6, "=", ["average daily trading", "trading"], None, ASE_WK, None, None),
  ("(9.9%)", 9.9, "=", ["average daily trading", "trading"], "fell", ASE_WK, None, None),
  ("JD (8.4) million", 8.4e6, "=", ["average daily trading", "trading"], None, ASE_PREV, None, None),
  ("JD(37.9) million", 37.9e6, "=", "trading", None, ASE_WK, None, None),
  ("JD (42.1) million", 42.1e6, "=", "trading", None, ASE_PREV, None, None),
  ("(20.3) million shares", 20.3e6, "=", "shares", None, ASE_WK, None, None),
  ("(15097) transactions", 15097, "=", "transactions", None, ASE_WK, None, None),
  ("JD(14.64) million", 14.64e6, "=", ["Financial", "Financial shares", "trading"], None, ASE_WK, None, None),
  ("(38.58%)", 38.58, "=", ["Financial", "trading"], None, ASE_WK, None, None),
  ("JD(12.54) million", 12.54e6, "=", ["Services", "trading"], None, ASE_WK, None, None),
  ("(33.06%)", 33.06, "=", ["Services", "trading"], None, ASE_WK, None, None),
  ("JD(10.76) million", 10.76e6, "=", ["Industrial", "trading"], None, ASE_WK, None, None),
  ("(28.36%)", 28.36, "=", ["Industrial", "total", "trading"], None, ASE_WK, None, None),
  ("(2967.3) points", 2967.3, "=", ["share price index", "index"], None, "2025-08-21", None, None),
  ("(2968.6) points", 2968.6, "=", ["share price index", "index"], None, "2025-08-14", None, None),
  ("(0.04%)", 0.04, "=", ["share price index", "index"], "fell", ASE_WK, None, None),
  ("(0.3%)", 0.3, "=", ["Financial index", "index"], "rose", ASE_WK, None, None),
  ("(0.07%)", 0.07, "=", ["Services index", "index"], "rose", ASE_WK, None, None),
  ("(1.49%)", 1.49, "=", ["Industrial index", "index"], "fell", ASE_WK, None, None),
  ("(126) companies", 126, "=", "companies", None, ASE_WK, None, None),
  ("(35)", 35, "=", ["companies", "prices"], "rose", ASE_WK, None, None),
  ("(65)", 65, "=", ["companies", "prices"], "fell", ASE_WK, None, None),
  ("(15.00%)", 15.0, "=", ["United Financial Investments"], "rose", ASE_WK, None, None),
  ("(14.29%)", 14.29, "=", ["Century Investment Group"], None, ASE_WK, None, None),
  ("(8.33%)", 8.33, "=", ["Transport& Investment Barter Company", "Transport"], None, ASE_WK, None, None),
  ("(6.67%)", 6.67, "=", ["Nobar Trading Investment Company", "Nobar"], None, ASE_WK, None, None),
  ("(6.67%)", 6.67, "=", ["Al Manara Islamic Insurance Company", "Al Manara"], None, ASE_WK, None, None, 1),
  ("(17.79%)", 17.79, "=", ["Specialized Trading & Investment"], "fell", ASE_WK, None, None),
  ("(13.33%)", 13.33, "=", ["Tuhama For Financial Investments", "Tuhama"], None, ASE_WK, None, None),
  ("(10.32%)", 10.32, "=", ["Ad-dulayl Industrial Park & Real Estate Company P.l.c", "Ad-dulayl"], None, ASE_WK, None, None),
  ("(8.73%)", 8.73, "=", ["Jordan Investment & Transport Co.", "Jordan Investment"], None, ASE_WK, None, None),
  ("(7.69%)", 7.69, "=", ["Al-tajamouat For Catering And Housing Co Plc", "Al-tajamouat"], None, ASE_WK, None, None)],
 ["17/08 – 21/08", "five biggest gainers", "top five losers"]),
("o-health-honduras-dengue-2019", "NNN (Prensa Latina)", "2019-08-05", "http://namnewsnetwork.org/?p=36207", "health",
 "TEGUCIGALPA, Aug 5 (NNN-Prensa Latina) – Honduras's Ministry of Health said on Sunday that by the end of this week the country had registered 62 deaths from dengue and 42,346 people infected, 9,793 of whom are in a critical condition. "
 "Four further deaths were reported over the past week, bringing the toll to 62, along with 346 new cases nationwide, according to the ministry's report. "
 "The report adds that the real number of deaths could be as high as 174, although this has not yet been confirmed. "
 "On Saturday the National Commissioner of Human Rights, Roberto Herrera Caceres, urged Central American health ministers to set up a joint plan to fight the dengue virus, and proposed that they meet and put the case for complementary international support before the world. "
 "The departments with the largest number of cases are Cortes, Yoro, Atlantida, Francisco Morazan and Santa Barbara.",
 [("62 deaths", 62, "=", "deaths", "killed", HN_YTD, "Honduras", MOH_HN),
  ("42,346 people", 42346, "=", "people", "infected", HN_YTD, "Honduras", MOH_HN),
  ("9,793 of whom", 9793, "=", ["people", "of whom"], None, HN_YTD, "Honduras", MOH_HN),
  ("Four further deaths", 4, "=", "deaths", "killed", None, "Honduras", MOH_HN),
  ("346 new cases", 346, "=", ["new cases", "cases"], None, None, "Honduras", MOH_HN),
  ("174", 174, "=", "deaths", "killed", HN_YTD, "Honduras", MOH_HN)],
 ["toll to 62"]),
("o-health-somalia-cholera-2022", "ReliefWeb (AWD/cholera weekly report, Somalia)", "2022-05-23", "https://reliefweb.int/report/somalia/awdcholera-weekly-epidemiological-report-epi-week-18-2nd-8th-may-2022", "health",
 "During epidemiological week 18 (2nd – 8th May 2022), 608 new cholera cases were reported from 19 districts of Somalia, the weekly AWD/cholera report says; 181 of them were severe, and 3 deaths were recorded in the week. "
 "Of 26 stool samples tested, 3 were confirmed as Vibrio cholerae 01 Ogawa by culture. "
 "The report warns that the totals may still change after the surveillance team has checked them. "
 "From the 1st to the 18th week of 2022 the country has counted 4328 cumulative cases, 50.51% of them in children below 2 years, and 12 cumulative deaths, for a case fatality rate (CFR) of 0.27%. "
 "Severe cases add up to 1007 so far (45.68% in children under two), 73 infections with V. cholerae 01 Ogawa have been confirmed by culture in all, and 23 districts have been affected in total.",
 [("608 new cholera cases", 608, "=", ["new cholera cases", "cholera cases", "cases"], None, SO_WK18, "Somalia", SO_REPORT),
  ("19 districts", 19, "=", "districts", None, SO_WK18, "Somalia", SO_REPORT),
  ("181 of them", 181, "=", ["cases", "severe", "of them"], None, SO_WK18, "Somalia", SO_REPORT),
  ("3 deaths", 3, "=", "deaths", "killed", SO_WK18, "Somalia", SO_REPORT),
  ("26 stool samples", 26, "=", ["stool samples", "samples"], None, SO_WK18, "Somalia", SO_REPORT),
  ("3 were confirmed", 3, "=", ["stool samples", "samples"], None, SO_WK18, "Somalia", SO_REPORT),
  ("4328 cumulative cases", 4328, "=", ["cumulative cases", "cases"], None, SO_YTD, "Somalia", SO_REPORT),
  ("50.51%", 50.51, "=", ["children", "cases"], None, SO_YTD, "Somalia", SO_REPORT),
  ("12 cumulative deaths", 12, "=", ["cumulative deaths", "deaths"], "killed", SO_YTD, "Somalia", SO_REPORT),
  ("0.27%", 0.27, "=", ["case fatality rate", "CFR"], None, SO_YTD, "Somalia", SO_REPORT),
  ("1007", 1007, "=", ["severe cases", "cases"], None, SO_YTD, "Somalia", SO_REPORT),
  ("45.68%", 45.68, "=", ["children", "severe cases"], None, SO_YTD, "Somalia", SO_REPORT),
  ("73 infections", 73, "=", "infections", None, SO_YTD, "Somalia", SO_REPORT),
  ("23 districts", 23, "=", "districts", "affected", SO_YTD, "Somalia", SO_REPORT)],
 ["epidemiological week 18", "2nd – 8th May 2022", "cholerae 01 Ogawa by culture", "cholerae 01 Ogawa have", "1st to the 18th week", "below 2 years", "under two"]),
("o-disaster-guatemala-rains-2021", "teleSUR English", "2021-06-14", "https://www.telesurenglish.net/news/Rains-Affect-Over-260000-Guatemalans-20210614-0001.html", "disasters",
 "David de Leon of Guatemala's National Coordinator for Disaster Reduction (CONRED) said on Sunday that the heavy rains that lashed the country over the past 2 weeks have affected more than 260,000 people. "
 "Landslides, falling trees and floods hit the departments of Alta Verapaz, El Progreso, Guatemala, Solola and Totonicapan hardest. "
 "In the village of Santa Catarina Ixtahuacan three people lost their lives when the Quiba river overflowed; a young woman and two minors are among the dead. "
 "Leon also reported 4,430 evacuations, said 25 people had been taken to shelters and put the number of houses with slight or moderate damage at over 1,130. "
 "The rains have battered Guatemala since the week before last, when persistent downpours on the Caribbean coast forced about 1,500 people out of their homes. "
 "CONRED expects heavy rain to threaten northern municipalities through the rainy season, and rainfall is forecast in 34 localities over the coming months. "
 "In Nov. 2020 hurricanes Eta and Iota tore through Guatemala, affecting 1.7 million people and leaving 61 citizens dead.",
 [("more than 260,000 people", 260000, ">", "people", "affected", GT_2W, "Guatemala", DE_LEON),
  ("three people", 3, "=", "people", "killed", None, ["Santa Catarina Ixtahuacan", "Quiba river"], None),
  ("4,430 evacuations", 4430, "=", "evacuations", "evacuated", GT_2W, "Guatemala", DE_LEON),
  ("25 people", 25, "=", "people", None, GT_2W, "Guatemala", DE_LEON),
  ("over 1,130", 1130, ">", "houses", "damaged", GT_2W, "Guatemala", DE_LEON),
  ("about 1,500 people", 1500, "~", "people", "evacuated", "2021-05-31..2021-06-06", ["Caribbean coast", "Guatemala"], None),
  ("34 localities", 34, "=", "localities", None, None, None, "CONRED"),
  ("1.7 million people", 1.7e6, "=", "people", "affected", "2020-11-01..2020-11-30", "Guatemala", None),
  ("61 citizens", 61, "=", "citizens", "killed", "2020-11-01..2020-11-30", "Guatemala", None)],
 ["past 2 weeks", "two minors", "week before last"]),
("o-climate-tehran-dams-2021", "EghtesadOnline", "2021-03-07", "https://www.en.eghtesadonline.com/Section-energy-70/34895-water-levels-in-tehran-dams-decline", "climate",
 "EghtesadOnline: The dams that supply Tehran now hold 567 million cubic meters of water, 64 mcm less than at the same point last year, the deputy for water and hydropower affairs at the Tehran Regional Water Company said. "
 "Since the current water year began [Sept 22, 2020], 379 mcm has flowed into the dams, 4% below the 396 mcm of the same period last year, Mohammad Shahriari told ILNA. "
 "Inflows have been dropping steeply, he said: from Feb 19 to March 6 last year 91.9 mcm reached the dams, while this year the figure fell to 51 mcm, a decline of 45%. "
 "He put the fall down to weaker rainfall. Since the water year started the province has had 191 mm of rain, 24% less than in the same period last year, when Tehran recorded 252 mm. "
 "The drop was sharpest over the 16-day stretch from Feb 19 to March 6, Shahriari said: 85 mm fell in that period last year and just 5.2 mm this year, a cut of more than 90% that hit runoff and the inflow to the dams and left Tehran's reservoirs 64 million cubic meters lower. "
 "The dams feeding the capital are Taleqan, Latyan, Mamlou, Amir Kabir and Lar, which between them can store 2 billion cubic meters. "
 "Taleqan currently holds 268 mcm and Mamlou 145 mcm, he said; Taleqan is 8 mcm lower than a year ago and Mamlou has fallen by 40 mcm. "
 "Amir Kabir Dam holds 101 mcm, 4 mcm less than last year.",
 [("567 million cubic meters", 567e6, "=", "water", None, IR_NOW, "Tehran", SHAHRIARI),
  ("64 mcm", 64e6, "=", "water", "fell", IR_NOW, "Tehran", SHAHRIARI),
  ("379 mcm", 379e6, "=", "water", None, IR_WY, "Tehran", SHAHRIARI),
  ("4%", 4, "=", "water", "fell", IR_WY, "Tehran", SHAHRIARI),
  ("396 mcm", 396e6, "=", "water", None, IR_WY_PREV, "Tehran", SHAHRIARI),
  ("91.9 mcm", 91.9e6, "=", "water", None, IR_16D_PREV, "Tehran", SHAHRIARI),
  ("51 mcm", 51e6, "=", ["figure", "water"], None, IR_16D, "Tehran", SHAHRIARI),
  ("45%", 45, "=", ["inflows", "water"], "fell", IR_16D, "Tehran", SHAHRIARI),
  ("191 mm", 191, "=", "rain", None, IR_WY, ["province", "Tehran"], SHAHRIARI),
  ("24%", 24, "=", "rain", "fell", IR_WY, ["province", "Tehran"], SHAHRIARI),
  ("252 mm", 252, "=", "rain", None, IR_WY_PREV, "Tehran", SHAHRIARI),
  ("85 mm", 85, "=", "rain", None, IR_16D_PREV, "Tehran", SHAHRIARI),
  ("5.2 mm", 5.2, "=", "rain", None, IR_16D, "Tehran", SHAHRIARI),
  ("more than 90%", 90, ">", ["rain", "rainfall"], "cut", IR_16D, "Tehran", SHAHRIARI),
  ("2 billion cubic meters", 2e9, "=", ["dams", "water"], None, None, "Tehran", None),
  ("268 mcm", 268e6, "=", ["water", "Taleqan"], None, IR_NOW, ["Taleqan", "Taleqan Dam"], SHAHRIARI),
  ("145 mcm", 145e6, "=", ["water", "Mamlou"], None, IR_NOW, ["Mamlou", "Mamlou Dam"], SHAHRIARI),
  ("is 8 mcm", 8e6, "=", ["water", "Taleqan"], "fell", IR_NOW, ["Taleqan", "Taleqan Dam"], SHAHRIARI),
  ("40 mcm", 40e6, "=", ["water", "Mamlou"], "fell", IR_NOW, ["Mamlou", "Mamlou Dam"], SHAHRIARI),
  ("101 mcm", 101e6, "=", ["water", "Amir Kabir Dam"], None, IR_NOW, ["Amir Kabir Dam", "Amir Kabir"], SHAHRIARI),
  ("4 mcm less", 4e6, "=", ["water", "Amir Kabir Dam"], "fell", IR_NOW, ["Amir Kabir Dam", "Amir Kabir"], SHAHRIARI, 1)],
 ["16-day stretch", "64 million cubic meters lower", "Sept 22, 2020"]),
("o-mig-canary-islands-2023", "Reuters (via KDAL)", "2023-11-02", "https://kdal610.com/?p=574838", "migration",
 "MADRID (Reuters) - Spain's Interior Ministry data showed on Thursday that 30,705 undocumented migrants reached the Canary Islands in the Atlantic in the first 10 months of this year, close to the full-year record set in 2006. "
 "The number of people who attempted the dangerous crossing from Africa was up 111% on the same period of last year and made up most of the 43,290 people who reached Spain by sea, a total about 66% higher, the data showed. "
 "The archipelago lies around 100 km (60 miles) off the west coast of Africa; its previous peak came in 2006, when 31,678 migrants arrived as other routes to Europe were shut. "
 "Arrivals have surged since September, as gentler weather and calmer seas tend to make the crossing more feasible. "
 "A third of all arrivals in the Canaries landed on El Hierro, the westernmost and smallest island. "
 "The seven islands have become the main target for migrants from Senegal and other African countries who try to reach Spain to flee conflict or seek a better living, and Senegalese nationals made up more than half of all arrivals there, according to official figures. "
 "So far in 2023 the United Nations' International Organization for Migration (IOM) has recorded 313 people dead or missing on the route to the Canary Islands. "
 "Last week the Spanish government said it would open extra emergency places for some 3,000 migrants in military barracks, hotels and hostels to take pressure off the islands, after local authorities said Madrid had left them on their own.",
 [("30,705 undocumented migrants", 30705, "=", ["undocumented migrants", "migrants"], "arrived", ES_10M, "Canary Islands", ES_MIN),
  ("111%", 111, "=", ["people", "number of people"], "rose", ES_10M, "Canary Islands", ES_MIN),
  ("43,290 people", 43290, "=", "people", "arrived", ES_10M, "Spain", ES_MIN),
  ("about 66%", 66, "~", ["total", "people"], "rose", ES_10M, "Spain", ES_MIN),
  ("around 100 km", 100, "~", None, None, None, None, None),
  ("60 miles", 60, "~", None, None, None, None, None),
  ("31,678 migrants", 31678, "=", "migrants", "arrived", "2006-01-01..2006-12-31", "Canary Islands", None),
  ("313 people", 313, "=", "people", None, "2023-01-01..2023-11-02", "Canary Islands", ["International Organization for Migration", "IOM", "the International Organization for Migration (IOM)"]),
  ("some 3,000 migrants", 3000, "~", "migrants", None, None, None, ["Spanish government", "the Spanish government"])],
 ["first 10 months", "A third of all arrivals", "The seven islands", "more than half"]),
("o-sport-dubai-marathon-2019", "Arabian Business", "2019-01-25", "https://www.arabianbusiness.com/sport/411984-dubai-marathon-winners-set-new-course-records", "sport",
 "Getaneh Molla, running his first marathon, and Ruth Chepngetich both set course records as they won the 20th Standard Chartered Dubai Marathon. "
 "Molla, of Ethiopia, stopped the clock at 2:03:34, the first time anyone has gone under 2:04 in Dubai, and took 26 seconds off the old course record; the run also made him the sixth fastest marathoner of all time. "
 "Herpassa Negasa, second, also finished inside 2:04 in 2:03:40, which puts him eighth on the all-time list. "
 "In the women's race Kenya's Ruth Chepngetich clocked 2:17:08, the third fastest time ever run. "
 "Just two women have run faster: Paula Radcliffe of Britain, the world record holder, and Kenya's Mary Keitany, in 2:15:25 and 2:17:01. "
 "The 24-year-old Chepngetich beat the course record by more than two minutes, while Worknesh Degefa, second, set an Ethiopian record of 2:17:41.",
 [("26 seconds", 26, "=", None, None, "2019-01-25", "Dubai", None),
  ("more than two minutes", 2, ">", None, None, "2019-01-25", "Dubai", None)],
 ["20th Standard Chartered", "2:03:34", "under 2:04", "sixth fastest", "inside 2:04", "2:03:40", "eighth on", "2:17:08", "third fastest", "2:15:25", "2:17:01", "24-year-old", "2:17:41"]),
("o-transport-riga-airport-2018", "Riga International Airport (press release)", "2018-12-27", "http://www.riga-airport.com/en/main/newsroom/for-press/2018/riga-airport-welcomes-its-seven-millionth-passenger", "transport",
 "Riga Airport is ending 2018 with a fresh record: on Thursday, 27 December, it greeted its seven millionth passenger of the year, Anete Kinčus, who was flying airBaltic to Geneva. "
 "\"As we welcome this year's seven millionth passenger, that symbolic number has most likely been passed already by several hundred,\" Ilona Līce, Chairperson of the Board of Riga International Airport, told the event. "
 "On average the airport handles 20 000 passengers a day, or half a million passengers a month, and the latest data show the number choosing Riga up 16% on the previous year, she said, a growth that has earned it a place among Europe's fastest-growing airports in the 5-10 million passengers a year class. "
 "Passenger traffic was not the only record: from January to November the airport served 77 thousand flights, 12.2% more than in the same months of 2017, and the cargo it handled also grew strongly, to 25.6 thousand tons, 13.2% more than a year earlier. "
 "The national airline airBaltic is the airport's most important partner, Līce said: the number of passengers it carried at Riga rose by almost 19%, and its market share is close to 55%.",
 [("20 000 passengers", 20000, "=", "passengers", None, None, ["Riga Airport", "Riga"], RIX),
  ("half a million passengers", 500000, "=", "passengers", None, None, ["Riga Airport", "Riga"], RIX),
  ("16%", 16, "=", ["number", "passengers"], "rose", RIX_YTD, ["Riga Airport", "Riga"], RIX),
  ("77 thousand flights", 77000, "=", "flights", None, RIX_11M, ["Riga Airport", "Riga"], None),
  ("12.2%", 12.2, "=", "flights", "rose", RIX_11M, ["Riga Airport", "Riga"], None),
  ("25.6 thousand tons", 25600, "=", "cargo", None, RIX_11M, ["Riga Airport", "Riga"], None),
  ("13.2%", 13.2, "=", "cargo", "rose", RIX_11M, ["Riga Airport", "Riga"], None),
  ("almost 19%", 19, "nearly", ["passengers", "number of passengers"], "rose", RIX_YTD, ["Riga Airport", "Riga"], RIX),
  ("close to 55%", 55, "nearly", ["market share", "share"], None, RIX_YTD, ["Riga Airport", "Riga"], RIX)],
 ["seven millionth passenger of the year", "seven millionth passenger,", "several hundred", "5-10 million"]),
("o-conflict-niger-tchoma-bangou-2021", "People's Daily (French edition, Xinhua)", "2021-07-13", "http://sn-sn.com/Afrique/n3/2021/0713/c96852-9871124.html", "conflict",
 "Niger's Defence and Security Forces (FDS) killed 40 terrorists in all and seized a large quantity of weapons while fighting off an attack on Sunday afternoon on the village of Tchoma Bangou, in the Tillabéry region in the west of the country close to the border with Mali, Niger's Ministry of Defence said on Sunday evening. "
 "At about 15H00 (12H00 GMT), around a hundred heavily armed terrorists riding several dozen motorbikes struck Tchoma Bangou, the ministry said in its statement. "
 "The FDS responded quickly and forcefully, drove the attackers back and inflicted heavy losses on them, it said, while mourning the deaths of four soldiers and five civilians in the attack. "
 "The forces also seized 14 motorbikes, four machine guns, four RPG7s, 12 AK47s and 10 telephones, according to the statement. "
 "In recent years this part of Niger, next to Mali, has become a theatre of operations for terrorist groups.",
 [("40 terrorists", 40, "=", "terrorists", "killed", NE_DAY, ["Tchoma Bangou", "Tillabéry"], NE_MOD),
  ("around a hundred heavily armed terrorists", 100, "~", "terrorists", None, NE_DAY, ["Tchoma Bangou", "Tillabéry"], NE_MOD),
  ("several dozen motorbikes", None, ("vague", 24, 100), "motorbikes", None, NE_DAY, ["Tchoma Bangou", "Tillabéry"], NE_MOD),
  ("four soldiers", 4, "=", "soldiers", "killed", NE_DAY, ["Tchoma Bangou", "Tillabéry"], NE_MOD),
  ("five civilians", 5, "=", "civilians", "killed", NE_DAY, ["Tchoma Bangou", "Tillabéry"], NE_MOD),
  ("14 motorbikes", 14, "=", "motorbikes", None, NE_DAY, ["Tchoma Bangou", "Tillabéry"], NE_MOD),
  ("four machine guns", 4, "=", "machine guns", None, NE_DAY, ["Tchoma Bangou", "Tillabéry"], NE_MOD),
  ("four RPG7s", 4, "=", "RPG7s", None, NE_DAY, ["Tchoma Bangou", "Tillabéry"], NE_MOD),
  ("12 AK47s", 12, "=", "AK47s", None, NE_DAY, ["Tchoma Bangou", "Tillabéry"], NE_MOD),
  ("10 telephones", 10, "=", "telephones", None, NE_DAY, ["Tchoma Bangou", "Tillabéry"], NE_MOD)],
 ["15H00", "12H00 GMT", "RPG7s", "AK47s"]),
]
