/**
 * CRM demo data on top of the base seed (called once from `seedTenantData`): routing rules,
 * owners and tags, a few timeline entries, follow-up tasks (one overdue) and tickets (routed by
 * the rules), so `npm start` shows the CRM features. Small and deterministic: the same customers
 * and employees always get the same data, whatever order earlier calls completed in.
 */
import type { Call } from './seed-data';

const HOUR = 3_600_000;

const expectOk = (r: { userErrors: Array<{ message: string }> }, what: string) => {
  if (r.userErrors.length) throw new Error(`seed ${what}: ${r.userErrors.map((e) => e.message).join('; ')}`);
};

export async function seedCustomers(call: Call, customerIds: string[]): Promise<void> {
  const { employees } = await call<{ employees: { edges: Array<{ node: { id: string; email: string } }> } }>(
    `{ employees(first: 100) { edges { node { id email } } } }`,
  );
  const staff = employees.edges
    .map((e) => e.node)
    .sort((x, y) => x.email.localeCompare(y.email))
    .map((e) => e.id);
  if (!staff.length || !customerIds.length) return;
  const agents = staff.slice(0, 3);

  const settings = await call(
    `mutation($i: UpdateCrmSettingsInput!) { r: updateCrmSettings(input: $i) { userErrors { message } } }`,
    {
      i: {
        attentionDays: 30,
        routingRules: [
          { name: 'Urgent on-call rotation', priority: 'URGENT', strategy: 'ROUND_ROBIN', agentIds: agents },
          { name: 'Support team', strategy: 'LEAST_LOADED', agentIds: agents },
        ],
      },
    },
  );
  expectOk(settings.r, 'settings');

  const now = Date.now();
  const tags = [['vip'], ['reseller'], ['vip', 'enterprise'], [], ['smb'], ['enterprise']];
  for (const [i, customerId] of customerIds.slice(0, 6).entries()) {
    const owner = staff[i % staff.length];
    const updated = await call(`mutation($i: UpdateCustomerInput!) { r: updateCustomer(input: $i) { userErrors { message } } }`, {
      i: { id: customerId, ownerId: owner, tags: tags[i] },
    });
    expectOk(updated.r, 'customer owner');
    const interactions = [
      { kind: 'CALL', subject: 'Discovery call', outcome: 'Interested in a pilot', hoursAgo: 72 + i },
      { kind: 'EMAIL', subject: 'Sent pricing', direction: 'OUTBOUND', hoursAgo: 48 + i },
      { kind: 'NOTE', subject: 'Budget confirmed for Q3', hoursAgo: 24 + i },
    ].slice(0, 1 + (i % 3));
    for (const { hoursAgo, ...interaction } of interactions) {
      const logged = await call(
        `mutation($i: LogInteractionInput!) { r: logInteraction(input: $i) { userErrors { message } } }`,
        { i: { customerId, employeeIds: [owner], occurredAt: new Date(now - hoursAgo * HOUR).toISOString(), ...interaction } },
      );
      expectOk(logged.r, 'interaction');
    }
    const task = await call(`mutation($i: CreateTaskInput!) { r: createTask(input: $i) { userErrors { message } } }`, {
      i: {
        title: i % 2 ? 'Send follow-up proposal' : 'Check in after demo',
        // Every third one is already overdue (it shows in customersNeedingAttention).
        dueAt: new Date(now + (i % 3 === 0 ? -24 : 24 * (i + 1)) * HOUR).toISOString(),
        assigneeId: owner,
        customerId,
      },
    });
    expectOk(task.r, 'task');
    if (i < 4) {
      const ticket = await call(
        `mutation($i: CreateTicketInput!) { r: createTicket(input: $i) { ticket { id } userErrors { message } } }`,
        {
          i: {
            customerId,
            subject: ['Cannot export invoices', 'Login fails with SSO', 'Feature request: bulk edit', 'Outage in EU region'][i],
            priority: ['MEDIUM', 'HIGH', 'LOW', 'URGENT'][i],
            tags: i === 0 ? ['billing'] : [],
          },
        },
      );
      expectOk(ticket.r, 'ticket');
      await seedConversation(call, ticket.r.ticket.id, i);
    }
  }

  await seedAttachment(call, customerIds[0]);
}

/**
 * The first ticket gets an internal note and a public reply (its first response); the feature
 * request is answered, resolved and rated by the customer.
 */
async function seedConversation(call: Call, ticketId: string, i: number): Promise<void> {
  const comment = (body: string, visibility: 'PUBLIC' | 'INTERNAL') =>
    call(`mutation($i: AddTicketCommentInput!) { r: addTicketComment(input: $i) { userErrors { message } } }`, {
      i: { ticketId, body, visibility },
    }).then((r) => expectOk(r.r, 'ticket comment'));
  const move = (step: string) =>
    call(`mutation($id: ID!) { r: ${step}(input: { id: $id }) { userErrors { message } } }`, { id: ticketId }).then((r) =>
      expectOk(r.r, step),
    );
  if (i === 0) {
    await comment('Export fails only for invoices with more than 50 lines; reproduced.', 'INTERNAL');
    await comment('Thanks for the report: we reproduced it and a fix ships this week.', 'PUBLIC');
    await move('openTicket');
  } else if (i === 2) {
    await comment('Bulk edit is now available under Customers > Select.', 'PUBLIC');
    await move('openTicket');
    await move('resolveTicket');
    const rated = await call(`mutation($i: RateTicketInput!) { r: rateTicket(input: $i) { userErrors { message } } }`, {
      i: { id: ticketId, rating: 4, comment: 'Quick and friendly.' },
    });
    expectOk(rated.r, 'ticket rating');
  }
}

/** A small contract PDF on the first customer (GridFS in the customers database), when uploads are possible. */
export async function seedAttachment(call: Call, customerId: string): Promise<void> {
  if (!call.upload) return;
  const bytes = Buffer.from(
    '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n' +
      '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
  );
  const { r } = await call(
    `mutation($i: CreateUploadInput!) { r: createUpload(input: $i) { uploadUrl userErrors { message } } }`,
    {
      i: {
        ownerType: 'CUSTOMER',
        ownerId: customerId,
        filename: 'master-agreement.pdf',
        contentType: 'application/pdf',
        size: bytes.length,
      },
    },
  );
  if (r.userErrors.length)
    throw new Error(`seed attachment: ${r.userErrors.map((e: { message: string }) => e.message).join('; ')}`);
  const status = await call.upload(r.uploadUrl, bytes, 'application/pdf');
  if (status !== 201) throw new Error(`seed attachment: upload answered ${status}`);
}
