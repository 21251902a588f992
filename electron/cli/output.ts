/** With --json, stdout carries only the JSON document; everything else goes to stderr. */
export type Output = {
  json: boolean;
  log: (line: string) => void;
  result: (human: string, data: unknown) => void;
  fail: (message: string, data?: unknown) => number;
};

export function createOutput(json: boolean): Output {
  return {
    json,
    log: (line) => process.stderr.write(`${line}\n`),
    result: (human, data) => {
      process.stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : `${human}\n`);
    },
    fail: (message, data) => {
      if (json)
        process.stdout.write(`${JSON.stringify({ ok: false, error: message, ...(data ? { details: data } : {}) }, null, 2)}\n`);
      else process.stderr.write(`Fout: ${message}\n`);
      return 1;
    },
  };
}
