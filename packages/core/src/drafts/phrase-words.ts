/**
 * The word lists behind phrase-shape.ts: which first words mark an action, a past
 * event, a noun that only looks like a verb, and so on. Kept apart so the rules read
 * as rules and the lists can grow without crowding them.
 */

/** Common base verbs that open an action phrase ("review your CV", "grab a coffee"). */
// biome-ignore format: a word list reads better packed
export const BASE_VERBS = new Set([
  'ask', 'attend', 'borrow', 'bounce', 'build', 'buy', 'call', 'catch', 'chat', 'check', 'come', 'compare',
  'connect', 'cover', 'do', 'explore', 'find', 'finish', 'forward', 'get', 'give', 'go', 'grab', 'have',
  'hear', 'help', 'host', 'introduce', 'invite', 'join', 'launch', 'learn', 'lend', 'look', 'make', 'meet',
  'mentor', 'move', 'pair', 'pass', 'pick', 'plan', 'present', 'proofread', 'put', 'read', 'review', 'run',
  'send', 'share', 'show', 'sit', 'speak', 'start', 'swap', 'take', 'talk', 'tell', 'try', 'visit', 'walk',
  'write',
]);

/**
 * Verbs that are just as often nouns: followed by a preposition, or alone, they name a
 * thing ("the talk at PyCon", "the move to Lisbon", "a call on Monday").
 */
// biome-ignore format: a word list reads better packed
export const VERB_OR_NOUN = new Set([
  'call', 'chat', 'help', 'launch', 'move', 'plan', 'review', 'run', 'start', 'swap', 'talk', 'visit',
  'walk', 'show', 'pass', 'finish', 'read',
]);

// biome-ignore format: a word list reads better packed
export const PREPOSITIONS = new Set([
  'to', 'of', 'from', 'at', 'in', 'on', 'with', 'for', 'about', 'after', 'before', 'next', 'this', 'last',
  'party', 'day', 'date',
]);

/** Adverbs that may lead a note ("just got promoted") without changing its shape. */
export const LEADING_ADVERBS = /^(?:just|recently|finally|officially|successfully|also|actually|now)\s+/i;

/** Past forms we know how to turn into "…ing" ("got promoted" -> "getting promoted"). */
// biome-ignore format: a word list reads better packed
export const PAST_TO_GERUND: Record<string, string> = {
  got: 'getting', started: 'starting', finished: 'finishing', joined: 'joining', left: 'leaving',
  moved: 'moving', launched: 'launching', won: 'winning', passed: 'passing', completed: 'completing',
  became: 'becoming', published: 'publishing', shipped: 'shipping', ran: 'running', gave: 'giving',
  took: 'taking', made: 'making', married: 'marrying', graduated: 'graduating', returned: 'returning',
  changed: 'changing', signed: 'signing', raised: 'raising', opened: 'opening', hired: 'hiring',
  released: 'releasing', organised: 'organising', organized: 'organizing', spoke: 'speaking',
  presented: 'presenting', delivered: 'delivering', bought: 'buying', was: 'being', were: 'being',
  welcomed: 'welcoming', climbed: 'climbing', built: 'building', wrote: 'writing', had: 'having',
  landed: 'landing', founded: 'founding', closed: 'closing', sold: 'selling', achieved: 'achieving',
  earned: 'earning', received: 'receiving', defended: 'defending',
};

/** Words ending in -ing that are nouns, not actions ("wedding in June"). */
// biome-ignore format: a word list reads better packed
export const ING_NOUNS = new Set([
  'wedding', 'evening', 'morning', 'thing', 'things', 'something', 'nothing', 'anything', 'everything',
  'king', 'ring', 'spring', 'string', 'sibling', 'siblings', 'ceiling', 'darling', 'pudding', 'offspring',
  'swing', 'wing', 'sling', 'duckling', 'earring', 'earrings', 'housewarming', 'offering', 'clothing',
  'viking', 'beijing', 'wyoming', 'sterling', 'pending', 'during', 'bring', 'sing', 'meeting', 'meetings',
  'funding', 'timing', 'briefing', 'hearing', 'outing', 'booking', 'ending', 'listing', 'ruling',
]);

/** Words ending in -ed that are not past forms. */
export const ED_NOUNS = new Set([
  'need',
  'seed',
  'speed',
  'feed',
  'breed',
  'shed',
  'bed',
  'red',
  'wed',
  'hundred',
  'kindred',
  'sacred',
  'naked',
  'wicked',
  'bred',
  'fred',
  'ted',
  'ned',
  'embed',
]);

// biome-ignore format: a word list reads better packed
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'your', 'my', 'our', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every',
  'all', 'both', 'one', 'two', 'three', 'another', 'no', 'his', 'her', 'their', 'its', 'last', 'next',
]);

/** Nouns that often open a note typed with a capital by habit or by a phone's keyboard. */
// biome-ignore format: a word list reads better packed
export const COMMON_NOTE_NOUNS = new Set([
  'trip', 'board', 'half', 'new', 'job', 'exam', 'exams', 'interview', 'talk', 'presentation', 'launch',
  'wedding', 'move', 'surgery', 'operation', 'holiday', 'holidays', 'conference', 'marathon', 'race',
  'promotion', 'baby', 'house', 'flat', 'review', 'offsite', 'deadline', 'project', 'kids', 'daughter',
  'son', 'partner', 'wife', 'husband', 'parents', 'family', 'book', 'paper', 'thesis', 'phd', 'course',
  'team', 'role', 'reorg', 'restructure', 'release', 'demo', 'pitch', 'funding', 'hackathon', 'meetup',
  'workshop', 'keynote', 'panel', 'podcast', 'birthday', 'anniversary', 'graduation', 'retirement',
  'sabbatical', 'parental', 'maternity', 'paternity', 'leave', 'first', 'big', 'annual', 'quarterly',
  'final', 'second', 'charity', 'fundraiser', 'concert', 'gig', 'exhibition', 'show', 'match', 'game',
  'tournament', 'ultra', 'cycling', 'climbing', 'hiking', 'sailing', 'visit', 'tour', 'migration',
  'rewrite', 'redesign', 'hiring', 'recruitment', 'offer', 'contract', 'startup', 'company', 'shop',
  'bakery', 'garden', 'renovation', 'dog', 'puppy', 'cat', 'kitten', 'appointment', 'recovery',
]);

/**
 * Participles noted without their "got"/"was" ("promoted to staff engineer", "engaged"):
 * said back as "you got promoted", "getting engaged".
 */
// biome-ignore format: a word list reads better packed
export const BARE_PARTICIPLES = new Set([
  'promoted', 'engaged', 'married', 'hired', 'accepted', 'selected', 'elected', 'nominated', 'shortlisted',
  'awarded', 'appointed', 'admitted', 'invited', 'featured', 'funded', 'acquired', 'certified', 'chosen',
  'recognised', 'recognized', 'honoured', 'named', 'approved',
]);
