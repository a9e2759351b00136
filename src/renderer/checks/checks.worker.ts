// The subbing checks' own thread: the dictionary is fetched and parsed here
// (a third of a second for en-GB), and every check runs here, so neither
// ever touches the main thread. Each block's answer is cached by its text,
// so after an edit only the blocks that changed are checked again.
import { Checker } from '../../shared/checks/engine';
import { loadHouseStyle, type HouseStyle } from '../../shared/checks/house-style';
import { BlockCache } from '../../shared/checks/block-cache';
import { Speller, type DictionaryFiles } from '../../shared/checks/spelling';
import { readWordList } from '../../shared/checks/word-list';
import type { SpellingLocale } from '../../shared/settings/model';
import defaultHouseStyle from '../../../resources/checks/house-style.yaml?raw';
import newsroomWords from '../../../resources/checks/newsroom-words.txt?raw';
// The dictionary packages read their files with node:fs, so their files are shipped instead: the
// small .aff inside this bundle, the half-megabyte .dic as an asset fetched when a locale is first used.
import gbAff from '../../../node_modules/dictionary-en-gb/index.aff?raw';
import gbDic from '../../../node_modules/dictionary-en-gb/index.dic?url';
import usAff from '../../../node_modules/dictionary-en/index.aff?raw';
import usDic from '../../../node_modules/dictionary-en/index.dic?url';
import type { CheckSetupMessage, FromWorker, ToWorker } from './protocol';
import { BlockReceiver } from './block-wire';
import { messageOf } from '../../shared/message-of';

const FILES: Record<SpellingLocale, { aff: string; dic: string; name: string }> = {
  'en-GB': { aff: gbAff, dic: gbDic, name: 'British English' },
  'en-US': { aff: usAff, dic: usDic, name: 'American English' },
};

const dictionaries = new Map<SpellingLocale, Promise<DictionaryFiles>>();
const NEWSROOM = readWordList(newsroomWords);

function dictionary(locale: SpellingLocale): Promise<DictionaryFiles> {
  let files = dictionaries.get(locale);
  if (!files) {
    const text = (url: string) => fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`the ${locale} dictionary could not be loaded (${r.status})`))));
    files = text(FILES[locale].dic).then((dic) => ({ aff: FILES[locale].aff, dic }));
    dictionaries.set(locale, files);
  }
  return files;
}

interface Ready {
  checker: Checker;
  speller: Speller;
  houseStyle: HouseStyle;
  cache: BlockCache;
}

let ready: Promise<Ready> | null = null;

async function setUp(setup: CheckSetupMessage): Promise<Ready> {
  const houseStyle = loadHouseStyle(setup.houseStyle.trim() ? setup.houseStyle : defaultHouseStyle);
  const speller = new Speller(await dictionary(setup.locale), [...NEWSROOM, ...houseStyle.words, ...setup.deskWords]);
  const checker = new Checker({
    speller,
    dictionaryName: FILES[setup.locale].name,
    rules: houseStyle.rules,
    directory: setup.directory,
    leaveQuotesAsSpoken: setup.leaveQuotesAsSpoken,
    clock: () => performance.now(),
  });
  return { checker, speller, houseStyle, cache: new BlockCache() };
}

const post = (message: FromWorker) => (self as unknown as { postMessage(message: FromWorker): void }).postMessage(message);

const received = new BlockReceiver();

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    // Read before any wait, so each list is read against the one sent just before it.
    const blocks = message.type === 'check' ? received.receive(message.blocks) : [];
    if (message.type === 'setup') {
      ready = setUp(message);
      await ready;
      return;
    }
    if (!ready) throw new Error('the checks were asked for before they were set up');
    const state = await ready;
    if (message.type === 'add-words') {
      state.speller.addWords(message.words);
      state.cache.clear();
      return;
    }
    if (message.type === 'suggest') {
      post({ type: 'suggestions', id: message.id, suggestions: state.checker.suggestionsFor({ ruleId: message.ruleId, text: message.text, suggestions: [] }) });
      return;
    }
    const started = performance.now();
    const { matches, checked } = state.cache.check(state.checker, blocks);
    post({ type: 'result', id: message.id, matches, setAside: [...state.houseStyle.setAside, ...state.checker.setAside], labels: state.houseStyle.labels, checked, took: performance.now() - started });
  } catch (error) {
    post({ type: 'failed', id: message.type === 'check' || message.type === 'suggest' ? message.id : null, message: messageOf(error) });
  }
};
