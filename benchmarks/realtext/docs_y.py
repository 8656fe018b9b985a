# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, twenty-third set: sixteen more rewritten reports across beats (Jersey, Bermuda, Cayman
Islands, Sri Lanka, Saint Lucia, Malta, Norway/Equinor, Bahamas/Commonwealth Bank, Marshall Islands,
Solomon Islands, Comoros, Mauritania, Jersey/marathon, Norway/Avinor and Central African Republic material),
annotated before the extractor was run on them and scored unseen (heldout23/README.md: a first run, then
one more after the Guinea text was replaced for the exclusion rule); not used to shape rules.

Same tuple layout as docs_c.py .. docs_x.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout23/ by build.py."""
SJ = ["Statistics Jersey", "the statistics office", "statistics office"]
JE_Y24 = "2023-04-01..2024-03-31"
JE_Y23 = "2022-04-01..2023-03-31"
JE_DEC = "2023-01-01..2023-12-31"
JE_MAR = "2024-03-01..2024-03-31"
JE_Q1 = "2024-01-01..2024-03-31"
FURB = ["Wayne Furbert", "Cabinet Office Minister Wayne Furbert", "Department of Statistics", "he"]
BM_MAY = "2019-05-01..2019-05-31"
CIG = ["quarterly financial report", "unaudited quarterly financial report", "the report", "Cayman Islands Government", "its unaudited quarterly financial report"]
KY_Q1 = "2025-01-01..2025-03-31"
LK_CB = ["Central Bank", "the Central Bank", "the bank", "official figures"]
LK_H1 = "2010-01-01..2010-06-30"
LK_JUN = "2010-06-01..2010-06-30"
LC_ED = ["Electoral Department", "the Electoral Department", "preliminary results", "preliminary results from the Electoral Department"]
LC_DAY = "2025-12-01"
MT = ["MaltaToday", "a MaltaToday survey", "MaltaToday survey", "survey", "the survey"]
MT_MAY = "2022-05-16..2022-05-25"
EQ = ["Equinor", "the Norwegian energy group", "company"]
SAETRE = ["Eldar Sætre", "chief executive Eldar Sætre", "Sætre", "Equinor"]
EQ_Q1 = "2019-01-01..2019-03-31"
CB = ["Commonwealth Bank", "Commonwealth Bank Limited", "the lender", "the bank"]
CB_H1 = "2025-01-01..2025-06-30"
CB_H1_24 = "2024-01-01..2024-06-30"
MH_MOH = ["Ministry of Health and Human Services", "the ministry", "ministry", "RNZ Pacific"]
SB_MOH = ["Ministry of Health and Medical Services", "ministry", "the ministry", "World Health Organization"]
UNICEF_KM = ["UNICEF"]
KM_KEN = "2019-04-24..2019-04-25"
SB_DAY = "2010-01-04"
MR_DAY = "2025-08-26"
MR_SOFAR = "2025-08-26..2025-08-29"
MR_OFF = ["senior coast guard official", "coast guard official", "official", "AFP"]
JM_DAY = "2017-10-01"
AV = ["Avinor", "the Norwegian airport operator"]
AV_AUG = "2017-08-01..2017-08-31"
AV_YTD = "2017-01-01..2017-09-12"
CF_DAY = "2023-12-21"
BONANG = ["Ernest Bonang", "Bonang", "the federal lawmaker for Nzakoundou"]

DOCS = [
("y-econ-jersey-rpi-mar-2024", "Government of Jersey (Statistics Jersey release)", "2024-04-26", "https://gov.je/News/2024/Pages/March2024RetailPrices.aspx", "economy",
 "ST HELIER, Jersey, 26 April 2024 - Inflation in Jersey slowed in the first quarter, Statistics Jersey said on Friday: the All Items Retail Prices Index (RPI) was up 5.7% in the year to March 2024 and stood at 231.8 (June 2000 = 100). "
 "Because the annual rise to December 2023 had been 7.5%, the rate of inflation came down by 1.8 percentage points over the quarter. "
 "Housing, where mortgage interest payments cost more, again gave the biggest push to annual inflation, adding +2.6 pp, but prices in the group rose less than in the year to December, so its contribution to the change in the rate was -1.2 pp. "
 "A year earlier, in March 2023, the RPI had been climbing at 12.7%; the latest annual rise was 7.0 pp smaller than that. "
 "Underlying inflation, measured by RPI(Y), eased to 3.7% in the twelve months to March, 0.8 pp below December's 4.5%. "
 "Over the same period RPI(X) rose 3.9%, the pensioners' index 4.1% and the low-income index 3.8%, the statistics office said.",
 [("5.7%", 5.7, "=", ["All Items Retail Prices Index", "RPI", "inflation", "Retail Prices Index"], "rose", JE_Y24, "Jersey", SJ),
  ("231.8", 231.8, "=", ["All Items Retail Prices Index", "RPI", "Retail Prices Index", "index"], None, JE_MAR, "Jersey", SJ),
  ("7.5%", 7.5, "=", ["annual rise", "RPI", "rise"], None, JE_DEC, "Jersey", SJ),
  ("1.8 percentage points", 1.8, "=", ["rate of inflation", "inflation"], "fell", JE_Q1, "Jersey", SJ),
  ("+2.6 pp", 2.6, "=", ["Housing", "annual inflation", "inflation"], None, JE_Y24, "Jersey", SJ),
  ("-1.2 pp", -1.2, "=", ["contribution", "Housing", "rate"], None, JE_Q1, "Jersey", SJ),
  ("12.7%", 12.7, "=", ["RPI", "Retail Prices Index"], "rose", JE_Y23, "Jersey", SJ),
  ("7.0 pp", 7.0, "=", ["annual rise", "rise", "RPI"], None, JE_Y24, "Jersey", SJ),
  ("3.7%", 3.7, "=", ["underlying inflation", "RPI(Y)", "inflation"], None, JE_Y24, "Jersey", SJ),
  ("0.8 pp", 0.8, "=", ["underlying inflation", "RPI(Y)", "inflation"], None, JE_Y24, "Jersey", SJ),
  ("4.5%", 4.5, "=", ["RPI(Y)", "underlying inflation", "December's"], None, JE_DEC, "Jersey", SJ),
  ("3.9%", 3.9, "=", ["RPI(X)"], "rose", JE_Y24, "Jersey", SJ),
  ("4.1%", 4.1, "=", ["pensioners' index", "pensioners", "index"], "rose", JE_Y24, "Jersey", SJ),
  ("3.8%", 3.8, "=", ["low-income index", "index", "low-income"], "rose", JE_Y24, "Jersey", SJ)],
 ["(June 2000 = 100)", "twelve months"]),
("y-econ-bermuda-cpi-may-2019", "Government of Bermuda (Cabinet Office release)", "2019-08-26", "https://www.gov.bm/articles/minister-releases-may-2019-consumer-price-index", "economy",
 "HAMILTON, Bermuda - Consumer prices in Bermuda were 0.3 per cent higher in May 2019 than a year before, Cabinet Office Minister Wayne Furbert said on Monday as he released the Department of Statistics' Consumer Price Index for the month. "
 "From April to May, the average cost of the goods and services in the basket fell 0.6 per cent, he said. "
 "Health & Personal Care, pushed up by dearer health insurance premiums, made the largest contribution to the yearly change with a rise of 2.3 per cent. "
 "Prices in the Food and the Fuel & Power sectors moved by 1.7 and 3.8 per cent respectively, adding to the annual rate as well, whereas the Transport & Foreign Travel sector was down 4.9 per cent and Rent was 0.2 per cent lower than in May 2018. "
 "On the month, Fuel & Power counted for most, climbing 1.0 per cent after the fuel adjustment clause went up 3.1 per cent. "
 "Food gained 0.3 per cent, with the sharpest monthly rises for potatoes (+3.3 per cent) and salad dressing (+4.1 per cent). "
 "Rent, by contrast, dropped 2.0 per cent as rents for properties outside rent control fell 3.9 per cent, and Transport & Foreign Travel slipped 1.6 per cent, with airfares down 2.3 per cent and premium fuel 2.2 per cent.",
 [("0.3 per cent", 0.3, "=", ["consumer prices", "prices", "Consumer Price Index"], None, BM_MAY, "Bermuda", FURB),
  ("0.6 per cent", 0.6, "=", ["average cost", "goods and services", "average cost of the goods and services"], "fell", BM_MAY, "Bermuda", FURB),
  ("2.3 per cent", 2.3, "=", ["Health & Personal Care", "rise"], "rose", BM_MAY, "Bermuda", FURB),
  ("1.7", 1.7, "=", ["Food", "prices", "Food sector"], None, BM_MAY, "Bermuda", FURB),
  ("3.8 per cent", 3.8, "=", ["Fuel & Power", "prices", "Fuel & Power sectors"], None, BM_MAY, "Bermuda", FURB),
  ("4.9 per cent", 4.9, "=", ["Transport & Foreign Travel sector", "Transport & Foreign Travel"], "fell", BM_MAY, "Bermuda", FURB),
  ("0.2 per cent", 0.2, "=", ["Rent"], None, BM_MAY, "Bermuda", FURB),
  ("1.0 per cent", 1.0, "=", ["Fuel & Power"], "rose", BM_MAY, "Bermuda", FURB),
  ("3.1 per cent", 3.1, "=", ["fuel adjustment clause"], "rose", BM_MAY, "Bermuda", FURB),
  ("0.3 per cent", 0.3, "=", ["Food"], "rose", BM_MAY, "Bermuda", FURB, 1),
  ("4.1 per cent", 4.1, "=", ["salad dressing"], None, BM_MAY, "Bermuda", FURB),
  ("3.3 per cent", 3.3, "=", ["potatoes"], None, BM_MAY, "Bermuda", FURB),
  ("2.0 per cent", 2.0, "=", ["Rent"], "fell", BM_MAY, "Bermuda", FURB),
  ("3.9 per cent", 3.9, "=", ["rents", "rents for properties outside rent control", "properties outside rent control"], "fell", BM_MAY, "Bermuda", FURB),
  ("1.6 per cent", 1.6, "=", ["Transport & Foreign Travel"], "fell", BM_MAY, "Bermuda", FURB),
  ("2.3 per cent", 2.3, "=", ["airfares"], "fell", BM_MAY, "Bermuda", FURB, 1),
  ("2.2 per cent", 2.2, "=", ["premium fuel", "fuel"], "fell", BM_MAY, "Bermuda", FURB)],
 []),
("y-fin-cayman-q1-2025", "Radio Cayman (Government of the Cayman Islands)", "2025-05-12", "https://www.radiocayman.gov.ky/news/ci-government-q1-2025-financial-report-gazetted", "public finance",
 "GEORGE TOWN, Grand Cayman - The Cayman Islands Government ran a surplus of $262.2 million in core government and of $268.1 million across the Entire Public Sector (EPS) in the first three months of 2025, according to its unaudited quarterly financial report, gazetted on Monday 12 May. "
 "The government's net assets stood at $2.5 billion, and its bank accounts held $614.6 million in cash and deposits. "
 "The EPS surplus beat the $213.5 million operating surplus projected for the period by $54.6 million, or 26 percent, the report said, as revenues came in $65.7 million above budget, $60.6 million of it from coercive revenues. "
 "Compared with the first quarter of 2024, the EPS surplus was $7.9 million bigger, though the results of statutory authorities and government-owned companies (SAGCs) were $2.5 million worse than in the same period a year earlier. "
 "Coercive revenues for January to March totalled $534.3 million, beating budget expectations by $60.6 million and the 2024 year-to-date result by $44.8 million. "
 "Investment revenue came to $6.1 million in all, $3.8 million above forecast, because bigger cash balances let the government put more money on deposit.",
 [("$262.2 million", 262.2e6, "=", ["surplus", "core government"], None, KY_Q1, "Cayman Islands", CIG),
  ("$268.1 million", 268.1e6, "=", ["surplus", "Entire Public Sector"], None, KY_Q1, "Cayman Islands", CIG),
  ("$2.5 billion", 2.5e9, "=", ["net assets", "assets"], None, None, "Cayman Islands", CIG),
  ("$614.6 million", 614.6e6, "=", ["cash and deposits", "bank accounts", "cash"], None, None, "Cayman Islands", CIG),
  ("$213.5 million", 213.5e6, "=", ["operating surplus", "surplus"], None, KY_Q1, "Cayman Islands", CIG),
  ("$54.6 million", 54.6e6, "=", ["EPS surplus", "surplus"], None, KY_Q1, "Cayman Islands", CIG),
  ("26 percent", 26, "=", ["EPS surplus", "surplus"], None, KY_Q1, "Cayman Islands", CIG),
  ("$65.7 million", 65.7e6, "=", ["revenues"], None, KY_Q1, "Cayman Islands", CIG),
  ("$60.6 million", 60.6e6, "=", ["coercive revenues", "revenues"], None, KY_Q1, "Cayman Islands", CIG),
  ("$7.9 million", 7.9e6, "=", ["EPS surplus", "surplus"], None, KY_Q1, "Cayman Islands", CIG),
  ("$2.5 million", 2.5e6, "=", ["results", "statutory authorities and government-owned companies", "SAGCs"], None, KY_Q1, "Cayman Islands", CIG),
  ("$534.3 million", 534.3e6, "=", ["coercive revenues", "revenues"], None, KY_Q1, "Cayman Islands", CIG),
  ("$60.6 million", 60.6e6, "=", ["coercive revenues", "revenues", "budget expectations"], None, KY_Q1, "Cayman Islands", CIG, 1),
  ("$44.8 million", 44.8e6, "=", ["coercive revenues", "revenues", "2024 year-to-date result"], None, KY_Q1, "Cayman Islands", CIG),
  ("$6.1 million", 6.1e6, "=", ["investment revenue", "revenue"], None, KY_Q1, "Cayman Islands", CIG),
  ("$3.8 million", 3.8e6, "=", ["investment revenue", "revenue", "forecast"], None, KY_Q1, "Cayman Islands", CIG)],
 ["first three months"]),
("y-trade-sri-lanka-h1-2010", "Lanka Business Online (LBO)", "2010-09-01", "https://www.lankabusinessonline.com/sri-lanka-trade-deficit-surges-amid-economic-recovery/", "trade",
 "COLOMBO, Sept 01, 2010 (LBO) - In the first half of 2010, exports from Sri Lanka rose 13.7 percent to 3.6 billion US dollars, while imports jumped 42.1 percent with the economy recovering, and the trade gap widened 108 percent to 2.8 billion US dollars, official figures showed. "
 "In June alone, export earnings climbed 23.4 percent to 697.4 million US dollars, and tea exports gained 15.4 percent to 120 million US dollars on firmer prices. "
 "Tea fetched an average of 4.3 US dollars a kilogram, 11 percent more than a year before, the Central Bank said. "
 "June's industrial exports increased 24.7 percent to 523.4 million US dollars, with garments and apparel up 23.8 percent at 304 million US dollars. "
 "Garment shipments to the United States grew 34 percent in the month and those to the European Union 8.0 percent, the bank said, while rubber product exports, led by tyres and gloves, rose 110 percent to 52 million US dollars. "
 "On the import side, June purchases from abroad were up 31.8 percent at 6.4 billion US dollars, according to the figures. "
 "Imports of consumer goods grew 37 percent to 211 million US dollars in June, driven by motor cars and electronics after a duty cut, and intermediate goods such as oil and textiles rose 30 percent to 665 million US dollars.",
 [("13.7 percent", 13.7, "=", ["exports"], "rose", LK_H1, "Sri Lanka", LK_CB),
  ("3.6 billion US dollars", 3.6e9, "=", ["exports"], None, LK_H1, "Sri Lanka", LK_CB),
  ("42.1 percent", 42.1, "=", ["imports"], "rose", LK_H1, "Sri Lanka", LK_CB),
  ("108 percent", 108, "=", ["trade gap", "trade deficit", "gap"], "rose", LK_H1, "Sri Lanka", LK_CB),
  ("2.8 billion US dollars", 2.8e9, "=", ["trade gap", "trade deficit", "gap"], None, LK_H1, "Sri Lanka", LK_CB),
  ("23.4 percent", 23.4, "=", ["export earnings", "exports"], "rose", LK_JUN, "Sri Lanka", LK_CB),
  ("697.4 million US dollars", 697.4e6, "=", ["export earnings", "exports"], None, LK_JUN, "Sri Lanka", LK_CB),
  ("15.4 percent", 15.4, "=", ["tea exports", "tea"], "rose", LK_JUN, "Sri Lanka", LK_CB),
  ("120 million US dollars", 120e6, "=", ["tea exports", "tea"], None, LK_JUN, "Sri Lanka", LK_CB),
  ("4.3 US dollars", 4.3, "=", ["tea", "average"], None, None, "Sri Lanka", LK_CB),
  ("11 percent", 11, "=", ["tea", "average"], None, None, "Sri Lanka", LK_CB),
  ("24.7 percent", 24.7, "=", ["industrial exports"], "rose", LK_JUN, "Sri Lanka", LK_CB),
  ("523.4 million US dollars", 523.4e6, "=", ["industrial exports"], None, LK_JUN, "Sri Lanka", LK_CB),
  ("23.8 percent", 23.8, "=", ["garments and apparel", "garments", "apparel"], "rose", LK_JUN, "Sri Lanka", LK_CB),
  ("304 million US dollars", 304e6, "=", ["garments and apparel", "garments", "apparel"], None, LK_JUN, "Sri Lanka", LK_CB),
  ("34 percent", 34, "=", ["garment shipments", "shipments"], "rose", LK_JUN, "United States", LK_CB),
  ("8.0 percent", 8.0, "=", ["garment shipments", "shipments", "those"], "rose", LK_JUN, "European Union", LK_CB),
  ("110 percent", 110, "=", ["rubber product exports", "rubber products"], "rose", LK_JUN, "Sri Lanka", LK_CB),
  ("52 million US dollars", 52e6, "=", ["rubber product exports", "rubber products"], None, LK_JUN, "Sri Lanka", LK_CB),
  ("31.8 percent", 31.8, "=", ["purchases from abroad", "imports", "purchases"], "rose", LK_JUN, "Sri Lanka", LK_CB),
  ("6.4 billion US dollars", 6.4e9, "=", ["purchases from abroad", "imports", "purchases"], None, LK_JUN, "Sri Lanka", LK_CB),
  ("37 percent", 37, "=", ["imports of consumer goods", "consumer goods"], "rose", LK_JUN, "Sri Lanka", LK_CB),
  ("211 million US dollars", 211e6, "=", ["imports of consumer goods", "consumer goods"], None, LK_JUN, "Sri Lanka", LK_CB),
  ("30 percent", 30, "=", ["intermediate goods"], "rose", LK_JUN, "Sri Lanka", LK_CB),
  ("665 million US dollars", 665e6, "=", ["intermediate goods"], None, LK_JUN, "Sri Lanka", LK_CB)],
 []),
("y-elec-saint-lucia-2025", "Caribscope", "2025-12-03", "https://wp.caribscopeonline.com/?p=153141", "elections",
 "CASTRIES, St Lucia - The Saint Lucia Labour Party (SLP) swept to a commanding win in the December 1 general election, taking 14 of the 17 seats in parliament, preliminary results from the Electoral Department showed. "
 "The United Workers Party (UWP) held on to only one seat, and two independents kept theirs. "
 "Of the 184,654 people on the register, 89,448 cast their ballots. "
 "Officials voiced alarm at a jump in spoiled papers: rejected ballots rose to 1,980, against 1,694 at the previous election. "
 "Herman St. Helen, who heads the Electoral Department, told a press briefing there were far too many, and suggested that going back to voting stamps in place of the present way of marking ballots could sharply cut the number thrown out. "
 "In Gros Islet, the largest constituency, SLP incumbent Kenson Casimir beat challenger Marcella Johnson by 8,175 votes to 3,861; the seat also had the most rejected ballots, 314. "
 "Stephenson King, an independent and the sitting member, held Castries North against four rivals, taking 3,485 votes (66%), and SLP leader Philip J. Pierre won Castries East in a landslide with 77.8% of the vote. "
 "Micoud South was the only seat where the UWP survived: party leader Allen Chastanet beat the SLP's Shanda Harracksingh by 673 votes. "
 "The tightest race was Dennery South, which the SLP's sitting member Alfred Prospere kept by just 59 votes.",
 [("14", 14, "=", ["seats"], None, LC_DAY, "Saint Lucia", LC_ED),
  ("17 seats", 17, "=", ["seats"], None, LC_DAY, "Saint Lucia", LC_ED),
  ("one seat", 1, "=", ["seat", "seats"], None, LC_DAY, "Saint Lucia", LC_ED),
  ("two independents", 2, "=", ["independents"], None, LC_DAY, "Saint Lucia", LC_ED),
  ("184,654 people", 184654, "=", ["people", "register"], None, LC_DAY, "Saint Lucia", LC_ED),
  ("89,448", 89448, "=", ["people", "ballots", "voters"], "cast", LC_DAY, "Saint Lucia", LC_ED),
  ("1,980", 1980, "=", ["rejected ballots", "ballots"], None, LC_DAY, "Saint Lucia", LC_ED),
  ("1,694", 1694, "=", ["rejected ballots", "ballots"], None, None, "Saint Lucia", LC_ED),
  ("8,175 votes", 8175, "=", ["votes"], None, LC_DAY, "Gros Islet", LC_ED),
  ("3,861", 3861, "=", ["votes"], None, LC_DAY, "Gros Islet", LC_ED),
  ("314", 314, "=", ["rejected ballots", "ballots"], None, LC_DAY, "Gros Islet", LC_ED),
  ("3,485 votes", 3485, "=", ["votes"], None, LC_DAY, "Castries North", LC_ED),
  ("66%", 66, "=", ["votes", "vote"], None, LC_DAY, "Castries North", LC_ED),
  ("four rivals", 4, "=", ["rivals"], None, LC_DAY, "Castries North", LC_ED),
  ("77.8%", 77.8, "=", ["vote", "votes"], None, LC_DAY, "Castries East", LC_ED),
  ("673 votes", 673, "=", ["votes"], None, LC_DAY, "Micoud South", LC_ED),
  ("59 votes", 59, "=", ["votes"], None, LC_DAY, "Dennery South", LC_ED)],
 []),
("y-poll-malta-maltatoday-may-2022", "MaltaToday", "2022-05-29", "https://www.maltatoday.com.mt/news/data_and_surveys/117141/maltatoday_survey_abela_rides_the_wave_as_grech_slumps_to_worst_ever_trust_rating", "poll",
 "VALLETTA - A MaltaToday survey puts the trust rating of Prime Minister Robert Abela at 51.3%, as he keeps riding the momentum that carried the Labour Party to its election win. "
 "Opposition leader Bernard Grech trails him by 28 points after sinking to 23.6%, his weakest showing since September 2020, and 21.5% of voters trust neither man. "
 "In the previous barometer, which came out six days ahead of the general election in March, Abela had scored 43.8% and Grech 30.6%. "
 "The fieldwork ran from 16 to 25 May, ahead of the leadership vote in the Nationalist Party, in which 81% of councillors reconfirmed Grech as the only candidate. "
 "Abela leads Grech among both men and women, in every age group and in all regions but one. "
 "97% of people who voted Labour in March trust him, whereas Grech is trusted by 65.1% of Nationalist voters; of the latter, 26.1% trust neither leader, 3.9% trust Abela and 4.8% gave no answer. "
 "Among voters aged 16 to 35, Abela scores 46.3% and Grech 22%. "
 "Abela does best among 36- to 50-year-olds, at 55.5%, the same group in which Grech fares worst, at 13.8%. "
 "By region, Abela's strongest results come from the Western and Southern Harbour regions, at 66.3% and 62.8% respectively.",
 [("51.3%", 51.3, "=", ["trust rating", "Robert Abela", "Abela"], None, MT_MAY, "Malta", MT),
  ("28 points", 28, "=", ["points", "trust rating", "lead"], None, MT_MAY, "Malta", MT),
  ("23.6%", 23.6, "=", ["trust rating", "Bernard Grech", "Grech"], None, MT_MAY, "Malta", MT),
  ("21.5%", 21.5, "=", ["voters"], None, MT_MAY, "Malta", MT),
  ("43.8%", 43.8, "=", ["trust rating", "Abela", "trust barometer"], None, None, "Malta", MT),
  ("30.6%", 30.6, "=", ["trust rating", "Grech", "trust barometer"], None, None, "Malta", MT),
  ("81%", 81, "=", ["councillors"], None, None, "Malta", MT),
  ("97%", 97, "=", ["people who voted Labour", "people", "voters", "Labour voters"], None, MT_MAY, "Malta", MT),
  ("65.1%", 65.1, "=", ["Nationalist voters", "voters"], None, MT_MAY, "Malta", MT),
  ("26.1%", 26.1, "=", ["Nationalist voters", "voters", "the latter"], None, MT_MAY, "Malta", MT),
  ("3.9%", 3.9, "=", ["Nationalist voters", "voters", "the latter"], None, MT_MAY, "Malta", MT),
  ("4.8%", 4.8, "=", ["Nationalist voters", "voters", "the latter"], None, MT_MAY, "Malta", MT),
  ("46.3%", 46.3, "=", ["voters", "voters aged 16 to 35", "Abela"], None, MT_MAY, "Malta", MT),
  ("22%", 22, "=", ["voters", "voters aged 16 to 35", "Grech"], None, MT_MAY, "Malta", MT),
  ("55.5%", 55.5, "=", ["36- to 50-year-olds", "Abela", "trust rating"], None, MT_MAY, "Malta", MT),
  ("13.8%", 13.8, "=", ["36- to 50-year-olds", "Grech", "trust rating", "group"], None, MT_MAY, "Malta", MT),
  ("66.3%", 66.3, "=", ["results", "Abela", "trust rating"], None, MT_MAY, ["Western", "Western region"], MT),
  ("62.8%", 62.8, "=", ["results", "Abela", "trust rating"], None, MT_MAY, ["Southern Harbour", "Southern Harbour region"], MT)],
 ["six days", "16 to 35", "36- to 50-year-olds", "but one"]),
("y-biz-equinor-q1-2019", "Equinor (first-quarter 2019 report, via dokumen.tips)", "2019-05-02", "https://dokumen.tips/documents/first-quarter-2019-financial-statements-and-review-quarter-of-2019-compared.html", "company results",
 "STAVANGER, Norway - Equinor posted adjusted earnings of USD 4.19 billion for the first quarter of 2019, or USD 1.54 billion after tax, the Norwegian energy group said. "
 "Under IFRS, net operating income came to USD 4.73 billion and net income to USD 1.71 billion. "
 "Chief executive Eldar Sætre said the group had earned more after tax than in the same quarter of 2018 despite weaker commodity prices, with a strong cash flow from operating activities of 6.5 billion dollars, and that the net debt ratio had been brought down to 19.4%. "
 "Shareholders will receive USD 0.26 per share as the dividend for the quarter. "
 "Organic capital expenditure came to USD 2.21 billion in the quarter, and Sætre said the Johan Sverdrup field would begin producing later in the year.",
 [("USD 4.19 billion", 4.19e9, "=", ["adjusted earnings", "earnings"], None, EQ_Q1, None, EQ),
  ("USD 1.54 billion", 1.54e9, "=", ["adjusted earnings", "earnings"], None, EQ_Q1, None, EQ),
  ("USD 4.73 billion", 4.73e9, "=", ["net operating income", "operating income"], None, EQ_Q1, None, EQ),
  ("USD 1.71 billion", 1.71e9, "=", ["net income"], None, EQ_Q1, None, EQ),
  ("6.5 billion dollars", 6.5e9, "=", ["cash flow from operating activities", "cash flow"], None, EQ_Q1, None, SAETRE),
  ("19.4%", 19.4, "=", ["net debt ratio"], None, EQ_Q1, None, SAETRE),
  ("USD 0.26", 0.26, "=", ["dividend", "share"], None, EQ_Q1, None, EQ),
  ("USD 2.21 billion", 2.21e9, "=", ["organic capital expenditure", "capital expenditure"], None, EQ_Q1, None, EQ)],
 []),
("y-biz-commonwealth-bank-bahamas-h1-2025", "EW News", "2025-08-15", "https://ewnews.com/commonwealth-bank-posts-35-6m-half-year-profit-boosted-by-loan-growth-and-digital-services", "company results",
 "NASSAU, Bahamas - Commonwealth Bank Limited made a consolidated net profit of $35.6 million in the six months to June 30, 2025, 4.3 percent more than the $34.1 million it earned a year earlier. "
 "The lender put the result down to steady growth in revenue, more non-interest income and better loan quality. "
 "Gross interest income was up 3.2 percent on the year, and a 6.1 percent fall in interest expenses gave net interest income a further lift. "
 "Non-interest income jumped 17 percent thanks to credit life insurance premiums, wider use of digital banking and merchant-acquiring services that were fully rolled out at the end of 2024. "
 "Impairment reversals added $2.1 million, down from $5.6 million a year before. "
 "The bank reported a liquidity ratio of 65 percent, far above the regulatory requirement of 20 percent, and a capital adequacy ratio of more than 30 percent against a minimum of 17 percent. "
 "The board approved the regular quarterly payout of $0.03 per share, or $8.9 million, which was paid on June 19; with two extraordinary dividends earlier in the year worth $17.7 million together, shareholders received $35 million over the half. "
 "The result was credited to staff and loyal customers by Executive Chairman William B. Sands, Jr.",
 [("$35.6 million", 35.6e6, "=", ["net profit", "consolidated net profit", "profit"], None, CB_H1, "Bahamas", CB),
  ("4.3 percent", 4.3, "=", ["net profit", "profit"], None, CB_H1, "Bahamas", CB),
  ("$34.1 million", 34.1e6, "=", ["net profit", "profit"], None, CB_H1_24, "Bahamas", CB),
  ("3.2 percent", 3.2, "=", ["gross interest income", "interest income"], "rose", CB_H1, "Bahamas", CB),
  ("6.1 percent", 6.1, "=", ["interest expenses"], "fell", CB_H1, "Bahamas", CB),
  ("17 percent", 17, "=", ["non-interest income"], "rose", CB_H1, "Bahamas", CB),
  ("$2.1 million", 2.1e6, "=", ["impairment reversals", "reversals"], None, CB_H1, "Bahamas", CB),
  ("$5.6 million", 5.6e6, "=", ["impairment reversals", "reversals"], None, CB_H1_24, "Bahamas", CB),
  ("65 percent", 65, "=", ["liquidity ratio"], None, None, "Bahamas", CB),
  ("20 percent", 20, "=", ["regulatory requirement", "liquidity ratio"], None, None, "Bahamas", CB),
  ("more than 30 percent", 30, ">", ["capital adequacy ratio"], None, None, "Bahamas", CB),
  ("17 percent", 17, "=", ["minimum", "capital adequacy ratio"], None, None, "Bahamas", CB, 1),
  ("$0.03", 0.03, "=", ["quarterly payout", "payout", "share"], None, None, "Bahamas", CB),
  ("$8.9 million", 8.9e6, "=", ["quarterly payout", "payout"], None, None, "Bahamas", CB),
  ("two extraordinary dividends", 2, "=", ["extraordinary dividends", "dividends"], None, CB_H1, "Bahamas", CB),
  ("$17.7 million", 17.7e6, "=", ["extraordinary dividends", "dividends"], None, CB_H1, "Bahamas", CB),
  ("$35 million", 35e6, "=", ["shareholders", "payouts"], None, CB_H1, "Bahamas", CB)],
 []),
("y-health-marshall-islands-dengue-2019", "RNZ Pacific, with Marianas Variety for the 8 September figures and the emergency's extension", "2019-09-23", "https://amp.rnz.co.nz/article/336cb748-5b2a-4cef-87d6-127caf70c3c3", "health",
 "MAJURO, Marshall Islands - Dengue cases in the Marshall Islands have passed 500, and the capital, Majuro, is now where most new infections turn up, RNZ Pacific reported on 23 September 2019. "
 "Majuro had 267 suspected and confirmed cases by Friday against 247 on Ebeye, the island where the outbreak started, according to the Ministry of Health and Human Services; the capital moved ahead late last week. "
 "Majuro's hospital is seeing more than 10 new cases a day, whereas Ebeye went several days last week without any. "
 "Of the 514 cases so far, 166 have needed hospital treatment. There has been one death, a six-year-old Marshallese girl who died earlier this month. "
 "No cases have been found on the dozens of outer islands beyond Majuro and Ebeye, which the ministry cut off from passenger travel after a state of health emergency was declared in August. "
 "A week earlier, the ministry's situation reports had shown Majuro's count climbing from 57 cases through September 1 to 124 by September 8, while Ebeye added only nine new cases to reach 228. "
 "President Hilda Heine then signed a Cabinet minute extending the health emergency, first declared on August 6, by 31 days, so that the travel ban to the outer islands could stay in place.",
 [("passed 500", 500, ">", ["cases", "dengue cases"], None, None, "Marshall Islands", MH_MOH),
  ("267", 267, "=", ["cases", "suspected and confirmed cases"], None, "2019-09-20", "Majuro", MH_MOH),
  ("247", 247, "=", ["cases"], None, "2019-09-20", "Ebeye", MH_MOH),
  ("more than 10 new cases", 10, ">", ["new cases", "cases"], None, None, "Majuro", MH_MOH),
  ("514 cases", 514, "=", ["cases"], None, None, "Marshall Islands", MH_MOH),
  ("166", 166, "=", ["cases"], None, None, "Marshall Islands", MH_MOH),
  ("one death", 1, "=", ["death", "deaths"], "killed", "2019-09-01..2019-09-23", "Marshall Islands", MH_MOH),
  ("dozens", None, ("vague", 24, 100), ["outer islands", "islands"], None, None, "Marshall Islands", MH_MOH),
  ("57 cases", 57, "=", ["cases"], None, "2019-09-01", "Majuro", MH_MOH),
  ("124", 124, "=", ["cases", "count"], None, "2019-09-08", "Majuro", MH_MOH),
  ("nine new cases", 9, "=", ["new cases", "cases"], None, "2019-09-01..2019-09-08", "Ebeye", MH_MOH),
  ("228", 228, "=", ["cases"], None, "2019-09-08", "Ebeye", MH_MOH)],
 ["six-year-old", "31 days"]),
("y-health-solomon-islands-dengue-2016", "ReliefWeb (Pacific dengue outbreak page: Solomon Islands government, WHO and IFRC updates)", "2017-05-31", "https://m.reliefweb.int/disaster/37806/ep-2016-000112-slb", "health",
 "HONIARA - The dengue outbreak that has gripped the Solomon Islands since August 2016 is waning, health authorities say. "
 "On 8 October 2016 the government declared an outbreak covering the capital, Honiara, and parts of Guadalcanal province beyond it, after syndromic surveillance run by the Ministry of Health and Medical Services picked up an unusual rise in dengue-like illness; on 19 October the declaration was widened to other provinces. "
 "Between 15 August and 20 November, 3,920 suspected cases were reported across Honiara, Guadalcanal, Malaita, Isabel, Choiseul, Makira, Temotu, Western and Central, the government said, and by 11 December the ministry's tally had reached 6,294 cases. "
 "By 16 April 2017, 12,250 cases had been recorded since 15 August 2016, with the weekly count falling: in the week to 16 April, 10 cases were hospitalised and no deaths were reported, according to the ministry's situation report No. 29 cited by the World Health Organization. "
 "Since the outbreak began, 851 people have been admitted to hospital, 62% of them under 24, and 15 have died. "
 "The ministry's emergency operations committee stood down in mid-April because cases had been declining steadily since February and the National Referral Hospital could again cope with its dengue patients in the normal way, the IFRC said. "
 "In neighbouring Vanuatu, 4,011 suspected cases were reported between 11 November 2016 and 5 January 2017.",
 [("3,920 suspected cases", 3920, "=", ["suspected cases", "cases"], None, "2016-08-15..2016-11-20", "Solomon Islands", ["government", "the government", "Government of Solomon Islands"]),
  ("6,294 cases", 6294, "=", ["cases"], None, "2016-08-15..2016-12-11", "Solomon Islands", SB_MOH),
  ("12,250 cases", 12250, "=", ["cases"], None, "2016-08-15..2017-04-16", "Solomon Islands", SB_MOH),
  ("10 cases", 10, "=", ["cases"], None, "2017-04-10..2017-04-16", "Solomon Islands", SB_MOH),
  ("851 people", 851, "=", ["people"], None, "2016-08-15..2017-04-16", "Solomon Islands", SB_MOH),
  ("62%", 62, "=", ["people", "them"], None, "2016-08-15..2017-04-16", "Solomon Islands", SB_MOH),
  ("15 have died", 15, "=", ["people"], "killed", "2016-08-15..2017-04-16", "Solomon Islands", SB_MOH),
  ("4,011 suspected cases", 4011, "=", ["suspected cases", "cases"], None, "2016-11-11..2017-01-05", "Vanuatu", None)],
 ["under 24", "No. 29"]),
("y-disaster-comoros-kenneth-2019", "UNICEF (Comoros humanitarian situation report No. 3, via ReliefWeb)", "2019-04-29", "https://reliefweb.int/report/comoros/comoros-humanitarian-situation-report-no-3-cyclone-kenneth-29-april-2019", "disasters",
 "MORONI - Cyclone Kenneth, which struck the Comoros on 24 April, has affected an estimated 45,000 people, UNICEF said on Monday. "
 "First estimates show that seven people were killed, over 200 people injured and at least 20,000 displaced, many of them children, and the number of displaced is expected to climb once it is clearer how many homes were destroyed. "
 "Kenneth, a category 1 storm with winds of up to 110 kph, battered the archipelago on 24 and 25 April, flooding high-risk areas across the islands, mostly along the coast. "
 "Nearly 80 per cent of farms have been destroyed, a heavy blow to a country whose economy rests on agriculture, and the storm destroyed an estimated 63 per cent of food crops and 35 per cent of the cash crops. "
 "The cyclone destroyed 3,818 houses and damaged 400 schools and six health centres, while one hospital was flooded. "
 "Over 96 water tanks are without their covers and have been fouled with rubbish or seawater, raising the risk of water-borne disease. "
 "The power grid was wrecked across the country, and the water supply systems of Mbeni and Mitsamiouli are largely out of action because pumps cannot run without electricity.",
 [("an estimated 45,000 people", 45000, "=", ["people"], "affected", KM_KEN, "Comoros", UNICEF_KM),
  ("seven people", 7, "=", ["people"], "killed", KM_KEN, "Comoros", UNICEF_KM),
  ("over 200 people", 200, ">", ["people"], "injured", KM_KEN, "Comoros", UNICEF_KM),
  ("at least 20,000", 20000, ">=", ["people", "children"], "displaced", KM_KEN, "Comoros", UNICEF_KM),
  ("up to 110 kph", 110, "<=", ["winds"], None, KM_KEN, "Comoros", UNICEF_KM),
  ("Nearly 80 per cent", 80, "nearly", ["farms"], "destroyed", KM_KEN, "Comoros", UNICEF_KM),
  ("63 per cent", 63, "=", ["food crops", "crops"], "destroyed", KM_KEN, "Comoros", UNICEF_KM),
  ("35 per cent", 35, "=", ["cash crops", "crops"], "destroyed", KM_KEN, "Comoros", UNICEF_KM),
  ("3,818 houses", 3818, "=", ["houses"], "destroyed", KM_KEN, "Comoros", UNICEF_KM),
  ("400 schools", 400, "=", ["schools"], "damaged", KM_KEN, "Comoros", UNICEF_KM),
  ("six health centres", 6, "=", ["health centres"], "damaged", KM_KEN, "Comoros", UNICEF_KM),
  ("one hospital", 1, "=", ["hospital"], None, KM_KEN, "Comoros", UNICEF_KM),
  ("Over 96 water tanks", 96, ">", ["water tanks"], None, KM_KEN, "Comoros", UNICEF_KM)],
 ["category 1"]),
("y-disaster-solomon-islands-quakes-2010", "Reuters (via ReliefWeb), with AFP (via The Sydney Morning Herald) for the homes", "2010-01-04", "https://reliefweb.int/report/solomon-islands/strong-quakes-hit-solomon-islands-damage", "disasters",
 "CANBERRA, Jan 4 (Reuters) - Two powerful earthquakes struck the Solomon Islands on Monday, damaging villages and triggering landslides in remote areas, police said, although no casualties were reported immediately. "
 "The magnitude 7.2 and 6.5 quakes hit close together at around 2148 GMT, roughly 55 miles (88 km) from Gizo, a small South Pacific island, to the south-southeast, according to the U.S. Geological Survey and the Pacific Tsunami Warning Center. "
 "The National Disaster Management Office, through a spokesman in Honiara, said the reports showed landslides, not tsunami waves, had damaged villages and houses, but there was no confirmation of anyone killed or hurt. "
 "The quakes were at depths of 33 km (20.5 miles) to 36 km; earlier, Gizo police had said possible tsunami waves reached Tetepare, an uninhabited island with a nature reserve. "
 "Landslides were reported on Tetepare and on nearby Rendova island in Western Province, said Brian Tom, a spokesman for the disaster office. Rendova, an island of 400 sq km (160 sq miles), had 3,679 people at the 1999 census. "
 "Disaster officials later told AFP that about 500 homes had been damaged or destroyed. "
 "In 2007 a magnitude 8.1 quake and the tsunami that followed struck Gizo, killed 52 people and left thousands without homes, and in September last year tsunamis swept into Tonga, Samoa and American Samoa, killing more than 100 people.",
 [("Two powerful earthquakes", 2, "=", ["earthquakes"], None, SB_DAY, "Solomon Islands", ["police"]),
  ("55 miles", 55, "~", None, None, None, None, ["U.S. Geological Survey", "Pacific Tsunami Warning Center"]),
  ("88 km", 88, "~", None, None, None, None, ["U.S. Geological Survey", "Pacific Tsunami Warning Center"]),
  ("33 km", 33, "=", None, None, None, None, None),
  ("20.5 miles", 20.5, "=", None, None, None, None, None),
  ("36 km", 36, "=", None, None, None, None, None),
  ("400 sq km", 400, "=", None, None, None, "Rendova", None),
  ("160 sq miles", 160, "=", None, None, None, "Rendova", None),
  ("3,679 people", 3679, "=", ["people"], None, "1999-01-01..1999-12-31", "Rendova", None),
  ("about 500 homes", 500, "~", ["homes"], None, SB_DAY, "Solomon Islands", ["Disaster officials", "AFP"]),
  ("52 people", 52, "=", ["people"], "killed", "2007-01-01..2007-12-31", "Gizo", None),
  ("thousands", None, ("vague", 2000, 10000), ["people", "homes"], None, "2007-01-01..2007-12-31", "Gizo", None),
  ("more than 100 people", 100, ">", ["people"], "killed", "2009-09-01..2009-09-30", ["Tonga", "Samoa", "American Samoa"], None)],
 ["magnitude 7.2 and 6.5", "2148 GMT", "magnitude 8.1"]),
("y-mig-mauritania-boat-2025", "AFP (via ECR)", "2025-08-29", "https://www.ecr.co.za/news/news/migrant-boat-capsizes-mauritania-killing-49-officials/", "migration",
 "NOUAKCHOTT - At least 49 people died when a boat carrying migrants overturned off Mauritania earlier this week, and around 100 are believed to be missing, AFP reported. "
 "A senior coast guard official told the agency that a patrol had rescued 17 people and that 49 bodies had been recovered and buried so far, with the search still going on. "
 "The boat capsized late on Tuesday night when those on board saw the lights of a coastal town lying some 80 kilometres (50 miles) north of Nouakchott, so they all moved to one side, the official said. "
 "According to the migrants' own account, it had left The Gambia a week before with about 160 people aboard, Senegalese and Gambians among them. "
 "The local gendarmerie confirmed the figure of 49 bodies recovered, saying they had been buried with health and administrative officials present. "
 "Drownings are common on the dangerous crossing from Africa to Europe, where strong currents and rickety boats make the long trip perilous; the NGO Caminando Fronteras counted at least 10,457 migrant deaths at sea on the way to Spain in 2024. "
 "It was not said where Tuesday's passengers had been heading.",
 [("At least 49 people", 49, ">=", ["people"], "killed", MR_DAY, "Mauritania", ["AFP"]),
  ("around 100", 100, "~", ["people"], "missing", MR_DAY, "Mauritania", ["AFP"]),
  ("17 people", 17, "=", ["people"], "rescued", MR_DAY, "Mauritania", MR_OFF),
  ("49 bodies", 49, "=", ["bodies"], None, MR_SOFAR, "Mauritania", MR_OFF),
  ("some 80 kilometres", 80, "~", None, None, None, None, MR_OFF),
  ("50 miles", 50, "~", None, None, None, None, MR_OFF),
  ("about 160 people", 160, "~", ["people"], None, None, None, ["migrants", "the migrants' own account", "official"]),
  ("49 bodies", 49, "=", ["bodies"], None, MR_SOFAR, "Mauritania", ["local gendarmerie", "gendarmerie", "The local gendarmerie"], 1),
  ("at least 10,457 migrant deaths", 10457, ">=", ["migrant deaths", "deaths", "migrants"], "killed", "2024-01-01..2024-12-31", None, ["Caminando Fronteras", "the NGO Caminando Fronteras"])],
 ["one side", "a week before"]),
("y-sport-jersey-marathon-2017", "Jersey Evening Post", "2017-10-02", "https://www.jerseyeveningpost.com/uncategorised/2017/10/02/record-numbers-rise-to-the-jersey-marathon-challenge/", "sport",
 "ST HELIER, Jersey - Around 2,600 competitors turned out for the Jersey Marathon on Sunday, taking on the full marathon, a relay leg or the 3 km Fun Run, many of them braced for the worst after a week of forecasts of strong winds and heavy rain. "
 "The rain stayed away for the morning, however, as the field set off. "
 "Kenyans filled the first three places at the Weighbridge finish. "
 "Hillary Chirchir collected the £2,500 first prize in 2 hours 22 minutes 32 seconds, which left him about four minutes short of the course record. "
 "Emmanuel Melly, 34, was second in 2 hr 26 min 43 sec, ahead of third-placed Japhet Koech (29) in 2 hr 29 min 27 sec; Koech had set off 'eight or nine minutes' after the others because he reached the start late. "
 "Germany's Ulrike Maisch was the first woman home, in 2 hr 57 min 28 sec, and also took £2,500, while Guernsey Athletics Club won the relay in 2 hr 28 min 48 sec. "
 "For the Teenage Cancer Trust, teacher Chris Fancourt has been trying 100 different sports in 100 days; he finished the challenge by running the full marathon. "
 "About 500 people ran the 26.2-mile marathon, among them Victor Gonsalves of Jersey, who at 74 was the oldest runner to tackle the full distance. "
 "About 1,500 people, in 300 teams, took part in the relay.",
 [("Around 2,600 competitors", 2600, "~", ["competitors"], None, JM_DAY, "Jersey", None),
  ("£2,500", 2500, "=", ["first prize", "prize"], None, JM_DAY, "Jersey", None),
  ("£2,500", 2500, "=", ["prize"], None, JM_DAY, "Jersey", None, 1),
  ("100 different sports", 100, "=", ["sports"], None, None, None, None),
  ("About 500 people", 500, "~", ["people", "runners"], None, JM_DAY, "Jersey", None),
  ("About 1,500 people", 1500, "~", ["people"], None, JM_DAY, "Jersey", None),
  ("300 teams", 300, "=", ["teams"], None, JM_DAY, "Jersey", None)],
 ["3 km", "first three places", "2 hours 22 minutes 32 seconds", "about four minutes", "34", "2 hr 26 min 43 sec", "(29)", "third-placed", "2 hr 29 min 27 sec", "eight or nine minutes", "2 hr 57 min 28 sec", "2 hr 28 min 48 sec", "100 days", "26.2-mile", "74"]),
("y-transport-avinor-aug-2017", "Norway Today (NTB)", "2017-09-12", "http://norwaytoday.info/finance/passenger-increase-avinor-airports-august/", "transport",
 "OSLO - Passenger numbers at Avinor's airports rose 4.7% in August from the same month last year, with nearly 4.9 million people passing through them, the Norwegian airport operator said. "
 "Domestic traffic grew 3.3% and international traffic 6.8%. "
 "Oslo Gardermoen handled 7% more passengers than in August 2016 and traffic at Bergen Airport increased 4.4%, while Stavanger and Trondheim were virtually unchanged. "
 "The tourist boom of July carried on into August, with steep growth in places like Leknes (+26.2%), Svolvær (+41.1%), Stokmarknes (+27.9%), Røros (+26.4%) and Tromsø (+8.8%). "
 "More than 35 million passengers have used Avinor's airports so far in 2017, 4.6% more than a year ago. "
 "Avinor chief executive Dag Falk-Petersen said 2017 looked set to be a strong year for passenger traffic, largely because many more foreign visitors were coming to Norway.",
 [("4.7%", 4.7, "=", ["passenger numbers", "passengers"], "rose", AV_AUG, "Norway", AV),
  ("nearly 4.9 million", 4.9e6, "nearly", ["people", "passengers"], None, AV_AUG, "Norway", AV),
  ("3.3%", 3.3, "=", ["domestic traffic"], "rose", AV_AUG, "Norway", AV),
  ("6.8%", 6.8, "=", ["international traffic"], "rose", AV_AUG, "Norway", AV),
  ("7%", 7, "=", ["passengers"], None, AV_AUG, "Oslo Gardermoen", AV, 1),
  ("4.4%", 4.4, "=", ["traffic"], "rose", AV_AUG, "Bergen Airport", AV),
  ("41.1%", 41.1, "=", ["growth", "traffic", "passengers"], "rose", AV_AUG, "Svolvær", AV),
  ("26.2%", 26.2, "=", ["growth", "traffic", "passengers"], "rose", AV_AUG, "Leknes", AV),
  ("26.4%", 26.4, "=", ["growth", "traffic", "passengers"], "rose", AV_AUG, "Røros", AV),
  ("27.9%", 27.9, "=", ["growth", "traffic", "passengers"], "rose", AV_AUG, "Stokmarknes", AV),
  ("8.8%", 8.8, "=", ["growth", "traffic", "passengers"], "rose", AV_AUG, "Tromsø", AV),
  ("More than 35 million passengers", 35e6, ">", ["passengers"], None, AV_YTD, "Norway", AV),
  ("4.6%", 4.6, "=", ["passengers"], None, AV_YTD, "Norway", AV)],
 []),
("y-conflict-car-nzakoundou-2023", "Associated Press (via a mirror, and KTVZ)", "2023-12-22", "http://ytrustpath.fastseoul.com/news/393e13099476.html", "conflict",
 "BANGUI, Central African Republic (AP) - Rebels killed at least 21 people, among them children and a soldier, in attacks on a security post and a village in the north of the Central African Republic, local authorities said. "
 "The rebels attacked army checkpoints first, where they killed one person and wounded several, and then turned on civilians, killing about 20 people, said Ernest Bonang, the federal lawmaker for Nzakoundou, which was attacked on Thursday. "
 "Houses were set on fire and the village had been 'emptied of its population,' he said. "
 "The country, rich in minerals but deeply poor, has been torn by fighting between communities since 2013, when mainly Muslim Seleka rebels took power and forced President Francois Bozize out. "
 "According to the United Nations, whose peacekeepers are deployed in the country, thousands have died in the conflict and more than a million people, a fifth of the population, have been displaced. "
 "No group has said it carried out the attack, but residents blame 3R (Return, Reclamation, Rehabilitation), one of many armed groups in the north, which says it protects the minority Peuhl but stands accused of mass killings and of looting villages since it appeared in 2015.",
 [("at least 21 people", 21, ">=", ["people"], "killed", CF_DAY, ["Central African Republic", "Nzakoundou"], ["local authorities", "authorities"]),
  ("one person", 1, "=", ["person", "people"], "killed", CF_DAY, ["Nzakoundou", "Central African Republic"], BONANG),
  ("about 20 people", 20, "~", ["people", "civilians"], "killed", CF_DAY, ["Nzakoundou", "Central African Republic"], BONANG),
  ("thousands", None, ("vague", 2000, 10000), None, "killed", "2013-01-01..2023-12-22", "Central African Republic", ["United Nations", "the United Nations", "UN"]),
  ("more than a million people", 1e6, ">", ["people"], "displaced", "2013-01-01..2023-12-22", "Central African Republic", ["United Nations", "the United Nations", "UN"])],
 ["a fifth", "3R", "one of many armed groups"]),
]
