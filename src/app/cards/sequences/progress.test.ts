/** Where the compact summary says the contact is, from the functions' step dates. */
import type { SequenceDetails, SequenceStepView } from '../../../../server/sequences/types';
import { progressOf } from './EnrolledSummary';

const step = (n: number, kind: SequenceStepView['kind'], expectedDate: string, more: Partial<SequenceStepView> = {}): SequenceStepView => ({
  id: `s${n}`,
  stepOrder: n - 1,
  number: n,
  kind,
  kindLabel: kind === 'finish' ? 'Finish sequence' : 'Call task',
  delayMillis: 0,
  delayText: '',
  offsetMillis: 0,
  day: 1,
  offsetText: '',
  dependencies: [],
  summary: '',
  expectedDate,
  ...more,
});
const seq = (steps: SequenceStepView[], today: string): SequenceDetails => ({
  id: '1',
  name: 'S',
  userId: '1',
  updatedAt: '',
  steps,
  schedule: { basis: 'enrollment', startedAt: '', timeZone: 'UTC', today },
});

describe('progressOf', () => {
  const plain = [step(1, 'call_task', '2026-11-16'), step(2, 'email', '2026-11-18'), step(3, 'finish', '2026-11-18')];

  it('before the first date: not started, the first step is next', () => {
    const p = progressOf(seq(plain, '2026-11-15'));
    expect(p).toMatchObject({ index: -1, text: 'Not started: 2 steps', next: { id: 's1' } });
    expect(p.current).toBeUndefined();
  });

  it('between dates: step k of n (finish steps not counted), the next one named', () => {
    expect(progressOf(seq(plain, '2026-11-17'))).toMatchObject({ index: 0, text: 'Step 1 of 2', current: { id: 's1' }, next: { id: 's2' } });
  });

  it('past the finish date with no task to wait for: all done, nothing next', () => {
    const p = progressOf(seq(plain, '2026-11-30'));
    expect(p.text).toBe('All 2 steps expected to be done');
    expect(p.index).toBe(2); // the finish step
    expect(p.current).toBeUndefined();
    expect(p.next).toBeUndefined();
  });

  it('past the finish date when steps wait for tasks: never "done", the last step at the earliest', () => {
    const waiting = [
      step(1, 'call_task', '2026-11-16'),
      step(2, 'email_task', '2026-11-17', { waitsForStep: 1, expectedDateIsEarliest: true }),
      step(3, 'finish', '2026-11-17', { waitsForStep: 2, expectedDateIsEarliest: true }),
    ];
    const p = progressOf(seq(waiting, '2026-11-30'));
    expect(p.text).toBe('Step 2 of 2 (expected, if tasks are done)');
    expect(p.current?.id).toBe('s2');
    expect(p.index).toBe(1); // the panel marks step 2, not the finish step
  });
});
