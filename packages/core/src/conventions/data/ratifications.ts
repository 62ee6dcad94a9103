import type { z } from 'zod';
import type { Ratification } from '../schema.js';
import { countryRecords } from './countries.js';
import { official, secondary, seed002, universalC182 } from './sources.js';

// What the reference sheet (section 9 and its notes) says about the seeds' countries. Where it
// says nothing, there is no record: the lookup then answers `unknown`. Dates are as precise as
// the sources allow; a NORMLEX comment header gives the year only.

type RatificationInput = z.input<typeof Ratification>;

const fundamentalsManila =
  'ILO Manila states that the Philippines has ratified all the fundamental conventions of the 1998 Declaration; the date was not seen.';

const p29AtEntryIntoForce =
  'Among the nine States that had ratified when the Protocol entered into force on 9 November 2016; the exact date was not seen.';

const c105NotRatified =
  'Among the nine ILO member States that had not ratified C.105 as of October 2022.';

/** Records the sheet gives for particular countries, grouped by country. */
const particular = [
  // Nepal
  {
    country: 'NPL',
    instrumentId: 'C29',
    status: 'ratified',
    date: '2002-01',
    verification: 'verified',
    sources: [official.iloNepalPress],
    note: 'The ILO press release gives January 2002; NORMLEX comment headers give 2002.',
  },
  {
    country: 'NPL',
    instrumentId: 'P29',
    status: 'unknown',
    verification: 'unverified',
    sources: [official.ceacrNepalC144],
    note: 'A 2025 ILO supervisory comment says Nepal’s Central Labour Advisory Council recommended ratifying C.29 “and its 2014 Protocol”, which suggests the Protocol was not yet ratified; the mention of C.29, ratified in 2002, is unexplained.',
  },
  {
    country: 'NPL',
    instrumentId: 'C105',
    status: 'ratified',
    date: '2007',
    verification: 'verified',
    sources: [official.iloNepalPress],
    note: 'Parliament approved it on 16 August 2007; the ILO press release of 4 September 2007 counts Nepal as the 170th of 181 member States to ratify. The registration date was not seen.',
  },
  {
    country: 'NPL',
    instrumentId: 'C138',
    status: 'ratified',
    date: '1997',
    verification: 'verified',
    sources: [official.ceacrNepalC138],
    note: 'The declared minimum age was not seen; Nepal’s Child Labour Act 2000 uses the age of 14.',
  },
  {
    country: 'NPL',
    instrumentId: 'C182',
    status: 'ratified',
    date: '2002-01-03',
    verification: 'conflicting',
    sources: [official.ceacrNepalC182, secondary.unNepal],
    note: 'A 2003 ILO supervisory comment gives 3 January 2002; a UN Nepal summary of an ILO document says 2004. The library uses the ILO date.',
  },
  // Madagascar
  {
    country: 'MDG',
    instrumentId: 'P29',
    status: 'unknown',
    verification: 'unverified',
    sources: [secondary.usdolMadagascar, official.iloMadagascarNews],
    note: 'The Government approved ratification in 2018 (US Department of Labor), but the deposit with the ILO was not confirmed; ILO news of June 2019 mentions six conventions being ratified without saying which.',
  },
  {
    country: 'MDG',
    instrumentId: 'C138',
    status: 'ratified',
    date: '2000',
    verification: 'verified',
    sources: [official.ceacrMadagascarC138],
  },
  {
    country: 'MDG',
    instrumentId: 'C97',
    status: 'ratified',
    date: '2001-06-14',
    verification: 'verified',
    sources: [official.verdragenbankC97, official.normlexC97Ratifications],
    note: 'In force for Madagascar from 14 June 2002.',
  },
  {
    country: 'MDG',
    instrumentId: 'C189',
    status: 'unknown',
    verification: 'unverified',
    sources: [secondary.usdolMadagascar, official.iloMadagascarNews],
    note: 'The Government approved ratification in 2018 (US Department of Labor), but the deposit with the ILO was not confirmed.',
  },
  // Mauritania
  {
    country: 'MRT',
    instrumentId: 'P29',
    status: 'ratified',
    date: '2016',
    verification: 'secondary',
    sources: [secondary.usdolMauritania, secondary.indepthnews, secondary.bhrP29EntryIntoForce],
    note: 'One of the first ratifiers, and among the nine counted when the Protocol entered into force on 9 November 2016; the exact date was not seen.',
  },
  {
    country: 'MRT',
    instrumentId: 'C138',
    status: 'ratified',
    date: '2001-12-03',
    declaredMinimumAge: 14,
    verification: 'secondary',
    sources: [secondary.austriaC138, official.ceacrMauritaniaC138],
    note: 'The date comes from a translated Austrian gazette notice. Mauritania declared the age of 14 and limited the scope under Art. 5 (ILO supervisory comment, 2019).',
  },
  {
    country: 'MRT',
    instrumentId: 'C182',
    status: 'ratified',
    date: '2001',
    verification: 'verified',
    sources: [official.ceacrMauritaniaC182],
  },
  // Chile
  {
    country: 'CHL',
    instrumentId: 'C29',
    status: 'ratified',
    date: '1933',
    verification: 'verified',
    sources: [official.ceacrChileP29],
  },
  {
    country: 'CHL',
    instrumentId: 'P29',
    status: 'ratified',
    date: '2021-01-19',
    verification: 'secondary',
    sources: [official.ceacrChileP29, secondary.miragenews, secondary.fiftyForFreedomChile],
    note: 'NORMLEX confirms the year 2021; the day comes from two news reports, which agree on it but disagree on whether Chile was the second or the third South American State to ratify.',
  },
  {
    country: 'CHL',
    instrumentId: 'C138',
    status: 'ratified',
    date: '1999-02-01',
    declaredMinimumAge: 15,
    verification: 'secondary',
    sources: [secondary.uncensoredC138],
    note: 'From an old Wikipedia table of ratifications.',
  },
  {
    country: 'CHL',
    instrumentId: 'C182',
    status: 'ratified',
    date: '2000',
    verification: 'secondary',
    sources: [secondary.delta87Chile, ...universalC182],
  },
  {
    country: 'CHL',
    instrumentId: 'PALERMO',
    status: 'ratified',
    date: '2004',
    verification: 'secondary',
    sources: [secondary.delta87Chile],
    note: 'From an older Delta 8.7 dashboard snapshot (it still listed P.29 as not ratified).',
  },
  // Uganda
  {
    country: 'UGA',
    instrumentId: 'C138',
    status: 'ratified',
    date: '2003-03-25',
    verification: 'secondary',
    sources: [secondary.alliance87Uganda],
    note: 'The Alliance 8.7 page gives NORMLEX as its source. The declared minimum age was not seen.',
  },
  {
    country: 'UGA',
    instrumentId: 'C182',
    status: 'ratified',
    date: '2001-06-21',
    verification: 'secondary',
    sources: [secondary.alliance87Uganda, ...universalC182],
    note: 'The Alliance 8.7 page gives NORMLEX as its source.',
  },
  // Albania
  {
    country: 'ALB',
    instrumentId: 'C105',
    status: 'ratified',
    date: '1997-02-27',
    verification: 'secondary',
    sources: [secondary.cryerC105],
  },
  {
    country: 'ALB',
    instrumentId: 'C138',
    status: 'ratified',
    date: '1998-02-16',
    declaredMinimumAge: 16,
    verification: 'secondary',
    sources: [secondary.uncensoredC138],
    note: 'From an old Wikipedia table of ratifications.',
  },
  {
    country: 'ALB',
    instrumentId: 'C97',
    status: 'ratified',
    date: '2005-03-02',
    verification: 'verified',
    sources: [
      official.verdragenbankC97,
      official.normlexC97Ratifications,
      seed002.implementation2004,
    ],
  },
  {
    country: 'ALB',
    instrumentId: 'C143',
    status: 'ratified',
    date: '2006',
    verification: 'secondary',
    sources: [secondary.uncensoredC143, seed002.implementation2006],
    note: 'The year comes from a Wikipedia mirror; seed 002 lists Albania among the 2006-07 ratifications of C.143.',
  },
  {
    country: 'ALB',
    instrumentId: 'C181',
    status: 'ratified',
    verification: 'secondary',
    sources: [secondary.theinfolistC181],
    note: 'Listed among the ratifiers as of March 2023; the date was not seen.',
  },
  // Nigeria
  {
    country: 'NGA',
    instrumentId: 'C138',
    status: 'ratified',
    date: '2002-10-02',
    verification: 'secondary',
    sources: [secondary.austriaC138],
    note: 'From a translated Austrian gazette notice. The declared minimum age was not seen.',
  },
  // Viet Nam
  {
    country: 'VNM',
    instrumentId: 'C29',
    status: 'ratified',
    date: '2007',
    verification: 'secondary',
    sources: [secondary.vietnamplusC29],
  },
  {
    country: 'VNM',
    instrumentId: 'C105',
    status: 'unknown',
    verification: 'unverified',
    sources: [secondary.vietnamplusC105],
    note: 'The National Assembly approved ratification on 8 June 2020 (94.82% in favour), but the date the instrument was deposited with the ILO was not found.',
  },
  {
    country: 'VNM',
    instrumentId: 'C138',
    status: 'ratified',
    date: '2003',
    verification: 'verified',
    sources: [official.iloHanoiChildLabour, official.iloHanoiStandards],
    note: 'The declared minimum age was not seen.',
  },
  {
    country: 'VNM',
    instrumentId: 'C182',
    status: 'ratified',
    date: '2000-11',
    verification: 'verified',
    sources: [official.iloHanoiChildLabour, secondary.phapluat],
    note: 'Approved by Presidential Decision 169/QĐ-CTN of 17 November 2000; the deposit date was not seen.',
  },
  // Fiji
  {
    country: 'FJI',
    instrumentId: 'C138',
    status: 'ratified',
    date: '2003-01-03',
    verification: 'secondary',
    sources: [secondary.austriaC138],
    note: 'From a translated Austrian gazette notice. The declared minimum age was not seen.',
  },
  {
    country: 'FJI',
    instrumentId: 'C182',
    status: 'ratified',
    verification: 'verified',
    sources: [official.normlexFiji, ...universalC182],
    note: 'NORMLEX lists supervisory comments on C.182 for Fiji, so it is ratified; the date was not seen.',
  },
  {
    country: 'FJI',
    instrumentId: 'C181',
    status: 'ratified',
    verification: 'secondary',
    sources: [secondary.theinfolistC181],
    note: 'Listed among the ratifiers as of March 2023; the date was not seen.',
  },
  // Brazil
  {
    country: 'BRA',
    instrumentId: 'C105',
    status: 'ratified',
    date: '1965-06-18',
    verification: 'secondary',
    sources: [secondary.cryerC105],
  },
  {
    country: 'BRA',
    instrumentId: 'C138',
    status: 'ratified',
    date: '2001-06-28',
    declaredMinimumAge: 16,
    verification: 'secondary',
    sources: [secondary.uncensoredC138],
    note: 'From an old Wikipedia table of ratifications.',
  },
  {
    country: 'BRA',
    instrumentId: 'C97',
    status: 'ratified',
    date: '1965-06-18',
    verification: 'verified',
    sources: [official.verdragenbankC97, official.normlexC97Ratifications],
  },
  // India
  {
    country: 'IND',
    instrumentId: 'C29',
    status: 'ratified',
    date: '1954-11-30',
    verification: 'secondary',
    sources: [secondary.indiaLabourStudies],
  },
  {
    country: 'IND',
    instrumentId: 'C105',
    status: 'ratified',
    date: '2000-05-18',
    verification: 'secondary',
    sources: [secondary.cracktarget],
  },
  {
    country: 'IND',
    instrumentId: 'C138',
    status: 'ratified',
    date: '2017-06-13',
    verification: 'secondary',
    sources: [secondary.businessStandardIndia, secondary.hinduBusinessLine],
    note: 'The 170th ratification. The declared minimum age was not seen.',
  },
  {
    country: 'IND',
    instrumentId: 'C182',
    status: 'ratified',
    date: '2017-06-13',
    verification: 'secondary',
    sources: [secondary.businessStandardIndia, secondary.hinduBusinessLine],
    note: 'The 181st ratification, deposited the same day as C.138.',
  },
  // Morocco
  {
    country: 'MAR',
    instrumentId: 'C29',
    status: 'ratified',
    date: '1957-05-20',
    verification: 'secondary',
    sources: [secondary.alliance87Morocco],
  },
  {
    country: 'MAR',
    instrumentId: 'C105',
    status: 'ratified',
    date: '1966-12-01',
    verification: 'secondary',
    sources: [secondary.alliance87Morocco],
  },
  {
    country: 'MAR',
    instrumentId: 'C138',
    status: 'ratified',
    date: '2000-01-06',
    verification: 'secondary',
    sources: [secondary.alliance87Morocco],
    note: 'The declared minimum age was not seen.',
  },
  {
    country: 'MAR',
    instrumentId: 'C182',
    status: 'ratified',
    date: '2001-01-26',
    verification: 'secondary',
    sources: [secondary.alliance87Morocco, ...universalC182],
  },
  {
    country: 'MAR',
    instrumentId: 'C97',
    status: 'unknown',
    verification: 'unverified',
    sources: [secondary.northAfricaPost],
    note: 'In June 2019 Morocco deposited a “Convention on Migrant Workers” with the ILO, but the report does not say whether it was C.97 or C.143.',
  },
  {
    country: 'MAR',
    instrumentId: 'C143',
    status: 'unknown',
    verification: 'unverified',
    sources: [secondary.northAfricaPost],
    note: 'In June 2019 Morocco deposited a “Convention on Migrant Workers” with the ILO, but the report does not say whether it was C.97 or C.143.',
  },
  {
    country: 'MAR',
    instrumentId: 'C181',
    status: 'ratified',
    date: '1999-05-10',
    verification: 'secondary',
    sources: [secondary.alliance87Morocco],
  },
  // Mali
  {
    country: 'MLI',
    instrumentId: 'P29',
    status: 'ratified',
    verification: 'secondary',
    sources: [secondary.sundiata, secondary.bhrP29EntryIntoForce],
    note: 'Ratified after Niger, Norway, the United Kingdom and Mauritania, and among the nine States counted at entry into force on 9 November 2016, so probably in 2016; the exact date was not given.',
  },
  {
    country: 'MLI',
    instrumentId: 'C138',
    status: 'ratified',
    date: '2002-03-11',
    verification: 'secondary',
    sources: [secondary.austriaC138],
    note: 'From a translated Austrian gazette notice. The declared minimum age was not seen.',
  },
  {
    country: 'MLI',
    instrumentId: 'C181',
    status: 'ratified',
    verification: 'secondary',
    sources: [secondary.theinfolistC181],
    note: 'Listed among the ratifiers as of March 2023; the date was not seen.',
  },
  // Thailand
  {
    country: 'THA',
    instrumentId: 'C29',
    status: 'ratified',
    date: '1969-02-26',
    verification: 'verified',
    sources: [official.normlexThailand],
  },
  {
    country: 'THA',
    instrumentId: 'P29',
    status: 'ratified',
    date: '2018-06-04',
    verification: 'verified',
    sources: [official.normlexThailand, official.iloThailandP29],
    note: 'The 24th ratification and the first in Asia.',
  },
  {
    country: 'THA',
    instrumentId: 'C105',
    status: 'ratified',
    date: '1969-12-02',
    verification: 'verified',
    sources: [official.normlexThailand],
  },
  {
    country: 'THA',
    instrumentId: 'C138',
    status: 'ratified',
    date: '2004-05-11',
    declaredMinimumAge: 15,
    verification: 'verified',
    sources: [official.normlexThailand],
    note: 'Thailand’s declaration also limits the scope of the Convention under Art. 5.',
  },
  {
    country: 'THA',
    instrumentId: 'C182',
    status: 'ratified',
    date: '2001-02-16',
    verification: 'conflicting',
    sources: [official.normlexThailand, secondary.refworldThailand],
    note: 'NORMLEX gives 16 February 2001; a 2005 US Department of Labor report gives 16 August 2001. The library uses the NORMLEX date.',
  },
  // Philippines
  {
    country: 'PHL',
    instrumentId: 'C29',
    status: 'ratified',
    verification: 'verified',
    sources: [official.iloManila],
    note: fundamentalsManila,
  },
  {
    country: 'PHL',
    instrumentId: 'C105',
    status: 'ratified',
    verification: 'verified',
    sources: [official.iloManila],
    note: fundamentalsManila,
  },
  {
    country: 'PHL',
    instrumentId: 'C138',
    status: 'ratified',
    verification: 'secondary',
    sources: [official.iloManila],
    note: 'Inferred from ILO Manila’s statement that the Philippines has ratified all the fundamental conventions of the 1998 Declaration, which include C.138; the reference sheet records no C.138 entry or date.',
  },
  {
    country: 'PHL',
    instrumentId: 'C182',
    status: 'ratified',
    verification: 'verified',
    sources: [official.iloManila, ...universalC182],
    note: fundamentalsManila,
  },
  {
    country: 'PHL',
    instrumentId: 'C97',
    status: 'ratified',
    date: '2009',
    verification: 'verified',
    sources: [official.ceacrPhilippinesC97],
  },
  {
    country: 'PHL',
    instrumentId: 'C143',
    status: 'ratified',
    date: '2006',
    verification: 'verified',
    sources: [official.ceacrPhilippinesC143, seed002.implementation2006],
  },
  {
    country: 'PHL',
    instrumentId: 'C189',
    status: 'ratified',
    date: '2012',
    verification: 'secondary',
    sources: [secondary.pmrw],
    note: 'The Senate concurred on 6 August 2012, making the Philippines the second State, and the first in Asia, to ratify; the deposit date was not seen.',
  },
  // Tajikistan
  {
    country: 'TJK',
    instrumentId: 'C97',
    status: 'ratified',
    date: '2007',
    verification: 'verified',
    sources: [official.ceacrTajikistanC97, seed002.implementation2006],
  },
  {
    country: 'TJK',
    instrumentId: 'C143',
    status: 'ratified',
    verification: 'secondary',
    sources: [official.ceacrTajikistanC97, seed002.implementation2006],
    note: 'ILO supervisory comments refer to the Government’s report on C.143, and seed 002 lists Tajikistan among the 2006-07 ratifications of C.143; the date was not seen.',
  },
  // Armenia
  {
    country: 'ARM',
    instrumentId: 'C105',
    status: 'ratified',
    date: '2004-12-17',
    verification: 'secondary',
    sources: [secondary.cryerC105],
  },
  {
    country: 'ARM',
    instrumentId: 'C138',
    status: 'ratified',
    date: '2006-01-27',
    declaredMinimumAge: 16,
    verification: 'secondary',
    sources: [secondary.uncensoredC138, secondary.austriaC138],
  },
  {
    country: 'ARM',
    instrumentId: 'C97',
    status: 'ratified',
    date: '2006-01-27',
    verification: 'verified',
    sources: [
      official.verdragenbankC97,
      official.normlexC97Ratifications,
      seed002.implementation2006,
    ],
  },
  {
    country: 'ARM',
    instrumentId: 'C143',
    status: 'ratified',
    date: '2006',
    verification: 'verified',
    sources: [official.ceacrArmeniaC143, seed002.implementation2006],
  },
  // Republic of Moldova
  {
    country: 'MDA',
    instrumentId: 'C97',
    status: 'ratified',
    date: '2005',
    verification: 'verified',
    sources: [official.ceacrMoldovaC97, seed002.implementation2004],
  },
  {
    country: 'MDA',
    instrumentId: 'C181',
    status: 'ratified',
    date: '2001',
    verification: 'verified',
    sources: [official.ceacrMoldovaC181],
  },
  // Countries of the seed 001 cases that the sheet mentions
  {
    country: 'NOR',
    instrumentId: 'P29',
    status: 'ratified',
    date: '2015',
    verification: 'conflicting',
    sources: [secondary.rights365, secondary.pressenza, secondary.bhrP29EntryIntoForce],
    note: 'Norway was the second State to ratify. A news item dates it 18 November 2015, which does not fit entry into force on 9 November 2016, described as one year after the second ratification (that implies about 9 November 2015). Check NORMLEX.',
  },
  {
    country: 'ARG',
    instrumentId: 'P29',
    status: 'ratified',
    verification: 'secondary',
    sources: [secondary.bhrP29EntryIntoForce],
    note: p29AtEntryIntoForce,
  },
  {
    country: 'PAN',
    instrumentId: 'P29',
    status: 'ratified',
    verification: 'secondary',
    sources: [secondary.bhrP29EntryIntoForce],
    note: p29AtEntryIntoForce,
  },
  {
    country: 'USA',
    instrumentId: 'C29',
    status: 'not-ratified',
    verification: 'secondary',
    sources: [secondary.cryerC29],
    note: 'Not ratified as of 2022, per a Wikipedia mirror.',
  },
  {
    country: 'LAO',
    instrumentId: 'C105',
    status: 'not-ratified',
    verification: 'secondary',
    sources: [secondary.wikiC105],
    note: c105NotRatified,
  },
  {
    country: 'MMR',
    instrumentId: 'C105',
    status: 'not-ratified',
    verification: 'secondary',
    sources: [secondary.wikiC105],
    note: c105NotRatified,
  },
  {
    country: 'TLS',
    instrumentId: 'C105',
    status: 'not-ratified',
    verification: 'secondary',
    sources: [secondary.wikiC105],
    note: c105NotRatified,
  },
] as const satisfies readonly RatificationInput[];

