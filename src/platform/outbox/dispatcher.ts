import type { Db } from '../db/index.js';
import type { Clock } from '../clock/index.js';
import type { StoredOutboxMessage } from './outbox.js';

/** Performs one message. Throwing schedules a retry with exponential backoff. */
export type OutboxHandler = (msg: StoredOutboxMessage) => Promise<void>;

export interface DispatcherOptions {
  batchSize?: number;
  pollMs?: number;
  maxAttempts?: number;
  /** How long a claimed message stays invisible to other workers while it is delivered. */
  leaseMs?: number;
  log?: { info: (o: object, m?: string) => void; warn: (o: object, m?: string) => void; error: (o: object, m?: string) => void };
}

interface Row {
  id: number;
  tenant_id: number;
  topic: string;
  payload: Record<string, unknown>;
  dedupe_key: string | null;
  attempts: number;
  status: 'pending' | 'delivered' | 'dead';
  created_at: Date;
}

/** Which topics one claim takes: every topic, only those registered with concurrency, or the rest. */
type Lane = 'all' | 'pooled' | 'ordered';

/** Backoff before retry `attempt` (1-based): 2 s, 4 s, 8 s … capped at one hour. */
export function backoffMs(attempt: number): number {
  return Math.min(2 ** attempt * 1000, 3_600_000);
}

/**
 * Delivers outbox messages: claims due ones with `FOR UPDATE SKIP LOCKED` under a lease (so
 * several workers never take the same message), runs the topic's handler, then marks it
 * delivered or schedules a retry. A worker killed mid-delivery leaves the lease to expire and
 * the message is delivered by the next worker; handlers receive the message id to stay idempotent.
 */
