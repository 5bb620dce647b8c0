import { describe, expect, it } from 'vitest';
import { PrefixedLines, prefixFor } from '../src/stack/prefixed-lines.js';

describe('prefixed output lines', () => {
  it('joins chunks split mid-line and prefixes whole lines only', () => {
    const out: string[] = [];
    const lines = new PrefixedLines('engine |', (l) => out.push(l));
    lines.push('listen');
    lines.push('ing on 8080\r\nsecond\n\nthi');
    expect(out).toEqual(['engine | listening on 8080', 'engine | second']);
    lines.flush();
    expect(out).toEqual(['engine | listening on 8080', 'engine | second', 'engine | thi']);
  });

  it('drops lines the filter rejects', () => {
    const out: string[] = [];
    const lines = new PrefixedLines(
      'p |',
      (l) => out.push(l),
      (l) => !l.includes('login attempt'),
    );
    lines.push('login attempt: db=app\nreal error\n');
    expect(out).toEqual(['p | real error']);
  });

  it('pads names to one column', () => {
    expect(prefixFor('engine')).toBe('engine       |');
    expect(prefixFor('analytics-app')).toBe('analytics-app|');
  });
});
