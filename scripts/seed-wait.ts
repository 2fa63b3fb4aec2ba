/**
 * Polls until `done` (events between domains are asynchronous); fails after `timeoutMs`, generous
 * because a bulk load on a slow server (FerretDB on a busy machine, where reporting's consumer now
 * applies every event too) keeps every consumer behind: 10 minutes.
 */
export async function until<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 600_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Seeding: timed out waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
