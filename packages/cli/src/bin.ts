#!/usr/bin/env node
import { readFile, writeFile } from 'node:fs/promises';
import { main } from './main.js';

const colour = process.stdout.isTTY && process.env.NO_COLOR === undefined;

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  colour,
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
});
