"""Economy, business, elections and sport: rewritten real reports with their gold (see build.py)."""
BLS = "Bureau of Labor Statistics"
DOCS = [
("econ-payrolls-2013", "Blog", "2013-03-08", "https://dolanecon.blogspot.com/2013/03/new-slideshow-us-unemployment-rate.html", "economy",
 "Hiring picked up at the end of winter. Employers added 246,000 jobs to their payrolls in February, the Bureau of Labor Statistics said on Friday, "
 "and the jobless rate slipped to 7.7 percent. Federal, state and local governments shed 10,000 positions, which left a net gain of 236,000 jobs. "
 "The broader U-6 measure of unemployment also eased, to its lowest level since 2008.",
 [("246,000 jobs", 246000, "=", "jobs", "created", "2013-02-01..2013-02-28", None, BLS),
  ("7.7 percent", 7.7, "=", "jobless rate", None, "2013-02-01..2013-02-28", None, BLS),
  ("10,000 positions", 10000, "=", "positions", "cut", None, None, None),
  ("236,000 jobs", 236000, "=", "jobs", None, None, None, None)],
 []),
("econ-cpi-jan-2024", "Just the News", "2024-02-13", "https://justthenews.com/nation/economy/consumer-prices-increased-03-january-annual-rate-moved-31-labor-department", "economy",
 "Prices paid by American consumers went up 0.3% in January, and the yearly rate of inflation reached 3.1%, the Labor Department reported Tuesday. "
 "Economists polled by Dow Jones had expected a monthly rise of 0.2% and an annual gain of 2.9%. "
 "Rent and other housing costs drove most of the increase, while energy prices dropped 0.9%.",
 [("0.3%", 0.3, "=", "prices", "rose", "2024-01-01..2024-01-31", None, "Labor Department"),
  ("3.1%", 3.1, "=", ["inflation", "rate of inflation"], None, None, None, "Labor Department"),
  ("0.2%", 0.2, "=", None, "rose", None, None, None),
  ("2.9%", 2.9, "=", None, None, None, None, None),
  ("0.9%", 0.9, "=", "energy prices", "fell", None, None, None)],
 []),
("econ-cpi-jul-2023", "CNN", "2023-08-10", "https://www.wlfi.com/news/consumer-prices-rose-by-3-2-annually-in-july-picking-up-for-the-first-time/article_c3622606-7a4a-57f9-9dc4-1a4fba7dcfec.html", "economy",
 "Annual inflation sped up for the first time in over a year. The Consumer Price Index climbed 3.2% in the 12 months to July, up from 3% in June, "
 "the Bureau of Labor Statistics said Thursday; forecasters had pencilled in 3.3%. On the month, prices rose 0.2%, and shelter accounted for 90% of that rise. "
 "Core prices, which leave out food and fuel, were up 4.7% from a year earlier, the fourth straight month of easing. "
 "The Federal Reserve has lifted interest rates 11 times since March of last year.",
 [("3.2%", 3.2, "=", "Consumer Price Index", "rose", None, None, BLS),
  ("3% in June", 3, "=", None, None, "2023-06-01..2023-06-30", None, None),
  ("3.3%", 3.3, "=", None, None, None, None, None),
  ("0.2%", 0.2, "=", "prices", "rose", None, None, None),
  ("90%", 90, "=", None, None, None, None, None),
  ("4.7%", 4.7, "=", "core prices", None, None, None, None),
  ("11 times", 11, "=", None, None, None, None, None)],
 []),
("econ-cpi-dec-2019", "CEPR", "2020-01-14", "http://cepr.net/publications/graphic-economics/prices-2020-01-ge", "economy",
 "The overall consumer price index went up 0.2 percent in December, taking the rise over the past year to 2.3 percent. "
 "The core index gained 0.1 percent on the month and also finished 2019 up 2.3 percent. "
 "Comparing the last three months of the year with the three before, prices rose at an annualized 2.6 percent, against 2.1 percent for the core index.",
 [("0.2 percent", 0.2, "=", ["consumer price index", "price index"], "rose", "2019-12-01..2019-12-31", None, None),
  ("2.3 percent", 2.3, "=", None, None, None, None, None),
  ("0.1 percent", 0.1, "=", "core index", "rose", None, None, None),
  ("2.3 percent", 2.3, "=", None, None, "2019-01-01..2019-12-31", None, None, 1),
  ("2.6 percent", 2.6, "=", "prices", "rose", None, None, None),
  ("2.1 percent", 2.1, "=", "core index", None, None, None, None)],
 []),
("econ-cpi-oct-2022", "Morning Star Journal", "2022-11-10", "https://www.morningstarjournal.com/2022/11/10/october-cpi-shows-yearly-increase-of-7-7/", "economy",
 "Consumer prices kept climbing in October. The consumer price index was 0.4 percent higher than in September and 7.7 percent higher than a year earlier. "
 "Stripping out food and fuel, core prices gained 0.3 percent in the month and 6.3 percent over twelve months.",
 [("0.4 percent", 0.4, "=", ["consumer price index", "price index"], None, None, None, None),
  ("7.7 percent", 7.7, "=", None, None, None, None, None),
  ("0.3 percent", 0.3, "=", "core prices", "rose", None, None, None),
  ("6.3 percent", 6.3, "=", None, None, None, None, None)],
 []),
("econ-fed-projections-2023", "Argaam", "2023-09-20", "https://www.argaam.com/en/article/articledetail/id/1671797", "economy",
 "Federal Reserve officials now see the economy expanding faster this year and expect one more rate increase before December, according to projections released on Sept. 20. "
 "They lifted their forecast for real GDP growth to 2.1% from 1.0% in June, with growth slowing to 1.8% in 2025. "
 "The median rate at the end of 2024 is now seen at 5.1%, up from 4.6% in the June round. "
 "Unemployment is projected at 3.8% this year, down from 4.1%, and core inflation is expected to finish the year at 3.7%.",
 [("2.1%", 2.1, "=", ["GDP growth", "growth"], None, "2023-01-01..2023-12-31", None, None),
  ("1.0% in June", 1.0, "=", None, None, "2023-06-01..2023-06-30", None, None),
  ("1.8% in 2025", 1.8, "=", "growth", None, "2025-01-01..2025-12-31", None, None),
  ("5.1%", 5.1, "=", "rate", None, "2024-12-31", None, None),
  ("4.6%", 4.6, "=", None, None, None, None, None),
  ("3.8%", 3.8, "=", "unemployment", None, "2023-01-01..2023-12-31", None, None),
  ("4.1%", 4.1, "=", None, None, None, None, None),
  ("3.7%", 3.7, "=", "core inflation", None, "2023-01-01..2023-12-31", None, None)],
 ["one more rate increase"]),
("econ-ireland-bulletin-2013", "Inverdea", "2013-10-24", "http://inverdea.ie/2013/10/central-bank-quarterly-bulletin-4-2013/", "economy",
 "Ireland's central bank has trimmed its outlook in its fourth quarterly bulletin of the year. It now projects GDP growth of 0.5 per cent for 2013 and 2.0 per cent for 2014, "
 "cuts of 0.2 and 0.1 percentage points from its previous forecasts. Gross national product is expected to grow by 0.1 per cent this year and by 1.2 per cent next year. "
 "Consumer spending and exports both shrank in the first quarter before recovering in the second.",
 [("0.5 per cent for 2013", 0.5, "=", ["GDP growth", "growth"], None, "2013-01-01..2013-12-31", None, None),
  ("2.0 per cent for 2014", 2.0, "=", None, None, "2014-01-01..2014-12-31", None, None),
  ("0.2", 0.2, "=", None, None, None, None, None),
  ("0.1 percentage points", 0.1, "=", None, None, None, None, None),
  ("0.1 per cent this year", 0.1, "=", ["gross national product", "national product"], None, "2013-01-01..2013-12-31", None, None),
  ("1.2 per cent next year", 1.2, "=", None, None, "2014-01-01..2014-12-31", None, None)],
 []),
("econ-gdp-preview-2024", "Investopedia", "2024-04-24", "http://cnjem.com/gdp-q1-preview-8637119", "economy",
 "Economists surveyed by Dow Jones Newswires and The Wall Street Journal think the U.S. economy grew at an annual rate of 2.2% in the first quarter, "
 "slower than the 3.4% pace of the fourth quarter and below the 2.4% average of the ten years before the pandemic. "
 "The Atlanta Fed's GDPNow tracker points to 2.7%.",
 [("2.2%", 2.2, "=", "economy", "rose", "2024-01-01..2024-03-31", None, None),
  ("3.4%", 3.4, "=", None, None, "2023-10-01..2023-12-31", None, None),
  ("2.4%", 2.4, "=", None, None, None, None, None),
  ("2.7%", 2.7, "=", None, None, None, None, "Atlanta Fed")],
 []),
("econ-layoffs-2023", "Washington Post", "2023-07-28", "https://dougjevans.com/2023/07/28/layoffs-by-the-numbers-tracking-companies-laying-off-workers/", "economy",
 "The American labor market has held up well despite higher borrowing costs. The country added 209,000 jobs in June, and the unemployment rate was 3.6 percent. "
 "In January the economy had created 517,000 jobs while unemployment fell to 3.4 percent, the lowest in 50 years. "
 "Still, Amazon and Facebook announced thousands of further job cuts only months after their first rounds.",
 [("209,000 jobs", 209000, "=", "jobs", "created", "2023-06-01..2023-06-30", None, None),
  ("3.6 percent", 3.6, "=", "unemployment rate", None, "2023-06-01..2023-06-30", None, None),
  ("517,000 jobs", 517000, "=", "jobs", "created", "2023-01-01..2023-01-31", None, None),
  ("3.4 percent", 3.4, "=", "unemployment", "fell", "2023-01-01..2023-01-31", None, None),
  ("thousands of further job cuts", None, ("vague", 2000, 10000), ["job cuts", "jobs"], None, None, None, None)],
 []),
("biz-layoffs-2024", "Business Insider", "2024-09-22", "https://businessnewsorangecounty.blogspot.com/2024/09/the-full-list-of-major-us-companies_22.html", "business",
 "General Motors is letting go of about 1,700 workers at its Fairfax plant in Kansas, after shedding more than 1,000 employees, mostly in software, in August. "
 "PwC is cutting 1,800 staff, roughly 2.5% of its workforce. "
 "In a ResumeBuilder survey of some 900 business leaders late last year, nearly 40% said they expected layoffs in 2024.",
 [("about 1,700 workers", 1700, "~", "workers", "cut", None, "Kansas", None),
  ("more than 1,000 employees", 1000, ">", "employees", "cut", "2024-08-01..2024-08-31", None, None),
  ("1,800 staff", 1800, "=", "staff", "cut", None, None, None),
  ("roughly 2.5%", 2.5, "~", None, None, None, None, None),
  ("some 900 business leaders", 900, "~", ["business leaders", "leaders"], None, None, None, None),
  ("nearly 40%", 40, "nearly", None, None, None, None, "ResumeBuilder")],
 []),
("biz-layoffs-spring-2023", "GOBankingRates", "2023-05-20", "https://extramoney.nicheturnkeywebsites.com/27-companies-laying-off-thousands-of-workers/", "business",
 "In April Lyft said it would reduce its headcount by 1,072 employees, about 26% of its staff. "
 "Deloitte will let 1,200 employees go, the Financial Times reported, and Ernst & Young said it would lay off 3,000 workers, about 5% of its workforce. "
 "David's Bridal, which had about 10,000 employees when it filed for bankruptcy, plans to eliminate 9,236 positions through August, "
 "and Walmart is cutting 2,000 jobs at five of its warehouses.",
 [("1,072 employees", 1072, "=", "employees", "cut", "2023-04-01..2023-04-30", None, "Lyft"),
  ("about 26%", 26, "~", None, None, None, None, None),
  ("1,200 employees", 1200, "=", "employees", None, None, None, "Financial Times"),
  ("3,000 workers", 3000, "=", "workers", "cut", None, None, "Ernst & Young"),
  ("about 5%", 5, "~", None, None, None, None, None),
  ("about 10,000 employees", 10000, "~", "employees", None, None, None, None),
  ("9,236 positions", 9236, "=", "positions", "cut", None, None, None),
  ("2,000 jobs", 2000, "=", "jobs", "cut", None, None, None)],
 ["five of its warehouses"]),
("biz-layoffs-2009", "Los Angeles Times", "2009-04-28", "http://secure.nohib.com./business/la-fi-layoffs-pg-photogallery.html", "business",
 "General Motors said on Monday it would cut 21,000 jobs, drop the Pontiac brand and close 28% of its plants by the end of 2010 in a bid to avoid bankruptcy; "
 "holders of $27 billion of its debt would be offered large equity stakes. "
 "National Semiconductor said in March it would eliminate 1,725 jobs, more than a quarter of its work force, as sales slumped. "
 "Pilgrim's Pride is closing plants and shedding 3,000 jobs to save $110 million a year.",
 [("21,000 jobs", 21000, "=", "jobs", "cut", None, None, "General Motors"),
  ("28%", 28, "=", "plants", None, "2010-12-31", None, None),
  ("$27 billion", 27e9, "=", "debt", None, None, None, None),
  ("1,725 jobs", 1725, "=", "jobs", "cut", "2009-03-01..2009-03-31", None, "National Semiconductor"),
  ("3,000 jobs", 3000, "=", "jobs", "cut", None, None, None),
  ("$110 million", 110e6, "=", None, None, None, None, None)],
 ["more than a quarter"]),
("elec-georgia-2008", "Civil.ge", "2008-05-22", "https://civil.ge/archives/116373", "elections",
 "With almost half of the ballots counted, the ruling National Movement was on course for at least 50 of the 75 seats allotted by party list. "
 "It led with 61.6%, ahead of the nine-party opposition bloc on 14.9%, the Christian-Democrats on 7.9% and the Labor Party on 6.7%; only these four cleared the 5% threshold. "
 "Turnout was 55%, the Central Election Commission said: 1,905,960 voters cast ballots out of 3,465,736. "
 "The other 75 seats are decided in single-mandate constituencies.",
 [("at least 50", 50, ">=", "seats", None, None, None, None),
  ("61.6%", 61.6, "=", None, None, None, None, None),
  ("14.9%", 14.9, "=", None, None, None, None, None),
  ("7.9%", 7.9, "=", None, None, None, None, None),
  ("6.7%", 6.7, "=", None, None, None, None, None),
  ("55%", 55, "=", "turnout", None, None, None, "Central Election Commission"),
  ("1,905,960 voters", 1905960, "=", "voters", "cast", None, None, "Central Election Commission"),
  ("3,465,736", 3465736, "=", "voters", None, None, None, "Central Election Commission"),
  ("other 75 seats", 75, "=", "seats", None, None, None, None)],
 ["75 seats allotted", "5% threshold", "almost half", "these four"]),
("elec-turnout-2018", "Daily Record / Inter-Mountain", "2018-11-17", "http://www.dofaq.com/us/voter-turnout", "elections",
 "Kittitas County came close to a ten-year turnout record in the midterms: of its 25,836 registered voters, 19,514 returned ballots. "
 "In West Virginia about 593,900 ballots were cast across the state, a turnout of 48 percent, "
 "and 183,205 residents voted early or by absentee ballot during the early voting window, which ran from Oct. 24 to Nov. 3.",
 [("25,836 registered voters", 25836, "=", "voters", "registered", None, "Kittitas County", None),
  ("19,514", 19514, "=", "ballots", None, None, "Kittitas County", None),
  ("about 593,900 ballots", 593900, "~", "ballots", "cast", None, "West Virginia", None),
  ("48 percent", 48, "=", "turnout", None, None, "West Virginia", None),
  ("183,205 residents", 183205, "=", "residents", None, "2018-10-24..2018-11-03", "West Virginia", None)],
 []),
("elec-cuba-sierraleone-2018", "IPU Parline", "2018-05-17", "http://archive.ipu.org/rss/RecentElectionsRss.asp?LANG=ENG", "elections",
 "All 605 candidates were elected to Cuba's National Assembly, whose membership was cut from 612. A record 322 women won seats, "
 "so women now make up 53.22% of the chamber, up from 48.86% in 2013. "
 "In Sierra Leone the All People's Congress stayed the largest party in a parliament enlarged to 146 members from 124; "
 "no presidential candidate reached the 55% needed to win in the first round.",
 [("605 candidates", 605, "=", "candidates", None, None, "Cuba", None),
  ("612", 612, "=", None, None, None, None, None),
  ("322 women", 322, "=", "women", "won", None, None, None),
  ("53.22%", 53.22, "=", "women", None, None, None, None),
  ("48.86% in 2013", 48.86, "=", None, None, "2013-01-01..2013-12-31", None, None),
  ("146 members", 146, "=", "members", None, None, "Sierra Leone", None),
  ("124", 124, "=", None, None, None, None, None)],
 ["55% needed"]),
("elec-denmark-2015", "Electoral results", "2015-06-19", "https://rangevoting.org/SomeParls.html", "elections",
 "Final results: the Social Democrats took 924,940 votes, 26.3% of the total, and 47 seats. The Danish People's Party won 741,746 votes and 37 seats, 15 more than last time, "
 "while Venstre fell back to 34 seats, losing 13. Of 4,145,105 registered voters, 85.9% turned out; 41,073 ballots were blank or invalid.",
 [("924,940 votes", 924940, "=", "votes", None, None, None, None),
  ("26.3%", 26.3, "=", None, None, None, None, None),
  ("47 seats", 47, "=", "seats", None, None, None, None),
  ("741,746 votes", 741746, "=", "votes", "won", None, None, None),
  ("37 seats", 37, "=", "seats", "won", None, None, None),
  ("15 more", 15, "=", None, None, None, None, None),
  ("34 seats", 34, "=", "seats", "fell", None, None, None),
  ("losing 13", 13, "=", None, "lost", None, None, None),
  ("4,145,105 registered voters", 4145105, "=", "voters", "registered", None, None, None),
  ("85.9%", 85.9, "=", None, None, None, None, None),
  ("41,073 ballots", 41073, "=", "ballots", None, None, None, None)],
 []),
("elec-sweden-2014", "Valmyndigheten results", "2014-09-15", "https://rangevoting.org/SomeParls.html", "elections",
 "The Social Democrats remain the biggest party in the Riksdag with 31.01% of the vote and 113 seats after Sunday's election. "
 "The Moderates dropped 6.74 percentage points to 23.33% and lost 23 of their seats, ending with 84. "
 "The Sweden Democrats more than doubled their share, gaining 7.16 points to reach 12.86%, and will have 49 seats, 29 more than before.",
 [("31.01%", 31.01, "=", "vote", None, "2014-09-14", None, None),
  ("113 seats", 113, "=", "seats", None, "2014-09-14", None, None),
  ("6.74 percentage points", 6.74, "=", None, "fell", None, None, None),
  ("23.33%", 23.33, "=", None, None, None, None, None),
  ("23 of their seats", 23, "=", "seats", "lost", None, None, None),
  ("84", 84, "=", None, None, None, None, None),
  ("7.16 points", 7.16, "=", None, None, None, None, None),
  ("12.86%", 12.86, "=", None, None, None, None, None),
  ("49 seats", 49, "=", "seats", None, None, None, None),
  ("29 more", 29, "=", None, None, None, None, None)],
 []),
("sport-melbourne-marathon-2010", "The Age", "2010-08-21", "http://www.theage.com.au/national/marathon-milestone-could-get-record-across-the-line-20100821-13a1u.html", "sport",
 "This year's Melbourne Marathon could draw its biggest field since the 1980s. More than 5000 runners are expected to start the 42.195-kilometre race on October 10, "
 "compared with 4125 last year, organisers IMG said. Women are signing up in greater numbers: 1316 have already entered, against 1010 in 2009. "
 "The race peaked in 1983 with 6867 entries, but only 4975 runners finished.",
 [("More than 5000 runners", 5000, ">", "runners", None, "2010-10-10", None, "IMG"),
  ("4125", 4125, "=", "runners", None, "2009-01-01..2009-12-31", None, "IMG"),
  ("1316", 1316, "=", "women", None, None, None, None),
  ("1010 in 2009", 1010, "=", "women", None, "2009-01-01..2009-12-31", None, None),
  ("6867 entries", 6867, "=", "entries", None, "1983-01-01..1983-12-31", None, None),
  ("4975 runners", 4975, "=", "runners", None, "1983-01-01..1983-12-31", None, None)],
 ["42.195-kilometre"]),
("sport-nyc-marathon-2018", "ExpressVPN", "2023-02-01", "https://www.expressvpn.com/de/stream-sports/marathons/", "sport",
 "The 2018 New York City Marathon set a record for the world's major marathons: 53,121 runners started and 52,812 crossed the line in Central Park, "
 "a finishing rate of 99.4%. The largest field ever recorded for a certified marathon came on 10 October 2010, when 116,086 people completed "
 "A Run for the Pasig River in Manila.",
 [("53,121 runners", 53121, "=", "runners", None, "2018-01-01..2018-12-31", None, None),
  ("52,812", 52812, "=", "runners", None, "2018-01-01..2018-12-31", "Central Park", None),
  ("99.4%", 99.4, "=", None, None, None, None, None),
  ("116,086 people", 116086, "=", "people", None, "2010-10-10", "Manila", None)],
 []),
("sport-championship-window-2021", "The Athletic", "2021-09-03", "https://www.fansnetwork.co.uk/football/swanseacity/members/Dr_Winston", "sport",
 "While the 20 Premier League clubs spent more than £1 billion in the summer window, money barely moved in the Football League. "
 "Eight of the 24 Championship clubs paid no transfer fee at all, and 126 players joined second-tier sides on free transfers or loans. "
 "Only 37 deals are thought to have involved a fee, and about £40 million was spent across the division.",
 [("more than £1 billion", 1e9, ">", None, None, None, None, None),
  ("Eight of the 24", 8, "=", "clubs", None, None, None, None),
  ("126 players", 126, "=", "players", None, None, None, None),
  ("37 deals", 37, "=", "deals", None, None, None, None),
  ("about £40 million", 40e6, "~", None, None, None, None, None)],
 ["20 Premier League clubs", "24 Championship clubs"]),
]
