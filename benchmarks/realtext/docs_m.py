# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, eleventh set: sixteen more rewritten reports across beats (Bolivian, Botswanan, Serbian,
Mongolian, Lithuanian, Estonian, Slovenian, Zimbabwean, Lao, Malawian, Georgian and Burkinabe
material), annotated before the extractor was run on them and scored once (heldout11/README.md);
not used to shape rules.

Same tuple layout as docs_c.py .. docs_l.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout11/ by build.py."""
INE_BO = ["National Statistics Institute", "INE", "the National Statistics Institute (INE)", "the institute", "institute"]
BO_FEB18 = "2018-02-01..2018-02-28"
STATS_BW = ["Statistics Botswana", "data agency", "the country's data agency"]
MGUNI = ["Burton Mguni", "Mguni", "Statistician General Burton Mguni"]
SERAME = ["Peggy Serame", "Serame", "Finance Minister Peggy Serame"]
BW_AUG23 = "2023-08-01..2023-08-31"
RS_MOF = ["Finance Ministry", "the Finance Ministry", "ministry", "the ministry"]
RS23 = "2023-01-01..2023-12-31"
MCGA = ["Mongolian Customs General Administration", "MCGA", "the Mongolian Customs General Administration (MCGA)", "customs data", "Customs data"]
MN_8M = "2018-01-01..2018-08-31"
VRK = ["Central Electoral Commission", "VRK", "the Central Electoral Commission (VRK)", "preliminary data"]
LT_R1 = "2024-10-13"
NORSTAT = ["Norstat", "Norstat survey", "the Norstat survey"]
EE_POLL = "2019-12-11..2020-01-14"
KRKA = ["Krka", "the company", "company"]
KRKA_H1 = "2020-01-01..2020-06-30"
KRKA_H1_19 = "2019-01-01..2019-06-30"
CHAT263 = ["263Chat Business", "263Chat"]
ZW_THU = "2020-04-30"
MOH_LA = ["Ministry of Health", "a Ministry of Health report", "the Ministry of Health"]
LA_YTD = "2018-12-29..2019-07-24"
MOH_MW = ["Ministry of Health", "the Ministry of Health", "ministry", "statement"]
GOLOB = ["Robert Golob", "Golob", "Prime Minister Robert Golob"]
SI_FLOOD = "2023-08-04..2023-08-05"
AID = ["international aid groups", "aid groups"]
MN24 = "2024-01-01..2024-03-30"
BILOTAITE = ["Agne Bilotaite", "Bilotaite", "Interior Minister Agne Bilotaite"]
LT_WEEK = "2021-07-30..2021-08-06"
LETA = ["LETA/BNS", "the state-owned airport company", "airport company", "Tallinn Airport"]
EE18 = "2018-01-01..2018-12-31"
BF_SEC = ["a security official", "security official"]

DOCS = [
("m-econ-bolivia-cpi-2018", "AméricaEconomía (in Spanish)", "2018-03-07", "https://americaeconomia.com/economia-mercados/finanzas/precios-al-consumidor-en-bolivia-suben-032-en-febrero", "economy",
 "LA PAZ — Bolivia's consumer price index (IPC) went up 0.32% in February, driven above all by dearer chicken and stationery, the National Statistics Institute (INE) reported on Wednesday. "
 "That takes inflation for 2018 so far to 0.62%, the institute said. "
 "Among foods, chicken, cheeses and soft drinks showed the sharpest price increases in the second month of the year, according to INE. "
 "Grapes and intercity bus travel, on the other hand, did most to pull the index down. "
 "Bolivia ended 2017 with inflation of 2.71%, and the government's official forecast is for a rate of 4.5% by the close of this year.",
 [("0.32%", 0.32, "=", ["consumer price index", "IPC", "index", "consumer prices"], "rose", BO_FEB18, "Bolivia", INE_BO),
  ("0.62%", 0.62, "=", ["inflation", "accumulated inflation"], None, "2018-01-01..2018-02-28", None, INE_BO),
  ("2.71%", 2.71, "=", "inflation", None, "2017-01-01..2017-12-31", "Bolivia", None),
  ("4.5%", 4.5, "=", ["inflation", "rate", "official forecast"], None, "2018-01-01..2018-12-31", None, None)],
 []),
("m-econ-botswana-cpi-2023", "News Ghana (Xinhua)", "2023-09-20", "https://newsghana.com.gh/botswanas-annual-inflation-rate-drops-to-1-2-percent-in-august/", "economy",
 "GABORONE — Botswana's annual rate of inflation went on falling in August in spite of uncertainty in the micro- and macroeconomic environment, the country's data agency, Statistics Botswana, said on Monday. "
 "The annual inflation rate was 1.2 percent in August, Statistics Botswana said, down 0.3 percentage points from 1.5 percent in July. "
 "Transport, food and non-alcoholic beverages, and miscellaneous goods and services were the groups that contributed most to the annual rate in August, said Statistician General Burton Mguni, who added that the group indices had moved at a broadly steady pace from July to August. "
 "Finance Minister Peggy Serame pointed out recently that Botswana's monetary policy framework is built around price stability, with inflation to be kept inside the Bank of Botswana's target range of 3 to 6 percent, and she said inflation was forecast to stay within that range over the next few months.",
 [("1.2 percent", 1.2, "=", ["annual inflation rate", "inflation rate", "inflation"], None, BW_AUG23, "Botswana", STATS_BW),
  ("0.3 percentage points", 0.3, "=", ["annual inflation rate", "inflation rate", "inflation"], "fell", BW_AUG23, "Botswana", STATS_BW),
  ("1.5 percent", 1.5, "=", ["annual inflation rate", "inflation rate", "inflation"], None, "2023-07-01..2023-07-31", "Botswana", STATS_BW),
  ("3 to 6 percent", None, ("range", 3, 6), ["target range", "inflation"], None, None, None, SERAME)],
 []),
("m-fin-serbia-deficit-2023", "CIBAL (N1)", "2024-02-06", "https://cibal.eu/digital-library/9-politics/20474-serbian-budget-deficit-lower-than-planned", "public finance",
 "BELGRADE — Serbia's national budget ran a deficit of 179.3 billion Dinars in 2023, or 2.2 percent of GDP, less than had been planned, the Finance Ministry reported on Tuesday. "
 "According to a post on the ministry's web portal, the budget as first drawn up had foreseen a deficit of 264 billion Dinars (1 Euro – 117 Dinars). "
 "Revenue reached 1,889 billion Dinars and spending 2,068 billion, the ministry said. "
 "Across the state sector as a whole, the 2023 fiscal deficit came to 181.1 billion Dinars, or 0.6 percent of GDP better than the plan. "
 "The primary fiscal deficit was 41.3 billion Dinars, equal to 0.5 percent of GDP.",
 [("179.3 billion Dinars", 179.3e9, "=", ["budget deficit", "deficit", "national budget"], None, RS23, "Serbia", RS_MOF),
  ("2.2 percent", 2.2, "=", ["budget deficit", "deficit", "GDP"], None, RS23, "Serbia", RS_MOF),
  ("264 billion Dinars", 264e9, "=", ["deficit", "budget deficit"], None, RS23, None, RS_MOF),
  ("1,889 billion Dinars", 1889e9, "=", ["revenue", "budget revenue"], None, RS23, None, RS_MOF),
  ("2,068 billion", 2068e9, "=", ["spending", "expenditure"], None, RS23, None, RS_MOF),
  ("181.1 billion Dinars", 181.1e9, "=", ["fiscal deficit", "deficit"], None, RS23, None, RS_MOF),
  ("0.6 percent", 0.6, "=", ["fiscal deficit", "deficit", "GDP"], None, RS23, None, RS_MOF),
  ("41.3 billion Dinars", 41.3e9, "=", ["primary fiscal deficit", "fiscal deficit", "deficit"], None, RS23, None, RS_MOF),
  ("0.5 percent", 0.5, "=", ["primary fiscal deficit", "fiscal deficit", "deficit", "GDP"], None, RS23, None, RS_MOF)],
 ["(1 Euro – 117 Dinars)"]),
("m-trade-mongolia-8m-2018", "Xinhua (via Guangming Online)", "2018-09-10", "http://en.gmw.cn/2018-09/10/content_31089824.htm", "trade",
 "ULAN BATOR, Sept. 10 (Xinhua) -- Mongolia's foreign trade turnover came to 8.47 billion U.S. dollars in the first eight months of 2018, 23.6 percent more than a year earlier, according to customs data released on Monday. "
 "Exports in January-August were up 13.9 percent year on year at 4.67 billion dollars and imports rose 38.0 percent to 3.8 billion dollars, giving a trade surplus of 870 million dollars, the Mongolian Customs General Administration (MCGA) said. "
 "Higher market prices for 11 products made in the country helped push export revenue up, the figures showed. "
 "Over the eight months the landlocked Asian nation did business with 150 countries in all. "
 "It exported goods and services to 147 of them, and China alone took in over 85 percent of the total, the data showed.",
 [("8.47 billion U.S. dollars", 8.47e9, "=", ["foreign trade turnover", "trade turnover", "foreign trade"], None, MN_8M, "Mongolia", MCGA),
  ("23.6 percent", 23.6, "=", ["foreign trade turnover", "trade turnover", "foreign trade"], "rose", MN_8M, "Mongolia", MCGA),
  ("13.9 percent", 13.9, "=", "exports", "rose", MN_8M, None, MCGA),
  ("4.67 billion dollars", 4.67e9, "=", "exports", None, MN_8M, None, MCGA),
  ("38.0 percent", 38.0, "=", "imports", "rose", MN_8M, None, MCGA),
  ("3.8 billion dollars", 3.8e9, "=", "imports", None, MN_8M, None, MCGA),
  ("870 million dollars", 870e6, "=", ["trade surplus", "surplus"], None, MN_8M, None, MCGA),
  ("11 products", 11, "=", "products", None, None, None, MCGA),
  ("150 countries", 150, "=", "countries", None, MN_8M, None, MCGA),
  ("147", 147, "=", ["countries", "of them"], None, MN_8M, None, MCGA),
  ("over 85 percent", 85, ">", ["total", "exports"], None, MN_8M, "China", MCGA)],
 []),
("m-elec-lithuania-2024", "Delfi (BNS)", "2024-10-14", "https://www.delfi.lt/en/politics/socdems-win-18-seats-in-multi-member-constituency-ts-lkd-follows-with-17-preliminary-data-120057032", "elections",
 "VILNIUS — The Social Democratic Party (LSDP) won 18 seats in the multi-member constituency in Sunday's Seimas election with 19.36% of the vote, preliminary data suggest. "
 "The Homeland Union-Lithuanian Christian Democrats (TS-LKD), known as the Conservatives, were runners-up with 17.96% and 17 seats. "
 "Nemunas Dawn took almost 15% of the ballots and won 14 seats, figures published by the Central Electoral Commission (VRK) show. "
 "Behind the top three came the Democrats For Lithuania, who won 8 seats (9.24% support), and the Liberal Movement with 7 seats (7.70%). "
 "The Farmers and Greens Union (LVŽS) cleared the threshold that applies to a joint list and will sit in the new Seimas with six seats (7.02%). "
 "No other party reached the 5% threshold, so none won a seat in the multi-member constituency: the Freedom Party polled 4.50%, the Electoral Action of Poles in Lithuania-Christian Families Alliance (LLRA-KŠS) 3.89%, then the National Alliance (2.87%), the Peoples' Party (2.64%), the Peace Coalition (2.20%), the Regions' Party (1.90%), the Green Party (1.68%), the Nation and Justice Union (Centrists, Nationalists) (1.38%) and Freedom and Justice (0.75%). "
 "Fourteen parties and one coalition fought for list seats. "
 "Eight candidates were elected outright in single-member constituencies in the first round, and 63 more MPs will be decided in runoffs in a fortnight. "
 "Counting both kinds of seat, unofficial VRK data give 77 seats filled in the first round: 20 for the LSDP, 17 for the TS-LKD, 15 for Nemunas Dawn, 8 apiece for Democrats For Lithuania and the Liberal Movement, 6 for the LVŽS, two for LLRA-KŠS and one for the independent Viktoras Fiodorovas.",
 [("18 seats", 18, "=", "seats", "won", LT_R1, "Lithuania", VRK),
  ("19.36%", 19.36, "=", ["vote", "votes"], None, LT_R1, "Lithuania", VRK),
  ("17.96%", 17.96, "=", None, None, LT_R1, None, VRK),
  ("17 seats", 17, "=", "seats", None, LT_R1, None, VRK),
  ("almost 15%", 15, "nearly", ["ballots", "votes"], None, LT_R1, None, VRK),
  ("14 seats", 14, "=", "seats", "won", LT_R1, None, VRK),
  ("8 seats", 8, "=", "seats", "won", LT_R1, None, VRK, 1),
  ("9.24%", 9.24, "=", "support", None, LT_R1, None, VRK),
  ("7 seats", 7, "=", "seats", None, LT_R1, None, VRK, 1),
  ("7.70%", 7.70, "=", None, None, LT_R1, None, VRK),
  ("six seats", 6, "=", "seats", None, LT_R1, None, VRK),
  ("7.02%", 7.02, "=", None, None, LT_R1, None, VRK),
  ("5% threshold", 5, "=", "threshold", None, None, None, None),
  ("4.50%", 4.50, "=", None, None, LT_R1, None, VRK),
  ("3.89%", 3.89, "=", None, None, LT_R1, None, VRK),
  ("2.87%", 2.87, "=", None, None, LT_R1, None, VRK),
  ("2.64%", 2.64, "=", None, None, LT_R1, None, VRK),
  ("2.20%", 2.20, "=", None, None, LT_R1, None, VRK),
  ("1.90%", 1.90, "=", None, None, LT_R1, None, VRK),
  ("1.68%", 1.68, "=", None, None, LT_R1, None, VRK),
  ("1.38%", 1.38, "=", None, None, LT_R1, None, VRK),
  ("0.75%", 0.75, "=", None, None, LT_R1, None, VRK),
  ("Fourteen parties", 14, "=", "parties", None, LT_R1, None, None),
  ("Eight candidates", 8, "=", "candidates", None, LT_R1, None, None),
  ("63 more MPs", 63, "=", "MPs", None, None, None, None),
  ("77 seats", 77, "=", "seats", None, LT_R1, None, VRK),
  ("20 for the LSDP", 20, "=", ["seats", "LSDP"], None, LT_R1, None, VRK),
  ("17 for the TS-LKD", 17, "=", ["seats", "TS-LKD"], None, LT_R1, None, VRK),
  ("15 for Nemunas Dawn", 15, "=", ["seats", "Nemunas Dawn"], None, LT_R1, None, VRK),
  ("8 apiece", 8, "=", "seats", None, LT_R1, None, VRK),
  ("6 for the LVŽS", 6, "=", ["seats", "LVŽS"], None, LT_R1, None, VRK),
  ("two for LLRA-KŠS", 2, "=", ["seats", "LLRA-KŠS"], None, LT_R1, None, VRK)],
 ["one coalition", "one for the independent"]),
("m-poll-estonia-norstat-2020", "ERR News", "2020-01-16", "https://news.err.ee/1024410/party-ratings-reform-still-most-popular-but-support-falling", "poll",
 "TALLINN — Support for the opposition Reform Party has eased slightly in a survey by Norstat, which puts the party at just under 33 percent, almost three percentage points down on a month ago. "
 "That is still enough to keep Reform the most popular party, ahead of Center, a coalition party, on 22.8 percent and the Conservative People's Party of Estonia (EKRE), also in government, on 14.7, according to the Norstat survey published on Thursday. "
 "They are followed by the opposition Social Democratic Party (SDE) on 10 percent and Estonia 200, which has no seats in parliament, on 7.1 percent. "
 "Estonia 200 narrowly failed to enter the Riigikogu at the March election; seats require 5 percent of the vote, so on the Norstat figures the party would now be represented. "
 "Isamaa, the third party in the coalition, comes next with 6.6 percent of Norstat respondents. "
 "Taken together, the three coalition parties were on 44.1 percent and the two opposition parties on 42.8 percent. "
 "Norstat's client for the survey is an NGO, the Institute for Social Research (MTÜ Ühiskonnauuringute Instituut), and these results pool the period December 11 2019-January 14 2020. "
 "The sample was 4,001 Estonian citizens old enough to vote, reached by phone and online, with answers weighted by socio-demographic factors, and Norstat puts the statistical margin of error at +/- 1.55 percent.",
 [("just under 33 percent", 33, "nearly", ["support", "Reform Party"], None, EE_POLL, "Estonia", NORSTAT),
  ("almost three percentage points", 3, "nearly", ["support", "Reform Party"], "fell", EE_POLL, "Estonia", NORSTAT),
  ("22.8 percent", 22.8, "=", ["Center", "support"], None, EE_POLL, None, NORSTAT),
  ("14.7", 14.7, "=", ["EKRE", "Conservative People's Party of Estonia", "support"], None, EE_POLL, None, NORSTAT),
  ("10 percent", 10, "=", ["Social Democratic Party", "SDE", "support"], None, EE_POLL, None, NORSTAT),
  ("7.1 percent", 7.1, "=", ["Estonia 200", "support"], None, EE_POLL, None, NORSTAT),
  ("5 percent of the vote", 5, ">=", ["vote", "votes"], None, None, None, None),
  ("6.6 percent", 6.6, "=", ["respondents", "Norstat respondents", "Isamaa"], None, EE_POLL, None, NORSTAT),
  ("44.1 percent", 44.1, "=", ["coalition parties", "support"], None, EE_POLL, None, NORSTAT),
  ("42.8 percent", 42.8, "=", ["opposition parties", "support"], None, EE_POLL, None, NORSTAT),
  ("4,001 Estonian citizens", 4001, "=", ["Estonian citizens", "citizens"], None, EE_POLL, "Estonia", NORSTAT),
  ("1.55 percent", 1.55, "=", ["margin of error", "statistical margin of error"], None, None, None, NORSTAT)],
 ["three coalition parties", "two opposition parties"]),
("m-biz-krka-h1-2020", "STA (Slovenian Press Agency)", "2020-07-30", "https://english.sta.si/2791173/krka-group-ups-net-profit-by-15-to-eur-160-3m-in-first-half", "company results",
 "Novo Mesto, 30 July - The group built around the drug maker Krka booked EUR 803.8 million of sales revenue in the first half of the year, an increase of 6% on the first half of 2019, the company announced in a press release on Thursday. "
 "Its net profit for the half came to EUR 160.3 million, 15% more than a year earlier.",
 [("EUR 803.8 million", 803.8e6, "=", ["sales revenue", "sales", "revenue"], None, KRKA_H1, None, KRKA),
  ("6%", 6, "=", ["sales revenue", "sales", "revenue"], "rose", KRKA_H1, None, KRKA),
  ("EUR 160.3 million", 160.3e6, "=", ["net profit", "profit"], None, KRKA_H1, None, KRKA),
  ("15%", 15, "=", ["net profit", "profit"], "rose", KRKA_H1, None, KRKA)],
 []),
("m-mkt-zimbabwe-zse-2020", "AllAfrica (263Chat)", "2020-05-01", "https://allafrica.com/stories/202005010351.html", "markets",
 "HARARE — Over the past two weeks of the second phase of the lockdown the Zimbabwe Stock Exchange (ZSE) made strong gains, adding ZWL 3 billion to its market capitalisation to reach ZWL 63.388 billion as of the week ending April 30, 263Chat Business reports. "
 "Just over a fortnight before, in the week leading up to the 14 day extension of the lockdown, the ZSE had lost ZWL 1 billion of capitalisation and closed at ZWL 60.3 billion, with uncertainty over the Covid-19 pandemic at its height. "
 "The bourse has gained ground strongly since then, as investors look for a safe place in stocks while world prices of oil and other precious metals have fallen away. "
 "Turnover on Thursday came to ZWL 17.292 million. "
 "The main indicator, the ZSE All Share, rose 0.25 percent to close at 488.60, while the Small and Medium caps went up 1.95 percent and 1.03 percent respectively. "
 "Rio Zim led the gainers, firming 20 percent to close at $ 6.0600, with Turnal also up 20 percent at $ 0.1680 and Axia 4.24 percent higher at $ 2. 1500. "
 "Old Mutual were the heaviest losers on the other side, down -2.43 percent at $ 42.0000, and Delta eased -0.23 percent to $ 5.8500. "
 "April has brought the exchange some low points because of Covid-19, after it had passed the ZWL 67 billion mark in March.",
 [("ZWL 3 billion", 3e9, "=", ["market capitalisation", "capitalisation"], "rose", "2020-04-17..2020-04-30", "Zimbabwe", CHAT263),
  ("ZWL 63.388 billion", 63.388e9, "=", ["market capitalisation", "capitalisation"], None, "2020-04-30", "Zimbabwe", CHAT263),
  ("ZWL 1 billion", 1e9, "=", ["capitalisation", "market capitalisation"], "fell", None, None, CHAT263),
  ("ZWL 60.3 billion", 60.3e9, "=", ["capitalisation", "market capitalisation"], None, None, None, CHAT263),
  ("ZWL 17.292 million", 17.292e6, "=", "turnover", None, ZW_THU, None, CHAT263),
  ("0.25 percent", 0.25, "=", ["ZSE All Share", "All Share", "main indicator"], "rose", ZW_THU, None, CHAT263),
  ("488.60", 488.60, "=", ["ZSE All Share", "All Share", "main indicator"], None, ZW_THU, None, CHAT263),
  ("1.95 percent", 1.95, "=", ["Small caps", "Small"], "rose", ZW_THU, None, CHAT263),
  ("1.03 percent", 1.03, "=", ["Medium caps", "Medium"], "rose", ZW_THU, None, CHAT263),
  ("20 percent", 20, "=", "Rio Zim", "rose", ZW_THU, None, CHAT263),
  ("$ 6.0600", 6.06, "=", "Rio Zim", None, ZW_THU, None, CHAT263),
  ("20 percent", 20, "=", "Turnal", "rose", ZW_THU, None, CHAT263, 1),
  ("$ 0.1680", 0.168, "=", "Turnal", None, ZW_THU, None, CHAT263),
  ("4.24 percent", 4.24, "=", "Axia", "rose", ZW_THU, None, CHAT263),
  ("$ 2. 1500", 2.15, "=", "Axia", None, ZW_THU, None, CHAT263),
  ("-2.43 percent", 2.43, "=", "Old Mutual", "fell", ZW_THU, None, CHAT263),
  ("$ 42.0000", 42.0, "=", "Old Mutual", None, ZW_THU, None, CHAT263),
  ("-0.23 percent", 0.23, "=", "Delta", "fell", ZW_THU, None, CHAT263),
  ("$ 5.8500", 5.85, "=", "Delta", None, ZW_THU, None, CHAT263),
  ("ZWL 67 billion", 67e9, ">", ["mark", "market capitalisation"], None, "2020-03-01..2020-03-31", None, CHAT263)],
 ["14 day"]),
("m-health-laos-dengue-2019", "KPL (Lao News Agency)", "2019-07-24", "https://kpl.gov.la/En/Detail.aspx?id=47198", "health",
 "VIENTIANE — Both dengue deaths and infections are climbing, a Ministry of Health report says: since Dec 29, 2018, over 15,500 people have fallen sick with the disease and 35 have died of it. "
 "More people have died of dengue in Savannakhet than in any other province. "
 "The report puts the deaths at eleven in Savannakhet, seven in Vientiane Capital, five in Champassak, three in Saravan, four in Khammuan, two in Borikhamxay and one in Xayaboury. "
 "Vientiane Capital has recorded over 3,300 infections, Savannakhet more than 2,600, Saravan over 2,100, Khammuan more than 1,600, Champassak 2,700, Attapeu 914 and Borikhamxay over 600. "
 "There have been 468 cases reported in Luang Namtha, 579 in Vientiane province, 311 in Sekong, 319 in Xayaboury, 177 in Luang Prabang, 221 in Xaysomboun, 37 in Oudomxay, 665 in Borikhamxay, 15 in Bokeo, 20 in Xieng Khuang and 1 in Phongsaly. "
 "Huaphan has not reported a single dengue case. "
 "Elsewhere in the region, Thailand's Ministry of Public Health counted 20,733 people infected with dengue up to May 13 this year, 25 of whom died.",
 [("over 15,500 people", 15500, ">", ["people", "infections", "cases"], None, LA_YTD, "Laos", MOH_LA),
  ("35", 35, "=", ["people", "deaths"], "killed", LA_YTD, "Laos", MOH_LA),
  ("eleven", 11, "=", ["deaths", "people"], "killed", LA_YTD, "Savannakhet", MOH_LA),
  ("seven", 7, "=", ["deaths", "people"], "killed", LA_YTD, "Vientiane Capital", MOH_LA),
  ("five", 5, "=", ["deaths", "people"], "killed", LA_YTD, "Champassak", MOH_LA),
  ("three", 3, "=", ["deaths", "people"], "killed", LA_YTD, "Saravan", MOH_LA),
  ("four", 4, "=", ["deaths", "people"], "killed", LA_YTD, "Khammuan", MOH_LA),
  ("two", 2, "=", ["deaths", "people"], "killed", LA_YTD, "Borikhamxay", MOH_LA),
  ("one in Xayaboury", 1, "=", ["deaths", "people"], "killed", LA_YTD, "Xayaboury", MOH_LA),
  ("over 3,300 infections", 3300, ">", "infections", None, LA_YTD, "Vientiane Capital", MOH_LA),
  ("more than 2,600", 2600, ">", "infections", None, LA_YTD, "Savannakhet", MOH_LA),
  ("over 2,100", 2100, ">", "infections", None, LA_YTD, "Saravan", MOH_LA),
  ("more than 1,600", 1600, ">", "infections", None, LA_YTD, "Khammuan", MOH_LA),
  ("2,700", 2700, "=", "infections", None, LA_YTD, "Champassak", MOH_LA),
  ("914", 914, "=", "infections", None, LA_YTD, "Attapeu", MOH_LA),
  ("over 600", 600, ">", "infections", None, LA_YTD, "Borikhamxay", MOH_LA),
  ("468 cases", 468, "=", "cases", None, LA_YTD, "Luang Namtha", MOH_LA),
  ("579", 579, "=", "cases", None, LA_YTD, ["Vientiane province", "Vientiane"], MOH_LA),
  ("311", 311, "=", "cases", None, LA_YTD, "Sekong", MOH_LA),
  ("319", 319, "=", "cases", None, LA_YTD, "Xayaboury", MOH_LA),
  ("177", 177, "=", "cases", None, LA_YTD, "Luang Prabang", MOH_LA),
  ("221", 221, "=", "cases", None, LA_YTD, "Xaysomboun", MOH_LA),
  ("37", 37, "=", "cases", None, LA_YTD, "Oudomxay", MOH_LA),
  ("665", 665, "=", "cases", None, LA_YTD, "Borikhamxay", MOH_LA),
  ("15 in Bokeo", 15, "=", "cases", None, LA_YTD, "Bokeo", MOH_LA),
  ("20 in Xieng Khuang", 20, "=", "cases", None, LA_YTD, "Xieng Khuang", MOH_LA),
  ("1 in Phongsaly", 1, "=", "cases", None, LA_YTD, "Phongsaly", MOH_LA),
  ("20,733 people", 20733, "=", "people", "infected", "2019-01-01..2019-05-13", "Thailand", ["Ministry of Public Health", "Thailand's Ministry of Public Health"]),
  ("25", 25, "=", ["people", "of whom"], "killed", "2019-01-01..2019-05-13", "Thailand", ["Ministry of Public Health", "Thailand's Ministry of Public Health"])],
 ["a single dengue case"]),
("m-health-malawi-cholera-2018", "Africanews", "2018-03-06", "http://www.africanews.com/2018/03/06/malawi-cholera-death-toll-rises-to-19-health-ministry-says/", "health",
 "LILONGWE — Cholera has now killed 19 people in Malawi, up from eight, the Ministry of Health said on Monday. "
 "The ministry's statement said cases had gone up from 546 in January to 718, in 13 of Malawi's 28 districts, with 19 deaths in total. "
 "Most of them were in the capital, Lilongwe, and the northern district of Karonga on the Zambian border, which between them had 552 cases and 14 deaths. "
 "The cases and deaths come while the government is working hard with international bodies such as the United Nations Children's Fund (UNICEF) to bring the disease under control. "
 "UNICEF has lately flown drones over the capital to map the places most at risk of cholera so that action can be targeted there. "
 "Drinking water taken from shallow, contaminated sources has been blamed for the outbreak.",
 [("19 people", 19, "=", "people", "killed", None, "Malawi", MOH_MW),
  ("eight", 8, "=", "people", "killed", None, "Malawi", MOH_MW),
  ("546", 546, "=", "cases", None, "2018-01-01..2018-01-31", "Malawi", MOH_MW),
  ("718", 718, "=", "cases", None, None, "Malawi", MOH_MW),
  ("13 of Malawi's", 13, "=", "districts", None, None, "Malawi", MOH_MW),
  ("28 districts", 28, "=", "districts", None, None, "Malawi", None),
  ("19 deaths", 19, "=", "deaths", "killed", None, "Malawi", MOH_MW),
  ("552 cases", 552, "=", "cases", None, None, ["Lilongwe", "Karonga"], MOH_MW),
  ("14 deaths", 14, "=", "deaths", "killed", None, ["Lilongwe", "Karonga"], MOH_MW)],
 []),
("m-disaster-slovenia-floods-2023", "Al Jazeera", "2023-08-06", "https://www.aljazeera.com/news/2023/8/6/record-floods-ravage-slovenia-pm-calls-it-worst-disaster-in-its-history", "disasters",
 "LJUBLJANA — Slovenia has been through \"the biggest natural disaster\" in its history, Prime Minister Robert Golob said on Saturday, after floods that wrecked roads, bridges and houses, killed three people and did damage estimated at 500 million euros ($550m). "
 "Golob spoke after the country's National Security Council met on Saturday and said two-thirds of the small Alpine state's territory had been hit. "
 "The flooding followed torrential rain on Friday, which made rivers rise fast and pour into homes, fields and towns; Slovenia's weather service said the equivalent of a month's rain came down in under a day. "
 "Road and energy infrastructure had suffered most, Golob said, along with hundreds of houses and other buildings. "
 "Thousands of people have had to leave their homes, many of them lifted out by helicopter or by firefighters in boats, and the army has joined the relief work, sending troops into cut-off areas of the north. "
 "Dozens of bridges have also come down, and the authorities asked people not to travel anywhere until the damage had been fully assessed.",
 [("three people", 3, "=", "people", "killed", SI_FLOOD, "Slovenia", GOLOB),
  ("500 million euros", 500e6, "=", "damage", None, SI_FLOOD, "Slovenia", GOLOB),
  ("$550m", 550e6, "=", "damage", None, SI_FLOOD, "Slovenia", GOLOB),
  ("hundreds of houses", None, ("vague", 200, 1000), ["houses", "houses and other buildings", "buildings"], None, SI_FLOOD, None, GOLOB),
  ("Thousands of people", None, ("vague", 2000, 10000), "people", None, SI_FLOOD, "Slovenia", None),
  ("Dozens of bridges", None, ("vague", 24, 100), "bridges", None, SI_FLOOD, "Slovenia", None)],
 ["two-thirds", "a month's rain"]),
("m-climate-mongolia-dzud-2024", "The New York Times (via East Bay Times)", "2024-03-30", "https://www.pressreader.com/usa/east-bay-times/20240330/281672554952253", "climate",
 "ULAANBAATAR — An exceptionally harsh winter has frozen and buried much of Mongolia's grazing land under snow, starving or freezing millions of animals in a country where a third of the people make their living from herding and farming. "
 "Mongolia has had more snow this year than in any of the past 49 years, and more than 5.9 million livestock have died, the heaviest loss since 2010, international aid groups said this week. "
 "The worst of the weather may be over, but about 60 million animals are at risk of starving until fresh grass comes up in May. "
 "Tapan Mishra, the most senior United Nations official in Mongolia, warned in a report this week that the worst was still ahead, with livestock deaths expected to peak at the end of April. "
 "The die-off comes from a dzud, in which a dry summer is followed by a brutal winter of deep snow and intense cold that seals pastures under ice; such losses can ruin families and hurt an economy in which agriculture, mostly livestock, accounts for 13%. "
 "This month UNICEF's representative in Mongolia, Evariste Kouassi-Komlan, needed nearly three days to drive from the capital, Ulaanbaatar, to a remote village in the west, and outside each ger he found as much as 2 feet of snow and heaps of frozen carcasses. "
 "In the east of the country, Shijirbayar Dorjderem, 48, said 800 of the 1,000 animals he had inherited from his parents had died this year, despite the thousands of packs of fodder he had bought.",
 [("millions of animals", None, ("vague", 2e6, 10e6), "animals", None, MN24, "Mongolia", None),
  ("more than 5.9 million livestock", 5.9e6, ">", "livestock", "killed", MN24, "Mongolia", AID),
  ("about 60 million animals", 60e6, "~", "animals", None, None, "Mongolia", None),
  ("13%", 13, "=", ["economy", "agriculture"], None, None, "Mongolia", None),
  ("as much as 2 feet", 2, "<=", "snow", None, None, None, ["Evariste Kouassi-Komlan", "Kouassi-Komlan"]),
  ("800", 800, "=", "animals", "killed", MN24, None, ["Shijirbayar Dorjderem", "Dorjderem"]),
  ("1,000 animals", 1000, "=", "animals", None, None, None, ["Shijirbayar Dorjderem", "Dorjderem"]),
  ("thousands of packs", None, ("vague", 2000, 10000), ["packs of fodder", "packs", "fodder"], None, None, None, ["Shijirbayar Dorjderem", "Dorjderem"])],
 ["a third of the people"]),
("m-mig-lithuania-belarus-2021", "TASS", "2021-08-06", "https://tass.com/world/1323323", "migration",
 "VILNIUS, August 6. /TASS/. Lithuania's State Border Guard Service, part of the Interior Ministry, sent back about 700 illegal migrants to Belarus over the past week, Interior Minister Agne Bilotaite told reporters on Friday. "
 "The decision to put up a barrier on the border had brought real results, she said, since about 700 migrants had been kept from getting into Lithuania. "
 "The border guards began using tougher measures against the flow of migrants on Tuesday, once the Interior Ministry had given them the powers to do so. "
 "Guards had been briefed on how to respond to what the migrants did, said General Rustamas Liubajevas, head of the Border Guard Service, without saying which measures they could use; an adviser to the minister, Laurinaityte-Grigiene, said on Friday that no force was being used. "
 "Since the start of the year the authorities have held more than 4,000 illegal migrants on the frontier with Belarus, 50 times as many as in 2020. "
 "At the end of May the Belarusian president, Alexander Lukashenko, said his country had been a barrier keeping illegal migrants out of its neighbours, but that under Western political pressure Minsk would have to consider whether it made sense to go on doing so.",
 [("about 700 illegal migrants", 700, "~", ["illegal migrants", "migrants"], None, LT_WEEK, "Lithuania", BILOTAITE),
  ("about 700 migrants", 700, "~", "migrants", None, LT_WEEK, "Lithuania", BILOTAITE),
  ("more than 4,000 illegal migrants", 4000, ">", ["illegal migrants", "migrants"], None, "2021-01-01..2021-08-06", None, None)],
 ["50 times"]),
("m-sport-georgia-samoa-2016", "Worldsport.ge", "2016-11-19", "https://rugby.worldsport.ge/en/page/5876_georgian-national-rugby-team-won-over-samoa", "sport",
 "TBILISI — Georgia's national rugby team came through the second of its November test matches with success on Saturday, as the Lelos beat Samoa's national side 20:16 at the Mikheil Meskhi stadium. "
 "Georgia had the better of the first half: Beka Bitsadze went over for a try and Merab Kvirikashvili added two conversions, while Samoa replied with a penalty, a try and a conversion, so the home side led 17:10 at the interval. "
 "After the break the visitors were on top and came close to a try several times, but the Georgians defended well. "
 "Three penalties were kicked in the other 40 minutes, two of them against Georgia and one by them. "
 "Milton Haig's side ends its November tests against Scotland. "
 "Georgia – Samoa 20:16 (17:10). Points: Bitsadze (t.), Kvirikashvili (2t.c., 2p.)",
 [("two conversions", 2, "=", "conversions", None, "2016-11-19", None, None),
  ("Three penalties", 3, "=", "penalties", None, "2016-11-19", None, None)],
 ["20:16", "17:10", "40 minutes", "two of them", "one by them", "2t.c., 2p."]),
("m-transport-tallinn-airport-2018", "The Baltic Course (LETA/BNS)", "2019-01-18", "http://www.baltic-course.com/eng/good_for_business/?doc=146611", "transport",
 "BC, Tallinn, 18.01.2019. More than three million passengers went through Tallinn Airport last year, 13.6% more than in 2017, LETA/BNS reports. "
 "International flights accounted for 99% of the passengers, said the airport company, which the state owns; 28,700 travelled on domestic flights, nearly 1.6 mln on regular flights and 362,000 on non-regular ones. "
 "Flight operations rose by 7.2% over the year to nearly 48,600, with 41,500 of them commercial and 7,100 other flights. "
 "In December 2018 alone the airport handled 221,900 passengers, up 17.7% on the same month of 2017.",
 [("More than three million passengers", 3e6, ">", "passengers", None, EE18, ["Tallinn Airport", "Tallinn", "Estonia"], LETA),
  ("13.6%", 13.6, "=", "passengers", "rose", EE18, ["Tallinn Airport", "Tallinn", "Estonia"], LETA),
  ("99%", 99, "=", "passengers", None, EE18, None, LETA),
  ("28,700", 28700, "=", "passengers", None, EE18, None, LETA),
  ("nearly 1.6 mln", 1.6e6, "nearly", "passengers", None, EE18, None, LETA),
  ("362,000", 362000, "=", "passengers", None, EE18, None, LETA),
  ("7.2%", 7.2, "=", ["flight operations", "operations"], "rose", EE18, None, LETA),
  ("nearly 48,600", 48600, "nearly", ["flight operations", "operations"], None, EE18, None, LETA),
  ("41,500", 41500, "=", ["commercial flights", "flights"], None, EE18, None, LETA),
  ("7,100 other flights", 7100, "=", ["other flights", "flights"], None, EE18, None, LETA),
  ("221,900 passengers", 221900, "=", "passengers", None, "2018-12-01..2018-12-31", ["Tallinn Airport", "Tallinn", "Estonia"], LETA),
  ("17.7%", 17.7, "=", "passengers", "rose", "2018-12-01..2018-12-31", ["Tallinn Airport", "Tallinn", "Estonia"], LETA)],
 []),
("m-conflict-burkina-bourzanga-2019", "The News (AFP)", "2019-09-24", "https://www.thenews.com.pk/print/531265-nine-killed-in-two-burkina-faso-attacks", "conflict",
 "OUAGADOUGOU: Two attacks in the north of Burkina Faso, the region hit hardest by an insurgency, have left nine people dead, officials said on Monday. "
 "\"Armed men killed six people during the night of Saturday at Pissele, close to Bourzanga,\" a security official said. "
 "Bourzanga lies some 50 kilometres (30 miles) south of Djibo, where attacks are frequent. "
 "In the village of Bool-Kiiba three people were shot dead, a local administrative official said, and their bodies were found once the attackers had gone. "
 "The official said others were missing and that the gunmen had also carried off belongings, motorbikes among them. "
 "A security official confirmed an attack on Bool-Kiiba but could not give a toll. "
 "Burkina Faso has been drawn into an insurgency across the poor and fragile Sahel that is now seven years old.",
 [("Two attacks", 2, "=", "attacks", None, None, "Burkina Faso", ["officials"]),
  ("nine people", 9, "=", "people", "killed", "2019-09-21..2019-09-23", "Burkina Faso", ["officials"]),
  ("six people", 6, "=", "people", "killed", "2019-09-21..2019-09-22", ["Pissele", "Bourzanga"], BF_SEC),
  ("50 kilometres", 50, "~", None, None, None, None, None),
  ("30 miles", 30, "~", None, None, None, None, None),
  ("three people", 3, "=", "people", "killed", None, "Bool-Kiiba", ["a local administrative official", "local administrative official"])],
 ["seven years old"]),
]
