/**
 * What each GraphQL type resolves from: Prisma rows for records, and the
 * connection objects of `connection.ts`. GraphQL Code Generator maps schema
 * types to these (see `codegen.ts`), so resolver parents are typed by them.
 */
import type {
  Agreement,
  Article,
  Country,
  Meeting,
  MeetingParticipant,
  Person,
  PersonRole,
} from '../generated/prisma/client.ts';
import type { ConnectionModel, EdgeModel } from './connection.ts';

export type { PageInfoModel } from './connection.ts';

/**
 * An article as lists read it: the columns the Article type shows, but not
 * `body`, which can be large and is loaded by id only when a query selects it
 * (see `Article.body`), nor the ingestion-only hash and timestamps.
 */
export type ArticleSummary = Omit<Article, 'body' | 'contentHash' | 'createdAt' | 'updatedAt'> & { body?: string };
export type ArticleModel = ArticleSummary;
export type PersonModel = Person;
export type CountryModel = Country;
export type MeetingModel = Meeting;
export type AgreementModel = Agreement;
/** A role row; its own article, quote and position make its `source`. */
export type RoleModel = PersonRole;
/** A participant row (person id and role). */
export type MeetingParticipantModel = Pick<MeetingParticipant, 'personId' | 'role'>;
/** Any row that cites an article sentence: meeting and agreement sources, roles. */
export interface SourceModel {
  articleId: number;
  quote: string;
  position: number;
}

export type ArticleConnectionModel = ConnectionModel<ArticleSummary>;
export type ArticleEdgeModel = EdgeModel<ArticleSummary>;
export type PersonConnectionModel = ConnectionModel<Person>;
export type PersonEdgeModel = EdgeModel<Person>;
export type CountryConnectionModel = ConnectionModel<Country>;
export type CountryEdgeModel = EdgeModel<Country>;
export type MeetingConnectionModel = ConnectionModel<Meeting>;
export type MeetingEdgeModel = EdgeModel<Meeting>;
export type AgreementConnectionModel = ConnectionModel<Agreement>;
export type AgreementEdgeModel = EdgeModel<Agreement>;

/** A record fetched by global id, tagged with its GraphQL type so `Node.__resolveType` can name it. */
export type NodeModel =
  | (Article & { __typename: 'Article' })
  | (Person & { __typename: 'Person' })
  | (Country & { __typename: 'Country' })
  | (Meeting & { __typename: 'Meeting' })
  | (Agreement & { __typename: 'Agreement' });
