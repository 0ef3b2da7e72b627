#!/usr/bin/env node
// Runs independent checks side by side (npm test: the linters and the type-check, each on one core of a
// two-core machine, instead of one after the other). Each command's output is held and printed whole when
// it ends, so the two never interleave; the exit code is the first failure's, after every command has ended.
// Usage: node scripts/together.mjs "<command>" "<command>" …
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('Usage : node scripts/together.mjs "<commande>" "<commande>" …');
  process.exit(2);
}

/** @param {string} command */
function run(command) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      process.stdout.write(`\n── ${command} (${seconds} s)\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const codes = await Promise.all(commands.map(run));
const failed = commands.filter((_, i) => codes[i] !== 0);
if (failed.length > 0) console.error(`\nÉchec : ${failed.join(', ')}.`);
process.exit(codes.find((code) => code !== 0) ?? 0);
