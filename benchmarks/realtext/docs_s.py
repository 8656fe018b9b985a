# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, seventeenth set: sixteen more rewritten reports across beats (Angolan, Kyrgyz, Belarusian,
Iraqi, Liberian, Kosovar, Russian, Emirati, Myanmar, Lebanese, Vanuatuan, Sierra Leonean, Mayotte/Comorian,
Kyrgyz/Qatari, Swiss and Togolese material), annotated before the extractor was run on them and scored once
(heldout17/README.md); not used to shape rules.

Same tuple layout as docs_c.py .. docs_r.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout17/ by build.py."""
INE_AO = ["National Statistics Institute", "INE", "the National Statistics Institute (INE)", "National Statistics Institute (INE)", "release"]
AO_APR = "2021-04-01..2021-04-30"
AO21 = "2021-01-01..2021-12-31"
NSC_KG = ["National Statistical Committee", "Zainidin Zhumaliev", "Zhumaliev", "deputy chairman of the National Statistical Committee", "Zainidin Zhumaliev, deputy chairman of the National Statistical Committee"]
KG_Q1 = "2023-01-01..2023-03-31"
MINFIN_BY = ["Finance Ministry", "the Finance Ministry", "ministry", "Interfax"]
BY_H1 = "2010-01-01..2010-06-30"
BY10 = "2010-01-01..2010-12-31"
BY09 = "2009-01-01..2009-12-31"
OILMIN = ["Oil Ministry", "the Oil Ministry", "ministry", "SOMO"]
JIHAD = ["Assem Jihad", "Jihad", "ministry spokesman Assem Jihad", "Oil Ministry", "ministry"]
IQ_OCT = "2018-10-01..2018-10-31"
IQ_SEP = "2018-09-01..2018-09-30"
NEC_LR = ["National Elections Commission", "NEC", "Jerome Korkoya", "Korkoya", "NEC chairman Jerome Korkoya", "Liberia's National Elections Commission (NEC)"]
LR_DAY = "2017-12-26"
CEC_KS = ["Central Election Commission", "CEC", "Valdete Daka", "Daka", "CEC chairwoman Valdete Daka", "Kosovo's Central Election Commission (CEC)"]
KS_DAY = "2019-10-06"
SB = ["Sberbank"]
SB_Q2 = "2017-04-01..2017-06-30"
HURWITZ = ["Jason Hurwitz", "Hurwitz", "VTB Capital", "VTB Capital analyst Jason Hurwitz"]
ENBD = ["Emirates NBD", "bank", "the bank", "statement"]
NELSON = ["Shayne Nelson", "Nelson", "group chief executive Shayne Nelson", "Emirates NBD"]
EN_Q2 = "2022-04-01..2022-06-30"
EN_Q2_21 = "2021-04-01..2021-06-30"
EN_H1 = "2022-01-01..2022-06-30"
MOHS = ["Ministry of Health and Sports", "MOHS", "Department of Public Health", "the Ministry of Health and Sports (MOHS)", "ministry"]
MM_19 = "2019-01-01..2019-08-10"
MOPH_LB = ["Health Ministry", "the Health Ministry", "report", "daily report"]
ABIAD = ["Firass Abiad", "Abiad", "Health Minister Firass Abiad", "caretaker Health Minister Firass Abiad"]
LRA = ["Litani River Authority", "LRA", "the Litani River Authority (LRA)"]
LB_SINCE = "2022-10-01..2022-12-13"
NDMO = ["National Disaster Management Office", "NDMO", "the National Disaster Management Office"]
LONSDALE = ["Baldwin Lonsdale", "Lonsdale", "Vanuatu's president, Baldwin Lonsdale", "president"]
VU_DAYS = "2015-03-13..2015-03-16"
SL = ["Freetown", "Sierra Leone", "Regent"]
SL_DAYS = "2017-08-14..2017-08-15"
MAYOR_FT = ["mayor of Freetown", "the mayor of Freetown", "Freetown mayor"]
CONTEH = ["Paolo Conteh", "Conteh", "interior minister Paolo Conteh", "interior minister"]
MARAH = ["Foray K Marah", "Marah", "Red Cross", "Red Cross representative Foray K Marah"]
PREF_YT = ["prefecture", "the prefecture", "Mayotte prefecture", "report", "document", "the prefecture's document"]
JDM = ["Le Journal de Mayotte", "Journal de Mayotte"]
YT_JA = "2022-01-01..2022-04-30"
YT_JA21 = "2021-01-01..2021-04-30"
KGQ_DAY = "2025-03-25"
ZH12 = "2012-01-01..2012-12-31"
ZH11 = "2011-01-01..2011-12-31"
ZRH = ["Zurich Airport", "Zurich"]
FZAG = ["Flughafen Zürich AG", "Flughafen Zurich AG", "company", "the company"]
TG_DAY = "2022-05-11"
TG_NORTH = ["northern Togo", "Togo"]
YARK = ["Damehame Yark", "Yark", "General Damehame Yark", "Security Minister General Damehame Yark", "minister", "a minister"]
TG_GOV = ["government", "the government", "Togo's government", "Togolese government"]
NITIWUL = ["Dominic Nitiwul", "Nitiwul", "Ghana's defence minister Dominic Nitiwul", "defence minister"]

DOCS = [
("s-econ-angola-cpi-2021", "Macau Business", "2021-05-14", "https://www.macaubusiness.com/angola-consumer-prices-up-2-09-pct-in-april-24-82-pct-on-same-month-last-year-ine/", "economy",
 "Consumer prices in Angola rose 2.09 pct in April alone and were 24.82 pct higher than a year before, according to the most recent figures of the National Statistics Institute (INE), published on Friday. "
 "The National Consumer Price Index (IPCN) release put the annual rate 4.01 percentage points above the one recorded a year earlier. "
 "Food and non-alcoholic beverages showed the largest monthly increase, 2.58%, ahead of health (2.21%), miscellaneous goods and services (1.97%) and hotels, cafés and restaurants (1.84%). "
 "Given its weight in the index, food and drink was also, INE said, the category that did most to push up the general price level, making up 1.45 percentage points of April's 2.09% rise. "
 "The monthly rise was 0.31 of a percentage point above March's and 0.04 of a point above the 2.05% rise of April 2020. "
 "In the first four months of 2021 Angolan consumer prices have gone up 7.65%, much as in the same months of last year, when they climbed 7.89%, and 3.25 percentage points more than the 4.40% recorded over the same period of 2019. "
 "By province, the biggest monthly rises were in Luanda (2.32%), Lunda Sul (2.26%), Uíge (2.19%) and Zaire (2.17%), and the smallest in Huambo (1.66%), Moxico (1.61%), Bié (1.55%) and Cabinda (1.52%). "
 "The government's draft state budget for 2021 assumes 18.27% consumer price inflation over the full year, while NKC African Economics, a consultancy, predicted in January that inflation would reach 22.6% this year.",
 [("2.09 pct", 2.09, "=", ["consumer prices", "prices"], "rose", AO_APR, "Angola", INE_AO),
  ("24.82 pct", 24.82, "=", ["consumer prices", "prices"], None, AO_APR, "Angola", INE_AO),
  ("4.01 percentage points", 4.01, "=", ["annual rate", "rate"], None, AO_APR, "Angola", INE_AO),
  ("2.58%", 2.58, "=", ["food and non-alcoholic beverages", "food"], "rose", AO_APR, "Angola", None),
  ("2.21%", 2.21, "=", "health", "rose", AO_APR, "Angola", None),
  ("1.97%", 1.97, "=", ["miscellaneous goods and services", "goods and services"], "rose", AO_APR, "Angola", None),
  ("1.84%", 1.84, "=", ["hotels, cafés and restaurants", "hotels"], "rose", AO_APR, "Angola", None),
  ("1.45 percentage points", 1.45, "=", ["food and drink", "general price level", "rise"], None, AO_APR, "Angola", INE_AO),
  ("0.31 of a percentage point", 0.31, "=", ["monthly rise", "rise"], None, AO_APR, "Angola", None),
  ("0.04 of a point", 0.04, "=", ["monthly rise", "rise"], None, AO_APR, "Angola", None),
  ("2.05%", 2.05, "=", ["rise", "prices"], "rose", "2020-04-01..2020-04-30", "Angola", None),
  ("7.65%", 7.65, "=", ["consumer prices", "prices"], "rose", "2021-01-01..2021-04-30", "Angola", None),
  ("7.89%", 7.89, "=", ["consumer prices", "prices"], "rose", "2020-01-01..2020-04-30", "Angola", None),
  ("3.25 percentage points", 3.25, "=", ["consumer prices", "prices"], None, None, "Angola", None),
  ("4.40%", 4.4, "=", ["consumer prices", "prices"], None, "2019-01-01..2019-04-30", "Angola", None),
  ("(2.32%)", 2.32, "=", ["prices", "rises"], "rose", AO_APR, "Luanda", None),
  ("(2.26%)", 2.26, "=", ["prices", "rises"], "rose", AO_APR, "Lunda Sul", None),
  ("(2.19%)", 2.19, "=", ["prices", "rises"], "rose", AO_APR, "Uíge", None),
  ("(2.17%)", 2.17, "=", ["prices", "rises"], "rose", AO_APR, "Zaire", None),
  ("(1.66%)", 1.66, "=", ["prices", "rises"], "rose", AO_APR, "Huambo", None),
  ("(1.61%)", 1.61, "=", ["prices", "rises"], "rose", AO_APR, "Moxico", None),
  ("(1.55%)", 1.55, "=", ["prices", "rises"], "rose", AO_APR, "Bié", None),
  ("(1.52%)", 1.52, "=", ["prices", "rises"], "rose", AO_APR, "Cabinda", None),
  ("18.27%", 18.27, "=", ["consumer price inflation", "inflation"], None, AO21, "Angola", ["government", "the government's draft state budget for 2021", "draft state budget", "state budget"]),
  ("22.6%", 22.6, "=", "inflation", None, AO21, "Angola", ["NKC African Economics", "NKC", "consultancy NKC African Economics"])],
 ["of April's 2.09% rise", "first four months"]),
("s-econ-kyrgyzstan-cpi-q1-2023", "Economist.kg (in Russian)", "2023-04-11", "https://economist.kg/novosti/2023/04/11/rost-cen-v-kr-v-i-kvartale-sostavil-3-2-nacstatkom/", "economy",
 "Consumer prices in Kyrgyzstan rose 3.2% in the first quarter of this year, Zainidin Zhumaliev, deputy chairman of the National Statistical Committee, said. "
 "Food and non-alcoholic drinks became 3.6% more expensive over the quarter, non-food goods 2.1% and alcoholic drinks and tobacco 4.7%, while tariffs for services to the public went up 2.6%. "
 "Consumer prices and tariffs increased in every region of the country, most of all in Naryn region, by 6.1%. "
 "For 2022 as a whole, annual inflation came to 14.7%.",
 [("3.2%", 3.2, "=", ["consumer prices", "prices"], "rose", KG_Q1, "Kyrgyzstan", NSC_KG),
  ("3.6%", 3.6, "=", ["food and non-alcoholic drinks", "food"], None, KG_Q1, "Kyrgyzstan", None),
  ("2.1%", 2.1, "=", "non-food goods", None, KG_Q1, "Kyrgyzstan", None),
  ("tobacco 4.7%", 4.7, "=", ["alcoholic drinks and tobacco", "alcoholic drinks"], None, KG_Q1, "Kyrgyzstan", None),
  ("2.6%", 2.6, "=", ["tariffs for services", "tariffs"], "rose", KG_Q1, "Kyrgyzstan", None),
  ("6.1%", 6.1, "=", ["consumer prices and tariffs", "prices"], "rose", KG_Q1, ["Naryn region", "Naryn"], None),
  ("14.7%", 14.7, "=", ["annual inflation", "inflation"], None, "2022-01-01..2022-12-31", "Kyrgyzstan", None)],
 []),
("s-fin-belarus-h1-2010", "Interfax", "2010-07-23", "https://interfax.com/newsroom/top-stories/63418/", "public finance",
 "MINSK. July 23 (Interfax) - Belarus ran a budget deficit of 1.720 trillion Belarusian rubles (2.4% of GDP) in the first six months of this year, the Finance Ministry told Interfax. "
 "For January-May the deficit had been 2.4% as well. "
 "Republican budget revenues in H1 reached 13.779 trillion Bel. rubles, 38.8% of the target approved for the year, including 1.453 trillion rubles of profit tax (41.2% of its annual target), 4.996 trillion of VAT (39.7%), 2.9 trillion of taxes on foreign economic activity (29%) and 1.946 trillion of excise duties (42.7%). "
 "Arrears to the budget stood on July 1 at 58.7 billion Bel. rubles, unchanged since the start of the year. "
 "Spending in H1 was 15.499 trillion Bel. rubles, 39.4% of the annual target; of this, 2.9 trillion rubles went on social purposes (50.6% of target). "
 "The ministry ended 2009 with the republican budget 492.5 billion Bel. rubles in surplus, equal to 0.4% of GDP. "
 "This year's budget was approved with a planned shortfall of 2.905 trillion Bel. rubles, equal to 1.5% of GDP, on forecasts of 11%-13% GDP growth and 9%-10% inflation. "
 "On July 23 the official exchange rate was 2,990 Bel. rubles/$1.",
 [("1.720 trillion Belarusian rubles", 1.72e12, "=", ["budget deficit", "deficit"], None, BY_H1, "Belarus", MINFIN_BY),
  ("2.4% of GDP", 2.4, "=", ["budget deficit", "deficit", "GDP"], None, BY_H1, "Belarus", MINFIN_BY),
  ("been 2.4%", 2.4, "=", "deficit", None, "2010-01-01..2010-05-31", "Belarus", None),
  ("13.779 trillion Bel. rubles", 1.3779e13, "=", ["revenues", "republican budget revenues", "budget revenues"], None, BY_H1, "Belarus", None),
  ("38.8%", 38.8, "=", ["target", "revenues"], None, BY_H1, "Belarus", None),
  ("1.453 trillion rubles", 1.453e12, "=", "profit tax", None, BY_H1, "Belarus", None),
  ("41.2%", 41.2, "=", ["annual target", "target", "profit tax"], None, BY_H1, "Belarus", None),
  ("4.996 trillion", 4.996e12, "=", "VAT", None, BY_H1, "Belarus", None),
  ("(39.7%)", 39.7, "=", ["VAT", "target"], None, BY_H1, "Belarus", None),
  ("2.9 trillion of taxes", 2.9e12, "=", ["taxes on foreign economic activity", "taxes"], None, BY_H1, "Belarus", None),
  ("(29%)", 29, "=", ["taxes on foreign economic activity", "taxes", "target"], None, BY_H1, "Belarus", None),
  ("1.946 trillion", 1.946e12, "=", "excise duties", None, BY_H1, "Belarus", None),
  ("(42.7%)", 42.7, "=", ["excise duties", "target"], None, BY_H1, "Belarus", None),
  ("58.7 billion Bel. rubles", 5.87e10, "=", ["arrears", "arrears to the budget"], None, "2010-07-01", "Belarus", None),
  ("15.499 trillion Bel. rubles", 1.5499e13, "=", "spending", None, BY_H1, "Belarus", None),
  ("39.4%", 39.4, "=", ["annual target", "target", "spending"], None, BY_H1, "Belarus", None),
  ("2.9 trillion rubles", 2.9e12, "=", ["social purposes", "spending"], None, BY_H1, "Belarus", None),
  ("(50.6% of target)", 50.6, "=", ["target", "social purposes"], None, BY_H1, "Belarus", None),
  ("492.5 billion Bel. rubles", 4.925e11, "=", ["surplus", "republican budget"], None, BY09, "Belarus", ["ministry", "Finance Ministry"]),
  ("0.4% of GDP", 0.4, "=", ["surplus", "GDP"], None, BY09, "Belarus", ["ministry", "Finance Ministry"]),
  ("2.905 trillion Bel. rubles", 2.905e12, "=", ["shortfall", "deficit"], None, BY10, "Belarus", None),
  ("1.5% of GDP", 1.5, "=", ["shortfall", "deficit", "GDP"], None, BY10, "Belarus", None),
  ("11%-13%", None, ("range", 11, 13), "GDP growth", None, BY10, "Belarus", None),
  ("9%-10%", None, ("range", 9, 10), "inflation", None, BY10, "Belarus", None),
  ("2,990 Bel. rubles/$1", 2990, "=", ["official exchange rate", "exchange rate"], None, "2010-07-23", "Belarus", None)],
 []),
("s-trade-iraq-oil-oct-2018", "IENE (Anadolu Agency)", "2018-11-01", "https://iene.eu/iraqs-oil-exports-slightly-increase-in-september-p4683.html", "trade",
 "Iraq shipped 107.53 million barrels of crude abroad in October, 0.68 percent more than the nearly 106.8 million barrels it exported in September, the Oil Ministry said. "
 "Last month's exports brought in $8.55 billion, the ministry said in a statement on Thursday, citing preliminary data from the state oil marketer SOMO. "
 "Exports averaged nearly 3.47 million barrels a day in October, against 3.56 million a day in September, ministry spokesman Assem Jihad said. "
 "He said a barrel fetched $74.91 on average last month, against $74.15 in September, so higher prices outweighed the smaller daily volume and lifted revenue above the $7.91 billion of the month before. "
 "The figures leave out exports from the fields of Kirkuk, a northern province where oil operations have been at a standstill since Iraqi troops seized the installations after the Kurdish Regional Government's independence referendum of September 2017, which Baghdad deemed illegitimate. "
 "Iraq is the second-largest producer in OPEC, after Saudi Arabia.",
 [("107.53 million barrels", 107.53e6, "=", ["crude", "barrels", "crude oil", "exports"], None, IQ_OCT, "Iraq", OILMIN),
  ("0.68 percent", 0.68, "=", ["exports", "crude", "barrels"], None, IQ_OCT, "Iraq", OILMIN),
  ("nearly 106.8 million barrels", 106.8e6, "nearly", ["barrels", "crude"], None, IQ_SEP, "Iraq", OILMIN),
  ("$8.55 billion", 8.55e9, "=", ["exports", "revenue", "revenues"], None, IQ_OCT, "Iraq", OILMIN),
  ("nearly 3.47 million barrels", 3.47e6, "nearly", ["exports", "barrels"], None, IQ_OCT, "Iraq", JIHAD),
  ("3.56 million", 3.56e6, "=", ["exports", "barrels"], None, IQ_SEP, "Iraq", JIHAD),
  ("$74.91", 74.91, "=", ["barrel", "price", "average price"], None, IQ_OCT, "Iraq", JIHAD),
  ("$74.15", 74.15, "=", ["barrel", "price", "average price"], None, IQ_SEP, "Iraq", JIHAD),
  ("$7.91 billion", 7.91e9, "=", "revenue", None, IQ_SEP, "Iraq", JIHAD)],
 []),
("s-elec-liberia-runoff-2017", "Africanews", "2017-12-29", "http://www.africanews.com/2017/12/29/how-weah-beat-boakai-to-become-liberia-president-official-figures/", "elections",
 "Liberia's National Elections Commission (NEC) announced on Thursday the results of the December 26 presidential run-off, in which George Weah of the Congress for Democratic Change (CDC) faced the ruling Unity Party (UP). "
 "NEC chairman Jerome Korkoya declared Weah the winner with 61.5% of the vote after collating and certifying the returns of 98.1% of polling units, or 5,286 of the 5,390. "
 "Turnout was put at 56%, or 1,198,984 voters. "
 "It was highest in Montserrado County, which Weah has represented as a senator since 2014 and which supplied about half of the votes he won: 508,080 voters, a turnout of 65.3%. "
 "Nimba and Bong counties came next with 119,661 and 113,517 voters, while each of the remaining thirteen counties counted fewer than 100,000.",
 [("61.5%", 61.5, "=", ["vote", "votes", "Weah"], None, LR_DAY, "Liberia", NEC_LR),
  ("98.1%", 98.1, "=", "polling units", None, None, "Liberia", NEC_LR),
  ("5,286", 5286, "=", "polling units", None, None, "Liberia", NEC_LR),
  ("5,390", 5390, "=", "polling units", None, None, "Liberia", NEC_LR),
  ("56%", 56, "=", ["turnout", "voters"], None, LR_DAY, "Liberia", None),
  ("1,198,984 voters", 1198984, "=", "voters", None, LR_DAY, "Liberia", None),
  ("508,080 voters", 508080, "=", "voters", None, LR_DAY, ["Montserrado County", "Montserrado"], None),
  ("65.3%", 65.3, "=", "turnout", None, LR_DAY, ["Montserrado County", "Montserrado"], None),
  ("119,661", 119661, "=", "voters", None, LR_DAY, ["Nimba", "Nimba County"], None),
  ("113,517 voters", 113517, "=", "voters", None, LR_DAY, ["Bong", "Bong County"], None),
  ("thirteen counties", 13, "=", "counties", None, None, "Liberia", None),
  ("fewer than 100,000", 100000, "<", "voters", None, LR_DAY, None, None)],
 ["about half"]),
("s-elec-kosovo-2019", "Kosovo Press", "2019-11-14", "https://kosovopress.com/kosovo-election-final-results-published/", "elections",
 "Kosovo's Central Election Commission (CEC) on Thursday published the final results of the early parliamentary elections held on 6 October 2019. "
 "Presenting them, CEC chairwoman Valdete Daka said the electorate numbered 1 million and 961 thousand voters and that turnout had been 44,72 percent. "
 "According to the final results, Daka said, the Vetevendosje movement came first with 220.811 votes, or 26,29%, followed by the LDK with 206.458 (24,458%) and the PDK with 178.645 (21,163%). "
 "The AAK-PSD list took 96.883 votes, or 11,47%, the Srpska List 57.015 votes, or 6,74%, and Nisma-AKR-PD 42.072 votes, or 4.984%, which leaves Fatmir Limaj's Nisma short of the threshold. "
 "Daka reminded all parties and candidates that they had 24 hours to lodge complaints about the final results with the Election Appeals and Complaints Panel. "
 "Nisma has said it will appeal, which could delay certification of the results.",
 [("1 million and 961 thousand voters", 1961000, "=", ["voters", "electorate"], None, None, "Kosovo", CEC_KS),
  ("44,72 percent", 44.72, "=", "turnout", None, KS_DAY, "Kosovo", CEC_KS),
  ("220.811 votes", 220811, "=", "votes", None, KS_DAY, "Kosovo", CEC_KS),
  ("26,29%", 26.29, "=", ["votes", "vote", "Vetevendosje"], None, KS_DAY, "Kosovo", CEC_KS),
  ("206.458", 206458, "=", ["votes", "LDK"], None, KS_DAY, "Kosovo", CEC_KS),
  ("24,458%", 24.458, "=", ["votes", "vote", "LDK"], None, KS_DAY, "Kosovo", CEC_KS),
  ("178.645", 178645, "=", ["votes", "PDK"], None, KS_DAY, "Kosovo", CEC_KS),
  ("21,163%", 21.163, "=", ["votes", "vote", "PDK"], None, KS_DAY, "Kosovo", CEC_KS),
  ("96.883 votes", 96883, "=", "votes", None, KS_DAY, "Kosovo", None),
  ("11,47%", 11.47, "=", ["votes", "vote", "AAK-PSD"], None, KS_DAY, "Kosovo", None),
  ("57.015 votes", 57015, "=", "votes", None, KS_DAY, "Kosovo", None),
  ("6,74%", 6.74, "=", ["votes", "vote", "Srpska List"], None, KS_DAY, "Kosovo", None),
  ("42.072 votes", 42072, "=", "votes", None, KS_DAY, "Kosovo", None),
  ("4.984%", 4.984, "=", ["votes", "vote", "Nisma-AKR-PD"], None, KS_DAY, "Kosovo", None)],
 ["24 hours"]),
("s-biz-sberbank-q2-2017", "Financial Times", "2017-08-23", "https://www.ft.com/content/c021c93c-8815-11e7-8bb1-5ba57d47eff7", "company results",
 "Sberbank, Russia's state-owned banking group, set another record on Wednesday, reporting second-quarter net profit of Rbs185.6bn on the back of healthy growth in lending to companies. "
 "The result was 11.4 per cent above the previous record, set in the first quarter, and 27.6 per cent up on the same quarter of last year. "
 "Earnings per share were up 26.3 per cent from a year earlier at Rbs8.36, and return on equity edged up to 24.8 per cent. "
 "Corporate lending, which had slipped slightly in earlier quarters, drove the figures: the overall loan book expanded by 4.7 per cent on the quarter to Rbs19tn ($321bn), helped by a 5.4 per cent rise in corporate loans and a quarterly increase of 3.9 per cent in unsecured consumer loans. "
 "Most analysts had expected far less. In a note, VTB Capital analyst Jason Hurwitz said the operating results were particularly robust: operating income beat consensus by 6 per cent and operating expenses came in 6 per cent below it. "
 "Sberbank, nearly three times as big by assets as its closest rival, tightened its grip on the Russian market as client deposits rose 4.8 per cent on the quarter amid wider fears over the stability of the banking sector. "
 "Otkritie, the biggest privately held lender in Russia, has lost more than Rbs600bn of deposits over the past two months, as investors worry about the central bank's continuing regulatory crackdown and about Otkritie's own finances.",
 [("Rbs185.6bn", 185.6e9, "=", "net profit", None, SB_Q2, None, SB),
  ("11.4 per cent", 11.4, "=", ["result", "net profit", "profit"], None, SB_Q2, None, SB),
  ("27.6 per cent", 27.6, "=", ["result", "net profit", "profit"], "rose", SB_Q2, None, SB),
  ("26.3 per cent", 26.3, "=", "earnings per share", "rose", SB_Q2, None, SB),
  ("Rbs8.36", 8.36, "=", "earnings per share", None, SB_Q2, None, SB),
  ("24.8 per cent", 24.8, "=", "return on equity", None, SB_Q2, None, SB),
  ("4.7 per cent", 4.7, "=", ["loan book", "overall loan book"], "rose", SB_Q2, None, SB),
  ("Rbs19tn", 19e12, "=", ["loan book", "total loan book"], None, SB_Q2, None, SB),
  ("$321bn", 321e9, "=", ["loan book", "total loan book"], None, SB_Q2, None, SB),
  ("5.4 per cent", 5.4, "=", "corporate loans", "rose", SB_Q2, None, SB),
  ("3.9 per cent", 3.9, "=", ["unsecured consumer loans", "consumer loans"], "rose", SB_Q2, None, SB),
  ("by 6 per cent", 6, "=", "operating income", None, SB_Q2, None, HURWITZ),
  ("6 per cent below", 6, "=", "operating expenses", None, SB_Q2, None, HURWITZ),
  ("rose 4.8 per cent", 4.8, "=", "client deposits", "rose", SB_Q2, None, None),
  ("more than Rbs600bn", 600e9, ">", "deposits", "lost", "2017-06-23..2017-08-23", None, None)],
 ["nearly three times", "two months"]),
("s-biz-emirates-nbd-q2-2022", "The National", "2022-07-28", "https://thenationalnews.com/business/banking/2022/07/28/emirates-nbd-reports-42-rise-in-q2-profit-on-interest-income-boost-and-lower-provisions", "company results",
 "Emirates NBD, Dubai's largest lender by assets, said its second-quarter net profit jumped more than 42 per cent as provisions for bad loans fell and higher net interest income lifted revenue. "
 "Quarterly net profit rose to Dh3.5 billion ($953.7 million) in the three months ending in June, the bank said on Thursday in a statement filed with the Dubai Financial Market, on which its shares trade. "
 "Total operating income for April-June climbed to Dh7.79bn from Dh5.37bn in the same quarter of 2021, and net interest income increased by more than 24 per cent from a year earlier, reaching Dh4.41bn. "
 "Net impairment charges were almost 46 per cent lower than a year earlier, at Dh460m. "
 "Net profit for the first half of 2022 grew 11 per cent on the year to Dh5.3bn, the bank's best first-half result since 2019, and total income for the half was 23 per cent higher at Dh14.2bn, driven by record retail lending for a six-month period and better margins. "
 "Provisions for loan losses in the half dropped 28 per cent on the year to Dh1.9bn, helped by sizeable writebacks and recoveries and an improved economic outlook, group chief executive Shayne Nelson said.",
 [("more than 42 per cent", 42, ">", "net profit", "rose", EN_Q2, None, ENBD),
  ("Dh3.5 billion", 3.5e9, "=", "net profit", None, EN_Q2, None, ENBD),
  ("$953.7 million", 953.7e6, "=", "net profit", None, EN_Q2, None, ENBD),
  ("Dh7.79bn", 7.79e9, "=", ["total operating income", "operating income"], None, EN_Q2, None, None),
  ("Dh5.37bn", 5.37e9, "=", ["total operating income", "operating income"], None, EN_Q2_21, None, None),
  ("more than 24 per cent", 24, ">", "net interest income", "rose", EN_Q2, None, None),
  ("Dh4.41bn", 4.41e9, "=", "net interest income", None, EN_Q2, None, None),
  ("almost 46 per cent", 46, "nearly", ["net impairment charges", "impairment charges"], None, EN_Q2, None, None),
  ("Dh460m", 460e6, "=", ["net impairment charges", "impairment charges"], None, EN_Q2, None, None),
  ("11 per cent", 11, "=", "net profit", "rose", EN_H1, None, None),
  ("Dh5.3bn", 5.3e9, "=", "net profit", None, EN_H1, None, None),
  ("23 per cent", 23, "=", "total income", None, EN_H1, None, None),
  ("Dh14.2bn", 14.2e9, "=", "total income", None, EN_H1, None, None),
  ("28 per cent", 28, "=", ["provisions for loan losses", "provisions"], "fell", EN_H1, None, NELSON),
  ("Dh1.9bn", 1.9e9, "=", ["provisions for loan losses", "provisions"], None, EN_H1, None, NELSON)],
 ["three months", "six-month"]),
("s-health-myanmar-dengue-2019", "The Irrawaddy", "2019-09-05", "https://www.irrawaddy.com/news/burma/dengue-fever-kills-68-myanmar-8-months.html", "health",
 "YANGON — Dengue fever has claimed 68 lives in Myanmar over the last eight months and infected more than 10,000 other people, the Ministry of Health and Sports (MOHS) says. "
 "In a Wednesday announcement, the ministry's Department of Public Health said 13,048 people nationwide had been treated in hospital for the disease between Jan. 1 and Aug. 10, the 68 who died among them. "
 "Irrawaddy Region was worst hit, with 2,350 cases and 8 deaths; Yangon Region came next (2,031 cases, 19 deaths). "
 "The mosquito-borne virus can infect people of any age, but children under 15 are the worst affected: MOHS data show more than 88 percent of this year's reported cases were patients younger than 15. "
 "In Myanmar dengue transmission peaks from July to August. "
 "The MOHS says the country's first dengue outbreak hit Yangon in 1970, causing 1,654 cases and 91 deaths, and by 1974 it had reached the whole country. In 2015 cases were reported in every state and region. "
 "A ministry official said the death rate this year was lower than in the same period last year.",
 [("68 lives", 68, "=", ["lives", "people"], "killed", MM_19, "Myanmar", MOHS),
  ("more than 10,000", 10000, ">", ["other people", "people"], "infected", MM_19, "Myanmar", MOHS),
  ("13,048 people", 13048, "=", "people", None, MM_19, "Myanmar", MOHS),
  ("2,350 cases", 2350, "=", ["cases", "infections"], None, MM_19, ["Irrawaddy Region", "Irrawaddy"], None),
  ("8 deaths", 8, "=", "deaths", "killed", MM_19, ["Irrawaddy Region", "Irrawaddy"], None),
  ("2,031 cases", 2031, "=", ["cases", "infections"], None, MM_19, ["Yangon Region", "Yangon"], None),
  ("19 deaths", 19, "=", "deaths", "killed", MM_19, ["Yangon Region", "Yangon"], None),
  ("more than 88 percent", 88, ">", ["cases", "reported cases"], None, "2019-01-01..2019-09-05", "Myanmar", MOHS),
  ("1,654 cases", 1654, "=", "cases", None, "1970-01-01..1970-12-31", "Yangon", MOHS),
  ("91 deaths", 91, "=", "deaths", "killed", "1970-01-01..1970-12-31", "Yangon", MOHS)],
 ["the 68 who died", "eight months", "under 15", "younger than 15"]),
("s-health-lebanon-cholera-2022", "L'Orient Today", "2022-12-13", "https://today.lorientlejour.com/article/1321360/no-new-cholera-cases-or-related-deaths-in-lebanon.html", "health",
 "BEIRUT — No new cholera cases and no further deaths were recorded in Lebanon on Monday, the Health Ministry's daily report showed on Tuesday morning. "
 "The report put the total since the outbreak began in early October at 658 cases and 23 deaths. The outbreak is Lebanon's first since 1993. "
 "Caretaker Health Minister Firass Abiad said last Wednesday that the cholera vaccine had now reached 500,000 people, out of 600,000 targeted by a vaccination drive that started last month, and that the disease was 'under control'. "
 "He spoke shortly after the Litani River Authority (LRA), a public water body, said four out of 10 samples it had collected in the Bekaa tested positive for cholera, at a spring in Chtoura, in the Berdawni River at Zahle and at Marj, near a Syrian refugee camp. "
 "The LRA put the contamination down to untreated wastewater being discharged, and said the disease was found in areas downstream of camps for displaced Syrians, of sewage outlets or of hospitals.",
 [("658 cases", 658, "=", "cases", None, LB_SINCE, "Lebanon", MOPH_LB),
  ("23 deaths", 23, "=", "deaths", "killed", LB_SINCE, "Lebanon", MOPH_LB),
  ("500,000 people", 500000, "=", "people", None, None, "Lebanon", ABIAD),
  ("600,000", 600000, "=", "people", None, None, "Lebanon", ABIAD),
  ("four out of", 4, "=", "samples", None, None, "Bekaa", LRA),
  ("10 samples", 10, "=", "samples", None, None, "Bekaa", LRA)],
 []),
("s-disaster-vanuatu-pam-2015", "The Irish Times", "2015-03-16", "https://irishtimes-irishtimes-staging.cdn.arcpublishing.com/news/world/asia-pacific/vanuatu-death-toll-rises-to-24-amid-scenes-of-devastation-1.2141384", "disasters",
 "Reports from Vanuatu's outer islands described utter devastation after a huge cyclone ripped across the South Pacific nation, levelling buildings and leaving at least 24 people dead. "
 "Disaster officials and aid workers were still struggling to reach the islands hit hardest by Cyclone Pam, whose winds of more than 300km/h wrecked homes, smashed boats and swept away roads and bridges as it swept through on Friday night and into Saturday. "
 "Twenty-four deaths had been confirmed, and 3,300 people had been displaced and were sheltering in 37 evacuation centres, the National Disaster Management Office said in a statement, warning that the toll could climb once contact with the outlying islands of the scattered archipelago was restored. "
 "Vanuatu's president, Baldwin Lonsdale, said that many buildings and houses had been completely destroyed, in his words more than 90 per cent of buildings, and put part of the blame on climate change. "
 "Oxfam Ireland chief executive Jim Clarken said the cyclone was likely to prove one of the worst disasters the Pacific had ever seen. "
 "The capital, Port Vila, which bore the full brunt of the category 5 storm, is the city the Natural Hazards Risk Atlas recently named the world's most disaster-exposed. "
 "According to the Australian Red Cross, there were reports of 'total devastation' on Tanna, an island in the south where most homes were destroyed. Tanna, with its 29,000 inhabitants, lies about 200km south of Port Vila, and at least two people were reported dead there.",
 [("at least 24 people", 24, ">=", "people", "killed", VU_DAYS, "Vanuatu", None),
  ("more than 300km/h", 300, ">", "winds", None, None, "Vanuatu", None),
  ("Twenty-four deaths", 24, "=", "deaths", "killed", VU_DAYS, "Vanuatu", NDMO),
  ("3,300 people", 3300, "=", "people", "displaced", VU_DAYS, "Vanuatu", NDMO),
  ("37 evacuation centres", 37, "=", "evacuation centres", None, None, "Vanuatu", NDMO),
  ("more than 90 per cent", 90, ">", "buildings", "destroyed", None, "Vanuatu", LONSDALE),
  ("29,000 inhabitants", 29000, "=", "inhabitants", None, None, "Tanna", None),
  ("about 200km", 200, "~", None, None, None, "Tanna", None),
  ("at least two people", 2, ">=", "people", "killed", None, "Tanna", None)],
 ["category 5"]),
("s-disaster-sierra-leone-mudslide-2017", "The Guardian", "2017-08-15", "https://www.theguardian.com/global-development/2017/aug/15/sierra-leone-mudslide-flooding-freetown-national-emergency", "disasters",
 "Rescuers kept searching for survivors of a deadly mudslide on the fringe of Sierra Leone's capital, with 270 bodies recovered so far, the mayor of Freetown said. "
 "A mass burial was planned for later on Tuesday to relieve Freetown's central morgue, swamped with bodies. "
 "A national emergency was declared after the heavy flooding in the city, believed to be Africa's worst in two decades. Thousands of people remain missing, interior minister Paolo Conteh warned. "
 "At least a hundred houses were struck as a hillside gave way before dawn on Monday in Regent, a mountain town 15 miles east of Freetown, and some buildings disappeared completely under the mud. "
 "On Monday evening Foray K Marah of the Red Cross said scores of bodies had been brought out but could not be identified, that the central hospital was completely overwhelmed so bodies were being sent to other hospitals, and that many people had been made homeless and needed shelter, clothes and blankets. "
 "President Ernest Bai Koroma, who declared the national emergency, said in a televised address that his government had set up an emergency centre in Regent to direct the response and bring relief to survivors. "
 "The country was declared free of Ebola just over a year ago.",
 [("270 bodies", 270, "=", "bodies", None, SL_DAYS, SL, MAYOR_FT),
  ("Thousands of people", None, ("vague", 2000, 10000), "people", "missing", None, SL, CONTEH),
  ("At least a hundred houses", 100, ">=", "houses", None, "2017-08-14", "Regent", None),
  ("15 miles", 15, "=", None, None, None, "Regent", None),
  ("scores of bodies", None, ("vague", 40, 100), "bodies", None, "2017-08-14", SL, MARAH)],
 ["two decades", "just over a year ago"]),
("s-mig-mayotte-jan-apr-2022", "Linfo.re", "2022-05-10", "https://www.linfo.re/ocean-indien/mayotte/immigration-clandestine-a-mayotte-plus-de-9-300-interpellations-en-4-mois", "migration",
 "More than 9 300 people were arrested in Mayotte in the first four months of the year, according to the prefecture's latest figures for Operation Shikandra, the department's campaign against illegal immigration, covering January to April 2022. "
 "From January to April 272 kwassas, the small boats used for the crossing, were detected, compared with 462 a year earlier, a fall put down to Covid-19 and to operations to stop departures in Comorian waters, Le Journal de Mayotte reported. "
 "Of these, 163 kwassas were intercepted and 53 turned back, while no detail was given on the remaining 56. The report puts at 2 269 the number of foreigners in an irregular situation who were detained, against 2 866 over the same period of 2021. "
 "Resources at sea were also stepped up, the prefecture's document showed, with the fleet of interceptor boats growing from 7 to 9 in April 2022. "
 "On land, 7 087 arrests were made on the department's soil, against an average of 8 700 in earlier years; the report notes a fall of 1 700 arrests in January 2022 compared with 2021, which it blames on the health crisis linked to the coronavirus. "
 "Altogether 9 356 people were arrested and 7 817 of them escorted to the border, among them 140 people from Madagascar who were flown out. "
 "In the same months of 2021, 9 663 undocumented migrants were sent back; at the current pace, 23 000 removals could be carried out by the end of the year. "
 "To dismantle smuggling networks, 130 smugglers were brought before the courts and 4 people suspected of heading the networks were implicated.",
 [("More than 9 300 people", 9300, ">", "people", None, YT_JA, "Mayotte", PREF_YT),
  ("272 kwassas", 272, "=", ["kwassas", "boats"], None, YT_JA, "Mayotte", JDM),
  ("462", 462, "=", ["kwassas", "boats"], None, YT_JA21, "Mayotte", JDM),
  ("163 kwassas", 163, "=", ["kwassas", "boats"], None, YT_JA, "Mayotte", None),
  ("53 turned back", 53, "=", ["kwassas", "boats"], None, YT_JA, "Mayotte", None),
  ("remaining 56", 56, "=", ["kwassas", "boats"], None, YT_JA, "Mayotte", None),
  ("2 269", 2269, "=", "foreigners", None, YT_JA, "Mayotte", PREF_YT),
  ("2 866", 2866, "=", "foreigners", None, YT_JA21, "Mayotte", PREF_YT),
  ("from 7", 7, "=", ["interceptor boats", "fleet", "interceptors"], None, None, "Mayotte", PREF_YT),
  ("to 9", 9, "=", ["interceptor boats", "fleet", "interceptors"], None, "2022-04-01..2022-04-30", "Mayotte", PREF_YT),
  ("7 087 arrests", 7087, "=", "arrests", None, YT_JA, "Mayotte", None),
  ("8 700", 8700, "=", "arrests", None, None, "Mayotte", None),
  ("1 700 arrests", 1700, "=", "arrests", "fell", "2022-01-01..2022-01-31", "Mayotte", PREF_YT),
  ("9 356 people", 9356, "=", "people", None, YT_JA, "Mayotte", None),
  ("7 817", 7817, "=", "people", None, YT_JA, "Mayotte", None),
  ("140 people", 140, "=", "people", None, YT_JA, None, None),
  ("9 663", 9663, "=", ["undocumented migrants", "migrants"], None, YT_JA21, "Mayotte", None),
  ("23 000 removals", 23000, "=", "removals", None, "2022-01-01..2022-12-31", "Mayotte", None),
  ("130 smugglers", 130, "=", "smugglers", None, YT_JA, "Mayotte", None),
  ("4 people", 4, "=", "people", None, YT_JA, "Mayotte", None)],
 ["first four months"]),
("s-sport-kyrgyzstan-qatar-2025", "Gulf Times", "2025-03-25", "https://gulf-times.com/article/702536/sports/qatars-hopes-in-balance-after-3-1-loss-to-kyrgyzstan", "sport",
 "Ten-man Qatar lost 3-1 to Kyrgyzstan in Bishkek on Tuesday in Group A of the Asian qualifiers for the 2026 World Cup, on the day Iran secured their place at next year's finals. "
 "Two goals in 11 minutes gave Maksim Lisitskin's side a big win over the Asian champions and kept the Central Asian country's play-off hopes alive. "
 "Aleksandr Mischenko drove a left-footed shot from long range past Meshaal Barsham, putting the White Falcons ahead with eight minutes to go, and Alimardon Shukurov sealed it with a tidy finish three minutes into stoppage time. "
 "Before that, Lucas Mendes had equalised in the 52nd minute after Valeriy Kichin's opener in first-half injury time; two minutes later the defender was sent off, leaving the Asian Cup holders a man short. "
 "It was Kyrgyzstan's second win of the third round of qualifying and lifts them to six points from eight matches, four behind fourth-placed Qatar with two games left. "
 "In the 10th minute Mishchenko headed wide, and Shukurov should have scored three minutes later, dragging his shot past Barsham's left post; Qatar had most of the ball but rarely threatened, though they could have gone ahead in the 28th minute.",
 [("Two goals", 2, "=", "goals", None, KGQ_DAY, "Bishkek", None),
  ("six points", 6, "=", "points", None, None, None, None),
  ("eight matches", 8, "=", "matches", None, None, None, None),
  ("four behind", 4, "=", "points", None, None, None, None),
  ("two games left", 2, "=", "games", None, None, None, None)],
 ["Ten-man", "3-1", "11 minutes"]),
("s-transport-zurich-airport-2012", "TagesWoche (in German)", "2013-01-14", "https://tageswoche.ch/allgemein/flughafen-zuerich-mit-mehr-passagieren-und-weniger-flugbewegungen-2/index.html", "transport",
 "Zurich Airport again carried more passengers last year: in all, 24.8 million people used the airport, 1.9 percent more than in the record year of 2011, although the number of flight movements fell slightly. "
 "Local passengers increased by 1.6 percent to 16.2 million and transfer passengers by 2.5 percent to 8.5 million, Flughafen Zürich AG said on Monday, lifting the transfer share slightly from 34 to 34.2 percent. "
 "Aircraft were larger and fuller on average, the company said: the number of passengers per flight went up from 102 to 106, and the seat load factor averaged 74.4 percent, 1.6 percentage points above the previous year's level. "
 "Flight movements, on the other hand, declined 3.2 percent to 270’027. Swiss had the largest share with 55.5 percent, followed by Lufthansa with 5.1 percent, Air Berlin with 4.9 and British Airways and Edelweiss Air with 2.7 percent each. "
 "Freight also dipped slightly: 418’751 tonnes were transported, 0.9 percent less than a year earlier.",
 [("24.8 million people", 24.8e6, "=", ["people", "passengers"], None, ZH12, ZRH, None),
  ("1.9 percent", 1.9, "=", ["people", "passengers"], None, ZH12, ZRH, None),
  ("by 1.6 percent", 1.6, "=", "local passengers", "rose", ZH12, ZRH, FZAG),
  ("16.2 million", 16.2e6, "=", "local passengers", None, ZH12, ZRH, FZAG),
  ("2.5 percent", 2.5, "=", "transfer passengers", "rose", ZH12, ZRH, FZAG),
  ("8.5 million", 8.5e6, "=", "transfer passengers", None, ZH12, ZRH, FZAG),
  ("from 34", 34, "=", "transfer share", None, ZH11, ZRH, FZAG),
  ("34.2 percent", 34.2, "=", "transfer share", None, ZH12, ZRH, FZAG),
  ("from 102", 102, "=", "passengers per flight", None, ZH11, ZRH, FZAG),
  ("to 106", 106, "=", "passengers per flight", None, ZH12, ZRH, FZAG),
  ("74.4 percent", 74.4, "=", "seat load factor", None, ZH12, ZRH, FZAG),
  ("1.6 percentage points", 1.6, "=", "seat load factor", None, ZH12, ZRH, FZAG),
  ("3.2 percent", 3.2, "=", "flight movements", "fell", ZH12, ZRH, None),
  ("270’027", 270027, "=", "flight movements", None, ZH12, ZRH, None),
  ("55.5 percent", 55.5, "=", ["share", "Swiss"], None, ZH12, ZRH, None),
  ("5.1 percent", 5.1, "=", ["share", "Lufthansa"], None, ZH12, ZRH, None),
  ("4.9", 4.9, "=", ["share", "Air Berlin"], None, ZH12, ZRH, None),
  ("2.7 percent each", 2.7, "=", ["share", "British Airways", "Edelweiss Air"], None, ZH12, ZRH, None),
  ("418’751 tonnes", 418751, "=", "freight", None, ZH12, ZRH, None),
  ("0.9 percent", 0.9, "=", "freight", None, ZH12, ZRH, None)],
 []),
("s-conflict-togo-kpinkankandi-2022", "Africanews", "2022-05-19", "https://africanews.com/amp/2022/05/19/togo-s-government-alleges-15-assailants-killed-during-last-week-s-attack", "conflict",
 "About 15 assailants were killed in last week's 'terrorist' attack in northern Togo, which also cost eight soldiers their lives, a minister said on Wednesday. "
 "Togolese troops have been deployed in the north to stem a jihadist threat moving south out of Mali, Burkina Faso and Niger, where fighters linked with al-Qaeda or the Islamic State group operate. "
 "Before dawn on May 11, around 60 gunmen on motorbikes carried out what the government then called a 'violent terrorist attack' on an army post at Kpinkankandi, near the border with Burkina Faso, leaving eight Togolese soldiers dead and 13 wounded. "
 "Speaking on national television on Wednesday evening, Security Minister General Damehame Yark said well-informed sources put the attackers' losses at about 15 dead, whose bodies their comrades quickly carried over the border and buried. "
 "Troops had thwarted an attack on the northern village of Sanloaga last November, so last week's assault was the first to cause casualties. "
 "Violence by armed groups and criminal networks is growing across West Africa: over three years the region has seen more than 5,300 terror-related attacks that claimed around 16,000 lives, Ghana's defence minister Dominic Nitiwul told West African defence chiefs at a meeting earlier this month.",
 [("About 15 assailants", 15, "~", "assailants", "killed", TG_DAY, TG_NORTH, YARK),
  ("eight soldiers", 8, "=", "soldiers", "killed", TG_DAY, TG_NORTH, YARK),
  ("around 60 gunmen", 60, "~", "gunmen", None, TG_DAY, ["Kpinkankandi", "Togo"], TG_GOV),
  ("eight Togolese soldiers", 8, "=", ["Togolese soldiers", "soldiers"], "killed", TG_DAY, ["Kpinkankandi", "Togo"], TG_GOV),
  ("13 wounded", 13, "=", ["soldiers", "Togolese soldiers"], "injured", TG_DAY, ["Kpinkankandi", "Togo"], TG_GOV),
  ("about 15 dead", 15, "~", ["attackers", "dead"], "killed", TG_DAY, ["Kpinkankandi", "Togo"], YARK),
  ("more than 5,300", 5300, ">", "attacks", None, None, "West Africa", NITIWUL),
  ("around 16,000 lives", 16000, "~", "lives", "killed", None, "West Africa", NITIWUL)],
 ["three years"]),
]
