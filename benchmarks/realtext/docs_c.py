"""Held out: ten more rewritten reports, annotated and scored once after the extraction changes
were made (their first score is the one reported in README.md); not used to shape the rules."""
DOCS = [
("ho-zeta-2020", "UPI", "2020-10-30", "https://gephardtdaily.com/national-international/at-least-6-dead-as-hurricane-zeta-cuts-power-to-almost-2-million-in-south/", "disasters",
 "Hurricane Zeta has left at least six people dead and almost 2 million customers without electricity across the U.S. South. "
 "Louisiana, Mississippi and Alabama each reported one death linked to the storm, and three people were killed in Georgia by Thursday. "
 "About 1.9 million customers in seven states still had no power on Thursday evening. Georgia had the most outages, about 430,000, "
 "while Louisiana had more than 363,000 and Alabama more than 322,000. Entergy said about 10% of its New Orleans customers might wait up to 10 days for power to return.",
 [("at least six people", 6, ">=", "people", "killed", None, None, None),
  ("almost 2 million customers", 2e6, "nearly", "customers", None, None, None, None),
  ("one death", 1, "=", None, "killed", None, None, None),
  ("three people", 3, "=", "people", "killed", "2020-10-29", "Georgia", None),
  ("About 1.9 million customers", 1.9e6, "~", "customers", None, "2020-10-29", None, None),
  ("about 430,000", 430000, "~", "outages", None, None, "Georgia", None),
  ("more than 363,000", 363000, ">", None, None, None, "Louisiana", None),
  ("more than 322,000", 322000, ">", None, None, None, "Alabama", None),
  ("about 10%", 10, "~", "customers", None, None, "New Orleans", "Entergy")],
 ["seven states", "up to 10 days"]),
("ho-irma-2017", "Reuters", "2017-09-15", "https://www.investing.com/news/world-news/irma-death-toll-at-82-as-15-million-without-power-in-storms-wake-529299", "disasters",
 "MIAMI (Reuters) - Five days after Hurricane Irma tore through the Southeast, some 1.9 million homes and businesses still had no electricity on Friday across Florida, Georgia and both Carolinas. "
 "The storm, which came ashore as a Category 4 hurricane on Sept. 10, has caused at least 82 deaths. "
 "Florida Power & Light said about 1.1 million of its customers had no electricity, and Duke Energy said 375,400 were in the dark. "
 "At least 32 deaths have been reported in Florida, including eight elderly residents of a nursing home north of Miami.",
 [("some 1.9 million homes", 1.9e6, "~", "homes", None, "2017-09-15", None, None),
  ("at least 82 deaths", 82, ">=", None, "killed", None, None, None),
  ("about 1.1 million", 1.1e6, "~", "customers", None, None, None, "Florida Power & Light"),
  ("375,400", 375400, "=", None, None, None, None, "Duke Energy"),
  ("At least 32 deaths", 32, ">=", None, "killed", None, "Florida", None),
  ("eight elderly residents", 8, "=", "residents", "killed", None, None, None)],
 ["Category 4", "Five days"]),
("ho-irene-2011", "Bloomberg Businessweek", "2011-08-30", "http://www.tedmontgomery.com/remarks/11.7-12/Irene/Irene.html", "disasters",
 "At least 40 people were killed by Hurricane Irene between the Caribbean and New England, and almost 8 million homes and businesses on the East Coast lost electricity. "
 "The U.S. Energy Department said about 5.12 million customers across 13 states and the District of Columbia still had no power yesterday. "
 "Insured losses in the U.S. came to about $2.6 billion, according to Kinetic Analysis Corp., which had projected almost $14 billion last week.",
 [("At least 40 people", 40, ">=", "people", "killed", None, None, None),
  ("almost 8 million homes", 8e6, "nearly", "homes", "lost", None, None, None),
  ("about 5.12 million customers", 5.12e6, "~", "customers", None, "2011-08-29", None, "U.S. Energy Department"),
  ("about $2.6 billion", 2.6e9, "~", ["insured losses", "losses"], None, None, None, ["Kinetic Analysis Corp.", "Kinetic Analysis Corp"]),
  ("almost $14 billion", 14e9, "nearly", None, None, "2011-08-22..2011-08-28", None, ["Kinetic Analysis Corp.", "Kinetic Analysis Corp"])],
 ["13 states"]),
("ho-vietnam-vaccination-2014", "SGGP", "2014-10-28", "https://www.sggpnews.org.vn/health/over-47-million-children-vaccinated-in-first-phase-of-immunization-campaign-10003.html", "health",
 "More than 4.7 million children have received measles and rubella shots in the first month of a free national vaccination campaign, the Ministry of Health said on Tuesday. "
 "In all, 4,739,164 children in 56 cities and provinces were vaccinated in the first phase. "
 "Health workers postponed the shots of 166,855 children whose health did not allow it. The campaign aims to reach about 23 million children nationwide.",
 [("More than 4.7 million children", 4.7e6, ">", "children", None, None, None, "Ministry of Health"),
  ("4,739,164 children", 4739164, "=", "children", "vaccinated", None, None, None),
  ("166,855 children", 166855, "=", "children", None, None, None, None),
  ("about 23 million children", 23e6, "~", "children", None, None, None, None)],
 ["56 cities"]),
("ho-yemen-polio-1997", "Yemen Times", "1997-12-08", "https://yementimes.com/immunization-campaign-phenomenal-success-archives1997-49-local-news-3/", "health",
 "The health minister has announced the results of the second round of the national campaign against polio, held from 23 to 25 November. "
 "The campaign had planned to vaccinate 3,800,000 children but reached 4,356,668, while 2,729,822 children were given vitamin A. "
 "The campaign thus achieved 111% of its target.",
 [("3,800,000 children", 3800000, "=", "children", None, None, None, None),
  ("4,356,668", 4356668, "=", "children", None, "1997-11-23..1997-11-25", None, None),
  ("2,729,822 children", 2729822, "=", "children", None, None, None, None),
  ("111%", 111, "=", None, None, None, None, None)],
 []),
("ho-us-election-2016", "International Business Times", "2016-11-14", "http://ibtimes.com/trump-clinton-2016-election-results-are-all-votes-counted-popular-vote-electoral-2445866", "elections",
 "Nearly a week after the election, Donald Trump leads Michigan by 13,107 votes, with 47.6 percent against 47.3 percent for Hillary Clinton. "
 "Clinton is ahead in New Hampshire by 2,701 votes. If the margins hold, Trump will have 306 electoral votes from 30 states and Clinton 232. "
 "According to the latest Associated Press tally, Clinton has 61,039,676 votes nationwide and Trump 60,371,193.",
 [("13,107 votes", 13107, "=", "votes", None, None, "Michigan", None),
  ("47.6 percent", 47.6, "=", None, None, None, None, None),
  ("47.3 percent", 47.3, "=", None, None, None, None, None),
  ("2,701 votes", 2701, "=", "votes", None, None, "New Hampshire", None),
  ("306 electoral votes", 306, "=", "electoral votes", None, None, None, None),
  ("232", 232, "=", "electoral votes", None, None, None, None),
  ("61,039,676 votes", 61039676, "=", "votes", None, None, None, "Associated Press"),
  ("60,371,193", 60371193, "=", "votes", None, None, None, "Associated Press")],
 ["30 states", "Nearly a week"]),
("ho-pata-arrivals-2018", "FTN News", "2018-05-24", "https://ftnnews.com/travel-news/tours/international-arrivals-continue-to-grow-in-2018", "business",
 "International visitor arrivals to 47 Asia Pacific destinations rose 5.7 percent in 2017, adding close to 35 million arrivals, the Pacific Asia Travel Association said. "
 "The Pacific grew fastest, by 5.9%, ahead of the Americas at 5.8%. "
 "Asia took in nearly 25 million extra foreign arrivals between 2016 and 2017, the Americas almost 8.6 million and the Pacific around 1.4 million.",
 [("5.7 percent", 5.7, "=", ["visitor arrivals", "arrivals"], "rose", "2017-01-01..2017-12-31", None, "Pacific Asia Travel Association"),
  ("close to 35 million arrivals", 35e6, "nearly", "arrivals", None, "2017-01-01..2017-12-31", None, "Pacific Asia Travel Association"),
  ("5.9%", 5.9, "=", None, "rose", None, None, None),
  ("5.8%", 5.8, "=", None, None, None, None, None),
  ("nearly 25 million", 25e6, "nearly", "arrivals", None, "2016-01-01..2017-12-31", "Asia", None),
  ("almost 8.6 million", 8.6e6, "nearly", "arrivals", None, None, None, None),
  ("around 1.4 million", 1.4e6, "~", "arrivals", None, None, None, None)],
 ["47 Asia Pacific destinations"]),
("ho-tourism-2023", "Statista", "2024-06-10", "https://statista.com/chart/33636/international-tourist-arrivals-per-world-region", "business",
 "The world recorded 1.3 billion international tourist arrivals in 2023, about 160 million fewer than in 2019, according to UN Tourism data. "
 "Europe remained the busiest region with 707 million arrivals. Asia and the Pacific reached only 65 percent of its 2019 level, or 237 million arrivals. "
 "Airlines carried 4.4 billion scheduled passengers on 36 million flights in 2023, IATA said.",
 [("1.3 billion international tourist arrivals", 1.3e9, "=", "arrivals", None, "2023-01-01..2023-12-31", None, "UN Tourism"),
  ("about 160 million", 160e6, "~", None, None, None, None, "UN Tourism"),
  ("707 million arrivals", 707e6, "=", "arrivals", None, None, "Europe", None),
  ("65 percent", 65, "=", None, None, None, None, None),
  ("237 million arrivals", 237e6, "=", "arrivals", None, None, None, None),
  ("4.4 billion scheduled passengers", 4.4e9, "=", "passengers", None, "2023-01-01..2023-12-31", None, "IATA"),
  ("36 million flights", 36e6, "=", "flights", None, "2023-01-01..2023-12-31", None, "IATA")],
 []),
("ho-delhi-ghana-vaccines-2023", "Campaign Effectiveness", "2023-02-28", "https://campaigneffectiveness.org/feb-2023-partner-news-round-up/", "health",
 "Delhi began a month-long measles and rubella campaign on February 6 aimed at 1.1 million children. India recorded more than 12,700 measles cases in 2022. "
 "Ghana added 51 districts to the 42 in its malaria vaccine pilot; by December 2022 almost 460,000 Ghanaian children had received at least one dose and 184,418 had completed all four.",
 [("1.1 million children", 1.1e6, "=", "children", None, None, None, None),
  ("more than 12,700 measles cases", 12700, ">", "measles cases", None, "2022-01-01..2022-12-31", "India", None),
  ("51 districts", 51, "=", "districts", None, None, "Ghana", None),
  ("42", 42, "=", "districts", None, None, None, None),
  ("almost 460,000 Ghanaian children", 460000, "nearly", "children", None, "2022-12-01..2022-12-31", None, None),
  ("184,418", 184418, "=", "children", None, None, None, None)],
 ["at least one dose", "all four"]),
("ho-irma-power-2017", "Reuters", "2017-09-13", "https://jimbakkershow.dev-ecs.morningsidechurchinc.com/tag/power-outage/page/4", "disasters",
 "HOLLYWOOD, Fla. (Reuters) - Eight elderly patients of a South Florida nursing home left without electricity by Hurricane Irma have died, officials said Wednesday. "
 "The storm's overall toll rose to 81 on Wednesday. According to the authorities, at least 31 people were killed by Irma in Florida and seven more in Georgia and South Carolina together. "
 "On Wednesday some 4.3 million homes and businesses still had no electricity, against 7.4 million customers on Monday.",
 [("Eight elderly patients", 8, "=", "patients", "killed", None, None, "officials"),
  ("81", 81, "=", None, "killed", "2017-09-13", None, None),
  ("at least 31 people", 31, ">=", "people", "killed", None, "Florida", "authorities"),
  ("seven more", 7, "=", "people", "killed", None, None, "authorities"),
  ("some 4.3 million homes", 4.3e6, "~", "homes", None, "2017-09-13", None, None),
  ("7.4 million customers", 7.4e6, "=", "customers", None, "2017-09-11", None, None)],
 []),
]
