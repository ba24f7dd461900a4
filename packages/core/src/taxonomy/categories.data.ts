/**
 * The shelves the taxonomy is arranged on. Every entry inherits its kind (fun activity or
 * professional topic) from its category, so the split is decided here and nowhere else.
 */
import type { InterestCategory } from './taxonomy.types.ts';

const CATEGORIES: readonly InterestCategory[] = [
  { key: 'outdoors', label: 'Outdoors & nature', kind: 'activity' },
  { key: 'sports', label: 'Sports', kind: 'activity' },
  { key: 'fitness', label: 'Fitness & wellbeing', kind: 'activity' },
  { key: 'dance', label: 'Dance', kind: 'activity' },
  { key: 'games', label: 'Games & puzzles', kind: 'activity' },
  { key: 'music', label: 'Music', kind: 'activity' },
  { key: 'film-stage', label: 'Film, TV & stage', kind: 'activity' },
  { key: 'arts-crafts', label: 'Arts & crafts', kind: 'activity' },
  { key: 'food-drink', label: 'Food & drink', kind: 'activity' },
  { key: 'reading-writing', label: 'Reading & writing', kind: 'activity' },
  { key: 'travel-culture', label: 'Travel & culture', kind: 'activity' },
  { key: 'volunteering', label: 'Volunteering & community', kind: 'activity' },
  { key: 'pets-animals', label: 'Pets & animals', kind: 'activity' },
  { key: 'home-garden', label: 'Home & garden', kind: 'activity' },
  { key: 'enthusiasms', label: 'Collecting & enthusiasms', kind: 'activity' },
  { key: 'tech-hobbies', label: 'Tech & maker hobbies', kind: 'activity' },
  { key: 'learning', label: 'Ideas & learning', kind: 'activity' },
  { key: 'software-engineering', label: 'Software engineering', kind: 'topic' },
  { key: 'programming-languages', label: 'Programming languages', kind: 'topic' },
  { key: 'infrastructure', label: 'Cloud & infrastructure', kind: 'topic' },
  { key: 'security', label: 'Security & privacy', kind: 'topic' },
  { key: 'data-ai', label: 'Data & AI', kind: 'topic' },
  { key: 'design', label: 'Design', kind: 'topic' },
  { key: 'product', label: 'Product management', kind: 'topic' },
  { key: 'leadership', label: 'Management & leadership', kind: 'topic' },
  { key: 'marketing', label: 'Marketing & communications', kind: 'topic' },
  { key: 'sales', label: 'Sales & customers', kind: 'topic' },
  { key: 'finance', label: 'Finance & economics', kind: 'topic' },
  { key: 'law', label: 'Law & compliance', kind: 'topic' },
  { key: 'operations', label: 'Operations & delivery', kind: 'topic' },
  { key: 'people', label: 'People & HR', kind: 'topic' },
  { key: 'entrepreneurship', label: 'Entrepreneurship & startups', kind: 'topic' },
  { key: 'communication', label: 'Speaking & writing', kind: 'topic' },
  { key: 'career', label: 'Careers & personal growth', kind: 'topic' },
  { key: 'healthcare', label: 'Healthcare & life sciences', kind: 'topic' },
  { key: 'education', label: 'Education', kind: 'topic' },
  { key: 'research', label: 'Research & science', kind: 'topic' },
  { key: 'engineering', label: 'Engineering & manufacturing', kind: 'topic' },
  { key: 'sustainability', label: 'Sustainability & climate', kind: 'topic' },
  { key: 'public-sector', label: 'Policy & public sector', kind: 'topic' },
];

/** All categories, activities first, in the order a picker should show them. */
export const INTEREST_CATEGORIES: readonly InterestCategory[] = Object.freeze(
  CATEGORIES.map((category) => Object.freeze({ ...category })),
);
