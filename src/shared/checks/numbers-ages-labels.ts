// Figures one to nine that are not counts, so stay figures: ages told by the
// words before them ("since he was 7", "at the age of 6", "aged 4"), and the
// names of things that carry a figure, a capitalised label noun before it
// ("Section 2", "Regulation 3", "Year 9", "Platform 4", "Key Stage 2") or a scale in small letters ("a force
// 8 gale", "a magnitude 6 earthquake"). The
// small-numbers rule (coded.ts) asks here before it flags a figure.

// An age after when or since: "since he was 7", "when she was just 5", "until they turned 9".
const AGE_CLAUSE = /\b(?:since|when|until|till|before|after|because|as|while|whilst|once)\s+(?:he|she|they|I|we|you)\s+(?:was|were|is|are|turned|had\s+turned)\s+(?:only\s+|just\s+|barely\s+|nearly\s+|almost\s+)?$/iu;
// "he turned 7", "aged just 4", "at the age of 6", "between the ages of 5 and 7".
const AGE_WORDS = /(?:\b(?:he|she|they)\s+turned\s+|\baged\s+(?:only\s+|just\s+|about\s+|around\s+)?|\bages?\s+of\s+(?:\d{1,2}\s+(?:and|to|or)\s+)?)$/iu;
// A capitalised label noun, and the figure after it is part of a name ("Section 2", "Key Stage 2").
const LABEL_NOUN =
  /\b(?:Section|Regulation|Article|Part|Schedule|Clause|Chapter|Paragraph|Rule|Annex|Appendix|Volume|Level|Tier|Year|Platform|Stage|Grade|Category|Class|Band|Form|Standard|Step|Phase|Round|Division|League|Group|Pool|Zone|Sector|Unit|Ward|Room|Gate|Terminal|Floor|Block|Wing|Court|Studio|Route|Junction|Lane|Bay|Pitch|Stand|Berth|Pier|Dock|Figure|Table|Exhibit|Item|Question|Option|Model|Type|Series|Season|Episode|Track|Book|Act|Scene|Page|Hole|Lap|Heat)\s$/u;

// A scale or label whose figure is its name in any case: "a force 8 gale", "a magnitude 6 earthquake",
// "grade 2 listed", "stage 3 cancer", "junction 4 of the M6", "platform 9", "gate 7".
const SCALE_OR_LABEL =
  /\b(?:force|magnitude|category|cat|grade|stage|tier|level|junction|platform|gate|terminal|pier|berth|bay|ward|room|floor|zone|band|phase|step|exit|channel|chapter|section|page|class)\s$/iu;

/** Whether the figure at `start` of `text` is an age or part of a label's name, by the words just before it. */
export function ageOrLabelBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  return LABEL_NOUN.test(before) || SCALE_OR_LABEL.test(before) || AGE_CLAUSE.test(before) || AGE_WORDS.test(before);
}

// Bowling figures, wickets for runs: "took 5 for 42".
const BOWLING_FIGURES = /^\sfor\s\d/u;

/** Whether the figure ending at `end` of `text` is the first half of a sport's figures ("5 for 42"), so stays a figure. */
export function sportFiguresAfter(text: string, end: number): boolean {
  return BOWLING_FIGURES.test(text.slice(end, end + 8));
}
