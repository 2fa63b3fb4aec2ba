import { LeakyBucket } from '../../gateway/throttle';

describe('leaky bucket', () => {
  let now: number;
  const bucket = () => new LeakyBucket(1000, 50, () => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('starts full and takes what an operation costs', () => {
    const b = bucket();
    expect(b.status('k')).toEqual({ maximumAvailable: 1000, currentlyAvailable: 1000, restoreRate: 50 });
    expect(b.take('k', 300)).toEqual({ ok: true });
    expect(b.status('k').currentlyAvailable).toBe(700);
  });

  it('refuses what is not available and says when it will be', () => {
    const b = bucket();
    expect(b.take('k', 990)).toEqual({ ok: true });
    expect(b.take('k', 110)).toEqual({ ok: false, retryAfterSeconds: 2 }); // 100 missing at 50/s
    expect(b.status('k').currentlyAvailable).toBe(10); // a refusal takes nothing
    expect(b.take('k', 11)).toEqual({ ok: false, retryAfterSeconds: 1 }); // never 0
  });

  it('restores at the rate per second, up to the capacity', () => {
    const b = bucket();
    b.take('k', 1000);
    now += 2_000;
    expect(b.status('k').currentlyAvailable).toBe(100);
    now += 60_000;
    expect(b.status('k').currentlyAvailable).toBe(1000);
  });

  it('refunds unused points, never above the capacity', () => {
    const b = bucket();
    b.take('k', 500);
    b.refund('k', 200);
    expect(b.status('k').currentlyAvailable).toBe(700);
    b.refund('k', 5000);
    expect(b.status('k').currentlyAvailable).toBe(1000);
    b.refund('k', -50); // an actual cost above the requested one charges nothing extra
    expect(b.status('k').currentlyAvailable).toBe(1000);
  });

  it('charges an overrun into debt: the caller waits until it is paid back', () => {
    const b = bucket();
    b.take('k', 900);
    b.charge('k', 300); // the response cost 300 more than was admitted
    expect(b.status('k').currentlyAvailable).toBe(0);
    expect(b.take('k', 10)).toEqual({ ok: false, retryAfterSeconds: 5 }); // (10 - -200) / 50
    now += 4_000; // 200 points restored: the debt is paid, nothing yet to spend
    expect(b.take('k', 10)).toMatchObject({ ok: false });
    now += 1_000;
    expect(b.take('k', 10)).toEqual({ ok: true });
  });

  it('keeps one bucket per principal', () => {
    const b = bucket();
    b.take('apikey:a', 1000);
    expect(b.take('apikey:b', 1000)).toEqual({ ok: true });
    expect(b.take('apikey:a', 1)).toMatchObject({ ok: false });
  });

  it('forgets full buckets when it tracks too many keys', () => {
    const b = new LeakyBucket(100, 10, () => now, 3);
    for (const key of ['a', 'b', 'c']) b.take(key, 10);
    now += 10_000; // all full again
    b.take('d', 10);
    expect((b as unknown as { levels: Map<string, unknown> }).levels.size).toBe(1);
  });
});
