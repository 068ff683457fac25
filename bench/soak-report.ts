/** The soak's report: what ran, what came back, which invariants broke; and its printed form. */
import type { FaultConfig } from '../portal/types';
import { DEADLINE_SLACK_MS } from './soak-invariants';
import type { Kind } from './soak-workload';

export interface SoakReport {
  seed: number;
  attempts: number;
  concurrency: number;
  sharedLimiter: boolean;
  containers: 'same' | 'separate';
  kinds: Kind[];
  skipped: string[];
  faults: Partial<FaultConfig>;
  budgetMs: number;
  wallMs: number;
  outcomes: Record<string, number>;
  outcomesByKind: Record<Kind, Record<string, number>>;
  recovered: number;
  hubspotCalls: number;
  faultsInjected: Record<string, number>;
  durations: { p50: number; p95: number; max: number };
  enrollmentEvents: number;
  /** What was planned: groups per kind, of which double submits of an enrollable target, and refusal groups. */
  workload: Record<Kind, { groups: number; doubleSubmits: number; refusalGroups: number }>;
  violations: string[];
  ok: boolean;
}

export function formatReport(r: SoakReport): string {
  const lines = [
    `seed ${r.seed}  attempts ${r.attempts}  concurrency ${r.concurrency}  limiter ${r.sharedLimiter ? 'shared (one warm container)' : 'per execution'}  double submits in ${r.containers === 'same' ? 'one container' : 'two containers'}  kinds ${r.kinds.join('+')}  budget ${r.budgetMs} ms  wall ${(r.wallMs / 1000).toFixed(1)} s`,
    ...r.skipped.map((s) => `skipped: ${s}`),
    `faults ${JSON.stringify(r.faults)}`,
    `workload ${(['sequence', 'workflow'] as const)
      .filter((k) => r.kinds.includes(k))
      .map((k) => `${k}: ${r.workload[k].groups} groups (${r.workload[k].doubleSubmits} double submits of an enrollable target, ${r.workload[k].refusalGroups} to be refused)`)
      .join('; ')}`,
    `HubSpot calls ${r.hubspotCalls}; injected ${
      Object.entries(r.faultsInjected)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none'
    }`,
    `outcomes ${Object.entries(r.outcomes)
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    ...(['sequence', 'workflow'] as const)
      .filter((k) => r.kinds.includes(k))
      .map(
        (k) =>
          `  ${k}: ${Object.entries(r.outcomesByKind[k])
            .sort()
            .map(([c, v]) => `${c} ${v}`)
            .join(', ')}`,
      ),
    `recovered after an ambiguous failure (reconcile): ${r.recovered}`,
    `portal enrollment events ${r.enrollmentEvents}`,
    `function durations p50 ${r.durations.p50.toFixed(0)} ms, p95 ${r.durations.p95.toFixed(0)} ms, max ${r.durations.max.toFixed(0)} ms (budget ${r.budgetMs} ms + ${DEADLINE_SLACK_MS} ms slack)`,
    r.ok ? 'INVARIANTS: all hold' : `INVARIANTS VIOLATED (${r.violations.length}):`,
    ...r.violations.map((v) => `  - ${v}`),
  ];
  return lines.join('\n');
}