/**
 * Listed places that are not ILO member States, so C.182's universal ratification does not cover
 * them.
 *
 * @example
 * nonMemberCountries.includes('XKX'); // true
 * @category model
 */
export const nonMemberCountries: readonly string[] = ['XKX'];

// C.182 has been ratified by all 187 ILO member States since 4 August 2020. Every listed member
// without a dated record above gets an undated record that says so.
const datedC182 = new Set<string>(
  particular.filter((r) => r.instrumentId === 'C182').map((r) => r.country),
);

const universal: readonly RatificationInput[] = countryRecords
  .filter((c) => !nonMemberCountries.includes(c.code) && !datedC182.has(c.code))
  .map((c) => ({
    country: c.code,
    instrumentId: 'C182',
    status: 'ratified',
    verification: 'secondary',
    sources: [...universalC182],
    note: 'The date was not found. C.182 has been ratified by every ILO member State since 4 August 2020.',
  }));

/**
 * The ratification records, raw: the particular records the sources give, then the undated C.182
 * records that follow from universal ratification. Use {@link ratifications} for the typed,
 * decoded view.
 *
 * @example
 * ratificationRecords.find((r) => r.country === 'NPL' && r.instrumentId === 'C182')?.verification;
 * // 'conflicting'
 * @category model
 */
export const ratificationRecords: readonly RatificationInput[] = [...particular, ...universal];
