/**
 * Turns HubSpot's sequence definition into steps a rep or manager reads inline: kind, delay in words,
 * day offset from enrollment, send window, plain-text task details, email threading, dependencies.
 * Pure: no I/O. Unknown action or task types degrade to a readable "other", never a throw.
 */
import type { Sequence, SequencePage, SequenceStep, StepDependency } from '../hubspot/schemas';
import { htmlToPlainText } from './plain-text';
import { summarise, templateLabel } from './step-summary';
import type { SequenceDetails, SequenceSearchPage, SequenceStepView, StepDependencyView, StepKind } from './types';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** 0 → "Immediately"; 86 400 000 → "1 day later"; 90 000 000 → "1 day 1 hour later"; 1 800 000 → "30 minutes later". */
export function delayText(delayMillis: number): string {
  const ms = Math.max(0, Math.round(delayMillis || 0));
  if (ms < MINUTE_MS) return 'Immediately';
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.floor((ms % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((ms % HOUR_MS) / MINUTE_MS);
  const parts: string[] = [];
  if (days) parts.push(plural(days, 'day'));
  if (hours) parts.push(plural(hours, 'hour'));
  if (minutes && !days) parts.push(plural(minutes, 'minute'));
  return `${parts.join(' ')} later`;
}

/** Minute of the day → "08:00". Out-of-range values are clamped into 00:00–24:00. */
export function minuteOfDay(minute: number): string {
  const m = Math.min(24 * 60, Math.max(0, Math.round(minute)));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "08:00–18:00" when the settings carry a usable window, else undefined. */
export function sendWindow(settings: Sequence['settings']): string | undefined {
  const start = settings?.sendWindowStartMinute;
  const end = settings?.sendWindowEndMinute;
  if (typeof start !== 'number' || typeof end !== 'number' || !(end > start)) return undefined;
  if (start <= 0 && end >= 24 * 60) return undefined; // all day is no window
  return `${minuteOfDay(start)}–${minuteOfDay(end)}`;
}

const TASK_KINDS: Record<string, { kind: StepKind; label: string }> = {
  CALL: { kind: 'call_task', label: 'Call task' },
  EMAIL: { kind: 'email_task', label: 'Email task' },
  TODO: { kind: 'todo_task', label: 'To-do task' },
  LINKED_IN: { kind: 'linkedin_task', label: 'LinkedIn task' },
  LINKED_IN_CONNECT: { kind: 'linkedin_task', label: 'LinkedIn task (connection request)' },
  LINKED_IN_MESSAGE: { kind: 'linkedin_task', label: 'LinkedIn task (message)' },
  MEETING: { kind: 'meeting_task', label: 'Meeting task' },
};

const PRIORITY_LABELS: Record<string, string> = { HIGH: 'High priority', MEDIUM: 'Medium priority', LOW: 'Low priority', NONE: 'No priority' };

function words(enumValue: string): string {
  const w = enumValue.toLowerCase().replace(/_+/g, ' ').trim();
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function kindOf(step: SequenceStep): { kind: StepKind; label: string } {
  switch (step.actionType) {
    case 'EMAIL':
      return { kind: 'email', label: 'Automated email' };
    case 'FINISH_ENROLLMENT':
      return { kind: 'finish', label: 'Finish sequence' };
    case 'ADAPTIVE_CONTAINER':
      return { kind: 'branch', label: 'Adaptive branch' };
    case 'TASK': {
      const t = step.taskPattern?.taskType;
      if (t && TASK_KINDS[t]) return TASK_KINDS[t];
      if (t && t.startsWith('LINKED_IN')) return { kind: 'linkedin_task', label: 'LinkedIn task' };
      return { kind: 'other', label: t ? `${words(t)} task` : 'Task' };
    }
    default:
      return { kind: 'other', label: step.actionType ? words(step.actionType) : 'Step' };
  }
}

function dependencyText(dep: StepDependency): string {
  const n = dep.reliesOnStepOrder + 1;
  switch (dep.dependencyType) {
    case 'TASK_COMPLETION':
      return `Starts after step ${n} is completed.`;
    case 'MANUAL_PAUSE':
      return `Paused after step ${n} until someone resumes the enrollment manually.`;
    case 'ADAPTIVE_COMPLETION':
      return `Starts after the branch in step ${n} is completed.`;
    default:
      return `Waits on step ${n} (${words(dep.dependencyType)}).`;
  }
}

function followUpDaysText(value: string | undefined): string | undefined {
  // HubSpot counts the delays in calendar days and moves a follow-up due on a weekend to the Monday (server/sequences/schedule.ts).
  if (value === 'BUSINESS_DAYS' || value === 'WEEKDAYS_ONLY') return 'Follow-ups due on a weekend go out the next Monday';
  if (value === 'EVERYDAY') return 'Delays count every day';
  return value ? words(value) : undefined;
}

/** Decodes a full sequence (GET …/{sequenceId}) for the card. Steps come back in stepOrder. */
export function decodeSequence(seq: Sequence): SequenceDetails {
  const steps = [...seq.steps].sort((a, b) => a.stepOrder - b.stepOrder);
  const window = sendWindow(seq.settings);
  const byRequiredStep = new Map<number, StepDependencyView[]>();
  for (const dep of seq.dependencies ?? []) {
    const list = byRequiredStep.get(dep.requiredByStepOrder) ?? [];
    list.push({ stepNumber: dep.reliesOnStepOrder + 1, type: dep.dependencyType, text: dependencyText(dep) });
    byRequiredStep.set(dep.requiredByStepOrder, list);
  }

  let offset = 0;
  const views: SequenceStepView[] = steps.map((step, index) => {
    offset += Math.max(0, step.delayMillis || 0);
    const { kind, label } = kindOf(step);
    const day = Math.floor(offset / DAY_MS) + 1;
    const offsetText = kind === 'email' && window ? `Day ${day}, ${window} window` : `Day ${day}`;
    const view: SequenceStepView = {
      id: step.id,
      stepOrder: step.stepOrder,
      number: index + 1,
      kind,
      kindLabel: label,
      delayMillis: step.delayMillis,
      delayText: delayText(step.delayMillis),
      offsetMillis: offset,
      day,
      offsetText,
      dependencies: (byRequiredStep.get(step.stepOrder) ?? []).sort((a, b) => a.stepNumber - b.stepNumber),
      summary: label,
    };
    const tp = step.taskPattern;
    if (tp) {
      const subject = htmlToPlainText(tp.subject) || undefined;
      const notes = htmlToPlainText(tp.notes) || undefined;
      view.task = {
        taskType: tp.taskType,
        subject,
        priority: tp.taskPriority,
        priorityLabel: PRIORITY_LABELS[tp.taskPriority] ?? words(tp.taskPriority),
        notes,
      };
      if (tp.templateId !== undefined && tp.templateId !== null) view.email = emailView(tp.templateId, tp.threadEmailToStepOrder ?? undefined);
    }
    if (step.emailPattern) view.email = emailView(step.emailPattern.templateId, step.emailPattern.threadEmailToStepOrder);
    view.summary = summarise(view);
    return view;
  });

  const details: SequenceDetails = {
    id: seq.id,
    name: seq.name,
    userId: seq.userId,
    updatedAt: seq.updatedAt,
    steps: views,
  };
  if (seq.folderId) details.folderId = seq.folderId;
  if (seq.settings?.eligibleFollowUpDays) {
    details.eligibleFollowUpDays = seq.settings.eligibleFollowUpDays;
    details.followUpDaysText = followUpDaysText(seq.settings.eligibleFollowUpDays);
  }
  if (window) details.sendWindowText = `Automated emails send between ${window.replace('–', ' and ')}`;
  return details;
}

function emailView(templateId: string, threadStepOrder: number | undefined): NonNullable<SequenceStepView['email']> {
  const v: NonNullable<SequenceStepView['email']> = { templateId, templateLabel: templateLabel(templateId) };
  if (typeof threadStepOrder === 'number' && threadStepOrder >= 0) {
    v.threadWithStepNumber = threadStepOrder + 1;
    v.threadText = `Replies in thread of step ${threadStepOrder + 1}`;
  }
  return v;
}

/** One listing page for the search. */
export function toSearchPage(page: SequencePage): SequenceSearchPage {
  const out: SequenceSearchPage = {
    results: page.results.map((s) => {
      const item: SequenceSearchPage['results'][number] = { id: s.id, name: s.name, updatedAt: s.updatedAt };
      if (s.folderId) item.folderId = s.folderId;
      return item;
    }),
    total: page.total,
  };
  const after = page.paging?.next?.after;
  if (after) out.nextAfter = after;
  return out;
}
