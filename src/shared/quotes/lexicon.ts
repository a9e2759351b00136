// The newsroom vocabulary the rule-based quote detector reads by: cue verbs,
// honorifics, titles, role words and the capitalised words that are not names.
// Kept apart from the rules so a sub-editor's correction ("we also write
// 'quipped'") is a one-line change here, not a change to the logic.

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Verbs of speaking in every form copy uses them: "said", "says", "saying",
 * "tell"/"told". Base forms are here for "would not say", "continues to
 * insist". "called" is speech only with an object between it and the
 * quote ("called the plan “reckless”"): "a film called “Barbie”" is a name,
 * which isNaming in attribute.ts settles before any cue is looked for.
 */
export const CUE_VERBS = words(`
  say says said saying tell tells told telling add adds added adding ask asks asked asking
  warn warns warned warning insist insists insisted insisting explain explains explained explaining
  claim claims claimed claiming argue argues argued arguing state states stated stating
  note notes noted noting write writes wrote writing tweet tweets tweeted tweeting post posts posted
  accuse accuses accused accusing urge urges urged urging promise promises promised promising
  declare declares declared declaring announce announces announced announcing reply replies replied
  respond responds responded continue continues continued recall recalls recalled recalling
  admit admits admitted admitting concede concedes conceded conceding acknowledge acknowledges acknowledged
  suggest suggests suggested suggesting observe observes observed remark remarks remarked
  comment comments commented confirm confirms confirmed deny denies denied denying stress stresses stressed
  emphasise emphasises emphasised emphasize emphasizes emphasized maintain maintains maintained
  predict predicts predicted testify testifies testified caution cautions cautioned
  complain complains complained complaining joke jokes joked joking laughed vow vows vowed vowing
  pledge pledges pledged demand demands demanded conclude concludes concluded agree agrees agreed
  counter counters countered retort retorts retorted shout shouts shouted boast boasts boasted
  reiterate reiterates reiterated allege alleges alleged describe describes described describing
  brand brands branded label labels labelled labeled hail hails hailed criticise criticises criticised criticising
  criticize criticizes criticized criticizing condemn condemns condemned slam slams slammed praise praises praised
  blast blasts blasted threaten threatens threatened reveal reveals revealed disclose discloses disclosed
  assure assures assured mutter mutters muttered sigh sighs sighed exclaim exclaims exclaimed
  quip quips quipped recount recounts recounted reflect reflects reflected muse muses mused
  whisper whispers whispered yell yells yelled scream screamed plead pleads pleaded pleading
  lament laments lamented protest protests protested reason reasons reasoned
  call calls called calling answer answers answered answering reported
  commit commits committed committing
  remember remembers remembered
`);

/** Verbs a wire story puts before its speaker: "said Mr Qazi", "added Lindqvist". "told X" names the listener, so it is absent. */
export const INVERTIBLE_VERBS = words(`
  said says added adds asked asks explained explains continued continues replied replies wrote writes
  warned warns insisted insists recalled recalls remarked remarks noted notes observed observes countered
  quipped quips joked jokes admitted admits concluded concludes declared declares argued argues stated states
  tweeted tweets posted laughed sighed muttered exclaimed cautioned conceded reflected mused
  answered answers reported reports
`);

/** Words between a speaker and the cue verb: "Mr Qazi also said", "he later told", "she would not say". */
export const CUE_FILLERS = words(`
  also later then again previously repeatedly once never not just still further earlier yesterday today
  would will could can did does do has have had was is were be been to continues continued went on
  recently separately subsequently first already initially originally now
`);

/** Honorifics: they make a name a person and, for most, give the pronoun. */
export const HONORIFICS: Record<string, 'he' | 'she' | null> = {
  mr: 'he', mister: 'he', sir: 'he', lord: 'he', mrs: 'she', ms: 'she', miss: 'she', dame: 'she', lady: 'she',
  dr: null, prof: null, professor: null, rev: null, reverend: null, mx: null, cllr: null, councillor: null,
};

