/** The describer map: keyed by the action type ids of the catalog (seed 002's tables), each reading its own fields. */
import { getSeedCatalog } from '../catalog';
import { ACTION_DESCRIBERS } from '../describers';
import { decodeFlow } from '../decode';

const single = (actionTypeId: string, fields: Record<string, unknown>) =>
  decodeFlow({ id: '1', objectTypeId: '0-1', startActionId: '1', actions: [{ actionId: '1', actionTypeId, type: 'SINGLE_CONNECTION', fields }] }).steps[0];

describe('ACTION_DESCRIBERS', () => {
  it('is keyed by action type ids the catalog knows', () => {
    const catalog = getSeedCatalog();
    const unknown = Object.keys(ACTION_DESCRIBERS).filter((id) => !catalog.action(id));
    expect(unknown).toEqual([]);
    expect(Object.keys(ACTION_DESCRIBERS).length).toBeGreaterThanOrEqual(20);
  });

  it('a type without a describer shows its catalog name and first fields; an unknown id says so', () => {
    const known = getSeedCatalog().entries.find((e) => e.kind === 'action' && !(e.id in ACTION_DESCRIBERS));
    if (known) expect(single(known.id, { some_field: 'x' }).summary).toBe(`${known.name}: Some field: x`);
    expect(single('0-999999', { a: 1 })).toMatchObject({ kind: 'unknown', name: 'Unknown action', summary: 'Unknown action', actionTypeId: '0-999999', details: ['A: 1'] });
  });

  it('picks the variant name a describer asks for (0-30 add vs remove)', () => {
    expect(single('0-30', { operation: 'REMOVE', audienceId: '5' }).summary).toBe('Remove from ads audience 5');
    expect(single('0-30', { audienceId: '5' }).summary).toBe('Add to ads audience 5');
  });
});
