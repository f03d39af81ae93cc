import { badRequest } from './graph-error';

/**
 * A parser for the OData `$filter` grammar Graph clients send: comparisons,
 * `and`/`or`/`not`, parentheses and function calls. It accepts more than the
 * demo tenant applies (see filter-compiler.ts): valid syntax it does not
 * support is ignored, as Intune does, while broken syntax is a 400.
 */
export type Literal =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'datetime'; readonly value: number }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'null' };

export type Operand = { readonly kind: 'property'; readonly name: string } | { readonly kind: 'literal'; readonly literal: Literal };

export const COMPARISONS = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | { readonly kind: 'compare'; readonly op: Comparison; readonly left: Operand; readonly right: Operand }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Operand[] };

type Token =
  | { readonly kind: '(' | ')' | ',' }
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'literal'; readonly literal: Literal };

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** Deeper nesting than any real filter needs; the limit keeps recursion off the stack's edge. */
const MAX_DEPTH = 64;

const syntaxError = (filter: string, detail: string) => badRequest(`Invalid filter clause: ${detail} in '${filter}'.`);

function readString(filter: string, start: number): [string, number] {
  let value = '';
  let i = start + 1;
  for (;;) {
    const quote = filter.indexOf("'", i);
    if (quote < 0) throw syntaxError(filter, 'unterminated string literal');
    value += filter.slice(i, quote);
    // A doubled quote is an escaped quote (O''Brien).
    if (filter[quote + 1] !== "'") return [value, quote + 1];
    value += "'";
    i = quote + 2;
  }
}

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < filter.length) {
    const ch = filter.charAt(i);
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: ch });
      i++;
    } else if (ch === "'") {
      const [value, end] = readString(filter, i);
      tokens.push({ kind: 'literal', literal: { type: 'string', value } });
      i = end;
    } else if (/[0-9-]/.test(ch)) {
      const text = /^[-0-9A-Za-z:.+]+/.exec(filter.slice(i))?.[0] ?? ch;
      if (DATETIME.test(text) && !Number.isNaN(Date.parse(text))) {
        tokens.push({ kind: 'literal', literal: { type: 'datetime', value: Date.parse(text) } });
      } else if (NUMBER.test(text)) {
        tokens.push({ kind: 'literal', literal: { type: 'number', value: Number(text) } });
      } else {
        throw syntaxError(filter, `'${text}' is not a valid literal`);
      }
      i += text.length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const text = /^[A-Za-z_][A-Za-z0-9_./]*/.exec(filter.slice(i))?.[0] ?? ch;
      i += text.length;
      if (filter[i] === "'") {
        // A typed enum literal: microsoft.graph.remoteAction'resetPasscode'.
        const [value, end] = readString(filter, i);
        tokens.push({ kind: 'literal', literal: { type: 'string', value } });
        i = end;
      } else {
        tokens.push({ kind: 'word', text });
      }
    } else {
      throw syntaxError(filter, `unexpected character '${ch}' at position ${i}`);
    }
  }
  return tokens;
}

export function parseFilter(filter: string): FilterNode {
  const tokens = tokenize(filter);
  let at = 0;
  let depth = 0;
  const peek = (): Token | undefined => tokens[at];
  const isWord = (token: Token | undefined, word: string): boolean =>
    token?.kind === 'word' && token.text.toLowerCase() === word;
  const expect = (kind: '(' | ')' | ','): void => {
    if (peek()?.kind !== kind) throw syntaxError(filter, `expected '${kind}'`);
    at++;
  };

  function operand(): Operand {
    const token = tokens[at++];
    if (token?.kind === 'literal') return { kind: 'literal', literal: token.literal };
    if (token?.kind !== 'word') throw syntaxError(filter, 'expected a property or a value');
    const word = token.text.toLowerCase();
    if (word === 'true' || word === 'false') return { kind: 'literal', literal: { type: 'boolean', value: word === 'true' } };
    if (word === 'null') return { kind: 'literal', literal: { type: 'null' } };
    return { kind: 'property', name: token.text };
  }

  function primary(): FilterNode {
    const token = peek();
    if (token?.kind === '(') {
      at++;
      if (++depth > MAX_DEPTH) throw syntaxError(filter, 'parentheses nested too deeply');
      const inner = or();
      expect(')');
      depth--;
      return inner;
    }
    if (token?.kind === 'word' && tokens[at + 1]?.kind === '(') {
      at += 2;
      const args = [operand()];
      while (peek()?.kind === ',') {
        at++;
        args.push(operand());
      }
      expect(')');
      return { kind: 'call', name: token.text.toLowerCase(), args };
    }
    const left = operand();
    const opToken = tokens[at++];
    const op = opToken?.kind === 'word' ? opToken.text.toLowerCase() : '';
    if (!(COMPARISONS as readonly string[]).includes(op)) throw syntaxError(filter, 'expected a comparison operator');
    return { kind: 'compare', op: op as Comparison, left, right: operand() };
  }

  function unary(): FilterNode {
    if (!isWord(peek(), 'not')) return primary();
    at++;
    if (++depth > MAX_DEPTH) throw syntaxError(filter, "'not' nested too deeply");
    const operand = unary();
    depth--;
    return { kind: 'not', operand };
  }

  function and(): FilterNode {
    let left = unary();
    while (isWord(peek(), 'and')) {
      at++;
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  }

  function or(): FilterNode {
    let left = and();
    while (isWord(peek(), 'or')) {
      at++;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  }

  if (tokens.length === 0) throw syntaxError(filter, 'the filter is empty');
  const root = or();
  if (at < tokens.length) throw syntaxError(filter, 'unexpected text after the expression');
  return root;
}
