import type { z } from 'zod';
import type { SeedReference } from '../../shared/evidence.js';
import type { Country } from '../schema.js';

// The countries the seeds name: the nine Alliance 8.7 Pathfinder countries of seed 003, every
// country named in a South-South cooperation case of seed 001, and the other countries of the
// reference sheet's ratification table (section 9), which seed 002 names.

type SeedRef = z.input<typeof SeedReference>;

const seed001 = (section: string): SeedRef => ({ seed: '001_9148a8ca8a7c6ecc.txt', section });
const seed002 = (section: string): SeedRef => ({ seed: '002_b77dc5cac94d77d7.txt', section });
const seed003 = (section: string): SeedRef => ({ seed: '003_108115038eae456f.txt', section });

// Seed 001: the introductory article and the good-practice cases, by heading.
const overview = seed001('From South-South to new modes and momentum for cooperation');
const visible = seed001('South-South Cooperation has become more visible in recent years');
const momentum = seed001('A new momentum');
const ibsa = seed001(
  'IPEC Projects in IBSA countries and Latin America get together to discuss South-South Cooperation',
);
const moroccoMali = seed001(
  'Morocco and Mali: Strengthening of institutional coordination mechanisms',
);
const angolaMozambique = seed001(
  'Angola and Mozambique: Trade Union Partnership helps the implementation of SCREAM',
);
const kenyaUgandaZambia = seed001(
  'Kenya, Uganda and Zambia: Development of a Trade Union Policy on child labour',
);
const timorBrazil = seed001(
  'Timor-Leste and Brazil: Development of a tripartite child labour commission and the list of hazardous child labour',
);
const freeZones = seed001(
  'India, Ethiopia, Ghana, Morocco, Nepal, Uganda and Zimbabwe: Exchange of experience on child labour free zones',
);
const bangladeshIndonesia = seed001(
  'Bangladesh and Indonesia: Broadening the understanding of child labour',
);
const mongoliaIndonesia = seed001(
  'Mongolia and Indonesia: Learning from practical stakeholders experiences',
);
const mekong = seed001('Mekong Sub-region: “Voices of children”, Youth Forum on human trafficking');
const kosovoRomania = seed001(
  'Kosovo and Romania: Exchange of experience on child labour monitoring system',
);
const clmsExchange = seed001(
  'Kyrgyzstan, Moldova, Romania, Tajikistan and Ukraine: Exchange of experience on child labour monitoring systems',
);
const albaniaKosovo = seed001(
  'Albania and Kosovo: Building the capacity of Trade Unions to fight child labour',
);
const moldovaRomania = seed001(
  'Moldova and Romania: Stakeholders scale-up actions against child labour',
);
const costaRicaGuatemala = seed001(
  'Costa Rica and Guatemala: Technical assistance for the design of a CCT programme',
);
const csec = seed001('Central America: Exchange of experience on trafficking and CSEC initiatives');
const inspection = seed001('Latin America: Cooperation in strengthening Labour Inspection');
const roadmaps = seed001('Central America: Launch of roadmaps against child labour');

// Seed 002: the ILO evaluation annex that records ratifications of C.97 and C.143.
const resultsFramework = seed002("Annex 5: Strategy's Components Results Framework");

/**
 * The country records, raw (ISO 3166-1 alpha-3 codes; Kosovo uses the user-assigned `XKX`). Use
 * {@link countries} for the typed, decoded view.
 *
 * @example
 * countryRecords.find((c) => c.code === 'VNM')?.aliases; // ['Vietnam', 'Socialist Republic of Viet Nam']
 * @category model
 */
