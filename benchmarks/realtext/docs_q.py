# ruff: noqa: E501  (the text of articles, one line each as written, like docs_*.py)
"""Held out, fifteenth set: sixteen more rewritten reports across beats (Senegalese, Jamaican,
Ghanaian, Ivorian, Belgian, Saudi, Vietnamese, Congolese, Yemeni, Afghan, Chadian, Djiboutian,
Nigerian, Sri Lankan and Burundian/Somali material), annotated before the extractor was run on
them and scored once (heldout15/README.md); not used to shape rules.

Same tuple layout as docs_c.py .. docs_p.py; build.py's conventions (hedges, when, null = not
scored). Written to heldout15/ by build.py."""
ANSD = ["National Agency of Statistics and Demography", "ANSD", "the National Agency of Statistics and Demography (ANSD)", "APA"]
SN_OCT = "2020-10-01..2020-10-31"
STATIN = ["Statistical Institute of Jamaica", "STATIN", "the Statistical Institute of Jamaica (STATIN)", "Carol Coy", "Director General Carol Coy", "Coy"]
JM_DEC = "2020-12-01..2020-12-31"
JM20 = "2020-01-01..2020-12-31"
MYBR = ["2022 Mid-Year Budget Review", "Mid-Year Budget Review", "review", "the review"]
GH_H1 = "2022-01-01..2022-06-30"
GH_H1_21 = "2021-01-01..2021-06-30"
CUST = ["Ivorian customs authorities", "customs authorities", "the Ivorian customs authorities", "authorities", "the authorities", "report"]
CI23 = "2023-01-01..2023-12-31"
CI22 = "2022-01-01..2022-12-31"
CNRV = ["Demba Kandji", "Kandji", "National Commission for the Census of Votes", "CNRV", "President of the National Commission for the Census of Votes (CNRV)", "provisional results"]
SN_VOTE = "2019-02-24"
IPSOS = ["Ipsos", "Ipsos poll", "poll", "agency"]
BE14 = "2014-01-01..2014-12-31"
SNB = ["Saudi National Bank", "SNB", "statement"]
SNB_H1 = "2021-01-01..2021-06-30"
VNA = ["Vietnam Airlines Group", "Vietnam Airlines", "group"]
VN_H1 = "2019-01-01..2019-06-30"
CD_YTD = "2019-01-01..2019-06-12"
YE_OFF = ["Yemeni officials", "officials"]
YE_YTD = "2019-01-01..2019-09-03"
YE_4W = "2019-08-07..2019-09-03"
YE_CH = "2016-10-01..2019-08-31"
OCHA_AF = ["U.N. Office for the Coordination of Humanitarian Affairs", "OCHA", "the U.N. Office for the Coordination of Humanitarian Affairs (OCHA)", "U.N. agency", "government estimates"]
AF_FL = "2019-03-01..2019-03-05"
DMA_AF = ["disaster management authority", "the Afghan government's disaster management authority", "Afghan government's disaster management authority"]
LOC_TD = ["Local authorities", "local authorities"]
TD_DAY = "2019-08-23"
IOM = ["International Organization for Migration", "IOM", "UN migration agency", "the UN migration agency", "statement"]
DJ_DAYS = "2024-10-01..2024-10-02"
DJ_DAY = "2024-10-01"
LG_DAY = "2020-02-08"
SLPA = ["Sri Lanka Ports Authority", "SLPA", "the Sri Lanka Ports Authority (SLPA)", "statement"]
LK_JAN = "2018-01-01..2018-01-31"
COLOMBO = ["Colombo Port", "Colombo", "Sri Lanka"]
BI_ARMY = ["Burundi's military", "military", "Floribert Biyereke", "army spokesperson Floribert Biyereke", "Burundi state television"]
SEC_SRC = ["security source", "a security source in the region", "regional security source", "the regional security source", "source"]
SO_DAY = "2022-05-03"
EL_BARAF = ["El Baraf", "Somalia", "central Somalia"]

