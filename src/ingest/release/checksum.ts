/** File checksums and the load tag that makes a release id unique to its exact input. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** First 12 hex characters of a sha256 over the files' checksums and the importer's format version. */
export function loadTag(checksums: string[], formatVersion: number): string {
  return createHash('sha256')
    .update(`format:${formatVersion}\n${checksums.join('\n')}`)
    .digest('hex')
    .slice(0, 12);
}
