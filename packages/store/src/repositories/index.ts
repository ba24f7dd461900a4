import { createActionStateRepository } from './action-state.repository.ts';
import { createApiTokenRepository } from './api-token.repository.ts';
import { createCalendarFeedRepository } from './calendar-feed.repository.ts';
import { createCommunityRepository } from './community.repository.ts';
import { createCommunityGroupRepository } from './community-group.repository.ts';
import { createCommunityIntroductionRepository } from './community-introduction.repository.ts';
import { createCommunityInviteRepository } from './community-invite.repository.ts';
import { createCommunityMatchRepository } from './community-match.repository.ts';
import { createCommunityOutboxRepository } from './community-outbox.repository.ts';
import { createCommunityProfileRepository } from './community-profile.repository.ts';
import { createCommunityRoundRepository } from './community-round.repository.ts';
import { createCommunitySeatingRepository } from './community-seating.repository.ts';
import { createDetailRepository } from './detail.repository.ts';
import { createEventRepository } from './event.repository.ts';
import type { Executor } from './executor.ts';
import { createIdCheckRepository } from './id-check.repository.ts';
import { createInsightRepository } from './insight.repository.ts';
import { createInteractionRepository } from './interaction.repository.ts';
import { createJobRunRepository } from './job-run.repository.ts';
import type { Dialect } from './json-rows.ts';
import { createPersonRepository } from './person.repository.ts';
import { createPlanReadRepository } from './plan-read.repository.ts';
import { createSavedItemRepository } from './saved-item.repository.ts';
import { createSessionRepository } from './session.repository.ts';
import { createStageRepository } from './stage.repository.ts';
import { createStatsRepository } from './stats.repository.ts';
import { createUserRepository } from './user.repository.ts';

export function createRepositories(db: Executor, dialect: Dialect) {
  return {
    users: createUserRepository(db),
    people: createPersonRepository(db, dialect),
    details: createDetailRepository(db),
    interactions: createInteractionRepository(db),
    stages: createStageRepository(db),
    ids: createIdCheckRepository(db),
    stats: createStatsRepository(db),
    actionStates: createActionStateRepository(db),
    savedItems: createSavedItemRepository(db),
    events: createEventRepository(db),
    planRead: createPlanReadRepository(db, dialect),
    sessions: createSessionRepository(db),
    apiTokens: createApiTokenRepository(db),
    calendarFeeds: createCalendarFeedRepository(db),
    jobRuns: createJobRunRepository(db),
    insights: createInsightRepository(db),
    communities: createCommunityRepository(db),
    communityInvites: createCommunityInviteRepository(db),
    communitySeating: createCommunitySeatingRepository(db),
    communityProfiles: createCommunityProfileRepository(db),
    communityRounds: createCommunityRoundRepository(db),
    communityMatches: createCommunityMatchRepository(db),
    communityGroups: createCommunityGroupRepository(db),
    communityIntroductions: createCommunityIntroductionRepository(db),
    communityOutbox: createCommunityOutboxRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
