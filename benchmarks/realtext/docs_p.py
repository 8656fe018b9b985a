# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, fourteenth set: sixteen more rewritten reports across beats (Moldovan, Albanian,
Kuwaiti, Azerbaijani, Bulgarian, Qatari, Mozambican, Cameroonian, Malagasy, Libyan, Zimbabwean,
Georgian and Malian material), annotated before the extractor was run on them and scored once
(heldout14/README.md); not used to shape rules.

Same tuple layout as docs_c.py .. docs_o.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout14/ by build.py."""
NBS_MD = ["National Bureau of Statistics", "NBS", "the National Bureau of Statistics (NBS)", "bureau", "the bureau"]
MD_MAY = "2023-05-01..2023-05-31"
INSTAT = ["Instat", "state statistics office Instat", "statistics office"]
AL_JAN = "2020-01-01..2020-01-31"
MOF_KW = ["Ministry of Finance", "the Ministry of Finance", "ministry", "the ministry"]
SHEETAN = ["Barrak Al-Sheetan", "Al-Sheetan", "Finance Minister Barrak Al-Sheetan"]
KW_FY = "2019-04-01..2020-03-31"
SCC = ["State Customs Committee", "the State Customs Committee", "committee", "the committee", "Trend"]
AZ23 = "2023-01-01..2023-12-31"
AZ22 = "2022-01-01..2022-12-31"
CEC_AL = ["Central Election Commission", "the Central Election Commission", "official results"]
AL_VOTE = "2017-06-25"
GALLUP = ["Gallup International Balkan", "Bulgarian National Television", "survey"]
BG_FIELD = "2024-03-28..2024-04-05"
QNB = ["QNB", "Qatar National Bank", "statement", "Qatar National Bank (QNB)"]
Q2 = "2022-04-01..2022-06-30"
Q2_21 = "2021-04-01..2021-06-30"
H1 = "2022-01-01..2022-06-30"
QNB_END = "2022-06-30"
BK_WK = "2020-05-03..2020-05-07"
BK_PREV = "2020-04-26..2020-04-30"
BK_END = "2020-05-07"
BK_PREV_END = "2020-04-30"
BK_YTD = "2020-01-01..2020-05-07"
SITREP = ["situation report", "the latest flood and cholera situation report", "report"]
MZ_CHOL = "2014-12-25..2015-03-22"
PM_CM = ["Joseph Dion Ngute", "Dion Ngute", "Prime Minister Joseph Dion Ngute", "prime minister", "Prime Minister", "statement"]
CM_OUT = "2021-10-01..2022-05-25"
BNGRC = ["National Bureau for Risk and Disaster Management", "BNGRC", "disaster management office", "the disaster management office"]
MG_WK = "2026-02-09..2026-02-15"
OCHA = ["United Nations humanitarian office", "the United Nations humanitarian office", "United Nations", "UN humanitarian office"]
MZ_MET = ["weather service", "that country's weather service", "Mozambique's weather service"]
BNGRC2 = ["BNGRC", "national disaster office", "the national disaster office", "Bureau National de Gestion des Risques et des Catastrophes"]
MG_BAT = "2022-02-05..2022-02-10"
IOM = ["International Organization for Migration", "IOM", "the International Organization for Migration (IOM)", "statement"]
LY_WK = "2023-02-05..2023-02-11"
LY_YTD = "2023-01-01..2023-02-13"
LY22 = "2022-01-01..2022-12-31"
ZW_DAY = "2024-11-24"
CAA = ["Civil Aviation Agency", "the Civil Aviation Agency", "Civil Aviation Agency of the Ministry of Economy and Sustainable Development", "Ministry of Economy and Sustainable Development"]
GE_H1 = "2019-01-01..2019-06-30"
DEMBELE = ["Soulemane Dembele", "Dembele", "Colonel Soulemane Dembele", "army spokesman", "an army spokesman"]
ML_DAY = "2021-02-03"

DOCS = [
("p-econ-moldova-cpi-2023", "UrduPoint (Sputnik)", "2023-06-09", "https://www.urdupoint.com/en/business/consumer-prices-in-moldova-up-163-in-may-1706057.html", "economy",
 "CHISINAU, June 9 (UrduPoint News / Sputnik) - Average consumer prices in Moldova rose 16.3% in May against the same month of 2022, the National Bureau of Statistics (NBS) reported on Friday. "
 "In the monthly inflation report on its website, the bureau said that over the past 12 months food products were up 14%, non-food products 8.2% and services for the population 33.3%. "
 "Measured against April, fruit went up 5.4% in May, while vegetable oil, eggs and vegetables fell by 4.7%, 11.6% and 2.1% respectively. "
 "Over the month transport services raised their prices by 12.5%, and electricity tariffs were cut by 3.2%. "
 "On June 2, National Bank of Moldova Governor Octavian Armasu said that tough monetary policy had let the country get past the recent inflationary wave. "
 "The government in Chisinau has repeatedly been accused of failing to handle political, security, energy and economic crises, while inflation hit its highest level in 20 years, 34.62% year-on-year, in October 2022.",
 [("16.3%", 16.3, "=", ["consumer prices", "prices"], "rose", MD_MAY, "Moldova", NBS_MD),
  ("14%", 14, "=", ["food products", "food"], "rose", MD_MAY, "Moldova", NBS_MD),
  ("8.2%", 8.2, "=", ["non-food products", "products"], None, MD_MAY, "Moldova", NBS_MD),
  ("33.3%", 33.3, "=", ["services", "services for the population"], None, MD_MAY, "Moldova", NBS_MD),
  ("5.4%", 5.4, "=", ["fruit", "fruit prices"], "rose", MD_MAY, "Moldova", NBS_MD),
  ("4.7%", 4.7, "=", ["vegetable oil", "oil"], "fell", MD_MAY, "Moldova", NBS_MD),
  ("11.6%", 11.6, "=", "eggs", "fell", MD_MAY, "Moldova", NBS_MD),
  ("2.1%", 2.1, "=", "vegetables", "fell", MD_MAY, "Moldova", NBS_MD),
  ("12.5%", 12.5, "=", ["transport services", "prices"], "rose", MD_MAY, "Moldova", NBS_MD),
  ("3.2%", 3.2, "=", ["electricity tariffs", "tariffs"], "cut", MD_MAY, "Moldova", NBS_MD),
  ("34.62%", 34.62, "=", "inflation", None, "2022-10-01..2022-10-31", "Moldova", None)],
 ["past 12 months", "20 years"]),
("p-econ-albania-hicp-2020", "bne IntelliNews", "2020-02-24", "https://www.intellinews.com/albania-reports-annual-hicp-inflation-of-1-6-in-january-177130/", "economy",
 "Albania's annual inflation as measured by the Harmonised Index of Consumer Prices (HICP) came in at 1.6% in January, state statistics office Instat said. "
 "On a month-on-month basis the HICP rate was 2.5% in January. "
 "Transport saw the sharpest annual price increase, with prices rising 3.3% year-on-year. "
 "Next came food and non-alcoholic beverages (up by 2.9%), then recreation and culture (1.8%), alcoholic beverages and tobacco (1.3 %) and housing, water, electricity, gas and other fuels (0.9%). "
 "Smaller annual gains were seen in furniture, household goods and maintenance (0.5%), in hotels, coffee-houses and restaurants (0.4%), and in health and education (0.2% each). "
 "Prices of clothing and footwear and of communications, on the other hand, fell over the month, by 0.4% and 0.3% respectively. "
 "In monthly terms the rise came chiefly from a 6.1% increase in the prices of food and non-alcoholic beverages, with transport next, up 2.2%.",
 [("1.6%", 1.6, "=", ["annual inflation", "inflation", "HICP"], None, AL_JAN, "Albania", INSTAT),
  ("2.5%", 2.5, "=", ["HICP rate", "HICP", "inflation"], None, AL_JAN, "Albania", INSTAT),
  ("3.3%", 3.3, "=", ["transport", "prices"], "rose", AL_JAN, "Albania", INSTAT),
  ("2.9%", 2.9, "=", ["food and non-alcoholic beverages", "food"], "rose", AL_JAN, "Albania", INSTAT),
  ("1.8%", 1.8, "=", ["recreation and culture", "recreation"], None, AL_JAN, "Albania", INSTAT),
  ("1.3 %", 1.3, "=", ["alcoholic beverages and tobacco", "alcoholic beverages"], None, AL_JAN, "Albania", INSTAT),
  ("0.9%", 0.9, "=", ["housing, water, electricity, gas and other fuels", "housing"], None, AL_JAN, "Albania", INSTAT),
  ("0.5%", 0.5, "=", ["furniture, household goods and maintenance", "furniture"], None, AL_JAN, "Albania", INSTAT),
  ("0.4%", 0.4, "=", ["hotels, coffee-houses and restaurants", "hotels"], None, AL_JAN, "Albania", INSTAT),
  ("0.2% each", 0.2, "=", ["health and education", "health", "education"], None, AL_JAN, "Albania", INSTAT),
  ("0.4%", 0.4, "=", ["clothing and footwear", "prices", "clothing"], "fell", AL_JAN, "Albania", INSTAT, 1),
  ("0.3%", 0.3, "=", ["communications", "prices"], "fell", AL_JAN, "Albania", INSTAT),
  ("6.1%", 6.1, "=", ["prices of food and non-alcoholic beverages", "prices", "food"], "rose", AL_JAN, "Albania", INSTAT),
  ("2.2%", 2.2, "=", ["transport", "prices"], "rose", AL_JAN, "Albania", INSTAT)],
 []),
("p-fin-kuwait-deficit-2020", "Kuwait Times", "2020-07-02", "https://kuwaittimes.com/kuwait-budget-deficit-expands-to-kd-5-6-billion", "public finance",
 "KUWAIT: The budget deficit reached KD 5.6 billion (nearly $18.4 billion) in the fiscal year that closed on March 31, the Ministry of Finance said Thursday. "
 "According to the ministry's press release, the shortfall was 68 percent larger than a year before, though still 31.8 percent below the deficit foreseen in the state budget. "
 "In the fiscal year just ended, oil brought in KD 15.369 billion ($49 billion), having declined 16.6 percent from the year before, while non-oil revenues dropped 13 percent to KD 1.851 billion (some $5.8 billion). "
 "Revenues in total were KD 17.220 billion (some $55 billion), a fall of 16 percent from the previous year. "
 "Overall spending was KD 21.140 billion ($68 billion), down 3.2 percent on the previous year. "
 "KD 1.722 billion ($5.7 billion) went to the future generations fund, and oil sold at an average of $61.12 per barrel. "
 "Salaries and subsidies took 76 percent of overall spending, at KD 4.027 billion (some $13 billion), 17.5 percent less than the year before, and capital spending came to KD 2.6 billion (nearly $8.5 billion), 12 percent of the total. "
 "Minister of Finance Barrak Al-Sheetan said a deficit of KD 5.6 billion was the normal result of oil prices sliding from FY 2018-2019 to FY 2019-2020, and that it was worked out after the fund had received its 10 percent of the budget as Act No 106/1976 requires. "
 "The government has sent parliament draft amendments that would stop those transfers in years of deficit, and if they pass and FY 2019-2020's final account is revised, the deficit will shrink to KD 3.9 billion, the minister said.",
 [("KD 5.6 billion", 5.6e9, "=", ["budget deficit", "deficit"], None, KW_FY, "Kuwait", MOF_KW),
  ("$18.4 billion", 18.4e9, "nearly", ["budget deficit", "deficit"], None, KW_FY, "Kuwait", MOF_KW),
  ("68 percent", 68, "=", ["shortfall", "deficit"], None, KW_FY, "Kuwait", MOF_KW),
  ("31.8 percent", 31.8, "=", ["shortfall", "deficit"], None, KW_FY, "Kuwait", MOF_KW),
  ("KD 15.369 billion", 15.369e9, "=", ["oil revenues", "revenues"], None, KW_FY, "Kuwait", MOF_KW),
  ("$49 billion", 49e9, "=", ["oil revenues", "revenues"], None, KW_FY, "Kuwait", MOF_KW),
  ("16.6 percent", 16.6, "=", ["oil revenues", "revenues"], "fell", KW_FY, "Kuwait", MOF_KW),
  ("13 percent", 13, "=", ["non-oil revenues", "revenues"], "fell", KW_FY, "Kuwait", MOF_KW),
  ("KD 1.851 billion", 1.851e9, "=", ["non-oil revenues", "revenues"], None, KW_FY, "Kuwait", MOF_KW),
  ("$5.8 billion", 5.8e9, "~", ["non-oil revenues", "revenues"], None, KW_FY, "Kuwait", MOF_KW),
  ("KD 17.220 billion", 17.22e9, "=", "revenues", None, KW_FY, "Kuwait", MOF_KW),
  ("$55 billion", 55e9, "~", "revenues", None, KW_FY, "Kuwait", MOF_KW),
  ("16 percent", 16, "=", "revenues", "fell", KW_FY, "Kuwait", MOF_KW),
  ("KD 21.140 billion", 21.14e9, "=", ["spending", "overall spending"], None, KW_FY, "Kuwait", MOF_KW),
  ("$68 billion", 68e9, "=", ["spending", "overall spending"], None, KW_FY, "Kuwait", MOF_KW),
  ("3.2 percent", 3.2, "=", ["spending", "overall spending"], "fell", KW_FY, "Kuwait", MOF_KW),
  ("KD 1.722 billion", 1.722e9, "=", ["deductions", "future generations fund"], None, KW_FY, "Kuwait", MOF_KW),
  ("$5.7 billion", 5.7e9, "=", ["deductions", "future generations fund"], None, KW_FY, "Kuwait", MOF_KW),
  ("$61.12", 61.12, "=", ["oil", "oil price"], None, KW_FY, "Kuwait", MOF_KW),
  ("76 percent", 76, "=", ["spending", "salaries and subsidies"], None, KW_FY, "Kuwait", MOF_KW),
  ("KD 4.027 billion", 4.027e9, "=", ["salaries and subsidies", "salaries"], None, KW_FY, "Kuwait", MOF_KW),
  ("$13 billion", 13e9, "~", ["salaries and subsidies", "salaries"], None, KW_FY, "Kuwait", MOF_KW),
  ("17.5 percent", 17.5, "=", ["salaries and subsidies", "salaries"], None, KW_FY, "Kuwait", MOF_KW),
  ("KD 2.6 billion", 2.6e9, "=", ["capital spending", "spending"], None, KW_FY, "Kuwait", MOF_KW),
  ("$8.5 billion", 8.5e9, "nearly", ["capital spending", "spending"], None, KW_FY, "Kuwait", MOF_KW),
  ("12 percent", 12, "=", ["total", "spending", "capital spending"], None, KW_FY, "Kuwait", MOF_KW),
  ("10 percent", 10, "=", ["budget", "fund"], None, None, "Kuwait", SHEETAN),
  ("KD 3.9 billion", 3.9e9, "=", "deficit", None, KW_FY, "Kuwait", SHEETAN)],
 ["a deficit of KD 5.6 billion", "FY 2018-2019", "FY 2019-2020", "Act No 106/1976"]),
("p-trade-azerbaijan-2023", "Trend", "2024-01-19", "https://en.trend.az/business/3850624.html", "trade",
 "BAKU, Azerbaijan, January 19. Azerbaijan's foreign trade turnover fell by 2.85 percent ($1.5 billion) year-on-year in 2023, from $52.68 billion to $51 billion, Trend reports, citing the country's State Customs Committee. "
 "Data from the committee show exports made up $33.8 billion of the turnover, 11.14 percent (or $4.2 billion) below their level a year earlier. "
 "Exports accounted for 66.2 percent of the turnover, against 72.4 percent the year before. "
 "Imports were up $2.7 billion (18.8 percent) on the year in 2023, from $14.5 billion to about $17.2 billion, and their share of the turnover was 33.7 percent, compared with 27.6 percent a year earlier. "
 "Consequently the foreign trade balance, though still in surplus, fell in 2023 by over $6.9 billion, or 29.6 percent, to $16.6 billion, down from $23.6 billion the year before.",
 [("2.85 percent", 2.85, "=", ["foreign trade turnover", "turnover", "trade"], "fell", AZ23, "Azerbaijan", SCC),
  ("$1.5 billion", 1.5e9, "=", ["foreign trade turnover", "turnover", "trade"], "fell", AZ23, "Azerbaijan", SCC),
  ("$52.68 billion", 52.68e9, "=", ["foreign trade turnover", "turnover", "trade"], None, AZ22, "Azerbaijan", SCC),
  ("$51 billion", 51e9, "=", ["foreign trade turnover", "turnover", "trade"], None, AZ23, "Azerbaijan", SCC),
  ("$33.8 billion", 33.8e9, "=", "exports", None, AZ23, "Azerbaijan", SCC),
  ("$4.2 billion", 4.2e9, "=", "exports", None, AZ23, "Azerbaijan", SCC),
  ("11.14 percent", 11.14, "=", "exports", None, AZ23, "Azerbaijan", SCC),
  ("66.2 percent", 66.2, "=", ["turnover", "exports"], None, AZ23, "Azerbaijan", SCC),
  ("72.4 percent", 72.4, "=", ["turnover", "exports"], None, AZ22, "Azerbaijan", SCC),
  ("$2.7 billion", 2.7e9, "=", "imports", "rose", AZ23, "Azerbaijan", SCC),
  ("18.8 percent", 18.8, "=", "imports", "rose", AZ23, "Azerbaijan", SCC),
  ("$14.5 billion", 14.5e9, "=", "imports", None, AZ22, "Azerbaijan", SCC),
  ("about $17.2 billion", 17.2e9, "~", "imports", None, AZ23, "Azerbaijan", SCC),
  ("33.7 percent", 33.7, "=", ["turnover", "imports"], None, AZ23, "Azerbaijan", SCC),
  ("27.6 percent", 27.6, "=", ["turnover", "imports"], None, AZ22, "Azerbaijan", SCC),
  ("over $6.9 billion", 6.9e9, ">", ["foreign trade balance", "balance", "trade balance"], "fell", AZ23, "Azerbaijan", SCC),
  ("29.6 percent", 29.6, "=", ["foreign trade balance", "balance", "trade balance"], "fell", AZ23, "Azerbaijan", SCC),
  ("$16.6 billion", 16.6e9, "=", ["foreign trade balance", "balance", "trade balance"], None, AZ23, "Azerbaijan", SCC),
  ("$23.6 billion", 23.6e9, "=", ["foreign trade balance", "balance", "trade balance"], None, AZ22, "Azerbaijan", SCC)],
 []),
("p-elec-albania-2017", "Tirana Times", "2017-07-25", "http://www.tiranatimes.com/?p=133410", "elections",
 "TIRANA, July 25 – This week Albania's Central Election Commission signed off on the final results of the general parliamentary elections held on June 25, the first time in recent years that the commission has managed to produce an official final count within a month of the vote. "
 "The official results, published on Wednesday, confirmed that the Socialist Party won 48.34 percent of the national vote and will hold 74 MPs, a majority. "
 "The Democratic Party, the main opposition, will have 43 MPs on 28.85 percent of the national vote, and the Socialist Movement for Integration 19 MPs on 14.34 percent. "
 "Of the smaller parties, the Party for Justice, Integration and Unity won 3 MPs and the Social Democratic Party 1 MP. "
 "A number of small parties, the Republican Party and the Unity for Human Rights Party among them, saw their leaders stand on the DP list, so they too will have at least one seat in parliament. "
 "In the end 46.77 percent of registered voters turned out.",
 [("48.34 percent", 48.34, "=", ["Socialist Party", "vote", "votes"], "won", AL_VOTE, "Albania", CEC_AL),
  ("74 MPs", 74, "=", ["MPs", "seats"], None, AL_VOTE, "Albania", CEC_AL),
  ("43 MPs", 43, "=", ["MPs", "seats"], None, AL_VOTE, "Albania", CEC_AL),
  ("28.85 percent", 28.85, "=", ["Democratic Party", "vote", "votes"], None, AL_VOTE, "Albania", CEC_AL),
  ("19 MPs", 19, "=", ["MPs", "seats"], None, AL_VOTE, "Albania", CEC_AL),
  ("14.34 percent", 14.34, "=", ["Socialist Movement for Integration", "vote", "votes"], None, AL_VOTE, "Albania", CEC_AL),
  ("3 MPs", 3, "=", ["MPs", "seats"], "won", AL_VOTE, "Albania", CEC_AL, 1),
  ("1 MP", 1, "=", ["MP", "MPs", "seats"], None, AL_VOTE, "Albania", CEC_AL),
  ("46.77 percent", 46.77, "=", ["registered voters", "voters", "turnout"], None, AL_VOTE, "Albania", CEC_AL)],
 ["at least one seat", "June 25"]),
("p-poll-bulgaria-gallup-2024", "BTA", "2024-04-10", "https://bta.bg/en/news/652144-gallup-int-l-balkan-in-early-april-37-4-of-bulgarians-would-vote-for-national", "poll",
 "Were elections for the National Assembly held in early April, 37.4% of Bulgarians would cast a ballot, and 34.2% would do so in a European Parliament election, a survey by Gallup International Balkan for Bulgarian National Television shows. "
 "In the national vote 3.5% of all voters would choose \"None of the Above\". "
 "GERB-UDF would get 27.4%, Continue the Change - Democratic Bulgaria (CC-DB) 17.9%, the Movement for Rights and Freedoms (MRF) 15.2%, Vazrazhdane 14.9%, the Bulgarian Socialist Party (BSP) 10.5% and There Is Such a People (TISP) 5.2%, with the remaining votes going to smaller parties and coalitions. "
 "A party needs 4% of the vote to enter parliament. "
 "For the European Parliament, 3.1% would pick \"None of the Above\", and the parties line up much as they do for the national vote: GERB-UDF 27.9%, CC-DB 17.7%, MRF 14.8%, Vazrazhdane 14.6%, BSP 9.8% and TISP 5.4%. "
 "Gallup International Balkan warned that since voters have yet to register for the national and European elections of June 9, uncertainty is high and the numbers should not be read as a forecast of the result. "
 "The agency interviewed 805 respondents face to face, using tablets, between March 28 and April 5; the sample is representative of people aged 18 or over, and 1% of it stands for about 54,000 people.",
 [("37.4%", 37.4, "=", ["Bulgarians", "respondents", "turnout"], None, BG_FIELD, "Bulgaria", GALLUP),
  ("34.2%", 34.2, "=", ["Bulgarians", "respondents", "turnout"], None, BG_FIELD, "Bulgaria", GALLUP),
  ("3.5%", 3.5, "=", ["voters", "None of the Above"], None, BG_FIELD, "Bulgaria", GALLUP),
  ("27.4%", 27.4, "=", ["GERB-UDF", "vote"], None, BG_FIELD, "Bulgaria", GALLUP),
  ("17.9%", 17.9, "=", ["Continue the Change - Democratic Bulgaria", "CC-DB", "vote"], None, BG_FIELD, "Bulgaria", GALLUP),
  ("15.2%", 15.2, "=", ["Movement for Rights and Freedoms", "MRF", "vote"], None, BG_FIELD, "Bulgaria", GALLUP),
  ("14.9%", 14.9, "=", ["Vazrazhdane", "vote"], None, BG_FIELD, "Bulgaria", GALLUP),
  ("10.5%", 10.5, "=", ["Bulgarian Socialist Party", "BSP", "vote"], None, BG_FIELD, "Bulgaria", GALLUP),
  ("5.2%", 5.2, "=", ["There Is Such a People", "TISP", "vote"], None, BG_FIELD, "Bulgaria", GALLUP, 1),
  ("4% of the vote", 4, "=", ["vote", "threshold"], None, None, "Bulgaria", None),
  ("3.1%", 3.1, "=", ["voters", "None of the Above"], None, BG_FIELD, "Bulgaria", GALLUP),
  ("27.9%", 27.9, "=", ["GERB-UDF", "vote"], None, BG_FIELD, "Bulgaria", GALLUP),
  ("17.7%", 17.7, "=", ["CC-DB", "vote"], None, BG_FIELD, "Bulgaria", GALLUP),
  ("14.8%", 14.8, "=", ["MRF", "vote"], None, BG_FIELD, "Bulgaria", GALLUP),
  ("14.6%", 14.6, "=", ["Vazrazhdane", "vote"], None, BG_FIELD, "Bulgaria", GALLUP),
  ("9.8%", 9.8, "=", ["BSP", "vote"], None, BG_FIELD, "Bulgaria", GALLUP),
  ("5.4%", 5.4, "=", ["TISP", "vote"], None, BG_FIELD, "Bulgaria", GALLUP),
  ("805 respondents", 805, "=", "respondents", None, BG_FIELD, "Bulgaria", GALLUP),
  ("about 54,000 people", 54000, "~", "people", None, None, "Bulgaria", GALLUP)],
 ["1% of it", "aged 18 or over", "June 9"]),
("p-biz-qnb-q2-2022", "Zawya (Reuters)", "2022-07-14", "https://zawya.com/en/markets/equities/qatar-national-banks-net-profit-rises-123-in-second-quarter-cgvwrkfq", "company results",
 "DUBAI - Qatar National Bank (QNB), the Gulf's biggest lender by assets, said on Thursday its second-quarter profit rose 12.3% from a year earlier, helped by higher interest and fee income. "
 "Net profit for the three months to June 30 was 3.89 billion Qatari riyals ($1.1 billion), against 3.464 billion riyals a year earlier, and beat the 3.546 billion riyals that analysts expected at the median, according to Refinitiv data. "
 "Net interest income for the quarter was 7.004 billion riyals, up 23.5% from 5.672 billion riyals in the 2021 quarter, and net fee and commission income was up 12.6% at 907.7 million riyals, QNB said in a statement. "
 "For the first half, net profit came to 7 billion riyals, up 4% on the same period a year earlier, the bank said, and before the impact of hyperinflation it was 7.9 billion riyals. "
 "The bank's Turkish operations had to apply hyperinflation accounting, which produced a \"net monetary loss\" of 744 million riyals, not involving cash, that QNB described as neutral for its total equity. "
 "Those Turkish adjustments lifted group capital by about 3 billion riyals, mostly through revaluing non-monetary assets, it said. "
 "At the close of the quarter total assets were 1.124 trillion riyals, 6% higher than a year earlier. "
 "Loans and advances rose 3% to 766 billion riyals; loans to deposits stood at 96.4%, and the non-performing loans ratio at 2.4%, compared with 2.3% twelve months earlier. "
 "QNB said 3.9 billion riyals ($1.1 billion) had been put aside to guard against possible loan losses. "
 "($1 = 3.6400 Qatar riyals)",
 [("12.3%", 12.3, "=", "profit", "rose", Q2, None, QNB),
  ("3.89 billion Qatari riyals", 3.89e9, "=", "net profit", None, Q2, None, ["Refinitiv", "Refinitiv data", "QNB", "Qatar National Bank"]),
  ("$1.1 billion", 1.1e9, "=", "net profit", None, Q2, None, ["Refinitiv", "Refinitiv data", "QNB", "Qatar National Bank"]),
  ("3.464 billion riyals", 3.464e9, "=", "net profit", None, Q2_21, None, ["Refinitiv", "Refinitiv data", "QNB", "Qatar National Bank"]),
  ("3.546 billion riyals", 3.546e9, "=", ["analyst estimate", "estimate", "net profit"], None, Q2, None, ["Refinitiv", "Refinitiv data", "analysts"]),
  ("23.5%", 23.5, "=", "net interest income", "rose", Q2, None, QNB),
  ("7.004 billion riyals", 7.004e9, "=", "net interest income", None, Q2, None, QNB),
  ("5.672 billion riyals", 5.672e9, "=", "net interest income", None, Q2_21, None, QNB),
  ("12.6%", 12.6, "=", ["net fee and commission income", "income"], "rose", Q2, None, QNB),
  ("907.7 million riyals", 907.7e6, "=", ["net fee and commission income", "income"], None, Q2, None, QNB),
  ("7 billion riyals", 7e9, "=", "net profit", None, H1, None, QNB),
  ("4%", 4, "=", "net profit", "rose", H1, None, QNB),
  ("7.9 billion riyals", 7.9e9, "=", "net profit", None, H1, None, QNB),
  ("744 million riyals", 744e6, "=", ["net monetary loss", "loss"], None, None, "Turkey", QNB),
  ("about 3 billion riyals", 3e9, "~", ["group capital", "capital"], "rose", None, None, QNB),
  ("1.124 trillion riyals", 1.124e12, "=", "total assets", None, QNB_END, None, QNB),
  ("6% higher", 6, "=", "total assets", None, QNB_END, None, QNB),
  ("3% to 766", 3, "=", "loans and advances", "rose", QNB_END, None, QNB),
  ("766 billion riyals", 766e9, "=", "loans and advances", None, QNB_END, None, QNB),
  ("96.4%", 96.4, "=", ["loans to deposits", "loan to deposit ratio", "ratio"], None, QNB_END, None, QNB),
  ("2.4%", 2.4, "=", ["non-performing loans ratio", "non-performing loans", "ratio"], None, QNB_END, None, QNB),
  ("2.3%", 2.3, "=", ["non-performing loans ratio", "non-performing loans", "ratio"], None, "2021-06-30", None, QNB, 1),
  ("3.9 billion riyals", 3.9e9, "=", ["loan losses", "losses"], None, None, None, QNB),
  ("$1.1 billion", 1.1e9, "=", ["loan losses", "losses"], None, None, None, QNB, 1)],
 ["$1 = 3.6400 Qatar riyals"]),
("p-mkt-boursa-kuwait-2020", "Mubasher", "2020-05-07", "http://decypha.feedgfm.com/en/news/details/Boursa-Kuwait-drops-in-week--market-cap-loses-KWD-651m/21129003?L=EN", "markets",
 "Mubasher: Every index of Boursa Kuwait ended lower in the week to Thursday, 7 May, on lighter trading than a week earlier, as coronavirus (COVID-19) cases kept rising. "
 "The Premier Market Index fell 2.35%, or 126.08 points, to close the week at 5,230.17 points, compared with 5,356.25 points seven days earlier. "
 "The Main Market Index ended at 4,137.93 points against 4,226.44 points, down 2.09% or 88.51 points over the week. "
 "The BK 50 Index lost 3.64%, or 152.25 points, to finish the week at 4,035.02 points, from 4,187.27 points, and the All-Share Market fell 2.28%, shedding around 113.5 points to settle at 4,861.92 points from 4,975.39 points. "
 "Turnover on the bourse slid 25% over the week to KWD 132.05 million from KWD 176.07 million. "
 "Trading volume fell 30.3% to 618.3 million shares, against 887.35 million, and the number of transactions was 31,680, 14.7% fewer than the 37,140 of the week before. "
 "Market capitalisation stood at KWD 27.7 billion ($89.75 billion) at the end of the week, down from KWD 28.35 billion ($91.86 billion) a week earlier, a weekly loss of KWD 651 million ($2.11 billion), or 2.3%. "
 "Since the start of the year market capitalisation has fallen 22.3%, losing around KWD 8 billion ($25.9 billion) from KWD 35.64 billion ($115.48 billion) at the close of 2019.",
 [("2.35%", 2.35, "=", "Premier Market Index", "fell", BK_WK, None, None),
  ("126.08 points", 126.08, "=", "Premier Market Index", "fell", BK_WK, None, None),
  ("5,230.17 points", 5230.17, "=", "Premier Market Index", None, BK_END, None, None),
  ("5,356.25 points", 5356.25, "=", "Premier Market Index", None, BK_PREV_END, None, None),
  ("4,137.93 points", 4137.93, "=", "Main Market Index", None, BK_END, None, None),
  ("4,226.44 points", 4226.44, "=", "Main Market Index", None, BK_PREV_END, None, None),
  ("2.09%", 2.09, "=", "Main Market Index", "fell", BK_WK, None, None),
  ("88.51 points", 88.51, "=", "Main Market Index", "fell", BK_WK, None, None),
  ("3.64%", 3.64, "=", "BK 50 Index", "fell", BK_WK, None, None),
  ("152.25 points", 152.25, "=", "BK 50 Index", "fell", BK_WK, None, None),
  ("4,035.02 points", 4035.02, "=", "BK 50 Index", None, BK_END, None, None),
  ("4,187.27 points", 4187.27, "=", "BK 50 Index", None, BK_PREV_END, None, None),
  ("2.28%", 2.28, "=", ["All-Share Market", "All-Share Market index"], "fell", BK_WK, None, None),
  ("around 113.5 points", 113.5, "~", ["All-Share Market", "All-Share Market index"], "fell", BK_WK, None, None),
  ("4,861.92 points", 4861.92, "=", ["All-Share Market", "All-Share Market index"], None, BK_END, None, None),
  ("4,975.39 points", 4975.39, "=", ["All-Share Market", "All-Share Market index"], None, BK_PREV_END, None, None),
  ("25%", 25, "=", "turnover", "fell", BK_WK, None, None),
  ("KWD 132.05 million", 132.05e6, "=", "turnover", None, BK_WK, None, None),
  ("KWD 176.07 million", 176.07e6, "=", "turnover", None, BK_PREV, None, None),
  ("30.3%", 30.3, "=", ["trading volume", "volume"], "fell", BK_WK, None, None),
  ("618.3 million shares", 618.3e6, "=", "shares", None, BK_WK, None, None),
  ("887.35 million", 887.35e6, "=", "shares", None, BK_PREV, None, None),
  ("31,680", 31680, "=", "transactions", None, BK_WK, None, None),
  ("14.7%", 14.7, "=", "transactions", None, BK_WK, None, None),
  ("37,140", 37140, "=", "transactions", None, BK_PREV, None, None),
  ("KWD 27.7 billion", 27.7e9, "=", ["market capitalisation", "market cap"], None, BK_END, None, None),
  ("$89.75 billion", 89.75e9, "=", ["market capitalisation", "market cap"], None, BK_END, None, None),
  ("KWD 28.35 billion", 28.35e9, "=", ["market capitalisation", "market cap"], None, BK_PREV_END, None, None),
  ("$91.86 billion", 91.86e9, "=", ["market capitalisation", "market cap"], None, BK_PREV_END, None, None),
  ("KWD 651 million", 651e6, "=", ["market capitalisation", "market cap", "loss"], "lost", BK_WK, None, None),
  ("$2.11 billion", 2.11e9, "=", ["market capitalisation", "market cap", "loss"], "lost", BK_WK, None, None),
  ("2.3%", 2.3, "=", ["market capitalisation", "market cap", "loss"], None, BK_WK, None, None),
  ("22.3%", 22.3, "=", ["market capitalisation", "market cap"], "fell", BK_YTD, None, None),
  ("around KWD 8 billion", 8e9, "~", ["market capitalisation", "market cap"], "lost", BK_YTD, None, None),
  ("$25.9 billion", 25.9e9, "~", ["market capitalisation", "market cap"], "lost", BK_YTD, None, None),
  ("KWD 35.64 billion", 35.64e9, "=", ["market capitalisation", "market cap"], None, "2019-12-31", None, None),
  ("$115.48 billion", 115.48e9, "=", ["market capitalisation", "market cap"], None, "2019-12-31", None, None)],
 ["Thursday, 7 May", "BK 50"]),
("p-health-mozambique-cholera-2015", "ReliefWeb (OCHA)", "2015-03-25", "https://reliefweb.int/report/mozambique/mozambique-2015-flood-cholera-update-sitrep-25-march-2015", "health",
 "Cholera outbreaks are under way in the Mozambican provinces of Tete, Sofala, Zambezia, Nampula and Niassa, according to the latest flood and cholera situation report. "
 "From 25 December to 22 March, 7,073 cases and 53 deaths were reported, for a case fatality rate of 0.7%. "
 "While the outbreaks are levelling off in Nampula, Niassa and Tete, cholera is now spreading into Sofala province, where three districts (Beira city, Caia and Nahmatanda) already have cases. "
 "Tete city and Quelimane go on recording large numbers of new cases, and in Zambezia the outbreak is still growing, with two more districts, Nicoadala and Gurué, now affected. "
 "Nampula has also recorded typhoid fever (989 suspected, 200 confirmed) and dengue (649 suspected, 146 confirmed). "
 "Floods in Zambezia, Cabo Delgado and Nampula have affected 274,639 people and left 161 dead, 134 of them in Zambezia, and 50,507 people have been resettled in 64 resettlement centres.",
 [("7,073 cases", 7073, "=", "cases", None, MZ_CHOL, "Mozambique", SITREP),
  ("53 deaths", 53, "=", "deaths", None, MZ_CHOL, "Mozambique", SITREP),
  ("0.7%", 0.7, "=", ["case fatality rate", "cases"], None, MZ_CHOL, "Mozambique", SITREP),
  ("three districts", 3, "=", "districts", None, None, "Sofala", SITREP),
  ("two more districts", 2, "=", "districts", "affected", None, "Zambezia", SITREP),
  ("989 suspected", 989, "=", ["cases", "typhoid fever", "suspected cases"], None, None, "Nampula", SITREP),
  ("200 confirmed", 200, "=", ["cases", "typhoid fever", "confirmed cases"], None, None, "Nampula", SITREP),
  ("649 suspected", 649, "=", ["cases", "dengue", "suspected cases"], None, None, "Nampula", SITREP),
  ("146 confirmed", 146, "=", ["cases", "dengue", "confirmed cases"], None, None, "Nampula", SITREP),
  ("274,639 people", 274639, "=", "people", "affected", None, "Mozambique", SITREP),
  ("161 dead", 161, "=", ["dead", "people"], "killed", None, "Mozambique", SITREP),
  ("134", 134, "=", ["dead", "people"], "killed", None, "Zambezia", SITREP),
  ("50,507 people", 50507, "=", "people", None, None, "Mozambique", SITREP),
  ("64 resettlement centres", 64, "=", ["resettlement centres", "centres"], None, None, "Mozambique", SITREP)],
 ["25 December"]),
("p-health-cameroon-cholera-2022", "Africanews", "2022-05-26", "https://www.africanews.com/2022/05/26/cholera-kills-140-people-in-seven-months-in-cameroon", "health",
 "Cameroon – Cholera has killed 140 people in Cameroon since October 2021, Prime Minister Joseph Dion Ngute said on Wednesday; more than 7,000 cases have been recorded since the disease came back, he added. "
 "In a statement, Dion Ngute wrote that the latest epidemiological picture since October 2021 showed 7,287 notified cases in all, with 140 deaths among them. "
 "By March, 62 deaths and nearly 2,100 cases had been counted. "
 "Most new cases are now being found in the Littoral region, whose capital Douala is the country's economic hub, as well as in the West and the English-speaking Southwest, the prime minister said. "
 "The government has announced a vaccination campaign for early June. "
 "Cameroon's previous cholera outbreak killed 66 people between January and August 2020. "
 "By an estimate the World Health Organisation (WHO) made in early 2021, cholera causes 1.3 to 4 million cases and 21,000 to 143,000 deaths around the world every year.",
 [("140 people", 140, "=", ["people", "deaths"], "killed", CM_OUT, "Cameroon", PM_CM),
  ("more than 7,000 cases", 7000, ">", "cases", "registered", CM_OUT, "Cameroon", PM_CM),
  ("7,287 notified cases", 7287, "=", ["notified cases", "cases"], None, CM_OUT, "Cameroon", PM_CM),
  ("62 deaths", 62, "=", "deaths", None, "2021-10-01..2022-03-31", "Cameroon", None),
  ("nearly 2,100 cases", 2100, "nearly", "cases", None, "2021-10-01..2022-03-31", "Cameroon", None),
  ("66 people", 66, "=", "people", "killed", "2020-01-01..2020-08-31", "Cameroon", None),
  ("1.3 to 4 million cases", None, ("range", 1.3e6, 4e6), "cases", None, None, None, ["World Health Organisation", "WHO", "the World Health Organisation (WHO)"]),
  ("21,000 to 143,000 deaths", None, ("range", 21000, 143000), "deaths", None, None, None, ["World Health Organisation", "WHO", "the World Health Organisation (WHO)"])],
 ["with 140 deaths among them"]),
("p-disaster-madagascar-gezani-2026", "The West (via Broome Advertiser)", "2026-02-16", "https://www.broomead.com.au/news/disaster-and-emergency/cyclone-death-toll-in-madagascar-rises-dramatically-c-21659036", "disasters",
 "At least 59 people were killed when Cyclone Gezani hit Madagascar last week, according to the disaster management office, which on Monday was tallying the damage from the second tropical storm to strike the Indian Ocean island this year. "
 "The National Bureau for Risk and Disaster Management (BNGRC) said 16,428 people had been displaced by the cyclone, 15 were still missing, 804 had been injured and 423,986 were classed as affected. "
 "Gezani came only 10 days after Tropical Cyclone Fytia, which left 14 people dead and over 31,000 displaced, the United Nations humanitarian office said. "
 "Gezani's sustained winds peaked at about 185 km/h, with gusts of nearly 270 km/h, enough to tear metal sheeting off roofs and uproot big trees. "
 "The storm moved west across the Mozambique Channel and raised waves of up to 10 metres at Mozambique's southern end, that country's weather service said in a statement. "
 "It then swung back east over the channel, with forecasts showing it looping back towards Madagascar for a second landfall in the southwest of the island on Monday. "
 "Ampanihy district in southwestern Madagascar was put on red alert, as Gezani was expected to pass roughly 100 km offshore on Monday evening, bringing about 65 km/h winds and no heavy rain, the weather service said.",
 [("At least 59 people", 59, ">=", "people", "killed", MG_WK, "Madagascar", BNGRC),
  ("16,428 people", 16428, "=", "people", "displaced", MG_WK, "Madagascar", BNGRC),
  ("15", 15, "=", "people", "missing", MG_WK, "Madagascar", BNGRC),
  ("804", 804, "=", "people", "injured", MG_WK, "Madagascar", BNGRC),
  ("423,986", 423986, "=", "people", "affected", MG_WK, "Madagascar", BNGRC),
  ("14 people", 14, "=", "people", "killed", None, "Madagascar", OCHA),
  ("over 31,000", 31000, ">", "people", "displaced", None, "Madagascar", OCHA),
  ("about 185 km/h", 185, "~", ["winds", "sustained winds"], None, None, None, None),
  ("nearly 270 km/h", 270, "nearly", "gusts", None, None, None, None),
  ("up to 10 metres", 10, "<=", "waves", None, None, "Mozambique", MZ_MET),
  ("roughly 100 km", 100, "~", None, None, None, "Ampanihy", MZ_MET),
  ("about 65 km/h", 65, "~", "winds", None, None, "Ampanihy", MZ_MET)],
 ["10 days", "second tropical storm", "second landfall"]),
("p-disaster-madagascar-batsirai-2022", "CAJ News Africa", "2022-02-10", "https://www.cajnewsafrica.com/2022/02/10/batsirai-death-toll-climbing-in-madagascar/", "climate",
 "ANTANANARIVO, (CAJ News) – The number of people killed by Tropical Cyclone Batsirai in Madagascar has climbed to 92. "
 "Around 80 deaths had been reported at the start of the week. "
 "Of the fatalities, 71 were in Ikongo District in the centre-east of the island, the national disaster office (Bureau National de Gestion des Risques et des Catastrophes, BNGRC) reported. "
 "The BNGRC also counts nearly 62 000 people displaced and more than 112 100 others severely affected, and the displaced are staying in 99 temporary accommodation sites. "
 "Further heavy rain is forecast for the south-east, centre and north of Madagascar over the next few days. "
 "Batsirai made landfall on February 5 on Madagascar's east coast 14 kilometres north of Mananjary, with winds of 165km/h and gusts as strong as 230km/h. "
 "Thousands of homes were destroyed, roads and bridges were cut off by storm damage, electricity was lost and more than 200 schools were hit by the cyclone. "
 "Even before Batsirai, in the southern regions more than 1,6 million people, 37 percent of the population, were already facing food insecurity.",
 [("92", 92, "=", "people", "killed", MG_BAT, "Madagascar", BNGRC2),
  ("Around 80 deaths", 80, "~", "deaths", None, None, "Madagascar", None),
  ("71", 71, "=", ["fatalities", "people"], "killed", MG_BAT, "Ikongo District", BNGRC2),
  ("nearly 62 000 people", 62000, "nearly", "people", "displaced", MG_BAT, "Madagascar", BNGRC2),
  ("more than 112 100", 112100, ">", ["others", "people"], "affected", MG_BAT, "Madagascar", BNGRC2),
  ("99 temporary accommodation sites", 99, "=", ["sites", "temporary accommodation sites"], None, None, "Madagascar", BNGRC2),
  ("14 kilometres", 14, "=", None, None, None, "Mananjary", None),
  ("165km/h", 165, "=", "winds", None, "2022-02-05", "Madagascar", None),
  ("230km/h", 230, "=", "gusts", None, "2022-02-05", "Madagascar", None),
  ("Thousands of homes", None, ("vague", 2000, 10000), "homes", "destroyed", None, "Madagascar", None),
  ("more than 200 schools", 200, ">", "schools", None, None, "Madagascar", None),
  ("more than 1,6 million people", 1.6e6, ">", "people", None, None, "southern regions", None),
  ("37 percent", 37, "=", "population", None, None, "southern regions", None)],
 ["February 5"]),
("p-mig-libya-iom-2023", "The Libya Update", "2023-02-13", "https://www.marsad.ly/en/2023/02/13/400-migrants-intercepted-and-returned-to-libya-between-5-11-feb-says-iom/", "migration",
 "On Monday the International Organization for Migration (IOM) reported that over the past week 400 migrants had been stopped at sea and taken back to Libya. "
 "In a statement, IOM gave the period as 5 – 11 Feb 2023. "
 "Since the beginning of the year 1,965 migrants in total have been intercepted and brought back to Libya; 34 have died and 32 more have gone missing off the Libyan coast, IOM said. "
 "IOM added that in 2022, 24,684 migrants in all were rescued and brought back to Libya, and that 529 migrants died and 848 went missing along the Central Mediterranean route off the Libyan coast.",
 [("400 migrants", 400, "=", "migrants", None, LY_WK, "Libya", IOM),
  ("1,965 migrants", 1965, "=", "migrants", None, LY_YTD, "Libya", IOM),
  ("34", 34, "=", "migrants", "killed", LY_YTD, "Libya", IOM),
  ("32 more", 32, "=", "migrants", "missing", LY_YTD, "Libya", IOM),
  ("24,684 migrants", 24684, "=", "migrants", "rescued", LY22, "Libya", IOM),
  ("529 migrants", 529, "=", "migrants", "killed", LY22, "Libya", IOM),
  ("848", 848, "=", "migrants", "missing", LY22, "Libya", IOM)],
 ["5 – 11 Feb 2023"]),
("p-sport-zimbabwe-pakistan-odi-2024", "BusinessLIVE (Reuters)", "2024-11-24", "https://www.businesslive.co.za/bd/sport/cricket/2024-11-24-zimbabwe-upset-pakistan-in-opening-clash-of-odi-series/", "sport",
 "Zimbabwe won by 80 runs under the Duckworth-Lewis-Stern method against Pakistan on Sunday at Bulawayo's Queens Sports Club, upsetting the visitors in the opening game of their three-match one-day international series. "
 "Put in to bat, the home side had slipped to 125-7 at the halfway stage of their innings, until Sikandar Raza (39), who was born in Pakistan, and the left-handed tail-ender Richard Ngarava (48) put together 62 runs for the eighth wicket, taking Zimbabwe to 205, all out with nine overs to spare. "
 "Faisal Akram, a left-arm wrist spinner making his debut, took 3-24, and off-spinner Salman Agha returned 3-42. "
 "Zimbabwe fast bowler Blessing Muzarabani got rid of Pakistan's openers cheaply and the wickets kept falling in a feeble batting display, the visitors being 60-6 after 21 overs when heavy rain came. "
 "The teams meet twice more in Bulawayo, on Tuesday and Thursday.",
 [("80 runs", 80, "=", "runs", "won", ZW_DAY, "Bulawayo", None),
  ("(39)", 39, "=", "runs", None, ZW_DAY, "Bulawayo", None),
  ("(48)", 48, "=", "runs", None, ZW_DAY, "Bulawayo", None),
  ("62 runs", 62, "=", "runs", None, ZW_DAY, "Bulawayo", None),
  ("205", 205, "=", "runs", None, ZW_DAY, "Bulawayo", None),
  ("nine overs", 9, "=", "overs", None, ZW_DAY, "Bulawayo", None),
  ("21 overs", 21, "=", "overs", None, ZW_DAY, "Bulawayo", None)],
 ["three-match", "125-7", "eighth wicket", "3-24", "3-42", "60-6"]),
("p-transport-georgia-airports-2019", "Georgia Today", "2019-07-10", "http://gtarchive.georgiatoday.ge/news/16446/Passenger-Traffic-Increases-by-18%25-in-Georgia-in-First-Half-of-2019-", "transport",
 "Georgia's three airports handled 2,489,823 travellers in the first half of 2019, up 18.24% on the same period a year earlier, the Civil Aviation Agency of the Ministry of Economy and Sustainable Development reports. "
 "Passenger numbers grew at all three of the country's international airports: Tbilisi Shota Rustaveli International Airport, Batumi Aleksandre Kartveli International Airport and Kutaisi David Aghmashenebeli International Airport, which topped the list for growth. "
 "The capital's airport served 1,870,082 passengers, an increase of 11.64%, while Batumi International Airport handled 247,391 travellers, up 30.01%. "
 "Kutaisi International Airport served 364,834 passengers, 55.4% more than in the first six months of 2018. "
 "Traffic also rose at Georgia's regional airports: Queen Tamar Airport in Mestia, in the Svaneti region, served 3,477 passengers, up by 32.41%, and Ambrolauri airport in the Racha region, which first took passengers in 2017, served 599 people (+45.38%).",
 [("2,489,823 travellers", 2489823, "=", ["travellers", "passengers"], None, GE_H1, "Georgia", CAA),
  ("18.24%", 18.24, "=", ["travellers", "passengers", "passenger traffic"], "rose", GE_H1, "Georgia", CAA),
  ("1,870,082 passengers", 1870082, "=", "passengers", None, GE_H1, ["Tbilisi", "Georgia"], CAA),
  ("11.64%", 11.64, "=", "passengers", "rose", GE_H1, ["Tbilisi", "Georgia"], CAA),
  ("247,391 travellers", 247391, "=", ["travellers", "passengers"], None, GE_H1, ["Batumi", "Georgia"], CAA),
  ("30.01%", 30.01, "=", ["travellers", "passengers"], "rose", GE_H1, ["Batumi", "Georgia"], CAA),
  ("364,834 passengers", 364834, "=", "passengers", None, GE_H1, ["Kutaisi", "Georgia"], CAA),
  ("55.4%", 55.4, "=", "passengers", None, GE_H1, ["Kutaisi", "Georgia"], CAA),
  ("3,477 passengers", 3477, "=", "passengers", None, GE_H1, ["Mestia", "Svaneti", "Georgia"], CAA),
  ("32.41%", 32.41, "=", "passengers", "rose", GE_H1, ["Mestia", "Svaneti", "Georgia"], CAA),
  ("599 people", 599, "=", ["people", "passengers"], None, GE_H1, ["Ambrolauri", "Racha", "Georgia"], CAA),
  ("+45.38%", 45.38, "=", ["people", "passengers"], None, GE_H1, ["Ambrolauri", "Racha", "Georgia"], CAA)],
 ["three airports", "all three", "first six months of 2018", "first half of 2019"]),
("p-conflict-mali-boni-2021", "Devdiscourse (Reuters)", "2021-02-03", "https://www.devdiscourse.com/article/law-order/1434732-gunmen-kill-nine-soldiers-in-mali-attack-army-says", "conflict",
 "BAMAKO (Reuters) - Nine soldiers were killed and six others wounded on Wednesday when gunmen ambushed an army unit in central Mali, according to an army spokesman. "
 "The ambush came at about 0615 GMT near Boni, a village in the Mopti region where violence has flared lately, Colonel Soulemane Dembele told Reuters. "
 "Jihadist groups with links to al Qaeda and Islamic State have overrun much of central and northern Mali, from where they regularly strike soldiers, civilians and UN peacekeepers and launch attacks across the Sahel, the region south of the Sahara. "
 "It was unclear which group was behind Wednesday's ambush. "
 "Dembele said roughly 20 of the attackers were also killed in the firefight.",
 [("Nine soldiers", 9, "=", "soldiers", "killed", ML_DAY, ["Boni", "Mopti", "Mali"], DEMBELE),
  ("six others", 6, "=", ["soldiers", "others"], "injured", ML_DAY, ["Boni", "Mopti", "Mali"], DEMBELE),
  ("roughly 20", 20, "~", ["attackers", "assailants"], "killed", ML_DAY, ["Boni", "Mopti", "Mali"], DEMBELE)],
 ["0615 GMT"]),
]
