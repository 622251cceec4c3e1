import { describe, expect, it } from 'vitest';
import { formatFailurePlan, parseFailurePlan } from '../../../../renderer/src/engine/simulator/failure-plan';

describe('parseFailurePlan', () => {
  it('reads subCodes, code/subCode pairs and counts in order', () => {
    expect(parseFailurePlan('40104x2, 408/40114,44214')).toEqual({
      ok: true,
      plan: [
        { code: 408, subCode: 40104, count: 2 },
        { code: 408, subCode: 40114, count: 1 },
        { code: 400, subCode: 44214, count: 1 },
      ],
    });
  });

  it('treats an empty plan as nothing to inject', () => {
    expect(parseFailurePlan('  ')).toEqual({ ok: true, plan: [] });
  });

  it('rejects an unknown code and lists the known ones', () => {
    const result = parseFailurePlan('40104,99999');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('Entry 2 ("99999") is not a known error');
    expect(result.problem).toMatchObject({ reason: 'unknownError', entry: 2, text: '99999', known: expect.stringContaining('409/40228') });
    expect(result.message).toContain('409/40228');
    expect(result.message).toContain('500/40102');
  });

  it('rejects a code that does not match the subCode', () => {
    const result = parseFailurePlan('500/40104');
    expect(result).toMatchObject({ ok: false });
  });

  it.each(['40104x', 'x2', '40104 x2', 'abc', '40104,,40114', '40104x0', '40104x101'])('rejects "%s" with a readable message', (plan) => {
    const result = parseFailurePlan(plan);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Entry \d/);
  });

  it('reads a delay per entry in ms or s, and keeps it through formatting', () => {
    const parsed = parseFailurePlan('40104x2@1500ms, 408/40114@2.5s, 40216');
    expect(parsed).toEqual({
      ok: true,
      plan: [
        { code: 408, subCode: 40104, count: 2, delayMs: 1_500 },
        { code: 408, subCode: 40114, count: 1, delayMs: 2_500 },
        { code: 500, subCode: 40216, count: 1 },
      ],
    });
    expect(parsed.ok && formatFailurePlan(parsed.plan)).toBe('40104x2@1500ms,40114@2500ms,40216');
  });

  it.each([
    ['40104x0', { reason: 'badCount', entry: 1, text: '40104x0', max: 100 }],
    ['40104x2, 40114@121s', { reason: 'delayTooLong', entry: 2, text: '40114@121s', maxSeconds: 120 }],
    ['40104 x2', { reason: 'badSyntax', entry: 1, text: '40104 x2' }],
  ])('names why "%s" was refused, for the QA panel to word', (plan, problem) => {
    expect(parseFailurePlan(plan)).toMatchObject({ ok: false, problem });
  });

  it.each(['40104@', '40104@5', '40104@5m', '40104@-1s', '40104@121s'])('rejects the delay in "%s" with a readable message', (plan) => {
    const result = parseFailurePlan(plan);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^Entry 1/) });
  });

  it('formats a plan back into the same notation', () => {
    const parsed = parseFailurePlan('40104x2,40114');
    expect(parsed.ok && formatFailurePlan(parsed.plan)).toBe('40104x2,40114');
  });
});
