# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, twenty-fourth set: sixteen more rewritten reports across beats (Guernsey, Isle of Man, Cook
Islands, Palau, Monaco, Kiribati, Federated States of Micronesia, Tuvalu, Nauru/Australia, Bermuda (Island
Games) and Laos material), annotated before the extractor was run on them and scored unseen
(heldout24/README.md); not used to shape rules.

Same tuple layout as docs_c.py .. docs_y.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout24/ by build.py."""
IOD = ["Richard Hemans", "Hemans", "IoD Guernsey", "Institute of Directors", "Institute of Directors' Guernsey branch"]
GY_BUL = ["quarterly inflation bulletin", "the island's latest quarterly inflation bulletin", "bulletin"]
GY_Y24 = "2023-07-01..2024-06-30"
JE_Y24 = "2023-04-01..2024-03-31"
IM_STAT = ["Government statisticians", "statisticians", "government statisticians"]
IM_SEP = "2016-09-01..2016-09-30"
MFEM = ["Ministry of Finance and Economic Management", "the ministry", "ministry", "Cook Islands Government"]
CK_FY = "2014-07-01..2015-06-30"
THOMAS = ["Chris Thomas", "Treasury Minister Chris Thomas", "Thomas", "Isle of Man Government"]
IM_26 = "2026-04-01..2027-03-31"
PW_RES = ["unofficial preliminary results", "preliminary results", "results", "Island Times"]
PW_DAY = "2024-11-05"
GY_DAY = "2020-10-07"
VALERI = ["Stéphane Valeri", "Valeri", "chairman and chief executive Stéphane Valeri", "SBM", "Société des Bains de Mer"]
SBM_AR = ["annual report", "its annual report", "the group", "SBM", "Société des Bains de Mer"]
SBM_FY = "2024-04-01..2025-03-31"
SBM_FY0 = "2023-04-01..2024-03-31"
MT = ["Manx Telecom", "the company", "company", "the board", "board", "AIM-listed company"]
MT_H1 = "2016-01-01..2016-06-30"
MT_H0 = "2015-01-01..2015-06-30"
KI_MOH = ["Ministry of Health", "Kiribati's Ministry of Health", "health officials"]
KI_2M = "2018-03-31..2018-05-31"
KI_OB = "2018-03-21..2018-05-31"
KI_STUDY = ["study", "Western Pacific Surveillance and Response Journal", "the authors", "authors", "a study in the Western Pacific Surveillance and Response Journal"]
KI_JUL = "2013-07-10..2013-07-24"
TIIRA = ["Dr Teatao Tiira", "Teatao Tiira", "Tiira", "director of public health services"]
AKAP = ["Marz Akapito", "Akapito", "officials", "Micronesia's public information officer"]
SILU = ["Sumeo Silu", "Silu", "director of the disaster management office"]
RCOA = ["Refugee Council of Australia", "figures compiled by the Refugee Council of Australia"]
SEN = ["Senate estimates", "Figures given at Senate estimates"]
DHA = ["Department of Home Affairs", "A more detailed breakdown from the Department of Home Affairs"]
IG_13 = "2013-07-13..2013-07-19"
SP = ["Isle of Man Steam Packet Company", "IOMSPC", "Steam Packet", "the company", "company"]
TT24 = "2024-05-22..2024-06-07"
NRA = ["Lao National Regulatory Authority for the UXO/Mine Action Sector", "National Regulatory Authority", "the country's UXO regulator", "UXO regulator", "the report", "report"]
LA_H1 = "2024-01-01..2024-06-30"
LA_WAR = "1964-01-01..1973-12-31"

DOCS = [
("z-econ-guernsey-rpi-jun-2024", "IoD Guernsey", "2024-07-22", "https://iod.gg/news/article/iod-comments-guernseys-q2-2024-inflation-bulletin", "economy",
 "ST PETER PORT, Guernsey - Inflation in Guernsey eased to 5.3% in the year to the end of June 2024, the island's latest quarterly inflation bulletin showed, and the Institute of Directors' Guernsey branch said the retreat from a pandemic-era high of 8.5% was still slow. "
 "Richard Hemans, who speaks on economics for IoD Guernsey, noted that the island's rate now sat above the 2% reported by the UK and probably above Jersey's next reading; Jersey's own rate had been 5.7% at the end of March 2024. "
 "The yearly change in Guernsey's Retail Prices Index (RPI) was 5.3%, he said, 2% below its June 2023 level and 0.5% under the March 2024 figure. "
 "Guernsey never saw the steep price rises its neighbours suffered during the pandemic, when the UK peaked at 20.2% and Jersey at 12.7%, but its rate is falling more slowly and could end up above both, Hemans warned. "
 "The Housing, Fuel and Light, Household Services, Leisure Services, and Personal Goods and Services groups together made up nearly 80% of the annual rise in the RPI, while three out of the fourteen categories added nothing to inflation over the year, he said. "
 "A steep rise in the price of electricity from 1 July 2024 ought not to reverse the trend because it is smaller than last year's, he added.",
 [("5.3%", 5.3, "=", ["Inflation", "inflation in Guernsey", "inflation"], None, GY_Y24, "Guernsey", GY_BUL),
  ("8.5%", 8.5, "=", ["high", "inflation"], None, None, "Guernsey", IOD),
  ("2%", 2, "=", ["rate", "UK"], None, None, ["UK", "United Kingdom"], IOD),
  ("5.7%", 5.7, "=", ["Jersey's own rate", "rate", "Jersey"], None, JE_Y24, "Jersey", IOD),
  ("5.3%", 5.3, "=", ["yearly change", "Retail Prices Index", "RPI", "change"], None, GY_Y24, "Guernsey", IOD, 1),
  ("2%", 2, "=", ["yearly change", "Retail Prices Index", "RPI", "change"], None, GY_Y24, "Guernsey", IOD, 1),
  ("0.5%", 0.5, "=", ["yearly change", "Retail Prices Index", "RPI", "change"], None, GY_Y24, "Guernsey", IOD),
  ("20.2%", 20.2, "=", ["UK", "price rises"], None, None, ["UK", "United Kingdom"], IOD),
  ("12.7%", 12.7, "=", ["Jersey", "price rises"], None, None, "Jersey", IOD),
  ("nearly 80%", 80, "nearly", ["annual rise", "RPI", "rise", "annual rise in the RPI"], None, GY_Y24, "Guernsey", IOD),
  ("three", 3, "=", ["categories"], None, GY_Y24, "Guernsey", IOD),
  ("fourteen categories", 14, "=", ["categories"], None, None, "Guernsey", IOD)],
 []),
("z-econ-isle-of-man-cpi-sep-2016", "Isle of Man Today (iomtoday.co.im)", "2016-10-07", "http://www.iomtoday.co.im/news/isle-of-man-news/inflation-rises-1-2-per-cent-1-8167775", "economy",
 "DOUGLAS, Isle of Man - Prices on the Isle of Man are climbing again after more than a year of deflation, official figures show. "
 "Since April 2015 the consumer prices index had put the average cost of goods below its level of twelve months before, but the minus sign has now given way to a plus. "
 "Annual inflation on the CPI measure was 1.2 per cent in September, according to government statisticians. "
 "Shoppers will have felt the change in the price of potatoes, up 17.2 per cent, air fares, up 11.9 per cent, and tea, up 14 per cent. "
 "Some goods got cheaper: poultry was down 7.1 per cent, bacon cost 13.8 per cent less, indigestion tablets 10.1 per cent less, and sugar and preserves 9.5 per cent less.",
 [("1.2 per cent", 1.2, "=", ["Annual inflation", "inflation", "CPI"], None, IM_SEP, "Isle of Man", IM_STAT),
  ("17.2 per cent", 17.2, "=", ["potatoes", "price of potatoes"], "rose", IM_SEP, "Isle of Man", IM_STAT),
  ("11.9 per cent", 11.9, "=", ["air fares"], "rose", IM_SEP, "Isle of Man", IM_STAT),
  ("14 per cent", 14, "=", ["tea"], "rose", IM_SEP, "Isle of Man", IM_STAT),
  ("7.1 per cent", 7.1, "=", ["poultry"], "fell", IM_SEP, "Isle of Man", IM_STAT),
  ("13.8 per cent", 13.8, "=", ["bacon"], None, IM_SEP, "Isle of Man", IM_STAT),
  ("9.5 per cent", 9.5, "=", ["sugar and preserves", "sugar"], None, IM_SEP, "Isle of Man", IM_STAT),
  ("10.1 per cent", 10.1, "=", ["indigestion tablets", "tablets"], None, IM_SEP, "Isle of Man", IM_STAT)],
 ["twelve months"]),
("z-fin-cook-islands-budget-2014-15", "Cook Islands Ministry of Finance and Economic Management", "2014-10-01", "https://www.mfem.gov.ck/treasury/treasury-news/495-release-of-the-cook-islands-budget-2014-15", "public finance",
 "AVARUA, Rarotonga - The Cook Islands Government has published its 2014/15 budget, which shows a slim underlying surplus of $0.009 million, the Ministry of Finance and Economic Management said. "
 "Underlying operating revenue for 2014/15 is forecast at $123.203 million, against projected spending of $123.195 million. "
 "Among the new measures, the pension for people aged 70 and over goes up by $15 from 1 January 2015, taking it to $650 a month. "
 "The nursing school gets an extra $0.050 million for its next intake of students, and a further $0.5 million is set aside during 2015, across 2014/15 and 2015/16, for events marking fifty years of self-government. "
 "Tourism marketing money, meant to help with a change of aircraft type, is raised from $4 million over two years to $4.5 million. "
 "Another $0.1 million goes to the natural disaster response fund, bringing it to $0.638 million for use straight after a disaster; a second $0.1 million lifts the allowance for families caring for children, and $0.1 million goes to the community capital fund. "
 "Approximately $0.4 million of tax collected on New Zealand superannuation income will be handed back, and local elections during 2014/15 are budgeted at $0.035 million. "
 "A revised capital plan provides around $47 million of spending over two years, among them $5 million for Project City (Airport to Tupapa), $2 million for drainage and bridges on Rarotonga, $1.25 million in 2015/16 for the Rutaki foreshore revetment, $5 million for sanitation on Rarotonga and Aitutaki and $4.7 million for renewable energy. "
 "Revenue on a Government Finance Statistics (GFS) basis was $186.9 million, the ministry said.",
 [("$0.009 million", 0.009e6, "=", ["underlying surplus", "surplus"], None, CK_FY, "Cook Islands", MFEM),
  ("$123.203 million", 123.203e6, "=", ["Underlying operating revenue", "operating revenue", "revenue"], None, CK_FY, "Cook Islands", MFEM),
  ("$123.195 million", 123.195e6, "=", ["spending", "projected spending"], None, CK_FY, "Cook Islands", MFEM),
  ("$15", 15, "=", ["pension"], "rose", None, "Cook Islands", MFEM),
  ("$650 a month", 650, "=", ["pension"], None, None, "Cook Islands", MFEM),
  ("$0.050 million", 0.05e6, "=", ["nursing school", "extra"], None, CK_FY, "Cook Islands", MFEM),
  ("$0.5 million", 0.5e6, "=", ["events", "events marking fifty years of self-government"], None, "2014-07-01..2016-06-30", "Cook Islands", MFEM),
  ("$4 million", 4e6, "=", ["Tourism marketing money", "marketing money"], None, None, "Cook Islands", MFEM),
  ("$4.5 million", 4.5e6, "=", ["Tourism marketing money", "marketing money"], None, None, "Cook Islands", MFEM),
  ("$0.1 million", 0.1e6, "=", ["natural disaster response fund", "fund"], None, CK_FY, "Cook Islands", MFEM),
  ("$0.638 million", 0.638e6, "=", ["natural disaster response fund", "fund"], None, None, "Cook Islands", MFEM),
  ("$0.1 million", 0.1e6, "=", ["allowance", "allowance for families caring for children"], None, CK_FY, "Cook Islands", MFEM, 1),
  ("$0.1 million", 0.1e6, "=", ["community capital fund", "fund"], None, CK_FY, "Cook Islands", MFEM, 2),
  ("Approximately $0.4 million", 0.4e6, "~", ["tax", "tax collected on New Zealand superannuation income"], None, CK_FY, "Cook Islands", MFEM),
  ("$0.035 million", 0.035e6, "=", ["local elections", "elections"], None, CK_FY, "Cook Islands", MFEM),
  ("around $47 million", 47e6, "~", ["spending", "capital plan"], None, None, "Cook Islands", MFEM),
  ("$2 million", 2e6, "=", ["drainage and bridges", "bridges", "drainage"], None, None, "Rarotonga", MFEM),
  ("$5 million", 5e6, "=", ["Project City"], None, None, "Cook Islands", MFEM),
  ("$1.25 million", 1.25e6, "=", ["Rutaki foreshore revetment", "revetment"], None, "2015-07-01..2016-06-30", "Cook Islands", MFEM),
  ("$5 million", 5e6, "=", ["sanitation"], None, None, ["Rarotonga and Aitutaki", "Rarotonga", "Aitutaki"], MFEM, 1),
  ("$4.7 million", 4.7e6, "=", ["renewable energy"], None, None, "Cook Islands", MFEM),
  ("$186.9 million", 186.9e6, "=", ["Revenue"], None, None, "Cook Islands", MFEM)],
 ["aged 70", "fifty years", "over two years"]),
("z-fin-isle-of-man-budget-2026", "Isle of Man Today (iomtoday.co.im), with Manx Radio", "2026-02-17", "https://www.iomtoday.co.im/news/isle-of-man-budget-2026-gov-to-take-ps126m-out-of-reserves-to-help-balance-the-books-879414", "public finance",
 "DOUGLAS, Isle of Man - The Isle of Man Government will take £126m out of its reserves to balance its latest Budget, Treasury Minister Chris Thomas said, warning that leaning ever harder on those funds was straining the public finances. "
 "That drawdown is 54% bigger than the £82.2m which last year's Budget had pencilled in for 2026-27. "
 "The plan is for it to shrink each year, to £93.9m in 2027-28, £76m in 2028-29, £55.6m in 2029-30 and £35.8m in 2030-31. "
 "Thanks to strong investment returns, total reserves are still expected to grow over the next five years, from £1.95bn at present to £2.22bn by 2030-31, though much of the money is earmarked for state pensions, social security and the health service. "
 "Leaving aside investment returns and the growth of the funds, the government would draw down more than £120m in the coming year where it had forecast only £82.2m, Thomas said, blaming overspending on healthcare and rising building costs. "
 "His Budget also gives the health service an extra £45m and lifts the personal tax allowance by £2,250, from £14,750 to £17,000.",
 [("£126m", 126e6, "=", ["reserves", "drawdown"], None, IM_26, "Isle of Man", THOMAS),
  ("54%", 54, "=", ["drawdown"], None, IM_26, "Isle of Man", THOMAS),
  ("£82.2m", 82.2e6, "=", ["drawdown", "Budget"], None, IM_26, "Isle of Man", THOMAS),
  ("£93.9m", 93.9e6, "=", ["drawdown"], None, "2027-04-01..2028-03-31", "Isle of Man", THOMAS),
  ("£76m", 76e6, "=", ["drawdown"], None, "2028-04-01..2029-03-31", "Isle of Man", THOMAS),
  ("£55.6m", 55.6e6, "=", ["drawdown"], None, "2029-04-01..2030-03-31", "Isle of Man", THOMAS),
  ("£35.8m", 35.8e6, "=", ["drawdown"], None, "2030-04-01..2031-03-31", "Isle of Man", THOMAS),
  ("£1.95bn", 1.95e9, "=", ["total reserves", "reserves"], None, None, "Isle of Man", THOMAS),
  ("£2.22bn", 2.22e9, "=", ["total reserves", "reserves"], None, "2030-04-01..2031-03-31", "Isle of Man", THOMAS),
  ("more than £120m", 120e6, ">", ["reserves", "government"], None, IM_26, "Isle of Man", THOMAS),
  ("£82.2m", 82.2e6, "=", ["reserves", "forecast"], None, IM_26, "Isle of Man", THOMAS, 1),
  ("£45m", 45e6, "=", ["health service", "extra"], None, None, "Isle of Man", THOMAS),
  ("£2,250", 2250, "=", ["personal tax allowance", "tax allowance", "allowance"], "rose", None, "Isle of Man", THOMAS),
  ("£14,750", 14750, "=", ["personal tax allowance", "tax allowance", "allowance"], None, None, "Isle of Man", THOMAS),
  ("£17,000", 17000, "=", ["personal tax allowance", "tax allowance", "allowance"], None, None, "Isle of Man", THOMAS)],
 ["next five years"]),
("z-elec-palau-2024", "Pacific Island Times", "2024-11-06", "https://pacificislandtimes.com/post/whipps-leads-palau-s-presidential-race", "elections",
 "KOROR, Palau - President Surangel Whipps Jr. was ahead in Palau's presidential race with 58 percent (3,161) of the votes cast, against 41 percent (2,262) for former president Tommy E. Remengesau Jr., unofficial preliminary results from Tuesday's election showed. "
 "In the vice-presidential contest Raynold \"Arnold\" Oilouch had 70 percent (3,801) of the votes and J. Uduch Sengebau-Senior 28 percent (1,507), the Island Times reported. "
 "The partial count covered ballots from Central, Koror and Airai; votes from the rest of Babeldaob and from the outlying states of Peleliu, Angaur, Kayangel, Sonsorol and Hatohobei were still to be tallied. "
 "Absentee ballots, of which 2,913 were mailed out, are to be counted after seven days. "
 "So far 5,423 votes have been canvassed; 16,627 voters were registered in Palau as of July 15, 2024. "
 "The brothers-in-law were meeting for the second time: in 2016 Remengesau beat Whipps by only 264 votes (51.2 percent), helped by strong support among voters overseas. "
 "Remengesau conceded and thanked his supporters.",
 [("58 percent", 58, "=", ["votes", "votes cast"], None, PW_DAY, "Palau", PW_RES),
  ("3,161", 3161, "=", ["votes", "votes cast"], None, PW_DAY, "Palau", PW_RES),
  ("41 percent", 41, "=", ["votes", "votes cast"], None, PW_DAY, "Palau", PW_RES),
  ("2,262", 2262, "=", ["votes", "votes cast"], None, PW_DAY, "Palau", PW_RES),
  ("70 percent", 70, "=", ["votes"], None, PW_DAY, "Palau", PW_RES),
  ("3,801", 3801, "=", ["votes"], None, PW_DAY, "Palau", PW_RES),
  ("28 percent", 28, "=", ["votes"], None, PW_DAY, "Palau", PW_RES),
  ("1,507", 1507, "=", ["votes"], None, PW_DAY, "Palau", PW_RES),
  ("2,913", 2913, "=", ["Absentee ballots", "ballots"], None, None, "Palau", None),
  ("5,423 votes", 5423, "=", ["votes"], None, None, "Palau", None),
  ("16,627 voters", 16627, "=", ["voters", "registered voters"], "registered", "2024-07-15", "Palau", None),
  ("264 votes", 264, "=", ["votes"], None, "2016-01-01..2016-12-31", "Palau", None),
  ("51.2 percent", 51.2, "=", ["votes", "vote"], None, "2016-01-01..2016-12-31", "Palau", None)],
 ["seven days"]),
("z-elec-guernsey-2020", "BBC News (live page), with ITV Channel", "2020-10-11", "https://feeds.bbci.co.uk/news/live/world-europe-guernsey-54418783", "elections",
 "ST PETER PORT, Guernsey - Gavin St Pier topped the poll in Guernsey's first island-wide general election with the backing of 56% of voters, as 11 sitting deputies lost their seats and 19 first-time candidates won places in the 38-seat States. "
 "The results, chosen from a field of 119 candidates, were declared at 01:15 on Friday, 16 hours after counting of the first ballots began. "
 "Turnout reached a record of almost 80%, and more than half a million votes were cast, as each voter could back as many candidates as there were seats. "
 "More than 21,000 people, out of 31,301 on the electoral roll, chose a postal vote, and count staff had 14,000 postal votes ready before counting began on Thursday morning. "
 "Three committee presidents were among those who lost, including Home Affairs president Mary Lowe, the longest-serving member, who came 58th with 5,042 votes after 26 years in the States. "
 "Eight women and 30 men were elected, against 12 women in the last assembly, so the number of women will drop by a third. "
 "Among the winners, 22 stood as independents and 16 for two parties: the Guernsey Partnership of Independents won 10 seats and the Guernsey Party six, while the Alliance Party Guernsey had no one elected. "
 "Four of the six candidates entitled to ask for a recount did so; the recount left the elected candidates unchanged, with twenty fewer ballot papers accepted.",
 [("56% of voters", 56, "=", ["voters"], None, GY_DAY, "Guernsey", None),
  ("11 sitting deputies", 11, "=", ["sitting deputies", "deputies"], "lost", GY_DAY, "Guernsey", None),
  ("19 first-time candidates", 19, "=", ["first-time candidates", "candidates"], "won", GY_DAY, "Guernsey", None),
  ("119 candidates", 119, "=", ["candidates"], None, GY_DAY, "Guernsey", None),
  ("almost 80%", 80, "nearly", ["Turnout"], None, GY_DAY, "Guernsey", None),
  ("more than half a million votes", 500000, ">", ["votes"], "cast", GY_DAY, "Guernsey", None),
  ("More than 21,000 people", 21000, ">", ["people", "postal vote"], None, GY_DAY, "Guernsey", None),
  ("31,301", 31301, "=", ["people", "electoral roll"], None, GY_DAY, "Guernsey", None),
  ("14,000 postal votes", 14000, "=", ["postal votes", "votes"], None, None, "Guernsey", None),
  ("Three committee presidents", 3, "=", ["committee presidents", "presidents"], "lost", GY_DAY, "Guernsey", None),
  ("5,042 votes", 5042, "=", ["votes"], None, GY_DAY, "Guernsey", None),
  ("Eight women", 8, "=", ["women"], None, GY_DAY, "Guernsey", None),
  ("30 men", 30, "=", ["men"], None, GY_DAY, "Guernsey", None),
  ("12 women", 12, "=", ["women"], None, None, "Guernsey", None),
  ("22", 22, "=", ["winners", "independents"], None, GY_DAY, "Guernsey", None),
  ("16", 16, "=", ["winners", "parties"], None, GY_DAY, "Guernsey", None, 1),
  ("two parties", 2, "=", ["parties"], None, GY_DAY, "Guernsey", None),
  ("10 seats", 10, "=", ["seats"], "won", GY_DAY, "Guernsey", None),
  ("six", 6, "=", ["seats", "Guernsey Party"], None, GY_DAY, "Guernsey", None),
  ("Four", 4, "=", ["candidates"], None, None, "Guernsey", None),
  ("six candidates", 6, "=", ["candidates"], None, None, "Guernsey", None),
  ("twenty fewer ballot papers", 20, "=", ["ballot papers"], None, None, "Guernsey", None)],
 ["38-seat", "16 hours", "58th", "26 years", "a third", "01:15"]),
("z-biz-sbm-monaco-2024-25", "Monaco Tribune, with SBM's 2024/2025 universal registration document", "2025-05-30", "https://www.monaco-tribune.com/en/2025/05/financial-results-record-year-for-sbm/", "company results",
 "MONACO - Société des Bains de Mer (SBM) reported record results for its financial year 2024-2025, which closed on 31 March, with turnover of €768 million, up 9%, chairman and chief executive Stéphane Valeri said on Wednesday 28 May. "
 "Speaking at One Monte-Carlo, Valeri credited a busy summer season at the resort, the year-end festivities and the group's lively hotel and restaurant business for the growth. "
 "Hospitality, helped by the Amazónico restaurant that opened early in April and the Café de Paris brasserie that reopened at the end of 2023, was the largest contributor, bringing in 399.9 million euros, 16% more than a year before, thanks to fuller hotels and dearer rooms in the summer. "
 "Across every hotel and season, the average room rate came to €800 per night, the highest SBM has ever recorded, Valeri said. "
 "Restaurant turnover grew fastest within hospitality (+24%) but remained the group's least profitable activity, he said, because payroll often takes over fifty per cent of it. "
 "In its annual report the group gave an operating profit of 74.5 million euros, up 0.9 million euros on the previous year's 73.6 million euros, and a net profit of 110.1 million euros, 6.2 million euros more than a year earlier.",
 [("€768 million", 768e6, "=", ["turnover"], None, SBM_FY, "Monaco", VALERI),
  ("9%", 9, "=", ["turnover"], "rose", SBM_FY, "Monaco", VALERI),
  ("399.9 million euros", 399.9e6, "=", ["Hospitality", "hospitality sector"], None, SBM_FY, "Monaco", VALERI),
  ("16%", 16, "=", ["Hospitality", "hospitality sector"], None, SBM_FY, "Monaco", VALERI),
  ("€800", 800, "=", ["average room rate", "room rate"], None, SBM_FY, "Monaco", VALERI),
  ("+24%", 24, "=", ["Restaurant turnover", "turnover"], "rose", SBM_FY, "Monaco", VALERI),
  ("over fifty per cent", 50, ">", ["payroll", "turnover"], None, None, "Monaco", VALERI),
  ("74.5 million euros", 74.5e6, "=", ["operating profit"], None, SBM_FY, "Monaco", SBM_AR),
  ("0.9 million euros", 0.9e6, "=", ["operating profit"], "rose", SBM_FY, "Monaco", SBM_AR),
  ("73.6 million euros", 73.6e6, "=", ["operating profit"], None, SBM_FY0, "Monaco", SBM_AR),
  ("110.1 million euros", 110.1e6, "=", ["net profit"], None, SBM_FY, "Monaco", SBM_AR),
  ("6.2 million euros", 6.2e6, "=", ["net profit"], None, SBM_FY, "Monaco", SBM_AR)],
 []),
("z-biz-manx-telecom-h1-2016", "Sharecast, with Isle of Man Today", "2016-09-13", "https://sharecast.com/news/aim-bulletin/manx-telecom-treading-water-in-first-half-results--1707514.html", "company results",
 "LONDON (Sharecast) - Manx Telecom, the Isle of Man's main communications provider, reported first-half revenue of £39.2m on Tuesday, a little below the £39.8m of the first six months of 2015. "
 "The AIM-listed company said fixed line, broadband and data revenue rose 1.3% on demand for high-speed broadband, and core mobile revenue grew 4.7%, although lower roaming charges offset the gain. "
 "Global Solutions revenue climbed 12.4%, the board said, while data centre revenue fell 15.7% as low-margin kit sales shrank and customers consolidated. "
 "EBITDA was unchanged at £13.8m and underlying pre-tax profit edged ahead to £8.3m from £8.2m. "
 "Operating cash flow slipped to £10.1m from £10.4m, but free cash flow jumped 32.2% to £8.0m, and net debt came down to £53.1m from £56.1m over the half. "
 "The interim dividend was raised to 3.7p from 3.5p a year earlier. "
 "Chief executive Gary Lamb said the group had traded solidly over the six months and performed in line with the board's expectations.",
 [("£39.2m", 39.2e6, "=", ["revenue", "first-half revenue"], None, MT_H1, None, MT),
  ("£39.8m", 39.8e6, "=", ["revenue"], None, MT_H0, None, MT),
  ("1.3%", 1.3, "=", ["fixed line, broadband and data revenue", "revenue", "data revenue"], "rose", MT_H1, None, MT),
  ("4.7%", 4.7, "=", ["core mobile revenue", "mobile revenue"], "rose", MT_H1, None, MT),
  ("12.4%", 12.4, "=", ["Global Solutions revenue", "revenue"], "rose", MT_H1, None, MT),
  ("15.7%", 15.7, "=", ["data centre revenue", "revenue"], "fell", MT_H1, None, MT),
  ("£13.8m", 13.8e6, "=", ["EBITDA"], None, MT_H1, None, MT),
  ("£8.3m", 8.3e6, "=", ["underlying pre-tax profit", "pre-tax profit", "profit"], None, MT_H1, None, MT),
  ("£8.2m", 8.2e6, "=", ["underlying pre-tax profit", "pre-tax profit", "profit"], None, MT_H0, None, MT),
  ("£10.1m", 10.1e6, "=", ["Operating cash flow", "cash flow"], None, MT_H1, None, MT),
  ("£10.4m", 10.4e6, "=", ["Operating cash flow", "cash flow"], None, MT_H0, None, MT),
  ("32.2%", 32.2, "=", ["free cash flow", "cash flow"], "rose", MT_H1, None, MT),
  ("£8.0m", 8.0e6, "=", ["free cash flow", "cash flow"], None, MT_H1, None, MT),
  ("£53.1m", 53.1e6, "=", ["net debt", "debt"], None, "2016-06-30", None, MT),
  ("£56.1m", 56.1e6, "=", ["net debt", "debt"], None, None, None, MT),
  ("3.7p", 3.7, "=", ["interim dividend", "dividend"], None, MT_H1, None, MT),
  ("3.5p", 3.5, "=", ["interim dividend", "dividend"], None, MT_H0, None, MT)],
 ["first six months", "six months"]),
("z-health-kiribati-dengue-2018", "The Fiji Times, with the Pacific Syndromic Surveillance System bulletin (ReliefWeb)", "2018-05-31", "https://www.fijitimes.com/one-dead-and-hundreds-sick-from-dengue-in-kiribati/", "health",
 "TARAWA, Kiribati - Suspected dengue fever has killed one child and made nearly 500 people ill in Kiribati during the past two months, health officials say. "
 "Kiribati's Ministry of Health has logged 472 suspected cases since the outbreak started in late March; samples were sent to a laboratory to be tested. "
 "Eighteen people have been admitted to hospital, and the child who died of the mosquito-borne disease was nine years old. "
 "The World Health Organisation said dengue outbreaks were still going on in Fiji and Vanuatu, while cases reported in American Samoa and Tonga had dropped sharply. "
 "Wallis and Futuna had recorded 138 cases, among them 13 hospitalisations, as of 29 May, and in New Caledonia 82% of cases were of serotype two, Pacific surveillance data showed. "
 "New Zealand's foreign minister Winston Peters has pledged $2.7 million (US$1.9 million) to fight the dengue epidemic in Fiji, money that will go to the World Mosquito Programme.",
 [("one child", 1, "=", ["child"], "killed", KI_2M, "Kiribati", KI_MOH),
  ("nearly 500 people", 500, "nearly", ["people"], None, KI_2M, "Kiribati", KI_MOH),
  ("472 suspected cases", 472, "=", ["suspected cases", "cases"], None, KI_OB, "Kiribati", KI_MOH),
  ("Eighteen people", 18, "=", ["people"], None, KI_OB, "Kiribati", KI_MOH),
  ("138 cases", 138, "=", ["cases"], None, None, "Wallis and Futuna", ["Pacific surveillance data", "surveillance data"]),
  ("13 hospitalisations", 13, "=", ["hospitalisations"], None, None, "Wallis and Futuna", ["Pacific surveillance data", "surveillance data"]),
  ("82%", 82, "=", ["cases"], None, None, "New Caledonia", ["Pacific surveillance data", "surveillance data"]),
  ("$2.7 million", 2.7e6, "=", ["fight", "dengue epidemic"], None, None, "Fiji", ["Winston Peters", "Peters", "New Zealand's foreign minister Winston Peters"]),
  ("US$1.9 million", 1.9e6, "=", ["fight", "dengue epidemic"], None, None, "Fiji", ["Winston Peters", "Peters", "New Zealand's foreign minister Winston Peters"])],
 ["two months", "nine years old", "serotype two"]),
("z-health-kiribati-rotavirus-2013", "Western Pacific Surveillance and Response Journal, with Radio Australia (via PNG Facts)", "2014-06-30", "https://distantreader.org/stacks/journals/wpsar/wpsar-224.htm", "health",
 "SOUTH TARAWA, Kiribati - A rotavirus outbreak on South Tarawa made 1118 people ill with gastroenteritis between 10 and 24 July 2013, put 103 of them in hospital and killed six, according to a study in the Western Pacific Surveillance and Response Journal. "
 "Children younger than five made up 93.4% of the cases, and rotavirus was found in 81% of the specimens tested, wrote the authors, from Kiribati's Ministry of Health and Medical Services, the Pacific Community and WHO. "
 "It was the biggest diarrhoea outbreak Kiribati had seen in five years, they said, and it began during the annual independence celebrations. "
 "While the outbreak was under way, the ministry said it had identified 500 cases, 93 per cent of them in children aged under five. "
 "Dr Teatao Tiira, who directs public health services, said on Radio Australia's Pacific Beat at the time that the children who died had all been malnourished and that the outbreak would be declared over once fewer than 10 cases a day were reported.",
 [("1118 people", 1118, "=", ["people", "cases", "gastroenteritis"], None, KI_JUL, "South Tarawa", KI_STUDY),
  ("103", 103, "=", ["people", "cases"], None, KI_JUL, "South Tarawa", KI_STUDY),
  ("six", 6, "=", ["people", "cases"], "killed", KI_JUL, "South Tarawa", KI_STUDY),
  ("93.4%", 93.4, "=", ["cases"], None, KI_JUL, "South Tarawa", KI_STUDY),
  ("81%", 81, "=", ["specimens", "specimens tested"], None, KI_JUL, "South Tarawa", KI_STUDY),
  ("500 cases", 500, "=", ["cases"], None, None, "South Tarawa", ["Ministry of Health and Medical Services", "the ministry", "ministry"]),
  ("93 per cent", 93, "=", ["cases", "500 cases"], None, None, "South Tarawa", ["Ministry of Health and Medical Services", "the ministry", "ministry"]),
  ("fewer than 10 cases", 10, "<", ["cases"], None, None, "South Tarawa", TIIRA)],
 ["younger than five", "five years", "aged under five"]),
("z-disaster-chuuk-maysak-2015", "Associated Press (via the Honolulu Star-Advertiser), with PNC Guam", "2015-03-31", "https://www.staradvertiser.com/2015/03/31/breaking-news/at-least-5-dead-as-typhoon-hits-micronesia/", "disasters",
 "HAGATNA, Guam (AP) - Typhoon Maysak has killed at least five people in the Micronesian state of Chuuk, officials said, as the storm bore down on the neighbouring island of Yap, where winds of 74 mph or more were expected early on Wednesday. "
 "Micronesia's public information officer, Marz Akapito, gave the early death toll in a radio broadcast, the Pacific Daily News reported: four of the dead were on Weno and one death was in the Mortlock Islands. "
 "Damage across Chuuk was extensive, with some homes wrecked; many houses lost their roofs or were carried off, and trees and poles along the main road were flattened, said Kane Faylim, the Chuuk state government's airport manager. "
 "Robert Ruecho, the Federated States of Micronesia's consul general on Guam, said a person at Chuuk's weather office had told him about 80 percent of Weno's houses, mostly built of wood and tin, were damaged. "
 "The eye of the typhoon passed straight over Weno with winds sustained at 75-80 miles per hour, according to National Weather Service forecaster Derek Williams. "
 "Yap Island is home to about 11,000 people, and forecasters were most worried about Fais and Ulithi, low atolls to its northwest, as the storm's sustained winds reached around 150 miles per hour.",
 [("at least five people", 5, ">=", ["people"], "killed", None, "Chuuk", AKAP),
  ("74 mph", 74, ">=", ["winds"], None, None, "Yap", ["National Weather Service"]),
  ("four", 4, "=", ["dead", "people"], "killed", None, "Weno", AKAP),
  ("one death", 1, "=", ["death"], "killed", None, "Mortlock Islands", AKAP),
  ("about 80 percent", 80, "~", ["houses"], "damaged", None, "Weno", ["Robert Ruecho", "Ruecho"]),
  ("75-80 miles per hour", None, ("range", 75, 80), ["sustained winds", "winds"], None, None, "Weno", ["Derek Williams", "National Weather Service forecaster Derek Williams", "National Weather Service"]),
  ("about 11,000 people", 11000, "~", ["people"], None, None, "Yap", None),
  ("around 150 miles per hour", 150, "~", ["sustained winds", "winds"], None, None, None, None)],
 []),
("z-disaster-tuvalu-tino-2020", "RNZ (via Azerbaycan24)", "2020-01-18", "https://www.azerbaycan24.com/en/it-swept-right-over-tuvalu-inundated-by-waves-whipped-up-by-cyclone-tino/", "disasters",
 "FUNAFUTI, Tuvalu (RNZ) - Cyclone Tino has forced the evacuation of hundreds of people in Tuvalu, its fierce winds and huge waves leaving a trail of damage across the country. "
 "Hardly any of Tuvalu's 14 islands escaped harm, said Sumeo Silu, who heads the national disaster management office; two hundred people were evacuated on the main island of Funafuti alone, and reports of serious damage to infrastructure were coming in from the outer islands. "
 "On Friday the Funafuti lagoon, usually calm and glittering, was churned into a muddy torrent, and two giant barges were torn from their moorings and dumped on the beach, local broadcaster Semi Malaki said. "
 "Tino was some 500km from Funafuti on Thursday and Friday, over northern Fijian waters, yet its winds still tore roofs from houses and brought down many trees. "
 "The worst damage came from waves the storm raised on top of a king tide: out at sea they were as high as eight metres, Silu said, in a country whose highest ground is just four metres above the sea.",
 [("hundreds of people", None, ("vague", 200, 1000), ["people"], "evacuated", None, "Tuvalu", SILU),
  ("14 islands", 14, "=", ["islands"], None, None, "Tuvalu", SILU),
  ("two hundred people", 200, "=", ["people"], "evacuated", None, "Funafuti", SILU),
  ("two giant barges", 2, "=", ["barges", "giant barges"], None, "2020-01-17", "Funafuti", ["Semi Malaki", "local broadcaster Semi Malaki", "Malaki"]),
  ("some 500km", 500, "~", None, None, None, None, None),
  ("eight metres", 8, "=", ["waves"], None, None, "Tuvalu", SILU),
  ("four metres", 4, "=", ["highest ground", "ground"], None, None, "Tuvalu", SILU)],
 []),
("z-mig-nauru-offshore-2019", "Refugee Council of Australia", "2019-10-25", "https://www.refugeecouncil.org.au/operation-sovereign-borders-offshore-detention-statistics/2/", "migration",
 "SYDNEY - Australia has sent 4,177 people to Nauru or Papua New Guinea since it started offshore processing on 13 August 2012, according to figures compiled by the Refugee Council of Australia. "
 "Of them, 3,127 were sent after 19 July 2013, the day from which the government's policy was that such people would never be resettled in Australia. "
 "Figures given at Senate estimates on 21 October show 562 people on Nauru and in PNG together as of 30 September 2019, plus 47 held by PNG at the Bomana Detention Centre; by 21 October only 3 men were left on Manus Island, the others having been moved to Port Moresby. "
 "By 30 September, 632 people had gone to the United States. "
 "A more detailed breakdown from the Department of Home Affairs, as of 28 August 2019, counted 288 people on Nauru, 306 in PNG and 53 more in detention in PNG, 647 people in all, while 619 had moved to the US for resettlement: 330 from Nauru, 279 from PNG and 10 from Australia. "
 "A further 258 had been accepted by the US but were still waiting to leave, 85 of them from Nauru, 35 from PNG and 138 from Australia. "
 "The last four children on Nauru left for the US on 28 February 2019, and seven people went to Cambodia under a deal that ended in September 2018.",
 [("4,177 people", 4177, "=", ["people"], None, "2012-08-13..2019-10-25", ["Nauru or Papua New Guinea", "Nauru", "Papua New Guinea"], RCOA),
  ("3,127", 3127, "=", ["people"], None, "2013-07-19..2019-10-25", ["Nauru or Papua New Guinea", "Nauru", "Papua New Guinea"], RCOA),
  ("562 people", 562, "=", ["people"], None, "2019-09-30", ["Nauru and in PNG", "Nauru", "PNG"], SEN),
  ("47", 47, "=", ["people", "detainees"], None, "2019-09-30", ["Bomana Detention Centre", "PNG"], SEN),
  ("3 men", 3, "=", ["men"], None, "2019-10-21", "Manus Island", SEN),
  ("632 people", 632, "=", ["people"], None, "2019-09-30", ["United States", "US"], SEN),
  ("288 people", 288, "=", ["people"], None, "2019-08-28", "Nauru", DHA),
  ("306", 306, "=", ["people"], None, "2019-08-28", "PNG", DHA),
  ("53", 53, "=", ["people"], None, "2019-08-28", "PNG", DHA),
  ("647 people", 647, "=", ["people"], None, "2019-08-28", None, DHA),
  ("619", 619, "=", ["people"], None, "2019-08-28", ["US", "United States"], DHA),
  ("330", 330, "=", ["people"], None, "2019-08-28", "Nauru", DHA),
  ("279", 279, "=", ["people"], None, "2019-08-28", "PNG", DHA),
  ("10", 10, "=", ["people"], None, "2019-08-28", "Australia", DHA),
  ("258", 258, "=", ["people"], None, "2019-08-28", ["US", "United States"], DHA),
  ("85", 85, "=", ["people"], None, "2019-08-28", "Nauru", DHA),
  ("35", 35, "=", ["people"], None, "2019-08-28", "PNG", DHA),
  ("138", 138, "=", ["people"], None, "2019-08-28", "Australia", DHA),
  ("four children", 4, "=", ["children"], None, "2019-02-28", "Nauru", RCOA),
  ("seven people", 7, "=", ["people"], None, None, "Cambodia", RCOA)],
 []),
("z-sport-island-games-2013", "BBC Sport", "2013-07-20", "https://www.bbc.com/sport/23406086", "sport",
 "HAMILTON, Bermuda (BBC) - The Isle of Man ended the 2013 Island Games in Bermuda on top of the medal table with 36 gold, 36 silver and 25 bronze medals, well clear of the hosts (27 golds) and Jersey (23 golds). "
 "The island's 84-strong team took home 97 medals from the six-day event, 36 of them gold. "
 "Close to half of that haul came from the men's and women's gymnastics squads, whose 47 medals included 18 golds, 14 silvers and 15 bronzes. "
 "Andrew Roche took the cycling time trial for the 10th year in a row and helped the team to gold, and the Manx cyclists finished with eight medals on and off road. "
 "On the track Kevin Loundes won two golds, and the athletics team ended with 15 medals, six of them gold. "
 "The swimmers won 16 medals, seven of them gold, with Grant Halsall taking two of those. "
 "The team also won a triathlon bronze on the opening day, and the beach volleyball players won the island's first ever match on Bermuda's sand.",
 [("36 gold", 36, "=", ["gold", "gold medals", "medals"], None, IG_13, "Bermuda", None),
  ("36 silver", 36, "=", ["silver", "silver medals", "medals"], None, IG_13, "Bermuda", None),
  ("25 bronze medals", 25, "=", ["bronze medals", "medals"], None, IG_13, "Bermuda", None),
  ("27 golds", 27, "=", ["golds"], None, IG_13, "Bermuda", None),
  ("23 golds", 23, "=", ["golds"], None, IG_13, "Bermuda", None),
  ("97 medals", 97, "=", ["medals"], None, IG_13, "Bermuda", None),
  ("36 of them gold", 36, "=", ["gold", "medals"], None, IG_13, "Bermuda", None),
  ("47 medals", 47, "=", ["medals"], None, IG_13, "Bermuda", None),
  ("18 golds", 18, "=", ["golds"], None, IG_13, "Bermuda", None),
  ("14 silvers", 14, "=", ["silvers"], None, IG_13, "Bermuda", None),
  ("15 bronzes", 15, "=", ["bronzes"], None, IG_13, "Bermuda", None),
  ("eight medals", 8, "=", ["medals"], None, IG_13, "Bermuda", None),
  ("two golds", 2, "=", ["golds"], "won", IG_13, "Bermuda", None),
  ("15 medals", 15, "=", ["medals"], None, IG_13, "Bermuda", None),
  ("six of them gold", 6, "=", ["gold", "medals"], None, IG_13, "Bermuda", None),
  ("16 medals", 16, "=", ["medals"], "won", IG_13, "Bermuda", None),
  ("seven of them gold", 7, "=", ["gold", "medals"], None, IG_13, "Bermuda", None),
  ("two of those", 2, "=", ["gold", "golds", "medals"], None, IG_13, "Bermuda", None)],
 ["84-strong", "six-day", "Close to half", "10th year"]),
("z-transport-steam-packet-tt-2024", "Isle of Man Today (iomtoday.co.im)", "2024-06-06", "https://www.iomtoday.co.im/news/isle-of-man-tt-2024-steam-packet-sees-huge-jump-in-passenger-numbers-for-the-races-694693", "transport",
 "DOUGLAS, Isle of Man - Almost 38,000 people will have crossed to the Isle of Man by ferry for this year's TT races, the Isle of Man Steam Packet Company (IOMSPC) said, the highest figure since comparable records began in 1986 except for the centenary event of 2007. "
 "Over the TT period (May 22nd to June 7th), 37,808 passengers, along with 5,488 cars or vans and 13,385 motorbikes, are expected to have sailed to the island aboard the Manxman or the fast craft Manannan, the company said. "
 "That compares with 34,071 passengers last year and 33,799 in 2018, five years earlier, and amounts to an 11 per cent rise on 2023. "
 "Only the 2007 Centenary TT saw more: 47,230 passengers came over then on five passenger vessels, three of them chartered specially for the anniversary. "
 "Freight carried each day by the Ben-my-Chree was up too, by 15 per cent on the same TT period last year. "
 "The Manxman, which has room for 948 passengers and 52 crew - 300 more than the Ben-my-Chree - is the largest and most modern ship the island has had, the company said.",
 [("Almost 38,000 people", 38000, "nearly", ["people", "passengers"], None, TT24, "Isle of Man", SP),
  ("37,808 passengers", 37808, "=", ["passengers"], None, TT24, "Isle of Man", SP),
  ("5,488 cars or vans", 5488, "=", ["cars or vans", "cars", "vans"], None, TT24, "Isle of Man", SP),
  ("13,385 motorbikes", 13385, "=", ["motorbikes"], None, TT24, "Isle of Man", SP),
  ("34,071 passengers", 34071, "=", ["passengers"], None, "2023-01-01..2023-12-31", "Isle of Man", SP),
  ("33,799", 33799, "=", ["passengers"], None, "2018-01-01..2018-12-31", "Isle of Man", SP),
  ("11 per cent", 11, "=", ["passengers", "rise"], "rose", TT24, "Isle of Man", SP),
  ("47,230 passengers", 47230, "=", ["passengers"], None, "2007-01-01..2007-12-31", "Isle of Man", SP),
  ("five passenger vessels", 5, "=", ["passenger vessels", "vessels"], None, "2007-01-01..2007-12-31", "Isle of Man", SP),
  ("three", 3, "=", ["vessels", "passenger vessels"], None, "2007-01-01..2007-12-31", "Isle of Man", SP),
  ("15 per cent", 15, "=", ["Freight"], "rose", TT24, "Isle of Man", SP),
  ("948 passengers", 948, "=", ["passengers"], None, None, None, SP),
  ("52 crew", 52, "=", ["crew"], None, None, None, SP),
  ("300 more", 300, "=", ["passengers", "room"], None, None, None, SP)],
 ["five years earlier", "22nd", "7th"]),
("z-conflict-laos-uxo-h1-2024", "Xinhua (via Lokmat Times)", "2024-07-03", "https://www.lokmattimes.com/international/seven-killed-43-injured-in-unexploded-ordnance-accidents-in-laos/", "conflict",
 "VIENTIANE, July 3 (Xinhua) - Accidents with unexploded ordnance (UXO) killed seven people and injured 43 others in Laos in the first half of the year, most of them when children played with the devices or farmers were digging, the country's UXO regulator said. "
 "From January to June more than 33,500 UXO items were cleared from 2,543 hectares of land, the Lao National Regulatory Authority for the UXO/Mine Action Sector said in a report issued on Wednesday. "
 "A total of 1,425 risk education sessions on explosive ordnance were held in 472 villages and drew 153,663 people, the report said. "
 "It counted twenty UXO accidents with 43 victims, and said assistance had gone to 1,832 victims of such accidents. "
 "More than 2 million tons of ordnance fell on Laos between 1964 and 1973, and 30 per cent of it did not go off, making Laos the world's most heavily bombed country per head of population. "
 "US warplanes dropped more than 270 million cluster munitions, so that an estimated 80 million live bomblets still lie scattered or buried across the country.",
 [("seven people", 7, "=", ["people"], "killed", LA_H1, "Laos", NRA),
  ("43 others", 43, "=", ["others", "people"], "injured", LA_H1, "Laos", NRA),
  ("more than 33,500 UXO items", 33500, ">", ["UXO items", "items"], None, LA_H1, "Laos", NRA),
  ("2,543 hectares", 2543, "=", None, None, LA_H1, "Laos", NRA),
  ("1,425", 1425, "=", ["risk education sessions", "sessions"], None, LA_H1, "Laos", NRA),
  ("472 villages", 472, "=", ["villages"], None, LA_H1, "Laos", NRA),
  ("153,663 people", 153663, "=", ["people"], None, LA_H1, "Laos", NRA),
  ("twenty UXO accidents", 20, "=", ["UXO accidents", "accidents"], None, LA_H1, "Laos", NRA),
  ("43 victims", 43, "=", ["victims"], None, LA_H1, "Laos", NRA),
  ("1,832 victims", 1832, "=", ["victims"], None, LA_H1, "Laos", NRA),
  ("More than 2 million tons", 2e6, ">", ["ordnance"], None, LA_WAR, "Laos", None),
  ("30 per cent", 30, "=", ["ordnance"], None, LA_WAR, "Laos", None),
  ("more than 270 million cluster munitions", 270e6, ">", ["cluster munitions", "munitions"], None, None, "Laos", None),
  ("an estimated 80 million", 80e6, "=", ["live bomblets", "bomblets"], None, None, "Laos", None)],
 ["first half"]),
]
