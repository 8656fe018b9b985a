# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, seventh set: sixteen more rewritten reports across beats (Egyptian, Argentine, Vietnamese,
Czech, Colombian, Irish, Kenyan, Nigerian, Mexican and Indonesian material), annotated before the
extractor was run on them and scored once (heldout7/README.md); not used to shape rules.

Same tuple layout as docs_c.py .. docs_h.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout7/ by build.py."""
CAPMAS = ["Central Agency for Public Mobilisation and Statistics", "CAPMAS", "the agency"]
FEB22 = "2022-02-01..2022-02-28"
JAN22 = "2022-01-01..2022-01-31"
INDEC = ["National Institute of Statistics and Censuses", "Indec", "the institute"]
SEP21 = "2021-09-01..2021-09-30"
GSO = ["General Statistics Office", "GSO"]
VN5M = "2023-01-01..2023-05-31"
VNMAY = "2023-05-01..2023-05-31"
CZ08 = "2008-01-01..2008-12-31"
CZ_MOF = ["Finance Ministry", "The Finance Ministry", "Czech Finance Ministry"]
CO_DAY = "2014-05-25"
REGISTRY = ["National Civil Registry", "Registraduría", "bulletin 59", "bulletin 59 of the National Civil Registry"]
POLL = ["Irish Times/Ipsos B&A opinion poll", "Irish Times/Ipsos B&A", "Irish Times/Ipsos B&A poll", "Ipsos B&A", "the poll"]
KE_FY22 = "2021-04-01..2022-03-31"
KE_FY21 = "2020-04-01..2021-03-31"
BOARD = ["board", "The board", "Safaricom board"]
VN_DAY = "2024-02-20"
VN_MON = "2024-02-19"
NCDC = ["Nigeria Centre for Disease Control and Prevention", "NCDC", "the agency", "the report"]
NG_2023 = "2023-01-01..2023-03-26"
NG_2022 = "2022-01-01..2022-03-26"
BEN = ["Health Ministry's National Epidemiological Bulletin", "National Epidemiological Bulletin", "BEN", "the bulletin", "Health Ministry"]
AR_YTD = "2024-01-01..2024-06-24"
AR_W24 = "2024-01-01..2024-06-15"
AR_SEASON = "2023-07-30..2024-06-15"
GUERRERO = ["government of Guerrero", "a statement", "statement"]
BNPB = ["National Disaster Mitigation Agency", "BNPB", "the BNPB"]
SUTOPO = ["agency spokesman Sutopo Nugroho", "Sutopo Nugroho", "Sutopo"]
INM = ["National Immigration Institute", "the institute", "the agency"]
MX_JAN = "2022-01-01..2022-01-30"
NG_DAY = "2023-09-14"
NESO = ["Nigeria Electricity System Operator", "data from the Nigeria Electricity System Operator"]
VANGUARD = ["Vanguard", "Checks by Vanguard"]
CO_MOD = ["defence ministry", "the defence ministry"]

DOCS = [
("i-econ-egypt-cpi-2022", "Zawya", "2022-03-11", "https://www.zawya.com/en/economy/north-africa/annual-urban-inflation-rises-to-88-in-february-2022-capmas-biric0zf", "economy",
 "Annual consumer price inflation in Egypt's cities climbed to 8.8% in February 2022, up from 7.3% in January, according to figures the Central Agency for Public Mobilisation and Statistics (CAPMAS) published on Thursday. "
 "Nationwide, the consumer price index gained 2% in February, the agency said, reaching 121.4 points for the month. "
 "CAPMAS put the monthly rise down to dearer food: vegetables rose 19.6%, meat and poultry 6.1%, fruit 5.5%, cereals and bread 2.2%, mineral and fizzy water and natural juices 2.2%, dairy, cheese and eggs 2.2% and fish and seafood 2.0%. "
 "Smaller increases were logged for oils and fats (0.7%), goods and services for home upkeep (0.7%), outpatient services (0.8%), hospital services (0.6%), medical devices and equipment (0.1%), transport (1.9%), transport services (0.6%), ready meals (1.0%) and personal care (0.8%). "
 "For the country as a whole, annual inflation came to 10%, against 8% in January and 4.9% in February 2021, the agency added.",
 [("8.8%", 8.8, "=", ["consumer price inflation", "inflation", "annual consumer price inflation"], None, FEB22, ["Egypt", "Egypt's cities"], CAPMAS),
  ("7.3%", 7.3, "=", ["consumer price inflation", "inflation"], None, JAN22, ["Egypt", "Egypt's cities"], CAPMAS),
  ("gained 2%", 2, "=", ["consumer price index", "index"], "rose", FEB22, None, CAPMAS),
  ("121.4 points", 121.4, "=", ["consumer price index", "index"], None, FEB22, None, CAPMAS),
  ("19.6%", 19.6, "=", "vegetables", "rose", FEB22, None, CAPMAS),
  ("6.1%", 6.1, "=", ["meat and poultry", "meat"], "rose", FEB22, None, CAPMAS),
  ("5.5%", 5.5, "=", "fruit", "rose", FEB22, None, CAPMAS),
  ("2.2%", 2.2, "=", ["cereals and bread", "cereals"], "rose", FEB22, None, CAPMAS),
  ("2.2%", 2.2, "=", ["mineral and fizzy water and natural juices", "water", "juices"], "rose", FEB22, None, CAPMAS, 1),
  ("2.2%", 2.2, "=", ["dairy, cheese and eggs", "dairy", "eggs"], "rose", FEB22, None, CAPMAS, 2),
  ("2.0%", 2.0, "=", ["fish and seafood", "seafood", "fish"], "rose", FEB22, None, CAPMAS),
  ("0.7%", 0.7, "=", ["oils and fats", "oils"], None, FEB22, None, None),
  ("0.7%", 0.7, "=", ["goods and services for home upkeep", "goods and services", "home upkeep"], None, FEB22, None, None, 1),
  ("0.8%", 0.8, "=", "outpatient services", None, FEB22, None, None),
  ("0.6%", 0.6, "=", "hospital services", None, FEB22, None, None),
  ("0.1%", 0.1, "=", ["medical devices and equipment", "medical devices"], None, FEB22, None, None),
  ("1.9%", 1.9, "=", "transport", None, FEB22, None, None),
  ("0.6%", 0.6, "=", "transport services", None, FEB22, None, None, 1),
  ("1.0%", 1.0, "=", "ready meals", None, FEB22, None, None),
  ("0.8%", 0.8, "=", "personal care", None, FEB22, None, None, 1),
  ("10%", 10, "=", ["annual inflation", "inflation"], None, FEB22, None, CAPMAS),
  ("8% in January", 8, "=", ["annual inflation", "inflation"], None, JAN22, None, CAPMAS),
  ("4.9%", 4.9, "=", ["annual inflation", "inflation"], None, "2021-02-01..2021-02-28", None, CAPMAS)],
 []),
("i-econ-argentina-cpi-2021", "California18 (Indec release)", "2021-10-14", "https://california18.com/according-to-indec-inflation-in-september-shot-up-again-and-was-above-3/941782021/", "economy",
 "Consumer prices in Argentina rose 3.5% in September from August, the National Institute of Statistics and Censuses (Indec) reported, which puts the change over twelve months at 52.5%. "
 "Since the start of the year prices have climbed 37%, the institute said. "
 "September's reading was the steepest in four months: a higher monthly rate was last seen in April, when it reached 4.1%.",
 [("3.5%", 3.5, "=", ["consumer prices", "prices"], "rose", SEP21, "Argentina", INDEC),
  ("52.5%", 52.5, "=", ["consumer prices", "prices", "change"], None, SEP21, None, INDEC),
  ("37%", 37, "=", "prices", "rose", "2021-01-01..2021-10-14", None, INDEC),
  ("4.1%", 4.1, "=", ["monthly rate", "rate"], None, "2021-04-01..2021-04-30", None, None)],
 []),
("i-trade-vietnam-5m-2023", "VGP (Viet Nam Government Portal)", "2023-05-29", "https://en.baochinhphu.vn/trade-surplus-reaches-us98-billion-in-first-five-months-111230529160609584.htm", "trade",
 "VGP - Viet Nam's trade balance showed a surplus of US$2.24 billion in May and of US$9.8 billion over the first five months of the year, the General Statistics Office (GSO) said in its latest report, released on May 29. "
 "Broken down by sector, domestic firms ran a trade deficit of US$8.76 billion, while the FDI sector, crude oil included, posted a US$18.56 billion surplus. "
 "Two-way trade in May was put at US$55.86 billion, 5.3 percent more than in April and 12.3 percent more than a year earlier. "
 "For January to May, turnover came to US$262.54 billion, down 14.7 percent. "
 "Exports over the five months were estimated at US$136.17 billion, 11.6 percent below the same period of 2022; 23 products each brought in more than US$1 billion, together making up 87.4 percent of export turnover. "
 "Imports in May reached an estimated US$26.81 billion, a 6.4 percent rise on the previous month. "
 "Five-month imports came to US$126.37 billion, a 17.9 percent drop year on year, of which domestic firms accounted for US$43.95 billion and the FDI sector for US$82.42 billion. "
 "Up to 24 import items topped US$1 billion each, making up 81.2 percent of total export turnover. "
 "Between January and May the U.S. bought US$37.2 billion worth of Vietnamese goods and China US$43.4 billion. "
 "Viet Nam had a surplus of US$31.2 billion in its trade with the U.S., US$12.6 billion with the EU and US$521 million with Japan, but deficits of US$23.6 billion with China, US$10.8 billion with South Korea and US$3.4 billion with ASEAN.",
 [("US$2.24 billion", 2.24e9, "=", ["trade surplus", "surplus", "trade balance"], None, VNMAY, "Viet Nam", GSO),
  ("US$9.8 billion", 9.8e9, "=", ["trade surplus", "surplus", "trade balance"], None, VN5M, "Viet Nam", GSO),
  ("US$8.76 billion", 8.76e9, "=", ["trade deficit", "deficit"], None, VN5M, None, None),
  ("US$18.56 billion", 18.56e9, "=", "surplus", None, VN5M, None, None),
  ("US$55.86 billion", 55.86e9, "=", ["two-way trade", "trade"], None, VNMAY, None, None),
  ("5.3 percent", 5.3, "=", ["two-way trade", "trade"], None, VNMAY, None, None),
  ("12.3 percent", 12.3, "=", ["two-way trade", "trade"], None, VNMAY, None, None),
  ("US$262.54 billion", 262.54e9, "=", "turnover", None, VN5M, None, None),
  ("14.7 percent", 14.7, "=", "turnover", "fell", VN5M, None, None),
  ("US$136.17 billion", 136.17e9, "=", "exports", None, VN5M, None, None),
  ("11.6 percent", 11.6, "=", "exports", None, VN5M, None, None),
  ("23 products", 23, "=", "products", None, VN5M, None, None),
  ("87.4 percent", 87.4, "=", ["export turnover", "turnover"], None, VN5M, None, None),
  ("US$26.81 billion", 26.81e9, "=", "imports", None, VNMAY, None, None),
  ("6.4 percent", 6.4, "=", "imports", "rose", VNMAY, None, None),
  ("US$126.37 billion", 126.37e9, "=", "imports", None, VN5M, None, None),
  ("17.9 percent", 17.9, "=", "imports", "fell", VN5M, None, None),
  ("US$43.95 billion", 43.95e9, "=", ["imports", "domestic firms"], None, VN5M, None, None),
  ("US$82.42 billion", 82.42e9, "=", ["imports", "FDI sector"], None, VN5M, None, None),
  ("Up to 24 import items", 24, "<=", "import items", None, VN5M, None, None),
  ("81.2 percent", 81.2, "=", ["export turnover", "total export turnover", "turnover"], None, VN5M, None, None),
  ("US$37.2 billion", 37.2e9, "=", ["Vietnamese goods", "goods"], None, VN5M, None, None),
  ("US$43.4 billion", 43.4e9, "=", ["Vietnamese goods", "goods"], None, VN5M, None, None),
  ("US$31.2 billion", 31.2e9, "=", "surplus", None, VN5M, None, None),
  ("US$12.6 billion", 12.6e9, "=", "surplus", None, VN5M, None, None),
  ("US$521 million", 521e6, "=", "surplus", None, VN5M, None, None),
  ("US$23.6 billion", 23.6e9, "=", "deficits", None, VN5M, None, None),
  ("US$10.8 billion", 10.8e9, "=", "deficits", None, VN5M, None, None),
  ("US$3.4 billion", 3.4e9, "=", "deficits", None, VN5M, None, None)],
 ["more than US$1 billion", "topped US$1 billion each"]),
("i-fin-czech-deficit-2008", "Radio Prague", "2009-01-02", "https://english.radio.cz/czech-state-deficit-below-czk-20-billion-8430832", "public finance",
 "The Czech state budget ended 2008 with a deficit of just under 20 billion crowns, more than 1 billion US dollars, the smallest shortfall in eleven years. "
 "The Finance Ministry had at first expected the shortfall to reach 70.8 billion crowns, and over the summer even lifted that estimate to 71.3 billion crowns. "
 "Last year's deficit of 19.4 billion crowns was the smallest since 1997, the year Václav Klaus's government ran a deficit of 15.7 billion crowns. "
 "Measured against GDP, the 2008 public budget deficit of the country stood at 1.2 percent, which satisfies one of the key conditions for joining the euro.",
 [("just under 20 billion crowns", 20e9, "nearly", ["deficit", "state budget"], None, CZ08, None, None),
  ("more than 1 billion US dollars", 1e9, ">", ["deficit", "state budget"], None, CZ08, None, None),
  ("70.8 billion crowns", 70.8e9, "=", ["deficit", "estimate"], None, CZ08, None, CZ_MOF),
  ("71.3 billion crowns", 71.3e9, "=", ["deficit", "estimate"], None, CZ08, None, CZ_MOF),
  ("19.4 billion crowns", 19.4e9, "=", "deficit", None, CZ08, None, None),
  ("15.7 billion crowns", 15.7e9, "=", "deficit", None, "1997-01-01..1997-12-31", None, None),
  ("1.2 percent", 1.2, "=", ["public budget deficit", "deficit", "GDP"], None, CZ08, None, None)],
 []),
("i-elec-colombia-2014", "Caracol TV", "2014-05-25", "https://noticias.caracoltv.com/colombia/zuluaga-vs-santos-la-segunda-vuelta-ya-comenzo", "elections",
 "BOGOTA - By 10:10 p.m. on Sunday, with 99.97% of polling tables pre-counted, bulletin 59 of the National Civil Registry (Registraduría) gave these first-round presidential results: "
 "Óscar Iván Zuluaga first with 3,759,971 votes (29.25%), President Juan Manuel Santos second with 3,301,815 (25.69%), Marta Lucía Ramírez third with 1,995,698 (15.52%), Clara López fourth with 1,958,414 (15.23%) and Enrique Peñalosa fifth with 1,065,142 (8.28%). "
 "Blank ballots numbered 770,610 (5.99%). "
 "Abstention reached 59.93%: 13,216,402 people voted out of 32,975,158 who were eligible. "
 "Earlier, at 8:45 p.m., the five municipalities with the largest blank vote were Piedras in Tolima (54.02%), La Victoria in Amazonas (33.3%), Santa Rosa in Bolívar (18.2%), Santa Helena in Santander (17.4%) and Toledo in Antioquia (14.2%). "
 "At 8:15 p.m. the departments with the highest share of blank votes were Bogotá (8.74%), Antioquia (7.57%), San Andrés (7.00%), Quindío (6.89%) and Risaralda (6.31%).",
 [("99.97%", 99.97, "=", ["polling tables", "tables"], None, CO_DAY, None, REGISTRY),
  ("3,759,971 votes", 3759971, "=", "votes", None, CO_DAY, None, REGISTRY),
  ("29.25%", 29.25, "=", None, None, CO_DAY, None, REGISTRY),
  ("3,301,815", 3301815, "=", "votes", None, CO_DAY, None, REGISTRY),
  ("25.69%", 25.69, "=", None, None, CO_DAY, None, REGISTRY),
  ("1,995,698", 1995698, "=", "votes", None, CO_DAY, None, REGISTRY),
  ("15.52%", 15.52, "=", None, None, CO_DAY, None, REGISTRY),
  ("1,958,414", 1958414, "=", "votes", None, CO_DAY, None, REGISTRY),
  ("15.23%", 15.23, "=", None, None, CO_DAY, None, REGISTRY),
  ("1,065,142", 1065142, "=", "votes", None, CO_DAY, None, REGISTRY),
  ("8.28%", 8.28, "=", None, None, CO_DAY, None, REGISTRY),
  ("770,610", 770610, "=", ["blank ballots", "ballots"], None, CO_DAY, None, None),
  ("5.99%", 5.99, "=", ["blank ballots", "ballots"], None, CO_DAY, None, None),
  ("59.93%", 59.93, "=", "abstention", None, CO_DAY, None, None),
  ("13,216,402 people", 13216402, "=", "people", None, CO_DAY, None, None),
  ("32,975,158", 32975158, "=", ["people", "voters"], None, CO_DAY, None, None),
  ("54.02%", 54.02, "=", None, None, CO_DAY, "Piedras", None),
  ("33.3%", 33.3, "=", None, None, CO_DAY, "La Victoria", None),
  ("18.2%", 18.2, "=", None, None, CO_DAY, "Santa Rosa", None),
  ("17.4%", 17.4, "=", None, None, CO_DAY, "Santa Helena", None),
  ("14.2%", 14.2, "=", None, None, CO_DAY, "Toledo", None),
  ("8.74%", 8.74, "=", None, None, CO_DAY, "Bogotá", None),
  ("7.57%", 7.57, "=", None, None, CO_DAY, "Antioquia", None),
  ("7.00%", 7.0, "=", None, None, CO_DAY, "San Andrés", None),
  ("6.89%", 6.89, "=", None, None, CO_DAY, "Quindío", None),
  ("6.31%", 6.31, "=", None, None, CO_DAY, "Risaralda", None)],
 ["the five municipalities"]),
("i-poll-ireland-ipsos-2024", "The Irish Times", "2024-05-16", "https://irishtimes-irishtimes-staging.cdn.arcpublishing.com/politics/2024/05/16/sinn-fein-slide-continues-with-further-five-point-decline-in-irish-timesipsos-ba-opinion-poll", "poll",
 "Support for Sinn Féin has dropped again and Fine Gael has climbed back to draw level with it, the latest Irish Times/Ipsos B&A opinion poll shows, while backing for Independents, Fianna Fáil and most of the smaller parties has held steady since the previous poll in February. "
 "Leaving out the undecided and people unlikely to vote, the poll puts Sinn Féin on 23 per cent (down five points), Fine Gael on 23 per cent (up four) and Fianna Fáil on 20 per cent (unchanged). "
 "Among smaller parties, the Green Party has 4 per cent (down one), Labour is on 5 per cent (up one), the Social Democrats on 3 per cent (down one), and Solidarity-People Before Profit on 2 per cent and Aontú on 1 per cent, both unchanged. "
 "Independents stand at 17 per cent, also unchanged. "
 "Asked which mix of parties they would like to see in the next government, 33 per cent of voters chose a continuation of the current Fianna Fáil-Fine Gael-Green coalition, and 20 per cent chose a Sinn Féin-led government without either Fianna Fáil or Fine Gael. "
 "The local and European elections are three weeks away. Sinn Féin's five-point fall comes after it lost six points in the previous poll in February, part of a slide that has run for more than a year.",
 [("23 per cent", 23, "=", ["Sinn Féin", "support"], None, None, None, POLL),
  ("down five points", 5, "=", ["Sinn Féin", "support"], "fell", None, None, POLL),
  ("23 per cent", 23, "=", ["Fine Gael", "support"], None, None, None, POLL, 1),
  ("up four", 4, "=", ["Fine Gael", "support"], "rose", None, None, POLL),
  ("20 per cent", 20, "=", ["Fianna Fáil", "support"], None, None, None, POLL),
  ("Green Party has 4 per cent", 4, "=", ["Green Party", "support"], None, None, None, None),
  ("down one", 1, "=", ["Green Party", "support"], "fell", None, None, None),
  ("Labour is on 5 per cent", 5, "=", ["Labour", "support"], None, None, None, None),
  ("up one", 1, "=", ["Labour", "support"], "rose", None, None, None),
  ("Social Democrats on 3 per cent", 3, "=", ["Social Democrats", "support"], None, None, None, None),
  ("down one", 1, "=", ["Social Democrats", "support"], "fell", None, None, None, 1),
  ("Profit on 2 per cent", 2, "=", ["Solidarity-People Before Profit", "support"], None, None, None, None),
  ("Aontú on 1 per cent", 1, "=", ["Aontú", "support"], None, None, None, None),
  ("17 per cent", 17, "=", ["Independents", "support"], None, None, None, None),
  ("33 per cent", 33, "=", "voters", None, None, None, None),
  ("20 per cent", 20, "=", "voters", None, None, None, None, 1),
  ("lost six points", 6, "=", ["Sinn Féin", "support"], "fell", "2024-02-01..2024-02-29", None, None)],
 ["five-point fall"]),
("i-biz-safaricom-fy2022", "The EastAfrican", "2022-05-12", "https://www.theeastafrican.co.ke/tea/business/safaricom-financial-results-3812962", "company results",
 "Safaricom's net profit slipped 1.7 percent to Ksh67.49 billion ($581 million) in the year to March 2022, the first set of results to take in its Ethiopian business. "
 "It is the telco's second annual decline running, after a 6.8 percent fall in profit last year that was its first in nine years. "
 "M-Pesa revenue surged 38.3 percent to Ksh107.7 billion ($927 million), helped by the return of charges on transfers under Ksh1,000 ($8.61) and by stronger business activity, which together lifted service revenue 12.3 percent to Ksh281 billion ($2.4 billion). "
 "The board has proposed a final dividend of Ksh0.75 a share, worth Ksh30.04 billion ($258 million), taking the payout for the year to Ksh56 billion ($482 million). "
 "Earlier it paid an interim dividend of Ksh0.64 on each ordinary share, or Ksh25.64 billion ($220 million).",
 [("1.7 percent", 1.7, "=", ["net profit", "profit"], "fell", KE_FY22, None, None),
  ("Ksh67.49 billion", 67.49e9, "=", ["net profit", "profit"], None, KE_FY22, None, None),
  ("$581 million", 581e6, "=", ["net profit", "profit"], None, KE_FY22, None, None),
  ("6.8 percent", 6.8, "=", "profit", "fell", KE_FY21, None, None),
  ("38.3 percent", 38.3, "=", ["M-Pesa revenue", "revenue"], "rose", KE_FY22, None, None),
  ("Ksh107.7 billion", 107.7e9, "=", ["M-Pesa revenue", "revenue"], None, KE_FY22, None, None),
  ("$927 million", 927e6, "=", ["M-Pesa revenue", "revenue"], None, KE_FY22, None, None),
  ("12.3 percent", 12.3, "=", ["service revenue", "revenue"], "rose", KE_FY22, None, None),
  ("Ksh281 billion", 281e9, "=", ["service revenue", "revenue"], None, KE_FY22, None, None),
  ("$2.4 billion", 2.4e9, "=", ["service revenue", "revenue"], None, KE_FY22, None, None),
  ("Ksh0.75", 0.75, "=", ["final dividend", "dividend"], None, KE_FY22, None, BOARD),
  ("Ksh30.04 billion", 30.04e9, "=", ["final dividend", "dividend"], None, KE_FY22, None, BOARD),
  ("$258 million", 258e6, "=", ["final dividend", "dividend"], None, KE_FY22, None, BOARD),
  ("Ksh56 billion", 56e9, "=", "payout", None, KE_FY22, None, BOARD),
  ("$482 million", 482e6, "=", "payout", None, KE_FY22, None, BOARD),
  ("Ksh0.64", 0.64, "=", ["interim dividend", "dividend"], None, KE_FY22, None, None),
  ("Ksh25.64 billion", 25.64e9, "=", ["interim dividend", "dividend"], None, KE_FY22, None, None),
  ("$220 million", 220e6, "=", ["interim dividend", "dividend"], None, KE_FY22, None, None)],
 ["under Ksh1,000", "($8.61)"]),
("i-mkt-vietnam-vnindex-2024", "Viet Nam News (via EIN Presswire)", "2024-02-20", "https://www.einpresswire.com/article/689928385/market-remains-upbeat-on-large-cap-stocks", "markets",
 "HÀ NỘI — The benchmark indices ended higher on Tuesday, stretching their winning run to a seventh straight session as domestic and foreign investors came back. "
 "The VN-Index on the Hồ Chí Minh Stock Exchange (HoSE) gained 5.09 points, or 0.42 per cent, to 1,230.06 points, after adding more than 15 points on Monday. "
 "Market breadth was even, with 157 stocks falling and 157 rising. "
 "Trading value on the southern exchange held above VNĐ20 trillion: more than VNĐ21.1 trillion (US$860.7 million) changed hands, for a volume of over 939.9 million shares. "
 "The VN30-Index of the 30 largest HoSE stocks also closed up, at 1,241.65 points, a rise of 1.45 points or 0.12 per cent, even though its losers beat its gainers 16 to 10. "
 "Saigon - Hanoi Securities JSC (SHS) said the VN-Index had broken through short-term psychological resistance at 1,200 points and was nearing a key resistance level of 1,250 points. "
 "Vietcombank (VCB) led the advance with a 1.22 per cent gain in market capitalisation, while the three Vin-family stocks, Vingroup (VIC), Vinhomes (VHM) and Vincom Retail (VRE), rose by 1.32-6.03 per cent. "
 "All three had hit the 7 per cent daily limit on Monday.",
 [("5.09 points", 5.09, "=", "VN-Index", "rose", VN_DAY, None, None),
  ("0.42 per cent", 0.42, "=", "VN-Index", "rose", VN_DAY, None, None),
  ("1,230.06 points", 1230.06, "=", "VN-Index", None, VN_DAY, None, None),
  ("more than 15 points", 15, ">", "VN-Index", "rose", VN_MON, None, None),
  ("157 stocks", 157, "=", "stocks", "fell", VN_DAY, None, None),
  ("157 rising", 157, "=", "stocks", "rose", VN_DAY, None, None),
  ("above VNĐ20 trillion", 20e12, ">", "trading value", None, VN_DAY, None, None),
  ("more than VNĐ21.1 trillion", 21.1e12, ">", "trading value", None, VN_DAY, None, None),
  ("US$860.7 million", 860.7e6, ">", "trading value", None, VN_DAY, None, None),
  ("over 939.9 million shares", 939.9e6, ">", "shares", None, VN_DAY, None, None),
  ("1,241.65 points", 1241.65, "=", "VN30-Index", None, VN_DAY, None, None),
  ("1.45 points", 1.45, "=", "VN30-Index", "rose", VN_DAY, None, None),
  ("0.12 per cent", 0.12, "=", "VN30-Index", "rose", VN_DAY, None, None),
  ("16 to 10", 16, "=", "losers", None, VN_DAY, None, None),
  ("to 10", 10, "=", "gainers", None, VN_DAY, None, None),
  ("1.22 per cent", 1.22, "=", "market capitalisation", "rose", VN_DAY, None, None),
  ("1.32-6.03 per cent", None, ("range", 1.32, 6.03), ["Vin-family stocks", "stocks"], "rose", VN_DAY, None, None),
  ("7 per cent", 7, "=", None, None, VN_MON, None, None)],
 ["30 largest", "1,200 points", "1,250 points", "the three Vin-family stocks", "All three"]),
("i-health-nigeria-lassa-2023", "The Nation", "2023-04-06", "https://thenationonlineng.net/lassa-fever-deaths-hit-144-cases-823/", "health",
 "Deaths from Lassa fever in Nigeria had climbed to 144 as of March 26, an epidemiological report from the Nigeria Centre for Disease Control and Prevention (NCDC) shows. "
 "Over the 12 weeks, 823 cases were confirmed in 24 states and 98 local government areas, the report said. "
 "Ondo (262), Edo (238), Bauchi (92) and Taraba (73) had the most confirmed cases, while the most deaths were in Edo (31), Ondo (30), Ebonyi (27) and Taraba (25). "
 "The NCDC put the case fatality ratio (CFR) at 17.5 per cent. People aged 21 to 30 were the group most affected, and the male-to-female ratio among confirmed cases was 1:0.9. "
 "The agency said it had set up a national multi-partner, multi-sectoral Emergency Operations Centre (EOC) for Lassa fever to run the response, and that three more health workers were infected between March 20 and 26. "
 "Between week one and week 12 there were 144 deaths, giving a CFR of 17.5 per cent, lower than the 18.6 per cent of the same weeks in 2022, the report said. "
 "Three states, Ondo, Edo and Bauchi, accounted for 72 per cent of confirmed cases, while three states were the source of 28 per cent. "
 "Of that 72 per cent, Ondo had 32 per cent, Edo 29 per cent and Bauchi 11 per cent. "
 "Suspected cases were up on the same period of 2022.",
 [("to 144", 144, "=", "deaths", None, NG_2023, "Nigeria", NCDC),
  ("823 cases", 823, "=", "cases", None, NG_2023, None, NCDC),
  ("24 states", 24, "=", "states", None, NG_2023, None, NCDC),
  ("98 local government areas", 98, "=", "local government areas", None, NG_2023, None, NCDC),
  ("(262)", 262, "=", "cases", None, NG_2023, "Ondo", None),
  ("(238)", 238, "=", "cases", None, NG_2023, "Edo", None),
  ("(92)", 92, "=", "cases", None, NG_2023, "Bauchi", None),
  ("(73)", 73, "=", "cases", None, NG_2023, "Taraba", None),
  ("(31)", 31, "=", "deaths", None, NG_2023, "Edo", None),
  ("(30)", 30, "=", "deaths", None, NG_2023, "Ondo", None),
  ("(27)", 27, "=", "deaths", None, NG_2023, "Ebonyi", None),
  ("(25)", 25, "=", "deaths", None, NG_2023, "Taraba", None),
  ("17.5 per cent", 17.5, "=", ["case fatality ratio", "CFR"], None, NG_2023, None, NCDC),
  ("three more health workers", 3, "=", "health workers", "infected", "2023-03-20..2023-03-26", None, NCDC),
  ("144 deaths", 144, "=", "deaths", None, NG_2023, None, NCDC),
  ("17.5 per cent", 17.5, "=", ["CFR", "case fatality ratio"], None, NG_2023, None, NCDC, 1),
  ("18.6 per cent", 18.6, "=", ["CFR", "case fatality ratio"], None, NG_2022, None, NCDC),
  ("72 per cent", 72, "=", ["confirmed cases", "cases"], None, NG_2023, None, None),
  ("28 per cent", 28, "=", ["confirmed cases", "cases"], None, NG_2023, None, None),
  ("32 per cent", 32, "=", ["confirmed cases", "cases"], None, NG_2023, "Ondo", None),
  ("29 per cent", 29, "=", ["confirmed cases", "cases"], None, NG_2023, "Edo", None),
  ("11 per cent", 11, "=", ["confirmed cases", "cases"], None, NG_2023, "Bauchi", None)],
 ["1:0.9", "Three states", "while three states", "Of that 72 per cent"]),
("i-health-argentina-dengue-2024", "MercoPress", "2024-06-24", "https://en.mercopress.com/2024/06/24/considerable-increase-in-dengue-cases-in-argentina", "health",
 "Argentina has logged more than 512,000 dengue cases so far this year, 318% more than a year earlier, even though infections have been falling for ten weeks, according to the Health Ministry's National Epidemiological Bulletin (BEN). "
 "Over weeks 1 to 24 of 2024 the bulletin counted 512,458 cases, 97% of the 529,625 infections in a season that began with Epidemiological Week 31 of 2023. "
 "Of the 369 deaths this season, 358 came this year. Dengue is circulating locally in 19 of Argentina's 24 districts. "
 "The central region accounted for the most cases (61.4%), ahead of the northwest (23.3%) and the northeast (13.1%). "
 "The people who died were 49 years old on average, and deaths were recorded in 18 of the 24 jurisdictions. "
 "The ministry analyses dengue by season, a 52-week stretch from week 31 of one year to week 30 of the next. "
 "Nationally, cases have fallen for 10 weeks, after the three worst weeks, weeks 12 to 14, averaging 60,884 cases a week, the BEN said. "
 "Of the 529,625 cases in the season, 95% were locally acquired, 3% were still under investigation and 2% were imported.",
 [("more than 512,000 dengue cases", 512000, ">", ["dengue cases", "cases"], None, AR_YTD, "Argentina", BEN),
  ("318%", 318, "=", ["dengue cases", "cases"], None, AR_YTD, None, BEN),
  ("512,458 cases", 512458, "=", "cases", None, AR_W24, None, BEN),
  ("97%", 97, "=", ["infections", "cases"], None, AR_W24, None, BEN),
  ("529,625 infections", 529625, "=", "infections", None, AR_SEASON, None, BEN),
  ("369 deaths", 369, "=", "deaths", None, AR_SEASON, None, None),
  ("358 came", 358, "=", "deaths", None, AR_YTD, None, None),
  ("19 of", 19, "=", "districts", None, None, None, None),
  ("24 districts", 24, "=", "districts", None, None, None, None),
  ("61.4%", 61.4, "=", "cases", None, None, "central region", None),
  ("23.3%", 23.3, "=", "cases", None, None, "northwest", None),
  ("13.1%", 13.1, "=", "cases", None, None, "northeast", None),
  ("18 of", 18, "=", "jurisdictions", None, None, None, None),
  ("24 jurisdictions", 24, "=", "jurisdictions", None, None, None, None),
  ("60,884 cases", 60884, "=", "cases", None, "2024-03-17..2024-04-06", None, BEN),
  ("95%", 95, "=", "cases", None, AR_SEASON, None, None),
  ("3% were still", 3, "=", "cases", None, AR_SEASON, None, None),
  ("2% were imported", 2, "=", "cases", None, AR_SEASON, None, None)],
 ["49 years old", "the three worst weeks", "Of the 529,625 cases"]),
("i-disaster-otis-2023", "Reuters (via Vigour Times)", "2023-10-28", "https://vigourtimes.com/devastating-hurricane-otis-claims-lives-of-39-in-mexico-unprecedented-death-toll", "disasters",
 "MEXICO CITY (Reuters) - Hurricane Otis has now killed 39 people, the government said on Saturday, citing updated figures, days after the Category 5 storm tore through the Pacific resort of Acapulco. "
 "Otis hit Acapulco early on Wednesday with winds of 165 miles per hour (266 km per hour), flooding the city, ripping roofs off homes, shops and hotels, swamping vehicles and cutting phone lines, roads and flights. "
 "The government had earlier put the toll at 27 dead and four missing. Security Minister Rosa Icela Rodriguez said 10 people were now unaccounted for. "
 "Looting has hit Acapulco since the record storm, with thousands of residents struggling to find food and water, and officials fear the number of dead may climb amid complaints that aid has been too slow. "
 "The revised toll is made up of 29 men and 10 women, according to a statement citing data from Guerrero, the state in which Acapulco lies. "
 "It said more than 220,000 homes had been affected, as had 80% of the hotel sector, and over 513,000 people were left without power. "
 "The damage from Otis is estimated to run into billions of dollars, and more than 8,000 members of the armed forces have been sent to help the port recover.",
 [("39 people", 39, "=", "people", "killed", None, None, ["government", "the government"]),
  ("165 miles per hour", 165, "=", "winds", None, "2023-10-25", "Acapulco", None),
  ("266 km per hour", 266, "=", "winds", None, "2023-10-25", "Acapulco", None),
  ("27 dead", 27, "=", ["dead", "toll"], "killed", None, None, ["government", "The government"]),
  ("four missing", 4, "=", "missing", "missing", None, None, ["government", "The government"]),
  ("10 people", 10, "=", "people", "missing", None, None, ["Security Minister Rosa Icela Rodriguez", "Rosa Icela Rodriguez"]),
  ("thousands of residents", None, ("vague", 2000, 10000), "residents", None, None, "Acapulco", None),
  ("29 men", 29, "=", "men", None, None, None, GUERRERO),
  ("10 women", 10, "=", "women", None, None, None, GUERRERO),
  ("more than 220,000 homes", 220000, ">", "homes", "affected", None, None, GUERRERO),
  ("80%", 80, "=", "hotel sector", "affected", None, None, GUERRERO),
  ("over 513,000 people", 513000, ">", "people", None, None, None, GUERRERO),
  ("billions of dollars", None, ("vague", 2e9, 1e10), "damage", None, None, None, None),
  ("more than 8,000 members", 8000, ">", ["members", "armed forces"], None, None, None, None)],
 []),
("i-disaster-central-java-2016", "Channel NewsAsia (via Neo Network)", "2016-06-20", "http://neonetwork.pk/death-toll-from-indonesian-floods-landslides-rises-to-47/", "disasters",
 "JAKARTA: Weekend floods and landslides in Indonesia's Central Java province had killed 47 people by Monday (Jun 20), the National Disaster Mitigation Agency (BNPB) said. "
 "Another 15 people were missing, agency spokesman Sutopo Nugroho said, and most of the victims came from Puworejo district on Java's south coast. "
 "Java ought to be heading into its dry season but has had heavy downpours in recent weeks; on Saturday the rain fell for about 10 hours across much of Central Java. "
 "The search for the missing involved more than 200 personnel, drawn from the army, the police, community volunteers and the national search and rescue agency, the BNPB said, and a further 250 were due to join it; the operation will go on until Friday. "
 "Sutopo said property damage could well reach hundreds of thousands of dollars, and warned that La Nina, which usually brings unseasonal heavy rain, was expected to strengthen in the coming months.",
 [("47 people", 47, "=", "people", "killed", "2016-06-18..2016-06-20", "Central Java", BNPB),
  ("15 people", 15, "=", "people", "missing", "2016-06-20", None, SUTOPO),
  ("more than 200 personnel", 200, ">", "personnel", None, "2016-06-20", None, BNPB),
  ("a further 250", 250, "=", "personnel", None, None, None, BNPB),
  ("hundreds of thousands of dollars", None, ("vague", 200000, 1000000), ["property damage", "damage"], None, None, None, SUTOPO)],
 ["about 10 hours"]),
("i-mig-mexico-inm-2022", "Associated Press (via East Coast Daily)", "2022-02-01", "https://eastcoastdaily.in/2022/02/01/number-of-migrants-jailed-in-mexico-increases-by-78-in-january.html", "migration",
 "Migrant detentions in Mexico jumped 78 percent in January from a year earlier, the National Immigration Institute said. "
 "From January 1 to January 30, the institute held 16,740 migrants, most of them Central Americans, compared with 9,406 people detained without papers in the same weeks of 2021. "
 "It was not clear whether last year's lower figure reflected the severe coronavirus wave of last winter. "
 "Of those held, 14.5 percent were minors younger than 18, and 780 of them were travelling with no family member, the agency said. "
 "Six thousand two hundred migrants, 38% of all those held, had come from outside the Americas, from Asia, Africa, Europe or elsewhere. "
 "Smugglers have lately tried new methods. Last week, officials said, police in Tabasco, on the Gulf coast, stopped eight motorcycles at a checkpoint, each carrying a rider with a Cuban migrant behind, some 180 miles (300 kilometres) from where the trip began; the riders were bound for Coahuila in the north, close to 1,000 miles (1,600 kilometres) away. "
 "Days before, 28 Nicaraguans had been found crammed into a fake ambulance painted with public health service logos in Oaxaca, on the Pacific coast.",
 [("78 percent", 78, "=", ["migrant detentions", "detentions"], "rose", MX_JAN, "Mexico", INM),
  ("16,740 migrants", 16740, "=", "migrants", None, MX_JAN, None, INM),
  ("9,406 people", 9406, "=", "people", None, "2021-01-01..2021-01-30", None, INM),
  ("14.5 percent", 14.5, "=", ["minors", "those held"], None, MX_JAN, None, INM),
  ("780", 780, "=", ["minors", "them"], None, MX_JAN, None, INM),
  ("Six thousand two hundred migrants", 6200, "=", "migrants", None, MX_JAN, None, None),
  ("38%", 38, "=", ["migrants", "total"], None, MX_JAN, None, None),
  ("eight motorcycles", 8, "=", "motorcycles", None, None, "Tabasco", None),
  ("some 180 miles", 180, "~", None, None, None, None, None),
  ("300 kilometres", 300, "~", None, None, None, None, None),
  ("close to 1,000 miles", 1000, "nearly", None, None, None, None, None),
  ("1,600 kilometres", 1600, "nearly", None, None, None, None, None),
  ("28 Nicaraguans", 28, "=", "Nicaraguans", None, None, "Oaxaca", None)],
 []),
("i-sport-nigeria-sao-tome-2023", "The ICIR", "2023-09-10", "https://www.icirnigeria.org/nigeria-secures-2024-afcon-ticket-wallops-sao-tome-60-in-last-match/", "sport",
 "Nigeria's Super Eagles booked their place at the 2024 Africa Cup of Nations (AFCON) in Côte d'Ivoire by thrashing São Tomé and Príncipe 6-0 on Sunday. "
 "The last group game, at the Godswill Akpabio International Stadium in Uyo, Akwa Ibom State, was a dead rubber, but the three-time African champions needed it to finish top of Group A. "
 "Napoli striker Victor Osimhen scored a hat-trick: he opened the scoring in the 13th minute, converted a penalty in the 70th and ran onto a pass from Samuel Chukwueze in the 79th, lifting his tally to ten goals in the six qualifiers. "
 "Ademola Lookman added a fine finish in the 27th minute, Nottingham Forest forward Taiwo Awoniyi scored with an acrobatic kick in the 51st, and Chukwueze also got on the scoresheet. "
 "The result left Nigeria first in Group A with 15 points from six games and 22 goals; Guinea-Bissau are second on 10 points and still have a game to play, against Sierra Leone on Monday. "
 "Of their six qualifiers, the Super Eagles won five and lost only one, 1-2 to Sierra Leone; they conceded four goals, for a goal difference of 18, and no African side scored more goals in this qualifying round.",
 [("ten goals", 10, "=", "goals", None, None, None, None),
  ("15 points", 15, "=", "points", None, None, None, None),
  ("six games", 6, "=", "games", None, None, None, None),
  ("22 goals", 22, "=", "goals", None, None, None, None),
  ("10 points", 10, "=", "points", None, None, None, None),
  ("won five", 5, "=", ["qualifiers", "games", "matches"], "won", None, None, None),
  ("lost only one", 1, "=", ["qualifiers", "games", "matches"], "lost", None, None, None),
  ("four goals", 4, "=", "goals", None, None, None, None),
  ("goal difference of 18", 18, "=", "goal difference", None, None, None, None)],
 ["6-0", "1-2", "the six qualifiers", "Of their six qualifiers"]),
("i-energy-nigeria-grid-2023", "Vanguard (via Ashe News Daily)", "2023-09-14", "https://ashenewsdaily.com/?p=76774", "energy",
 "Nigeria was plunged into darkness again on Thursday after the national grid, run by the Transmission Company of Nigeria (TCN) from Osogbo in Osun State, collapsed. "
 "In the small hours, power supply fell 93.5 percent to 273 megawatts (MW), down from 4,182MW on Monday, according to data from the Nigeria Electricity System Operator, a semi-autonomous unit of TCN. "
 "Five plants were on the grid as of 4:00 a.m. on Thursday: Afam VI was producing 0.70MW, Dadinkowa 0.00MW, Ibom Power 32.90MW and Jebba 240MW, while Olorunsogo was connected but generating nothing. "
 "Around 1 a.m. the grid was carrying just 35MW, a sign of a complete collapse. It rose to 193MW at about 3 a.m. and then to 273MW by the time of the report. "
 "TCN's managing director and chief executive, Sule Abdulaziz, did not answer calls or text messages, but a senior industry figure confirmed the collapse, saying the grid had been highly unstable for days. "
 "Checks by Vanguard showed that generation had already dropped 59 percent on Tuesday, to 1,705MW, from 4,182MW at 06:00 hours the day before, because of a grid disturbance.",
 [("93.5 percent", 93.5, "=", ["power supply", "power"], "fell", NG_DAY, "Nigeria", NESO),
  ("273 megawatts", 273, "=", ["power supply", "power"], None, NG_DAY, "Nigeria", NESO),
  ("4,182MW", 4182, "=", ["power supply", "power"], None, "2023-09-11", None, NESO),
  ("Five plants", 5, "=", "plants", None, NG_DAY, None, None),
  ("0.70MW", 0.7, "=", None, None, NG_DAY, None, None),
  ("0.00MW", 0, "=", None, None, NG_DAY, None, None),
  ("32.90MW", 32.9, "=", None, None, NG_DAY, None, None),
  ("240MW", 240, "=", None, None, NG_DAY, None, None),
  ("35MW", 35, "=", ["power", "grid"], None, NG_DAY, None, None),
  ("193MW", 193, "=", "power", None, NG_DAY, None, None),
  ("273MW", 273, "=", "power", None, NG_DAY, None, None),
  ("59 percent", 59, "=", "generation", "fell", "2023-09-12", None, VANGUARD),
  ("1,705MW", 1705, "=", "generation", None, "2023-09-12", None, VANGUARD),
  ("4,182MW", 4182, "=", "generation", None, "2023-09-11", None, VANGUARD, 1)],
 []),
("i-conflict-colombia-eln-2015", "Latin Correspondent", "2015-10-27", "http://latincorrespondent.com/2015/10/twelve-dead-eln-attack-colombian-military/", "conflict",
 "Colombia's second-biggest guerrilla group, the National Liberation Army (ELN), has killed 12 members of the security forces in Boyacá department while troops were carrying ballots from the country's regional elections. "
 "The rebels hit the soldiers with explosives and then opened fire in Guicán municipality, in an area that belongs to the Uwa indigenous people. The dead were 11 soldiers and one police officer. "
 "Three soldiers were wounded, the defence ministry said in a statement, and still missing are two election officials, two soldiers, one Uwa community member and a police patrolman. "
 "For over a year the Cuban-inspired ELN and government envoys have been in exploratory peace talks. "
 "President Juan Manuel Santos called Sunday's regional elections the safest in decades, with violence down 60 percent from the previous vote in 2011.",
 [("12 members", 12, "=", ["members", "security forces"], "killed", None, "Boyacá", None),
  ("11 soldiers", 11, "=", "soldiers", "killed", None, None, None),
  ("one police officer", 1, "=", "police officer", "killed", None, None, None),
  ("Three soldiers", 3, "=", "soldiers", "injured", None, None, CO_MOD),
  ("two soldiers", 2, "=", "soldiers", "missing", None, None, CO_MOD),
  ("two election officials", 2, "=", "election officials", "missing", None, None, CO_MOD),
  ("one Uwa community member", 1, "=", ["Uwa community member", "member"], "missing", None, None, CO_MOD),
  ("60 percent", 60, "=", "violence", "fell", "2015-10-25", None, ["President Juan Manuel Santos", "Juan Manuel Santos", "Santos"])],
 []),
]
