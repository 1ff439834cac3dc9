// The npm profanity filters Steward is timed beside (docs/benchmarks.md), over the same JSON-lines
// file as `steward-engine.jar scan`.
//
//   node peers.mjs scan --lib obscenity|allprofanity --input FILE.jsonl --output OUT.jsonl [--call all|any]
//       the whole job, like `scan`: read each line, JSON.parse it, check its "text", write one JSON
//       line {"id","flagged","matches":[[start,end],...]} per input line (time the process from outside)
//   node peers.mjs loop --lib obscenity|allprofanity --input FILE.jsonl [--passes 5] [--call all|any]
//       in-process, one thread: the texts in memory, one warm-up pass, then timed passes; prints texts/s
//
// --call all (the default) asks for every match with its span, as Steward reports every finding
// with its span: obscenity's getAllMatches(), allprofanity's detect(). --call any asks only whether
// there is one: hasMatch() / check(), which may stop at the first match.
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import allProfanity from 'allprofanity';

function options(argv) {
  const o = { passes: 5, call: 'all' };
  for (let i = 1; i < argv.length; i += 2) {
    o[argv[i].replace(/^--/, '')] = argv[i + 1];
  }
  if (!['obscenity', 'allprofanity'].includes(o.lib) || !o.input || !['all', 'any'].includes(o.call)) {
    throw new Error('usage: peers.mjs scan|loop --lib obscenity|allprofanity --input FILE [--output FILE] [--passes N] [--call all|any]');
  }
  return o;
}

/** Returns (text) => [[start, end], ...] (or a boolean for --call any). */
function checker(lib, call) {
  if (lib === 'obscenity') {
    const m = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
    return call === 'any' ? (t) => m.hasMatch(t)
      : (t) => m.getAllMatches(t).map((x) => [x.startIndex, x.endIndex + 1]);
  }
  return call === 'any' ? (t) => allProfanity.check(t)
    : (t) => allProfanity.detect(t).positions.map((p) => [p.start, p.end]);
}

async function scan(o, check) {
  const out = createWriteStream(o.output ?? '/dev/null');
  const lines = createInterface({ input: createReadStream(o.input), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let row;
    try {
      row = JSON.parse(line);
    } catch (e) {
      row = null;
    }
    let record;
    if (row === null || typeof row.text !== 'string') {
      record = { id: row?.id ?? null, error: 'not a JSON object with a "text"' };
    } else {
      const r = check(row.text);
      record = typeof r === 'boolean' ? { id: row.id ?? null, flagged: r } : { id: row.id ?? null, flagged: r.length > 0, matches: r };
    }
    if (!out.write(JSON.stringify(record) + '\n')) await once(out, 'drain');
    n++;
  }
  out.end();
  await once(out, 'finish');
  process.stderr.write(`${o.lib} scan: ${n} lines\n`);
}

function loop(o, check) {
  const texts = readFileSync(o.input, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l).text);
  let flagged = 0;
  for (const t of texts) {
    const r = check(t); // warm-up: one call per text, as in the timed passes
    if (r === true || (Array.isArray(r) && r.length > 0)) flagged++;
  }
  for (let pass = 1; pass <= Number(o.passes); pass++) {
    const t0 = process.hrtime.bigint();
    let f = 0;
    for (const t of texts) {
      const r = check(t);
      if (r === true || (Array.isArray(r) && r.length > 0)) f++;
    }
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(`${o.lib} ${o.call} pass ${pass}: ${texts.length} texts in ${s.toFixed(2)} s = ${Math.round(texts.length / s)} texts/s (${f} flagged)`);
  }
}

const o = options(process.argv.slice(2));
const check = checker(o.lib, o.call);
if (process.argv[2] === 'scan') {
  await scan(o, check);
} else if (process.argv[2] === 'loop') {
  loop(o, check);
} else {
  throw new Error('first argument: scan or loop');
}
