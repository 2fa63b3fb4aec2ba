/**
 * The business-data generator behind `npm run seed` and `npm start`'s demo tenants.
 *
 * Two steps: `planTenantData` turns (size, seed, tenant) into plain data with a deterministic PRNG
 * (names, amounts, statuses: the same input always gives the same plan), and `seedTenantData`
 * creates that plan through the gateway with bounded concurrency, so every business rule applies.
 * Ids and document numbers come from the server and may differ between runs; the business data
 * does not, because nothing in the plan depends on the order in which calls complete.
 */
import { dataOf, graphql } from '../lib/graphql-client';
import { seedHrData } from './seed-hr';
import { seedOperationsData } from './seed-operations';
import { seedSalesData } from './seed-sales';
import { seedFinance } from './seed-finance';
import { seedCustomers } from './seed-customers';
import { seedInventoryData } from './seed-inventory';

export interface SeedTenant {
  slug: string;
  name: string;
  currency: string;
}

export type SeedSize = 'small' | 'medium' | 'large';

export interface SizeSpec {
  departments: number;
  employees: number;
  warehouses: number;
  products: number;
  customers: number;
  orders: number;
  /** Opening stock per product and warehouse. */
  stock: [number, number];
}

/** small is the demo `npm start` seeds; medium and large scale every type with the customers. */
export const SEED_SIZES: Record<SeedSize, SizeSpec> = {
  small: { departments: 4, employees: 10, warehouses: 2, products: 24, customers: 24, orders: 36, stock: [5, 400] },
  medium: { departments: 8, employees: 60, warehouses: 3, products: 150, customers: 500, orders: 750, stock: [100, 2000] },
  large: { departments: 10, employees: 300, warehouses: 4, products: 600, customers: 5000, orders: 7500, stock: [500, 5000] },
};

export const isSeedSize = (value: string): value is SeedSize => value in SEED_SIZES;

/** Small deterministic PRNG (mulberry32), so every run with the same seed plans the same data. */
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

// prettier-ignore
const COMPANY_WORDS = [
  'Northwind', 'Blue Harbor', 'Summit', 'Redwood', 'Ironclad', 'Silverline', 'Brightway', 'Oakridge',
  'Clearwater', 'Granite', 'Pioneer', 'Evergreen', 'Falcon', 'Horizon', 'Keystone', 'Lakeside',
  'Meridian', 'Nova', 'Orchard', 'Polaris', 'Quantum', 'Riverside', 'Sterling', 'Trident',
];
const COMPANY_KINDS = ['Logistics', 'Builders', 'Foods', 'Clinics', 'Studios', 'Engineering', 'Retail', 'Hotels'];
// prettier-ignore
const CITIES = [
  'Austin', 'Berlin', 'Cork', 'Dresden', 'Denver', 'Lyon', 'Porto', 'Malmo', 'Graz', 'Leeds', 'Turin', 'Ghent',
  'Boise', 'Tampa', 'Basel', 'Bergen', 'Bilbao', 'Krakow', 'Tartu', 'Oulu', 'Split', 'Derby', 'Aarhus', 'Utrecht',
  'Quebec', 'Perth', 'Osaka', 'Pune', 'Nantes', 'Salzburg',
];
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
const DEPARTMENTS = [
  'Sales',
  'Support',
  'Operations',
  'Finance',
  'Purchasing',
  'Warehouse',
  'People',
  'IT',
  'Marketing',
  'Legal',
];
const TITLES = ['Account Executive', 'Support Agent', 'Buyer', 'Accountant', 'Warehouse Lead'];
const WAREHOUSES: Array<[string, string]> = [
  ['MAIN', 'Main warehouse'],
  ['EAST', 'East depot'],
  ['WEST', 'West depot'],
  ['NORTH', 'North depot'],
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
/** Product lines beyond the base catalogue: [sku suffix, name suffix, price factor in percent]. */
const VARIANTS: Array<[string, string, number]> = [
  ['PRO', 'Pro', 135],
  ['ECO', 'Eco', 90],
  ['HD', 'heavy duty', 150],
  ['CMP', 'compact', 95],
  ['PRM', 'Premium', 180],
  ['VAL', 'Value', 75],
];

export type OrderFate = 'DRAFT' | 'CONFIRMED' | 'FULFILLED' | 'CANCELLED';

export interface TenantPlan {
  departments: string[];
  employees: Array<{ name: string; email: string; title: string; department: number; salary: string }>;
  warehouses: Array<{ code: string; name: string }>;
  /** `stock[w]` is the opening balance in warehouse w. */
  products: Array<{ sku: string; name: string; price: string; stock: number[] }>;
  customers: Array<{
    name: string;
    email: string;
    phone: string;
    status: string;
    contacts: Array<{ name: string; email: string; role: string }>;
  }>;
  /** `customer` and `product` index into the lists above. */
  orders: Array<{
    customer: number;
    lines: Array<{ product: number; quantity: number }>;
    fate: OrderFate;
    invoice?: { dueDate: string; paid: boolean; reference: string };
  }>;
}

const cents = (amount: string) => Math.round(Number(amount) * 100);
const amountOf = (minor: number) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, '');

