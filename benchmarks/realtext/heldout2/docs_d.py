# ruff: noqa: E501  (the text of articles, one line each as written, like ../docs_*.py)
"""Held out, second set: sixteen more rewritten reports across beats, annotated before the
extractor was run on them and scored once (README.md beside this file); not used to shape rules.

Same tuple layout as ../docs_c.py; ../build.py's conventions (hedges, when, null = not scored)."""
DOCS = [
("d-econ-japan-gdp-2021", "UrduPoint", "2021-11-15", "https://www.urdupoint.com/en/business/japans-july-september-gdp-shrinks-annualized-1401252.html", "economy",
 "TOKYO, Nov. 15 (UrduPoint / Pakistan Point News) - Japan's real gross domestic product contracted 0.8 percent in July-September from the quarter before, "
 "an annualized fall of 3.0 percent, according to preliminary figures from the Cabinet Office. "
 "It was the first decline in two quarters, after 1.5-percent growth in April-June, and came while a COVID-19 state of emergency at one point covered 21 of Japan's 47 prefectures. "
 "Household consumption fell 1.1 percent, its first drop in two quarters, as people were urged to stay home and restaurants had to halt alcohol sales and shut early. "
 "The emergency curbs were lifted nationwide on Oct. 1.",
 [("0.8 percent", 0.8, "=", ["gross domestic product", "GDP"], "fell", "2021-07-01..2021-09-30", None, "Cabinet Office"),
  ("3.0 percent", 3.0, "=", ["gross domestic product", "GDP"], "fell", "2021-07-01..2021-09-30", None, "Cabinet Office"),
  ("21 of Japan's", 21, "=", "prefectures", None, None, None, None),
  ("1.1 percent", 1.1, "=", ["household consumption", "consumption"], "fell", None, None, None)],
 ["47 prefectures", "two quarters", "1.5-percent growth"]),
("d-econ-eurozone-flash-2018", "Eurostat", "2018-09-28", "https://www.marketscreener.com/news/EUROSTAT-European-Union-Statistical-Office-Euro-area-annual-inflation-up-to-2-1--27336403/", "economy",
 "Annual inflation in the euro area is expected to reach 2.1% in September 2018, after 2.0% in August, Eurostat, the EU's statistics agency, said in a flash estimate on Friday. "
 "Energy again shows the highest annual rate, 9.5% against 9.2% in August, followed by food, alcohol and tobacco at 2.7%, up from 2.4% in August. "
 "Services stood at 1.3% and non-energy industrial goods at 0.4%, both unchanged from the month before. The euro area is made up of 19 member states.",
 [("2.1%", 2.1, "=", "inflation", None, "2018-09-01..2018-09-30", "euro area", "Eurostat"),
  ("2.0%", 2.0, "=", "inflation", None, "2018-08-01..2018-08-31", "euro area", "Eurostat"),
  ("9.5%", 9.5, "=", "energy", None, None, None, None),
  ("9.2%", 9.2, "=", "energy", None, "2018-08-01..2018-08-31", None, None),
  ("2.7%", 2.7, "=", ["food, alcohol and tobacco", "food"], None, None, None, None),
  ("2.4%", 2.4, "=", ["food, alcohol and tobacco", "food"], None, "2018-08-01..2018-08-31", None, None),
  ("1.3%", 1.3, "=", "services", None, None, None, None),
  ("0.4%", 0.4, "=", ["non-energy industrial goods", "goods"], None, None, None, None),
  ("19 member states", 19, "=", "member states", None, None, None, None)],
 []),
("d-econ-australia-jobs-2014", "Business Insider", "2014-10-09", "https://www.businessinsider.com.au/september-jobs-abs-2014-10", "economy",
 "Australia's seasonally adjusted jobless rate climbed 0.1 percentage points to 6.1 per cent in September, the Australian Bureau of Statistics said on Thursday. "
 "Employment fell by 29,700 to 11,592,500. Full-time jobs grew by 21,600 to 8,028,900, while part-time employment dropped 51,300 to 3,563,600. "
 "The number of unemployed people rose 11,000 to 746,600. Hours worked across the economy declined by 15 million, or 0.9%, to 1,591.3 million hours. "
 "In trend terms, the bureau said, the number of people in work grew by 5,600 in September 2014.",
 [("0.1 percentage points", 0.1, "=", ["jobless rate", "rate"], "rose", "2014-09-01..2014-09-30", None, "Australian Bureau of Statistics"),
  ("6.1 per cent", 6.1, "=", ["jobless rate", "rate"], None, "2014-09-01..2014-09-30", None, "Australian Bureau of Statistics"),
  ("29,700", 29700, "=", "employment", "fell", None, None, None),
  ("11,592,500", 11592500, "=", "employment", None, None, None, None),
  ("21,600", 21600, "=", ["full-time jobs", "jobs"], "rose", None, None, None),
  ("8,028,900", 8028900, "=", ["full-time jobs", "jobs"], None, None, None, None),
  ("51,300", 51300, "=", ["part-time employment", "employment"], "fell", None, None, None),
  ("3,563,600", 3563600, "=", ["part-time employment", "employment"], None, None, None, None),
  ("11,000", 11000, "=", ["unemployed people", "people"], "rose", None, None, None),
  ("746,600", 746600, "=", ["unemployed people", "people"], None, None, None, None),
  ("15 million", 15e6, "=", ["hours worked", "hours"], "fell", None, None, None),
  ("0.9%", 0.9, "=", ["hours worked", "hours"], "fell", None, None, None),
  ("1,591.3 million hours", 1591.3e6, "=", "hours", None, None, None, None),
  ("5,600", 5600, "=", "people", "rose", "2014-09-01..2014-09-30", None, ["the bureau", "bureau", "Australian Bureau of Statistics"])],
 []),
("d-budget-nepal-2020", "Spotlight Nepal", "2020-05-28", "https://spotlightnepal.com/2020/05/28/finance-minister-drkhatiwada-announces-rs1474-billion-budget-fy-202021", "budgets",
 "KATHMANDU - Finance Minister Dr. Yubaraj Khatiwada on Thursday laid before a joint sitting of the federal parliament a yearly budget of Rs. 1474 billion 640 million for the next fiscal year, 2077/78 (2020/21). "
 "Of that sum, Rs. 948 billion goes to recurrent spending and Rs. 352 billion to capital spending. "
 "The government plans to raise Rs. 889 billion in revenue and receive Rs. 60 billion in foreign grants, and to cover the rest with Rs. 298 billion in external loans and Rs. 225 billion borrowed at home. "
 "The budget thus carries a deficit of Rs. 524 billion, and projected revenue falls short of recurrent spending by Rs. 59 billion.",
 [("Rs. 1474 billion 640 million", 1474.64e9, "=", "budget", None, "2020-07-16..2021-07-15", None, ["Finance Minister Dr. Yubaraj Khatiwada", "Dr. Yubaraj Khatiwada", "Yubaraj Khatiwada"]),
  ("Rs. 948 billion", 948e9, "=", ["recurrent spending", "spending"], None, None, None, None),
  ("Rs. 352 billion", 352e9, "=", ["capital spending", "spending"], None, None, None, None),
  ("Rs. 889 billion", 889e9, "=", "revenue", None, None, None, None),
  ("Rs. 60 billion", 60e9, "=", ["foreign grants", "grants"], None, None, None, None),
  ("Rs. 298 billion", 298e9, "=", ["external loans", "loans"], None, None, None, None),
  ("Rs. 225 billion", 225e9, "=", None, None, None, None, None),
  ("Rs. 524 billion", 524e9, "=", "deficit", None, None, None, None),
  ("Rs. 59 billion", 59e9, "=", None, None, None, None, None)],
 []),
("d-budget-jersey-village-2025", "Community Impact", "2025-08-19", "https://communityimpact.com/houston/cy-fair-jersey-village/government/2025/08/19/jersey-village-city-council-adopts-726-million-budget-ahead-of-new-fiscal-year", "budgets",
 "On Aug. 18 the Jersey Village City Council passed a $72.6 million budget for fiscal year 2025-26 by a 4-1 vote, council member Simon Hughes casting the only no, "
 "and by the same margin approved a higher property tax rate of $0.8146 per $100 of home value. "
 "City staff said the higher rate should bring in about $1.05 million more than the city collected last fiscal year. "
 "The budget sets aside $32.48 million for capital projects such as flood mitigation and street repairs and $36.58 million for operating costs, including $2.66 million for the police department and $2.28 million for the fire department. "
 "It relies on $45.59 million in combined city revenue and $23.48 million drawn from fund balances. "
 "Council members also sent three bond proposals to the November ballot: $21.62 million for a new city campus, $20 million for water and wastewater improvements and $6.5 million for a new pool and pump house. "
 "The new fiscal year runs from Oct. 1 through Sept. 30, 2026.",
 [("$72.6 million budget", 72.6e6, "=", "budget", None, "2025-10-01..2026-09-30", None, None),
  ("$0.8146", 0.8146, "=", ["property tax rate", "tax rate", "rate"], None, None, None, None),
  ("about $1.05 million", 1.05e6, "~", None, None, None, None, ["City staff", "staff"]),
  ("$32.48 million", 32.48e6, "=", "capital projects", None, None, None, None),
  ("$36.58 million", 36.58e6, "=", "operating costs", None, None, None, None),
  ("$2.66 million", 2.66e6, "=", "police department", None, None, None, None),
  ("$2.28 million", 2.28e6, "=", "fire department", None, None, None, None),
  ("$45.59 million", 45.59e6, "=", ["city revenue", "revenue"], None, None, None, None),
  ("$23.48 million", 23.48e6, "=", "fund balances", None, None, None, None),
  ("three bond proposals", 3, "=", ["bond proposals", "proposals"], None, None, None, None),
  ("$21.62 million", 21.62e6, "=", "city campus", None, None, None, None),
  ("$20 million", 20e6, "=", ["water and wastewater improvements", "improvements"], None, None, None, None),
  ("$6.5 million", 6.5e6, "=", ["pool and pump house", "pool"], None, None, None, None)],
 ["4-1 vote", "$100 of home value"]),
("d-elec-pakistan-2024", "Deccan Herald", "2024-02-11", "https://deccanherald.com/amp/story/world%2Fimran-khans-party-backed-independents-lead-in-final-tally-in-pakistan-elections-2889929", "elections",
 "Islamabad: Independent candidates backed by the party of jailed former prime minister Imran Khan came out on top in Thursday's general election with 101 seats, according to the final results declared by Pakistan's election commission on Sunday. "
 "The Election Commission of Pakistan announced results for 264 of the 265 seats contested for the National Assembly. "
 "The result of NA 88 in Khushab, in Punjab, was held back after complaints of fraud, and voting for one seat was postponed when a candidate died. "
 "Nawaz Sharif's Pakistan Muslim League-Nawaz (PML-N) took 75 seats, the Pakistan Peoples Party 54 and the Karachi-based MQM-P 17, while smaller parties won the other 12. "
 "A party needs 133 of the 265 contested seats to form a government; a simple majority of the 336-member house, which also has seats reserved for women and minorities, is 169. "
 "In Punjab's provincial assembly, with 296 seats contested, independents won 138 and PML-N 137.",
 [("101 seats", 101, "=", "seats", None, "2024-02-08", None, ["Pakistan's election commission", "election commission"]),
  ("264", 264, "=", "seats", None, None, None, "Election Commission of Pakistan"),
  ("265 seats", 265, "=", "seats", None, None, None, "Election Commission of Pakistan"),
  ("75 seats", 75, "=", "seats", None, None, None, None),
  ("54", 54, "=", "seats", None, None, None, None),
  ("17", 17, "=", "seats", None, None, None, None),
  ("other 12", 12, "=", "seats", "won", None, None, None),
  ("133", 133, "=", "seats", None, None, None, None),
  ("169", 169, "=", None, None, None, None, None),
  ("296 seats", 296, "=", "seats", None, None, "Punjab", None),
  ("138", 138, "=", "seats", "won", None, "Punjab", None),
  ("137", 137, "=", "seats", "won", None, "Punjab", None)],
 ["NA 88", "one seat", "265 contested seats", "336-member house"]),
("d-elec-lufkin-primary-2020", "Lufkin Daily News", "2020-03-05", "http://lufkindailynews.com/news/fyi/article_5dcb18e3-dd6c-5238-9bcb-bfcd66af09c2.html", "elections",
 "Two local races are going to runoffs because no candidate won more than 50% of the vote in Tuesday's primary. "
 "In the Precinct 1 commissioner's race, 4,452 voters cast ballots. Incumbent Greg Harrison led the field of three with 2,050 votes, or 46%, "
 "ahead of Steve Allen with 1,850 votes (41%) and John Vaughn with 552 votes (12%). "
 "The Precinct 2 constable's race drew 4,215 votes: incumbent Trae Trevathan received 1,783, or 42%, Danny Anders 1,317 (31%) and Dennis Cochrane 1,115 (26%). "
 "Under the state election code the runoff must be held between 20 and 45 days after the votes are canvassed.",
 [("4,452 voters", 4452, "=", "voters", None, None, None, None),
  ("field of three", 3, "=", None, None, None, None, None),
  ("2,050 votes", 2050, "=", "votes", None, None, None, None),
  ("46%", 46, "=", None, None, None, None, None),
  ("1,850 votes", 1850, "=", "votes", None, None, None, None),
  ("41%", 41, "=", None, None, None, None, None),
  ("552 votes", 552, "=", "votes", None, None, None, None),
  ("12%", 12, "=", None, None, None, None, None),
  ("4,215 votes", 4215, "=", "votes", None, None, None, None),
  ("1,783", 1783, "=", "votes", None, None, None, None),
  ("42%", 42, "=", None, None, None, None, None),
  ("1,317", 1317, "=", "votes", None, None, None, None),
  ("31%", 31, "=", None, None, None, None, None),
  ("1,115", 1115, "=", "votes", None, None, None, None),
  ("26%", 26, "=", None, None, None, None, None)],
 ["50% of the vote", "between 20 and 45 days", "Two local races"]),
("d-biz-rim-2009", "Associated Press", "2009-06-25", "http://alfonso-seksi.blogspot.com/2009/06/profit-rises-33-for-maker-of-blackberry.html", "business",
 "TORONTO (AP) - Research In Motion, which makes the BlackBerry, said Thursday its quarterly profit rose 33 percent, more than analysts expected, but its forecast left investors disappointed. "
 "Net income came to $643 million, or $1.12 a share, against $482.5 million, or 84 cents a share, in the same quarter last year. "
 "Setting aside a $175.1 million tax benefit and other one-off items, it made $564.4 million, or 98 cents a share. "
 "Revenue in the quarter to May 30, the first of its fiscal 2010, climbed 53 percent to $3.42 billion from $2.24 billion, helped by about 3.8 million net new subscribers. "
 "RIM forecast second-quarter revenue of $3.45 billion to $3.7 billion and earnings of 94 cents to $1.03 a share. "
 "Its shares fell more than 5 percent, to $72.56, in extended trading on Nasdaq. "
 "Co-chief executive James L. Balsillie said RIM had taken a 55 percent share of the U.S. smartphone market.",
 [("33 percent", 33, "=", ["quarterly profit", "profit"], "rose", None, None, "Research In Motion"),
  ("$643 million", 643e6, "=", None, None, None, None, None),
  ("$1.12 a share", 1.12, "=", None, None, None, None, None),
  ("$482.5 million", 482.5e6, "=", None, None, None, None, None),
  ("84 cents a share", 84, "=", None, None, None, None, None),
  ("$175.1 million tax benefit", 175.1e6, "=", "tax benefit", None, None, None, None),
  ("$564.4 million", 564.4e6, "=", None, None, None, None, None),
  ("98 cents a share", 98, "=", None, None, None, None, None),
  ("53 percent", 53, "=", "revenue", "rose", "2009-03-01..2009-05-30", None, None),
  ("$3.42 billion", 3.42e9, "=", "revenue", None, "2009-03-01..2009-05-30", None, None),
  ("$2.24 billion", 2.24e9, "=", "revenue", None, None, None, None),
  ("about 3.8 million net new subscribers", 3.8e6, "~", "subscribers", None, None, None, None),
  ("94 cents to $1.03", None, ("range", 0.94, 1.03), "earnings", None, None, None, "RIM"),
  ("$3.45 billion to $3.7 billion", None, ("range", 3.45e9, 3.7e9), "revenue", None, None, None, "RIM"),
  ("more than 5 percent", 5, ">", "shares", "fell", None, None, None),
  ("$72.56", 72.56, "=", "shares", None, None, None, None),
  ("55 percent share", 55, "=", ["smartphone market", "market"], None, None, ["U.S.", "United States"], ["Co-chief executive James L. Balsillie", "James L. Balsillie"])],
 []),
("d-biz-apple-2005", "RTE", "2005-01-13", "https://www.rte.ie/news/business/2005/0113/58688-apple-business", "business",
 "Apple said last night that its net profit for the first quarter of fiscal 2005, which ended on December 25, had risen fourfold to $295m, driven by strong sales of the iPod music player. "
 "The figure is 368% higher than the $63m the company earned in the same quarter a year before. "
 "Earnings came to 70 cents a diluted share, well ahead of the 49 cents analysts had forecast on average and up from 17 cents a year earlier. "
 "Revenue of $3.49 billion, 74% more than in the September-December 2003 period, also beat most estimates. "
 "Chief executive Steve Jobs said more than 10 million iPods had been sold so far. "
 "For the current quarter Apple expects sales of around $2.9 billion and earnings of about 40 cents a share, while analysts expect something closer to 33 cents.",
 [("$295m", 295e6, "=", ["net profit", "profit"], None, "2004-09-26..2004-12-25", None, "Apple"),
  ("368%", 368, "=", None, None, None, None, None),
  ("$63m", 63e6, "=", None, None, None, None, None),
  ("70 cents a diluted share", 70, "=", None, None, None, None, None),
  ("49 cents", 49, "=", None, None, None, None, "analysts"),
  ("17 cents", 17, "=", None, None, None, None, None),
  ("$3.49 billion", 3.49e9, "=", "revenue", None, None, None, None),
  ("74%", 74, "=", "revenue", None, None, None, None),
  ("more than 10 million iPods", 10e6, ">", "iPods", None, None, None, ["Chief executive Steve Jobs", "Steve Jobs"]),
  ("around $2.9 billion", 2.9e9, "~", "sales", None, None, None, "Apple"),
  ("about 40 cents a share", 40, "~", "earnings", None, None, None, "Apple"),
  ("33 cents", 33, "~", None, None, None, None, "analysts")],
 ["fourfold"]),
("d-health-us-flu-2023", "WebMD", "2023-01-09", "https://healthier-body.com/flu-cases-are-declining-but-not-admissions-and-deaths", "health",
 "January 9, 2023 - New flu infections in the United States kept falling at the end of 2022, with outpatient visits for flu-like illness declining for a fifth week in a row, according to the latest CDC data. "
 "Visits for influenza-like illness made up 5.4% of all health care visits during the week of Dec. 25-31, down from 6.0% the week before and from what looks like a seasonal peak of 7.5% in late November. "
 "Only 12 jurisdictions had \"very high\" flu activity that week, compared with 24 a week earlier, and the number of metropolitan areas with very high activity dropped from 59 to 37. "
 "Hospital admissions for flu, however, stayed at about 19,000 for a second week running, according to the Department of Health and Human Services.",
 [("5.4%", 5.4, "=", ["health care visits", "visits"], None, "2022-12-25..2022-12-31", None, None),
  ("6.0%", 6.0, "=", ["health care visits", "visits"], None, "2022-12-18..2022-12-24", None, None),
  ("7.5%", 7.5, "=", ["health care visits", "visits"], None, None, None, None),
  ("12 jurisdictions", 12, "=", "jurisdictions", None, "2022-12-25..2022-12-31", None, None),
  ("24", 24, "=", "jurisdictions", None, "2022-12-18..2022-12-24", None, None),
  ("59", 59, "=", ["metropolitan areas", "areas"], None, None, None, None),
  ("37", 37, "=", ["metropolitan areas", "areas"], None, None, None, None),
  ("about 19,000", 19000, "~", ["hospital admissions", "admissions"], None, None, None, ["Department of Health and Human Services", "the Department of Health and Human Services"])],
 []),
("d-health-mpox-africa-2024", "WHO Regional Office for Africa", "2024-11-03", "https://afro.who.int/publications/regional-mpox-bulletin-03-november-2024", "health",
 "Twenty member states of the WHO African Region have reported mpox cases to the World Health Organization since 1 January 2022, according to its regional bulletin. "
 "As of 3 November 2024 the region had 13,331 laboratory-confirmed cases, including 75 deaths. "
 "In 2024 alone, 18 countries have reported 10,953 confirmed cases, 53 of them fatal. "
 "The Democratic Republic of Congo accounts for most of this year's cases with 8,662, followed by Burundi with 1,579 and Uganda with 359. "
 "Burundi declared an outbreak on 25 July 2024 after three cases were confirmed; by epidemiological week 43 it had recorded 1,509 confirmed cases out of 3,557 suspected ones, a positivity rate of 44%, and no deaths among confirmed cases. "
 "In week 43 it reported 222 confirmed cases, up 9.7% from 183 in week 42.",
 [("Twenty member states", 20, "=", "member states", None, "2022-01-01..2024-11-03", None, None),
  ("13,331 laboratory-confirmed cases", 13331, "=", ["laboratory-confirmed cases", "cases"], None, "2022-01-01..2024-11-03", None, None),
  ("75 deaths", 75, "=", None, "killed", "2022-01-01..2024-11-03", None, None),
  ("18 countries", 18, "=", "countries", None, "2024-01-01..2024-11-03", None, None),
  ("10,953 confirmed cases", 10953, "=", ["confirmed cases", "cases"], None, "2024-01-01..2024-11-03", None, None),
  ("53 of them", 53, "=", None, "killed", "2024-01-01..2024-11-03", None, None),
  ("8,662", 8662, "=", "cases", None, "2024-01-01..2024-11-03", "Democratic Republic of Congo", None),
  ("1,579", 1579, "=", "cases", None, "2024-01-01..2024-11-03", "Burundi", None),
  ("359", 359, "=", "cases", None, "2024-01-01..2024-11-03", "Uganda", None),
  ("three cases", 3, "=", "cases", None, None, "Burundi", None),
  ("1,509 confirmed cases", 1509, "=", ["confirmed cases", "cases"], None, None, "Burundi", None),
  ("3,557 suspected ones", 3557, "=", None, None, None, "Burundi", None),
  ("44%", 44, "=", ["positivity rate", "rate"], None, None, "Burundi", None),
  ("222 confirmed cases", 222, "=", ["confirmed cases", "cases"], None, "2024-10-21..2024-10-27", None, None),
  ("9.7%", 9.7, "=", None, "rose", None, None, None),
  ("183", 183, "=", None, None, "2024-10-14..2024-10-20", None, None)],
 ["week 43", "week 42"]),
("d-climate-canada-fires-2023", "Leiria Economica / AFP", "2023-07-06", "https://leiriaeconomica.com/forest-fires-there-is-no-lead-time-planned-for-july-and-august", "climate",
 "Canada's wildfire season is breaking records on every count, and no let-up is expected in July and August. "
 "So far this year fires have burned 8.8 million hectares nationwide, a record and nearly 11 times the average for the decade, Michael Norton of Natural Resources Canada told a news conference on Thursday. "
 "As of July 5 the number of active fires in the country had climbed to 3,412, according to the ministry. "
 "Quebec is the worst-hit province, with 3.3 million hectares burned, forest ecologist Yann Boulanger said; one fire in the north of the province alone has burned more than a million hectares. "
 "The number of evacuees has also reached a record 155,856, a level not seen in 40 years, the ministry reported. "
 "Since 2000, 40% of people evacuated because of wildfires have come from Indigenous communities, Norton said.",
 [("8.8 million hectares", 8.8e6, "=", "hectares", "burned", "2023-01-01..2023-07-06", None, ["Michael Norton", "Norton"]),
  ("3,412", 3412, "=", ["active fires", "fires"], None, "2023-07-05", None, ["the ministry", "ministry"]),
  ("3.3 million hectares", 3.3e6, "=", "hectares", "burned", None, "Quebec", ["forest ecologist Yann Boulanger", "Yann Boulanger"]),
  ("more than a million hectares", 1e6, ">", "hectares", "burned", None, None, None),
  ("155,856", 155856, "=", "evacuees", None, None, None, ["the ministry", "ministry"]),
  ("40%", 40, "=", "people", None, "2000-01-01..2023-07-06", None, "Norton")],
 ["nearly 11 times", "40 years", "one fire"]),
("d-disaster-tornadoes-south-2014", "USA Today", "2014-04-29", "http://googlenews-update.blogspot.com/2014/04/storm-death-toll-reaches-31-and-carnage.html", "disasters",
 "Emergency workers were counting the dead and sifting through debris on Tuesday as a huge, slow-moving storm system kept its grip on a wide stretch of the country. "
 "Fourteen people were killed on Monday as tornadoes swept through Alabama, Mississippi and Tennessee, raising the preliminary toll from two days of storms to 31. "
 "The National Weather Service was checking reports of nearly 100 tornadoes. "
 "More than 60 million people, in a band running from Michigan's southeast down to the central Gulf Coast and the Carolinas, faced the threat of severe storms and tornadoes on Tuesday, AccuWeather meteorologist Alex Sosnowski said. "
 "Mississippi was hit hardest on Monday, with at least nine deaths, seven of which were in or near Louisville, whose population is about 6,600. "
 "State Sen. Giles Ward said he sheltered in a bathroom with his wife, four other relatives and the family dog while a tornado wrecked his two-story brick house.",
 [("Fourteen people", 14, "=", "people", "killed", "2014-04-28", None, None),
  ("31", 31, "=", None, "killed", "2014-04-27..2014-04-28", None, None),
  ("nearly 100 tornadoes", 100, "nearly", "tornadoes", None, None, None, "National Weather Service"),
  ("More than 60 million people", 60e6, ">", "people", None, "2014-04-29", None, ["AccuWeather meteorologist Alex Sosnowski", "Alex Sosnowski"]),
  ("at least nine deaths", 9, ">=", None, "killed", "2014-04-28", "Mississippi", None),
  ("seven of which", 7, "=", None, "killed", None, "Louisville", None),
  ("about 6,600", 6600, "~", None, None, None, "Louisville", None),
  ("four other relatives", 4, "=", "relatives", None, None, None, ["State Sen. Giles Ward", "Giles Ward"])],
 []),
("d-mig-channel-2024", "Daily Mail", "2024-08-31", "https://www.dailymail.co.uk/news/article-13799343/Total-migrants-arriving-UK-year-tops-21-000-408-crossed-Channel-nine-boats-yesterday-131-day-Keir-Starmer-PM.html", "migration",
 "Since January more than 21,000 migrants have made it to the UK in small boats over the Channel, the Home Office has said. "
 "Yesterday's 408 arrivals, on nine boats, lifted the total for 2024 to 21,063, of whom 1,758 came over the past seven days. "
 "Since Sir Keir Starmer moved into Downing Street, 7,477 people have crossed, or 131 a day on average. "
 "During Rishi Sunak's time as prime minister 50,645 people came on small boats, almost 82 a day, while the autumn 2022 premiership of Liz Truss saw an average of 210 arrivals a day. "
 "Since 2018 the crossings have brought 135,385 people in all.",
 [("more than 21,000 migrants", 21000, ">", "migrants", None, "2024-01-01..2024-08-31", None, "Home Office"),
  ("408 arrivals", 408, "=", "arrivals", None, "2024-08-30", None, None),
  ("nine boats", 9, "=", "boats", None, "2024-08-30", None, None),
  ("21,063", 21063, "=", None, None, "2024-01-01..2024-08-30", None, None),
  ("1,758", 1758, "=", None, None, None, None, None),
  ("7,477 people", 7477, "=", "people", None, None, None, None),
  ("131 a day", 131, "=", None, None, None, None, None),
  ("50,645 people", 50645, "=", "people", None, None, None, None),
  ("almost 82 a day", 82, "nearly", None, None, None, None, None),
  ("210 arrivals a day", 210, "=", "arrivals", None, None, None, None),
  ("135,385 people", 135385, "=", "people", None, "2018-01-01..2024-08-31", None, None)],
 ["past seven days"]),
("d-sport-wtc-final-2023", "Al Jazeera", "2023-06-11", "https://greatersudburyairport.com/cricket/cricket-test/", "sport",
 "Australia took little time on the last day to end India's hopes of a final-day rescue, bowling them out for 234 to seal a 209-run win in the World Test Championship final at The Oval. "
 "India had started Sunday on 164-3, chasing a target of 444, with Virat Kohli and Ajinkya Rahane needing another 280 runs. "
 "Kohli was out for 49 in the seventh over of the day, caught by Steve Smith at second slip off Scott Boland, who also dismissed Ravindra Jadeja in the same over. "
 "Rahane made 46 before India lost their last five wickets in the half hour before lunch. "
 "Boland, Mitchell Starc and Nathan Lyon took two wickets each in the morning, and wicketkeeper Alex Carey held four catches in the innings. "
 "India's last seven wickets fell for just 70 runs, their second defeat in a row in a WTC final.",
 [("234", 234, "=", None, None, None, None, None),
  ("target of 444", 444, "=", "target", None, None, None, None),
  ("another 280 runs", 280, "=", "runs", None, None, None, None),
  ("49", 49, "=", None, None, None, None, None),
  ("46", 46, "=", None, None, None, None, None),
  ("last five wickets", 5, "=", "wickets", "lost", None, None, None),
  ("two wickets each", 2, "=", "wickets", None, None, None, None),
  ("four catches", 4, "=", "catches", None, None, None, None),
  ("last seven wickets", 7, "=", "wickets", None, None, None, None),
  ("70 runs", 70, "=", "runs", None, None, None, None)],
 ["164-3", "half hour", "209-run win"]),
("d-conflict-yemen-mahfad-2016", "AFP / Emirates 24|7", "2016-06-28", "http://www.emirates247.com/crime/world/7-civilians-killed-in-yemen-2016-06-28-1.634337", "conflict",
 "At least seven civilians, two of them children, were killed on Tuesday when two air raids hit a town in Yemen held by Al-Qaeda, a local official and tribesmen told AFP. "
 "The dawn strikes on Mahfad, a town on the line between Abyan and Shabwa provinces in the south, were \"probably by a drone\", the official said, adding that they struck a family's house by mistake and killed seven of its members. "
 "A tribal source confirmed the raids but said eight civilians had died, four women and two children among them. "
 "The U.S. military reported earlier this month that three separate strikes in central Yemen had killed six Al-Qaeda fighters. "
 "A series of suicide attacks on Yemeni soldiers in Mukalla, a city in the southeast, killed at least 42 people on Monday, officials said.",
 [("At least seven civilians", 7, ">=", "civilians", "killed", "2016-06-28", None, ["a local official and tribesmen", "local official"]),
  ("two of them children", 2, "=", "children", "killed", "2016-06-28", None, None),
  ("two air raids", 2, "=", "air raids", None, "2016-06-28", None, None),
  ("seven of its members", 7, "=", "members", "killed", None, None, ["the official", "official"]),
  ("eight civilians", 8, "=", "civilians", "killed", None, None, ["A tribal source", "tribal source"]),
  ("four women", 4, "=", "women", "killed", None, None, ["A tribal source", "tribal source"]),
  ("two children", 2, "=", "children", "killed", None, None, ["A tribal source", "tribal source"]),
  ("six Al-Qaeda fighters", 6, "=", "fighters", "killed", "2016-06-01..2016-06-28", None, ["the U.S. military", "U.S. military"]),
  ("three separate strikes", 3, "=", "strikes", None, "2016-06-01..2016-06-28", None, ["the U.S. military", "U.S. military"]),
  ("at least 42 people", 42, ">=", "people", "killed", "2016-06-27", "Mukalla", "officials")],
 []),
]
