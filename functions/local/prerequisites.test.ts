import { describe, expect, it } from 'vitest';
import { installAdvice, java, osFamilies, osFamily } from './prerequisites.js';

describe('osFamily', () => {
  it('reads the family from /etc/os-release, Ubuntu before the Debian it is like', () => {
    expect(osFamily('linux', 'ID=debian\nVERSION_ID="12"\n')).toBe('debian');
    expect(osFamily('linux', 'ID=ubuntu\nID_LIKE=debian\n')).toBe('ubuntu');
    expect(osFamily('linux', 'ID=fedora\n')).toBe('fedora');
    expect(osFamily('linux', 'ID="rocky"\nID_LIKE="rhel centos fedora"\n')).toBe('fedora');
    expect(osFamily('darwin', '')).toBe('macos');
    expect(osFamily('linux', 'ID=arch\n')).toBeUndefined();
  });
});

describe('installAdvice', () => {
  it('says what is wrong, why it matters, and the install line of each family asked', () => {
    const advice = installAdvice([{ prerequisite: java, problem: 'Java was not found' }], osFamilies);
    expect(advice.split('\n')).toEqual([
      `Java was not found: ${java.why}. Install Java 17+:`,
      '  Debian:   sudo apt-get install -y openjdk-17-jre-headless',
      '  Ubuntu:   sudo apt-get install -y openjdk-17-jre-headless',
      '  Fedora:   sudo dnf install -y java-21-openjdk-headless',
      '  macOS:    brew install openjdk@17',
    ]);
  });
});
