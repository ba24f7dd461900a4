/** The private calendar feed: managing its secret link and rendering it as iCalendar. */
export {
  type CalendarFeedStatus,
  calendarFeedStatus,
  createCalendarFeed,
  renderCalendarFeed,
  revokeCalendarFeed,
} from './calendar-feed.service.ts';
export {
  eventUid,
  FEED_REFRESH_SECONDS,
  type PlanCalendarInput,
  planActionUid,
  writePlanCalendar,
} from './plan-calendar.write.ts';
