/** The expected failures of community seating events, worded once: what, where, what to do. */
import { AppError, type ErrorDetail } from '../errors/app-error.ts';

/**
 * The same answer for an event that does not exist, one in another community, and (for
 * a member who is not an admin) one they do not attend: nobody learns which ids are real.
 */
export const seatingEventNotFound = (communityName: string, id: string) =>
  new AppError(
    'seating_event_not_found',
    `${communityName} has no seating event with the id ${id} that you can open. Check the link; admins see every event, members only those they attend.`,
    [{ field: 'seatingEventId', message: 'not found' }],
  );

export const unknownAttendee = (message: string, details: ErrorDetail[]) =>
  new AppError('seating_unknown_attendee', message, details);

export const tablesTooSmall = (attendees: number, seats: number) =>
  new AppError(
    'seating_tables_too_small',
    `The tables seat ${seats} ${seats === 1 ? 'person' : 'people'}, but ${attendees} are coming. Add ${attendees - seats} more ${attendees - seats === 1 ? 'seat' : 'seats'} (a bigger table or another one), or invite fewer people.`,
    [{ field: 'tables', message: `${seats} seats for ${attendees} attendees` }],
  );
