import { describe, expect, it } from 'vitest';
import { convertText, inputText, parseInput } from './number-input';

describe('numbers typed the Indonesian or English way', () => {
  it('reads Indonesian: dots group thousands, a comma marks decimals', () => {
    expect(parseInput('6.562', 'id')).toEqual({ kind: 'number', value: 6562 });
    expect(parseInput('95,14', 'id')).toEqual({ kind: 'number', value: 95.14 });
    expect(parseInput(' 15.959.915.800 ', 'id')).toEqual({ kind: 'number', value: 15_959_915_800 });
    expect(parseInput('1234,5', 'id')).toEqual({ kind: 'number', value: 1234.5 });
  });

  it('reads English the other way round', () => {
    expect(parseInput('6,562', 'en')).toEqual({ kind: 'number', value: 6562 });
    expect(parseInput('95.14', 'en')).toEqual({ kind: 'number', value: 95.14 });
  });

  it('never guesses: off-pattern text is invalid, blank is empty', () => {
    expect(parseInput('6.5', 'id')).toEqual({ kind: 'invalid' });
    expect(parseInput('12abc', 'id')).toEqual({ kind: 'invalid' });
    expect(parseInput('1,2,3', 'id')).toEqual({ kind: 'invalid' });
    expect(parseInput('   ', 'id')).toEqual({ kind: 'empty' });
  });

  it('writes stored numbers back without rounding and converts between languages', () => {
    expect(inputText(10_249.125, 'id')).toBe('10.249,125');
    expect(inputText(undefined, 'id')).toBe('');
    expect(convertText('10.249,5', 'id', 'en')).toBe('10,249.5');
    expect(convertText('oops', 'id', 'en')).toBe('oops');
  });
});
