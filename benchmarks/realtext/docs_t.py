# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, eighteenth set: sixteen more rewritten reports across beats (Saudi, Eswatini, Barbadian,
Tajik, Maldivian, Swedish, Spanish, Dutch, Salvadoran, South Sudanese, Greek, Nicaraguan, Ceuta/Spanish,
Omani, Danish and Congolese material), annotated before the extractor was run on them and scored once
(heldout18/README.md); not used to shape rules.

Same tuple layout as docs_c.py .. docs_s.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout18/ by build.py."""
GASTAT = ["General Authority for Statistics", "GASTAT", "statistics authority", "the statistics authority", "Saudi Arabia's General Authority for Statistics", "authority"]
SA_GOV = ["government figures", "government", "figures"]
SA_JAN = "2023-01-01..2023-01-31"
SA_DEC = "2022-12-01..2022-12-31"
CSO_SZ = ["Central Statistical Office", "CSO", "the Central Statistical Office (CSO)"]
SZ_MAY = "2019-05-01..2019-05-31"
SZ_APR = "2019-04-01..2019-04-30"
WORRELL = ["DeLisle Worrell", "Worrell", "Dr DeLisle Worrell", "Central Bank Governor Dr DeLisle Worrell", "Central Bank Governor", "he"]
BB_AD = "2014-04-01..2014-12-31"
BB_Q1 = "2015-01-01..2015-03-31"
BB_FY = "2014-04-01..2015-03-31"
TJ_STAT = ["Agency for Statistics under the President of Tajikistan", "Agency for Statistics", "the Agency for Statistics under the President of Tajikistan"]
TJ_Q1 = "2017-01-01..2017-03-31"
TJ16 = "2016-01-01..2016-12-31"
EC_MV = ["Elections Commission", "the Elections Commission", "Elections Commission results"]
MV_DAY = "2019-04-06"
NOVUS = ["Novus", "Novus Opinion", "poll", "survey", "Novus poll", "the Novus Opinion survey", "TV4"]
SE_POLL = "2008-11-04..2008-11-18"
IDX_Q1 = "2019-02-01..2019-04-30"
HK_H1 = "2019-01-01..2019-06-30"
HK_H1_18 = "2018-01-01..2018-06-30"
MINSAL = ["Ministry of Health", "MINSAL", "ministry", "the ministry", "El Salvador's Ministry of Health (MINSAL)"]
SV_W28 = "2024-07-07..2024-07-13"
SS_OUT = "2016-06-18..2017-12-18"
GR_WEEK = "2023-09-04..2023-09-08"
NHC = ["National Hurricane Center", "NHC", "the NHC", "U.S. National Hurricane Center (NHC)"]
UNICEF = ["UNICEF", "U.N. children's agency", "UNICEF, the U.N. children's agency", "statement"]
NI_DAY = "2020-11-03"
CE_DAYS = "2021-05-17..2021-05-18"
OM_DAY = "2019-10-30"
CPH = ["Copenhagen Airport", "airport", "the airport", "statement"]
CPH_JUN = "2014-06-01..2014-06-30"
DRC_ARMY = ["army", "the army", "Congolese army", "FARDC", "the Congolese army (FARDC)"]
DRC_WKND = "2020-06-20..2020-06-21"

DOCS = [
("t-econ-saudi-cpi-jan-2023", "Reuters (via WTVB)", "2023-02-15", "https://wtvbam.com/2023/02/15/saudi-inflation-ticks-up-to-3-4-in-january/", "economy",
 "DUBAI (Reuters) - Saudi Arabia's annual rate of inflation edged up to 3.4% in January, against 3.3% in December, with housing costs once more the main force behind price rises, government figures published on Wednesday showed. "
 "The biggest group in the consumer basket, housing, water, electricity, gas and other fuels, which carries a weight of 25.5%, rose 6.6% on twelve months before. "
 "Actual rents for housing climbed 7.7% in January 2023 on the back of a 19.3% rise in apartment rents, the General Authority for Statistics said. "
 "Prices of food and beverages, the chief source of inflation through most of 2022, climbed 4.2% year on year. "
 "Month on month, consumer prices went up 0.2%, according to the statistics authority. "
 "Against December, it said, the housing group rose 0.8% as actual rents for housing increased 1.0%, while food and beverage prices rose 0.5%, with food alone up 0.4%; restaurants and hotels rose 0.3%, personal goods and services 0.1% and furnishings, household equipment and maintenance 0.2%. "
 "Transport prices slipped 0.3% from December, clothing and footwear fell 0.7% and communication prices dropped 0.7%. "
 "Refinitiv data show inflation at its highest level since July 2016, leaving aside the stretch from July 2020 to June 2021, when value-added tax was tripled to 15% and prices jumped.",
 [("3.4%", 3.4, "=", ["annual rate of inflation", "inflation", "rate"], None, SA_JAN, "Saudi Arabia", SA_GOV),
  ("3.3%", 3.3, "=", ["annual rate of inflation", "inflation", "rate"], None, SA_DEC, "Saudi Arabia", SA_GOV),
  ("25.5%", 25.5, "=", ["weight", "consumer basket", "housing, water, electricity, gas and other fuels"], None, None, "Saudi Arabia", None),
  ("6.6%", 6.6, "=", ["housing, water, electricity, gas and other fuels", "housing"], "rose", SA_JAN, "Saudi Arabia", None),
  ("7.7%", 7.7, "=", ["actual rents for housing", "rents"], "rose", SA_JAN, "Saudi Arabia", GASTAT),
  ("19.3%", 19.3, "=", ["apartment rents", "rents"], "rose", SA_JAN, "Saudi Arabia", GASTAT),
  ("4.2%", 4.2, "=", ["prices of food and beverages", "food and beverages", "prices"], "rose", SA_JAN, "Saudi Arabia", None),
  ("0.2%", 0.2, "=", ["consumer prices", "prices"], "rose", SA_JAN, "Saudi Arabia", GASTAT),
  ("0.8%", 0.8, "=", ["housing group", "housing"], "rose", SA_JAN, "Saudi Arabia", GASTAT),
  ("1.0%", 1.0, "=", ["actual rents for housing", "rents"], "rose", SA_JAN, "Saudi Arabia", GASTAT),
  ("0.5%", 0.5, "=", ["food and beverage prices", "prices"], "rose", SA_JAN, "Saudi Arabia", GASTAT),
  ("0.4%", 0.4, "=", "food", "rose", SA_JAN, "Saudi Arabia", GASTAT),
  ("0.3%", 0.3, "=", ["restaurants and hotels", "restaurants"], "rose", SA_JAN, "Saudi Arabia", GASTAT),
  ("0.1%", 0.1, "=", ["personal goods and services", "goods and services"], "rose", SA_JAN, "Saudi Arabia", GASTAT),
  ("maintenance 0.2%", 0.2, "=", ["furnishings, household equipment and maintenance", "furnishings"], "rose", SA_JAN, "Saudi Arabia", GASTAT),
  ("0.3%", 0.3, "=", ["transport prices", "prices"], "fell", SA_JAN, "Saudi Arabia", None, 1),
  ("0.7%", 0.7, "=", ["clothing and footwear", "clothing"], "fell", SA_JAN, "Saudi Arabia", None),
  ("0.7%", 0.7, "=", ["communication prices", "communication"], "fell", SA_JAN, "Saudi Arabia", None, 1),
  ("15%", 15, "=", ["value-added tax", "tax"], None, None, "Saudi Arabia", None)],
 ["twelve months before"]),
("t-econ-eswatini-cpi-may-2019", "Times of Eswatini", "2019-06-18", "http://times.co.sz/business/124035-inflation-rate-drops-again-to-1-6.html", "economy",
 "MBABANE – Inflation in Eswatini has fallen again, to 1.6 per cent. "
 "Headline inflation for May 2019, the yearly movement of the Consumer Price Index (CPI) against May 2018, was 1.6 per cent, according to the Central Statistical Office (CSO). "
 "That was 0.2 index points below the 1.8 per cent annual rate recorded for April 2019. "
 "Prices were flat on April, the CSO said, with month-on-month inflation at 0.0 per cent. "
 "The slower headline rate came from housing, electricity, water, gas and other fuels, whose annual rate eased from 0.9 per cent in April 2019 to 0.3 per cent in May 2019, mostly because of water supply and other services connected with dwellings. "
 "Working the other way, though only slightly, were alcoholic beverages, tobacco and narcotics, whose rate went from 4.1 per cent in April to 5.1 per cent in May, chiefly because of beer. "
 "Restaurants and hotels also picked up, from 0.1 per cent in April 2019 to 1.0 per cent in May 2019, led by catering services, restaurants and cafés for example, the CSO added. "
 "Prime Minister Mandvulo Dlamini had been delighted when inflation recently came down to 1.8 per cent, crediting reforms brought in by his new government. "
 "At a breakfast with editors at the Royal Villas two weeks ago, he said inflation had come down sharply since the cabinet took office some six months earlier.",
 [("to 1.6 per cent", 1.6, "=", "inflation", None, SZ_MAY, "Eswatini", None),
  ("1.6 per cent", 1.6, "=", ["headline inflation", "inflation"], None, SZ_MAY, "Eswatini", CSO_SZ, 1),
  ("0.2 index points", 0.2, "=", ["annual rate", "inflation", "headline inflation", "rate"], None, None, "Eswatini", None),
  ("1.8 per cent", 1.8, "=", ["annual rate", "inflation", "rate"], None, SZ_APR, "Eswatini", None),
  ("0.0 per cent", 0.0, "=", ["month-on-month inflation", "inflation", "prices"], None, SZ_MAY, "Eswatini", CSO_SZ),
  ("0.9 per cent", 0.9, "=", ["housing, electricity, water, gas and other fuels", "housing", "annual rate"], None, SZ_APR, "Eswatini", None),
  ("0.3 per cent", 0.3, "=", ["housing, electricity, water, gas and other fuels", "housing", "annual rate"], None, SZ_MAY, "Eswatini", None),
  ("4.1 per cent", 4.1, "=", ["alcoholic beverages, tobacco and narcotics", "alcoholic beverages", "rate"], None, SZ_APR, "Eswatini", None),
  ("5.1 per cent", 5.1, "=", ["alcoholic beverages, tobacco and narcotics", "alcoholic beverages", "rate"], None, SZ_MAY, "Eswatini", None),
  ("0.1 per cent", 0.1, "=", ["restaurants and hotels", "restaurants"], None, SZ_APR, "Eswatini", CSO_SZ),
  ("1.0 per cent", 1.0, "=", ["restaurants and hotels", "restaurants"], None, SZ_MAY, "Eswatini", CSO_SZ),
  ("1.8 per cent", 1.8, "=", "inflation", None, None, "Eswatini", None, 1)],
 ["two weeks", "six months"]),
("t-fin-barbados-2014-15", "Barbados news feed (via RSSing)", "2015-01-27", "https://barbados171.rssing.com/chan-13839764/article2651.html", "public finance",
 "Savings from the Government's Fiscal Consolidation Programme came to an estimated $181 million, or 2.1 per cent of GDP, from April to December last year. "
 "Central Bank Governor Dr DeLisle Worrell expects another $212.8 million, or 2.4 per cent of GDP, to be saved in the year's first quarter. "
 "Together with extra revenue measures, chiefly a special dividend and grant funding, the continuing fiscal adjustment would bring in a further $90.8 million of revenue, or one per cent of GDP, and let Government meet the targeted deficit of $632.5 million, or 7.2 per cent of GDP, when April ends, he said. "
 "Worrell said the revised deficit goal for Fiscal Year 2014/15, 7.2 per cent of GDP, was within reach provided supplementary spending did not add more than $65 million to expenditure, the limit the Minister of Finance set out in December 2014. "
 "He also forecast that the deficit would fall by five per cent over the medium term. "
 "Presenting the bank's report on how the Barbadian economy is performing, Worrell said the Medium Term Growth and Adjustment Strategy was back on course, aiming for nominal growth to outpace the fiscal deficit in Fiscal Year 2016/17, from which point debt would start to fall relative to GDP. "
 "He said Government had been turning to the Central Bank and other domestic lenders to cover its revenue shortfall. "
 "Through December, the deficit was funded by running down Government deposits at the Central Bank ($174 million) and in the banking system ($238 million), while the Bank provided $158 million of financing and the National Insurance Scheme (NIS) $95 million, he said. "
 "Commercial banks cut their financing of Government by about $104 million and private non-bank investors by about $30 million.",
 [("$181 million", 181e6, "=", "savings", None, BB_AD, "Barbados", None),
  ("2.1 per cent of GDP", 2.1, "=", ["savings", "GDP"], None, BB_AD, "Barbados", None),
  ("$212.8 million", 212.8e6, "=", "savings", None, BB_Q1, "Barbados", WORRELL),
  ("2.4 per cent of GDP", 2.4, "=", ["savings", "GDP"], None, BB_Q1, "Barbados", WORRELL),
  ("$90.8 million", 90.8e6, "=", "revenue", None, None, "Barbados", WORRELL),
  ("one per cent of GDP", 1, "=", ["revenue", "GDP"], None, None, "Barbados", WORRELL),
  ("$632.5 million", 632.5e6, "=", ["deficit target", "deficit"], None, None, "Barbados", WORRELL),
  ("7.2 per cent of GDP", 7.2, "=", ["deficit target", "deficit", "GDP"], None, None, "Barbados", WORRELL),
  ("7.2 per cent of GDP", 7.2, "=", ["deficit", "target", "GDP"], None, BB_FY, "Barbados", WORRELL, 1),
  ("$65 million", 65e6, "<=", ["supplementary spending", "expenditure", "spending"], None, None, "Barbados", WORRELL),
  ("five per cent", 5, "=", "deficit", "fell", None, "Barbados", WORRELL),
  ("($238 million)", 238e6, "=", ["Government deposits", "deposits"], None, None, "Barbados", WORRELL),
  ("($174 million)", 174e6, "=", ["Government deposits", "deposits"], None, None, "Barbados", WORRELL),
  ("$158 million", 158e6, "=", "financing", None, None, "Barbados", WORRELL),
  ("$95 million", 95e6, "=", "financing", None, None, "Barbados", WORRELL),
  ("about $104 million", 104e6, "~", "financing", "cut", None, "Barbados", None),
  ("about $30 million", 30e6, "~", "financing", "cut", None, "Barbados", None)],
 ["2014/15", "2016/17"]),
("t-trade-tajikistan-q1-2017", "News.tj", "2017-04-19", "http://www.news.tj/tj/node/238815", "trade",
 "Tajikistan's foreign trade, electricity included, came to 775.7 million U.S. dollars in the first quarter of this year, 88.7 percent of its January-March 2016 level and a drop of 98.5 million U.S. dollars, the Agency for Statistics under the President of Tajikistan reported. "
 "Over the quarter the country ran a trade deficit of 315.5 million U.S. dollars. "
 "Goods exports in January-March reached 230.1 million U.S. dollars, up 16.9 percent, or 33.3 million USD, on the first quarter of last year. "
 "Goods imports over the same three months totalled 545.6 million U.S. dollars, down 19.4 percent, or 131.7 million USD, on January-March of last year. "
 "Tajikistan traded with 109 countries in the quarter, ten of them members of the CIS. "
 "Its main partners in the period were Russia, with more than 221 million U.S. dollars of trade (3.4 percent more than a year earlier), and Kazakhstan, with approximately 193 million U.S. dollars (a 38-percent increase on January-March 2016). "
 "Trade with China, by contrast, fell 61 percent in January-March to just over 84 million U.S. dollars. "
 "Last year Tajikistan's external trade turnover was 3.9296 billion U.S. dollars, 90.8 percent of the 2015 figure, or 370 million U.S. dollars less.",
 [("775.7 million U.S. dollars", 775.7e6, "=", ["foreign trade", "trade"], None, TJ_Q1, "Tajikistan", TJ_STAT),
  ("88.7 percent", 88.7, "=", ["foreign trade", "trade", "level"], None, TJ_Q1, "Tajikistan", TJ_STAT),
  ("98.5 million U.S. dollars", 98.5e6, "=", ["foreign trade", "trade"], "fell", TJ_Q1, "Tajikistan", TJ_STAT),
  ("315.5 million U.S. dollars", 315.5e6, "=", ["trade deficit", "deficit"], None, TJ_Q1, "Tajikistan", None),
  ("230.1 million U.S. dollars", 230.1e6, "=", ["goods exports", "exports"], None, TJ_Q1, "Tajikistan", None),
  ("16.9 percent", 16.9, "=", ["goods exports", "exports"], "rose", TJ_Q1, "Tajikistan", None),
  ("33.3 million USD", 33.3e6, "=", ["goods exports", "exports"], "rose", TJ_Q1, "Tajikistan", None),
  ("545.6 million U.S. dollars", 545.6e6, "=", ["goods imports", "imports"], None, TJ_Q1, "Tajikistan", None),
  ("19.4 percent", 19.4, "=", ["goods imports", "imports"], "fell", TJ_Q1, "Tajikistan", None),
  ("131.7 million USD", 131.7e6, "=", ["goods imports", "imports"], "fell", TJ_Q1, "Tajikistan", None),
  ("109 countries", 109, "=", "countries", None, TJ_Q1, "Tajikistan", None),
  ("ten of them", 10, "=", ["members of the CIS", "members", "countries"], None, TJ_Q1, "Tajikistan", None),
  ("more than 221 million U.S. dollars", 221e6, ">", "trade", None, TJ_Q1, None, None),
  ("3.4 percent", 3.4, "=", "trade", None, TJ_Q1, None, None),
  ("approximately 193 million U.S. dollars", 193e6, "~", "trade", None, TJ_Q1, None, None),
  ("38-percent increase", 38, "=", "trade", "rose", TJ_Q1, None, None),
  ("61 percent", 61, "=", ["trade with China", "trade"], "fell", TJ_Q1, None, None),
  ("just over 84 million U.S. dollars", 84e6, ">", ["trade with China", "trade"], None, TJ_Q1, None, None),
  ("3.9296 billion U.S. dollars", 3.9296e9, "=", ["external trade turnover", "trade turnover", "turnover"], None, TJ16, "Tajikistan", None),
  ("90.8 percent", 90.8, "=", ["external trade turnover", "turnover", "figure"], None, TJ16, "Tajikistan", None),
  ("370 million U.S. dollars", 370e6, "=", ["external trade turnover", "turnover"], None, TJ16, "Tajikistan", None)],
 ["three months"]),
("t-elec-maldives-2019", "IANS (via Business Standard)", "2019-04-12", "https://www.business-standard.com/article/news-ians/maldives-ruling-party-secures-highest-win-in-polls-119041201113_1.html", "elections",
 "The governing Maldives Democratic Party (MDP) has taken the parliamentary elections, winning 65 seats in what is an 87-member Parliament, the largest win ever recorded in the island nation, the Elections Commission said on Friday. "
 "Commission spokesperson Ahmed Akram told the Xinhua news agency that no single party had ever done so well, and that the result hands the MDP a majority in Parliament. "
 "The Progressive Party of Maldives of former President Abdulla Yameen and the People's National Congress won eight seats between them, and the Jumhooree Party won five. "
 "Independent candidates won seven seats and the Maldives Development Alliance two. "
 "Elections Commission results show that 212,079 people out of 264,442 cast ballots in last Saturday's parliamentary vote. "
 "Observers said voting had passed off peacefully. "
 "President Ibrahim Mohamed Solih, who leads the MDP, congratulated all the winners after the preliminary results were announced earlier in the week.",
 [("65 seats", 65, "=", "seats", "won", MV_DAY, "Maldives", EC_MV),
  ("eight seats", 8, "=", "seats", "won", MV_DAY, "Maldives", None),
  ("won five", 5, "=", "seats", "won", MV_DAY, "Maldives", None),
  ("Alliance two", 2, "=", "seats", "won", MV_DAY, "Maldives", None),
  ("seven seats", 7, "=", "seats", "won", MV_DAY, "Maldives", None),
  ("212,079 people", 212079, "=", ["people", "ballots", "voters"], "cast", MV_DAY, "Maldives", EC_MV),
  ("264,442", 264442, "=", ["people", "voters"], None, None, "Maldives", EC_MV)],
 ["87-member"]),
("t-poll-sweden-novus-nov-2008", "The Local", "2008-11-22", "https://apiwp.thelocal.com/20081122/15868/", "poll",
 "Support for Sweden's Social Democrats keeps slipping, a new Novus poll shows: the party has lost 3.6 percentage points in a month and now stands at 37.2 percent. "
 "The Moderates, by contrast, gained further ground in November, according to the Novus Opinion survey, which TV4 presented. "
 "Mona Sahlin's Social Democrats had the backing of 37.2 percent of respondents, their weakest showing since the 2006 election and 3.6 percentage points down on October, a fall the pollster called statistically significant. "
 "Fredrik Reinfeldt's Moderates polled 25.5 percent, up 2.7 percentage points from October. "
 "The distance separating the two blocs, right and left, has nearly halved since June, from 17.8 percent then to 9.1 percent in November. "
 "Novus gave these shares in percent for the parties in parliament, with the change since October in brackets: the Moderates 25.5 (+2.7), the Liberal (Folk) party 7.3 (+1.1), the Centre party 5.3 (-0.2), the Christian Democrats 4.3 (+-0), the Social Democrats 37.2 (-3.6), the Left party 6.6 (+0.5) and the Green party 7.7 (+1.3). "
 "The governing Alliance parties together had 42.4 (+3.6) percent, against 51.5 (-1.8) percent for the three-party opposition. "
 "The far-right Sweden Democrats were on 4.1 percent, enough to win seats in parliament if an election took place today. "
 "Novus Opinion asked 2,000 people aged over 18 how they would vote in a general election held today, between November 4th and 18th.",
 [("3.6 percentage points", 3.6, "=", ["Social Democrats", "support", "party"], "lost", SE_POLL, "Sweden", NOVUS),
  ("37.2 percent", 37.2, "=", ["Social Democrats", "support", "party"], None, SE_POLL, "Sweden", NOVUS),
  ("37.2 percent", 37.2, "=", ["Social Democrats", "respondents", "backing"], None, SE_POLL, "Sweden", None, 1),
  ("3.6 percentage points", 3.6, "=", ["Social Democrats", "backing", "support"], "fell", SE_POLL, "Sweden", None, 1),
  ("25.5 percent", 25.5, "=", ["Moderates", "support"], None, SE_POLL, "Sweden", None),
  ("2.7 percentage points", 2.7, "=", ["Moderates", "support"], "rose", SE_POLL, "Sweden", None),
  ("17.8 percent", 17.8, "=", ["distance", "blocs", "gap"], None, "2008-06-01..2008-06-30", "Sweden", None),
  ("9.1 percent", 9.1, "=", ["distance", "blocs", "gap"], None, SE_POLL, "Sweden", None),
  ("Moderates 25.5", 25.5, "=", "Moderates", None, SE_POLL, "Sweden", NOVUS),
  ("(+2.7)", 2.7, "=", "Moderates", "rose", SE_POLL, "Sweden", NOVUS),
  ("7.3", 7.3, "=", ["Liberal (Folk) party", "Liberal party", "Liberal"], None, SE_POLL, "Sweden", NOVUS),
  ("(+1.1)", 1.1, "=", ["Liberal (Folk) party", "Liberal party", "Liberal"], "rose", SE_POLL, "Sweden", NOVUS),
  ("5.3", 5.3, "=", ["Centre party", "Centre"], None, SE_POLL, "Sweden", NOVUS),
  ("(-0.2)", -0.2, "=", ["Centre party", "Centre"], "fell", SE_POLL, "Sweden", NOVUS),
  ("Democrats 4.3", 4.3, "=", ["Christian Democrats"], None, SE_POLL, "Sweden", NOVUS),
  ("Democrats 37.2", 37.2, "=", "Social Democrats", None, SE_POLL, "Sweden", NOVUS),
  ("(-3.6)", -3.6, "=", "Social Democrats", "fell", SE_POLL, "Sweden", NOVUS),
  ("6.6", 6.6, "=", ["Left party", "Left"], None, SE_POLL, "Sweden", NOVUS),
  ("(+0.5)", 0.5, "=", ["Left party", "Left"], "rose", SE_POLL, "Sweden", NOVUS),
  ("7.7", 7.7, "=", ["Green party", "Green"], None, SE_POLL, "Sweden", NOVUS),
  ("(+1.3)", 1.3, "=", ["Green party", "Green"], "rose", SE_POLL, "Sweden", NOVUS),
  ("42.4", 42.4, "=", ["Alliance parties", "Alliance"], None, SE_POLL, "Sweden", None),
  ("(+3.6)", 3.6, "=", ["Alliance parties", "Alliance"], "rose", SE_POLL, "Sweden", None),
  ("51.5", 51.5, "=", ["opposition", "three-party opposition"], None, SE_POLL, "Sweden", None),
  ("(-1.8)", -1.8, "=", ["opposition", "three-party opposition"], "fell", SE_POLL, "Sweden", None),
  ("4.1 percent", 4.1, "=", "Sweden Democrats", None, SE_POLL, "Sweden", None),
  ("2,000 people", 2000, "=", "people", None, SE_POLL, "Sweden", NOVUS)],
 ["(+-0)", "2006 election", "over 18", "three-party", "November 4th", "18th"]),
("t-biz-inditex-q1-2019", "Drapers", "2019-06-12", "https://www.drapersonline.com/news/latest-news/inditex-profits-climb-to-654m/7036269.article", "company results",
 "Spanish fashion group Inditex's net profit rose 10% from a year earlier to €734m (£654m) in the opening quarter of its financial year 2019/20. "
 "The owner of Zara, Massimo Dutti and Pull & Bear saw net sales up 5% on a year earlier in the three months from 1 February to 30 April, and EBITDA climbed 49% to €3.53bn (£3.14bn). "
 "From 1 February to 7 June, total sales grew 6.5% year on year. "
 "Pablo Isla, Inditex's chairman and chief executive, put the figures down to the fast progress the group is making in merging its shops and online selling on one digital platform. "
 "In the quarter the group added nine online markets, among them zara.com in Brazil, and opened stores in 23 markets. "
 "In the same quarter Inditex distributed €32m (£28.5m) among 92,000 employees under its profit-sharing plan.",
 [("10%", 10, "=", "net profit", "rose", IDX_Q1, None, None),
  ("€734m", 734e6, "=", "net profit", None, IDX_Q1, None, None),
  ("(£654m)", 654e6, "=", "net profit", None, IDX_Q1, None, None),
  ("5%", 5, "=", "net sales", "rose", IDX_Q1, None, None),
  ("49%", 49, "=", "EBITDA", "rose", IDX_Q1, None, None),
  ("€3.53bn", 3.53e9, "=", "EBITDA", None, IDX_Q1, None, None),
  ("(£3.14bn)", 3.14e9, "=", "EBITDA", None, IDX_Q1, None, None),
  ("6.5%", 6.5, "=", "total sales", "rose", "2019-02-01..2019-06-07", None, None),
  ("nine online markets", 9, "=", ["online markets", "markets"], None, IDX_Q1, None, None),
  ("23 markets", 23, "=", "markets", None, IDX_Q1, None, None),
  ("€32m", 32e6, "=", ["profit-sharing plan", "profit-sharing", "employees"], None, IDX_Q1, None, None),
  ("(£28.5m)", 28.5e6, "=", ["profit-sharing plan", "profit-sharing", "employees"], None, IDX_Q1, None, None),
  ("92,000 employees", 92000, "=", "employees", None, IDX_Q1, None, None)],
 ["2019/20", "three months"]),
("t-biz-heineken-h1-2019", "MarketScreener (Dow Jones)", "2019-07-29", "https://www.marketscreener.com/HEINEKEN-6283/news/Heineken-1st-Half-Profit-Fell-Beer-Volumes-Rose-28973605/", "company results",
 "Heineken NV (HEIA.AE) reported a lower net profit for the first half on Monday but stood by its forecast that operating profit would grow over the full year. "
 "The brewer, the world's second-largest by sales, earned 936 million euros ($1.04 billion) in the six months to June 30, against EUR950 million a year earlier. "
 "Before IFRS accounting standards were applied, net profit came to EUR1.05 billion. "
 "Net revenue rose 5.6% organically to EUR11.45 billion. "
 "Consolidated beer volume grew 3.1% on an organic basis, while volume of the Heineken brand was up 6.9%. "
 "The Amsterdam-based group reaffirmed its full-year outlook, under which operating profit should grow organically by a percentage in the mid-single digits.",
 [("936 million euros", 936e6, "=", ["profit", "net profit"], None, HK_H1, None, None),
  ("($1.04 billion)", 1.04e9, "=", ["profit", "net profit"], None, HK_H1, None, None),
  ("EUR950 million", 950e6, "=", ["profit", "net profit"], None, HK_H1_18, None, None),
  ("EUR1.05 billion", 1.05e9, "=", "net profit", None, HK_H1, None, None),
  ("5.6%", 5.6, "=", "net revenue", "rose", HK_H1, None, None),
  ("EUR11.45 billion", 11.45e9, "=", "net revenue", None, HK_H1, None, None),
  ("3.1%", 3.1, "=", ["consolidated beer volume", "beer volume"], "rose", HK_H1, None, None),
  ("6.9%", 6.9, "=", ["volume of the Heineken brand", "volume", "Heineken brand"], "rose", HK_H1, None, None)],
 ["second-largest", "six months", "HEIA.AE"]),
("t-health-el-salvador-dengue-2024", "El Salvador Now (LPG Datos)", "2024-07-16", "https://www.elsalvadornow.org/2024/07/16/dengue-nears-alert-zone-in-el-salvador-fourth-child-death-confirmed-dengue-roza-la-zona-de-alarma-en-el-salvador-y-confirman-cuarto-menor-de-edad-fallecido", "health",
 "El Salvador's Ministry of Health (MINSAL) on Monday confirmed a fourth death from dengue, as the disease edges toward the alert zone that signals case numbers above what is normal for the season. "
 "MINSAL head Francisco Alabi said on social media that another child had died of the mosquito-borne disease, giving neither the age nor the home region of the minor. "
 "He called on families not to treat themselves and to see a doctor at the first symptom, fever being the main sign. "
 "The four deaths are the first El Salvador has recorded from dengue in nearly five years. "
 "June 21 brought the first reported death, and the second followed seven days later; on July 1 a third was reported and the ministry issued an epidemiological alert, upgrading it to a red alert later that week. "
 "Doctors said the alerts came too late, noting that early in the year the Pan American Health Organization (PAHO) had cautioned that the Americas faced their worst dengue season so far, putting out two epidemiological alerts, in February and in May. "
 "On Monday MINSAL also reported a thirteenth straight week of rising suspected cases. "
 "In week 28 (July 7 to 13), the latest for which it published data, the ministry counted 241 suspected patients, up 5% on the 229 recorded the previous week. "
 "Suspected cases have been climbing since mid-April, according to official figures compiled by LPG Datos. "
 "At the week-28 level, dengue was close to the epidemiological corridor's alert zone, meaning that if the rise goes on the disease will soon top the figures expected for this time of year. "
 "The ministry also recorded 35 confirmed cases and two more severe cases in week 28.",
 [("two epidemiological alerts", 2, "=", ["epidemiological alerts", "alerts"], None, None, None, None),
  ("241 suspected patients", 241, "=", ["suspected patients", "patients", "suspected cases"], None, SV_W28, "El Salvador", MINSAL),
  ("5%", 5, "=", ["suspected patients", "patients", "suspected cases"], "rose", SV_W28, "El Salvador", MINSAL),
  ("229", 229, "=", ["suspected patients", "patients", "suspected cases"], None, "2024-06-30..2024-07-06", "El Salvador", MINSAL),
  ("35 confirmed cases", 35, "=", ["confirmed cases", "cases"], None, SV_W28, "El Salvador", MINSAL),
  ("two more severe cases", 2, "=", ["severe cases", "cases"], None, SV_W28, "El Salvador", MINSAL)],
 ["fourth", "The four deaths", "nearly five years", "seven days", "thirteenth", "week 28", "week-28", "July 7 to 13", "mosquito-borne"]),
("t-health-south-sudan-cholera-2018", "Health Protection Scotland (WHO Regional Office for Africa)", "2018-02-13", "https://hps.scot.nhs.uk/publications/hps-weekly-report/volume-52/issue-6/south-sudan-cholera-outbreak-declared-over/", "health",
 "South Sudan declared its longest and largest cholera outbreak over on 7 February 2018, after more than seven weeks without a new case. "
 "Many partners joined the response, strengthening surveillance, sending rapid response teams to investigate cases, supplying clean water, promoting hygiene and treating patients. "
 "Working with European Union Humanitarian Aid (ECHO), GAVI, the Vaccine Alliance, the United States Agency for International Development (USAID) and the World Health Organization (WHO), the government obtained 2.2 million doses of oral cholera vaccine (OCV) from the global stockpile funded by GAVI. "
 "More than 885,000 people most exposed to cholera received a first round of vaccine in 2017, and nearly 500,000 a second round. "
 "Insecurity meant that not everyone could get the two recommended doses, which would have greatly cut their risk of falling ill. "
 "First declared on 18 June 2016, the outbreak reached many parts of the country, the capital Juba among them, and by the time the last confirmed patient left hospital on 18 December 2017 more than 20,000 suspected cases and 436 deaths had been reported. "
 "South Sudan is facing several complex health emergencies at once, with 5.1 million people needing health assistance. "
 "Fighting has displaced almost 4 million people, and nearly 5 million, more than 40% of the population, face severe food insecurity. "
 "Those pressures weigh heavily on the health system, and sanitation still needs strengthening; a new rainy season begins in a few months and will raise the risk of another outbreak.",
 [("2.2 million doses", 2.2e6, "=", ["doses", "oral cholera vaccine"], None, None, "South Sudan", None),
  ("More than 885,000 people", 885000, ">", "people", None, "2017-01-01..2017-12-31", "South Sudan", None),
  ("nearly 500,000", 500000, "nearly", "people", None, "2017-01-01..2017-12-31", "South Sudan", None),
  ("more than 20,000 suspected cases", 20000, ">", ["suspected cases", "cases"], None, SS_OUT, "South Sudan", None),
  ("436 deaths", 436, "=", "deaths", "killed", SS_OUT, "South Sudan", None),
  ("5.1 million people", 5.1e6, "=", "people", None, None, "South Sudan", None),
  ("almost 4 million people", 4e6, "nearly", "people", "displaced", None, "South Sudan", None),
  ("nearly 5 million", 5e6, "nearly", "people", None, None, "South Sudan", None),
  ("more than 40%", 40, ">", "population", None, None, "South Sudan", None)],
 ["seven weeks", "two recommended doses", "few months"]),
("t-disaster-greece-daniel-2023", "EFE (via La Prensa Latina)", "2023-09-08", "https://www.laprensalatina.com/storm-daniel-causes-deadly-floods-in-greece/", "disasters",
 "Athens, Sep 8 (EFE).- Floods brought by Storm Daniel have killed at least 10 people in Greece, officials said on Friday. "
 "The toll may still climb: four people remain missing, and witnesses say they have seen bodies that have not been accounted for. "
 "The storm has passed and no rain has fallen in the area since Thursday evening, but hundreds of people in villages of the Karditsa region were still stranded on terraces, upper floors and the roofs of multi-story buildings in which they had sought safety. "
 "A rescue operation launched on Thursday with 15 helicopters of the fire service and the Greek armed forces was still under way. "
 "Prime Minister Kyriakos Mitsotakis, who toured the stricken areas on Friday, called the event unprecedented and said he would seek European Union funds to deal with its aftermath. "
 "In the Magnesia region four people are still missing, among them an Austrian couple on honeymoon on the Pelion peninsula. "
 "With the roads linking the peninsula to the regional capital, Volos, destroyed, thousands of residents and tourists in its villages and resorts had no electricity or water, the state news agency AMNA said. "
 "Firefighters said more than 1,800 people had been rescued over the week. "
 "Officials fear more victims will be found, because large villages home to thousands of people lie in Thessaly (center), the region worst hit by the floodwaters. "
 "Polivios Polizos, who was rescued from one of the flooded villages with his young children in an inflatable boat, told MEGA television he had seen corpses lying in the streets. "
 "On Tuesday the torrential rain dumped a record 754 liters per square meter on the village of Zagora in Magnesia in 24 hours, almost twice the previous high, set in 2009.",
 [("at least 10 people", 10, ">=", "people", "killed", None, "Greece", ["officials"]),
  ("four people", 4, "=", "people", "missing", None, "Greece", None),
  ("hundreds of people", None, ("vague", 200, 1000), "people", None, None, ["Karditsa region", "Karditsa"], None),
  ("15 helicopters", 15, "=", "helicopters", None, None, "Greece", None),
  ("four people", 4, "=", "people", "missing", None, ["Magnesia region", "Magnesia"], None, 1),
  ("thousands of residents", None, ("vague", 2000, 10000), ["residents", "residents and tourists"], None, None, ["Pelion peninsula", "Pelion"], ["AMNA", "state news agency AMNA"]),
  ("more than 1,800 people", 1800, ">", "people", "rescued", GR_WEEK, "Greece", ["firefighters", "Firefighters"]),
  ("thousands of people", None, ("vague", 2000, 10000), "people", None, None, "Thessaly", None),
  ("754 liters per square meter", 754, "=", ["rain", "torrential rain"], None, "2023-09-05", "Zagora", None)],
 ["24 hours", "almost twice", "multi-story"]),
("t-climate-nicaragua-eta-2020", "Reuters (via National Post)", "2020-11-03", "https://nationalpost.com/pmn/news-pmn/disaster-pmn/were-really-afraid-fierce-hurricane-eta-lashes-nicaragua", "climate",
 "MANAGUA (Reuters) - Hurricane Eta, among the strongest storms to strike Central America in years, slammed into an impoverished stretch of Nicaragua's Caribbean coast on Tuesday, damaging homes and infrastructure and raising the threat of deadly flooding. "
 "The storm made landfall near the port of Puerto Cabezas, where it tore roofs off houses, brought down trees and power lines and flooded parts of the region, said Guillermo Gonzalez, who heads SINAPRED, Nicaragua's disaster management agency. "
 "Strong winds and rain had been battering the coast since about midnight, Gonzalez told reporters. "
 "Puerto Cabezas resident Carmen Enriquez said people were very frightened, with poles down, flooding and roofs ripped away, and some of the zinc sheeting had come off her own house. "
 "She said nobody had slept, the rain had not let up, and they had been told it was only beginning. "
 "The U.S. National Hurricane Center (NHC) put Eta in Category 4 of the five-step Saffir-Simpson hurricane scale, calling it extremely dangerous, and said it would bring catastrophic winds and flash flooding to Nicaragua and parts of Central America. "
 "UNICEF, the U.N. children's agency, said in a statement that around 1,227,000 people in Nicaragua, nearly 500,000 of them children, were at risk. "
 "At midday on Tuesday local time (1800 GMT), as it crept ashore to the south of Puerto Cabezas, Eta's sustained winds reached 140 miles per hour (225 kph), the NHC said. "
 "Shortly before the government announced the storm's arrival on Tuesday, the NHC had put its sustained winds at 145 miles per hour (233 kph). "
 "In neighboring Honduras, rivers overflowed, towns and cities along the Atlantic coast were flooded and landslides blocked roads. "
 "A local Catholic priest, Javier Plat, told Reuters late on Monday that power was out across Puerto Cabezas and that shelters set up by the government were full. "
 "Vice President Rosario Murillo told the nation in a broadcast that by early afternoon the storm had not done the catastrophic material damage some had feared.",
 [("around 1,227,000 people", 1227000, "~", "people", None, None, "Nicaragua", UNICEF),
  ("nearly 500,000", 500000, "nearly", "children", None, None, "Nicaragua", UNICEF),
  ("140 miles per hour", 140, "=", ["sustained winds", "winds"], None, NI_DAY, None, NHC),
  ("(225 kph)", 225, "=", ["sustained winds", "winds"], None, NI_DAY, None, NHC),
  ("145 miles per hour", 145, "=", ["sustained winds", "winds"], None, NI_DAY, None, NHC),
  ("(233 kph)", 233, "=", ["sustained winds", "winds"], None, NI_DAY, None, NHC)],
 ["Category 4", "five-step", "1800 GMT"]),
("t-mig-ceuta-2021", "FR24 News (Sky News)", "2021-05-18", "https://www.fr24news.com/a/2021/05/ceuta-military-intercept-migrants-as-6000-children-including-children-swim-from-morocco-to-the-spanish-enclave.html", "migration",
 "Spanish troops were intercepting migrants in Ceuta, Spain's enclave on the North African coast, as thousands of people, children among them, swam in after border controls were relaxed. "
 "By Tuesday morning around 6,000 people had entered the Spanish city by sea since the first of them arrived early on Monday, and 1,500 of them are thought to be adolescents. "
 "Video showed soldiers arriving on the beaches and detaining some of those trying to cross. "
 "By midday on Tuesday some 2,700 migrants had been sent back. "
 "Prime Minister Pedro Sanchez said everyone who had entered Ceuta illegally would be deported, promising to restore order in the city and on its borders. "
 "He called the sudden surge a serious crisis for Spain and for Europe and said he would travel to the region soon. "
 "Spain had already said troops would be sent and border patrols would begin at once. "
 "About 200 more police officers have been sent to Ceuta to join the 1,200 already there. "
 "Soaked migrants kept arriving on Tuesday, swimming or paddling inflatable boats, though in smaller numbers as the police and army stepped up their response on the Spanish side. "
 "One person died during the crossings, a spokesperson for the Spanish authorities said. "
 "Adults were taken to a football stadium before being returned to Morocco, and minors to an industrial building. "
 "Ceuta, home to 80,000 people, lies across the Mediterranean from Gibraltar and has a land border with Morocco.",
 [("thousands of people", None, ("vague", 2000, 10000), "people", None, None, "Ceuta", None),
  ("around 6,000 people", 6000, "~", "people", None, CE_DAYS, "Ceuta", None),
  ("1,500 of them", 1500, "=", "adolescents", None, CE_DAYS, "Ceuta", None),
  ("some 2,700 migrants", 2700, "~", "migrants", None, CE_DAYS, "Ceuta", None),
  ("About 200 more police officers", 200, "~", ["police officers", "officers"], None, None, "Ceuta", None),
  ("1,200", 1200, "=", ["police officers", "officers"], None, None, "Ceuta", None),
  ("One person", 1, "=", "person", "killed", None, "Ceuta", ["spokesperson", "a spokesperson for the Spanish authorities", "Spanish authorities"]),
  ("80,000 people", 80000, "=", "people", None, None, "Ceuta", None)],
 []),
("t-sport-oman-hong-kong-2019", "Gulf Today (AFP)", "2019-10-31", "https://gulftoday.ae/Sport/2019/10/31/Oman-pip-Hong-Kong-to-grab-T20-World-Cup-spot-in-Australia", "sport",
 "Oman recovered from a batting collapse to beat Hong Kong by just 12 runs in a must-win T20 World Cup qualifier on Wednesday and book a place at next year's finals in Australia. "
 "They join Ireland, Namibia, the Netherlands, Papua New Guinea and Scotland, already sure of a place at the 2020 tournament but still playing for the trophy in the UAE. "
 "Set only 135 to win, Hong Kong slumped to 18-5, left-arm seamer Bilal Khan claiming three of those wickets on the way to figures of 4-23. "
 "Scott McKechnie top-scored with 44 from 46 balls and put on 52 with Haroon Arshad (20) for the sixth wicket to steady the innings, but Hong Kong found runs hard to come by in heavy conditions and ended on 122-9. "
 "Oman had struggled too and were 42-6 after the ninth over. "
 "Opener Jatinder Singh rescued them, carrying his bat for 67 with seven fours and a six, with support from the tail, Aamir Kaleem (17) and Naseem Khushi, who hit 26 off only nine balls, to lift them to a total they could defend. "
 "Jatinder said the side had put in early mornings and a lot of sweat and this was the reward, and called Bilal unplayable, a lethal bowler who landed his yorkers on target. "
 "Earlier, George Munsey hit 65 as Scotland posted 198 and then bowled the UAE out for 108 with nine balls to spare, with three wickets for Scotland from Mark Watt and Safyaan Sharif. "
 "Scotland had had a poor group stage, ending a lowly fourth in a seven-team group. "
 "Munsey said the trip had not gone their way but it was good to get over the line in a game they had to win. "
 "Hosts the UAE, weakened after four players were suspended following corruption inquiries, narrowly missed an automatic World Cup place, losing out on net run rate after finishing third in their group.",
 [("12 runs", 12, "=", "runs", None, OM_DAY, None, None),
  ("135", 135, "=", "runs", None, OM_DAY, None, None),
  ("three of those wickets", 3, "=", "wickets", None, OM_DAY, None, None),
  ("44", 44, "=", "runs", None, OM_DAY, None, None),
  ("46 balls", 46, "=", "balls", None, OM_DAY, None, None),
  ("put on 52", 52, "=", ["runs", "partnership"], None, OM_DAY, None, None),
  ("(20)", 20, "=", "runs", None, OM_DAY, None, None),
  ("67", 67, "=", "runs", None, OM_DAY, None, None),
  ("seven fours", 7, "=", "fours", None, OM_DAY, None, None),
  ("(17)", 17, "=", "runs", None, OM_DAY, None, None),
  ("26", 26, "=", "runs", None, OM_DAY, None, None),
  ("nine balls", 9, "=", "balls", None, OM_DAY, None, None),
  ("65", 65, "=", "runs", None, OM_DAY, None, None),
  ("198", 198, "=", "runs", None, OM_DAY, None, None),
  ("108", 108, "=", "runs", None, OM_DAY, None, None),
  ("nine balls", 9, "=", "balls", None, OM_DAY, None, None, 1),
  ("three wickets", 3, "=", "wickets", None, OM_DAY, None, None),
  ("four players", 4, "=", "players", None, None, None, None)],
 ["18-5", "4-23", "122-9", "42-6", "T20", "2020 tournament", "sixth wicket", "ninth over", "a six", "seven-team", "fourth", "third in their group"]),
("t-transport-copenhagen-airport-jun-2014", "Egypt Today (Xinhua)", "2014-07-10", "https://egypt-today.com/en/amp/286/copenhagen-airport-registers-record-number-of-passengers-in-june", "transport",
 "Copenhagen Airport, in the Danish capital, handled a record 2.5 million passengers in June, according to figures released on Thursday. "
 "Passenger numbers for June were 8.3 percent higher than a year earlier, bringing first-half traffic to 12.36 million passengers, the airport said in a statement. "
 "The busiest day in the airport's history also fell in June: on June 27, the month's last Friday, when Danes traditionally begin their summer holidays, a record 98,674 passengers passed through. "
 "London was the top route during the month, with 170,376 passengers to and from the British capital, up 10.7 percent from June 2013, ahead of Stockholm with 138,233 and Oslo with 137,750. "
 "The airport announced on Monday an investment of 250 million Danish kroner (45.6 million U.S. dollars) in enlarging its existing facilities to raise capacity, giving passengers and airlines more room. "
 "Chief executive Thomas Woldbye said the airport had managed to absorb growth in recent years and give travellers a good start to their holidays. "
 "Copenhagen Airport, which served 24.1 million passengers in 2013, is the busiest in Scandinavia.",
 [("2.5 million passengers", 2.5e6, "=", "passengers", None, CPH_JUN, "Copenhagen", None),
  ("8.3 percent", 8.3, "=", ["passenger numbers", "passengers"], None, CPH_JUN, "Copenhagen", CPH),
  ("12.36 million", 12.36e6, "=", ["passengers", "first-half traffic", "traffic"], None, "2014-01-01..2014-06-30", "Copenhagen", CPH),
  ("98,674 passengers", 98674, "=", "passengers", None, "2014-06-27", "Copenhagen", None),
  ("170,376 passengers", 170376, "=", "passengers", None, CPH_JUN, None, None),
  ("10.7 percent", 10.7, "=", "passengers", "rose", CPH_JUN, None, None),
  ("138,233", 138233, "=", "passengers", None, CPH_JUN, None, None),
  ("137,750", 137750, "=", "passengers", None, CPH_JUN, None, None),
  ("250 million Danish kroner", 250e6, "=", ["investment", "facilities"], None, None, "Copenhagen", CPH),
  ("(45.6 million U.S. dollars)", 45.6e6, "=", ["investment", "facilities"], None, None, "Copenhagen", CPH),
  ("24.1 million passengers", 24.1e6, "=", "passengers", None, "2013-01-01..2013-12-31", "Copenhagen", None)],
 ["June 2013"]),
("t-conflict-ituri-vukaka-2020", "Reuters (via Wars in the World)", "2020-06-23", "https://warsintheworld.com/index.php/2020/06/23/democratic-republic-of-the-congo-20-civilians-killed-in-attacks-of-allied-democratic-forces-adf-on-2-northeastern-villages", "conflict",
 "At least 20 civilians died over the weekend in attacks on two villages in the northeast of the Democratic Republic of Congo, the army reported on Monday, in the latest violence of a wave of ethnic bloodshed that has displaced more than 200,000 people. "
 "According to the Congolese army (FARDC), fighters of the Allied Democratic Forces (ADF), a group that claims loose links to Islamic State, attacked Vukaka, a village in Ituri province, on Sunday. "
 "Running from an FARDC strike force, the rebels turned up in the remote village and killed residents, and 10 people were found dead, said Jules Ngongo, army spokesman for Ituri. "
 "An earlier raid on Saturday on Biangolo, a village in neighbouring North Kivu, also left ten people dead, according to the army spokesman there, Antony Mwalushayi, who gave no further details.",
 [("At least 20 civilians", 20, ">=", "civilians", "killed", DRC_WKND, ["Democratic Republic of Congo", "Congo"], DRC_ARMY),
  ("two villages", 2, "=", "villages", None, DRC_WKND, ["Democratic Republic of Congo", "Congo"], DRC_ARMY),
  ("more than 200,000 people", 200000, ">", "people", "displaced", None, ["Democratic Republic of Congo", "Congo"], None),
  ("10 people", 10, "=", "people", "killed", "2020-06-21", "Vukaka", ["Jules Ngongo", "Ngongo", "army spokesman for Ituri", "army spokesman"]),
  ("ten people dead", 10, "=", "people", "killed", "2020-06-20", "Biangolo", ["Antony Mwalushayi", "Mwalushayi", "army spokesman", "army spokesman there"])],
 []),
]
