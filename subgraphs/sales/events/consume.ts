/** What sales consumes: interactions logged on deals (customers), product list prices and low stock (inventory). */
import type { ConsumerDefinition } from '../../../lib/subgraph';
import type { SalesModels } from '../models';
import { recordBackorders } from '../services/backorders';
import { recordDealActivity } from '../services/deals';
import { recordProduct, recordSupply } from '../services/product-refs';
import { releaseLostDeal } from '../services/lost-deals';
import { onStockLow, onStockRecovered } from '../services/stock-alerts';

export function salesConsumers(models: SalesModels): ConsumerDefinition[] {
  return [
    { group: 'sales.deal-activity', types: ['customers.interaction.logged'], handle: (e) => recordDealActivity(models, e) },
    { group: 'sales.product-refs', types: ['inventory.product.upserted'], handle: (e) => recordProduct(models, e) },
    { group: 'sales.product-supply', types: ['inventory.product.supplyChanged'], handle: (e) => recordSupply(models, e) },
    // One group for both, so a level's shortage and its recovery are handled in the order inventory wrote them.
    {
      group: 'sales.stock-alerts',
      types: ['inventory.stock.low', 'inventory.stock.recovered'],
      handle: (e) => (e.type === 'inventory.stock.low' ? onStockLow(models, e) : onStockRecovered(models, e)),
    },
    { group: 'sales.lost-deals', types: ['sales.deal.lost'], handle: (e) => releaseLostDeal(models, e) },
    { group: 'sales.backorders', types: ['inventory.stock.reserved'], handle: (e) => recordBackorders(models, e) },
  ];
}
