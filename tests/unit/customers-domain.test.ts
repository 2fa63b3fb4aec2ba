import { canTransition, type Transitions } from '../../lib/state-machine';
import {
  automationDocumentId,
  DEFAULT_AUTOMATION_RULES,
  planAutomation,
  ruleMatches,
  validateAutomationRules,
} from '../../subgraphs/customers/domain/automation';
import { attentionReasons, quietCutoff } from '../../subgraphs/customers/domain/attention';
import { settingsChange, validateCrmSettings } from '../../subgraphs/customers/domain/crm-settings';
import { nameKeyOf, normalizeTags, searchTermsOf, validateAddresses } from '../../subgraphs/customers/domain/customer';
import { interactionIdFor, validateInteraction } from '../../subgraphs/customers/domain/interaction';
import { isOverdue, TASK_TRANSITIONS } from '../../subgraphs/customers/domain/task';
import {
  leastLoadedChoice,
  matchRoutingRule,
  roundRobinChoice,
  slaBreached,
  slaDueAt,
  TICKET_REOPEN,
  TICKET_TRANSITIONS,
  ticketCommentPage,
  validRating,
} from '../../subgraphs/customers/domain/ticket';
import { encodeCursor } from '../../lib/pagination';
import mongoose from 'mongoose';
import { taskDueIntervalMs } from '../../subgraphs/customers/jobs/task-due';

/** Every (from, to) pair of a lifecycle: exactly the listed ones are legal. */
function expectExactly<S extends string>(machine: Transitions<S>, legal: Array<[S, S]>) {
  const statuses = Object.keys(machine) as S[];
  const allowed = new Set(legal.map(([from, to]) => `${from}->${to}`));
  for (const from of statuses) {
    for (const to of statuses) {
      expect([`${from}->${to}`, canTransition(machine, from, to)]).toEqual([`${from}->${to}`, allowed.has(`${from}->${to}`)]);
    }
  }
}

const T0 = new Date('2026-03-02T09:00:00.000Z');
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000);

describe('ticket lifecycle', () => {
  it('allows NEW->OPEN->PENDING<->OPEN->RESOLVED->CLOSED and reopening a resolved ticket, nothing else', () => {
    expectExactly(TICKET_TRANSITIONS, [
      ['NEW', 'OPEN'],
      ['OPEN', 'PENDING'],
      ['OPEN', 'RESOLVED'],
      ['PENDING', 'OPEN'],
      ['PENDING', 'RESOLVED'],
      ['RESOLVED', 'CLOSED'],
      ['RESOLVED', 'OPEN'],
    ]);
  });

  it('reopens only from RESOLVED', () => {
    expectExactly(TICKET_REOPEN, [['RESOLVED', 'OPEN']]);
  });

  it('derives the SLA due time from the priority and breaches only unresolved tickets', () => {
    expect(slaDueAt('URGENT', T0)).toEqual(hours(4));
    expect(slaDueAt('HIGH', T0)).toEqual(hours(8));
    expect(slaDueAt('MEDIUM', T0)).toEqual(hours(24));
    expect(slaDueAt('LOW', T0)).toEqual(hours(72));
    const due = slaDueAt('URGENT', T0);
    expect(slaBreached({ status: 'OPEN', slaDueAt: due }, hours(3))).toBe(false);
    expect(slaBreached({ status: 'OPEN', slaDueAt: due }, hours(4))).toBe(false);
    expect(slaBreached({ status: 'NEW', slaDueAt: due }, hours(5))).toBe(true);
    expect(slaBreached({ status: 'PENDING', slaDueAt: due }, hours(5))).toBe(true);
    expect(slaBreached({ status: 'RESOLVED', slaDueAt: due }, hours(5))).toBe(false);
    expect(slaBreached({ status: 'CLOSED', slaDueAt: due }, hours(5))).toBe(false);
  });
});

