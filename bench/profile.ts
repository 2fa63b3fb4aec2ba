/**
 * `tsx bench/profile.ts <file.cpuprofile> [--top 25]`: summarises a V8 CPU profile written by
 * `npm run bench -- --profile <dir>` (node --cpu-prof in the target process): the functions with
 * the most self time, and self time per package (node_modules/<package>, node: internals, our code).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function packageOf(url: string): string {
  if (!url) return '(native/idle)';
  if (url.startsWith('node:')) return 'node: internals';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  const ours = /\/(gateway|lib|subgraphs|bench|scripts)\//.exec(url);
  return ours ? `ours: ${ours[1]}/` : url;
}

export function summarise(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const fns = new Map<string, number>();
  const pkgs = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const short = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(gateway|lib|subgraphs|bench|scripts)\//, '$1/');
    const key = `${functionName || '(anonymous)'}  ${short}${url ? `:${lineNumber + 1}` : ''}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
    const pkg = packageOf(url) === '(native/idle)' ? functionName || '(native)' : packageOf(url);
    pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + us);
  }
  const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
  const list = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `${pct(us)}  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`)
      .join('\n');
  return [
    `total sampled ${(total / 1e6).toFixed(1)} s`,
    '',
    'self time by package:',
    list(pkgs, 20),
    '',
    `top ${top} functions by self time:`,
    list(fns, top),
  ].join('\n');
}

if (require.main === module) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
  if (!positionals[0]) throw new Error('usage: tsx bench/profile.ts <file.cpuprofile> [--top 25]');
  console.log(summarise(JSON.parse(readFileSync(positionals[0], 'utf8')), Number(values.top)));
}
