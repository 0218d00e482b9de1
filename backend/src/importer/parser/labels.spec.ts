import { describe, expect, it } from '@jest/globals';
import { splitLabels } from './labels.js';

describe('splitLabels', () => {
  it('splits at labels, also where two ran into one line', () => {
    expect(splitLabels('Exempel är Tensta Community Center (TCC). Ansvarig: Stadsdelsnämnderna i samverkan med kulturnämnden.')).toEqual([
      { label: null, text: 'Exempel är Tensta Community Center (TCC).' },
      { label: 'ansvarig', text: 'Stadsdelsnämnderna i samverkan med kulturnämnden.' },
    ]);
    expect(splitLabels('Pågående arbete: En överenskommelse tas fram. Kommentar: Nämnden delar bedömningen.').map((c) => c.label)).toEqual(['pagaende', 'kommentar']);
  });

  it('does not split at a colon inside a sentence', () => {
    expect(splitLabels('Svar: Nämnden delar kommissionens bedömning: Det finns behov.')).toEqual([{ label: 'svar', text: 'Nämnden delar kommissionens bedömning: Det finns behov.' }]);
  });
});
