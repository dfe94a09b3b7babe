// The real tesseract.js worker script, started with every way to reach the network refused and
// logged: a test that reads screenshots through it proves OCR never goes online.
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

const refuse = (what) =>
  function refused() {
    appendFileSync(process.env.CASEBOOK_NETWORK_LOG, `${what}\n`);
    throw new Error(`network access attempted by the OCR worker: ${what}`);
  };
globalThis.fetch = refuse('fetch');
net.connect = refuse('net.connect');
net.createConnection = refuse('net.createConnection');
net.Socket.prototype.connect = refuse('net.Socket.connect');
http.request = refuse('http.request');
http.get = refuse('http.get');
https.request = refuse('https.request');
https.get = refuse('https.get');
dns.lookup = refuse('dns.lookup');

await import('tesseract.js/src/worker-script/node/index.js');