export class OutboxDispatcher {
  private readonly handlers = new Map<string, OutboxHandler>();
  private readonly concurrency = new Map<string, number>();
  /** Sleeping loops (one per lane) and their poll timers: a notification or stop wakes them all. */
  private readonly sleepers = new Map<() => void, NodeJS.Timeout>();
  private stopped = true;
  private unlisten: (() => Promise<void>) | undefined;
  private idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly options: DispatcherOptions = {},
  ) {}

  /**
   * `concurrency` > 1: messages of this topic claimed in one batch are handled up to that many
   * at a time (independent deliveries such as webhooks, which wait on the network). Other topics
   * run one after another in claim order, as before.
   */
  register(topic: string, handler: OutboxHandler, options: { concurrency?: number } = {}): void {
    this.handlers.set(topic, handler);
    if ((options.concurrency ?? 1) > 1) this.concurrency.set(topic, options.concurrency!);
  }

  topics(): string[] {
    return [...this.handlers.keys()];
  }

  /** The topics of a lane: `pooled` (registered with concurrency), `ordered` (the rest), or all. */
  private laneTopics(lane: Lane): string[] {
    if (lane === 'all') return this.topics();
    return this.topics().filter((t) => this.concurrency.has(t) === (lane === 'pooled'));
  }

  /**
   * Claims and delivers one batch of due messages of a lane's topics (default: every topic).
   * Returns how many were processed.
   */
  async runOnce(lane: Lane = 'all'): Promise<number> {
    const batch = this.options.batchSize ?? 50;
    const leaseMs = this.options.leaseMs ?? 60_000;
    const now = this.clock.now();
    const topics = this.laneTopics(lane);
    if (topics.length === 0) return 0;
    const claimed = await this.db.query<Row>(
      `UPDATE outbox_messages SET available_at = $2, attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM outbox_messages
         WHERE status = 'pending' AND available_at <= $1 AND topic = ANY($4::text[])
         ORDER BY available_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id, tenant_id, topic, payload, dedupe_key, attempts, status, created_at`,
      [now, new Date(now.getTime() + leaseMs), batch, topics],
    );
    const inOrder: Row[] = [];
    const parallel = new Map<string, Row[]>();
    for (const row of claimed) {
      if (this.concurrency.has(row.topic)) parallel.set(row.topic, [...(parallel.get(row.topic) ?? []), row]);
      else inOrder.push(row);
    }
    const sequential = async () => {
      for (const row of inOrder) if (await this.handle(row)) await this.markDelivered([row.id]);
    };
    // A pooled topic's successes are marked delivered in one statement after its lanes finish: a
    // crash before that redelivers them, which these topics' consumers tolerate (at-least-once).
    const pooled = [...parallel].map(async ([topic, rows]) => {
      let next = 0;
      const delivered: number[] = [];
      const lane = async () => {
        while (next < rows.length) {
          const row = rows[next++];
          if (await this.handle(row)) delivered.push(row.id);
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.concurrency.get(topic)!, rows.length) }, lane));
      if (delivered.length > 0) await this.markDelivered(delivered);
    });
    await Promise.all([sequential(), ...pooled]);
    return claimed.length;
  }

  private async markDelivered(ids: number[]): Promise<void> {
    await this.db.query(`UPDATE outbox_messages SET status = 'delivered', delivered_at = $2, last_error = NULL WHERE id = ANY($1::bigint[])`, [
      ids,
      this.clock.now(),
    ]);
  }

  /**
   * Runs one claimed message's handler; on failure schedules its retry (or marks it dead). True
   * when the handler succeeded: the caller marks it delivered.
   */
  private async handle(row: Row): Promise<boolean> {
    const msg: StoredOutboxMessage = {
      id: row.id,
      tenantId: row.tenant_id,
      topic: row.topic,
      payload: row.payload,
      dedupeKey: row.dedupe_key,
      attempts: row.attempts,
      status: row.status,
      createdAt: row.created_at,
    };
    const handler = this.handlers.get(row.topic);
    try {
      if (!handler) throw new Error(`no handler for topic ${row.topic}`);
      await handler(msg);
      return true;
    } catch (err) {
      const max = this.options.maxAttempts ?? 12;
      const dead = row.attempts >= max;
      const message = err instanceof Error ? err.message : String(err);
      await this.db.query(`UPDATE outbox_messages SET status = $2, available_at = $3, last_error = $4 WHERE id = $1`, [
        row.id,
        dead ? 'dead' : 'pending',
        new Date(this.clock.now().getTime() + backoffMs(row.attempts)),
        message.slice(0, 2000),
      ]);
      this.options.log?.warn(
        { outboxId: row.id, topic: row.topic, attempts: row.attempts, err: message },
        dead ? 'outbox message dead' : 'outbox delivery failed, will retry',
      );
      return false;
    }
  }

  /** Delivers until nothing is due (tests and `tradein worker --once`). */
  async drain(maxRounds = 100): Promise<void> {
    for (let i = 0; i < maxRounds; i++) {
      if ((await this.runOnce()) === 0) return;
    }
  }

  /**
   * Polls in the background and wakes early on new messages. Pooled topics (webhooks) have a loop
   * of their own, so a backlog of ordered messages (e-mails, domain events) never holds them up,
   * nor they it.
   */
  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    this.unlisten = await this.db.listen('tradein_outbox', () => this.wakeAll());
    const lanes: Lane[] = this.concurrency.size > 0 ? ['ordered', 'pooled'] : ['all'];
    this.idle = Promise.all(lanes.map((lane) => this.loop(lane))).then(() => undefined);
  }

  private async loop(lane: Lane): Promise<void> {
    while (!this.stopped) {
      try {
        if ((await this.runOnce(lane)) > 0) continue;
      } catch (err) {
        if (this.stopped) break;
        this.options.log?.error({ err, lane }, 'outbox dispatcher error');
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(this.sleepers.get(wake));
          this.sleepers.delete(wake);
          resolve();
        };
        this.sleepers.set(wake, setTimeout(wake, this.options.pollMs ?? 1000));
      });
    }
  }

  private wakeAll(): void {
    for (const wake of [...this.sleepers.keys()]) wake();
  }

  /** Stops after the messages in flight; waits for them. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeAll();
    await this.unlisten?.();
    await this.idle;
  }
}
