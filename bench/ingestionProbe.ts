// Ingestion throughput in a process of its own, so its memory figure is the ingestion's alone: one JSON
// line. Run by bench.ts (bench/ingestionThroughput.ts says what is measured).
import { measureIngestionThroughput } from './ingestionThroughput.js';

const [corpusDir] = process.argv.slice(2);
if (!corpusDir) {
  console.error('usage: ingestionProbe.ts <corpusDir>');
  process.exit(2);
}
console.log(JSON.stringify(await measureIngestionThroughput(corpusDir)));
