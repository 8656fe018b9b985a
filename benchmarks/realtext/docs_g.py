# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, fifth set: sixteen more rewritten reports across beats (Kenyan, South African,
Japanese, Irish, New Zealand, Korean, Indonesian, Mexican and Sudanese material), annotated
before the extractor was run on them and scored once (heldout5/README.md); not used to shape rules.

Same tuple layout as docs_c.py, docs_e.py and docs_f.py; build.py's conventions (hedges, when,
null = not scored). Written to heldout5/ by build.py."""
KNBS = ["Kenya National Bureau of Statistics", "KNBS"]
KNBS_BUREAU = ["the bureau", "bureau", "Kenya National Bureau of Statistics", "KNBS"]
JP_FY2017 = "2017-04-01..2018-03-31"
IE_JAN_APR = "2023-01-01..2023-04-30"
KE_FY = "2022-07-01..2023-06-30"
GALLUP = ["Gallup Korea", "local pollster Gallup Korea"]
POLL = "2024-09-24..2024-09-26"
SAMSUNG = ["Samsung Electronics", "Samsung Electronics Co.", "Samsung", "the company", "company", "regulatory filing"]
Q2_2024 = "2024-04-01..2024-06-30"
MOH_ID = ["Health Ministry", "the ministry", "ministry", "Siti Nadia Tarmizi"]
WEEK14 = "2024-01-01..2024-04-07"
THIS_YEAR_ID = "2024-01-01..2024-04-08"
DUALE = ["Health Cabinet Secretary Adan Duale", "Adan Duale", "Duale"]
DOI = ["Department of Integration", "the latest Government report", "Government report"]
WHO = ["World Health Organization", "WHO"]
ELEC_NZ = ["Electoral Commission", "New Zealand's Electoral Commission"]

DOCS = [
("g-econ-kenya-cpi-2017", "Kenyan Wall Street / The Standard", "2017-01-31", "https://kenyanwallstreet.com/?p=9655", "economy",
 "NAIROBI - Inflation in Kenya climbed to 6.99 per cent in January, its highest in a year, from 6.35 per cent in December, the Kenya National Bureau of Statistics (KNBS) said. "
 "Dearer food, as drought withered crops, and a bigger electricity bill lay behind the rise, and food prices have now gone up for nine months on end since May 2016. "
 "The index for food and non-alcoholic drinks gained 1.66 per cent over the month, the bureau said, with cabbages, spinach, sukuma wiki, maize flour, wheat flour and maize grain all costing more. "
 "Food inflation stood at 12.54 per cent in January, while the index covering housing, water, electricity, gas and other fuels went up 0.33 per cent. "
 "Even though diesel got notably cheaper, the transport index rose 0.60 per cent in January 2017 against December 2016, KNBS said, and the education cost index went up 2.28 per cent month on month.",
 [("6.99 per cent", 6.99, "=", "inflation", None, "2017-01-01..2017-01-31", "Kenya", KNBS),
  ("6.35 per cent", 6.35, "=", "inflation", None, "2016-12-01..2016-12-31", "Kenya", KNBS),
  ("1.66 per cent", 1.66, "=", ["index for food and non-alcoholic drinks", "food and non-alcoholic drinks", "index"], "rose", "2017-01-01..2017-01-31", None, KNBS_BUREAU),
  ("12.54 per cent", 12.54, "=", "food inflation", None, "2017-01-01..2017-01-31", None, None),
  ("0.33 per cent", 0.33, "=", ["index", "housing, water, electricity, gas and other fuels"], "rose", "2017-01-01..2017-01-31", None, None),
  ("0.60 per cent", 0.60, "=", "transport index", "rose", "2017-01-01..2017-01-31", None, KNBS),
  ("2.28 per cent", 2.28, "=", "education cost index", "rose", "2017-01-01..2017-01-31", None, KNBS)],
 []),
("g-jobs-south-africa-qlfs-2023", "Business Report", "2023-11-13", "https://busrep.co.za/business/sas-latest-unemployment-rate-will-soon-be-revealed-474d47d8-8125-4739-8777-f493e0edbcae", "economy (jobs)",
 "JOHANNESBURG - The jobless figure will be in the spotlight on Tuesday, when Statistics South Africa (Stats SA) publishes its Quarterly Labour Force Survey (QLFS) for the third quarter of 2023, with South Africans squeezed by living costs and pay rises that trail inflation. "
 "Unemployment, on the official measure, is at 32.6 percent. "
 "In the second quarter of this year 154,000 more people found work than in the first, and the number of people without a job fell by 11,000 on the quarter. "
 "That survey, which covers people aged 15 to 64, showed construction adding the most jobs, 104,000. "
 "Trade added 92,000, community and social services 63,000, private households 37,000, mining 31,000 and agriculture 7,000. "
 "Jobs were lost in manufacturing (96,000), finance (68,000), transport (7,000) and utilities, that is electricity, gas and water supply (6,000). "
 "Against the second quarter of 2022, employment was up by 73,000 people, and it reached 16 million in Q2 2023. "
 "Employment grew from the first quarter to the second by only 0.3 percent. "
 "Stats SA's Quarterly Employment Statistics (QES) for the second quarter showed more jobs but fewer full-time staff: full-time staff numbers were 46,000 lower than a year before.",
 [("32.6 percent", 32.6, "=", ["unemployment", "unemployment rate"], None, None, None, None),
  ("154,000 more people", 154000, "=", "people", None, "2023-04-01..2023-06-30", None, None),
  ("11,000", 11000, "=", ["people without a job", "people", "number"], "fell", "2023-04-01..2023-06-30", None, None),
  ("104,000", 104000, "=", "jobs", None, "2023-04-01..2023-06-30", None, None),
  ("92,000", 92000, "=", "jobs", None, "2023-04-01..2023-06-30", None, None),
  ("63,000", 63000, "=", "jobs", None, "2023-04-01..2023-06-30", None, None),
  ("37,000", 37000, "=", "jobs", None, "2023-04-01..2023-06-30", None, None),
  ("31,000", 31000, "=", "jobs", None, "2023-04-01..2023-06-30", None, None),
  ("agriculture 7,000", 7000, "=", "jobs", None, "2023-04-01..2023-06-30", None, None),
  ("96,000", 96000, "=", "jobs", "lost", "2023-04-01..2023-06-30", None, None),
  ("68,000", 68000, "=", "jobs", "lost", "2023-04-01..2023-06-30", None, None),
  ("transport (7,000)", 7000, "=", "jobs", "lost", "2023-04-01..2023-06-30", None, None),
  ("supply (6,000)", 6000, "=", "jobs", "lost", "2023-04-01..2023-06-30", None, None),
  ("73,000 people", 73000, "=", ["employment", "people"], "rose", "2023-04-01..2023-06-30", None, None),
  ("16 million", 16e6, "=", "employment", None, "2023-04-01..2023-06-30", None, None),
  ("0.3 percent", 0.3, "=", "employment", "rose", "2023-04-01..2023-06-30", None, None),
  ("46,000", 46000, "=", ["full-time staff", "staff", "full-time staff numbers"], None, "2023-04-01..2023-06-30", None, ["Stats SA", "Quarterly Employment Statistics", "QES"])],
 []),
("g-trade-japan-fy2017", "Kyodo, Bloomberg / The Japan Times", "2018-04-18", "https://www.japantimes.co.jp/news/2018/04/18/business/economy-business/japan-logs-%C2%A52-46-trillion-trade-surplus-fy-2017-strong-exports/", "economy (trade)",
 "TOKYO - Japan ran a goods trade surplus of ¥2.46 trillion ($23 billion) in fiscal 2017, the Finance Ministry said Wednesday, as brisk demand abroad carried exports to their second-highest level on record. "
 "The surplus was nonetheless 38.2 percent smaller than a year earlier, as Japan paid more for imported energy - crude oil, liquefied natural gas and coal; the country has now been in surplus two years running. "
 "Exports rose 10.8 percent to ¥79.22 trillion, their first gain in three years, on strong shipments of cars and chip-making equipment, while imports climbed 13.6 percent to ¥76.77 trillion, the first increase in four years. "
 "The surplus with the United States widened 5.7 percent to ¥7 trillion. "
 "In the year to March, exports bound for the U.S. grew 7.5 percent to ¥15.18 trillion and imports from there 9.1 percent to ¥8.18 trillion, the preliminary data showed. "
 "With China, Japan ran a deficit of ¥3.36 trillion, down 20.3 percent, as imports went up 8.8 percent to ¥18.55 trillion and exports surged 18.3 percent to an all-time high of ¥15.19 trillion. "
 "For March alone the country posted a goods surplus of ¥797.3 billion.",
 [("¥2.46 trillion", 2.46e12, "=", ["goods trade surplus", "trade surplus", "surplus"], None, JP_FY2017, "Japan", ["Finance Ministry", "the Finance Ministry"]),
  ("$23 billion", 23e9, "=", ["goods trade surplus", "trade surplus", "surplus"], None, JP_FY2017, "Japan", ["Finance Ministry", "the Finance Ministry"]),
  ("38.2 percent", 38.2, "=", "surplus", None, JP_FY2017, None, None),
  ("10.8 percent", 10.8, "=", "exports", "rose", JP_FY2017, None, None),
  ("¥79.22 trillion", 79.22e12, "=", "exports", None, JP_FY2017, None, None),
  ("13.6 percent", 13.6, "=", "imports", "rose", JP_FY2017, None, None),
  ("¥76.77 trillion", 76.77e12, "=", "imports", None, JP_FY2017, None, None),
  ("5.7 percent", 5.7, "=", "surplus", None, JP_FY2017, None, None),
  ("¥7 trillion", 7e12, "=", "surplus", None, JP_FY2017, None, None),
  ("7.5 percent", 7.5, "=", "exports", "rose", JP_FY2017, None, None),
  ("¥15.18 trillion", 15.18e12, "=", "exports", None, JP_FY2017, None, None),
  ("9.1 percent", 9.1, "=", "imports", None, JP_FY2017, None, None),
  ("¥8.18 trillion", 8.18e12, "=", "imports", None, JP_FY2017, None, None),
  ("¥3.36 trillion", 3.36e12, "=", "deficit", None, JP_FY2017, None, None),
  ("20.3 percent", 20.3, "=", "deficit", "fell", JP_FY2017, None, None),
  ("8.8 percent", 8.8, "=", "imports", "rose", JP_FY2017, None, None),
  ("¥18.55 trillion", 18.55e12, "=", "imports", None, JP_FY2017, None, None),
  ("18.3 percent", 18.3, "=", "exports", "rose", JP_FY2017, None, None),
  ("¥15.19 trillion", 15.19e12, "=", "exports", None, JP_FY2017, None, None),
  ("¥797.3 billion", 797.3e9, "=", ["goods surplus", "surplus"], None, "2018-03-01..2018-03-31", None, None)],
 []),
("g-fin-ireland-exchequer-2023", "Irish Independent", "2023-05-03", "https://www.independent.ie/business/irish/corporation-tax-still-pouring-in-at-record-pace-with-the-state-collecting-35bn-in-first-four-months-of-2023/a270620782.html", "public finance (tax)",
 "DUBLIN - Corporation tax is still pouring in: the State took €3.5bn from it in the first four months of 2023, 55pc more than at this point last year and over €1.3bn ahead, the Exchequer returns show. "
 "In April on its own, though, tax receipts came in €100,000 below the same month of last year. "
 "Total tax receipts to the end of April were €24.1bn, up 14.2pc on the same point last year. "
 "Income tax remains by far the largest contributor, growing 9.4pc on the first four months of 2022 to reach €10.4bn; April by itself brought in €3.1bn of it. "
 "VAT receipts rose 16pc to just over €7bn over the four months. "
 "Gross revenue for January to April, which also counts capital resources, returns on the State's bank shares and things like TV licence fees, was €30.6bn, 2.4pc higher than a year before, while spending over the same four months totals €34.2bn. "
 "The Exchequer showed a deficit of €3.7bn in the four months to April, wider than last year because €4bn was moved into the national reserve fund, which now holds €6bn. "
 "Over a rolling 12 months the budget is €2.4bn in surplus, but the Department of Finance puts the underlying deficit at approximately €4bn once 'excess' corporation tax, the reserve fund transfers and bank share sales are left out.",
 [("€3.5bn", 3.5e9, "=", "corporation tax", None, IE_JAN_APR, None, ["Exchequer returns", "the Exchequer returns"]),
  ("55pc", 55, "=", "corporation tax", None, IE_JAN_APR, None, ["Exchequer returns", "the Exchequer returns"]),
  ("over €1.3bn", 1.3e9, ">", "corporation tax", None, IE_JAN_APR, None, ["Exchequer returns", "the Exchequer returns"]),
  ("€100,000", 100000, "=", "tax receipts", None, "2023-04-01..2023-04-30", None, None),
  ("€24.1bn", 24.1e9, "=", ["tax receipts", "total tax receipts"], None, IE_JAN_APR, None, None),
  ("14.2pc", 14.2, "=", ["tax receipts", "total tax receipts"], "rose", IE_JAN_APR, None, None),
  ("9.4pc", 9.4, "=", "income tax", "rose", IE_JAN_APR, None, None),
  ("€10.4bn", 10.4e9, "=", "income tax", None, IE_JAN_APR, None, None),
  ("€3.1bn", 3.1e9, "=", "income tax", None, "2023-04-01..2023-04-30", None, None),
  ("16pc", 16, "=", "VAT receipts", "rose", IE_JAN_APR, None, None),
  ("just over €7bn", 7e9, ">", "VAT receipts", None, IE_JAN_APR, None, None),
  ("€30.6bn", 30.6e9, "=", "gross revenue", None, IE_JAN_APR, None, None),
  ("2.4pc", 2.4, "=", "gross revenue", None, IE_JAN_APR, None, None),
  ("€34.2bn", 34.2e9, "=", "spending", None, IE_JAN_APR, None, None),
  ("€3.7bn", 3.7e9, "=", "deficit", None, IE_JAN_APR, None, None),
  ("€4bn was", 4e9, "=", None, None, None, None, None),
  ("€6bn", 6e9, "=", ["national reserve fund", "fund"], None, None, None, None),
  ("€2.4bn", 2.4e9, "=", ["budget", "surplus"], None, "2022-05-01..2023-04-30", None, None),
  ("approximately €4bn", 4e9, "~", ["underlying deficit", "deficit"], None, None, None, "Department of Finance")],
 []),
("g-fin-kenya-kra-2023", "Daily Nation", "2023-06-16", "https://nation.africa/kenya/business/kra-s-big-headache-to-collect-sh12-26bn-daily-4273046", "public finance (tax)",
 "NAIROBI - The Kenya Revenue Authority (KRA) would have to average Sh12.26 billion a day for the remaining 14 days to reach its tax target for the financial year, a shortfall that has already made President William Ruto trim this year's budget. "
 "Figures the National Treasury released yesterday show that KRA collected Sh1.74 trillion in tax in the first 11 months of the 2022/23 financial year. "
 "That puts May's take at Sh167.18 billion, well down on the Sh180.22 billion gathered in April. "
 "The budgeted target is Sh2.108 trillion, which leaves Sh367.91 billion to be raised in June alone. "
 "Having gathered that sum in 335 days, the taxman has averaged just Sh5.19 billion a day and must more than double that pace before the year closes in a fortnight. "
 "A year earlier KRA posted a record Sh2.031 trillion for 2021/22, Sh148.9 billion above its original target.",
 [("Sh12.26 billion", 12.26e9, "=", None, None, "2023-06-17..2023-06-30", None, None),
  ("Sh1.74 trillion", 1.74e12, "=", "tax", None, "2022-07-01..2023-05-31", "Kenya", ["National Treasury", "the National Treasury"]),
  ("Sh167.18 billion", 167.18e9, "=", ["take", "tax"], None, "2023-05-01..2023-05-31", None, None),
  ("Sh180.22 billion", 180.22e9, "=", None, None, "2023-04-01..2023-04-30", None, None),
  ("Sh2.108 trillion", 2.108e12, "=", ["budgeted target", "target"], None, KE_FY, None, None),
  ("Sh367.91 billion", 367.91e9, "=", None, None, "2023-06-01..2023-06-30", None, None),
  ("Sh5.19 billion", 5.19e9, "=", None, None, "2022-07-01..2023-05-31", None, None),
  ("Sh2.031 trillion", 2.031e12, "=", None, None, "2021-07-01..2022-06-30", None, None),
  ("Sh148.9 billion", 148.9e9, "=", None, None, "2021-07-01..2022-06-30", None, None)],
 []),
("g-elec-nz-2023", "Electoral Commission / Deaf Aotearoa", "2023-11-03", "https://www.deaf.org.nz/2023/11/official-results-for-the-2023-general-election/", "elections",
 "WELLINGTON - New Zealand's Electoral Commission has declared the official result of the 2023 general election: the National Party loses two seats, while Te Pāti Māori gains two and the Green Party one. "
 "On these figures Parliament will have 122 seats. "
 "National holds 48 seats, against 50 on election night; Te Pāti Māori has 6, up from 4, and the Greens 15, up from 14. "
 "Nothing changes for Labour, on 34 seats, ACT New Zealand, on 11, or New Zealand First, on 8. "
 "The two-seat overhang comes from Te Pāti Māori winning more electorates than its party vote alone would earn it, and the Port Waikato by-election will add one more seat, making 123. "
 "In Nelson, Labour's Rachel Boyack won by 29 votes over National's Blair Cameron; Labour's Phil Twyford took Te Atatū by 131 votes; and Takutai Tarsh Kemp of Te Pāti Māori won Tāmaki Makaurau by just 4 votes over Labour's Peeni Henare. "
 "In all 2,883,412 votes were cast, 603,257 of them special votes - 20.9% of the total, against 17% in 2020 and 2017. "
 "Turnout among enrolled voters was 78.2% (82.2% in 2020, 79.8% in 2017), and the final enrolment rate was 94.7%, up from 94.1% in 2020.",
 [("two seats", 2, "=", "seats", "lost", None, None, ELEC_NZ),
  ("gains two", 2, "=", "seats", None, None, None, ELEC_NZ),
  ("Green Party one", 1, "=", "seats", None, None, None, ELEC_NZ),
  ("122 seats", 122, "=", "seats", None, None, None, None),
  ("48 seats", 48, "=", "seats", None, None, None, None),
  ("50 on", 50, "=", "seats", None, None, None, None),
  ("has 6", 6, "=", "seats", None, None, None, None),
  ("up from 4", 4, "=", "seats", None, None, None, None),
  ("Greens 15", 15, "=", "seats", None, None, None, None),
  ("up from 14", 14, "=", "seats", None, None, None, None),
  ("34 seats", 34, "=", "seats", None, None, None, None),
  ("on 11", 11, "=", "seats", None, None, None, None),
  ("on 8", 8, "=", "seats", None, None, None, None),
  ("one more seat", 1, "=", "seat", None, None, None, None),
  ("making 123", 123, "=", "seats", None, None, None, None),
  ("29 votes", 29, "=", "votes", None, None, "Nelson", None),
  ("131 votes", 131, "=", "votes", None, None, "Te Atatū", None),
  ("4 votes", 4, "=", "votes", None, None, "Tāmaki Makaurau", None),
  ("2,883,412 votes", 2883412, "=", "votes", "cast", None, None, None),
  ("603,257", 603257, "=", "special votes", None, None, None, None),
  ("20.9%", 20.9, "=", ["special votes", "votes", "total"], None, None, None, None),
  ("17%", 17, "=", ["special votes", "votes", "total"], None, None, None, None),
  ("78.2%", 78.2, "=", ["turnout", "voters", "enrolled voters"], None, None, None, None),
  ("82.2%", 82.2, "=", ["turnout", "voters", "enrolled voters"], None, "2020-01-01..2020-12-31", None, None),
  ("79.8%", 79.8, "=", ["turnout", "voters", "enrolled voters"], None, "2017-01-01..2017-12-31", None, None),
  ("94.7%", 94.7, "=", "enrolment rate", None, None, None, None),
  ("94.1%", 94.1, "=", "enrolment rate", None, "2020-01-01..2020-12-31", None, None)],
 []),
("g-poll-korea-gallup-2024", "Xinhua", "2024-09-27", "https://www.themember.top/2024/09/27/s-korean-presidents-approval-rating-rises-to-23-pct-poll/", "elections (polls)",
 "SEOUL, Sept. 27 (Xinhua) -- Approval of South Korean President Yoon Suk-yeol's job performance rose 3 percentage points from two weeks earlier to 23 percent this week, a weekly survey found on Friday. "
 "Disapproval of how he runs state affairs eased 2 percentage points to 68 percent, according to the local pollster Gallup Korea. "
 "Backing for the governing conservative People Power Party climbed 3 percentage points to 31 percent over the period, while the main opposition, the liberal Democratic Party, slipped 1 percentage point to 32 percent. "
 "The small left-leaning Rebuilding Korea Party scored 8 percent this week and the small center-right New Reform Party 4 percent. "
 "The poll of 1,001 voters was taken from Tuesday to Thursday and has a margin of error of plus or minus 3.1 percentage points at a 95-percent confidence level.",
 [("3 percentage points", 3, "=", ["approval", "approval rating"], "rose", POLL, None, None),
  ("23 percent", 23, "=", ["approval", "approval rating"], None, POLL, None, None),
  ("2 percentage points", 2, "=", "disapproval", None, POLL, None, GALLUP),
  ("68 percent", 68, "=", "disapproval", None, POLL, None, GALLUP),
  ("3 percentage points", 3, "=", ["backing", "support", "People Power Party"], "rose", POLL, None, None, 1),
  ("31 percent", 31, "=", ["backing", "support", "People Power Party"], None, POLL, None, None),
  ("1 percentage point", 1, "=", ["Democratic Party", "support"], "fell", POLL, None, None),
  ("32 percent", 32, "=", ["Democratic Party", "support"], None, POLL, None, None),
  ("scored 8 percent", 8, "=", ["Rebuilding Korea Party", "support"], None, POLL, None, None),
  ("4 percent", 4, "=", ["New Reform Party", "support"], None, POLL, None, None),
  ("1,001 voters", 1001, "=", "voters", None, POLL, None, None),
  ("3.1 percentage points", 3.1, "=", "margin of error", None, None, None, None)],
 []),
("g-biz-samsung-q2-2024", "Yonhap / MENAFN", "2024-07-31", "https://menafn.com/1108502484/Samsung-Electronics-profit-increase-fueled-by-strong-semiconductor-business", "company results",
 "SEOUL - Samsung Electronics Co. said on Wednesday that its second-quarter operating profit was more than 15 times that of a year earlier, lifted mostly by its chip business. "
 "Operating profit for April-June came to 10.44 trillion won (about US$7.54 billion), against 668.5 billion won a year before, a jump of 1,458 percent, the company said in a regulatory filing. "
 "Quarterly operating profit last went above 10 trillion won seven quarters ago, in the third quarter of 2022. "
 "Sales grew 23.4 percent on the year to 74.06 trillion won, and net profit soared 471 percent to 9.84 trillion won. "
 "Analysts had on average expected operating profit of 10.29 trillion won, a Yonhap Infomax survey showed. "
 "Samsung spent 8.05 trillion won on research and development in the quarter and 12.1 trillion won on facilities, 9.9 trillion won of it for chips. "
 "Chips alone brought in 28.6 trillion won of sales and 6.45 trillion won of operating profit.",
 [("more than 15 times", 15, ">", "operating profit", None, Q2_2024, None, SAMSUNG),
  ("10.44 trillion won", 10.44e12, "=", "operating profit", None, Q2_2024, None, SAMSUNG),
  ("about US$7.54 billion", 7.54e9, "~", "operating profit", None, Q2_2024, None, SAMSUNG),
  ("668.5 billion won", 668.5e9, "=", "operating profit", None, "2023-04-01..2023-06-30", None, SAMSUNG),
  ("1,458 percent", 1458, "=", "operating profit", None, Q2_2024, None, SAMSUNG),
  ("23.4 percent", 23.4, "=", "sales", "rose", Q2_2024, None, None),
  ("74.06 trillion won", 74.06e12, "=", "sales", None, Q2_2024, None, None),
  ("471 percent", 471, "=", "net profit", "rose", Q2_2024, None, None),
  ("9.84 trillion won", 9.84e12, "=", "net profit", None, Q2_2024, None, None),
  ("10.29 trillion won", 10.29e12, "=", "operating profit", None, Q2_2024, None, ["Yonhap Infomax", "Analysts"]),
  ("8.05 trillion won", 8.05e12, "=", "research and development", None, Q2_2024, None, None),
  ("12.1 trillion won", 12.1e12, "=", "facilities", None, Q2_2024, None, None),
  ("9.9 trillion won", 9.9e12, "=", "chips", None, Q2_2024, None, None),
  ("28.6 trillion won", 28.6e12, "=", "sales", None, Q2_2024, None, None),
  ("6.45 trillion won", 6.45e12, "=", "operating profit", None, Q2_2024, None, None)],
 ["10 trillion won"]),
("g-mkt-jse-2017", "Fin24", "2017-07-21", "http://www.fin24.com/Markets/Equities/all-share-index-reaches-highest-level-this-year-20170721", "markets",
 "Johannesburg - The JSE's all-share index kept up its steady climb of recent weeks on Friday morning and by mid-morning stood at its highest this year, a new 52-week high, though still about 1% short of its record of 55 188 points set in April 2015. "
 "At mid-morning the all-share was up 0.65% at 54 638 points, above the previous 52-week high of 54 549 reached on May 22. "
 "The Top 40 index added 0.77% to 48 279 points, also a 52-week high. "
 "The all-share is roughly 7.7% higher so far this year, but the ride has been bumpy: a little over three weeks after its May high it had sunk back to 50 831 points on June 15, against 50 653 points on January 1. "
 "Before Friday's session the index had gained 2.61% over seven days and 4.81% over 30 days. "
 "The Industrial index was 0.91% higher at mid-morning, at 82 712 points, just under its 52-week high of 82 828; Naspers, its largest member, had jumped more than 6% over the past week. "
 "The Financial index rose 0.42% and the Resources index 0.19%.",
 [("about 1%", 1, "~", ["all-share index", "index"], None, None, None, None),
  ("55 188 points", 55188, "=", ["all-share index", "index", "points"], None, "2015-04-01..2015-04-30", None, None),
  ("0.65%", 0.65, "=", ["all-share", "all-share index"], "rose", "2017-07-21", None, None),
  ("54 638 points", 54638, "=", ["all-share", "all-share index", "points"], None, "2017-07-21", None, None),
  ("54 549", 54549, "=", ["all-share", "all-share index", "52-week high"], None, "2017-05-22", None, None),
  ("0.77%", 0.77, "=", "Top 40 index", "rose", "2017-07-21", None, None),
  ("48 279 points", 48279, "=", ["Top 40 index", "points"], None, "2017-07-21", None, None),
  ("roughly 7.7%", 7.7, "~", ["all-share", "all-share index"], None, "2017-01-01..2017-07-21", None, None),
  ("50 831 points", 50831, "=", ["all-share", "all-share index", "points"], None, "2017-06-15", None, None),
  ("50 653 points", 50653, "=", ["all-share", "all-share index", "points"], None, "2017-01-01", None, None),
  ("2.61%", 2.61, "=", "index", "rose", None, None, None),
  ("4.81%", 4.81, "=", "index", "rose", None, None, None),
  ("0.91%", 0.91, "=", "Industrial index", None, "2017-07-21", None, None),
  ("82 712 points", 82712, "=", ["Industrial index", "points"], None, "2017-07-21", None, None),
  ("82 828", 82828, "=", ["Industrial index", "52-week high"], None, None, None, None),
  ("more than 6%", 6, ">", "Naspers", "rose", "2017-07-14..2017-07-21", None, None),
  ("0.42%", 0.42, "=", "Financial index", "rose", "2017-07-21", None, None),
  ("0.19%", 0.19, "=", "Resources index", None, "2017-07-21", None, None)],
 []),
("g-health-indonesia-dengue-2024", "ANTARA", "2024-04-08", "https://en.antaranews.com/amp/news/310401/455-dead-from-dengue-fever-so-far-ministry", "health",
 "Jakarta (ANTARA) - Dengue fever had killed at least 455 people in Indonesia by the 14th week of 2024, the Health Ministry said, and 60,296 cases had been recorded. "
 "In the same weeks of last year the country counted 20,502 cases and 162 deaths, Siti Nadia Tarmizi, the ministry's head of communication and public services, said in a statement received on Monday. "
 "Among districts and cities, Bandung district has had the most dengue deaths this year, 25, ahead of Jepara district with 21 and Subang district with 18, she said, with Kendal district next on 16 and Bogor district on 13. "
 "The highest case counts were in Tangerang district (2,540), Bandung city (1,741), West Bandung district (1,422), Lebak district (1,326) and Depok city (1,252). "
 "By March 26, the 13th week of the year, cases had reached 53,131 and deaths 404, Maxi Rein Rondonuwu, the ministry's director general of disease prevention and control, said in a release on April 2, warning that the numbers could keep climbing until the seasons change.",
 [("at least 455 people", 455, ">=", ["people", "deaths"], "killed", WEEK14, "Indonesia", MOH_ID),
  ("60,296 cases", 60296, "=", "cases", None, WEEK14, "Indonesia", MOH_ID),
  ("20,502 cases", 20502, "=", "cases", None, "2023-01-01..2023-04-09", None, ["Siti Nadia Tarmizi", "ministry"]),
  ("162 deaths", 162, "=", ["deaths", "people"], None, "2023-01-01..2023-04-09", None, ["Siti Nadia Tarmizi", "ministry"]),
  ("this year, 25", 25, "=", ["deaths", "people"], None, THIS_YEAR_ID, "Bandung", ["Siti Nadia Tarmizi", "she"]),
  ("with 21", 21, "=", ["deaths", "people"], None, THIS_YEAR_ID, "Jepara", ["Siti Nadia Tarmizi", "she"]),
  ("with 18", 18, "=", ["deaths", "people"], None, THIS_YEAR_ID, "Subang", ["Siti Nadia Tarmizi", "she"]),
  ("on 16", 16, "=", ["deaths", "people"], None, THIS_YEAR_ID, "Kendal", ["Siti Nadia Tarmizi", "she"]),
  ("on 13", 13, "=", ["deaths", "people"], None, THIS_YEAR_ID, "Bogor", ["Siti Nadia Tarmizi", "she"]),
  ("2,540", 2540, "=", "cases", None, None, "Tangerang", None),
  ("1,741", 1741, "=", "cases", None, None, "Bandung", None),
  ("1,422", 1422, "=", "cases", None, None, "West Bandung", None),
  ("1,326", 1326, "=", "cases", None, None, "Lebak", None),
  ("1,252", 1252, "=", "cases", None, None, "Depok", None),
  ("53,131", 53131, "=", "cases", None, "2024-01-01..2024-03-26", None, ["Maxi Rein Rondonuwu", "ministry"]),
  ("deaths 404", 404, "=", ["deaths", "people"], None, "2024-01-01..2024-03-26", None, ["Maxi Rein Rondonuwu", "ministry"])],
 []),
("g-health-kenya-cholera-2025", "The Star (Kenya)", "2025-04-08", "https://the-star.co.ke/news/2025-04-08-six-reported-dead-from-cholera-outbreak-in-2-days", "health",
 "NAIROBI - Cholera has killed six people in Migori, Kisumu and Nairobi counties, Health Cabinet Secretary Adan Duale said in a statement on Tuesday: four in Kisumu and one each in Migori and Nairobi. "
 "As of April 6, 2025, the three counties had reported 97 cases between them, a case fatality rate of 6.2 per cent, according to the Ministry of Health. "
 "Kisumu has recorded 32 cases so far, in Nyando and Muhoroni sub-counties. "
 "Migori has the most, 53, from Suna East and West and Kuria East and West, while Nairobi has 12 cases spread over six sub-counties: Kasarani, Embakasi East, Embakasi Central, Roysambu, Kibra and Dagoretti South.",
 [("six people", 6, "=", "people", "killed", None, None, DUALE),
  ("four in Kisumu", 4, "=", "people", None, None, "Kisumu", DUALE),
  ("one each", 1, "=", None, None, None, None, DUALE),
  ("97 cases", 97, "=", "cases", None, "2025-04-06", None, "Ministry of Health"),
  ("6.2 per cent", 6.2, "=", "case fatality rate", None, "2025-04-06", None, "Ministry of Health"),
  ("32 cases", 32, "=", "cases", None, None, "Kisumu", None),
  ("most, 53", 53, "=", "cases", None, None, "Migori", None),
  ("12 cases", 12, "=", "cases", None, None, "Nairobi", None),
  ("six sub-counties", 6, "=", "sub-counties", None, None, "Nairobi", None)],
 ["the three counties"]),
("g-disaster-otis-2023", "The Independent", "2023-10-30", "https://www.independent.co.uk/climate-change/news/hurricane-otis-death-toll-guerrero-b2438526.html", "climate/disasters",
 "The death toll from Hurricane Otis, which hit the Mexican resort city of Acapulco with almost no warning last week, has climbed to 48. "
 "Authorities said 43 people died in Acapulco and five in nearby Coyuca de Benitez, a smaller town, and at least 36 people were still missing, according to Guerrero state's governor, Evelyn Salgado Pineda. "
 "The toll grew over the weekend as the scale of the wreckage left by Otis became clear; it was the strongest storm ever to come ashore on Mexico's west coast, with winds of 165mph and torrential rain. "
 "Otis strengthened in only 12 hours from a Category 1 storm to a Category 5 one, surprising forecasters. "
 "Damage in Acapulco, a city of around 1 million people, was first estimated at $10bn, and about 80 per cent of its hotels suffered damage, according to the president of the Mexican Hotel Association.",
 [("48", 48, "=", ["deaths", "people", "death toll"], "killed", None, None, None),
  ("43 people", 43, "=", "people", "killed", None, "Acapulco", "Authorities"),
  ("five in", 5, "=", "people", "killed", None, "Coyuca de Benitez", "Authorities"),
  ("at least 36 people", 36, ">=", "people", "missing", None, None, ["Evelyn Salgado Pineda", "Guerrero state's governor, Evelyn Salgado Pineda", "Guerrero state's governor", "governor"]),
  ("165mph", 165, "=", "winds", None, None, None, None),
  ("around 1 million people", 1e6, "~", "people", None, None, "Acapulco", None),
  ("$10bn", 10e9, "=", "damage", None, None, "Acapulco", None),
  ("about 80 per cent", 80, "~", "hotels", "damaged", None, "Acapulco", ["Mexican Hotel Association", "president of the Mexican Hotel Association"])],
 []),
("g-energy-eskom-2023", "Bizcommunity", "2023-10-22", "https://www.bizcommunity.com/Article/196/693/243050.html", "climate/energy",
 "JOHANNESBURG - Eskom will cut power at Stage 1 from 4pm on Tuesday until 5am on Wednesday, suspend load shedding from 5am until 4pm, and bring back Stage 1 from 4pm until 5am on Thursday, the utility said, a pattern it will repeat daily until further notice. "
 "Breakdowns currently stand at 13,559MW of generating capacity, while 4,765MW is out for planned maintenance. "
 "Demand at the evening peak is forecast at 25,054MW. "
 "Much of the gain in available power comes from Kusile unit 1 being back in service, a year after it failed catastrophically. "
 "Under Eskom's schedule, Stage 1 means that up to 1,000MW has to be taken off the grid, and customers can be switched off up to three times over four days, each time for two hours.",
 [("13,559MW", 13559, "=", ["breakdowns", "generating capacity"], None, None, None, None),
  ("4,765MW", 4765, "=", ["planned maintenance", "generating capacity"], None, None, None, None),
  ("25,054MW", 25054, "=", ["demand", "evening peak"], None, None, None, None),
  ("up to 1,000MW", 1000, "<=", None, None, None, None, "Eskom"),
  ("up to three times", 3, "<=", "times", None, None, None, "Eskom")],
 []),
("g-mig-ireland-ipas-2024", "RTÉ News", "2024-05-09", "https://www.rte.ie/news/ireland/2024/0509/1448202-direct-provision-figures", "migration",
 "DUBLIN - Direct provision and emergency International Protection (IP) accommodation now house more than 30,000 people, figures from the Department of Integration show. "
 "The latest Government report puts the number housed in International Protection Accommodation Services (IPAS) accommodation at 30,027 as of 5 May, 3,748 more than at the start of 2024; in March 2023 the figure was 20,001. "
 "Last week 610 IP applicants arrived in Ireland, the most in any week this year, working out at 87 a day. "
 "Of them, 299 were single men, who for now are not automatically offered a bed because of the shortage. "
 "Most IP applicants, 21,414 people, including 5,137 children, are in 236 emergency accommodation centres. "
 "Another 6,836, 2,131 of them children, are spread across 49 IPAS centres nationwide, and the other 1,777 are at the National Reception Centre, the Citywest Transit Hub or one of four tented sites. "
 "About 7,600 people have sought asylum since the start of the year, almost 4,000 more than the 3,628 new arrivals in January-April 2023. "
 "Under a strategy agreed by Cabinet in March, the State aims to have 14,000 State-owned beds by 2028.",
 [("more than 30,000 people", 30000, ">", "people", None, None, "Ireland", DOI),
  ("30,027", 30027, "=", ["number", "people"], None, "2024-05-05", None, DOI),
  ("3,748 more", 3748, "=", None, None, "2024-01-01..2024-05-05", None, DOI),
  ("20,001", 20001, "=", ["figure", "number"], None, "2023-03-01..2023-03-31", None, DOI),
  ("610 IP applicants", 610, "=", ["IP applicants", "applicants"], "arrived", "2024-04-29..2024-05-05", "Ireland", None),
  ("87 a day", 87, "=", None, None, "2024-04-29..2024-05-05", None, None),
  ("299", 299, "=", ["single men", "men"], None, "2024-04-29..2024-05-05", None, None),
  ("21,414 people", 21414, "=", "people", None, None, None, None),
  ("5,137 children", 5137, "=", "children", None, None, None, None),
  ("236 emergency accommodation centres", 236, "=", ["emergency accommodation centres", "centres"], None, None, None, None),
  ("6,836", 6836, "=", None, None, None, None, None),
  ("2,131", 2131, "=", "children", None, None, None, None),
  ("49 IPAS centres", 49, "=", ["IPAS centres", "centres"], None, None, None, None),
  ("1,777", 1777, "=", None, None, None, None, None),
  ("four tented sites", 4, "=", ["tented sites", "sites"], None, None, None, None),
  ("About 7,600 people", 7600, "~", "people", None, "2024-01-01..2024-05-09", None, None),
  ("almost 4,000", 4000, "nearly", None, None, "2024-01-01..2024-05-09", None, None),
  ("3,628 new arrivals", 3628, "=", ["new arrivals", "arrivals"], "arrived", "2023-01-01..2023-04-30", None, None),
  ("14,000 State-owned beds", 14000, "=", ["State-owned beds", "beds"], None, None, None, None)],
 ["Hub or one"]),
("g-sport-springboks-scotland-2024", "Rugby365", "2024-11-10", "http://rugby-365.blogspot.com/search?max-results=30&reverse-paginate=true&updated-max=2024-11-23T22%3A26%3A00%2B10%3A00", "sport",
 "EDINBURGH - Scotland made the Springboks sweat for a 32-15 Autumn Nations Series win at Murrayfield on Sunday. "
 "The world champions scored four tries to none, yet the home side stayed in the contest for long spells and played with spirit throughout. "
 "Makazole Mapimpi (2), Thomas du Toit and Jasper Wiese went over for South Africa, and Handre Pollard added three conversions and a couple of penalties; Scotland's points all came from five Finn Russell penalties. "
 "Mapimpi opened the scoring as early as the fourth minute, diving in at the left corner after a cross-field kick from Pollard caught the defence napping. "
 "Pollard missed the conversion, and in the 10th minute Scott Cummings was sent to the sin bin for a dangerous clear-out on Franco Mostert, a yellow card the TMO Bunker later upgraded to a 20-minute red. "
 "Scotland kept their heads and led 6-5 midway through the half after two quick Russell penalties. "
 "Du Toit then scored his first Test try on the half-hour, from a lineout Mostert failed to take on Scotland's five-metre line.",
 [("four tries", 4, "=", "tries", None, None, None, None),
  ("Mapimpi (2)", 2, "=", None, None, None, None, None),
  ("three conversions", 3, "=", "conversions", None, None, None, None),
  ("a couple of penalties", 2, "=", "penalties", None, None, None, None),
  ("five Finn Russell penalties", 5, "=", "penalties", None, None, None, None),
  ("two quick Russell penalties", 2, "=", "penalties", None, None, None, None)],
 ["32-15", "6-5", "to none"]),
("g-conflict-el-fasher-2025", "Associated Press / UNB", "2025-11-08", "https://unb.com.bd/category/world/thousands-flee-to-overcrowded-camps-after-sudans-paramilitary-captures-el-fasher/172537", "conflict",
 "Overcrowded camps have taken in tens of thousands of Sudanese civilians fleeing el-Fasher, the western Darfur city captured by the paramilitary Rapid Support Forces (RSF), amid reports of atrocities, an aid group said Saturday. "
 "In Tawila, about 70 kilometers (43 miles) from el-Fasher, families find little to shelter under beyond a few tents and covers rigged from tarpaulins and sheets. "
 "Since the RSF wrested the city from the army on October 26, Tawila's camps have received more than 16,200 people, said Adam Rojal, a spokesperson for Sudan's IDPs and Refugee Camps group. "
 "By November 4 around 82,000 people had got out of the city and the villages around it, by the International Organization for Migration's estimate. "
 "The war between the RSF and the military, under way since April 2023, has killed at least 40,000 people, and the true number is probably far higher; nearly 12 million people are displaced and almost half of Sudan's population faces severe hunger, according to the World Health Organization (WHO). "
 "The RSF's capture of el-Fasher came after an 18-month siege; inside the Saudi Hospital its fighters killed more than 450 people, the WHO said. "
 "On Thursday alone, 300 new arrivals came into Tawila, according to Doctors Without Borders (MSF).",
 [("tens of thousands", None, ("vague", 20000, 100000), ["civilians", "Sudanese civilians"], None, None, None, ["aid group", "an aid group"]),
  ("about 70 kilometers", 70, "~", None, None, None, None, None),
  ("43 miles", 43, "~", None, None, None, None, None),
  ("more than 16,200 people", 16200, ">", "people", None, "2025-10-26..2025-11-08", "Tawila", "Adam Rojal"),
  ("around 82,000 people", 82000, "~", "people", None, "2025-10-26..2025-11-04", None, "International Organization for Migration"),
  ("at least 40,000 people", 40000, ">=", "people", "killed", "2023-04-01..2025-11-08", "Sudan", WHO),
  ("nearly 12 million", 12e6, "nearly", None, "displaced", "2023-04-01..2025-11-08", "Sudan", WHO),
  ("more than 450 people", 450, ">", "people", "killed", None, "Saudi Hospital", ["WHO", "World Health Organization"]),
  ("300 new arrivals", 300, "=", ["new arrivals", "arrivals"], "arrived", "2025-11-06", "Tawila", ["Doctors Without Borders", "MSF"])],
 ["almost half"]),
]
