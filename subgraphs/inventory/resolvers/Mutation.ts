import mongoose from 'mongoose';
import { domainEvent, withEvents, withNewEvents } from '../../../lib/events';
import { userError, UserErrors, type UserError } from '../../../lib/errors';
import { isCurrency, parseMoneyInput } from '../../../lib/money';
import { assertNoUserErrors, runMutation, unlessTaken } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import { applyTransition } from '../../../lib/state-machine';
import { currentTenantId } from '../../../lib/tenancy';
import { checkEmail, checkPositiveInt, requireText } from '../../../lib/validation';
import { updateVersioned } from '../../../lib/versioned-update';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { PURCHASE_ORDER_TRANSITIONS, type PurchaseOrderStatus } from '../domain/purchase-order';
import { MAX_STOCK_DELTA, skuKey, validateProduct, validateStockDelta } from '../domain/stock';
import type { InventoryModels, InventorySettingsDoc, ProductDoc, PurchaseOrderDoc, SupplierDoc, WarehouseDoc } from '../models';
import type { InventoryLoaders } from '../loaders';
import { applyMovement, transferStock } from '../services/ledger';
import { updateLevel } from '../services/levels';
import { receivePurchaseOrder } from '../services/purchasing';
import { checkReorder, closeOpenSuggestion, closeSuggestionOf } from '../services/reorder';
import { getSettings } from '../services/settings';

const upserted = (product: Pick<ProductDoc, '_id' | 'sku' | 'name' | 'priceMinor' | 'currency'>) =>
  domainEvent('inventory.product.upserted', {
    tenantId: currentTenantId(),
    aggregateId: product._id.toString(),
    payload: {
      productId: product._id.toString(),
      sku: product.sku,
      name: product.name,
      price: { minor: product.priceMinor, currency: product.currency },
    },
  });

const notFound = (field: string[], what: string, id: string) => userError(field, `${what} ${id} not found.`, 'NOT_FOUND');

/** Looks up the product and warehouses an input names; refuses (with any `errors` found before) if one is missing. */
async function requireProductAndWarehouses(
  loaders: InventoryLoaders,
  productId: string,
  warehouses: Array<[string, string]>,
  errors: UserError[] = [],
): Promise<ProductDoc> {
  const [product, ...found] = await Promise.all([
    loaders.product.load(productId),
    ...warehouses.map(([, id]) => loaders.warehouse.load(id)),
  ]);
  assertNoUserErrors([
    ...errors,
    ...(product ? [] : [notFound(['input', 'productId'], 'Product', productId)]),
    ...warehouses.flatMap(([field, id], i) => (found[i] ? [] : [notFound(['input', field], 'Warehouse', id)])),
  ]);
  return product!;
}

/** A cost given as input, in the tenant's cost currency. */
function parseCost(money: { amount: string; currency: string }, field: string[], settings: InventorySettingsDoc): number {
  const parsed = parseMoneyInput(money, field);
  if (parsed.error) throw new UserErrors([parsed.error]);
  if (parsed.minor < 0) throw new UserErrors([userError([...field, 'amount'], 'Cost must not be negative.', 'INVALID')]);
  if (money.currency !== settings.costCurrency) {
    throw new UserErrors([
      userError(
        [...field, 'currency'],
        `Costs are kept in ${settings.costCurrency}; got ${money.currency}.`,
        'CURRENCY_MISMATCH',
      ),
    ]);
  }
  return parsed.minor;
}

async function transitionPurchaseOrder(models: InventoryModels, id: string, to: PurchaseOrderStatus) {
  const po = await applyTransition<PurchaseOrderStatus, PurchaseOrderDoc>(
    models.PurchaseOrder,
    'Purchase order',
    id,
    PURCHASE_ORDER_TRANSITIONS,
    to,
  );
  await closeSuggestionOf(models, po._id.toString(), po.suggestedFor); // it is no longer an open suggestion
  return { purchaseOrder: po };
}

