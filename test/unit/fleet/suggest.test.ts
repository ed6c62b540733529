import { describe, expect, test } from 'vitest';
import { closestLabel, closestLabelSet } from '../../../actions/fleet/suggest.ts';

describe('closestLabel', () => {
  test.each([
    ['arm46', ['self-hosted', 'macOS', 'ARM64'], 'ARM64'],
    ['macso', ['self-hosted', 'macOS', 'ARM64'], 'macOS'],
    ['self-hostd', ['self-hosted', 'Linux'], 'self-hosted'],
    ['ubuntu-24.04-arm64-4core', ['ubuntu-24.04-arm', 'ubuntu-latest'], 'ubuntu-24.04-arm'],
    ['gpu', ['self-hosted', 'macOS'], undefined],
    ['ARM64', ['arm64'], undefined],
  ])('%s among %j → %s', (wanted, known, expected) => {
    expect(closestLabel(wanted, known)).toBe(expected);
  });
});

describe('closestLabelSet', () => {
  const served = [
    ['self-hosted', 'macOS', 'ARM64'],
    ['self-hosted', 'Linux', 'ARM64'],
    ['ubuntu-24.04-arm'],
  ];
  test.each([
    [
      ['self-hosted', 'macos', 'arm46'],
      ['self-hosted', 'macOS', 'ARM64'],
    ],
    [
      ['self-hosted', 'linux', 'arm64', 'gpu'],
      ['self-hosted', 'Linux', 'ARM64'],
    ],
    [['ubuntu-24.04-arm64'], ['ubuntu-24.04-arm']],
    [['windows-gpu'], undefined],
  ])('%j → %j', (wanted, expected) => {
    expect(closestLabelSet(wanted, served)).toEqual(expected);
  });
});