/** A company name that is unique for every index below 24 x 8 x (cities + 1). */
function companyName(i: number, seed: number): string {
  const block = Math.floor(i / 24);
  const base = `${COMPANY_WORDS[(i + seed) % COMPANY_WORDS.length]} ${COMPANY_KINDS[(block + i * 7 + seed) % COMPANY_KINDS.length]}`;
  const group = Math.floor(i / (COMPANY_WORDS.length * COMPANY_KINDS.length));
  if (group === 0) return base;
  const city = CITIES[(group - 1) % CITIES.length];
  return group > CITIES.length ? `${base} ${city} ${Math.ceil(group / CITIES.length)}` : `${base} ${city}`;
}

function product(i: number): { sku: string; name: string; price: string } {
  const [sku, name, price] = CATALOG[i % CATALOG.length];
  const tier = Math.floor(i / CATALOG.length);
  if (tier === 0) return { sku, name, price };
  const [suffix, label, factor] = VARIANTS[(tier - 1) % VARIANTS.length];
  const series = Math.floor((tier - 1) / VARIANTS.length);
  return {
    sku: series ? `${sku}-${suffix}${series + 1}` : `${sku}-${suffix}`,
    name: series ? `${name}, ${label} series ${series + 1}` : `${name}, ${label}`,
    price: amountOf(Math.round((cents(price) * (factor + series * 5)) / 100)),
  };
}

