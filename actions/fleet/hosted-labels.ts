/**
 * The labels of GitHub's own runner images: a job whose `runs-on` is one of these is served by
 * GitHub, never by a registered runner, and never waits for one. The one list in the code.
 *
 * Source: "GitHub-hosted runners" reference (docs.github.com/en/actions/reference/runners/
 * github-hosted-runners), "Running jobs on larger runners" (the macOS `-large`/`-xlarge` labels)
 * and the actions/runner-images README, read on 2026-11-28. Update it when GitHub adds or retires
 * an image; organization larger runners are not listed here, they come from the API
 * (`GET /orgs/{org}/actions/hosted-runners`). See docs/decisions/fleet-guard.md.
 */
export const HOSTED_LABELS_SOURCE =
  'docs.github.com/en/actions/reference/runners/github-hosted-runners (read 2026-11-28)';

export const HOSTED_LABELS: readonly string[] = [
  // Ubuntu, x64, arm64 and the one-vCPU slim container
  'ubuntu-latest',
  'ubuntu-26.04',
  'ubuntu-24.04',
  'ubuntu-22.04',
  'ubuntu-26.04-arm',
  'ubuntu-24.04-arm',
  'ubuntu-22.04-arm',
  'ubuntu-slim',
  // Windows, x64 and arm64
  'windows-latest',
  'windows-2025',
  'windows-2022',
  'windows-11-arm',
  // macOS: arm64 (M1), Intel, and the larger macOS runners
  'macos-latest',
  'macos-26',
  'macos-15',
  'macos-14',
  'macos-26-intel',
  'macos-15-intel',
  'macos-latest-large',
  'macos-26-large',
  'macos-15-large',
  'macos-14-large',
  'macos-latest-xlarge',
  'macos-26-xlarge',
  'macos-15-xlarge',
  'macos-14-xlarge',
];

const LOWER = new Set(HOSTED_LABELS.map((l) => l.toLowerCase()));

/** True for a GitHub-hosted image label, compared case-insensitively. */
export function isHostedLabel(label: string): boolean {
  return LOWER.has(label.toLowerCase());
}
