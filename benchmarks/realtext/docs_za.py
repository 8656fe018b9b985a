# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, twenty-fifth set: sixteen more rewritten reports across beats (Aruba, Curaçao, Turks and Caicos
Islands, St Kitts and Nevis, Dominica, Hong Kong, French Polynesia, American Samoa, Northern Mariana Islands
and Haiti material), annotated before the extractor was run on them and scored unseen (heldout25/README.md);
not used to shape rules.

Same tuple layout as docs_c.py .. docs_z.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout25/ by build.py."""
CBS_AW = ["Central Bureau of Statistics", "Central Bureau of Statistics (CBS)", "CBS", "the bureau", "bureau"]
AW_OCT = "2022-10-01..2022-10-31"
CBS_CW = ["Central Bureau of Statistics", "Central Bureau of Statistics (CBS)", "CBS", "the bureau", "bureau"]
CW_DEC = "2017-12-01..2017-12-31"
CW_NOV = "2017-11-01..2017-11-30"
CW_Y17 = "2017-01-01..2017-12-31"
TCI_CAB = ["Cabinet", "Turks and Caicos Islands Cabinet"]
TCI_YTD = "2014-04-01..2014-09-30"
TCI_YTD0 = "2013-04-01..2013-09-30"
TCI_REP = ["fourth-quarter financial report", "the government's fourth-quarter financial report", "report", "the report", "government"]
TCI_FY = "2015-04-01..2016-03-31"
TCI_Q4 = "2016-01-01..2016-03-31"
SKN = ["official figures", "Supervisor of Elections Wingrove George", "Wingrove George", "George", "Supervisor of Elections"]
SKN_DAY = "2015-02-16"
DM_EO = ["Electoral Office", "the Electoral Office"]
DM_DAY = "2022-12-06"
CX = ["Cathay Pacific Airways", "Cathay Pacific", "the Hong Kong flag carrier", "airline", "the airline"]
CX_H1 = "2019-01-01..2019-06-30"
CX_H0 = "2018-01-01..2018-06-30"
ATN = ["Air Tahiti Nui", "the airline", "airline", "Michel Monvoisin", "Monvoisin", "chief executive Michel Monvoisin"]
ATN_16 = "2016-01-01..2016-12-31"
ATN_15 = "2015-01-01..2015-12-31"
PF_MOH = ["Health Ministry", "the Health Ministry", "the ministry", "ministry"]
PF_DEPT = ["health department", "the health department"]
TUFA = ["Dr Aifili Tufa", "Aifili Tufa", "Tufa", "Department of Health epidemiologist Dr Aifili Tufa", "Department of Health"]
AS_SR = ["situation report", "the department's latest situation report", "Hawaii State Lab", "Department of Health", "department"]
AS_SRP = "2018-09-22..2018-10-25"
YUTU_DAY = "2018-10-25"
GOV = ["governor's office", "the governor's office"]
HOSP = ["The territory's only hospital", "hospital", "the territory's only hospital"]
MUNA = ["Esther Muna", "Muna", "Hospital chief executive Esther Muna"]
NWS = ["National Weather Service", "the National Weather Service"]
ERIKA_OFF = ["officials", "authorities", "Prime Minister Roosevelt Skerrit", "Roosevelt Skerrit", "Skerrit"]
CDERA = ["Caribbean Disaster Emergency Response Agency", "the Barbados-based Caribbean Disaster Emergency Response Agency"]
SKERRIT = ["Prime Minister Roosevelt Skerrit", "Roosevelt Skerrit", "Skerrit"]
PINARD = ["Ian Pinard", "Pinard", "Public works minister Ian Pinard"]
TCI_MIN = ["Ministry of Immigration", "the Ministry of Immigration", "the ministry", "ministry"]
TCI_DAY = "2020-10-16"
HKM_DAY = "2024-01-21"
HKIA_AA = ["Airport Authority", "the Airport Authority"]
HK_H1 = "2011-01-01..2011-06-30"
HK_JUN = "2011-06-01..2011-06-30"
IOM = ["International Organization for Migration", "IOM", "the U.N. agency", "U.N. agency"]
HORACE = ["Bertide Horace", "Horace", "a spokeswoman for a local peace commission"]

DOCS = [
("za-econ-aruba-cpi-oct-2022", "Aruba Today (Central Bureau of Statistics release)", "2022-11-15", "https://arubatoday.com/consumer-price-index-base-period-june-2019-october-2022", "economy",
 "ORANJESTAD, Aruba - Consumer prices in Aruba edged up 0.1% in October 2022 from the month before, the Central Bureau of Statistics (CBS) said, as its index moved to 106.30 from September's 106.20, leaving prices 5.7% higher than at the start of the year. "
 "Measured from October 2021 to October 2022, the CPI climbed 7.0 per cent, a gain 4.6 percentage points bigger than the 2.4% seen over the same span a year earlier. "
 "Taken as an average across the last 24 months, the change came to 5.1%, against a drop of 0.3% in the two years before that, a swing of 5.4 ppts, the bureau noted. "
 "In October prices went up in just four (4) sectors out of twelve (12). "
 "Recreation and culture and household operation both rose 2.8%, lifting the index by 0.26 and 0.25 percentage points respectively. "
 "Pulling the other way were transport, down 1.6%, and clothing and footwear, down 5.8%, which took off 0.23 and 0.15 points.",
 [("0.1%", 0.1, "=", ["Consumer prices", "prices"], "rose", AW_OCT, "Aruba", CBS_AW),
  ("106.30", 106.3, "=", ["index", "CPI"], None, AW_OCT, "Aruba", CBS_AW),
  ("106.20", 106.2, "=", ["index", "CPI"], None, "2022-09-01..2022-09-30", "Aruba", CBS_AW),
  ("5.7%", 5.7, "=", ["prices", "Consumer prices"], None, "2022-01-01..2022-10-31", "Aruba", CBS_AW),
  ("7.0 per cent", 7.0, "=", ["CPI"], "rose", "2021-10-01..2022-10-31", "Aruba", CBS_AW),
  ("4.6 percentage points", 4.6, "=", ["gain", "CPI"], None, "2021-10-01..2022-10-31", "Aruba", CBS_AW),
  ("2.4%", 2.4, "=", ["CPI", "gain"], None, "2020-10-01..2021-10-31", "Aruba", CBS_AW),
  ("5.1%", 5.1, "=", ["change", "CPI"], None, "2020-10-01..2022-10-31", "Aruba", CBS_AW),
  ("0.3%", 0.3, "=", ["change", "CPI"], "fell", "2019-10-01..2021-10-31", "Aruba", CBS_AW),
  ("5.4 ppts", 5.4, "=", ["swing", "change"], None, None, "Aruba", CBS_AW),
  ("four", 4, "=", ["sectors"], None, AW_OCT, "Aruba", CBS_AW),
  ("twelve", 12, "=", ["sectors"], None, None, "Aruba", CBS_AW),
  ("2.8%", 2.8, "=", ["Recreation and culture", "household operation", "Recreation and culture and household operation"], "rose", AW_OCT, "Aruba", CBS_AW),
  ("0.26", 0.26, "=", ["index", "Recreation and culture"], None, AW_OCT, "Aruba", CBS_AW),
  ("0.25 percentage points", 0.25, "=", ["index", "household operation"], None, AW_OCT, "Aruba", CBS_AW),
  ("1.6%", 1.6, "=", ["transport"], "fell", AW_OCT, "Aruba", CBS_AW),
  ("5.8%", 5.8, "=", ["clothing and footwear", "clothing"], "fell", AW_OCT, "Aruba", CBS_AW),
  ("0.23", 0.23, "=", ["index", "transport"], None, AW_OCT, "Aruba", CBS_AW),
  ("0.15 points", 0.15, "=", ["index", "clothing and footwear"], None, AW_OCT, "Aruba", CBS_AW)],
 ["24 months", "two years", "(4)", "(12)"]),
("za-econ-curacao-cpi-dec-2017", "Central Bureau of Statistics Curaçao (press release)", "2018-01-30", "http://www.cbs.cw/website/press-releases-2018_3499/item/consumerprices-december-2018-inflation-rate-2017_1939.html", "economy",
 "WILLEMSTAD, Curaçao - Consumer prices in Curaçao rose 0.2 percent in December 2017, lifting the consumer price index (CPI) from 126.1 in November to 126.3, the Central Bureau of Statistics (CBS) said. "
 "Petrol got 4% cheaper during the month, while electricity cost more (+3%) and cooking gas, the most striking change, went up 25%. "
 "A large gas cylinder now sells for ANG 50 rather than ANG 40, and the charge for a small one, known locally as a bomb, has gone to ANG 10 from ANG 8; the old price had not changed since February 2016, and the new one is back at its September 2015 level. "
 "At 126.3, the December index was 1.7 percent above the 124.2 of a year earlier, the bureau said. "
 "On the average of the twelve months to December, prices were up 1.6 percent on the year before, with the 12-month average index climbing to 125.5 in December 2017 from 123.5 a year before. "
 "That 1.6 percent is the inflation rate for the whole of 2017, the result of price movements across 9 spending categories, and the CBS recommends it for indexing salaries, pensions and social benefits.",
 [("0.2 percent", 0.2, "=", ["Consumer prices", "prices"], "rose", CW_DEC, "Curaçao", CBS_CW),
  ("126.1", 126.1, "=", ["consumer price index", "CPI", "index"], None, CW_NOV, "Curaçao", CBS_CW),
  ("126.3", 126.3, "=", ["consumer price index", "CPI", "index"], None, CW_DEC, "Curaçao", CBS_CW),
  ("4%", 4, "=", ["Petrol"], None, CW_DEC, "Curaçao", CBS_CW),
  ("+3%", 3, "=", ["electricity"], None, CW_DEC, "Curaçao", CBS_CW),
  ("25%", 25, "=", ["cooking gas"], "rose", CW_DEC, "Curaçao", CBS_CW),
  ("ANG 50", 50, "=", ["large gas cylinder", "gas cylinder", "cylinder"], None, None, "Curaçao", CBS_CW),
  ("ANG 40", 40, "=", ["large gas cylinder", "gas cylinder", "cylinder"], None, None, "Curaçao", CBS_CW),
  ("ANG 10", 10, "=", ["charge", "small one"], None, None, "Curaçao", CBS_CW),
  ("ANG 8", 8, "=", ["charge", "small one"], None, None, "Curaçao", CBS_CW),
  ("126.3", 126.3, "=", ["December index", "index"], None, CW_DEC, "Curaçao", CBS_CW, 1),
  ("1.7 percent", 1.7, "=", ["December index", "index"], None, CW_DEC, "Curaçao", CBS_CW),
  ("124.2", 124.2, "=", ["index", "December index"], None, "2016-12-01..2016-12-31", "Curaçao", CBS_CW),
  ("1.6 percent", 1.6, "=", ["prices"], "rose", CW_Y17, "Curaçao", CBS_CW),
  ("123.5", 123.5, "=", ["12-month average index", "average index", "index"], None, "2016-12-01..2016-12-31", "Curaçao", CBS_CW),
  ("125.5", 125.5, "=", ["12-month average index", "average index", "index"], None, CW_DEC, "Curaçao", CBS_CW),
  ("1.6 percent", 1.6, "=", ["inflation rate", "inflation"], None, CW_Y17, "Curaçao", CBS_CW, 1),
  ("9 spending categories", 9, "=", ["spending categories", "categories"], None, None, "Curaçao", CBS_CW)],
 ["twelve months", "12-month"]),
("za-fin-tci-q2-2014-15", "Magnetic Media", "2014-11-11", "https://magneticmediatv.com/2014/11/cabinet-reveals-healthy-very-healthy-first-quarter/", "public finance",
 "PROVIDENCIALES, Turks and Caicos Islands - The Turks and Caicos Islands Government ran an operating surplus of $43.9 million in the first half of the 2014-2015 financial year, Cabinet said after reviewing the accounts for the second quarter, July to September 2014, at its meeting of November 6. "
 "The year-to-date surplus beat the $16.0 million budgeted by $27.9 million and was $32.6 million larger than the $11.3 million of a year earlier. "
 "Recurrent revenue so far in the year came to $122.4 million, exceeding the $93.7 million budgeted by $18.4 million, or 18%, according to Cabinet, and the same quarter of last year by $28.7 million, or 31%. "
 "Recurrent spending totalled $76.8 million, $8.6 million, or 10%, below the $85.4 million budgeted, though still $2.8 million, or 4%, more than a year before. "
 "Cabinet also cleared the financial report for publication, as the 2012 Public Finance Management Ordinance requires in its Section 46.",
 [("$43.9 million", 43.9e6, "=", ["operating surplus", "surplus"], None, TCI_YTD, "Turks and Caicos Islands", TCI_CAB),
  ("$16.0 million", 16.0e6, "=", ["surplus", "year-to-date surplus"], None, TCI_YTD, "Turks and Caicos Islands", TCI_CAB),
  ("$27.9 million", 27.9e6, "=", ["surplus", "year-to-date surplus"], None, TCI_YTD, "Turks and Caicos Islands", TCI_CAB),
  ("$32.6 million", 32.6e6, "=", ["surplus", "year-to-date surplus"], None, TCI_YTD, "Turks and Caicos Islands", TCI_CAB),
  ("$11.3 million", 11.3e6, "=", ["surplus"], None, TCI_YTD0, "Turks and Caicos Islands", TCI_CAB),
  ("$122.4 million", 122.4e6, "=", ["Recurrent revenue", "revenue"], None, TCI_YTD, "Turks and Caicos Islands", TCI_CAB),
  ("$18.4 million", 18.4e6, "=", ["Recurrent revenue", "revenue"], None, TCI_YTD, "Turks and Caicos Islands", TCI_CAB),
  ("18%", 18, "=", ["Recurrent revenue", "revenue"], None, TCI_YTD, "Turks and Caicos Islands", TCI_CAB),
  ("$93.7 million", 93.7e6, "=", ["Recurrent revenue", "revenue"], None, TCI_YTD, "Turks and Caicos Islands", TCI_CAB),
  ("$28.7 million", 28.7e6, "=", ["Recurrent revenue", "revenue"], None, TCI_YTD, "Turks and Caicos Islands", TCI_CAB),
  ("31%", 31, "=", ["Recurrent revenue", "revenue"], None, TCI_YTD, "Turks and Caicos Islands", TCI_CAB),
  ("$76.8 million", 76.8e6, "=", ["Recurrent spending", "spending"], None, TCI_YTD, "Turks and Caicos Islands", TCI_CAB),
  ("$8.6 million", 8.6e6, "=", ["Recurrent spending", "spending", "favourable variance", "variance"], None, TCI_YTD, "Turks and Caicos Islands", TCI_CAB),
  ("10%", 10, "=", ["Recurrent spending", "spending", "favourable variance", "variance"], None, TCI_YTD, "Turks and Caicos Islands", TCI_CAB),
  ("$85.4 million", 85.4e6, "=", ["Recurrent spending", "spending"], None, TCI_YTD, "Turks and Caicos Islands", TCI_CAB),
  ("$2.8 million", 2.8e6, "=", ["Recurrent spending", "spending"], None, TCI_YTD, "Turks and Caicos Islands", TCI_CAB),
  ("4%", 4, "=", ["Recurrent spending", "spending"], None, TCI_YTD, "Turks and Caicos Islands", TCI_CAB)],
 ["Section 46"]),
("za-fin-tci-fy2015-16", "Turks and Caicos Sun, with Magnetic Media for the 12% over budget and the opposition's remarks", "2016-05-21", "https://issuu.com./tcisun/docs/sun_12_20_lowres", "public finance",
 "GRAND TURK, Turks and Caicos Islands - The Turks and Caicos Islands ran a surplus of $68.6 million in the financial year that ended on March 31, 2016, the government's fourth-quarter financial report shows, a result 12% better than budgeted. "
 "Stamp duty on land deals, import duties and the tax on hotels and restaurants all brought in much more than expected, the report said. "
 "In the fourth quarter alone the surplus was $10.3 million, with recurrent revenue of $70.7 million. "
 "Over the whole year recurrent revenue reached $259.8 million, $27.9 million or 12% more than budgeted and 5% up on the year before, while import duties came to $67.3 million, beating their budget by 12%. "
 "Finance Minister Washington Misick said the surplus had been delivered while projects in infrastructure and education moved ahead, but warned the islands against complacency; at an opposition PDM meeting, the member for Wheeland said the government had little to boast about while communities still lacked roads and community centres.",
 [("$68.6 million", 68.6e6, "=", ["surplus"], None, TCI_FY, "Turks and Caicos Islands", TCI_REP),
  ("12%", 12, "=", ["result", "surplus"], None, TCI_FY, "Turks and Caicos Islands", TCI_REP),
  ("$10.3 million", 10.3e6, "=", ["surplus"], None, TCI_Q4, "Turks and Caicos Islands", TCI_REP),
  ("$70.7 million", 70.7e6, "=", ["recurrent revenue", "revenue"], None, TCI_Q4, "Turks and Caicos Islands", TCI_REP),
  ("$259.8 million", 259.8e6, "=", ["recurrent revenue", "revenue"], None, TCI_FY, "Turks and Caicos Islands", TCI_REP),
  ("$27.9 million", 27.9e6, "=", ["recurrent revenue", "revenue"], None, TCI_FY, "Turks and Caicos Islands", TCI_REP),
  ("12%", 12, "=", ["recurrent revenue", "revenue"], None, TCI_FY, "Turks and Caicos Islands", TCI_REP, 1),
  ("5%", 5, "=", ["recurrent revenue", "revenue"], "rose", TCI_FY, "Turks and Caicos Islands", TCI_REP),
  ("$67.3 million", 67.3e6, "=", ["import duties"], None, TCI_FY, "Turks and Caicos Islands", TCI_REP),
  ("12%", 12, "=", ["import duties", "budget"], None, TCI_FY, "Turks and Caicos Islands", TCI_REP, 2)],
 []),
("za-elec-st-kitts-nevis-2015", "Caribbean Elections (CMC, AP), with IFES ElectionGuide for the vote counts", "2015-03-05", "http://www.caribbeanelections.com/blog/?p=4598", "elections",
 "BASSETERRE, St Kitts - Team Unity, an alliance of opposition parties led by 51-year-old economist Timothy Harris, won seven of the 11 elected seats in the February 16 general election in St Kitts and Nevis, official figures released on March 4 confirmed. "
 "The alliance took five of St Kitts' eight seats and two of the three on Nevis, ending 20 years in power for Prime Minister Denzil Douglas, who had hoped to become the first leader in the region to win a fifth straight election. "
 "Supervisor of Elections Wingrove George said 30,455 votes were cast, of which 30,299 were valid and 156 invalid. "
 "Douglas's St Kitts-Nevis Labour Party won the most votes, 11,897, but only three seats, while the People's Action Movement and People's Labour Party, standing together within Team Unity, took five seats with 11,175 votes. "
 "On Nevis the Concerned Citizens' Movement won two seats with 3,951 votes, and the Nevis Reformation Party held one seat with 3,276 votes. "
 "Turnout was 72.19%.",
 [("seven", 7, "=", ["seats", "elected seats"], "won", SKN_DAY, "St Kitts and Nevis", SKN),
  ("11 elected seats", 11, "=", ["elected seats", "seats"], None, None, "St Kitts and Nevis", SKN),
  ("five", 5, "=", ["seats"], None, SKN_DAY, "St Kitts", SKN),
  ("eight seats", 8, "=", ["seats"], None, None, "St Kitts", SKN),
  ("two", 2, "=", ["seats"], None, SKN_DAY, "Nevis", SKN),
  ("three", 3, "=", ["seats"], None, None, "Nevis", SKN),
  ("30,455 votes", 30455, "=", ["votes"], "cast", SKN_DAY, "St Kitts and Nevis", SKN),
  ("30,299", 30299, "=", ["votes"], None, SKN_DAY, "St Kitts and Nevis", SKN),
  ("156", 156, "=", ["votes"], None, SKN_DAY, "St Kitts and Nevis", SKN),
  ("11,897", 11897, "=", ["votes"], "won", SKN_DAY, "St Kitts and Nevis", SKN),
  ("three seats", 3, "=", ["seats"], None, SKN_DAY, "St Kitts and Nevis", SKN),
  ("five seats", 5, "=", ["seats"], None, SKN_DAY, "St Kitts and Nevis", SKN),
  ("11,175 votes", 11175, "=", ["votes"], None, SKN_DAY, "St Kitts and Nevis", SKN),
  ("two seats", 2, "=", ["seats"], "won", SKN_DAY, "Nevis", SKN),
  ("3,951 votes", 3951, "=", ["votes"], None, SKN_DAY, "Nevis", SKN),
  ("one seat", 1, "=", ["seat", "seats"], None, SKN_DAY, "Nevis", SKN),
  ("3,276 votes", 3276, "=", ["votes"], None, SKN_DAY, "Nevis", SKN),
  ("72.19%", 72.19, "=", ["Turnout"], None, SKN_DAY, "St Kitts and Nevis", None)],
 ["51-year-old", "20 years"]),
("za-elec-dominica-2022", "teleSUR English, with IFES ElectionGuide for the vote counts and the Trinidad Guardian for the electorate", "2022-12-07", "https://www.telesurenglish.net/news/Dominicas-Ruling-Party-Wins-Early-General-Election-20221207-0006.html", "elections",
 "ROSEAU, Dominica - Prime Minister Roosevelt Skerrit's Dominica Labour Party (DLP) won 19 of the 21 seats in the House of Assembly in Tuesday's snap election, which the main opposition parties boycotted, the Electoral Office said. "
 "The other two seats went to independent candidates, in Salisbury and Marigot. "
 "Polling took place in only 15 constituencies: the DLP had been returned unopposed in six on nomination day, when the United Workers Party and the Dominica Freedom Party put forward no candidates. "
 "Newcomer Team Unity Dominica contested five seats and won none, while a record 19 independent candidates stood. "
 "Of the more than 80,000 people eligible to vote, 19,066 cast ballots; 18,469 votes were valid and 597 were rejected, with 15,214 going to the DLP and 3,102 to independents. "
 "Skerrit, prime minister since 2004, called the vote two years before it was due; in the 2019 election the DLP won 18 seats and the main opposition party three.",
 [("19", 19, "=", ["seats"], "won", DM_DAY, "Dominica", DM_EO),
  ("21 seats", 21, "=", ["seats"], None, None, "Dominica", DM_EO),
  ("two seats", 2, "=", ["seats"], None, DM_DAY, "Dominica", DM_EO),
  ("15 constituencies", 15, "=", ["constituencies"], None, DM_DAY, "Dominica", DM_EO),
  ("six", 6, "=", ["constituencies", "seats"], None, None, "Dominica", DM_EO),
  ("five seats", 5, "=", ["seats"], None, DM_DAY, "Dominica", DM_EO),
  ("19 independent candidates", 19, "=", ["independent candidates", "candidates"], None, DM_DAY, "Dominica", DM_EO),
  ("more than 80,000 people", 80000, ">", ["people"], None, DM_DAY, "Dominica", None),
  ("19,066", 19066, "=", ["people", "ballots"], "cast", DM_DAY, "Dominica", None),
  ("18,469 votes", 18469, "=", ["votes"], None, DM_DAY, "Dominica", None),
  ("597", 597, "=", ["votes"], None, DM_DAY, "Dominica", None),
  ("15,214", 15214, "=", ["votes"], None, DM_DAY, "Dominica", None),
  ("3,102", 3102, "=", ["votes"], None, DM_DAY, "Dominica", None),
  ("18 seats", 18, "=", ["seats"], "won", "2019-12-06", "Dominica", None),
  ("three", 3, "=", ["seats"], None, "2019-12-06", "Dominica", None)],
 ["two years"]),
("za-biz-cathay-pacific-h1-2019", "RTT News (via finanznachrichten.de), with Moebius for the dividend, cargo and hiring figures", "2019-08-07", "https://www.finanznachrichten.de/nachrichten-2019-08/47378231-cathay-pacific-turns-to-profit-in-h1-020.htm", "company results",
 "HONG KONG - Cathay Pacific Airways returned to profit in the first half of 2019, earning HK$1.35 billion for shareholders, or 34.2 HK cents a share, compared with a HK$263 million loss (6.7 HK cents a share) a year before, the Hong Kong flag carrier said on Wednesday. "
 "Revenue edged up 0.9 percent, from HK$53.08 billion to HK$53.55 billion. "
 "Passenger revenue climbed 5.6 percent to HK$37.45 billion, though yields slipped, while cargo income fell 11.4% to HK$11.498 billion as both volumes and yields dropped, partly because of US-China trade friction. "
 "The airline carried 18.26 million revenue passengers, 4.4 percent more than the 17.49 million of a year earlier. "
 "Traffic in revenue passenger kilometres rose 6.7 percent to 68.08 billion, and the load factor held at 84.2 percent. "
 "Chief executive Rupert Hogg said the group aimed to hire 2,300 people this year, most of them in frontline roles, while Paul Loo, who heads customer and commercial matters, warned that the protests in Hong Kong would probably bring a double-digit fall in inbound passengers over the next two or three months.",
 [("HK$1.35 billion", 1.35e9, "=", ["profit", "shareholders"], None, CX_H1, None, CX),
  ("34.2 HK cents", 34.2, "=", ["share", "profit"], None, CX_H1, None, CX),
  ("HK$263 million", 263e6, "=", ["loss"], None, CX_H0, None, CX),
  ("6.7 HK cents", 6.7, "=", ["share", "loss"], None, CX_H0, None, CX),
  ("0.9 percent", 0.9, "=", ["Revenue"], "rose", CX_H1, None, CX),
  ("HK$53.55 billion", 53.55e9, "=", ["Revenue"], None, CX_H1, None, CX),
  ("HK$53.08 billion", 53.08e9, "=", ["Revenue"], None, CX_H0, None, CX),
  ("5.6 percent", 5.6, "=", ["Passenger revenue"], "rose", CX_H1, None, CX),
  ("HK$37.45 billion", 37.45e9, "=", ["Passenger revenue"], None, CX_H1, None, CX),
  ("11.4%", 11.4, "=", ["cargo income"], "fell", CX_H1, None, CX),
  ("HK$11.498 billion", 11.498e9, "=", ["cargo income"], None, CX_H1, None, CX),
  ("18.26 million", 18.26e6, "=", ["revenue passengers", "passengers"], None, CX_H1, None, CX),
  ("4.4 percent", 4.4, "=", ["revenue passengers", "passengers"], None, CX_H1, None, CX),
  ("17.49 million", 17.49e6, "=", ["revenue passengers", "passengers"], None, CX_H0, None, CX),
  ("6.7 percent", 6.7, "=", ["Traffic", "revenue passenger kilometres"], "rose", CX_H1, None, CX),
  ("68.08 billion", 68.08e9, "=", ["Traffic", "revenue passenger kilometres"], None, CX_H1, None, CX),
  ("84.2 percent", 84.2, "=", ["load factor"], None, CX_H1, None, CX),
  ("2,300 people", 2300, "=", ["people"], None, "2019-01-01..2019-08-07", None, ["Rupert Hogg", "Hogg", "Chief executive Rupert Hogg"])],
 ["two or three months"]),
("za-biz-air-tahiti-nui-2016", "ETB Travel News (Air Tahiti Nui release), with L'Aérien and Air Journal (in French) for the detailed figures", "2017-08-22", "http://australia.etbtravelnews.global/325496/air-tahiti-nui-announces-another-year-of-positive-financial-results/", "company results",
 "PAPEETE, Tahiti - Air Tahiti Nui, French Polynesia's international airline, made a profit for a fifth year running in 2016, with an after-tax net profit of 18.8 million euros, or 2.2 billion Pacific francs, chief executive Michel Monvoisin said. "
 "The profit was 54% below 2015's, when it had reached 4.82 billion francs. "
 "Revenue slipped 1% to 298 million euros, or 35.5 billion Pacific francs, while operating profit grew 6% to 4.6 billion francs (38.5 million euros). "
 "The airline flew 480,085 passengers, up 1.45% on 2015, and its load factor fell 0.4 of a point to 76.4%. "
 "Los Angeles was the only route to lose travellers, down 0.9%, while Paris gained 1.3%, Auckland 4.0% and Tokyo 6.2%. "
 "Cargo revenue fell 5.4%, the airline said.",
 [("18.8 million euros", 18.8e6, "=", ["net profit", "after-tax net profit", "profit"], None, ATN_16, None, ATN),
  ("2.2 billion Pacific francs", 2.2e9, "=", ["net profit", "after-tax net profit", "profit"], None, ATN_16, None, ATN),
  ("54%", 54, "=", ["profit"], None, ATN_16, None, ATN),
  ("4.82 billion francs", 4.82e9, "=", ["profit"], None, ATN_15, None, ATN),
  ("1%", 1, "=", ["Revenue"], None, ATN_16, None, ATN),
  ("298 million euros", 298e6, "=", ["Revenue"], None, ATN_16, None, ATN),
  ("35.5 billion Pacific francs", 35.5e9, "=", ["Revenue"], None, ATN_16, None, ATN),
  ("6%", 6, "=", ["operating profit"], "rose", ATN_16, None, ATN),
  ("4.6 billion francs", 4.6e9, "=", ["operating profit"], None, ATN_16, None, ATN),
  ("38.5 million euros", 38.5e6, "=", ["operating profit"], None, ATN_16, None, ATN),
  ("480,085 passengers", 480085, "=", ["passengers"], None, ATN_16, None, ATN),
  ("1.45%", 1.45, "=", ["passengers"], "rose", ATN_16, None, ATN),
  ("0.4 of a point", 0.4, "=", ["load factor"], "fell", ATN_16, None, ATN),
  ("76.4%", 76.4, "=", ["load factor"], None, ATN_16, None, ATN),
  ("0.9%", 0.9, "=", ["Los Angeles", "travellers"], "fell", ATN_16, "Los Angeles", ATN),
  ("1.3%", 1.3, "=", ["Paris"], None, ATN_16, "Paris", ATN),
  ("4.0%", 4.0, "=", ["Auckland"], None, ATN_16, "Auckland", ATN),
  ("6.2%", 6.2, "=", ["Tokyo"], None, ATN_16, "Tokyo", ATN),
  ("5.4%", 5.4, "=", ["Cargo revenue"], "fell", ATN_16, None, ATN)],
 []),
("za-health-french-polynesia-dengue-2009", "Tahitipresse (via Pacific Islands Report)", "2009-03-12", "http://www.pireport.org/articles/2009/03/16/dengue-fever-epidemic-reaches-french-polynesia-0", "health",
 "PAPEETE, Tahiti, March 12 (Tahitipresse) - French Polynesia has entered a type 4 dengue epidemic, the Health Ministry announced on Thursday, after 26 confirmed cases since Feb. 23, mostly on Taha'a and Bora Bora in the Leeward Islands. "
 "So far this year the territory has confirmed 29 cases of this strain and 47 of dengue type 1, the ministry said in a statement, and no patient has had to go to hospital. "
 "Most of the dengue epidemics recorded in French Polynesia since 1971 have been of the first and third strains, and the last epidemic of the first strain, in 2001, killed eight children. "
 "The first two cases of the new strain on Tahiti, a mother and her son from Mahina on the north coast, were found on Jan. 16 after they came back feverish from New Caledonia. "
 "More than 150,000 people, born since 1979 or arrived since then, could catch it, the health department said; that is nearly 58 percent of the 259,596 people counted in the 2007 census.",
 [("26 confirmed cases", 26, "=", ["confirmed cases", "cases"], None, "2009-02-23..2009-03-12", "French Polynesia", PF_MOH),
  ("29 cases", 29, "=", ["cases"], None, "2009-01-01..2009-03-12", "French Polynesia", PF_MOH),
  ("47", 47, "=", ["cases"], None, "2009-01-01..2009-03-12", "French Polynesia", PF_MOH),
  ("eight children", 8, "=", ["children"], "killed", "2001-01-01..2001-12-31", "French Polynesia", None),
  ("two cases", 2, "=", ["cases"], None, "2009-01-16", "Tahiti", None),
  ("More than 150,000 people", 150000, ">", ["people"], None, None, "French Polynesia", PF_DEPT),
  ("nearly 58 percent", 58, "nearly", ["people", "population"], None, None, "French Polynesia", None),
  ("259,596 people", 259596, "=", ["people"], None, "2007-01-01..2007-12-31", "French Polynesia", None)],
 ["type 4", "type 1"]),
("za-health-american-samoa-dengue-2018", "RNZ Pacific, with the American Samoa UHC dengue situation report for epi week 43 (ReliefWeb)", "2018-11-14", "https://amp.rnz.co.nz/article/e38cf6a6-f32f-470f-bb15-07a24d067436", "health",
 "PAGO PAGO, American Samoa (RNZ) - American Samoa's dengue outbreak is almost over, with no newly confirmed case for six weeks, Department of Health epidemiologist Dr Aifili Tufa said. "
 "In the 18 months since the outbreak began in March 2017, 1009 cases of dengue serotype 2 have been confirmed and 761 people have had brief hospital treatment such as intravenous fluids, Tufa said; nobody has died. "
 "Cases peaked between December 2017 and January 2018, and October passed without a single positive test, he said. "
 "The department's latest situation report, covering September 22 to October 25, said the Hawaii State Lab released 109 RT-PCR results, of which 11 were positive, and 93 Zika IgM results, 23 of them positive. "
 "All 33 samples tested between October 14 and 28 were negative. "
 "The territory has also finished a five-week mass drug campaign against lymphatic filariasis, in which roughly 29,700 people took a single dose of three drugs, an estimated 56% of the population.",
 [("1009 cases", 1009, "=", ["cases"], None, "2017-03-01..2018-11-14", "American Samoa", TUFA),
  ("761 people", 761, "=", ["people"], None, "2017-03-01..2018-11-14", "American Samoa", TUFA),
  ("109", 109, "=", ["RT-PCR results", "results"], None, AS_SRP, "American Samoa", AS_SR),
  ("11", 11, "=", ["RT-PCR results", "results"], None, AS_SRP, "American Samoa", AS_SR),
  ("93", 93, "=", ["Zika IgM results", "results"], None, AS_SRP, "American Samoa", AS_SR),
  ("23", 23, "=", ["Zika IgM results", "results"], None, AS_SRP, "American Samoa", AS_SR),
  ("All 33 samples", 33, "=", ["samples"], None, "2018-10-14..2018-10-28", "American Samoa", AS_SR),
  ("roughly 29,700 people", 29700, "~", ["people"], None, None, "American Samoa", None),
  ("three drugs", 3, "=", ["drugs"], None, None, "American Samoa", None),
  ("an estimated 56%", 56, "=", ["population"], None, None, "American Samoa", None)],
 ["six weeks", "18 months", "serotype 2", "five-week"]),
("za-disaster-saipan-yutu-2018", "Associated Press (via Hawaii Tribune-Herald and USA Today network), with Civil Beat for the hospital's later figures and The Washington Post for the FEMA request", "2018-10-26", "https://www.thepublicopinion.com/news/usa_today/humanitarian-crisis-looms-after-super-typhoon-yutu-flattens-parts-of/article_13a20173-37eb-5864-8434-04c977e9fa93.html", "disasters",
 "HAGATNA, Guam (AP) - Super Typhoon Yutu killed at least one person in the Northern Mariana Islands, a 44-year-old woman who died when an abandoned building in which she had taken shelter collapsed in Chalan Kanoa, a village on Saipan, the governor's office said. "
 "With winds of 178 mph, Yutu was the strongest storm on record to strike a U.S. territory; it levelled neighbourhoods on Tinian and Saipan, left hundreds of residents displaced and cut power and water across the commonwealth of 52,000 people. "
 "Near the eye, the National Weather Service measured top sustained winds of 180 mph as it crossed the two islands early Thursday. "
 "The territory's only hospital, on Saipan, took in 133 people at its emergency room on Thursday, and three had injuries serious enough to need surgery. "
 "Hospital chief executive Esther Muna said one patient was sent off-island for further care, seven were admitted and 40 came in with cuts. "
 "Tinian, where about 3,000 people live, sat inside the eye for about 30 minutes, and the south of Saipan for at least 10 minutes. "
 "Officials asked FEMA for 700 to 800 power poles, along with transformers, to start restoring electricity.",
 [("at least one person", 1, ">=", ["person", "people"], "killed", YUTU_DAY, "Northern Mariana Islands", GOV),
  ("178 mph", 178, "=", ["winds"], None, None, None, None),
  ("hundreds of residents", None, ("vague", 200, 1000), ["residents"], "displaced", None, ["Tinian and Saipan", "Northern Mariana Islands", "Tinian", "Saipan"], None),
  ("52,000 people", 52000, "=", ["people"], None, None, "Northern Mariana Islands", None),
  ("180 mph", 180, "=", ["Maximum sustained winds", "winds"], None, YUTU_DAY, None, NWS),
  ("133 people", 133, "=", ["people"], None, YUTU_DAY, "Saipan", HOSP),
  ("three", 3, "=", ["people"], None, YUTU_DAY, "Saipan", HOSP),
  ("one patient", 1, "=", ["patient"], None, None, "Saipan", MUNA),
  ("seven", 7, "=", ["patients", "patient"], None, None, "Saipan", MUNA),
  ("40", 40, "=", ["patients", "patient"], None, None, "Saipan", MUNA),
  ("about 3,000 people", 3000, "~", ["people"], None, None, "Tinian", None),
  ("700 to 800 power poles", None, ("range", 700, 800), ["power poles", "poles"], None, None, None, ["Officials", "officials"])],
 ["44-year-old", "two islands", "30 minutes", "at least 10 minutes"]),
("za-disaster-dominica-erika-2015", "The Guardian (Reuters), with Repeating Islands (BBC) for the missing, the rain and Puerto Rico, Stabroek News for the 14 bodies, Cubasi (AP) for the power cut and Insurance Journal (Bloomberg) for the GDP", "2015-08-29", "https://www.theguardian.com/world/2015/aug/28/tropical-storm-erika-destruction-across-caribbean", "disasters",
 "ROSEAU, Dominica - Tropical Storm Erika left at least 20 people dead on Dominica, and at least 31 others were reported missing, according to the Barbados-based Caribbean Disaster Emergency Response Agency, as Prime Minister Roosevelt Skerrit, speaking on television late on Friday, said the storm had put the island back 20 years. "
 "Hundreds of homes, bridges and roads were destroyed, Skerrit said, calling the devastation monumental and saying Dominica would in effect have to be rebuilt. "
 "The mountainous island of about 72,000 people was soaked by 15 inches (380mm) of rain, and swollen rivers and landslides swept houses away and cut off some communities. "
 "Public works minister Ian Pinard said 14 bodies had been recovered, many of the dead from a single community. "
 "About 80 percent of the island lost electricity and the water supply failed, the Associated Press reported. "
 "Skerrit said the cost of the damage was not yet known; the World Bank put Dominica's gross domestic product in 2014 at $538 million. "
 "In Puerto Rico, more than 200,000 people lost power as Erika passed, and crops worth more than $16m were damaged, among them plantains, bananas and coffee.",
 [("at least 20 people", 20, ">=", ["people"], "killed", "2015-08-27", "Dominica", ERIKA_OFF),
  ("at least 31 others", 31, ">=", ["others", "people"], "missing", None, "Dominica", CDERA),
  ("Hundreds of homes", None, ("vague", 200, 1000), ["homes"], "destroyed", None, "Dominica", SKERRIT),
  ("15 inches", 15, "=", ["rain"], None, None, "Dominica", None),
  ("380mm", 380, "=", ["rain"], None, None, "Dominica", None),
  ("about 72,000 people", 72000, "~", ["people"], None, None, "Dominica", None),
  ("14 bodies", 14, "=", ["bodies"], None, None, "Dominica", PINARD),
  ("About 80 percent", 80, "~", ["island"], None, None, "Dominica", ["Associated Press", "the Associated Press", "AP"]),
  ("$538 million", 538e6, "=", ["gross domestic product", "Dominica's gross domestic product", "GDP"], None, "2014-01-01..2014-12-31", "Dominica", ["World Bank", "the World Bank"]),
  ("more than 200,000 people", 200000, ">", ["people"], None, None, "Puerto Rico", None),
  ("more than $16m", 16e6, ">", ["crops"], "damaged", None, "Puerto Rico", None)],
 ["20 years"]),
("za-mig-tci-haitian-vessel-oct-2020", "Turks and Caicos Islands Government (Border Control news)", "2020-10-16", "https://gov.tc/bordercontrol/news/65-interception-october-16-2020", "migration",
 "PROVIDENCIALES, Turks and Caicos Islands - Police on Friday intercepted a Haitian migrant boat in Turks and Caicos waters off Providenciales after it was picked up by the Coastal Radar Unit, the Ministry of Immigration said. "
 "The Marine Branch of the Royal Turks and Caicos Islands Police Force brought the fifty-four (54) people on board - forty-four (44) men, nine (9) women and one (1) minor - to the South Dock port, where immigration enforcement officers and public health staff checked them before they were taken to the Five Cays detention centre. "
 "All of them are to be sent back to Haiti on Saturday, October 17, and investigators are trying to find out who organised the voyage. "
 "Friday's interception takes to 934 the number of people who have arrived on illegal migrant vessels this fiscal year, and eight vessels have been stopped between April and October 2020. "
 "Detention and repatriation had cost US$1,206,947.48 in fiscal year 2020/21 as of October 11, the ministry said.",
 [("fifty-four", 54, "=", ["people"], None, TCI_DAY, "Turks and Caicos Islands", TCI_MIN),
  ("forty-four", 44, "=", ["men"], None, TCI_DAY, "Turks and Caicos Islands", TCI_MIN),
  ("nine", 9, "=", ["women"], None, TCI_DAY, "Turks and Caicos Islands", TCI_MIN),
  ("one", 1, "=", ["minor"], None, TCI_DAY, "Turks and Caicos Islands", TCI_MIN),
  ("934", 934, "=", ["people"], "arrived", "2020-04-01..2020-10-16", "Turks and Caicos Islands", TCI_MIN),
  ("eight vessels", 8, "=", ["vessels"], None, "2020-04-01..2020-10-31", "Turks and Caicos Islands", TCI_MIN),
  ("US$1,206,947.48", 1206947.48, "=", ["Detention and repatriation", "repatriation", "detention"], None, "2020-04-01..2020-10-11", "Turks and Caicos Islands", TCI_MIN)],
 ["(54)", "(44)", "(9)", "(1)"]),
("za-sport-hong-kong-marathon-2024", "South China Morning Post", "2024-01-21", "https://www.scmp.com/news/hong-kong/society/article/3249224/hong-kong-marathon-back-full-stride-post-covid-74000-runners-race-through-city-streets", "sport",
 "HONG KONG - The Standard Chartered Hong Kong Marathon was back at its full pre-pandemic size on Sunday, with 74,000 runners, politicians and celebrities among them, racing through the city, but a 30-year-old man died after collapsing at Tin Hau MTR station once he had finished, authorities said. "
 "He could not be saved despite first aid and resuscitation at Ruttonjee Hospital in Wan Chai. "
 "Of 841 runners injured, 39 had been sent to hospital by 4pm, up from 34 at 1.30pm; one man was critical and five others were in serious condition. "
 "About 22,000 ran the full marathon, 21,500 the half-marathon and 30,500 the 10km (6.2 mile) race, organisers said. "
 "The two previous editions, held in October 2021 and in February last year, had 18,500 and 37,000 runners respectively. "
 "Paul Chan Mo-po, the 68-year-old financial secretary, wearing bib number \"852\", came second in a 2km Legends Cup race that drew about 40 other business leaders and politicians.",
 [("74,000 runners", 74000, "=", ["runners"], None, HKM_DAY, "Hong Kong", None),
  ("841 runners", 841, "=", ["runners"], "injured", HKM_DAY, "Hong Kong", None),
  ("39", 39, "=", ["runners"], None, HKM_DAY, "Hong Kong", None),
  ("34", 34, "=", ["runners"], None, HKM_DAY, "Hong Kong", None),
  ("one man", 1, "=", ["man"], None, HKM_DAY, "Hong Kong", None),
  ("five others", 5, "=", ["others", "runners"], None, HKM_DAY, "Hong Kong", None),
  ("About 22,000", 22000, "~", ["runners", "full marathon"], None, HKM_DAY, "Hong Kong", ["organisers"]),
  ("21,500", 21500, "=", ["runners", "half-marathon"], None, HKM_DAY, "Hong Kong", ["organisers"]),
  ("30,500", 30500, "=", ["runners", "race"], None, HKM_DAY, "Hong Kong", ["organisers"]),
  ("37,000 runners", 37000, "=", ["runners"], None, "2023-02-01..2023-02-28", "Hong Kong", None),
  ("18,500", 18500, "=", ["runners"], None, "2021-10-01..2021-10-31", "Hong Kong", None),
  ("about 40", 40, "~", ["politicians", "politicians and business leaders"], None, HKM_DAY, "Hong Kong", None)],
 ["30-year-old", "4pm", "1.30pm", "10km (6.2 mile)", "two previous editions", "68-year-old", "\"852\"", "2km"]),
("za-transport-hong-kong-airport-h1-2011", "news.gov.hk (Hong Kong Government news)", "2011-07-24", "https://www.news.gov.hk/en/categories/infrastructure/html/2011/07/20110724_122646.shtml", "transport",
 "HONG KONG, July 24 - Hong Kong International Airport handled 25.8 million passengers in the first half of 2011, up 5.7%, while flight movements grew 12.1% to 162,485; cargo, by contrast, fell 2.3% year on year to 1.9 million tonnes, the Airport Authority said on Sunday. "
 "June alone saw 4.4 million passengers and 27,085 flight movements, increases of 5.8% and 9.3% on the same month of 2010, while the 321,000 tonnes of cargo handled were 7.6% less than a year before. "
 "Chief executive Stanley Hui expected passenger and flight numbers to keep rising for the rest of the year, if more slowly after last year's strong showing, and warned that the state of the world economy could go on weighing on cargo.",
 [("25.8 million passengers", 25.8e6, "=", ["passengers"], None, HK_H1, None, HKIA_AA),
  ("5.7%", 5.7, "=", ["passengers"], "rose", HK_H1, None, HKIA_AA),
  ("12.1%", 12.1, "=", ["flight movements"], "rose", HK_H1, None, HKIA_AA),
  ("162,485", 162485, "=", ["flight movements"], None, HK_H1, None, HKIA_AA),
  ("2.3%", 2.3, "=", ["cargo"], "fell", HK_H1, None, HKIA_AA),
  ("1.9 million tonnes", 1.9e6, "=", ["cargo"], None, HK_H1, None, HKIA_AA),
  ("4.4 million passengers", 4.4e6, "=", ["passengers"], None, HK_JUN, None, HKIA_AA),
  ("27,085 flight movements", 27085, "=", ["flight movements"], None, HK_JUN, None, HKIA_AA),
  ("5.8%", 5.8, "=", ["passengers"], "rose", HK_JUN, None, HKIA_AA),
  ("9.3%", 9.3, "=", ["flight movements"], "rose", HK_JUN, None, HKIA_AA),
  ("321,000 tonnes", 321000, "=", ["cargo"], None, HK_JUN, None, HKIA_AA),
  ("7.6%", 7.6, "=", ["cargo", "tonnes of cargo"], None, HK_JUN, None, HKIA_AA)],
 []),
("za-conflict-haiti-pont-sonde-2024", "Associated Press (via Archyde)", "2024-10-07", "https://archyde.com/6300-people-have-had-to-flee-their-homes-due-to-attack-in-haiti", "conflict",
 "SAINT-MARC, Haiti (AP) - A gang attack on the central Haitian town of Pont-Sondé that killed at least 70 people has forced nearly 6,300 people from their homes, the International Organization for Migration said. "
 "Nearly 90% of those displaced are lodging with family members or host households, and 12% have found shelter elsewhere, including in a school, the U.N. agency said. "
 "Gunmen struck the town, in the Artibonite region, early on Thursday, and many residents ran in the dark. "
 "Sonise Mirano, 60, who on Sunday was camping in a Saint-Marc park, on the coast, among hundreds of people, said the attackers came shooting and broke into homes to rob and set fire to them. "
 "The first tally put the dead at 20, but more bodies were found as activists and officials reached other parts of the town, said Bertide Horace, a spokeswoman for a local peace commission; the victims included a birth attendant, a young mother and the baby she had just had. "
 "The government sent an elite police unit and medical teams to support the area's only hospital.",
 [("nearly 6,300 people", 6300, "nearly", ["people"], None, "2024-10-03..2024-10-07", "Pont-Sondé", IOM),
  ("at least 70 people", 70, ">=", ["people"], "killed", "2024-10-03", "Pont-Sondé", IOM),
  ("Nearly 90%", 90, "nearly", ["displaced", "those displaced"], None, None, None, IOM),
  ("12%", 12, "=", ["displaced", "those displaced"], None, None, None, IOM),
  ("hundreds of people", None, ("vague", 200, 1000), ["people"], None, "2024-10-06", "Saint-Marc", None),
  ("20", 20, "=", ["dead"], "killed", "2024-10-03", "Pont-Sondé", HORACE)],
 ["60"]),
]
