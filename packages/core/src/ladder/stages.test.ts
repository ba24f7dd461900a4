import { describe, expect, it } from 'vitest';
import { parseStage, STAGES, stageLabel } from './stages.ts';

describe('stage wording', () => {
  it('words the upper rungs by seniority', () => {
    expect(stageLabel('close', 'peer')).toBe('Friend');
    expect(stageLabel('closest', 'peer')).toBe('Close friend');
    expect(stageLabel('close', 'senior')).toBe('Mentor');
    expect(stageLabel('closest', 'senior')).toBe('Sponsor');
    expect(stageLabel('close', null)).toBe('Friend');
  });

  it('parses keys and every wording back', () => {
    for (const s of STAGES) {
      expect(parseStage(s)).toBe(s);
      expect(parseStage(stageLabel(s, 'senior'))).toBe(s);
      expect(parseStage(stageLabel(s, 'junior'))).toBe(s);
    }
    expect(parseStage('Close-Friend')).toBe('closest');
    expect(parseStage('first contact')).toBe('first_contact');
    expect(parseStage('hi again')).toBe('repeat_contact');
    expect(parseStage('bestie')).toBeNull();
  });
});
