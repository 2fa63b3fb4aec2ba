/**
 * No public secrets: docker-compose.yml refuses to start without real secrets (checked by parsing
 * it, as no Docker engine runs here), production refuses short, shared or ever-committed secrets,
 * and demo data is off in production unless asked for, with random credentials then.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { loadConfig, PUBLIC_SECRETS } from '../../lib/env';

const ROOT = resolve(__dirname, '../..');
const compose = parse(readFileSync(resolve(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, { environment?: Record<string, string>; command?: string[] }>;
};

/**
 * Compose's interpolation of one value, as `docker compose config` does it: `${VAR}`, `${VAR:-default}`,
 * `${VAR-default}`, `${VAR:?error}` and `${VAR?error}`. Throws the error a `?` form gives when VAR is unset.
 */
function interpolate(value: string, env: Record<string, string | undefined>): string {
  return value.replace(
    /\$\{([A-Z0-9_]+)(?:(:?)([-?])([^}]*))?\}/g,
    (_all, name: string, colon: string, op: string, arg: string) => {
      const given = env[name];
      const missing = given === undefined || (colon === ':' && given === '');
      if (!missing) return given!;
      if (op === '?') throw new Error(`required variable ${name} is missing a value: ${arg}`);
      return op === '-' ? arg : '';
    },
  );
}

const strong = (c: string) => c.repeat(48);
const PROD = { NODE_ENV: 'production', GATEWAY_SIGNING_SECRETS: strong('s'), JWT_SECRETS: strong('j') };

describe('docker-compose.yml', () => {
  const services = Object.entries(compose.services).filter(([, s]) => s.environment);

  it('runs every service in production, with the secrets required (${VAR:?}) and no fallback value', () => {
    expect(services.map(([name]) => name).sort()).toEqual([
      'customers',
      'finance',
      'gateway',
      'hr',
      'identity',
      'inventory',
      'operations',
      'reporting',
      'sales',
    ]);
    for (const [, service] of services) {
      expect(service.environment!.NODE_ENV).toBe('production');
      for (const name of ['GATEWAY_SIGNING_SECRETS', 'JWT_SECRETS']) {
        expect(service.environment![name]).toMatch(new RegExp(`^\\$\\{${name}:\\?[^}]+\\}$`));
        expect(() => interpolate(service.environment![name], {})).toThrow(`required variable ${name} is missing a value`);
        expect(() => interpolate(service.environment![name], { [name]: '' })).toThrow();
      }
    }
  });

  it('holds no secret value itself, and starts with the operator’s secrets', () => {
    const text = readFileSync(resolve(ROOT, 'docker-compose.yml'), 'utf8');
    for (const secret of PUBLIC_SECRETS.filter((s) => s.length > 8)) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/SECRETS:\s*\$\{\w+:?-/); // no `${VAR:-fallback}` for a secret
    for (const [, service] of services) {
      const env = Object.fromEntries(Object.entries(service.environment!).map(([k, v]) => [k, interpolate(String(v), PROD)]));
      expect(() => loadConfig(env)).not.toThrow();
    }
  });

  it('seeds no demo data unless asked for', () => {
    const gateway = compose.services.gateway.environment!;
    expect(interpolate(gateway.SEED_DEMO_DATA, {})).toBe('false');
    expect(interpolate(gateway.SEED_DEMO_DATA, { SEED_DEMO_DATA: 'true' })).toBe('true');
  });
});

describe('production secrets', () => {
  const problems = (env: Record<string, string>) => {
    try {
      loadConfig({ ...PROD, ...env });
      return '';
    } catch (err) {
      return (err as Error).message;
    }
  };

  it('accepts long, distinct, never committed secrets (and several for rotation)', () => {
    expect(problems({})).toBe('');
    expect(problems({ JWT_SECRETS: `${strong('j')},${strong('k')}` })).toBe('');
  });

  it('refuses secrets under 32 bytes', () => {
    expect(problems({ JWT_SECRETS: 'x'.repeat(31) })).toMatch(/JWT_SECRETS: each secret must be at least 32 bytes/);
    expect(problems({ GATEWAY_SIGNING_SECRETS: `${strong('s')},short` })).toMatch(
      /GATEWAY_SIGNING_SECRETS: each secret must be at least 32 bytes/,
    );
  });

  it('refuses the same secret for signing and for access tokens', () => {
    expect(problems({ JWT_SECRETS: strong('s') })).toMatch(/JWT_SECRETS: must not share a secret with GATEWAY_SIGNING_SECRETS/);
  });

  it.each(PUBLIC_SECRETS.map((s) => [s]))('refuses %s, a value committed to the repository', (secret) => {
    expect(problems({ GATEWAY_SIGNING_SECRETS: secret })).toMatch(/GATEWAY_SIGNING_SECRETS: .*committed to the repository/);
    expect(problems({ JWT_SECRETS: secret })).toMatch(/JWT_SECRETS: .*committed to the repository/);
  });

  it('refuses even a long placeholder that was once committed', () => {
    expect(problems({ JWT_SECRETS: 'change-me-too-in-production-please' })).toMatch(/committed to the repository/);
  });

  it('lists every secret literal the repository holds (so none can be used in production)', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((f) => /\.(ts|js|ya?ml|sh|md|json)$/.test(f) && !f.startsWith('node_modules') && f !== 'package-lock.json');
    const found = new Set<string>();
    const assigned = /SECRETS?\b[^\n=:,({]{0,40}[=:]\s*['"`]([^'"`\s,$]{4,})['"`]/gi;
    const fallback = /SECRETS?:-([^}\s]+)\}/g;
    for (const file of files) {
      const text = readFileSync(resolve(ROOT, file), 'utf8');
      for (const m of text.matchAll(assigned)) found.add(m[1]);
      for (const m of text.matchAll(fallback)) found.add(m[1]);
    }
    const ignored = new Set(['GATEWAY_SIGNING_SECRETS', 'JWT_SECRETS', 'string']);
    const unlisted = [...found].filter((s) => !ignored.has(s) && !PUBLIC_SECRETS.includes(s) && !/^[A-Z_]+$/.test(s));
    expect(unlisted).toEqual([]);
  });
});

describe('demo data in production', () => {
  it('is off unless SEED_DEMO_DATA=true, and then its credentials are random, not derived from DEMO_KEY_SEED', () => {
    expect(loadConfig(PROD)).toMatchObject({ seedDemoData: false, demoCredentials: { kind: 'random' } });
    expect(loadConfig({ ...PROD, SEED_DEMO_DATA: 'true', DEMO_KEY_SEED: 'demo' })).toMatchObject({
      seedDemoData: true,
      demoCredentials: { kind: 'random' },
    });
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({
      seedDemoData: true,
      demoCredentials: { kind: 'derived', seed: 'demo' },
    });
  });
});
