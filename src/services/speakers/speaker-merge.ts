// Merging two entries of the speaker directory that are one person: every
// quote tagged with the one dropped is retagged with the one kept, in every
// article of the library, and only then is the dropped entry removed.
import type { Article } from '../../shared/article/model';
import { retagSpeaker } from '../../shared/article/quote-marks';
import { GalleyError } from '../../shared/contract/errors';
import type { Speaker } from '../../shared/speakers/model';
import type { ArticleStore } from '../store/article-store';
import type { SpeakerDirectory } from './speaker-directory';

/** Merges `dropId` into `keepId` across the library; answers the kept speaker and how many articles changed. */
export async function mergeSpeakers(store: ArticleStore, speakers: SpeakerDirectory, keepId: string, dropId: string): Promise<{ speaker: Speaker; articlesChanged: number }> {
  if (!speakers.get(keepId) || !speakers.get(dropId) || keepId === dropId) {
    // Let the directory say exactly what is wrong before any article is touched.
    await speakers.merge(keepId, dropId);
  }
  // Retag every article first and drop the speaker last: a failure half way leaves
  // quotes on a speaker that still exists, and the merge can simply be run again.
  let articlesChanged = 0;
  for (const id of store.ids()) {
    for (let attempt = 0; ; attempt++) {
      let article: Article;
      try {
        article = await store.get(id);
      } catch {
        break; // damaged files are quarantined by get(); the walk goes on
      }
      const { doc, changed } = retagSpeaker(article.body, dropId, keepId);
      if (changed === 0) break;
      try {
        await store.update(article.id, article.revision, { fields: { body: doc } });
        articlesChanged++;
        break;
      } catch (error) {
        // An editor saved meanwhile: read its newer revision and retag that.
        if (!(error instanceof GalleyError && error.code === 'conflict') || attempt >= 3) throw error;
      }
    }
  }
  const speaker = await speakers.merge(keepId, dropId);
  return { speaker, articlesChanged };
}
