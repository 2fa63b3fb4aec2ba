/**
 * Demo tenants and their data, created through the gateway with each tenant's own API key,
 * so the demo goes through the same validation and rules as any client. Deterministic.
 */
import { createHmac } from 'node:crypto';
import { dataOf, graphql } from '../lib/graphql-client';
import { createApiKey, demoApiKey, hashApiKey, type IdentityModels } from '../subgraphs/identity/models';

export interface DemoTenant {
  slug: string;
  name: string;
  currency: string;
}

export const DEMO_TENANTS: DemoTenant[] = [
  { slug: 'acme', name: 'Acme Supplies GmbH', currency: 'EUR' },
  { slug: 'globex', name: 'Globex Retail Inc.', currency: 'USD' },
];

/** Small deterministic PRNG (mulberry32), so every run seeds the same demo. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
  };
}

const COMPANY_WORDS = [
  'Northwind',
  'Blue Harbor',
  'Summit',
  'Redwood',
  'Ironclad',
  'Silverline',
  'Brightway',
  'Oakridge',
  'Clearwater',
  'Granite',
  'Pioneer',
  'Evergreen',
  'Falcon',
  'Horizon',
  'Keystone',
  'Lakeside',
  'Meridian',
  'Nova',
  'Orchard',
  'Polaris',
  'Quantum',
  'Riverside',
  'Sterling',
  'Trident',
];
const COMPANY_KINDS = ['Logistics', 'Builders', 'Foods', 'Clinics', 'Studios', 'Engineering', 'Retail', 'Hotels'];
const FIRST = [
  'Ada',
  'Ben',
  'Chloe',
  'Dmitri',
  'Elena',
  'Farah',
  'Gus',
  'Hana',
  'Ivan',
  'Jade',
  'Kofi',
  'Lena',
  'Marco',
  'Nia',
  'Omar',
  'Priya',
];
const LAST = [
  'Fischer',
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Rossi',
  'Novak',
  'Silva',
  'Kowalski',
  'Haddad',
  'Byrne',
  'Chen',
];
const CATALOG: Array<[string, string, string]> = [
  ['BOLT-M8', 'Hex bolt M8 (box of 100)', '12.50'],
  ['BOLT-M10', 'Hex bolt M10 (box of 100)', '15.90'],
  ['DRL-18V', 'Cordless drill 18V', '129.00'],
  ['SAW-CIRC', 'Circular saw 1400W', '189.00'],
  ['GLV-NIT', 'Nitrile gloves (100)', '9.80'],
  ['HLM-STD', 'Safety helmet', '24.50'],
  ['LDR-3M', 'Aluminium ladder 3 m', '149.00'],
  ['TAPE-50', 'Duct tape 50 m', '6.40'],
  ['PNT-WHT', 'Interior paint white 10 l', '54.00'],
  ['BRSH-SET', 'Brush set (5)', '18.75'],
  ['CBL-3G', 'Power cable 3G1.5 (50 m)', '72.30'],
  ['LMP-LED', 'LED work lamp', '39.90'],
  ['SCR-BOX', 'Wood screws assorted', '21.00'],
  ['WRN-SET', 'Wrench set metric', '64.00'],
  ['TRW-SS', 'Stainless trowel', '14.20'],
  ['MSK-FFP2', 'FFP2 masks (20)', '16.00'],
  ['BOOT-S3', 'Safety boots S3', '89.00'],
  ['VST-HV', 'High-vis vest', '7.50'],
  ['GRD-125', 'Angle grinder 125 mm', '79.00'],
  ['BIT-HSS', 'HSS drill bits (19)', '27.40'],
  ['LVL-60', 'Spirit level 60 cm', '22.90'],
  ['CLMP-4', 'Bar clamps (4)', '44.00'],
  ['CART-2W', 'Two-wheel cart', '119.00'],
  ['SEAL-SIL', 'Silicone sealant', '5.60'],
];

type Call = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>;

function expectNoUserErrors<T extends { userErrors: Array<{ message: string }> }>(payload: T, what: string): T {
  if (payload.userErrors.length)
    throw new Error(`Seeding ${what} failed: ${payload.userErrors.map((e) => e.message).join('; ')}`);
  return payload;
}

/** Seeds one tenant's business data through the gateway. */
export async function seedTenantData(call: Call, tenant: DemoTenant, seed: number): Promise<void> {
  const rnd = random(seed);
  const currency = tenant.currency;

  const departments: string[] = [];
  for (const name of ['Sales', 'Support', 'Operations', 'Finance']) {
    const { createDepartment } = await call(
      `mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { department { id } userErrors { message } } }`,
      { i: { name } },
    );
    departments.push(expectNoUserErrors(createDepartment, 'department').department.id);
  }
  for (let i = 0; i < 10; i++) {
    const name = `${FIRST[(i * 3 + seed) % FIRST.length]} ${LAST[(i * 5 + seed) % LAST.length]}`;
    const { createEmployee } = await call(
      `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { userErrors { message } } }`,
      {
        i: {
          name,
          email: `${name.toLowerCase().replace(/ /g, '.')}@${tenant.slug}.example`,
          title: rnd.pick(['Account Executive', 'Support Agent', 'Buyer', 'Accountant', 'Warehouse Lead']),
          departmentId: departments[i % departments.length],
        },
      },
    );
    expectNoUserErrors(createEmployee, 'employee');
  }

  const warehouses: string[] = [];
  for (const [code, name] of [
    ['MAIN', 'Main warehouse'],
    ['EAST', 'East depot'],
  ]) {
    const { createWarehouse } = await call(
      `mutation($i: CreateWarehouseInput!) { createWarehouse(input: $i) { warehouse { id } userErrors { message } } }`,
      { i: { code, name } },
    );
    warehouses.push(expectNoUserErrors(createWarehouse, 'warehouse').warehouse.id);
  }
  const products: Array<{ id: string; price: string }> = [];
  for (const [sku, name, price] of CATALOG) {
    const { createProduct } = await call(
      `mutation($i: CreateProductInput!) { createProduct(input: $i) { product { id } userErrors { message } } }`,
      { i: { sku, name, price: { amount: price, currency } } },
    );
    const id = expectNoUserErrors(createProduct, 'product').product.id;
    products.push({ id, price });
    for (const warehouseId of warehouses) {
      const { adjustStock } = await call(
        `mutation($i: AdjustStockInput!) { adjustStock(input: $i) { userErrors { message } } }`,
        { i: { productId: id, warehouseId, delta: rnd.int(5, 400), reason: 'Opening balance' } },
      );
      expectNoUserErrors(adjustStock, 'stock');
    }
  }

  const customers: string[] = [];
  for (let i = 0; i < 24; i++) {
    const name = `${COMPANY_WORDS[(i + seed) % COMPANY_WORDS.length]} ${COMPANY_KINDS[(i * 7 + seed) % COMPANY_KINDS.length]}`;
    const domain = `${name.toLowerCase().replace(/[^a-z]+/g, '')}.example`;
    const { createCustomer } = await call(
      `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id } userErrors { message } } }`,
      {
        i: {
          name,
          kind: 'COMPANY',
          email: `hello@${domain}`,
          phone: `+1 555 01${String(i).padStart(2, '0')}`,
          status: rnd.pick(['LEAD', 'PROSPECT', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'CHURNED']),
        },
      },
    );
    const id = expectNoUserErrors(createCustomer, 'customer').customer.id;
    customers.push(id);
    for (let c = 0; c < rnd.int(1, 2); c++) {
      const person = `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`;
      const { addContact } = await call(`mutation($i: AddContactInput!) { addContact(input: $i) { userErrors { message } } }`, {
        i: {
          customerId: id,
          name: person,
          email: `${person.toLowerCase().replace(/ /g, '.')}@${domain}`,
          role: rnd.pick(['Purchasing', 'CFO', 'Operations', 'Owner']),
        },
      });
      expectNoUserErrors(addContact, 'contact');
    }
  }

  // Orders and invoices: the first eight customers always have both an OPEN invoice and orders.
  for (let i = 0; i < 36; i++) {
    const customerId = i < 16 ? customers[i % 8] : rnd.pick(customers);
    const lines = Array.from({ length: rnd.int(1, 3) }, () => {
      const product = rnd.pick(products);
      return { productId: product.id, quantity: rnd.int(1, 20), unitPrice: { amount: product.price, currency } };
    });
    const { createOrder } = await call(
      `mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id total { amount } } userErrors { message } } }`,
      { i: { customerId, currency, lines } },
    );
    const order = expectNoUserErrors(createOrder, 'order').order;
    const fate = i < 8 ? 'CONFIRMED' : rnd.pick(['DRAFT', 'CONFIRMED', 'FULFILLED', 'FULFILLED', 'CANCELLED']);
    if (fate !== 'DRAFT') {
      const first = fate === 'CANCELLED' ? 'cancelOrder' : 'confirmOrder';
      expectNoUserErrors(
        (await call(`mutation($id: ID!) { r: ${first}(input: { id: $id }) { userErrors { message } } }`, { id: order.id })).r,
        'order transition',
      );
      if (fate === 'FULFILLED') {
        expectNoUserErrors(
          (await call(`mutation($id: ID!) { r: fulfillOrder(input: { id: $id }) { userErrors { message } } }`, { id: order.id }))
            .r,
          'order transition',
        );
      }
    }
    if (fate === 'DRAFT' || fate === 'CANCELLED') continue;
    const month = String(rnd.int(1, 12)).padStart(2, '0');
    const dueDate = i < 8 ? `2027-${month}-15` : `2026-${month}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
    const invoiceLines = lines.map((l, n) => ({
      description: `Order ${order.id.slice(-6)} line ${n + 1}`,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
    }));
    const { createInvoice } = await call(
      `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { invoice { id total { amount } } userErrors { message } } }`,
      { i: { customerId, currency, dueDate, lines: invoiceLines } },
    );
    const invoice = expectNoUserErrors(createInvoice, 'invoice').invoice;
    expectNoUserErrors(
      (await call(`mutation($id: ID!) { issueInvoice(input: { id: $id }) { userErrors { message } } }`, { id: invoice.id }))
        .issueInvoice,
      'issue',
    );
    if (i >= 8 && fate === 'FULFILLED') {
      const { recordPayment } = await call(
        `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { userErrors { message } } }`,
        {
          i: {
            invoiceId: invoice.id,
            amount: { amount: invoice.total.amount, currency },
            reference: `BANK-${1000 + i}`,
            idempotencyKey: `seed-${invoice.id}`,
          },
        },
      );
      expectNoUserErrors(recordPayment, 'payment');
    }
  }
}

/** The demo admin's password: derived like the demo key, so it survives restarts. */
export const demoPassword = (seed: string, slug: string) =>
  `Demo-${createHmac('sha256', seed).update(`demo-password:${slug}`).digest('base64url').slice(0, 16)}`;

export interface DemoCredentials {
  tenant: DemoTenant;
  key: string;
  admin: { email: string; password: string };
}

/**
 * Makes sure each demo tenant exists with its demo key and admin user; seeds its data the
 * first time. Returns the credentials to print.
 */
export async function ensureDemoTenants(
  identity: IdentityModels,
  gatewayUrl: string,
  keySeed: string,
  log: (msg: string) => void = () => undefined,
): Promise<DemoCredentials[]> {
  // Each tenant's key has its own cost budget, so the tenants are seeded side by side.
  return Promise.all(
    DEMO_TENANTS.map(async (tenant, index) => {
      const key = demoApiKey(keySeed, tenant.slug);
      const admin = { email: `admin@${tenant.slug}.example`, password: demoPassword(keySeed, tenant.slug) };
      let doc = await identity.Tenant.findOne({ slug: tenant.slug }).lean();
      const fresh = !doc;
      if (!doc) doc = (await identity.Tenant.create(tenant)).toObject();
      if (!(await identity.ApiKeyLookup.exists({ hash: hashApiKey(key) })))
        await createApiKey(identity, doc._id.toString(), 'Demo key', key);
      if (fresh) {
        log(`seeding demo tenant ${tenant.slug} (paced by the gateway's cost budget: about a minute)...`);
        const started = Date.now();
        const call = throttledCall(gatewayUrl, key);
        const { createUser } = await call(`mutation($i: CreateUserInput!) { createUser(input: $i) { userErrors { message } } }`, {
          i: { ...admin, name: `${tenant.name} admin`, roles: ['ADMIN'] },
        });
        expectNoUserErrors(createUser, 'admin user');
        await seedTenantData(call, tenant, index + 1);
        log(`seeded demo tenant ${tenant.slug} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
      }
      return { tenant, key, admin };
    }),
  );
}

/** Calls the gateway with `key`; when throttled, waits as long as the gateway says and retries. */
function throttledCall(gatewayUrl: string, key: string): Call {
  return async (query, variables) => {
    for (;;) {
      const response = await graphql(gatewayUrl, query, variables ?? {}, { 'x-api-key': key });
      const throttled = response.errors?.find((e) => e.extensions?.code === 'THROTTLED');
      if (!throttled) return dataOf(response);
      const seconds = Number((throttled.extensions as { retryAfterSeconds?: number }).retryAfterSeconds ?? 1);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
  };
}
