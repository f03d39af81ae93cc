import { useT } from '../../hooks/use-messages';

type CharKind = 'digit' | 'upper' | 'lower' | 'other';

function kindOf(char: string): CharKind {
  if (/\d/.test(char)) return 'digit';
  if (/[A-Z]/.test(char)) return 'upper';
  if (/[a-z]/.test(char)) return 'lower';
  return 'other';
}

/** Groups of four, read aloud group by group over the phone. */
function groups(passcode: string): string[] {
  return passcode.match(/.{1,4}/gu) ?? [];
}

/**
 * A generated passcode shown so that O/0 and l/1/I cannot be confused: a
 * monospace face with a slashed zero, digits, capitals and small letters
 * each marked their own way (colour is never the only mark), in groups of
 * four; a screen reader hears each character with its kind. A note follows
 * when letters may meet a numeric-only keypad on the device.
 */
export function PasscodeText({ passcode, label }: { passcode: string; label: string }) {
  const t = useT();
  const spoken = [...passcode].map((char) => `${t.checks.passcodeCharNames[kindOf(char)] ?? ''} ${char}`.trim()).join(', ');
  const hasLetters = /[a-z]/i.test(passcode);
  return (
    <div className="passcode-text">
      <output className="passcode-value selectable" aria-label={`${label}: ${spoken}`} data-passcode={passcode}>
        {groups(passcode).map((group, g) => (
          <span className="pc-group" key={g} aria-hidden="true">
            {[...group].map((char, i) => (
              <span className={`pc-char pc-${kindOf(char)}`} key={i}>
                {char}
              </span>
            ))}
          </span>
        ))}
      </output>
      <p className="muted small">{t.checks.passcodeLegend}</p>
      {hasLetters && <p className="decision-caution small" data-testid="numeric-keypad-note">{t.checks.numericKeypadNote}</p>}
    </div>
  );
}
