/**
 * Input validation must be linear in the input's size. Every regular expression in the code that
 * serves requests (lib, gateway, subgraphs, scripts) is found with TypeScript's own scanner and
 * checked with recheck, a ReDoS checker that proves or refutes super-linear backtracking; a
 * pattern built at run time (`new RegExp`) must be one of the few listed here, with the reason it
 * is safe. The email check that used to hold a subgraph for seconds is also timed on a long input.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { checkEmail, checkPhone } from '../../lib/validation';

const ROOT = resolve(__dirname, '../..');
const FOLDERS = ['lib', 'gateway', 'subgraphs', 'scripts'];

/** Patterns built at run time, by file: why each is linear. */
const DYNAMIC_PATTERNS: Record<string, string> = {
  // `^` + an escaped literal word: no quantifier at all, and MongoDB (not V8) runs it.
  'subgraphs/customers/domain/customer.ts': 'anchored, escaped literal prefix',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__generated__' || name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Found {
  file: string;
  line: number;
  literal: string;
}

/** Every regular-expression literal of a file, as the TypeScript scanner reads it (not a guess by regex). */
function regexLiterals(file: string): Found[] {
  const text = readFileSync(file, 'utf8');
  const found: Found[] = [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      found.push({
        file: relative(ROOT, file),
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        literal: node.getText(),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));
const literals = files.flatMap(regexLiterals);

describe('regular expressions are linear', () => {
  it('finds the code base’s patterns (the scan works)', () => {
    expect(literals.length).toBeGreaterThan(30);
    expect(literals.some((l) => l.file === 'lib/validation.ts')).toBe(true);
  });

  it.each(literals.map((l) => [`${l.file}:${l.line} ${l.literal}`, l] as const))('%s', (_name, { literal }) => {
    const end = literal.lastIndexOf('/');
    // A generous timeout: on a busy machine the default (10 s) can run out and answer "unknown".
    const result = checkSync(literal.slice(1, end), literal.slice(end + 1), { timeout: 60_000 });
    if (result.status === 'vulnerable') {
      throw new Error(`${literal} is ${result.complexity.summary}: attack ${JSON.stringify(result.attack.pattern)}`);
    }
    expect(result.status).toBe('safe');
  });

  it('builds patterns at run time only where listed, for a stated reason', () => {
    const dynamic = files
      .filter((file) => /new RegExp\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file))
      .sort();
    expect(dynamic).toEqual(Object.keys(DYNAMIC_PATTERNS).sort());
  });

  it('checks a 200,000-character email and phone number at once', () => {
    const started = performance.now();
    const email = `a@${'a.'.repeat(100_000)}@`;
    expect(checkEmail(email, ['input', 'email'])[0].code).toBe('INVALID');
    expect(checkEmail(`x@${'.'.repeat(200)}`, ['input', 'email'])[0].code).toBe('INVALID');
    expect(checkPhone('1'.repeat(200_000), ['input', 'phone'])[0].code).toBe('INVALID');
    expect(performance.now() - started).toBeLessThan(50);
    // And what must still pass does.
    expect(checkEmail('ada.lovelace+crm@mail.example.co.uk', ['e'])).toEqual([]);
    expect(checkEmail('no-dot@localhost', ['e'])[0].code).toBe('INVALID');
  });
});