/** Titles written before a name that also say what the person is: "President Joe Biden", "Judge Catherine Moore". */
export const TITLES: Record<string, string> = {
  president: 'President', 'vice-president': 'Vice-President', chancellor: 'Chancellor', senator: 'Senator', sen: 'Senator',
  representative: 'Representative', rep: 'Representative', congressman: 'Congressman', congresswoman: 'Congresswoman',
  governor: 'Governor', gov: 'Governor', mayor: 'Mayor', judge: 'Judge', justice: 'Justice', minister: 'Minister',
  premier: 'Premier', king: 'King', queen: 'Queen', prince: 'Prince', princess: 'Princess', pope: 'Pope',
  bishop: 'Bishop', archbishop: 'Archbishop', cardinal: 'Cardinal', imam: 'Imam', rabbi: 'Rabbi', mullah: 'Mullah',
  sheikh: 'Sheikh', general: 'General', gen: 'General', colonel: 'Colonel', col: 'Colonel', lieutenant: 'Lieutenant',
  lt: 'Lieutenant', sergeant: 'Sergeant', sgt: 'Sergeant', captain: 'Captain', capt: 'Captain', admiral: 'Admiral',
  commander: 'Commander', major: 'Major', inspector: 'Inspector', insp: 'Inspector', detective: 'Detective',
  det: 'Detective', superintendent: 'Superintendent', supt: 'Superintendent', constable: 'Constable', pc: 'PC',
  dci: 'DCI', di: 'DI', ds: 'DS', coach: 'Coach', ambassador: 'Ambassador', secretary: 'Secretary',
  commissioner: 'Commissioner', speaker: 'Speaker', chairman: 'Chairman', chairwoman: 'Chairwoman', recorder: 'Recorder',
};

/**
 * Nouns that name what someone is or does. A run of them before a name is the
 * person's role ("Chinese Foreign Ministry spokeswoman Hua Chunying"), and
 * "the judge" or "the spokeswoman" refers back to whoever holds one.
 */
export const ROLE_NOUNS = words(`
  spokesman spokeswoman spokesperson secretary minister president chairman chairwoman chair chairperson director
  chief executive officer leader head governor mayor senator judge prosecutor lawyer attorney barrister solicitor
  counsel coach manager boss captain striker midfielder defender goalkeeper forward winger player analyst economist
  professor researcher scientist doctor nurse teacher headteacher headmaster headmistress principal commander
  general colonel inspector detective superintendent constable ambassador envoy diplomat official adviser advisor
  founder ceo cfo boss owner campaigner activist author writer editor correspondent resident witness councillor
  mp mep lawmaker legislator congressman congresswoman representative chancellor premier king queen prince princess
  pope bishop archbishop imam rabbi priest vicar mullah commissioner deputy undersecretary strategist pollster
  historian expert partner trader investor treasurer whip sergeant lieutenant admiral dean surgeon consultant
  pathologist coroner magistrate juror defendant victim mother father son daughter wife husband brother sister
  widow widower fiancee fiancée grandmother grandfather grandson granddaughter aunt uncle cousin niece nephew stepfather stepmother
  friend neighbour neighbor cellist violinist pianist singer musician artist actor actress director producer
  presenter broadcaster journalist reporter novelist poet chef farmer driver pilot soldier officer student
  businessman businesswoman entrepreneur economist banker chemist engineer architect designer curator
  organiser organizer volunteer survivor commentator candidate nominee incumbent challenger referee umpire
  chairperson vice-president vice-chair governor-general premier secretary-general
  council police government ministry department company club court army military committee commission agency
  union party group firm bank authority regulator hospital school university charity organisation organization
  spokespeople officials residents critics analysts experts campaigners protesters
  aide aides staffer source sources insider ally member official researchers scientists authors
  operator provider carrier airline retailer supermarket manufacturer insurer lender watchdog
  statement memo memorandum report assessment letter filing indictment ruling judgment judgement lawsuit
  communique communiqué dossier briefing audit survey declaration resolution manifesto
  note email e-mail minutes
  newspaper paper broadcaster magazine tabloid website channel network station agency
  worker family relatives body person qc kc
  trust society association federation foundation institute academy college league alliance board tribunal inquiry
  service
  carmaker park zoo museum palace
  superintendency directorate inspectorate secretariat
`);

/** Words that make a phrase a clause rather than a role: "participation of this team shows …". */
export const CLAUSE_VERBS = words(`
  is was are were be been being has have had do does did shows show showed says said will would can could should
  must may might that which who whom whose when where because if than
`);

/** Documents that speak for whoever wrote them: "the statement said", "the leaked memo says". */
export const DOCUMENT_NOUNS = words(`
  statement memo memorandum report assessment letter filing indictment ruling judgment judgement lawsuit
  communique communiqué dossier briefing audit survey declaration resolution manifesto
  note email e-mail minutes
`);

/** Publications and broadcasters: "according to the Gazette", "the broadcaster says". */
export const PUBLICATION_NOUNS = words(`newspaper paper broadcaster magazine tabloid website channel network station`);

