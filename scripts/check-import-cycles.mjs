// No import cycles: in main/ and shared/, neither between files nor between
// folders (a folder that imports another which imports it back is one module
// in two places), type-only imports included. In renderer/, between files at
// runtime only: the zustand slices name each other's types, which is how a
// store of typed slices is declared, and loads nothing.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { importsOf, resolveSpec } from './check-boundaries.mjs';

function listSources(root, dir) {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  let out = [];
  for (const entry of readdirSync(full)) {
    const rel = `${dir}/${entry}`;
    if (statSync(path.join(root, rel)).isDirectory()) out = out.concat(listSources(root, rel));
    else if (/\.(ts|tsx)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

/** The folder a file counts in: `main/actions`, `shared/devices`; a file at a room's top is its own unit. */
export function folderOf(file) {
  const parts = file.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : file;
}

/** Strongly connected components with more than one member (Tarjan), each sorted. */
export function cyclesOf(graph) {
  let index = 0;
  const stack = [];
  const state = new Map();
  const found = [];
  const connect = (node) => {
    state.set(node, { index, low: index, onStack: true });
    index += 1;
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!state.has(next)) {
        connect(next);
        state.get(node).low = Math.min(state.get(node).low, state.get(next).low);
      } else if (state.get(next).onStack) {
        state.get(node).low = Math.min(state.get(node).low, state.get(next).index);
      }
    }
    if (state.get(node).low === state.get(node).index) {
      const members = [];
      let member;
      do {
        member = stack.pop();
        state.get(member).onStack = false;
        members.push(member);
      } while (member !== node);
      if (members.length > 1) found.push(members.sort());
    }
  };
  for (const node of graph.keys()) if (!state.has(node)) connect(node);
  return found;
}

function addEdge(graph, from, to) {
  if (!graph.has(from)) graph.set(from, new Set());
  if (!graph.has(to)) graph.set(to, new Set());
  if (from !== to) graph.get(from).add(to);
}

/** One example path of a cycle between folders, so the message names the imports to look at. */
function witness(edges, members) {
  return edges.filter(({ from, to }) => members.includes(folderOf(from)) && members.includes(folderOf(to)) && folderOf(from) !== folderOf(to)).map(({ from, to }) => `${from} -> ${to}`);
}

export function checkImportCycles(root) {
  const problems = [];
  for (const [dirs, runtimeOnly, byFolder] of [
    [['main', 'shared'], false, true],
    [['renderer'], true, false],
  ]) {
    const files = dirs.flatMap((dir) => listSources(root, dir));
    const fileGraph = new Map();
    const folderGraph = new Map();
    const edges = [];
    for (const file of files) {
      const source = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
      addEdge(fileGraph, file, file);
      for (const { spec, typeOnly } of importsOf(source)) {
        if (runtimeOnly && typeOnly) continue;
        const target = resolveSpec(root, file, spec);
        if (!target || !files.includes(target)) continue;
        addEdge(fileGraph, file, target);
        addEdge(folderGraph, folderOf(file), folderOf(target));
        edges.push({ from: file, to: target });
      }
    }
    for (const cycle of cyclesOf(fileGraph)) problems.push(`files import each other${runtimeOnly ? ' at runtime' : ''}: ${cycle.join(' <-> ')}`);
    if (byFolder) {
      for (const cycle of cyclesOf(folderGraph)) problems.push(`folders import each other: ${cycle.join(' <-> ')} (${witness(edges, cycle).join('; ')})`);
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = checkImportCycles(path.resolve(process.argv[2] ?? '.'));
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`Import cycle check failed: ${problems.length} cycle(s).`);
    process.exit(1);
  }
  console.log('Import cycle check passed.');
}
