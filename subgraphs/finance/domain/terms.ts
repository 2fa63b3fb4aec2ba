/** Payment terms of the documents finance creates from other domains' events. */
export const PAYMENT_TERMS_DAYS = 30;

/** The YYYY-MM-DD (UTC) `days` after `from`. */
export const dueIn = (days: number, from = new Date()) => new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
