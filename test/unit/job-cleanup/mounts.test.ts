/** The mount table parsers (Linux mountinfo, macOS `mount`) and which mount points count. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  mountsInside,
  parseMountinfo,
  parseMountList,
  unescapeMountPath,
} from '../../../actions/job-cleanup/mounts.ts';

const MOUNTINFO = [
  '22 1 252:0 / / rw,relatime shared:1 - ext4 /dev/vda rw',
  '25 22 0:23 / /dev/shm rw,nosuid,nodev shared:4 - tmpfs tmpfs rw',
  '90 22 0:51 / /work/ws/shared rw,relatime shared:40 - tmpfs tmpfs rw,size=1024k',
  '91 22 252:0 /srv/data /work/ws/build/bound\\040dir rw,relatime shared:1 - ext4 /dev/vda rw',
  '92 22 0:52 / /mnt/tab\\011and\\012newline\\134back rw - tmpfs tmpfs rw',
  '93 22 0:53 / /mnt/caf\\303\\251 rw - tmpfs tmpfs rw',
  '',
].join('\n');

describe('parseMountinfo', () => {
  test('takes the fifth field of every line, unescaped', () => {
    expect(parseMountinfo(MOUNTINFO)).toEqual([
      '/',
      '/dev/shm',
      '/work/ws/shared',
      '/work/ws/build/bound dir',
      '/mnt/tab\tand\nnewline\\back',
      '/mnt/café',
    ]);
  });

  test.each([
    ['plain', '/a/b', '/a/b'],
    ['space', '/a\\040b', '/a b'],
    ['backslash', '/a\\134b', '/a\\b'],
    ['utf-8 bytes', '/caf\\303\\251', '/café'],
    ['a lone backslash stays', '/a\\b', '/a\\b'],
  ])('unescapes %s', (_, field, want) => expect(unescapeMountPath(field)).toBe(want));

  test('the kernel escaping, undone, gives the path back (property)', () => {
    const kernelEscape = (p: string) =>
      [...Buffer.from(p, 'utf8')]
        .map((b) =>
          b === 0x20 || b === 0x09 || b === 0x0a || b === 0x5c
            ? `\\${b.toString(8).padStart(3, '0')}`
            : String.fromCharCode(b),
        )
        .join('');
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'binary' }), (name) => {
        const p = `/${name.replace(/\//g, '_')}`;
        // The kernel writes bytes; the file is read as UTF-8 text.
        const asRead = Buffer.from(kernelEscape(p), 'latin1').toString('utf8');
        expect(unescapeMountPath(asRead)).toBe(p);
        expect(parseMountinfo(`1 0 0:1 / ${asRead} rw - tmpfs tmpfs rw\n`)).toEqual([p]);
      }),
    );
  });
});

describe('parseMountList (macOS)', () => {
  test('reads `<what> on <point> (<options>)`, spaces included', () => {
    const text = [
      '/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)',
      'devfs on /dev (devfs, local, nobrowse)',
      '/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse, protect)',
      'map auto_home on /System/Volumes/Data/home (autofs, automounted, nobrowse)',
      '/dev/disk4s1 on /Volumes/My Disk (apfs, local, nodev, nosuid, journaled, noowners)',
      '',
    ].join('\n');
    expect(parseMountList(text)).toEqual([
      '/',
      '/dev',
      '/System/Volumes/Data',
      '/System/Volumes/Data/home',
      '/Volumes/My Disk',
    ]);
  });
});

describe('mountsInside', () => {
  test.each([
    ['a mount inside a root counts', ['/ws/shared'], ['/ws'], ['/ws/shared']],
    ["a root's own mount does not", ['/ws'], ['/ws'], []],
    ['mounts above a root do not', ['/', '/home'], ['/home/me/ws'], []],
    ['a sibling with a common prefix does not', ['/ws-other'], ['/ws'], []],
    ['duplicates once', ['/ws/a', '/ws/a'], ['/ws', '/tmp'], ['/ws/a']],
  ])('%s', (_, points, roots, want) => expect(mountsInside(points, roots)).toEqual(want));
});