describe('ticket conversation', () => {
  const comments = (['INTERNAL', 'PUBLIC', 'PUBLIC', 'INTERNAL', 'PUBLIC'] as const).map((visibility, n) => ({
    _id: new mongoose.Types.ObjectId(),
    visibility,
    n,
  }));
  const ns = (page: { edges: Array<{ node: { n: number } }> }) => page.edges.map((e) => e.node.n);

  it('pages oldest first after the cursor, counting only the visibility asked for', () => {
    const first = ticketCommentPage(comments, { first: 2 });
    expect([ns(first), first.totalCount, first.pageInfo.hasNextPage, first.pageInfo.hasPreviousPage]).toEqual([
      [0, 1],
      5,
      true,
      false,
    ]);
    const rest = ticketCommentPage(comments, { first: 10, after: first.pageInfo.endCursor });
    expect([ns(rest), rest.pageInfo.hasNextPage, rest.pageInfo.hasPreviousPage]).toEqual([[2, 3, 4], false, true]);
    const replies = ticketCommentPage(comments, { visibility: 'PUBLIC', first: 2 });
    expect([ns(replies), replies.totalCount]).toEqual([[1, 2], 3]);
    expect(ns(ticketCommentPage(comments, { visibility: 'PUBLIC', after: replies.pageInfo.endCursor }))).toEqual([4]);
  });

  it("refuses a cursor that is not one of this page's comments, and an oversized page", () => {
    expect(() => ticketCommentPage(comments, { after: encodeCursor(new mongoose.Types.ObjectId().toString()) })).toThrow(
      /cursor/,
    );
    // An INTERNAL note's cursor does not continue the PUBLIC-only list.
    expect(() => ticketCommentPage(comments, { visibility: 'PUBLIC', after: encodeCursor(comments[0]._id.toString()) })).toThrow(
      /cursor/,
    );
    expect(() => ticketCommentPage(comments, { first: 101 })).toThrow(/first/);
  });

  it('takes ratings from 1 to 5 in whole numbers only', () => {
    expect([0, 1, 3, 5, 6, 4.5, -1].map(validRating)).toEqual([false, true, true, true, false, false, false]);
  });
});

describe('ticket routing', () => {
  const rules = [
    { name: 'vip urgent', priority: 'URGENT' as const, tag: 'vip', agentIds: ['a1'] },
    { name: 'empty', priority: null, tag: null, agentIds: [] },
    { name: 'urgent', priority: 'URGENT' as const, tag: null, agentIds: ['u1', 'u2'] },
    { name: 'billing', priority: null, tag: 'billing', agentIds: ['b1'] },
    { name: 'fallback', priority: null, tag: null, agentIds: ['f1'] },
  ];

  it('picks the first rule whose priority and tag both match, skipping rules without agents', () => {
    expect(matchRoutingRule(rules, { priority: 'URGENT', tags: ['vip'] })?.rule.name).toBe('vip urgent');
    expect(matchRoutingRule(rules, { priority: 'URGENT', tags: ['billing'] })?.rule.name).toBe('urgent');
    expect(matchRoutingRule(rules, { priority: 'LOW', tags: ['billing'] })).toMatchObject({ index: 3 });
    expect(matchRoutingRule(rules, { priority: 'LOW', tags: [] })?.rule.name).toBe('fallback');
    expect(matchRoutingRule(rules.slice(0, 4), { priority: 'LOW', tags: [] })).toBeNull();
    expect(matchRoutingRule([], { priority: 'LOW', tags: [] })).toBeNull();
  });

  it('round robin takes turns and wraps', () => {
    const agents = ['a', 'b', 'c'];
    const picks: string[] = [];
    let cursor = 0;
    for (let i = 0; i < 7; i++) {
      const choice = roundRobinChoice(agents, cursor);
      picks.push(choice.agentId);
      cursor = choice.nextCursor;
    }
    expect(picks).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']);
    expect(() => roundRobinChoice([], 0)).toThrow();
  });

  it('least loaded takes the agent with the fewest unresolved tickets, first listed on a tie', () => {
    expect(
      leastLoadedChoice(
        ['a', 'b', 'c'],
        new Map([
          ['a', 3],
          ['b', 1],
          ['c', 2],
        ]),
      ),
    ).toBe('b');
    expect(
      leastLoadedChoice(
        ['a', 'b', 'c'],
        new Map([
          ['a', 1],
          ['b', 1],
        ]),
      ),
    ).toBe('c'); // c has none
    expect(
      leastLoadedChoice(
        ['a', 'b'],
        new Map([
          ['a', 2],
          ['b', 2],
        ]),
      ),
    ).toBe('a');
  });
});

