/**
 * Notes the planner adds that others recognise: the web app replaces the empty-plan note
 * with its own fuller empty state, so it asks by this value, not by retyping the words.
 */
export const NOTHING_DUE_NOTE = 'Nothing needs you right now. Enjoy the quiet.';
