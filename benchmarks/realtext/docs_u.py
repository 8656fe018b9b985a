# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, nineteenth set: sixteen more rewritten reports across beats (Lesotho, Seychelles, Bhutan,
Brunei, Belize, Slovenia, Malta, Iceland, Guinea, Comoros, Solomon Islands, Indonesia/Rohingya,
Gibraltar/Liechtenstein and Central African material), annotated before the extractor was run on them
and scored once (heldout19/README.md); not used to shape rules.

Same tuple layout as docs_c.py .. docs_t.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout19/ by build.py."""
BOS = ["Bureau of Statistics", "BOS", "the Bureau of Statistics (BOS)", "bureau", "the bureau", "it"]
LS_APR = "2016-04-01..2016-04-30"
LS_MAR = "2016-03-01..2016-03-31"
SC_JUN23 = "2023-06-01..2023-06-30"
SC_JUN22 = "2022-06-01..2022-06-30"
ARNEPHY = ["Kirsten Arnephy", "Arnephy", "she", "National Bureau of Statistics", "NBS"]
NBS_SC = ["National Bureau of Statistics", "NBS", "the National Bureau of Statistics (NBS)", "Consumer Price Index", "CPI"]
BT_MOF = ["finance ministry", "ministry", "the finance ministry's figures", "the ministry"]
BT_FY23 = "2023-07-01..2024-06-30"
BT_FY24 = "2024-07-01..2025-06-30"
BT_H1 = "2023-07-01..2023-12-31"
DEPD = ["Department of Economic Planning and Development", "DEPD", "the Department of Economic Planning and Development (DEPD)", "International Merchandise Trade Statistics"]
BN_OCT19 = "2019-10-01..2019-10-31"
BN_OCT18 = "2018-10-01..2018-10-31"
EBD = ["Belizean Election and Boundary Department", "Election and Boundary Department", "figures"]
BZ_DAY = "2012-03-07"
MEDIANA = ["Mediana", "Mediana agency", "the Mediana agency's poll", "Mediana Institute", "the Mediana Institute for market and media research", "poll", "survey"]
SI_POLL = "2014-06-23..2014-06-26"
BOV = ["Bank of Valletta Group", "Bank of Valletta", "BOV", "group", "the group", "the bank"]
BOV_H1 = "2018-01-01..2018-06-30"
BOV_H1_17 = "2017-01-01..2017-06-30"
ICE = ["Icelandair Group", "Icelandair", "the company", "company"]
ICE_Q3 = "2017-07-01..2017-09-30"
WHO = ["World Health Organization", "WHO", "the World Health Organization (WHO)"]
IOM = ["International Organization for Migration", "IOM", "the International Organization for Migration (IOM)"]
GN_MAR = "2021-02-14..2021-03-03"
GN_ALL = "2021-02-14..2021-06-19"
UNICEF_KM = ["UNICEF", "situation report", "its latest situation report"]
KM_TO = "2024-02-02..2024-05-26"
NDMO = ["National Disaster Management Office", "NDMO", "the National Disaster Management Office (NDMO)"]
SB_DAYS = "2014-04-03..2014-04-06"
BBS = ["BBS", "state broadcaster BBS", "broadcaster"]
BT_DAY = "2023-07-20"
RAHMAN = ["Faisal Rahman", "Rahman", "United Nations refugee agency", "UNHCR", "he"]
AC_SUN = "2023-11-19"
MIA = ["Malta International Airport", "MIA", "Malta International Airport (MIA)", "airport", "it"]
MT_JUN = "2018-06-01..2018-06-30"
UN_SRC = ["UN source", "a UN source", "source", "the source"]
CF_DAY = "2019-05-21"

DOCS = [
("u-econ-lesotho-cpi-apr-2016", "Lesotho Times", "2016-06-09", "https://lestimes.com/inflation-rate-climbs-to-7-9-percent", "economy",
 "Lesotho's annual inflation rate climbed to 7.9 percent in April from 7.5 percent a month earlier, the Bureau of Statistics (BOS) said in its most recent figures. "
 "The bureau's Consumer Price Index (CPI) report for the month of April 2016, which came out late, put food inflation at the top with a rise of 15 percent, ahead of personal care on 6.9 percent, household maintenance goods and services on 5.3 percent, clothing on 5.1 percent and footwear on 4.4 percent. "
 "Each month BOS staff call at shops in 12 urban centres and 45 selected rural areas, taking about 1 000 price quotations at 780 outlets, covering around 200 different commodity items. "
 "According to the bureau, the annual rate sets the CPI level of April 2016 against that of April 2015, and at an estimated 7.9 percent it stood 0.4 percentage points above the March 2016 rate. "
 "Divisions showing a marked annual rise included Food and Non-alcoholic Beverages (14.8 percent), Transport on 1.2 percent, Clothing & Footwear on 4.9 percent, Furnishings, Household Equipment and Routine Maintenance of the House on 4.5 percent, Education (4.9 percent) and miscellaneous goods and services (4.7 percent), it added. "
 "Among services, annual inflation ran at 11 percent for non-durable services, 4.8 percent for semi-durable services and 3.1 percent for durable services in April 2016. "
 "The report bears out the Central Bank of Lesotho, which forecast last month that inflation would keep climbing through 2016 as the El Nino-induced drought lifted food prices and the rand, to which the maloti is pegged, lost value.",
 [("7.9 percent", 7.9, "=", ["annual inflation rate", "inflation rate", "inflation"], None, LS_APR, "Lesotho", BOS),
  ("7.5 percent", 7.5, "=", ["annual inflation rate", "inflation rate", "inflation"], None, LS_MAR, "Lesotho", BOS),
  ("15 percent", 15, "=", ["food inflation", "food"], "rose", LS_APR, "Lesotho", BOS),
  ("6.9 percent", 6.9, "=", "personal care", None, LS_APR, "Lesotho", BOS),
  ("5.3 percent", 5.3, "=", ["household maintenance goods and services", "household maintenance", "goods and services"], None, LS_APR, "Lesotho", BOS),
  ("5.1 percent", 5.1, "=", "clothing", None, LS_APR, "Lesotho", BOS),
  ("4.4 percent", 4.4, "=", "footwear", None, LS_APR, "Lesotho", BOS),
  ("12 urban centres", 12, "=", ["urban centres", "centres"], None, None, "Lesotho", None),
  ("45 selected rural areas", 45, "=", ["rural areas", "areas"], None, None, "Lesotho", None),
  ("about 1 000 price quotations", 1000, "~", ["price quotations", "quotations"], None, None, "Lesotho", None),
  ("780 outlets", 780, "=", "outlets", None, None, "Lesotho", None),
  ("around 200 different commodity items", 200, "~", ["commodity items", "items"], None, None, "Lesotho", None),
  ("7.9 percent", 7.9, "=", ["annual rate", "annual inflation rate", "inflation rate", "rate"], None, LS_APR, "Lesotho", BOS, 1),
  ("0.4 percentage points", 0.4, "=", ["annual rate", "rate", "inflation rate"], None, None, "Lesotho", BOS),
  ("14.8 percent", 14.8, "=", ["Food and Non-alcoholic Beverages", "food"], None, LS_APR, "Lesotho", BOS),
  ("4.9 percent", 4.9, "=", ["Clothing & Footwear", "clothing"], None, LS_APR, "Lesotho", BOS),
  ("4.5 percent", 4.5, "=", ["Furnishings, Household Equipment and Routine Maintenance of the House", "furnishings"], None, LS_APR, "Lesotho", BOS),
  ("1.2 percent", 1.2, "=", "transport", None, LS_APR, "Lesotho", BOS),
  ("4.9 percent", 4.9, "=", "education", None, LS_APR, "Lesotho", BOS, 1),
  ("4.7 percent", 4.7, "=", ["miscellaneous goods and services", "goods and services"], None, LS_APR, "Lesotho", BOS),
  ("11 percent", 11, "=", ["non-durable services", "annual inflation", "services"], None, LS_APR, "Lesotho", None),
  ("4.8 percent for semi-durable", 4.8, "=", ["semi-durable services", "services"], None, LS_APR, "Lesotho", None),
  ("3.1 percent", 3.1, "=", ["durable services", "services"], None, LS_APR, "Lesotho", None)],
 ["a month earlier", "Each month"]),
("u-econ-seychelles-cpi-jun-2023", "Seychelles News Agency (via Africa Reporter)", "2023-07-20", "https://africareporter.org/seychelles-year-on-year-inflation-goes-down-to-1-3-as-of-june-2023/", "economy",
 "(Seychelles News Agency) – Consumer prices in Seychelles were lower in June 2023 than a year before, the annual inflation rate falling to -1.3 per cent against 2.05 per cent in June 2022. "
 "The National Bureau of Statistics (NBS) published the figure recently in its Consumer Price Index (CPI), which also shows the core inflation index falling by -0.44 per cent over the twelve months from June 2022 to June 2023. According to "
 "Kirsten Arnephy, a senior statistician at the NBS who spoke to SNA, the CPI tracks what households pay for the goods and services they consume. "
 "To follow prices over time the bureau uses a basket split into three main groups, namely fish, non-food items and other food, she said, each weighted by how much households spend on it according to the Household Budget Survey (HBS). "
 "Non-food items carry the largest weight, 85 per cent of the basket, against 14 per cent for other food and 1 per cent for fish. "
 "The non-food group, which takes in housing, water and electricity, alcoholic beverages, communications, transportation and household equipment among other things, had an inflation rate of 1.5 per cent in June 2023, down from 6 per cent a year earlier. "
 "Transportation costs made the biggest contribution to the fall, their rate sliding to 0.6 per cent in June 2023 from 11.1 per cent in June 2022.",
 [("-1.3 per cent", -1.3, "=", ["annual inflation rate", "inflation rate", "inflation", "consumer prices"], None, SC_JUN23, "Seychelles", None),
  ("2.05 per cent", 2.05, "=", ["annual inflation rate", "inflation rate", "inflation"], None, SC_JUN22, "Seychelles", None),
  ("-0.44 per cent", -0.44, "=", ["core inflation index", "core inflation"], "fell", "2022-06-01..2023-06-30", "Seychelles", NBS_SC),
  ("three main groups", 3, "=", "groups", None, None, "Seychelles", ARNEPHY),
  ("85 per cent", 85, "=", ["basket", "weight", "non-food items"], None, None, "Seychelles", None),
  ("14 per cent", 14, "=", ["other food", "basket", "weight"], None, None, "Seychelles", None),
  ("1 per cent for fish", 1, "=", ["fish", "basket", "weight"], None, None, "Seychelles", None),
  ("1.5 per cent", 1.5, "=", ["inflation rate", "non-food group"], None, SC_JUN23, "Seychelles", None),
  ("from 6 per cent", 6, "=", ["inflation rate", "non-food group"], None, SC_JUN22, "Seychelles", None),
  ("11.1 per cent", 11.1, "=", ["transportation costs", "rate", "transportation"], None, SC_JUN22, "Seychelles", None),
  ("0.6 per cent", 0.6, "=", ["transportation costs", "rate", "transportation"], None, SC_JUN23, "Seychelles", None)],
 ["twelve months", "a year before", "a year earlier"]),
("u-fin-bhutan-deficit-fy2023-24", "Kuensel", "2024-02-29", "https://kuenselonline.com/domestic-revenue-growth-to-lower-fiscal-deficit/", "public finance",
 "Bhutan's fiscal deficit for 2023-24, the current fiscal year, is now projected at Nu 15.55 billion, narrowed by domestic revenue that is estimated to come in 7.1 percent higher, the finance ministry's figures show. "
 "That equals 5.83 percent of GDP (gross domestic product) and is below the first budget estimate. "
 "When the budget was drawn up the deficit had been put at Nu 21.35 billion, equal to 9.7% of GDP. "
 "Domestic revenue is now estimated at Nu 53.53 billion, more than the Nu 46.25 billion first budgeted, in part because the Royal Monetary Authority transferred Nu 5.27 billion of profit instead of the Nu 800 million in the budget. "
 "The fiscal deficit is the gap between what a government takes in and what it spends. "
 "By December last year domestic revenue had reached Nu 24.34 billion, 49.1 percent of the revised estimate, counting the one-time profit transfers from the RMA and the Mangdechhu hydro project. "
 "Over the same months grants of Nu 2.73 billion came in, 39.8 percent of the Nu 6.86 billion of grants estimated for the fiscal year. "
 "Expenditure for 2023-24 has been revised to Nu 75.94 billion, 1.4 percent more than the approved budget, to pay the extra interest on new borrowings. "
 "By December spending had used up 35.7 percent of the revised estimate, a total of Nu 27.13 billion. "
 "For 2024-25, the next fiscal year, resources are estimated at Nu 68.68 billion and budget outlays at Nu 78.49 billion, leaving a fiscal deficit estimated at Nu 9.82 billion, or 3.48 percent of GDP.",
 [("Nu 15.55 billion", 15.55e9, "=", ["fiscal deficit", "deficit"], None, BT_FY23, "Bhutan", BT_MOF),
  ("7.1 percent", 7.1, "=", "domestic revenue", None, BT_FY23, "Bhutan", BT_MOF),
  ("5.83 percent", 5.83, "=", ["gross domestic product", "GDP", "deficit"], None, BT_FY23, "Bhutan", None),
  ("Nu 21.35 billion", 21.35e9, "=", "deficit", None, BT_FY23, "Bhutan", None),
  ("9.7%", 9.7, "=", ["GDP", "deficit"], None, BT_FY23, "Bhutan", None),
  ("Nu 53.53 billion", 53.53e9, "=", "domestic revenue", None, BT_FY23, "Bhutan", None),
  ("Nu 46.25 billion", 46.25e9, "=", ["domestic revenue", "budget"], None, BT_FY23, "Bhutan", None),
  ("Nu 5.27 billion", 5.27e9, "=", ["profit", "Royal Monetary Authority"], None, BT_FY23, "Bhutan", None),
  ("Nu 800 million", 800e6, "=", ["profit", "budget"], None, BT_FY23, "Bhutan", None),
  ("Nu 24.34 billion", 24.34e9, "=", "domestic revenue", None, BT_H1, "Bhutan", None),
  ("49.1 percent", 49.1, "=", ["revised estimate", "domestic revenue"], None, BT_H1, "Bhutan", None),
  ("Nu 2.73 billion", 2.73e9, "=", "grants", None, BT_H1, "Bhutan", None),
  ("39.8 percent", 39.8, "=", ["grants", "estimate"], None, BT_H1, "Bhutan", None),
  ("Nu 6.86 billion", 6.86e9, "=", "grants", None, BT_FY23, "Bhutan", None),
  ("Nu 75.94 billion", 75.94e9, "=", "expenditure", None, BT_FY23, "Bhutan", None),
  ("1.4 percent", 1.4, "=", ["approved budget", "expenditure", "budget"], None, BT_FY23, "Bhutan", None),
  ("35.7 percent", 35.7, "=", ["revised estimate", "spending"], None, BT_H1, "Bhutan", None),
  ("Nu 27.13 billion", 27.13e9, "=", "spending", None, BT_H1, "Bhutan", None),
  ("Nu 68.68 billion", 68.68e9, "=", "resources", None, BT_FY24, "Bhutan", None),
  ("Nu 78.49 billion", 78.49e9, "=", ["budget outlays", "outlays"], None, BT_FY24, "Bhutan", None),
  ("Nu 9.82 billion", 9.82e9, "=", ["fiscal deficit", "deficit"], None, BT_FY24, "Bhutan", None),
  ("3.48 percent", 3.48, "=", ["GDP", "deficit"], None, BT_FY24, "Bhutan", None)],
 ["2023-24", "2024-25"]),
("u-trade-brunei-oct-2019", "The Nation (Xinhua)", "2020-01-11", "https://nation.com.pk/11-Jan-2020/brunei-darussalam-witnesses-humongous-85-5-pct-trade-surplus-drop-in-annual-year", "trade",
 "Brunei Darussalam's trade surplus for October 2019 shrank 85.5 percent year on year as major imports jumped. "
 "The Department of Economic Planning and Development (DEPD), part of the Ministry of Finance and Economy, published its latest International Merchandise Trade Statistics on Saturday; they put the October 2019 trade balance at 44.2 million Brunei dollars (32.8 million U.S. dollars), compared with 304.0 million Brunei dollars for October 2018. "
 "Imports were the main cause, rising 31.6 percent from 551.4 million Brunei dollars to 725.4 million Brunei dollars. "
 "Exports dropped over the same period from 855.4 million Brunei dollars to 769.6 million Brunei dollars. "
 "Mineral fuels made the largest contribution to total exports, 702.2 million Brunei dollars or 91.2 percent. "
 "The DEPD said major exports were down 8.9 percent in October 2019, mostly because exports of liquefied natural gas dropped 26.7 percent, while exports of crude oil grew 13.5 percent. "
 "Japan took the largest share of exports in October 2019 (41.4 percent), with Australia next on 17.2 percent, then Thailand on 16.4 percent and the Republic of Korea on 7.1 percent.",
 [("85.5 percent", 85.5, "=", "trade surplus", "fell", BN_OCT19, "Brunei Darussalam", None),
  ("44.2 million Brunei dollars", 44.2e6, "=", "trade balance", None, BN_OCT19, "Brunei Darussalam", DEPD),
  ("32.8 million U.S. dollars", 32.8e6, "=", "trade balance", None, BN_OCT19, "Brunei Darussalam", DEPD),
  ("304.0 million Brunei dollars", 304.0e6, "=", "trade balance", None, BN_OCT18, "Brunei Darussalam", DEPD),
  ("31.6 percent", 31.6, "=", "imports", "rose", BN_OCT19, "Brunei Darussalam", None),
  ("725.4 million Brunei dollars", 725.4e6, "=", "imports", None, BN_OCT19, "Brunei Darussalam", None),
  ("551.4 million Brunei dollars", 551.4e6, "=", "imports", None, BN_OCT18, "Brunei Darussalam", None),
  ("769.6 million Brunei dollars", 769.6e6, "=", "exports", None, BN_OCT19, "Brunei Darussalam", None),
  ("855.4 million Brunei dollars", 855.4e6, "=", "exports", None, BN_OCT18, "Brunei Darussalam", None),
  ("702.2 million Brunei dollars", 702.2e6, "=", ["mineral fuels", "exports"], None, BN_OCT19, "Brunei Darussalam", None),
  ("91.2 percent", 91.2, "=", ["total exports", "exports", "mineral fuels"], None, BN_OCT19, "Brunei Darussalam", None),
  ("8.9 percent", 8.9, "=", ["major exports", "exports"], "fell", BN_OCT19, "Brunei Darussalam", DEPD),
  ("26.7 percent", 26.7, "=", ["exports of liquefied natural gas", "liquefied natural gas", "exports"], "fell", BN_OCT19, "Brunei Darussalam", DEPD),
  ("13.5 percent", 13.5, "=", ["exports of crude oil", "crude oil", "exports"], "rose", BN_OCT19, "Brunei Darussalam", DEPD),
  ("41.4 percent", 41.4, "=", ["exports", "share of exports", "Japan"], None, BN_OCT19, None, None),
  ("17.2 percent", 17.2, "=", ["exports", "share of exports", "Australia"], None, BN_OCT19, None, None),
  ("16.4 percent", 16.4, "=", ["exports", "share of exports", "Thailand"], None, BN_OCT19, None, None),
  ("7.1 percent", 7.1, "=", ["exports", "share of exports", "Republic of Korea"], None, BN_OCT19, None, None)],
 []),
("u-elec-belize-2012", "Ambergris Caye forum (reposted election report)", "2012-03-08", "https://ambergriscaye.com/forum/ubbthreads.php/topics/432494/final-general-elections-results-2012.html", "elections",
 "Prime Minister Dean Barrow of Belize and his United Democratic Party (UDP) have won a second term in a row by a slim margin in a hard-fought general election. "
 "Belizeans went to the polls yesterday (7 March) in municipal and general elections held together. "
 "Barrow had called the general election in January, although under the constitution it was not due until February 2013, saying he wanted it to fall on the same day as the municipal vote to lift turnout. "
 "Figures from the Belizean Election and Boundary Department show 178,054 voters registered for the general election, of whom 108,753 are recorded as having voted, a turnout of approximately 61% that was respectable rather than spectacular. "
 "The official result had not been declared at the time of writing, but preliminary returns show Barrow's UDP winning an estimated 16 of the House of Representatives' 31 seats, against 14 for the opposition People's United Party (PUP), with one seat still undecided. "
 "Sixteen seats would be enough to return the UDP for another five-year term, but the thin margin will make uncomfortable reading for the governing party. "
 "The contrast is sharpest with 2008, when the UDP came back from two terms in opposition to beat the PUP in a landslide, winning 25 of the 31 House seats.",
 [("178,054 voters", 178054, "=", "voters", "registered", None, "Belize", EBD),
  ("108,753", 108753, "=", ["voters", "people"], "cast", BZ_DAY, "Belize", EBD),
  ("approximately 61%", 61, "~", "turnout", None, BZ_DAY, "Belize", EBD),
  ("an estimated 16", 16, "=", "seats", "won", BZ_DAY, "Belize", None),
  ("31 seats", 31, "=", "seats", None, None, "Belize", None),
  ("14 for the opposition", 14, "=", "seats", "won", BZ_DAY, "Belize", None),
  ("one seat", 1, "=", "seat", None, BZ_DAY, "Belize", None),
  ("Sixteen seats", 16, "=", "seats", None, None, "Belize", None),
  ("25 of the 31", 25, "=", ["seats", "House seats"], "won", "2008-01-01..2008-12-31", "Belize", None)],
 ["second term", "(7 March)", "five-year", "two terms", "31 House seats"]),
("u-poll-slovenia-mediana-jun-2014", "RTV SLO (News in English)", "2014-06-27", "http://www.rtvslo.si/news-in-english/mediana-smc-with-the-biggest-support-sds-in-second-sd-in-third/340489", "poll",
 "Miro Cerar's SMC has the most support, with the SDS second and the SD third, in the latest Mediana survey. "
 "Among decided voters, 20,6 percent would back the SDS Democrats and 10,5 percent the Social Democrats SD, the Mediana agency's poll shows. "
 "The Pensioners' Party DeSUS would take around 8,4 percent of decided voters, followed by the SLS on 5,1 percent, the Alliance of Alenka Bratušek on 4,8 percent and Positive Slovenia on 3,5 percent. "
 "Questioning 600 adult Slovenian citizens by telephone from the 23rd to the 26th of June, the Mediana Institute for market and media research carried out the poll. "
 "New Slovenia (NSi) – Christian Democrats would miss the parliamentary threshold with 3,3 percent of decided voters. "
 "Below it come the United Left Coalition (DSD, IDS and TRS) on 2,7 percent, the Green Party on 1,5 percent, the Pirate Party also on 1,5 percent, the I Believe Party on 1,3 percent, the SNS Nationalists on 1,1 percent and the Civic List on exactly one percent. "
 "Counting all respondents, among them the undecided, those who would not answer, those who would vote for no party and those who would stay at home, leaves the order unchanged though some shares shift. "
 "On that basis Miro Cerar's SMC Party is again first with 26,2 of Slovenia's voters, the SDS Democrats second on 15,9 percent and the Social Democrats SD third on 8,1 percent.",
 [("20,6 percent", 20.6, "=", ["SDS Democrats", "SDS", "decided voters"], None, SI_POLL, "Slovenia", MEDIANA),
  ("10,5 percent", 10.5, "=", ["Social Democrats SD", "Social Democrats", "SD"], None, SI_POLL, "Slovenia", MEDIANA),
  ("around 8,4 percent", 8.4, "~", ["Pensioners' Party DeSUS", "DeSUS", "decided voters"], None, SI_POLL, "Slovenia", None),
  ("5,1 percent", 5.1, "=", ["SLS"], None, SI_POLL, "Slovenia", None),
  ("4,8 percent", 4.8, "=", ["Alliance of Alenka Bratušek", "Alliance"], None, SI_POLL, "Slovenia", None),
  ("3,5 percent", 3.5, "=", ["Positive Slovenia"], None, SI_POLL, "Slovenia", None),
  ("600 adult Slovenian citizens", 600, "=", ["citizens", "adult Slovenian citizens"], None, SI_POLL, "Slovenia", MEDIANA),
  ("3,3 percent", 3.3, "=", ["New Slovenia", "NSi", "decided voters"], None, SI_POLL, "Slovenia", None),
  ("2,7 percent", 2.7, "=", ["United Left Coalition", "United Left"], None, SI_POLL, "Slovenia", None),
  ("1,5 percent", 1.5, "=", ["Green Party"], None, SI_POLL, "Slovenia", None),
  ("1,5 percent", 1.5, "=", ["Pirate Party"], None, SI_POLL, "Slovenia", None, 1),
  ("1,3 percent", 1.3, "=", ["I Believe Party"], None, SI_POLL, "Slovenia", None),
  ("1,1 percent", 1.1, "=", ["SNS Nationalists", "SNS"], None, SI_POLL, "Slovenia", None),
  ("exactly one percent", 1, "=", ["Civic List"], None, SI_POLL, "Slovenia", None),
  ("26,2", 26.2, "=", ["SMC Party", "SMC", "voters"], None, SI_POLL, "Slovenia", None),
  ("15,9 percent", 15.9, "=", ["SDS Democrats", "SDS"], None, SI_POLL, "Slovenia", None),
  ("8,1 percent", 8.1, "=", ["Social Democrats SD", "Social Democrats", "SD"], None, SI_POLL, "Slovenia", None)],
 ["the 23rd to the 26th of June", "first", "second", "third"]),
("u-biz-bov-h1-2018", "BOV Fund Services (Bank of Valletta release)", "2018-07-26", "https://www.bovfundservices.com/news/bov-interim-results-2018", "company results",
 "Bank of Valletta Group today reported results for the six months to 30 June, with profit before litigation provisions of €88.5 million, its highest half-yearly profit ever and 30% above the €67.8 million of the same period a year earlier. "
 "After setting aside €75 million against possible litigation losses, the group's pre-tax profit came to €13.5 million. "
 "Total income, made up of interest margin, fees and trading income, reached €127.9 million, against €115.5 million last year, up 11%. "
 "Costs were held in check, rising 2% to €63.9 million, and better credit quality in the loan book allowed impairment provisions of €20.2 million to be written back. "
 "The €75million provision covers possible losses on major litigation cases from earlier years in which BOV is involved, and the Board of Directors keeps them under constant review, the bank said, adding that such provisions imply no admission of fault or liability. "
 "Lending to customers, still the largest asset on the balance sheet, grew satisfactorily, mainly in home loans. "
 "Retail deposits kept growing steadily while corporate deposits fell, as the bank managed deposits closely through a long spell of low interest rates; total deposits now stand at €10 billion.",
 [("€88.5 million", 88.5e6, "=", ["profit before litigation provisions", "profit"], None, BOV_H1, None, BOV),
  ("30%", 30, "=", ["profit before litigation provisions", "profit"], None, BOV_H1, None, BOV),
  ("€67.8 million", 67.8e6, "=", ["profit before litigation provisions", "profit"], None, BOV_H1_17, None, BOV),
  ("€75 million", 75e6, "=", ["provision", "litigation losses"], None, BOV_H1, None, BOV),
  ("€13.5 million", 13.5e6, "=", "pre-tax profit", None, BOV_H1, None, BOV),
  ("€127.9 million", 127.9e6, "=", "total income", None, BOV_H1, None, BOV),
  ("€115.5 million", 115.5e6, "=", "total income", None, BOV_H1_17, None, BOV),
  ("11%", 11, "=", "total income", "rose", BOV_H1, None, BOV),
  ("2%", 2, "=", "costs", "rose", BOV_H1, None, BOV),
  ("€63.9 million", 63.9e6, "=", "costs", None, BOV_H1, None, BOV),
  ("€20.2 million", 20.2e6, "=", "impairment provisions", None, BOV_H1, None, BOV),
  ("€75million", 75e6, "=", "provision", None, None, None, BOV),
  ("€10 billion", 10e9, "=", "total deposits", None, None, None, BOV)],
 ["six months", "30 June"]),
("u-biz-icelandair-q3-2017", "CAPA Centre for Aviation (Icelandair Group statement)", "2017-10-27", "https://centreforaviation.com/news/icelandair-group-ebit-down-4-in-3q2017-as-cost-growth-exceeds-revenue-growth-731960", "company results",
 "Icelandair Group's revenue rose 10% year on year to USD536.0 million in the three months to 30-Sep-2017, the company reported on 26-Oct-2017. "
 "Passenger revenue grew 9% to USD390.1 million and cargo and mail 23% to USD17.9 million, while aircraft and aircrew lease income fell 5% to USD18.2 million. "
 "Total costs climbed 16% to USD374.9 million, with labour up 25% at USD118.1 million and fuel up 13% at USD82.4 million. "
 "EBIT slipped 4% to USD126.8 million and net profit 1% to USD101.3 million. "
 "President and CEO Björgólfur Jóhannsson said the outlook for flight operations was unchanged, but competition on the North Atlantic remained fierce and average fares were expected to stay under pressure.",
 [("10%", 10, "=", "revenue", "rose", ICE_Q3, None, ICE),
  ("USD536.0 million", 536.0e6, "=", "revenue", None, ICE_Q3, None, ICE),
  ("9%", 9, "=", "passenger revenue", "rose", ICE_Q3, None, None),
  ("USD390.1 million", 390.1e6, "=", "passenger revenue", None, ICE_Q3, None, None),
  ("23%", 23, "=", ["cargo and mail", "cargo"], "rose", ICE_Q3, None, None),
  ("USD17.9 million", 17.9e6, "=", ["cargo and mail", "cargo"], None, ICE_Q3, None, None),
  ("fell 5%", 5, "=", ["aircraft and aircrew lease income", "lease income"], "fell", ICE_Q3, None, None),
  ("USD18.2 million", 18.2e6, "=", ["aircraft and aircrew lease income", "lease income"], None, ICE_Q3, None, None),
  ("16%", 16, "=", "total costs", "rose", ICE_Q3, None, None),
  ("USD374.9 million", 374.9e6, "=", "total costs", None, ICE_Q3, None, None),
  ("25%", 25, "=", "labour", "rose", ICE_Q3, None, None),
  ("USD118.1 million", 118.1e6, "=", "labour", None, ICE_Q3, None, None),
  ("13%", 13, "=", "fuel", "rose", ICE_Q3, None, None),
  ("USD82.4 million", 82.4e6, "=", "fuel", None, ICE_Q3, None, None),
  ("slipped 4%", 4, "=", "EBIT", "fell", ICE_Q3, None, None),
  ("USD126.8 million", 126.8e6, "=", "EBIT", None, ICE_Q3, None, None),
  ("net profit 1%", 1, "=", "net profit", "fell", ICE_Q3, None, None),
  ("USD101.3 million", 101.3e6, "=", "net profit", None, ICE_Q3, None, None)],
 ["three months", "30-Sep-2017", "26-Oct-2017"]),
("u-health-guinea-ebola-2021", "ReliefWeb (WHO and IOM updates) and info-ebola.be", "2021-06-19", "https://m.reliefweb.int/disaster/50599/ep-2021-000016-gin", "health",
 "Guinea's Ministry of Health declared the Ebola outbreak in N'Zérékoré prefecture over on 19 June 2021, the country's first since the large epidemic that swept West Africa from 2014 to 2016. "
 "Health authorities declared the outbreak on 14 February 2021 in the rural community of Gouéké after the national laboratory confirmed three Ebola cases, the first reported in Guinea since an earlier outbreak ended in 2016, the World Health Organization (WHO) said at the time. "
 "Early investigations traced it to a nurse at the local health centre who died on 28 January 2021; after her burial, six people who had been at the funeral developed Ebola-like symptoms, two of whom died while the other four were taken to hospital. "
 "Guinea was among the three countries worst hit by the 2014–2016 West Africa outbreak, the largest since the virus was discovered in 1976. "
 "Vaccination of people at high risk began on 23 February, a little more than a week after the virus resurfaced, the WHO said. "
 "By 3 March, 17 cumulative cases had been declared, 4 probable and 13 confirmed, and eight of them had died, the International Organization for Migration (IOM) reported. "
 "Between 14 February and 19 June, 23 cases (16 confirmed and 7 probable) were identified in four sub-prefectures of N'Zérékoré prefecture. "
 "Of these, 11 survived and 12 died. "
 "Five healthcare workers were infected, two of whom died, and one case was a traditional healer.",
 [("three Ebola cases", 3, "=", ["Ebola cases", "cases"], None, "2021-02-14", ["Gouéké", "Guinea"], WHO),
  ("six people", 6, "=", "people", None, None, "Guinea", None),
  ("two of whom died", 2, "=", "people", "killed", None, "Guinea", None),
  ("other four", 4, "=", "people", None, None, "Guinea", None),
  ("17 cumulative cases", 17, "=", "cases", None, GN_MAR, "Guinea", IOM),
  ("4 probable", 4, "=", ["cases", "probable"], None, GN_MAR, "Guinea", IOM),
  ("13 confirmed", 13, "=", ["cases", "confirmed"], None, GN_MAR, "Guinea", IOM),
  ("eight of them had died", 8, "=", ["cases", "people"], "killed", GN_MAR, "Guinea", IOM),
  ("23 cases", 23, "=", "cases", None, GN_ALL, ["N'Zérékoré prefecture", "N'Zérékoré", "Guinea"], None),
  ("16 confirmed", 16, "=", ["cases", "confirmed"], None, GN_ALL, ["N'Zérékoré prefecture", "N'Zérékoré", "Guinea"], None),
  ("7 probable", 7, "=", ["cases", "probable"], None, GN_ALL, ["N'Zérékoré prefecture", "N'Zérékoré", "Guinea"], None),
  ("four sub-prefectures", 4, "=", "sub-prefectures", None, GN_ALL, ["N'Zérékoré prefecture", "N'Zérékoré", "Guinea"], None),
  ("11 survived", 11, "=", ["cases", "people"], None, GN_ALL, "Guinea", None),
  ("12 died", 12, "=", ["cases", "people"], "killed", GN_ALL, "Guinea", None),
  ("Five healthcare workers", 5, "=", "healthcare workers", "infected", GN_ALL, "Guinea", None),
  ("two of whom died", 2, "=", "healthcare workers", "killed", GN_ALL, "Guinea", None, 1)],
 ["three countries", "a little more than a week", "one case", "2014–2016"]),
("u-health-comoros-cholera-2024", "UNICEF (via ReliefWeb)", "2024-06-05", "https://reliefweb.int/report/comoros/unicef-comoros-humanitarian-situation-report-no-4-cholera-15-april-31-may-2024", "health",
 "Comoros has counted 7,335 suspected cholera cases and 121 deaths since the epidemic was declared on 2 February 2024, a case fatality rate of 1.6%, UNICEF said in its latest situation report, with figures to 26 May. "
 "Cases are still being reported on all three islands, and Anjouan is at the centre of the outbreak. "
 "More than 40% of reported cases are children and adolescents. "
 "Working with the Comorian Red Crescent and the Ministry of Health, UNICEF has kept 13 Case Area Targeted Interventions (CATI) teams in the field across the three islands to stop the disease spreading. "
 "The teams have decontaminated homes and handed out stop-cholera kits for more than 35,000 households and reached over 135,000 people door to door or in small groups. "
 "After 872,301 doses of the oral cholera vaccine Euvichol Plus (OCV) arrived in the country, UNICEF helped move them safely to Anjouan and Moheli and is supporting plans for the coming vaccination campaign. "
 "The epidemic, officially declared on 2 February 2024, is the first in the country since 2007. "
 "By 26 May 2024, 7,735 suspected cases had been reported, making it the top public health emergency in the country. "
 "Deaths have risen sharply since the previous UNICEF report, to 121, and more than 55% of them happened in the community.",
 [("7,335 suspected cholera cases", 7335, "=", ["suspected cases", "cases"], None, KM_TO, "Comoros", UNICEF_KM),
  ("121 deaths", 121, "=", "deaths", "killed", KM_TO, "Comoros", UNICEF_KM),
  ("1.6%", 1.6, "=", "case fatality rate", None, KM_TO, "Comoros", UNICEF_KM),
  ("More than 40%", 40, ">", ["reported cases", "cases"], None, KM_TO, "Comoros", None),
  ("13 Case Area Targeted Interventions (CATI) teams", 13, "=", ["teams", "CATI teams"], None, None, "Comoros", UNICEF_KM),
  ("more than 35,000 households", 35000, ">", "households", None, None, "Comoros", None),
  ("over 135,000 people", 135000, ">", "people", None, None, "Comoros", None),
  ("872,301 doses", 872301, "=", "doses", None, None, "Comoros", None),
  ("7,735 suspected cases", 7735, "=", ["suspected cases", "cases"], None, KM_TO, "Comoros", None),
  ("to 121", 121, "=", "deaths", "killed", KM_TO, "Comoros", None),
  ("more than 55%", 55, ">", "deaths", None, KM_TO, "Comoros", None)],
 ["all three islands", "the three islands", "since 2007"]),
("u-disaster-solomon-floods-2014", "USPA News", "2014-04-06", "http://purenews-uspa24-com.uspa24.com/bericht-2074/solomon-islands-flooding-kills-21-leaves-thousands-homeless.html", "disasters",
 "Flash floods have killed at least 21 people in the Solomon Islands and left thousands more without homes, officials in the South Pacific nation said on Sunday as the scale of the damage became clear, and the toll is expected to rise. "
 "After days of heavy rain the capital Honiara's Matanikau river broke its banks without warning late on Thursday, sweeping away houses and other buildings and flooding much of the downtown area. "
 "The rain came from a tropical depression that has since strengthened into Tropical Cyclone Ita. "
 "Graham Kenna of the charity Save the Children said the destruction was on a scale the Solomon Islands had never seen, with one house ending up on the international airport's runway and whole homes swept out to sea. "
 "By Sunday 21 deaths had been confirmed, according to the National Disaster Management Office (NDMO), 17 of them in Honiara and two in other parts of Guadalcanal island. "
 "Buala, a town on Santa Isabel Island in Isabel Province, also lost two people, one in a landslide and one in the floods. "
 "In the capital alone 30 people were missing and more than 12,000 affected, the authorities said, hundreds of them sheltering at an evacuation centre inside the Honiara International Airport terminal. "
 "More blankets, clothing, food, water and mosquito nets were urgently required, said the UN Office for the Coordination of Humanitarian Affairs (OCHA). "
 "Rivers in the northwest, centre and north of the island had flooded, wrecking homes, damaging bridges and displacing families, and there were reports of landslides and lost food gardens too, OCHA's Sunday situation report said.",
 [("at least 21 people", 21, ">=", "people", "killed", SB_DAYS, "Solomon Islands", ["officials"]),
  ("thousands more", None, ("vague", 2000, 10000), "people", None, SB_DAYS, "Solomon Islands", ["officials"]),
  ("21 deaths", 21, "=", "deaths", "killed", SB_DAYS, "Solomon Islands", NDMO),
  ("17 of them", 17, "=", "deaths", "killed", SB_DAYS, "Honiara", NDMO),
  ("two in other parts", 2, "=", "deaths", "killed", SB_DAYS, "Guadalcanal", NDMO),
  ("lost two people", 2, "=", "people", "killed", SB_DAYS, ["Buala", "Santa Isabel Island", "Isabel Province"], None),
  ("30 people", 30, "=", "people", "missing", None, "Honiara", ["authorities"]),
  ("more than 12,000", 12000, ">", "people", "affected", None, "Honiara", ["authorities"]),
  ("hundreds of them", None, ("vague", 200, 1000), "people", None, None, "Honiara", ["authorities"])],
 ["one house", "one in a landslide", "one in the floods"]),
("u-disaster-bhutan-flash-flood-2023", "Reuters (via a mirror)", "2023-07-21", "https://squidbusiness.fr/?p=410768", "disasters",
 "KATHMANDU (Reuters) – Flash floods and landslides set off by heavy rain swept away part of a small hydroelectric plant in Bhutan on Thursday, killing at least seven people and leaving 16 others missing, local media reported. "
 "Search and rescue teams have been sent to the area, and Prime Minister Lotay Tshering has reached the site, where he is assessing the situation and directing the search, his office said. "
 "The Bhutanese newspaper said on Twitter, without giving details, that the 32 MW Yungichhu Hydro Power Project, sited in a remote eastern area, had lost a section to the water but its main part was spared. "
 "So far seven bodies have been recovered and 16 people are still missing, according to state broadcaster BBS. "
 "Authorities said five of the seven dead had been identified, but gave no details. "
 "An unnamed official of Druk Green Power, which is building the plant, called it a major disaster and said project staff were among the missing, Bhutanese reported. "
 "Druk Green Power did not immediately answer calls from Reuters. "
 "Disasters on this scale are fairly rare in Bhutan, a country of just 750,000 people between China and India, although at least 10 people died in 2021 when flash floods swept away a remote mountain camp. "
 "In neighbouring Nepal, flash floods and landslides brought by the annual monsoon rains, which began in June, have killed at least 25 people this year and left another 25 missing.",
 [("at least seven people", 7, ">=", "people", "killed", BT_DAY, "Bhutan", ["local media"]),
  ("16 others", 16, "=", ["others", "people"], "missing", BT_DAY, "Bhutan", ["local media"]),
  ("seven bodies", 7, "=", "bodies", None, BT_DAY, "Bhutan", BBS),
  ("16 people", 16, "=", "people", "missing", BT_DAY, "Bhutan", BBS),
  ("five of the seven dead", 5, "=", ["dead", "people"], None, None, "Bhutan", ["authorities"]),
  ("750,000 people", 750000, "=", "people", None, None, "Bhutan", None),
  ("at least 10 people", 10, ">=", "people", "killed", "2021-01-01..2021-12-31", "Bhutan", None),
  ("at least 25 people", 25, ">=", "people", "killed", "2023-01-01..2023-07-21", "Nepal", None),
  ("another 25", 25, "=", "people", "missing", "2023-01-01..2023-07-21", "Nepal", None)],
 ["32 MW"]),
("u-mig-aceh-rohingya-2023", "AFP (via The Hindu)", "2023-11-19", "https://www.thehindu.com/news/international/more-than-500-rohingya-refugees-land-in-indonesia-un-agency/article67550435.ece", "migration",
 "BIREUEN, Indonesia (AFP) – More than 500 Rohingya refugees in three boats landed on Sunday in Indonesia's westernmost province, according to a UN agency, one of the largest landings since Myanmar's military turned on the minority in 2017. "
 "The Rohingya, most of them Muslim, face severe persecution in Myanmar, and thousands each year attempt long, costly sea voyages, often in flimsy vessels, to reach Malaysia or Indonesia. "
 "Faisal Rahman, a protection associate with the United Nations refugee agency, told AFP that one boat carrying 256 people had landed in Bireuen district of Aceh province, at least 239 people had come ashore in the Pidie region and a smaller boat with 36 on board had reached East Aceh. "
 "The refugees were found at several different places, he said. "
 "Rahman said 110 women and 60 children were among the 256 people on the Bireuen boat, which had been stuck off the coast for days after residents pushed it back out on Thursday. "
 "Local officials said more than 800 refugees had landed in the region in under a week, starting with 196 people on Tuesday and 147 more on Wednesday. "
 "Most of the refugees were in good health and were taken to a temporary detention centre to await a decision on their future, which a local official, Ibrahim Ahmad, said was for \"other institutions\" to make. "
 "The UNHCR says more than 2,000 Rohingya, many of them refugees in Bangladesh, tried the dangerous crossing to Indonesia or Malaysia in 2022, with 200 dead or missing. "
 "A 20-year-old refugee, Aziz Ullah, said he had lived in a camp in Cox's Bazar in Bangladesh before setting out on the 16-day journey.",
 [("More than 500 Rohingya refugees", 500, ">", ["Rohingya refugees", "refugees"], "arrived", AC_SUN, ["Aceh", "Indonesia"], ["UN agency", "United Nations refugee agency", "UNHCR"]),
  ("three boats", 3, "=", "boats", None, AC_SUN, ["Aceh", "Indonesia"], None),
  ("thousands each year", None, ("vague", 2000, 10000), ["Rohingya", "people"], None, None, None, None),
  ("256 people", 256, "=", "people", "arrived", AC_SUN, ["Bireuen", "Aceh"], RAHMAN),
  ("at least 239 people", 239, ">=", "people", "arrived", AC_SUN, ["Pidie", "Aceh"], RAHMAN),
  ("36 on board", 36, "=", "people", "arrived", AC_SUN, ["East Aceh", "Aceh"], RAHMAN),
  ("110 women", 110, "=", "women", None, AC_SUN, ["Bireuen", "Aceh"], RAHMAN),
  ("60 children", 60, "=", "children", None, AC_SUN, ["Bireuen", "Aceh"], RAHMAN),
  ("more than 800 refugees", 800, ">", "refugees", "arrived", "2023-11-14..2023-11-19", ["Aceh"], ["local officials", "officials"]),
  ("196 people", 196, "=", "people", "arrived", "2023-11-14", ["Aceh"], ["local officials", "officials"]),
  ("147 more", 147, "=", "people", "arrived", "2023-11-15", ["Aceh"], ["local officials", "officials"]),
  ("more than 2,000 Rohingya", 2000, ">", ["Rohingya", "refugees"], None, "2022-01-01..2022-12-31", None, ["UNHCR"]),
  ("200 dead or missing", 200, "=", ["Rohingya", "people"], None, "2022-01-01..2022-12-31", None, ["UNHCR"])],
 ["the 256 people on the Bireuen boat", "20-year-old", "16-day"]),
("u-sport-liechtenstein-gibraltar-2024", "Sholy Nation Sport", "2024-10-14", "https://sholynationsport.com/liechtenstein-vs-gibraltar-a-clash-of-underdogs-in-the-euro-2024-qualifiers", "sport",
 "VADUZ – Liechtenstein and Gibraltar played out a goalless draw in the UEFA Nations League at the Rheinpark Stadium in Vaduz on the thirteenth of October 2024. "
 "The 0-0 left Gibraltar top of the group on five points, with Liechtenstein third on two points. "
 "The result meant different things to the two sides: Gibraltar's points keep them in front, while Liechtenstein's keep alive their hopes of better results to come. "
 "Liechtenstein's recent form has been a mix of wins, draws and defeats, while Gibraltar have strung together victories and draws. "
 "A draw was no great surprise: Liechtenstein had only just ended a run of 41 games without a win, while Gibraltar were out to stretch their unbeaten streak. "
 "Nicolas Hasler failed to convert a penalty in the 90+5′ minute that would have put Liechtenstein in front, the Gibraltar goalkeeper Dayle Coleing keeping out his kick. "
 "Both defences held firm throughout, and neither side was willing to lose. "
 "Liechtenstein had 61% of possession to Gibraltar's 39%. "
 "Gibraltar had the most shots, 5 against 4, and 1 of them was on target.",
 [("five points", 5, "=", "points", None, None, None, None),
  ("two points", 2, "=", "points", None, None, None, None),
  ("41 games", 41, "=", "games", None, None, None, None),
  ("61%", 61, "=", "possession", None, "2024-10-13", None, None),
  ("39%", 39, "=", "possession", None, "2024-10-13", None, None),
  ("shots, 5", 5, "=", "shots", None, "2024-10-13", None, None),
  ("against 4", 4, "=", "shots", None, "2024-10-13", None, None),
  ("1 of them", 1, "=", "shots", None, "2024-10-13", None, None)],
 ["thirteenth of October", "0-0", "third", "90+5′ minute"]),
("u-transport-malta-airport-jun-2018", "MaltaToday", "2018-07-09", "https://www.maltatoday.com.mt/news/national/88115/airport_traffic_in_june_surpasses_600000_for_first_time__", "transport",
 "Malta International Airport (MIA) handled 663,088 passenger movements in June, the first month in the airport's history to top 600,000, MIA said. "
 "Summer had again proved busy, it said, with traffic up 14.6% and an average of 156 take-offs and landings a day. "
 "Passenger growth went hand in hand with a 15.1% rise in aircraft movements and a 14.4% rise in seat capacity, yet the seat load factor (SLF) held at 82.7% despite the many extra seats. "
 "Four of the airport's top five markets grew by double digits: Spain (+49.1%), Italy (+18.9%), France (+17.8%) and the United Kingdom (+14.6%). "
 "Of the five, only Germany shrank (-3.0%) in June, because TUI cruises cut its schedule, hitting cruise-and-fly passenger traffic, MIA said. "
 "Traffic to and from Spain rose strongly after three entirely new routes, serving Malaga, Seville and Bilbao, were launched and flights to Barcelona were made more frequent under the summer schedule.",
 [("663,088", 663088, "=", "passenger movements", None, MT_JUN, "Malta", MIA),
  ("14.6%", 14.6, "=", "traffic", "rose", MT_JUN, "Malta", MIA),
  ("156", 156, "=", ["take-offs and landings", "take-offs"], None, MT_JUN, "Malta", MIA),
  ("15.1%", 15.1, "=", "aircraft movements", "rose", MT_JUN, "Malta", None),
  ("14.4%", 14.4, "=", "seat capacity", "rose", MT_JUN, "Malta", None),
  ("82.7%", 82.7, "=", ["seat load factor", "SLF"], None, MT_JUN, "Malta", None),
  ("Four of the airport's top five markets", 4, "=", "markets", None, MT_JUN, "Malta", None),
  ("+14.6%", 14.6, "=", ["United Kingdom", "markets"], "rose", MT_JUN, None, None),
  ("+18.9%", 18.9, "=", ["Italy", "markets"], "rose", MT_JUN, None, None),
  ("+17.8%", 17.8, "=", ["France", "markets"], "rose", MT_JUN, None, None),
  ("+49.1%", 49.1, "=", ["Spain", "markets"], "rose", MT_JUN, None, None),
  ("-3.0%", -3.0, "=", ["Germany", "markets"], "fell", MT_JUN, None, MIA),
  ("three entirely new routes", 3, "=", "routes", None, None, "Malta", None)],
 ["600,000", "top five", "the five"]),
("u-conflict-car-koundjili-2019", "AFP (via France 24)", "2019-05-22", "https://www.france24.com/en/20190522-armed-group-kills-26-central-african-republic-un", "conflict",
 "Bangui (Central African Republic) (AFP) – An armed group raided two villages in the northwest of the Central African Republic on Tuesday, killing more than 26 people and wounding many, the UN peacekeeping mission said. "
 "The head of MINUSCA, Mankeur Ndiaye, said in a tweet on Wednesday that Koundjili and Djoumjoum were the villages hit. "
 "He said the mission condemned the killings utterly, and promised that those behind such crimes would be hunted down, arrested and put on trial. "
 "It was the deadliest single attack since February, when the government signed an accord with 14 militias meant to bring peace back to one of Africa's most unstable countries. "
 "According to a UN source, the killings were the work of a group known as 3R, which called the villagers to a meeting and then shot them indiscriminately. "
 "The source put the dead at twelve in Koundjili and 14 in Djoumjoum. "
 "The group's name comes from the French for Return, Reclamation and Reconciliation, and it says it speaks for the Fulani, among the CAR's many ethnic communities. "
 "3R is among the 14 groups that put their names to the February 6 peace deal, a disputed arrangement that handed key posts to warlords and provided for mixed units of regular soldiers and militiamen. "
 "Its leader, Bi Sidi Souleymane, known as Sidiki, was appointed by the prime minister as one of his three \"special military advisors\", responsible for setting up the mixed units. "
 "The CAR has struggled to recover from the bloodshed that began when mainly Muslim Seleka rebels overthrew former president Francois Bozize, a Christian, in 2013. "
 "Armed groups, which usually say they protect an ethnic or religious community, hold about 80 percent of the country and often fight over its mineral wealth. "
 "Thousands have been killed and nearly 650,000 have fled their homes.",
 [("more than 26 people", 26, ">", "people", "killed", CF_DAY, ["Central African Republic", "northwest of the Central African Republic"], ["UN peacekeeping mission", "MINUSCA", "mission"]),
  ("two villages", 2, "=", "villages", None, CF_DAY, ["Central African Republic", "northwest of the Central African Republic"], ["UN peacekeeping mission", "MINUSCA", "mission"]),
  ("14 militias", 14, "=", "militias", None, None, "Central African Republic", None),
  ("twelve in Koundjili", 12, "=", "people", "killed", CF_DAY, "Koundjili", UN_SRC),
  ("14 in Djoumjoum", 14, "=", "people", "killed", CF_DAY, "Djoumjoum", UN_SRC),
  ("14 groups", 14, "=", "groups", None, None, "Central African Republic", None),
  ("one of his three", 3, "=", ["special military advisors", "advisors"], None, None, "Central African Republic", None),
  ("about 80 percent", 80, "~", ["country", "CAR"], None, None, "Central African Republic", None),
  ("Thousands", None, ("vague", 2000, 10000), "people", "killed", None, "Central African Republic", None),
  ("nearly 650,000", 650000, "nearly", "people", "displaced", None, "Central African Republic", None)],
 ["3R", "February 6"]),
]
