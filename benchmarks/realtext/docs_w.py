# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, twenty-first set: sixteen more rewritten reports across beats (Uruguay, Estonia, Iceland,
Botswana, Mongolia, Lithuania, Slovenia/Krka, Latvia/Riga airport, Paraguay, Malawi, Bolivia, Tajikistan,
Italy/Lampedusa, Slovenia/Ljubljana Marathon, Lithuania/Klaipeda port and Mali material), annotated before
the extractor was run on them and scored once (heldout21/README.md); not used to shape rules.

Same tuple layout as docs_c.py .. docs_v.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout21/ by build.py."""
INE_UY = ["National Institute of Statistics", "INE", "the National Institute of Statistics (INE)", "institute", "the institute", "INE release"]
UY_DEC = "2022-12-01..2022-12-31"
UY_2022 = "2022-01-01..2022-12-31"
STAT_EE = ["Statistics Estonia", "state agency Statistics Estonia", "agency", "the agency", "Lauri Veski", "Veski", "he"]
EE_OCT = "2024-10-01..2024-10-31"
MOF_IS = ["Ministry of Finance and Economic Affairs", "the Ministry of Finance and Economic Affairs", "Government Accounts", "the Government Accounts", "ministry"]
IS_2015 = "2015-01-01..2015-12-31"
IS_2014 = "2014-01-01..2014-12-31"
SB = ["Statistics Botswana", "Anna Majelantle", "Majelantle", "Statistician General Anna Majelantle", "she"]
BW_JUN = "2017-06-01..2017-06-30"
BW_MAY = "2017-05-01..2017-05-31"
BW_JUN16 = "2016-06-01..2016-06-30"
GEC = ["General Election Commission", "election officials", "commission", "the commission", "Luvsanjav", "General Election Commission head Luvsanjav"]
MN_DAY = "2012-06-28"
VILM = ["Vilmorus", "a Vilmorus survey", "survey", "poll", "Lietuvos Rytas", "Vladas Gaidys", "Gaidys", "Vilmorus chief executive Vladas Gaidys"]
LT_MAR = "2018-03-02..2018-03-10"
LT_FEB = "2018-02-01..2018-02-28"
LT_JAN = "2018-01-01..2018-01-31"
KRKA = ["Krka", "the company", "company", "drugmaker"]
KR_Q1 = "2017-01-01..2017-03-31"
RIX = ["International Airport Riga", "the company's report", "company", "the airport", "airport", "management", "the management"]
RIX_9M = "2019-01-01..2019-09-30"
RIX_2018 = "2018-01-01..2018-12-31"
MSP = ["Ministry of Health", "the Ministry of Health", "General Directorate of Health Surveillance", "ministry"]
PY_YEAR = "2013-01-01..2013-03-18"
PY_DAY = "2013-03-18"
WHO = ["World Health Organization", "WHO", "the WHO", "the World Health Organization"]
MW_SINCE = "2022-03-03..2023-02-09"
MW_WIN = "2022-03-03..2023-02-03"
CALV = ["Juan Carlos Calvimontes", "Calvimontes", "Vice Minister of Civil Defence Juan Carlos Calvimontes", "government", "the government", "he"]
EMC = ["Emergencies Committee", "the government's Emergencies Committee", "committee", "the committee", "commissions"]
TJ_DAY = "2023-03-23"
USGS = ["US Geological Survey", "The US Geological Survey", "USGS", "USGS PAGER"]
VIM = ["Interior Ministry", "the Interior Ministry", "ministry"]
MANN = ["Mannino", "Filippo Mannino", "Lampedusa mayor Filippo Mannino", "he"]
IT_DAY = "2023-01-09"
IT_SUN = "2023-01-08"
LJ_DAY = "2017-10-29"
KLP = ["port", "the port", "Klaipeda port", "port of Klaipeda"]
KL_9M = "2013-01-01..2013-09-30"
KL_SEP = "2013-09-01..2013-09-30"
FAMA = ["army", "the army", "Malian army"]

DOCS = [
("w-econ-uruguay-cpi-dec-2022", "Telesur (via CMIO)", "2023-01-05", "https://cmio.org/en/world/latin-america/836081-uruguay-records-inflation-of-8-29-in-december-2022-news", "economy",
 "MONTEVIDEO - Uruguay closed December with accumulated inflation of 8.29 percent, the National Institute of Statistics (INE) reported, a rate above the band of three to six percent that President Luis Lacalle Pou's government is aiming for. "
 "Even so, the yearly rate kept easing, slipping by 0.26 percent. "
 "The INE release put most of the movement down to prices of food and soft drinks, housing and transport. "
 "Among the goods that cost more, cereals went up 0.69 percent, dairy products and eggs 0.95 percent, coffee 3.45 percent and fruit and nuts 6.35 percent. "
 "Meat, by contrast, fell 0.12 percent, with only chicken and strips of roast beef rising. "
 "Among produce, spinach climbed 30.38 and lettuce 28.29 percent, the steepest rises, whereas peppers dropped 31.67 percent. "
 "In transport, car prices fell 2.42 percent, motorcycles 2.55 percent and air fares 9.17 percent. "
 "In housing, rents rose 0.15 percent and electricity fell 11.20 percent.",
 [("8.29 percent", 8.29, "=", ["inflation", "accumulated inflation"], None, UY_2022, "Uruguay", INE_UY),
  ("three to six percent", None, ("range", 3, 6), ["band", "inflation"], None, None, "Uruguay", None),
  ("0.26 percent", 0.26, "=", ["yearly rate", "rate"], "fell", None, "Uruguay", INE_UY),
  ("0.69 percent", 0.69, "=", "cereals", "rose", UY_DEC, None, INE_UY),
  ("0.95 percent", 0.95, "=", ["dairy products and eggs", "dairy products", "eggs"], "rose", UY_DEC, None, INE_UY),
  ("3.45 percent", 3.45, "=", "coffee", "rose", UY_DEC, None, INE_UY),
  ("6.35 percent", 6.35, "=", ["fruit and nuts", "fruit"], "rose", UY_DEC, None, INE_UY),
  ("0.12 percent", 0.12, "=", "meat", "fell", UY_DEC, None, INE_UY),
  ("30.38", 30.38, "=", "spinach", "rose", UY_DEC, None, INE_UY),
  ("28.29 percent", 28.29, "=", "lettuce", "rose", UY_DEC, None, INE_UY),
  ("31.67 percent", 31.67, "=", "peppers", "fell", UY_DEC, None, INE_UY),
  ("2.42 percent", 2.42, "=", ["car prices", "cars"], "fell", UY_DEC, None, INE_UY),
  ("2.55 percent", 2.55, "=", "motorcycles", "fell", UY_DEC, None, INE_UY),
  ("9.17 percent", 9.17, "=", ["air fares", "fares"], "fell", UY_DEC, None, INE_UY),
  ("0.15 percent", 0.15, "=", "rents", "rose", UY_DEC, None, INE_UY),
  ("11.20 percent", 11.20, "=", "electricity", "fell", UY_DEC, None, INE_UY)],
 []),
("w-econ-estonia-cpi-oct-2024", "ERR News", "2024-11-07", "https://news.err.ee/1609514452/estonia-s-consumer-price-index-up-4-1-percent-on-year-to-october", "economy",
 "TALLINN - Consumer prices in Estonia rose 4.1 percent in October from a year earlier, state agency Statistics Estonia reported. "
 "Over the same twelve months services became 7.1 percent dearer, while goods climbed by a smaller 2.3 percent. "
 "Lauri Veski, who heads consumer price statistics at the agency, said the food items that lifted the index most against last October were soft drinks, up 20.4 percent, fruit, up 12.4 percent, and vegetables, up 5.5 percent. "
 "Sugar prices fell 23.3 percent and fish and fish products 4.6 percent compared with October 2023, he added. "
 "Energy eased the trend: on the year petrol dropped 11.3 percent and diesel 12.9 percent, and electricity cost 2.6 percent less in October 2024 than twelve months before. "
 "Month on month, the index went up 0.6 percent between September and October, mainly for seasonal reasons such as dearer international flights over the autumn school break and higher electricity, heating, clothing and footwear bills, the agency said.",
 [("4.1 percent", 4.1, "=", ["consumer prices", "prices"], "rose", EE_OCT, "Estonia", STAT_EE),
  ("7.1 percent", 7.1, "=", "services", None, EE_OCT, None, STAT_EE),
  ("2.3 percent", 2.3, "=", "goods", "rose", EE_OCT, None, STAT_EE),
  ("20.4 percent", 20.4, "=", "soft drinks", "rose", EE_OCT, None, STAT_EE),
  ("12.4 percent", 12.4, "=", "fruit", "rose", EE_OCT, None, STAT_EE),
  ("5.5 percent", 5.5, "=", "vegetables", "rose", EE_OCT, None, STAT_EE),
  ("23.3 percent", 23.3, "=", ["sugar prices", "sugar"], "fell", EE_OCT, None, STAT_EE),
  ("4.6 percent", 4.6, "=", ["fish and fish products", "fish"], "fell", EE_OCT, None, STAT_EE),
  ("11.3 percent", 11.3, "=", "petrol", "fell", EE_OCT, None, STAT_EE),
  ("12.9 percent", 12.9, "=", "diesel", "fell", EE_OCT, None, STAT_EE),
  ("2.6 percent", 2.6, "=", "electricity", None, EE_OCT, None, STAT_EE),
  ("0.6 percent", 0.6, "=", "index", "rose", EE_OCT, None, STAT_EE)],
 ["same twelve months", "twelve months before"]),
("w-fin-iceland-accounts-2015", "Government of Iceland (Ministry of Finance and Economic Affairs)", "2016-06-16", "https://government.is/news/article/?NewsId=64a07b6d-fb8c-11e7-9423-005056bc4d74", "public finance",
 "REYKJAVIK - Iceland's treasury ran a current surplus of ISK 20.0 billion in 2015, as the budget had forecast, according to the Government Accounts for the year, now published and sent to the Althingi. "
 "In 2014 the current balance had been in surplus by ISK 46.4 billion. "
 "Revenue came in somewhat above budget estimates, helped by dividends from financial undertakings and by wider tax bases as the economy picked up, the Ministry of Finance and Economic Affairs said. "
 "Spending also ran a little over its allocations after the supplementary budget added money for, among other things, higher wage bills following agreements with public employees. "
 "The primary balance showed a surplus worth 3.8% of GDP, against 5.3% in 2014. "
 "The Treasury's net funding surplus came to 1.9% of GDP in 2015, compared with 3.9% a year before; the budget had pencilled in around 1.1% and the supplementary budget around 1.9%. "
 "Minister of Finance and Economic Affairs Bjarni Benediktsson said stable conditions, strong GDP growth and recent government measures had lifted household purchasing power and the Treasury's results.",
 [("ISK 20.0 billion", 20.0e9, "=", ["current surplus", "surplus", "treasury"], None, IS_2015, "Iceland", MOF_IS),
  ("ISK 46.4 billion", 46.4e9, "=", ["current balance", "surplus"], None, IS_2014, "Iceland", MOF_IS),
  ("3.8% of GDP", 3.8, "=", ["primary balance", "surplus"], None, IS_2015, "Iceland", MOF_IS),
  ("5.3%", 5.3, "=", ["primary balance", "surplus"], None, IS_2014, "Iceland", MOF_IS),
  ("1.9% of GDP", 1.9, "=", ["net funding surplus", "surplus"], None, IS_2015, "Iceland", MOF_IS),
  ("3.9%", 3.9, "=", ["net funding surplus", "surplus"], None, IS_2014, "Iceland", MOF_IS),
  ("around 1.1%", 1.1, "~", ["budget", "net funding surplus"], None, IS_2015, "Iceland", MOF_IS),
  ("around 1.9%", 1.9, "~", ["supplementary budget", "net funding surplus"], None, IS_2015, "Iceland", MOF_IS)],
 []),
("w-trade-botswana-jun-2017", "Infosplusgabon", "2017-09-25", "http://www.infosplusgabon.com/index.php/a-la-une/3935-botswana-diamonds-exports-rise-in-botswana", "trade",
 "GABORONE, September 25 - Botswana's exports were worth P5,635.0 million in June 2017, up 4.7 percent from P5,381.7 million in May, Statistics Botswana said in its latest merchandise trade report, released on Monday. "
 "Statistician General Anna Majelantle put the rise mainly down to diamonds, whose exports grew 3.9 percent, or P196.6 million, reaching P5,187.3 million in June, against P4,990.7 million in May. "
 "Set against June 2016, however, total exports were 33.7 percent lower than the P8,500.8 million of a year earlier, she said, as nearly every group of commodities sold less abroad. "
 "Diamond exports dropped by P2,351.7 million from the P7,539.0 million of June 2016. "
 "Copper and nickel fell 98.3 percent, or P297.7 million, to P5.1 million, from P302.8 million a year earlier. "
 "June's trade surplus stood at P1,146.1 million, a little above May's P1,134.5 million. "
 "(Exchange rate: 1 BWP = US$0.0979878.)",
 [("P5,635.0 million", 5635.0e6, "=", ["exports", "total exports"], None, BW_JUN, "Botswana", SB),
  ("4.7 percent", 4.7, "=", "exports", "rose", BW_JUN, "Botswana", SB),
  ("P5,381.7 million", 5381.7e6, "=", "exports", None, BW_MAY, "Botswana", SB),
  ("3.9 percent", 3.9, "=", ["diamonds", "diamond exports", "exports"], "rose", BW_JUN, "Botswana", SB),
  ("P196.6 million", 196.6e6, "=", ["diamonds", "diamond exports", "exports"], "rose", BW_JUN, "Botswana", SB),
  ("P4,990.7 million", 4990.7e6, "=", ["diamonds", "diamond exports", "exports"], None, BW_MAY, "Botswana", SB),
  ("P5,187.3 million", 5187.3e6, "=", ["diamonds", "diamond exports", "exports"], None, BW_JUN, "Botswana", SB),
  ("33.7 percent", 33.7, "=", ["total exports", "exports"], None, BW_JUN, "Botswana", SB),
  ("P8,500.8 million", 8500.8e6, "=", ["total exports", "exports"], None, BW_JUN16, "Botswana", SB),
  ("P2,351.7 million", 2351.7e6, "=", ["diamond exports", "exports"], "fell", BW_JUN, "Botswana", SB),
  ("P7,539.0 million", 7539.0e6, "=", ["diamond exports", "exports"], None, BW_JUN16, "Botswana", SB),
  ("98.3 percent", 98.3, "=", ["copper and nickel", "copper"], "fell", BW_JUN, "Botswana", SB),
  ("P297.7 million", 297.7e6, "=", ["copper and nickel", "copper"], "fell", BW_JUN, "Botswana", SB),
  ("P5.1 million", 5.1e6, "=", ["copper and nickel", "copper"], None, BW_JUN, "Botswana", SB),
  ("P302.8 million", 302.8e6, "=", ["copper and nickel", "copper"], None, BW_JUN16, "Botswana", SB),
  ("P1,146.1 million", 1146.1e6, "=", "trade surplus", None, BW_JUN, "Botswana", SB),
  ("P1,134.5 million", 1134.5e6, "=", ["trade surplus", "surplus"], None, BW_MAY, "Botswana", SB)],
 ["1 BWP", "US$0.0979878"]),
("w-elec-mongolia-2012", "Asia Miner", "2012-07-02", "https://asiaminer.com/news/archive/123-2012/july-2012/3912-mongolia-democratic-party-gains-more-votes.html", "elections",
 "ULAANBAATAR - Mongolia's opposition Democratic Party outpolled the ruling Mongolian People's Party (MPP) in Thursday's parliamentary election but fell short of the majority it needed, election officials said, and is expected to lead the 76-seat parliament in a coalition. "
 "Final official figures should come within 14 days. "
 "Two districts will have to vote again because the candidates who came first there did not reach the 28% of votes the election law demands, Luvsanjav, who heads the General Election Commission, told journalists, naming districts 22 and 26. "
 "Voters chose 48 lawmakers directly and also cast a ballot for a party, which is used to hand out another 28 seats by proportional representation. "
 "On the preliminary count the Democrats had taken 22 seats, against 19 for the MPP, of the 48 contested directly, Luvsanjav said. The Justice Coalition, of which ex-president Nambaryn Enkhbayar's party is part, took four, and independents the remaining three. "
 "In the party vote the Democrats led with 35.3%, ahead of Prime Minister Sukhbaatar Batbold's MPP on 31.3%, the Civil Will Green Party on 5.5% and the Justice Coalition on 22.3%, the commission said.",
 [("Two districts", 2, "=", "districts", None, None, "Mongolia", GEC),
  ("28%", 28, "=", "votes", None, None, "Mongolia", GEC),
  ("48 lawmakers", 48, "=", "lawmakers", None, MN_DAY, "Mongolia", None),
  ("another 28 seats", 28, "=", "seats", None, MN_DAY, "Mongolia", None),
  ("22 seats", 22, "=", "seats", None, MN_DAY, "Mongolia", GEC),
  ("19", 19, "=", "seats", None, MN_DAY, "Mongolia", GEC),
  ("four", 4, "=", "seats", None, MN_DAY, "Mongolia", GEC),
  ("the remaining three", 3, "=", "seats", None, MN_DAY, "Mongolia", GEC),
  ("35.3%", 35.3, "=", ["party vote", "vote"], None, MN_DAY, "Mongolia", GEC),
  ("31.3%", 31.3, "=", ["party vote", "vote"], None, MN_DAY, "Mongolia", GEC),
  ("22.3%", 22.3, "=", ["party vote", "vote"], None, MN_DAY, "Mongolia", GEC),
  ("5.5%", 5.5, "=", ["party vote", "vote"], None, MN_DAY, "Mongolia", GEC)],
 ["76-seat", "14 days", "districts 22 and 26", "48 contested directly"]),
("w-poll-lithuania-vilmorus-mar-2018", "The Lithuania Tribune", "2018-03-17", "https://lithuaniatribune.com/lithuania-lfgu-popularity-up-conservatives-stable-vilmorus-lietuvos-rytas-poll/", "poll",
 "VILNIUS - The ruling Lithuanian Farmers and Greens Union (LFGU) gained ground in March and now sits just behind the conservatives, according to a Vilmorus survey for the daily Lietuvos Rytas. "
 "The Homeland Union - Lithuanian Christian Democrats would get the votes of 16.8 percent of respondents, the same as in February, while the LFGU had 16.2 percent, compared with 13.5 percent in February. "
 "Vilmorus chief executive Vladas Gaidys said support for the conservatives had levelled off after climbing for about a year; as a share of those who would actually vote, it slipped to 24.9 percent this month, after 29.2 percent in January and 27 percent in February. "
 "The Social Democrats had 10.1 percent and the Order and Justice party 9 percent; in February the two had stood at 7.6 percent and 7 percent. "
 "Of the rest, the opposition Liberal Movement stood at 5.1 percent (5.3 percent in February), the Electoral Action of Poles in Lithuania - Union of Christian Families at 2.5 percent (3.4 percent) and the Centre Party at 3.7 percent (2.6 percent). "
 "The poll was conducted on March 2-10.",
 [("16.8 percent", 16.8, "=", "respondents", None, LT_MAR, None, VILM),
  ("16.2 percent", 16.2, "=", ["LFGU", "respondents"], None, LT_MAR, None, VILM),
  ("13.5 percent", 13.5, "=", ["LFGU", "respondents"], None, LT_FEB, None, VILM),
  ("24.9 percent", 24.9, "=", ["support", "share"], None, LT_MAR, None, VILM),
  ("27 percent", 27, "=", ["support", "share"], None, LT_FEB, None, VILM),
  ("29.2 percent", 29.2, "=", ["support", "share"], None, LT_JAN, None, VILM),
  ("10.1 percent", 10.1, "=", "Social Democrats", None, LT_MAR, None, VILM),
  ("9 percent", 9, "=", ["Order and Justice party", "Order and Justice"], None, LT_MAR, None, VILM, 1),
  ("7.6 percent", 7.6, "=", "Social Democrats", None, LT_FEB, None, VILM),
  ("7 percent", 7, "=", ["Order and Justice party", "Order and Justice"], None, LT_FEB, None, VILM, 1),
  ("5.1 percent", 5.1, "=", ["Liberal Movement", "opposition Liberal Movement"], None, LT_MAR, None, VILM),
  ("3.7 percent", 3.7, "=", "Centre Party", None, LT_MAR, None, VILM),
  ("2.5 percent", 2.5, "=", ["Electoral Action of Poles in Lithuania", "Electoral Action of Poles"], None, LT_MAR, None, VILM),
  ("5.3 percent", 5.3, "=", ["Liberal Movement", "opposition Liberal Movement"], None, LT_FEB, None, VILM),
  ("2.6 percent", 2.6, "=", "Centre Party", None, LT_FEB, None, VILM),
  ("3.4 percent", 3.4, "=", ["Electoral Action of Poles in Lithuania", "Electoral Action of Poles"], None, LT_FEB, None, VILM)],
 ["about a year", "March 2-10", "the two"]),
("w-biz-krka-q1-2017", "2TM (Slovenia)", "2017-05-12", "https://2tm.si/slovenian-company-krka-receives-45-3-million-euros-of-profit-in-the-first-quarter-of-2017/?lang=en", "company results",
 "NOVO MESTO - Slovenian drugmaker Krka raised its net profit by 38% year on year in the first quarter, to 45.3 million euros, the company said. "
 "Eastern Europe was its biggest market, with sales of 101.8 million euros. "
 "Russia, its largest and most important single market, bought goods worth 73.8 million euros, 31% more than in the same quarter of last year, which the company called the decisive factor. "
 "Next came Central Europe with 76.9 million and Western Europe with 71.7 million, while South-Eastern Europe took 38.7 million euros of goods and services. "
 "Sales at home reached 21.1 million euros, 5% above the first quarter of 2016, and Krka kept first place among drugmakers in Slovenia with a market share of 9.2%. "
 "Prescription medicines brought in 264.4 million euros, up 8%, and over-the-counter products 30.9 million euros, a rise of 13% on a year earlier. "
 "Sales grew in every region except Western Europe, the company noted.",
 [("38%", 38, "=", "net profit", None, KR_Q1, None, KRKA),
  ("45.3 million euros", 45.3e6, "=", "net profit", None, KR_Q1, None, KRKA),
  ("101.8 million euros", 101.8e6, "=", "sales", None, KR_Q1, "Eastern Europe", KRKA),
  ("73.8 million euros", 73.8e6, "=", "goods", None, KR_Q1, "Russia", KRKA),
  ("31%", 31, "=", "goods", None, KR_Q1, "Russia", KRKA),
  ("76.9 million", 76.9e6, "=", "sales", None, KR_Q1, "Central Europe", KRKA),
  ("71.7 million", 71.7e6, "=", "sales", None, KR_Q1, "Western Europe", KRKA),
  ("38.7 million euros", 38.7e6, "=", ["goods and services", "goods"], None, KR_Q1, "South-Eastern Europe", KRKA),
  ("21.1 million euros", 21.1e6, "=", "sales", None, KR_Q1, "Slovenia", KRKA),
  ("5%", 5, "=", "sales", None, KR_Q1, "Slovenia", KRKA),
  ("9.2%", 9.2, "=", "market share", None, KR_Q1, "Slovenia", KRKA),
  ("264.4 million euros", 264.4e6, "=", ["prescription medicines", "medicines"], None, KR_Q1, None, KRKA),
  ("8%", 8, "=", ["prescription medicines", "medicines"], "rose", KR_Q1, None, KRKA, 1),
  ("30.9 million euros", 30.9e6, "=", ["over-the-counter products", "products"], None, KR_Q1, None, KRKA),
  ("13%", 13, "=", ["over-the-counter products", "products"], "rose", KR_Q1, None, KRKA)],
 []),
("w-biz-riga-airport-9m-2019", "The Baltic Course (LETA)", "2019-11-04", "http://www.baltic-course.com/eng/good_for_business/?doc=152907", "company results",
 "RIGA - International Airport Riga's turnover grew 7.3% year on year to EUR 49.119 mln in January-September this year, while its profit dropped 12.6% to EUR 9.473 mln, the company's report shows. "
 "Passenger numbers at the airport grew 11% over the period, the management said, adding that Riga handles 44% of all air passengers in the Baltic states. "
 "Latvian national carrier airBaltic was the biggest airline there, carrying 59.1% of all travellers. "
 "Over the nine months a total of 5.9 mln passengers passed through, 69% of them direct and 31% transit or transfer. "
 "Revenue from aviation services reached EUR 31 mln, 8% more than a year earlier, and non-aviation revenue EUR 18.1 mln, up 6%. "
 "For the whole of 2018 the airport had reported a turnover of EUR 60.787 mln, 11.3% more than a year before, and a profit of EUR 10.022 mln, 2.9 times that of 2017.",
 [("7.3%", 7.3, "=", "turnover", "rose", RIX_9M, None, RIX),
  ("EUR 49.119 mln", 49.119e6, "=", "turnover", None, RIX_9M, None, RIX),
  ("12.6%", 12.6, "=", "profit", "fell", RIX_9M, None, RIX),
  ("EUR 9.473 mln", 9.473e6, "=", "profit", None, RIX_9M, None, RIX),
  ("11%", 11, "=", ["passenger numbers", "passengers"], "rose", RIX_9M, None, RIX),
  ("44%", 44, "=", ["air passengers", "passengers"], None, None, ["Baltic states", "Baltics"], RIX),
  ("59.1%", 59.1, "=", ["travellers", "passengers"], None, RIX_9M, None, RIX),
  ("5.9 mln passengers", 5.9e6, "=", "passengers", None, RIX_9M, None, RIX),
  ("69%", 69, "=", "passengers", None, RIX_9M, None, RIX),
  ("31%", 31, "=", "passengers", None, RIX_9M, None, RIX),
  ("EUR 31 mln", 31e6, "=", ["revenue", "aviation services"], None, RIX_9M, None, RIX),
  ("8%", 8, "=", ["revenue", "aviation services"], None, RIX_9M, None, RIX),
  ("EUR 18.1 mln", 18.1e6, "=", ["non-aviation revenue", "revenue"], None, RIX_9M, None, RIX),
  ("6%", 6, "=", ["non-aviation revenue", "revenue"], "rose", RIX_9M, None, RIX, 1),
  ("EUR 60.787 mln", 60.787e6, "=", "turnover", None, RIX_2018, None, RIX),
  ("11.3%", 11.3, "=", "turnover", None, RIX_2018, None, RIX),
  ("EUR 10.022 mln", 10.022e6, "=", "profit", None, RIX_2018, None, RIX),
  ("2.9 times", 2.9, "=", "profit", None, RIX_2018, None, RIX)],
 ["nine months"]),
("w-health-paraguay-dengue-2013", "Prensa Latina (via Crof's H5N1 blog)", "2013-03-18", "https://crofsblogs.typepad.com/h5n1/2013/03/paraguay-more-dengue-deaths-intensive-care-patients.html", "health",
 "ASUNCION - Dengue has now killed 32 people in Paraguay this year, and 40 patients are in intensive care, the Ministry of Health announced. "
 "Across the public and private health systems 890 people are in hospital, 235 of them admitted recently. "
 "On Monday files on 1,225 new suspected cases reached the General Directorate of Health Surveillance, coming from the capital and from the departments of Central, Amambay, Caaguazu, Alto Parana, Cordillera, Guaira, San Pedro, Concepcion, Itapua, Alto Paraguay and Misiones. "
 "So far 31,866 cases have been confirmed nationwide, four of them of dengue serotype 4, found in Amambay.",
 [("32 people", 32, "=", "people", "killed", PY_YEAR, "Paraguay", MSP),
  ("40 patients", 40, "=", "patients", None, PY_DAY, "Paraguay", MSP),
  ("890 people", 890, "=", "people", None, PY_DAY, "Paraguay", MSP),
  ("235", 235, "=", "people", None, PY_DAY, "Paraguay", MSP),
  ("1,225", 1225, "=", ["suspected cases", "cases"], None, PY_DAY, None, MSP),
  ("31,866 cases", 31866, "=", "cases", None, PY_YEAR, "Paraguay", MSP),
  ("four", 4, "=", "cases", None, PY_YEAR, "Amambay", MSP)],
 ["serotype 4"]),
("w-health-malawi-cholera-2023", "WHO Disease Outbreak News", "2023-02-09", "https://newslettercollector.com/newsletter/correction-disease-outbreak-news-don-cholera-malawi/?isIframe=true", "health",
 "GENEVA - Malawi is going through the deadliest cholera outbreak in its history, with 36,943 cases and 1,210 deaths recorded since 3 March 2022 across all 29 districts, the World Health Organization said on 9 February. "
 "Cholera has been endemic in the country since 1998, with seasonal outbreaks in the rainy season from November to May, but this one has carried on through the dry season. "
 "The government declared the outbreak a public health emergency on 5 December 2022, with the case fatality rate (CFR) staying above 3%. "
 "From 3 March 2022 to 3 February 2023 the overall CFR was 3.3%, and transmission was still active in 27 of the 29 districts, the WHO said. "
 "Cases rose 143% in January, to 17,078, from 7,017 in December. "
 "Mangochi district, on the shore of Lake Malawi, is the worst hit, with 6,974 cases and 114 deaths, a CFR of 1.6%, as of 3 February.",
 [("36,943 cases", 36943, "=", "cases", None, MW_SINCE, "Malawi", WHO),
  ("1,210 deaths", 1210, "=", "deaths", "killed", MW_SINCE, "Malawi", WHO),
  ("all 29 districts", 29, "=", "districts", None, None, "Malawi", WHO),
  ("above 3%", 3, ">", ["case fatality rate", "CFR"], None, None, "Malawi", None),
  ("3.3%", 3.3, "=", ["CFR", "case fatality rate"], None, MW_WIN, "Malawi", WHO),
  ("27", 27, "=", "districts", None, MW_WIN, "Malawi", WHO),
  ("143%", 143, "=", "cases", "rose", "2023-01-01..2023-01-31", "Malawi", WHO),
  ("17,078", 17078, "=", "cases", None, "2023-01-01..2023-01-31", "Malawi", WHO),
  ("7,017", 7017, "=", "cases", None, "2022-12-01..2022-12-31", "Malawi", WHO),
  ("6,974 cases", 6974, "=", "cases", None, MW_WIN, ["Mangochi district", "Mangochi"], WHO),
  ("114 deaths", 114, "=", "deaths", "killed", MW_WIN, ["Mangochi district", "Mangochi"], WHO),
  ("1.6%", 1.6, "=", "CFR", None, MW_WIN, ["Mangochi district", "Mangochi"], WHO)],
 ["the 29 districts"]),
("w-disaster-bolivia-floods-2024", "World Today News", "2024-03-08", "https://world-today-news.com/the-death-toll-rises-to-43-and-36155-families-affected-by-the-rains-and-floods-in-bolivia-2024-03-08-085806", "disasters",
 "LA PAZ - Rains and floods have now killed 43 people in Bolivia and left 36,155 families affected or counted as victims across all nine of the country's departments, the government said on Sunday. "
 "Vice Minister of Civil Defence Juan Carlos Calvimontes said 26,729 families had been affected and 9,426 were victims, in 433 communities touched in one way or another by the persistent rain. "
 "He said 483 homes had been affected and 842 completely destroyed; only Pando, in the Amazon, had been declared a disaster area at department level, along with 18 municipalities. "
 "Two people are missing and 5,542 families have been evacuated by various means to keep them out of danger, Calvimontes said. "
 "The government has so far sent 231 tonnes of humanitarian aid, and thousands of soldiers have been deployed to the worst-hit places. "
 "The weather service Senamhi has put La Paz and Pando under a fresh red alert, with orange alerts for southern Tarija, highland Potosi, central Cochabamba, eastern Santa Cruz and Chuquisaca.",
 [("43 people", 43, "=", "people", "killed", None, "Bolivia", CALV),
  ("36,155 families", 36155, "=", "families", "affected", None, "Bolivia", CALV),
  ("nine of the country's departments", 9, "=", "departments", None, None, "Bolivia", CALV),
  ("26,729 families", 26729, "=", "families", "affected", None, "Bolivia", CALV),
  ("9,426", 9426, "=", ["victims", "families"], None, None, "Bolivia", CALV),
  ("433 communities", 433, "=", "communities", None, None, "Bolivia", CALV),
  ("483 homes", 483, "=", "homes", "affected", None, "Bolivia", CALV),
  ("842", 842, "=", "homes", "destroyed", None, "Bolivia", CALV),
  ("18 municipalities", 18, "=", "municipalities", None, None, "Bolivia", CALV),
  ("Two people", 2, "=", "people", "missing", None, "Bolivia", CALV),
  ("5,542 families", 5542, "=", "families", "evacuated", None, "Bolivia", CALV),
  ("231 tonnes", 231, "=", ["humanitarian aid", "aid"], None, None, "Bolivia", CALV),
  ("thousands of soldiers", None, ("vague", 2000, 10000), "soldiers", None, None, "Bolivia", None)],
 ["one way or another"]),
("w-disaster-tajikistan-quake-2023", "Asia-Plus", "2023-03-27", "https://asiaplus.news/?p=385697", "disasters",
 "DUSHANBE, March 27 - The earthquake that struck parts of Tajikistan on March 23 damaged 367 houses, the government's Emergencies Committee said on Monday, citing the commissions assessing the damage. "
 "Of those, 318 houses were damaged in eight villages of Kuhistoni Mastchoh district in Sughd province, among them Paldorak, Yarm and Pakshif, the committee said in a statement based on updated data. "
 "Four of them were destroyed outright, 53 were partly damaged and 261 had minor damage. "
 "Three people in Paldorak village, two men and a woman, suffered minor injuries, and the quake killed 14 head of cattle, 52 sheep and two horses in the district, the committee said. "
 "In Rasht district, in the east of the country, inspectors checked 68 houses in seven villages and found that only 32 had minor damage; in Nourobod district, 17 of 45 houses inspected in four villages were slightly damaged. "
 "The US Geological Survey put the quake at magnitude 5.9 at a depth of 6 kilometers, striking at 1.07 am local time about 4 kilometers north of Paldarok, close to the Kyrgyz border. "
 "USGS PAGER reckoned that up to 5,000 people felt very strong shaking and 4,000 strong shaking.",
 [("367 houses", 367, "=", "houses", "damaged", TJ_DAY, "Tajikistan", EMC),
  ("318 houses", 318, "=", "houses", "damaged", TJ_DAY, ["Kuhistoni Mastchoh district", "Kuhistoni Mastchoh"], EMC),
  ("eight villages", 8, "=", "villages", None, None, ["Kuhistoni Mastchoh district", "Kuhistoni Mastchoh"], EMC),
  ("Four", 4, "=", "houses", "destroyed", TJ_DAY, ["Kuhistoni Mastchoh district", "Kuhistoni Mastchoh"], EMC),
  ("53", 53, "=", "houses", "damaged", TJ_DAY, ["Kuhistoni Mastchoh district", "Kuhistoni Mastchoh"], EMC),
  ("261", 261, "=", "houses", "damaged", TJ_DAY, ["Kuhistoni Mastchoh district", "Kuhistoni Mastchoh"], EMC),
  ("Three people", 3, "=", "people", "injured", TJ_DAY, ["Paldorak village", "Paldorak"], EMC),
  ("14 head of cattle", 14, "=", ["cattle", "head of cattle"], "killed", TJ_DAY, None, EMC),
  ("52 sheep", 52, "=", "sheep", "killed", TJ_DAY, None, EMC),
  ("two horses", 2, "=", "horses", "killed", TJ_DAY, None, EMC),
  ("68 houses", 68, "=", "houses", None, None, ["Rasht district", "Rasht"], None),
  ("seven villages", 7, "=", "villages", None, None, ["Rasht district", "Rasht"], None),
  ("32", 32, "=", "houses", "damaged", TJ_DAY, ["Rasht district", "Rasht"], None),
  ("17", 17, "=", "houses", "damaged", TJ_DAY, ["Nourobod district", "Nourobod"], None),
  ("45 houses", 45, "=", "houses", None, None, ["Nourobod district", "Nourobod"], None),
  ("four villages", 4, "=", "villages", None, None, ["Nourobod district", "Nourobod"], None),
  ("6 kilometers", 6, "=", None, None, None, None, USGS),
  ("about 4 kilometers", 4, "~", None, None, None, None, USGS),
  ("up to 5,000 people", 5000, "<=", "people", None, TJ_DAY, None, USGS),
  ("4,000", 4000, "=", "people", None, TJ_DAY, None, USGS)],
 ["two men and a woman", "magnitude 5.9", "1.07 am"]),
("w-mig-italy-arrivals-jan-2023", "Pressenza", "2023-01-09", "https://www.pressenza.com/2023/01/more-than-2500-migrants-arrive-in-italy/", "migration",
 "ROME - More than 2,500 North African migrants came ashore in Italy between January 1 and 8, compared with 370 over the same days a year earlier, the Interior Ministry said on Monday. "
 "A meeting was due on Monday afternoon in Agrigento, in Sicily, near Porto Empedocle, to weigh a situation officials regard as critical, La Repubblica reported; Interior Minister Matteo Piantedosi, Lampedusa mayor Filippo Mannino and police chief Lamberto Giannini were to attend. "
 "Mannino said his island had already recorded more than two thousand arrivals and three deaths, and did not know how long Lampedusa could cope at such a pace in the middle of winter. "
 "On Monday morning another 56 migrants from Tunisia, whose fragile boat had been drifting without fuel in bad weather, were rescued and taken to Lampedusa, a coast guard spokesman said. "
 "On Sunday, 243 people from six boats landed on the island, where the Imbriacola reception centre, built for just over 300, held 1,086 people; 202 were moved urgently to Porto Empedocle to ease the crowding, the source said.",
 [("More than 2,500 North African migrants", 2500, ">", "migrants", None, "2023-01-01..2023-01-08", "Italy", VIM),
  ("370", 370, "=", "migrants", None, "2022-01-01..2022-01-08", "Italy", VIM),
  ("three deaths", 3, "=", "deaths", "killed", None, "Lampedusa", MANN),
  ("more than two thousand arrivals", 2000, ">", "arrivals", None, None, "Lampedusa", MANN),
  ("56 migrants", 56, "=", "migrants", "rescued", IT_DAY, None, ["coast guard spokesman", "coast guard", "spokesman"]),
  ("243 people", 243, "=", "people", None, IT_SUN, "Lampedusa", None),
  ("six boats", 6, "=", "boats", None, IT_SUN, "Lampedusa", None),
  ("just over 300", 300, ">", None, None, None, ["Imbriacola reception centre", "Imbriacola"], None),
  ("1,086 people", 1086, "=", "people", None, IT_SUN, ["Imbriacola reception centre", "Imbriacola", "Lampedusa"], None),
  ("202", 202, "=", "people", None, IT_SUN, None, None)],
 ["January 1 and 8"]),
("w-sport-ljubljana-marathon-2017", "The Slovenia Times, with run.hwinter.de for the men's times", "2017-10-29", "https://sloveniatimes.com/12553/kenyan-marius-kimutai-wins-ljubljana-marathon", "sport",
 "LJUBLJANA - Kenya's Marius Kimutai won the 22nd Ljubljana Marathon on Sunday in 2:08:33, just missing the 2:08:19 course record from 2015, which he blamed on strong, shifting winds. "
 "Kimutai, who won in Rotterdam in April, and fellow Kenyan Solomon Kirwa Yego ran together at the front until 39 km, when the winner broke clear; Yego was second in 2:09:36 and Albert Korir completed an all-Kenyan podium in 2:10:36. "
 "The fastest woman was Ethiopia's Shuko Genemo Wote in 2:27:02, ahead of the Kenyans Purity Jebichii Changwony (2:27:52) and Jane Jelagat Seurey (2:28:05). "
 "Mitja Krevs was the best Slovenian and took the national marathon title in 2:32:25, finishing 11th among the men; he needed the medical staff for cramps just after the line. "
 "Jasmina Pitamic Vojska won the women's national title by finishing seventh in 2:53:05. "
 "In the half marathon Rok Puhar won in 1:08:17, and the 10 km went to Jan Kokalj in 32:21, with Marusa Mismas the fastest woman in 33:57. "
 "The two-day event drew more than 23,000 participants, the organisers said, and 9,350 runners lined up for the marathon and half marathon.",
 [("more than 23,000 participants", 23000, ">", "participants", None, "2017-10-28..2017-10-29", None, ["organisers", "The organisers"]),
  ("9,350 runners", 9350, "=", "runners", None, "2017-10-28..2017-10-29", None, ["organisers", "The organisers"])],
 ["22nd", "2:08:33", "2:08:19", "39 km", "2:09:36", "2:10:36", "2:27:02", "2:27:52", "2:28:05", "2:32:25", "11th", "seventh", "2:53:05", "1:08:17", "10 km", "32:21", "33:57", "two-day"]),
("w-transport-klaipeda-port-9m-2013", "PortNews", "2013-10-08", "https://en.portnews.ru/news/168615", "transport",
 "KLAIPEDA - Cargo throughput at Lithuania's port of Klaipeda fell 3% from a year before, to 25,130,781 tonnes, in January-September 2013, the port said. "
 "Including the volumes of the Butinge terminal, throughput edged up 0.3% to 32,024,736.6 tonnes. "
 "Liquid bulk handling grew 3.4% to 13,997,689.5 t, with oil up 14.6% to 6,893,955.7 t and oil products down 5.7% to 5,757,475.6 t. "
 "Dry bulk cargo declined 1.2% to 10,08,499.5 t, and general cargo fell 2.9% to 7,943,547.7 t. "
 "Container traffic climbed 6.9% to 298,325 TEUs, while the number of passengers dropped 15.9% to 235,662. "
 "In September alone the port moved 2.8 mln t of cargo, and Klaipeda together with Butinge handled 3.6 mln t (-6.4%). "
 "Klaipeda, the most northerly port on the eastern Baltic shore that stays free of ice, handled 43.761 mln t including Butinge in 2012.",
 [("3%", 3, "=", ["cargo throughput", "throughput"], "fell", KL_9M, "Klaipeda", KLP),
  ("25,130,781 tonnes", 25130781, "=", ["cargo throughput", "throughput"], None, KL_9M, "Klaipeda", KLP),
  ("0.3%", 0.3, "=", "throughput", "rose", KL_9M, None, KLP),
  ("32,024,736.6 tonnes", 32024736.6, "=", "throughput", None, KL_9M, None, KLP),
  ("3.4%", 3.4, "=", ["liquid bulk handling", "liquid bulk"], "rose", KL_9M, "Klaipeda", KLP),
  ("13,997,689.5 t", 13997689.5, "=", ["liquid bulk handling", "liquid bulk"], None, KL_9M, "Klaipeda", KLP),
  ("14.6%", 14.6, "=", "oil", "rose", KL_9M, "Klaipeda", KLP),
  ("6,893,955.7 t", 6893955.7, "=", "oil", None, KL_9M, "Klaipeda", KLP),
  ("5.7%", 5.7, "=", "oil products", "fell", KL_9M, "Klaipeda", KLP),
  ("5,757,475.6 t", 5757475.6, "=", "oil products", None, KL_9M, "Klaipeda", KLP),
  ("1.2%", 1.2, "=", ["dry bulk cargo", "dry bulk"], "fell", KL_9M, "Klaipeda", KLP),
  ("10,08,499.5 t", 1008499.5, "=", ["dry bulk cargo", "dry bulk"], None, KL_9M, "Klaipeda", KLP),
  ("2.9%", 2.9, "=", "general cargo", "fell", KL_9M, "Klaipeda", KLP),
  ("7,943,547.7 t", 7943547.7, "=", "general cargo", None, KL_9M, "Klaipeda", KLP),
  ("6.9%", 6.9, "=", "container traffic", "rose", KL_9M, "Klaipeda", KLP),
  ("298,325 TEUs", 298325, "=", ["TEUs", "container traffic"], None, KL_9M, "Klaipeda", KLP),
  ("15.9%", 15.9, "=", ["number of passengers", "passengers"], "fell", KL_9M, "Klaipeda", KLP),
  ("235,662", 235662, "=", ["number of passengers", "passengers"], None, KL_9M, "Klaipeda", KLP),
  ("2.8 mln t", 2.8e6, "=", "cargo", None, KL_SEP, "Klaipeda", KLP),
  ("3.6 mln t", 3.6e6, "=", "cargo", None, KL_SEP, None, KLP),
  ("-6.4%", -6.4, "=", "cargo", None, KL_SEP, None, KLP),
  ("43.761 mln t", 43.761e6, "=", "cargo", None, "2012-01-01..2012-12-31", "Klaipeda", KLP)],
 ["January-September 2013"]),
("w-conflict-mali-mopti-2023", "The Nation (AFP)", "2023-01-14", "https://www.nation.com.pk/14-Jan-2023/troop-toll-from-mali-militant-clash-rises-to-14-dead", "conflict",
 "DAKAR - The Malian army said on Thursday that fourteen of its soldiers had died fighting militants earlier in the week, raising the toll of an attack claimed by an al-Qaeda affiliate. "
 "The clash began when an army unit ran into roadside bombs on the road linking Mopti and Segou, in the centre of the country. "
 "Its statement to AFP put the losses at 14 soldiers killed and 11 wounded, and said 31 \"terrorists\" had died. "
 "A day earlier, on Wednesday, army and police sources speaking anonymously had given a toll of at least 12 soldiers. "
 "In a claim authenticated by SITE, a US group that tracks radical movements, the al-Qaeda affiliate said five Wagner mercenaries and seven Malian soldiers died in its two-pronged attack in the Mopti region.",
 [("fourteen", 14, "=", "soldiers", "killed", None, "Mali", FAMA),
  ("14 soldiers", 14, "=", "soldiers", "killed", None, ["Mali"], FAMA),
  ("11 wounded", 11, "=", "soldiers", "injured", None, ["Mali"], FAMA),
  ("31", 31, "=", "terrorists", "killed", None, ["Mali"], FAMA),
  ("at least 12 soldiers", 12, ">=", "soldiers", None, "2023-01-11", "Mali", ["army and police sources", "sources"]),
  ("five Wagner mercenaries", 5, "=", ["Wagner mercenaries", "mercenaries"], "killed", None, "Mopti region", ["al-Qaeda affiliate", "affiliate"]),
  ("seven Malian soldiers", 7, "=", ["Malian soldiers", "soldiers"], "killed", None, "Mopti region", ["al-Qaeda affiliate", "affiliate"])],
 ["two-pronged"]),
]
