import { describe, expect, it } from 'vitest';
import { englishBehind } from './english-behind';

const file = (locale: 'id' | 'en', version: number, kind: 'e81' | 'performance', format: 'xlsx' | 'pdf') => ({
  locale,
  version,
  kind,
  format,
});
const indonesian = [
  file('id', 2, 'e81', 'xlsx'),
  file('id', 2, 'e81', 'pdf'),
  file('id', 2, 'performance', 'xlsx'),
];

describe('englishBehind', () => {
  it('is behind until every kind and format of the newest Indonesian compilation is there in English', () => {
    expect(englishBehind(indonesian)).toBe(true);
    // The outbox recorded the English E.81 XLSX first: its PDF and the performance table are to come.
    expect(englishBehind([...indonesian, file('en', 2, 'e81', 'xlsx')])).toBe(true);
    expect(
      englishBehind([
        ...indonesian,
        file('en', 2, 'e81', 'xlsx'),
        file('en', 2, 'e81', 'pdf'),
        file('en', 2, 'performance', 'xlsx'),
      ]),
    ).toBe(false);
  });

  it('is behind when the English files hold fewer agencies than the newest Indonesian ones', () => {
    const older = [
      file('en', 1, 'e81', 'xlsx'),
      file('en', 1, 'e81', 'pdf'),
      file('en', 1, 'performance', 'xlsx'),
    ];
    expect(englishBehind([...indonesian, ...older])).toBe(true);
  });

  it('is not behind with no Indonesian files', () => {
    expect(englishBehind([])).toBe(false);
  });
});
