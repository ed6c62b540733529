import { describe, expect, test } from 'vitest';
import { layout, runnerRootFromNode } from '../../../actions/job-cleanup/layout.ts';
import { guarded, vetRoots } from '../../../actions/job-cleanup/plan.ts';

/** A self-hosted runner installed in /Users/ci/actions-runner, as on a Mac mini. */
const SELF_HOSTED = {
  HOME: '/Users/ci',
  GITHUB_WORKSPACE: '/Users/ci/actions-runner/_work/app/app',
  RUNNER_WORKSPACE: '/Users/ci/actions-runner/_work/app',
  RUNNER_TEMP: '/Users/ci/actions-runner/_work/_temp',
  RUNNER_TOOL_CACHE: '/Users/ci/actions-runner/_work/_tool',
  GITHUB_ACTION_PATH: '/Users/ci/actions-runner/_work/_actions/org/runner-actions/v1/job-cleanup',
  GITHUB_OUTPUT: '/Users/ci/actions-runner/_work/_temp/_runner_file_commands/set_output_abc',
  GITHUB_STEP_SUMMARY:
    '/Users/ci/actions-runner/_work/_temp/_runner_file_commands/step_summary_abc',
  GITHUB_EVENT_PATH: '/Users/ci/actions-runner/_work/_temp/_github_workflow/event.json',
};
const SYSTEM = {
  home: '/Users/ci',
  tmpdir: '/var/folders/xy/T/',
  execPath: '/Users/ci/actions-runner/externals/node24/bin/node',
  script:
    '/Users/ci/actions-runner/_work/_actions/org/runner-actions/v1/dist/job-cleanup/post/index.js',
};

describe('layout', () => {
  const { roots, guards } = layout(SELF_HOSTED, SYSTEM);

  test('the roots are the workspace, RUNNER_TEMP and the temp dir', () => {
    expect(roots).toEqual([
      { name: 'workspace', path: '/Users/ci/actions-runner/_work/app/app' },
      { name: 'runner-temp', path: '/Users/ci/actions-runner/_work/_temp' },
      { name: 'temp', path: '/var/folders/xy/T' },
    ]);
  });

  test.each([
    ['/', 'is the file system root'],
    ['/Users/ci', 'is HOME'],
    ['/Users', 'holds HOME'],
    ['/Users/ci/actions-runner', 'is the runner root'],
    ['/Users/ci/actions-runner/bin', 'is inside the runner root'],
    ['/Users/ci/actions-runner/externals/node24', 'is inside the runner root'],
    ['/Users/ci/actions-runner/_work', "is the runner's work folder"],
    ['/Users/ci/actions-runner/_work/_actions', "is the runner's _actions folder"],
    ['/Users/ci/actions-runner/_work/_actions/org/other/v2', "is inside the runner's _actions"],
    ['/Users/ci/actions-runner/_work/_tool', 'is the tool cache (RUNNER_TOOL_CACHE)'],
    ['/Users/ci/actions-runner/_work/_tool/node/24', 'is inside the tool cache'],
    ['/Users/ci/actions-runner/_work/app', 'is RUNNER_WORKSPACE'],
    ['/Users/ci/actions-runner/_work/app/app', 'is GITHUB_WORKSPACE'],
    ['/Users/ci/actions-runner/_work/_temp', 'is RUNNER_TEMP'],
    ['/var/folders/xy/T', 'is the temp directory'],
    [
      '/Users/ci/actions-runner/_work/_temp/_runner_file_commands',
      "holds the runner's own file GITHUB_OUTPUT",
    ],
    ['/Users/ci/actions-runner/_work/_temp/_github_workflow', 'GITHUB_EVENT_PATH'],
  ])('%j: %s', (p, why) => expect(guarded(p, guards)).toContain(why));

  test.each([
    '/Users/ci/actions-runner/_work/app/app/node_modules',
    '/Users/ci/actions-runner/_work/_temp/scratch',
    '/var/folders/xy/T/pnpm-123',
  ])('%j may go', (p) => expect(guarded(p, guards)).toBeUndefined());

  test('none of the runner roots is dropped', () => {
    const resolved = roots.map((r) => ({ ...r, real: r.path }));
    expect(vetRoots(resolved, guards).dropped).toEqual([]);
  });

  test("a local action's own code in the workspace is sealed (post needs its bundle)", () => {
    const local = layout(
      { ...SELF_HOSTED, GITHUB_ACTION_PATH: `${SELF_HOSTED.GITHUB_WORKSPACE}/job-cleanup` },
      { ...SYSTEM, script: `${SELF_HOSTED.GITHUB_WORKSPACE}/dist/job-cleanup/main/index.js` },
    );
    expect(guarded(`${SELF_HOSTED.GITHUB_WORKSPACE}/job-cleanup`, local.guards)).toContain(
      'GITHUB_ACTION_PATH',
    );
    expect(guarded(`${SELF_HOSTED.GITHUB_WORKSPACE}/dist`, local.guards)).toContain(
      "this action's code",
    );
    expect(guarded(`${SELF_HOSTED.GITHUB_WORKSPACE}/src`, local.guards)).toBeUndefined();
  });

  test('a temp dir that is HOME is not used as a root', () => {
    const odd = layout({ ...SELF_HOSTED }, { ...SYSTEM, tmpdir: '/Users/ci' });
    const resolved = odd.roots.map((r) => ({ ...r, real: r.path }));
    const v = vetRoots(resolved, odd.guards);
    expect(v.dropped.map((d) => [d.root.name, d.reason])).toEqual([
      ['temp', '/Users/ci is or holds HOME'],
    ]);
  });

  test('on a hosted runner (tool cache elsewhere), the work folder comes from RUNNER_WORKSPACE', () => {
    const hosted = layout(
      {
        HOME: '/home/runner',
        GITHUB_WORKSPACE: '/home/runner/work/app/app',
        RUNNER_WORKSPACE: '/home/runner/work/app',
        RUNNER_TEMP: '/home/runner/work/_temp',
        RUNNER_TOOL_CACHE: '/opt/hostedtoolcache',
        AGENT_TOOLSDIRECTORY: '/opt/hostedtoolcache',
      },
      { home: '/home/runner', tmpdir: '/tmp', execPath: '/usr/local/bin/node' },
    );
    expect(guarded('/home/runner/work', hosted.guards)).toContain("the runner's work folder");
    expect(guarded('/opt/hostedtoolcache/go', hosted.guards)).toContain('tool cache');
    expect(guarded('/home/runner/work/app/app/x', hosted.guards)).toBeUndefined();
    expect(hosted.roots.map((r) => r.path)).toEqual([
      '/home/runner/work/app/app',
      '/home/runner/work/_temp',
      '/tmp',
    ]);
  });

  test('without runner variables only the temp dir is a root', () => {
    const bare = layout({}, { home: '/root', tmpdir: '/tmp', execPath: '/usr/bin/node' });
    expect(bare.roots).toEqual([{ name: 'temp', path: '/tmp' }]);
  });
});

test.each([
  ['/opt/actions-runner/externals/node24/bin/node', '/opt/actions-runner'],
  ['/opt/actions-runner/externals/node20/bin/node', '/opt/actions-runner'],
  ['/usr/local/bin/node', undefined],
  ['/opt/externals/tool/bin/node', undefined],
])('runnerRootFromNode(%j) = %j', (execPath, root) => {
  expect(runnerRootFromNode(execPath)).toBe(root);
});
