import { describe, expect, it } from 'vitest';
import { matchPath } from './matchPath.ts';

describe('matchPath', () => {
  it('matches static and parameter segments', () => {
    expect(matchPath('/flows', '/flows/')).toEqual({});
    expect(matchPath('/flows/:id', '/flows/lead%20bot')).toEqual({ id: 'lead bot' });
    expect(matchPath('/flows/:id', '/flows')).toBeNull();
    expect(matchPath('/flows/:id', '/inbox/x')).toBeNull();
  });
});
