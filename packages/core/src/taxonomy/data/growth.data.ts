/**
 * Taxonomy data: professional topics about building things and growing — entrepreneurship,
 * speaking and writing, and careers.
 */
import type { CategorySeed } from '../taxonomy.types.ts';

export const GROWTH_SEEDS: readonly CategorySeed[] = [
  {
    category: 'entrepreneurship',
    entries: [
      [
        'entrepreneurship',
        'Entrepreneurship',
        ['entrepreneur', 'founder', 'starting a business', 'founders'],
      ],
      ['startups', 'Startups', ['startup', 'start ups', 'early stage startups', 'startup life']],
      [
        'raising-capital',
        'Raising capital',
        ['startup fundraising', 'venture funding', 'seed funding', 'pitching investors', 'pitch decks'],
      ],
      ['bootstrapping', 'Bootstrapping', ['bootstrapped', 'solopreneur', 'indie business']],
      ['small-business', 'Small business', ['smb', 'sme', 'running a small business', 'local business']],
      ['social-enterprise', 'Social enterprise', ['social entrepreneurship', 'b corp', 'impact startups']],
      [
        'freelancing',
        'Freelancing',
        ['freelance', 'freelancer', 'self employed', 'self employment', 'independent consulting'],
      ],
      ['innovation', 'Innovation', ['corporate innovation', 'intrapreneurship', 'innovation management']],
      ['accelerators', 'Accelerators and incubators', ['accelerators', 'incubators', 'startup accelerators']],
      ['family-business', 'Family business', ['family businesses', 'succession planning']],
    ],
  },
  {
    category: 'communication',
    entries: [
      [
        'public-speaking',
        'Public speaking',
        ['presenting', 'presentations', 'conference talks', 'giving talks', 'speaking', 'keynotes'],
      ],
      ['storytelling', 'Storytelling', ['business storytelling', 'story telling', 'narrative']],
      [
        'technical-writing',
        'Technical writing',
        ['documentation', 'docs', 'tech writing', 'api documentation', 'docs as code'],
      ],
      ['business-writing', 'Business writing', ['clear writing', 'plain english', 'plain language']],
      ['editing', 'Editing and proofreading', ['editing', 'proofreading', 'copy editing', 'copyediting']],
      ['journalism', 'Journalism', ['reporter', 'news media', 'data journalism', 'journalist']],
      ['presentation-design', 'Presentation design', ['slide design', 'slides', 'slide decks', 'powerpoint']],
      [
        'communication-skills',
        'Communication skills',
        ['communication', 'interpersonal skills', 'active listening', 'listening'],
      ],
      [
        'translation',
        'Translation and localisation',
        ['translation', 'localisation', 'localization', 'l10n', 'i18n', 'translator'],
      ],
      ['media-training', 'Media skills', ['media training', 'being interviewed', 'podcast guesting']],
    ],
  },
  {
    category: 'career',
    entries: [
      [
        'career-development',
        'Career development',
        ['career growth', 'career planning', 'careers', 'career progression'],
      ],
      [
        'career-change',
        'Career change',
        ['changing careers', 'career switch', 'career pivot', 'career transition'],
      ],
      [
        'networking',
        'Networking',
        ['professional networking', 'building relationships', 'networking events'],
      ],
      ['personal-branding', 'Personal branding', ['personal brand', 'linkedin', 'building an audience']],
      ['productivity', 'Productivity', ['time management', 'getting things done', 'gtd', 'deep work']],
      [
        'job-searching',
        'Job searching',
        [
          'job hunting',
          'job search',
          'interviewing',
          'interview preparation',
          'cv writing',
          'resume writing',
        ],
      ],
      ['work-life-balance', 'Work-life balance', ['burnout', 'boundaries', 'work and life']],
      [
        'introversion',
        'Introversion',
        ['introverts', 'introvert', 'quiet leadership', 'highly sensitive people'],
      ],
      ['imposter-syndrome', 'Imposter syndrome', ['impostor syndrome', 'self doubt', 'confidence']],
      ['emotional-intelligence', 'Emotional intelligence', ['eq', 'empathy', 'self awareness']],
      ['habits', 'Habits', ['habit building', 'routines', 'habit tracking']],
      [
        'personal-development',
        'Personal development',
        ['self improvement', 'personal growth', 'growth mindset'],
      ],
      ['learning-at-work', 'Learning at work', ['continuous learning', 'upskilling', 'reskilling']],
    ],
  },
];
