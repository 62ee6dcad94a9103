import type { z } from 'zod';
import type { Source } from '../../shared/evidence.js';
import type { RecordSource } from '../schema.js';

// The pages the conventions data was read from, as listed in
// /work/shared/reference/conventions-facts.md. Named once here so that every record cites the
// same address. Labels say what kind of source each is; `[secondary]` marks pages that are not
// official texts (mirrors, news, summaries).

const page = (url: string, label: string): z.input<typeof Source> => ({ url, label });

/** Official texts: NORMLEX and other ILO pages, UN pages, official texts and translations. */
export const official = {
  normlexC29: page(
    'https://normlex.ilo.org/dyn/normlex/fr/f?p=1000%3A12100%3A0%3A%3ANO%3A%3AP12100_INSTRUMENT_ID%2CP12100_LANG_CODE%3A312174%2Cen%3ANO',
    'NORMLEX: text of C.29',
  ),
  normlexP29: page(
    'https://webapps.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB%3A12100%3A0%3A%3ANO%3A12100%3AP12100_INSTRUMENT_ID%3A3174672%3ANO',
    'NORMLEX: text of P.29',
  ),
  normlexR203: page(
    'https://webapps.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB%3A12100%3A0%3A%3ANO%3A12100%3AP12100_INSTRUMENT_ID%3A3174688%3ANO',
    'NORMLEX: text of R.203',
  ),
  normlexR35: page(
    'http://ilo.org/dyn/normlex/en/f?p=1000%3A12100%3A%3A%3A%3A12100%3AP12100_INSTRUMENT_ID%3A312373',
    'NORMLEX: text of R.35',
  ),
  normlexR86: page(
    'http://ilo.org/dyn/normlex/en/f?p=1000%3A12100%3A%3A%3A%3A12100%3AP12100_INSTRUMENT_ID%3A312424',
    'NORMLEX: text of R.86',
  ),
  ceacrC29Art25: page(
    'http://ilo.ch/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2309952%2C103315',
    'NORMLEX: CEACR comment quoting C.29 Art. 25',
  ),
  ceacrP29Headings: page(
    'http://ilo.int/dyn/normlex/en/f?p=1000%3A13203%3A0%3A%3ANO%3A13203%3AP13203_COUNTRY_ID%3A102854',
    'NORMLEX: CEACR comments with P.29 article headings',
  ),
  normlexThailand: page(
    'https://www.ilo.org/dyn/normlex/en/f?p=1000:11200:0::NO:11200:P11200_COUNTRY_ID:102843',
    'NORMLEX: Ratifications for Thailand',
  ),
  iloThailandP29: page(
    'http://www.ilo.org/global/standards/information-resources-and-publications/news/WCMS_631435/lang--fr/index.htm',
    'ILO press release: Thailand ratifies P.29 (2018)',
  ),
  locP29: page(
    'https://loc.gov/law/foreign-news/article/international-labour-organization-forced-labor-protocol-enters-into-effect/',
    'Library of Congress: P.29 enters into effect',
  ),
  inviewP29: page(
    'https://inview.nl/openCitation/id48c9ac421d9c4e46a6cf8b846b859517/protocol-of-2014-to-the-forced-labour-convention-1930-artikel-2',
    'Dutch treaty database: English text of P.29',
  ),
  gesetzefindenP29Art4: page(
    'https://gesetzefinden.at/bundesrecht/vertraege/20010776/art-4',
    'Austrian official German text of P.29, Art. 4',
  ),
  codexisP29Art5: page(
    'https://public.codexis.cz/zakon/32-2017-sb-m-s-sdeleni-ministerstva-zahranicnich-veci-o-protokolu-z-roku-2014-k-umluve-o-nucene-prac-CR82123/clanek-5-CL5',
    'Czech official text of P.29, Art. 5',
  ),
  actravC138: page(
    'https://actrav-courses.itcilo.org/library/international-labour-standard/conventions/core_conventions/C138_Minimum_Age_1973.htm/view',
    'ILO ACTRAV: text of C.138',
  ),
  inviewC138Art4: page(
    'https://inview.nl/document/id3814b5d948a522636a83408d234b9541/convention-concernant-l-ge-minimum-d-admission-l-emploi-article-4-19-06-1976-tot',
    'Official French text of C.138, Art. 4',
  ),
  inviewC138Art7: page(
    'https://inview.nl/document/id1210afb078daa44e4d6fc54229d98d44?ctx=eecdf1ad26e15e6f24ff6112d0b4c73d',
    'Official Dutch text of C.138, Art. 7',
  ),
  lawCommissionNepalC138: page(
    'https://lawcommission.gov.np/en/?p=21300',
    'Nepal Law Commission: text of C.138',
  ),
  ceacrMauritaniaC138: page(
    'http://ilo.ch/dyn/normlex/es/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A4012389%2Cen%3ANO',
    'NORMLEX: CEACR 2019 comment on C.138, Mauritania',
  ),
  ceacrMauritaniaLightWork: page(
    'https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13101%3A0%3A%3ANO%3A13101%3AP13101_COMMENT_ID%3A4054274',
    'NORMLEX: CEACR comment on light work, Mauritania',
  ),
  ohchrC182: page(
    'http://www.ohchr.org/EN/Issues/Education/Training/Compilation/Pages/3.ConventionconcerningtheProhibitionandImmediateActionfortheEliminationoftheWorstFormsofChildLabour(1999).aspx',
    'OHCHR: text of C.182',
  ),
  ipecWorstForms: page(
    'http://ilo.org/ipec/facts/WorstFormsofChildLabour/lang--en/index.htm',
    'ILO-IPEC: the worst forms of child labour',
  ),
  lexC182Art5: page(
    'https://sip.lex.pl/akty-prawne/dzu-dziennik-ustaw/konwencja-nr-182-dotyczaca-zakazu-i-natychmiastowych-dzialan-na-17102598/art-5',
    'Polish official text of C.182, Art. 5',
  ),
  ceacrC182Headings: page(
    'https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13203%3A0%3A%3ANO%3A13203%3AP13203_COUNTRY_ID%3A103065',
    'NORMLEX: CEACR comments with C.182 article headings',
  ),
  droitBilingueC182Art6: page(
    'https://droit-bilingue.ch/fr-it/0.8/0.82/0.822.728.2-6-9.html',
    'Swiss official text of C.182, Arts. 6-9',
  ),
  codexisC182Art7: page(
    'https://public.codexis.cz/zakon/90-2002-sb-m-s-sdeleni-o-umluve-o-zakazu-a-okamzitych-opatrenich-k-odstraneni-nejhorsich-forem-detsk-CR7844/clanek-7-CL7',
    'Czech official text of C.182, Art. 7',
  ),
  verdragenbankC97: page(
    'https://verdragenbank.overheid.nl/en/Verdrag/Details/007101.html',
    'Dutch treaty database: C.97',
  ),
  iloReportC97Text: page(
    'http://ilo.ch/public/english/standards/relm/ilc/ilc87/r3-1b9.htm',
    'ILO Report III(1B), 1999: text of C.97',
  ),
  iloReportC97Ch3: page(
    'http://ilo.ch/public/english/standards/relm/ilc/ilc87/r3-1b3.htm',
    'ILO Report III(1B), 1999: chapter 3',
  ),
  normlexC97Ratifications: page(
    'http://ilo.org/dyn/normlex/fr/f?p=NORMLEXPUB%3A11300%3A0%3A%3ANO%3A11300%3AP11300_INSTRUMENT_ID%3A312242%3ANO',
    'NORMLEX (FR): ratifications of C.97',
  ),
  unhcrC97: page(
    'https://www.unhcr.org/my/publications/ad-hoc-committee-statelessness-and-related-problems-preliminary-draft-convention',
    'UNHCR: ILO communication reproducing C.97 Art. 6',
  ),
  parlamentoPtC97Art6: page(
    'https://debates.parlamento.pt/catalogo/r3/dar/s2/01/02/053S1/1978-03-30/3',
    'Portugal, Diário da Assembleia: text of C.97 Art. 6',
  ),
  parlamentoPtC97Art11: page(
    'https://debates.parlamento.pt/catalogo/r3/dar/s2/01/02/053S1/1978-03-30/11',
    'Portugal, Diário da Assembleia: text of C.97 Arts. 11-14',
  ),
  delpherC97: page(
    'https://www.delpher.nl/nl/pres/view/ocr?identifier=KBDC001:003022002:00345&coll=dts&operation=download',
    'French text of C.97 (Dutch treaty series)',
  ),
  parlamentoPtC97Annexes: page(
    'https://debates.parlamento.pt/catalogo/r3/dar/s2/01/02/053S1/1978-03-30/14',
    'Portugal, Diário da Assembleia: text of C.97 Annexes I and II',
  ),
  parlamentoPtC97Annex3: page(
    'https://debates.parlamento.pt/catalogo/r3/dar/s2/01/02/053S1/1978-03-30/16',
    'Portugal, Diário da Assembleia: text of C.97 Annex III',
  ),
  parlamentoPtC143Part1: page(
    'https://debates.parlamento.pt/catalogo/r3/dar/s2/01/02/053S1/1978-03-30/30',
    'Portugal, Diário da Assembleia: text of C.143 Arts. 5-9',
  ),
  parlamentoPtC143Part2: page(
    'https://debates.parlamento.pt/catalogo/r3/dar/s2/01/02/053S1/1978-03-30/31',
    'Portugal, Diário da Assembleia: text of C.143 Arts. 12-16',
  ),
  parlamentoPtC143Art9: page(
    'https://debates.parlamento.pt/catalogo/r3/dar/s2/01/02/089/1978-06-19/970',
    'Portugal, Diário da Assembleia: Portuguese text of C.143 Art. 9',
  ),
  iloKitC143: page('http://ufdc.ufl.edu/UF00089483/00001', 'ILO: Equal rights for migrants kit'),
  ceacrPhilippinesC143: page(
    'https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2318171%2C102970',
    'NORMLEX: CEACR comment on C.143, Philippines',
  ),
  ceacrC143Art9: page(
    'http://ilo.ch/dyn/normlex/de/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2335220%2C103038',
    'NORMLEX: CEACR comment citing C.143 Art. 9(1)-(2)',
  ),
  ceacrC143Art14: page(
    'http://ilo.ch/dyn/normlex/de/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A2094249%2Cfr%3ANO',
    'NORMLEX: CEACR comment (FR) on C.143 Art. 14(a)',
  ),
  unIcrmw: page(
    'http://www.un.org/documents/ga/res/45/a45r158.htm',
    'UN: ICRMW, General Assembly resolution 45/158',
  ),
  codexisC181Art7: page(
    'https://public.codexis.cz/zakon/38-2003-sb-m-s-sdeleni-o-prijeti-umluvy-c-181-o-soukromych-agenturach-prace-CR8456/clanek-7-CL7',
    'Czech official text of C.181, Art. 7',
  ),
  ceacrMoldovaC181: page(
    'https://normlex.ilo.org/dyn/normlex/fr/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A3184758%2Cen%3ANO',
    'NORMLEX: CEACR comment on C.181, Republic of Moldova',
  ),
  iloTravailR201: page(
    'http://www.ilo.org/travail/whatwedo/publications/WCMS_170438/lang--en/index.htm',
    'ILO: C.189 and R.201',
  ),
  unodcPalermo: page(
    'https://www.unodc.org/unodc/en/human-trafficking/protocol.html',
    'UNODC: the Trafficking in Persons Protocol',
  ),
  alliance87About: page('https://www.alliance87.org/about/', 'Alliance 8.7: about'),
  alliance87Challenge: page('https://alliance87.org/challenge', 'Alliance 8.7: the challenge'),
  iloTarget87: page(
    'https://www.ilo.org/global/topics/sdg-2030/goal-8/target-8-7/lang--tr/index.htm',
    'ILO: SDG Target 8.7',
  ),
  statisticsLk: page(
    'http://www.statistics.gov.lk/sdg/index.php/sdg/indicator/8/7/1',
    'Sri Lanka Department of Census and Statistics: indicator 8.7.1',
  ),
  // Countries
  iloNepalPress: page(
    'https://www.ilo.org/asia/info/public/pr/WCMS_BK_PR_213_EN/lang--en/index.htm',
    'ILO press release, 4 September 2007: Nepal ratifies C.105',
  ),
  ceacrNepalC144: page(
    'https://wwwex.ilo.org/dyn/f?p=NORMLEXPUB%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4462601%2C103197%3ANO',
    'NORMLEX: CEACR comment on C.144, Nepal (2025)',
  ),
  ceacrNepalC138: page(
    'https://webapps.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2207712%2C103197',
    'NORMLEX: CEACR comment on C.138, Nepal',
  ),
  ceacrNepalC182: page(
    'https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2222485%2C103197',
    'NORMLEX: CEACR 2003 comment on C.138, Nepal',
  ),
  iloMadagascarNews: page(
    'https://www.ilo.org/global/topics/forced-labour/news/lang--en/index.htm?facetcriteria=GEO=MDG&facetdynlist=WCMS_210847',
    'ILO news, 12 June 2019: Madagascar',
  ),
  ceacrMadagascarC138: page(
    'https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2266132%2C102955',
    'NORMLEX: CEACR comment on C.138, Madagascar',
  ),
  ceacrMauritaniaC182: page(
    'http://ilo.ch/dyn/normlex/de/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A2237369%2Cfr%3ANO',
    'NORMLEX: CEACR comment on C.182, Mauritania',
  ),
  ceacrChileP29: page(
    'http://ilo.org/dyn/normlex/de/f?p=NORMLEXPUB%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4116222%2C102588%3ANO',
    'NORMLEX: CEACR comments on C.29 and P.29, Chile',
  ),
  iloHanoiChildLabour: page(
    'https://ilo.org/hanoi/Areasofwork/child-labour/lang--en/index.htm',
    'ILO Hanoi: child labour',
  ),
  iloHanoiStandards: page(
    'http://ilo.org/hanoi/Areasofwork/international-labour-standards/lang--en/index.htm',
    'ILO Hanoi: international labour standards',
  ),
  normlexFiji: page(
    'https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB%3A11110%3A0%3A%3ANO%3A%3AP11110_COUNTRY_ID%2CP11110_CONTEXT%3A103278%2CSC',
    'NORMLEX: CEACR comments for Fiji',
  ),
  iloManila: page(
    'http://www.ilo.org/manila/areasofwork/international-labour-standards/lang--en/index.htm',
    'ILO Manila: international labour standards',
  ),
  ceacrPhilippinesC97: page(
    'https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A3081449%2C102970',
    'NORMLEX: CEACR comment on C.97, Philippines',
  ),
  ceacrTajikistanC97: page(
    'https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A3083789%2C103547',
    'NORMLEX: CEACR comment on C.97, Tajikistan',
  ),
  ceacrArmeniaC143: page(
    'http://ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2700064%2C102540',
    'NORMLEX: CEACR comment on C.143, Armenia',
  ),
  ceacrMoldovaC97: page(
    'https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB%3A13101%3A0%3A%3ANO%3A%3AP13101_COMMENT_ID%3A4407442',
    'NORMLEX: CEACR comment on C.97, Republic of Moldova',
  ),
} as const satisfies Record<string, z.input<typeof Source>>;

