// The API's shapes, shared with the server (packages/api).
export type { Board, BoardLead, BoardStage, Contact, ContactHistory, Lead, MovedLead } from '@salesbot/api';