/** Role nouns that refer to a body, not a person: they take "they"/"it", never "he" or "she". */
export const GROUP_NOUNS = words(`
  council police government ministry department company club court army military committee commission agency
  union party group firm bank authority regulator hospital school university charity organisation organization
  spokespeople officials residents critics analysts experts campaigners protesters aides sources researchers
  scientists authors
  operator provider carrier airline retailer supermarket manufacturer insurer lender watchdog
  statement memo memorandum report assessment letter filing indictment ruling judgment judgement lawsuit
  communique communiqué dossier briefing audit survey declaration resolution manifesto
  note email e-mail minutes
  newspaper paper broadcaster magazine tabloid website channel network station
  family relatives body
  trust society association federation foundation institute academy college league alliance board tribunal inquiry
  service
  carmaker park zoo museum palace
  superintendency directorate inspectorate secretariat
`);

/** Role words that modify a role noun: "general secretary", "chief medical officer", "deputy head". */
export const ROLE_MODIFIERS = words(`
  general chief deputy senior junior former acting interim vice assistant associate principal executive
  lead head foreign home finance health public medical defence defense interior justice education
  managing national regional local opposition shadow prime first second prosecuting defending team club party
  press communications political economic legal technical sporting creative artistic
`);

/** Role words that give a pronoun. */
export const GENDERED: Record<string, 'he' | 'she'> = {
  spokeswoman: 'she', chairwoman: 'she', congresswoman: 'she', businesswoman: 'she', policewoman: 'she',
  mother: 'she', wife: 'she', sister: 'she', daughter: 'she', queen: 'she', princess: 'she', actress: 'she',
  headmistress: 'she', grandmother: 'she', aunt: 'she', niece: 'she', girl: 'she', woman: 'she', mum: 'she',
  spokesman: 'he', chairman: 'he', congressman: 'he', businessman: 'he', policeman: 'he', father: 'he',
  husband: 'he', brother: 'he', son: 'he', king: 'he', prince: 'he', headmaster: 'he', grandfather: 'he',
  uncle: 'he', nephew: 'he', boy: 'he', man: 'he', dad: 'he', pope: 'he', widower: 'he', grandson: 'he', stepfather: 'he',
  widow: 'she', granddaughter: 'she', fiancee: 'she', fiancée: 'she', stepmother: 'she',
};

/** Words that are equal as roles: "the Northfield manager" can be the man introduced as "Northfield boss". */
export const ROLE_SYNONYMS: Record<string, string> = {
  boss: 'manager', gaffer: 'manager', coach: 'manager', head: 'manager',
  spokeswoman: 'spokesperson', spokesman: 'spokesperson',
  headmaster: 'headteacher', headmistress: 'headteacher', principal: 'headteacher',
  attorney: 'lawyer', barrister: 'lawyer', solicitor: 'lawyer', counsel: 'lawyer',
  ceo: 'executive', chief: 'executive',
  chairwoman: 'chair', chairman: 'chair', chairperson: 'chair',
  justice: 'judge', memorandum: 'memo', judgement: 'judgment', communiqué: 'communique',
};

/**
 * Capitalised words that begin sentences or name days and months: never part
 * of a person's name. A run of capitals loses these from its start.
 */
export const NOT_NAMES = words(`
  The A An And But Or Nor So Yet For In On At To From By With Without Of As If When While Whether Because
  Although Though After Before Since Until During Despite Earlier Later Meanwhile However Still Now Then
  This That These Those It Its He She They We I You His Her Their Our My Your Him Them Us Me There Here
  What Who Whom Whose Which Where Why How Asked Speaking Writing Defending Prosecuting Opening Closing
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Yesterday Today Tomorrow Last Next Some Many Most All Both Each Every Several Few No Not Yes Also Even Only
  One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Eighteen Twenty Thirty Hundred Thousand
  Outside Inside Across Around Behind Beyond Near Within Throughout Upon Against Along Elsewhere Separately
  Once Instead Indeed Nevertheless Moreover Furthermore Overall Like Unlike Among Between Under Over About
  Mum Dad Sir Madam
`);