/** Secondary sources: mirrors, news, summaries and unofficial copies of texts. */
export const secondary = {
  aspireias: page(
    'https://www.aspireias.com/current-affairs-news-analysis-editorials/Historic-ratification',
    'aspireias.com: the eight fundamental conventions [secondary]',
  ),
  studylibIlo: page(
    'https://studylib.ru/doc/6414338/2023-wcms-850673',
    'Copy of an ILO document on the 2022 amendment to the 1998 Declaration [secondary]',
  ),
  stvincent: page(
    'https://www.stvincenttimes.com/ilo-adds-safety-and-health-as-fundamental-principles-rights-at-work/',
    'St Vincent Times, reproducing ILO News of 11 June 2022 [secondary]',
  ),
  whwb: page(
    'https://whwb.org/ilo-adopts-safety-and-health-as-one-of-five-fundamental-principles-and-rights-at-work/',
    'WHWB: the ten fundamental conventions [secondary]',
  ),
  wnC29: page(
    'https://wn.com/Forced_Labour_Convention',
    'wn.com: Forced Labour Convention [secondary]',
  ),
  kiwixC29: page(
    'https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2020-06/A/Forced_Labour_Convention',
    'Wikipedia mirror (2020): Forced Labour Convention [secondary]',
  ),
  cryerC29: page(
    'http://cryer.org.uk/Forced_Labour_Convention%2c_1930',
    'Wikipedia mirror: Forced Labour Convention [secondary]',
  ),
  southAsiaCommons: page(
    'https://southasiacommons.net/artifacts/4752371/forced-labour-convention-1930/5577021',
    'South Asia Commons: C.29 [secondary]',
  ),
  encyclopediaKz: page(
    'http://en.encyclopedia.kz/index.php/Forced_Labour_Convention',
    'Wikipedia mirror (2016): Forced Labour Convention [secondary]',
  ),
  scribdForcedLabour: page(
    'https://www.scribd.com/doc/116931908/Forced-Labour',
    'Scribd: C.29 wording [secondary]',
  ),
  docslibKeyElements: page(
    'https://docslib.org/doc/331828/key-elements-of-the-ilo-standards-on-forced-labour',
    'Key elements of the ILO standards on forced labour [secondary]',
  ),
  nzParliament1931: page(
    'https://slbrartest.natlib.govt.nz/parliamentary/appendix-to-the-journals-of-the-house-of-representatives/1931/I-II/102',
    'New Zealand Parliament, 1931 reprint of the 1930 texts',
  ),
  bhrStandards: page(
    'https://www.business-humanrights.org/en/international-standards-7',
    'Business & Human Rights Resource Centre: international standards [secondary]',
  ),
  hrbrief: page(
    'http://hrbrief.org/2015/05/protocol-to-ilo-convention-no-29-a-step-forward-for-international-labour-standards/',
    'Human Rights Brief (2015): the Protocol to C.29',
  ),
  childrenInAdversity: page(
    'https://www.childreninadversity.gov/news-information/in-the-press-events/news---full-view/ilo-adopts-new-protocol-to-tackle-modern-forms-of-forced-labour',
    'childreninadversity.gov: ILO adopts new protocol [secondary]',
  ),
  abdulRehman: page(
    'https://abdulrehmanfoundation.com/protocol-to-convention-no-29-concerning-forced-or-compulsory-labour/',
    'Abdul Rehman Foundation: the Protocol to C.29 [secondary]',
  ),
  rights365: page(
    'https://rights3650.rssing.com/chan-58030019/article104.html',
    'rssing.com news digest, 2 December 2015 [secondary]',
  ),
  pressenza: page(
    'https://www.pressenza.com/2015/12/260366/',
    'Pressenza, December 2015 [secondary]',
  ),
  businessStandardP29: page(
    'https://www.business-standard.com/amp/article/pti-stories/cabinet-approves-ilo-protocol-to-deal-with-forced-labour-115042201302_1.html',
    'Business Standard (PTI): summary of P.29 [secondary]',
  ),
  wikisum: page(
    'https://wikisum.wiki/wiki/Forced_Labour_Convention',
    'wikisum: Forced Labour Convention [secondary]',
  ),
  garantP29Art2: page(
    'https://base.garant.ru/571972890/741609f9002bd54a24e5c49cb5af953b/',
    'Garant legal database: Russian text of P.29 [secondary]',
  ),
  garantP29Art3: page(
    'https://base.garant.ru/571972890/5ac206a89ea76855804609cd950fcaf7',
    'Garant legal database: Russian text of P.29, Art. 3 [secondary]',
  ),
  ibercampus: page(
    'https://ibercampus.eu/europe-urges-member-states-to-implement-an-international-protocol-to-prevent-2293.htm',
    'ibercampus.eu: P.29 Art. 4 [secondary]',
  ),
  indepthnews: page(
    'https://indepthnews.net/tag/slavery/',
    'IDN InDepthNews: P.29 ratifiers [secondary]',
  ),
  sundiata: page(
    'https://sundiatapost.com/mali-ratifies-protocol-forced-labour-convention/',
    'Sundiata Post: Mali ratifies P.29 [secondary]',
  ),
  bhrP29EntryIntoForce: page(
    'https://www.business-humanrights.org/zh-hans/%E6%9C%80%E6%96%B0%E6%B6%88%E6%81%AF/landmark-ilo-forced-labour-protocol-enters-into-force/',
    'Business & Human Rights Resource Centre: P.29 enters into force, with its nine ratifiers [secondary]',
  ),
  ioe: page(
    'https://www.ioe-emp.org/fileadmin/imported_news/4710.html',
    'IOE news, 10 November 2017: 20 ratifications of P.29',
  ),
  tribune: page(
    'https://tribuneonlineng.com/ilo-dg-calls-for-ratification-of-forced-labour-protocol-to-save-25-million-persons-affected-globally/',
    'Nigerian Tribune: 50th ratification of P.29 [secondary]',
  ),
  docslibC105: page(
    'https://docslib.org/doc/1088559/no-4648-international-labour-organisation-organisation',
    'UN Treaty Series No. 4648 (copy): text of C.105 [secondary]',
  ),
  wikiC105: page(
    'https://en.wikipedia.org/wiki/Abolition_of_Forced_Labour_Convention',
    'Wikipedia: Abolition of Forced Labour Convention [secondary]',
  ),
  lawreaderC105: page(
    'https://wetten.lawreader.nl/bwb/BWBV0004945',
    'lawreader.nl: text of C.105 [secondary]',
  ),
  ethioC138: page(
    'https://ethio-labour.blogspot.com/2020/09/c138-minimum-age-convention-1973-no-138.html',
    'Ethio-labour blog: C.138 [secondary]',
  ),
  fisipkuR146: page(
    'https://fisipku.tripod.com/ipec/r146.htm',
    'Copy of the text of R.146 [secondary]',
  ),
  childAbuseR146: page(
    'https://www.child-abuse.com/childhouse/childrens_rights/dci_ilo5.html',
    'Childhouse: copy of the text of R.146 [secondary]',
  ),
  lawinC138: page(
    'https://lawin.org/convention-concerning-minimum-age-for-admission-to-employment/',
    'lawin.org: text of C.138, Arts. 1-2 [secondary]',
  ),
  lawinC138Part2: page(
    'https://lawin.org/convention-concerning-minimum-age-for-admission-to-employment-2/',
    'lawin.org: text of C.138, Arts. 8-10 [secondary]',
  ),
  girlsRightsC138Art2: page(
    'https://www.girlsrightsplatform.org/es/entity/6uikedblqvi?page=2',
    'Girls Rights Platform: C.138 Art. 2 [secondary]',
  ),
  girlsRightsC138Art6: page(
    'https://www.girlsrightsplatform.org/es/entity/7tyk6jsw7p7',
    'Girls Rights Platform: C.138 Art. 6 [secondary]',
  ),
  globalHealthC138: page(
    'https://globalhealthrights.org/instrument/convention-concerning-minimum-age-for-admission-to-employment-ilo-minimum-age-convention-1973-no-138',
    'Global Health and Human Rights Database: text of C.138 [secondary]',
  ),
  wikitekaC138: page(
    'https://pt.wikiteka.com/anotacoes/convencao-138-idade-minima-admissao-emprego-1',
    'Wikiteka: Portuguese text of C.138 [secondary]',
  ),
  flyriver: page(
    'https://flyriver.com/g/ilo-s-minimum-age-convention-no-138',
    'flyriver.com: C.138 summary [secondary]',
  ),
  wikiC138: page(
    'https://en.wikipedia.org/wiki/Minimum_Age_Convention,_1973',
    'Wikipedia: Minimum Age Convention [secondary]',
  ),
  xxgC138: page(
    'https://xxg.pages.dev/0xL01pbmltdW1fQWdlX0NvbnZlbnRpb24sXzE5NzM',
    'Wikipedia copy: Minimum Age Convention [secondary]',
  ),
  hinduBusinessLine: page(
    'https://www.thehindubusinessline.com/economy/policy/india-ratifies-two-key-ilo-conventions-on-child-labour/article9726319.ece',
    'The Hindu BusinessLine, quoting the ILO: India ratifies C.138 and C.182 [secondary]',
  ),
  endChildLabor: page(
    'https://endchildlabor.net/conventions/ilo-worst-forms-of-child-labour-convention-182/',
    'endchildlabor.net: C.182 [secondary]',
  ),
  wordscope: page(
    'http://wordscope.be/neerlandais/francais/ratificeert+onmiddellijk+doeltreffende.html',
    'Wordscope: French and Dutch wording of C.182 Art. 1 [secondary]',
  ),
  aucegypt: page(
    'https://www1.aucegypt.edu/src/childlabor/Worst_Forms_of_Child_Labor_Convention1999.htm',
    'American University in Cairo: copy of C.182 [secondary]',
  ),
  wikiC182: page(
    'https://en.wikipedia.org/wiki/Worst_Forms_of_Child_Labour_Convention',
    'Wikipedia: Worst Forms of Child Labour Convention [secondary]',
  ),
  globalHealthC182: page(
    'https://www.globalhealthrights.org/instrument/convention-concerning-the-prohibition-and-immediate-action-for-the-elimination-of-the-worst-forms-of-child-labour-ilo-worst-forms-of-child-labour-convention-1999-no-182/',
    'Global Health and Human Rights Database: text of C.182 [secondary]',
  ),
  luanna: page(
    'https://luanna733.amebaownd.com/posts/31549413',
    'Blog summary of C.182 Arts. 6-7 [secondary]',
  ),
  wikiR190: page(
    'https://en.wikipedia.org/wiki/Worst_Forms_of_Child_Labour_Recommendation',
    'Wikipedia: Worst Forms of Child Labour Recommendation [secondary]',
  ),
  businessStandardC182: page(
    'https://business-standard.com/article/international/ilo-hails-historic-first-global-convention-to-combat-child-labour-120080401663_1.html',
    'Business Standard, 4 August 2020: universal ratification of C.182 [secondary]',
  ),
  hrwTolerance: page(
    'https://www.tolerance.ca/ArticleExt.aspx?ID=476545&L=en',
    'Human Rights Watch, 6 August 2020 (via tolerance.ca) [secondary]',
  ),
  wikimiliC97: page(
    'https://wikimili.com/en/Migration_for_Employment_Convention_(Revised),_1949',
    'WikiMili: Migration for Employment Convention [secondary]',
  ),
  fdokumen: page(
    'https://fdokumen.com/documents/unratified-conventions-and-recommendations-ilo.html',
    'Copy of an ILO report form on C.97, R.86, C.143 and R.151 [secondary]',
  ),
  docsbayC97: page(
    'https://docsbay.net/c97-migration-for-employment-convention-revised-1949',
    'docsbay: copy of the text of C.97 [secondary]',
  ),
  afaatimC97: page(
    'http://afaatim.com/content.php?id=79793',
    'afaatim.com: summary of C.97 [secondary]',
  ),
  lnfC143: page(
    'http://lnf.org.lb/migrationnetwork/ILOConventions.html',
    'Lebanese NGO Forum: copy of the text of C.143 [secondary]',
  ),
  lnfC143Part2: page(
    'http://www.lnf.org.lb/migrationnetwork/ILOConventionsb.html',
    'Lebanese NGO Forum: copy of the text of C.143, Part II [secondary]',
  ),
  uncensoredC143: page(
    'http://the-uncensored-wiki.com:20151/2015-wikipedia_en_all_2015-05/A/Migrant_Workers_(Supplementary_Provisions)_Convention%2C_1975.html',
    'Wikipedia mirror (2015): Migrant Workers Convention, 1975 [secondary]',
  ),
  abcdefC143: page(
    'https://it.abcdef.wiki/wiki/Migrant_Workers_(Supplementary_Provisions)_Convention,_1975',
    'Wikipedia mirror (2020): Migrant Workers Convention, 1975 [secondary]',
  ),
  afaatimC143: page(
    'http://afaatim.com/content.php?id=79782',
    'afaatim.com: summary of C.143 [secondary]',
  ),
  wikiC181: page(
    'https://en.wikipedia.org/wiki/Private_Employment_Agencies_Convention,_1997',
    'Wikipedia: Private Employment Agencies Convention [secondary]',
  ),
  scribdC181: page(
    'https://ja.scribd.com/document/327748702/ILO-Convention-181',
    'Scribd: ILO ACTRAV copy of C.181 [secondary]',
  ),
  equalRightsC181: page(
    'https://www.equalrightstrust.org/content/ilo-convention-private-employment-agencies',
    'Equal Rights Trust: C.181 [secondary]',
  ),
  theinfolistC181: page(
    'https://www.theinfolist.com/html/ALL/s/P/Private_Employment_Agencies_Convention,_1997.html',
    'theinfolist: Private Employment Agencies Convention [secondary]',
  ),
  wikiC189: page(
    'https://en.wikipedia.org/wiki/Convention_on_Domestic_Workers',
    'Wikipedia: Domestic Workers Convention [secondary]',
  ),
  pmrw: page(
    'https://www.pmrw.org.ph/2012/08/',
    'PMRW, August 2012: Philippines and C.189 [secondary]',
  ),
  utorontoPalermo: page(
    'https://library.law.utoronto.ca/whrrdocument/protocol-prevent-suppress-and-punish-trafficking-especially-women-and-children',
    'University of Toronto law library: the Palermo Protocol',
  ),
  humanrightsCh: page(
    'https://www.humanrights.ch/en/standards/un-treaties/further-conventions/human-trafficking/',
    'humanrights.ch: the Palermo Protocol [secondary]',
  ),
  stopvaw: page(
    'https://www.stopvaw.org/81bf27d8-15d7-4ef0-af48-6dc97aec9301',
    'StopVAW: the Palermo Protocol [secondary]',
  ),
  indiviousPalermo: page(
    'http://indivious.domain.glass/search/?q=protocol+to+prevent+suppress+and+punish+trafficking+in+persons',
    'Wikipedia snippet: parties to the Palermo Protocol [secondary]',
  ),
  sdg1622: page(
    'https://worldbank.github.io/sdg-metadata/metadata/en/16-2-2',
    'SDG indicator 16.2.2 metadata (World Bank mirror) [secondary]',
  ),
  // Countries
  unNepal: page(
    'https://un.info.np/Net/NeoDocs/View/7395',
    'UN Nepal: summary of an ILO document [secondary]',
  ),
  usdolMadagascar: page(
    'https://www.dol.gov/agencies/ilab/resources/reports/child-labor/madagascar',
    'US Department of Labor, 2018: Madagascar',
  ),
  usdolMauritania: page(
    'https://www.dol.gov/agencies/ilab/resources/reports/child-labor/mauritania',
    'US Department of Labor, 2016: Mauritania',
  ),
  austriaC138: page(
    'https://www.global-regulation.com/translation/austria/2996450/scope-of-the-convention-%252528no.-138%252529-on-the-minimum-age-for-admission-to-employment.html',
    'Austrian Federal Gazette notice on the scope of C.138 (translated) [secondary]',
  ),
  miragenews: page(
    'https://miragenews.com/chile-ratifies-protocol-to-convention-no-29-reaffirming-its-commitment-to-fight-against-forced-labour',
    'Mirage News: Chile ratifies P.29 [secondary]',
  ),
  fiftyForFreedomChile: page(
    'https://50forfreedom.org/blog/news/chile-reaffirms-its-commitment-to-eradicate-forced-labour/',
    '50 for Freedom: Chile ratifies P.29 [secondary]',
  ),
  uncensoredC138: page(
    'http://the-uncensored-wiki.com:20082/articles/m/i/n/Minimum_Age_Convention%2C_1973_14fb.html',
    'Old Wikipedia table of C.138 ratifications [secondary]',
  ),
  delta87Chile: page(
    'https://delta87.org/dashboards/chile/',
    'Delta 8.7 dashboard: Chile (older snapshot) [secondary]',
  ),
  alliance87Uganda: page(
    'https://alliance87.org/pathfinders/uganda',
    'Alliance 8.7 Pathfinder page: Uganda (citing NORMLEX)',
  ),
  alliance87Morocco: page(
    'https://www.alliance87.org/pathfinders/morocco',
    'Alliance 8.7 Pathfinder page: Morocco',
  ),
  cryerC105: page(
    'http://cryer.org.uk/Abolition_of_Forced_Labour_Convention%2c_1957',
    'Wikipedia mirror: Abolition of Forced Labour Convention [secondary]',
  ),
  vietnamplusC29: page(
    'https://en.vietnamplus.vn/ilo-lauds-vietnams-move-to-tackle-forced-labour-post174560.vnp',
    'VietnamPlus: Viet Nam and C.29 [secondary]',
  ),
  vietnamplusC105: page(
    'https://en.vietnamplus.vn/na-ratifies-vietnams-membership-of-ilo-convention-against-forced-labour/174539.vnp',
    'VietnamPlus, June 2020: National Assembly approves C.105 [secondary]',
  ),
  phapluat: page(
    'https://phapluatlaodong.com/page/7/',
    'phapluatlaodong.com: Presidential Decision 169/QĐ-CTN on C.182 [secondary]',
  ),
  indiaLabourStudies: page(
    'https://indialabourstudies.blogspot.com/2011/10/ilo-ratifications-india.html',
    "India Labour Studies blog: India's ILO ratifications [secondary]",
  ),
  cracktarget: page(
    'https://cracktarget.com/2025/07/23/international-labour-organization-ilo-conventions-and-adopted-by-india',
    'cracktarget.com: ILO conventions ratified by India [secondary]',
  ),
  businessStandardIndia: page(
    'https://business-standard.com/amp/article/news-ians/india-ratifies-two-ilo-conventions-on-child-labour-117061301429_1.html',
    'Business Standard (IANS), 13 June 2017: India ratifies C.138 and C.182 [secondary]',
  ),
  northAfricaPost: page(
    'https://northafricapost.com/31755-morocco-deposits-instruments-of-ratification-of-three-ilo-conventions.html',
    'North Africa Post, June 2019: Morocco deposits three ILO conventions [secondary]',
  ),
  refworldThailand: page(
    'http://www.refworld.org/cgi-bin/texis/vtx/rwmain?page=topic&tocid=4565c22535&toid=4565c25f42b&publisher=USDOL&type=&coi=THA&docid=48d7490ec&skip=0',
    'US Department of Labor 2005 report on Thailand (via Refworld)',
  ),
} as const satisfies Record<string, z.input<typeof Source>>;

/** The sources that establish C.182's universal ratification (all 187 members, 4 August 2020). */
export const universalC182 = [
  secondary.businessStandardC182,
  secondary.hrwTolerance,
] as const satisfies readonly z.input<typeof Source>[];

/**
 * Seed 002 (ILO evaluation of the migrant-workers strategy) records which States ratified C.97
 * and C.143 in 2004-05 and 2006-07. Cited beside the official sources.
 */
export const seed002 = {
  implementation2006: {
    label:
      "Seed 002_b77dc5cac94d77d7.txt, Annex 5: Strategy's Components Results Framework (ratifications in 2006-07)",
  },
  implementation2004: {
    label:
      'Seed 002_b77dc5cac94d77d7.txt, Annex 7: Programme Implementation for 2004-2005 (ratifications in 2004-05)',
  },
} as const satisfies Record<string, z.input<typeof RecordSource>>;
