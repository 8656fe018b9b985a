# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, tenth set: sixteen more rewritten reports across beats (Ugandan, Hungarian, Croatian,
Cambodian, Ecuadorian, Finnish, Ethiopian, Nepali, Zambian, Fijian, Latvian and Mozambican material),
annotated before the extractor was run on them and scored once (heldout10/README.md); not used to
shape rules.

Same tuple layout as docs_c.py .. docs_k.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout10/ by build.py."""
UBOS = ["Uganda Bureau of Statistics", "UBOS", "the Uganda Bureau of Statistics (UBOS)", "the bureau", "bureau"]
UG_JAN12 = "2012-01-01..2012-01-31"
UG_DEC11 = "2011-12-01..2011-12-31"
KSH = ["Central Statistical Office", "KSH", "the Central Statistical Office (KSH)"]
MINARY = ["Borbála Minary", "Minary", "KSH statistician Borbála Minary", "KSH"]
HU_APR18 = "2018-04-01..2018-04-30"
DZS = ["DZS", "national statistics bureau", "the national statistics bureau (DZS)", "the bureau", "bureau"]
HR15 = "2015-01-01..2015-12-31"
HR14 = "2014-01-01..2014-12-31"
HR_GOV = ["the current government", "government", "current government"]
GDCE = ["General Department of Customs and Excise", "the General Department of Customs and Excise", "official report", "an official report", "report"]
KH_Q1_23 = "2023-01-01..2023-03-31"
KH_Q1_22 = "2022-01-01..2022-03-31"
EC_R1 = "2023-08-20"
YLE = ["YLE", "Taloustutkimus", "poll", "the latest poll"]
FI_POLL = "2019-07-08..2019-08-06"
TURJA = ["Tuomo Turja", "Turja", "research director at Taloustutkimus"]
ET_FY = "2024-07-01..2025-06-30"
FREHIWOT = ["Frehiwot Tamiru", "Frehiwot", "chief executive Frehiwot Tamiru", "CEO Frehiwot Tamiru"]
OTP = ["OTP Bank", "OTP", "earnings report", "an earnings report"]
OTP_Q3 = "2024-07-01..2024-09-30"
BENCSIK = ["László Bencsik", "Bencsik", "Deputy CEO László Bencsik"]
EDCD = ["Epidemiology and Disease Control Division", "EDCD", "the Epidemiology and Disease Control Division (EDCD)"]
NP_YTD23 = "2023-01-01..2023-07-30"
ZM_24H = "2018-03-08..2018-03-09"
WHO = ["WHO", "World Health Organization", "the WHO's Africa office", "situation update"]
ECHO = ["ECHO Daily Flash", "ECHO", "National Emergency Operation Centre", "NEOCO", "the European Commission's ECHO Daily Flash"]
NP_7D = "2019-07-08..2019-07-15"
FJ_DAY = "2020-04-22"
NDMO = ["National Disaster Management Office", "NDMO", "the National Disaster Management Office (NDMO)"]
USAMATE = ["Jone Usamate", "Usamate", "Infrastructure Minister Jone Usamate"]
MIGRI = ["Finnish Immigration Service", "Migri", "the Finnish Immigration Service (Migri)"]
FI_2017_AUG = "2017-01-01..2017-08-31"
Y19 = "2019-01-01..2019-12-31"
AIRBALTIC = ["airBaltic", "the airline"]
CARTA = ["Carta de Mocambique", "independent newssheet", "the independent newssheet 'Carta de Mocambique'"]
MZ_TUE = "2019-08-27"
MZ_FRI = "2019-08-23"

DOCS = [
("l-econ-uganda-cpi-2012", "The New Times (Xinhua)", "2012-01-31", "http://newtimes.co.rw/article/67018/News/ugandaas-annual-inflation-declines-to-257/amp", "economy",
 "KAMPALA — Uganda's annual headline inflation eased for a third month running, to 25.7 percent in the year to January 2012 from 27.0 in December 2011, the Uganda Bureau of Statistics (UBOS) said on Tuesday. "
 "Food inflation came down to 27.3 percent for the year ending January 2012, against 34.6 percent in December 2011, the bureau said in a statement issued in Kampala. "
 "Headline inflation had peaked at 30.4 percent last October on the back of dearer food and fuel, which led the Bank of Uganda to raise its lending rate to 23 percent. "
 "Over the month, matoke (green banana), sweet potatoes, tomatoes, pineapples and sugar all got cheaper, and the index for the composite food group was down 2.3 percent, UBOS said. "
 "Annual core inflation, which excludes fuel, electricity, metered water and food crops, slowed to 28.1 percent from 29.2 percent in December. "
 "Food crops on their own showed annual inflation of 13.7 percent for the year ending January 2012, compared with 20.4 percent for the year to December 2011. "
 "The monthly headline index went up 0.1 percent in January after a 0.2 percent fall in December, while the monthly core index was broadly stable in January 2012.",
 [("25.7 percent", 25.7, "=", ["annual headline inflation", "headline inflation", "inflation"], None, UG_JAN12, "Uganda", UBOS),
  ("27.0", 27.0, "=", ["annual headline inflation", "headline inflation", "inflation"], None, UG_DEC11, "Uganda", UBOS),
  ("27.3 percent", 27.3, "=", ["food inflation", "inflation"], None, UG_JAN12, None, UBOS),
  ("34.6 percent", 34.6, "=", ["food inflation", "inflation"], None, UG_DEC11, None, UBOS),
  ("30.4 percent", 30.4, "=", ["headline inflation", "inflation"], None, "2011-10-01..2011-10-31", None, None),
  ("23 percent", 23, "=", "lending rate", None, None, None, None),
  ("2.3 percent", 2.3, "=", ["composite food group index", "food group index", "index"], "fell", UG_JAN12, None, UBOS),
  ("28.1 percent", 28.1, "=", ["annual core inflation", "core inflation", "inflation"], None, UG_JAN12, None, None),
  ("29.2 percent", 29.2, "=", ["annual core inflation", "core inflation", "inflation"], None, UG_DEC11, None, None),
  ("13.7 percent", 13.7, "=", ["food crops", "annual inflation", "inflation"], None, UG_JAN12, None, None),
  ("20.4 percent", 20.4, "=", ["food crops", "annual inflation", "inflation"], None, UG_DEC11, None, None),
  ("0.1 percent", 0.1, "=", ["monthly headline index", "headline index", "index"], "rose", UG_JAN12, None, None),
  ("0.2 percent", 0.2, "=", ["monthly headline index", "headline index", "index"], "fell", UG_DEC11, None, None)],
 []),
("l-econ-hungary-cpi-2018", "Daily News Hungary (MTI)", "2018-05-09", "https://dailynewshungary.com/hungary-inflation-2-3-pc-in-april/", "economy",
 "BUDAPEST — Consumer prices in Hungary were 2.3 percent higher in April than a year before, a faster rise than the 2 percent of March, the Central Statistical Office (KSH) said on Wednesday. "
 "Month on month, prices climbed 0.7 percent. "
 "Spirits, tobacco and food showed the steepest annual increases, KSH statistician Borbála Minary said, with the average price of food up 4.2 percent. "
 "Against March, vehicle fuel cost 2.7 percent more and food 0.7 percent more on average, she added. "
 "Spirits and tobacco jumped 6.3 percent. Clothing and household energy prices each went up 1.3 percent, services 1 percent, and the category of goods that takes in vehicle fuel 1.4 percent, while consumer durables got 1 percent cheaper. "
 "The harmonised CPI, used to compare Hungary with other European Union members, stood at 2.4 percent. "
 "Seasonally adjusted core inflation, which strips out volatile fuel and food prices, was also 2.4 percent, matching the price rise in the pensioners' basket of goods and services.",
 [("2.3 percent", 2.3, "=", ["consumer prices", "prices"], "rose", HU_APR18, "Hungary", KSH),
  ("2 percent", 2, "=", ["consumer prices", "prices"], None, "2018-03-01..2018-03-31", "Hungary", KSH),
  ("0.7 percent", 0.7, "=", "prices", "rose", HU_APR18, None, None),
  ("4.2 percent", 4.2, "=", ["average price of food", "food", "price of food"], "rose", HU_APR18, None, MINARY),
  ("2.7 percent", 2.7, "=", "vehicle fuel", "rose", HU_APR18, None, MINARY),
  ("0.7 percent", 0.7, "=", "food", "rose", HU_APR18, None, MINARY, 1),
  ("6.3 percent", 6.3, "=", ["spirits and tobacco", "spirits", "tobacco"], "rose", HU_APR18, None, None),
  ("1.3 percent", 1.3, "=", ["clothing and household energy prices", "clothing", "household energy prices"], "rose", HU_APR18, None, None),
  ("1 percent", 1, "=", "services", "rose", HU_APR18, None, None),
  ("1.4 percent", 1.4, "=", ["category of goods", "goods", "vehicle fuel"], "rose", HU_APR18, None, None),
  ("1 percent", 1, "=", "consumer durables", "fell", HU_APR18, None, None, 1),
  ("2.4 percent", 2.4, "=", ["harmonised CPI", "CPI"], None, HU_APR18, "Hungary", None),
  ("2.4 percent", 2.4, "=", ["seasonally adjusted core inflation", "core inflation", "inflation"], None, HU_APR18, None, None, 1)],
 []),
("l-fin-croatia-deficit-2015", "Xinhua (via China.org.cn)", "2016-04-22", "http://en.chinagate.cn/2016-04/22/content_38298951.htm", "public finance",
 "ZAGREB (Xinhua) -- Croatia ran a budget deficit of 10.7 billion kunas (1.61 billion U.S. dollars) in 2015, equal to 3.2 percent of gross domestic product, the national statistics bureau (DZS) said on Thursday. "
 "That was a big improvement on 2014, when the shortfall came to 18.1 billion kunas, or 5.5 percent of GDP, according to DZS. "
 "Government debt grew by 1.9 percent year on year in 2015 and reached 289.7 billion kunas, which is 86.7 percent of GDP. "
 "The bureau added that a government surplus was recorded in 2015 for the first time, amounting to 1.22 billion kunas, or 0.36 percent of GDP. "
 "Higher tax revenues and a drop in gross fixed capital investment did most to narrow the gap, the bureau said. "
 "The current government has planned a budget deficit of 9.2 billion kunas for 2016, or 2.7 percent of GDP, which would respect the European Union rule that member states keep their deficits within 3 percent of GDP. "
 "It expects public debt to equal 86.8 percent of GDP this year and 84.7 percent by 2018.",
 [("10.7 billion kunas", 10.7e9, "=", ["budget deficit", "deficit"], None, HR15, "Croatia", DZS),
  ("1.61 billion U.S. dollars", 1.61e9, "=", ["budget deficit", "deficit"], None, HR15, "Croatia", DZS),
  ("3.2 percent", 3.2, "=", ["budget deficit", "deficit", "gross domestic product"], None, HR15, "Croatia", DZS),
  ("18.1 billion kunas", 18.1e9, "=", ["shortfall", "deficit"], None, HR14, None, DZS),
  ("5.5 percent", 5.5, "=", ["shortfall", "deficit", "GDP"], None, HR14, None, DZS),
  ("1.9 percent", 1.9, "=", ["government debt", "debt"], "rose", HR15, None, None),
  ("289.7 billion kunas", 289.7e9, "=", ["government debt", "debt"], None, HR15, None, None),
  ("86.7 percent", 86.7, "=", ["government debt", "debt", "GDP"], None, HR15, None, None),
  ("1.22 billion kunas", 1.22e9, "=", ["government surplus", "surplus"], None, HR15, None, DZS),
  ("0.36 percent", 0.36, "=", ["government surplus", "surplus", "GDP"], None, HR15, None, DZS),
  ("9.2 billion kunas", 9.2e9, "=", ["budget deficit", "deficit"], None, "2016-01-01..2016-12-31", None, HR_GOV),
  ("2.7 percent", 2.7, "=", ["budget deficit", "deficit", "GDP"], None, "2016-01-01..2016-12-31", None, HR_GOV),
  ("within 3 percent", 3, "<=", ["deficits", "deficit"], None, None, None, None),
  ("86.8 percent", 86.8, "=", ["public debt", "debt"], None, "2016-01-01..2016-12-31", None, HR_GOV),
  ("84.7 percent", 84.7, "=", ["public debt", "debt"], None, "2018-01-01..2018-12-31", None, HR_GOV)],
 []),
("l-trade-cambodia-q1-2023", "Xinhua (via The Frontier Post)", "2023-04-10", "https://thefrontierpost.com/cambodias-international-trade-down-14-5-in-q1/", "trade",
 "PHNOM PENH (Xinhua) -- Cambodia's international trade totalled 11.25 billion US dollars in the first quarter (Q1) of 2023, 14.5 percent less than the 13.16 billion dollars of the same period a year earlier, according to an official report published on Monday. "
 "The kingdom's exports were worth 5.39 billion dollars in January-March, a year-on-year fall of 5.7%, while imports came to 5.86 billion dollars, down 21.3 percent, the General Department of Customs and Excise said. "
 "Shipments of garments, footwear and travel goods amounted to 2.42 billion dollars in Q1, the report showed, 22 percent below the 3.12 billion dollars of the first quarter last year. "
 "No industry earns Cambodia more foreign exchange than garments, footwear and travel goods; it has roughly 1,100 factories and branches and employs about 750,000 workers, most of them women.",
 [("11.25 billion US dollars", 11.25e9, "=", ["international trade", "trade"], None, KH_Q1_23, "Cambodia", GDCE),
  ("14.5 percent", 14.5, "=", ["international trade", "trade"], "fell", KH_Q1_23, "Cambodia", GDCE),
  ("13.16 billion dollars", 13.16e9, "=", ["international trade", "trade"], None, KH_Q1_22, "Cambodia", GDCE),
  ("5.39 billion dollars", 5.39e9, "=", "exports", None, KH_Q1_23, None, GDCE),
  ("5.7%", 5.7, "=", "exports", "fell", KH_Q1_23, None, GDCE),
  ("5.86 billion dollars", 5.86e9, "=", "imports", None, KH_Q1_23, None, GDCE),
  ("21.3 percent", 21.3, "=", "imports", "fell", KH_Q1_23, None, GDCE),
  ("2.42 billion dollars", 2.42e9, "=", ["shipments of garments, footwear and travel goods", "garments, footwear and travel goods", "shipments"], None, KH_Q1_23, None, GDCE),
  ("22 percent", 22, "=", ["shipments of garments, footwear and travel goods", "garments, footwear and travel goods", "shipments"], "fell", KH_Q1_23, None, GDCE),
  ("3.12 billion dollars", 3.12e9, "=", ["shipments of garments, footwear and travel goods", "garments, footwear and travel goods", "shipments"], None, KH_Q1_22, None, GDCE),
  ("1,100 factories", 1100, "~", ["factories and branches", "factories"], None, None, None, None),
  ("750,000 workers", 750000, "~", "workers", None, None, None, None)],
 []),
("l-elec-ecuador-2023", "GZH (GaúchaZH, in Portuguese)", "2023-08-21", "https://gauchazh.clicrbs.com.br/mundo/noticia/2023/08/primeiros-resultados-indicam-segundo-turno-entre-luisa-gonzalez-e-daniel-noboa-na-eleicao-do-equador-cllk2mjup003o01kshvwa6o5p.html", "elections",
 "QUITO — With 91% of the ballot boxes counted by 5:40 a.m. Brasília time (3:40 a.m. in Quito) on Monday (21), Ecuador's snap presidential election was heading for a run-off between Luisa González of the Citizen Revolution Movement and Daniel Noboa of National Democratic Action. "
 "González had 33.27% and Noboa 23.69%, ahead of Christian Zurita, who stood in for the murdered Fernando Villavicencio, on 16.51%, Jan Topic on 14.69%, Otto Sonnenholzner on 7.06% and Yaku Pérez on 3.93%; Xavier Hervas and Bolívar Armijos trailed with 0.49% and 0.36%. "
 "Polling stations closed late on Sunday (20) after a day of voting marked by fear and a heavy police and military presence. "
 "Villavicencio was shot dead on August 9, and Pedro Briones, a leader in González's party, on the 14th. "
 "To win in a single round, a candidate needs 40% of the valid votes and a 10-point lead over the runner-up. "
 "The run-off would be held on October 15, and the new president takes office on November 30. "
 "National Electoral Council (CNE) president Diana Atamaint told the press in the afternoon that the vote had passed off normally.",
 [("91%", 91, "=", ["ballot boxes", "boxes"], None, "2023-08-21", "Ecuador", None),
  ("33.27%", 33.27, "=", None, None, EC_R1, "Ecuador", None),
  ("23.69%", 23.69, "=", None, None, EC_R1, "Ecuador", None),
  ("16.51%", 16.51, "=", None, None, EC_R1, "Ecuador", None),
  ("14.69%", 14.69, "=", None, None, EC_R1, "Ecuador", None),
  ("7.06%", 7.06, "=", None, None, EC_R1, "Ecuador", None),
  ("3.93%", 3.93, "=", None, None, EC_R1, "Ecuador", None),
  ("0.49%", 0.49, "=", None, None, EC_R1, "Ecuador", None),
  ("0.36%", 0.36, "=", None, None, EC_R1, "Ecuador", None),
  ("40% of the valid votes", 40, ">=", ["valid votes", "votes"], None, None, None, None)],
 ["10-point lead"]),
("l-poll-finland-2019", "Helsinki Times (Uusi Suomi)", "2019-08-08", "https://www.helsinkitimes.fi/finland/finland-news/politics/16631-finnish-government-sees-up-tick-in-popular-support-reports-yle.html", "poll",
 "HELSINKI — The Finns Party is still comfortably Finland's best-supported party, according to the latest poll commissioned by the public broadcaster YLE, published on Thursday morning. "
 "Support for the populist opposition party dipped 0.1 percentage points from July to August, to 19.6 per cent, still 2.8 percentage points ahead of the National Coalition in second place. "
 "YLE said the five-party governing coalition had gained ground for the first time since the parliamentary election of April 2019. "
 "The Social Democratic Party was backed by 16.3 per cent (+0.2), the Green League by 15.1 per cent (+0.8) and the Centre Party by 12.6 per cent (+0.9) of respondents. "
 "The Left Alliance and the Swedish People's Party lost support instead, the former falling 0.1 percentage points to 8.7 per cent and the latter 0.3 percentage points to 4.3 per cent. "
 "Tuomo Turja, research director at Taloustutkimus, said the governing parties together now had 57 per cent approval, which gave the government a mandate. "
 "The market research firm interviewed 2,451 people between 8 July and 6 August, and 1,749 of them were prepared to name the party they would back if a parliamentary election took place today.",
 [("0.1 percentage points", 0.1, "=", ["support", "Finns Party"], "fell", FI_POLL, "Finland", YLE),
  ("19.6 per cent", 19.6, "=", ["support", "Finns Party"], None, FI_POLL, "Finland", YLE),
  ("2.8 percentage points", 2.8, "=", None, None, FI_POLL, None, YLE),
  ("16.3 per cent", 16.3, "=", ["respondents", "Social Democratic Party"], None, FI_POLL, None, YLE),
  ("+0.2", 0.2, "=", ["Social Democratic Party", "support"], "rose", FI_POLL, None, YLE),
  ("15.1 per cent", 15.1, "=", ["respondents", "Green League"], None, FI_POLL, None, YLE),
  ("+0.8", 0.8, "=", ["Green League", "support"], "rose", FI_POLL, None, YLE),
  ("12.6 per cent", 12.6, "=", ["respondents", "Centre Party"], None, FI_POLL, None, YLE),
  ("+0.9", 0.9, "=", ["Centre Party", "support"], "rose", FI_POLL, None, YLE),
  ("0.1 percentage points", 0.1, "=", ["Left Alliance", "support"], "fell", FI_POLL, None, YLE, 1),
  ("8.7 per cent", 8.7, "=", ["Left Alliance", "support"], None, FI_POLL, None, YLE),
  ("0.3 percentage points", 0.3, "=", ["Swedish People's Party", "support"], "fell", FI_POLL, None, YLE),
  ("4.3 per cent", 4.3, "=", ["Swedish People's Party", "support"], None, FI_POLL, None, YLE),
  ("57 per cent", 57, "=", ["approval", "governing parties"], None, FI_POLL, None, TURJA),
  ("2,451 people", 2451, "=", "people", None, FI_POLL, None, None),
  ("1,749", 1749, "=", ["people", "of them"], None, FI_POLL, None, None)],
 ["five-party"]),
("l-biz-ethio-telecom-2025", "Reuters (via BusinessLIVE)", "2025-07-24", "https://www.businesslive.co.za/bd/companies/telecoms-and-technology/2025-07-24-ethio-telecoms-full-year-earnings-leap-more-than-80/", "company results",
 "ADDIS ABABA — Ethio Telecom, Ethiopia's state-owned operator, said on Thursday that its annual profit had risen steeply thanks to a wider network and more customers. "
 "Pretax profit for the year that ended in June jumped by more than 80% on the previous year to about 76 billion birr ($550 million), chief executive Frehiwot Tamiru said. "
 "Total subscribers grew 6.3% to 83.2 million during the year, and subscribers to the Telebirr financial service increased 15.3% to 54.8 million, she told a news conference. "
 "The government is privatising the company as part of a broader opening of the economy; its initial public offering, open only to Ethiopian citizens and capped at 1 million birr of shares per investor, closed earlier this year having placed just 10.7% of the shares it offered. "
 "Frehiwot said Ethio Telecom would soon list its shares on the Ethiopian Securities Exchange, which started secondary trading in treasury bills and equities earlier this month. "
 "Ethiopia has a population of about 120 million. Kenya's Safaricom got the first licence for a private telecoms operator in 2021, and a two-year civil war in the northern Tigray region ended in 2022. "
 "($1 = 137.9315 birr)",
 [("more than 80%", 80, ">", ["pretax profit", "profit"], "rose", ET_FY, None, FREHIWOT),
  ("76 billion birr", 76e9, "~", ["pretax profit", "profit"], None, ET_FY, None, FREHIWOT),
  ("$550 million", 550e6, "~", ["pretax profit", "profit"], None, ET_FY, None, FREHIWOT),
  ("6.3%", 6.3, "=", ["total subscribers", "subscribers"], "rose", ET_FY, None, FREHIWOT),
  ("83.2 million", 83.2e6, "=", ["total subscribers", "subscribers"], None, ET_FY, None, FREHIWOT),
  ("15.3%", 15.3, "=", ["subscribers", "Telebirr"], "rose", ET_FY, None, FREHIWOT),
  ("54.8 million", 54.8e6, "=", ["subscribers", "Telebirr"], None, ET_FY, None, FREHIWOT),
  ("1 million birr", 1e6, "=", ["shares", "shares per investor"], None, None, None, None),
  ("10.7%", 10.7, "=", ["shares on offer", "shares"], None, None, None, None),
  ("about 120 million", 120e6, "~", "population", None, None, "Ethiopia", None)],
 ["($1 = 137.9315 birr)", "two-year"]),
("l-biz-otp-q3-2024", "Daily News Hungary", "2024-11-08", "https://dailynewshungary.com/otp-bank-earnings-higher-than-expected", "company results",
 "BUDAPEST — OTP Bank, Hungary's largest commercial lender, made a consolidated after-tax profit of HUF 318.5bn in the third quarter, 8pc more than in the base period once adjustments are taken into account, according to an earnings report published before the market opened on Friday. "
 "Analysts had on average expected HUF 290.6bn. "
 "OTP's foreign units produced 64pc of the quarter's after-tax profit. "
 "Net interest income grew 15pc to HUF 444.2bn, and net revenue from fees and commissions 10pc to HUF 137.5bn. "
 "Risk costs for the quarter came to HUF 27bn, HUF 15bn of it credit risk costs, largely at its Russian and Bulgarian subsidiaries, with provisions released in Hungary. "
 "The sale of the Romanian bank gave a one-off boost of HUF 10.5bn at group level, and OTP booked a fair value adjustment of HUF 16bn on subsidised home loans and prenatal baby support loans in Hungary. "
 "Total assets stood at HUF 41,557bn at the end of September, 5pc more than twelve months earlier. "
 "Deputy CEO László Bencsik told journalists after the report came out that profitability in Q1-Q3 had been \"outstanding\", with a return on equity of 24.9pc, and that the non-performing loan ratio had improved by 0.3pp to 4.0pc.",
 [("HUF 318.5bn", 318.5e9, "=", ["consolidated after-tax profit", "after-tax profit", "profit"], None, OTP_Q3, None, OTP),
  ("8pc", 8, "=", ["consolidated after-tax profit", "after-tax profit", "profit"], "rose", OTP_Q3, None, OTP),
  ("HUF 290.6bn", 290.6e9, "=", None, None, OTP_Q3, None, ["Analysts", "analysts"]),
  ("64pc", 64, "=", ["after-tax profit", "quarter's after-tax profit", "profit"], None, OTP_Q3, None, None),
  ("15pc", 15, "=", "net interest income", "rose", OTP_Q3, None, None),
  ("HUF 444.2bn", 444.2e9, "=", "net interest income", None, OTP_Q3, None, None),
  ("10pc", 10, "=", ["net revenue from fees and commissions", "net revenue", "fees and commissions"], "rose", OTP_Q3, None, None),
  ("HUF 137.5bn", 137.5e9, "=", ["net revenue from fees and commissions", "net revenue", "fees and commissions"], None, OTP_Q3, None, None),
  ("HUF 27bn", 27e9, "=", "risk costs", None, OTP_Q3, None, None),
  ("HUF 15bn", 15e9, "=", ["credit risk costs", "risk costs"], None, OTP_Q3, None, None),
  ("HUF 10.5bn", 10.5e9, "=", ["one-off boost", "boost"], None, None, None, None),
  ("HUF 16bn", 16e9, "=", ["fair value adjustment", "adjustment"], None, None, "Hungary", None),
  ("HUF 41,557bn", 41557e9, "=", "total assets", None, "2024-09-30", None, None),
  ("5pc more", 5, "=", "total assets", "rose", None, None, None),
  ("24.9pc", 24.9, "=", ["return on equity", "profitability"], None, "2024-01-01..2024-09-30", None, BENCSIK),
  ("0.3pp", 0.3, "=", ["non-performing loan ratio", "ratio"], None, None, None, BENCSIK),
  ("4.0pc", 4.0, "=", ["non-performing loan ratio", "ratio"], None, None, None, BENCSIK)],
 ["twelve months"]),
("l-health-nepal-dengue-2023", "ReliefWeb (EDCD situation update)", "2023-07-31", "https://reliefweb.int/report/nepal/nepal-epidemiology-and-disease-control-division-situation-update-dengue-2023-30-july-2023", "health",
 "KATHMANDU — As of 30 July, 2023, 5688 dengue cases had been identified in 70 districts of Nepal, the Epidemiology and Disease Control Division (EDCD) said in its latest situation update. "
 "Koshi province had reported the most (3821), followed by Bagmati province (962), Gandaki Province (357) and Sudurpaschim Province (325). "
 "The top 10 districts make up 87 % of all reported cases (4939 cases), and cases elsewhere are sporadic. "
 "Those districts are Sunsari (3486), Dhading (655), Kaski (208), Darchula (191), Kathmandu (96), Sankhuwasabha (75), Myagdi (58), Morang (57), Kanchanpur (57) and Jhapa (56). "
 "Deaths have been verified in 4 dengue cases, 1 of them linked to severe dengue shock syndrome and 3 to dengue together with other comorbidities. "
 "In 2022 Nepal recorded 54,784 dengue cases and 88 deaths, the highest numbers it has ever logged and over three times the 2019 count; DENV-1 and DENV-3 were the dominant serotypes that year, with no evidence of DENV-4.",
 [("5688 dengue cases", 5688, "=", ["dengue cases", "cases"], None, NP_YTD23, "Nepal", EDCD),
  ("70 districts", 70, "=", "districts", None, NP_YTD23, "Nepal", EDCD),
  ("3821", 3821, "=", None, None, NP_YTD23, "Koshi province", EDCD),
  ("962", 962, "=", None, None, NP_YTD23, "Bagmati province", EDCD),
  ("(357)", 357, "=", None, None, NP_YTD23, "Gandaki Province", EDCD),
  ("325", 325, "=", None, None, NP_YTD23, "Sudurpaschim Province", EDCD),
  ("87 %", 87, "=", ["reported cases", "cases"], None, NP_YTD23, None, EDCD),
  ("4939 cases", 4939, "=", "cases", None, NP_YTD23, None, EDCD),
  ("3486", 3486, "=", None, None, NP_YTD23, "Sunsari", EDCD),
  ("655", 655, "=", None, None, NP_YTD23, "Dhading", EDCD),
  ("208", 208, "=", None, None, NP_YTD23, "Kaski", EDCD),
  ("191", 191, "=", None, None, NP_YTD23, "Darchula", EDCD),
  ("(96)", 96, "=", None, None, NP_YTD23, "Kathmandu", EDCD),
  ("(75)", 75, "=", None, None, NP_YTD23, "Sankhuwasabha", EDCD),
  ("(58)", 58, "=", None, None, NP_YTD23, "Myagdi", EDCD),
  ("(57)", 57, "=", None, None, NP_YTD23, "Morang", EDCD),
  ("(57)", 57, "=", None, None, NP_YTD23, "Kanchanpur", EDCD, 1),
  ("(56)", 56, "=", None, None, NP_YTD23, "Jhapa", EDCD),
  ("4 dengue cases", 4, "=", ["dengue cases", "deaths"], None, NP_YTD23, "Nepal", EDCD),
  ("1 of them", 1, "=", ["dengue cases", "deaths"], None, NP_YTD23, None, EDCD),
  ("3 to dengue", 3, "=", ["dengue cases", "deaths"], None, NP_YTD23, None, EDCD),
  ("54,784 dengue cases", 54784, "=", ["dengue cases", "cases"], None, "2022-01-01..2022-12-31", "Nepal", None),
  ("88 deaths", 88, "=", "deaths", None, "2022-01-01..2022-12-31", "Nepal", None)],
 ["top 10", "three times"]),
("l-health-zambia-cholera-2018", "WHO Regional Office for Africa", "2018-03-09", "https://www.afro.who.int/fr/node/9574", "health",
 "LUSAKA — In the 24 hours up to 06:00hrs AM today, 9th March 2018, 23 new cholera cases were recorded in Lusaka District, 9 of them children and 14 adults, according to the WHO's Africa office situation update. "
 "Of the new patients, 5 went straight to Heroes Cholera Hospital, 2 to the Chawama CTC, 6 to the Chipata CTU and 10 to the Kanyama CTU. "
 "No cholera deaths were recorded. "
 "Lusaka's cumulative total now stands at 4,266 cases and 77 deaths, and the total for the whole country has reached 4,625 cases with 91 deaths.",
 [("23 new cholera cases", 23, "=", ["new cholera cases", "new cases", "cases"], None, ZM_24H, "Lusaka District", WHO),
  ("9 of them", 9, "=", "children", None, ZM_24H, "Lusaka District", WHO),
  ("14 adults", 14, "=", "adults", None, ZM_24H, "Lusaka District", WHO),
  ("5 went", 5, "=", ["new patients", "patients"], None, ZM_24H, "Heroes Cholera Hospital", WHO),
  ("2 to the Chawama CTC", 2, "=", ["new patients", "patients"], None, ZM_24H, ["Chawama CTC", "Chawama"], WHO),
  ("6 to the Chipata CTU", 6, "=", ["new patients", "patients"], None, ZM_24H, ["Chipata CTU", "Chipata"], WHO),
  ("10 to the Kanyama CTU", 10, "=", ["new patients", "patients"], None, ZM_24H, ["Kanyama CTU", "Kanyama"], WHO),
  ("4,266 cases", 4266, "=", "cases", None, None, "Lusaka", WHO),
  ("77 deaths", 77, "=", "deaths", None, None, "Lusaka", WHO),
  ("4,625 cases", 4625, "=", "cases", None, None, None, WHO),
  ("91 deaths", 91, "=", "deaths", None, None, None, WHO)],
 []),
("l-disaster-nepal-monsoon-2019", "ECHO Daily Flash (via ReliefWeb)", "2019-07-15", "https://reliefweb.int/report/nepal/nepal-monsoon-rains-neoco-dhm-mfd-media-echo-daily-flash-15-july-2019", "disasters",
 "KATHMANDU — The toll from floods and landslides brought on by the monsoon has kept rising in Nepal, according to the European Commission's ECHO Daily Flash, drawing on the National Emergency Operation Centre (NEOCO) and media reports. "
 "As of 15 July the floods and landslides had killed 64 people and injured 32 others, and at least 31 were missing. "
 "The disaster has displaced 3,186 families and affected 33,113 people. "
 "In the seven days before, the country saw 75 landslides and 54 flood events. "
 "Search and rescue work has been stepped up, and the local government is responding to the needs of those affected. "
 "A yellow warning of river overflow has been put out for the Kamala River at Titriya, and the floodgates of the Kulekhani dam were opened as a precaution. "
 "Forecasters expected locally heavy rain in the centre and west of the country on 15 July.",
 [("64 people", 64, "=", "people", "killed", None, "Nepal", ECHO),
  ("at least 31", 31, ">=", "people", "missing", None, "Nepal", ECHO),
  ("32 others", 32, "=", ["others", "people"], "injured", None, "Nepal", ECHO),
  ("33,113 people", 33113, "=", "people", "affected", None, "Nepal", ECHO),
  ("3,186 families", 3186, "=", "families", "displaced", None, "Nepal", ECHO),
  ("75 landslides", 75, "=", "landslides", None, NP_7D, "Nepal", ECHO),
  ("54 flood events", 54, "=", ["flood events", "floods"], None, NP_7D, "Nepal", ECHO)],
 []),
("l-disaster-fiji-harold-2020", "Fijivillage", "2020-04-22", "https://www.fijivillage.com/news/1062-people-are-currently-staying-in-75-evacuation-centres-around-the-country-xf58r4", "disasters",
 "SUVA — Across Fiji, 75 evacuation centres are now housing 1,062 people, the National Disaster Management Office (NDMO) said. "
 "The evacuees had their houses damaged or destroyed by Tropical Cyclone Harold, and the NDMO has handed them tents as an immediate response. "
 "According to the NDMO, 194 people are in 13 evacuation centres in the Central Division and 868 people in 62 evacuation centres in the Eastern Division, which includes Kadavu, where 59 evacuation centres hold 767 people, and Lau, with 3 centres and 101 people. "
 "The MV Ohana has completed ration distribution and detailed damage assessments in Ono-i-Lau, Ogea and Fulaga and is now at Kabara island, while the MV Spirit of Love has finished distributing rations on Moala and Matuku islands and is now serving Totoya and Udu villages. "
 "According to Infrastructure Minister Jone Usamate, Severe Tropical Cyclone Harold destroyed 523 houses and left 1,528 partly damaged. "
 "The NDMO expects the detailed damage assessments to be finished by the end of this week.",
 [("1,062 people", 1062, "=", ["people", "evacuees"], None, FJ_DAY, "Fiji", NDMO),
  ("75 evacuation centres", 75, "=", "evacuation centres", None, FJ_DAY, "Fiji", NDMO),
  ("194 people", 194, "=", "people", None, FJ_DAY, "Central Division", NDMO),
  ("13 evacuation centres", 13, "=", "evacuation centres", None, FJ_DAY, "Central Division", NDMO),
  ("868 people", 868, "=", "people", None, FJ_DAY, "Eastern Division", NDMO),
  ("62 evacuation centres", 62, "=", "evacuation centres", None, FJ_DAY, "Eastern Division", NDMO),
  ("59 evacuation centres", 59, "=", "evacuation centres", None, FJ_DAY, "Kadavu", NDMO),
  ("767 people", 767, "=", "people", None, FJ_DAY, "Kadavu", NDMO),
  ("3 centres", 3, "=", "centres", None, FJ_DAY, "Lau", NDMO),
  ("101 people", 101, "=", "people", None, FJ_DAY, "Lau", NDMO),
  ("523 houses", 523, "=", "houses", "destroyed", None, None, USAMATE),
  ("1,528 partly damaged", 1528, "=", "houses", "damaged", None, None, USAMATE)],
 []),
("l-mig-finland-asylum-2017", "Finnish Immigration Service (Migri)", "2017-09-29", "https://migri.fi/en/article/-/asset_publisher/kaksi-vuotta-turvapaikanhakijasyksysta-2015-missa-mennaan-nyt-", "migration",
 "HELSINKI — Two years on from the autumn of 2015, the number of asylum seekers coming to Finland has fallen back to where it was in 2014, the Finnish Immigration Service (Migri) said on Friday. "
 "In 2015, when Finland saw more asylum seekers arrive than ever before, 32,476 people applied for asylum, most of them in the autumn; in week 39 of that year alone, 3,939 asylum seekers were registered. "
 "Many Iraqis who had come in 2015 withdrew their applications that autumn, and these are counted among the 2,556 expiry decisions issued to Iraqis in 2015; in 2016 the applications of nearly 3,000 Iraqis expired. "
 "In 2014, the year before the record, 3,651 asylum seekers arrived in Finland. "
 "By the end of August this year, 3,560 applications had been lodged, among them more than 1,500 subsequent applications from people whose first application had been rejected. "
 "So far 1,975 asylum seekers have reached Finland from Greece and Italy under the EU relocation scheme.",
 [("32,476 people", 32476, "=", ["people", "asylum seekers"], None, "2015-01-01..2015-12-31", "Finland", MIGRI),
  ("3,939 asylum seekers", 3939, "=", "asylum seekers", "registered", "2015-09-21..2015-09-27", "Finland", MIGRI),
  ("2,556 expiry decisions", 2556, "=", ["expiry decisions", "decisions"], None, "2015-01-01..2015-12-31", None, MIGRI),
  ("nearly 3,000 Iraqis", 3000, "nearly", ["applications", "Iraqis"], None, "2016-01-01..2016-12-31", None, MIGRI),
  ("3,651 asylum seekers", 3651, "=", "asylum seekers", "arrived", "2014-01-01..2014-12-31", "Finland", MIGRI),
  ("3,560 applications", 3560, "=", "applications", None, FI_2017_AUG, None, MIGRI),
  ("more than 1,500 subsequent applications", 1500, ">", ["subsequent applications", "applications"], None, FI_2017_AUG, None, MIGRI),
  ("1,975 asylum seekers", 1975, "=", "asylum seekers", "arrived", None, "Finland", MIGRI)],
 []),
("l-sport-uganda-cape-verde-2018", "Africanews", "2018-11-18", "http://www.africanews.com/2018/11/18/uganda-defeat-cape-verde-to-qualify-for-afcon-2019/", "sport",
 "KAMPALA — Uganda booked their place at next year's Africa Cup of Nations finals in Cameroon by beating Cape Verde 1-0 in Kampala on Saturday, the Cranes' seventh appearance at the continent's biggest football tournament since 1962. "
 "With 13 minutes to go, a fine header from Patrick Kaddu, striker for Kampala Capital City Authority (KCCA) football club, finally broke a modest but stubborn Cape Verde defence, although a draw would have been enough for Uganda. "
 "The result takes the Cranes to 13 points and makes them the first side through from group L. "
 "Tanzania's Taifa Stars, second in the group, meet Lesotho in Maseru on Sunday, and a win there would lift them to eight (8) points and keep their qualification hopes alive. "
 "Lesotho prop up group L with two (2) points, while Cape Verde have four (4) points from five (5) matches. "
 "The Cranes have kept a clean sheet throughout the campaign. "
 "Nigeria, Mali and Morocco likewise secured AFCON 2019 places on Saturday.",
 [("13 points", 13, "=", "points", None, None, None, None),
  ("eight (8) points", 8, "=", "points", None, None, None, None),
  ("two (2) points", 2, "=", "points", None, None, None, None),
  ("four (4) points", 4, "=", "points", None, None, None, None),
  ("five (5) matches", 5, "=", "matches", None, None, None, None)],
 ["1-0", "13 minutes", "eight (8) points", "two (2) points", "four (4) points", "five (5) matches"]),
("l-transport-airbaltic-2019", "Breaking Travel News", "2020-01-07", "https://www.breakingtravelnews.com/news/article/record-passenger-numbers-at-airbaltic/", "transport",
 "RIGA — airBaltic flew 5,049,317 passengers on its network in 2019, 22 per cent more than the year before and the highest figure in the Latvian airline's history. "
 "Chief executive Martin Gauss said the carrier was reaching new heights and linking travellers to and from the Baltics better; he added that it had opened nine new routes last year and that most of its passengers already fly on the Airbus A220-300, more of which joined the fleet. "
 "airBaltic operated 62,748 flights in all in 2019, 12 per cent more than in 2018. "
 "Its load factor, which measures passengers as a share of the seats available, was 76 per cent in 2019. "
 "In 2020 the airline will open 14 new routes, including four new direct destinations from Tallinn, Estonia, and five new destinations from Vilnius, Lithuania.",
 [("5,049,317 passengers", 5049317, "=", "passengers", None, Y19, None, AIRBALTIC),
  ("22 per cent", 22, "=", "passengers", "rose", Y19, None, AIRBALTIC),
  ("nine new routes", 9, "=", ["new routes", "routes"], None, Y19, None, ["Martin Gauss", "Gauss", "chief executive Martin Gauss"]),
  ("62,748 flights", 62748, "=", "flights", None, Y19, None, AIRBALTIC),
  ("12 per cent", 12, "=", "flights", "rose", Y19, None, AIRBALTIC),
  ("76 per cent", 76, "=", "load factor", None, Y19, None, AIRBALTIC),
  ("14 new routes", 14, "=", ["new routes", "routes"], None, "2020-01-01..2020-12-31", None, AIRBALTIC),
  ("four new direct destinations", 4, "=", ["new direct destinations", "destinations"], None, "2020-01-01..2020-12-31", "Tallinn", AIRBALTIC),
  ("five new destinations", 5, "=", ["new destinations", "destinations"], None, "2020-01-01..2020-12-31", "Vilnius", AIRBALTIC)],
 []),
("l-conflict-cabo-delgado-2019", "AIM (via AllAfrica)", "2019-08-28", "https://allafrica.com/stories/201908280763.html", "conflict",
 "MAPUTO — Five people were killed and beheaded by insurgents on Tuesday in Macomia district's Mucojo administrative post, in Cabo Delgado province in Mozambique's north, the independent newssheet 'Carta de Mocambique' reported in its Wednesday issue. "
 "Four of the dead were fishermen from the village of Nacotuco, attacked at about 13.00 on Tuesday as they came home from the sea along the Pangane-Macotuco road; all four worked for a trader living in Pangane, Momade Mansuli. "
 "The fifth victim was seized near Simbolongo village, also in Mucojo, while he was cutting thatch to roof his hut, and was likewise hacked to death and beheaded. "
 "Last Friday the insurgents, who are thought to be inspired by Islamic fundamentalism, shot dead two residents of Machava village, in Nangade district, as they walked home from spraying their cashew trees against insects and fungus. "
 "Later that Friday an insurgent group, perhaps the same one, attacked an outlying neighbourhood of Nangade town and killed three people; no more details of that attack are available.",
 [("Five people", 5, "=", "people", "killed", MZ_TUE, ["Mucojo administrative post", "Macomia district", "Mucojo", "Macomia", "Cabo Delgado"], CARTA),
  ("Four of the dead", 4, "=", ["fishermen", "dead"], "killed", MZ_TUE, ["Nacotuco", "Pangane-Macotuco road"], CARTA),
  ("two residents", 2, "=", "residents", "killed", MZ_FRI, ["Machava village", "Machava", "Nangade district"], CARTA),
  ("three people", 3, "=", "people", "killed", MZ_FRI, ["Nangade town", "Nangade"], CARTA)],
 ["all four"]),
]
