/**
 * Demo data for sales (called once per tenant from `seedTenantData`, through the gateway): the
 * tenant currency of sales, a handful of deals across the default pipeline's stages (one won, one
 * lost), an open lead, and a sent quote. Small on purpose: `npm start` and the seed test stay fast.
 */
import type { Call } from './seed-data';

export interface SalesSeedInput {
  currency: string;
  customerIds: readonly string[];
  /** Server ids of the planned products, in plan order. */
  productIds: readonly string[];
  products: ReadonlyArray<{ name: string; price: string }>;
}

const ok = <T extends { userErrors: Array<{ message: string }> }>(what: string, r: T): T => {
  if (r.userErrors.length) throw new Error(`seed ${what}: ${r.userErrors.map((e) => e.message).join('; ')}`);
  return r;
};

/** YYYY-MM-DD, `months` from today (so the forecast always shows the coming months). */
const monthsAhead = (months: number, day = 15) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, day)).toISOString().slice(0, 10);
};

export async function seedSalesData(
  call: Call,
  input: SalesSeedInput,
): Promise<{ deals: number; leads: number; quotes: number }> {
  const { currency, customerIds } = input;
  const products = input.productIds.map((id, i) => ({ id, name: input.products[i].name, price: input.products[i].price }));
  if (!customerIds.length || !products.length) return { deals: 0, leads: 0, quotes: 0 };
  ok(
    'currency',
    (
      await call(`mutation($c: String!) { r: setSalesCurrency(input: { currency: $c }) { userErrors { message } } }`, {
        c: currency,
      })
    ).r,
  );

  // The stages as a team would call them (the names stay the keys deals refer to).
  const { pipelines } = await call(`{ pipelines { id isDefault version stages { name probabilityBps kind } } }`);
  const board = pipelines.find((p: { isDefault: boolean }) => p.isDefault);
  const LABELS: Record<string, string> = {
    QUALIFICATION: 'Qualification',
    NEEDS_ANALYSIS: 'Needs analysis',
    PROPOSAL: 'Proposal sent',
    NEGOTIATION: 'Negotiation',
    CLOSED_WON: 'Won',
    CLOSED_LOST: 'Lost',
  };
  ok(
    'pipeline labels',
    (
      await call(`mutation($i: UpdatePipelineInput!) { r: updatePipeline(input: $i) { userErrors { message } } }`, {
        i: {
          id: board.id,
          expectedVersion: board.version,
          stages: board.stages.map((s: { name: string }) => ({ ...s, label: LABELS[s.name] ?? s.name })),
        },
      })
    ).r,
  );

  const plan: Array<{ name: string; stage: string | 'WON' | 'LOST'; quantity: number; months: number }> = [
    { name: 'Fleet expansion', stage: 'QUALIFICATION', quantity: 12, months: 3 },
    { name: 'Annual restock', stage: 'NEEDS_ANALYSIS', quantity: 40, months: 2 },
    { name: 'New branch fit-out', stage: 'PROPOSAL', quantity: 25, months: 1 },
    { name: 'Framework agreement', stage: 'NEGOTIATION', quantity: 60, months: 1 },
    { name: 'Pilot order', stage: 'WON', quantity: 5, months: 0 },
    { name: 'Competitor switch', stage: 'LOST', quantity: 30, months: 0 },
  ];
  const dealIds: string[] = [];
  for (const [i, d] of plan.entries()) {
    const product = products[i % products.length];
    const { deal } = ok(
      'deal',
      (
        await call(`mutation($i: CreateDealInput!) { r: createDeal(input: $i) { deal { id } userErrors { message } } }`, {
          i: {
            name: d.name,
            customerId: customerIds[i % customerIds.length],
            expectedCloseDate: monthsAhead(d.months),
            lines: [
              {
                productId: product.id,
                description: product.name,
                quantity: d.quantity,
                unitPrice: { amount: product.price, currency },
              },
            ],
          },
        })
      ).r,
    );
    const id = deal.id;
    dealIds.push(id);
    if (d.stage === 'WON')
      ok('win', (await call(`mutation($id: ID!) { r: winDeal(input: { id: $id }) { userErrors { message } } }`, { id })).r);
    else if (d.stage === 'LOST') {
      ok(
        'lose',
        (
          await call(
            `mutation($id: ID!) { r: loseDeal(input: { id: $id, reason: "Chose a cheaper competitor" }) { userErrors { message } } }`,
            { id },
          )
        ).r,
      );
    } else if (d.stage !== 'QUALIFICATION') {
      ok(
        'stage',
        (
          await call(
            `mutation($id: ID!, $s: String!) { r: moveDealStage(input: { id: $id, stage: $s }) { userErrors { message } } }`,
            { id, s: d.stage },
          )
        ).r,
      );
    }
  }

  ok(
    'lead',
    (
      await call(`mutation($i: CreateLeadInput!) { r: createLead(input: $i) { userErrors { message } } }`, {
        i: {
          companyName: 'Harborview Cafes',
          contactName: 'Mia Lindqvist',
          email: 'mia@harborview.example',
          source: 'WEB',
          estimatedValue: { amount: '8500.00', currency },
        },
      })
    ).r,
  );

  const { quote } = ok(
    'quote',
    (
      await call(`mutation($i: CreateQuoteInput!) { r: createQuote(input: $i) { quote { id } userErrors { message } } }`, {
        i: {
          customerId: customerIds[0],
          // The open deal of the same customer: its quote is what a low stock level flags, and what
          // available to promise answers line by line (Quote.availability).
          dealId: dealIds[0],
          currency,
          validUntil: monthsAhead(1, 1),
          lines: products.slice(0, 2).map((p, i) => ({
            productId: p.id,
            description: p.name,
            quantity: 10 * (i + 1),
            unitPrice: { amount: p.price, currency },
            discountPercent: i === 0 ? '5' : null,
            taxRatePercent: '19',
          })),
        },
      })
    ).r,
  );
  ok(
    'send quote',
    (await call(`mutation($id: ID!) { r: sendQuote(input: { id: $id }) { userErrors { message } } }`, { id: quote.id })).r,
  );
  return { deals: plan.length, leads: 1, quotes: 1 };
}
