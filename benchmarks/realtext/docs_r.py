# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, sixteenth set: sixteen more rewritten reports across beats (Taiwanese, Israeli,
Guyanese, Algerian, Timorese, Austrian, Singaporean, Bahraini, Papua New Guinean, Equatoguinean,
Tongan, Bahamian, Gambian/Mauritanian, Dutch/South African, Luxembourgish and Beninese material),
annotated before the extractor was run on them and scored once (heldout16/README.md); not used to
shape rules.

Same tuple layout as docs_c.py .. docs_q.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout16/ by build.py."""
DGBAS = ["Directorate-General Budget, Accounting and Statistics", "DGBAS", "the Directorate-General Budget, Accounting and Statistics (DGBAS)"]
TW_DEC = "2016-12-01..2016-12-31"
TW16 = "2016-01-01..2016-12-31"
TW_JN = "2016-01-01..2016-11-30"
CBS_IL = ["Central Bureau of Statistics", "the Central Bureau of Statistics", "CBS"]
IL_NOV = "2022-11-01..2022-11-30"
IL_SO = "2022-09-01..2022-10-31"
GY_PLAN = ["Government of Guyana's financial plan for 2019", "financial plan", "plan", "Government of Guyana", "The Government of Guyana's financial plan for 2019"]
GY19 = "2019-01-01..2019-12-31"
GY18 = "2018-01-01..2018-12-31"
CNIS = ["National Centre of Data Processing and Statistics", "CNIS", "the National Centre of Data Processing and Statistics (CNIS) of the Algerian Customs", "Algerian Customs", "centre", "the centre"]
DZ14 = "2014-01-01..2014-10-31"
DZ13 = "2013-01-01..2013-10-31"
TL_SEC = ["election secretariat", "the election secretariat", "secretariat", "the secretariat's website", "secretariat's website"]
TL_DAY = "2022-04-19"
TL = ["East Timor", "Timor-Leste"]
IFDD = ["Institute for Demoscopy & Data Analysis", "IFDD", "the Institute for Demoscopy & Data Analysis (IFDD)", "survey", "APA", "APA – Austria Press Agency"]
AT_FW = "2023-10-01..2023-10-04"
AT19 = "2019-01-01..2019-12-31"
DBS = ["DBS Group", "DBS"]
DBS_H1 = "2015-01-01..2015-06-30"
DBS_Q2 = "2015-04-01..2015-06-30"
BBK = ["BBK", "bank", "the bank", "statement"]
BBK_Q3 = "2020-07-01..2020-09-30"
BBK_Q3_19 = "2019-07-01..2019-09-30"
PNG = ["Papua New Guinea", "PNG"]
PNG_SRC = ["National Department of Health", "The National Department of Health of Papua New Guinea", "National Department of Health of Papua New Guinea", "World Health Organization", "WHO"]
KASE = ["Pascoe Kase", "Kase", "Secretary of the National Department of Health", "National Department of Health", "NDOH", "Pascoe Kase, Secretary of the National Department of Health (NDOH)"]
GQ = ["Equatorial Guinea"]
GQ_SINCE = "2023-02-01..2023-03-22"
GQ_NEW = "2023-02-25..2023-03-22"
MINSAL = ["Ministry of Health and Social Welfare", "the Ministry of Health and Social Welfare of Equatorial Guinea", "Ministry of Health and Social Welfare of Equatorial Guinea"]
TO_GOV = ["Tonga's government", "government", "Tonga government", "Tongan government"]
SOVALENI = ["Prime Minister Siaosi Sovaleni", "Siaosi Sovaleni", "Sovaleni"]
TO_DAYS = "2022-01-15..2022-01-18"
UN_TO = ["United Nations spokesman", "a United Nations spokesman", "UN spokesman", "Tongan authorities"]
COCHRANE = ["Red Cross spokesman Matthew Cochrane", "Matthew Cochrane", "Cochrane", "Red Cross"]
GRAND_ABACO = ["Grand Bahama and Abaco", "Grand Bahama", "Abaco", "Bahamas"]
IOM_GM = ["International Organisation for Migration", "IOM", "Miko Alazas", "Alazas", "IOM communication officer Miko Alazas"]
GM_DAY = "2019-12-04"
NOUADHIBOU = ["Mauritania", "Nouadhibou"]
ADL_DAY = "2022-11-06"
ADL = ["Adelaide Oval", "Adelaide"]
LUX16 = "2016-01-01..2016-12-31"
LUX = ["Luxembourg Airport", "Findel", "Luxembourg"]
LUXAIRPORT = ["Lux-airport", "lux-Airport"]
BJ_GOV = ["Benin's government", "government", "Wilfried Leandre Houngbedji", "Houngbedji", "Government spokesman Wilfried Leandre Houngbedji"]
BJ_DAY = "2025-04-17"
BJ_PARK = ["W National Park", "northern Benin", "Benin"]
JNIM = ["Jama'at Nusrat al-Islam wal Muslimeen", "JNIM", "Jama'at Nusrat al-Islam wal Muslimeen (JNIM)"]

DOCS = [
("r-econ-taiwan-cpi-2016", "DIGITIMES", "2017-01-05", "http://www.digitimes.com/news/a20170105VL201.html", "economy",
 "TAIPEI [Thursday 5 January 2017] (DIGITIMES) – Taiwan's consumer price index (CPI) for December 2016 stood at 105.46 (2011 as base year), 1.00% lower than in November but 1.70% higher than a year earlier, while the wholesale price index (WPI) for the month was 86.19, up 1.09% on the month and 1.41% on the year, the Directorate-General Budget, Accounting and Statistics (DGBAS) said in figures issued on January 5. "
 "Over 2016 as a whole the CPI averaged 105.10, a rise of 1.40% on the year before, and the WPI averaged 84.78, a fall of 3.01%, according to DGBAS. "
 "In January-November 2016 Taiwan's average CPI was up 1.36% year on year; for comparison, DGBAS said, prices over the same months rose 2.5% in Hong Kong, 1.0% in South Korea, 2.0% in China and 1.2% in the US, and fell 0.6% in Singapore and 0.2% in Japan.",
 [("105.46", 105.46, "=", ["consumer price index", "CPI"], None, TW_DEC, "Taiwan", DGBAS),
  ("1.00%", 1.0, "=", ["consumer price index", "CPI"], None, TW_DEC, "Taiwan", DGBAS),
  ("1.70%", 1.7, "=", ["consumer price index", "CPI"], None, TW_DEC, "Taiwan", DGBAS),
  ("86.19", 86.19, "=", ["wholesale price index", "WPI"], None, TW_DEC, "Taiwan", DGBAS),
  ("1.09%", 1.09, "=", ["wholesale price index", "WPI"], "rose", TW_DEC, "Taiwan", DGBAS),
  ("1.41%", 1.41, "=", ["wholesale price index", "WPI"], "rose", TW_DEC, "Taiwan", DGBAS),
  ("105.10", 105.1, "=", ["CPI", "consumer price index"], None, TW16, "Taiwan", DGBAS),
  ("1.40%", 1.4, "=", ["CPI", "consumer price index"], "rose", TW16, "Taiwan", DGBAS),
  ("84.78", 84.78, "=", ["WPI", "wholesale price index"], None, TW16, "Taiwan", DGBAS),
  ("3.01%", 3.01, "=", ["WPI", "wholesale price index"], "fell", TW16, "Taiwan", DGBAS),
  ("1.36%", 1.36, "=", ["average CPI", "CPI"], "rose", TW_JN, "Taiwan", DGBAS),
  ("2.5%", 2.5, "=", "prices", "rose", TW_JN, "Hong Kong", DGBAS),
  ("1.0%", 1.0, "=", "prices", "rose", TW_JN, "South Korea", DGBAS),
  ("2.0%", 2.0, "=", "prices", "rose", TW_JN, "China", DGBAS),
  ("1.2%", 1.2, "=", "prices", "rose", TW_JN, ["US", "United States"], DGBAS),
  ("0.6%", 0.6, "=", "prices", "fell", TW_JN, "Singapore", DGBAS),
  ("0.2%", 0.2, "=", "prices", "fell", TW_JN, "Japan", DGBAS)],
 []),
("r-econ-israel-cpi-2022", "Globes", "2022-12-15", "https://en.globes.co.il/en/article-November-inflation-matches-forecasts-home-prices-still-climbing-1001432962", "economy",
 "Israel's Consumer Price Index (CPI) edged up 0.1% in November, in line with analysts' forecasts, the Central Bureau of Statistics announced. "
 "So far this year, through November, the index has risen 5%, and the rise over the past twelve months, through November, is 5.3%. "
 "Among the notable November increases, housing gained 0.6%, home maintenance 0.3% and food 0.2%, while fresh produce prices fell 4.3%, footwear 1.5% and home equipment and furnishings 0.3%. "
 "Home prices are still climbing: deals struck in September-October 2022 were 1.2% dearer than those of August-September, and 20.3% dearer than in September-October 2021, the biggest annual increase in a decade. "
 "Year on year, the central and northern districts saw rises of 22.5%, Tel Aviv and Haifa 19.9%, the southern district 18.7% and Jerusalem 16.6%.",
 [("0.1%", 0.1, "=", ["Consumer Price Index", "CPI"], "rose", IL_NOV, "Israel", CBS_IL),
  ("5%", 5, "=", ["index", "CPI"], "rose", "2022-01-01..2022-11-30", "Israel", CBS_IL),
  ("5.3%", 5.3, "=", ["index", "CPI"], "rose", "2021-12-01..2022-11-30", "Israel", CBS_IL),
  ("0.6%", 0.6, "=", "housing", "rose", IL_NOV, "Israel", CBS_IL),
  ("0.3%", 0.3, "=", "home maintenance", "rose", IL_NOV, "Israel", CBS_IL),
  ("0.2%", 0.2, "=", "food", "rose", IL_NOV, "Israel", CBS_IL),
  ("4.3%", 4.3, "=", ["fresh produce prices", "fresh produce"], "fell", IL_NOV, "Israel", CBS_IL),
  ("1.5%", 1.5, "=", "footwear", "fell", IL_NOV, "Israel", CBS_IL),
  ("0.3%", 0.3, "=", ["home equipment and furnishings", "home equipment"], "fell", IL_NOV, "Israel", CBS_IL, 1),
  ("1.2%", 1.2, "=", ["home prices", "deals", "prices"], None, IL_SO, "Israel", None),
  ("20.3%", 20.3, "=", ["home prices", "deals", "prices"], None, IL_SO, "Israel", None),
  ("22.5%", 22.5, "=", ["prices", "home prices"], "rose", IL_SO, ["central and northern districts", "central district", "northern district"], None),
  ("19.9%", 19.9, "=", ["prices", "home prices"], "rose", IL_SO, ["Tel Aviv and Haifa", "Tel Aviv", "Haifa"], None),
  ("18.7%", 18.7, "=", ["prices", "home prices"], "rose", IL_SO, ["southern district"], None),
  ("16.6%", 16.6, "=", ["prices", "home prices"], "rose", IL_SO, "Jerusalem", None)],
 []),
("r-fin-guyana-plan-2019", "Stabroek News", "2018-12-01", "https://www.stabroeknews.com/2018/features/12/01/the-government-of-guyana-financial-plan-2019/", "public finance",
 "The Government of Guyana's financial plan for 2019 projects a surplus on the current balance of $19,017 million, $1,408 million or 8% more than in revised 2018. "
 "It puts current revenue at $238,322 million, a rise of $21,452 million (9.9%) on the latest estimate for 2018, $216,871 million. "
 "The plan budgets $10,240 million for capital revenue and grants, down from $11,933 million in 2018, and $69,279 million for capital expenditure, some $10,263 million more than in 2018. "
 "Once $12,135 million of debt repayment is counted, the plan projects an overall deficit of $52,156 million, compared with $41,296 million of deficit in 2018; borrowing abroad is to finance 39% of it and domestic sources 61%. "
 "Personal emoluments take approximately 33% of current expenditure. "
 "Debt service should absorb 7.7% of current revenue next year, against 8.1% in 2018.",
 [("$19,017 million", 19017e6, "=", ["surplus", "current balance"], None, GY19, "Guyana", GY_PLAN),
  ("$1,408 million", 1408e6, "=", ["surplus", "current balance"], None, GY19, "Guyana", GY_PLAN),
  ("8%", 8, "=", ["surplus", "current balance"], None, GY19, "Guyana", GY_PLAN),
  ("$238,322 million", 238322e6, "=", "current revenue", None, GY19, "Guyana", GY_PLAN),
  ("$21,452 million", 21452e6, "=", "current revenue", "rose", GY19, "Guyana", GY_PLAN),
  ("(9.9%)", 9.9, "=", "current revenue", "rose", GY19, "Guyana", GY_PLAN),
  ("$216,871 million", 216871e6, "=", ["current revenue", "estimate"], None, GY18, "Guyana", GY_PLAN),
  ("$10,240 million", 10240e6, "=", ["capital revenue and grants", "capital revenue"], None, GY19, "Guyana", GY_PLAN),
  ("$11,933 million", 11933e6, "=", ["capital revenue and grants", "capital revenue"], None, GY18, "Guyana", GY_PLAN),
  ("$69,279 million", 69279e6, "=", "capital expenditure", None, GY19, "Guyana", GY_PLAN),
  ("$10,263 million", 10263e6, "~", "capital expenditure", None, GY19, "Guyana", GY_PLAN),
  ("$12,135 million", 12135e6, "=", "debt repayment", None, GY19, "Guyana", GY_PLAN),
  ("$52,156 million", 52156e6, "=", ["overall deficit", "deficit"], None, GY19, "Guyana", GY_PLAN),
  ("$41,296 million", 41296e6, "=", "deficit", None, GY18, "Guyana", GY_PLAN),
  ("39%", 39, "=", ["deficit", "overall deficit"], None, GY19, "Guyana", GY_PLAN),
  ("61%", 61, "=", ["deficit", "overall deficit"], None, GY19, "Guyana", GY_PLAN),
  ("approximately 33%", 33, "~", ["current expenditure", "personal emoluments"], None, GY19, "Guyana", GY_PLAN),
  ("7.7%", 7.7, "=", ["current revenue", "debt service"], None, GY19, "Guyana", GY_PLAN),
  ("8.1%", 8.1, "=", ["current revenue", "debt service"], None, GY18, "Guyana", GY_PLAN)],
 []),
("r-trade-algeria-10m-2014", "Emirates Voice", "2014-11-16", "https://emiratesvoice.com/en/amp/83/algerias-trade-surplus-hits-58bn-in-first-10-months-of", "trade",
 "Algeria's trade surplus for the first ten months of 2014 was US$ 5.86 billion, down by over 23% from US$ 7.63 billion in the same period of 2013, the National Centre of Data Processing and Statistics (CNIS) of the Algerian Customs said on Sunday. "
 "Exports from January to October 2014 reached US$ 54.46 bn, 1.04% more than the US$ 53.89 bn of a year before, while imports rose 5.1% to US$ 48.6 bn from US$ 46.25 bn, according to CNIS figures. "
 "That means exports covered 112 percent of imports in the ten months, against 117 percent in the same months of 2013. "
 "Hydrocarbons still make up most of what Algeria sells abroad: 95.86 percent of the total, worth US$ 52.21 bn in January-October 2014, compared with US$ 52.15 bn a year earlier. Sales other than hydrocarbons accounted for just 4.14 percent, or US$ 2.25 bn, over the same months, CNIS said. "
 "Among imports, energy and lubricants fell steeply (-41.53%) and non-food consumer goods dropped too (-7.07%), while foodstuffs went up +17.86%, capital goods for industry (+14.50%) and capital goods for agriculture (+28.5%), the centre said.",
 [("US$ 5.86 billion", 5.86e9, "=", ["trade surplus", "surplus"], None, DZ14, "Algeria", CNIS),
  ("over 23%", 23, ">", ["trade surplus", "surplus"], "fell", DZ14, "Algeria", CNIS),
  ("US$ 7.63 billion", 7.63e9, "=", ["trade surplus", "surplus"], None, DZ13, "Algeria", CNIS),
  ("US$ 54.46 bn", 54.46e9, "=", "exports", None, DZ14, "Algeria", CNIS),
  ("1.04%", 1.04, "=", "exports", None, DZ14, "Algeria", CNIS),
  ("US$ 53.89 bn", 53.89e9, "=", "exports", None, DZ13, "Algeria", CNIS),
  ("5.1%", 5.1, "=", "imports", "rose", DZ14, "Algeria", CNIS),
  ("US$ 48.6 bn", 48.6e9, "=", "imports", None, DZ14, "Algeria", CNIS),
  ("US$ 46.25 bn", 46.25e9, "=", "imports", None, DZ13, "Algeria", CNIS),
  ("112 percent", 112, "=", ["imports", "coverage"], None, DZ14, "Algeria", CNIS),
  ("117 percent", 117, "=", ["imports", "coverage"], None, DZ13, "Algeria", CNIS),
  ("95.86 percent", 95.86, "=", ["total", "exports", "hydrocarbons"], None, DZ14, "Algeria", CNIS),
  ("US$ 52.21 bn", 52.21e9, "=", ["hydrocarbons", "hydrocarbon exports"], None, DZ14, "Algeria", CNIS),
  ("US$ 52.15 bn", 52.15e9, "=", ["hydrocarbons", "hydrocarbon exports"], None, DZ13, "Algeria", CNIS),
  ("4.14 percent", 4.14, "=", ["sales", "non-hydrocarbon exports", "exports"], None, DZ14, "Algeria", CNIS),
  ("US$ 2.25 bn", 2.25e9, "=", ["sales", "non-hydrocarbon exports", "exports"], None, DZ14, "Algeria", CNIS),
  ("(-41.53%)", -41.53, "=", ["energy and lubricants", "imports"], "fell", DZ14, "Algeria", CNIS),
  ("(-7.07%)", -7.07, "=", ["non-food consumer goods", "imports"], "fell", DZ14, "Algeria", CNIS),
  ("+17.86%", 17.86, "=", ["foodstuffs", "imports"], "rose", DZ14, "Algeria", CNIS),
  ("(+14.50%)", 14.5, "=", ["capital goods", "industrial capital goods", "imports"], None, DZ14, "Algeria", CNIS),
  ("(+28.5%)", 28.5, "=", ["capital goods", "agricultural capital goods", "imports"], None, DZ14, "Algeria", CNIS)],
 []),
("r-elec-timor-leste-2022", "Gulf Times", "2022-04-21", "https://www.gulf-times.com/story/714893/Nobel-laureate-wins-East-Timor-presidential-polls", "elections",
 "Nobel peace laureate Jose Ramos-Horta has won East Timor's presidential election by a landslide, preliminary results released yesterday by the election secretariat show. "
 "With every ballot counted, the secretariat's website gave the 72-year-old 397,145 votes, or 62.09%, and the sitting president, Francisco \"Lu-Olo\" Guterres, 242,440, or 37.91%. "
 "\"The district, national and regional count is finished,\" said Acilino Manuel Branco, the secretariat's general director. "
 "The country's electoral commission has yet to validate the results. "
 "Ramos-Horta, who led the country as president from 2007-2012 and was also its first prime minister, now returns for a second term at the head of Southeast Asia's youngest nation. "
 "Yesterday EU observer Domenec Ruiz Devesa described the vote as competitive and the campaign as mostly peaceful, adding that the count had been judged \"positively\". "
 "The inauguration is set for May 20, the 20th anniversary of the end of Indonesian rule; Indonesia had held the one-time Portuguese colony for 24 years. "
 "Ramos-Horta has promised to break, during his five-year term, a long-running stand-off between the country's two main parties. "
 "Of the 1.3 million people in the country, nearly 860,000 could vote, and turnout in the second round was more than 75%. "
 "This week's run-off repeated the 2007 presidential contest, which Ramos-Horta also won comfortably, with 69% of the vote.",
 [("397,145 votes", 397145, "=", "votes", None, TL_DAY, TL, TL_SEC),
  ("62.09%", 62.09, "=", ["votes", "vote", "Ramos-Horta"], None, TL_DAY, TL, TL_SEC),
  ("242,440", 242440, "=", "votes", None, TL_DAY, TL, TL_SEC),
  ("37.91%", 37.91, "=", ["votes", "vote", "Guterres"], None, TL_DAY, TL, TL_SEC),
  ("1.3 million people", 1.3e6, "=", "people", None, None, TL, None),
  ("nearly 860,000", 860000, "nearly", ["people", "voters"], None, TL_DAY, TL, None),
  ("more than 75%", 75, ">", ["turnout", "voters", "people"], None, TL_DAY, TL, None),
  ("69%", 69, "=", ["vote", "Ramos-Horta"], "won", "2007-01-01..2007-12-31", TL, None)],
 ["72-year-old", "2007-2012", "second term", "20th anniversary", "24 years", "five-year term", "two main parties"]),
("r-poll-austria-eu-2023", "Archyde (APA)", "2023-10-15", "https://archyde.com/?p=4017438", "poll",
 "The ÖVP, the SPÖ and the Freedom Party are level on the Sunday question for the European elections of June 9th: in a survey for the APA – Austria Press Agency by the Institute for Demoscopy & Data Analysis (IFDD), each of the three would take 25 percent were the European Parliament elected next Sunday. "
 "The Greens stand at 14 percent and NEOS at 8 percent. "
 "Fieldwork ran October 1-4 among people aged 16 and over who may vote in EU elections; 837 respondents gave a party preference on the Sunday question, for a margin of error of plus/minus 3.4 percent. "
 "For now the race is wide open. "
 "For the People's Party, 25 percent would be a heavy loss from the 34.6 percent it polled in 2019, whereas the SPÖ and FPÖ could be pleased: the Social Democrats would gain slightly on the 23.9 percent they won at the last EU election, and for the Freedom Party the 25 percent would be a big step up from the 17.2 percent it took in 2019, just after the Ibiza video came to light. "
 "The Greens, on 14 percent, would match their 2019 result (14.1 percent), and NEOS, on 8 percent, would be close to theirs (8.4 percent). "
 "IFDD managing director Christoph Haselmayer noted that Andreas Schieder and Harald Vilimsky look set to lead the SPÖ and FPÖ lists, while the ÖVP, in his words currently the big loser of the election, is still \"headless\". "
 "ÖVP leader Karl Nehammer pledged in August to decide the matter by year's end.",
 [("25 percent", 25, "=", ["ÖVP", "SPÖ", "Freedom Party", "parties", "three", "vote"], None, AT_FW, "Austria", IFDD),
  ("14 percent", 14, "=", ["Greens", "vote"], None, AT_FW, "Austria", IFDD),
  ("8 percent", 8, "=", ["NEOS", "vote"], None, AT_FW, "Austria", IFDD),
  ("837 respondents", 837, "=", "respondents", None, AT_FW, "Austria", IFDD),
  ("3.4 percent", 3.4, "=", ["margin of error", "error"], None, AT_FW, "Austria", IFDD),
  ("25 percent", 25, "=", ["People's Party", "ÖVP", "vote"], None, AT_FW, "Austria", IFDD, 1),
  ("34.6 percent", 34.6, "=", ["People's Party", "ÖVP", "vote"], None, AT19, "Austria", None),
  ("23.9 percent", 23.9, "=", ["Social Democrats", "SPÖ", "vote"], "won", AT19, "Austria", None),
  ("25 percent", 25, "=", ["Freedom Party", "FPÖ", "vote"], None, AT_FW, "Austria", IFDD, 2),
  ("17.2 percent", 17.2, "=", ["Freedom Party", "FPÖ", "vote"], None, AT19, "Austria", None),
  ("14 percent", 14, "=", ["Greens", "vote"], None, AT_FW, "Austria", IFDD, 1),
  ("(14.1 percent)", 14.1, "=", ["Greens", "result", "vote"], None, AT19, "Austria", None),
  ("8 percent", 8, "=", ["NEOS", "vote"], None, AT_FW, "Austria", IFDD, 1),
  ("(8.4 percent)", 8.4, "=", ["NEOS", "vote"], None, AT19, "Austria", None)],
 ["June 9th", "October 1-4", "16 and over", "each of the three"]),
("r-biz-dbs-h1-2015", "finews.asia", "2015-07-27", "http://www.finews.asia/finance/20750-15dbs-first-half-earnings-rise-to-record-sgd-2-39-billion", "company results",
 "DBS Group's net profit for the first half of 2015 reached a record SGD 2.39 billion, lifted by a second quarter as strong as the record first. "
 "Without a one-time gain, net profit was up 12% at SGD 2.25 billion. "
 "Total income for the half topped SGD 5 billion, a first for the bank, climbing 14% to SGD 5.43 billion on a better net interest margin, fee income growth across the board and a larger treasury contribution; wealth management made a big contribution. "
 "Chief executive Piyush Gupta said DBS had posted record first-half earnings, driven by broad income growth, despite slower growth in the region, that the net interest margin was at its highest in 13 quarters, and that the bank would raise first-half dividends as a sign of confidence that its earnings would last. "
 "In the second quarter, net profit grew 15% on a year earlier to SGD 1.12 billion, and total income was 16% higher at SGD 2.69 billion, with both net interest income and fees at quarterly records. "
 "Net interest income for the half went up 13%, to SGD 3.43 billion, with the net interest margin six basis points wider at 1.72%. "
 "Reported loans grew 9%, reaching SGD 280 billion, or 5% in constant-currency terms, as more lending for Singapore homes and to regional companies was partly cancelled out by fewer trade loans.",
 [("SGD 2.39 billion", 2.39e9, "=", "net profit", None, DBS_H1, None, DBS),
  ("12%", 12, "=", "net profit", "rose", DBS_H1, None, DBS),
  ("SGD 2.25 billion", 2.25e9, "=", "net profit", None, DBS_H1, None, DBS),
  ("SGD 5 billion", 5e9, ">", "total income", None, DBS_H1, None, DBS),
  ("14%", 14, "=", "total income", "rose", DBS_H1, None, DBS),
  ("SGD 5.43 billion", 5.43e9, "=", "total income", None, DBS_H1, None, DBS),
  ("15%", 15, "=", "net profit", "rose", DBS_Q2, None, DBS),
  ("SGD 1.12 billion", 1.12e9, "=", "net profit", None, DBS_Q2, None, DBS),
  ("16%", 16, "=", "total income", None, DBS_Q2, None, DBS),
  ("SGD 2.69 billion", 2.69e9, "=", "total income", None, DBS_Q2, None, DBS),
  ("13%", 13, "=", "net interest income", "rose", DBS_H1, None, DBS),
  ("SGD 3.43 billion", 3.43e9, "=", "net interest income", None, DBS_H1, None, DBS),
  ("six basis points", 6, "=", "net interest margin", None, DBS_H1, None, DBS),
  ("1.72%", 1.72, "=", "net interest margin", None, DBS_H1, None, DBS),
  ("9%", 9, "=", "loans", "rose", None, None, DBS),
  ("SGD 280 billion", 280e9, "=", "loans", None, None, None, DBS),
  ("or 5%", 5, "=", "loans", None, None, None, DBS)],
 ["13 quarters"]),
("r-biz-bbk-q3-2020", "The Daily Tribune (Bahrain)", "2020-11-05", "https://newsofbahrain.com/business/67505.html", "company results",
 "TDT | Manama "
 "BBK said yesterday that its third-quarter results had suffered from the COVID-19 outbreak, from relief measures taken to help local businesses and from new rules capping fees and charges. "
 "Lower interest rates around the world and the economic damage done by the pandemic were still hurting most sectors, banking included, the bank said in a statement. "
 "Third-quarter net profit attributable to the bank's owners was BD 9.9 million, down 35.7 per cent from BD 15.4 m a year earlier. "
 "Basic and diluted earnings per share for the quarter came to 7 fils, against 12 fils in the third quarter of last year. "
 "Net interest income was down 25.8pc at BD 19.6 m, against BD 26.4 m, and non-interest income, made up of fees, commissions and other income, fell 20.4pc on the year-ago quarter to BD 8.2 m. "
 "To offset this, BBK said, it cut operating costs 8.6pc, to BD 14.9 m, and brought net provision requirements down 59.0pc, to BD 2.5 m. "
 "For the first nine months of the year, net profit attributable to the owners came to BD 39.0 m, against BD 55.5 m for January-September a year earlier.",
 [("BD 9.9 million", 9.9e6, "=", "net profit", None, BBK_Q3, None, BBK),
  ("35.7 per cent", 35.7, "=", "net profit", "fell", BBK_Q3, None, BBK),
  ("BD 15.4 m", 15.4e6, "=", "net profit", None, BBK_Q3_19, None, BBK),
  ("7 fils", 7, "=", "earnings per share", None, BBK_Q3, None, BBK),
  ("12 fils", 12, "=", "earnings per share", None, BBK_Q3_19, None, BBK),
  ("25.8pc", 25.8, "=", "net interest income", "fell", BBK_Q3, None, BBK),
  ("BD 19.6 m", 19.6e6, "=", "net interest income", None, BBK_Q3, None, BBK),
  ("BD 26.4 m", 26.4e6, "=", "net interest income", None, BBK_Q3_19, None, BBK),
  ("20.4pc", 20.4, "=", "non-interest income", "fell", BBK_Q3, None, BBK),
  ("BD 8.2 m", 8.2e6, "=", "non-interest income", None, BBK_Q3, None, BBK),
  ("8.6pc", 8.6, "=", "operating costs", "cut", BBK_Q3, None, BBK),
  ("BD 14.9 m", 14.9e6, "=", "operating costs", None, BBK_Q3, None, BBK),
  ("59.0pc", 59.0, "=", "net provision requirements", None, BBK_Q3, None, BBK),
  ("BD 2.5 m", 2.5e6, "=", "net provision requirements", None, BBK_Q3, None, BBK),
  ("BD 39.0 m", 39.0e6, "=", "net profit", None, "2020-01-01..2020-09-30", None, BBK),
  ("BD 55.5 m", 55.5e6, "=", "net profit", None, "2019-01-01..2019-09-30", None, BBK)],
 ["COVID-19"]),
("r-health-png-polio-2018", "Outbreak News Today", "2018-11-12", "https://outbreaknewstoday.com/papua-new-guinea-3-1-million-vaccinated-polio-63648/", "health",
 "The National Department of Health of Papua New Guinea and the World Health Organization (WHO) say more than 3 million children have now been vaccinated in the nationwide polio campaign that started earlier this year. "
 "Pascoe Kase, Secretary of the National Department of Health (NDOH), said that by 31 October 2018 a total of 3,112,035 children under 15 years old had been immunised against polio, which he credited to the hard work of polio workers in the field; he also thanked the emergency operations coordinators and the provincial health agencies for running a very difficult response. "
 "The work was done by more than 9,000 volunteers and health workers across the country's 22 provinces. "
 "The outbreak was confirmed on 22 June 2018. A 6-year old boy in Morobe Province had been the first found with vaccine-derived poliovirus type 1 (VDPV1), and when the same virus was isolated from two healthy children in his community, it was clear that it was circulating. "
 "The Government of Papua New Guinea declared a National Emergency on 26 June. "
 "There have been 21 polio cases since that first case, in nine provinces: Eastern Highlands (6), Morobe (3), Enga (3), Madang (3), Jiwaka (2), National Capital District (1), East Sepik (1), Southern Highlands (1) and Gulf (1). "
 "The national response plan has three main components: (1) extra immunisation activities, run as four national and sub-national vaccination rounds; (2) stronger surveillance; and (3) communication. "
 "Its total estimated budget is US$ 18 million, of which approximately US$ 2.2 million (PNG Kina 6.7 million) has been pledged by the Government; PNG Kina 2 million has already been released for the first and second vaccination rounds.",
 [("more than 3 million children", 3e6, ">", "children", None, None, PNG, PNG_SRC),
  ("3,112,035 children", 3112035, "=", "children", None, "2018-01-01..2018-10-31", PNG, KASE),
  ("more than 9,000 volunteers", 9000, ">", ["volunteers and health workers", "volunteers", "health workers"], None, None, PNG, None),
  ("22 provinces", 22, "=", "provinces", None, None, PNG, None),
  ("two healthy children", 2, "=", ["healthy children", "children"], None, None, ["Morobe Province", "Morobe", "Papua New Guinea"], None),
  ("21 polio cases", 21, "=", ["polio cases", "cases"], None, None, PNG, None),
  ("nine provinces", 9, "=", "provinces", None, None, PNG, None),
  ("(6)", 6, "=", ["polio cases", "cases"], None, None, "Eastern Highlands", None),
  ("(3)", 3, "=", ["polio cases", "cases"], None, None, "Morobe", None),
  ("(3)", 3, "=", ["polio cases", "cases"], None, None, "Enga", None, 1),
  ("(3)", 3, "=", ["polio cases", "cases"], None, None, "Madang", None, 2),
  ("(2)", 2, "=", ["polio cases", "cases"], None, None, "Jiwaka", None),
  ("(1)", 1, "=", ["polio cases", "cases"], None, None, "National Capital District", None),
  ("(1)", 1, "=", ["polio cases", "cases"], None, None, "East Sepik", None, 1),
  ("(1)", 1, "=", ["polio cases", "cases"], None, None, "Southern Highlands", None, 2),
  ("(1)", 1, "=", ["polio cases", "cases"], None, None, "Gulf", None, 3),
  ("three main components", 3, "=", "components", None, None, PNG, None),
  ("four national", 4, "=", ["vaccination rounds", "rounds"], None, None, PNG, None),
  ("US$ 18 million", 18e6, "=", "budget", None, None, PNG, None),
  ("approximately US$ 2.2 million", 2.2e6, "~", ["budget", "Government"], None, None, PNG, None),
  ("PNG Kina 6.7 million", 6.7e6, "~", ["budget", "Government"], None, None, PNG, None),
  ("PNG Kina 2 million", 2e6, "=", ["rounds", "vaccination"], None, None, PNG, None)],
 ["under 15 years old", "type 1", "6-year old", "(1) extra", "(2) stronger", "(3) communication"]),
("r-health-eqguinea-marburg-2023", "Zawya (WHO Disease Outbreak News)", "2023-03-22", "https://zawya.com/en/press-release/africa-press-releases/disease-outbreak-news-marburg-virus-disease-equatorial-guinea-rsjwlw8d", "health",
 "Equatorial Guinea has reported eight more cases of Marburg virus disease (MVD), confirmed in the laboratory, since WHO's first Disease Outbreak News on the event appeared on 25 February 2023, bringing the count since the outbreak was declared in February 2023 to 20 probable cases and nine confirmed in the laboratory. "
 "Seven of the laboratory-confirmed patients have died, and so have all the probable cases. "
 "Of the eight new confirmed cases, Kié-Ntem province reported two, Litoral four and Centre- Sur two; as the places with cases lie about 150 kilometers apart, the virus may be spreading more widely. "
 "WHO has sent experts to back the national response and to get communities more involved in it. "
 "MVD, which is highly virulent and brings on haemorrhagic fever, belongs to the viral haemorrhagic fevers that must be assessed under the International Health Regulations. "
 "WHO rates the risk from the outbreak as very high nationally, moderate regionally and low globally. "
 "The Ministry of Health and Social Welfare of Equatorial Guinea had reported on 7 February 2023 that at least eight people suspected of having MVD had died in two villages of Nsok Nsomo district, in Kié-Ntem, an eastern province of the Río Muni Region, between 7 January and 7 February 2023. "
 "Eight blood samples taken from contacts on 12 February 2023 were tested at the Institute Pasteur in Dakar, Senegal, and one of them was found positive for Marburg virus by RT-PCR (real-time polymerase chain reaction). "
 "That patient, who had fever, vomiting, blood-stained diarrhoea and convulsions, died in hospital on 10 February 2023, and was linked epidemiologically to four suspected cases who had died in one of the Nsok-Nsomo villages.",
 [("eight more cases", 8, "=", ["cases", "laboratory-confirmed cases"], None, GQ_NEW, GQ, None),
  ("nine confirmed", 9, "=", ["cases", "confirmed cases", "laboratory-confirmed cases"], None, GQ_SINCE, GQ, None),
  ("20 probable cases", 20, "=", ["probable cases", "cases"], None, GQ_SINCE, GQ, None),
  ("Seven", 7, "=", ["laboratory-confirmed patients", "patients"], "killed", GQ_SINCE, GQ, None),
  ("reported two", 2, "=", ["confirmed cases", "cases"], None, GQ_NEW, ["Kié-Ntem", "Kié-Ntem province"], None),
  ("Litoral four", 4, "=", ["confirmed cases", "cases"], None, GQ_NEW, "Litoral", None),
  ("Centre- Sur two", 2, "=", ["confirmed cases", "cases"], None, GQ_NEW, ["Centre- Sur", "Centre-Sur"], None),
  ("about 150 kilometers", 150, "~", None, None, None, GQ, None),
  ("at least eight people", 8, ">=", ["people", "suspected MVD deaths"], "killed", "2023-01-07..2023-02-07", ["Nsok Nsomo", "Kié-Ntem", "Equatorial Guinea"], MINSAL),
  ("two villages", 2, "=", "villages", None, None, ["Nsok Nsomo", "Kié-Ntem", "Equatorial Guinea"], MINSAL),
  ("Eight blood samples", 8, "=", ["blood samples", "samples"], None, "2023-02-12", GQ, None),
  ("four suspected cases", 4, "=", "suspected cases", "killed", None, ["Nsok-Nsomo", "Equatorial Guinea"], None)],
 ["one of them", "the eight new confirmed cases"]),
("r-disaster-tonga-tsunami-2022", "Exbulletin (AP)", "2022-01-19", "https://exbulletin.com/world/1420963/", "disasters",
 "Tonga's government confirmed on Tuesday that three people had died and several others had been hurt, in its first official update since Saturday's eruption of the Hunga-Tonga-Hunga-Ha'apai underwater volcano, and set out how badly communities had been hit. "
 "Prime Minister Siaosi Sovaleni said every house on Mango Island, where 36 people live, had been destroyed, that just two houses were left standing on Fonoifua Island and that Nomuka Island, home to 239 people, had suffered major damage. "
 "\"An unprecedented disaster has struck Tonga,\" Sovaleni said, adding that a \"volcanic mushroom plume\" had spread over all 170 of the country's islands, 36 of them inhabited, affecting virtually the whole population of more than 100,000 people. "
 "Experts say the eruption was the biggest volcanic event recorded since Mount Pinatubo erupted in the Philippines in 1991. "
 "New Zealand's Foreign Ministry warned on Tuesday, drawing on modeling by GNS Science, a geological research body in New Zealand, that further eruptions could follow and bring a tsunami risk, with continuing eruptions over the coming days or weeks the most likely scenario. "
 "Saturday's eruption drove tsunami waves as high as 49 feet (15 meters) onto the west coast of Tongatapu, Tonga's main island, and onto the islands of 'Eua and Ha'api. "
 "According to a United Nations spokesman, a first assessment by Tongan authorities found 100 houses damaged and 50 destroyed on Tongatapu, where most of the population lives. "
 "No evacuation centers have opened on the main island, and people who moved are mostly staying with extended family.",
 [("three people", 3, "=", "people", "killed", TO_DAYS, "Tonga", TO_GOV),
  ("36 people", 36, "=", "people", None, None, "Mango Island", SOVALENI),
  ("two houses", 2, "=", "houses", None, None, "Fonoifua Island", SOVALENI),
  ("239 people", 239, "=", "people", None, None, "Nomuka Island", SOVALENI),
  ("170", 170, "=", "islands", None, None, "Tonga", SOVALENI),
  ("36 of them", 36, "=", "islands", None, None, "Tonga", SOVALENI),
  ("more than 100,000 people", 100000, ">", ["population", "people"], "affected", None, "Tonga", SOVALENI),
  ("49 feet", 49, "<=", ["tsunami waves", "waves"], None, "2022-01-15", ["Tongatapu", "Tonga"], None),
  ("(15 meters)", 15, "<=", ["tsunami waves", "waves"], None, "2022-01-15", ["Tongatapu", "Tonga"], None),
  ("100 houses", 100, "=", "houses", "damaged", None, "Tongatapu", UN_TO),
  ("50 destroyed", 50, "=", "houses", "destroyed", None, "Tongatapu", UN_TO)],
 []),
("r-climate-bahamas-dorian-2019", "The CEO Magazine", "2019-09-04", "https://news.theceomagazine.com/environment/hurricane-dorian-destroys-bahamas/", "climate",
 "Seven people are dead in the Bahamas and the toll is expected to climb, with around 45% of the homes on Grand Bahama and Abaco thought to be badly damaged or destroyed. "
 "Hurricane Dorian has flattened large areas of the islands. "
 "It struck Grand Bahama and Great Abaco as a catastrophic category 5 storm and has since weakened to a strong category 2, turning north-northwest towards the US mainland. "
 "Having grown in size, it is forecast to carry coastal flooding, heavy rain and dangerous winds up through North and South Carolina, and it is already lashing Florida's coast. "
 "The Treasure Coast is seeing tropical-storm conditions, winds sustained at more than 39 mph, which should move north over the Space Coast on Tuesday night (local time) and reach the Jacksonville area on Wednesday. "
 "Should the storm drift west, hurricane conditions are possible, with sustained winds reaching at least 74 mph, The Washington Post reported. "
 "On Great Abaco the destruction is heart-wrenching. "
 "Lia Head-Rigby, who is among those running a local hurricane relief group, described total devastation, an \"apocalyptic\" scene that looked as if \"a bomb went off\", the New York Times reports; nothing there can simply be rebuilt, she said. "
 "According to Red Cross spokesman Matthew Cochrane, more than 13,000 houses, about 45% of all homes on the two islands, are believed to be severely damaged or destroyed. "
 "Food will be needed by more than 60,000 people on the hardest-hit islands, UN officials said, while the Red Cross put at some 62,000 the number who will need clean drinking water.",
 [("Seven people", 7, "=", "people", "killed", None, "Bahamas", None),
  ("around 45%", 45, "~", "homes", None, None, GRAND_ABACO, None),
  ("more than 39 mph", 39, ">", ["sustained winds", "winds"], None, None, "Treasure Coast", None),
  ("at least 74 mph", 74, ">=", ["sustained winds", "winds"], None, None, None, ["The Washington Post", "Washington Post"]),
  ("more than 13,000 houses", 13000, ">", "houses", None, None, GRAND_ABACO, COCHRANE),
  ("about 45%", 45, "~", "homes", None, None, GRAND_ABACO, COCHRANE),
  ("more than 60,000 people", 60000, ">", "people", None, None, "Bahamas", ["UN officials", "UN"]),
  ("some 62,000", 62000, "~", "people", None, None, "Bahamas", ["Red Cross", "the Red Cross"])],
 ["category 5", "category 2", "two islands"]),
("r-mig-gambia-mauritania-2019", "AllAfrica (Foroyaa)", "2019-12-09", "https://allafrica.com/stories/201912090433.html", "migration",
 "At least 58 'backway' migrants lost their lives on Wednesday when their boat was wrecked off Mauritania, near the town of Nouadhibou. "
 "Passengers told the International Organisation for Migration (IOM) that the boat, with over 150 people aboard, had set out from the Gambia a week earlier, on Wednesday (27th November), and capsized after its fuel ran out, IOM communication officer Miko Alazas said. "
 "Alazas said IOM had confirmed at least 58 deaths and 85 survivors (79 Gambians and 6 Senegalese), but could not yet say how many Gambians were among the dead. "
 "IOM staff in Mauritania are working hand in hand with Gambia's consular services and the Mauritanian authorities to give immediate help, he said; the Gambian Ambassador in Mauritania was due in Nouadhibou, and IOM in the Gambia would soon send a member of its Mental Health and Psychosocial Support (MHPSS) team there, since its staff speak the migrants' language. "
 "State House in Banjul said in a press release that the news had been received with sadness and that the government, together with the United Nations International Organization for Migration (IOM), would send a delegation to Mauritania as soon as possible to investigate. "
 "President Barrow sent his condolences to the victims' families, the release said.",
 [("At least 58 'backway' migrants", 58, ">=", "migrants", "killed", GM_DAY, NOUADHIBOU, None),
  ("over 150 people", 150, ">", "people", None, None, None, ["passengers", "Passengers"] + IOM_GM),
  ("85 survivors", 85, "=", "survivors", None, GM_DAY, NOUADHIBOU, IOM_GM),
  ("79 Gambians", 79, "=", ["Gambians", "survivors"], None, GM_DAY, NOUADHIBOU, IOM_GM),
  ("6 Senegalese", 6, "=", ["Senegalese", "survivors"], None, GM_DAY, NOUADHIBOU, IOM_GM),
  ("at least 58 deaths", 58, ">=", "deaths", "killed", GM_DAY, NOUADHIBOU, IOM_GM)],
 ["a week earlier", "(27th November)"]),
("r-sport-netherlands-south-africa-2022", "TimesLIVE (Reuters)", "2022-11-06", "https://www.timeslive.co.za/sport/2022-11-06-proteas-succumb-to-dutch-courage-as-they-exit-t20-world-cup/", "sport",
 "South Africa's 13-run defeat by the Netherlands at the Adelaide Oval on Sunday all but knocked them out of the T20 World Cup, as the Dutch closed their Group 2 campaign with a big upset. "
 "Set 159 to win, South Africa's batters faltered and Temba Bavuma's side ended on 145-8. "
 "The result put India, who play Zimbabwe later in the day, into the semifinals and turned the Pakistan-Bangladesh game into a virtual knockout. "
 "Sent in to bat at the Adelaide Oval, the Netherlands reached 158-4 thanks to useful runs from their top four. "
 "Stephan Myburgh (37) and Max O'Dowd (29) put on 58 runs for the first wicket, Tom Cooper scored 35 and Colin Ackermann added an unbeaten 41 to carry them beyond 150. "
 "South Africa's reply was slow to start, and both openers, Quinton de Kock and captain Bavuma, were out during the powerplay. "
 "Brandon Glover, who took three wickets for nine runs, then cut through the middle order to seal a famous Dutch win.",
 [("159", 159, "=", ["runs", "target"], None, ADL_DAY, ADL, None),
  ("(37)", 37, "=", "runs", None, ADL_DAY, ADL, None),
  ("(29)", 29, "=", "runs", None, ADL_DAY, ADL, None),
  ("58 runs", 58, "=", "runs", None, ADL_DAY, ADL, None),
  ("scored 35", 35, "=", "runs", None, ADL_DAY, ADL, None),
  ("unbeaten 41", 41, "=", "runs", None, ADL_DAY, ADL, None),
  ("three wickets", 3, "=", "wickets", None, ADL_DAY, ADL, None),
  ("nine runs", 9, "=", "runs", None, ADL_DAY, ADL, None)],
 ["13-run", "Group 2", "145-8", "158-4", "top four", "beyond 150", "T20"]),
("r-transport-luxembourg-cargo-2016", "Luxembourg.public.lu", "2017-01-24", "http://luxembourg.public.lu/en/actualites/2017/01/24-Cargolux/index.html", "transport",
 "Luxembourg Airport had a record year: in 2016 Findel, the Grand Duchy's only airport, handled 821,000 tonnes of air freight. "
 "That weighs as much as about 13,000 army tanks, 45,000 buses or 137,000 elephants. "
 "Freight grew 8.2% in 2016, about twice the growth from 2014 to 2015, when throughput was 759,000 tonnes of cargo. "
 "The rate is also far above the global average of 3.2%, worked out by the IATA (International Air Transport Association) from statistics for November 2016, and above the 6.8% average growth of the airport's European rivals. "
 "Thanks to these results Luxembourg Airport overtook Cologne-Bonn, climbing to 6th place from 7th in the Top 10 ranking of Europe's biggest freight airports; only Frankfurt, Paris, Amsterdam, London-Heathrow and Leipzig-Halle now handle more. "
 "Lux-airport credits three main factors, all in the second half of the year: volumes grew 8% in the third quarter, then 16% in the fourth; the 'high season' up to Christmas was unusually busy, with December 2016 cargo 27% above December 2015's; and Qatar Airways kept expanding, raising its weekly flights from 6 to 17. "
 "Even so, Cargolux is still the airport's main client: in 2016 it carried 675,000 tonnes of freight, a market share of 82%, against 44,170 tonnes (5.4%) for Qatar Airways in second place and 39,000 tonnes (4.7%) for Atlas Air.",
 [("821,000 tonnes", 821000, "=", ["air freight", "freight"], None, LUX16, LUX, None),
  ("8.2%", 8.2, "=", "freight", "rose", LUX16, LUX, None),
  ("759,000 tonnes", 759000, "=", ["cargo", "throughput"], None, "2015-01-01..2015-12-31", LUX, None),
  ("3.2%", 3.2, "=", ["global average", "average"], None, None, None, ["IATA", "International Air Transport Association", "the IATA (International Air Transport Association)"]),
  ("6.8%", 6.8, "=", ["average growth", "growth", "European rivals"], None, None, None, None),
  ("grew 8%", 8, "=", ["volumes", "growth"], "rose", "2016-07-01..2016-09-30", LUX, LUXAIRPORT),
  ("16%", 16, "=", ["volumes", "growth"], None, "2016-10-01..2016-12-31", LUX, LUXAIRPORT),
  ("27%", 27, "=", ["cargo", "December 2016 cargo"], None, "2016-12-01..2016-12-31", LUX, LUXAIRPORT),
  ("from 6", 6, "=", ["weekly flights", "flights"], None, None, None, LUXAIRPORT),
  ("to 17", 17, "=", ["weekly flights", "flights"], None, None, None, LUXAIRPORT),
  ("675,000 tonnes", 675000, "=", "freight", None, LUX16, LUX, None),
  ("82%", 82, "=", "market share", None, LUX16, LUX, None),
  ("44,170 tonnes", 44170, "=", ["freight", "tonnes"], None, LUX16, LUX, None),
  ("(5.4%)", 5.4, "=", ["market share", "freight"], None, LUX16, LUX, None),
  ("39,000 tonnes", 39000, "=", ["freight", "tonnes"], None, LUX16, LUX, None),
  ("(4.7%)", 4.7, "=", ["market share", "freight"], None, LUX16, LUX, None)],
 ["137,000 elephants", "45,000 buses", "about 13,000 army tanks", "7th", "6th place", "Top 10", "three main factors"]),
("r-conflict-benin-w-park-2025", "SOFX", "2025-04-24", "https://sofx.com/benin-confirms-54-soldiers-killed-in-jihadist-attack-near-northern-border", "conflict",
 "Benin's government has confirmed that 54 soldiers died when suspected jihadists attacked them in a national park in the country's north. "
 "Wilfried Leandre Houngbedji, the government spokesman, gave the higher toll at a press briefing on the attack of April 17 in W National Park, in northern Benin near where it borders Burkina Faso and Niger. "
 "The figure is far above the eight deaths first reported, and makes the raid the deadliest known since insurgents started operating in Benin's north several years ago. "
 "Mali-based Jama'at Nusrat al-Islam wal Muslimeen (JNIM), which is affiliated with al-Qaeda, had claimed the attack earlier, saying it had killed 70 soldiers. "
 "Houngbedji said that even if the number was not 70, it was still high, and called the fallen soldiers the nation's children, parents and friends. "
 "In recent years Benin has sent thousands of troops to its north to stop jihadist violence spreading from the Sahel: 3,000 soldiers were deployed in January 2022 to secure the borders, and another 5,000 followed. "
 "Jihadist attacks have gone on regardless: 28 soldiers died in January in a comparable assault near the Burkina Faso and Niger border.",
 [("54 soldiers", 54, "=", "soldiers", "killed", BJ_DAY, BJ_PARK, BJ_GOV),
  ("eight deaths", 8, "=", ["deaths", "soldiers"], "killed", BJ_DAY, BJ_PARK, None),
  ("70 soldiers", 70, "=", "soldiers", "killed", BJ_DAY, BJ_PARK, JNIM),
  ("thousands of troops", None, ("vague", 2000, 10000), "troops", None, None, ["northern Benin", "Benin"], None),
  ("3,000 soldiers", 3000, "=", "soldiers", None, "2022-01-01..2022-01-31", ["northern Benin", "Benin"], None),
  ("another 5,000", 5000, "=", "soldiers", None, None, ["northern Benin", "Benin"], None),
  ("28 soldiers", 28, "=", "soldiers", "killed", "2025-01-01..2025-01-31", ["northern Benin", "Benin"], None)],
 ["was not 70", "several years ago"]),
]
