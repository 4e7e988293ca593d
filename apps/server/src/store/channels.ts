import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';

/** A WhatsApp phone number connected to a workspace. Without an access token it is a sandbox number. */
export interface Channel {
  id: string;
  workspaceId: string;
  name: string;
  phoneNumberId: string;
  displayPhoneNumber: string | null;
  wabaId: string | null;
  accessToken: string | null;
  appSecret: string | null;
  verifyToken: string | null;
  apiUrl: string | null;
  /** Messages per second; null = the configured default. */
  throughput: number | null;
  coexistence: boolean;
  businessVerified: boolean;
  stoppedReason: string | null;
  stoppedAt: number | null;
  createdAt: number;
  /** No credentials: messages go to the sandbox transport. */
  sandbox: boolean;
}

interface ChannelRow {
  id: string;
  workspace_id: string;
  name: string;
  phone_number_id: string;
  display_phone_number: string | null;
  waba_id: string | null;
  access_token: string | null;
  app_secret: string | null;
  verify_token: string | null;
  api_url: string | null;
  throughput: number | null;
  coexistence: number;
  business_verified: number;
  stopped_reason: string | null;
  stopped_at: number | null;
  created_at: number;
}

function toChannel(row: ChannelRow): Channel {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    phoneNumberId: row.phone_number_id,
    displayPhoneNumber: row.display_phone_number,
    wabaId: row.waba_id,
    accessToken: row.access_token,
    appSecret: row.app_secret,
    verifyToken: row.verify_token,
    apiUrl: row.api_url,
    throughput: row.throughput,
    coexistence: row.coexistence === 1,
    businessVerified: row.business_verified === 1,
    stoppedReason: row.stopped_reason,
    stoppedAt: row.stopped_at,
    createdAt: row.created_at,
    sandbox: !row.access_token,
  };
}

/**
 * Channel look-ups with a cache: every webhook event routes by phone number id, so the hot path reads memory.
 * Every write goes through this object, which drops the cache.
 */
export class ChannelStore {
  private byPhone: Map<string, Channel | null> | null = null;
  private cachedAll: Channel[] | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly db: Db) {}

  /** The channel a webhook's `metadata.phone_number_id` routes to, or null. */
  byPhoneNumberId(phoneNumberId: string): Channel | null {
    if (!this.byPhone) {
      this.byPhone = new Map();
      for (const row of stmt(this.db, 'SELECT * FROM channels').all() as ChannelRow[]) {
        this.byPhone.set(row.phone_number_id, toChannel(row));
      }
    }
    return this.byPhone.get(phoneNumberId) ?? null;
  }

  get(id: string): Channel | null {
    const row = stmt(this.db, 'SELECT * FROM channels WHERE id = ?').get(id) as ChannelRow | undefined;
    return row ? toChannel(row) : null;
  }

  /** Every channel (cached: the outbox sender asks on every pass). */
  all(): Channel[] {
    this.cachedAll ??= (stmt(this.db, 'SELECT * FROM channels ORDER BY created_at, id').all() as ChannelRow[]).map(
      toChannel,
    );
    return this.cachedAll;
  }

  list(workspaceId: string): Channel[] {
    return (
      stmt(this.db, 'SELECT * FROM channels WHERE workspace_id = ? ORDER BY created_at, id').all(
        workspaceId,
      ) as ChannelRow[]
    ).map(toChannel);
  }

  /** The workspace's first sandbox channel (the one `POST /api/sandbox/inbound` feeds). */
  sandboxOf(workspaceId: string): Channel | null {
    return this.list(workspaceId).find((channel) => channel.sandbox) ?? null;
  }

  insert(channel: Omit<Channel, 'sandbox' | 'stoppedReason' | 'stoppedAt'>): void {
    stmt(
      this.db,
      `INSERT INTO channels (id, workspace_id, name, phone_number_id, display_phone_number, waba_id, access_token,
        app_secret, verify_token, api_url, throughput, coexistence, business_verified, created_at)
       VALUES (@id, @workspaceId, @name, @phoneNumberId, @displayPhoneNumber, @wabaId, @accessToken, @appSecret,
        @verifyToken, @apiUrl, @throughput, @coexistence, @businessVerified, @createdAt)`,
    ).run({ ...channel, coexistence: channel.coexistence ? 1 : 0, businessVerified: channel.businessVerified ? 1 : 0 });
    this.invalidate();
  }

  update(id: string, patch: Partial<Omit<Channel, 'id' | 'workspaceId' | 'sandbox' | 'createdAt'>>): void {
    const columns: Record<string, string> = {
      name: 'name',
      phoneNumberId: 'phone_number_id',
      displayPhoneNumber: 'display_phone_number',
      wabaId: 'waba_id',
      accessToken: 'access_token',
      appSecret: 'app_secret',
      verifyToken: 'verify_token',
      apiUrl: 'api_url',
      throughput: 'throughput',
      coexistence: 'coexistence',
      businessVerified: 'business_verified',
      stoppedReason: 'stopped_reason',
      stoppedAt: 'stopped_at',
    };
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const [key, value] of Object.entries(patch)) {
      const column = columns[key];
      if (!column || value === undefined) continue;
      sets.push(`${column} = ?`);
      values.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
    }
    if (sets.length === 0) return;
    this.db.prepare(`UPDATE channels SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
    this.invalidate();
  }

  delete(id: string): void {
    stmt(this.db, 'DELETE FROM channels WHERE id = ?').run(id);
    this.invalidate();
  }

  invalidate(): void {
    this.byPhone = null;
    this.cachedAll = null;
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` after every write (it may run inside the writing transaction). Returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
