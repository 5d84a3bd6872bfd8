// The server's build: src/ → dist/ (`npm run build`; `npm install` runs it as `prepare`;
// bin/tradein.js and the test run call `ensureBuilt()` when dist/ is older than src/).
//
// Plain JavaScript because it runs before any compiled code exists. Each file is transpiled on
// its own (TypeScript, the options of tsconfig.build.json, no type check), as tsx did at run
// time: the project sets isolatedModules, so a file needs nothing from another to compile, and
// the output is the same as `tsc -p tsconfig.build.json`. Only files whose source changed are
// redone, so an edit costs about a second, not a whole program's type check (that stays
// `npm run typecheck`'s job). Non-TypeScript files in src/ (the render worker, the password
// list) are copied beside the output, compiled files whose source is gone are removed, and a
// stamp records what was built so a start can tell in a few milliseconds whether dist/ is
// current.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.build-stamp');
const LOCK = path.join(ROOT, '.dist-build.lock');
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs'].map((f) => path.join(ROOT, f));

const isSkipped = (name) => name.endsWith('.test.ts') || name === 'README.md';

/** Every file of src/ the build reads, as paths relative to src/. */
function sourceFiles(dir = SRC, prefix = '') {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...sourceFiles(path.join(dir, entry.name), rel));
    else if (!isSkipped(entry.name)) out.push(rel);
  }
  return out;
}

/**
 * What the build depends on: every input's path, size and modification time, and the build's
 * own configuration. Any edit, added or deleted file changes it.
 */
function signature() {
  const h = crypto.createHash('sha256');
  for (const file of [...sourceFiles().map((f) => path.join(SRC, f)), ...CONFIGS]) {
    const st = fs.statSync(file);
    h.update(`${path.relative(ROOT, file)}\0${st.size}\0${st.mtimeMs}\n`);
  }
  return h.digest('hex');
}

/** Whether dist/ was built from the current sources (cheap: one stat per source file). */
export function isBuilt() {
  try {
    return fs.readFileSync(STAMP, 'utf8').trim() === signature();
  } catch {
    return false;
  }
}

const outputOf = (rel) => (rel.endsWith('.ts') ? rel.replace(/\.ts$/, '.js') : rel);

async function compilerOptions() {
  const { default: ts } = await import('typescript');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.build.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(`tsconfig.build.json: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
      },
    },
  );
  if (parsed.errors.length)
    throw new Error(`tsconfig.build.json: ${parsed.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ')}`);
  return { ts, options: parsed.options };
}

/** Builds what changed (everything when `clean` or when the options changed). Answers the number of files written. */
export async function build({ clean = false } = {}) {
  const { ts, options } = await compilerOptions();
  const optionsKey = crypto.createHash('sha256').update(JSON.stringify(options)).update(fs.readFileSync(CONFIGS[2])).digest('hex');
  const manifestFile = path.join(DIST, '.build-manifest.json');
  // What each output was compiled from (size and modification time of its source): a source
  // put back with an older time (a restored backup, `cp -p`) is recompiled too.
  let manifest = {};
  try {
    const previous = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    if (!clean && previous.optionsKey === optionsKey) manifest = previous.files;
  } catch {
    // no previous build
  }
  if (Object.keys(manifest).length === 0) fs.rmSync(DIST, { recursive: true, force: true });
  fs.mkdirSync(DIST, { recursive: true });

  const files = {};
  const expected = new Set([STAMP, manifestFile]);
  const changed = [];
  for (const rel of sourceFiles()) {
    const src = path.join(SRC, rel);
    const out = path.join(DIST, outputOf(rel));
    const isTs = rel.endsWith('.ts');
    const st = fs.statSync(src);
    files[rel] = `${st.size}:${st.mtimeMs}`;
    expected.add(out);
    if (isTs) expected.add(`${out}.map`);
    if (manifest[rel] === files[rel] && fs.existsSync(out)) continue;
    if (isTs) {
      changed.push(src);
    } else {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.copyFileSync(src, out);
    }
  }
  if (changed.length) compile(ts, options, changed);
  removeOrphans(DIST, expected);
  fs.writeFileSync(manifestFile, JSON.stringify({ optionsKey, files }));
  return changed.length;
}

/**
 * Transpiles `files` as isolated modules: one program over just these files, which neither
 * follows their imports nor loads type libraries (noResolve, noLib), and emits without a type
 * check — the same output as `tsc -p tsconfig.build.json`, for a fraction of the work.
 */
function compile(ts, options, files) {
  const transpileOnly = { ...options, noResolve: true, noLib: true, types: [], noCheck: true };
  delete transpileOnly.lib; // not allowed beside noLib
  const program = ts.createProgram(files, transpileOnly);
  const fail = (diagnostics) => {
    const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' };
    if (errors.length) throw new Error(ts.formatDiagnostics(errors, host));
  };
  fail([...program.getOptionsDiagnostics(), ...program.getSyntacticDiagnostics()]);
  const result = program.emit();
  fail(result.diagnostics);
  if (result.emitSkipped) throw new Error('TypeScript skipped the emit');
}

/** Compiled files whose source was deleted or renamed would still be importable; remove them. */
function removeOrphans(dir, expected) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      removeOrphans(full, expected);
      if (fs.readdirSync(full).length === 0) fs.rmdirSync(full);
    } else if (!expected.has(full)) {
      fs.rmSync(full);
    }
  }
}

/**
 * Builds dist/ when it is missing or older than src/, one process at a time (several processes
 * started together, e.g. a server and a worker after a pull, must not write the same files at
 * once: the others wait and then find it built). `log` gets one line when it builds.
 */
export async function ensureBuilt({ log = () => {}, clean = false } = {}) {
  if (!clean && isBuilt()) return false;
  const release = await acquireLock();
  try {
    if (!clean && isBuilt()) return false;
    const started = Date.now();
    log(`building dist/ (${clean ? 'clean build' : fs.existsSync(STAMP) ? 'src/ changed since the last build' : 'not built yet'})…`);
    // The signature is taken before compiling so an edit made during the build is seen next time.
    const sig = signature();
    const written = await build({ clean });
    fs.writeFileSync(STAMP, `${sig}\n`);
    log(`dist/ built in ${((Date.now() - started) / 1000).toFixed(1)} s (${written} files compiled)`);
    return true;
  } finally {
    release();
  }
}

async function acquireLock() {
  for (;;) {
    try {
      fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(LOCK, { force: true });
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    let holder = 0;
    try {
      holder = Number(fs.readFileSync(LOCK, 'utf8').trim());
    } catch {
      continue; // released meanwhile
    }
    if (holder && !isAlive(holder)) {
      // Left behind by a build that was killed.
      fs.rmSync(LOCK, { force: true });
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

// `node scripts/build.mjs [--clean]`: build now (what changed, or everything with --clean).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const built = await ensureBuilt({ clean: process.argv.includes('--clean'), log: (line) => console.log(line) });
    if (!built) console.log('dist/ is up to date');
  } catch (err) {
    console.error(`build failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
