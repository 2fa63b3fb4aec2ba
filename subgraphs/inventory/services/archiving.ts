/**
 * Archiving and restoring products, suppliers and warehouses (lib/archive.ts), with inventory's
 * rules for when a record may leave the lists: a warehouse while it holds no stock, a supplier while
 * no purchase order to it is still open. A product may be archived any time: its stock, movements
 * and the documents naming it stay, and it still resolves by id.
 */
import mongoose from 'mongoose';
import { setArchived } from '../../../lib/archive';
import { userError } from '../../../lib/errors';
import type { Actor } from '../../../lib/signed-context';
import { RESCHEDULABLE } from '../domain/purchase-order';
import type { InventoryModels, ProductDoc, SupplierDoc, WarehouseDoc } from '../models';

type ArchiveInput = { id: string; expectedVersion?: number | null };

export const setProductArchived = (models: InventoryModels, input: ArchiveInput, archive: boolean, actor?: Actor) =>
  setArchived<ProductDoc>(models.Product, input.id, archive, {
    entity: 'inventory.product',
    label: (p) => `${p.sku} ${p.name}`,
    expectedVersion: input.expectedVersion,
    requestId: actor?.requestId,
  });

export const setSupplierArchived = (models: InventoryModels, input: ArchiveInput, archive: boolean, actor?: Actor) =>
  setArchived<SupplierDoc>(models.Supplier, input.id, archive, {
    entity: 'inventory.supplier',
    label: (s) => s.name,
    expectedVersion: input.expectedVersion,
    requestId: actor?.requestId,
    refuse: async (supplier) => {
      // Goods still to come from it (drafts too), newest first on the supplier's own index.
      const open = await models.PurchaseOrder.findOne({
        supplierId: String(supplier._id),
        status: mongoose.trusted({ $in: RESCHEDULABLE }),
      })
        .sort({ _id: -1 })
        .select({ number: 1, status: 1 })
        .lean<{ number: string; status: string }>();
      return open
        ? userError(
            ['input', 'id'],
            `Purchase order ${open.number} to ${supplier.name} is ${open.status}: receive or cancel it before archiving the supplier.`,
            'INVALID',
          )
        : null;
    },
  });

export const setWarehouseArchived = (models: InventoryModels, input: ArchiveInput, archive: boolean, actor?: Actor) =>
  setArchived<WarehouseDoc>(models.Warehouse, input.id, archive, {
    entity: 'inventory.warehouse',
    label: (w) => w.code,
    expectedVersion: input.expectedVersion,
    requestId: actor?.requestId,
    refuse: async (warehouse) => {
      // Reserved units are part of what is on hand, so units on hand cover reservations too.
      const held = await models.StockLevel.findOne({ warehouseId: String(warehouse._id), onHand: mongoose.trusted({ $gt: 0 }) })
        .select({ onHand: 1 })
        .lean<{ onHand: number }>();
      return held
        ? userError(
            ['input', 'id'],
            `Warehouse ${warehouse.code} still holds stock: transfer or adjust it out before archiving.`,
            'INVALID',
          )
        : null;
    },
  });
