// The admin API's response shapes that the server produces and the editor reads, written once: the server's
// serializers are typed with them (a field it stops sending fails its compile), the editor imports them.
export type * from './analytics.ts';
export type * from './crm.ts';
export type * from './inbox.ts';
