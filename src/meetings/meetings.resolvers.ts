/**
 * Meeting resolvers: thin — validate arguments, then call the service or a loader.
 */
import { parsePage } from '../graphql/connection.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';
import { decodeGlobalId, toGlobalId } from '../graphql/node.ts';
import { fieldOf, required } from '../graphql/resolve.ts';
import { partialDateOf } from '../graphql/scalars.ts';
import { listMeetings, meetingCriteria, meetingList } from './meetings.service.ts';

/** Query.meetings, Query.meeting and the Meeting types. */
export const meetingResolvers: Resolvers = {
  Query: {
    meetings: (_root, args, ctx, info) => {
      const field = fieldOf(info);
      return listMeetings(ctx.prisma, ctx.loaders.meetings.ofPerson, meetingCriteria(args.filter, field), parsePage(meetingList, args, field));
    },
    meeting: (_root, { id }, ctx, info) => ctx.loaders.meetings.byId.load(decodeGlobalId(id, 'Meeting', 'id', fieldOf(info))),
  },
  Meeting: {
    id: (m) => toGlobalId('Meeting', m.id),
    date: (m) => partialDateOf(m.date, m.datePrecision),
    country: (m, _args, ctx) => (m.countryCode ? ctx.loaders.countries.now(m.countryCode) : null),
    participants: async (m, _args, ctx) => (await ctx.loaders.meetings.participants.load(m.id)).map((p) => p.person),
    participantRoles: (m, _args, ctx) => ctx.loaders.meetings.participants.load(m.id),
    agreements: (m, _args, ctx) => ctx.loaders.agreements.ofMeeting.load(m.id),
    sources: (m, _args, ctx) => ctx.loaders.meetings.sources.load(m.id),
  },
  MeetingParticipant: {
    person: (p, _args, ctx) => required(ctx.loaders.people.byId.load(p.personId), 'Person', p.personId),
  },
  MeetingConnection: {
    totalCount: (c) => c.totalCount(),
  },
};
