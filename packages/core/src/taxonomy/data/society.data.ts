/**
 * Taxonomy data: professional topics in health, education, science, engineering,
 * sustainability and public life.
 */
import type { CategorySeed } from '../taxonomy.types.ts';

export const SOCIETY_SEEDS: readonly CategorySeed[] = [
  {
    category: 'healthcare',
    entries: [
      ['healthcare', 'Healthcare', ['health care', 'health services', 'health']],
      [
        'digital-health',
        'Digital health',
        ['healthtech', 'health tech', 'telehealth', 'telemedicine', 'ehealth'],
      ],
      ['medicine', 'Medicine', ['clinical practice', 'doctor', 'physician', 'medical']],
      ['nursing', 'Nursing', ['nurse', 'nurse practitioner', 'midwifery']],
      [
        'mental-health',
        'Mental health',
        ['mental wellbeing', 'emotional wellbeing', 'mental health awareness'],
      ],
      [
        'psychotherapy',
        'Psychotherapy and counselling',
        ['therapy', 'counselling', 'counseling', 'psychotherapy', 'therapist'],
      ],
      ['public-health', 'Public health', ['epidemiology', 'global health', 'population health']],
      [
        'pharmaceuticals',
        'Pharmaceuticals',
        ['pharma', 'drug discovery', 'drug development', 'clinical trials'],
      ],
      ['biotechnology', 'Biotechnology', ['biotech', 'synthetic biology', 'synbio', 'life sciences']],
      ['bioinformatics', 'Bioinformatics', ['computational biology', 'genomics']],
      ['medical-devices', 'Medical devices', ['medtech', 'med tech', 'medical technology']],
      ['health-policy', 'Health policy', ['health economics', 'nhs', 'health systems']],
      [
        'nutrition',
        'Nutrition and dietetics',
        ['nutrition', 'dietetics', 'dietitian', 'nutritionist', 'nutrition science'],
      ],
      ['veterinary-medicine', 'Veterinary medicine', ['vet', 'veterinary', 'animal health']],
      ['physiotherapy', 'Physiotherapy', ['physical therapy', 'physio', 'sports medicine', 'rehabilitation']],
      [
        'ageing-and-longevity',
        'Ageing and longevity',
        ['ageing', 'aging', 'longevity', 'healthy ageing', 'healthy aging'],
      ],
      ['care-work', 'Social care', ['care work', 'caregiving', 'carers', 'elder care']],
      ['dentistry', 'Dentistry', ['dental', 'dentist', 'oral health']],
    ],
  },
  {
    category: 'education',
    entries: [
      ['teaching', 'Teaching', ['teacher', 'classroom teaching', 'pedagogy']],
      [
        'edtech',
        'EdTech',
        ['education technology', 'educational technology', 'e learning', 'elearning', 'online learning'],
      ],
      [
        'instructional-design',
        'Instructional design',
        ['learning design', 'learning experience design', 'lxd', 'curriculum design', 'course design'],
      ],
      ['higher-education', 'Higher education', ['academia', 'university', 'universities']],
      ['early-years', 'Early childhood education', ['early years', 'nursery education', 'preschool']],
      [
        'special-education',
        'Special educational needs',
        ['sen', 'special education', 'inclusive education', 'send support'],
      ],
      [
        'learning-and-development',
        'Learning and development',
        ['l and d', 'corporate training', 'training and development'],
      ],
      ['stem-education', 'STEM education', ['stem', 'coding for kids', 'teaching coding', 'stem outreach']],
      ['adult-education', 'Adult education', ['adult learning', 'further education', 'continuing education']],
      ['tutoring-professional', 'Private tutoring', ['private tutor', 'tutor', 'exam coaching']],
    ],
  },
  {
    category: 'research',
    entries: [
      [
        'academic-research',
        'Academic research',
        ['research', 'phd', 'doctoral research', 'postdoc', 'researcher'],
      ],
      ['physics', 'Physics', ['physicist', 'theoretical physics', 'particle physics', 'quantum physics']],
      ['chemistry', 'Chemistry', ['chemist', 'organic chemistry']],
      ['biology', 'Biology', ['biologist', 'molecular biology', 'cell biology', 'evolution']],
      [
        'mathematics',
        'Mathematics',
        ['maths', 'math', 'mathematician', 'pure mathematics', 'applied mathematics'],
      ],
      ['materials-science', 'Materials science', ['materials', 'materials engineering', 'nanotechnology']],
      ['neuroscience', 'Neuroscience', ['neuro', 'brain science', 'cognitive neuroscience']],
      ['cognitive-science', 'Cognitive science', ['cogsci', 'cognition']],
      [
        'behavioural-science',
        'Behavioural science',
        ['behavioral science', 'behavioural economics', 'behavioral economics', 'nudge theory'],
      ],
      ['social-sciences', 'Social sciences', ['sociology', 'anthropology', 'social research']],
      ['open-science', 'Open science', ['reproducibility', 'open access', 'open data']],
      [
        'research-methods',
        'Research methods',
        ['qualitative research', 'quantitative research', 'mixed methods', 'ethnography'],
      ],
      ['science-communication', 'Science communication', ['scicomm', 'sci comm', 'public engagement']],
      ['research-funding', 'Research funding', ['grant writing', 'research grants', 'grants']],
    ],
  },
  {
    category: 'engineering',
    entries: [
      ['mechanical-engineering', 'Mechanical engineering', ['mechanical engineer', 'cad', 'mechanics']],
      ['electrical-engineering', 'Electrical engineering', ['electrical engineer', 'power electronics']],
      ['civil-engineering', 'Civil engineering', ['structural engineering', 'civil engineer']],
      ['chemical-engineering', 'Chemical engineering', ['process engineering', 'chemical engineer']],
      [
        'manufacturing',
        'Manufacturing',
        ['lean manufacturing', 'industry 4 0', 'smart manufacturing', 'factories'],
      ],
      ['aerospace', 'Aerospace', ['aerospace engineering', 'aeronautics', 'aircraft design']],
      ['space-industry', 'Space industry', ['space tech', 'satellites', 'new space', 'space sector']],
      ['automotive', 'Automotive', ['automotive industry', 'car industry', 'autonomous vehicles']],
      ['semiconductors', 'Semiconductors', ['chip design', 'pcb design', 'hardware engineering', 'fpga']],
      ['construction', 'Construction', ['construction industry', 'built environment', 'construction tech']],
      ['architecture-profession', 'Architectural practice', ['architect', 'architectural design', 'bim']],
      ['energy-industry', 'Energy industry', ['oil and gas', 'utilities', 'energy sector', 'power grids']],
    ],
  },
  {
    category: 'sustainability',
    entries: [
      ['climate-tech', 'Climate tech', ['climatetech', 'clean tech', 'cleantech', 'climate solutions']],
      [
        'sustainability',
        'Sustainability',
        ['esg', 'corporate sustainability', 'csr', 'corporate social responsibility'],
      ],
      [
        'renewable-energy',
        'Renewable energy',
        ['renewables', 'solar', 'solar power', 'wind power', 'clean energy', 'energy transition'],
      ],
      [
        'carbon-accounting',
        'Carbon accounting',
        ['carbon footprint', 'net zero', 'emissions reporting', 'decarbonisation', 'decarbonization'],
      ],
      ['circular-economy', 'Circular economy', ['circularity', 'recycling', 'reuse']],
      ['green-software', 'Green software', ['sustainable software', 'green it', 'sustainable computing']],
      [
        'nature-conservation',
        'Nature conservation',
        ['biodiversity', 'rewilding', 'conservation', 'ecology'],
      ],
      [
        'sustainable-transport',
        'Sustainable transport',
        ['active travel', 'public transport', 'electric vehicles', 'evs', 'urban mobility'],
      ],
      ['climate-policy', 'Climate policy', ['climate change', 'climate action', 'climate']],
      [
        'food-systems',
        'Food systems',
        ['sustainable agriculture', 'agritech', 'agtech', 'regenerative agriculture', 'farming'],
      ],
      ['urban-planning', 'Urban planning', ['city planning', 'town planning', 'urbanism', 'smart cities']],
      ['impact-investing', 'Impact investing', ['esg investing', 'sustainable finance', 'green finance']],
      ['water', 'Water and oceans', ['water management', 'ocean conservation', 'marine conservation']],
    ],
  },
  {
    category: 'public-sector',
    entries: [
      ['public-policy', 'Public policy', ['policy', 'policymaking', 'policy making', 'think tanks']],
      [
        'government',
        'Government',
        ['civil service', 'public sector', 'local government', 'public administration'],
      ],
      ['govtech', 'GovTech', ['civic tech', 'civictech', 'digital government', 'digital public services']],
      [
        'nonprofit-sector',
        'Nonprofit sector',
        ['non profit', 'nonprofits', 'charities', 'charity sector', 'third sector', 'ngo'],
      ],
      [
        'international-development',
        'International development',
        ['global development', 'humanitarian aid', 'humanitarian work', 'aid work'],
      ],
      ['international-relations', 'International relations', ['diplomacy', 'geopolitics', 'foreign policy']],
      ['defence', 'Defence', ['defense', 'national security', 'military', 'armed forces']],
      ['philanthropy', 'Philanthropy', ['grantmaking', 'grant making', 'effective altruism']],
      ['housing', 'Housing', ['affordable housing', 'housing policy', 'social housing']],
      ['elections-and-democracy', 'Elections and democracy', ['democracy', 'elections', 'electoral reform']],
    ],
  },
];