export const countryRecords = [
  // Alliance 8.7 Pathfinder countries (seed 003)
  {
    code: 'MDG',
    name: 'Madagascar',
    aliases: ['Republic of Madagascar'],
    pathfinder: true,
    mentions: [seed003('MADAGASCAR - Pathfinder country since Oct. 2018')],
  },
  {
    code: 'NPL',
    name: 'Nepal',
    aliases: ['Federal Democratic Republic of Nepal'],
    pathfinder: true,
    mentions: [seed003('NEPAL - Pathfinder country since Feb. 2019'), freeZones],
  },
  {
    code: 'MRT',
    name: 'Mauritania',
    aliases: ['Islamic Republic of Mauritania'],
    pathfinder: true,
    mentions: [seed003('MAURITANIA - Pathfinder country since January 2019'), resultsFramework],
  },
  {
    code: 'CHL',
    name: 'Chile',
    aliases: ['Republic of Chile'],
    pathfinder: true,
    mentions: [seed003('CHILE - Pathfinder country since March 2019'), inspection],
  },
  {
    code: 'UGA',
    name: 'Uganda',
    aliases: ['Republic of Uganda'],
    pathfinder: true,
    mentions: [seed003('UGANDA'), overview, kenyaUgandaZambia, freeZones],
  },
  {
    code: 'ALB',
    name: 'Albania',
    aliases: ['Republic of Albania'],
    pathfinder: true,
    mentions: [seed003('ALBANIA'), albaniaKosovo, clmsExchange, moldovaRomania, resultsFramework],
  },
  {
    code: 'NGA',
    name: 'Nigeria',
    aliases: ['Federal Republic of Nigeria'],
    pathfinder: true,
    mentions: [seed003('NIGERIA'), resultsFramework],
  },
  {
    code: 'VNM',
    name: 'Viet Nam',
    aliases: ['Vietnam', 'Socialist Republic of Viet Nam'],
    pathfinder: true,
    mentions: [seed003('VIETNAM'), mekong],
  },
  {
    code: 'FJI',
    name: 'Fiji',
    aliases: ['Republic of Fiji'],
    pathfinder: true,
    mentions: [seed003('Steps and perspectives for Fiji?')],
  },
  // Other countries of the ratification table (reference sheet, section 9)
  {
    code: 'BRA',
    name: 'Brazil',
    aliases: ['Federative Republic of Brazil', 'Brasil'],
    pathfinder: false,
    mentions: [overview, ibsa, angolaMozambique, timorBrazil, inspection, momentum],
  },
  {
    code: 'IND',
    name: 'India',
    aliases: ['Republic of India'],
    pathfinder: false,
    mentions: [overview, ibsa, freeZones],
  },
  {
    code: 'MAR',
    name: 'Morocco',
    aliases: ['Kingdom of Morocco', 'Maroc'],
    pathfinder: false,
    mentions: [overview, moroccoMali, freeZones],
  },
  {
    code: 'MLI',
    name: 'Mali',
    aliases: ['Republic of Mali'],
    pathfinder: false,
    mentions: [overview, moroccoMali],
  },
  {
    code: 'THA',
    name: 'Thailand',
    aliases: ['Kingdom of Thailand'],
    pathfinder: false,
    mentions: [mekong],
  },
  {
    code: 'PHL',
    name: 'Philippines',
    aliases: ['the Philippines', 'Republic of the Philippines'],
    pathfinder: false,
    mentions: [resultsFramework],
  },
  {
    code: 'TJK',
    name: 'Tajikistan',
    aliases: ['Republic of Tajikistan'],
    pathfinder: false,
    mentions: [clmsExchange, resultsFramework],
  },
  {
    code: 'ARM',
    name: 'Armenia',
    aliases: ['Republic of Armenia'],
    pathfinder: false,
    mentions: [resultsFramework],
  },
  {
    code: 'MDA',
    name: 'Republic of Moldova',
    aliases: ['Moldova'],
    pathfinder: false,
    mentions: [clmsExchange, moldovaRomania, resultsFramework],
  },
  // Countries named in the South-South cooperation cases of seed 001
  {
    code: 'ZAF',
    name: 'South Africa',
    aliases: ['Republic of South Africa'],
    pathfinder: false,
    mentions: [overview, ibsa],
  },
  {
    code: 'AGO',
    name: 'Angola',
    aliases: ['Republic of Angola'],
    pathfinder: false,
    mentions: [overview, ibsa, angolaMozambique, timorBrazil],
  },
  {
    code: 'MOZ',
    name: 'Mozambique',
    aliases: ['Republic of Mozambique'],
    pathfinder: false,
    mentions: [overview, ibsa, angolaMozambique, timorBrazil],
  },
  {
    code: 'HTI',
    name: 'Haiti',
    aliases: ['Republic of Haiti'],
    pathfinder: false,
    mentions: [overview, ibsa],
  },
  {
    code: 'GNB',
    name: 'Guinea-Bissau',
    aliases: ['Guinea Bissau', 'Republic of Guinea-Bissau'],
    pathfinder: false,
    mentions: [ibsa, timorBrazil],
  },
  {
    code: 'CPV',
    name: 'Cabo Verde',
    aliases: ['Cape Verde', 'Republic of Cabo Verde'],
    pathfinder: false,
    mentions: [angolaMozambique, timorBrazil],
  },
  {
    code: 'PRT',
    name: 'Portugal',
    aliases: ['Portuguese Republic'],
    pathfinder: false,
    mentions: [timorBrazil],
  },
  {
    code: 'STP',
    name: 'Sao Tome and Principe',
    aliases: ['São Tomé and Príncipe', 'Sao Tome'],
    pathfinder: false,
    mentions: [timorBrazil],
  },
  {
    code: 'TLS',
    name: 'Timor-Leste',
    aliases: ['East Timor', 'Timor Leste', 'Democratic Republic of Timor-Leste'],
    pathfinder: false,
    mentions: [timorBrazil],
  },
  {
    code: 'KEN',
    name: 'Kenya',
    aliases: ['Republic of Kenya'],
    pathfinder: false,
    mentions: [overview, kenyaUgandaZambia, freeZones],
  },
  {
    code: 'ZMB',
    name: 'Zambia',
    aliases: ['Republic of Zambia'],
    pathfinder: false,
    mentions: [overview, kenyaUgandaZambia],
  },
  {
    code: 'ETH',
    name: 'Ethiopia',
    aliases: ['Federal Democratic Republic of Ethiopia'],
    pathfinder: false,
    mentions: [freeZones],
  },
  {
    code: 'GHA',
    name: 'Ghana',
    aliases: ['Republic of Ghana'],
    pathfinder: false,
    mentions: [freeZones, costaRicaGuatemala],
  },
  {
    code: 'ZWE',
    name: 'Zimbabwe',
    aliases: ['Republic of Zimbabwe'],
    pathfinder: false,
    mentions: [freeZones],
  },
  {
    code: 'BGD',
    name: 'Bangladesh',
    aliases: ["People's Republic of Bangladesh"],
    pathfinder: false,
    mentions: [bangladeshIndonesia],
  },
  {
    code: 'IDN',
    name: 'Indonesia',
    aliases: ['Republic of Indonesia'],
    pathfinder: false,
    mentions: [bangladeshIndonesia, mongoliaIndonesia],
  },
  {
    code: 'MNG',
    name: 'Mongolia',
    aliases: [],
    pathfinder: false,
    mentions: [mongoliaIndonesia],
  },
  {
    code: 'KHM',
    name: 'Cambodia',
    aliases: ['Kingdom of Cambodia'],
    pathfinder: false,
    mentions: [mekong],
  },
  {
    code: 'CHN',
    name: 'China',
    aliases: ["People's Republic of China"],
    pathfinder: false,
    mentions: [mekong],
  },
  {
    code: 'LAO',
    name: "Lao People's Democratic Republic",
    aliases: ['Lao PDR', 'Laos'],
    pathfinder: false,
    mentions: [mekong],
  },
  {
    code: 'MMR',
    name: 'Myanmar',
    aliases: ['Burma', 'Republic of the Union of Myanmar'],
    pathfinder: false,
    mentions: [mekong],
  },
  {
    // Kosovo has no ISO 3166-1 code; XKX is the user-assigned code in common use (EU, IMF).
    code: 'XKX',
    name: 'Kosovo',
    aliases: ['Kosovo (UNMIK)'],
    pathfinder: false,
    mentions: [kosovoRomania, clmsExchange, albaniaKosovo],
  },
  {
    code: 'ROU',
    name: 'Romania',
    aliases: [],
    pathfinder: false,
    mentions: [kosovoRomania, clmsExchange, moldovaRomania],
  },
  {
    code: 'KGZ',
    name: 'Kyrgyzstan',
    aliases: ['Kyrgyz Republic'],
    pathfinder: false,
    mentions: [clmsExchange],
  },
  {
    code: 'UKR',
    name: 'Ukraine',
    aliases: [],
    pathfinder: false,
    mentions: [clmsExchange, moldovaRomania],
  },
  {
    code: 'BGR',
    name: 'Bulgaria',
    aliases: ['Republic of Bulgaria'],
    pathfinder: false,
    mentions: [clmsExchange],
  },
  {
    code: 'CRI',
    name: 'Costa Rica',
    aliases: ['Republic of Costa Rica'],
    pathfinder: false,
    mentions: [costaRicaGuatemala, csec, inspection, roadmaps],
  },
  {
    code: 'GTM',
    name: 'Guatemala',
    aliases: ['Republic of Guatemala'],
    pathfinder: false,
    mentions: [costaRicaGuatemala, inspection, roadmaps],
  },
  {
    code: 'BLZ',
    name: 'Belize',
    aliases: [],
    pathfinder: false,
    mentions: [costaRicaGuatemala],
  },
  {
    code: 'URY',
    name: 'Uruguay',
    aliases: ['Oriental Republic of Uruguay'],
    pathfinder: false,
    mentions: [costaRicaGuatemala],
  },
  {
    code: 'PAN',
    name: 'Panama',
    aliases: ['Republic of Panama', 'Panamá'],
    pathfinder: false,
    mentions: [csec, inspection, roadmaps],
  },
  {
    code: 'DOM',
    name: 'Dominican Republic',
    aliases: ['República Dominicana'],
    pathfinder: false,
    mentions: [csec, inspection, roadmaps],
  },
  {
    code: 'HND',
    name: 'Honduras',
    aliases: ['Republic of Honduras'],
    pathfinder: false,
    mentions: [inspection, roadmaps],
  },
  {
    code: 'NIC',
    name: 'Nicaragua',
    aliases: ['Republic of Nicaragua'],
    pathfinder: false,
    mentions: [inspection, roadmaps],
  },
  {
    code: 'SLV',
    name: 'El Salvador',
    aliases: ['Republic of El Salvador'],
    pathfinder: false,
    mentions: [inspection, roadmaps],
  },
  {
    code: 'ARG',
    name: 'Argentina',
    aliases: ['Argentine Republic'],
    pathfinder: false,
    mentions: [inspection],
  },
  {
    code: 'BOL',
    name: 'Bolivia',
    aliases: ['Plurinational State of Bolivia', 'Bolivia (Plurinational State of)'],
    pathfinder: false,
    mentions: [momentum, inspection],
  },
  {
    code: 'COL',
    name: 'Colombia',
    aliases: ['Republic of Colombia'],
    pathfinder: false,
    mentions: [inspection],
  },
  {
    code: 'ECU',
    name: 'Ecuador',
    aliases: ['Republic of Ecuador'],
    pathfinder: false,
    mentions: [momentum, inspection],
  },
  {
    code: 'PER',
    name: 'Peru',
    aliases: ['Republic of Peru', 'Perú'],
    pathfinder: false,
    mentions: [inspection],
  },
  {
    code: 'VEN',
    name: 'Venezuela',
    aliases: ['Bolivarian Republic of Venezuela', 'Venezuela (Bolivarian Republic of)'],
    pathfinder: false,
    mentions: [inspection],
  },
  {
    code: 'PRY',
    name: 'Paraguay',
    aliases: ['Republic of Paraguay'],
    pathfinder: false,
    mentions: [momentum],
  },
  // Donor governments named in the cases
  {
    code: 'NOR',
    name: 'Norway',
    aliases: ['Kingdom of Norway'],
    pathfinder: false,
    mentions: [visible, ibsa],
  },
  {
    code: 'IRL',
    name: 'Ireland',
    aliases: [],
    pathfinder: false,
    mentions: [visible, ibsa],
  },
  {
    code: 'USA',
    name: 'United States',
    aliases: ['United States of America', 'USA', 'US', 'U.S.'],
    pathfinder: false,
    mentions: [visible, ibsa],
  },
] as const satisfies readonly z.input<typeof Country>[];
