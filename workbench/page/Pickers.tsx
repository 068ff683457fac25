/** The toolbar's pickers: which contact record the cards sit on, and which user is acting. */
import { describeContact, describeUser, type RecordState } from './api';

export function ContactPicker({ contacts, value, onChange }: { contacts: RecordState['contacts']; value: string | null; onChange: (contactId: string) => void }) {
  return (
    <label className="wb-toolbar__field">
      Contact
      <select data-testid="pick-contact" value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {contacts.map((c) => (
          <option key={c.id} value={c.id}>
            {describeContact(c)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function UserPicker({ users, value, onChange }: { users: RecordState['users']; value: string | null; onChange: (userId: string) => void }) {
  return (
    <label className="wb-toolbar__field">
      Acting user
      <select data-testid="pick-user" value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {users.map((u) => (
          <option key={u.userId} value={u.userId}>
            {describeUser(u)}
          </option>
        ))}
      </select>
    </label>
  );
}