export const Mutation: MutationResolvers = {
  createProduct: (_, { input }, { models }) =>
    runMutation(async () => {
      const { errors, priceMinor } = validateProduct(input);
      assertNoUserErrors([...errors, ...requireText(input.unit, ['input', 'unit'], 16)]);
      const fields = {
        _id: new mongoose.Types.ObjectId(),
        sku: input.sku.trim(),
        skuKey: skuKey(input.sku),
        name: input.name.trim(),
        unit: input.unit?.trim() || 'pcs',
        priceMinor,
        currency: input.price.currency,
      };
      const product = await unlessTaken(['input', 'sku'], `SKU ${input.sku} is already used.`, () =>
        models.Product.create(withNewEvents(fields, upserted(fields))),
      );
      return { product: product.toObject() as ProductDoc };
    }),

  updateProduct: (_, { input }, { models, loaders }) =>
    runMutation(async () => {
      const errors: UserError[] = [
        ...requireText(input.name, ['input', 'name']),
        ...requireText(input.unit, ['input', 'unit'], 16),
      ];
      let priceMinor: number | undefined;
      if (input.price) {
        const price = parseMoneyInput(input.price, ['input', 'price']);
        if (price.error) errors.push(price.error);
        else if (price.minor < 0) errors.push(userError(['input', 'price', 'amount'], 'Price must not be negative.', 'INVALID'));
        else priceMinor = price.minor;
      }
      assertNoUserErrors(errors);
      const product = await updateVersioned<ProductDoc>(models.Product, 'Product', input.id, ['input', 'id'], (current) => {
        const next = {
          ...current,
          ...(input.name ? { name: input.name.trim() } : {}),
          ...(input.unit ? { unit: input.unit.trim() } : {}),
          ...(priceMinor !== undefined ? { priceMinor, currency: input.price!.currency } : {}),
        };
        return withEvents(
          { $set: { name: next.name, unit: next.unit, priceMinor: next.priceMinor, currency: next.currency } },
          upserted(next),
        );
      });
      loaders.product.clear(input.id);
      return { product };
    }),

  createWarehouse: (_, { input }, { models }) =>
    runMutation(async () => {
      assertNoUserErrors([...requireText(input.code, ['input', 'code'], 32), ...requireText(input.name, ['input', 'name'])]);
      const warehouse = await unlessTaken(['input', 'code'], `Code ${input.code} is already used.`, () =>
        models.Warehouse.create({ code: input.code.trim(), name: input.name.trim() }),
      );
      return { warehouse: warehouse.toObject() as WarehouseDoc };
    }),

  adjustStock: (_, { input }, { models, loaders }) =>
    runMutation(async () => {
      assertNoUserErrors(validateStockDelta(input.delta, input.reason));
      const product = await requireProductAndWarehouses(loaders, input.productId, [['warehouseId', input.warehouseId]]);
      const unitCostMinor =
        input.unitCost && input.delta > 0 ? parseCost(input.unitCost, ['input', 'unitCost'], await loaders.settings()) : null;
      const { movement, level } = await applyMovement(models, {
        sourceKey: input.idempotencyKey ? `adjust:${input.idempotencyKey}` : undefined,
        type: 'ADJUSTMENT',
        productId: input.productId,
        warehouseId: input.warehouseId,
        quantity: input.delta,
        unitCostMinor,
        reason: input.reason.trim(),
        field: ['input', 'delta'],
      });
      await checkReorder(models, level);
      loaders.stockOfProduct.clear(input.productId);
      return { stockLevel: level, movement, product };
    }),

  transferStock: (_, { input }, { models, loaders }) =>
    runMutation(async () => {
      const errors = checkPositiveInt(input.quantity, ['input', 'quantity']);
      if (input.quantity > MAX_STOCK_DELTA) errors.push(userError(['input', 'quantity'], 'quantity is too large.', 'INVALID'));
      if (input.fromWarehouseId === input.toWarehouseId) {
        errors.push(userError(['input', 'toWarehouseId'], 'Source and destination must differ.', 'INVALID'));
      }
      errors.push(...requireText(input.reason, ['input', 'reason'], 500));
      await requireProductAndWarehouses(
        loaders,
        input.productId,
        [
          ['fromWarehouseId', input.fromWarehouseId],
          ['toWarehouseId', input.toWarehouseId],
        ],
        errors,
      );
      const { from, to } = await transferStock(models, {
        key: input.idempotencyKey ?? undefined,
        productId: input.productId,
        fromWarehouseId: input.fromWarehouseId,
        toWarehouseId: input.toWarehouseId,
        quantity: input.quantity,
        reason: input.reason,
      });
      await checkReorder(models, from);
      return { from, to };
    }),

  setReorderPoint: (_, { input }, { models, loaders }) =>
    runMutation(async () => {
      const rule = input.rule;
      const errors: UserError[] = [];
      if (rule) {
        if (!Number.isInteger(rule.min) || rule.min < 0)
          errors.push(userError(['input', 'rule', 'min'], 'min must be a whole number >= 0.', 'INVALID'));
        errors.push(...checkPositiveInt(rule.reorderQuantity, ['input', 'rule', 'reorderQuantity'], 'reorderQuantity'));
      }
      assertNoUserErrors(errors);
      await requireProductAndWarehouses(loaders, input.productId, [['warehouseId', input.warehouseId]]);
      if (rule?.preferredSupplierId && !(await loaders.supplier.load(rule.preferredSupplierId))) {
        throw new UserErrors([notFound(['input', 'rule', 'preferredSupplierId'], 'Supplier', rule.preferredSupplierId)]);
      }
      const reorder = rule
        ? { min: rule.min, quantity: rule.reorderQuantity, supplierId: rule.preferredSupplierId ?? null }
        : null;
      const level = await updateLevel(models, input.productId, input.warehouseId, () => ({ reorder }));
      if (reorder) await checkReorder(models, level);
      else await closeOpenSuggestion(models, level._id.toString());
      return { stockLevel: level };
    }),

  updateInventorySettings: (_, { input }, { models, loaders }) =>
    runMutation(async () => {
      const errors: UserError[] = [];
      if (input.costCurrency != null && !isCurrency(input.costCurrency)) {
        errors.push(userError(['input', 'costCurrency'], `Unknown currency "${input.costCurrency}".`, 'INVALID'));
      }
      if (input.defaultWarehouseId && !(await loaders.warehouse.load(input.defaultWarehouseId))) {
        errors.push(notFound(['input', 'defaultWarehouseId'], 'Warehouse', input.defaultWarehouseId));
      }
      assertNoUserErrors(errors);
      const current = await getSettings(models);
      const settings = await models.Settings.findOneAndUpdate(
        { _id: current._id },
        {
          $set: {
            ...(input.allowBackorders != null ? { allowBackorders: input.allowBackorders } : {}),
            ...(input.defaultWarehouseId !== undefined ? { defaultWarehouseId: input.defaultWarehouseId } : {}),
            ...(input.costCurrency != null ? { costCurrency: input.costCurrency } : {}),
          },
        },
        { new: true },
      ).lean<InventorySettingsDoc>();
      return { settings: settings! };
    }),

  createSupplier: (_, { input }, { models }) =>
    runMutation(async () => {
      assertNoUserErrors([
        ...requireText(input.name, ['input', 'name']),
        ...checkEmail(input.email, ['input', 'email']),
        ...(isCurrency(input.currency)
          ? []
          : [userError(['input', 'currency'], `Unknown currency "${input.currency}".`, 'INVALID')]),
      ]);
      const supplier = await models.Supplier.create({
        name: input.name.trim(),
        email: input.email ?? null,
        currency: input.currency,
      });
      return { supplier: supplier.toObject() as SupplierDoc };
    }),

  createPurchaseOrder: (_, { input }, { models, loaders }) =>
    runMutation(async () => {
      const [supplier, warehouse, settings] = await Promise.all([
        loaders.supplier.load(input.supplierId),
        loaders.warehouse.load(input.warehouseId),
        loaders.settings(),
      ]);
      const errors: UserError[] = [
        ...(supplier ? [] : [notFound(['input', 'supplierId'], 'Supplier', input.supplierId)]),
        ...(warehouse ? [] : [notFound(['input', 'warehouseId'], 'Warehouse', input.warehouseId)]),
      ];
      if (!input.lines.length) errors.push(userError(['input', 'lines'], 'At least one line is required.', 'REQUIRED'));
      if (input.lines.length > 200) errors.push(userError(['input', 'lines'], 'At most 200 lines.', 'INVALID'));
      const products = await Promise.all(input.lines.map((l) => loaders.product.load(l.productId)));
      const lines = input.lines.map((line, i) => {
        const field = ['input', 'lines', String(i)];
        if (!products[i]) errors.push(notFound([...field, 'productId'], 'Product', line.productId));
        errors.push(...checkPositiveInt(line.quantity, [...field, 'quantity']));
        if (line.quantity > MAX_STOCK_DELTA) errors.push(userError([...field, 'quantity'], 'quantity is too large.', 'INVALID'));
        errors.push(...requireText(line.description, [...field, 'description']));
        let unitCostMinor = 0;
        try {
          unitCostMinor = parseCost(line.unitCost, [...field, 'unitCost'], settings);
        } catch (err) {
          if (!(err instanceof UserErrors)) throw err;
          errors.push(...err.errors);
        }
        if (supplier && line.unitCost.currency !== supplier.currency) {
          errors.push(
            userError([...field, 'unitCost', 'currency'], `Supplier invoices in ${supplier.currency}.`, 'CURRENCY_MISMATCH'),
          );
        }
        return {
          productId: line.productId,
          description: line.description?.trim() || products[i]?.name || '',
          quantity: line.quantity,
          receivedQuantity: 0,
          unitCostMinor,
        };
      });
      assertNoUserErrors(errors);
      const po = await models.PurchaseOrder.create({
        number: await nextNumber(models.connection, 'purchase-order', 'PO'),
        supplierId: input.supplierId,
        supplierName: supplier!.name,
        warehouseId: input.warehouseId,
        currency: settings.costCurrency,
        status: 'DRAFT',
        lines,
      });
      return { purchaseOrder: po.toObject() as PurchaseOrderDoc };
    }),

  orderPurchaseOrder: (_, { input }, { models }) => runMutation(() => transitionPurchaseOrder(models, input.id, 'ORDERED')),
  cancelPurchaseOrder: (_, { input }, { models }) => runMutation(() => transitionPurchaseOrder(models, input.id, 'CANCELLED')),

  receivePurchaseOrder: (_, { input }, { models }) =>
    runMutation(async () => ({
      purchaseOrder: await receivePurchaseOrder(models, input.id, input.lines, input.idempotencyKey),
    })),
};
