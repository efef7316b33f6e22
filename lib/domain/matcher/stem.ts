/**
 * A deliberately light suffix stripper. No stemming library is installed in this project, and a full
 * Porter stemmer over-conflates clinical words ("arthritis" / "arthritic", "sore" / "soreness" are
 * handled by the lexicon instead). Both the complaint and the phrases go through this same function,
 * so it only has to be consistent, not linguistically perfect.
 */

const IRREGULAR: Record<string, string> = {
  calves: "calf",
  feet: "foot",
  teeth: "tooth",
  knees: "knee",
  women: "woman",
  men: "man",
  children: "child",
  quads: "quad",
  lives: "life",
};

/** British spellings folded to American so that "tumour" and "tumor" are one word. */
const SPELLING: Record<string, string> = {
  tumour: "tumor",
  tumours: "tumors",
  anaesthesia: "anesthesia",
  anaesthetic: "anesthetic",
  paraesthesia: "paresthesia",
  paraesthesiae: "paresthesia",
  oedema: "edema",
  haematoma: "hematoma",
  haemorrhage: "hemorrhage",
  anaemia: "anemia",
  paediatric: "pediatric",
  orthopaedic: "orthopedic",
  oesophagus: "esophagus",
  faecal: "fecal",
  generalised: "generalized",
  localised: "localized",
  diarrhoea: "diarrhea",
  centre: "center",
  colour: "color",
  coloured: "colored",
  behaviour: "behavior",
  ischaemic: "ischemic",
  leukaemia: "leukemia",
  haematuria: "hematuria",
  gynaecological: "gynecological",
};

export function foldSpelling(word: string): string {
  return SPELLING[word] ?? word;
}

/** Endings that look like a plural "s" but are not one (arthritis, lumbago stays, sinus, diagnosis). */
const KEEP_S = /(?:ss|us|is|ys|as|os)$/;

export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith("ness") && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !KEEP_S.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 6) {
    w = w.slice(0, -3);
    if (/([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  } else if (w.endsWith("ed") && w.length > 5 && !w.endsWith("eed")) {
    w = w.slice(0, -2);
    if (/([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  }
  return w;
}
