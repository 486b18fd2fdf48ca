/** Names for the answers the pages pass around, taken from the generated API types (api-types.d.ts). */
import type { Answer } from './api';

/** One row of a list answer (`{ items: [...] }`, paged or not). */
type Row<T> = T extends { items: Array<infer I> } ? I : never;

export type Me = Answer<'get', '/me'>;
export type OrgUnit = Row<Answer<'get', '/org-units'>>;
export type PublicUser = Answer<'get', '/users/{id}'>;
export type ListedUser = Row<Answer<'get', '/users'>>;
export type Department = Row<Answer<'get', '/departments'>>;

export type Category = Row<Answer<'get', '/project-categories'>>;
export type ListedProject = Row<Answer<'get', '/projects'>>;
export type ProjectDetail = Answer<'get', '/projects/{id}'>;
export type Milestone = ProjectDetail['milestones'][number];
export type PopularProject = Row<Answer<'get', '/projects/popular'>>;
export type PublicProject = Row<Answer<'get', '/public/projects'>>;
export type ListedWhistle = Row<Answer<'get', '/whistles'>>;

export type PointsRule = Row<Answer<'get', '/points/rules'>>;
export type RuleVersions = Answer<'get', '/points/rules/{key}/versions'>;
export type MemberPoints = Answer<'get', '/members/{id}/points'>;
export type PointsEntry = Row<MemberPoints['history']>;
export type PartyDayRow = Row<Answer<'get', '/communities/{id}/party-day'>>;
export type PointsClaim = Row<Answer<'get', '/points/claims'>>;
export type PointsActivity = Answer<'get', '/me/points/activity'>;

export type CaseItem = Row<Answer<'get', '/cases'>>;
export type BestCase = Row<Answer<'get', '/cases/best/{year}'>>;

export type Mentorship = Row<Answer<'get', '/mentorships'>>;
export type CoachingNote = Row<Answer<'get', '/mentorships/{id}/notes'>>;
export type MentorSuggestion = Row<Answer<'get', '/mentorships/suggestions'>>;
export type MentorLoadRow = Row<Answer<'get', '/mentorships/mentor-load'>>;
export type Secretary = Answer<'get', '/secretaries/{id}'>;
export type MyMentee = Row<Answer<'get', '/me/mentees'>>;

export type Activity = Row<Answer<'get', '/activities'>>;
export type ActivityDetail = Answer<'get', '/activities/{id}'>;
export type SignInCode = Answer<'get', '/activities/{id}/sign-in-code'>;
export type Attendee = Row<Answer<'get', '/activities/{id}/attendees'>>;
export type AddedAttendee = Row<Answer<'post', '/activities/{id}/attendees'>>;
export type CloseReport = Answer<'post', '/activities/{id}/close'>;

export type TrainingSession = Row<Answer<'get', '/training-sessions'>>;
export type TrainingAttendee = Row<Answer<'get', '/training-sessions/{id}/attendance'>>;
export type TickedAttendee = Row<Answer<'post', '/training-sessions/{id}/attendance'>>;
export type TrainingRecordRow = Row<Answer<'get', '/me/training'>>;

export type EvaluationCycle = Row<Answer<'get', '/evaluation-cycles'>>;
export type AssignmentGroup = Row<Answer<'get', '/evaluation-cycles/{id}/assignments'>>;

export type Reminder = Row<Answer<'get', '/me/notifications'>>;
export type NotificationPreferences = Answer<'get', '/me/notification-preferences'>;
export type NotificationChannel = Row<Answer<'get', '/notification-channels'>>;
export type NotificationDelivery = Row<Answer<'get', '/notification-deliveries'>>;

export type Assessment = Row<Answer<'get', '/assessments'>>;
export type StageProposal = Row<Answer<'get', '/assessments/proposals'>>;
export type Job = Row<Answer<'get', '/jobs'>>;
