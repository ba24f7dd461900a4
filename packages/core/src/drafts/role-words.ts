/**
 * Job titles inside a sentence: "I'm Sam, a product designer at Beta", "as an SRE",
 * "Head of Data at Acme". Titles arrive in every casing and some take no article.
 */
import { interestWords } from './interest-words.ts';
import { cleanValue } from './text-clean.ts';

/** Titles that read without an article: "I'm Head of Data", "I'm CTO at Acme". */
const NO_ARTICLE =
  /^(?:head|director|chair|chairman|chairwoman|chairperson|vp|svp|evp|president|ceo|cto|cfo|coo|cpo|cio|cmo|ciso|cdo|managing director|md)\b/i;

/** Letters whose spoken name starts with a vowel sound ("an SRE", "an MBA", "an HR lead"). */
const VOWEL_SOUND_LETTERS = new Set(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);

function article(word: string): 'a' | 'an' {
  if (/^[A-Z]{2,}\b/.test(word)) return VOWEL_SOUND_LETTERS.has(word.charAt(0)) ? 'an' : 'a';
  const lower = word.toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/.test(lower)) return 'an';
  if (/^(?:uni|use|usu|uti|eu|one|once|ur)/.test(lower)) return 'a';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

/**
 * A role ready for the middle of a sentence. Sentence-case titles lose their capital
 * ("Product designer" -> "product designer"); Title Case ones ("Senior Software
 * Engineer") and names ("Python developer") keep theirs.
 */
export function roleWords(role: string | null | undefined): string {
  const text = cleanValue(role);
  if (text === '') return '';
  const rest = text.split(' ').slice(1);
  const sentenceCase = rest.every((word) => !/^\p{Lu}\p{Ll}/u.test(word));
  return sentenceCase ? interestWords(text) : text;
}

/** "a product designer", "an engineer", "Head of Data": the role as a complement of "I'm". */
export function roleWithArticle(role: string | null | undefined): string {
  const words = roleWords(role);
  if (words === '') return '';
  if (/^(?:a|an|the)\s/i.test(words) || NO_ARTICLE.test(words)) return words;
  return `${article(words)} ${words}`;
}