describe('task lifecycle', () => {
  it('allows OPEN->DONE and OPEN->CANCELLED, nothing else', () => {
    expectExactly(TASK_TRANSITIONS, [
      ['OPEN', 'DONE'],
      ['OPEN', 'CANCELLED'],
    ]);
  });

  it('is overdue only while OPEN and past its due time', () => {
    expect(isOverdue({ status: 'OPEN', dueAt: T0 }, hours(1))).toBe(true);
    expect(isOverdue({ status: 'OPEN', dueAt: T0 }, T0)).toBe(false);
    expect(isOverdue({ status: 'OPEN', dueAt: hours(2) }, hours(1))).toBe(false);
    expect(isOverdue({ status: 'DONE', dueAt: T0 }, hours(1))).toBe(false);
    expect(isOverdue({ status: 'CANCELLED', dueAt: T0 }, hours(1))).toBe(false);
  });
});

describe('customers needing attention', () => {
  const now = new Date('2026-03-31T12:00:00.000Z');
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

  it('lists every reason that applies, and none for a healthy customer', () => {
    expect(attentionReasons({ quietSince: daysAgo(5), overdueTasks: 0, ticketsPastSla: [] }, now, 30)).toEqual([]);
    expect(
      attentionReasons(
        { quietSince: daysAgo(45), lastInteractionAt: daysAgo(45), overdueTasks: 2, ticketsPastSla: ['TCK-000001'] },
        now,
        30,
      ),
    ).toEqual([
      { kind: 'NO_RECENT_INTERACTION', message: 'No interaction for 45 days' },
      { kind: 'OVERDUE_TASKS', message: '2 overdue tasks' },
      { kind: 'TICKET_PAST_SLA', message: 'Past SLA: TCK-000001' },
    ]);
    expect(attentionReasons({ quietSince: daysAgo(40), overdueTasks: 1, ticketsPastSla: [] }, now, 30)).toEqual([
      { kind: 'NO_RECENT_INTERACTION', message: 'No interaction since creation 40 days ago' },
      { kind: 'OVERDUE_TASKS', message: '1 overdue task' },
    ]);
  });

  it('honours the tenant threshold in days', () => {
    expect(quietCutoff(now, 7)).toEqual(daysAgo(7));
    expect(attentionReasons({ quietSince: daysAgo(10), overdueTasks: 0, ticketsPastSla: [] }, now, 7)).toHaveLength(1);
    expect(attentionReasons({ quietSince: daysAgo(10), overdueTasks: 0, ticketsPastSla: [] }, now, 30)).toHaveLength(0);
  });
});

describe('customer fields and interactions', () => {
  it('normalises tags and validates addresses', () => {
    expect(normalizeTags([' VIP', 'vip', 'Reseller ', ''])).toEqual(['vip', 'reseller']);
    expect(validateAddresses([{ line1: 'Main St 1', city: 'Berlin', country: 'DE' }], ['input', 'addresses'])).toEqual([]);
    expect(
      validateAddresses([{ line1: ' ', city: 'Berlin', country: 'Germany' }], ['input', 'addresses']).map((e) =>
        e.field?.join('.'),
      ),
    ).toEqual(['input.addresses.0.line1', 'input.addresses.0.country']);
  });

  it('keeps contact names searchable', () => {
    expect(searchTermsOf({ name: 'Acme GmbH', contacts: [{ name: 'Ada Lovelace' }] })).toEqual(
      expect.arrayContaining(['acme', 'gmbh', 'ada', 'lovelace']),
    );
  });

  it('orders interaction ids by occurrence time, and refuses SYSTEM and future entries from callers', () => {
    const older = interactionIdFor(new Date('2026-01-01T10:00:00Z'));
    const newer = interactionIdFor(new Date('2026-01-01T10:00:01Z'));
    const sameSecond = interactionIdFor(new Date('2026-01-01T10:00:01.500Z'));
    expect(older.toString() < newer.toString()).toBe(true);
    expect(newer.toString() < sameSecond.toString()).toBe(true);
    expect(older.getTimestamp()).toEqual(new Date('2026-01-01T10:00:00Z'));
    const now = new Date('2026-01-01T10:00:00Z');
    expect(validateInteraction({ kind: 'CALL', subject: 'Intro' }, now)).toEqual([]);
    expect(validateInteraction({ kind: 'SYSTEM', subject: 'x' }, now).map((e) => e.field?.join('.'))).toEqual(['input.kind']);
    expect(
      validateInteraction({ kind: 'NOTE', subject: ' ', occurredAt: new Date('2026-01-02T10:00:00Z') }, now).map((e) =>
        e.field?.join('.'),
      ),
    ).toEqual(['input.subject', 'input.occurredAt']);
  });
});

