import { badRequest } from './graph-error';
import { parseFilter, type FilterNode, type Literal, type Operand } from './filter-parser';

/**
 * Turns a `$filter` into a predicate, applying only what the endpoint supports
 * and ignoring the rest the way Intune does: an unsupported property, operator
 * or `or`/`not` matches everything (a client that trusts the server's
 * filtering gets too many devices, never too few). `startswith` acts like
 * `contains` where `contains` is supported.
 */
export type FilterOp = 'eq' | 'contains' | 'lt' | 'gt';

export interface FilterField<T> {
  readonly type: 'string' | 'datetime';
  readonly ops: readonly FilterOp[];
  readonly get: (item: T) => string | number;
}

/** Keyed by property name in lower case: Graph matches names case-insensitively. */
export type FilterFields<T> = Readonly<Record<string, FilterField<T>>>;

export type Predicate<T> = (item: T) => boolean;

const FUNCTIONS = new Set(['contains', 'startswith', 'endswith']);

function typeMismatch(name: string, type: string, literal: Literal): Error {
  return badRequest(`A binary operator with incompatible types was detected. Found operand types '${type}' and '${literal.type}' for property '${name}'.`);
}

function fieldOf<T>(fields: FilterFields<T>, operand: Operand | undefined): [string, FilterField<T>] | null {
  if (operand?.kind !== 'property') return null;
  const field = fields[operand.name.toLowerCase()];
  return field ? [operand.name, field] : null;
}

function compileCompare<T>(node: Extract<FilterNode, { kind: 'compare' }>, fields: FilterFields<T>): Predicate<T> | null {
  const found = fieldOf(fields, node.left);
  if (!found || node.right.kind !== 'literal') return null;
  const [name, field] = found;
  const op = node.op;
  if ((op !== 'eq' && op !== 'lt' && op !== 'gt') || !field.ops.includes(op)) return null;
  const literal = node.right.literal;
  if (field.type === 'string') {
    if (literal.type !== 'string') throw typeMismatch(name, field.type, literal);
    const wanted = literal.value.toLowerCase();
    return (item) => String(field.get(item)).toLowerCase() === wanted;
  }
  if (literal.type !== 'datetime') throw typeMismatch(name, field.type, literal);
  const bound = literal.value;
  return op === 'lt' ? (item) => Number(field.get(item)) < bound : (item) => Number(field.get(item)) > bound;
}

function compileCall<T>(node: Extract<FilterNode, { kind: 'call' }>, fields: FilterFields<T>): Predicate<T> | null {
  if (!FUNCTIONS.has(node.name)) throw badRequest(`An unknown function with name '${node.name}' was found.`);
  const [subject, argument] = node.args;
  if (node.args.length !== 2 || argument?.kind !== 'literal') {
    throw badRequest(`The function '${node.name}' takes a property and a string literal.`);
  }
  const found = fieldOf(fields, subject);
  if (!found || node.name === 'endswith' || !found[1].ops.includes('contains')) return null;
  const [name, field] = found;
  if (argument.literal.type !== 'string') throw typeMismatch(name, field.type, argument.literal);
  const wanted = argument.literal.value.toLowerCase();
  return (item) => String(field.get(item)).toLowerCase().includes(wanted);
}

function compile<T>(node: FilterNode, fields: FilterFields<T>): Predicate<T> | null {
  switch (node.kind) {
    case 'and': {
      const left = compile(node.left, fields);
      const right = compile(node.right, fields);
      if (!left || !right) return left ?? right;
      return (item) => left(item) && right(item);
    }
    // `or` and `not` are compiled for their errors (a bad type is still a 400), then not applied.
    case 'or':
      compile(node.left, fields);
      compile(node.right, fields);
      return null;
    case 'not':
      compile(node.operand, fields);
      return null;
    case 'compare':
      return compileCompare(node, fields);
    case 'call':
      return compileCall(node, fields);
  }
}

/** A predicate for the filter, or null when nothing in it applies (every item matches). */
export function compileFilter<T>(filter: string | undefined, fields: FilterFields<T>): Predicate<T> | null {
  if (filter === undefined) return null;
  if (filter.length > 2048) throw badRequest('The $filter is too long.');
  return compile(parseFilter(filter), fields);
}
