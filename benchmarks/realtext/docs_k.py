# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, ninth set: sixteen more rewritten reports across beats (Romanian, Sri Lankan, Jamaican,
Norwegian and Filipino material), annotated before the extractor was run on them and scored once
(heldout9/README.md); not used to shape rules.

Same tuple layout as docs_c.py .. docs_j.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout9/ by build.py."""
INS = ["National Institute of Statistics", "INS", "National Institute of Statistics (INS)"]
RO_FEB21 = "2021-02-01..2021-02-28"
RO_JAN21 = "2021-01-01..2021-01-31"
RO_12M = "2020-03-01..2021-02-28"
BNR = ["National Bank of Romania", "The National Bank of Romania", "the central bank"]
DCS = ["Department of Census and Statistics", "the Department of Census and Statistics"]
LK_SEP18 = "2018-09-01..2018-09-30"
LK_AUG18 = "2018-08-01..2018-08-31"
JM_9M = "2019-04-01..2019-12-31"
JM_MOF = ["Ministry of Finance and the Public Service", "Central Government Operations tables", "JN Fund Managers"]
JM_FY = "2015-04-01..2016-03-31"
PHILIPS = ["Dr Peter Philips", "Peter Philips", "Finance and Planning Minister Dr Peter Philips", "Minister"]
RO_R1 = "2024-11-24"
AEP = ["Permanent Electoral Authority", "the Permanent Electoral Authority", "Agerpres"]
NO_FEB17 = "2017-02-01..2017-02-28"
NO_JAN17 = "2017-01-01..2017-01-31"
EQ_Q3 = "2020-07-01..2020-09-30"
EQUINOR = ["Equinor", "Equinor ASA", "the company", "company"]
SAETRE = ["Eldar Sætre", "Sætre", "President and CEO of Equinor ASA"]
CSE_DAY = "2024-03-07"
CSE = ["CSE data", "CSE", "Colombo Stock Exchange", "local media"]
JM_YTD = "2023-01-01..2023-11-08"
MOHW = ["Ministry of Health and Wellness", "the Ministry of Health and Wellness", "the ministry", "ministry"]
LK_YTD19 = "2019-01-01..2019-07-17"
EPI = ["Epidemiology Unit", "the Epidemiology Unit", "sources at the Epidemiology Unit", "the epidemiologists", "epidemiologists"]
DMC = ["Disaster Management Center", "DMC", "the DMC", "Disaster Management Center (DMC)"]
UDI = ["Directorate of Immigration", "UDI", "the Directorate of Immigration (UDI)"]
JM_DAY2 = "2024-06-28"
NO_SEP21 = "2021-09-01..2021-09-30"
PH_DAY = "2018-03-08"
ENCINAS = ["Army Capt. Arvin Encinas", "Arvin Encinas", "Encinas", "a military spokesman", "military spokesman"]

DOCS = [
("k-econ-romania-cpi-2021", "Agerpres (via Romania Press)", "2021-03-11", "http://www.romaniapress.com/news=125971", "economy",
 "BUCHAREST — Romania's annual inflation rate edged up to 3.2 percent in February from 2.99 in January, according to figures the National Institute of Statistics (INS) released on Thursday. "
 "Prices of non-food goods rose 3.8 percent year on year, food prices 2.7 percent and services 2.32 percent. "
 "Measured on the Harmonized Index of Consumer Prices (HICP), the annual rate was 2.5 percent. "
 "Over the last 12 months (March 2020 - February 2021), the average rate of consumer prices set against the 12 months before (March 2019 - February 2020) came to 2.6 percent on the CPI and 2.1 percent on the HICP, the INS said. "
 "The National Bank of Romania projects inflation of 2 percent at the end of Q1 this year, 2.2 percent at the end of Q2 and 2.4 percent at the end of Q3 2021, and puts the rate at the end of the year at 2.5 percent.",
 [("3.2 percent", 3.2, "=", ["annual inflation rate", "inflation rate", "inflation"], None, RO_FEB21, "Romania", INS),
  ("2.99", 2.99, "=", ["annual inflation rate", "inflation rate", "inflation"], None, RO_JAN21, "Romania", INS),
  ("3.8 percent", 3.8, "=", ["prices of non-food goods", "non-food goods", "prices"], "rose", RO_FEB21, None, None),
  ("2.7 percent", 2.7, "=", ["food prices", "food"], "rose", RO_FEB21, None, None),
  ("2.32 percent", 2.32, "=", "services", "rose", RO_FEB21, None, None),
  ("2.5 percent", 2.5, "=", ["annual rate", "rate", "Harmonized Index of Consumer Prices"], None, RO_FEB21, None, None),
  ("2.6 percent", 2.6, "=", ["average rate of consumer prices", "average rate", "consumer prices"], None, RO_12M, None, INS),
  ("2.1 percent", 2.1, "=", ["average rate of consumer prices", "average rate", "consumer prices"], None, RO_12M, None, INS),
  ("inflation of 2 percent", 2, "=", "inflation", None, "2021-03-31", None, BNR),
  ("2.2 percent", 2.2, "=", "inflation", None, "2021-06-30", None, BNR),
  ("2.4 percent", 2.4, "=", "inflation", None, "2021-09-30", None, BNR),
  ("2.5 percent", 2.5, "=", ["rate", "inflation"], None, "2021-12-31", None, BNR, 1)],
 []),
("k-econ-srilanka-ccpi-2018", "News.lk (Department of Census and Statistics)", "2018-10-01", "https://news.lk/economy/item/22489-inflation-in-sri-lanka-capital-colombo-eases-to-4-3-percent-in-september-2018", "economy",
 "COLOMBO — Inflation in Sri Lanka, which tracks movements in the Colombo Consumers' Price Index (CCPI), eased to 4.3 percent in September 2018 from 5.4 percent in January 2018, the Department of Census and Statistics reported. "
 "The all-items CCPI stood at 124.9 in September, down 0.70 percent from 125.8 in August 2018, as food items fell 1.05 percent while non-food items rose 0.34 percent. "
 "Year-on-year inflation of the food group slowed from 7.5 percent in August 2018 to 2.3 percent in September 2018, whereas for the non-food group it picked up from 5.1 percent in August to 5.3 percent in September. "
 "On a year-to-year basis, food commodities contributed 0.68 percent to inflation in September 2018 and non-food items 3.67 percent. "
 "Measured as a moving average, inflation was 5.4 percent for September 2018, against 5.6 percent for August.",
 [("4.3 percent", 4.3, "=", "inflation", None, LK_SEP18, "Sri Lanka", DCS),
  ("5.4 percent", 5.4, "=", "inflation", None, "2018-01-01..2018-01-31", "Sri Lanka", DCS),
  ("124.9", 124.9, "=", ["all-items CCPI", "CCPI", "index"], None, LK_SEP18, None, None),
  ("0.70 percent", 0.70, "=", ["all-items CCPI", "CCPI", "index"], "fell", LK_SEP18, None, None),
  ("125.8", 125.8, "=", ["all-items CCPI", "CCPI", "index"], None, LK_AUG18, None, None),
  ("1.05 percent", 1.05, "=", "food items", "fell", LK_SEP18, None, None),
  ("0.34 percent", 0.34, "=", "non-food items", "rose", LK_SEP18, None, None),
  ("7.5 percent", 7.5, "=", ["year-on-year inflation of the food group", "inflation", "food group"], None, LK_AUG18, None, None),
  ("2.3 percent", 2.3, "=", ["year-on-year inflation of the food group", "inflation", "food group"], None, LK_SEP18, None, None),
  ("5.1 percent", 5.1, "=", ["non-food group", "inflation"], None, LK_AUG18, None, None),
  ("5.3 percent", 5.3, "=", ["non-food group", "inflation"], None, LK_SEP18, None, None),
  ("0.68 percent", 0.68, "=", ["food commodities", "inflation"], None, LK_SEP18, None, None),
  ("3.67 percent", 3.67, "=", ["non-food items", "inflation"], None, LK_SEP18, None, None),
  ("5.4 percent", 5.4, "=", ["inflation", "moving average"], None, LK_SEP18, None, None, 1),
  ("5.6 percent", 5.6, "=", ["inflation", "moving average"], None, LK_AUG18, None, None)],
 []),
("k-fin-jamaica-fiscal-2019", "JN Fund Managers", "2020-02-20", "https://www.jnfunds.com/?p=9435", "public finance",
 "KINGSTON — Jamaica's public finances held up well and did better than expected, the latest Central Government Operations tables from the Ministry of Finance and the Public Service show. "
 "For the period April to December 2019 the fiscal surplus came in J$24.1B above the projected surplus of J$1.96B. "
 "The outturn owed most to an increase of J$10.4B or 2.1% in total revenue and grants, together with a drop of J$11.8B or 2.6% in expenditures net of amortization. "
 "Tax revenues were up 1.9% and non-tax revenue 6.0%, while interest payments were down 3.6% and capital expenditure 13.1%. "
 "The primary balance, which leaves interest costs out of the fiscal balance, showed a surplus of J$112.7B for the nine months ending December 2019, beating the budget by J$18.9B or 20.1%, JN Fund Managers said.",
 [("J$24.1B", 24.1e9, "=", ["fiscal surplus", "surplus"], None, JM_9M, "Jamaica", JM_MOF),
  ("J$1.96B", 1.96e9, "=", ["projected surplus", "surplus", "fiscal surplus"], None, JM_9M, None, JM_MOF),
  ("J$10.4B", 10.4e9, "=", ["total revenue and grants", "revenue and grants", "revenue"], "rose", JM_9M, None, JM_MOF),
  ("2.1%", 2.1, "=", ["total revenue and grants", "revenue and grants", "revenue"], "rose", JM_9M, None, JM_MOF),
  ("J$11.8B", 11.8e9, "=", ["expenditures", "expenditures net of amortization"], "fell", JM_9M, None, JM_MOF),
  ("2.6%", 2.6, "=", ["expenditures", "expenditures net of amortization"], "fell", JM_9M, None, JM_MOF),
  ("1.9%", 1.9, "=", "tax revenues", "rose", JM_9M, None, None),
  ("6.0%", 6.0, "=", "non-tax revenue", "rose", JM_9M, None, None),
  ("3.6%", 3.6, "=", "interest payments", "fell", JM_9M, None, None),
  ("13.1%", 13.1, "=", "capital expenditure", "fell", JM_9M, None, None),
  ("J$112.7B", 112.7e9, "=", ["primary balance", "surplus"], None, JM_9M, None, JM_MOF),
  ("J$18.9B", 18.9e9, "=", ["primary balance", "surplus"], None, JM_9M, None, JM_MOF),
  ("20.1%", 20.1, "=", ["primary balance", "surplus"], None, JM_9M, None, JM_MOF)],
 ["nine months"]),
("k-fin-jamaica-budget-2015", "AMG (via Antillean)", "2015-02-20", "https://antillean.org/jamaica-budget-2015-2016-876", "public finance",
 "KINGSTON, Jamaica, February 20, 2015 (AMG) — Jamaica's government has put a JMD$ 641.5 billion budget for fiscal year 2015/2016 before Parliament, and 20.5% of it will go to paying interest on the island's international debt. "
 "The estimates are JMD$ 102 billion higher than the government expects to spend in the current fiscal year, which closes on March 31. "
 "Minister of Finance and Planning Dr Peter Philips told Parliament yesterday that the estimates were made up of JMD$ 432.6 billion in recurrent expenditure and JMD$209 billion in Capital A and B expenditure combined, on projects run by government and on those financed from abroad. "
 "The revenue measures were tabled alongside the Estimates for the first time, ahead of the April 1 start of the fiscal year. "
 "Close to two-thirds of the budgeted resources go to the Ministry of Finance and Planning, which gets JMD$ 200 billion for its departments and for servicing debt. "
 "Education comes second with JMD$ 79 billion, and the National Security and Health ministries get JMD$ 49 billion each. "
 "Among the smaller allocations, Local Government and Community Development receives $9.6 billion, Justice $6.06 billion and Tourism and Entertainment $1.70 billion.",
 [("JMD$ 641.5 billion", 641.5e9, "=", "budget", None, JM_FY, "Jamaica", ["Jamaica's government", "government"]),
  ("20.5%", 20.5, "=", "budget", None, JM_FY, None, None),
  ("JMD$ 102 billion", 102e9, "=", ["estimates", "budget"], None, JM_FY, None, None),
  ("JMD$ 432.6 billion", 432.6e9, "=", ["recurrent expenditure", "estimates"], None, JM_FY, None, PHILIPS),
  ("JMD$209 billion", 209e9, "=", ["Capital A and B expenditure", "capital expenditure", "expenditure"], None, JM_FY, None, PHILIPS),
  ("JMD$ 200 billion", 200e9, "=", ["Ministry of Finance and Planning", "budgeted resources"], None, JM_FY, None, None),
  ("JMD$ 79 billion", 79e9, "=", "Education", None, JM_FY, None, None),
  ("JMD$ 49 billion", 49e9, "=", ["National Security and Health ministries", "ministries"], None, JM_FY, None, None),
  ("$9.6 billion", 9.6e9, "=", ["Local Government and Community Development", "Local Government"], None, JM_FY, None, None),
  ("$6.06 billion", 6.06e9, "=", "Justice", None, JM_FY, None, None),
  ("$1.70 billion", 1.70e9, "=", ["Tourism and Entertainment", "Tourism"], None, JM_FY, None, None)],
 ["Close to two-thirds", "2015/2016"]),
("k-elec-romania-2024", "Marosvásárhelyi Rádió (Agerpres, Hungarian)", "2024-11-26", "https://marosvasarhelyiradio.ro/?p=868047", "elections",
 "BUCHAREST — Romania's Permanent Electoral Authority has finished adding up the tally sheets sent in from the country's polling stations after the first round of the presidential election, Agerpres reported. "
 "Going by the tally, independent candidate Călin Georgescu won 22.94% of the votes, Elena Lasconi of the Save Romania Union 19.18%, and the Social Democratic Party's Marcel Ciolacu came third with 19.15% of the ballots. "
 "Next was George Simion of the Alliance for the Union of Romanians on 13.86%, then the Liberal Nicolae Ciucă and the independent Mircea Geoană with 8.79% and 6.32% respectively. "
 "Kelemen Hunor took 4.5% of the votes cast in Romania's constituencies, which amounts to 416,353 votes.",
 [("22.94%", 22.94, "=", ["votes", "vote"], "won", RO_R1, "Romania", AEP),
  ("19.18%", 19.18, "=", ["votes", "vote"], "won", RO_R1, "Romania", AEP),
  ("19.15%", 19.15, "=", ["ballots", "votes"], None, RO_R1, "Romania", AEP),
  ("13.86%", 13.86, "=", None, None, RO_R1, "Romania", AEP),
  ("8.79%", 8.79, "=", None, None, RO_R1, "Romania", AEP),
  ("6.32%", 6.32, "=", None, None, RO_R1, "Romania", AEP),
  ("4.5%", 4.5, "=", ["votes cast", "votes"], "won", RO_R1, None, AEP),
  ("416,353 votes", 416353, "=", "votes", "won", RO_R1, None, AEP)],
 []),
("k-poll-norway-2017", "European Polling Review", "2017-03-02", "http://europeanpolling.com/review-norwegian-polling-in-february", "poll",
 "Eight polling organisations carried out nine nationwide polls in Norway in February, with Norstat working for both Vart Land and NRK, and there were several county-level surveys as well. "
 "The Centre Party (SP) had the wind behind it over the month: its average score climbed from 7.8 per cent in January to 9.8 per cent in February, and it was at or above 10 per cent in three of the nine polls. "
 "Prime Minister Erna Solberg's Conservatives (Hoyre), who run a minority government, did not move at all on the monthly average, staying at 23.4 per cent; with the parliamentary election on 11 September, Hoyre are polling three points under what they scored in 2013. "
 "Labour (AP), the main opposition party, fell back two points on average. "
 "Monthly averages for the Storting, with the change on January: Labour 33.1 per cent (down 2.4), in a range of 30.2 to 34.8 across the polls; Conservatives 23.4 (no change), range 21.0 to 25.0; Progress Party 14.0 (up 0.1), range 12.7 to 16.0; Christian People's Party 4.9 (down 0.3); Socialist Left Party 4.1; Liberals 4.0; Greens 2.8; Red Party 2.1.",
 [("Eight polling organisations", 8, "=", "polling organisations", None, NO_FEB17, "Norway", None),
  ("nine nationwide polls", 9, "=", ["nationwide polls", "polls"], None, NO_FEB17, "Norway", None),
  ("7.8 per cent", 7.8, "=", ["Centre Party", "average score"], None, NO_JAN17, None, None),
  ("9.8 per cent", 9.8, "=", ["Centre Party", "average score"], None, NO_FEB17, None, None),
  ("three of the nine polls", 3, "=", "polls", None, NO_FEB17, None, None),
  ("23.4 per cent", 23.4, "=", ["Conservatives", "Hoyre", "monthly average"], None, NO_FEB17, None, None),
  ("three points", 3, "=", ["Hoyre", "Conservatives"], None, None, None, None),
  ("two points", 2, "=", ["Labour", "Labour (AP)"], "fell", NO_FEB17, None, None),
  ("33.1 per cent", 33.1, "=", "Labour", None, NO_FEB17, None, None),
  ("down 2.4", 2.4, "=", "Labour", "fell", NO_FEB17, None, None),
  ("30.2 to 34.8", None, ("range", 30.2, 34.8), "Labour", None, NO_FEB17, None, None),
  ("23.4 (", 23.4, "=", "Conservatives", None, NO_FEB17, None, None),
  ("21.0 to 25.0", None, ("range", 21.0, 25.0), "Conservatives", None, NO_FEB17, None, None),
  ("Progress Party 14.0", 14.0, "=", "Progress Party", None, NO_FEB17, None, None),
  ("up 0.1", 0.1, "=", "Progress Party", "rose", NO_FEB17, None, None),
  ("12.7 to 16.0", None, ("range", 12.7, 16.0), "Progress Party", None, NO_FEB17, None, None),
  ("Party 4.9", 4.9, "=", "Christian People's Party", None, NO_FEB17, None, None),
  ("down 0.3", 0.3, "=", "Christian People's Party", "fell", NO_FEB17, None, None),
  ("Socialist Left Party 4.1", 4.1, "=", "Socialist Left Party", None, NO_FEB17, None, None),
  ("Liberals 4.0", 4.0, "=", "Liberals", None, NO_FEB17, None, None),
  ("Greens 2.8", 2.8, "=", "Greens", None, NO_FEB17, None, None),
  ("Red Party 2.1", 2.1, "=", "Red Party", None, NO_FEB17, None, None)],
 ["10 per cent", "11 September"]),
("k-biz-equinor-q3-2020", "MarketScreener (Equinor Q3 2020 report)", "2020-10-29", "https://www.marketscreener.com/quote/stock/EQUINOR-ASA-1413290/news/Equinor-Q3-2020-report-31638395/", "company results",
 "STAVANGER, Norway — Equinor booked adjusted earnings of USD 0.78 billion in the third quarter of 2020, or USD 0.27 billion after tax. "
 "On IFRS, net operating income was a loss of USD 2.02 billion and net income a loss of USD 2.12 billion, after net impairments of USD 2.93 billion that the company put mainly down to lower assumptions for future prices. "
 "Equinor said it was on track with its USD 3 billion action plan to make its finances more resilient, and that its net debt ratio rose to 31.6% because of the impairments and the payment for the government's share of the share buy-back. "
 "Underlying production grew nine percent in the quarter, said Eldar Sætre, President and CEO of Equinor ASA. "
 "In early trading at 05:07 am, Equinor shares stood at 118.85 NOK on the Oslo Bors, 1.53% lower.",
 [("USD 0.78 billion", 0.78e9, "=", "adjusted earnings", None, EQ_Q3, None, EQUINOR),
  ("USD 0.27 billion", 0.27e9, "=", "adjusted earnings", None, EQ_Q3, None, EQUINOR),
  ("USD 2.02 billion", 2.02e9, "=", ["net operating income", "loss"], None, EQ_Q3, None, EQUINOR),
  ("USD 2.12 billion", 2.12e9, "=", ["net income", "loss"], None, EQ_Q3, None, EQUINOR),
  ("USD 2.93 billion", 2.93e9, "=", "net impairments", None, EQ_Q3, None, EQUINOR),
  ("USD 3 billion", 3e9, "=", "action plan", None, None, None, EQUINOR),
  ("31.6%", 31.6, "=", "net debt ratio", "rose", EQ_Q3, None, EQUINOR),
  ("nine percent", 9, "=", ["underlying production", "production"], "rose", EQ_Q3, None, SAETRE),
  ("118.85 NOK", 118.85, "=", ["Equinor shares", "shares"], None, "2020-10-29", "Oslo Bors", None),
  ("1.53%", 1.53, "=", ["Equinor shares", "shares"], "fell", "2020-10-29", None, None)],
 ["05:07 am"]),
("k-mkt-colombo-2024", "Xinhua", "2024-03-07", "https://english.news.cn/20240307/0c7a8b7740db4b8fa137b85b6bd60423/c.html", "markets",
 "COLOMBO, March 7 (Xinhua) -- The All Share Price Index (ASPI) of Sri Lanka's Colombo Stock Exchange (CSE) crossed 11,000 points on Thursday, a level it had not reached since October 5, 2023, local media reported, quoting CSE data. "
 "At the close the ASPI stood at 11,045.90 points, a gain of 1.51 percent on the day before, CSE data showed. "
 "The S&P SL20, for its part, ended at 3,147.45 points, 1.52 percent above the previous day. "
 "More than 160 million shares changed hands and market turnover went past 2.63 billion rupees (about 8.5 million U.S. dollars), according to the CSE figures. "
 "The ASPI tracks the market as a whole, while the S&P SL20 follows the 20 leading listed companies on the exchange.",
 [("11,000 points", 11000, ">", ["All Share Price Index", "ASPI", "index"], None, CSE_DAY, None, CSE),
  ("11,045.90 points", 11045.90, "=", ["ASPI", "All Share Price Index", "index"], None, CSE_DAY, None, CSE),
  ("1.51 percent", 1.51, "=", ["ASPI", "All Share Price Index", "index"], "rose", CSE_DAY, None, CSE),
  ("3,147.45 points", 3147.45, "=", ["S&P SL20", "index"], None, CSE_DAY, None, None),
  ("1.52 percent", 1.52, "=", ["S&P SL20", "index"], "rose", CSE_DAY, None, None),
  ("More than 160 million shares", 160e6, ">", "shares", None, CSE_DAY, None, CSE),
  ("2.63 billion rupees", 2.63e9, ">", ["market turnover", "turnover"], None, CSE_DAY, None, CSE),
  ("about 8.5 million U.S. dollars", 8.5e6, "~", ["market turnover", "turnover"], None, CSE_DAY, None, CSE),
  ("20 leading listed companies", 20, "=", "companies", None, None, None, None)],
 ["S&P SL20"]),
("k-health-jamaica-dengue-2023", "Ministry of Health and Wellness, Jamaica", "2023-11-09", "https://www.moh.gov.jm/more-than-800-confirmed-dengue-cases-in-jamaica/", "health",
 "KINGSTON — Jamaica had 3,147 suspected, presumed and confirmed dengue cases on record as of Wednesday, November 8, 2023, the Ministry of Health and Wellness said, of which 870 are confirmed cases. "
 "Dengue serotypes 2, 3 and 4 have been found in the population, and serotype 2 is still the dominant strain. "
 "There have been nine dengue-related deaths in total, seven classified as suspected and two as confirmed; no death has been recorded in the past two weeks. "
 "Every parish is seeing more dengue cases in 2023 than in 2022, while Kingston & St. Andrew has logged the most this year (776). "
 "St. Thomas, though, still has the highest rate, 382.5 cases per 100,000 population; Portland comes next (221.0), then Trelawny at 160.0 per 100,000. "
 "Children and teenagers in the 5–14-year-old cohort have the most cases, at a rate of 360.3 per 100,000 population. "
 "The ministry has handed out more than 500 drum covers in communities where much water is stored, and fogging has reached 461 communities, with another 115 high-risk communities also fogged. "
 "Bulky waste has been taken away from more than 20 communities in an initial six parishes, some 20 drains have been cleaned and approximately 700 temporary vector control workers are still doing search & destroy and health education work across the island.",
 [("3,147", 3147, "=", ["dengue cases", "cases"], None, JM_YTD, "Jamaica", MOHW),
  ("870", 870, "=", ["confirmed cases", "cases"], None, JM_YTD, "Jamaica", MOHW),
  ("nine dengue-related deaths", 9, "=", ["dengue-related deaths", "deaths"], "killed", JM_YTD, "Jamaica", None),
  ("seven", 7, "=", ["dengue-related deaths", "deaths"], "killed", JM_YTD, None, None),
  ("two as confirmed", 2, "=", ["dengue-related deaths", "deaths"], "killed", JM_YTD, None, None),
  ("776", 776, "=", "cases", None, JM_YTD, "Kingston & St. Andrew", None),
  ("382.5", 382.5, "=", ["rate", "cases"], None, JM_YTD, "St. Thomas", None),
  ("221.0", 221.0, "=", ["rate", "cases"], None, JM_YTD, "Portland", None),
  ("160.0", 160.0, "=", ["rate", "cases"], None, JM_YTD, "Trelawny", None),
  ("360.3", 360.3, "=", ["rate", "cases"], None, JM_YTD, None, None),
  ("more than 500 drum covers", 500, ">", "drum covers", None, None, None, MOHW),
  ("461 communities", 461, "=", "communities", None, None, None, None),
  ("115 high-risk communities", 115, "=", ["high-risk communities", "communities"], None, None, None, None),
  ("more than 20 communities", 20, ">", "communities", None, None, None, None),
  ("six parishes", 6, "=", "parishes", None, None, None, None),
  ("some 20 drains", 20, "~", "drains", None, None, None, None),
  ("approximately 700 temporary vector control workers", 700, "~", ["temporary vector control workers", "workers"], None, None, None, None)],
 ["serotypes 2, 3 and 4", "serotype 2", "100,000", "5–14-year-old", "two weeks"]),
("k-health-srilanka-dengue-2019", "ReliefWeb (Sri Lankan press)", "2019-07-18", "https://reliefweb.int/report/sri-lanka/29123-dengue-cases-reported-island-wide", "health",
 "COLOMBO — Sri Lanka has recorded 29,123 cases of dengue nationwide this year up to July 17th, and 58 people have died of the disease, according to sources at the Epidemiology Unit. "
 "Colombo district recorded the highest number of cases, 6297, with Gampaha district second at 3825 and Galle district third with 2724. "
 "Over the same period the Colombo Municipal Council reported 1234 dengue cases, and the remainder of the Colombo district 5063. "
 "The Western Province has reported 12,624 dengue cases in all. "
 "Nationwide, 4239 dengue patients were reported in May and 5498 last month (June), while 3023 have been reported so far this month, the epidemiologists said.",
 [("29,123", 29123, "=", ["dengue cases", "cases"], None, LK_YTD19, "Sri Lanka", EPI),
  ("58 people", 58, "=", "people", "killed", LK_YTD19, "Sri Lanka", EPI),
  ("6297", 6297, "=", "cases", None, LK_YTD19, "Colombo district", None),
  ("3825", 3825, "=", "cases", None, LK_YTD19, "Gampaha district", None),
  ("2724", 2724, "=", "cases", None, LK_YTD19, "Galle district", None),
  ("1234", 1234, "=", ["dengue cases", "cases"], None, LK_YTD19, "Colombo Municipal Council", None),
  ("5063", 5063, "=", ["dengue cases", "cases"], None, LK_YTD19, None, None),
  ("12,624", 12624, "=", ["dengue cases", "cases"], None, LK_YTD19, "Western Province", None),
  ("4239", 4239, "=", ["dengue patients", "patients"], None, "2019-05-01..2019-05-31", "Sri Lanka", EPI),
  ("5498", 5498, "=", ["dengue patients", "patients"], None, "2019-06-01..2019-06-30", "Sri Lanka", EPI),
  ("3023", 3023, "=", ["dengue patients", "patients"], None, "2019-07-01..2019-07-18", "Sri Lanka", EPI)],
 []),
("k-disaster-srilanka-floods-2018", "One Island Two Nations (DMC update)", "2018-05-23", "http://oneislandtwonations.blogspot.com/2018/05/adverse-weather-casualties-rise-up-to.html", "disasters",
 "COLOMBO, May 23 — Nearly 84,943 people in 14 districts have been hit by heavy monsoon rain and strong winds across Sri Lanka, the Disaster Management Center (DMC) said, adding in its latest update that the weather had now claimed 11 lives. "
 "The National Building Research Organisation has issued red notices for possible landslides to Rathnapura, Kegalle, Nuwara Eliya, Kaluthara and Galle. "
 "Altogether 84,943 people from 18,542 families are affected by the disaster, and 27,621 people from 7,526 families have been displaced and are being sheltered at 194 safe locations, the DMC said. "
 "The hardest-hit district is Ratnapura, where 24,625 people are affected, and Gampaha District follows with 22,673. "
 "Significant numbers were also affected in Puttalam District (12,760) and Colombo District (7,482).",
 [("Nearly 84,943", 84943, "nearly", "people", "affected", None, "Sri Lanka", DMC),
  ("14 districts", 14, "=", "districts", None, None, "Sri Lanka", DMC),
  ("11 lives", 11, "=", "lives", "killed", None, "Sri Lanka", DMC),
  ("84,943", 84943, "=", "people", "affected", None, None, DMC, 1),
  ("18,542 families", 18542, "=", "families", "affected", None, None, DMC),
  ("27,621", 27621, "=", "people", "displaced", None, None, DMC),
  ("7,526 families", 7526, "=", "families", "displaced", None, None, DMC),
  ("194 safe locations", 194, "=", ["safe locations", "locations"], None, None, None, DMC),
  ("24,625", 24625, "=", "people", "affected", None, "Ratnapura District", None),
  ("22,673", 22673, "=", "people", "affected", None, "Gampaha District", None),
  ("12,760", 12760, "=", None, "affected", None, "Puttalam District", None),
  ("7,482", 7482, "=", None, "affected", None, "Colombo District", None)],
 []),
("k-climate-romania-floods-2024", "Romania Insider", "2024-09-17", "https://www.romania-insider.com/state-aid-floods-galati-sept-2024", "climate",
 "BUCHAREST — Prime Minister Marcel Ciolacu announced on September 16 that the Romanian Government had released RON 100 million (EUR 20 million) to help the thousands of households whose homes were badly damaged, as the east of the country was still recovering from two days of heavy rain. "
 "Each household hit by the flood will get immediate aid of RON 10,000 (EUR 2,000). "
 "Local authorities in Galati county, the worst hit, asked for a state of alert because approximately 6,000 households in 26 localities, as well as several roads, were affected by the floods. "
 "The death toll climbed to seven as rescue teams found more bodies. "
 "The Government sent four modular buildings from the State Reserves to be used as classrooms in villages whose schools were damaged. "
 "By the end of the day, 2,232 homes in the flooded area still had no electricity, energy minister Sebastian Burduja said; he later said every home had been reconnected.",
 [("RON 100 million", 100e6, "=", ["aid", "Romanian Government"], None, None, None, ["Prime Minister Marcel Ciolacu", "Marcel Ciolacu", "Ciolacu"]),
  ("EUR 20 million", 20e6, "=", ["aid", "Romanian Government"], None, None, None, ["Prime Minister Marcel Ciolacu", "Marcel Ciolacu", "Ciolacu"]),
  ("thousands of households", None, ("vague", 2000, 10000), "households", "damaged", None, None, None),
  ("RON 10,000", 10000, "=", ["aid", "immediate aid"], None, None, None, None),
  ("EUR 2,000", 2000, "=", ["aid", "immediate aid"], None, None, None, None),
  ("approximately 6,000 households", 6000, "~", "households", "affected", None, "Galati county", ["Local authorities in Galati county", "local authorities"]),
  ("26 localities", 26, "=", "localities", "affected", None, "Galati county", ["Local authorities in Galati county", "local authorities"]),
  ("seven", 7, "=", None, "killed", None, None, None),
  ("four modular buildings", 4, "=", "modular buildings", None, None, None, None),
  ("2,232 homes", 2232, "=", "homes", None, "2024-09-16", None, ["energy minister Sebastian Burduja", "Sebastian Burduja", "Burduja"])],
 ["two days"]),
("k-mig-norway-asylum-2016", "The Nordic Page (VG)", "2016-10-17", "http://www.tnp.no/norway/panorama/5389-new-forecasts-only-3550-asylum-seekers-to-norway-in-2016", "migration",
 "OSLO — Fewer asylum seekers have come to Norway this year than in any year since 1997, VG writes. "
 "By October only 2526 asylum seekers had come to Norway, about as many refugees as arrived in a single week last November. "
 "In March the Directorate of Immigration (UDI) was expecting 25 000 asylum seekers this year, but on the new numbers it has revised its forecast and now expects 3 550 asylum seekers in total for 2016.",
 [("2526 asylum seekers", 2526, "=", "asylum seekers", "arrived", "2016-01-01..2016-09-30", "Norway", ["VG"]),
  ("25 000 asylum seekers", 25000, "=", "asylum seekers", None, "2016-01-01..2016-12-31", "Norway", UDI),
  ("3 550 asylum seekers", 3550, "=", "asylum seekers", None, "2016-01-01..2016-12-31", "Norway", UDI)],
 []),
("k-sport-jamaica-trials-2024", "Track Alerts", "2024-06-29", "https://www.trackalerts.com/2024/06/kishane-thompsons-9-77-and-shericka-jacksons-10-84-highlight-sizzling-performances-at-jamaica-championships/", "sport",
 "KINGSTON — The second day of the Jamaica Junior and Senior Championships and Olympic Trials brought some blistering sprinting. "
 "Kishane Thompson of MVP took the men's 100 metres final in a personal best of 9.77 seconds (+0.9 m/s), with Oblique Seville of RACER runner-up, also in a personal best, at 9.82 seconds and Ackeem Blake of DYNAMIC SPEED third in 9.92 seconds. "
 "Shericka Jackson of MVP won a close women's final in 10.84 seconds (-0.3 m/s), ahead of her teammate Tia Clayton on 10.90 seconds, while Shelly-Ann Fraser-Pryce of ELITE was third in 10.94 seconds. "
 "In the semi-finals earlier, Seville had run 9.83 seconds (+0.4 m/s) and Thompson had won his race in 9.84 seconds (+0.6 m/s). "
 "Gary Card of Wolmer's won the Boys U20 sprint in 10.07 seconds, and Tarees Rhoden of Clemson University won the men's 800 metres in 1:45.94, with Navasky Anderson second in 1:47.01.",
 [("9.77 seconds", 9.77, "=", None, None, JM_DAY2, None, None),
  ("9.82 seconds", 9.82, "=", None, None, JM_DAY2, None, None),
  ("9.92 seconds", 9.92, "=", None, None, JM_DAY2, None, None),
  ("10.84 seconds", 10.84, "=", None, None, JM_DAY2, None, None),
  ("10.90 seconds", 10.90, "=", None, None, JM_DAY2, None, None),
  ("10.94 seconds", 10.94, "=", None, None, JM_DAY2, None, None),
  ("9.83 seconds", 9.83, "=", None, None, None, None, None),
  ("9.84 seconds", 9.84, "=", None, None, None, None, None),
  ("10.07 seconds", 10.07, "=", None, None, JM_DAY2, None, None)],
 ["+0.9 m/s", "-0.3 m/s", "+0.4 m/s", "+0.6 m/s", "1:45.94", "1:47.01", "100 metres", "800 metres", "U20"]),
("k-transport-norway-ev-2021", "We Go Electric (via Joe Public)", "2021-10-01", "https://joepublic.net/norway-electric-vehicle-sales-including-hybrid-at-91-5-of-all-car-sales-in-september/", "transport",
 "OSLO — September brought Norway unusually brisk car sales, with new registrations up 15.7% year-over-year at 17,992. "
 "Fully electric cars reached their highest level ever: 77.5% of all cars sold in Norway during September were electric. "
 "Plug-in hybrids stood at 20%, leaving only 8.5% for cars that cannot be recharged. "
 "Including hybrids, electric vehicles made up 91.5% of all car sales in the month.",
 [("15.7%", 15.7, "=", ["new registrations", "registrations"], "rose", NO_SEP21, "Norway", None),
  ("17,992", 17992, "=", ["new registrations", "registrations"], None, NO_SEP21, "Norway", None),
  ("77.5%", 77.5, "=", ["cars sold", "cars"], None, NO_SEP21, "Norway", None),
  ("20%", 20, "=", ["plug-in hybrids", "cars sold"], None, NO_SEP21, None, None),
  ("8.5%", 8.5, "=", ["cars that cannot be recharged", "cars"], None, NO_SEP21, None, None),
  ("91.5%", 91.5, "=", ["car sales", "electric vehicles"], None, NO_SEP21, None, None)],
 []),
("k-conflict-maguindanao-2018", "Xinhua", "2018-03-09", "http://m.wjbbs.cn/english/2018-03/09/c_137027698.htm", "conflict",
 "MANILA, March 9 (Xinhua) -- About 50 militants fought government forces in a heavy clash in the southern Philippines, and 12 of them were killed, a military spokesman said on Friday. "
 "Army Capt. Arvin Encinas said the clash started at around 6 a.m. on Thursday in Lower Salbu, a village of Datu Saudi Ampatuan town in Maguindanao province. "
 "He said 23 more rebels of the Bangsamoro Islamic Freedom Fighters (BIFF) and a soldier were wounded in the fighting. "
 "In a statement, Encinas said fire support had been launched to back troops engaged with an estimated 50 BIFF bandits under Commander Peni of the Karialan faction. "
 "According to the military, the BIFF has about 200 to 300 members, largely ex-members of the bigger Moro Islamic Liberation Front who fell out with it; the Front signed a peace deal with the government in 2014.",
 [("About 50 militants", 50, "~", "militants", None, PH_DAY, "southern Philippines", ENCINAS),
  ("12 of them", 12, "=", "militants", "killed", PH_DAY, "southern Philippines", ENCINAS),
  ("23 more rebels", 23, "=", "rebels", "injured", PH_DAY, "Lower Salbu", ENCINAS),
  ("an estimated 50 BIFF bandits", 50, "~", ["BIFF bandits", "bandits"], None, PH_DAY, None, ENCINAS),
  ("about 200 to 300 members", None, ("range", 200, 300), "members", None, None, None, ["the military", "military"])],
 ["6 a.m."]),
]
