import { useInbox } from './inboxStore.ts';
import type { InboxFilter } from './inboxTypes.ts';

/** The finer filters: team, what the bot is doing, the 24-hour window, open or closed. */
export function InboxFilters() {
  const filter = useInbox((state) => state.filter);
  const teams = useInbox((state) => state.assignees.teams);
  const setFilter = useInbox((state) => state.setFilter);
  const select = <K extends keyof InboxFilter>(key: K, label: string, options: [string, string][]) => (
    <label className="ffield">
      <span className="sr-only">{label}</span>
      <select
        className={`select select--sm${filter[key] && filter[key] !== 'open' ? ' is-active' : ''}`}
        value={String(filter[key] ?? '')}
        onChange={(event) => setFilter({ [key]: event.target.value || null } as Partial<InboxFilter>)}
        data-filter={key}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="clist__filters">
      <legend className="sr-only">Filters</legend>
      <label className="ffield">
        <span className="sr-only">Team</span>
        <select
          className={`select select--sm${filter.assignee === 'team' ? ' is-active' : ''}`}
          value={filter.assignee === 'team' ? (filter.team ?? '') : ''}
          onChange={(event) =>
            setFilter(
              event.target.value
                ? { assignee: 'team', team: event.target.value, unread: false }
                : { assignee: null, team: null },
            )
          }
          data-filter="team"
        >
          <option value="">Any team</option>
          {teams.map((team) => (
            <option key={team} value={team}>
              Team {team}
            </option>
          ))}
        </select>
      </label>
      {select('bot', 'Bot', [
        ['', 'Any bot state'],
        ['running', 'Bot running'],
        ['paused', 'Bot paused'],
        ['handedOff', 'Handed off'],
        ['idle', 'Bot idle'],
      ])}
      {select('window', 'Window', [
        ['', 'Any window'],
        ['open', 'Window open'],
        ['closed', 'Window closed'],
      ])}
      {select('status', 'Status', [
        ['open', 'Open'],
        ['closed', 'Closed'],
        ['all', 'Open and closed'],
      ])}
    </fieldset>
  );
}