/** Words that end a capitalised run's claim to be a person: places and institutions. */
export const ORG_WORDS = words(`
  City Town Village Road Street Lane Avenue Way Court Council Primary School Academy University College Hospital
  Party Ministry Department Office Committee Commission Bank Rate Group Association Union Movement Pictures
  Studios Philharmonic Orchestra United Rovers Athletic Wanderers FC Club House Senate Congress Parliament
  Assembly States Kingdom Republic Emirates Islands Sea River Mountains Valley Park Square Bridge Station Airport
  Centre Center Institute Foundation Trust Society Agency Service Services Police Army Navy Force Forces
  Corporation Corp Inc Ltd Plc Company Co Times News Post Journal Herald Telegraph Press Media Sport Culture
  Administration Government Authority Board Federation League Championship Cup Games Olympics Festival Awards
  Prize Act Bill Law Treaty Plan Fund Church Cathedral Mosque Temple Museum Gallery Theatre Theater Hall Prison
  Hotel Market Exchange Reserve Treasury Capitol Province Region County District State Coast Island Lake Ocean
  Committee Network Channel Radio Television TV Council Tribunal Inquiry Review Summit Conference Alliance
  Coalition Front Organisation Organization Network Brigade Regiment Division Unit Command Office Bureau
  Industries Holdings Group Partners Capital Airlines Airways Motors Energy Oil Gas Labs Technologies Systems
  Commons Lords Cabinet Whitehall Downing Kremlin Pentagon Crown Liberation
  Gazette Echo Chronicle Courier Tribune Observer Argus Advertiser Examiner Shimbun Banner Mirror
  Superintendency Directorate Inspectorate Secretariat
`);

/** The last word of a publication's or broadcaster's name: "the Arran Banner", "the Asahi Shimbun". */
export const PUBLICATION_WORDS = words(`
  Times News Post Journal Herald Telegraph Press Gazette Echo Chronicle Courier Tribune Observer Argus Advertiser
  Examiner Shimbun Banner Mirror Radio Television TV Broadcasting Record
`);

/** The first word of a newspaper's name: "the Daily Record", "the Sunday Mail". */
export const PUBLICATION_FIRST_WORDS = words(`Daily Sunday Weekly Evening Morning`);

/**
 * Whether a capitalised name is a newspaper's by its first word: "Daily Record", "Sunday Post", "Evening
 * Standard". The first word alone is not enough, since Sunday is a given name ("Sunday Dare, the sports
 * minister"): the last word must be one a newspaper's name ends in.
 */
export function newspaperByFirstWord(names: readonly string[]): boolean {
  return names.length >= 2 && PUBLICATION_FIRST_WORDS.has(names[0]) && (PUBLICATION_WORDS.has(names[names.length - 1]) || NEWSPAPER_TAILS.has(names[names.length - 1]));
}
const NEWSPAPER_TAILS = words(`Mail Express Standard Star Sport Independent Sun Nation Guardian Business Leader`);

/**
 * The bodies a generic noun may mean when the story has named one of that kind: "the agency said"
 * after the Superintendency of the Environment, "the university said" after the University of Leeds.
 * Keys are role nouns; values are words of a body's name that make it that kind.
 */
export const BODY_KINDS: Record<string, ReadonlySet<string>> = {
  // Not office, service, authority, commission or administration: "…, the agency said" in wire copy is as often the
  // news agency's own voice, and a Home Office or a Crown Prosecution Service named earlier would take it.
  agency: words(`agency superintendency directorate inspectorate bureau`),
  superintendency: words(`superintendency`),
  university: words(`university universidad universidade università universität université universite polytechnic`),
  ministry: words(`ministry department secretariat`),
  court: words(`court tribunal`),
  tribunal: words(`court tribunal`),
};

/** Name particles that stay lower case inside a name: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
export const NAME_PARTICLES = words(`de del della der den van von da das do dos du la le di bin bint ibn al el ter ten`);

/** Small words that stay lower case when an ALL-CAPS lead-in is folded: "Communist Party of Pakistan". */
export const SMALL_WORDS = words(`of for and the in on at to a an by with from or`);

/** Phrases before a quotation mark that say the words are a name or a label, not speech. */
export const NAMING_WORDS = words(`so-called dubbed titled entitled named nicknamed called billed branded-as known headed headlined captioned`);

/** Kinds of work whose titles are quoted: "the film “Oppenheimer”". */
export const WORK_NOUNS = words(`
  film movie book novel song album single play series show documentary programme program musical opera poem
  report exhibition podcast campaign operation hashtag slogan headline essay memoir biography painting
  sculpture track record episode game app motto phrase term word words guide handbook pamphlet
`);

export const PRONOUNS: Record<string, 'he' | 'she' | 'they'> = { he: 'he', she: 'she', they: 'they' };
