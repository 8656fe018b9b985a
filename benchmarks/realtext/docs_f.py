# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, fourth set: sixteen more rewritten reports across beats, annotated before the
extractor was run on them and scored once (heldout4/README.md); not used to shape rules.

Same tuple layout as docs_c.py, heldout2/docs_d.py and docs_e.py; build.py's conventions
(hedges, when, null = not scored). Written to heldout4/ by build.py."""
DOCS = [
("f-econ-nigeria-cpi-2020", "Journal du Cameroun / APA", "2020-02-18", "https://www.journalducameroun.com/en/nbs-puts-nigerias-inflation-rate-for-january-at-12-13/", "economy",
 "ABUJA - Nigeria's annual inflation rate was 12.13 per cent in January, the National Bureau of Statistics (NBS) said in its monthly Consumer Price Index report, 0.15 percentage points higher than the 11.98 per cent recorded in December 2019. "
 "Month on month, prices measured by the headline index climbed 0.87 per cent in January 2020, slightly faster than December's 0.85 per cent. "
 "Averaged over the twelve months to January, the index was 11.46 per cent above its average for the twelve months before, against 11.40 per cent in December, the bureau said. "
 "Food prices ran hotter: the composite food index was up 14.85 per cent on a year earlier in January, from 14.67 per cent in December, pushed by dearer bread and cereals, meat, oils and fats, potatoes, yams and other tubers, and fish. "
 "Core inflation, the 'all items less farm produce' index that leaves out volatile farm prices, was 9.35 per cent in January 2020 against 9.33 per cent in December 2019; on the month, the core sub-index gained 0.82 per cent.",
 [("12.13 per cent", 12.13, "=", ["inflation rate", "annual inflation rate"], None, "2020-01-01..2020-01-31", "Nigeria", ["National Bureau of Statistics", "NBS"]),
  ("0.15 percentage points", 0.15, "=", None, None, None, None, None),
  ("11.98 per cent", 11.98, "=", ["inflation rate", "annual inflation rate"], None, "2019-12-01..2019-12-31", None, None),
  ("0.87 per cent", 0.87, "=", ["headline index", "index", "prices"], "rose", "2020-01-01..2020-01-31", None, None),
  ("0.85 per cent", 0.85, "=", ["headline index", "index"], None, "2019-12-01..2019-12-31", None, None),
  ("11.46 per cent", 11.46, "=", "index", None, "2019-02-01..2020-01-31", None, ["the bureau", "bureau", "National Bureau of Statistics", "NBS"]),
  ("11.40 per cent", 11.40, "=", "index", None, "2019-01-01..2019-12-31", None, ["the bureau", "bureau", "National Bureau of Statistics", "NBS"]),
  ("14.85 per cent", 14.85, "=", ["composite food index", "food index"], "rose", "2020-01-01..2020-01-31", None, None),
  ("14.67 per cent", 14.67, "=", ["composite food index", "food index"], None, "2019-12-01..2019-12-31", None, None),
  ("9.35 per cent", 9.35, "=", "core inflation", None, "2020-01-01..2020-01-31", None, None),
  ("9.33 per cent", 9.33, "=", "core inflation", None, "2019-12-01..2019-12-31", None, None),
  ("0.82 per cent", 0.82, "=", ["core sub-index", "sub-index"], "rose", "2020-01-01..2020-01-31", None, None)],
 []),
("f-econ-philippines-gdp-2009", "The Philippine Star", "2009-11-27", "https://qa.philstar.com/business/2009/11/27/526698/economy-ekes-out-08-growth-q3/amp", "economy",
 "MANILA, Philippines - The economy, measured by gross domestic product (GDP), expanded by only 0.8 percent in July to September, against 4.6 percent a year before and below the official forecast of 1.6 percent to 2.6 percent for the quarter, the National Statistical Coordination Board (NSCB) said yesterday. "
 "NSCB secretary-general Romulo Virola put the weak quarter down to falling factory output and slow farm production. "
 "Adjusted for the seasons, GDP grew by one percent, less than the 1.7 percent posted in the previous quarter. "
 "With the population put at about 92.4 million, per capita GDP fell 1.2 percent, after growing 2.5 percent the year before, the board said. "
 "By sector, agriculture grew 1.6 percent and services 4 percent, while industry shrank 4.4 percent, dragged down by manufacturing, which contracted for a third straight quarter, by 7.6 percent, having expanded 5.4 percent in the same period of 2008. "
 "Growth had been 0.4 percent in January to March and, after revision, 0.8 percent in April to June, said Augusto Santos, acting director-general of the National Economic and Development Authority (NEDA), who called the third-quarter figure a sign of gradual recovery.",
 [("0.8 percent", 0.8, "=", ["economy", "gross domestic product", "GDP"], "rose", "2009-07-01..2009-09-30", "Philippines", ["National Statistical Coordination Board", "NSCB"]),
  ("4.6 percent", 4.6, "=", ["gross domestic product", "GDP"], None, "2008-07-01..2008-09-30", None, ["National Statistical Coordination Board", "NSCB"]),
  ("1.6 percent to 2.6 percent", None, ("range", 1.6, 2.6), "forecast", None, "2009-07-01..2009-09-30", None, ["National Statistical Coordination Board", "NSCB"]),
  ("one percent", 1, "=", "GDP", "rose", "2009-07-01..2009-09-30", None, None),
  ("1.7 percent", 1.7, "=", "GDP", None, "2009-04-01..2009-06-30", None, None),
  ("about 92.4 million", 92.4e6, "~", "population", None, None, None, ["the board", "board", "NSCB"]),
  ("1.2 percent", 1.2, "=", "per capita GDP", "fell", "2009-07-01..2009-09-30", None, ["the board", "board", "NSCB"]),
  ("2.5 percent", 2.5, "=", "per capita GDP", "rose", "2008-07-01..2008-09-30", None, ["the board", "board", "NSCB"]),
  ("grew 1.6 percent", 1.6, "=", "agriculture", "rose", "2009-07-01..2009-09-30", None, None),
  ("services 4 percent", 4, "=", "services", "rose", "2009-07-01..2009-09-30", None, None),
  ("4.4 percent", 4.4, "=", "industry", "fell", "2009-07-01..2009-09-30", None, None),
  ("7.6 percent", 7.6, "=", "manufacturing", "fell", "2009-07-01..2009-09-30", None, None),
  ("5.4 percent", 5.4, "=", "manufacturing", "rose", "2008-07-01..2008-09-30", None, None),
  ("0.4 percent", 0.4, "=", ["growth", "GDP"], "rose", "2009-01-01..2009-03-31", None, ["Augusto Santos", "acting director-general of the National Economic and Development Authority"]),
  ("revision, 0.8 percent", 0.8, "=", ["growth", "GDP"], "rose", "2009-04-01..2009-06-30", None, ["Augusto Santos", "acting director-general of the National Economic and Development Authority"])],
 ["third-quarter"]),
("f-econ-india-exports-2015", "IANS / Business Standard", "2015-12-15", "https://business-standard.com/amp/article/news-ians/india-s-exports-dip-for-12th-straight-month-115121500871_1.html", "economy",
 "New Delhi, Dec 15 (IANS) - India's merchandise exports shrank for a 12th month in a row in November, down 24.43 percent, measured in dollars, at $20.01 billion, official trade figures showed on Tuesday. "
 "Imports dropped 30.26 percent to $29.79 billion in November, mostly because the oil bill shrank 44.99 percent to $6.44 billion as world prices kept sliding, according to data from the Commerce and Industry Ministry. "
 "That brought the trade deficit down to $9.78 billion, from $16.236 billion. "
 "In November 2014 exports had been worth $26.49 billion and imports $42.72 billion, with an oil bill of $11.69 billion. "
 "Imports other than oil slid 24.7 percent this November, to $23.36 billion from $31.02 billion. "
 "Over the first eight months of the fiscal year, exports were down 18.46 percent at $174.30 billion, compared with $213.77 billion, and the trade deficit came to $87.54 billion, against $102.51 billion. "
 "Commerce and Industry Minister Nirmala Sitharaman said last week that a slump in global demand was holding exports back, and that she hoped matters would improve soon.",
 [("24.43 percent", 24.43, "=", ["merchandise exports", "exports"], "fell", "2015-11-01..2015-11-30", "India", None),
  ("$20.01 billion", 20.01e9, "=", ["merchandise exports", "exports"], None, "2015-11-01..2015-11-30", "India", None),
  ("30.26 percent", 30.26, "=", "imports", "fell", "2015-11-01..2015-11-30", None, "Commerce and Industry Ministry"),
  ("$29.79 billion", 29.79e9, "=", "imports", None, "2015-11-01..2015-11-30", None, "Commerce and Industry Ministry"),
  ("44.99 percent", 44.99, "=", "oil bill", "fell", "2015-11-01..2015-11-30", None, "Commerce and Industry Ministry"),
  ("$6.44 billion", 6.44e9, "=", "oil bill", None, "2015-11-01..2015-11-30", None, "Commerce and Industry Ministry"),
  ("$9.78 billion", 9.78e9, "=", "trade deficit", None, None, None, None),
  ("$16.236 billion", 16.236e9, "=", "trade deficit", None, None, None, None),
  ("$26.49 billion", 26.49e9, "=", "exports", None, "2014-11-01..2014-11-30", None, None),
  ("$42.72 billion", 42.72e9, "=", "imports", None, "2014-11-01..2014-11-30", None, None),
  ("$11.69 billion", 11.69e9, "=", "oil bill", None, "2014-11-01..2014-11-30", None, None),
  ("24.7 percent", 24.7, "=", ["imports other than oil", "imports"], "fell", "2015-11-01..2015-11-30", None, None),
  ("$23.36 billion", 23.36e9, "=", ["imports other than oil", "imports"], None, "2015-11-01..2015-11-30", None, None),
  ("$31.02 billion", 31.02e9, "=", ["imports other than oil", "imports"], None, None, None, None),
  ("18.46 percent", 18.46, "=", "exports", "fell", "2015-04-01..2015-11-30", None, None),
  ("$174.30 billion", 174.30e9, "=", "exports", None, "2015-04-01..2015-11-30", None, None),
  ("$213.77 billion", 213.77e9, "=", "exports", None, None, None, None),
  ("$87.54 billion", 87.54e9, "=", "trade deficit", None, "2015-04-01..2015-11-30", None, None),
  ("$102.51 billion", 102.51e9, "=", "trade deficit", None, None, None, None)],
 []),
("f-fin-india-gst-2023", "Moneycontrol / Tax Seva Kendra", "2023-12-01", "https://taxsevakendra.in/updates/gst-collections-in-november-rises-by-15-yoy-at-rs-168-lakh-crore", "public finance",
 "Collections of India's Goods and Services Tax (GST) reached Rs 1.68 lakh crore in November, a rise of 15 percent on the year, the Ministry of Finance said on December 1. "
 "November's total was 2 percent below October's Rs 1.72 lakh crore, but it was the ninth month in a row above the Rs 1.5-lakh-crore mark. "
 "So far in 2023-24, collections have averaged Rs 1.67 lakh crore a month. "
 "In 2017-18, the tax's first year, the monthly average was under Rs 1 lakh crore; it rose fast once the pandemic year 2020-21 was over, reaching Rs 1.51 lakh crore in 2022-23. "
 "Of the November total, Central GST made up Rs 30,420 crore, State GST Rs 38,226 crore, Integrated GST Rs 87,009 crore and compensation cess Rs 12,274 crore. "
 "Revenue from domestic transactions, imports of services included, was 20 percent higher than in the same month last year, the ministry said in a statement. "
 "Gross GST for April to November totals Rs 13.32 lakh crore, up 11.9 percent on the same months of 2022-23; the Budget for 2023-24 assumes the Centre's GST receipts will grow 12 percent over the full financial year.",
 [("15 percent", 15, "=", ["GST collections", "collections"], "rose", "2023-11-01..2023-11-30", None, "Ministry of Finance"),
  ("Rs 1.68 lakh crore", 1.68e12, "=", ["GST collections", "collections"], None, "2023-11-01..2023-11-30", None, "Ministry of Finance"),
  ("2 percent", 2, "=", None, None, None, None, None),
  ("Rs 1.72 lakh crore", 1.72e12, "=", "collections", None, "2023-10-01..2023-10-31", None, None),
  ("Rs 1.67 lakh crore", 1.67e12, "=", "collections", None, "2023-04-01..2023-11-30", None, None),
  ("under Rs 1 lakh crore", 1e12, "<", ["monthly average", "average"], None, "2017-04-01..2018-03-31", None, None),
  ("Rs 1.51 lakh crore", 1.51e12, "=", ["monthly average", "average"], None, "2022-04-01..2023-03-31", None, None),
  ("Rs 30,420 crore", 30420e7, "=", "Central GST", None, "2023-11-01..2023-11-30", None, None),
  ("Rs 38,226 crore", 38226e7, "=", "State GST", None, "2023-11-01..2023-11-30", None, None),
  ("Rs 87,009 crore", 87009e7, "=", "Integrated GST", None, "2023-11-01..2023-11-30", None, None),
  ("Rs 12,274 crore", 12274e7, "=", "compensation cess", None, "2023-11-01..2023-11-30", None, None),
  ("20 percent", 20, "=", ["revenue from domestic transactions", "revenue"], None, "2023-11-01..2023-11-30", None, ["the ministry", "ministry", "Ministry of Finance"]),
  ("Rs 13.32 lakh crore", 13.32e12, "=", ["gross GST", "GST"], None, "2023-04-01..2023-11-30", None, None),
  ("11.9 percent", 11.9, "=", ["gross GST", "GST"], "rose", "2023-04-01..2023-11-30", None, None),
  ("12 percent", 12, "=", ["GST receipts", "receipts"], "rose", "2023-04-01..2024-03-31", None, ["the Budget for 2023-24", "Budget"])],
 ["Rs 1.5-lakh-crore mark", "ninth month"]),
("f-fin-canada-fiscal-monitor-2024", "Department of Finance Canada", "2024-03-22", "https://www.canada.ca/en/department-finance/services/publications/fiscal-monitor/2024/01.html", "public finance",
 "OTTAWA - The federal government ran a budgetary deficit of $2.1 billion in January 2024, against a deficit of $0.9 billion in January 2023, the Department of Finance said in its monthly Fiscal Monitor. "
 "Before net actuarial losses and gains, the January deficit was $1.4 billion, compared with $0.1 billion a year earlier. "
 "Measured against January 2023, revenues grew $2.4 billion, or 6.2 per cent, mostly because personal income tax brought in more; program expenses excluding net actuarial losses rose $2.6 billion, or 7.3 per cent; and debt charges on public borrowing climbed $1.1 billion, or 37.8 per cent, mainly because interest rates are higher. "
 "Ottawa's deficit for April to January of fiscal 2023-24 came to $25.7 billion, up from $6.4 billion in the same months of 2022-23. "
 "Over those ten months revenues increased $10.5 billion, or 3.0 per cent, and program expenses rose $21.2 billion, or 6.7 per cent, while public debt charges climbed $10.3 billion, or 35.9 per cent. "
 "Finance Minister Chrystia Freeland, who tables the budget on April 16, has pledged to keep the deficit to about $40 billion for the current fiscal year.",
 [("$2.1 billion", 2.1e9, "=", ["budgetary deficit", "deficit"], None, "2024-01-01..2024-01-31", None, "Department of Finance"),
  ("$0.9 billion", 0.9e9, "=", "deficit", None, "2023-01-01..2023-01-31", None, "Department of Finance"),
  ("$1.4 billion", 1.4e9, "=", "deficit", None, "2024-01-01..2024-01-31", None, None),
  ("$0.1 billion", 0.1e9, "=", "deficit", None, "2023-01-01..2023-01-31", None, None),
  ("$2.4 billion", 2.4e9, "=", "revenues", "rose", "2024-01-01..2024-01-31", None, None),
  ("6.2 per cent", 6.2, "=", "revenues", "rose", "2024-01-01..2024-01-31", None, None),
  ("$2.6 billion", 2.6e9, "=", "program expenses", "rose", "2024-01-01..2024-01-31", None, None),
  ("7.3 per cent", 7.3, "=", "program expenses", "rose", "2024-01-01..2024-01-31", None, None),
  ("$1.1 billion", 1.1e9, "=", ["debt charges", "public debt charges"], "rose", "2024-01-01..2024-01-31", None, None),
  ("37.8 per cent", 37.8, "=", ["debt charges", "public debt charges"], "rose", "2024-01-01..2024-01-31", None, None),
  ("$25.7 billion", 25.7e9, "=", "deficit", None, "2023-04-01..2024-01-31", None, None),
  ("$6.4 billion", 6.4e9, "=", "deficit", None, "2022-04-01..2023-01-31", None, None),
  ("$10.5 billion", 10.5e9, "=", "revenues", "rose", "2023-04-01..2024-01-31", None, None),
  ("3.0 per cent", 3.0, "=", "revenues", "rose", "2023-04-01..2024-01-31", None, None),
  ("$21.2 billion", 21.2e9, "=", "program expenses", "rose", "2023-04-01..2024-01-31", None, None),
  ("6.7 per cent", 6.7, "=", "program expenses", "rose", "2023-04-01..2024-01-31", None, None),
  ("$10.3 billion", 10.3e9, "=", ["public debt charges", "debt charges"], "rose", "2023-04-01..2024-01-31", None, None),
  ("35.9 per cent", 35.9, "=", ["public debt charges", "debt charges"], "rose", "2023-04-01..2024-01-31", None, None),
  ("about $40 billion", 40e9, "~", "deficit", None, "2023-04-01..2024-03-31", None, ["Finance Minister Chrystia Freeland", "Chrystia Freeland"])],
 []),
("f-elec-nigeria-2023", "Information Nigeria", "2023-03-01", "https://www.informationng.com/2023/03/inec-declares-tinubu-as-winner-of-2023-presidential-election.html", "elections",
 "ABUJA - Bola Ahmed Tinubu of the ruling All Progressives Congress (APC) was declared winner of Nigeria's presidential election at 4:10 a.m. on Wednesday, once the results of Saturday's vote had been gathered in over several days. "
 "The former Lagos State governor won 8,794,726 votes, beating Atiku Abubakar of the Peoples Democratic Party (PDP), who received 6,984,520, and Peter Obi of the Labour Party, who got 6,101,533, said Mahmood Yakubu, chairman of the Independent National Electoral Commission (INEC). "
 "Rabiu Kwankwaso of the New Nigeria Peoples Party (NNPP) finished a distant fourth with 1,496,687 votes. "
 "Yakubu put the number of registered voters at 93,469,008, of whom 25,286,616 were accredited. "
 "Valid votes totalled 24,025,940 and 939,278 ballots were rejected, making 24,965,218 votes cast in all. "
 "The 70-year-old takes over from Muhammadu Buhari on May 29.",
 [("8,794,726 votes", 8794726, "=", "votes", "won", None, None, ["Mahmood Yakubu", "Independent National Electoral Commission", "INEC"]),
  ("6,984,520", 6984520, "=", None, None, None, None, ["Mahmood Yakubu", "Independent National Electoral Commission", "INEC"]),
  ("6,101,533", 6101533, "=", None, None, None, None, ["Mahmood Yakubu", "Independent National Electoral Commission", "INEC"]),
  ("1,496,687 votes", 1496687, "=", "votes", None, None, None, None),
  ("93,469,008", 93469008, "=", ["registered voters", "voters"], "registered", None, None, ["Yakubu", "Mahmood Yakubu"]),
  ("25,286,616", 25286616, "=", None, None, None, None, ["Yakubu", "Mahmood Yakubu"]),
  ("24,025,940", 24025940, "=", ["valid votes", "votes"], None, None, None, None),
  ("939,278 ballots", 939278, "=", "ballots", None, None, None, None),
  ("24,965,218 votes", 24965218, "=", "votes", "cast", None, None, None)],
 []),
("f-elec-brazil-first-round-2022", "Agência Brasil / Estado de Minas", "2022-10-05", "https://playcrazygame.com/2022/10/05/with-the-investigation-completed-the-difference-between-lula-and-bolsonaro-stood-at-6-1-million-politica/", "elections",
 "BRASILIA - With every polling station counted, former president Luiz Inácio Lula da Silva finished the first round of Brazil's presidential election 6,187,159 votes ahead of President Jair Bolsonaro, the Superior Electoral Court (TSE) said. "
 "Lula, of the Workers' Party (PT), received 57,259,504 votes, or 48.43%, and Bolsonaro, of the Liberal Party (PL), 51,072,345, or 43.2%. "
 "On Sunday night, at 9:36 pm, with 97.51% counted, the gap had been 4,905,635: Lula then had 55,116,851 valid votes (47.91%) and Bolsonaro 50,261,216 (43.65%). "
 "The margin widened by 1.2 million as the last ballots came in, though that did not alter an outcome already settled on Sunday night; the two meet again in a runoff on October 30. "
 "In Coari, a town in Amazonas about 450 km from the state capital Manaus, one remote section had to vote on paper in canvas ballot boxes, which held up the count.",
 [("6,187,159 votes", 6187159, "=", "votes", None, None, None, ["Superior Electoral Court", "TSE"]),
  ("57,259,504 votes", 57259504, "=", "votes", None, None, None, None),
  ("48.43%", 48.43, "=", "votes", None, None, None, None),
  ("51,072,345", 51072345, "=", None, None, None, None, None),
  ("43.2%", 43.2, "=", None, None, None, None, None),
  ("97.51%", 97.51, "=", None, None, "2022-10-02", None, None),
  ("4,905,635", 4905635, "=", ["gap", "votes"], None, "2022-10-02", None, None),
  ("55,116,851 valid votes", 55116851, "=", ["valid votes", "votes"], None, "2022-10-02", None, None),
  ("47.91%", 47.91, "=", None, None, "2022-10-02", None, None),
  ("50,261,216", 50261216, "=", None, None, "2022-10-02", None, None),
  ("43.65%", 43.65, "=", None, None, "2022-10-02", None, None),
  ("1.2 million", 1.2e6, "=", "margin", None, None, None, None),
  ("about 450 km", 450, "~", None, None, None, None, None)],
 ["the two meet", "one remote section"]),
("f-biz-tcs-q1-2023", "Business Standard", "2023-07-12", "https://www.business-standard.com/amp/companies/results/tcs-q1fy24-result-net-profit-up-16-8-yoy-revenue-rises-to-rs-59-381-123071200540_1.html", "company results",
 "MUMBAI - Tata Consultancy Services (TCS) on Wednesday reported consolidated net profit of Rs 11,074 crore for the quarter ended June 30, up 16.8 per cent from Rs 9,478 crore a year earlier. "
 "Revenue from operations grew 12.5 per cent to Rs 59,381 crore, from Rs 52,758 crore in the first quarter of last year. "
 "Against the March quarter, net profit slipped 2.7 per cent from Rs 11,392 crore. "
 "The IT services company also declared an interim dividend of Rs 9 a share, on shares with a face value of Rs 1. "
 "Chief executive K Krithivasan said he was pleased to begin the new fiscal year with a string of large deal wins.",
 [("Rs 11,074 crore", 11074e7, "=", "net profit", None, "2023-04-01..2023-06-30", None, ["Tata Consultancy Services", "TCS"]),
  ("16.8 per cent", 16.8, "=", "net profit", "rose", "2023-04-01..2023-06-30", None, ["Tata Consultancy Services", "TCS"]),
  ("Rs 9,478 crore", 9478e7, "=", "net profit", None, "2022-04-01..2022-06-30", None, None),
  ("12.5 per cent", 12.5, "=", ["revenue from operations", "revenue"], "rose", "2023-04-01..2023-06-30", None, None),
  ("Rs 59,381 crore", 59381e7, "=", ["revenue from operations", "revenue"], None, "2023-04-01..2023-06-30", None, None),
  ("Rs 52,758 crore", 52758e7, "=", ["revenue from operations", "revenue"], None, "2022-04-01..2022-06-30", None, None),
  ("2.7 per cent", 2.7, "=", "net profit", "fell", None, None, None),
  ("Rs 11,392 crore", 11392e7, "=", "net profit", None, "2023-01-01..2023-03-31", None, None),
  ("dividend of Rs 9", 9, "=", ["interim dividend", "dividend"], None, None, None, None),
  ("face value of Rs 1", 1, "=", "face value", None, None, None, None)],
 []),
("f-mkt-sensex-2022", "PTI / Rediff", "2022-09-13", "https://www.rediff.com/business/report/sensex-rose-456-points-to-close-at-60571/20220913.htm", "markets",
 "MUMBAI - The Sensex rallied for a fourth session in a row on Tuesday, ending 455.95 points, or 0.76 per cent, higher at 60,571.08, as foreign institutional investors kept buying Indian shares. "
 "The NSE Nifty finished at 18,070.05, up 133.70 points or 0.75 per cent, closing above 18,000 for the first time since April 4. "
 "Bajaj Finserv, IndusInd Bank, Bharti Airtel, Titan and Bajaj Finance led the gainers in the 30-share index, while TCS was the worst performer, shedding 0.37 per cent. "
 "FIIs put Rs 2,049.65 crore into Indian equities on Monday, according to BSE data. "
 "Elsewhere in Asia, the Shanghai Composite rose nearly 0.1 per cent, Japan's Nikkei 225 added 0.3 per cent and South Korea's Kospi jumped 2.7 per cent, while Hong Kong's Hang Seng fell 0.2 per cent.",
 [("455.95 points", 455.95, "=", "Sensex", "rose", "2022-09-13", None, None),
  ("0.76 per cent", 0.76, "=", "Sensex", "rose", "2022-09-13", None, None),
  ("60,571.08", 60571.08, "=", "Sensex", None, "2022-09-13", None, None),
  ("133.70 points", 133.70, "=", "Nifty", "rose", "2022-09-13", None, None),
  ("0.75 per cent", 0.75, "=", "Nifty", "rose", "2022-09-13", None, None),
  ("18,070.05", 18070.05, "=", "Nifty", None, "2022-09-13", None, None),
  ("0.37 per cent", 0.37, "=", "TCS", "fell", None, None, None),
  ("Rs 2,049.65 crore", 2049.65e7, "=", None, None, "2022-09-12", None, ["BSE data", "BSE"]),
  ("nearly 0.1 per cent", 0.1, "nearly", "Shanghai Composite", "rose", None, None, None),
  ("0.3 per cent", 0.3, "=", "Nikkei 225", "rose", None, None, None),
  ("2.7 per cent", 2.7, "=", "Kospi", "rose", None, None, None),
  ("0.2 per cent", 0.2, "=", "Hang Seng", "fell", None, None, None)],
 ["above 18,000", "30-share", "Nikkei 225"]),
("f-health-lassa-nigeria-2023", "The Nation", "2023-04-06", "https://thenationonlineng.net/lassa-fever-deaths-hit-144-cases-823/", "health",
 "Lassa fever has killed 144 people in Nigeria this year as of March 26, according to the latest epidemiological report of the Nigeria Centre for Disease Control and Prevention (NCDC). "
 "Over the first 12 weeks of the year, 823 confirmed cases were recorded in 24 states and 98 local government areas. "
 "Ondo had the most confirmed cases, 262, followed by Edo with 238, Bauchi 92 and Taraba 73; Edo recorded the most deaths, 31, ahead of Ondo's 30, Ebonyi's 27 and Taraba's 25. "
 "The case fatality ratio was 17.5 per cent, below the 18.6 per cent of the same period in 2022, the agency said. "
 "Three states, Ondo, Edo and Bauchi, accounted for 72 per cent of confirmed cases: Ondo 32 per cent, Edo 29 per cent and Bauchi 11 per cent. "
 "Most of those infected were aged 21 to 30, and three more health workers were affected between March 20 and 26.",
 [("144 people", 144, "=", "people", "killed", "2023-01-01..2023-03-26", "Nigeria", ["Nigeria Centre for Disease Control and Prevention", "NCDC"]),
  ("823 confirmed cases", 823, "=", ["confirmed cases", "cases"], None, "2023-01-01..2023-03-26", None, None),
  ("24 states", 24, "=", "states", None, None, None, None),
  ("98 local government areas", 98, "=", "local government areas", None, None, None, None),
  ("262", 262, "=", ["confirmed cases", "cases"], None, None, "Ondo", None),
  ("238", 238, "=", ["confirmed cases", "cases"], None, None, "Edo", None),
  ("Bauchi 92", 92, "=", ["confirmed cases", "cases"], None, None, "Bauchi", None),
  ("Taraba 73", 73, "=", ["confirmed cases", "cases"], None, None, "Taraba", None),
  ("deaths, 31", 31, "=", ["deaths", "people"], None, None, "Edo", None),
  ("Ondo's 30", 30, "=", ["deaths", "people"], None, None, "Ondo", None),
  ("Ebonyi's 27", 27, "=", ["deaths", "people"], None, None, "Ebonyi", None),
  ("Taraba's 25", 25, "=", ["deaths", "people"], None, None, "Taraba", None),
  ("17.5 per cent", 17.5, "=", "case fatality ratio", None, "2023-01-01..2023-03-26", None, ["the agency", "agency", "NCDC"]),
  ("18.6 per cent", 18.6, "=", "case fatality ratio", None, None, None, ["the agency", "agency", "NCDC"]),
  ("Three states", 3, "=", "states", None, None, None, None),
  ("72 per cent", 72, "=", ["confirmed cases", "cases"], None, None, None, None),
  ("Ondo 32 per cent", 32, "=", ["confirmed cases", "cases"], None, None, "Ondo", None),
  ("Edo 29 per cent", 29, "=", ["confirmed cases", "cases"], None, None, "Edo", None),
  ("Bauchi 11 per cent", 11, "=", ["confirmed cases", "cases"], None, None, "Bauchi", None),
  ("three more health workers", 3, "=", "health workers", "affected", "2023-03-20..2023-03-26", None, None)],
 ["12 weeks", "aged 21 to 30"]),
("f-health-nipah-kerala-2021", "PTI / Devdiscourse", "2021-09-08", "https://www.devdiscourse.com/article/health/1722909-46-test-negative-for-nipah-so-far-kerala-health-minister", "health",
 "KOZHIKODE - Samples from 46 people who had been in close contact with the 12-year-old boy who died of Nipah have so far tested negative for the virus, Kerala Health Minister Veena George said on Wednesday. "
 "Earlier in the day she had told reporters that 20 more negative results that morning brought the number in the clear to 30; ten had tested negative on Tuesday. "
 "Samples of 16 more people on the boy's primary contact list came back negative later on Wednesday, she told an evening press briefing. "
 "There are now 265 people on the primary contact list, of whom 62 are in isolation; 12 of those under observation have mild symptoms and 47 come from other districts of the state. "
 "Trained volunteers have visited 4,995 homes in the containment zones and checked 27,536 people, 44 of whom had a mild fever, she said. "
 "Those who test negative must still stay in isolation in hospital for three more days.",
 [("46 people", 46, "=", "people", None, None, None, ["Kerala Health Minister Veena George", "Veena George"]),
  ("20 more", 20, "=", ["negative results", "results"], None, "2021-09-08", None, ["she", "Veena George"]),
  ("to 30", 30, "=", None, None, "2021-09-08", None, ["she", "Veena George"]),
  ("ten had tested", 10, "=", None, None, "2021-09-07", None, None),
  ("16 more people", 16, "=", "people", None, "2021-09-08", None, ["she", "Veena George"]),
  ("265 people", 265, "=", "people", None, None, None, None),
  ("62 are", 62, "=", None, None, None, None, None),
  ("12 of those", 12, "=", None, None, None, None, None),
  ("47 come", 47, "=", None, None, None, None, None),
  ("4,995 homes", 4995, "=", "homes", None, None, None, ["she", "Veena George"]),
  ("27,536 people", 27536, "=", "people", None, None, None, ["she", "Veena George"]),
  ("44 of whom", 44, "=", None, None, None, None, ["she", "Veena George"])],
 ["12-year-old", "three more days"]),
("f-disaster-pakistan-floods-2022", "Business Recorder", "2022-07-19", "https://www.brecorder.com/news/40186725/another-35-killed-in-past-24-hours-death-toll-from-flash-floods-reaches-238-ndma", "climate/disasters",
 "ISLAMABAD: Another 35 people died in rain-related incidents across Pakistan in the past 24 hours, taking the national flood death toll to 238, the National Disaster Management Authority (NDMA) said in figures released on Monday. "
 "The monsoon floods have hit 3,374 houses nationwide, 2,365 of them partly damaged and 1,009 razed, leaving thousands without a roof; 187 people have been injured and 1,504 head of livestock killed. "
 "Balochistan in the south-west is the worst hit: 75 dead, 52 injured, 988 houses damaged, 556 head of livestock lost and nine bridges washed away. "
 "There the floods have killed 23 men, 23 women and 29 children, and of the 988 houses, 556 were partly and 432 completely destroyed. "
 "In Punjab 55 people have died and 66 have been hurt, among them 37 men, 24 women and five children; eight houses were damaged in the province. "
 "In Khyber-Pakhtunkhwa the floods have claimed 47 lives, 18 men, 17 women and 12 children, and left 42 people injured; 2,267 houses have been hit there, 1,746 partly damaged and 521 completely destroyed.",
 [("Another 35 people", 35, "=", "people", "killed", None, "Pakistan", ["National Disaster Management Authority", "NDMA"]),
  ("238", 238, "=", ["death toll", "deaths", "people"], "killed", None, "Pakistan", ["National Disaster Management Authority", "NDMA"]),
  ("3,374 houses", 3374, "=", "houses", None, None, None, None),
  ("2,365", 2365, "=", "houses", "damaged", None, None, None),
  ("1,009 razed", 1009, "=", "houses", "destroyed", None, None, None),
  ("187 people", 187, "=", "people", "injured", None, None, None),
  ("1,504 head of livestock", 1504, "=", "livestock", "killed", None, None, None),
  ("75 dead", 75, "=", ["dead", "people"], "killed", None, "Balochistan", None),
  ("52 injured", 52, "=", None, "injured", None, "Balochistan", None),
  ("988 houses damaged", 988, "=", "houses", "damaged", None, "Balochistan", None),
  ("nine bridges", 9, "=", "bridges", None, None, "Balochistan", None),
  ("556 head of livestock", 556, "=", "livestock", "lost", None, "Balochistan", None),
  ("23 men", 23, "=", "men", "killed", None, "Balochistan", None),
  ("23 women", 23, "=", "women", "killed", None, "Balochistan", None),
  ("29 children", 29, "=", "children", "killed", None, "Balochistan", None),
  ("556 were partly", 556, "=", "houses", None, None, "Balochistan", None),
  ("432 completely destroyed", 432, "=", "houses", "destroyed", None, "Balochistan", None),
  ("55 people", 55, "=", "people", "killed", None, "Punjab", None),
  ("66 have been hurt", 66, "=", None, "injured", None, "Punjab", None),
  ("37 men", 37, "=", "men", "injured", None, "Punjab", None),
  ("24 women", 24, "=", "women", "injured", None, "Punjab", None),
  ("five children", 5, "=", "children", "injured", None, "Punjab", None),
  ("eight houses", 8, "=", "houses", "damaged", None, "Punjab", None),
  ("47 lives", 47, "=", ["lives", "people"], "killed", None, "Khyber-Pakhtunkhwa", None),
  ("18 men", 18, "=", "men", "killed", None, "Khyber-Pakhtunkhwa", None),
  ("17 women", 17, "=", "women", "killed", None, "Khyber-Pakhtunkhwa", None),
  ("12 children", 12, "=", "children", "killed", None, "Khyber-Pakhtunkhwa", None),
  ("42 people", 42, "=", "people", "injured", None, "Khyber-Pakhtunkhwa", None),
  ("2,267 houses", 2267, "=", "houses", None, None, "Khyber-Pakhtunkhwa", None),
  ("1,746 partly damaged", 1746, "=", "houses", "damaged", None, "Khyber-Pakhtunkhwa", None),
  ("521 completely destroyed", 521, "=", "houses", "destroyed", None, "Khyber-Pakhtunkhwa", None)],
 ["past 24 hours", "thousands", "the 988 houses"]),
("f-climate-nsw-bushfires-2019", "AAP / Fiji Sun", "2019-11-19", "http://www.pressreader.com/fiji/fiji-sun/20191119/282265257264402", "climate/disasters",
 "SYDNEY (AAP) - Fires in New South Wales this season have already burnt through more land than in any season for 25 years, the Rural Fire Service says, and people are being told to treat it as a wake-up call for the hard months ahead. "
 "The season, which flared some weeks ago, has so far cost six lives and 530 homes, and more than 420 houses were destroyed over the last fortnight. "
 "Some 1.6 million hectares of land have burnt, more than in the whole 1993/1994 season, RFS Deputy Commissioner Rob Rogers said. "
 "Crews were holding a fire front of some 6000km, as long as a return trip from Sydney to Perth, Mr Rogers told reporters in Sydney on Monday. "
 "With temperatures likely to climb into the 40s and little or no rain expected, the state faces two tough days this week, on Tuesday and Thursday. "
 "Premier Gladys Berejiklian said the past week showed that summer would not be pleasant as far as bushfire risk was concerned.",
 [("six lives", 6, "=", ["lives", "people"], "killed", None, "New South Wales", None),
  ("530 homes", 530, "=", "homes", None, None, "New South Wales", None),
  ("more than 420", 420, ">", "houses", "destroyed", None, None, None),
  ("Some 1.6 million hectares", 1.6e6, "~", "land", "burned", None, None, ["RFS Deputy Commissioner Rob Rogers", "Rob Rogers"]),
  ("some 6000km", 6000, "~", "fire front", None, None, None, ["Mr Rogers", "Rob Rogers"])],
 ["25 years", "1993/1994", "the 40s", "two tough days"]),
("f-mig-darien-2023", "VOA", "2023-07-31", "https://www.voanews.com/a/halfway-into-year-249-000-migrants-cross-darien-gap-/7205729.html", "migration",
 "PANAMA CITY - Close to a quarter of a million migrants have crossed the Darien Gap, the thick jungle dividing Panama from Colombia, so far this year, already more than in last year's record, Panama's government said on Monday. "
 "Stretching 165 miles (265 kilometers), the jungle is now a main path north for South Americans trying to reach the United States through Central America, dangerous as it is. "
 "By Sunday, 248,901 migrants had made the trek from Colombia, 600 more than in the whole of last year's record year, Maria Isabel Saravia, Panama's deputy director of migration, told reporters. "
 "The crossings could hit 400,000 by December, Public Security Minister Juan Manuel Pino warned. "
 "Children and adolescents make up slightly more than a fifth of this year's tally, and half of them are no older than 5, Saravia said. "
 "Venezuelans numbered more than 100,000; there were also roughly 33,000 Haitians, 25,000 Ecuadorians and 8,500 people from China.",
 [("Close to a quarter of a million migrants", 250000, "nearly", "migrants", None, "2023-01-01..2023-07-31", None, ["Panama's government", "government"]),
  ("165 miles", 165, "=", None, None, None, None, None),
  ("265 kilometers", 265, "=", None, None, None, None, None),
  ("248,901 migrants", 248901, "=", "migrants", None, "2023-01-01..2023-07-30", None, ["Maria Isabel Saravia", "Panama's deputy director of migration"]),
  ("600 more", 600, "=", None, None, None, None, ["Maria Isabel Saravia", "Panama's deputy director of migration"]),
  ("400,000", 400000, "=", "crossings", None, "2023-01-01..2023-12-31", None, ["Public Security Minister Juan Manuel Pino", "Juan Manuel Pino"]),
  ("more than 100,000", 100000, ">", "Venezuelans", None, None, None, None),
  ("roughly 33,000", 33000, "~", "Haitians", None, None, None, None),
  ("25,000 Ecuadorians", 25000, "~", "Ecuadorians", None, None, None, None),
  ("8,500 people", 8500, "~", "people", None, None, None, None)],
 ["a fifth", "half of them", "no older than 5"]),
("f-sport-ipl-rcb-rps-2016", "ESPNcricinfo / World Cricket", "2016-04-22", "https://worldcricket2012.blogspot.com/2016/05/ipl-2016-matches-16-30.html", "sport",
 "PUNE - Royal Challengers Bangalore made 185 for 3 and held Rising Pune Supergiants to 172 for 8 to win by 13 runs on Friday night, bucking a season in which 14 of the first 15 games had gone to the side batting second. "
 "Earlier in the season Royal Challengers had held on with 227 against Sunrisers Hyderabad at the M Chinnaswamy Stadium. "
 "Virat Kohli struggled for timing through the middle overs but made 80, and AB de Villiers hit 83 off 46 balls; together they added 155, their third stand of 100-plus in four matches. "
 "Thisara Perera, who had taken three wickets, gave Royal Challengers a late fright with 34 off 13 balls before Shane Watson removed him and R Ashwin within three balls. "
 "Earlier Ajinkya Rahane made 60 off 46 balls, but MS Dhoni's scratchy 41 off 38 balls did little to help, and Steven Smith lost his footing mid-pitch and was run out for 4. "
 "Perera arrived with the score 109 for 3 and nearly 15 an over needed.",
 [("13 runs", 13, "=", "runs", None, None, None, None),
  ("14 of the first 15", 14, "=", "games", None, None, None, None),
  ("with 227", 227, "=", None, None, None, None, None),
  ("made 80", 80, "=", None, None, None, None, None),
  ("83 off", 83, "=", None, None, None, None, None),
  ("46 balls", 46, "=", "balls", None, None, None, None),
  ("added 155", 155, "=", None, None, None, None, None),
  ("four matches", 4, "=", "matches", None, None, None, None),
  ("three wickets", 3, "=", "wickets", None, None, None, None),
  ("34 off", 34, "=", None, None, None, None, None),
  ("13 balls", 13, "=", "balls", None, None, None, None),
  ("60 off", 60, "=", None, None, None, None, None),
  ("46 balls", 46, "=", "balls", None, None, None, None, 1),
  ("41 off", 41, "=", None, None, None, None, None),
  ("38 balls", 38, "=", "balls", None, None, None, None),
  ("out for 4", 4, "=", None, None, None, None, None),
  ("nearly 15", 15, "nearly", None, None, None, None, None)],
 ["185 for 3", "172 for 8", "109 for 3", "100-plus", "within three balls"]),
("f-conflict-taraba-2022", "AFP / The Defense Post", "2022-10-04", "https://thedefensepost.com/2022/10/04/gunmen-attack-northern-nigeria/amp", "conflict",
 "Gunmen killed twelve people in a herding village in Taraba state in northeast Nigeria after gathering residents in the open and shooting them, police said. "
 "Wearing the garb of local vigilantes and carrying heavy weapons, the gang struck the village in Bali district on Sunday, state police spokesman Usman Abdullahi said late Monday. "
 "\"We recovered 12 bodies,\" Abdullahi said, adding that eight more villagers were missing and that soldiers, police and local hunters were searching nearby for them. "
 "The raiders made off with 130 cattle, several motorcycles and food, he said, and four of the gang, in vigilante uniforms and on motorbikes taken from the village, were arrested by police deployed there. "
 "Nigeria's armed forces are also fighting a 13-year jihadist insurgency centred on Borno state in the northeast.",
 [("twelve people", 12, "=", "people", "killed", "2022-10-02", ["Taraba", "Taraba state", "Bali"], ["police", "Usman Abdullahi"]),
  ("12 bodies", 12, "=", "bodies", None, None, None, ["Abdullahi", "Usman Abdullahi", "police"]),
  ("eight more villagers", 8, "=", "villagers", "missing", None, None, ["Abdullahi", "Usman Abdullahi", "police"]),
  ("130 cattle", 130, "=", "cattle", None, "2022-10-02", None, ["he", "Abdullahi", "Usman Abdullahi", "police"]),
  ("four of the gang", 4, "=", ["gang", "attackers"], None, None, None, ["he", "Abdullahi", "Usman Abdullahi", "police"])],
 ["13-year", "several motorcycles"]),
]
