import { normalise, type TextField } from "./text-scan";

/**
 * Numeric readings written in the text: platelet counts, blood pressure, temperature. Each comes back in
 * one unit with the words it was read from, so the rule's threshold (and its source) stays in the data.
 */
export type Measure = "platelets-per-microlitre" | "systolic-mmhg" | "diastolic-mmhg" | "temperature-celsius";

export interface Reading {
  measure: Measure;
  value: number;
  field: TextField;
  text: string;
}

const number = (raw: string) => Number(raw.replace(/,/g, ""));

// "platelets 20", "plt 45k", "platelet count of 30,000", "PLT 20 x10^9/L", "20k platelets".
const PLATELETS_AFTER =
  /\b(?:platelets?|plts?|platelet count)(?:\s+count)?\s*(?:of|is|was|were|at|=|:|-|down to|dropped to|now)?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|thousand)?\b/g;
const PLATELETS_BEFORE = /\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|thousand)?\s*platelets?\b/g;
// "BP 190/120", "blood pressure of 185/100 mmHg".
const BLOOD_PRESSURE = /\b(?:bp|blood pressure|b\/p)\s*(?:of|is|was|=|:|-|at)?\s*(\d{2,3})\s*\/\s*(\d{2,3})\b/g;
// "temp 38.5", "T 39 C", "temperature of 101.3 F", "febrile to 38.4".
const TEMPERATURE =
  /\b(?:temp(?:erature)?|t|febrile to|fever of|fever to)\s*(?:of|is|was|=|:|-)?\s*(\d{2,3}(?:\.\d)?)\s*(?:°|deg(?:rees)?)?\s*(c|f)?\b/g;

/**
 * A platelet count below 1,000 is read in thousands per µL (×10^9/L: the same number), as laboratories
 * report it; "50,000" or "50k" per µL as written.
 */
function plateletsPerMicrolitre(raw: string, thousands: string | undefined): number {
  const value = number(raw);
  if (thousands) return value * 1000;
  return value < 1000 ? value * 1000 : value;
}

function celsius(raw: string, unit: string | undefined): number | null {
  const value = number(raw);
  if (unit === "f" || (!unit && value >= 93 && value <= 113)) return Math.round((((value - 32) * 5) / 9) * 10) / 10;
  if (value >= 34 && value <= 45) return value;
  return null;
}

export function readReadings(field: TextField, text: string): Reading[] {
  const norm = normalise(text);
  const out: Reading[] = [];
  const seen = new Set<number>();
  for (const re of [PLATELETS_AFTER, PLATELETS_BEFORE]) {
    for (const m of norm.matchAll(re)) {
      if (seen.has(m.index)) continue;
      seen.add(m.index);
      out.push({
        measure: "platelets-per-microlitre",
        value: plateletsPerMicrolitre(m[1] ?? "", m[2]),
        field,
        text: text.slice(m.index, m.index + m[0].length),
      });
    }
  }
  for (const m of norm.matchAll(BLOOD_PRESSURE)) {
    const words = text.slice(m.index, m.index + m[0].length);
    out.push({ measure: "systolic-mmhg", value: number(m[1] ?? ""), field, text: words });
    out.push({ measure: "diastolic-mmhg", value: number(m[2] ?? ""), field, text: words });
  }
  for (const m of norm.matchAll(TEMPERATURE)) {
    const value = celsius(m[1] ?? "", m[2]);
    if (value !== null) out.push({ measure: "temperature-celsius", value, field, text: text.slice(m.index, m.index + m[0].length) });
  }
  return out;
}

export function formatReading(reading: Reading): string {
  switch (reading.measure) {
    case "platelets-per-microlitre":
      return `platelets ${reading.value.toLocaleString("en-US")}/µL`;
    case "systolic-mmhg":
      return `systolic ${reading.value} mmHg`;
    case "diastolic-mmhg":
      return `diastolic ${reading.value} mmHg`;
    case "temperature-celsius":
      return `temperature ${reading.value} °C`;
  }
}
