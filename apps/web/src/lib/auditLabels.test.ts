import { describe, expect, test } from 'vitest';
import { auditWhat } from './auditLabels';

describe('what an audit line says', () => {
  test('when the action carries its event name, then the bureau reads the entity and the verb in words', () => {
    expect(auditWhat('booking', 'booking.requested', 'nl')).toBe('Boeking · aangevraagd');
    expect(auditWhat('conflict', 'conflict.booking_moved', 'nl')).toBe(
      'Conflict · boeking verplaatst',
    );
    expect(auditWhat('material', 'version_added', 'en')).toBe('Material · new version');
  });

  test('when a code has no words yet, then it is still shown without underscores', () => {
    expect(auditWhat('new_thing', 'something_else', 'nl')).toBe('new thing · something else');
  });
});
