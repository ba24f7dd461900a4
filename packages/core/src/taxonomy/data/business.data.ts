/**
 * Taxonomy data: professional topics in business — leadership, marketing, sales, finance,
 * law, operations and people.
 */
import type { CategorySeed } from '../taxonomy.types.ts';

export const BUSINESS_SEEDS: readonly CategorySeed[] = [
  {
    category: 'leadership',
    entries: [
      [
        'people-management',
        'People management',
        ['managing people', 'line management', 'first time manager', 'new managers', 'people manager'],
      ],
      [
        'engineering-management',
        'Engineering management',
        ['engineering manager', 'eng management', 'vp engineering'],
      ],
      ['leadership', 'Leadership', ['leading teams', 'executive leadership', 'leadership development']],
      ['coaching', 'Coaching', ['executive coaching', 'leadership coaching', 'coach', 'life coaching']],
      ['mentoring', 'Mentoring', ['mentorship', 'mentor', 'being mentored', 'mentee']],
      ['team-building', 'Team building', ['team dynamics', 'high performing teams', 'team culture']],
      [
        'organisation-design',
        'Organisation design',
        ['organization design', 'org design', 'org structure', 'team topologies'],
      ],
      [
        'change-management',
        'Change management',
        ['leading change', 'organisational change', 'organizational change', 'transformation'],
      ],
      ['strategy', 'Strategy', ['business strategy', 'corporate strategy', 'strategic planning']],
      ['okrs', 'OKRs and goal setting', ['okrs', 'objectives and key results', 'goal setting']],
      ['decision-making', 'Decision making', ['making decisions', 'decision science', 'decisions']],
      [
        'remote-work',
        'Remote work',
        ['remote teams', 'distributed teams', 'hybrid work', 'working from home', 'wfh', 'async work'],
      ],
      [
        'giving-feedback',
        'Giving feedback',
        ['feedback', 'difficult conversations', 'radical candour', 'radical candor'],
      ],
      [
        'facilitation',
        'Facilitation',
        ['workshop facilitation', 'running workshops', 'retrospectives', 'retros'],
      ],
      [
        'board-governance',
        'Board governance',
        ['corporate governance', 'non executive director', 'board member', 'boards'],
      ],
      [
        'consulting',
        'Consulting',
        ['management consulting', 'consultant', 'advisory', 'strategy consulting'],
      ],
      ['psychological-safety', 'Psychological safety', ['trust in teams', 'blameless culture']],
      [
        'technical-leadership',
        'Technical leadership',
        ['cto', 'tech lead', 'staff engineer', 'principal engineer'],
      ],
    ],
  },
  {
    category: 'marketing',
    entries: [
      [
        'digital-marketing',
        'Digital marketing',
        ['online marketing', 'performance marketing', 'paid media', 'ppc'],
      ],
      [
        'content-marketing',
        'Content marketing',
        ['content strategy', 'editorial strategy', 'thought leadership'],
      ],
      ['seo', 'SEO', ['search engine optimisation', 'search engine optimization', 'organic search']],
      ['social-media-marketing', 'Social media marketing', ['social media', 'smm', 'social media strategy']],
      ['brand-strategy', 'Brand strategy', ['brand marketing', 'brand building', 'brand management']],
      ['product-marketing', 'Product marketing', ['pmm', 'go to market', 'gtm', 'positioning']],
      [
        'email-marketing',
        'Email marketing',
        ['lifecycle marketing', 'crm marketing', 'marketing automation'],
      ],
      ['public-relations', 'Public relations', ['pr', 'media relations', 'press relations', 'comms']],
      ['internal-communications', 'Internal communications', ['internal comms', 'employee communications']],
      ['copywriting', 'Copywriting', ['copywriter', 'advertising copy', 'sales copy']],
      ['advertising', 'Advertising', ['ads', 'ad tech', 'adtech', 'creative advertising', 'media buying']],
      [
        'market-research',
        'Market research',
        ['consumer research', 'customer insights', 'competitive analysis'],
      ],
      ['marketing-analytics', 'Marketing analytics', ['attribution', 'marketing mix modelling', 'mmm']],
      [
        'event-management',
        'Event management',
        ['event planning', 'events', 'conference organising', 'conference organizing'],
      ],
      ['creator-economy', 'Creator economy', ['influencer marketing', 'creators', 'content creators']],
      [
        'b2b-marketing',
        'B2B marketing',
        ['account based marketing', 'abm', 'demand generation', 'lead generation'],
      ],
      [
        'community-building',
        'Community building',
        ['community management', 'community manager', 'online communities'],
      ],
      [
        'developer-relations',
        'Developer relations',
        ['devrel', 'developer advocacy', 'developer evangelism'],
      ],
      ['marketing', 'Marketing', ['marketer', 'marketing strategy', 'growth marketing']],
    ],
  },
  {
    category: 'sales',
    entries: [
      ['sales', 'Sales', ['selling', 'b2b sales', 'account executive', 'sales leadership']],
      [
        'business-development',
        'Business development',
        ['bizdev', 'biz dev', 'partnerships', 'strategic partnerships'],
      ],
      [
        'customer-success',
        'Customer success',
        ['csm', 'customer success manager', 'account management', 'client retention'],
      ],
      [
        'customer-support',
        'Customer support',
        ['customer service', 'help desk', 'helpdesk', 'customer experience', 'cx'],
      ],
      ['sales-engineering', 'Sales engineering', ['solutions engineering', 'pre sales', 'presales']],
      ['revenue-operations', 'Revenue operations', ['revops', 'sales operations', 'sales ops', 'crm']],
      ['negotiation', 'Negotiation', ['negotiating', 'deal making', 'dealmaking', 'salary negotiation']],
      ['enterprise-sales', 'Enterprise sales', ['complex sales', 'key accounts', 'strategic accounts']],
      ['ecommerce', 'E-commerce', ['ecommerce', 'online retail', 'dtc', 'direct to consumer', 'd2c']],
      ['retail', 'Retail', ['retail management', 'merchandising', 'store operations']],
    ],
  },
  {
    category: 'finance',
    entries: [
      ['accounting', 'Accounting', ['accountancy', 'bookkeeping', 'accountant', 'cpa', 'acca']],
      [
        'corporate-finance',
        'Corporate finance',
        ['fp and a', 'financial planning and analysis', 'cfo', 'finance function'],
      ],
      ['investing', 'Investing', ['stock market', 'stocks', 'investments', 'index funds', 'value investing']],
      [
        'personal-finance',
        'Personal finance',
        ['money management', 'budgeting', 'financial independence', 'saving money'],
      ],
      [
        'venture-capital',
        'Venture capital',
        ['vc', 'angel investing', 'startup investing', 'angel investor'],
      ],
      ['private-equity', 'Private equity', ['buyouts', 'leveraged buyouts']],
      ['fintech', 'Fintech', ['financial technology', 'payments', 'open banking', 'neobanks']],
      ['banking', 'Banking', ['investment banking', 'retail banking', 'commercial banking']],
      ['financial-modelling', 'Financial modelling', ['financial modeling', 'valuation', 'dcf']],
      ['tax', 'Tax', ['taxation', 'tax planning', 'tax advice']],
      ['audit', 'Audit', ['auditing', 'internal audit', 'external audit', 'assurance']],
      ['risk-management', 'Risk management', ['risk', 'enterprise risk', 'operational risk', 'credit risk']],
      ['insurance', 'Insurance', ['insurtech', 'actuarial science', 'actuary', 'underwriting']],
      ['economics', 'Economics', ['economy', 'macroeconomics', 'microeconomics', 'economist']],
      [
        'quantitative-finance',
        'Quantitative finance',
        ['quant', 'quant finance', 'algorithmic trading', 'trading'],
      ],
      [
        'real-estate',
        'Real estate',
        ['property', 'proptech', 'property investment', 'real estate investing'],
      ],
      ['mergers-and-acquisitions', 'Mergers and acquisitions', ['m and a', 'acquisitions', 'due diligence']],
    ],
  },
  {
    category: 'law',
    entries: [
      ['law', 'Law', ['legal', 'lawyer', 'attorney', 'solicitor', 'barrister', 'legal practice']],
      ['corporate-law', 'Corporate law', ['commercial law', 'contracts', 'contract law']],
      ['intellectual-property', 'Intellectual property', ['ip', 'patents', 'trademarks', 'copyright']],
      ['employment-law', 'Employment law', ['labour law', 'labor law', 'workplace law']],
      ['compliance', 'Compliance', ['regulatory compliance', 'regulation', 'regtech']],
      [
        'technology-law',
        'Technology law',
        ['tech law', 'ai regulation', 'digital regulation', 'internet law'],
      ],
      ['legal-tech', 'Legal tech', ['legaltech', 'legal technology', 'lawtech']],
      ['human-rights', 'Human rights', ['civil liberties', 'human rights law']],
      ['immigration', 'Immigration', ['immigration law', 'visas']],
      ['dispute-resolution', 'Dispute resolution', ['litigation', 'mediation', 'arbitration']],
      ['criminal-justice', 'Criminal justice', ['criminal law', 'justice reform', 'prison reform']],
    ],
  },
  {
    category: 'operations',
    entries: [
      [
        'business-operations',
        'Business operations',
        ['operations', 'ops', 'bizops', 'operations management'],
      ],
      ['supply-chain', 'Supply chain', ['supply chain management', 'supply chains']],
      ['procurement', 'Procurement', ['purchasing', 'sourcing', 'vendor management']],
      ['logistics', 'Logistics', ['freight', 'shipping', 'last mile delivery', 'warehousing']],
      [
        'project-management',
        'Project management',
        ['project manager', 'pmp', 'prince2', 'programme management', 'program management'],
      ],
      ['delivery-management', 'Delivery management', ['delivery manager', 'release management']],
      [
        'process-improvement',
        'Process improvement',
        ['lean', 'six sigma', 'lean six sigma', 'kaizen', 'continuous improvement'],
      ],
      ['chief-of-staff', 'Chief of staff', ['chief of staff role']],
      [
        'workplace-and-facilities',
        'Workplace and facilities',
        ['facilities management', 'office management'],
      ],
      [
        'process-automation',
        'Business process automation',
        ['rpa', 'workflow automation', 'process automation'],
      ],
      ['quality-management', 'Quality management', ['iso 9001', 'quality control', 'qms']],
    ],
  },
  {
    category: 'people',
    entries: [
      [
        'human-resources',
        'Human resources',
        ['hr', 'people operations', 'people ops', 'hr business partner', 'hrbp'],
      ],
      [
        'recruiting',
        'Recruiting',
        ['recruitment', 'talent acquisition', 'hiring', 'recruiter', 'headhunting', 'sourcing candidates'],
      ],
      [
        'diversity-equity-inclusion',
        'Diversity, equity and inclusion',
        ['dei', 'd and i', 'diversity and inclusion', 'inclusion', 'edi', 'belonging'],
      ],
      [
        'employee-experience',
        'Employee experience',
        ['employee engagement', 'workplace culture', 'company culture'],
      ],
      [
        'compensation-and-benefits',
        'Compensation and benefits',
        ['total rewards', 'compensation', 'benefits', 'pay equity'],
      ],
      [
        'performance-management',
        'Performance management',
        ['performance reviews', 'appraisals', 'career frameworks', 'career ladders'],
      ],
      ['onboarding', 'Onboarding', ['employee onboarding', 'new hire onboarding']],
      [
        'workplace-wellbeing',
        'Workplace wellbeing',
        ['employee wellbeing', 'burnout prevention', 'wellbeing at work', 'well being at work'],
      ],
      ['people-analytics', 'People analytics', ['hr analytics', 'workforce analytics', 'workforce planning']],
      ['future-of-work', 'Future of work', ['four day week', '4 day week', 'flexible working']],
      ['women-in-leadership', 'Women in leadership', ['women in tech', 'women in business', 'women in stem']],
      [
        'neurodiversity',
        'Neurodiversity',
        ['neurodivergence', 'adhd', 'autism', 'dyslexia', 'neuroinclusion'],
      ],
      ['lgbtq-inclusion', 'LGBTQ+ inclusion', ['lgbtq', 'lgbt', 'lgbtqia', 'queer in tech', 'pride network']],
      [
        'working-parents',
        'Working parents',
        ['working mums', 'working moms', 'working dads', 'parental leave'],
      ],
      ['employer-branding', 'Employer branding', ['employer brand', 'employee value proposition', 'evp']],
    ],
  },
];
