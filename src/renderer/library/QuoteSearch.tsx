// Quotes across the whole library, by speaker and by words; each result
// opens its article with the quote selected.
import { useEffect, useState } from 'react';
import type { QuoteHit } from '../../shared/contract/api';
import { client } from '../api/client';
import { speakerHue } from '../../shared/speakers/hue';
import { useSpeakers } from '../quotes/speakers-context';
import { messageOf } from '../../shared/message-of';

export function QuoteSearch({ onOpen, speakerId: initialSpeaker = '' }: { onOpen: (articleId: string, quoteId: string) => void; speakerId?: string }) {
  const { speakers, byId } = useSpeakers();
  const [speakerId, setSpeakerId] = useState(initialSpeaker);
  const [words, setWords] = useState('');
  const [hits, setHits] = useState<QuoteHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setSpeakerId(initialSpeaker), [initialSpeaker]);
  useEffect(() => {
    const timer = setTimeout(() => {
      client
        .searchQuotes({ speakerId: speakerId || undefined, words: words || undefined })
        .then((r) => {
          setHits(r.hits);
          setError(null);
        })
        .catch((e: unknown) => setError(messageOf(e)));
    }, 150);
    return () => clearTimeout(timer);
  }, [speakerId, words]);

  return (
    <section className="quote-search" aria-label="Quote search">
      <div className="toolbar sub">
        <select aria-label="Quoted speaker" value={speakerId} onChange={(e) => setSpeakerId(e.target.value)}>
          <option value="">Every speaker</option>
          {speakers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <input type="search" className="search" aria-label="Words in the quote" placeholder="Words in the quote" value={words} onChange={(e) => setWords(e.target.value)} />
        <span className="dim">{hits ? `${hits.length} quote${hits.length === 1 ? '' : 's'}` : ''}</span>
      </div>
      {error && (
        <p role="alert" className="error hint">
          {error}
        </p>
      )}
      <ol className="quote-results" aria-label="Quotes found">
        {hits?.map((hit) => (
          <li key={`${hit.articleId}:${hit.quoteId}`}>
            <button type="button" className="quote-result" onClick={() => onOpen(hit.articleId, hit.quoteId)}>
              <span className="speaker-swatch" style={{ ['--speaker-hue' as string]: hit.speakerId ? speakerHue(hit.speakerId) : 0 }} data-none={hit.speakerId ? undefined : 'true'} />
              <span className="quote-speaker">{hit.speakerId ? (byId.get(hit.speakerId)?.name ?? 'Unknown') : 'No speaker'}</span>
              <span className="quote-text">“{hit.text}”</span>
              <span className="dim result-headline">{hit.headline || 'Untitled'}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
