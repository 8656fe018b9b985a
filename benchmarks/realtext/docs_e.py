# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, third set: sixteen more rewritten reports across beats, annotated before the
extractor was run on them and scored once (heldout3/README.md); not used to shape rules.

Same tuple layout as docs_c.py and heldout2/docs_d.py; build.py's conventions (hedges, when,
null = not scored). Written to heldout3/ by build.py."""
DOCS = [
("e-econ-china-trade-2022", "China Daily / Anhui News", "2022-10-24", "https://api.app.anhuinews.com/content/6471379.html", "economy",
 "BEIJING - China's imports and exports over the first three quarters of the year were worth 31.11 trillion yuan ($4.29 trillion), up 9.9 percent from a year earlier, the General Administration of Customs said on Monday. "
 "Exports climbed 13.8 percent on the year to 17.67 trillion yuan, and imports grew 5.2 percent to 13.44 trillion yuan. "
 "The surplus for the nine months came to 4.23 trillion yuan, a jump of 53.7 percent year-on-year. "
 "In September alone, total trade reached 3.81 trillion yuan, up 8.3 percent from a year earlier. "
 "September exports rose 10.7 percent to 2.19 trillion yuan, while imports were up 5.2 percent at 1.62 trillion yuan, leaving a monthly surplus of 573.57 billion yuan, 29.9 percent larger than a year before.",
 [("31.11 trillion yuan", 31.11e12, "=", ["imports and exports", "trade"], None, "2022-01-01..2022-09-30", "China", "General Administration of Customs"),
  ("$4.29 trillion", 4.29e12, "=", ["imports and exports", "trade"], None, "2022-01-01..2022-09-30", "China", "General Administration of Customs"),
  ("9.9 percent", 9.9, "=", ["imports and exports", "trade"], "rose", "2022-01-01..2022-09-30", "China", "General Administration of Customs"),
  ("13.8 percent", 13.8, "=", "exports", "rose", None, None, None),
  ("17.67 trillion yuan", 17.67e12, "=", "exports", None, None, None, None),
  ("5.2 percent", 5.2, "=", "imports", "rose", None, None, None),
  ("13.44 trillion yuan", 13.44e12, "=", "imports", None, None, None, None),
  ("4.23 trillion yuan", 4.23e12, "=", "surplus", None, None, None, None),
  ("53.7 percent", 53.7, "=", "surplus", "rose", None, None, None),
  ("3.81 trillion yuan", 3.81e12, "=", ["total trade", "trade"], None, "2022-09-01..2022-09-30", None, None),
  ("8.3 percent", 8.3, "=", ["total trade", "trade"], "rose", "2022-09-01..2022-09-30", None, None),
  ("10.7 percent", 10.7, "=", "exports", "rose", "2022-09-01..2022-09-30", None, None),
  ("2.19 trillion yuan", 2.19e12, "=", "exports", None, "2022-09-01..2022-09-30", None, None),
  ("5.2 percent", 5.2, "=", "imports", "rose", "2022-09-01..2022-09-30", None, None, 1),
  ("1.62 trillion yuan", 1.62e12, "=", "imports", None, "2022-09-01..2022-09-30", None, None),
  ("573.57 billion yuan", 573.57e9, "=", "surplus", None, "2022-09-01..2022-09-30", None, None),
  ("29.9 percent", 29.9, "=", "surplus", "rose", "2022-09-01..2022-09-30", None, None)],
 []),
("e-econ-uk-pay-jobs-2024", "Daily Mail", "2024-08-13", "https://www.dailymail.co.uk/news/article-13738031/Wage-growth-slows-lowest-two-years-UKs-rate-unemployment-drops.html", "economy",
 "Pay growth in Britain cooled to its weakest in over two years while joblessness unexpectedly fell, official data showed on Tuesday. "
 "Regular wages grew 5.4 per cent on a year earlier in the three months to June, the Office for National Statistics (ONS) said, down from 5.7 per cent in the previous three-month period and the slowest rise since the period to July 2022. "
 "The unemployment rate stood at 4.2 per cent in the three months to June, against 4.4 per cent in the three months before; economists had on average expected it to go up. "
 "Chancellor Rachel Reeves said the figures showed more had to be done to help people into work, and that her Budget later this year would involve hard choices on spending, welfare and tax.",
 [("5.4 per cent", 5.4, "=", ["regular wages", "wages"], "rose", "2024-04-01..2024-06-30", None, ["Office for National Statistics", "ONS"]),
  ("5.7 per cent", 5.7, "=", ["regular wages", "wages"], None, "2024-01-01..2024-03-31", None, ["Office for National Statistics", "ONS"]),
  ("4.2 per cent", 4.2, "=", ["unemployment rate", "rate"], None, "2024-04-01..2024-06-30", None, None),
  ("4.4 per cent", 4.4, "=", ["unemployment rate", "rate"], None, "2024-01-01..2024-03-31", None, None)],
 ["three-month period"]),
("e-econ-canada-jobs-2019", "CTV News", "2019-03-08", "https://synergymortgage.ca/author/synergymortgage_admin/page/22", "economy",
 "OTTAWA - Canada's labour market turned in a second strong month in a row in February, adding 55,900 net new positions, every one of them full time, Statistics Canada said Friday. "
 "In January the economy had added even more, 66,800 positions. "
 "Taken together, it was the strongest pair of months for hiring since spring 2012, and the best opening two months of any year since 1981.",
 [("55,900", 55900, "=", "positions", "created", "2019-02-01..2019-02-28", "Canada", "Statistics Canada"),
  ("66,800", 66800, "=", "positions", "created", "2019-01-01..2019-01-31", None, None)],
 []),
("e-fin-uk-borrowing-2018", "Office for National Statistics", "2018-08-21", "https://www.ons.gov.uk/economy/governmentpublicsectorandtaxes/publicsectorfinance/bulletins/publicsectorfinances/july2018/previous/v1", "public finance",
 "Borrowing by the UK public sector, leaving out state-owned banks, came to £39.4 billion in the last full financial year (April 2017 to March 2018), the Office for National Statistics said. "
 "That was £6.4 billion less than in the year before and £5.8 billion below what the Office for Budget Responsibility had expected, and the lowest for 11 years. "
 "In the financial year so far (April 2018 to July 2018) borrowing was £12.8 billion, £8.5 billion less than in the same months of 2017 and the lowest for that stretch in 16 years. "
 "July itself produced a surplus of £2.0 billion, £1.0 billion more than in July 2017 and the biggest surplus for any July in 18 years. "
 "Net debt stood at £1,777.5 billion at the end of July 2018, equal to 84.3% of gross domestic product, up £17.5 billion on a year earlier, though 1.7 percentage points lower as a share of GDP.",
 [("£39.4 billion", 39.4e9, "=", "borrowing", None, "2017-04-01..2018-03-31", ["UK", "United Kingdom"], ["Office for National Statistics", "ONS"]),
  ("£6.4 billion", 6.4e9, "=", None, None, None, None, None),
  ("£5.8 billion", 5.8e9, "=", None, None, None, None, None),
  ("£12.8 billion", 12.8e9, "=", "borrowing", None, "2018-04-01..2018-07-31", None, None),
  ("£8.5 billion", 8.5e9, "=", None, None, None, None, None),
  ("£2.0 billion", 2.0e9, "=", "surplus", None, "2018-07-01..2018-07-31", None, None),
  ("£1.0 billion", 1.0e9, "=", None, None, None, None, None),
  ("£1,777.5 billion", 1777.5e9, "=", ["net debt", "debt"], None, "2018-07-31", None, None),
  ("84.3%", 84.3, "=", ["gross domestic product", "GDP"], None, "2018-07-31", None, None),
  ("£17.5 billion", 17.5e9, "=", None, "rose", None, None, None),
  ("1.7 percentage points", 1.7, "=", None, None, None, None, None)],
 []),
("e-fin-kenya-budget-2022", "The Daily Whistle", "2022-04-07", "https://thedailywhistle.co.ke/treasury-cabinet-secretary-ukur-yatani/", "public finance",
 "NAIROBI - Treasury Cabinet Secretary Ukur Yatani goes before parliament today with a Ksh 3.3 trillion budget, tabled two months earlier than usual so that MPs can take to the campaign trail ahead of the national elections. "
 "The budget is normally read in the second week of June. "
 "It is the last budget of President Uhuru Kenyatta's time in office and will also serve the government that follows. "
 "Education is the biggest winner, with Ksh 525B, of which Ksh 295B goes to the Teachers Service Commission and Ksh 106B to early learning and basic education. "
 "Energy, infrastructure and ICT, grouped as one sector, get Ksh 368B, including Ksh 85.1B for the Ministry of Energy and Ksh 9.3B for the Ministry of Petroleum and Mining. "
 "National security is to receive Ksh 203 billion, with Ksh 157 B for the Ministry of Defence and Ksh 45B for the National Intelligence Service. "
 "Agriculture was handed Ksh 60 billion, which analysts have protested, arguing the sector has been short of money for years although it matters most to the country.",
 [("Ksh 3.3 trillion", 3.3e12, "=", "budget", None, None, None, None),
  ("Ksh 525B", 525e9, "=", "education", None, None, None, None),
  ("Ksh 295B", 295e9, "=", "Teachers Service Commission", None, None, None, None),
  ("Ksh 106B", 106e9, "=", ["early learning and basic education", "early learning"], None, None, None, None),
  ("Ksh 368B", 368e9, "=", ["energy, infrastructure and ICT", "sector"], None, None, None, None),
  ("Ksh 85.1B", 85.1e9, "=", "Ministry of Energy", None, None, None, None),
  ("Ksh 9.3B", 9.3e9, "=", "Ministry of Petroleum and Mining", None, None, None, None),
  ("Ksh 203 billion", 203e9, "=", "national security", None, None, None, None),
  ("Ksh 157 B", 157e9, "=", "Ministry of Defence", None, None, None, None),
  ("Ksh 45B", 45e9, "=", "National Intelligence Service", None, None, None, None),
  ("Ksh 60 billion", 60e9, "=", "agriculture", None, None, None, None)],
 []),
("e-elec-india-states-2017", "IANS / WeForNews", "2017-03-11", "https://www.wefornews.com/political-parties-with-lesser-seats-get-more-vote-share/", "elections",
 "New Delhi, March 11 (IANS) - In Uttar Pradesh the BSP took just 19 of the 403 assembly seats yet won more than 22 per cent of all votes, which made it the second party by vote share. "
 "The Samajwadi Party, its main rival, took 47 seats on 21.8 per cent of the votes cast. "
 "The Election Commission's figures on Saturday gave the Bharatiya Janata Party 312 seats and 39.7 per cent of the vote. "
 "The Congress, with 7 seats, managed only over six per cent. "
 "In Punjab the Congress took a majority, 77 of 117 seats, with 38.5 per cent of the vote, while the Aam Aadmi Party (AAP), a distant second on 20 seats, drew more than 23 per cent. "
 "In Uttarakhand the BJP won 57 of 70 seats and the largest share, 46.5 per cent, ahead of the Congress on 33.5 per cent and only 11 seats. "
 "In Goa the BJP won just 13 seats in the 40-member house yet polled 32.5 per cent, more than the Congress, which became the largest party with 17 seats on over 28 per cent.",
 [("19 of the 403", 19, "=", "seats", None, None, "Uttar Pradesh", None),
  ("more than 22 per cent", 22, ">", "votes", "won", None, "Uttar Pradesh", None),
  ("47 seats", 47, "=", "seats", None, None, None, None),
  ("21.8 per cent", 21.8, "=", ["votes cast", "votes"], None, None, None, None),
  ("312 seats", 312, "=", "seats", None, None, None, ["Election Commission", "The Election Commission"]),
  ("39.7 per cent", 39.7, "=", "vote", None, None, None, ["Election Commission", "The Election Commission"]),
  ("with 7 seats", 7, "=", "seats", None, None, None, None),
  ("over six per cent", 6, ">", None, None, None, None, None),
  ("77 of 117", 77, "=", "seats", None, None, "Punjab", None),
  ("38.5 per cent", 38.5, "=", "vote", None, None, "Punjab", None),
  ("20 seats", 20, "=", "seats", None, None, "Punjab", None),
  ("more than 23 per cent", 23, ">", None, None, None, "Punjab", None),
  ("57 of 70", 57, "=", "seats", "won", None, "Uttarakhand", None),
  ("46.5 per cent", 46.5, "=", None, None, None, "Uttarakhand", None),
  ("33.5 per cent", 33.5, "=", None, None, None, "Uttarakhand", None),
  ("11 seats", 11, "=", "seats", None, None, "Uttarakhand", None),
  ("13 seats", 13, "=", "seats", "won", None, "Goa", None),
  ("32.5 per cent", 32.5, "=", None, None, None, "Goa", None),
  ("17 seats", 17, "=", "seats", None, None, "Goa", None, 1),
  ("over 28 per cent", 28, ">", None, None, None, "Goa", None)],
 ["403 assembly seats", "117 seats", "70 seats", "40-member house"]),
("e-poll-newspoll-2019", "The Poll Bludger", "2019-04-28", "https://www.pollbludger.net/2019/04/28/newspoll-51-49-labor-7/comment-page-24/", "elections",
 "The latest Newspoll, published by The Australian, has both major parties losing ground on the primary vote: the Coalition is down one point to 38% and Labor down two to 37%, leaving room for Clive Palmer's United Australia Party, which appears for the first time at 5%. "
 "The Greens hold at 9% and One Nation at 4%. "
 "On a two-party preferred basis the Coalition gains a point, with Labor's lead narrowing from 52-48 to 51-49. "
 "Bill Shorten's approval rose two points to 39% and his disapproval held at 51%; he trails Scott Morrison 45-37 as preferred prime minister, better than 46-35 in the previous poll. "
 "Morrison's approval was unchanged at 45% and his disapproval rose two to 46%. "
 "Asked which leader they trusted more to keep campaign promises, respondents narrowly picked Morrison, 41% to 38%. "
 "The poll ran from Friday to Sunday, with a bigger sample than usual of 2136, against the normal figure of around 1700.",
 [("one point", 1, "=", ["primary vote", "Coalition"], "fell", None, None, ["Newspoll", "The Australian"]),
  ("38%", 38, "=", ["primary vote", "Coalition"], None, None, None, ["Newspoll", "The Australian"]),
  ("down two", 2, "=", ["primary vote", "Labor"], "fell", None, None, ["Newspoll", "The Australian"]),
  ("37%", 37, "=", ["primary vote", "Labor"], None, None, None, ["Newspoll", "The Australian"]),
  ("5%", 5, "=", ["United Australia Party", "party"], None, None, None, ["Newspoll", "The Australian"]),
  ("9%", 9, "=", "Greens", None, None, None, None),
  ("4%", 4, "=", "One Nation", None, None, None, None),
  ("two points", 2, "=", "approval", "rose", None, None, None),
  ("39%", 39, "=", "approval", None, None, None, None),
  ("51%", 51, "=", "disapproval", None, None, None, None),
  ("45%", 45, "=", "approval", None, None, None, None),
  ("disapproval rose two", 2, "=", "disapproval", "rose", None, None, None),
  ("46%", 46, "=", "disapproval", None, None, None, None),
  ("41%", 41, "=", None, None, None, None, None),
  ("38%", 38, "=", None, None, None, None, None, 1),
  ("2136", 2136, "=", "sample", None, None, None, None),
  ("around 1700", 1700, "~", None, None, None, None, None)],
 ["gains a point", "52-48", "51-49", "45-37", "46-35"]),
("e-biz-toyota-2012", "Reuters", "2012-02-07", "http://cn.reuters.com/article/toyota-results-idCNL4E8D63GC20120207", "company results",
 "TOKYO, Feb 7 (Reuters) - Toyota Motor Corp on Tuesday posted a 51 percent jump in quarterly operating profit, well ahead of forecasts despite a strong yen and the floods in Thailand, and raised its cautious outlook for the year closer to what the market expected. "
 "Operating profit at Japan's biggest carmaker came to 149.7 billion yen ($1.95 billion) in October-December, its fiscal third quarter, while nine analysts polled by Reuters had on average expected 93.9 billion yen. "
 "Net profit, which takes in its share of Chinese joint ventures, dropped 14 percent to 80.9 billion yen. "
 "For the year to March 31, Toyota now sees operating profit of 270 billion yen instead of 200 billion yen, and net profit of 200 billion yen, up from 180 billion yen. "
 "Twenty-three analysts surveyed by Thomson Reuters I/B/E/S put the full-year operating profit far higher, at 330.8 billion yen on average. "
 "The Thai floods last autumn hit just as Toyota was raising output to make up for the March earthquake in Japan, and Toyota lost production of 260,000 vehicles worldwide last year as a result.",
 [("51 percent", 51, "=", "operating profit", "rose", "2011-10-01..2011-12-31", None, ["Toyota Motor Corp", "Toyota"]),
  ("149.7 billion yen", 149.7e9, "=", "operating profit", None, "2011-10-01..2011-12-31", None, None),
  ("$1.95 billion", 1.95e9, "=", "operating profit", None, "2011-10-01..2011-12-31", None, None),
  ("93.9 billion yen", 93.9e9, "=", None, None, None, None, ["nine analysts polled by Reuters", "analysts", "Reuters"]),
  ("nine analysts", 9, "=", "analysts", None, None, None, None),
  ("14 percent", 14, "=", "net profit", "fell", None, None, None),
  ("80.9 billion yen", 80.9e9, "=", "net profit", None, None, None, None),
  ("270 billion yen", 270e9, "=", "operating profit", None, "2011-04-01..2012-03-31", None, "Toyota"),
  ("200 billion yen", 200e9, "=", "operating profit", None, "2011-04-01..2012-03-31", None, "Toyota"),
  ("200 billion yen", 200e9, "=", "net profit", None, "2011-04-01..2012-03-31", None, "Toyota", 1),
  ("180 billion yen", 180e9, "=", "net profit", None, "2011-04-01..2012-03-31", None, "Toyota"),
  ("Twenty-three analysts", 23, "=", "analysts", None, None, None, None),
  ("330.8 billion yen", 330.8e9, "=", "operating profit", None, None, None, ["Twenty-three analysts surveyed by Thomson Reuters I/B/E/S", "analysts", "Thomson Reuters I/B/E/S"]),
  ("260,000 vehicles", 260000, "=", "vehicles", "lost", "2011-01-01..2011-12-31", None, None)],
 []),
("e-mkt-wall-street-2020", "GuruFocus", "2020-05-18", "https://www.gurufocus.com/news/1140820/us-indexes-close-higher-monday", "markets",
 "Wall Street rallied for a third day on Monday, with the Dow Jones Industrial Average in front, closing at 24,597.37, up 911.95 points or 3.85%. "
 "The S&P 500 ended at 2,953.91, a rise of 90.21 points or 3.15%, and the Nasdaq Composite finished at 9,234.83, up 220.27 points or 2.44%. "
 "The VIX volatility gauge eased 2.59 points, or 8.12%, to 29.30. "
 "Among the biggest gainers, United Airlines jumped 22.00% and Moderna 19.96%, the latter after it reported encouraging early results from its Covid-19 vaccine trial. "
 "Small caps did even better: the Russell 2000 ended the day at 1,333.69, a gain of 76.70 points or 6.10%. "
 "In economic news, the NAHB housing market index climbed to 37 in May from 30, and the 10-year Treasury yield ended at 0.722%.",
 [("24,597.37", 24597.37, "=", ["Dow Jones Industrial Average", "Dow"], None, "2020-05-18", None, None),
  ("911.95 points", 911.95, "=", ["Dow Jones Industrial Average", "Dow"], "rose", "2020-05-18", None, None),
  ("3.85%", 3.85, "=", ["Dow Jones Industrial Average", "Dow"], "rose", "2020-05-18", None, None),
  ("2,953.91", 2953.91, "=", ["S&P 500"], None, None, None, None),
  ("90.21 points", 90.21, "=", ["S&P 500"], "rose", None, None, None),
  ("3.15%", 3.15, "=", ["S&P 500"], "rose", None, None, None),
  ("9,234.83", 9234.83, "=", ["Nasdaq Composite", "Nasdaq"], None, None, None, None),
  ("220.27 points", 220.27, "=", ["Nasdaq Composite", "Nasdaq"], "rose", None, None, None),
  ("2.44%", 2.44, "=", ["Nasdaq Composite", "Nasdaq"], "rose", None, None, None),
  ("2.59 points", 2.59, "=", ["VIX", "volatility gauge"], "fell", None, None, None),
  ("8.12%", 8.12, "=", ["VIX", "volatility gauge"], "fell", None, None, None),
  ("29.30", 29.30, "=", ["VIX", "volatility gauge"], None, None, None, None),
  ("22.00%", 22.0, "=", "United Airlines", "rose", None, None, None),
  ("19.96%", 19.96, "=", "Moderna", "rose", None, None, None),
  ("1,333.69", 1333.69, "=", "Russell 2000", None, None, None, None),
  ("76.70 points", 76.70, "=", "Russell 2000", "rose", None, None, None),
  ("6.10%", 6.10, "=", "Russell 2000", "rose", None, None, None),
  ("37 in May", 37, "=", ["NAHB housing market index", "index"], None, "2020-05-01..2020-05-31", None, None),
  ("from 30", 30, "=", ["NAHB housing market index", "index"], None, None, None, None),
  ("0.722%", 0.722, "=", ["10-year Treasury yield", "Treasury yield", "yield"], None, None, None, None)],
 ["Covid-19", "10-year", "Russell 2000", "S&P 500"]),
("e-health-nhs-waits-2023", "Shropshire Star / PA", "2023-10-12", "https://www.shropshirestar.com/news/uk-news/2023/10/12/what-the-latest-nhs-performance-figures-show/", "health",
 "Hospital waiting lists in England have climbed to another record, while ambulances are taking longer to arrive and some cancer measures have worsened, the latest NHS performance data show. "
 "An estimated 7.75 million people were waiting for routine hospital treatment at the end of August, up from 7.68 million at the end of July, the most since records started in August 2007. "
 "The list passed three million in 2014, four million in 2017, five million in 2021 and seven million in 2022. "
 "Just before the pandemic, in February 2020, the list was 4.57 million, so it has grown by just over three million since. "
 "Some 8,998 people had been waiting more than 18 months to begin treatment at the end of August, against 7,289 at the end of July. "
 "The Government and NHS England had aimed to end waits of over 18 months by April this year. "
 "A total of 396,643 people had waited more than 52 weeks at the end of August, up from 389,952 a month earlier. "
 "Only 74.8% of patients urgently referred by a GP for suspected cancer saw a specialist within two weeks in August, down from 77.5% in July and short of the 93% target.",
 [("7.75 million people", 7.75e6, "=", "people", None, "2023-08-31", "England", None),
  ("7.68 million", 7.68e6, "=", None, None, "2023-07-31", "England", None),
  ("three million in 2014", 3e6, "=", ["list", "waiting list"], None, "2014-01-01..2014-12-31", None, None),
  ("four million", 4e6, "=", ["list", "waiting list"], None, "2017-01-01..2017-12-31", None, None),
  ("five million", 5e6, "=", ["list", "waiting list"], None, "2021-01-01..2021-12-31", None, None),
  ("seven million", 7e6, "=", ["list", "waiting list"], None, "2022-01-01..2022-12-31", None, None),
  ("4.57 million", 4.57e6, "=", ["list", "waiting list"], None, "2020-02-01..2020-02-29", None, None),
  ("just over three million", 3e6, ">", ["list", "waiting list"], "rose", None, None, None),
  ("8,998 people", 8998, "~", "people", None, "2023-08-31", None, None),
  ("7,289", 7289, "=", None, None, "2023-07-31", None, None),
  ("396,643 people", 396643, "=", "people", None, "2023-08-31", None, None),
  ("389,952", 389952, "=", None, None, "2023-07-31", None, None),
  ("77.5%", 77.5, "=", "patients", None, "2023-07-01..2023-07-31", None, None),
  ("74.8%", 74.8, "=", "patients", None, "2023-08-01..2023-08-31", None, None),
  ("93% target", 93, "=", None, None, None, None, None)],
 []),
("e-health-india-tb-2017", "Scroll.in", "2017-10-30", "https://scroll.in/latest/856032/15-fewer-deaths-reported-due-to-tb-in-india-last-year-who-report", "health",
 "India recorded fewer deaths from tuberculosis in 2016 than the year before, the World Health Organization's Global Tuberculosis Report 2017 said. "
 "Deaths from the disease in the country fell from 5.17 lakh in 2015 to 4.35 lakh in 2016, a drop of about 15%. "
 "New cases also dipped slightly, from 28.40 lakh to 27.90 lakh. "
 "Cases of multi-drug resistant TB, where the infection resists the first-line drug rifampicin, rose however, from 1.3 lakh to 1.47 lakh. "
 "India, China and the Russian Federation together account for almost half of the world's six lakh cases of rifampicin-resistant TB. "
 "Compared with last year, the report said, India has close to tripled the money it puts into preventing, controlling and treating the disease: the country's TB programme now spends $525 million in all, about Rs 3,400 crore. "
 "India's budget for fighting the disease is now $387 million, up from $124 million in 2016. "
 "Domestic money makes up 74% of the budget of the Revised National Tuberculosis Programme and international sources the other 26%; in 2016 the split was 38% domestic and 62% international. "
 "Worldwide, 10.4 million new cases were reported.",
 [("5.17 lakh", 517000, "=", "deaths", None, "2015-01-01..2015-12-31", "India", None),
  ("4.35 lakh", 435000, "=", "deaths", None, "2016-01-01..2016-12-31", "India", None),
  ("about 15%", 15, "~", "deaths", "fell", None, None, None),
  ("28.40 lakh", 2840000, "=", ["new cases", "cases"], None, None, None, None),
  ("27.90 lakh", 2790000, "=", ["new cases", "cases"], None, None, None, None),
  ("1.3 lakh", 130000, "=", "cases", None, None, None, None),
  ("1.47 lakh", 147000, "=", "cases", None, None, None, None),
  ("six lakh", 600000, "=", "cases", None, None, None, None),
  ("$525 million", 525e6, "=", None, None, None, None, None),
  ("about Rs 3,400 crore", 34e9, "~", None, None, None, None, None),
  ("$387 million", 387e6, "=", "budget", None, None, "India", None),
  ("$124 million", 124e6, "=", "budget", None, "2016-01-01..2016-12-31", "India", None),
  ("74%", 74, "=", "budget", None, None, None, None),
  ("26%", 26, "=", "budget", None, None, None, None),
  ("38%", 38, "=", None, None, "2016-01-01..2016-12-31", None, None),
  ("62%", 62, "=", None, None, "2016-01-01..2016-12-31", None, None),
  ("10.4 million", 10.4e6, "=", ["new cases", "cases"], None, None, None, None)],
 ["close to tripled", "almost half", "Report 2017"]),
("e-energy-irena-2019", "Enviro30 / IRENA", "2020-03-31", "https://www.enviro30.com/post/75-of-global-new-electricity-generation-capacity-built-in-2019-uses-renewable-energy", "climate/energy",
 "Renewables made up 75% of the new electricity generation capacity built around the world in 2019, according to new figures from the International Renewable Energy Agency (IRENA), and solar, wind and other clean sources now supply more than a third of the world's power. "
 "Global renewable generation capacity reached 2 537 GW at the end of 2019. "
 "Hydropower held the largest part, 1 190 GW, and most of the rest came from wind at 623 GW and solar at 586 GW. "
 "The remainder included 124 GW of bioenergy, 14 GW of geothermal and 500 MW of marine energy. "
 "Renewable capacity grew by 176 GW (+7.4%) during 2019. "
 "Solar grew the most, by 98 GW (+20%), followed by wind, up 59 GW (+10%); hydropower rose 12 GW (+1%) and bioenergy 6 GW (+5%), while geothermal grew by just under 700 MW. "
 "Solar and wind together made up 90% of all net renewable additions in the year.",
 [("75%", 75, "=", ["new electricity generation capacity", "capacity"], None, "2019-01-01..2019-12-31", None, ["International Renewable Energy Agency", "IRENA"]),
  ("2 537 GW", 2537, "=", ["renewable generation capacity", "capacity"], None, "2019-12-31", None, None),
  ("1 190 GW", 1190, "=", "hydropower", None, None, None, None),
  ("623 GW", 623, "=", "wind", None, None, None, None),
  ("586 GW", 586, "=", "solar", None, None, None, None),
  ("124 GW", 124, "=", "bioenergy", None, None, None, None),
  ("14 GW", 14, "=", "geothermal", None, None, None, None),
  ("500 MW", 500, "=", "marine energy", None, None, None, None),
  ("176 GW", 176, "=", ["renewable capacity", "capacity"], "rose", "2019-01-01..2019-12-31", None, None),
  ("+7.4%", 7.4, "=", ["renewable capacity", "capacity"], "rose", "2019-01-01..2019-12-31", None, None),
  ("98 GW", 98, "=", "solar", "rose", None, None, None),
  ("+20%", 20, "=", "solar", "rose", None, None, None),
  ("59 GW", 59, "=", "wind", "rose", None, None, None),
  ("+10%", 10, "=", "wind", "rose", None, None, None),
  ("12 GW", 12, "=", "hydropower", "rose", None, None, None),
  ("+1%", 1, "=", "hydropower", "rose", None, None, None),
  ("bioenergy 6 GW", 6, "=", "bioenergy", "rose", None, None, None),
  ("+5%", 5, "=", "bioenergy", "rose", None, None, None),
  ("just under 700 MW", 700, "nearly", "geothermal", "rose", None, None, None),
  ("90%", 90, "=", ["net renewable additions", "additions"], None, "2019-01-01..2019-12-31", None, None)],
 ["a third"]),
("e-disaster-typhoon-egay-2023", "Manila Bulletin", "2023-08-01", "https://mb.com.ph/2023/8/1/50-000-individuals-remain-in-evacuation-centers-ndrrmc", "climate/disasters",
 "Almost a week after Super Typhoon Egay left the country, some 50,000 people were still sheltering in evacuation centres, many because the storm had wrecked their homes. "
 "In a situation report dated Tuesday, August 1, the National Disaster Risk Reduction and Management Council (NDRRMC) said Egay and the southwest monsoon (habagat) it strengthened had affected 668,974 families, or 2,452,738 people, across 13 regions from Ilocos to the Cordillera and Metro Manila. "
 "Of these, 13,718 families, or 50,467 people, were temporarily housed in 736 evacuation centres. "
 "The death toll stood at 25, and 13 people were still missing in three regions: eight in the Cordillera Administrative Region, four in Region 2 and one in Region 1. "
 "Egay and the habagat damaged or destroyed 41,591 houses, the council said.",
 [("some 50,000 people", 50000, "~", "people", None, None, None, None),
  ("668,974 families", 668974, "=", "families", "affected", None, None, ["National Disaster Risk Reduction and Management Council", "NDRRMC"]),
  ("2,452,738 people", 2452738, "=", "people", "affected", None, None, ["National Disaster Risk Reduction and Management Council", "NDRRMC"]),
  ("13 regions", 13, "=", "regions", None, None, None, None),
  ("13,718 families", 13718, "=", "families", None, None, None, None),
  ("50,467 people", 50467, "=", "people", None, None, None, None),
  ("736 evacuation centres", 736, "=", "evacuation centres", None, None, None, None),
  ("stood at 25", 25, "=", ["death toll", "deaths", "people"], "killed", None, None, None),
  ("13 people", 13, "=", "people", "missing", None, None, None),
  ("three regions", 3, "=", "regions", None, None, None, None),
  ("eight in the Cordillera", 8, "=", "people", "missing", None, "Cordillera Administrative Region", None),
  ("four in Region 2", 4, "=", "people", "missing", None, "Region 2", None),
  ("one in Region 1", 1, "=", "people", "missing", None, "Region 1", None),
  ("41,591 houses", 41591, "=", "houses", None, None, None, ["the council", "council", "NDRRMC"])],
 ["Almost a week", "Region 2", "Region 1"]),
("e-mig-cbp-border-2019", "The Monitor", "2019-10-08", "https://www.themonitor.com/2019/10/08/border-apprehensions-60-since-may/", "migration",
 "Apprehensions at the U.S.-Mexico border fell for a fourth straight month in September, according to figures released recently by U.S. Customs and Border Protection. "
 "Total CBP encounters on the southwest border in September, counting Border Patrol apprehensions and people found inadmissible at ports of entry, came to 52,546, a 64% decrease from May, when the agency had recorded more than 144,000 apprehensions. "
 "Numbers usually dip over the summer months. "
 "But this year officials also credit the Migrant Protection Protocols, a Department of Homeland Security program under which newly arrived migrants are returned to Mexico to wait for their U.S. immigration hearings, and which now covers several Mexican states. "
 "Since December, most of those apprehended have been families and unaccompanied children from El Salvador, Guatemala and Honduras who turn themselves in to agents and ask for asylum.",
 [("52,546", 52546, "=", ["CBP encounters", "encounters"], None, "2019-09-01..2019-09-30", "southwest border", None),
  ("64%", 64, "=", ["CBP encounters", "encounters"], "fell", None, None, None),
  ("more than 144,000", 144000, ">", "apprehensions", None, "2019-05-01..2019-05-31", None, ["the agency", "agency", "U.S. Customs and Border Protection", "CBP"])],
 []),
("e-sport-thunder-grizzlies-2019", "Associated Press / Texarkana Gazette", "2019-03-04", "http://www.texarkanagazette.com/news/sports/pro/story/2019/mar/04/thunder-rallies-win-99-95-against-grizzlies/768236/", "sport",
 "OKLAHOMA CITY (AP) - Russell Westbrook scored 22 points, 12 of them in the fourth quarter, as the Oklahoma City Thunder came back from 13 points down over the last seven minutes to beat the Memphis Grizzlies 99-95 on Sunday night. "
 "Dennis Schroder had 17 points and a career-high 11 rebounds, and Steven Adams chipped in 13 points and 22 boards as the Thunder snapped a four-game skid. "
 "Paul George, second in the NBA in scoring and the league leader in steals, was out for a third game running with a sore right shoulder. "
 "Even without him the Thunder defended hard late on, and Memphis went 6-for-21 from the floor in the fourth. "
 "Avery Bradley scored 27 points for the Grizzlies, Delon Wright had 17 and Jonas Valanciunas put up 16 points and 13 rebounds. "
 "Memphis led 75-67 going into the fourth and 89-76 before the Thunder found their footing. "
 "Westbrook made a 3-pointer to tie it at 93 with 1:04 left, then hit a pull-up just inside the free-throw line that gave the Thunder a 95-93 lead with 31.9 seconds to go.",
 [("22 points", 22, "=", "points", None, None, None, None),
  ("12 of them", 12, "=", None, None, None, None, None),
  ("13 points down", 13, "=", "points", None, None, None, None),
  ("17 points", 17, "=", "points", None, None, None, None),
  ("11 rebounds", 11, "=", "rebounds", None, None, None, None),
  ("13 points and", 13, "=", "points", None, None, None, None),
  ("22 boards", 22, "=", "boards", None, None, None, None),
  ("27 points", 27, "=", "points", None, None, None, None),
  ("Wright had 17", 17, "=", None, None, None, None, None),
  ("16 points", 16, "=", "points", None, None, None, None),
  ("13 rebounds", 13, "=", "rebounds", None, None, None, None)],
 ["99-95", "four-game skid", "6-for-21", "75-67", "89-76", "3-pointer", "at 93", "95-93", "seven minutes"]),
("e-conflict-el-fasher-camp-2024", "IANS / Lokmat Times", "2024-10-08", "https://www.lokmattimes.com/international/sudan-7-dead-59-injured-in-paramilitary-shelling-of-displaced-persons-camp/", "conflict",
 "Khartoum, Oct 7 (IANS) - Shelling by the paramilitary Rapid Support Forces (RSF) on a camp for displaced people in El Fasher, in North Darfur state in western Sudan, killed at least seven people and wounded 59 others, a local health official said. "
 "The bombardment of the Abu Shouk camp stretched over two days, killing two people on Sunday and five more on Monday, Ibrahim Khatir, director-general of North Darfur's health ministry, told Xinhua by phone. "
 "He said 20 people were hurt in Sunday's shelling and 39 on Monday. "
 "The Sudanese Doctors Network, a non-governmental group, condemned the attacks on civilian areas, saying they had deepened the suffering of displaced people and civilians already living under siege. "
 "El Fasher has seen fighting between the Sudanese Armed Forces (SAF) and the RSF since May 10. "
 "UN figures put the city's population at about 1.5 million, 800,000 of them internally displaced; it hosts three camps for the displaced, Abu Shouk among them. "
 "The conflict between the SAF and RSF, under way since April 15, 2023, has killed an estimated 20,000 people and displaced millions, the UN says.",
 [("at least seven people", 7, ">=", "people", "killed", "2024-10-06..2024-10-07", "El Fasher", ["a local health official", "local health official", "health official"]),
  ("59 others", 59, "=", ["others", "people"], "injured", "2024-10-06..2024-10-07", "El Fasher", ["a local health official", "local health official", "health official"]),
  ("two people", 2, "=", "people", "killed", "2024-10-06", None, ["Ibrahim Khatir", "director-general of North Darfur's health ministry"]),
  ("five more", 5, "=", None, "killed", "2024-10-07", None, ["Ibrahim Khatir", "director-general of North Darfur's health ministry"]),
  ("20 people", 20, "=", "people", "injured", "2024-10-06", None, ["Ibrahim Khatir", "He", "he"]),
  ("39 on Monday", 39, "=", None, "injured", "2024-10-07", None, ["Ibrahim Khatir", "He", "he"]),
  ("three camps", 3, "=", "camps", None, None, None, None),
  ("about 1.5 million", 1.5e6, "~", ["population", "people"], None, None, "El Fasher", ["UN figures", "UN"]),
  ("800,000", 800000, "=", None, "displaced", None, "El Fasher", ["UN figures", "UN"]),
  ("20,000 people", 20000, "=", "people", "killed", "2023-04-15..2024-10-08", "Sudan", ["the UN", "UN"])],
 ["two days", "millions"]),
]
