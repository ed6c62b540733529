import { describe, expect, it } from 'vitest';
import { runnerHooksPage } from '../../../actions/runner-hooks/docs.ts';
import { OPTIONS } from '../../../actions/runner-hooks/options.ts';

describe('action-docs/runner-hooks.md', () => {
  it('lists every option with its default, as a table row', () => {
    const page = runnerHooksPage();
    for (const o of OPTIONS) {
      expect(page).toMatch(new RegExp(`^\\| \`--${o.name}[^\`]*\` \\| .+ \\| .+ \\|$`, 'm'));
    }
    expect(page).toContain('| `--tune auto\\|none` | auto |');
  });
});
