// The speaker directory as the renderer sees it: loaded once, refreshed
// after every change, shared by the picker, the panels and the labels (a
// stylesheet of the speakers' names, rewritten whenever the directory is).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Speaker, SpeakerFields } from '../../shared/speakers/model';
import { blankSpeaker } from '../../shared/speakers/model';
import { client } from '../api/client';
import { setKnownSpeakerIds } from '../editor/known-speakers';
import { speakerLabelCss } from './speaker-label-css';

/** A constructed sheet: the names reach the page through the CSSOM, so no inline style is needed. */
const labelSheet = new CSSStyleSheet();

interface SpeakersValue {
  speakers: Speaker[];
  byId: Map<string, Speaker>;
  create(fields: Partial<SpeakerFields> & { name: string }): Promise<Speaker>;
  update(id: string, fields: Partial<SpeakerFields>): Promise<Speaker>;
  refresh(): Promise<void>;
}

const SpeakersContext = createContext<SpeakersValue | null>(null);

export function SpeakersProvider({ children }: { children: ReactNode }) {
  const [speakers, setSpeakers] = useState<Speaker[]>([]);
  const refresh = useCallback(async () => {
    const { speakers: list } = await client.listSpeakers({});
    setKnownSpeakerIds(list.map((s) => s.id));
    setSpeakers(list);
  }, []);
  useEffect(() => void refresh().catch(() => {}), [refresh]);
  useEffect(() => {
    labelSheet.replaceSync(speakerLabelCss(speakers));
    if (!document.adoptedStyleSheets.includes(labelSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, labelSheet];
  }, [speakers]);
  const value = useMemo<SpeakersValue>(
    () => ({
      speakers,
      byId: new Map(speakers.map((s) => [s.id, s])),
      create: async (fields) => {
        const speaker = await client.createSpeaker({ fields: { ...blankSpeaker(fields.name), ...fields } });
        await refresh();
        return speaker;
      },
      update: async (id, fields) => {
        const speaker = await client.updateSpeaker({ id, fields });
        await refresh();
        return speaker;
      },
      refresh,
    }),
    [speakers, refresh],
  );
  return <SpeakersContext.Provider value={value}>{children}</SpeakersContext.Provider>;
}

export function useSpeakers(): SpeakersValue {
  const value = useContext(SpeakersContext);
  if (!value) throw new Error('useSpeakers outside SpeakersProvider');
  return value;
}
