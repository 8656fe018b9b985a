# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, twentieth set: sixteen more rewritten reports across beats (Suriname, Mauritius, Papua New
Guinea, Namibia, Sao Tome and Principe, Croatia, Qatar/Ooredoo, Denmark/Carlsberg, Samoa, Timor-Leste,
St Vincent, Grenada/Barbados, Cape Verde/Senegal, Andorra/San Marino, Cyprus and Indonesian Papua
material), annotated before the extractor was run on them and scored once (heldout20/README.md); not
used to shape rules.

Same tuple layout as docs_c.py .. docs_u.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout20/ by build.py."""
ABS = ["General Bureau of Statistics", "ABS", "the General Bureau of Statistics (ABS)", "bureau", "the bureau"]
SR_DEC = "2022-12-01..2022-12-31"
SR_YEAR = "2021-12-01..2022-12-31"
STATS_MU = ["Statistics Mauritius", "the office", "office"]
MU_Q3 = "2012-06-01..2012-09-30"
MU_12M = "2011-10-01..2012-09-30"
MU_12M_PREV = "2010-10-01..2011-09-30"
LING = ["Treasurer Ian Ling-Stuckey", "Ian Ling-Stuckey", "Ling-Stuckey", "Treasurer", "the Treasurer", "he"]
PNG_2023 = "2023-01-01..2023-12-31"
NSA = ["Namibia Statistics Agency", "NSA", "the Namibia Statistics Agency (NSA)", "Alex Shimuafeni", "Shimuafeni", "Statistician-General and CEO Alex Shimuafeni", "the NSA bulletin", "agency"]
NA_APR = "2022-04-01..2022-04-30"
NA_MAR = "2022-03-01..2022-03-31"
NA_APR21 = "2021-04-01..2021-04-30"
CEN = ["National Electoral Commission", "CEN", "the National Electoral Commission (CEN)", "Alberto Pereira", "provisional results", "figures"]
ST_DAY = "2018-10-07"
CRODEM = ["Crodemoskop", "the monthly Crodemoskop survey", "Promocija Plus", "survey", "poll", "Jutarnji List"]
HR_OCT = "2016-10-03..2016-10-05"
HR_SEP = "2016-09-01..2016-09-30"
OOREDOO = ["Ooredoo", "the company", "company", "statement", "the group", "group"]
OO_Q1 = "2013-01-01..2013-03-31"
OO_Q1_12 = "2012-01-01..2012-03-31"
CARLS = ["Carlsberg", "the brewer", "brewer"]
CB_9M = "2013-01-01..2013-09-30"
CB_Q3 = "2013-07-01..2013-09-30"
CBS = ["CBS News", "CBS", "KGMB", "Allyson Blair"]
TL_MOH = ["Ministry of Health", "an official source at the Ministry of Health", "official source", "Lusa"]
TL_JAN = "2022-01-01..2022-01-31"
GONSALVES = ["Prime Minister Ralph Gonsalves", "Ralph Gonsalves", "Gonsalves", "he"]
VC_DAY = "2021-04-09"
MITCHELL = ["Prime Minister Dickon Mitchell", "Dickon Mitchell", "Mitchell"]
GD_DAY = "2024-07-01"
MOTTLEY = ["Prime Minister Mia Mottley", "Mia Mottley", "Mottley"]
IOM = ["International Organization for Migration", "IOM", "the International Organization for Migration (IOM)", "Safa Msehli", "Msehli", "IOM spokeswoman Safa Msehli"]
AD_DAY = "2017-02-22"
HERMES = ["Hermes Airports", "Hermes", "airports operator Hermes Airports", "the operator", "operator"]
CY_MAY = "2022-05-01..2022-05-31"
REBA = ["Yan Pieter Reba", "Reba", "Jayawijaya police chief Yan Pieter Reba", "police chief", "he"]
KAMAL = ["A.M. Kamal", "Kamal", "Papua provincial police spokesman A.M. Kamal", "ANTARA"]
PA_DAY = "2018-12-02"

DOCS = [
("v-econ-suriname-cpi-dec-2022", "Culturu", "2023-01-16", "https://www.culturu.com/nieuws/suriname/54-6-inflation-last-year/", "economy",
 "PARAMARIBO - Consumer prices in Suriname went up by 54.6% between December 2021 and December 2022, the General Bureau of Statistics (ABS) has reported, after inflation of 60.7% in 2020. "
 "In December alone the price level climbed by at least 4% from November, with transport, bread, grains, fruit and vegetables showing the sharpest increases; the December prices were collected between December 1 and December 29, 2022. "
 "Critics say the ABS figures trail behind the rise in prices that households actually face at home. "
 "The consumer price index (CPI) tracks the average price change of a fixed basket of goods and services of set quality and quantity bought for consumption, and Suriname's basket holds 316 items. "
 "Prices are recorded at roughly 170 points in Paramaribo and Wanica, roughly 115 in Nickerie including Wageningen, roughly 105 in Coronie and Saramacca, roughly 120 in Commewijne and roughly 120 in Para, which makes about 630 measuring points altogether.",
 [("54.6%", 54.6, "=", ["consumer prices", "prices"], "rose", SR_YEAR, "Suriname", ABS),
  ("60.7%", 60.7, "=", "inflation", None, "2020-01-01..2020-12-31", "Suriname", ABS),
  ("at least 4%", 4, ">=", ["price level", "prices"], "rose", SR_DEC, "Suriname", ABS),
  ("316 items", 316, "=", "items", None, None, "Suriname", None),
  ("roughly 170 points", 170, "~", ["points", "measuring points"], None, None, ["Paramaribo", "Wanica", "Paramaribo and Wanica"], None),
  ("roughly 115", 115, "~", ["points", "measuring points"], None, None, ["Nickerie", "Wageningen"], None),
  ("roughly 105", 105, "~", ["points", "measuring points"], None, None, ["Coronie", "Saramacca", "Coronie and Saramacca"], None),
  ("roughly 120 in Commewijne", 120, "~", ["points", "measuring points"], None, None, "Commewijne", None),
  ("roughly 120 in Para", 120, "~", ["points", "measuring points"], None, None, "Para", None),
  ("about 630 measuring points", 630, "~", ["measuring points", "points"], None, None, "Suriname", None)],
 []),
("v-econ-mauritius-cpi-q3-2012", "Statistics Mauritius", "2012-10-15", "http://statsmauritius.govmu.org/English/Pages/CONSUMER-PRICE-INDEX-3rd-Quarter-2012.aspx", "economy",
 "PORT LOUIS, 15 October - Mauritius's Consumer Price Index went from 132.8 in June 2012 to 133.3 in September 2012, a net rise of 0.5 point (or 0.4%), Statistics Mauritius said on Monday. "
 "The office put the increase over the quarter down to dearer food, chiefly bread, fruit, fish, meat and rice along with other products, as well as dearer washing materials and softeners, higher fees charged by doctors and costlier air tickets. "
 "Cheaper vegetables, milk and motor vehicles partly offset those rises. "
 "Headline inflation over the twelve months ending September 2012 came to 4.4%, against 6.2% over the twelve months ending September 2011. "
 "Judging by the pattern of earlier years and by recent price moves, the office expects inflation for calendar year 2012 to be around 4.3%. "
 "Leaving out alcoholic beverages and tobacco, the headline rate for the twelve months to September 2012 was 3.0%, down from 5.3% for the year to September 2011.",
 [("132.8", 132.8, "=", ["Consumer Price Index", "CPI", "index"], None, "2012-06-01..2012-06-30", "Mauritius", STATS_MU),
  ("133.3", 133.3, "=", ["Consumer Price Index", "CPI", "index"], None, "2012-09-01..2012-09-30", "Mauritius", STATS_MU),
  ("0.5 point", 0.5, "=", ["Consumer Price Index", "CPI", "index"], "rose", MU_Q3, "Mauritius", STATS_MU),
  ("0.4%", 0.4, "=", ["Consumer Price Index", "CPI", "index"], "rose", MU_Q3, "Mauritius", STATS_MU),
  ("4.4%", 4.4, "=", ["headline inflation", "inflation"], None, MU_12M, "Mauritius", STATS_MU),
  ("6.2%", 6.2, "=", ["headline inflation", "inflation"], None, MU_12M_PREV, "Mauritius", STATS_MU),
  ("around 4.3%", 4.3, "~", "inflation", None, "2012-01-01..2012-12-31", "Mauritius", STATS_MU),
  ("3.0%", 3.0, "=", ["headline rate", "headline inflation", "inflation"], None, MU_12M, "Mauritius", STATS_MU),
  ("5.3%", 5.3, "=", ["headline rate", "headline inflation", "inflation"], None, MU_12M_PREV, "Mauritius", STATS_MU)],
 ["twelve months ending September 2012", "twelve months ending September 2011", "twelve months to September 2012"]),
("v-fin-png-supplementary-budget-2023", "Loop PNG", "2023-10-13", "https://www.looppng.com/png-news/parliament-passes-2023-supplementary-budget-1232789", "public finance",
 "PORT MORESBY - Parliament has passed the 2023 supplementary budget, which Treasurer Ian Ling-Stuckey said was built on the strength of Papua New Guinea's economy in spite of the global headwinds facing the country. "
 "The supplementary budget allocates an additional K771 million and takes spending under the 2023 Budget to a record K25,338 million, Ling-Stuckey said, all within continuing budget repair, a push for a surplus by 2027 and the option of paying off all the country's debt by 2034. "
 "The economy should expand by 6.6 percent in real terms, after allowing for inflation, a view the International Monetary Fund (IMF) and the World Bank share, the Treasurer said, calling it the strongest three-year stretch of growth since the PNG LNG construction boom was at its peak. "
 "He said an extra K200 million of revenue should now come in through the Non-Tax Revenue Administration Act, over and above the original estimate of K459 million. "
 "In all, an estimated K821 million in extra money is available to allocate under the supplementary budget, committed to the government's main policy changes in law and order, education, health and the Household Assistance Package. "
 "Higher commodity prices are central to the plan: they shrink the budget deficit by K50 million to K4.9 million, and the government aims to cut the deficit by another K1 billion in the 2024 Budget itself.",
 [("K771 million", 771000000, "=", ["supplementary budget", "budget"], None, PNG_2023, "Papua New Guinea", LING),
  ("K25,338 million", 25338000000, "=", ["spending", "2023 Budget", "spending under the 2023 Budget"], None, PNG_2023, "Papua New Guinea", LING),
  ("6.6 percent", 6.6, "=", ["economy", "growth"], "rose", None, "Papua New Guinea", ["International Monetary Fund", "IMF", "World Bank", "the International Monetary Fund (IMF) and the World Bank", "Treasurer", "the Treasurer"]),
  ("K200 million", 200000000, "=", ["revenue", "Non-Tax Revenue Administration Act"], None, None, "Papua New Guinea", LING),
  ("K459 million", 459000000, "=", ["original estimate", "estimate"], None, None, "Papua New Guinea", LING),
  ("K821 million", 821000000, "=", ["money", "extra money", "supplementary budget"], None, PNG_2023, "Papua New Guinea", LING),
  ("K50 million", 50000000, "=", ["budget deficit", "deficit"], "fell", PNG_2023, "Papua New Guinea", None),
  ("K4.9 million", 4900000, "=", ["budget deficit", "deficit"], None, PNG_2023, "Papua New Guinea", None),
  ("K1 billion", 1000000000, "=", ["deficit", "budget deficit"], "cut", "2024-01-01..2024-12-31", "Papua New Guinea", None)],
 ["three-year"]),
("v-trade-namibia-apr-2022", "The Namibian Economist", "2022-06-02", "https://economist.com.na/70798/retail/broek-parade-n10-million-worth-of-trousers-and-breeches-imported-from-south-africa-in-april/", "trade",
 "WINDHOEK - Namibia's trade deficit widened to N$3.3 billion in April 2022 from a revised N$619 million in March 2022, a sharp turn from the surplus of N$365 million seen in April 2021, according to trade figures the Namibia Statistics Agency (NSA) published on Thursday. "
 "Total merchandise trade came to N$14.4 billion in April, 20.3% lower than the N$18 billion of March 2022 and 13% higher than the N$12.7 billion of April 2021, according to a statement from Alex Shimuafeni, the Statistician-General and CEO. "
 "In April 2022 on its own, re-exports dropped 42.1% from the previous month and 10.7 % from a year earlier. "
 "Precious stones (diamonds) made up 26.8% of the re-export basket, petroleum oils 12.1%, copper blisters 10.5 % and printed matter 5.9%, the NSA bulletin showed. "
 "By partner, South Africa was the biggest buyer of Namibian exports, and Botswana ranked second as a source market, Shimuafeni said. "
 "The agency's commodity of the month for April was cotton trousers and breeches, of which Namibia imported N$10 million worth, most of it from South Africa.",
 [("N$3.3 billion", 3300000000, "=", ["trade deficit", "deficit"], None, NA_APR, "Namibia", NSA),
  ("N$619 million", 619000000, "=", ["trade deficit", "deficit"], None, NA_MAR, "Namibia", NSA),
  ("N$365 million", 365000000, "=", ["surplus", "trade surplus"], None, NA_APR21, "Namibia", NSA),
  ("N$14.4 billion", 14400000000, "=", ["total merchandise trade", "merchandise trade", "trade"], None, NA_APR, "Namibia", NSA),
  ("20.3%", 20.3, "=", ["total merchandise trade", "merchandise trade", "trade"], None, NA_APR, "Namibia", NSA),
  ("N$18 billion", 18000000000, "=", ["total merchandise trade", "merchandise trade", "trade"], None, NA_MAR, "Namibia", NSA),
  ("13%", 13, "=", ["total merchandise trade", "merchandise trade", "trade"], None, NA_APR, "Namibia", NSA),
  ("N$12.7 billion", 12700000000, "=", ["total merchandise trade", "merchandise trade", "trade"], None, NA_APR21, "Namibia", NSA),
  ("42.1%", 42.1, "=", "re-exports", "fell", NA_APR, "Namibia", NSA),
  ("10.7 %", 10.7, "=", "re-exports", "fell", NA_APR, "Namibia", NSA),
  ("26.8%", 26.8, "=", ["re-export basket", "precious stones", "diamonds", "Precious stones (diamonds)"], None, NA_APR, "Namibia", NSA),
  ("12.1%", 12.1, "=", ["petroleum oils", "re-export basket"], None, NA_APR, "Namibia", NSA),
  ("10.5 %", 10.5, "=", ["copper blisters", "re-export basket"], None, NA_APR, "Namibia", NSA),
  ("5.9%", 5.9, "=", ["printed matter", "re-export basket"], None, NA_APR, "Namibia", NSA),
  ("N$10 million", 10000000, "=", ["cotton trousers and breeches", "trousers and breeches", "trousers"], None, NA_APR, "Namibia", None)],
 []),
("v-elec-sao-tome-2018", "Africanews (Lusa for the vote counts)", "2018-10-09", "https://www.africanews.com/2018/10/09/sao-tome-legislatives-ruling-adi-party-loses-absolute-majority/", "elections",
 "SAO TOME - The ruling party of Sao Tome and Principe has lost its absolute majority in the National Assembly after Sunday's parliamentary and local elections, provisional results showed. "
 "The centre-right Independent Democratic Action (ADI), in power since 2014, came first but won only 25 of the 55 seats, down from 33 in the outgoing assembly, according to the provisional results the National Electoral Commission (CEN) released on Monday. "
 "CEN president Alberto Pereira said the ADI, the party of Prime Minister Patrice Trovoada, had taken 32,805 votes. "
 "The socialist opposition Movement for the Liberation of Sao Tome and Principe - Social Democratic Party (MLSTP-PSD), led by Jorge Bom Jesus, won 23 seats with 31,634 votes and is planning a coalition with the five MPs of an alliance of smaller opposition parties. "
 "The ADI wants to join forces with the Sao Tome and Principe Independent Citizen Movement (MCISTP), which won two seats, though the pair would still fall short of a majority. "
 "The Constitutional Court is due to announce the final results within days. "
 "On Sunday some 90,000 voters cast ballots across the archipelago, home to 200,000 people. "
 "On Monday evening hundreds of people protested outside the electoral commission's offices, claiming fraud had favoured the ADI; the car of judge Natacha Amado Vaz was set alight and riot police broke up the crowd. "
 "The country, whose economy rests on cocoa and coffee, depends on international aid to the tune of 90%. It opened up to rival parties in 1991, ending fifteen years of one-party Marxist rule under President Manuel Pinto da Costa, who had governed since independence from Portugal in 1975.",
 [("25 of the", 25, "=", "seats", "won", ST_DAY, "Sao Tome and Principe", CEN),
  ("55 seats", 55, "=", "seats", None, None, "Sao Tome and Principe", CEN),
  ("33 in the outgoing assembly", 33, "=", "seats", None, None, "Sao Tome and Principe", CEN),
  ("32,805 votes", 32805, "=", "votes", None, ST_DAY, "Sao Tome and Principe", ["Alberto Pereira", "CEN president Alberto Pereira", "Pereira", "CEN"]),
  ("23 seats", 23, "=", "seats", "won", ST_DAY, "Sao Tome and Principe", CEN),
  ("31,634 votes", 31634, "=", "votes", None, ST_DAY, "Sao Tome and Principe", CEN),
  ("five MPs", 5, "=", "MPs", None, None, "Sao Tome and Principe", None),
  ("two seats", 2, "=", "seats", "won", ST_DAY, "Sao Tome and Principe", CEN),
  ("some 90,000 voters", 90000, "~", "voters", "cast", ST_DAY, "Sao Tome and Principe", None),
  ("200,000 people", 200000, "=", "people", None, None, "Sao Tome and Principe", None),
  ("hundreds of people", None, ("vague", 200, 1000), "people", None, "2018-10-08", None, None),
  ("90%", 90, "=", ["international aid", "aid"], None, None, "Sao Tome and Principe", None)],
 ["fifteen years", "one-party"]),
("v-poll-croatia-crodemoskop-oct-2016", "Total Croatia News (Jutarnji List)", "2016-10-10", "https://total-croatia-news.com/news/politics/first-postelection-poll-plenkovic-overtakes-president-to-become-the-most-popular-politician", "poll",
 "ZAGREB, October 10 - The HDZ leads the SDP by three percentage points in the first opinion poll since the parliamentary elections, the monthly Crodemoskop survey that Promocija Plus carried out from 3 to 5 October, Jutarnji List reported on Monday. "
 "The HDZ is the most popular party on 30.6 percent, with the SDP on 27.0 percent, MOST on 10.8 percent and Zivi Zid on 5.4 percent. "
 "Among the smaller parties, HNS has the backing of 2.8 percent of voters, HSS of 2.0 percent, HDSSB of 1.8 percent, Bandic Milan 365 of 1.7 percent, IDS and Pametno of 1.4 percent each and HSP AS of 1.1 percent. "
 "HDZ president Andrej Plenkovic, expected to be the next prime minister, heads the list of politicians voters view most favourably, chosen by 21.9 percent of respondents against 13.4 percent in September. "
 "The answer \"none\" came second on 18.2 percent, President Kolinda Grabar-Kitarovic third on 14.3 percent and the outgoing SDP president Zoran Milanovic fourth on 8.2 percent. "
 "The course the country is taking has the support of 23.7 percent of voters, compared with 23.0 percent in September; 59.6 percent say Croatia is going in the wrong direction, against 60.2 percent a month earlier. "
 "Rated on a scale of 1 to 5, the president got an average mark of 3.20, up from 3.09 in September; the government and parliament were not rated because of the elections. "
 "Asked what mattered most in September, 53.7 percent of voters named the parliamentary elections.",
 [("three percentage points", 3, "=", ["HDZ", "lead"], None, HR_OCT, "Croatia", CRODEM),
  ("30.6 percent", 30.6, "=", "HDZ", None, HR_OCT, "Croatia", CRODEM),
  ("27.0 percent", 27.0, "=", "SDP", None, HR_OCT, "Croatia", CRODEM),
  ("10.8 percent", 10.8, "=", "MOST", None, HR_OCT, "Croatia", CRODEM),
  ("5.4 percent", 5.4, "=", "Zivi Zid", None, HR_OCT, "Croatia", CRODEM),
  ("2.8 percent", 2.8, "=", ["HNS", "voters"], None, HR_OCT, "Croatia", CRODEM),
  ("2.0 percent", 2.0, "=", "HSS", None, HR_OCT, "Croatia", CRODEM),
  ("1.8 percent", 1.8, "=", "HDSSB", None, HR_OCT, "Croatia", CRODEM),
  ("1.7 percent", 1.7, "=", "Bandic Milan 365", None, HR_OCT, "Croatia", CRODEM),
  ("1.4 percent", 1.4, "=", ["IDS", "Pametno", "IDS and Pametno"], None, HR_OCT, "Croatia", CRODEM),
  ("1.1 percent", 1.1, "=", "HSP AS", None, HR_OCT, "Croatia", CRODEM),
  ("21.9 percent", 21.9, "=", ["respondents", "Andrej Plenkovic", "Plenkovic"], None, HR_OCT, "Croatia", CRODEM),
  ("13.4 percent", 13.4, "=", ["respondents", "Andrej Plenkovic", "Plenkovic"], None, HR_SEP, "Croatia", CRODEM),
  ("18.2 percent", 18.2, "=", ["none", "answer"], None, HR_OCT, "Croatia", CRODEM),
  ("14.3 percent", 14.3, "=", ["Kolinda Grabar-Kitarovic", "Grabar-Kitarovic", "President Kolinda Grabar-Kitarovic"], None, HR_OCT, "Croatia", CRODEM),
  ("fourth on 8.2 percent", 8.2, "=", ["Zoran Milanovic", "Milanovic"], None, HR_OCT, "Croatia", CRODEM),
  ("23.7 percent", 23.7, "=", ["voters", "course"], None, HR_OCT, "Croatia", CRODEM),
  ("23.0 percent", 23.0, "=", ["voters", "course"], None, HR_SEP, "Croatia", CRODEM),
  ("59.6 percent", 59.6, "=", ["voters", "wrong direction"], None, HR_OCT, "Croatia", CRODEM),
  ("60.2 percent", 60.2, "=", ["voters", "wrong direction"], None, HR_SEP, "Croatia", CRODEM),
  ("3.20", 3.2, "=", ["average mark", "mark", "president"], None, HR_OCT, "Croatia", CRODEM),
  ("3.09", 3.09, "=", ["average mark", "mark", "president"], None, HR_SEP, "Croatia", CRODEM),
  ("53.7 percent", 53.7, "=", "voters", None, HR_OCT, "Croatia", CRODEM)],
 ["1 to 5", "365"]),
("v-biz-ooredoo-q1-2013", "The Peninsula", "2013-05-01", "https://s.thepeninsula.qa/article/01/05/2013/ooredoo-net-profit-rises-to-qr808m-in-q1", "company results",
 "DOHA - Ooredoo, the former Qatar Telecom (Qtel), said on Tuesday that net profit for the three months to March 31, 2013 rose 13.6 percent to QR808m from QR711m in the first three months of 2012. "
 "Earnings per share came to QR2.52 for the quarter, against QR2.70 a year earlier, a comparison that reflects the bonus shares issued in March 2012, worth 30 percent of share capital, and the two-for-five rights issue of June 2012, the company said in a statement. "
 "Consolidated revenue grew 5.2 percent to QR8.44bn from QR8.02bn in the same period of 2012. "
 "The group's consolidated customer base was up 7.7 percent year on year at 91 million by March 31, 2013, the statement said. "
 "Revenue growth was driven by a strong showing in Qatar, the group's home market, and further momentum at its businesses in Algeria, Indonesia and Iraq, while competition weighed on the Kuwaiti operation. "
 "The group showed off its new Ooredoo brand at the Mobile World Congress in Barcelona on February 25 and launched it at home on March 11, 2013; its other companies are to follow during 2013 and 2014. "
 "Its Iraqi unit Asiacell listed on the ISX after an initial public offering completed on February 4, the biggest share offer Iraq had ever seen.",
 [("13.6 percent", 13.6, "=", "net profit", "rose", OO_Q1, None, OOREDOO),
  ("QR808m", 808000000, "=", "net profit", None, OO_Q1, None, OOREDOO),
  ("QR711m", 711000000, "=", "net profit", None, OO_Q1_12, None, OOREDOO),
  ("QR2.52", 2.52, "=", ["earnings per share", "EPS"], None, OO_Q1, None, OOREDOO),
  ("QR2.70", 2.70, "=", ["earnings per share", "EPS"], None, OO_Q1_12, None, OOREDOO),
  ("30 percent", 30, "=", ["share capital", "bonus shares"], None, "2012-03-01..2012-03-31", None, OOREDOO),
  ("5.2 percent", 5.2, "=", ["consolidated revenue", "revenue"], "rose", OO_Q1, None, OOREDOO),
  ("QR8.44bn", 8440000000, "=", ["consolidated revenue", "revenue"], None, OO_Q1, None, OOREDOO),
  ("QR8.02bn", 8020000000, "=", ["consolidated revenue", "revenue"], None, OO_Q1_12, None, OOREDOO),
  ("7.7 percent", 7.7, "=", ["consolidated customer base", "customer base", "customers"], "rose", "2012-03-31..2013-03-31", None, OOREDOO),
  ("91 million", 91000000, "=", ["consolidated customer base", "customer base", "customers"], None, "2013-03-31", None, OOREDOO)],
 ["two-for-five", "three months to March", "first three months"]),
("v-biz-carlsberg-9m-2013", "Foodmate (Carlsberg interim statement)", "2013-11-13", "http://news.foodmate.com/201311/news_26482.html", "company results",
 "COPENHAGEN - Carlsberg's organic net revenue rose 1% to DKK 50.9bn in the first nine months of 2013 (Q3: -1%), the brewer said, keeping its outlook for the year unchanged. "
 "Price/mix contributed a positive +2% (Q3: +3%), with a solid showing in Western Europe and Asia, and organic operating profit was up 2% on the period (Q3: 0%). "
 "Reported operating profit reached DKK 7,522m (Q3: DKK 3,426m), reduced by a 4% negative currency impact. "
 "Adjusted net profit grew 5% to DKK 4,488m (Q3: +4%). "
 "Organic beer volumes declined by 2% (Q3: -5%), as continued growth in Asia was outweighed by falling volumes in both halves of Europe, though the western half grew strongly in the third quarter. "
 "Good weather helped Western European markets in Q3, while Eastern Europe remained tough, with outlet closures and slower economic growth still hurting Russia. "
 "Tuborg and Somersby kept up their strong run, with volumes up 12% and 80% respectively, and in premium markets the Carlsberg brand gained 5% in Q3 despite a hard comparison with the first half of 2012, when EURO 2012 was played. "
 "BSP1, the project to integrate the supply chain and standardise business processes, is on schedule, with Norway, its second market, going live in early November. "
 "Chief executive Jorgen Buhl Rasmussen expects growth rates in Asia to slow somewhat.",
 [("1% to DKK", 1, "=", ["organic net revenue", "net revenue", "revenue"], "rose", CB_9M, None, CARLS),
  ("DKK 50.9bn", 50900000000, "=", ["organic net revenue", "net revenue", "revenue"], None, CB_9M, None, CARLS),
  ("-1%", -1, "=", ["organic net revenue", "net revenue", "revenue"], None, CB_Q3, None, CARLS),
  ("+2%", 2, "=", "price/mix", None, CB_9M, None, CARLS),
  ("+3%", 3, "=", "price/mix", None, CB_Q3, None, CARLS),
  ("up 2% on", 2, "=", ["organic operating profit", "operating profit"], "rose", CB_9M, None, CARLS),
  ("0%", 0, "=", ["organic operating profit", "operating profit"], None, CB_Q3, None, CARLS),
  ("DKK 7,522m", 7522000000, "=", ["reported operating profit", "operating profit"], None, CB_9M, None, CARLS),
  ("DKK 3,426m", 3426000000, "=", ["reported operating profit", "operating profit"], None, CB_Q3, None, CARLS),
  ("4% negative", 4, "=", ["currency impact", "negative currency impact"], None, CB_9M, None, CARLS),
  ("5% to DKK", 5, "=", ["adjusted net profit", "net profit"], "rose", CB_9M, None, CARLS),
  ("DKK 4,488m", 4488000000, "=", ["adjusted net profit", "net profit"], None, CB_9M, None, CARLS),
  ("+4%", 4, "=", ["adjusted net profit", "net profit"], None, CB_Q3, None, CARLS),
  ("2% (Q3: -5%)", 2, "=", ["organic beer volumes", "beer volumes", "volumes"], "fell", CB_9M, None, CARLS),
  ("-5%", -5, "=", ["organic beer volumes", "beer volumes", "volumes"], None, CB_Q3, None, CARLS),
  ("12%", 12, "=", ["Tuborg", "volumes"], "rose", None, None, CARLS),
  ("80%", 80, "=", ["Somersby", "volumes"], "rose", None, None, CARLS),
  ("5% in Q3", 5, "=", ["Carlsberg brand", "brand"], "rose", CB_Q3, "premium markets", CARLS)],
 ["EURO 2012", "BSP1", "nine months"]),
("v-health-samoa-measles-2019", "KXLF (CBS News)", "2019-12-07", "https://www.kxlf.com/news/national-news/measles-outbreak-in-samoa-kills-at-least-63-people-mostly-young-children", "health",
 "APIA, Samoa - Samoa's government has shut down all public services as it battles a huge measles outbreak that has now infected more than 4,300 people across the islands, CBS News reported on Saturday. "
 "The disease has killed at least 63 people, most of them aged 4 or younger. "
 "One mother wept as she spoke of her 1-year-old daughter, who died after catching it, and of the hopes families had held for their little ones. "
 "Last month the government declared a national emergency in the South Pacific nation and made vaccination compulsory for its entire population of 200,000; it also shut every school and kept children away from public gatherings, KGMB correspondent Allyson Blair reported for the CBS affiliate. "
 "Red flags now fly outside hundreds of homes on the islands to signal to health workers that the families inside want measles vaccines, and medical teams have gone door to door screening people and giving shots in a drive the prime minister has called \"unprecedented\". "
 "When the epidemic took off last month only about 30% of residents had been vaccinated, against 90% in 2013. "
 "Part of the drop may stem from fears that took hold in 2018 after two babies in Samoa died following their immunisation; officials later found that doctors had mixed the vaccine wrongly with other medicines. "
 "Patients are swamping the hospitals on the main island. Dr. Scott Wilson said the hospitals were not built for a crisis of this kind and that some were running at 200 and 300% capacity.",
 [("more than 4,300 people", 4300, ">", "people", "infected", None, "Samoa", CBS),
  ("at least 63 people", 63, ">=", "people", "killed", None, "Samoa", CBS),
  ("200,000;", 200000, "=", ["population", "people"], None, None, "Samoa", None),
  ("hundreds of homes", None, ("vague", 200, 1000), "homes", None, None, "Samoa", CBS),
  ("about 30%", 30, "~", "residents", None, "2019-11-01..2019-11-30", "Samoa", CBS),
  ("90%", 90, "=", "residents", None, "2013-01-01..2013-12-31", "Samoa", CBS),
  ("two babies", 2, "=", "babies", "killed", "2018-01-01..2018-12-31", "Samoa", None),
  ("200 and", 200, "=", "capacity", None, None, "Samoa", ["Dr. Scott Wilson", "Scott Wilson", "Wilson"]),
  ("300%", 300, "=", "capacity", None, None, "Samoa", ["Dr. Scott Wilson", "Scott Wilson", "Wilson"])],
 ["aged 4 or younger", "1-year-old", "One mother"]),
("v-health-timor-leste-dengue-jan-2022", "RTP (Lusa)", "2022-02-01", "https://www.rtp.pt/noticias/mundo/surto-de-dengue-em-timor-leste-provocou-a-morte-de-20-criancas-em-janeiro_n1381270", "health",
 "DILI - A dengue outbreak in Timor-Leste killed 20 children in January, every one of them under 14 and most below the age of five, an official source at the Ministry of Health told Lusa, adding that several had haemorrhagic fever. "
 "From January 1 to 31 the authorities logged 1,286 cases nationwide, more than the 901 recorded in the whole of 2021 and slightly fewer than the 1,451 of 2020. "
 "In terms of deaths the current outbreak is the worst for years: its 20 deaths in January nearly match the combined toll of the two previous years, 11 in 2021 and 10 in 2020. "
 "Most of the deaths (eleven) were in Dili, followed by Ermera with four, Covalima with two and Ainaro, Bobonaro and Viqueque with one each. "
 "The case fatality rate, which sets deaths against cases, was 1.6% in January, above the 1.2% of 2021 and the 0.7% of the year before, and highest in Ainaro (7.1%) and Ermera (5.2%). "
 "Of the 857 cases recorded in Dili, more than 92% were children younger than 14. "
 "Dengue patients are currently being treated at nine health facilities in Dili. "
 "Most of the Dili cases (715) are dengue fever, with 75 cases of haemorrhagic fever and 67 of dengue shock syndrome, the two most serious forms.",
 [("20 children", 20, "=", "children", "killed", TL_JAN, "Timor-Leste", TL_MOH),
  ("1,286 cases", 1286, "=", "cases", None, TL_JAN, "Timor-Leste", None),
  ("901", 901, "=", "cases", None, "2021-01-01..2021-12-31", "Timor-Leste", None),
  ("1,451", 1451, "=", "cases", None, "2020-01-01..2020-12-31", "Timor-Leste", None),
  ("20 deaths", 20, "=", "deaths", "killed", TL_JAN, "Timor-Leste", None),
  ("11 in 2021", 11, "=", ["toll", "deaths"], "killed", "2021-01-01..2021-12-31", "Timor-Leste", None),
  ("10 in 2020", 10, "=", ["toll", "deaths"], "killed", "2020-01-01..2020-12-31", "Timor-Leste", None),
  ("(eleven)", 11, "=", "deaths", "killed", TL_JAN, "Dili", None),
  ("four", 4, "=", "deaths", "killed", TL_JAN, "Ermera", None),
  ("Covalima with two", 2, "=", "deaths", "killed", TL_JAN, "Covalima", None),
  ("one each", 1, "=", "deaths", "killed", TL_JAN, None, None),
  ("1.6%", 1.6, "=", ["case fatality rate", "fatality rate"], None, TL_JAN, "Timor-Leste", None),
  ("1.2%", 1.2, "=", ["case fatality rate", "fatality rate"], None, "2021-01-01..2021-12-31", "Timor-Leste", None),
  ("0.7%", 0.7, "=", ["case fatality rate", "fatality rate"], None, "2020-01-01..2020-12-31", "Timor-Leste", None),
  ("(7.1%)", 7.1, "=", ["case fatality rate", "fatality rate"], None, TL_JAN, "Ainaro", None),
  ("(5.2%)", 5.2, "=", ["case fatality rate", "fatality rate"], None, TL_JAN, "Ermera", None),
  ("857 cases", 857, "=", "cases", None, TL_JAN, "Dili", None),
  ("more than 92%", 92, ">", ["cases", "children"], None, TL_JAN, "Dili", None),
  ("nine health facilities", 9, "=", ["health facilities", "facilities"], None, None, "Dili", None),
  ("(715)", 715, "=", ["cases", "dengue fever", "Dili cases"], None, TL_JAN, "Dili", None),
  ("75 cases", 75, "=", ["cases", "haemorrhagic fever"], None, TL_JAN, "Dili", None),
  ("67", 67, "=", ["dengue shock syndrome", "cases"], None, TL_JAN, "Dili", None)],
 ["every one of them", "under 14", "age of five", "younger than 14", "two previous years", "two most serious"]),
("v-disaster-st-vincent-soufriere-2021", "CBC (Reuters) and Al Jazeera (via a mirror)", "2021-04-09", "https://www.cbc.ca/news/world/eruption-of-la-soufri%C3%A8re-volcano-in-st-vincent-forces-thousands-from-their-homes-1.5981315", "disasters",
 "KINGSTOWN, St. Vincent - La Soufriere, the volcano on St. Vincent, an island in the Caribbean, blew up \"explosively\" on Friday morning and scattered ash over nearby villages, according to the Seismic Research Centre of the University of the West Indies. "
 "Quiet since 1979, the volcano began stirring again in December and grew more active this week, and Prime Minister Ralph Gonsalves ordered the surrounding area cleared late on Thursday. "
 "Ash came down as far away as Argyle International Airport, which lies about 20 kilometres to the south, St. Vincent's emergency agency NEMO said. "
 "The research centre estimated that the eruption column rose 10 kilometres into the sky and warned that more explosive eruptions could follow. "
 "Some 4,500 people living near the volcano had already left their homes by ship or by road, Gonsalves told a news conference on Friday. "
 "Thursday's mandatory evacuation orders cover the roughly 16,000 inhabitants of the red zone in the north of the island, and roughly 2,000 people had moved into the 20 shelters opened by the government, he said. "
 "Evacuees carrying backpacks and bags of belongings made their way to shelters in Barrouallie, a coastal town about 14km (nine miles) away from the crater. "
 "St. Vincent and the Grenadines has just over 100,000 inhabitants. The volcano's last eruption was on April 13, 1979, and some 1,600 people were killed when it erupted in 1902.",
 [("about 20 kilometres", 20, "~", None, None, None, "St. Vincent", ["NEMO", "emergency agency NEMO", "St. Vincent's emergency agency NEMO", "emergency agency"]),
  ("10 kilometres", 10, "=", ["eruption column", "column"], None, VC_DAY, "St. Vincent", ["research centre", "the research centre", "Seismic Research Centre", "Seismic Research Centre of the University of the West Indies"]),
  ("Some 4,500 people", 4500, "~", "people", None, VC_DAY, "St. Vincent", GONSALVES),
  ("roughly 16,000 inhabitants", 16000, "~", ["inhabitants", "people"], None, None, "St. Vincent", GONSALVES),
  ("roughly 2,000 people", 2000, "~", "people", None, VC_DAY, "St. Vincent", GONSALVES),
  ("20 shelters", 20, "=", "shelters", None, VC_DAY, "St. Vincent", GONSALVES),
  ("about 14km", 14, "~", None, None, None, "Barrouallie", None),
  ("(nine miles)", 9, "=", None, None, None, "Barrouallie", None),
  ("just over 100,000", 100000, ">", ["inhabitants", "population"], None, None, "St. Vincent and the Grenadines", None),
  ("some 1,600 people", 1600, "~", "people", "killed", "1902-01-01..1902-12-31", "St. Vincent", None)],
 []),
("v-disaster-grenada-beryl-2024", "Barbados Today, Miami Herald (via Yahoo) and Trinidad Guardian (The New York Times)", "2024-07-03", "https://barbadostoday.bb/2024/07/03/hurricane-beryl-leaves-at-least-three-dead-in-grenada", "disasters",
 "ST GEORGE'S, Grenada - At least three people died, and possibly more, when Hurricane Beryl tore through Grenada and its sister islands on Monday with winds of more than 140 miles per hour, Grenada's Prime Minister Dickon Mitchell told reporters on Tuesday. "
 "Two of the deaths were on the sister isle of Carriacou and the third on the Grenada mainland, where a tree came down on a house, he said. "
 "St. Vincent's prime minister had earlier reported at least one death on Union Island, which took the confirmed toll from Beryl to four. "
 "On Carriacou and Petite Martinique, which lay under the storm's 150-mph eye, an estimated 95 percent of homes are heavily damaged and probably cannot be lived in. "
 "\"The situation is grim,\" Mitchell said, describing the near-total destruction of homes and buildings, roads blocked by debris and the danger from fallen power lines, and adding that there had been almost no contact with Carriacou for 12 hours apart from a short satellite phone call on Tuesday morning. "
 "The last deadly hurricane to strike Grenada was Ivan, 20 years ago, and Mitchell said the damage on the two islands was \"Ivan-like or even worse\" for their size. "
 "In Barbados, which was spared the worst, Prime Minister Mia Mottley said that up to 20 fishing boats could have sunk and that roof or structural damage had been confirmed at roughly 40 homes, a number expected to grow as more than 400 residents went back home from shelters.",
 [("At least three people", 3, ">=", "people", "killed", GD_DAY, "Grenada", MITCHELL),
  ("more than 140 miles per hour", 140, ">", "winds", None, GD_DAY, "Grenada", MITCHELL),
  ("Two of the deaths", 2, "=", "deaths", "killed", GD_DAY, "Carriacou", MITCHELL),
  ("at least one death", 1, ">=", "death", "killed", None, "Union Island", ["St. Vincent's prime minister", "prime minister"]),
  ("to four", 4, "=", ["toll", "confirmed toll"], "killed", None, None, None),
  ("an estimated 95 percent", 95, "=", "homes", "damaged", GD_DAY, ["Carriacou", "Petite Martinique", "Carriacou and Petite Martinique"], None),
  ("up to 20 fishing boats", 20, "<=", ["fishing boats", "boats"], None, GD_DAY, "Barbados", MOTTLEY),
  ("roughly 40 homes", 40, "~", "homes", "damaged", None, "Barbados", MOTTLEY),
  ("more than 400 residents", 400, ">", "residents", None, None, "Barbados", MOTTLEY)],
 ["150-mph", "12 hours", "20 years ago", "two islands"]),
("v-mig-cape-verde-pirogue-2023", "Times of Earth (AFP), with Daily Sun (AFP) for the earlier counts", "2023-08-17", "https://www.timesofearth.com/2023/08/17/more-than-60-migrants-feared-dead-at-sea-off-cape-verde-coast/", "migration",
 "PRAIA (AFP) - A migrant boat from Senegal has been found off the Cape Verde islands of West Africa, and more than 60 of the people who set out in it are feared dead, the International Organization for Migration (IOM) said on Wednesday. "
 "Sixty-three people are believed to have lost their lives, and four children aged 12 to 16 are among the 38 survivors, IOM spokeswoman Safa Msehli told AFP. "
 "A Spanish fishing vessel sighted the long wooden pirogue on Monday in the Atlantic, about 150 nautical miles (277 kilometres) off Sal, one of the Cape Verdean islands, and alerted the authorities, police said. "
 "The archipelago lies on the sea route to Spain's Canary Islands, a gateway into the European Union, about 600 kilometres (350 miles) from the African mainland. "
 "The remains of seven people were recovered by rescue services and another 56 are believed missing, Msehli said, adding that those listed as missing after a shipwreck are as a rule presumed to be dead. "
 "Survivors told Senegal's foreign ministry that the boat set off from Fasse Boye, a fishing village, on July 10 carrying 101 people, all of them Senegalese apart from one passenger from Guinea-Bissau, the ministry said on Tuesday. "
 "Earlier, the coast guard had put the combined number of survivors and dead at 48, and Jose Rui Moreira, a health official on Sal, said seven of the rescued needed hospital treatment.",
 [("more than 60", 60, ">", "people", "killed", None, "Cape Verde", IOM),
  ("Sixty-three people", 63, "=", "people", "killed", None, "Cape Verde", IOM),
  ("38 survivors", 38, "=", "survivors", None, None, "Cape Verde", IOM),
  ("four children", 4, "=", "children", None, None, "Cape Verde", IOM),
  ("about 150 nautical miles", 150, "~", None, None, None, "Sal", ["police"]),
  ("(277 kilometres)", 277, "=", None, None, None, "Sal", ["police"]),
  ("about 600 kilometres", 600, "~", None, None, None, "Cape Verde", None),
  ("(350 miles)", 350, "=", None, None, None, "Cape Verde", None),
  ("seven people", 7, "=", ["remains", "people"], None, None, "Cape Verde", IOM),
  ("another 56", 56, "=", "people", "missing", None, "Cape Verde", IOM),
  ("101 people", 101, "=", "people", None, "2023-07-10", "Fasse Boye", ["Senegal's foreign ministry", "foreign ministry", "survivors"]),
  ("48", 48, "=", ["survivors and dead", "survivors"], None, None, "Cape Verde", ["coast guard", "the coast guard"]),
  ("seven of the rescued", 7, "=", ["rescued", "survivors"], None, None, "Sal", ["Jose Rui Moreira", "Moreira"])],
 ["aged 12 to 16", "one passenger", "one of the Cape Verdean"]),
("v-sport-andorra-san-marino-2017", "Lesser Spotted Football and AFP (via Leral)", "2017-02-23", "https://lesserspottedfootball.com/match-report-san-marino-0-2-andorra/", "sport",
 "SERRAVALLE, San Marino - Andorra won a football match for the first time since 2004 on Wednesday, beating San Marino 2-0 in a friendly at a fog-covered Stadio Olimpico and ending a record run of 86 games without a win. "
 "That streak, made up of 80 defeats and six draws, had begun after a 1-0 home win over Macedonia in World Cup qualifying in October 2004; Marc Pujol and current coach Koldo are the only men from that line-up still involved. "
 "Ildefons Lima opened the scoring in the 28th minute, tucking in the rebound after San Marino goalkeeper Elia Benedettini had saved his penalty, and Cristian Martinez doubled the lead in the 67th minute, pouncing on a hesitant centre back and chipping the ball over Simoncini. "
 "The penalty took Lima's own national scoring record to 11 goals, on his 104th cap. "
 "San Marino, whose last victory was a 1-0 friendly against Liechtenstein in April 2004, have now gone 75 matches without winning, with 74 defeats and one draw, a 0-0 against Estonia in November 2014. "
 "The two teams sit 202nd and 203rd in the FIFA ranking of 209 sides.",
 [("86 games", 86, "=", "games", None, None, None, None),
  ("80 defeats", 80, "=", "defeats", None, None, None, None),
  ("six draws", 6, "=", "draws", None, None, None, None),
  ("11 goals", 11, "=", "goals", None, None, None, None),
  ("75 matches", 75, "=", "matches", None, None, None, None),
  ("74 defeats", 74, "=", "defeats", None, None, None, None),
  ("one draw", 1, "=", "draw", None, None, None, None),
  ("209 sides", 209, "=", "sides", None, None, None, None)],
 ["2-0", "1-0 home win", "28th minute", "67th minute", "104th cap", "1-0 friendly", "0-0", "202nd and 203rd", "two teams"]),
("v-transport-cyprus-airports-may-2022", "Cyprus Mail", "2022-06-01", "https://cyprus-mail.com/2022/06/01/passenger-traffic-in-may-reaches-78-of-record-2019-levels/", "transport",
 "NICOSIA - Passenger numbers at Larnaca and Paphos airports kept climbing in May, with 885,000 people travelling through them, 634,000 more than in the same month of 2021, operator Hermes Airports said on Wednesday. "
 "Flights are due to increase again in June: the two airports now handle 645 flights a week, a figure set to reach 704. "
 "Larnaca's traffic for May totalled 558,000 passengers (290,000 arriving and 268,000 departing), Hermes said. "
 "The UK led Larnaca's markets with 141,000 passengers, followed by Greece with 104,000 and then Germany (47,000), Israel (30,000), Sweden (29,000), Austria (28,000), Poland (24,000), Denmark (19,000), Romania (13,000) and Hungary with 12,000. "
 "Paphos handled 325,000 passengers (167,000 arrivals and 157,000 departures), led by the UK with 160,000, then Poland with 24,000, Greece (23,000), Israel with 20,000, Italy (16,000), Germany (10,000), Hungary and the Netherlands (9,000) each, France (8,000) and Jordan with 7,000. "
 "Traffic in May came to 78.3 per cent of the level of the same month in 2019, a record year for the two airports, the operator said. "
 "Between January and May about 2.5 million passengers used Larnaca and Paphos, two million more than a year earlier and equal to 73 per cent of January-May 2019 traffic.",
 [("885,000 people", 885000, "=", ["people", "passengers"], None, CY_MAY, ["Larnaca and Paphos", "Larnaca", "Paphos"], HERMES),
  ("634,000", 634000, "=", ["people", "passengers"], None, CY_MAY, ["Larnaca and Paphos", "Larnaca", "Paphos"], HERMES),
  ("645 flights", 645, "=", "flights", None, None, ["Larnaca and Paphos", "Larnaca", "Paphos"], None),
  ("704", 704, "=", "flights", None, None, ["Larnaca and Paphos", "Larnaca", "Paphos"], None),
  ("558,000 passengers", 558000, "=", ["passengers", "traffic"], None, CY_MAY, "Larnaca", HERMES),
  ("290,000 arriving", 290000, "=", ["passengers", "arriving"], None, CY_MAY, "Larnaca", HERMES),
  ("268,000 departing", 268000, "=", ["passengers", "departing"], None, CY_MAY, "Larnaca", HERMES),
  ("141,000 passengers", 141000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("104,000", 104000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("(47,000)", 47000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("(30,000)", 30000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("(29,000)", 29000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("(28,000)", 28000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("Poland (24,000)", 24000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("(19,000)", 19000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("(13,000)", 13000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("12,000", 12000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("325,000 passengers", 325000, "=", "passengers", None, CY_MAY, "Paphos", HERMES),
  ("167,000 arrivals", 167000, "=", "arrivals", None, CY_MAY, "Paphos", HERMES),
  ("157,000 departures", 157000, "=", "departures", None, CY_MAY, "Paphos", HERMES),
  ("160,000", 160000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("Poland with 24,000", 24000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("(23,000)", 23000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("Israel with 20,000", 20000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("(16,000)", 16000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("(10,000)", 10000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("(9,000) each", 9000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("France (8,000)", 8000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("Jordan with 7,000", 7000, "=", "passengers", None, CY_MAY, None, HERMES),
  ("78.3 per cent", 78.3, "=", "traffic", None, CY_MAY, ["Larnaca and Paphos", "Larnaca", "Paphos"], HERMES),
  ("about 2.5 million passengers", 2500000, "~", "passengers", None, "2022-01-01..2022-05-31", ["Larnaca and Paphos", "Larnaca", "Paphos"], HERMES),
  ("two million", 2000000, "=", "passengers", None, "2022-01-01..2022-05-31", ["Larnaca and Paphos", "Larnaca", "Paphos"], HERMES),
  ("73 per cent", 73, "=", "traffic", None, "2022-01-01..2022-05-31", ["Larnaca and Paphos", "Larnaca", "Paphos"], HERMES)],
 ["two airports", "record year for the two airports"]),
("v-conflict-papua-nduga-2018", "UPI (via Gephardt Daily) and ANTARA (via Indonesia Tribune)", "2018-12-05", "https://gephardtdaily.com/national-international/gunmen-kill-31-construction-workers-in-indonesia/", "conflict",
 "WAMENA, Indonesia (UPI) - Up to 31 construction workers building a major highway in Indonesia's Papua province were shot dead by gunmen, officials said on Tuesday. "
 "Yan Pieter Reba, who heads the police in Jayawijaya, said the authorities were still checking reports of the attack, which happened on Sunday as the workers built a road in Nduga, the Jakarta Post reported. "
 "According to the information received, 24 people died in the camp where the workers stayed, Reba said; eight more fled to a local councillor's house, but seven of them are now reported dead and one got away. "
 "Police said one worker had photographed an independence rally of the National Liberation Army of West Papua, an ally of the Free Papua Movement, and that this enraged the rebels. "
 "Officials said most of the dead workers had been brought in from Sulawesi. "
 "An Indonesian soldier was also killed on Sunday when a military post was attacked, Papua provincial police spokesman A.M. Kamal said, citing four workers of state builder PT Istaka Karya who survived, two of them with gunshot wounds, ANTARA news agency reported. "
 "The survivors said around 250 local residents had helped the rebels. "
 "A force of 153 military and police personnel was flown on Tuesday morning to Mbua, the sub-district nearest to Yigi, where the killings took place, while around 90 people came to the Jayawijaya military command in Wamena looking for news of relatives.",
 [("Up to 31", 31, "<=", ["construction workers", "workers"], "killed", PA_DAY, ["Papua", "Nduga"], ["officials"]),
  ("24 people", 24, "=", "people", "killed", PA_DAY, ["Nduga", "camp"], REBA),
  ("eight more", 8, "=", None, None, PA_DAY, "Nduga", REBA),
  ("seven of them", 7, "=", None, "killed", PA_DAY, "Nduga", REBA),
  ("four workers", 4, "=", "workers", None, PA_DAY, "Nduga", KAMAL),
  ("two of them", 2, "=", None, "injured", PA_DAY, "Nduga", KAMAL),
  ("around 250 local residents", 250, "~", ["local residents", "residents"], None, PA_DAY, "Nduga", ["survivors", "the survivors"]),
  ("153 military and police personnel", 153, "=", ["military and police personnel", "personnel"], None, "2018-12-04", "Mbua", KAMAL),
  ("around 90 people", 90, "~", "people", None, None, "Wamena", ["ANTARA"])],
 ["one got away", "one worker"]),
]