describe('automation rules', () => {
  const stageChanged = (toStage: string, ownerId: string | null = 'emp-1') => ({
    type: 'sales.deal.stageChanged',
    occurredAt: '2026-03-02T09:00:00.000Z',
    payload: {
      dealId: 'd1',
      pipelineId: 'p1',
      customerId: 'c1',
      ownerId,
      fromStage: 'QUALIFIED',
      toStage,
      amount: { minor: 1, currency: 'EUR' },
    },
  });
  const ticketCreated = (priority: string) => ({
    type: 'customers.ticket.created',
    occurredAt: '2026-03-02T09:00:00.000Z',
    payload: { ticketId: 't1', number: 'TCK-000001', customerId: 'c1', priority, tags: [] },
  });

  it('by default follows up a deal moved to PROPOSAL in 3 days for its owner', () => {
    expect(planAutomation(DEFAULT_AUTOMATION_RULES, stageChanged('PROPOSAL'), null)).toEqual([
      {
        kind: 'CREATE_TASK',
        rule: 'Follow up on proposals',
        title: 'Follow up on the proposal',
        assigneeId: 'emp-1',
        dueAt: new Date('2026-03-05T09:00:00.000Z'),
        customerId: 'c1',
        dealId: 'd1',
      },
    ]);
    expect(planAutomation(DEFAULT_AUTOMATION_RULES, stageChanged('NEGOTIATION'), null)).toEqual([]);
    expect(planAutomation(DEFAULT_AUTOMATION_RULES, stageChanged('PROPOSAL', null), null)).toEqual([]); // nobody to give it to
  });

  it('by default assigns URGENT tickets to the on-call agent, when there is one', () => {
    expect(planAutomation(DEFAULT_AUTOMATION_RULES, ticketCreated('URGENT'), 'oncall-1')).toEqual([
      { kind: 'ASSIGN_TICKET', rule: 'Urgent tickets to on-call', ticketId: 't1', assigneeId: 'oncall-1' },
    ]);
    expect(planAutomation(DEFAULT_AUTOMATION_RULES, ticketCreated('URGENT'), null)).toEqual([]);
    expect(planAutomation(DEFAULT_AUTOMATION_RULES, ticketCreated('HIGH'), 'oncall-1')).toEqual([]);
  });

  it('matches every condition, ignores disabled rules and other event types', () => {
    const rule = {
      ...DEFAULT_AUTOMATION_RULES[0],
      conditions: [
        { field: 'toStage', equals: 'PROPOSAL' },
        { field: 'pipelineId', equals: 'p2' },
      ],
    };
    expect(ruleMatches(rule, stageChanged('PROPOSAL'))).toBe(false);
    expect(ruleMatches({ ...DEFAULT_AUTOMATION_RULES[0], enabled: false }, stageChanged('PROPOSAL'))).toBe(false);
    expect(ruleMatches(DEFAULT_AUTOMATION_RULES[0], ticketCreated('URGENT'))).toBe(false);
  });

  it('derives one stable document id per rule and event', () => {
    expect(automationDocumentId('r', 'e1')).toMatch(/^[0-9a-f]{24}$/);
    expect(automationDocumentId('r', 'e1')).toBe(automationDocumentId('r', 'e1'));
    expect(automationDocumentId('r', 'e1')).not.toBe(automationDocumentId('r', 'e2'));
    expect(automationDocumentId('r2', 'e1')).not.toBe(automationDocumentId('r', 'e1'));
  });

  it('validates rules: known trigger, supported action, sane days, unique names', () => {
    const base = { name: 'x', eventType: 'sales.deal.stageChanged', action: 'CREATE_FOLLOW_UP_TASK' as const, afterDays: 3 };
    expect(validateAutomationRules([base])).toEqual([]);
    expect(
      validateAutomationRules([
        { ...base, eventType: 'sales.order.confirmed' },
        { ...base, name: 'y', action: 'ASSIGN_TICKET_TO_ON_CALL' },
        { ...base, name: 'z', afterDays: -1 },
        { ...base, name: 'z' },
      ]).map((e) => e.field?.join('.')),
    ).toEqual([
      'input.automationRules.0.eventType',
      'input.automationRules.1.action',
      'input.automationRules.2.afterDays',
      'input.automationRules.3.name',
    ]);
  });
});

