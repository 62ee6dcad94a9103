import type { z } from 'zod';
import { trusted } from '../../shared/trusted.js';
import { GoodPractice } from '../schema.js';

const seed = '001_9148a8ca8a7c6ecc.txt';

// The seventeen cases of seed 001, in the seed's order. Every sentence is a summary of our own;
// titles are the seed's headings.
const records = [
  // ---- before the regional sections ------------------------------------------
  {
    id: 'ibsa-latin-america-south-south-launch',
    title:
      'IPEC Projects in IBSA countries and Latin America get together to discuss South-South Cooperation',
    summary:
      'Brazil, the ILO and IPEC projects from India, South Africa and Latin America launched a South-South initiative against child labour in Brasilia in 2007, signing an MoU and a Brazilian-funded project for Haiti.',
    region: 'interregional',
    countries: [
      { code: 'BRA', roles: ['host', 'provider', 'donor'] },
      { code: 'IND', roles: ['participant', 'provider'] },
      { code: 'ZAF', roles: ['participant', 'provider'] },
      { code: 'AGO', roles: ['participant', 'recipient'] },
      { code: 'MOZ', roles: ['participant', 'recipient'] },
      { code: 'GNB', roles: ['participant', 'recipient'] },
      {
        code: 'HTI',
        roles: ['participant', 'recipient'],
        note: 'A project against child labour in Haiti, funded by Brazil, was signed at the event.',
      },
      {
        code: 'NOR',
        roles: ['donor'],
        note: 'Funds IPEC activities with South-South components.',
      },
      {
        code: 'IRL',
        roles: ['donor'],
        note: 'Funds IPEC activities with South-South components.',
      },
      {
        code: 'USA',
        roles: ['donor'],
        note: 'Funds IPEC activities with South-South components.',
      },
    ],
    period: { from: '2007-12', to: '2008-10' },
    modalities: [
      'workshop',
      'cooperation-agreement',
      'south-south-funding',
      'triangular-cooperation',
      'study-tour',
    ],
    themes: [
      'cash-transfers',
      'labour-inspection',
      'social-dialogue',
      'institutional-coordination',
      'resource-mobilisation',
      'corporate-social-responsibility',
    ],
    organisations: [
      'Brazilian Cooperation Agency (ABC)',
      'CONAETI (National Tripartite Committee on Child Labour, Brazil)',
      'FPETI (National Forum for the Prevention and Eradication of Child Labour, Brazil)',
      'IBSA',
      'CPLP',
      'MERCOSUR',
      'Andean Pact',
      'SENAI',
    ],
    instruments: [],
    background:
      'Brazil began sharing its child labour experience abroad in 1995, starting from the Bolsa Escola school-linked cash transfer, and several Brazilian ministries have since run seminars, study tours and training for tripartite delegations from other developing countries. India, Brazil and South Africa set up IBSA in 2003 to fund cooperation with other developing countries, and Brazil asked IPEC to bring in countries from Africa and the Caribbean for a UN Day for South-South Cooperation event.',
    action:
      'With the Brazilian Government, ABC, CONAETI and FPETI, IPEC held a technical workshop in Brasilia in December 2007 for programme staff from Brazil, India, South Africa and Latin America, with delegations from Angola, Mozambique, Guinea-Bissau and Haiti. Panels covered the Decent Work Agenda, Portuguese-speaking Africa, MERCOSUR and Central America; social partners listed possible projects; the visitors met their Brazilian counterparts. At the close, Brazil signed an MoU with the ILO creating a platform for South-South initiatives, and an ABC-funded project for Haiti.',
    results: [
      'The ministerial launch drew a positive response from IPEC, the ILO and donor countries, and was announced at the UN General Assembly.',
      'Technical and financial resources were mobilised for projects with the countries named in the MoU; a Brazilian-funded project against child labour in Haiti started on 14 December 2007.',
      'Experience on cash transfer systems such as PETI and Bolsa Familia was shared among developing countries.',
      'A platform for dialogue with Latin American and African countries was set up through groupings such as the Andean Pact, CPLP and IBSA.',
      'CONAETI created a sub-committee on South-South cooperation.',
    ],
    sustainability:
      'After the MoU, Brazilian contributions to South-South work in Portuguese-speaking countries and Haiti grew, and donors such as Norway, Ireland and the US funded more IPEC projects with South-South exchanges. A matrix of possible cooperation areas was drawn up (study tours, union and employer delegations, MoUs between states, inter-university work, sessions on cash transfers). India and Brazil agreed at the 2008 ILC to strengthen ties, and Brazilian labour inspectors took part in a seminar on labour law enforcement in India in October 2008.',
    lessons: [
      'Inter-regional work has great potential, but South-South cooperation needs a higher priority in IPEC and closer links with other ILO offices.',
      'Donors respond well to this kind of cooperation, and Southern countries can act as donors while still receiving ILO support.',
    ],
    necessaryConditions: [
      {
        kind: 'political-commitment',
        text: 'Southern governments willing to commit resources and expertise to joint action in other developing countries.',
      },
      {
        kind: 'social-partners',
        text: 'Strong, experienced social partners with concrete experience of action against child labour.',
      },
      {
        kind: 'civil-society-and-dialogue',
        text: 'A robust civil society and a sound culture of social dialogue.',
      },
    ],
    keywords: [
      'south-south initiative',
      'Brasilia',
      'memorandum of understanding',
      'Bolsa Escola',
      'Bolsa Familia',
      'PETI',
      'horizontal cooperation',
      'Lusophone',
      'PALOP',
      'Brazil India labour inspectors',
    ],
    source: {
      seed,
      section:
        'IPEC Projects in IBSA countries and Latin America get together to discuss South-South Cooperation',
    },
  },

  // ---- Africa ----------------------------------------------------------------
  {
    id: 'morocco-mali-coordination-mechanisms',
    title: 'Morocco and Mali: Strengthening of institutional coordination mechanisms',
    summary:
      'A tripartite Moroccan delegation visited Mali in 2009 to compare how the two countries coordinate national action against child labour through steering committees and child labour units.',
    region: 'africa',
    countries: [
      {
        code: 'MLI',
        roles: ['host', 'provider'],
        note: "Mali's steering committee and child labour unit served as an example for Morocco.",
      },
      { code: 'MAR', roles: ['recipient'], note: 'The visit benefited both countries.' },
    ],
    period: { from: '2009-11', to: '2009-11' },
    modalities: ['study-tour', 'workshop'],
    themes: ['institutional-coordination', 'resource-mobilisation', 'social-partners'],
    organisations: [
      'National steering committees on child labour',
      'Child labour units of the Ministries of Labour',
    ],
    instruments: [],
    background:
      "With IPEC support, both countries had adopted laws, built stakeholders' capacity, improved knowledge of child labour and run awareness campaigns. Each set up a national steering committee at the Ministry of Labour, chaired by the Director of Labour, backed by a child labour unit that coordinates, monitors and evaluates projects nationwide.",
    action:
      "Under an ILO project to strengthen Morocco's coordination mechanisms, IPEC and the two labour ministries organised a visit to Mali in November 2009: a workshop where both countries presented their practice, including resource mobilisation and work with social partners; field visits to IPEC action programmes on prevention, withdrawal and working conditions; a meeting with Mopti's regional committee on children's rights; and a closing review of lessons and commitments.",
    results: [
      'Both delegations gained new knowledge and saw field work at first hand; the exchange of expertise helped both countries.',
      'Meeting the beneficiaries of IPEC projects made the strongest impression on the Moroccan delegation.',
    ],
    sustainability:
      "The delegations committed to follow-up: an ad hoc committee to track the recommendations, a return visit by Mali's steering committee to Morocco, more South-South exchanges with similar countries, a website for the two countries' focal points, and stronger coordination in Morocco on the model of Mali's committee and unit.",
    lessons: [
      'The exchange strengthened political commitment in both countries, but the worst forms of child labour persist, so both still need stronger response capacity and coordination.',
    ],
    necessaryConditions: [],
    keywords: [
      'national steering committee',
      'NSC',
      'child labour unit',
      'CLU',
      'coordination mechanism',
      'exchange visit',
      'Mopti',
      'francophone Africa',
    ],
    source: {
      seed,
      section: 'Morocco and Mali: Strengthening of institutional coordination mechanisms',
    },
  },
  {
    id: 'angola-mozambique-scream-trade-unions',
    title: 'Angola and Mozambique: Trade Union Partnership helps the implementation of SCREAM',
    summary:
      "Angolan and Mozambican trade unions used IPEC's SCREAM method to train teachers on child labour, with Angolan teachers training their Mozambican colleagues, funded by Brazil's cooperation agency.",
    region: 'africa',
    countries: [
      { code: 'AGO', roles: ['host', 'provider'] },
      { code: 'MOZ', roles: ['host', 'recipient'] },
      {
        code: 'BRA',
        roles: ['donor', 'participant'],
        note: 'ABC funded the project; Brazil joined tripartite meetings with Angola and Mozambique.',
      },
      {
        code: 'CPV',
        roles: ['participant'],
        note: 'Showed interest in being the next Portuguese-speaking country to adopt SCREAM.',
      },
    ],
    period: { from: '2008-05', to: '2010-04' },
    modalities: ['trade-union-partnership', 'training', 'south-south-funding'],
    themes: ['education', 'awareness-raising', 'social-partners'],
    organisations: [
      'UNTA (Union of Angolan Workers)',
      'OTM (Organization of Mozambican Workers)',
      'National Union of Teachers (Mozambique)',
      'Brazilian Cooperation Agency (ABC)',
      'PALOP',
    ],
    instruments: [],
    background:
      "Angola and Mozambique share a history of colonisation, civil war, disasters, poverty and HIV/AIDS that pushes children into work instead of school. Under IPEC's ABC-funded South-South project, 18 teachers in Luanda attended the first SCREAM seminar in Portuguese-speaking Africa in May 2008; the plan was to use SCREAM's multiplier effect to reach schools across PALOP countries.",
    action:
      "In Angola, UNTA and the teachers' unions trained 40 more Luanda teachers in June 2009, led by two teachers from the first seminar, who then worked with children in their schools. Tripartite meetings with Brazil at the 2008 ILC led UNTA and OTM to plan SCREAM in Mozambique with OTM as implementing agency: in February 2010 two Angolan teachers, sent by UNTA with IPEC and ABC support, trained 45 Mozambican teachers in Maputo and Xai-Xai, ending with a field visit to areas with child labourers.",
    results: [
      "In Angola the seminar discussed child labour locally and internationally and the need for a platform with the teachers' union.",
      'Mozambican teachers saw the double gain of better education and less poverty, and called on civil society and community leaders to raise awareness and draw up action plans.',
      'A second SCREAM training of trainers for 20 secondary teachers took place in Maputo in April 2010.',
      "The UNTA-OTM exchange started a new relationship between the teachers' unions of the two countries.",
    ],
    sustainability:
      'Union officials of PALOP countries agreed to keep running the SCREAM training-of-trainers module in schools of both countries, and Cape Verde asked to be next.',
    lessons: [
      "The training in Angola showed that the education workers' union needed reorganising.",
      'Union commitment was decisive for keeping the results going.',
    ],
    necessaryConditions: [
      {
        kind: 'social-partners',
        text: 'Good agreements between the trade unions of the two countries.',
      },
      { kind: 'facilitation', text: 'Technical support from IPEC.' },
      { kind: 'resources', text: 'Funding from the Brazilian Cooperation Agency.' },
    ],
    keywords: [
      'SCREAM',
      'teachers',
      'training of trainers',
      'teachers union',
      'Luanda',
      'Maputo',
      'Lusophone Africa',
      'PALOP',
      'education arts and media',
    ],
    source: {
      seed,
      section: 'Angola and Mozambique: Trade Union Partnership helps the implementation of SCREAM',
    },
  },
  {
    id: 'zambia-trade-union-policy',
    title: 'Kenya, Uganda and Zambia: Development of a Trade Union Policy on child labour',
    summary:
      "Zambia's trade union congress learned from Kenyan and Ugandan unions on a 2007 study tour and then drafted its own union policy on child labour.",
    region: 'africa',
    countries: [
      { code: 'ZMB', roles: ['recipient'] },
      { code: 'KEN', roles: ['host', 'provider'] },
      { code: 'UGA', roles: ['provider'] },
    ],
    period: { from: '2007-02' },
    modalities: ['study-tour', 'trade-union-partnership'],
    themes: ['social-partners', 'action-planning', 'data-and-research', 'awareness-raising'],
    organisations: [
      'ZCTU (Zambia Congress of Trade Unions)',
      'COTU (Central Organisation of Trade Unions, Kenya)',
      'NOTU (National Organisation of Trade Unions, Uganda)',
    ],
    instruments: [],
    background:
      'An IPEC project started in Zambia in 2006 to strengthen law enforcement and policy coherence on the worst forms of child labour by helping the country draw up a National Action Plan, which brought stakeholders together and came with capacity building.',
    action:
      "In February 2007 IPEC took Zambia's tripartite partners and key NGOs on a study tour to Kenya, which had a long record against child labour, a time-bound programme and similar root causes. ZCTU met COTU, whose child labour policy worked well, and through COTU met NOTU of Uganda, which shared how it trained members to run child labour surveys, raised awareness among workers, monitored enforcement of labour law, bargained for better conditions for adolescents and linked up with NGOs and local government.",
    results: [
      'ZCTU drafted an action programme and then a good-quality union policy on child labour, giving it a coherent framework for faster action.',
      'The process was a learning experience for all three union bodies.',
    ],
    sustainability:
      'With its own policy, ZCTU can keep working on child labour after the project; sector policies will follow, and informed union leaders will make child labour part of ordinary union work.',
    lessons: [
      'The study tour showed how local structures can be set up and used and how each partner can contribute to a time-bound programme.',
      'Involve trade union leaders from the very start.',
      'Wide consultation during data collection and analysis contributed to success.',
      'The main risk was that the project closed before the union policy was adopted.',
    ],
    necessaryConditions: [
      {
        kind: 'social-partners',
        text: 'National union leaders strongly involved in drafting and promoting the union policy, so they can supervise sector policies and monitor them.',
      },
      {
        kind: 'social-partners',
        text: 'More capacity building on child labour among the congress affiliates.',
      },
      {
        kind: 'coordination-with-others',
        text: 'Activities linked with those of other stakeholders, and support from cooperating partners for district child labour committees.',
      },
    ],
    keywords: [
      'trade union policy',
      'ZCTU',
      'COTU',
      'NOTU',
      'time-bound programme',
      'TBP',
      'national action plan',
      'child labour survey',
      'collective bargaining',
    ],
    source: {
      seed,
      section: 'Kenya, Uganda and Zambia: Development of a Trade Union Policy on child labour',
    },
  },

  // ---- Asia and the Pacific ----------------------------------------------------
  {
    id: 'timor-leste-brazil-tripartite-commission',
    title:
      'Timor-Leste and Brazil: Development of a tripartite child labour commission and the list of hazardous child labour',
    summary:
      'At a 2010 training for Portuguese-speaking countries in Maputo, Brazilian tripartite advisers helped Timor-Leste plan a tripartite child labour commission and a national list of hazardous work.',
    region: 'asia-pacific',
    countries: [
      { code: 'TLS', roles: ['recipient'] },
      {
        code: 'BRA',
        roles: ['provider', 'donor'],
        note: 'The Timor-Leste project is an ILO/Brazil partnership programme.',
      },
      { code: 'MOZ', roles: ['host', 'participant'] },
      { code: 'AGO', roles: ['participant'] },
      { code: 'CPV', roles: ['participant'] },
      { code: 'GNB', roles: ['participant'] },
      { code: 'PRT', roles: ['participant'] },
      { code: 'STP', roles: ['participant'] },
    ],
    period: { from: '2009-11', to: '2010-10' },
    modalities: ['training', 'technical-assistance', 'south-south-funding'],
    themes: [
      'institutional-coordination',
      'hazardous-work-list',
      'social-dialogue',
      'action-planning',
    ],
    organisations: [
      'Ministry of Labour and Employment (Brazil)',
      'National Forum for the Prevention and Eradication of Child Labour (Brazil)',
      "Labour Attorney's Office (Brazil)",
    ],
    instruments: ['C138', 'C182'],
    background:
      'An IPEC project for Timor-Leste started in November 2009 as an ILO/Brazil South-South programme to help apply C.182 by setting up a tripartite child labour commission, modelled on the national committees of countries such as Brazil, and by drawing up a national list of hazardous child labour.',
    action:
      'In October 2010 IPEC ran a training on social dialogue and reporting on C.138 and C.182 in Maputo for tripartite delegations of Portuguese-speaking countries. In a bilateral meeting during the training, Timorese and Brazilian representatives compared their situations; Brazil shared its long experience and advised on setting up the commission and drafting the hazardous work list.',
    results: [
      'The Brazilian tripartite delegation acted as advisers to the Timorese one.',
      'A responsible group and a process for drafting the hazardous work list were defined, and terms of reference for the tripartite commission were drafted.',
    ],
    sustainability:
      "The commission's terms of reference and the group responsible for the list keep the work going after the project and open the way to a National Action Plan for Timor-Leste.",
    lessons: [
      'The training showed Timorese participants that child labour concerns many countries and that IPEC has methods and toolkits to help.',
      'Gaps in knowledge and capacity call for more training and knowledge sharing with government, employers and workers.',
      'Up-to-date data on the forms of child labour in the country is needed to target action.',
    ],
    necessaryConditions: [
      {
        kind: 'facilitation',
        text: 'IPEC made room for the exchange and built understanding step by step, with its methods and tools.',
      },
      {
        kind: 'shared-language-or-context',
        text: 'Learning from a country that shares the language and, in part, the recent history.',
      },
      {
        kind: 'clear-need',
        text: 'A young state still building its institutions, ready to draw on the know-how of countries such as Brazil.',
      },
    ],
    keywords: [
      'tripartite commission',
      'hazardous work list',
      'list of hazardous child labour',
      'Lusophone',
      'Portuguese-speaking countries',
      'Maputo',
      'national action committee',
      'conventions reporting',
    ],
    source: {
      seed,
      section:
        'Timor-Leste and Brazil: Development of a tripartite child labour commission and the list of hazardous child labour',
    },
  },
  {
    id: 'child-labour-free-zones-exchange',
    title:
      'India, Ethiopia, Ghana, Morocco, Nepal, Uganda and Zimbabwe: Exchange of experience on child labour free zones',
    summary:
      "NGOs, trade unions and teachers' unions from Africa and Nepal visited the MVF Foundation in Andhra Pradesh in 2010 to learn its area-based approach to child labour free zones.",
    region: 'asia-pacific',
    countries: [
      {
        code: 'IND',
        roles: ['host', 'provider'],
        note: 'The MVF Foundation led the 2008 Stop Child Labour Africa Tour and hosted the 2010 visit.',
      },
      { code: 'ETH', roles: ['recipient'] },
      { code: 'GHA', roles: ['recipient'] },
      {
        code: 'KEN',
        roles: ['recipient'],
        note: 'Named among the delegations, not in the heading.',
      },
      { code: 'MAR', roles: ['recipient'], note: 'Also on the 2008 tour delegation.' },
      { code: 'NPL', roles: ['recipient'], note: 'Also on the 2008 tour delegation.' },
      {
        code: 'UGA',
        roles: ['recipient', 'provider'],
        note: 'Presented its IPEC child labour monitoring system as a good practice.',
      },
      { code: 'ZWE', roles: ['recipient'] },
    ],
    period: { from: '2008', to: '2010-08' },
    modalities: ['study-tour', 'workshop'],
    themes: ['education', 'child-labour-monitoring', 'action-planning', 'awareness-raising'],
    organisations: [
      'MVF (Mamidipudi Venkatarangaiya Foundation)',
      "Teachers' unions",
      'Trade unions',
      'NGOs',
    ],
    instruments: [],
    background:
      'In 2008 child rights defenders from India, Nepal and Morocco, led by the MVF Foundation, toured five African countries to promote child labour free zones: villages where no child works and every child goes to school. MVF, founded in 1981, mobilises communities to end child labour by making education universal and implements IPEC projects.',
    action:
      "In August 2010 MVF, with IPEC's technical support, hosted delegations from Ethiopia, Ghana, Kenya, Morocco, Nepal, Uganda and Zimbabwe for six days: three of presentations and exchange, opened by Andhra Pradesh's minister for secondary education, and three of field visits to MVF projects where they met officials, unions, teachers, NGOs, parents and children. MVF explained its area-based approach: organising communities to demand public services while preparing public institutions to care for and educate all children.",
    results: [
      'Delegations went home with strategies for child labour free zones: rural area-based, urban, and partnership and skills models.',
      'New lines of cooperation formed between countries, and participants proposed an open platform for exchanging information.',
      'The need for common monitoring tools emerged; Uganda presented its IPEC child labour monitoring system as a good practice.',
      'HIV/AIDS was named as a major obstacle to keeping children in school.',
    ],
    sustainability:
      'Each country reviewed its situation and worked on new strategies; the way forward is National Action Plans built on the premise that child labour free zones are feasible, and the delegations committed to create them at home.',
    lessons: [
      "MVF's strategies can be replicated elsewhere when adapted to local reality, and seeing India's success motivated the visitors.",
      'Combining theory with field visits gave participants a rounded view of child labour and how to fight it.',
    ],
    necessaryConditions: [],
    keywords: [
      'child labour free zones',
      'MVF',
      'area-based approach',
      'universal education',
      'Andhra Pradesh',
      'Stop Child Labour Africa Tour',
      'community mobilisation',
      'out of school children',
      'HIV/AIDS',
    ],
    source: {
      seed,
      section:
        'India, Ethiopia, Ghana, Morocco, Nepal, Uganda and Zimbabwe: Exchange of experience on child labour free zones',
    },
  },
  {
    id: 'bangladesh-indonesia-study-tour',
    title: 'Bangladesh and Indonesia: Broadening the understanding of child labour',
    summary:
      "Ten Bangladeshi officials and union representatives studied Indonesia's child labour policies, monitoring, cash transfers and action plan on a 2010 study tour.",
    region: 'asia-pacific',
    countries: [
      { code: 'BGD', roles: ['recipient'] },
      {
        code: 'IDN',
        roles: ['host', 'provider'],
        note: 'Also reflected on its own achievements and challenges.',
      },
    ],
    period: { from: '2010-09', to: '2010-10' },
    modalities: ['study-tour'],
    themes: [
      'institutional-coordination',
      'action-planning',
      'child-labour-monitoring',
      'cash-transfers',
      'social-protection',
      'victim-assistance',
      'education',
      'hazardous-work-list',
      'social-partners',
      'corporate-social-responsibility',
    ],
    organisations: [
      'Ministry of Labour and Employment (Bangladesh)',
      'Child Labour Unit (Bangladesh)',
      'APINDO (Indonesian Employers Association)',
      'National Steering Committee (Indonesia)',
      'Jakarta National Network of NGOs',
    ],
    instruments: ['C138'],
    background:
      "IPEC's urban informal economy project supported Bangladesh's Ministry of Labour and Employment in building the capacity of its Child Labour Unit. A study tour to a more experienced country was planned to learn about policies, monitoring systems, work with social partners and civil society; Indonesia was chosen for its similar social and religious context, institutions and time-bound programme.",
    action:
      "In September-October 2010, ten stakeholders from the labour ministry, the Prime Minister's Office, the ministries for women and children, primary education and finance, Dhaka City Corporation and workers' organisations spent a week in Indonesia. They learned about its National Steering Committee and action plan, its conditional cash transfer in 13 provinces, and social protection homes for former child domestic workers and trafficked children; discussed employers' role and CSR with APINDO; and met education authorities, teachers' associations and NGOs.",
    results: [
      'The delegation understood better how child labour units, provincial action committees, direct services, monitoring and community participation work.',
      'Follow-up in Bangladesh aimed at stronger policies, adopting the hazardous occupations list, ratifying C.138, a National Action Plan, promoting CSR and a permanent child labour unit in the ministry.',
    ],
    sustainability:
      'The follow-up actions came straight from the study tour; contacts between the two countries continue and IPEC will keep strengthening them.',
    lessons: [
      'The exchange worked both ways: Bangladesh learned, and Indonesia reviewed its own progress.',
      'Indonesia still needs better national and regional coordination and more capacity and money for its action plan.',
      "Bangladesh has progressed on children's rights, but malnutrition, disease, poverty, illiteracy and exploitation remain serious.",
    ],
    necessaryConditions: [
      {
        kind: 'political-commitment',
        text: 'Sustained commitment from the Government of Bangladesh.',
      },
      {
        kind: 'resources',
        text: 'Money set aside by the government for the tour and its follow-up.',
      },
      {
        kind: 'facilitation',
        text: 'Close cooperation between the two IPEC offices and the Bangladeshi labour ministry.',
      },
      {
        kind: 'clear-need',
        text: 'Needs and objectives set by the ministry and refined with IPEC Jakarta.',
      },
      {
        kind: 'preparation-and-follow-up',
        text: 'A briefing and key documents before the tour, and a report from the team afterwards.',
      },
    ],
    keywords: [
      'study tour',
      'child labour unit',
      'national steering committee',
      'national action plan',
      'CLMS',
      'conditional cash transfer',
      'child domestic workers',
      'domestic work',
      'APINDO',
      'CSR',
      'urban informal economy',
    ],
    source: {
      seed,
      section: 'Bangladesh and Indonesia: Broadening the understanding of child labour',
    },
  },
  {
    id: 'mongolia-indonesia-youth-employment',
    title: 'Mongolia and Indonesia: Learning from practical stakeholders experiences',
    summary:
      'Mongolian officials, employers and local governments studied how Indonesia links action against child labour with youth employment, then piloted career counselling at home.',
    region: 'asia-pacific',
    countries: [
      { code: 'MNG', roles: ['recipient'] },
      { code: 'IDN', roles: ['host', 'provider'] },
    ],
    period: { from: '2009-02', to: '2010-05' },
    modalities: ['study-tour'],
    themes: ['youth-employment', 'action-planning', 'legislation', 'social-partners'],
    organisations: [
      'Ministry of Labour and Social Welfare (Mongolia)',
      'Labour and Welfare Service Agency (Mongolia)',
      "Mongolian Employers' Federation",
      "Ulaanbaatar City Governor's Office",
      "Uvurkhangai Province Governor's Office",
    ],
    instruments: [],
    background:
      'An IPEC project in Mongolia (2005-2010) worked on the national framework and on a local area-based model. A hard question was how to help 15-17-year-olds in the worst forms of child labour, so partners wanted to learn how others link child labour policy with decent work for youth; ILO specialists suggested Indonesia.',
    action:
      'In February 2009 Mongolian stakeholders spent a week in Indonesia discussing policies on child labour and youth employment, how Indonesia coordinates them, and field experience with hazardous child labour and youth employment programmes.',
    results: [
      'Stakeholders saw the need to link the elimination of child labour with youth employment in policies and programmes.',
      'With IPEC support, they became better able to offer career counselling to young people.',
    ],
    sustainability:
      "Participants designed career counselling for local employment service centres and piloted it in Ulaanbaatar's municipal employment department, with some overseeing the pilot; a revision of Mongolia's Employment Promotion Law made career counselling for youth part of employment services.",
    lessons: [
      "Learning from Indonesia broadened the Mongolian stakeholders' views and showed that such learning can produce lasting results.",
    ],
    necessaryConditions: [
      {
        kind: 'right-participants',
        text: "The right mix of participants: government agencies, employers' organisations and local authorities from both countries.",
      },
      {
        kind: 'preparation-and-follow-up',
        text: 'Participants expected to take part in the follow-up within their own mandates.',
      },
    ],
    keywords: [
      'youth employment',
      'career counselling',
      'older children',
      '15 to 17 year olds',
      'employment services',
      'Employment Promotion Law',
      'decent work for youth',
    ],
    source: {
      seed,
      section: 'Mongolia and Indonesia: Learning from practical stakeholders experiences',
    },
  },
  {
    id: 'mekong-youth-forum-trafficking',
    title: 'Mekong Sub-region: "Voices of children", Youth Forum on human trafficking',
    summary:
      'Children and young people from six Mekong countries met in national and sub-regional forums to put their recommendations on human trafficking to senior officials of the COMMIT process.',
    region: 'asia-pacific',
    subregion: 'Mekong sub-region',
    countries: [
      { code: 'KHM', roles: ['participant'] },
      { code: 'CHN', roles: ['participant'] },
      { code: 'LAO', roles: ['participant'] },
      { code: 'MMR', roles: ['participant'] },
      {
        code: 'THA',
        roles: ['participant', 'host'],
        note: 'The 2007 forum met in Bangkok; officials took up its recommendations.',
      },
      {
        code: 'VNM',
        roles: ['participant'],
        note: 'Officials took up the recommendations of the forums.',
      },
    ],
    period: { from: '2003', to: '2007' },
    modalities: ['participatory-forum', 'workshop'],
    themes: ['trafficking', 'child-participation', 'awareness-raising', 'victim-assistance'],
    organisations: [
      'IPEC TICW (Mekong project to combat trafficking in children and women)',
      'Save the Children UK Cross-Border Anti-Trafficking Project',
      'COMMIT (Coordinated Mekong Ministerial Initiative against Trafficking)',
    ],
    instruments: [],
    background:
      'Children and young people in the Mekong had helped fight trafficking through research, project work and awareness raising, but policy makers rarely heard them directly. In 2003 IPEC\'s TICW project and Save the Children UK started "Voices of Children": provincial and national children\'s forums where children discussed their problems with senior officials, leading to a first regional forum in October 2004.',
    action:
      'In 2007 the partners widened the forum to young people, since teenagers and young adults are most at risk, and sought a regular dialogue with the national COMMIT task forces. National meetings prepared delegates and advocacy statements; 30 representatives then met for a week in Bangkok and agreed an agenda for action in six areas, including participation, victim protection and education, which they discussed with UN agencies and with high-level officials of all six countries.',
    results: [
      'COMMIT ministers declared they would strengthen cooperation with civil society, victim support agencies, international organisations and trafficked persons.',
      'Hundreds of children took part in national forums; many became advocates against trafficking in their communities, and officials were strongly impressed by the youth delegates.',
      'Recommendations included protecting migrant children, better access to quality education, a birth certificate for every child, better support for young victims and more outreach networks.',
    ],
    sustainability:
      'The recommendations and documents became advocacy material used by other forums and organisations to target their programmes and build partnerships with children; in Thailand and Viet Nam senior officials took them into account.',
    lessons: [
      "Documenting young people's own assessment of anti-trafficking policies gives others a template for engaging directly with vulnerable groups.",
      'Timing matters: the first forum was too close to a ministerial meeting, so its results missed the first COMMIT Joint Declaration.',
      'Media attention timed with the run-up to the forums helped put child participation on the policy agenda.',
    ],
    necessaryConditions: [],
    keywords: [
      'Voices of Children',
      'youth forum',
      'child participation',
      'COMMIT',
      'TICW',
      'Save the Children',
      'human trafficking',
      'birth registration',
      'migrant children',
      'Greater Mekong',
    ],
    source: {
      seed,
      section: 'Mekong Sub-region: "Voices of children", Youth Forum on human trafficking',
    },
  },

  // ---- Europe and Central Asia -------------------------------------------------
  {
    id: 'kosovo-romania-clms',
    title: 'Kosovo and Romania: Exchange of experience on child labour monitoring system',
    summary:
      "Members of Kosovo's working group on child labour monitoring studied Romania's CLMS in 2009 and used it to plan the scaling up of their own.",
    region: 'europe-central-asia',
    countries: [
      { code: 'XKX', roles: ['recipient'] },
      { code: 'ROU', roles: ['host', 'provider'] },
    ],
    period: { from: '2009-06', to: '2009-07' },
    modalities: ['study-tour'],
    themes: ['child-labour-monitoring', 'action-planning', 'data-and-research'],
    organisations: [
      'KCPECL (Committee on Prevention and Elimination of Child Labour, Kosovo)',
      'IPEC Romania',
      'IPEC Sub-Regional Team, Bucharest',
    ],
    instruments: [],
    background:
      'Poverty drives many children in Kosovo into work, mostly in agriculture and forestry, street work and scavenging; statistics are poor. Since April 2009 an ILO project has helped draft a gender-sensitive Kosovo Action Plan on the worst forms of child labour, trained authorities and social partners, and set up a child labour monitoring system (CLMS).',
    action:
      "Kosovo's child labour committee, working since 2005, set up a technical working group in 2006 to define the CLMS's operating procedures for protecting children in hazardous work and managing data. Six of its members visited Romania with IPEC staff in mid-2009, where IPEC Romania and the Bucharest sub-regional team showed how the Romanian CLMS is organised and how its stakeholders and the government work together.",
    results: [
      "Participants learned about Romania's child policies, institutions, laws against child labour, services for children, and its CLMS, including the difficulties met while setting it up.",
    ],
    sustainability:
      "Romania's experience shaped the plan for scaling up the CLMS in Kosovo and helped it work.",
    lessons: ['Set up and run a CLMS to fit the national context.'],
    necessaryConditions: [
      {
        kind: 'common-framework',
        text: 'A common ILO and IPEC programme framework in the region.',
      },
      {
        kind: 'openness-to-cooperation',
        text: 'IPEC and the stakeholders of both countries were open to cooperation and took an active part.',
      },
    ],
    keywords: [
      'CLMS',
      'child labour monitoring system',
      'standard operating procedures',
      'Kosovo Action Plan',
      'agriculture',
      'street work',
      'scavenging',
      'referral',
    ],
    source: {
      seed,
      section: 'Kosovo and Romania: Exchange of experience on child labour monitoring system',
    },
  },
  {
    id: 'clms-exchange-eastern-europe-central-asia',
    title:
      'Kyrgyzstan, Moldova, Romania, Tajikistan and Ukraine: Exchange of experience on child labour monitoring systems',
    summary:
      'Countries of Central and Eastern Europe with working child labour monitoring systems shared their experience with Kyrgyzstan and Tajikistan, which were piloting theirs, at a 2010 workshop.',
    region: 'europe-central-asia',
    countries: [
      {
        code: 'UKR',
        roles: ['provider'],
        note: 'IPEC Ukraine supported the workshop; its CLMS dates from 2005.',
      },
      { code: 'MDA', roles: ['provider'] },
      { code: 'ROU', roles: ['provider'] },
      { code: 'ALB', roles: ['provider'], note: 'Named among the countries with advanced CLMS.' },
      { code: 'KGZ', roles: ['recipient'] },
      { code: 'TJK', roles: ['recipient'] },
      { code: 'BGR', roles: [], note: 'Named as a PROTECT CEE country.' },
      { code: 'XKX', roles: [], note: 'Named as a PROTECT CEE country.' },
    ],
    period: { from: '2010-09', to: '2010-09' },
    modalities: ['workshop'],
    themes: ['child-labour-monitoring', 'institutional-coordination', 'action-planning'],
    organisations: ['PROTECT CEE (IPEC programme in Central and Eastern Europe)', 'IPEC Ukraine'],
    instruments: [],
    background:
      'Since 2004 IPEC projects in Albania, Bulgaria, Kosovo, Moldova, Romania and Ukraine have run under one framework, PROTECT CEE, and all built working child labour monitoring systems that identify working children and children at risk, refer them to services and follow them up, through a coordinated, multidisciplinary approach.',
    action:
      'In 2010 Central Asian countries began piloting CLMS and asked to learn from countries further ahead, such as Ukraine (since 2005), Albania, Moldova and Romania. In September 2010 a two-day sub-regional workshop, supported by IPEC Ukraine, presented CLMS as an inter-agency mechanism and set out the roles of labour inspectors, social workers, teachers and social partners.',
    results: [
      "Ukraine's national action plan on children's rights to 2016 makes CLMS a key objective, and Ukraine will run it nationwide.",
      'Participants drafted recommendations for Ukrainian policy to scale up the model.',
      'Kyrgyzstan and Tajikistan can adapt the experience and scale up CLMS in action programmes planned for 2011-2012.',
    ],
    sustainability:
      'Participants took ownership of the systems and gained knowledge and capacity to run them, which supports their survival in each country.',
    lessons: ['Fit the CLMS to regional characteristics and national contexts.'],
    necessaryConditions: [
      {
        kind: 'prior-experience',
        text: 'Mechanisms such as CLMS piloted, and good practices identified and collected, before countries exchange on them.',
      },
    ],
    keywords: [
      'CLMS',
      'child labour monitoring system',
      'PROTECT CEE',
      'inter-agency mechanism',
      'Central Asia',
      'pilot',
      'labour inspectors',
      'social workers',
      'referral',
    ],
    source: {
      seed,
      section:
        'Kyrgyzstan, Moldova, Romania, Tajikistan and Ukraine: Exchange of experience on child labour monitoring systems',
    },
  },
  {
    id: 'albania-kosovo-teachers-unions',
    title: 'Albania and Kosovo: Building the capacity of Trade Unions to fight child labour',
    summary:
      "Kosovo's education union studied how its Albanian counterpart fights child labour and turned the lessons into branch work plans to withdraw children from work and return them to school.",
    region: 'europe-central-asia',
    countries: [
      { code: 'XKX', roles: ['recipient'] },
      { code: 'ALB', roles: ['host', 'provider'] },
    ],
    period: { from: '2010-09', to: '2010-09' },
    modalities: ['study-tour', 'trade-union-partnership'],
    themes: ['social-partners', 'education', 'action-planning'],
    organisations: [
      'SBASHK (Trade Union of Education, Science and Culture of Kosovo)',
      'FSASH (Albanian Trade Union Federation of Education and Science)',
      'IPEC Albania',
    ],
    instruments: [],
    background:
      "Under PROTECT CEE, an action programme mobilises SBASHK, Kosovo's education union, so that its branches and school associations in six municipalities can better help children withdrawn from the worst forms of child labour and take part in Kosovo's 2010-2013 action plan.",
    action:
      "In September 2010 SBASHK's General Secretary visited FSASH in Albania, with IPEC Albania's help, to exchange experience and lessons on fighting child labour.",
    results: [
      "Back home, the General Secretary presented the findings to 18 branch representatives in a two-day workshop, and FSASH's experience helped define concrete branch-level actions.",
      'Branches and school associations are to draft work plans to prevent and withdraw children from the worst forms of child labour and bring them back into school.',
    ],
    sustainability: 'The two unions will keep sharing tools and experience.',
    lessons: [
      'Exchanges between social partners of different countries mobilise them for further action.',
    ],
    necessaryConditions: [
      { kind: 'common-framework', text: 'A common IPEC programme framework in the region.' },
      {
        kind: 'openness-to-cooperation',
        text: 'IPEC teams and implementing partners active and open to cooperation.',
      },
      { kind: 'shared-language-or-context', text: 'A common language.' },
    ],
    keywords: [
      'teachers union',
      'education union',
      'SBASHK',
      'FSASH',
      'school reintegration',
      'withdrawal',
      'branch work plans',
    ],
    source: {
      seed,
      section: 'Albania and Kosovo: Building the capacity of Trade Unions to fight child labour',
    },
  },
  {
    id: 'moldova-romania-scale-up',
    title: 'Moldova and Romania: Stakeholders scale-up actions against child labour',
    summary:
      'IPEC teams and partners in Moldova and Romania built a lasting cooperation, sharing how to run child labour units, involve social partners, research child labour and apply jointly for EU funds.',
    region: 'europe-central-asia',
    countries: [
      { code: 'MDA', roles: ['participant'] },
      {
        code: 'ROU',
        roles: ['participant', 'provider'],
        note: 'Served as a practical example for other PROTECT CEE countries.',
      },
      {
        code: 'UKR',
        roles: ['provider'],
        note: 'Served as a practical example for other PROTECT CEE countries.',
      },
      {
        code: 'ALB',
        roles: ['provider'],
        note: 'Served as a practical example for other PROTECT CEE countries.',
      },
    ],
    period: {
      from: '2004',
      note: "The case gives no dates; 2004 is when PROTECT CEE began, per the seed's CLMS exchange case.",
    },
    modalities: ['study-tour', 'workshop', 'training'],
    themes: [
      'institutional-coordination',
      'social-partners',
      'data-and-research',
      'awareness-raising',
      'resource-mobilisation',
    ],
    organisations: [
      'PROTECT CEE (IPEC programme in Central and Eastern Europe)',
      'National Steering Committees on the Elimination of Child Labour (Moldova, Romania)',
    ],
    instruments: [],
    background:
      'PROTECT CEE worked in every participating country on child labour in laws and policies, capacity of authorities and social partners, child labour monitoring, direct services for children and awareness raising. Documenting and sharing experience was central; the countries contributed to two regional IPEC publications, one on steps to eliminate child labour and one on psycho-social rehabilitation of children withdrawn from trafficking and other worst forms.',
    action:
      "Through sub-regional meetings, staff exchange visits and training courses, IPEC teams in Moldova and Romania and their partners shared practice on setting up child labour units, involving social partners, research, making IPEC's work visible, working with local action committees and youth centres, choosing and monitoring implementing partners, mainstreaming child labour into national policy, and designing materials for child care givers.",
    results: [
      "Child protection institutions of the two countries keep replicating each other's positive experience, and training tools are shared.",
      'Joint applications for EU funds for cross-border projects against child labour are planned, and study tours between implementing agencies continue.',
    ],
    sustainability:
      'Both countries want to keep working together; their national steering committees on child labour will bring the relevant stakeholders together.',
    lessons: [
      'IPEC was the main facilitator, bringing together the best professionals of several countries to share what works.',
    ],
    necessaryConditions: [
      {
        kind: 'common-framework',
        text: 'Support from IPEC headquarters and a common programme framework.',
      },
      {
        kind: 'shared-language-or-context',
        text: 'The two countries are neighbours and share a language.',
      },
      {
        kind: 'openness-to-cooperation',
        text: 'Stakeholders of both countries interested in cooperating and active in it.',
      },
    ],
    keywords: [
      'PROTECT CEE',
      'staff exchange',
      'child labour unit',
      'EU funds',
      'cross-border projects',
      'psycho-social rehabilitation',
      'child care givers',
      'local action committees',
    ],
    source: {
      seed,
      section: 'Moldova and Romania: Stakeholders scale-up actions against child labour',
    },
  },

  // ---- Latin America -------------------------------------------------------------
  {
    id: 'costa-rica-guatemala-cct',
    title: 'Costa Rica and Guatemala: Technical assistance for the design of a CCT programme',
    summary:
      'Costa Rica, whose "Avancemos" cash transfer keeps adolescents in school, helped Guatemala design its own conditional cash transfer, "Mi Familia Progresa", in 2007-2008.',
    region: 'latin-america',
    countries: [
      { code: 'CRI', roles: ['host', 'provider'] },
      { code: 'GTM', roles: ['recipient'] },
      {
        code: 'GHA',
        roles: ['participant'],
        note: 'Sent a delegation to the 2007 regional meeting.',
      },
      {
        code: 'BLZ',
        roles: ['participant'],
        note: 'Attended the 2007 regional meeting without a CCT programme of its own.',
      },
      {
        code: 'URY',
        roles: ['participant'],
        note: 'Attended the 2007 regional meeting without a CCT programme of its own.',
      },
    ],
    period: { from: '2007-11', to: '2008-04' },
    modalities: ['technical-assistance', 'workshop'],
    themes: ['cash-transfers', 'social-protection', 'education'],
    organisations: ['UNICEF', 'UNDP', 'ILO/IPEC', 'Avancemos', 'Mi Familia Progresa (MiFaPro)'],
    instruments: [],
    background:
      'Conditional cash transfers pay poor households regularly on condition that children go to school or to health checks. At the 2006 ILO American Regional Meeting, governments, employers and workers committed to include child labour in social and economic policy and encouraged CCTs; large CCTs in Latin America drew interest as tools against poverty and child labour.',
    action:
      'In November 2007 Costa Rica, the ILO, UNICEF and UNDP held a regional meeting in San José on CCTs and child labour for CCT officials from 14 Latin American countries, others without CCTs (Belize, Guatemala, Uruguay) and a delegation from Ghana; it drafted guidelines for new CCTs. Costa Rica presented "Avancemos", set up in 2006 with ILO/IPEC help, which pays poor families to keep adolescents in secondary school. Guatemala then asked for help, and the two countries started cooperating.',
    results: [
      'With Costa Rica\'s help, Guatemala created "Mi Familia Progresa" with its own funds by April 2008, for extremely poor families with children up to 15 or pregnant mothers in the poorest municipalities, conditional on school attendance and health checks.',
      'Countries at the meeting adopted the guidelines it drafted for developing CCTs.',
    ],
    sustainability: "Both countries' CCTs are running and have helped reduce child labour.",
    lessons: [
      'Help from a country in the same region with a similar situation is easier and quicker to adapt, and lets the receiving country understand the consequences and learn from problems met where the practice began.',
    ],
    necessaryConditions: [
      {
        kind: 'shared-understanding',
        text: 'Child labour seen as a problem for the whole of society that holds back development and poverty reduction, above all for poor and vulnerable families.',
      },
      {
        kind: 'political-commitment',
        text: 'Clear political commitment at the highest level to act on child labour.',
      },
      {
        kind: 'institutional-involvement',
        text: 'Every institution with a responsibility in the areas covered fully involved.',
      },
    ],
    keywords: [
      'conditional cash transfer',
      'CCT',
      'Avancemos',
      'Mi Familia Progresa',
      'MiFaPro',
      'school attendance',
      'secondary education',
      'poverty',
      'San José',
    ],
    source: {
      seed,
      section: 'Costa Rica and Guatemala: Technical assistance for the design of a CCT programme',
    },
  },
  {
    id: 'central-america-csec-cooperation',
    title: 'Central America: Exchange of experience on trafficking and CSEC initiatives',
    summary:
      "Central American countries agreed to cooperate against commercial sexual exploitation of children, and prosecutors, police and parliamentarians learned from Costa Rica's penal reforms.",
    region: 'latin-america',
    subregion: 'Central America',
    countries: [
      {
        code: 'CRI',
        roles: ['provider'],
        note: 'The most advanced country on CSEC; others replicated its experience.',
      },
      { code: 'PAN', roles: ['participant'] },
      { code: 'DOM', roles: ['participant'] },
    ],
    period: { from: '2006', to: '2009' },
    modalities: ['cooperation-agreement', 'workshop', 'study-tour'],
    themes: [
      'commercial-sexual-exploitation',
      'trafficking',
      'legislation',
      'victim-assistance',
      'awareness-raising',
    ],
    organisations: ["Attorney general's offices", 'Public prosecutors', 'Police', 'Parliaments'],
    instruments: ['C182'],
    background:
      'C.182 counts commercial sexual exploitation of children (CSEC) among the worst forms of child labour, which ratifying countries must urgently prohibit and eliminate, with services for victims. In 2002 IPEC started a sub-regional project against CSEC in Central America, Panama and the Dominican Republic.',
    action:
      "In the project's second phase (2006-2009) the countries signed an agreement on horizontal cooperation that set key areas for reforming penal codes, since criminal networks operate across the region. Costa Rica's experience was replicated through awareness raising and information; prosecutors asked for more cooperation, a first Central American workshop followed, and officials of attorney general's offices and police visited Costa Rica to learn from it.",
    results: [
      'Prosecutors felt better equipped to influence penal code reforms, which ended in every country with specific CSEC provisions: offences, procedure and protection of victims.',
      'Visits between parliamentarians led to new cooperation, such as coordination between police forces.',
    ],
    sustainability:
      "The cooperation networks still exist; Central America is among the regions where CSEC is most firmly part of public institutions' work, and the cooperation has served other projects in the region.",
    lessons: [
      "Cooperation works particularly well between countries with similar contexts; seeing Costa Rica's success motivated the others.",
      'Processes that need frequent contact between officials of different countries go better once the officials know each other personally.',
    ],
    necessaryConditions: [
      {
        kind: 'political-commitment',
        text: 'Clearly stated political will at the highest level to tackle CSEC.',
      },
      {
        kind: 'institutional-involvement',
        text: 'Targets that fall within the mandate of the participating institutions.',
      },
    ],
    keywords: [
      'CSEC',
      'commercial sexual exploitation',
      'penal code reform',
      'prosecutors',
      'police cooperation',
      'criminal networks',
      'horizontal cooperation',
      'sexual exploitation of children',
    ],
    source: {
      seed,
      section: 'Central America: Exchange of experience on trafficking and CSEC initiatives',
    },
  },
  {
    id: 'latin-america-labour-inspection',
    title: 'Latin America: Cooperation in strengthening Labour Inspection',
    summary:
      'Labour inspectors of Central and South America met in 2008 workshops to share how they detect child labour and apply hazardous work lists, learning from Brazil and Chile, and kept cooperating afterwards.',
    region: 'latin-america',
    countries: [
      { code: 'HND', roles: ['host', 'participant'] },
      { code: 'ECU', roles: ['host', 'participant'] },
      {
        code: 'BRA',
        roles: ['provider', 'participant'],
        note: 'Shared its unified labour inspection service; helped Costa Rica and the Dominican Republic.',
      },
      {
        code: 'CHL',
        roles: ['provider', 'participant'],
        note: 'Shared its system for registering the worst forms of child labour.',
      },
      {
        code: 'ARG',
        roles: ['provider', 'participant'],
        note: 'Trained Colombian officials on labour inspection in 2010.',
      },
      { code: 'CRI', roles: ['participant', 'recipient'] },
      { code: 'DOM', roles: ['participant', 'recipient'] },
      { code: 'COL', roles: ['participant', 'recipient'] },
      { code: 'GTM', roles: ['participant'] },
      { code: 'NIC', roles: ['participant'] },
      { code: 'SLV', roles: ['participant'] },
      { code: 'PAN', roles: ['participant'] },
      { code: 'BOL', roles: ['participant'] },
      { code: 'PER', roles: ['participant'] },
      { code: 'VEN', roles: ['participant'] },
    ],
    period: { from: '2008-03', to: '2010' },
    modalities: ['workshop', 'technical-assistance', 'training'],
    themes: [
      'labour-inspection',
      'hazardous-work-list',
      'institutional-coordination',
      'child-labour-monitoring',
    ],
    organisations: ['Ministries of Labour', 'Labour inspectorates'],
    instruments: ['C182'],
    background:
      'For years the ILO has trained Latin American labour inspectorates on child labour and the laws on it, so they have built up much experience. Most countries have the list of hazardous work prohibited for children that C.182 requires, a key tool for inspectors. Workshops were organised to share lessons, discuss obstacles to applying the lists and learn from countries further ahead, such as Brazil.',
    action:
      'Central American inspectors met in Tegucigalpa in March 2008 (Honduras, Nicaragua, Guatemala and Costa Rica, with Brazil, Chile, El Salvador, Panama and the Dominican Republic); South American inspectors then met in Quito (Argentina, Brazil, Bolivia, Chile, Colombia, Ecuador, Peru, Venezuela). At both, Chile presented its register of the worst forms of child labour and Brazil its unified inspection service. Brazil had already helped Costa Rica and the Dominican Republic build inspection services able to detect child labour.',
    results: [
      'Inspectors set out to develop one model of labour inspection for all the countries.',
      'They agreed that each labour ministry needs protocols setting out the roles of its units, and an inter-institutional protocol with other ministries such as social protection and childhood, towards full protection for child labourers.',
      "Contacts continued; in 2010 Argentina trained Colombian officials on labour inspection at Colombia's request.",
    ],
    sustainability:
      'Cooperation on hazardous work lists has strengthened inspection in the region, and further exchanges between countries are being planned.',
    lessons: [
      'Inspectors saw that all countries face similar problems, several of which can be solved together.',
      'There is already a solid body of experience on labour inspection in the region; inspectors feel more capable and own the improvement of their inspectorates.',
    ],
    necessaryConditions: [
      {
        kind: 'shared-understanding',
        text: 'Hazardous child labour seen as a problem for the whole of society and a threat to development.',
      },
      {
        kind: 'political-commitment',
        text: 'Political commitment at the highest level of the labour ministries.',
      },
      {
        kind: 'institutional-involvement',
        text: 'Recognition that inspectorates must be able to deal fully with child labour.',
      },
    ],
    keywords: [
      'labour inspection',
      'labour inspectors',
      'inspectorate',
      'hazardous work list',
      'enforcement',
      'Tegucigalpa',
      'Quito',
      'protocols',
      'register of worst forms',
    ],
    source: { seed, section: 'Latin America: Cooperation in strengthening Labour Inspection' },
  },
  {
    id: 'central-america-child-labour-roadmaps',
    title: 'Central America: Launch of roadmaps against child labour',
    summary:
      'Central American labour ministries and the Dominican Republic drew up national roadmaps to a common outline, and then a sub-regional one, to end the worst forms of child labour by 2015.',
    region: 'latin-america',
    subregion: 'Central America',
    countries: [
      { code: 'CRI', roles: ['host', 'participant'] },
      {
        code: 'GTM',
        roles: ['participant', 'provider'],
        note: 'First to finish its roadmap through a tripartite process; its experience helped the others.',
      },
      { code: 'SLV', roles: ['participant'] },
      { code: 'HND', roles: ['participant'] },
      { code: 'NIC', roles: ['participant'] },
      { code: 'PAN', roles: ['participant'] },
      { code: 'DOM', roles: ['participant'] },
    ],
    period: { from: '2008-03', to: '2010-03' },
    modalities: ['joint-planning', 'workshop'],
    themes: [
      'action-planning',
      'data-and-research',
      'monitoring-and-evaluation',
      'resource-mobilisation',
      'social-dialogue',
    ],
    organisations: ['National Commissions on Child Labour', 'Ministries of Labour'],
    instruments: [],
    background:
      "The Hemispheric Agenda for Decent Work, adopted by the ILO's tripartite constituents in Brasilia in 2006, set goals of ending the worst forms of child labour in the Americas by 2015 and all child labour by 2020. The labour ministries of Central America and the Dominican Republic asked IPEC to help them draw up roadmaps to these goals.",
    action:
      'In March 2008 IPEC brought the national child labour commissions together in San José to agree a joint strategy: terms of reference for national assessments of child labour and of public policy on it, and a guide to what each roadmap must cover. Each country then designed its roadmap from its assessment.',
    results: [
      'All the roadmaps share one outline and harmonised strategies towards 2015; officials built a strong partnership while exchanging experience.',
      'Guatemala finished first, through a tripartite process, which helped the others.',
      'A sub-regional roadmap, designed by IPEC, was validated by the labour ministries in November 2009.',
    ],
    sustainability:
      'In March 2010 the countries reviewed the roadmaps with IPEC, planned their implementation and designed a monitoring and evaluation system that also builds the capacity of ministries, agencies, social partners and civil society.',
    lessons: [
      "Where a country already gathers information on child labour, that system must feed the roadmap's monitoring and evaluation.",
      'A supranational roadmap helps regional actors and donors see the priorities, coordinate resources in donor meetings and spot where cooperation between countries pays off.',
    ],
    necessaryConditions: [
      {
        kind: 'shared-understanding',
        text: 'Child labour understood as a problem for the whole of society and a serious brake on development.',
      },
      {
        kind: 'political-commitment',
        text: 'Clear political commitment at the highest level.',
      },
      {
        kind: 'institutional-involvement',
        text: 'Every institution with a responsibility in the areas covered fully involved.',
      },
    ],
    keywords: [
      'roadmap',
      'Hemispheric Agenda for Decent Work',
      'HADW',
      '2015 goal',
      'national assessments',
      'national commissions on child labour',
      'monitoring and evaluation system',
      'donor coordination',
    ],
    source: { seed, section: 'Central America: Launch of roadmaps against child labour' },
  },
] satisfies readonly z.input<typeof GoodPractice>[];

/**
 * The seventeen good-practice cases of seed 001, in the seed's order: one interregional case, then
 * Africa, Asia and the Pacific, Europe and Central Asia, and Latin America.
 *
 * @example
 * goodPractices.length; // 17
 * goodPractices.filter((p) => p.region === 'africa').map((p) => p.id);
 * // ['morocco-mali-coordination-mechanisms', 'angola-mozambique-scream-trade-unions', 'zambia-trade-union-policy']
 * @category model
 */
export const goodPractices = /* @__PURE__ */ trusted(GoodPractice, records);
