import type { InventoryContext } from '../context';
import type { ProductDoc, WarehouseDoc } from '../models';

/**
 * The `product` and `warehouse` fields of every type that names them. Products and warehouses
 * are never deleted, and a document only names those of its own tenant, so they always resolve.
 */
export const productField = async (parent: { productId: string }, _: unknown, { loaders }: InventoryContext) =>
  (await loaders.product.load(parent.productId)) as ProductDoc;

export const warehouseField = async (parent: { warehouseId: string }, _: unknown, { loaders }: InventoryContext) =>
  (await loaders.warehouse.load(parent.warehouseId)) as WarehouseDoc;
