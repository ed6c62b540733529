import { describe, expect, test } from 'vitest';
import {
  type DockerRun,
  type Exec,
  execDocker,
  explainProbe,
  PROBE_TIMEOUT_MS,
  probeCommand,
  pruneCommands,
  pruneDocker,
  reclaimed,
  untilFilter,
} from '../../../actions/job-cleanup/docker.ts';
import { SLACK_MS } from '../../support/slack.ts';

const ok = (stdout = ''): DockerRun => ({ ok: true, code: 0, stdout, stderr: '', timedOut: false });
const failed = (stderr: string, code: number | string = 1): DockerRun => ({
  ok: false,
  code,
  stdout: '',
  stderr,
  timedOut: false,
});

function fake(answers: Record<string, DockerRun>) {
  const calls: string[] = [];
  const exec: Exec = async (args) => {
    const line = args.join(' ');
    calls.push(line);
    return answers[args[0] ?? ''] ?? ok();
  };
  return { exec, calls };
}

describe('command lines', () => {
  test.each([
    [24, '24h'],
    [0, '0h'],
    [1.5, '5400s'],
    [0.25, '900s'],
    [1 / 3, '1200s'],
  ])('untilFilter(%d) = %j', (hours, want) => expect(untilFilter(hours)).toBe(want));

  test('containers, dangling images and build cache, each older than the limit', () => {
    expect(pruneCommands(24)).toEqual([
      {
        what: 'stopped containers',
        args: ['container', 'prune', '--force', '--filter', 'until=24h'],
      },
      { what: 'dangling images', args: ['image', 'prune', '--force', '--filter', 'until=24h'] },
      { what: 'build cache', args: ['builder', 'prune', '--force', '--filter', 'until=24h'] },
    ]);
    expect(probeCommand()).toEqual(['info', '--format', '{{.ServerVersion}}']);
  });

  test.each([
    [failed('', 'ENOENT'), 'the docker CLI is not installed'],
    [
      { ...failed(''), timedOut: true },
      `no Docker daemon answered within ${PROBE_TIMEOUT_MS / 1000}s`,
    ],
    [
      failed(
        '\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is it running?\n',
      ),
      'no Docker daemon answered (Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is it running?)',
    ],
    [failed(''), 'no Docker daemon answered'],
  ])('explainProbe %#', (run, want) => expect(explainProbe(run)).toBe(want));

  test.each([
    ['Deleted Containers:\nabc\n\nTotal reclaimed space: 1.23GB\n', '1.23GB'],
    ['Total reclaimed space: 0B', '0B'],
    ['Total:\t12.5MB', undefined],
    ['', undefined],
  ])('reclaimed(%j) = %j', (out, want) => expect(reclaimed(out)).toBe(want));
});

describe('pruneDocker', () => {
  test('without a daemon it says so and runs nothing else', async () => {
    const { exec, calls } = fake({ info: failed('Cannot connect to the Docker daemon') });
    const report = await pruneDocker(24, false, exec);
    expect(report).toEqual({
      unavailable: 'no Docker daemon answered (Cannot connect to the Docker daemon)',
      steps: [],
    });
    expect(calls).toEqual(['info --format {{.ServerVersion}}']);
  });

  test('with a daemon it prunes the three kinds and reads what each reclaimed', async () => {
    const { exec, calls } = fake({
      info: ok('28.2.2\n'),
      container: ok('Total reclaimed space: 10MB\n'),
      image: failed('Error response from daemon: a prune operation is already running'),
      builder: ok('Total:\t0B\n'),
    });
    const report = await pruneDocker(1.5, false, exec);
    expect(calls).toEqual([
      'info --format {{.ServerVersion}}',
      'container prune --force --filter until=5400s',
      'image prune --force --filter until=5400s',
      'builder prune --force --filter until=5400s',
    ]);
    expect(report).toEqual({
      server: '28.2.2',
      steps: [
        {
          what: 'stopped containers',
          command: 'docker container prune --force --filter until=5400s',
          ok: true,
          reclaimed: '10MB',
          error: undefined,
        },
        {
          what: 'dangling images',
          command: 'docker image prune --force --filter until=5400s',
          ok: false,
          reclaimed: undefined,
          error: 'Error response from daemon: a prune operation is already running',
        },
        {
          what: 'build cache',
          command: 'docker builder prune --force --filter until=5400s',
          ok: true,
          reclaimed: undefined,
          error: undefined,
        },
      ],
    });
  });

  test('a dry run probes but prunes nothing', async () => {
    const { exec, calls } = fake({ info: ok('28.2.2') });
    const report = await pruneDocker(24, true, exec);
    expect(calls).toEqual(['info --format {{.ServerVersion}}']);
    expect(report.steps.map((s) => s.command)).toEqual([
      'docker container prune --force --filter until=24h',
      'docker image prune --force --filter until=24h',
      'docker builder prune --force --filter until=24h',
    ]);
  });

  // This machine has the docker CLI but no daemon (see TOOLCHAIN.md): the real probe fails fast.
  test('for real: no daemon answers here, and that is reported, not thrown', async () => {
    const started = Date.now();
    const report = await pruneDocker(24, false, execDocker);
    expect(Date.now() - started).toBeLessThan(PROBE_TIMEOUT_MS + SLACK_MS);
    expect(report.steps).toEqual([]);
    expect(report.unavailable).toMatch(
      /^(no Docker daemon answered|the docker CLI is not installed)/,
    );
  });

  test('for real: a missing CLI is ENOENT', async () => {
    const saved = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const run = await execDocker(['info'], 5000);
      expect(run).toMatchObject({ ok: false, code: 'ENOENT' });
      expect(explainProbe(run)).toBe('the docker CLI is not installed');
    } finally {
      process.env.PATH = saved;
    }
  });
});