/** Plans one tenant's data: pure, and the same for the same (size, seed, tenant). */
export function planTenantData(size: SeedSize | SizeSpec, seed: number, tenant: Pick<SeedTenant, 'slug'>): TenantPlan {
  const spec = typeof size === 'string' ? SEED_SIZES[size] : size;
  const rnd = random(seed);

  const departments = DEPARTMENTS.slice(0, spec.departments);
  const emails = new Set<string>();
  const uniqueEmail = (local: string, domain: string) => {
    let email = `${local}@${domain}`;
    for (let n = 2; emails.has(email); n++) email = `${local}${n}@${domain}`;
    emails.add(email);
    return email;
  };
  const employees = Array.from({ length: spec.employees }, (_, i) => {
    const name =
      i < 10
        ? `${FIRST[(i * 3 + seed) % FIRST.length]} ${LAST[(i * 5 + seed) % LAST.length]}`
        : `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`;
    return {
      name,
      email: uniqueEmail(name.toLowerCase().replace(/ /g, '.'), `${tenant.slug}.example`),
      title: rnd.pick(TITLES),
      department: i % departments.length,
      // Annual salary: derived from the position, not drawn, so the rest of the plan stays as it was.
      salary: `${(42 + ((i * 7 + seed) % 60)) * 1000}.00`,
    };
  });

  const warehouses = WAREHOUSES.slice(0, spec.warehouses).map(([code, name]) => ({ code, name }));
  const products = Array.from({ length: spec.products }, (_, i) => ({
    ...product(i),
    stock: warehouses.map(() => rnd.int(spec.stock[0], spec.stock[1])),
  }));

  const customers = Array.from({ length: spec.customers }, (_, i) => {
    const name = companyName(i, seed);
    const domain = `${slugOf(name)}.example`;
    const status = rnd.pick(['LEAD', 'PROSPECT', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'CHURNED']);
    const contacts = Array.from({ length: rnd.int(1, 2) }, () => {
      const person = `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`;
      return {
        name: person,
        email: `${person.toLowerCase().replace(/ /g, '.')}@${domain}`,
        role: rnd.pick(['Purchasing', 'CFO', 'Operations', 'Owner']),
      };
    });
    return { name, email: `hello@${domain}`, phone: `+1 555 ${String(100 + (i % 9900)).padStart(4, '0')}`, status, contacts };
  });

  // The first eight customers always have a CONFIRMED order with an OPEN invoice due in the future.
  const featured = Math.min(8, customers.length);
  const orders = Array.from({ length: spec.orders }, (_, i) => {
    const customer = i < 2 * featured ? i % featured : rnd.int(0, customers.length - 1);
    const lines = Array.from({ length: rnd.int(1, 3) }, () => ({
      product: rnd.int(0, products.length - 1),
      quantity: rnd.int(1, 20),
    }));
    const fate: OrderFate =
      i < featured ? 'CONFIRMED' : rnd.pick<OrderFate>(['DRAFT', 'CONFIRMED', 'FULFILLED', 'FULFILLED', 'CANCELLED']);
    if (fate === 'DRAFT' || fate === 'CANCELLED') return { customer, lines, fate };
    const month = String(rnd.int(1, 12)).padStart(2, '0');
    const dueDate = i < featured ? `2027-${month}-15` : `2026-${month}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
    // A fulfilled order is invoiced by finance itself (the sales.order.fulfilled flow); a confirmed
    // one gets an advance invoice from the seed, some of them already paid.
    if (fate === 'FULFILLED') return { customer, lines, fate };
    return {
      customer,
      lines,
      fate,
      invoice: { dueDate, paid: i >= featured && rnd.int(0, 1) === 1, reference: `BANK-${1000 + i}` },
    };
  });

  return { departments, employees, warehouses, products, customers, orders };
}

export type Call = (<T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>) & {
  /** PUTs bytes to a gateway-relative upload URL (createUpload); absent when only GraphQL is at hand. */
  upload?(path: string, bytes: Buffer, contentType: string): Promise<number>;
};

export interface SeedCounts {
  departments: number;
  employees: number;
  warehouses: number;
  products: number;
  stockAdjustments: number;
  customers: number;
  contacts: number;
  orders: number;
  invoices: number;
  payments: number;
}

export interface SeedOptions {
  size: SeedSize | SizeSpec;
  seed: number;
  /** Calls in flight at once (default 8). */
  concurrency?: number;
  /** Called after each step with the counts so far, e.g. to print progress. */
  onProgress?: (step: string, done: number, total: number, counts: SeedCounts) => void;
  /**
   * Seed what needs the event flows running too (default true), waiting for them: operations'
   * projects (operations learns the employees from hr's events) and an expense claim reimbursed
   * on hr's January payslip (hr learns it from finance's approval).
   */
  operations?: boolean;
}

function expectNoUserErrors<T extends { userErrors: Array<{ message: string }> }>(payload: T, what: string): T {
  if (payload.userErrors.length)
    throw new Error(`Seeding ${what} failed: ${payload.userErrors.map((e) => e.message).join('; ')}`);
  return payload;
}

/** Runs `task` over `items` with at most `limit` in flight; results keep the items' order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

const M = {
  department: `mutation($i: CreateDepartmentInput!) { r: createDepartment(input: $i) { department { id } userErrors { message } } }`,
  employee: `mutation($i: CreateEmployeeInput!) { r: createEmployee(input: $i) { userErrors { message } } }`,
  warehouse: `mutation($i: CreateWarehouseInput!) { r: createWarehouse(input: $i) { warehouse { id } userErrors { message } } }`,
  product: `mutation($i: CreateProductInput!) { r: createProduct(input: $i) { product { id } userErrors { message } } }`,
  stock: `mutation($i: AdjustStockInput!) { r: adjustStock(input: $i) { userErrors { message } } }`,
  customer: `mutation($i: CreateCustomerInput!) { r: createCustomer(input: $i) { customer { id } userErrors { message } } }`,
  contact: `mutation($i: AddContactInput!) { r: addContact(input: $i) { userErrors { message } } }`,
  order: `mutation($i: CreateOrderInput!) { r: createOrder(input: $i) { order { id } userErrors { message } } }`,
  invoice: `mutation($i: CreateInvoiceInput!) { r: createInvoice(input: $i) { invoice { id total { amount } } userErrors { message } } }`,
  payment: `mutation($i: RecordPaymentInput!) { r: recordPayment(input: $i) { userErrors { message } } }`,
  transition: (name: string) => `mutation($id: ID!) { r: ${name}(input: { id: $id }) { userErrors { message } } }`,
};

/** Creates one tenant's planned data through the gateway (`call` carries the tenant's key). Returns the counts. */
export async function seedTenantData(call: Call, tenant: SeedTenant, options: SeedOptions): Promise<SeedCounts> {
  const plan = planTenantData(options.size, options.seed, tenant);
  const limit = options.concurrency ?? 8;
  const currency = tenant.currency;
  const counts: SeedCounts = {
    departments: 0,
    employees: 0,
    warehouses: 0,
    products: 0,
    stockAdjustments: 0,
    customers: 0,
    contacts: 0,
    orders: 0,
    invoices: 0,
    payments: 0,
  };
  const mutate = async <T = { userErrors: Array<{ message: string }> }>(
    what: keyof SeedCounts | 'transition',
    query: string,
    variables: Record<string, unknown>,
  ): Promise<T> => {
    const { r } = await call<{ r: T & { userErrors: Array<{ message: string }> } }>(query, variables);
    expectNoUserErrors(r, what);
    if (what !== 'transition') counts[what]++;
    return r;
  };
  type SeededInvoice = { id: string; total: { amount: string } };
  const advanceInvoice = async (customerId: string, o: TenantPlan['orders'][number]): Promise<SeededInvoice> => {
    const { invoice } = await mutate<{ invoice: SeededInvoice }>('invoices', M.invoice, {
      i: {
        customerId,
        currency,
        dueDate: o.invoice!.dueDate,
        lines: o.lines.map((l) => ({
          description: plan.products[l.product].name,
          quantity: l.quantity,
          unitPrice: { amount: plan.products[l.product].price, currency },
        })),
      },
    });
    await mutate('transition', M.transition('issueInvoice'), { id: invoice.id });
    return invoice;
  };
  const step = async <T, R>(name: string, items: readonly T[], task: (item: T, index: number) => Promise<R>) => {
    let done = 0;
    return mapLimit(items, limit, async (item, index) => {
      const result = await task(item, index);
      options.onProgress?.(name, ++done, items.length, counts);
      return result;
    });
  };

  const departmentIds = await step('departments', plan.departments, async (name) => {
    const r = await mutate<{ department: { id: string } }>('departments', M.department, { i: { name } });
    return r.department.id;
  });
  await step('employees', plan.employees, (e) =>
    mutate('employees', M.employee, {
      i: {
        name: e.name,
        email: e.email,
        title: e.title,
        departmentId: departmentIds[e.department],
        compensation: { amount: e.salary, currency },
      },
    }),
  );
  const warehouseIds = await step('warehouses', plan.warehouses, async (w) => {
    const r = await mutate<{ warehouse: { id: string } }>('warehouses', M.warehouse, { i: w });
    return r.warehouse.id;
  });
  const productIds = await step('products', plan.products, async (p) => {
    const r = await mutate<{ product: { id: string } }>('products', M.product, {
      i: { sku: p.sku, name: p.name, price: { amount: p.price, currency } },
    });
    for (const [w, delta] of p.stock.entries()) {
      await mutate('stockAdjustments', M.stock, {
        i: { productId: r.product.id, warehouseId: warehouseIds[w], delta, reason: 'Opening balance' },
      });
    }
    return r.product.id;
  });
  const customerIds = await step('customers', plan.customers, async (c) => {
    const r = await mutate<{ customer: { id: string } }>('customers', M.customer, {
      i: { name: c.name, kind: 'COMPANY', email: c.email, phone: c.phone, status: c.status },
    });
    for (const contact of c.contacts) await mutate('contacts', M.contact, { i: { customerId: r.customer.id, ...contact } });
    return r.customer.id;
  });

  await step('orders', plan.orders, async (o) => {
    const customerId = customerIds[o.customer];
    const lines = o.lines.map((l) => ({
      productId: productIds[l.product],
      quantity: l.quantity,
      unitPrice: { amount: plan.products[l.product].price, currency },
    }));
    const { order } = await mutate<{ order: { id: string } }>('orders', M.order, { i: { customerId, currency, lines } });
    if (o.fate !== 'DRAFT') {
      await mutate('transition', M.transition(o.fate === 'CANCELLED' ? 'cancelOrder' : 'confirmOrder'), { id: order.id });
    }
    if (o.fate === 'FULFILLED') await mutate('transition', M.transition('fulfillOrder'), { id: order.id });
    if (!o.invoice) return; // fulfilled orders: finance invoices them when it hears of it
    const invoice = await advanceInvoice(customerId, o);
    if (o.invoice.paid) {
      await mutate('payments', M.payment, {
        i: {
          invoiceId: invoice.id,
          amount: { amount: invoice.total.amount, currency },
          reference: o.invoice.reference,
          idempotencyKey: `seed-${invoice.id}`,
        },
      });
    }
  });
  await seedHrData(call, currency, limit, options.operations ?? true);
  await seedSalesData(call, { currency, customerIds, productIds, products: plan.products });
  await seedFinance(call, currency, customerIds);
  await seedCustomers(call, customerIds);
  await seedInventoryData(call, currency).catch((err) => {
    throw new Error(`Seeding inventory demo data failed: ${(err as Error).message}`);
  });
  if (options.operations ?? true) await seedOperationsData(call, currency, customerIds);
  return counts;
}

/** Calls the gateway with `key`; when throttled anyway, waits as long as the gateway says and retries. */
export function throttledCall(gatewayUrl: string, key: string): Call {
  const origin = gatewayUrl.replace(/\/graphql$/, '');
  const upload = async (path: string, bytes: Buffer, contentType: string) =>
    (await fetch(origin + path, { method: 'PUT', body: bytes, headers: { 'content-type': contentType } })).status;
  return Object.assign(graphqlCall(gatewayUrl, key), { upload });
}

function graphqlCall(gatewayUrl: string, key: string): Call {
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

/**
 * Gateway limits for a bulk load only: a budget large enough that seeding is not paced.
 * Used by a private, loopback-only gateway that exists while seeding; partners never reach it.
 */
// A bulk load queues behind itself (several calls in flight per tenant on one database): a subgraph
// answering late is load, not failure, so the private seeding gateway waits longer for it.
export const SEEDING_GATEWAY_LIMITS = { costBucketSize: 10_000_000, costRestoreRate: 1_000_000, subgraphTimeoutMs: 60_000 };
