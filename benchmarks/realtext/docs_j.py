# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, eighth set: sixteen more rewritten reports across beats (Tanzanian, Peruvian, Thai, Greek,
Chilean, Portuguese, Malaysian, Moroccan, Scottish regional, New Zealand and Pakistani material),
annotated before the extractor was run on them and scored once (heldout8/README.md); not used to
shape rules.

Same tuple layout as docs_c.py .. docs_i.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout8/ by build.py."""
NBS = ["National Bureau of Statistics", "NBS", "the bureau"]
TZ_MAR20 = "2020-03-01..2020-03-31"
TZ_FEB20 = "2020-02-01..2020-02-29"
INEI = ["National Institute of Statistics and Information", "INEI"]
PE_JAN21 = "2021-01-01..2021-01-31"
PE_GOV = ["the government", "government"]
TH_MAY17 = "2017-05-01..2017-05-31"
TH_5M17 = "2017-01-01..2017-05-31"
TPSO = ["Pimchanok Vonkorpon", "Ms Pimchanok", "Trade Policy and Strategy Office", "Commerce Ministry"]
GR_4M16 = "2016-01-01..2016-04-30"
GR_MOF = ["Ministry of Finance", "the Ministry of Finance", "figures on budget execution"]
CL_DAY = "2021-11-21"
SERVEL = ["Servel", "Electoral Service", "the Electoral Service", "Servel tally", "Servel count"]
INTERCAMPUS = ["Intercampus", "Intercampus survey", "the Intercampus survey for Correio da Manhã and Jornal de Negócios"]
AXIMAGE = ["Aximage", "Aximage's poll", "Aximage's poll for O Jornal Económico"]
PT_IC = "2019-09-02..2019-09-11"
PT_AX = "2019-09-01..2019-09-08"
MY_Q1 = "2020-01-01..2020-03-31"
MY_Q1_19 = "2019-01-01..2019-03-31"
MAYBANK = ["Maybank", "Malayan Banking Bhd", "Malayan Banking Bhd (Maybank)", "the bank", "the lender"]
FARID = ["Datuk Abdul Farid Alias", "Abdul Farid Alias", "Group president and chief executive Datuk Abdul Farid Alias"]
MA_DAY = "2023-02-23"
TH_YTD = "2023-01-01..2023-06-07"
TH_JANMAY = "2023-01-01..2023-05-31"
DDC = ["Disease Control Department", "the department", "department"]
ANUCHA = ["Anucha Burapachaisri", "government spokesman Anucha Burapachaisri", "Anucha"]
GRAMPIAN = ["NHS Grampian", "NHS Grampian's weekly \"What We Did Last Week\" figures", "What We Did Last Week", "The statistics"]
GR_LASTWK = "2020-02-10..2020-02-16"
MOI = ["interior ministry", "the interior ministry", "statement", "a statement", "the statement"]
MONSALVE = ["Interior Undersecretary Manuel Monsalve", "Manuel Monsalve", "Monsalve"]
GR_DAY = "2016-08-17"
GR_24H = "2016-08-16..2016-08-17"
COAST_GUARD = ["the coast guard", "coast guard", "Greece's coast guard"]
TRC = ["Tanzania Railways Corporation", "TRC", "the Tanzania Railways Corporation (TRC)"]
PK_DAY = "2024-03-16"
PK_ARMY = ["Pakistan", "the military", "the army", "military", "army", "a statement"]

DOCS = [
("j-econ-tanzania-cpi-2020", "TanzaniaInvest (NBS release)", "2020-04-14", "https://www.tanzaniainvest.com/economy/inflation-march-2020", "economy",
 "DAR ES SALAAM — Tanzania's annual headline inflation eased to 3.4% in March 2020 from 3.7% in February 2020, the National Bureau of Statistics (NBS) said. "
 "The overall index stood at 120.20 in March 2020, against 116.23 a year earlier, in March 2019. "
 "Inflation for food and non-alcoholic beverages slowed to 5.3% in March from 5.9% in February, while the annual rate for food eaten at home and away from home dropped to 5.9% from 6.6%. "
 "The 12-month change in the index for non-food products slipped to 2.2% in March 2020 from 2.4% recorded in February 2020. "
 "Leaving out food and energy, annual inflation was 2.1% in March, compared with 2.2% in February. "
 "Month on month, the national consumer price index rose 1.1% between February and March 2020, matching the increase from January to February; the overall index climbed to 120.20 from 118.92 in February. "
 "Among the food items behind the monthly rise, the bureau said cassava flour rose 1.4%, sardines 3.9%, cooking oil 1.7% and vegetables 5.1%. "
 "Non-food contributors included charcoal (6.1%), furniture (1.3%), bicycles (2.4%) and maintenance and repair of personal transport equipment (2.2%).",
 [("3.4%", 3.4, "=", ["headline inflation", "annual headline inflation", "inflation"], None, TZ_MAR20, "Tanzania", NBS),
  ("3.7%", 3.7, "=", ["headline inflation", "annual headline inflation", "inflation"], None, TZ_FEB20, "Tanzania", NBS),
  ("120.20", 120.20, "=", ["overall index", "index"], None, TZ_MAR20, None, None),
  ("116.23", 116.23, "=", ["overall index", "index"], None, "2019-03-01..2019-03-31", None, None),
  ("5.3%", 5.3, "=", ["inflation for food and non-alcoholic beverages", "inflation", "food"], None, TZ_MAR20, None, None),
  ("5.9%", 5.9, "=", ["inflation for food and non-alcoholic beverages", "inflation", "food"], None, TZ_FEB20, None, None),
  ("5.9%", 5.9, "=", ["annual rate for food eaten at home and away from home", "annual rate", "rate"], None, TZ_MAR20, None, None, 1),
  ("6.6%", 6.6, "=", ["annual rate for food eaten at home and away from home", "annual rate", "rate"], None, TZ_FEB20, None, None),
  ("2.2%", 2.2, "=", ["12-month change in the index for non-food products", "change", "non-food products"], None, TZ_MAR20, None, None),
  ("2.4%", 2.4, "=", ["12-month change in the index for non-food products", "change", "non-food products"], None, TZ_FEB20, None, None),
  ("2.1%", 2.1, "=", ["annual inflation", "inflation"], None, TZ_MAR20, None, None),
  ("2.2%", 2.2, "=", ["annual inflation", "inflation"], None, TZ_FEB20, None, None, 1),
  ("1.1%", 1.1, "=", ["national consumer price index", "consumer price index", "index"], "rose", TZ_MAR20, None, None),
  ("120.20", 120.20, "=", ["overall index", "index"], None, TZ_MAR20, None, None, 1),
  ("118.92", 118.92, "=", ["overall index", "index"], None, TZ_FEB20, None, None),
  ("1.4%", 1.4, "=", "cassava flour", "rose", TZ_MAR20, None, NBS),
  ("3.9%", 3.9, "=", "sardines", "rose", TZ_MAR20, None, NBS),
  ("1.7%", 1.7, "=", "cooking oil", "rose", TZ_MAR20, None, NBS),
  ("5.1%", 5.1, "=", "vegetables", "rose", TZ_MAR20, None, NBS),
  ("6.1%", 6.1, "=", "charcoal", None, TZ_MAR20, None, None),
  ("1.3%", 1.3, "=", "furniture", None, TZ_MAR20, None, None),
  ("2.4%", 2.4, "=", "bicycles", None, TZ_MAR20, None, None, 1),
  ("2.2%", 2.2, "=", ["maintenance and repair of personal transport equipment", "maintenance and repair", "personal transport equipment"], None, TZ_MAR20, None, None, 2)],
 ["12-month"]),
("j-econ-peru-cpi-2021", "Globe Live Media", "2021-02-01", "https://globelivemedia.com/world/peru/peru-registers-the-steepest-inflation-in-almost-four-years-in-january/", "economy",
 "LIMA — Consumer prices in Peru climbed 0.74% in January, the largest monthly gain in almost four years, on the back of dearer food and fuel, the government said on Monday as the country contends with an outbreak of the coronavirus. "
 "No month had seen a bigger rise since March 2017, when the Consumer Price Index of Metropolitan Lima, the benchmark for inflation in Peru, advanced 1.30%. "
 "In January 2020, inflation had come to 0.05%. "
 "Food and beverages, which weigh most in the index, went up 1.43% in January, while fuel and home rents rose 1.11%, the National Institute of Statistics and Information (INEI) said in a statement. "
 "With the January reading, annualized inflation jumped to 2.68%, the INEI said. "
 "The Central Reserve Bank aims for annualized inflation of between 1% and 3%. "
 "Peru's economy shrank 11.6% last year under the blows of the pandemic, according to official projections, and inflation in 2020 was 1.97%, above the 1.90% price rise of the year before.",
 [("0.74%", 0.74, "=", ["consumer prices", "prices"], "rose", PE_JAN21, "Peru", PE_GOV),
  ("1.30%", 1.30, "=", ["Consumer Price Index of Metropolitan Lima", "Consumer Price Index", "index"], "rose", "2017-03-01..2017-03-31", None, None),
  ("0.05%", 0.05, "=", "inflation", None, "2020-01-01..2020-01-31", None, None),
  ("1.43%", 1.43, "=", ["food and beverages", "food"], "rose", PE_JAN21, None, INEI),
  ("1.11%", 1.11, "=", ["fuel and home rents", "fuel", "home rents"], "rose", PE_JAN21, None, INEI),
  ("2.68%", 2.68, "=", ["annualized inflation", "inflation"], None, PE_JAN21, None, INEI),
  ("between 1% and 3%", None, ("range", 1, 3), ["annualized inflation", "inflation"], None, None, None, ["Central Reserve Bank", "The Central Reserve Bank"]),
  ("11.6%", 11.6, "=", ["economy", "Peru's economy"], "fell", "2020-01-01..2020-12-31", "Peru", ["official projections"]),
  ("1.97%", 1.97, "=", "inflation", None, "2020-01-01..2020-12-31", None, None),
  ("1.90%", 1.90, "=", ["price rise", "inflation"], None, "2019-01-01..2019-12-31", None, None)],
 []),
("j-trade-thailand-exports-2017", "Bangkok Post", "2017-06-22", "http://bangkokpost.com/business/news/1273666/may-export-growth-at-52-month-peak", "trade",
 "BANGKOK — Thailand's export value grew 13.2% year-on-year in May to US$19.94 billion, the quickest pace in 52 months, and the country ran a trade surplus of $944 million. "
 "The gain reflected the continuing recovery of the world economy, which was lifting Thai shipments directly, Pimchanok Vonkorpon, director-general of the Commerce Ministry's Trade Policy and Strategy Office, said on Thursday. "
 "Farm and agro-industrial exports jumped 17.6% in May, a seventh monthly increase in a row. "
 "The ministry is sticking to its forecast of 5% export growth for this year, Ms Pimchanok said. "
 "Imports in May rose 18.2% to $19 billion, leaving the surplus at $944 million. "
 "Over the first five months of the year, exports were estimated at $93.26 billion, up 7.2%, the best showing in six years, while imports increased 15.2% to $88.21 billion, for a surplus of $5 billion. "
 "Shipments to major markets grew 15.2% and those to high-potential markets 20%, she said. "
 "Industrial exports climbed 12.8% to $15.6 billion in May, a third straight monthly rise. "
 "Sales to China rose 28.3%, and exports to secondary potential markets expanded 6.3%, led by the Middle East, up 11.7%, the highest in 38 months.",
 [("13.2%", 13.2, "=", ["export value", "exports", "Thailand's export value"], "rose", TH_MAY17, "Thailand", None),
  ("US$19.94 billion", 19.94e9, "=", ["export value", "exports", "Thailand's export value"], None, TH_MAY17, "Thailand", None),
  ("$944 million", 944e6, "=", ["trade surplus", "surplus"], None, TH_MAY17, "Thailand", None),
  ("17.6%", 17.6, "=", ["farm and agro-industrial exports", "exports"], "rose", TH_MAY17, None, None),
  ("5%", 5, "=", ["export growth", "forecast"], None, "2017-01-01..2017-12-31", None, ["The ministry", "Ms Pimchanok", "Commerce Ministry"]),
  ("18.2%", 18.2, "=", "imports", "rose", TH_MAY17, None, None),
  ("$19 billion", 19e9, "=", "imports", None, TH_MAY17, None, None),
  ("$944 million", 944e6, "=", ["trade surplus", "surplus"], None, TH_MAY17, None, None, 1),
  ("$93.26 billion", 93.26e9, "=", "exports", None, TH_5M17, None, None),
  ("7.2%", 7.2, "=", "exports", "rose", TH_5M17, None, None),
  ("15.2%", 15.2, "=", "imports", "rose", TH_5M17, None, None),
  ("$88.21 billion", 88.21e9, "=", "imports", None, TH_5M17, None, None),
  ("$5 billion", 5e9, "=", ["surplus", "trade surplus"], None, TH_5M17, None, None),
  ("15.2%", 15.2, "=", ["shipments to major markets", "shipments"], "rose", None, None, TPSO, 1),
  ("20%", 20, "=", ["shipments to high-potential markets", "shipments"], "rose", None, None, TPSO),
  ("12.8%", 12.8, "=", "industrial exports", "rose", TH_MAY17, None, None),
  ("$15.6 billion", 15.6e9, "=", "industrial exports", None, TH_MAY17, None, None),
  ("28.3%", 28.3, "=", ["sales to China", "sales"], "rose", None, "China", None),
  ("6.3%", 6.3, "=", ["exports to secondary potential markets", "exports"], "rose", None, None, None),
  ("11.7%", 11.7, "=", ["Middle East", "exports"], "rose", None, "Middle East", None)],
 []),
("j-fin-greece-primary-surplus-2016", "To Vima", "2016-05-19", "https://www.tovima.gr/2016/05/19/international/primary-surplus-at-2-4bn-euros-during-first-four-months-of-2016/", "public finance",
 "ATHENS — Greece's state budget showed a primary surplus of 2.376 billion euros for January to April 2016, well ahead of the initial goal of 560 million euros, according to figures on budget execution released by the Ministry of Finance. "
 "Ordinary budget revenue for the four months came to 14.107 billion euros, beating the target by 325 million euros. "
 "Spending totalled 16.167 billion euros, roughly 2.28 billion euros below what had been set.",
 [("2.376 billion euros", 2.376e9, "=", ["primary surplus", "surplus"], None, GR_4M16, "Greece", GR_MOF),
  ("560 million euros", 560e6, "=", ["goal", "initial goal", "primary surplus"], None, GR_4M16, None, GR_MOF),
  ("14.107 billion euros", 14.107e9, "=", ["ordinary budget revenue", "revenue", "budget revenue"], None, GR_4M16, None, None),
  ("325 million euros", 325e6, "=", ["ordinary budget revenue", "revenue", "target"], None, GR_4M16, None, None),
  ("16.167 billion euros", 16.167e9, "=", ["spending"], None, GR_4M16, None, None),
  ("roughly 2.28 billion euros", 2.28e9, "~", ["spending"], None, GR_4M16, None, None)],
 []),
("j-elec-chile-2021", "Newswep (live blog)", "2021-11-21", "https://newswep.com/the-results-of-the-presidential-elections-3/", "elections",
 "SANTIAGO — Live: Chile's presidential election. "
 "20:10 With 40.52% of polling tables counted, the latest Servel tally still has José Antonio Kast and Gabriel Boric in front and headed for a runoff, on 28.86% and 24.12% respectively. "
 "Franco Parisi follows on 13.67%, ahead of Yasna Provoste (12.52%), Sebastián Sichel (11.90%), Marco Enríquez-Ominami (7.53%) and Eduardo Artés (1.40%). "
 "20:00 At his campaign headquarters, Sichel concedes that his bid has fallen short of the second round; the Vamos por Más candidate adds that he will not back Boric and is open to talks with Kast. "
 "19:50 With 30.16% of tables counted, Kast keeps the lead on 29.05% and Boric has 23.83%; behind them come Parisi (13.73%), Provoste (12.75%), Sichel (11.79%), Enríquez-Ominami (7.46%) and Artés (1.39%). "
 "19:40 In its new official count, with 19.97% of polling stations at home and abroad tallied, the Electoral Service puts Kast, of the Christian Social Pact, ahead on 29.31% and Boric, of Apruebo Dignidad, on 23.47%. "
 "Parisi is third on 13.78%, then Provoste on 13.06%, Sichel on 11.72%, Enríquez-Ominami on 7.3% and Artés on 1.37%. "
 "19:20 A fresh Servel count keeps Boric and Kast at the top: with 10.86% of tables counted, Kast leads on 29.30% and Boric has 23.61%.",
 [("40.52%", 40.52, "=", ["polling tables", "tables"], None, CL_DAY, None, SERVEL),
  ("28.86%", 28.86, "=", None, None, CL_DAY, None, SERVEL),
  ("24.12%", 24.12, "=", None, None, CL_DAY, None, SERVEL),
  ("13.67%", 13.67, "=", None, None, CL_DAY, None, None),
  ("12.52%", 12.52, "=", None, None, CL_DAY, None, None),
  ("11.90%", 11.90, "=", None, None, CL_DAY, None, None),
  ("7.53%", 7.53, "=", None, None, CL_DAY, None, None),
  ("1.40%", 1.40, "=", None, None, CL_DAY, None, None),
  ("30.16%", 30.16, "=", ["tables", "polling tables"], None, CL_DAY, None, None),
  ("29.05%", 29.05, "=", None, None, CL_DAY, None, None),
  ("23.83%", 23.83, "=", None, None, CL_DAY, None, None),
  ("13.73%", 13.73, "=", None, None, CL_DAY, None, None),
  ("12.75%", 12.75, "=", None, None, CL_DAY, None, None),
  ("11.79%", 11.79, "=", None, None, CL_DAY, None, None),
  ("7.46%", 7.46, "=", None, None, CL_DAY, None, None),
  ("1.39%", 1.39, "=", None, None, CL_DAY, None, None),
  ("19.97%", 19.97, "=", ["polling stations", "stations"], None, CL_DAY, None, SERVEL),
  ("29.31%", 29.31, "=", None, None, CL_DAY, None, SERVEL),
  ("23.47%", 23.47, "=", None, None, CL_DAY, None, SERVEL),
  ("13.78%", 13.78, "=", None, None, CL_DAY, None, None),
  ("13.06%", 13.06, "=", None, None, CL_DAY, None, None),
  ("11.72%", 11.72, "=", None, None, CL_DAY, None, None),
  ("7.3%", 7.3, "=", None, None, CL_DAY, None, None),
  ("1.37%", 1.37, "=", None, None, CL_DAY, None, None),
  ("10.86%", 10.86, "=", ["tables", "polling tables"], None, CL_DAY, None, SERVEL),
  ("29.30%", 29.30, "=", None, None, CL_DAY, None, SERVEL),
  ("23.61%", 23.61, "=", None, None, CL_DAY, None, SERVEL)],
 ["20:10", "20:00", "19:50", "19:40", "19:20"]),
("j-poll-portugal-2019", "The Portugal News", "2019-09-13", "https://www.theportugalnews.com/news/polls-show-socialists-would-win-election/51292", "poll",
 "LISBON — The Socialist Party (PS) would win the 6 October legislative elections without an absolute majority, while the Social Democrats (PSD) would suffer their worst result ever, according to polls published by Correio da Manhã/Jornal de Negócios and by Jornal Económico. "
 "The Intercampus survey for Correio da Manhã and Jornal de Negócios gives the PS 37.9 percent of the vote and 114 seats, two MPs short of a majority, and puts the PSD on 23.6 percent and 67 MPs, the party's poorest showing in a general election. "
 "The Left Bloc would take 9.8 percent (18 deputies), the Communist-led CDU 8.6 percent (16), the CDS-PP 6.3 percent (16) and People-Animals-Nature (PAN) 5.2 percent (six MPs). "
 "Intercampus conducted 801 telephone interviews in mainland Portugal between 2 September and 11 September, with a margin of error of 3.5 percent. "
 "Aximage's poll for O Jornal Económico shows the PS stretching its lead over the PSD while still falling short of a majority: the Socialists would get 38.4 percent and the PSD 20.6 percent. "
 "In that survey PAN overtakes the CDS-PP, on 4.9 percent against 4.6 percent, the Left Bloc comes third with 10.2 percent and the CDU has 5.4 percent. "
 "Aximage's sample was 985 telephone interviews carried out from 1 to 8 September, and its margin of error is 3.10 percent.",
 [("37.9 percent", 37.9, "=", ["PS", "vote", "Socialist Party"], None, PT_IC, None, INTERCAMPUS),
  ("114 seats", 114, "=", "seats", None, PT_IC, None, INTERCAMPUS),
  ("two MPs", 2, "=", ["MPs", "seats"], None, PT_IC, None, INTERCAMPUS),
  ("23.6 percent", 23.6, "=", ["PSD", "vote"], None, PT_IC, None, INTERCAMPUS),
  ("67 MPs", 67, "=", ["MPs", "seats"], None, PT_IC, None, INTERCAMPUS),
  ("9.8 percent", 9.8, "=", ["Left Bloc", "vote"], None, PT_IC, None, None),
  ("18 deputies", 18, "=", ["deputies", "seats"], None, PT_IC, None, None),
  ("8.6 percent", 8.6, "=", ["CDU", "vote"], None, PT_IC, None, None),
  ("(16)", 16, "=", ["deputies", "seats"], None, PT_IC, None, None),
  ("6.3 percent", 6.3, "=", ["CDS-PP", "vote"], None, PT_IC, None, None),
  ("(16)", 16, "=", ["deputies", "seats"], None, PT_IC, None, None, 1),
  ("5.2 percent", 5.2, "=", ["PAN", "vote", "People-Animals-Nature"], None, PT_IC, None, None),
  ("six MPs", 6, "=", ["MPs", "seats"], None, PT_IC, None, None),
  ("801 telephone interviews", 801, "=", ["telephone interviews", "interviews"], None, PT_IC, ["mainland Portugal", "Portugal"], INTERCAMPUS),
  ("3.5 percent", 3.5, "=", ["margin of error"], None, PT_IC, None, INTERCAMPUS),
  ("38.4 percent", 38.4, "=", ["Socialists", "PS", "vote"], None, PT_AX, None, AXIMAGE),
  ("20.6 percent", 20.6, "=", ["PSD", "vote"], None, PT_AX, None, AXIMAGE),
  ("4.9 percent", 4.9, "=", ["PAN", "vote"], None, PT_AX, None, AXIMAGE),
  ("4.6 percent", 4.6, "=", ["CDS-PP", "vote"], None, PT_AX, None, AXIMAGE),
  ("10.2 percent", 10.2, "=", ["Left Bloc", "vote"], None, PT_AX, None, AXIMAGE),
  ("5.4 percent", 5.4, "=", ["CDU", "vote"], None, PT_AX, None, AXIMAGE),
  ("985 telephone interviews", 985, "=", ["telephone interviews", "interviews"], None, PT_AX, None, AXIMAGE),
  ("3.10 percent", 3.10, "=", ["margin of error"], None, PT_AX, None, AXIMAGE)],
 []),
("j-biz-maybank-q1-2020", "Malay Mail", "2020-05-21", "https://www.malaymail.com/news/money/2020/05/21/maybank-q1-net-profit-rises-13.3pc-to-rm2.05b/1868257", "company results",
 "KUALA LUMPUR, May 21 — Malayan Banking Bhd (Maybank) earned a net profit of RM2.05 billion in the first quarter ended March 31, 2020 (Q1 2020), up 13.3 per cent from RM1.81 billion in the same quarter a year earlier. "
 "Revenue rose to RM13.22 billion from RM12.98 billion, the lender said in a filing to Bursa Malaysia today. "
 "Net fund-based income edged up 0.9 per cent, net fee-based income jumped 53.2 per cent and net operating income grew to RM6.72 billion, said the bank, Malaysia's largest by assets. "
 "Return on equity came to 10.6 per cent, and earnings per share were 18.2 sen, up 11.4 per cent from 16.4 sen a year before. "
 "Group president and chief executive Datuk Abdul Farid Alias said the quarter was no guide to the rest of the year: the biggest contribution had come from selling down liquid assets and fixed-income holdings above their optimal level, which raised net fee-based income by 53.2 per cent and net operating income by 14.7 per cent.",
 [("RM2.05 billion", 2.05e9, "=", "net profit", None, MY_Q1, None, MAYBANK),
  ("13.3 per cent", 13.3, "=", "net profit", "rose", MY_Q1, None, MAYBANK),
  ("RM1.81 billion", 1.81e9, "=", "net profit", None, MY_Q1_19, None, MAYBANK),
  ("RM13.22 billion", 13.22e9, "=", "revenue", None, MY_Q1, None, MAYBANK),
  ("RM12.98 billion", 12.98e9, "=", "revenue", None, MY_Q1_19, None, MAYBANK),
  ("0.9 per cent", 0.9, "=", ["net fund-based income", "income"], "rose", MY_Q1, None, MAYBANK),
  ("53.2 per cent", 53.2, "=", ["net fee-based income", "income"], "rose", MY_Q1, None, MAYBANK),
  ("RM6.72 billion", 6.72e9, "=", ["net operating income", "income"], None, MY_Q1, None, MAYBANK),
  ("10.6 per cent", 10.6, "=", "return on equity", None, MY_Q1, None, None),
  ("18.2 sen", 18.2, "=", "earnings per share", None, MY_Q1, None, None),
  ("11.4 per cent", 11.4, "=", "earnings per share", "rose", MY_Q1, None, None),
  ("16.4 sen", 16.4, "=", "earnings per share", None, MY_Q1_19, None, None),
  ("53.2 per cent", 53.2, "=", ["net fee-based income", "income"], "rose", MY_Q1, None, FARID, 1),
  ("14.7 per cent", 14.7, "=", ["net operating income", "income"], "rose", MY_Q1, None, FARID)],
 []),
("j-mkt-casablanca-2023", "MAP (via maroc.ma)", "2023-02-23", "https://www.maroc.ma/en/news/casablanca-stock-exchange-closes-green-0", "markets",
 "CASABLANCA — The Casablanca Stock Exchange finished Thursday's session higher, its flagship MASI index up 0.36% at 10,663.22 points (pts). "
 "The MASI.20, which follows the 20 most liquid stocks, gained 0.56% to 854.34 pts, and the MASI.ESG, made up of the companies with the top ESG ratings published by Moody's ESG Solutions, added 0.04% to 805.8 pts. "
 "The FTSE CSE Morocco 15, built from the bourse's 15 biggest stocks by market capitalisation, climbed 0.79% to 9,784.83 pts, while the FTSE CSE Morocco All-Liquid, a benchmark of all liquid shares on the exchange, rose 0.66% to 8,896.49 pts. "
 "(MAP, 23 February 2023)",
 [("0.36%", 0.36, "=", ["MASI", "MASI index", "flagship MASI index"], "rose", MA_DAY, None, None),
  ("10,663.22 points", 10663.22, "=", ["MASI", "MASI index", "flagship MASI index"], None, MA_DAY, None, None),
  ("0.56%", 0.56, "=", "MASI.20", "rose", MA_DAY, None, None),
  ("854.34 pts", 854.34, "=", "MASI.20", None, MA_DAY, None, None),
  ("0.04%", 0.04, "=", "MASI.ESG", "rose", MA_DAY, None, None),
  ("805.8 pts", 805.8, "=", "MASI.ESG", None, MA_DAY, None, None),
  ("0.79%", 0.79, "=", ["FTSE CSE Morocco 15", "Morocco 15"], "rose", MA_DAY, None, None),
  ("9,784.83 pts", 9784.83, "=", ["FTSE CSE Morocco 15", "Morocco 15"], None, MA_DAY, None, None),
  ("0.66%", 0.66, "=", ["FTSE CSE Morocco All-Liquid", "All-Liquid"], "rose", MA_DAY, None, None),
  ("8,896.49 pts", 8896.49, "=", ["FTSE CSE Morocco All-Liquid", "All-Liquid"], None, MA_DAY, None, None)],
 ["20 most liquid stocks", "15 biggest stocks", "MASI.20", "Morocco 15"]),
("j-health-thailand-dengue-2023", "The Nation (Thailand)", "2023-06-20", "https://nationthailand.com/thailand/general/40028683", "health",
 "BANGKOK — Thailand's dengue outbreak may get worse this year, the Disease Control Department fears, after deaths rose to 17 and infections passed 19,000 early this month, government spokesman Anucha Burapachaisri said on Tuesday. "
 "Hospitals across the country logged 19,503 dengue cases and 17 deaths between January 1 and June 7, according to the department. "
 "Its earlier update, covering January to May, had counted 15 deaths and 18,173 cases. "
 "Case numbers are high even before the rainy season, and the situation is likely to deteriorate once the rains set in, Anucha said. "
 "This year's caseload is 3.8 times that of the same period last year, the department said. "
 "Children aged 5 to 14 make up the largest group of patients, followed by people aged 15 to 24. "
 "Cases have been found in 348 districts in 71 provinces. "
 "Over the past four weeks, the provinces of Trat, Nan, Chanthaburi, Mae Hong Son and Satun have reported the most cases.",
 [("rose to 17", 17, "=", "deaths", "killed", TH_YTD, "Thailand", ANUCHA),
  ("19,000", 19000, ">", "infections", "infected", TH_YTD, "Thailand", ANUCHA),
  ("19,503 dengue cases", 19503, "=", ["dengue cases", "cases"], None, TH_YTD, None, DDC),
  ("17 deaths", 17, "=", "deaths", "killed", TH_YTD, None, DDC),
  ("15 deaths", 15, "=", "deaths", "killed", TH_JANMAY, None, DDC),
  ("18,173 cases", 18173, "=", "cases", None, TH_JANMAY, None, DDC),
  ("3.8 times", 3.8, "=", ["caseload", "cases"], None, "2023-01-01..2023-06-20", None, DDC),
  ("348 districts", 348, "=", "districts", None, None, None, None),
  ("71 provinces", 71, "=", "provinces", None, None, None, None)],
 ["aged 5 to 14", "aged 15 to 24", "four weeks"]),
("j-health-grampian-ae-2020", "Evening Express", "2020-02-18", "https://www.eveningexpress.co.uk/fp/news/local/more-than-90-of-north-east-ae-patients-seen-within-four-hours/", "health",
 "ABERDEEN — More than 90% of emergency patients at north-east hospitals were seen, admitted or discharged within four hours last week, according to NHS Grampian's weekly \"What We Did Last Week\" figures. "
 "The statistics show that over 1,500 people went to casualty departments at Aberdeen Royal Infirmary (ARI), the Royal Aberdeen Children's Hospital (RACH) and Dr Gray's Hospital in Elgin from January 10 to January 26. "
 "At ARI, the busiest of the three, more than 1,000 people came to A&E during the week, and 90.6% of them were seen or discharged within four hours of arriving, up 2% on the week before. "
 "Close to 400 operations were carried out at the Aberdeen hospital over the week, 97 of them emergencies. "
 "It saw 8,371 outpatients, and a further 451 people could have been seen had patients kept their appointments. "
 "At RACH, 284 people came to the emergency department, and 97.9% in all were assessed and moved on within four hours; more than 20 emergency procedures followed. "
 "Almost 900 patients attended the children's hospital's outpatient department, but 4% of children were not brought to their booked appointments. "
 "At Dr Gray's, just 467 people were seen in the emergency department over the week, and more than 91% of patients were admitted or discharged within four hours.",
 [("More than 90%", 90, ">", ["emergency patients", "patients"], None, GR_LASTWK, ["north-east hospitals", "north-east"], GRAMPIAN),
  ("over 1,500 people", 1500, ">", "people", None, "2020-01-10..2020-01-26", None, GRAMPIAN),
  ("more than 1,000 people", 1000, ">", "people", None, None, ["ARI", "Aberdeen Royal Infirmary"], None),
  ("90.6%", 90.6, "=", ["people", "patients"], None, None, ["ARI", "Aberdeen Royal Infirmary"], None),
  ("up 2%", 2, "=", None, "rose", None, ["ARI", "Aberdeen Royal Infirmary"], None),
  ("Close to 400 operations", 400, "nearly", "operations", None, None, ["Aberdeen hospital", "ARI"], None),
  ("97 of them", 97, "=", ["operations", "emergencies"], None, None, ["Aberdeen hospital", "ARI"], None),
  ("8,371 outpatients", 8371, "=", "outpatients", None, None, None, None),
  ("451 people", 451, "=", "people", None, None, None, None),
  ("284 people", 284, "=", "people", None, None, ["RACH", "Royal Aberdeen Children's Hospital"], None),
  ("97.9%", 97.9, "=", ["people", "patients"], None, None, ["RACH", "Royal Aberdeen Children's Hospital"], None),
  ("more than 20 emergency procedures", 20, ">", ["emergency procedures", "procedures"], None, None, ["RACH", "Royal Aberdeen Children's Hospital"], None),
  ("Almost 900 patients", 900, "nearly", "patients", None, None, None, None),
  ("4% of children", 4, "=", "children", None, None, None, None),
  ("467 people", 467, "=", "people", None, None, ["Dr Gray's", "Dr Gray's Hospital"], None),
  ("more than 91%", 91, ">", "patients", None, None, ["Dr Gray's", "Dr Gray's Hospital"], None)],
 ["four hours", "the three"]),
("j-disaster-morocco-quake-2023", "Indian Politics (interior ministry statement)", "2023-09-09", "https://www.indianpolitics.co.in/morocco-earthquake-death-toll-tops-2000/", "disasters",
 "RABAT — The toll from Friday's earthquake in Morocco has risen to 2,012 dead and 2,059 injured, the interior ministry said in a statement. "
 "Of the injured, 1,404 are in a serious condition, according to the statement. "
 "Deaths were recorded in nine provinces and prefectures. "
 "Al Haouz province was hit hardest, with 1,293 dead, followed by Taroudant, where 452 deaths were registered. "
 "People were also killed in Agadir, Azilal, Grand Casablanca, Marrakesh, Tinghir, Ouarzazate and Youssoufia, as well as in other towns and districts. "
 "The magnitude 7 quake struck at 11:11 p.m. local time on Friday, according to Morocco's National Geophysical Institute; its centre lay in the district of Ighil, in Al Haouz province in the Marrakesh-Safi region, at a depth of 8 kilometers. "
 "King Mohammed VI ordered immediate help for everyone left without a home, and three days of mourning were declared.",
 [("2,012 dead", 2012, "=", ["dead", "people"], "killed", None, "Morocco", MOI),
  ("2,059 injured", 2059, "=", ["injured", "people"], "injured", None, "Morocco", MOI),
  ("1,404", 1404, "=", ["injured", "people"], "injured", None, None, MOI),
  ("nine provinces and prefectures", 9, "=", ["provinces and prefectures", "provinces"], None, None, None, None),
  ("1,293 dead", 1293, "=", ["dead", "people"], "killed", None, ["Al Haouz", "Al Haouz province"], None),
  ("452 deaths", 452, "=", "deaths", "killed", None, "Taroudant", None)],
 ["magnitude 7", "11:11 p.m.", "8 kilometers", "three days"]),
("j-disaster-chile-fires-2024", "Las Palomas TV (Spanish)", "2024-02-04", "https://laspalomastv.com/2024/02/aumentan-112-los-fallecidos-en-los.html", "climate",
 "VIÑA DEL MAR, Chile — Forest fires in Chile's Valparaíso region have killed 112 people, Interior Undersecretary Manuel Monsalve said, and so far only 32 of the victims have been identified. "
 "Around 40,000 people have been affected by the destruction of homes, and an estimated 12,122 dwellings in Viña del Mar and 2,700 in Quilpué have been affected. "
 "President Gabriel Boric called it the country's \"greatest tragedy\" since the 2010 earthquake. "
 "Some of the blazes are suspected to have been set on purpose, and officials say they are determined to track down and punish whoever was responsible. "
 "Curfews in some areas have been brought forward to make rescue and evacuation work easier.",
 [("112 people", 112, "=", "people", "killed", None, ["Valparaíso region", "Valparaíso", "Chile's Valparaíso region"], MONSALVE),
  ("32 of the victims", 32, "=", "victims", None, None, None, MONSALVE),
  ("Around 40,000 people", 40000, "~", "people", "affected", None, None, None),
  ("12,122 dwellings", 12122, "=", "dwellings", "affected", None, "Viña del Mar", None),
  ("2,700", 2700, "=", "dwellings", "affected", None, "Quilpué", None)],
 ["2010 earthquake"]),
("j-mig-greece-aegean-2016", "Associated Press (via DTN)", "2016-08-17", "https://www.dtnpf.com/agriculture/web/ag/news/world-policy/article/2016/08/17/greece-coast-guard-rescues-59", "migration",
 "ATHENS, Greece (AP) -- Two patrol boats of Greece's coast guard rescued 59 migrants from an inflatable dinghy in rough seas off the eastern island of Kos early Wednesday, the coast guard said. "
 "They were among 147 people who reached three islands in the 24 hours from Tuesday morning to Wednesday morning. "
 "Of the rest, 44 landed on the small island of Kalymnos and another 44 were rescued by the coast guard from a second inflatable off Lesbos. "
 "Lying close to the Turkish coast, the Greek islands have been the chief way into the European Union for hundreds of thousands of migrants and refugees seeking better lives in Europe, above all in its wealthier central and northern countries. "
 "A deal between the EU and Turkey and the closing of Balkan borders have sharply cut the flow through the country this year; under the agreement, people newly arriving on the islands face being sent back to Turkey unless their asylum claims in Greece succeed. "
 "Because of it, more than 57,600 people are stuck in Greece, over 10,700 of them on eastern Aegean islands, many in crowded camps filled far beyond capacity, especially on Chios, Lesbos and Samos. "
 "Save the Children says about 3,800 children are among those stranded on the islands.",
 [("59 migrants", 59, "=", "migrants", "rescued", GR_DAY, "Kos", COAST_GUARD),
  ("147 people", 147, "=", "people", "arrived", GR_24H, None, None),
  ("three islands", 3, "=", "islands", None, GR_24H, None, None),
  ("44 landed", 44, "=", ["people", "migrants"], "arrived", GR_24H, "Kalymnos", None),
  ("another 44", 44, "=", ["people", "migrants"], "rescued", GR_24H, "Lesbos", COAST_GUARD),
  ("hundreds of thousands of migrants", None, ("vague", 200000, 1000000), ["migrants", "migrants and refugees"], None, None, None, None),
  ("more than 57,600 people", 57600, ">", "people", None, None, "Greece", None),
  ("over 10,700", 10700, ">", "people", None, None, "eastern Aegean islands", None),
  ("about 3,800 children", 3800, "~", "children", None, None, "islands", "Save the Children")],
 ["Two patrol boats", "24 hours", "a second inflatable"]),
("j-sport-all-blacks-wallabies-2021", "The Rugby Paper", "2021-08-15", "http://www.pressreader.com/uk/the-rugby-paper/20210815/282389812551034", "sport",
 "AUCKLAND — Ian Foster's All Blacks kept hold of the Bledisloe Cup for a 19th year running by routing their old rivals 57-22 at Eden Park. "
 "New Zealand's 57 points, from eight tries, were the most they have ever put past the Wallabies, beating the 54 they scored in 2017. "
 "Only 25,121 spectators turned up at the 50,000-seat national stadium, leaving it half empty. "
 "New Zealand have not lost at Eden Park since 1994, when France beat them 22-8. "
 "The cheapest tickets cost $NZ80 (£40.64) and the dearest $NZ220 (£111.76). "
 "The hosts were away after just three minutes, when Rieko Ioane intercepted a pass from Noah Lolesio and raced clear from his own 22 to open the scoring. "
 "Later, No.8 Ardie Savea drove over from close range for his 13th try for the All Blacks, pushing the lead out to 13 points.",
 [("57 points", 57, "=", "points", None, None, None, None),
  ("eight tries", 8, "=", "tries", None, None, None, None),
  ("54", 54, "=", "points", None, "2017-01-01..2017-12-31", None, None),
  ("25,121 spectators", 25121, "=", "spectators", None, None, "Eden Park", None),
  ("$NZ80", 80, "=", ["tickets", "cheapest tickets"], None, None, None, None),
  ("£40.64", 40.64, "=", ["tickets", "cheapest tickets"], None, None, None, None),
  ("$NZ220", 220, "=", ["tickets", "dearest"], None, None, None, None),
  ("£111.76", 111.76, "=", ["tickets", "dearest"], None, None, None, None),
  ("13 points", 13, "=", ["lead", "points"], None, None, None, None)],
 ["57-22", "22-8", "19th year", "50,000-seat", "three minutes", "own 22", "No.8", "13th try"]),
("j-transport-tanzania-sgr-2024", "Standard Daily Press", "2024-11-30", "https://standarddailypress.com/tanzanias-sgr-electric-trains-hit-1m-passengers", "transport",
 "DAR ES SALAAM — More than 1 million passengers have travelled on Tanzania's electric standard gauge railway (SGR) between Dar es Salaam, Morogoro and Dodoma in just four months of service, the Tanzania Railways Corporation (TRC) says, twice the yearly number the old metre gauge railway (MGR) carried on the same routes. "
 "Fredy Mwanjala, who heads TRC's communications unit, gave the figures in a briefing to Parliament's standing committee on public investments. "
 "President Samia Suluhu Hassan launched the service on 1 August, after trial commercial runs in July. "
 "When finished, the SGR will stretch 1,596 km from Dar es Salaam to Mwanza. "
 "To move more freight, TRC expects 264 cargo wagons in December from China's CRRC Qiqihar Rolling Stock Co., Ltd.: 200 for containers and 64 for loose cargo, part of a larger order of 1,430 wagons.",
 [("More than 1 million passengers", 1e6, ">", "passengers", None, "2024-08-01..2024-11-30", None, TRC + ["Fredy Mwanjala"]),
  ("1,596 km", 1596, "=", ["SGR", "railway"], None, None, None, None),
  ("264 cargo wagons", 264, "=", ["cargo wagons", "wagons"], None, None, None, TRC),
  ("200 for containers", 200, "=", ["wagons", "cargo wagons"], None, None, None, TRC),
  ("64 for loose cargo", 64, "=", ["wagons", "cargo wagons"], None, None, None, TRC),
  ("1,430 wagons", 1430, "=", "wagons", None, None, None, TRC)],
 ["four months", "twice"]),
("j-conflict-north-waziristan-2024", "RFE/RL", "2024-03-16", "https://rferl.org/amp/pakistan-waziristan-militants-attack-base/32864213.html", "conflict",
 "Pakistan says militants killed seven soldiers and wounded 17 in an attack on a large army post in the restive North Waziristan district near the Afghan border on March 16. "
 "The attackers drove an explosives-laden vehicle into the post and then set off several suicide bombs, bringing down part of a building, the military said in a statement. "
 "Residents of North Waziristan, in Khyber Pakhtunkhwa province, said a loud blast shook doors and damaged windows at about 6.15 a.m. local time. "
 "According to the army, five soldiers died in the truck bombing and two officers in the gunfight that followed. "
 "All six attackers were killed, and a clearance operation in the area was still going on, it said. "
 "The army did not name the group behind the attack, but a newly formed militant outfit, Jaish-e Fursan-e Muhammad, said it had carried out the assault.",
 [("seven soldiers", 7, "=", "soldiers", "killed", PK_DAY, "North Waziristan", PK_ARMY),
  ("wounded 17", 17, "=", "soldiers", "injured", PK_DAY, "North Waziristan", PK_ARMY),
  ("five soldiers", 5, "=", "soldiers", "killed", PK_DAY, "North Waziristan", PK_ARMY),
  ("two officers", 2, "=", "officers", "killed", PK_DAY, "North Waziristan", PK_ARMY),
  ("six attackers", 6, "=", "attackers", "killed", PK_DAY, "North Waziristan", PK_ARMY)],
 ["6.15 a.m."]),
]