describe('customer name sort key', () => {
  it('ignores case and surrounding spaces, keeps inner spacing and accents', () => {
    expect(nameKeyOf('  ACME Corp ')).toBe('acme corp');
    expect(nameKeyOf('acme corp')).toBe(nameKeyOf('Acme Corp'));
    expect(nameKeyOf('Émile & Co')).toBe('émile & co');
  });
});

describe('CRM settings', () => {
  const current = {
    attentionDays: 30,
    routingRules: [{ name: 'urgent', strategy: 'ROUND_ROBIN' as const, agentIds: ['a', 'b'], cursor: 7 }],
  };

  it('replaces what is given; a rule kept under its name keeps its round-robin position, a new one starts at 0', () => {
    const change = settingsChange(current, {
      routingRules: [
        { name: ' urgent ', strategy: 'ROUND_ROBIN', agentIds: ['a', 'b', 'c'], tag: ' Billing ' },
        { name: 'other', strategy: 'LEAST_LOADED', agentIds: ['d'] },
      ],
    });
    expect(change).toEqual({
      attentionDays: 30,
      routingRules: [
        { name: 'urgent', priority: null, tag: 'billing', strategy: 'ROUND_ROBIN', agentIds: ['a', 'b', 'c'], cursor: 7 },
        { name: 'other', priority: null, tag: null, strategy: 'LEAST_LOADED', agentIds: ['d'], cursor: 0 },
      ],
    });
    expect(settingsChange(current, { attentionDays: 60, onCallAgentId: '' })).toEqual({
      attentionDays: 60,
      routingRules: current.routingRules,
      onCallAgentId: null,
    });
  });

  it('validates the threshold, the rules and the on-call id together', () => {
    expect(
      validateCrmSettings({
        attentionDays: 0,
        routingRules: [{ name: '', strategy: 'ROUND_ROBIN', agentIds: [] }],
        onCallAgentId: 'has spaces',
      }).map((e) => e.field?.join('.')),
    ).toEqual(['input.attentionDays', 'input.routingRules.0.name', 'input.routingRules.0.agentIds', 'input.onCallAgentId']);
  });
});

describe('task-due job interval', () => {
  const base = { mongoUri: 'x', signingSecrets: ['s'] };
  it('takes the config, else CUSTOMERS_TASK_SWEEP_MS, else 25 x the event poll interval', () => {
    expect(taskDueIntervalMs({ ...base, taskSweepIntervalMs: 50 }, { CUSTOMERS_TASK_SWEEP_MS: '900' })).toBe(50);
    expect(taskDueIntervalMs(base, { CUSTOMERS_TASK_SWEEP_MS: '900' })).toBe(900);
    expect(taskDueIntervalMs(base, { CUSTOMERS_TASK_SWEEP_MS: 'soon' })).toBe(5000);
    expect(taskDueIntervalMs({ ...base, events: { pollIntervalMs: 40 } }, {})).toBe(1000);
  });
});
