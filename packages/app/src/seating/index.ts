/**
 * The app side of seating: reading guests and members files, and rendering a plan as a
 * printable page. The engines themselves live in core/seating; the CLI and server call
 * these with file contents and write what they return.
 */

export {
  type GuestsFile,
  numberedGuests,
  parseGuestsFile,
  rotationRequestFrom,
} from './guests-file.parse.ts';
export { parseMembersFile } from './members-file.parse.ts';
export { escapeHtml, type PlaceCardOptions, renderPlaceCards } from './place-cards.render.ts';
export { planGroups, planSeating, type SeatingInput, type SeatingResult } from './seating.service.ts';
export type { SeatingFileError, SeatingFileResult } from './seating-file.errors.ts';
