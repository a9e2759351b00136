// A child process running the real ArticleStore on a library folder, for the
// reliability tests to kill and to race. Built with vite into one file
// (build-child.ts); speaks one line per event on stdout.
//   autosave <root> <id> <seed>          after "go", opens the library and saves new versions as fast as it can until killed
//   hammer <root> <id> <name> <count>    after "go" on stdin, saves <count> times, reloading on conflict
//   speakers <root> <name> <count>       after "go", adds <count> speakers to the shared directory
import { ArticleStore } from '../../src/services/store/article-store';
import { Quarantine } from '../../src/services/store/quarantine';
import { SpeakerDirectory } from '../../src/services/speakers/speaker-directory';
import { JsonFiles } from '../../src/services/store/json-file';
import { GalleyError } from '../../src/shared/contract/errors';
import { blankSpeaker } from '../../src/shared/speakers/model';
import { versionBody } from './versions';

const say = (line: string) => process.stdout.write(`${line}\n`);
const [mode, root, ...rest] = process.argv.slice(2);

function go(): Promise<void> {
  return new Promise((resolve) => {
    process.stdin.on('data', (chunk) => {
      if (String(chunk).includes('go')) resolve();
    });
  });
}

async function autosave(id: string, seed: number) {
  // Node's start-up is slow next to a save: the test starts the next child early and lets it go when it is its turn.
  say('loaded');
  await go();
  const store = await ArticleStore.open({ root, indexFlushMs: 20 });
  let current = await store.get(id);
  say(`ready ${current.revision}`);
  for (;;) {
    const revision = current.revision + 1;
    current = await store.update(id, current.revision, { fields: { headline: `Revision ${revision}`, body: versionBody(revision, seed) } });
    say(`ack ${current.revision}`);
  }
}

async function hammer(id: string, name: string, count: number) {
  const store = await ArticleStore.open({ root, indexFlushMs: 50 });
  let base = (await store.get(id)).revision;
  say('ready');
  await go();
  let conflicts = 0;
  for (let acked = 0; acked < count; ) {
    const revision = base + 1;
    try {
      const saved = await store.update(id, base, { fields: { headline: `${name} ${revision}`, body: versionBody(revision, name.length) } });
      base = saved.revision;
      acked++;
      say(`ack ${saved.revision}`);
    } catch (error) {
      if (!(error instanceof GalleyError) || error.code !== 'conflict') throw error;
      // What the editor does on a conflict: reload the other side's version and carry on from it.
      conflicts++;
      base = (await store.get(id)).revision;
    }
  }
  await store.close();
  say(`done ${JSON.stringify({ conflicts })}`);
}

async function speakers(name: string, count: number) {
  const store = await ArticleStore.open({ root });
  const directory = await SpeakerDirectory.open(store.layout.speakers, new Quarantine(store.layout, new JsonFiles(), () => new Date()));
  say('ready');
  await go();
  for (let i = 0; i < count; i++) {
    const speaker = await directory.create(blankSpeaker(`${name} ${i}`));
    say(`ack ${speaker.id}`);
  }
  say('done {}');
}

const run =
  mode === 'autosave'
    ? autosave(rest[0], Number(rest[1]))
    : mode === 'hammer'
      ? hammer(rest[0], rest[1], Number(rest[2]))
      : mode === 'speakers'
        ? speakers(rest[0], Number(rest[1]))
        : Promise.reject(new Error(`unknown mode ${mode}`));
run.then(
  () => process.exit(0),
  (error) => {
    say(`error ${error instanceof Error ? `${(error as { code?: string }).code ?? ''} ${error.message}` : String(error)}`);
    process.exit(1);
  },
);