DOCS = [
("q-econ-senegal-hicp-2020", "Journal du Cameroun (APA)", "2020-11-09", "https://www.journalducameroun.com/en/senegals-harmonized-consumer-price-index-up-0-2-percent/", "economy",
 "Published 09.11.2020 at 18h21 by APA News. "
 "Senegal's harmonised index of consumer prices went up 0.2 percent in October 2020 from the month before, the APA news agency was told on Monday. "
 "Behind the rise were dearer food products and non-alcoholic beverages (+0.5 percent), restaurant and hotel services (+0.2 percent), housing services, water, gas, electricity and other fuels (+0.1 percent) and miscellaneous goods and services (+0.1 percent). "
 "Over twelve months consumer prices climbed 2.6 percent, and the average annual inflation rate came to +2.3 percent, according to the National Agency of Statistics and Demography (ANSD). "
 "Core inflation edged up by 0.1 per cent over the month and by 1.2 per cent on a year earlier. "
 "Local products cost 0.2 per cent more than in September, while imported products became 0.1 per cent cheaper; measured against October 2019 the two were up 3.0 percent and 1.5 percent respectively, the ANSD noted.",
 [("0.2 percent", 0.2, "=", ["harmonised index of consumer prices", "consumer prices", "prices", "index"], "rose", SN_OCT, "Senegal", ANSD),
  ("+0.5 percent", 0.5, "=", ["food products and non-alcoholic beverages", "food products"], None, SN_OCT, "Senegal", ANSD),
  ("+0.2 percent", 0.2, "=", ["restaurant and hotel services", "services"], None, SN_OCT, "Senegal", ANSD),
  ("+0.1 percent", 0.1, "=", ["housing services, water, gas, electricity and other fuels", "housing services"], None, SN_OCT, "Senegal", ANSD),
  ("+0.1 percent", 0.1, "=", ["miscellaneous goods and services", "goods and services"], None, SN_OCT, "Senegal", ANSD, 1),
  ("2.6 percent", 2.6, "=", ["consumer prices", "prices"], "rose", SN_OCT, "Senegal", ANSD),
  ("+2.3 percent", 2.3, "=", ["average annual inflation rate", "inflation rate", "inflation"], None, "2019-11-01..2020-10-31", "Senegal", ANSD),
  ("0.1 per cent", 0.1, "=", ["core inflation", "inflation"], "rose", SN_OCT, "Senegal", ANSD),
  ("1.2 per cent", 1.2, "=", ["core inflation", "inflation"], "rose", SN_OCT, "Senegal", ANSD),
  ("0.2 per cent", 0.2, "=", ["local products", "prices"], None, SN_OCT, "Senegal", ANSD),
  ("0.1 per cent", 0.1, "=", ["imported products", "prices"], None, SN_OCT, "Senegal", ANSD, 1),
  ("3.0 percent", 3.0, "=", ["local products", "prices"], None, SN_OCT, "Senegal", ANSD),
  ("1.5 percent", 1.5, "=", ["imported products", "prices"], None, SN_OCT, "Senegal", ANSD)],
 ["09.11.2020", "18h21", "twelve months"]),
("q-econ-jamaica-cpi-2020", "Jamaica Observer", "2021-01-20", "http://www.jamaicaobserver.com/latestnews/_STATIN_reports_6.4_inflation_rate_for_2020", "economy",
 "KINGSTON, Jamaica — Inflation was 1.3 per cent for December 2020 and 6.4 per cent for the calendar year as a whole, according to the Statistical Institute of Jamaica (STATIN). "
 "That full-year outturn is 1.4 percentage points higher than what had been recorded through October. "
 "Speaking on Wednesday (January 20) at the digital briefing STATIN holds every quarter, Director General Carol Coy put December's movement in the consumer price index (CPI) down to three divisions whose indices went up: 'Food and Alcoholic Beverages', by 2.4 per cent; the 'Housing, Water, Electricity, Gas and Other Fuels' division, which rose 1.5 per cent; and 'Transport', up 0.3 per cent. "
 "No statistic is used more widely to gauge inflation than the CPI. "
 "According to Coy, the food division moved because the index for the group 'Food' increased 2.5 per cent as some vegetables got dearer. "
 "Higher charges for electricity, water and sewerage did most to lift the housing division, and pricier petrol was the main cause of the rise in transport, the Director General said.",
 [("1.3 per cent", 1.3, "=", "inflation", None, JM_DEC, "Jamaica", STATIN),
  ("6.4 per cent", 6.4, "=", "inflation", None, JM20, "Jamaica", STATIN),
  ("1.4 percentage points", 1.4, "=", ["outturn", "inflation"], None, JM20, "Jamaica", STATIN),
  ("2.4 per cent", 2.4, "=", ["Food and Alcoholic Beverages", "index", "indices"], "rose", JM_DEC, "Jamaica", STATIN),
  ("1.5 per cent", 1.5, "=", ["Housing, Water, Electricity, Gas and Other Fuels", "index", "indices"], "rose", JM_DEC, "Jamaica", STATIN),
  ("0.3 per cent", 0.3, "=", ["Transport", "index", "indices"], "rose", JM_DEC, "Jamaica", STATIN),
  ("2.5 per cent", 2.5, "=", ["index for the group 'Food'", "index", "Food"], "rose", JM_DEC, "Jamaica", STATIN)],
 ["January 20", "three divisions"]),
("q-fin-ghana-h1-2022", "PFM Tax Africa", "2022-07-26", "https://pfmtaxafrica.com/government-fiscal-operations-for-half-year-2022-show-shortfalls-in-revenue-rising-expenditures/", "public finance",
 "Provisional figures for the fiscal operations of Ghana's government in January-June 2022 point to revenue falling short and spending running ahead of plan. "
 "The 2022 Mid-Year Budget Review puts the overall budget deficit for the period at GH¢28.153 billion (5.6% of GDP), well above the programmed target of GH¢19.730 billion (3.9% of GDP). "
 "On the primary balance there was also a deficit, of GH¢7.676 billion (1.5% of GDP), where the target had been a deficit of GH¢672 million (0.1% of GDP). "
 "Total Revenue and Grants came to GH¢37.808 billion (7.5% of GDP), under the GH¢43.421 billion (8.6% of GDP) aimed for but above the GH¢30.461 billion (6.6% of GDP) collected in the same half of 2021. "
 "Revenue therefore missed its target by 12.9% while growing 24.1% year on year; every revenue handle did less well than hoped, the review says. "
 "Total Expenditure, counting arrears clearance and discrepancy, reached GH¢65.961 billion (13.1% of GDP), slightly over its GH¢63.151 billion (12.6% of GDP) target. "
 "Apart from interest payments and foreign-financed capital spending, every main spending item stayed within its target for the half year.",
 [("GH¢28.153 billion", 28.153e9, "=", ["budget deficit", "deficit", "overall budget deficit"], None, GH_H1, "Ghana", MYBR),
  ("5.6% of GDP", 5.6, "=", ["budget deficit", "deficit", "GDP"], None, GH_H1, "Ghana", MYBR),
  ("GH¢19.730 billion", 19.73e9, "=", ["target", "deficit target", "programmed target", "deficit"], None, GH_H1, "Ghana", MYBR),
  ("3.9% of GDP", 3.9, "=", ["target", "deficit target", "deficit", "GDP"], None, GH_H1, "Ghana", MYBR),
  ("GH¢7.676 billion", 7.676e9, "=", ["primary balance", "deficit"], None, GH_H1, "Ghana", MYBR),
  ("1.5% of GDP", 1.5, "=", ["primary balance", "deficit", "GDP"], None, GH_H1, "Ghana", MYBR),
  ("GH¢672 million", 672e6, "=", ["target", "deficit", "primary balance"], None, GH_H1, "Ghana", MYBR),
  ("0.1% of GDP", 0.1, "=", ["target", "deficit", "primary balance", "GDP"], None, GH_H1, "Ghana", MYBR),
  ("GH¢37.808 billion", 37.808e9, "=", ["Total Revenue and Grants", "revenue"], None, GH_H1, "Ghana", MYBR),
  ("7.5% of GDP", 7.5, "=", ["Total Revenue and Grants", "revenue", "GDP"], None, GH_H1, "Ghana", MYBR),
  ("GH¢43.421 billion", 43.421e9, "=", ["Total Revenue and Grants", "revenue", "target"], None, GH_H1, "Ghana", MYBR),
  ("8.6% of GDP", 8.6, "=", ["Total Revenue and Grants", "revenue", "target", "GDP"], None, GH_H1, "Ghana", MYBR),
  ("GH¢30.461 billion", 30.461e9, "=", ["Total Revenue and Grants", "revenue"], None, GH_H1_21, "Ghana", MYBR),
  ("6.6% of GDP", 6.6, "=", ["Total Revenue and Grants", "revenue", "GDP"], None, GH_H1_21, "Ghana", MYBR),
  ("12.9%", 12.9, "=", ["revenue", "target"], None, GH_H1, "Ghana", MYBR),
  ("24.1%", 24.1, "=", "revenue", "rose", GH_H1, "Ghana", MYBR),
  ("GH¢65.961 billion", 65.961e9, "=", ["Total Expenditure", "expenditure"], None, GH_H1, "Ghana", MYBR),
  ("13.1% of GDP", 13.1, "=", ["Total Expenditure", "expenditure", "GDP"], None, GH_H1, "Ghana", MYBR),
  ("GH¢63.151 billion", 63.151e9, "=", ["target", "Total Expenditure", "expenditure"], None, GH_H1, "Ghana", MYBR),
  ("12.6% of GDP", 12.6, "=", ["target", "Total Expenditure", "expenditure", "GDP"], None, GH_H1, "Ghana", MYBR)],
 ["January-June 2022"]),
("q-trade-cotedivoire-2023", "Ecofin Agency", "2024-02-27", "https://ecofinagency.com/public-management/2702-45228-cote-divoires-trade-balance-shifts-to-surplus-in-2023-driven-by-key-exports", "trade",
 "(Ecofin Agency) - Cocoa and its derivatives, petroleum products, raw gold and natural rubber led Ivorian exports in 2023, making up 70.1% of the total between them. "
 "Côte d'Ivoire's trade balance swung to a surplus of CFA850 billion ($1.4 billion) last year, a big turnaround from the CFA866 billion deficit of 2022, a report by the Ivorian customs authorities shows. "
 "Exports jumped to CFA12,301 billion in 2023, from CFA9,204 billion a year before, and imports rose too, from CFA10,070 billion to CFA11,451 billion. "
 "The four leading product groups brought in CFA 8,625 billion of the export total, according to the authorities. "
 "Mali was the biggest buyer of Ivorian goods, taking CFA1,817.8 billion worth, ahead of the Netherlands at CFA1,281.3 billion and Switzerland at CFA1,180.8 billion. "
 "Crude oil, petroleum products, mechanical machinery, iron and rice topped the list of purchases abroad, for 41.3% of the import bill, or CFA4,734 billion. "
 "China was the main supplier, with goods worth CFA1,695.2 billion sold to Côte d'Ivoire in 2023, followed by Nigeria at CFA1,602.2 billion and France at CFA638.1 billion. "
 "By the third quarter of 2023, Ivorian exports made up 55.6% of all sales abroad by the West African Economic and Monetary Union (WAEMU).",
 [("70.1%", 70.1, "=", ["exports", "Ivorian exports", "total"], None, CI23, "Côte d'Ivoire", CUST),
  ("CFA850 billion", 850e9, "=", ["trade balance", "surplus", "trade surplus"], None, CI23, "Côte d'Ivoire", CUST),
  ("$1.4 billion", 1.4e9, "=", ["trade balance", "surplus", "trade surplus"], None, CI23, "Côte d'Ivoire", CUST),
  ("CFA866 billion", 866e9, "=", ["deficit", "trade balance", "trade deficit"], None, CI22, "Côte d'Ivoire", CUST),
  ("CFA12,301 billion", 12301e9, "=", "exports", None, CI23, "Côte d'Ivoire", CUST),
  ("CFA9,204 billion", 9204e9, "=", "exports", None, CI22, "Côte d'Ivoire", CUST),
  ("CFA10,070 billion", 10070e9, "=", "imports", None, CI22, "Côte d'Ivoire", CUST),
  ("CFA11,451 billion", 11451e9, "=", "imports", None, CI23, "Côte d'Ivoire", CUST),
  ("CFA 8,625 billion", 8625e9, "=", ["exports", "export total", "product groups"], None, CI23, "Côte d'Ivoire", CUST),
  ("CFA1,817.8 billion", 1817.8e9, "=", ["Ivorian goods", "goods", "exports"], None, CI23, ["Mali", "Côte d'Ivoire"], CUST),
  ("CFA1,281.3 billion", 1281.3e9, "=", ["Ivorian goods", "goods", "exports"], None, CI23, ["Netherlands", "Côte d'Ivoire"], CUST),
  ("CFA1,180.8 billion", 1180.8e9, "=", ["Ivorian goods", "goods", "exports"], None, CI23, ["Switzerland", "Côte d'Ivoire"], CUST),
  ("41.3%", 41.3, "=", ["import bill", "imports", "purchases"], None, CI23, "Côte d'Ivoire", CUST),
  ("CFA4,734 billion", 4734e9, "=", ["import bill", "imports", "purchases"], None, CI23, "Côte d'Ivoire", CUST),
  ("CFA1,695.2 billion", 1695.2e9, "=", ["goods", "imports"], None, CI23, ["China", "Côte d'Ivoire"], CUST),
  ("CFA1,602.2 billion", 1602.2e9, "=", ["goods", "imports"], None, CI23, ["Nigeria", "Côte d'Ivoire"], CUST),
  ("CFA638.1 billion", 638.1e9, "=", ["goods", "imports"], None, CI23, ["France", "Côte d'Ivoire"], CUST),
  ("55.6%", 55.6, "=", ["sales abroad", "exports", "Ivorian exports"], None, "2023-01-01..2023-09-30", ["West African Economic and Monetary Union", "WAEMU", "Côte d'Ivoire"], None)],
 []),
("q-elec-senegal-2019", "Global Times (Xinhua)", "2019-02-28", "http://www.globaltimes.cn/content/1140593.shtml", "elections",
 "Senegal's sitting president Macky Sall has won a new term with 58.27 percent of the vote at the Feb. 24 presidential election, according to provisional results that Demba Kandji, President of the National Commission for the Census of Votes (CNRV), announced on Thursday. "
 "Kandji, who also serves as first president of the Court of Appeal of Dakar, said Macky Sall received 2,554,605 of the valid votes, or 58.27 percent, and that Idrissa Seck came next on 898,674 votes (20.5 percent). "
 "Turnout was 66.23 percent, as more than 4.38 million went to the polls out of more than 6.68 million registered voters. "
 "Five candidates stood: Macky Sall, who is after a second term; Idrissa Seck, once Prime Minister; Madicke Niang, a past Foreign Minister; Ousmane Sonko, who used to be a tax inspector; and the academic Issa Sall. "
 "The 2016 constitutional revision shortened the presidential term to five years from seven. "
 "The new president's inauguration date will be fixed after the Constitutional Council, which is reviewing the provisional results, proclaims the final official ones.",
 [("58.27 percent", 58.27, "=", ["vote", "Macky Sall"], "won", SN_VOTE, "Senegal", CNRV),
  ("2,554,605", 2554605, "=", ["valid votes", "votes"], None, SN_VOTE, "Senegal", CNRV),
  ("58.27 percent", 58.27, "=", ["valid votes", "votes", "vote", "Macky Sall"], None, SN_VOTE, "Senegal", CNRV, 1),
  ("898,674 votes", 898674, "=", "votes", None, SN_VOTE, "Senegal", CNRV),
  ("20.5 percent", 20.5, "=", ["votes", "vote", "Idrissa Seck"], None, SN_VOTE, "Senegal", CNRV),
  ("more than 6.68 million registered voters", 6.68e6, ">", ["registered voters", "voters"], None, SN_VOTE, "Senegal", CNRV),
  ("more than 4.38 million", 4.38e6, ">", ["registered voters", "voters"], None, SN_VOTE, "Senegal", CNRV),
  ("66.23 percent", 66.23, "=", "turnout", None, SN_VOTE, "Senegal", CNRV),
  ("Five candidates", 5, "=", "candidates", None, SN_VOTE, "Senegal", None)],
 ["Feb. 24", "second term", "five years", "from seven", "2016"]),
("q-poll-belgium-ipsos-2019", "VRT NWS", "2019-05-18", "https://www.vrt.be/vrtnws/en/2019/05/18/far-right-third-in-new-poll/", "poll",
 "A new Ipsos poll for the commercial broadcasters VTM and RTL-TVI and the dailies 'Het Laatste Nieuws' and 'Le Soir' points to strong gains for the far right in Flanders. "
 "Ipsos asked 1,003 Flemings how they mean to vote in the federal election. "
 "Of those who replied, 28.1% said they would back the Flemish nationalist N-VA, 4.3% down on the party's 2014 federal result. "
 "The Flemish Christian democrats, on 17.1% in the Ipsos survey, are below the 18.6% they took in 2014 but can take heart, as that is more than earlier polls gave them. "
 "The party with most to celebrate is the far-right Vlaams Belang: with 14.8% of voting intentions it comes third, over one and a half times the 5.8% it scored at the 2014 federal election. "
 "The Flemish greens, on 12.1%, are well above their 8.6% of 2014 but well short of the 15.6% Ipsos gave them in its previous poll in February. "
 "The Flemish liberals are still in the doldrums at 11.2%, down 4.3 percentage points on 2014, and the Flemish socialists, on 11%, are 3 percentage points below their 2014 score. "
 "The far left polled 4.7%, just below the electoral threshold, though it could still get one or more MPs elected depending on how it does in individual constituencies. "
 "In Brussels the greens lead: 22.9% of the 519 Brussels voters surveyed would vote for the joint Francophone and Flemish green list, and the Francophone/Flemish socialist list is backed by 17.3%. "
 "The Francophone liberals come third there with 15.5%.",
 [("1,003 Flemings", 1003, "=", ["Flemings", "respondents"], None, None, "Flanders", IPSOS),
  ("28.1%", 28.1, "=", ["N-VA", "vote"], None, None, "Flanders", IPSOS),
  ("4.3%", 4.3, "=", ["N-VA", "vote"], "fell", None, "Flanders", IPSOS),
  ("17.1%", 17.1, "=", ["Flemish Christian democrats", "Christian democrats", "vote"], None, None, "Flanders", IPSOS),
  ("18.6%", 18.6, "=", ["Flemish Christian democrats", "Christian democrats", "vote"], None, BE14, "Flanders", None),
  ("14.8%", 14.8, "=", ["voting intentions", "Vlaams Belang", "vote"], None, None, "Flanders", IPSOS),
  ("5.8%", 5.8, "=", ["Vlaams Belang", "vote"], None, BE14, "Flanders", None),
  ("12.1%", 12.1, "=", ["Flemish greens", "greens", "vote"], None, None, "Flanders", IPSOS),
  ("8.6%", 8.6, "=", ["Flemish greens", "greens", "vote"], None, BE14, "Flanders", None, 1),
  ("15.6%", 15.6, "=", ["Flemish greens", "greens", "vote"], None, "2019-02-01..2019-02-28", "Flanders", IPSOS),
  ("11.2%", 11.2, "=", ["Flemish liberals", "liberals", "vote"], None, None, "Flanders", IPSOS),
  ("4.3 percentage points", 4.3, "=", ["Flemish liberals", "liberals", "vote"], "fell", None, "Flanders", IPSOS),
  ("11%", 11, "=", ["Flemish socialists", "socialists", "vote"], None, None, "Flanders", IPSOS),
  ("3 percentage points", 3, "=", ["Flemish socialists", "socialists", "vote"], None, None, "Flanders", IPSOS, 1),
  ("4.7%", 4.7, "=", ["far left", "vote"], None, None, "Flanders", IPSOS),
  ("22.9%", 22.9, "=", ["Brussels voters", "voters", "green list"], None, None, "Brussels", IPSOS),
  ("519 Brussels voters", 519, "=", ["Brussels voters", "voters"], None, None, "Brussels", IPSOS),
  ("17.3%", 17.3, "=", ["Francophone/Flemish socialist list", "socialist list", "vote"], None, None, "Brussels", IPSOS),
  ("15.5%", 15.5, "=", ["Francophone liberals", "liberals", "vote"], None, None, "Brussels", IPSOS)],
 ["one and a half times", "one or more MPs"]),
("q-biz-snb-h1-2021", "The National", "2021-08-05", "https://www.thenationalnews.com/business/banking/2021/08/05/saudi-national-banks-first-half-income-climbs-amid-economic-rebound", "company results",
 "Saudi National Bank, the kingdom's largest lender by assets, reported first-half net profit up by more than 12 per cent, as operating profit grew with the economy coming back from the Covid-19 pandemic. "
 "In the half-year ending in June, net profit rose to 5.52 billion Saudi riyals ($1.72bn), according to a statement SNB filed on Thursday with the Tadawul stock exchange, on which it is listed. "
 "Half-year operating profit was 13.3bn riyals, up more than 31 per cent, helped by a 22.7 per cent increase, to 9.96bn riyals, in net income from special commissions, financing and investment activities. "
 "Like their peers around the world, banks in Saudi Arabia, the largest oil producer in Opec and the top crude exporter worldwide, worked in harder conditions in 2020 as the pandemic stalled the economy.",
 [("more than 12 per cent", 12, ">", ["net profit", "first-half net profit"], "rose", SNB_H1, None, SNB),
  ("5.52 billion Saudi riyals", 5.52e9, "=", "net profit", None, SNB_H1, None, SNB),
  ("$1.72bn", 1.72e9, "=", "net profit", None, SNB_H1, None, SNB),
  ("more than 31 per cent", 31, ">", "operating profit", "rose", SNB_H1, None, SNB),
  ("13.3bn riyals", 13.3e9, "=", "operating profit", None, SNB_H1, None, SNB),
  ("22.7 per cent", 22.7, "=", ["net income", "net income from special commissions, financing and investment activities"], "rose", SNB_H1, None, SNB),
  ("9.96bn riyals", 9.96e9, "=", ["net income", "net income from special commissions, financing and investment activities"], None, SNB_H1, None, SNB)],
 []),
("q-biz-vietnam-airlines-h1-2019", "Bizhub (VNA)", "2019-07-17", "http://bizhub.vn/markets/vietnam-airlines-group-makes-224-billion-in-revenue_307444.html", "company results",
 "Vietnam Airlines Group, whose shares trade under the code HVN, took consolidated revenue of almost VND52 trillion (US$2.24 billion) in January-June this year, 5.5 per cent more than a year earlier. "
 "Figures published on Tuesday put the group's consolidated pre-tax profit at an estimated VND1.65 trillion, 30 per cent ahead of plan. "
 "The parent company, Vietnam Airlines, contributed VND38.3 trillion of revenue and VND1.79 trillion of pre-tax profit, rises of 5.8 per cent and 21.8 per cent respectively on the year. "
 "At the end of June 2019 its debt-to-equity ratio was 2.32 times, against 2.58 times at the start of the year and far under the ceiling the State sets. "
 "Over the six months the carrier safely flew more than 13.9 million passengers, 2 per cent more than in 2018, plus cargo of over 180,000 tonnes, up 1.6 per cent on the year, on 73,650 flights. "
 "On-time performance averaged 90 per cent, among the best anywhere, and the seat load factor was 80.3 per cent. "
 "The group, which also takes in Jetstar Pacific and VASCO, had about 51 per cent of the domestic passenger market. "
 "Its first Boeing 787-10 Dreamliner arrives in August 2019.",
 [("almost VND52 trillion", 52e12, "nearly", ["consolidated revenue", "revenue"], None, VN_H1, None, VNA),
  ("US$2.24 billion", 2.24e9, "=", ["consolidated revenue", "revenue"], None, VN_H1, None, VNA),
  ("5.5 per cent", 5.5, "=", ["consolidated revenue", "revenue"], None, VN_H1, None, VNA),
  ("VND1.65 trillion", 1.65e12, "=", ["consolidated pre-tax profit", "pre-tax profit", "profit"], None, VN_H1, None, VNA),
  ("30 per cent", 30, "=", ["consolidated pre-tax profit", "pre-tax profit", "profit", "plan"], None, VN_H1, None, VNA),
  ("VND38.3 trillion", 38.3e12, "=", "revenue", None, VN_H1, None, VNA),
  ("VND1.79 trillion", 1.79e12, "=", ["pre-tax profit", "profit"], None, VN_H1, None, VNA),
  ("5.8 per cent", 5.8, "=", "revenue", "rose", VN_H1, None, VNA),
  ("21.8 per cent", 21.8, "=", ["pre-tax profit", "profit"], "rose", VN_H1, None, VNA),
  ("2.32 times", 2.32, "=", ["debt-to-equity ratio", "ratio"], None, "2019-06-30", None, VNA),
  ("2.58 times", 2.58, "=", ["debt-to-equity ratio", "ratio"], None, "2019-01-01", None, VNA),
  ("more than 13.9 million passengers", 13.9e6, ">", "passengers", None, VN_H1, None, VNA),
  ("2 per cent", 2, "=", "passengers", None, VN_H1, None, VNA),
  ("over 180,000 tonnes", 180000, ">", "cargo", None, VN_H1, None, VNA),
  ("1.6 per cent", 1.6, "=", "cargo", "rose", VN_H1, None, VNA),
  ("73,650 flights", 73650, "=", "flights", None, VN_H1, None, VNA),
  ("90 per cent", 90, "=", "on-time performance", None, VN_H1, None, VNA),
  ("80.3 per cent", 80.3, "=", ["seat load factor", "load factor"], None, VN_H1, None, VNA),
  ("about 51 per cent", 51, "~", ["domestic passenger market", "market", "passengers"], None, VN_H1, None, VNA)],
 ["787-10"]),
("q-health-drc-measles-2019", "ReliefWeb (ECHO Daily Flash)", "2019-06-12", "https://reliefweb.int/report/democratic-republic-congo/democratic-republic-congo-drc-measles-outbreak-un-drc-authorities", "health",
 "Democratic Republic of the Congo – On 10 June the Ministry of Health officially declared an outbreak of measles. "
 "Since the start of 2019, 95,335 suspected cases have already been notified, among them 1,562 deaths. "
 "Of the DRC's 26 provinces, 23 are affected, and 83 of the 512 health districts have already seen the epidemic confirmed. "
 "It adds to an extremely fragile humanitarian situation and high malnutrition rates: among malnourished children, measles can kill up to 20% of those it strikes during an outbreak. "
 "The global fatality rate is currently 2.6%. "
 "In April 2019 a measles vaccination campaign in 63 health districts reached more than 2.2 million children, yet 73% of the new suspected cases had either not been vaccinated or had no known vaccination status. "
 "Another campaign, aimed at around 1.4 million children younger than five, is in preparation and needs to move faster. "
 "The epidemic is far larger than last year's, when a total of 65,098 cases were reported.",
 [("95,335 suspected cases", 95335, "=", ["suspected cases", "cases"], None, CD_YTD, ["Democratic Republic of the Congo", "DRC"], None),
  ("1,562 deaths", 1562, "=", "deaths", None, CD_YTD, ["Democratic Republic of the Congo", "DRC"], None),
  ("26 provinces", 26, "=", "provinces", None, None, ["Democratic Republic of the Congo", "DRC"], None),
  ("23 are affected", 23, "=", "provinces", "affected", None, ["Democratic Republic of the Congo", "DRC"], None),
  ("83", 83, "=", "health districts", None, None, ["Democratic Republic of the Congo", "DRC"], None),
  ("512 health districts", 512, "=", "health districts", None, None, ["Democratic Republic of the Congo", "DRC"], None),
  ("up to 20%", 20, "<=", ["malnourished children", "children"], "killed", None, None, None),
  ("2.6%", 2.6, "=", ["global fatality rate", "fatality rate"], None, None, None, None),
  ("more than 2.2 million children", 2.2e6, ">", "children", None, "2019-04-01..2019-04-30", ["Democratic Republic of the Congo", "DRC"], None),
  ("63 health districts", 63, "=", "health districts", None, "2019-04-01..2019-04-30", ["Democratic Republic of the Congo", "DRC"], None),
  ("73%", 73, "=", ["new suspected cases", "suspected cases", "cases"], None, None, ["Democratic Republic of the Congo", "DRC"], None),
  ("around 1.4 million children", 1.4e6, "~", "children", None, None, ["Democratic Republic of the Congo", "DRC"], None),
  ("65,098 cases", 65098, "=", "cases", None, "2018-01-01..2018-12-31", ["Democratic Republic of the Congo", "DRC"], None)],
 ["10 June", "younger than five"]),
("q-health-yemen-dengue-2019", "Outbreak News Today", "2019-09-03", "http://outbreaknewstoday.com/yemen-reports-dengue-increase-in-2019-cholera-update-90657/", "health",
 "Yemeni officials report a seasonal jump in dengue fever in 2019: since the year began there have been 14,540 suspected cases and 79 deaths tied to the disease, more cases than in earlier years. "
 "The southern governorates are worst hit. "
 "In the last four weeks 88 districts reported suspected dengue cases, and 83% of the cases were in four governorates: Taiz (38%), Abyan (21%), Lahj (13%) and Aden (11%). "
 "Years of conflict have made transmission more likely, with poor sanitation, bad living conditions and little done to control the mosquitoes that carry it. "
 "Yemen also remains the scene of the largest cholera outbreak in the world. "
 "Between October 2016 and August 2019 a cumulative 2,036,960 suspected cholera cases were reported there, with 3,716 deaths among them (a fatality rate of 0.18%). "
 "The attack rate per 10,000 people is highest in five governorates: Amran (1,602.13), Al Mahwit (1,474.79), Sana'a (1,295.78), Al Bayda (1,027.14) and Dahamar (957.61), against a national average of 713.99 per 10,000. "
 "Most deaths were reported in the governorates of Hajjah (559), Ibb (486), Al Hudaydah (380) and Taizz (304).",
 [("14,540 suspected cases", 14540, "=", ["suspected cases", "cases"], None, YE_YTD, "Yemen", YE_OFF),
  ("79 deaths", 79, "=", "deaths", None, YE_YTD, "Yemen", YE_OFF),
  ("88 districts", 88, "=", "districts", None, YE_4W, "Yemen", YE_OFF),
  ("83%", 83, "=", "cases", None, YE_YTD, "Yemen", YE_OFF),
  ("(38%)", 38, "=", "cases", None, YE_YTD, "Taiz", YE_OFF),
  ("(21%)", 21, "=", "cases", None, YE_YTD, "Abyan", YE_OFF),
  ("(13%)", 13, "=", "cases", None, YE_YTD, "Lahj", YE_OFF),
  ("(11%)", 11, "=", "cases", None, YE_YTD, "Aden", YE_OFF),
  ("2,036,960 suspected cholera cases", 2036960, "=", ["suspected cholera cases", "cases"], None, YE_CH, "Yemen", None),
  ("3,716 deaths", 3716, "=", "deaths", None, YE_CH, "Yemen", None),
  ("0.18%", 0.18, "=", "fatality rate", None, YE_CH, "Yemen", None),
  ("(1,602.13)", 1602.13, "=", "attack rate", None, YE_CH, "Amran", None),
  ("(1,474.79)", 1474.79, "=", "attack rate", None, YE_CH, "Al Mahwit", None),
  ("(1,295.78)", 1295.78, "=", "attack rate", None, YE_CH, "Sana'a", None),
  ("(1,027.14)", 1027.14, "=", "attack rate", None, YE_CH, "Al Bayda", None),
  ("(957.61)", 957.61, "=", "attack rate", None, YE_CH, "Dahamar", None),
  ("713.99", 713.99, "=", ["national average", "attack rate"], None, YE_CH, "Yemen", None),
  ("(559)", 559, "=", "deaths", None, YE_CH, "Hajjah", None),
  ("(486)", 486, "=", "deaths", None, YE_CH, "Ibb", None),
  ("(380)", 380, "=", "deaths", None, YE_CH, "Al Hudaydah", None),
  ("(304)", 304, "=", "deaths", None, YE_CH, "Taizz", None)],
 ["four weeks", "four governorates", "10,000", "five governorates"]),
("q-disaster-afghanistan-floods-2019", "Reuters (via FXEye)", "2019-03-06", "https://fxeyetips.com/en/newsdetail/201903063004987773.html", "disasters",
 "KABUL, Afghanistan (Reuters) - In southern Afghanistan more than 40 people have been killed by flash floods that followed heavy rain last week, twice the toll first estimated, according to a U.N. agency coordinating the relief work. "
 "In a statement late on Tuesday, the U.N. Office for the Coordination of Humanitarian Affairs (OCHA), citing government estimates, said the floods that began on Friday had destroyed 1,300 homes and damaged 2,500 in nine provinces, leaving many people in urgent need of shelter, food and clothing. "
 "Hundreds of people were hurt or missing, the agency said, and the Afghan government's disaster management authority said some 5,000 had been displaced in Kandahar province alone. "
 "At least 15,300 people were affected in Kandahar, the province that bore most of the damage, OCHA said. "
 "The Norwegian Refugee Council, one of several groups delivering aid, put the death toll a little lower, at 32. "
 "Its emergency manager, Wilberforce Musombi, said supplies of tents and winter clothing were already used up. "
 "The rains may help farmers later on, as many of them were unable to plant last year because of a severe drought.",
 [("more than 40 people", 40, ">", "people", "killed", AF_FL, ["southern Afghanistan", "Afghanistan"], OCHA_AF),
  ("1,300 homes", 1300, "=", "homes", "destroyed", AF_FL, ["Afghanistan", "nine provinces"], OCHA_AF),
  ("2,500", 2500, "=", "homes", "damaged", AF_FL, ["Afghanistan", "nine provinces"], OCHA_AF),
  ("nine provinces", 9, "=", "provinces", None, AF_FL, "Afghanistan", OCHA_AF),
  ("Hundreds of people", None, ("vague", 200, 1000), "people", None, AF_FL, "Afghanistan", OCHA_AF),
  ("some 5,000", 5000, "~", "people", "displaced", AF_FL, ["Kandahar province", "Kandahar"], DMA_AF),
  ("At least 15,300 people", 15300, ">=", "people", "affected", AF_FL, ["Kandahar", "Kandahar province"], OCHA_AF),
  ("32", 32, "=", ["death toll", "people"], None, AF_FL, "Afghanistan", ["Norwegian Refugee Council", "The Norwegian Refugee Council"])],
 []),
("q-climate-chad-floods-2019", "ReliefWeb (OCHA West and Central Africa snapshot)", "2019-09-04", "https://reliefweb.int/report/chad/west-and-central-africa-weekly-regional-humanitarian-snapshot-27-august-2-september-2019", "climate",
 "CHAD – Floods strike the north. On 23 August heavy rain, and the floods it brought, in Kalait in Ennedi West destroyed houses, vehicles, food and crops and killed large numbers of cattle. "
 "Seven people died, two women among them. "
 "Local authorities say 400 houses were destroyed and 370 more damaged in Kalait, where two weeks of flooding have reportedly cut the town in half and affected 8,775 people. "
 "In Fada, another Ennedi West town, 240 houses were destroyed and 400 others damaged, affecting 3,200 people. "
 "Families hit by the floods are said to be sleeping in the open with no shelter, food or clothes, at risk of malaria and water-borne disease. "
 "The government has formed response committees and, the needs being so great, has asked the humanitarian community for support.",
 [("Seven people", 7, "=", "people", "killed", TD_DAY, ["Kalait", "Ennedi West", "Chad"], None),
  ("two women", 2, "=", "women", "killed", TD_DAY, ["Kalait", "Ennedi West", "Chad"], None),
  ("400 houses", 400, "=", "houses", "destroyed", TD_DAY, ["Kalait", "Ennedi West", "Chad"], LOC_TD),
  ("370", 370, "=", "houses", "damaged", TD_DAY, ["Kalait", "Ennedi West", "Chad"], LOC_TD),
  ("8,775 people", 8775, "=", "people", "affected", None, ["Kalait", "Ennedi West", "Chad"], LOC_TD),
  ("240 houses", 240, "=", "houses", "destroyed", None, ["Fada", "Ennedi West", "Chad"], LOC_TD),
  ("400 others", 400, "=", ["houses", "others"], "damaged", None, ["Fada", "Ennedi West", "Chad"], LOC_TD),
  ("3,200 people", 3200, "=", "people", "affected", None, ["Fada", "Ennedi West", "Chad"], LOC_TD)],
 ["23 August", "two weeks"]),
("q-mig-djibouti-2024", "Sight Magazine (Reuters)", "2024-10-02", "https://sightmagazine.com.au/news/rescuers-race-to-find-over-100-migrants-missing-off-djibouti-coast-search-for-shipwrecked-migrants-near-canaries-called-off/", "migration",
 "NAIROBI, Kenya/MADRID, Spain (Reuters) - Rescuers are looking for more than 100 migrants off Djibouti, where smugglers made them jump overboard, the UN migration agency reported on Wednesday. "
 "Since Tuesday's incident at least 45 bodies have been pulled from the water, making 2024 the deadliest year ever recorded for sea crossings between East Africa and Yemen, according to the International Organization for Migration. "
 "A further 154 people were rescued from the two boats, which had sailed from Yemen to Djibouti carrying 310 passengers in all, IOM said in a statement. "
 "Each year hundreds of thousands of people set out from the Horn of Africa for the Gulf states in search of better economic prospects, along what the IOM calls the Eastern Route, one of the busiest and most dangerous migration corridors in the world. "
 "Survivors told IOM the boat operators had made them leave both vessels in open water off Obock, a port town in Djibouti. "
 "One of the survivors was a four-month-old baby whose mother drowned, the agency said. "
 "In Spain, meanwhile, the authorities have given up the search for dozens of people aboard a migrant boat that sank near El Hierro, in the Canary Islands, at the weekend, killing at least nine, Spain's maritime rescue service announced on Wednesday.",
 [("more than 100 migrants", 100, ">", "migrants", None, DJ_DAY, "Djibouti", IOM),
  ("at least 45 bodies", 45, ">=", "bodies", None, DJ_DAYS, "Djibouti", IOM),
  ("154 people", 154, "=", "people", "rescued", DJ_DAY, "Djibouti", IOM),
  ("two boats", 2, "=", "boats", None, DJ_DAY, "Djibouti", IOM),
  ("310 passengers", 310, "=", "passengers", None, DJ_DAY, ["Djibouti", "Yemen"], IOM),
  ("hundreds of thousands of people", None, ("vague", 200000, 1000000), "people", None, None, "Horn of Africa", IOM),
  ("dozens of people", None, ("vague", 24, 100), "people", None, "2024-09-28..2024-09-29", ["El Hierro", "Canary Islands", "Spain"], ["maritime rescue service", "the maritime rescue service"]),
  ("at least nine", 9, ">=", "people", "killed", "2024-09-28..2024-09-29", ["El Hierro", "Canary Islands", "Spain"], ["maritime rescue service", "the maritime rescue service"])],
 ["four-month-old"]),
("q-sport-lagos-marathon-2020", "Ripples Nigeria", "2020-02-08", "https://www.ripplesnigeria.com/breaking-kenyan-athlete-david-barmasai-wins-42km-lagos-city-marathon-bags-50000/", "sport",
 "Kenyan runner David Barmasai Tumo has won the 42km Lagos City Marathon, reaching the finish in just 2hours, 10mins and 22 seconds. "
 "Since the race was first run five years ago, Kenyans have now taken it three times. "
 "Barmasai set a new event record with that time, which brings him the top prize of $50,000, with $40,000 going to the runner-up and $30,000 to the third-placed man. "
 "The 42km race set off from the National Stadium in Surulere, Lagos, and ended at Eko Atlantic. "
 "Another Kenyan, Sharon Jemutai Cherop, was the first woman home, in 2:31:38. "
 "A separate 10km race is due to start from Admiralty Way in Lekki, with brand new Kia Rio cars for the first man and the first woman to finish; second place there pays N1,000,000 and third N750,000. "
 "At the last edition the 42km race went to Sintayehu Legese of Ethiopia, in 2:17:28.",
 [("three times", 3, "=", None, "won", None, "Lagos", None),
  ("$50,000", 50000, "=", ["top prize", "prize", "prize money"], None, LG_DAY, "Lagos", None),
  ("$40,000", 40000, "=", ["prize", "prize money"], None, LG_DAY, "Lagos", None),
  ("$30,000", 30000, "=", ["prize", "prize money"], None, LG_DAY, "Lagos", None),
  ("N1,000,000", 1000000, "=", ["prize", "prize money"], None, None, ["Lekki", "Lagos"], None),
  ("N750,000", 750000, "=", ["prize", "prize money"], None, None, ["Lekki", "Lagos"], None)],
 ["42km Lagos City Marathon", "2hours, 10mins and 22 seconds", "five years ago", "2:31:38", "10km race", "2:17:28"]),
("q-transport-colombo-port-2018", "China.org.cn (Xinhua)", "2018-02-20", "http://en.chinagate.cn/2018-02/20/content_50572223.htm", "transport",
 "COLOMBO, Feb. 20 (Xinhua) -- In January 2018 Sri Lanka's Colombo Port handled 564,155 containers, 16.4 percent more than a year before, according to a statement the Sri Lanka Ports Authority (SLPA) issued on Tuesday. "
 "In the month transhipment volumes grew 20.4 percent, reaching 436,303 20-foot equivalent units (TEUs), the SLPA added. "
 "Three terminals handle the port's containers: the state-run Jaya Container Terminal (JCT), Colombo International Container Terminals, which China's CM Ports group runs, and South Asia Gateway Terminals, owned by the Colombo-listed John Keells group. "
 "Last December Colombo Port set a record for the South Asian port when it handled its 6 millionth TEU. "
 "In 2016 the port's volumes rose 10.6 percent to 5.734 million TEUs, which lifted it past Bremen/Bremerhaven in Germany and Tanjung Priok in Indonesia in Lloyd's List's ranking of the top 100 container ports. "
 "In 2017 it climbed two places, to 25th among the busiest container ports, just behind Ho Chi Minh City in Vietnam.",
 [("564,155 containers", 564155, "=", "containers", None, LK_JAN, COLOMBO, SLPA),
  ("16.4 percent", 16.4, "=", "containers", None, LK_JAN, COLOMBO, SLPA),
  ("20.4 percent", 20.4, "=", ["transhipment volumes", "volumes"], "rose", LK_JAN, COLOMBO, SLPA),
  ("436,303", 436303, "=", ["transhipment volumes", "volumes", "TEUs", "20-foot equivalent units"], None, LK_JAN, COLOMBO, SLPA),
  ("10.6 percent", 10.6, "=", "volumes", "rose", "2016-01-01..2016-12-31", COLOMBO, None),
  ("5.734 million TEUs", 5.734e6, "=", ["volumes", "TEUs"], None, "2016-01-01..2016-12-31", COLOMBO, None)],
 ["20-foot", "6 millionth TEU", "top 100", "two places", "25th"]),
("q-conflict-somalia-burundi-2022", "Devdiscourse (Reuters)", "2022-05-04", "https://www.devdiscourse.com/article/law-order/2025209-burundi-says-10-of-its-peacekeepers-killed-in-somalia-attack", "conflict",
 "Ten of Burundi's African Union (AU) peacekeepers died when their base in Somalia was attacked, Burundi's military said on Wednesday, though a regional security source and a source in Mogadishu put the dead at dozens. "
 "Army spokesperson Floribert Biyereke, quoted by Burundi state television, said another 25 soldiers were hurt when a camp close to El Baraf village, in central Somalia, was raided on Tuesday, and that 20 \"al Shabaab terrorists\" were killed as well. "
 "According to the regional source, follow-up operations were under way after al Shabaab, which is linked to al Qaeda, overran the camp the day before. "
 "The full toll was still not clear, the source said, but \"dozens\" of soldiers had been killed and about 20 had been evacuated with wounds. "
 "The AU and the countries that send it troops do not usually give casualty figures after attacks, and neither Burundi nor the AU replied to questions about casualties. "
 "Somalia is getting ready for a presidential election, long delayed, this month.",
 [("Ten", 10, "=", "peacekeepers", "killed", SO_DAY, EL_BARAF, BI_ARMY),
  ("dozens", None, ("vague", 24, 100), ["peacekeepers", "people", "soldiers", "dead"], "killed", SO_DAY, EL_BARAF, SEC_SRC),
  ("25 soldiers", 25, "=", "soldiers", "injured", SO_DAY, EL_BARAF, BI_ARMY),
  ("20", 20, "=", ["al Shabaab terrorists", "terrorists", "al Shabaab"], "killed", SO_DAY, EL_BARAF, BI_ARMY),
  ("dozens", None, ("vague", 24, 100), "soldiers", "killed", SO_DAY, EL_BARAF, SEC_SRC, 1),
  ("about 20", 20, "~", "soldiers", "evacuated", SO_DAY, EL_BARAF, SEC_SRC)],
 []),
]
