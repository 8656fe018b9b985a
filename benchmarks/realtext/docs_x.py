# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, twenty-second set: sixteen more rewritten reports across beats (Macau, Germany, Ukraine,
Faroe Islands, Greenland, Macau/Sands China, Faroe Islands/Bakkafrost, Puerto Rico, Gabon, Venezuela,
Republic of Congo, Peru/Venezuelan arrivals, Faroe Islands/football, Germany/Fraport and Burundi
material), annotated before the extractor was run on them and scored once (heldout22/README.md); not
used to shape rules.

Same tuple layout as docs_c.py .. docs_w.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout22/ by build.py."""
DSEC = ["Statistics and Census Service", "the Statistics and Census Service (DSEC)", "DSEC", "Statistics and Census Service (DSEC)"]
MO_AUG = "2019-08-01..2019-08-31"
MO_JUL = "2019-07-01..2019-07-31"
DESTATIS = ["Federal Statistical Office", "the Federal Statistical Office (Destatis)", "Destatis", "Federal Statistical Office (Destatis)"]
DE_SEP = "2023-09-01..2023-09-30"
DE_AUG = "2023-08-01..2023-08-31"
DE_JUL = "2023-07-01..2023-07-31"
UAMF = ["Finance Ministry", "the Finance Ministry", "Ukrainian media", "ministry"]
UA_H1 = "2023-01-01..2023-06-30"
UA_JUN = "2023-06-01..2023-06-30"
UA_MAY = "2023-05-01..2023-05-31"
UA_APR = "2023-04-01..2023-04-30"
UA_2023 = "2023-01-01..2023-12-31"
HAG = ["Statistics Faroe Islands", "Statistics Faroe Islands (Hagstova)", "Hagstova"]
FO_11M = "2022-01-01..2022-11-30"
FO_11M21 = "2021-01-01..2021-11-30"
FO_NOV = "2022-11-01..2022-11-30"
FO_DAY = "2019-08-31"
GL_DAY = "2018-04-24"
GL_2014 = "2014-01-01..2014-12-31"
GL_RES = ["official result", "the official result"]
SANDS = ["Sands China", "the casino operator", "casino operator", "company"]
SC_Q2 = "2024-04-01..2024-06-30"
SC_Q2_23 = "2023-04-01..2023-06-30"
SC_Q1 = "2024-01-01..2024-03-31"
BAKKA = ["Bakkafrost", "the company", "company"]
BK_Q1 = "2024-01-01..2024-03-31"
BK_Q1_23 = "2023-01-01..2023-03-31"
PRDH = ["Carlos Mellado López", "Mellado López", "Health Secretary Carlos Mellado López", "Department of Health"]
MARZ = ["Melissa Marzán", "Marzán", "chief epidemiologist Melissa Marzán"]
PR_YEAR = "2024-01-01..2024-10-14"
WHO = ["World Health Organization", "the World Health Organization", "WHO", "the WHO"]
GA_MON = "2001-12-17"
CEB = ["Interior Minister Remigio Ceballos", "Remigio Ceballos", "Ceballos", "officials"]
VE_DAY = "2022-10-08"
VE_MON = "2022-10-10"
CG_RAIN = "2012-12-08..2012-12-09"
UNHCR = ["UNHCR", "the UN refugee agency", "UN refugee agency"]
PE_WEEK = "2019-06-10..2019-06-16"
PE_FRI = "2019-06-14"
FRAPORT = ["Fraport", "operator Fraport"]
FRA_FEB = "2019-02-01..2019-02-28"
FRA_JF = "2019-01-01..2019-02-28"
BI_DAY = "2021-05-09"

DOCS = [
("x-econ-macau-cpi-aug-2019", "Macau Daily Times", "2019-09-24", "https://macaudailytimes.com.mo/consumer-prices-growing-faster-in-august.html", "economy",
 "MACAU - Consumer prices in Macau rose 2.83% in August from a year earlier, lifting the Composite Consumer Price Index to 116.41, the Statistics and Census Service (DSEC) said. "
 "The pace was 0.23 percentage point faster than July's 2.6% gain, which DSEC put down to dearer meals out, higher rents for homes and rising prices of cars, petrol, gold jewellery and fresh pork. "
 "Of the sections of goods and services, education and transport outpaced the overall index, climbing 5.83% and 5.06% on the year respectively. "
 "Communication, by contrast, was 2.53% cheaper than in August 2018, and alcoholic drinks and tobacco slipped 0.91%. "
 "Over the first eight months of 2019 the average Composite CPI was 2.77% higher than a year before, DSEC said, while for the twelve months to August it averaged 2.92% above the preceding year, again led by education and transport.",
 [("2.83%", 2.83, "=", ["consumer prices", "prices", "Composite Consumer Price Index"], "rose", MO_AUG, "Macau", DSEC),
  ("116.41", 116.41, "=", ["Composite Consumer Price Index", "index"], None, MO_AUG, "Macau", DSEC),
  ("0.23 percentage point", 0.23, "=", ["pace", "Composite Consumer Price Index"], None, MO_AUG, "Macau", DSEC),
  ("2.6%", 2.6, "=", ["gain", "consumer prices", "Composite Consumer Price Index"], "rose", MO_JUL, "Macau", DSEC),
  ("5.83%", 5.83, "=", "education", "rose", MO_AUG, "Macau", DSEC),
  ("5.06%", 5.06, "=", "transport", "rose", MO_AUG, "Macau", DSEC),
  ("2.53%", 2.53, "=", "communication", None, MO_AUG, "Macau", DSEC),
  ("0.91%", 0.91, "=", ["alcoholic drinks and tobacco", "alcoholic drinks", "tobacco"], "fell", MO_AUG, "Macau", DSEC),
  ("2.77%", 2.77, "=", ["average Composite CPI", "Composite CPI"], None, "2019-01-01..2019-08-31", "Macau", DSEC),
  ("2.92%", 2.92, "=", ["average Composite CPI", "Composite CPI"], None, "2018-09-01..2019-08-31", "Macau", DSEC)],
 ["eight months", "twelve months"]),
("x-econ-germany-cpi-sep-2023", "Europa Press (via FX Tribune)", "2023-10-11", "https://fxtribune.com/breaking/germany-confirms-that-the-cpi-fell-to-45-in-september.html", "economy",
 "MADRID, 11 Oct. (EUROPA PRESS) - Consumer prices in Germany were 4.5% higher in September than a year earlier, down from a 6.1% rise in August and the slowest increase since February 2022, the month the war in Ukraine started, the Federal Statistical Office (Destatis) said in its second estimate. "
 "On the harmonised measure that Eurostat uses, inflation was 4.3% in September, in line with the flash figure Destatis released some weeks ago. "
 "Ruth Brand, the office's president, said inflation had dropped to its lowest since the war began but was still high, and that shoppers were still feeling dearer food. "
 "The cooling came mainly from energy, whose prices rose just 1% on the year after 8.3% in August, largely a base effect; electricity still cost 11.1% more than twelve months earlier, whereas fuels (-6%) and natural gas (-5.3%) were cheaper, above all heating oil (-26%). "
 "Food inflation eased too, if less sharply, to 7.5% from 9% in August and 11% in July. "
 "Stripping out energy, the rate was 5% in September, and core inflation, which also leaves out food, slowed to 4.6% from 5.5% in August.",
 [("4.5%", 4.5, "=", ["consumer prices", "prices"], None, DE_SEP, "Germany", DESTATIS),
  ("6.1%", 6.1, "=", ["consumer prices", "prices", "rise"], "rose", DE_AUG, "Germany", DESTATIS),
  ("4.3%", 4.3, "=", ["inflation", "harmonised measure"], None, DE_SEP, "Germany", DESTATIS),
  ("1%", 1, "=", ["energy prices", "prices", "energy"], "rose", DE_SEP, "Germany", DESTATIS, 1),
  ("8.3%", 8.3, "=", ["energy prices", "prices", "energy"], "rose", DE_AUG, "Germany", DESTATIS),
  ("11.1%", 11.1, "=", "electricity", None, DE_SEP, "Germany", DESTATIS),
  ("-5.3%", -5.3, "=", "natural gas", None, DE_SEP, "Germany", DESTATIS),
  ("-6%", -6, "=", "fuels", None, DE_SEP, "Germany", DESTATIS),
  ("-26%", -26, "=", "heating oil", None, DE_SEP, "Germany", DESTATIS),
  ("7.5%", 7.5, "=", ["food inflation", "food"], None, DE_SEP, "Germany", DESTATIS),
  ("9%", 9, "=", ["food inflation", "food"], None, DE_AUG, "Germany", DESTATIS),
  ("11%", 11, "=", ["food inflation", "food"], None, DE_JUL, "Germany", DESTATIS),
  ("5%", 5, "=", "rate", None, DE_SEP, "Germany", DESTATIS, 2),
  ("4.6%", 4.6, "=", ["core inflation", "inflation"], None, DE_SEP, "Germany", DESTATIS),
  ("5.5%", 5.5, "=", ["core inflation", "inflation"], None, DE_AUG, "Germany", DESTATIS)],
 ["twelve months"]),
("x-fin-ukraine-budget-h1-2023", "Interfax", "2023-07-04", "https://interfax.com/newsroom/top-stories/92166/", "public finance",
 "MOSCOW, July 4 (Interfax) - Ukraine ran a state budget deficit of UAH 476.3 billion, or just over $13 billion at today's rate, in the first half of 2023, equal to 26.7% of spending, Ukrainian media said on Tuesday, quoting the Finance Ministry. "
 "Spending from the state budget came to UAH 1.784 trillion in January-June, UAH 1.408 trillion of it from the General Fund, while revenue reached UAH 1.302 trillion, of which UAH 269.4 billion was aid from international donors. "
 "The monthly gap grew to UAH 135.1 billion in June, against UAH 88.3 billion in May and UAH 32.6 billion in April. "
 "Outlays climbed to UAH 376.4 billion in June, from UAH 364.7 billion in May and UAH 295.8 billion in April, whereas General Fund revenue slipped to UAH 133.7 billion in June from UAH 184 billion in May and UAH 162.8 billion in April. "
 "Donations from international partners came to UAH 44.4 billion. "
 "The deficit has a ceiling of UAH 1.72 trillion, UAH 1.544 trillion of it in the general fund, and is meant to be covered wholly by $42 billion of foreign borrowing. "
 "The official exchange rate on July 4 was UAH36.57/$1.",
 [("UAH 476.3 billion", 476.3e9, "=", ["state budget deficit", "deficit"], None, UA_H1, "Ukraine", UAMF),
  ("just over $13 billion", 13e9, ">", ["state budget deficit", "deficit"], None, UA_H1, "Ukraine", UAMF),
  ("26.7%", 26.7, "=", ["spending", "deficit"], None, UA_H1, "Ukraine", UAMF),
  ("UAH 1.784 trillion", 1.784e12, "=", "spending", None, UA_H1, "Ukraine", UAMF),
  ("UAH 1.408 trillion", 1.408e12, "=", ["General Fund", "spending"], None, UA_H1, "Ukraine", UAMF),
  ("UAH 1.302 trillion", 1.302e12, "=", "revenue", None, UA_H1, "Ukraine", UAMF),
  ("UAH 269.4 billion", 269.4e9, "=", ["aid", "aid from international donors"], None, UA_H1, "Ukraine", UAMF),
  ("UAH 135.1 billion", 135.1e9, "=", ["monthly gap", "gap"], None, UA_JUN, "Ukraine", UAMF),
  ("UAH 88.3 billion", 88.3e9, "=", ["monthly gap", "gap"], None, UA_MAY, "Ukraine", UAMF),
  ("UAH 32.6 billion", 32.6e9, "=", ["monthly gap", "gap"], None, UA_APR, "Ukraine", UAMF),
  ("UAH 376.4 billion", 376.4e9, "=", ["outlays", "spending"], None, UA_JUN, "Ukraine", UAMF),
  ("UAH 364.7 billion", 364.7e9, "=", ["outlays", "spending"], None, UA_MAY, "Ukraine", UAMF),
  ("UAH 295.8 billion", 295.8e9, "=", ["outlays", "spending"], None, UA_APR, "Ukraine", UAMF),
  ("UAH 133.7 billion", 133.7e9, "=", ["General Fund revenue", "revenue"], None, UA_JUN, "Ukraine", UAMF),
  ("UAH 184 billion", 184e9, "=", ["General Fund revenue", "revenue"], None, UA_MAY, "Ukraine", UAMF),
  ("UAH 162.8 billion", 162.8e9, "=", ["General Fund revenue", "revenue"], None, UA_APR, "Ukraine", UAMF),
  ("UAH 44.4 billion", 44.4e9, "=", ["donations", "donations from international partners", "aid"], None, None, "Ukraine", UAMF),
  ("UAH 1.72 trillion", 1.72e12, "=", ["deficit", "ceiling"], None, UA_2023, "Ukraine", UAMF),
  ("UAH 1.544 trillion", 1.544e12, "=", ["general fund", "deficit"], None, UA_2023, "Ukraine", UAMF),
  ("$42 billion", 42e9, "=", ["foreign borrowing", "borrowing"], None, UA_2023, "Ukraine", UAMF)],
 ["UAH36.57/$1"]),
("x-trade-faroe-fish-exports-11m-2022", "Statistics Faroe Islands (Hagstova)", "2023-01-17", "https://hagstova.fo/en/news/fish-exports-worth-dkk-104-billion", "trade",
 "TORSHAVN - Fish products made up DKK 10.4 billion of what the Faroe Islands exported in January-November 2022, Statistics Faroe Islands (Hagstova) said. "
 "All exports over those eleven months came to DKK 11.4 billion, 27% more than the DKK 8.9 billion of the same months of 2021. "
 "Every fish species earned more, mostly because prices were higher: the volume exported actually fell by 4%. "
 "Salmon's export value climbed 27%, from DKK 4 billion to DKK 5 billion, even though 9% less salmon was shipped. "
 "The demersal species - cod, saithe and haddock - brought in DKK 439 million more, a rise of 37%, on a volume 6% higher.",
 [("DKK 10.4 billion", 10.4e9, "=", ["fish products", "exports"], None, FO_11M, "Faroe Islands", HAG),
  ("DKK 11.4 billion", 11.4e9, "=", "exports", None, FO_11M, "Faroe Islands", HAG),
  ("27%", 27, "=", "exports", None, FO_11M, "Faroe Islands", HAG),
  ("DKK 8.9 billion", 8.9e9, "=", "exports", None, FO_11M21, "Faroe Islands", HAG),
  ("4%", 4, "=", ["volume exported", "volume"], "fell", FO_11M, "Faroe Islands", HAG),
  ("27%", 27, "=", ["export value", "salmon"], "rose", FO_11M, "Faroe Islands", HAG, 1),
  ("DKK 4 billion", 4e9, "=", ["export value", "salmon"], None, FO_11M21, "Faroe Islands", HAG),
  ("DKK 5 billion", 5e9, "=", ["export value", "salmon"], None, FO_11M, "Faroe Islands", HAG),
  ("9%", 9, "=", "salmon", None, FO_11M, "Faroe Islands", HAG),
  ("DKK 439 million", 439e6, "=", ["demersal species", "cod, saithe and haddock"], None, FO_11M, "Faroe Islands", HAG),
  ("37%", 37, "=", ["demersal species", "rise"], "rose", FO_11M, "Faroe Islands", HAG),
  ("6%", 6, "=", "volume", None, FO_11M, "Faroe Islands", HAG)],
 ["January-November 2022", "eleven months"]),
("x-elec-faroe-logting-2019", "Local.fo, with AP (via CityNews) for the leaders and the islands' population", "2019-09-01", "https://local.fo/conservative-opposition-wins-big-in-saturdays-elections-but-all-hope-is-not-lost-for-governing-parties/", "elections",
 "TORSHAVN - The centre-left coalition has lost its joint majority in the Faroese parliament after Saturday's general election, in which support swung towards conservative and right-wing parties. "
 "The governing Social Democratic Party (Javnaðarflokkurin) and Republican Party (Tjóðveldi) each lost one seat, while the opposition People's Party (Fólkaflokkurin) won two more seats and the Union Party (Sambandsflokkurin) one more. "
 "All 33 seats of the Løgting were up for election. "
 "The outgoing partners could still hold on to power if they reach an agreement with the Centre Party (Miðflokkurin), a Christian-democratic conservative group; the three formed a coalition in February 2008 that fell apart within the year. "
 "The Centre Party and Progress (Framsókn) kept their two seats each, and Self-Government (Sjálvstýri) lost one of its two seats. "
 "Turnout was 88.0 percent. "
 "The People's Party, led by Joergen Niclasen, took 24.5 percent and eight seats, two more than in 2015, and Prime Minister Aksel V. Johannesen's Social Democrats 22.1 percent and seven seats, one fewer than last time. "
 "The Union Party won 20.3 percent and 7 seats and the Republicans 18.1 percent and 6 seats; of the smaller parties, the Centre Party took 5.4 percent, Progress 4.6 percent and Self-Government 3.4 percent, while the new Cannabis Party's 0.9 percent brought it no seat. "
 "The 18-island archipelago between Scotland and Iceland, a self-governing Danish territory, has 49,000 inhabitants, 20,000 of them in the capital.",
 [("one seat", 1, "=", ["seat", "seats"], "lost", FO_DAY, "Faroe Islands", None),
  ("two more seats", 2, "=", "seats", "won", FO_DAY, "Faroe Islands", None),
  ("one more", 1, "=", "seats", None, FO_DAY, "Faroe Islands", None),
  ("All 33 seats", 33, "=", "seats", None, FO_DAY, ["Løgting", "Faroe Islands"], None),
  ("two seats each", 2, "=", "seats", None, FO_DAY, "Faroe Islands", None),
  ("one of its two seats", 1, "=", "seats", "lost", FO_DAY, "Faroe Islands", None),
  ("88.0 percent", 88.0, "=", "turnout", None, FO_DAY, "Faroe Islands", None),
  ("24.5 percent", 24.5, "=", ["vote", "votes", "People's Party"], None, FO_DAY, "Faroe Islands", None),
  ("eight seats", 8, "=", "seats", None, FO_DAY, "Faroe Islands", None),
  ("two more", 2, "=", "seats", None, FO_DAY, "Faroe Islands", None, 1),
  ("22.1 percent", 22.1, "=", ["vote", "votes", "Social Democrats"], None, FO_DAY, "Faroe Islands", None),
  ("seven seats", 7, "=", "seats", None, FO_DAY, "Faroe Islands", None),
  ("one fewer", 1, "=", "seats", None, FO_DAY, "Faroe Islands", None),
  ("20.3 percent", 20.3, "=", ["vote", "votes", "Union Party"], None, FO_DAY, "Faroe Islands", None),
  ("7 seats", 7, "=", "seats", None, FO_DAY, "Faroe Islands", None),
  ("18.1 percent", 18.1, "=", ["vote", "votes", "Republicans"], None, FO_DAY, "Faroe Islands", None),
  ("6 seats", 6, "=", "seats", None, FO_DAY, "Faroe Islands", None),
  ("5.4 percent", 5.4, "=", ["vote", "votes", "Centre Party"], None, FO_DAY, "Faroe Islands", None),
  ("4.6 percent", 4.6, "=", ["vote", "votes", "Progress"], None, FO_DAY, "Faroe Islands", None),
  ("3.4 percent", 3.4, "=", ["vote", "votes", "Self-Government"], None, FO_DAY, "Faroe Islands", None),
  ("0.9 percent", 0.9, "=", ["vote", "votes", "Cannabis Party"], None, FO_DAY, "Faroe Islands", None),
  ("49,000 inhabitants", 49000, "=", "inhabitants", None, None, "Faroe Islands", None),
  ("20,000", 20000, "=", "inhabitants", None, None, ["capital", "Torshavn"], None)],
 ["18-island", "the three"]),
("x-elec-greenland-2018", "Arctic Consensus", "2018-04-30", "https://arctic-consensus.com/en/the-result-of-the-election-to-greenlands-parlament-inatsisartut-is-now-official/", "elections",
 "NUUK - Turnout in the 24 April election to Inatsisartut, Greenland's parliament, was 71.9%, below the 72.9% of 2014, according to the official result. "
 "Premier Kim Kielsen's Siumut stays the biggest party despite a steep fall: it took 27.2% of the vote, against 34.3% in 2014, a drop of 7.1%, and wins 9 seats. "
 "It keeps the right to lead talks on a new Naalakkersuisut, the government, with Kielsen heading the negotiations. "
 "Inuit Ataqatigiit won 25.5%, also sharply lower than its 33.2% of 2014; its fall of 7.6% was the largest of any party, and it gets 8 seats. "
 "The Democrats made the biggest gain, taking 19.5%, 7.7% more than in 2014, and 6 seats; their chair Randi Vestergaard Evaldsen drew 579 personal votes and fellow Democrat Niels Thomsen 2,710. "
 "Partii Naleraq got 13.4% and 4 seats, with 2,531 personal votes for its chairman Hans Enoksen. "
 "Atassut, slightly down on 2014, won 5.9% and 2 seats; its chairman Siverth K. Heilmann had 436 personal votes. "
 "The Cooperation Party (Samarbejdspartiet) took 4.1% and one seat, which goes to Tillie Martinussen, who had 480 personal votes.",
 [("71.9%", 71.9, "=", "turnout", None, GL_DAY, "Greenland", GL_RES),
  ("72.9%", 72.9, "=", "turnout", None, GL_2014, "Greenland", GL_RES),
  ("27.2%", 27.2, "=", ["vote", "Siumut"], None, GL_DAY, "Greenland", None),
  ("34.3%", 34.3, "=", ["vote", "Siumut"], None, GL_2014, "Greenland", None),
  ("7.1%", 7.1, "=", ["vote", "Siumut", "drop"], "fell", GL_DAY, "Greenland", None),
  ("9 seats", 9, "=", "seats", "won", GL_DAY, "Greenland", None),
  ("25.5%", 25.5, "=", ["vote", "Inuit Ataqatigiit"], None, GL_DAY, "Greenland", None),
  ("33.2%", 33.2, "=", ["vote", "Inuit Ataqatigiit"], None, GL_2014, "Greenland", None),
  ("7.6%", 7.6, "=", ["vote", "Inuit Ataqatigiit", "fall"], "fell", GL_DAY, "Greenland", None),
  ("8 seats", 8, "=", "seats", None, GL_DAY, "Greenland", None),
  ("19.5%", 19.5, "=", ["vote", "Democrats"], None, GL_DAY, "Greenland", None),
  ("7.7%", 7.7, "=", ["vote", "Democrats"], None, GL_DAY, "Greenland", None),
  ("6 seats", 6, "=", "seats", None, GL_DAY, "Greenland", None),
  ("579 personal votes", 579, "=", "personal votes", None, GL_DAY, None, None),
  ("2,710", 2710, "=", "personal votes", None, GL_DAY, None, None),
  ("13.4%", 13.4, "=", ["vote", "Partii Naleraq"], None, GL_DAY, "Greenland", None),
  ("4 seats", 4, "=", "seats", None, GL_DAY, "Greenland", None),
  ("2,531 personal votes", 2531, "=", "personal votes", None, GL_DAY, None, None),
  ("5.9%", 5.9, "=", ["vote", "Atassut"], None, GL_DAY, "Greenland", None),
  ("2 seats", 2, "=", "seats", None, GL_DAY, "Greenland", None),
  ("436 personal votes", 436, "=", "personal votes", None, GL_DAY, None, None),
  ("4.1%", 4.1, "=", ["vote", "Cooperation Party"], None, GL_DAY, "Greenland", None),
  ("one seat", 1, "=", "seat", None, GL_DAY, "Greenland", None),
  ("480 personal votes", 480, "=", "personal votes", None, GL_DAY, None, None)],
 []),
("x-biz-sands-china-q2-2024", "Focus Gaming News", "2024-07-25", "https://focusgn.com/asia-pacific/sands-china-posts-net-revenue-of-us1-75bn-for-q2", "company results",
 "MACAU - Sands China's net revenue for the second quarter was US$1.75bn, 8 per cent more than a year earlier though 3.3 per cent below the US$1.80bn of the first quarter, the casino operator reported. "
 "Net income rose 31.6 per cent on the year to US$246m but was 17.2 per cent lower than in Q1. "
 "Adjusted property EBITDA came to S$561m, against US$541m in the April-June quarter of 2023. "
 "The Venetian Macao had net revenue of US$686m and adjusted property EBITDA of US$262m, and its casino revenue rose to US$556m from US$523m a year before. "
 "At the Londoner Macao net revenue was US$444m, casino revenue US$318m and adjusted property EBITDA US$103m. "
 "The Parisian Macao made US$265m in net revenue, with casino revenue of US$207m, up from US$183m, and adjusted property EBITDA of US$83m. "
 "Chairman and chief executive Robert G. Goldstein said Macao's recovery had carried on through the quarter, although visitor numbers were still far short of pre-pandemic levels.",
 [("US$1.75bn", 1.75e9, "=", "net revenue", None, SC_Q2, None, SANDS),
  ("8 per cent", 8, "=", "net revenue", None, SC_Q2, None, SANDS),
  ("3.3 per cent", 3.3, "=", "net revenue", None, SC_Q2, None, SANDS),
  ("US$1.80bn", 1.80e9, "=", "net revenue", None, SC_Q1, None, SANDS),
  ("31.6 per cent", 31.6, "=", "net income", "rose", SC_Q2, None, SANDS),
  ("US$246m", 246e6, "=", "net income", None, SC_Q2, None, SANDS),
  ("17.2 per cent", 17.2, "=", "net income", None, SC_Q2, None, SANDS),
  ("S$561m", 561e6, "=", ["adjusted property EBITDA", "EBITDA"], None, SC_Q2, None, SANDS),
  ("US$541m", 541e6, "=", ["adjusted property EBITDA", "EBITDA"], None, SC_Q2_23, None, SANDS),
  ("US$686m", 686e6, "=", "net revenue", None, SC_Q2, ["Venetian Macao", "The Venetian Macao"], SANDS),
  ("US$262m", 262e6, "=", ["adjusted property EBITDA", "EBITDA"], None, SC_Q2, ["Venetian Macao", "The Venetian Macao"], SANDS),
  ("US$556m", 556e6, "=", "casino revenue", None, SC_Q2, ["Venetian Macao", "The Venetian Macao"], SANDS),
  ("US$523m", 523e6, "=", "casino revenue", None, SC_Q2_23, ["Venetian Macao", "The Venetian Macao"], SANDS),
  ("US$444m", 444e6, "=", "net revenue", None, SC_Q2, ["Londoner Macao", "the Londoner Macao"], SANDS),
  ("US$318m", 318e6, "=", "casino revenue", None, SC_Q2, ["Londoner Macao", "the Londoner Macao"], SANDS),
  ("US$103m", 103e6, "=", ["adjusted property EBITDA", "EBITDA"], None, SC_Q2, ["Londoner Macao", "the Londoner Macao"], SANDS),
  ("US$265m", 265e6, "=", "net revenue", None, SC_Q2, ["Parisian Macao", "The Parisian Macao"], SANDS),
  ("US$207m", 207e6, "=", "casino revenue", None, SC_Q2, ["Parisian Macao", "The Parisian Macao"], SANDS),
  ("US$183m", 183e6, "=", "casino revenue", None, SC_Q2_23, ["Parisian Macao", "The Parisian Macao"], SANDS),
  ("US$83m", 83e6, "=", ["adjusted property EBITDA", "EBITDA"], None, SC_Q2, ["Parisian Macao", "The Parisian Macao"], SANDS)],
 []),
("x-biz-bakkafrost-q1-2024", "Investing.com (via Technical Terrence)", "2024-05-08", "https://technicalterrence.com/stock-market/bakkafrost-sees-revenue-and-ebit-growth-in-q1-2024-by-investing-com", "company results",
 "TORSHAVN - Faroese salmon farmer Bakkafrost (FO-BAKKA) had a strong first quarter of 2024: revenue grew 8% to DKK 2.2 billion, while operational EBIT reached DKK 710 million, against DKK 565 million a year earlier. "
 "Harvests rose in the Faroe Islands, helping the result, while Scotland struggled with smaller harvests, higher costs and high mortality. "
 "Although the global salmon harvest fell 5%, inventory movements meant net supply edged up 0.6%, the company said. "
 "Feed sales rose 21% and fish oil sales declined, and the average price of superior salmon was 4% higher than a year before. "
 "Sales to Europe increased by 4%, while those to the US fell 2%. "
 "Bakkafrost is working to add smolt capacity; it said building delays in the Faroes would not affect its capacity in 2026, and it left its farming guidance unchanged.",
 [("8%", 8, "=", "revenue", "rose", BK_Q1, None, BAKKA),
  ("DKK 2.2 billion", 2.2e9, "=", "revenue", None, BK_Q1, None, BAKKA),
  ("DKK 710 million", 710e6, "=", "operational EBIT", None, BK_Q1, None, BAKKA),
  ("DKK 565 million", 565e6, "=", "operational EBIT", None, BK_Q1_23, None, BAKKA),
  ("5%", 5, "=", ["global salmon harvest", "harvest"], "fell", BK_Q1, None, BAKKA),
  ("0.6%", 0.6, "=", "net supply", "rose", BK_Q1, None, BAKKA),
  ("21%", 21, "=", "feed sales", "rose", BK_Q1, None, BAKKA),
  ("4%", 4, "=", ["average price of superior salmon", "price"], None, BK_Q1, None, BAKKA),
  ("4%", 4, "=", ["sales to Europe", "sales"], "rose", BK_Q1, "Europe", BAKKA, 1),
  ("2%", 2, "=", ["sales to the US", "sales"], "fell", BK_Q1, "US", BAKKA)],
 []),
("x-health-puerto-rico-dengue-2024", "The San Juan Daily Star, with CNN Español (via World Today News)", "2024-10-14", "https://www.sanjuandailystar.com/post/dengue-cases-have-tripled-claiming-nine-victims-health-secretary-says", "health",
 "SAN JUAN - Puerto Rico's dengue count has tripled from 2023, Health Secretary Carlos Mellado López said on Monday, with 4,798 cases recorded so far this year, more than in the whole of last year. "
 "The island has confirmed nine deaths, and another is still being investigated. "
 "Mellado López said in a written statement that his department had put every tool it had to work, but that the epidemic could not be contained unless residents cleared breeding sites, used repellent and guarded against bites. "
 "The Vector Control Unit has trapped more than 225,347 female Aedes aegypti mosquitoes across San Juan, Bayamón, Carolina and other municipalities, and molecular tests on them found serotypes 1, 2 and 3 in circulation. "
 "Chief epidemiologist Melissa Marzán said 55% of this year's reported cases were of serotype DENV-3. "
 "By age, people of 40 to 59 are the hardest hit, with 936 cases (19.51%), followed by those aged 15 to 19, with 737 (15.36%), and children of 10 to 14, with 683 (14.24%). "
 "Last year's total was 1,242 cases, the department said; when it declared a public health emergency in March, 549 cases had been recorded.",
 [("4,798 cases", 4798, "=", "cases", None, PR_YEAR, "Puerto Rico", PRDH),
  ("nine deaths", 9, "=", "deaths", "killed", PR_YEAR, "Puerto Rico", PRDH),
  ("more than 225,347 female Aedes aegypti mosquitoes", 225347, ">", ["female Aedes aegypti mosquitoes", "mosquitoes"], None, None, None, ["Vector Control Unit", "The Vector Control Unit"]),
  ("55%", 55, "=", "cases", None, PR_YEAR, "Puerto Rico", MARZ),
  ("936 cases", 936, "=", "cases", None, PR_YEAR, "Puerto Rico", PRDH),
  ("19.51%", 19.51, "=", "cases", None, PR_YEAR, "Puerto Rico", PRDH),
  ("737", 737, "=", "cases", None, PR_YEAR, "Puerto Rico", PRDH),
  ("15.36%", 15.36, "=", "cases", None, PR_YEAR, "Puerto Rico", PRDH),
  ("683", 683, "=", "cases", None, PR_YEAR, "Puerto Rico", PRDH),
  ("14.24%", 14.24, "=", "cases", None, PR_YEAR, "Puerto Rico", PRDH),
  ("1,242 cases", 1242, "=", "cases", None, "2023-01-01..2023-12-31", "Puerto Rico", ["department", "the department", "Department of Health"]),
  ("549 cases", 549, "=", "cases", None, "2024-01-01..2024-03-31", "Puerto Rico", ["department", "the department", "Department of Health"])],
 ["serotypes 1, 2 and 3", "DENV-3", "40 to 59", "15 to 19", "10 to 14"]),
("x-health-gabon-ebola-2001", "IRIN (The New Humanitarian)", "2001-12-19", "https://www.thenewhumanitarian.org/news/2001/12/19-0", "health",
 "LIBREVILLE - Health officials and international teams were still tracing suspected Ebola cases on Tuesday in Gabon's Ogooue Ivindo province, after the World Health Organization said the number of suspected cases from last week's outbreak had reached 15 on Monday, 12 of whom had died, with two confirmed. "
 "The WHO said its team at the site was tracing cases and contacts, setting up an isolation unit and teaching local communities how to avoid exposure. "
 "Border checks between Gabon and the neighbouring Democratic Republic of Congo (DRC) were stepped up to limit cross-border infection, a Congolese health official told PANA in Libreville on Tuesday. "
 "Over the weekend a woman from the DRC suspected of carrying the virus reached Mbomo district from Mekambo in eastern Gabon, and local officials urged Mbomo residents to stay away from Gabon. "
 "A 200-km preventive health cordon has been set up linking Mbomo in Cuvette-West with Ouesso and Sangha, an area where surveillance staff are investigating; according to PANA, Mbomo and Sangha are both in a national park. "
 "The week before, the WHO had said this was Gabon's fourth outbreak since 1994, when more than 20 people died of the disease; at least 66 more died in a 1996 epidemic. "
 "Ebola, caught by touching the blood or other bodily fluids of sick people or primates, kills 50-90 percent of those infected.",
 [("15", 15, "=", ["suspected cases", "cases"], None, GA_MON, ["Ogooue Ivindo province", "Ogooue Ivindo", "Gabon"], WHO),
  ("12", 12, "=", ["suspected cases", "cases"], "killed", GA_MON, ["Ogooue Ivindo province", "Ogooue Ivindo", "Gabon"], WHO),
  ("two confirmed", 2, "=", ["cases", "suspected cases"], None, GA_MON, ["Ogooue Ivindo province", "Ogooue Ivindo", "Gabon"], WHO),
  ("more than 20 people", 20, ">", "people", "killed", "1994-01-01..1994-12-31", "Gabon", WHO),
  ("at least 66", 66, ">=", "people", "killed", "1996-01-01..1996-12-31", "Gabon", WHO),
  ("50-90 percent", None, ("range", 50, 90), ["those infected", "cases"], "killed", None, None, None)],
 ["200-km", "fourth"]),
("x-disaster-venezuela-las-tejerias-2022", "Al Jazeera", "2022-10-10", "https://1-e8259.azureedge.net/news/2022/10/10/rain-fuelled-landslide-sweeps-through-venezuela-town", "disasters",
 "LAS TEJERIAS, Venezuela - Rescue teams were searching on Monday for dozens of people missing after a landslide, set off by flooding and days of heavy rain, tore through a town in central Venezuela and killed at least 36 people, officials said. "
 "Late on Saturday, residents of Las Tejerias, in Santos Michelena municipality about 87km (54 miles) southwest of Caracas, had only seconds to flee as mud, boulders and uprooted trees surged through streets and houses. "
 "On Monday Interior Minister Remigio Ceballos told reporters that the death toll had risen to at least 36 from 25 earlier, and that 56 people were still missing. "
 "Residents dug into the thick layer of mud with picks, shovels and whatever else they could find. "
 "Vice President Delcy Rodriguez, standing in a flooded street of the town, said a month's rain had fallen in only eight hours, and that finding people still buried under mud and rocks was the priority, as soldiers and rescuers also combed the river banks for survivors. "
 "About a thousand people were taking part in the search, Ceballos told AFP at the scene.",
 [("dozens of people", None, ("vague", 24, 100), "people", "missing", VE_MON, ["Las Tejerias", "central Venezuela"], CEB),
  ("at least 36 people", 36, ">=", "people", "killed", VE_DAY, ["Las Tejerias", "central Venezuela"], CEB),
  ("87km", 87, "~", None, None, None, None, None),
  ("54 miles", 54, "~", None, None, None, None, None),
  ("at least 36", 36, ">=", ["death toll", "people"], "killed", VE_DAY, ["Las Tejerias", "Venezuela"], CEB, 1),
  ("25", 25, "=", ["death toll", "people"], "killed", VE_DAY, ["Las Tejerias", "Venezuela"], CEB),
  ("56 people", 56, "=", "people", "missing", VE_MON, ["Las Tejerias", "Venezuela"], CEB),
  ("About a thousand people", 1000, "~", "people", None, None, ["Las Tejerias", "Venezuela"], CEB)],
 ["eight hours"]),
("x-disaster-congo-brazzaville-floods-2012", "IRIN (The New Humanitarian)", "2012-12-13", "https://www.thenewhumanitarian.org/news/2012/12/13/torrential-rains-kill-13-displace-hundreds", "disasters",
 "BRAZZAVILLE - Torrential rain in the southern districts of Brazzaville, the Republic of Congo's capital, has left at least 13 people dead, 29 injured and hundreds without a home, officials said. "
 "The downpours fell on 8 and 9 December. Maurel Kihounzou, mayor of Makélékélé, the city's first district, said rescue teams sent out after the rain had recovered nine bodies, and the Congolese Red Cross had pulled out four bodies of people who drowned. "
 "A government report of 10 December said the seventh district, Mfilou, was also hit, with houses giving way under the floodwater and killing several people in their sleep. "
 "Humanitarian action minister Clément Essiéké told IRIN that some 564 families had lost their shelter and that talks were under way with the army for tents. "
 "At least 600 people took temporary refuge in a police camp before they were told to go home. "
 "The Mfilou river burst its banks and sent water towards homes in parts of Makélékélé, where soldiers are looking for those still missing. "
 "Vehicles were submerged, roads and bridges cut, and fruit trees and crops destroyed.",
 [("at least 13 people", 13, ">=", "people", "killed", CG_RAIN, "Brazzaville", "officials"),
  ("29", 29, "=", "people", "injured", CG_RAIN, "Brazzaville", "officials"),
  ("hundreds", None, ("vague", 200, 1000), "people", None, CG_RAIN, "Brazzaville", "officials"),
  ("nine bodies", 9, "=", "bodies", None, CG_RAIN, ["Makélékélé", "Brazzaville"], ["Maurel Kihounzou", "Kihounzou", "mayor"]),
  ("four bodies", 4, "=", "bodies", None, CG_RAIN, ["Makélékélé", "Brazzaville"], ["Maurel Kihounzou", "Kihounzou", "Congolese Red Cross"]),
  ("some 564 families", 564, "~", "families", None, CG_RAIN, "Brazzaville", ["Clément Essiéké", "Essiéké", "Humanitarian action minister Clément Essiéké"]),
  ("At least 600 people", 600, ">=", "people", None, CG_RAIN, "Brazzaville", None)],
 ["first district", "seventh district"]),
("x-mig-venezuelans-peru-jun-2019", "UNHCR (via a Caribbean news site)", "2019-06-19", "https://sxmislandtime.com/?p=1982", "migration",
 "CARACAS, Venezuela, Wednesday June 19, 2019 - UNHCR, the UN refugee agency, has sent more staff to the Peru-Ecuador border to help the authorities after a record number of Venezuelan refugees and migrants, more than 15,000, crossed into Peru last week. "
 "More than 8,000 Venezuelans entered at Tumbes last Friday, the highest figure for a single day, and 4,700 of them applied for asylum in Peru, also a one-day record. "
 "Federico Agusti, who heads UNHCR in Peru, said arrivals were increasingly vulnerable: some had walked for 30 or 40 days across several countries, many were malnourished, dehydrated or ill, and more and more were families with children. "
 "The same day, the Peruvian government announced a special contingency plan and said Venezuelans would now need a passport and a visa to enter, where previously a basic document such as an identity card or Andean Card had been enough. "
 "About 800,000 Venezuelan refugees and migrants now live in Peru, which has so far received more than 280,000 asylum applications from Venezuelans and granted temporary residence permits to more than 390,000. "
 "The visa rule is also being felt on Ecuador's northern border with Colombia, where the authorities counted 8,380 Venezuelans crossing last Friday. "
 "UNHCR urged donors to step up help for Colombia, Ecuador and Peru, which have taken in most of the 4 million Venezuelans who have fled as refugees or migrants.",
 [("more than 15,000", 15000, ">", ["Venezuelan refugees and migrants", "refugees and migrants"], None, PE_WEEK, "Peru", UNHCR),
  ("More than 8,000 Venezuelans", 8000, ">", "Venezuelans", None, PE_FRI, "Tumbes", UNHCR),
  ("4,700", 4700, "=", ["Venezuelans", "asylum"], None, PE_FRI, ["Peru", "Tumbes"], UNHCR),
  ("About 800,000 Venezuelan refugees and migrants", 800000, "~", ["Venezuelan refugees and migrants", "refugees and migrants"], None, None, "Peru", UNHCR),
  ("more than 280,000 asylum applications", 280000, ">", "asylum applications", None, None, "Peru", UNHCR),
  ("more than 390,000", 390000, ">", ["temporary residence permits", "permits", "Venezuelans"], None, None, "Peru", UNHCR),
  ("8,380 Venezuelans", 8380, "=", "Venezuelans", None, PE_FRI, ["Ecuador's northern border", "Ecuador"], ["authorities", "the authorities"]),
  ("4 million", 4e6, "=", ["Venezuelans", "refugees or migrants"], None, None, "Venezuela", UNHCR)],
 ["30 or 40 days", "one-day"]),
("x-sport-faroe-islands-greece-2015", "Tipsbladet (in Danish), with UEFA.com for the crowd and the tickets", "2015-06-13", "https://www.tipsbladet.dk/nyhed/landshold/de-goer-det-igen-faeroeerne-banker-graekenland", "sport",
 "TORSHAVN - The Faroe Islands, home to only about 50,000 people, beat Greece, a country of 11 million, for the second time in the Euro 2016 qualifiers, winning 2-1 in Torshavn on Saturday after their 1-0 victory in Athens in November. "
 "Hallur Hansson put the hosts ahead after half an hour, from a pass by Vatnhamar, who had got the better of the Greek left flank. "
 "The second goal came after 70 minutes from a move much like the first, scored by 19-year-old Brandur Olsen, so it mattered little when Sokratis Papastathopoulos pulled one back six minutes from the end. "
 "The win takes the Faroes to six points in Group F, fourth and ahead of both Greece and Finland, though still far off Hungary, who hold the play-off place with 11 points. "
 "Interest was such that the more than 4,000 tickets for the renovated Tórsvøllur sold out within days, and the football association handed out free salmon to fans before kick-off. "
 "Olsen, who called the result surreal, said there had been 4,700 spectators at Tórsvøllur. "
 "Tickets for Northern Ireland's visit on 4 September were selling fast, and the players were to be honoured on the city square on Sunday.",
 [("about 50,000 people", 50000, "~", "people", None, None, "Faroe Islands", None),
  ("11 million", 11e6, "=", None, None, None, "Greece", None),
  ("six points", 6, "=", "points", None, None, None, None),
  ("11 points", 11, "=", "points", None, None, None, None),
  ("more than 4,000 tickets", 4000, ">", "tickets", None, None, ["Tórsvøllur", "Torshavn"], None),
  ("4,700 spectators", 4700, "=", "spectators", None, "2015-06-13", ["Tórsvøllur", "Torshavn"], ["Olsen", "Brandur Olsen"])],
 ["second time", "Euro 2016", "2-1", "1-0", "half an hour", "second goal", "70 minutes", "19-year-old", "pulled one back", "six minutes", "fourth"]),
("x-transport-fraport-feb-2019", "PR Newswire (via Padova News)", "2019-03-13", "http://www.padovanews.it/2019/03/14/fraport-traffic-figures-february-2019-positive-trend-continues/", "transport",
 "FRANKFURT - Frankfurt Airport (FRA) handled more than 4.5 million passengers in February 2019, 4.3 percent more than a year earlier, operator Fraport said. "
 "Passenger numbers for January and February together were up 3.3 percent. "
 "Aircraft movements increased 4.7 percent to 36,849 takeoffs and landings during the month, and accumulated maximum takeoff weights (MTOWs) rose 4.6 percent to almost 2.3 million metric tons. "
 "Cargo throughput (airfreight plus airmail) shrank 3.4 percent to 161,366 metric tons as world trade kept slowing. "
 "Across Fraport's international portfolio, Ljubljana Airport (LJU) in Slovenia had 105,470 passengers, up 6.3 percent, and the Brazilian airports of Fortaleza (FOR) and Porto Alegre (POA) together grew 15.8 percent to 1.2 million passengers. "
 "Traffic at the Greek regional airports rose 13.6 percent overall to 588,433 passengers, led by Thessaloniki (SKG) with 368,119 (up 24.2 percent) and Crete's Chania (CHQ) with 47,661 (up 19.6 percent), while Rhodes (RHO) slipped 13.0 percent to 46,331.",
 [("more than 4.5 million passengers", 4.5e6, ">", "passengers", None, FRA_FEB, ["Frankfurt Airport", "Frankfurt Airport (FRA)", "FRA"], FRAPORT),
  ("4.3 percent", 4.3, "=", "passengers", None, FRA_FEB, ["Frankfurt Airport", "Frankfurt Airport (FRA)", "FRA"], FRAPORT),
  ("3.3 percent", 3.3, "=", ["passenger numbers", "passengers"], "rose", FRA_JF, ["Frankfurt Airport", "FRA"], FRAPORT),
  ("4.7 percent", 4.7, "=", "aircraft movements", "rose", FRA_FEB, ["Frankfurt Airport", "FRA"], FRAPORT),
  ("36,849 takeoffs and landings", 36849, "=", ["takeoffs and landings", "aircraft movements"], None, FRA_FEB, ["Frankfurt Airport", "FRA"], FRAPORT),
  ("4.6 percent", 4.6, "=", ["maximum takeoff weights", "MTOWs"], "rose", FRA_FEB, ["Frankfurt Airport", "FRA"], FRAPORT),
  ("almost 2.3 million metric tons", 2.3e6, "nearly", ["maximum takeoff weights", "MTOWs"], None, FRA_FEB, ["Frankfurt Airport", "FRA"], FRAPORT),
  ("3.4 percent", 3.4, "=", "cargo throughput", "fell", FRA_FEB, ["Frankfurt Airport", "FRA"], FRAPORT),
  ("161,366 metric tons", 161366, "=", "cargo throughput", None, FRA_FEB, ["Frankfurt Airport", "FRA"], FRAPORT),
  ("105,470 passengers", 105470, "=", "passengers", None, FRA_FEB, ["Ljubljana Airport", "Ljubljana Airport (LJU)", "Slovenia"], FRAPORT),
  ("6.3 percent", 6.3, "=", "passengers", "rose", FRA_FEB, ["Ljubljana Airport", "Ljubljana Airport (LJU)", "Slovenia"], FRAPORT),
  ("15.8 percent", 15.8, "=", ["passengers", "traffic"], "rose", FRA_FEB, ["Fortaleza (FOR) and Porto Alegre (POA)", "Fortaleza and Porto Alegre", "Brazil"], FRAPORT),
  ("1.2 million passengers", 1.2e6, "=", "passengers", None, FRA_FEB, ["Fortaleza (FOR) and Porto Alegre (POA)", "Fortaleza and Porto Alegre", "Brazil"], FRAPORT),
  ("13.6 percent", 13.6, "=", ["traffic", "passengers"], "rose", FRA_FEB, ["Greek regional airports", "Greece"], FRAPORT),
  ("588,433 passengers", 588433, "=", "passengers", None, FRA_FEB, ["Greek regional airports", "Greece"], FRAPORT),
  ("368,119", 368119, "=", "passengers", None, FRA_FEB, ["Thessaloniki", "Thessaloniki (SKG)"], FRAPORT),
  ("24.2 percent", 24.2, "=", "passengers", "rose", FRA_FEB, ["Thessaloniki", "Thessaloniki (SKG)"], FRAPORT),
  ("47,661", 47661, "=", "passengers", None, FRA_FEB, ["Chania", "Chania (CHQ)", "Crete"], FRAPORT),
  ("19.6 percent", 19.6, "=", "passengers", "rose", FRA_FEB, ["Chania", "Chania (CHQ)", "Crete"], FRAPORT),
  ("46,331", 46331, "=", "passengers", None, FRA_FEB, ["Rhodes", "Rhodes (RHO)"], FRAPORT),
  ("13.0 percent", 13.0, "=", "passengers", "fell", FRA_FEB, ["Rhodes", "Rhodes (RHO)"], FRAPORT)],
 []),
("x-conflict-burundi-muramvya-2021", "AFP (via The Guardian Nigeria)", "2021-05-10", "https://guardian.ng/news/12-dead-in-roadside-ambush-in-burundi-official-sources", "conflict",
 "BUJUMBURA - Gunmen ambushed vehicles in central Burundi, killing at least 12 people, a senior army officer among them, and wounding several others, sources in the administration and at hospitals said on Monday. "
 "Police had said late on Sunday that eight died when bandits attacked four vehicles close to Muramvya, a provincial capital lying about 50 kilometres (31 miles) northeast of Bujumbura, the country's main city. "
 "But residents, officials and hospital staff told AFP the number of dead was higher and included a child. "
 "An administrative source, who asked not to be named, said ten people died on the spot and two more, one a little girl, died later of their injuries. "
 "According to a medical official, also speaking anonymously, the morgue in Muramvya held 11 bodies and a twelfth victim, a woman who died on the way to hospital, lay in Bujumbura; a dozen people were also injured, the official and witnesses said. "
 "Among the dead were Colonel Onesphore Nizigiyimana of the army and one of his daughters: he was on his way back from a family party accompanied by his wife and three daughters, when about a dozen heavily armed men shot at his car four kilometres from central Muramvya and set it on fire. "
 "Three other vehicles that reached the scene, a bus among them, were also attacked with guns and grenades. "
 "President Evariste Ndayishimiye said on Twitter that the country was saddened to lose its children to bandits once more and that those responsible must face justice. "
 "In April, seven people were killed in an attack on a bar in Rusaka, in neighbouring Mwaro province, which police also blamed on armed bandits.",
 [("at least 12 people", 12, ">=", "people", "killed", BI_DAY, ["central Burundi", "Burundi", "Muramvya"], ["sources in the administration and at hospitals", "sources"]),
  ("eight", 8, "=", "people", "killed", BI_DAY, ["Muramvya", "Burundi"], "police"),
  ("four vehicles", 4, "=", "vehicles", None, BI_DAY, ["Muramvya", "Burundi"], "police"),
  ("about 50 kilometres", 50, "~", None, None, None, None, None),
  ("31 miles", 31, "=", None, None, None, None, None),
  ("ten people", 10, "=", "people", "killed", BI_DAY, ["Muramvya", "Burundi"], ["administrative source", "An administrative source"]),
  ("two more", 2, "=", "people", "killed", BI_DAY, ["Muramvya", "Burundi"], ["administrative source", "An administrative source"]),
  ("11 bodies", 11, "=", "bodies", None, BI_DAY, ["morgue in Muramvya", "Muramvya"], ["medical official", "a medical official"]),
  ("a dozen people", 12, "=", "people", "injured", BI_DAY, ["Muramvya", "Burundi"], ["medical official", "the official and witnesses", "witnesses"]),
  ("three daughters", 3, "=", "daughters", None, None, None, None),
  ("about a dozen heavily armed men", 12, "~", ["men", "heavily armed men"], None, BI_DAY, ["Muramvya", "Burundi"], None),
  ("four kilometres", 4, "=", None, None, None, None, None),
  ("Three other vehicles", 3, "=", "vehicles", None, BI_DAY, ["Muramvya", "Burundi"], None),
  ("seven people", 7, "=", "people", "killed", "2021-04-01..2021-04-30", ["Rusaka", "Mwaro province", "Mwaro"], "police")],
 ["twelfth", "one of his daughters", "one a little girl"]),
]
