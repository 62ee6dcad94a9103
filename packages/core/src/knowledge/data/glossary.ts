import type { z } from 'zod';
import { trusted } from '../../shared/trusted.js';
import { GlossaryEntry } from '../schema.js';

const seed000 = '000_13e4478fe2e762d6.txt';
const seed001 = '001_9148a8ca8a7c6ecc.txt';
const seed002 = '002_b77dc5cac94d77d7.txt';
const seed003 = '003_108115038eae456f.txt';
const seed004 = '004_606416beeff1216a.txt';

const records = [
  // ---- the ILO and its machinery --------------------------------------------
  {
    term: 'ILO',
    expansion: 'International Labour Organization',
    definition:
      'The UN agency for the world of work, in which governments, employers and workers of its member States set labour standards together.',
    variants: ['OIT'],
    instruments: [],
    seeAlso: ['ILC', 'IPEC', 'SAP-FL'],
    sources: [
      {
        seed: seed001,
        section: 'The growing role of South-South Cooperation in combating child labour',
      },
    ],
  },
  {
    term: 'ILC',
    expansion: 'International Labour Conference',
    definition:
      'The yearly assembly of the ILO where government, employer and worker delegates adopt conventions, protocols and recommendations.',
    variants: [],
    instruments: [],
    seeAlso: ['ILO'],
    sources: [{ seed: seed002, section: 'History and Organisational approach' }],
  },
  {
    term: 'CEACR',
    expansion: 'Committee of Experts on the Application of Conventions and Recommendations',
    definition:
      'The ILO body of independent legal experts that examines what governments report on the conventions they ratified and publishes comments on how each country applies them.',
    variants: [],
    instruments: [],
    seeAlso: ['NORMLEX'],
    sources: [
      {
        url: 'https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2207712%2C103197',
        label: 'NORMLEX, CEACR comment on C.138 for Nepal',
      },
    ],
  },
  {
    term: 'NORMLEX',
    expansion: 'Information System on International Labour Standards',
    definition:
      'The ILO database of conventions, recommendations, ratifications and supervisory comments, and the official place to check whether a country has ratified an instrument.',
    variants: [],
    instruments: [],
    seeAlso: ['CEACR'],
    sources: [
      {
        url: 'https://www.ilo.org/dyn/normlex/en/f?p=1000:11200:0::NO:11200:P11200_COUNTRY_ID:102843',
        label: 'NORMLEX, ratifications for Thailand',
      },
    ],
  },
  {
    term: 'IPEC',
    expansion: 'International Programme on the Elimination of Child Labour',
    definition:
      'The ILO programme of technical cooperation against child labour, which supports governments and social partners and gathered the South-South good practices of seed 001.',
    variants: ['ILO-IPEC'],
    instruments: ['C138', 'C182'],
    seeAlso: ['TBP', 'WFCL'],
    sources: [
      {
        seed: seed001,
        section: 'The growing role of South-South Cooperation in combating child labour',
      },
    ],
  },
  {
    term: 'SAP-FL',
    expansion: 'Special Action Programme to Combat Forced Labour',
    definition:
      'The ILO programme that leads its work against forced labour and trafficking: a global alliance, national action plans, research and data, and training for labour inspectors and social partners.',
    variants: ['SAPFL', 'Special Action Programme on Forced Labour'],
    instruments: ['C29', 'P29'],
    seeAlso: ['NAP', 'DWCP'],
    sources: [
      { seed: seed004, section: 'Background' },
      { seed: seed002, section: 'History and Organisational approach' },
    ],
  },
  {
    term: 'DWCP',
    expansion: 'Decent Work Country Programme',
    definition:
      "The framework the ILO agrees with a country's government, employers and workers that sets the priorities and expected results of ILO support there.",
    variants: ['DWCPs'],
    instruments: [],
    seeAlso: ['UNDAF', 'PRS'],
    sources: [
      { seed: seed004, section: 'Background' },
      { seed: seed002, section: 'Involvement of Tripartite Partners' },
    ],
  },
  {
    term: 'MLF',
    expansion: 'ILO Multilateral Framework on Labour Migration',
    definition:
      'Non-binding ILO principles and guidelines, drawn up at a tripartite meeting in November 2005, for governing labour migration in a way that protects migrant workers’ rights.',
    variants: [],
    instruments: ['C97', 'C143'],
    seeAlso: ['GMG', 'GFMD'],
    sources: [{ seed: seed002, section: 'History and Organisational approach' }],
  },
  {
    term: 'ACTRAV',
    expansion: "Bureau for Workers' Activities",
    definition:
      'The ILO department that works with and for workers’ organisations, including on the rights of migrant workers.',
    variants: [],
    instruments: [],
    seeAlso: ['ACT/EMP', 'ITUC'],
    sources: [{ seed: seed002, section: 'Annex 1: List of persons consulted' }],
  },
  {
    term: 'ACT/EMP',
    expansion: "Bureau for Employers' Activities",
    definition: 'The ILO department that works with and for employers’ organisations.',
    variants: ['ACTEMP'],
    instruments: [],
    seeAlso: ['ACTRAV', 'IOE'],
    sources: [{ seed: seed002, section: 'Annex 1: List of persons consulted' }],
  },
  {
    term: 'RBSA',
    expansion: 'Regular Budget Supplementary Account',
    definition:
      'An ILO funding account fed by voluntary contributions, which paid for IPEC projects such as the strengthening of coordination mechanisms in Morocco.',
    variants: [],
    instruments: [],
    seeAlso: ['IPEC'],
    sources: [
      {
        seed: seed001,
        section: 'Morocco and Mali: Strengthening of institutional coordination mechanisms',
      },
    ],
  },
  {
    term: 'CTA',
    expansion: 'Chief Technical Advisor',
    definition: 'The person who manages an ILO technical cooperation project in the field.',
    variants: ['CTAs'],
    instruments: [],
    seeAlso: ['TC'],
    sources: [{ seed: seed002, section: 'Annex 1: List of persons consulted' }],
  },
  {
    term: 'TC',
    expansion: 'Technical cooperation',
    definition:
      'Projects in which the ILO, with donor funding, gives countries expertise, training and support to put labour standards into practice.',
    variants: [],
    instruments: [],
    seeAlso: ['CTA'],
    sources: [
      {
        seed: seed002,
        section:
          'Annex 4: Components of TC projects on labour migration that correspond to elements of the ILO Plan of Action for Migrant Workers (centralized and decentralized)',
      },
    ],
  },

  // ---- child labour ------------------------------------------------------------
  {
    term: 'WFCL',
    expansion: 'Worst Forms of Child Labour',
    definition:
      'The forms of child labour that C.182 Art. 3 requires states to prohibit and eliminate urgently: slavery and similar practices, commercial sexual exploitation, illicit activities and hazardous work.',
    variants: [],
    instruments: ['C182', 'R190'],
    seeAlso: ['CSEC', 'TBP', 'NAP'],
    sources: [
      {
        seed: seed001,
        section: 'Kenya, Uganda and Zambia: Development of a Trade Union Policy on child labour',
      },
    ],
  },
  {
    term: 'CSEC',
    expansion: 'Commercial Sexual Exploitation of Children',
    definition:
      'Using, procuring or offering children for prostitution, pornography or pornographic performances for gain, one of the worst forms of child labour under C.182 Art. 3(b).',
    variants: [],
    instruments: ['C182'],
    seeAlso: ['WFCL'],
    sources: [
      {
        seed: seed001,
        section: 'Central America: Exchange of experience on trafficking and CSEC initiatives',
      },
    ],
  },
  {
    term: 'CLMS',
    expansion: 'Child Labour Monitoring System',
    definition:
      'A local mechanism that regularly checks workplaces and communities to find working children, refer them to schools and services and follow up on what happens to them.',
    variants: [],
    instruments: ['C138', 'C182'],
    seeAlso: ['CLU'],
    sources: [
      {
        seed: seed001,
        section: 'Kosovo and Romania: Exchange of experience on child labour monitoring system',
      },
    ],
  },
  {
    term: 'TBP',
    expansion: 'Time-Bound Programme',
    definition:
      'A national programme, supported by IPEC, that commits a country to eliminating the worst forms of child labour within a set period through linked policy and direct action.',
    variants: ['TBPs', 'Time Bound Programme'],
    instruments: ['C182'],
    seeAlso: ['WFCL', 'IPEC'],
    sources: [
      { seed: seed001, section: 'From South-South to new modes and momentum for cooperation' },
      {
        seed: seed001,
        section: 'Bangladesh and Indonesia: Broadening the understanding of child labour',
      },
    ],
  },
  {
    term: 'NAP',
    expansion: 'National Action Plan',
    definition:
      'A government-led plan, agreed with social partners and other stakeholders, that says what a country will do about a problem such as the worst forms of child labour or forced labour, who does it and by when.',
    variants: ['NAPs'],
    instruments: [],
    seeAlso: ['WFCL', 'SAP-FL'],
    sources: [
      {
        seed: seed001,
        section: 'Kenya, Uganda and Zambia: Development of a Trade Union Policy on child labour',
      },
      { seed: seed004, section: 'Specific objectives' },
    ],
  },
  {
    term: 'CCT',
    expansion: 'Conditional Cash Transfer',
    definition:
      'A social protection programme that pays poor families on condition that, for example, their children go to school, used to prevent child labour (Brazil’s Bolsa Familia and PETI are examples).',
    variants: ['CCTs'],
    instruments: [],
    seeAlso: ['PETI'],
    sources: [
      {
        seed: seed001,
        section: 'Costa Rica and Guatemala: Technical assistance for the design of a CCT programme',
      },
    ],
  },
  {
    term: 'SCREAM',
    expansion: "Supporting Children's Rights through Education, the Arts and the Media",
    definition:
      'An ILO-IPEC education package with which teachers help young people learn about child labour and campaign against it through drama, art and the media.',
    variants: [],
    instruments: [],
    seeAlso: ['IPEC'],
    sources: [
      {
        seed: seed001,
        section:
          'Angola and Mozambique: Trade Union Partnership helps the implementation of SCREAM',
      },
    ],
  },
  {
    term: 'CLU',
    expansion: 'Child Labour Unit',
    definition:
      'A unit inside a Ministry of Labour that coordinates, monitors and evaluates the national projects against child labour, as in Mali, Morocco and Bangladesh.',
    variants: [],
    instruments: [],
    seeAlso: ['NSC', 'CLMS'],
    sources: [
      {
        seed: seed001,
        section: 'Morocco and Mali: Strengthening of institutional coordination mechanisms',
      },
    ],
  },
  {
    term: 'NSC',
    expansion: 'National Steering Committee',
    definition:
      'A national body of the key actors, set up at the Ministry of Labour in Mali and Morocco and chaired by the Director of Labour, that steers and coordinates action against child labour.',
    variants: [],
    instruments: [],
    seeAlso: ['CLU'],
    sources: [
      {
        seed: seed001,
        section: 'Morocco and Mali: Strengthening of institutional coordination mechanisms',
      },
    ],
  },
  {
    term: 'KCPECL',
    expansion: 'Kosovo Committee on Prevention and Elimination of Child Labour',
    definition:
      'The committee that has overseen action against child labour in Kosovo since December 2005 and set up a working group on child labour monitoring in 2006.',
    variants: [],
    instruments: [],
    seeAlso: ['CLMS'],
    sources: [
      {
        seed: seed001,
        section: 'Kosovo and Romania: Exchange of experience on child labour monitoring system',
      },
    ],
  },
  {
    term: 'CONAETI',
    expansion: 'National Tripartite Committee on Child Labour (Brazil)',
    definition:
      'Brazil’s tripartite committee on child labour, coordinated by the Ministry of Labour and Employment, which set up a sub-committee for South-South cooperation.',
    variants: [],
    instruments: [],
    seeAlso: ['PETI', 'IBSA'],
    sources: [
      {
        seed: seed001,
        section:
          'IPEC Projects in IBSA countries and Latin America get together to discuss South-South Cooperation',
      },
    ],
  },
  {
    term: 'PETI',
    expansion: 'Programme on the Elimination of Child Labour (Brazil)',
    definition:
      'Brazil’s conditional cash transfer programme against child labour, shared with other countries through South-South cooperation.',
    variants: [],
    instruments: [],
    seeAlso: ['CCT', 'CONAETI'],
    sources: [
      {
        seed: seed001,
        section:
          'IPEC Projects in IBSA countries and Latin America get together to discuss South-South Cooperation',
      },
    ],
  },
  {
    term: 'TICW',
    expansion: 'Mekong Sub-regional Project to Combat Trafficking in Children and Women',
    definition:
      'An IPEC project in the Greater Mekong Sub-region that worked with Save the Children UK to bring children’s and young people’s voices into the fight against trafficking.',
    variants: [],
    instruments: [],
    seeAlso: ['UNIAP'],
    sources: [
      {
        seed: seed001,
        section: 'Mekong Sub-region: “Voices of children”, Youth Forum on human trafficking',
      },
    ],
  },
  {
    term: 'HADW',
    expansion: 'Hemispheric Agenda for Decent Work',
    definition:
      'The decent work agenda for the Americas, adopted by governments, employers and workers at the ILO’s American Regional Meeting in Brasilia in 2006, with goals on child labour.',
    variants: [],
    instruments: [],
    seeAlso: ['DWCP'],
    sources: [
      { seed: seed001, section: 'Central America: Launch of roadmaps against child labour' },
    ],
  },

  // ---- forced labour, trafficking and migration -----------------------------
  {
    term: 'NRM',
    expansion: 'National Referral Mechanism',
    definition:
      'A cooperative framework through which state bodies and civil society identify presumed victims of trafficking and refer them to protection and support, as described in the OSCE/ODIHR handbook.',
    variants: ['NRMs'],
    instruments: ['P29', 'PALERMO'],
    seeAlso: ['OSCE', 'ODIHR'],
    sources: [
      {
        url: 'https://childx.se/en/new-edition-of-the-handbook-on-national-referral-mechanisms-from-osce-launched/',
        label: 'OSCE/ODIHR National Referral Mechanisms Handbook, 2nd edition (2022)',
      },
    ],
  },
  {
    term: 'OSCE',
    expansion: 'Organization for Security and Co-operation in Europe',
    definition:
      'A regional security organisation that works against human trafficking, for example by supporting Albania’s action plan on child protection and trafficking.',
    variants: [],
    instruments: [],
    seeAlso: ['ODIHR', 'NRM'],
    sources: [{ seed: seed003, section: 'ALBANIA' }],
  },
  {
    term: 'ODIHR',
    expansion: 'Office for Democratic Institutions and Human Rights',
    definition:
      'The OSCE’s human rights office, which publishes the handbook on national referral mechanisms that anti-trafficking practitioners use.',
    variants: [],
    instruments: [],
    seeAlso: ['OSCE', 'NRM'],
    sources: [
      {
        url: 'https://respect.international/national-referral-mechanisms-joining-efforts-to-protect-the-rights-of-trafficked-persons-a-practical-handbook-2/',
        label: 'National Referral Mechanisms: a practical handbook (OSCE/ODIHR)',
      },
    ],
  },
  {
    term: 'GMG',
    expansion: 'Global Migration Group',
    definition:
      'An inter-agency group in which UN agencies and the International Organization for Migration coordinate their work on international migration.',
    variants: [],
    instruments: [],
    seeAlso: ['IOM', 'GFMD', 'MLF'],
    sources: [
      {
        seed: seed002,
        section:
          "Annex 6: ILO's collaboration with members of the Global Migration Group (GMG) and other Agencies",
      },
    ],
  },
  {
    term: 'GFMD',
    expansion: 'Global Forum on Migration and Development',
    definition:
      'An informal, state-led forum on migration and development that grew out of the UN High Level Dialogue and first met in Brussels in July 2007.',
    variants: [],
    instruments: [],
    seeAlso: ['GMG'],
    sources: [{ seed: seed002, section: 'History and Organisational approach' }],
  },
  {
    term: 'CMW',
    expansion:
      'Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families',
    definition:
      'The UN body of independent experts that monitors how states apply the 1990 UN convention on the rights of migrant workers and their families.',
    variants: [],
    instruments: [],
    seeAlso: ['OHCHR'],
    sources: [{ seed: seed002, section: "Annex 5: Strategy's Components Results Framework" }],
  },
  {
    term: 'UNIAP',
    expansion: 'United Nations Inter-Agency Project on Human Trafficking',
    definition:
      'A UN project that helped governments and agencies of the Greater Mekong Sub-region respond to human trafficking in a stronger and better coordinated way.',
    variants: [],
    instruments: [],
    seeAlso: ['TICW'],
    sources: [{ seed: seed002, section: 'Annex 1: List of persons consulted' }],
  },

  // ---- international organisations and groupings ----------------------------
  {
    term: 'IOM',
    expansion: 'International Organization for Migration',
    definition:
      'The intergovernmental organisation for migration, which works with the ILO on migration management and on help for migrants and victims of trafficking.',
    variants: ['International Organisation for Migration'],
    instruments: [],
    seeAlso: ['GMG'],
    sources: [{ seed: seed002, section: 'Annex 8: Collaboration with IOM' }],
  },
  {
    term: 'UNODC',
    expansion: 'United Nations Office on Drugs and Crime',
    definition:
      'The UN office that supports states’ criminal-justice responses to human trafficking and promotes the Palermo Protocol.',
    variants: [],
    instruments: ['PALERMO'],
    seeAlso: ['GMG'],
    sources: [
      {
        seed: seed002,
        section:
          "Annex 6: ILO's collaboration with members of the Global Migration Group (GMG) and other Agencies",
      },
    ],
  },
  {
    term: 'UNICEF',
    expansion: "United Nations Children's Fund",
    definition:
      'The UN agency for children’s rights and well-being, which with the ILO is co-custodian of SDG Target 8.7.',
    variants: [],
    instruments: ['SDG-8.7'],
    seeAlso: ['GMG'],
    sources: [
      {
        seed: seed002,
        section:
          "Annex 6: ILO's collaboration with members of the Global Migration Group (GMG) and other Agencies",
      },
    ],
  },
  {
    term: 'OHCHR',
    expansion: 'Office of the United Nations High Commissioner for Human Rights',
    definition: 'The UN office that leads on human rights, including the human rights of migrants.',
    variants: [],
    instruments: [],
    seeAlso: ['CMW', 'GMG'],
    sources: [{ seed: seed002, section: "Annex 5: Strategy's Components Results Framework" }],
  },
  {
    term: 'UNHCR',
    expansion: 'Office of the United Nations High Commissioner for Refugees',
    definition: 'The UN refugee agency, which protects refugees and stateless people.',
    variants: [],
    instruments: [],
    seeAlso: ['GMG'],
    sources: [{ seed: seed002, section: 'International organisations and donor governments' }],
  },
  {
    term: 'ITUC',
    expansion: 'International Trade Union Confederation',
    definition:
      'The global federation of national trade union centres, which speaks for workers internationally.',
    variants: [],
    instruments: [],
    seeAlso: ['ACTRAV', 'IOE'],
    sources: [{ seed: seed002, section: "Annex 5: Strategy's Components Results Framework" }],
  },
  {
    term: 'IOE',
    expansion: 'International Organisation of Employers',
    definition:
      'The global network of national employers’ organisations, which speaks for business in the ILO.',
    variants: ['International Organization of Employers'],
    instruments: [],
    seeAlso: ['ACT/EMP', 'ITUC'],
    sources: [{ seed: seed002, section: 'Annex 1: List of persons consulted' }],
  },
  {
    term: 'NGO',
    expansion: 'Non-governmental organisation',
    definition:
      'A civil society organisation that is independent of government and works for a public cause.',
    variants: ['NGOs'],
    instruments: [],
    seeAlso: [],
    sources: [{ seed: seed000, section: 'Synergy: 1 + 1 = 3' }],
  },
  {
    term: 'IFI',
    expansion: 'International Financial Institution',
    definition:
      'A multilateral lender such as the World Bank or a regional development bank, with which the ILO sought clearer partnerships against forced labour.',
    variants: ['IFIs'],
    instruments: [],
    seeAlso: ['PRS', 'SAP-FL'],
    sources: [{ seed: seed004, section: 'Background' }],
  },
  {
    term: 'USDOL',
    expansion: 'United States Department of Labor',
    definition:
      'The US labour ministry, a major donor to IPEC that co-financed South-South study tours and projects against child labour.',
    variants: ['US DOL', 'DOL'],
    instruments: [],
    seeAlso: ['IPEC'],
    sources: [
      { seed: seed001, section: 'South-South Cooperation has become more visible in recent years' },
    ],
  },
  {
    term: 'ABC',
    expansion: 'Brazilian Cooperation Agency (Agência Brasileira de Cooperação)',
    definition:
      'Brazil’s development cooperation agency, which funded IPEC South-South projects against child labour, for example in Haiti.',
    variants: [],
    instruments: [],
    seeAlso: ['IBSA', 'CPLP'],
    sources: [
      { seed: seed001, section: 'From South-South to new modes and momentum for cooperation' },
    ],
  },
  {
    term: 'IBSA',
    expansion: 'India, Brazil and South Africa',
    definition:
      'A coordination mechanism the three countries set up in 2003 to fund cooperation projects with other developing countries, including against child labour.',
    variants: [],
    instruments: [],
    seeAlso: ['ABC', 'PALOP'],
    sources: [
      {
        seed: seed001,
        section:
          'IPEC Projects in IBSA countries and Latin America get together to discuss South-South Cooperation',
      },
    ],
  },
  {
    term: 'PALOP',
    expansion:
      'Portuguese-speaking African countries (Países Africanos de Língua Oficial Portuguesa)',
    definition:
      'The African countries with Portuguese as an official language, such as Angola, Mozambique and Guinea-Bissau, which Brazil supports through South-South cooperation.',
    variants: [],
    instruments: [],
    seeAlso: ['CPLP', 'SCREAM'],
    sources: [
      {
        seed: seed001,
        section:
          'Angola and Mozambique: Trade Union Partnership helps the implementation of SCREAM',
      },
    ],
  },
  {
    term: 'CPLP',
    expansion:
      'Community of Portuguese Language Countries (Comunidade dos Países de Língua Portuguesa)',
    definition:
      'The intergovernmental community of Portuguese-speaking countries, one of the groupings through which Brazil shares its experience against child labour.',
    variants: [],
    instruments: [],
    seeAlso: ['PALOP', 'ABC'],
    sources: [
      {
        seed: seed001,
        section:
          'IPEC Projects in IBSA countries and Latin America get together to discuss South-South Cooperation',
      },
    ],
  },
  {
    term: 'MERCOSUR',
    expansion: 'Southern Common Market (Mercado Común del Sur)',
    definition:
      'The South American trade bloc, one of the regional groupings Brazil works with on South-South cooperation against child labour.',
    variants: ['MERCOSUL'],
    instruments: [],
    seeAlso: ['CPLP'],
    sources: [
      {
        seed: seed001,
        section:
          'IPEC Projects in IBSA countries and Latin America get together to discuss South-South Cooperation',
      },
    ],
  },
  {
    term: 'ECOWAS',
    expansion: 'Economic Community of West African States',
    definition:
      'The regional economic community of West Africa, with which the ILO worked on labour migration.',
    variants: [],
    instruments: [],
    seeAlso: ['SADC'],
    sources: [{ seed: seed002, section: "Annex 5: Strategy's Components Results Framework" }],
  },
  {
    term: 'SADC',
    expansion: 'Southern African Development Community',
    definition:
      'The regional economic community of southern Africa, with which the ILO worked on labour migration.',
    variants: [],
    instruments: [],
    seeAlso: ['ECOWAS'],
    sources: [{ seed: seed002, section: "Annex 5: Strategy's Components Results Framework" }],
  },
  {
    term: 'ASEAN',
    expansion: 'Association of Southeast Asian Nations',
    definition:
      'The regional organisation of Southeast Asian states, with which the ILO worked on labour migration.',
    variants: [],
    instruments: [],
    seeAlso: [],
    sources: [{ seed: seed002, section: "Annex 5: Strategy's Components Results Framework" }],
  },

  // ---- development frameworks and Alliance 8.7 -------------------------------
  {
    term: 'SDG',
    expansion: 'Sustainable Development Goal',
    definition:
      'One of the UN’s goals for 2030; Target 8.7, under Goal 8 on decent work, covers forced labour, modern slavery, human trafficking and child labour.',
    variants: ['SDGs'],
    instruments: ['SDG-8.7'],
    seeAlso: ['A8.7', 'MDG'],
    sources: [{ url: 'https://www.alliance87.org/about/', label: 'Alliance 8.7, About' }],
  },
  {
    term: 'A8.7',
    expansion: 'Alliance 8.7',
    definition:
      'The global partnership, launched in New York on 21 September 2016, that works towards SDG Target 8.7 globally and through its Pathfinder countries.',
    variants: ['Alliance 87'],
    instruments: ['SDG-8.7'],
    seeAlso: ['SDG', 'HLPF'],
    sources: [{ seed: seed003, section: 'Pathfinder Countries' }],
  },
  {
    term: 'MDG',
    expansion: 'Millennium Development Goal',
    definition:
      'One of the UN’s development goals for 2015, which came before the SDGs and to which the seeds link the fight against child labour and forced labour.',
    variants: ['MDGs'],
    instruments: [],
    seeAlso: ['SDG'],
    sources: [{ seed: seed004, section: 'Background' }],
  },
  {
    term: 'UNDAF',
    expansion: 'United Nations Development Assistance Framework',
    definition:
      'The common plan of the UN agencies working in a country, in which the ILO sought to make forced labour a priority.',
    variants: ['UNDAFs'],
    instruments: [],
    seeAlso: ['DWCP', 'PRS'],
    sources: [{ seed: seed004, section: 'Background' }],
  },
  {
    term: 'PRS',
    expansion: 'Poverty Reduction Strategy',
    definition:
      'A country’s national plan to reduce poverty, often prepared with international financial institutions, in which the ILO sought to include the eradication of forced labour.',
    variants: ['PRSs', 'PRSP'],
    instruments: [],
    seeAlso: ['IFI', 'DWCP'],
    sources: [{ seed: seed004, section: 'Background' }],
  },
  {
    term: 'HLPF',
    expansion: 'High-level Political Forum on Sustainable Development',
    definition:
      'The UN forum that reviews progress on the SDGs each year, where Alliance 8.7 presented its Pathfinder countries in July 2019.',
    variants: [],
    instruments: [],
    seeAlso: ['VNR', 'A8.7'],
    sources: [{ seed: seed003, section: 'Recent Global and Regional Events' }],
  },
  {
    term: 'VNR',
    expansion: 'Voluntary National Review',
    definition:
      'A country’s report to the HLPF on its progress towards the SDGs, which the Pathfinder toolkit links to the country’s Target 8.7 work.',
    variants: ['VNRs'],
    instruments: [],
    seeAlso: ['HLPF'],
    sources: [{ seed: seed003, section: 'Global Products' }],
  },
  {
    term: 'MOLESS',
    expansion: 'Ministry of Labour, Employment and Social Security (Nepal)',
    definition:
      'Nepal’s labour ministry, where the country’s Alliance 8.7 secretariat was established.',
    variants: [],
    instruments: [],
    seeAlso: ['A8.7'],
    sources: [{ seed: seed003, section: 'NEPAL - Pathfinder country since Feb. 2019' }],
  },
  {
    term: 'OSH',
    expansion: 'Occupational safety and health',
    definition:
      'Safety and health at work, which the ILC added in June 2022 as a fifth fundamental principle and right at work.',
    variants: [],
    instruments: [],
    seeAlso: ['ILC'],
    sources: [
      {
        url: 'https://www.stvincenttimes.com/ilo-adds-safety-and-health-as-fundamental-principles-rights-at-work/',
        label: 'ILO News item of 11 June 2022, reproduced',
      },
    ],
  },
] satisfies readonly z.input<typeof GlossaryEntry>[];

/**
 * The acronyms of the field, each with its expansion, a one-sentence definition of our own and
 * where the seeds or reference notes use it.
 *
 * @example
 * glossary.find((entry) => entry.term === 'WFCL')?.expansion; // 'Worst Forms of Child Labour'
 * @category model
 */
export const glossary = /* @__PURE__ */ trusted(GlossaryEntry, records);
