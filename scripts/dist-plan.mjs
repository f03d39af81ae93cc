// What `npm run dist` will sign and notarise, decided from environment
// variables before anything is built, so a release build that would come out
// unsigned says so at the start instead of in electron-builder's log. Pure:
// takes the environment, returns lines to print and electron-builder options.
// Only variable names are ever printed, never their values.

const has = (env, name) => typeof env[name] === 'string' && env[name].trim() !== '';

/** The targets named on the command line, or the host's own platform. */
export function targetsOf(args, hostPlatform) {
  const named = [
    ['win', ['--win', '-w', '--windows']],
    ['mac', ['--mac', '-m', '--macos', '-o']],
    ['linux', ['--linux', '-l']],
  ]
    .filter(([, flags]) => args.some((arg) => flags.includes(arg)))
    .map(([target]) => target);
  if (named.length > 0) return named;
  return [hostPlatform === 'darwin' ? 'mac' : hostPlatform === 'win32' ? 'win' : 'linux'];
}

/** Apple's three ways to authenticate notarytool, as electron-builder reads them. */
const notaryCredentials = [
  { label: 'an App Store Connect API key', names: ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'] },
  { label: 'an Apple ID', names: ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'] },
  { label: 'a notarytool keychain profile', names: ['APPLE_KEYCHAIN_PROFILE'] },
];

function windowsPlan(env) {
  const link = has(env, 'WIN_CSC_LINK') ? 'WIN_CSC_LINK' : has(env, 'CSC_LINK') ? 'CSC_LINK' : null;
  if (!link) {
    return { lines: ['Windows: NOT SIGNED. Set CSC_LINK (or WIN_CSC_LINK) to a .pfx/.p12 file or base64, and CSC_KEY_PASSWORD; SmartScreen warns users about unsigned installers.'], args: [], problems: [] };
  }
  const password = has(env, 'WIN_CSC_KEY_PASSWORD') ? 'WIN_CSC_KEY_PASSWORD' : has(env, 'CSC_KEY_PASSWORD') ? 'CSC_KEY_PASSWORD' : null;
  return {
    lines: [`Windows: signing the app and installer with the certificate in ${link}${password ? ` (password from ${password})` : ' (no password set)'}.`],
    args: [],
    problems: [],
  };
}

function macPlan(env, hostPlatform) {
  if (hostPlatform !== 'darwin') {
    return { lines: [], args: [], problems: ['macOS: a dmg can only be built (and signed) on macOS.'] };
  }
  const identity = has(env, 'CSC_LINK') ? 'the certificate in CSC_LINK' : has(env, 'CSC_NAME') ? 'the keychain identity named in CSC_NAME' : null;
  const complete = notaryCredentials.find(({ names }) => names.every((name) => has(env, name)));
  const partial = notaryCredentials.filter(({ names }) => names.some((name) => has(env, name)) && !names.every((name) => has(env, name)));
  const problems = complete
    ? []
    : partial.map(({ label, names }) => `macOS: notarising with ${label} needs ${names.join(', ')}; missing: ${names.filter((name) => !has(env, name)).join(', ')}.`);
  if (!identity) {
    // An ad-hoc signature lets the app start on Apple silicon (which refuses
    // unsigned code) on the building Mac. Ad-hoc code has no Team ID, so the
    // hardened runtime's library validation would refuse Electron's own
    // framework: it is off for these local builds only.
    return {
      lines: [
        'macOS: NOT SIGNED with a Developer ID (set CSC_LINK and CSC_KEY_PASSWORD, or CSC_NAME). Ad-hoc signed, without hardened runtime: for testing on this Mac only.',
        'macOS: NOT NOTARISED (it needs a Developer ID signature).',
      ],
      args: ['-c.mac.identity=-', '-c.mac.hardenedRuntime=false', '-c.mac.notarize=false'],
      problems: [],
    };
  }
  return {
    lines: [
      `macOS: signing with ${identity}, hardened runtime on (build/entitlements.mac.plist).`,
      complete
        ? `macOS: notarising with ${complete.label} (${complete.names.join(', ')}).`
        : `macOS: NOT NOTARISED. Set ${notaryCredentials.map(({ names }) => names.join(' + ')).join(', or ')}; Gatekeeper blocks un-notarised apps downloaded from the internet.`,
    ],
    args: complete ? [] : ['-c.mac.notarize=false'],
    problems,
  };
}

/**
 * { lines, args, problems }: lines to print, extra electron-builder options,
 * and problems that must stop the build (half-set credentials, wrong host).
 */
export function distPlan(targets, env, hostPlatform) {
  const plans = targets.map((target) =>
    target === 'win'
      ? windowsPlan(env)
      : target === 'mac'
        ? macPlan(env, hostPlatform)
        : { lines: ['Linux: AppImage, not signed (for contributors).'], args: [], problems: [] },
  );
  return {
    lines: plans.flatMap((p) => p.lines),
    args: plans.flatMap((p) => p.args),
    problems: plans.flatMap((p) => p.problems),
  };
}
