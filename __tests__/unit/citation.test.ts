import {
  doiUrl,
  formatCitationAma,
  preferredStudyUrl,
  studyLinks,
  studyShortLabel,
  type CitableStudy,
} from "@/lib/domain/evidence/citation";

const base: CitableStudy = {
  authors: ["Perlman A"],
  etAl: true,
  year: 2012,
  title: "Massage therapy for osteoarthritis of the knee: a randomized dose-finding trial",
  journal: "PLoS One",
  volume: "7",
  issue: "2",
  pages: "e30248",
  doi: "10.1371/journal.pone.0030248",
  pmid: null,
};

describe("formatCitationAma", () => {
  it("formats a full journal article in AMA 11th style", () => {
    expect(formatCitationAma(base)).toBe(
      "Perlman A, et al. Massage therapy for osteoarthritis of the knee: a randomized dose-finding trial. PLoS One. 2012;7(2):e30248. doi:10.1371/journal.pone.0030248",
    );
  });

  it("lists up to six authors in full", () => {
    const six = ["A A", "B B", "C C", "D D", "E E", "F F"];
    expect(formatCitationAma({ ...base, authors: six, etAl: false })).toMatch(/^A A, B B, C C, D D, E E, F F\. Massage/);
  });

  it("lists the first three then et al when there are more than six authors", () => {
    const seven = ["A A", "B B", "C C", "D D", "E E", "F F", "G G"];
    const text = formatCitationAma({ ...base, authors: seven, etAl: false });
    expect(text).toMatch(/^A A, B B, C C, et al\. Massage/);
    expect(text).not.toContain("D D");
  });

  it("does not add et al for a complete author list", () => {
    const text = formatCitationAma({ ...base, authors: ["Quinn C", "Chandler C", "Moraska A"], etAl: false });
    expect(text).toMatch(/^Quinn C, Chandler C, Moraska A\. /);
    expect(text).not.toContain("et al");
  });

  it("skips missing fields without printing null or undefined", () => {
    const text = formatCitationAma({
      ...base,
      title: null,
      volume: null,
      issue: null,
      pages: "CD001929.pub3",
      doi: null,
      journal: "Cochrane Database Syst Rev",
      year: 2015,
      authors: ["Furlan AD"],
    });
    expect(text).toBe("Furlan AD, et al. Cochrane Database Syst Rev. 2015:CD001929.pub3.");
    expect(text).not.toMatch(/null|undefined/);
  });

  it("keeps an issue without a volume and drops the journal when absent", () => {
    expect(formatCitationAma({ ...base, volume: null, issue: "4", pages: "CD001929.pub2", journal: null, doi: null })).toBe(
      "Perlman A, et al. Massage therapy for osteoarthritis of the knee: a randomized dose-finding trial. 2012;(4):CD001929.pub2.",
    );
  });

  it("prints only the year when volume, issue and pages are all missing", () => {
    expect(
      formatCitationAma({
        ...base,
        title: null,
        volume: null,
        issue: null,
        pages: null,
        doi: "10.1200/JCO.22.01357",
        journal: "J Clin Oncol",
      }),
    ).toBe("Perlman A, et al. J Clin Oncol. 2012. doi:10.1200/JCO.22.01357");
  });

  it("does not double the full stop after a title ending in a question mark", () => {
    expect(formatCitationAma({ ...base, title: "Does massage help?" })).toContain("Does massage help? PLoS One.");
  });
});

describe("studyLinks", () => {
  it("gives DOI and PubMed URLs when both identifiers exist", () => {
    expect(studyLinks({ doi: "10.1007/s11606-018-4763-5", pmid: "30543021" })).toEqual({
      doi: "https://doi.org/10.1007/s11606-018-4763-5",
      pubmed: "https://pubmed.ncbi.nlm.nih.gov/30543021/",
    });
  });

  it("gives no links when there are no identifiers", () => {
    expect(studyLinks({ doi: null, pmid: null })).toEqual({});
    expect(preferredStudyUrl({ doi: null, pmid: null })).toBeNull();
  });

  it("prefers the DOI, then PubMed", () => {
    expect(preferredStudyUrl({ doi: null, pmid: "12356617" })).toBe("https://pubmed.ncbi.nlm.nih.gov/12356617/");
    expect(preferredStudyUrl({ doi: "10.1370/afm.1602", pmid: "1" })).toBe("https://doi.org/10.1370/afm.1602");
  });

  it("encodes characters that would break a DOI link", () => {
    expect(studyLinks({ doi: "10.1000/a#b", pmid: null }).doi).toBe("https://doi.org/10.1000/a%23b");
  });
});

describe("studyShortLabel", () => {
  it("uses the surname without initials", () => {
    expect(studyShortLabel({ authors: ["Cherkin DC"], year: 2011 })).toBe("Cherkin 2011");
    expect(studyShortLabel({ authors: ["Ernst"], year: 2003 })).toBe("Ernst 2003");
  });
});

/**
 * The citation is how a clinician finds the study behind a dose (GUIDE: every suggestion shows its
 * basis). Curated fields arrive as typed by an admin, with stray spaces and gaps: the printed reference
 * must still be one a librarian would recognise, and the links must open the right study.
 */
describe("formatCitationAma with fields as an admin typed them", () => {
  it("drops stray spaces and blank author entries instead of printing ', ,' or a space before a full stop", () => {
    const typed = {
      ...base,
      authors: ["  Perlman A ", " ", "Ali A"],
      etAl: false,
      title: "  Knee massage  ",
      journal: " PLoS One ",
      doi: " 10.1/x ",
    };
    expect(formatCitationAma(typed)).toBe("Perlman A, Ali A. Knee massage. PLoS One. 2012;7(2):e30248. doi:10.1/x");
  });

  it("a study with no listed authors starts at its title", () => {
    expect(formatCitationAma({ ...base, authors: [], etAl: false })).toMatch(/^Massage therapy for osteoarthritis/);
    expect(formatCitationAma({ ...base, authors: ["  "], etAl: true })).toMatch(/^Massage therapy for osteoarthritis/);
  });

  it("a title ending in '!' keeps it, and a '?' inside a title does not stop the full stop at its end", () => {
    expect(formatCitationAma({ ...base, title: "Massage works!" })).toContain("Massage works! PLoS One.");
    expect(formatCitationAma({ ...base, title: "Does massage help? A trial" })).toContain("Does massage help? A trial. PLoS One.");
    expect(formatCitationAma({ ...base, journal: "J Pain." })).toContain(" J Pain. 2012;");
  });

  it("a volume without an issue or pages reads '2012;7.'", () => {
    expect(formatCitationAma({ ...base, issue: null, pages: null, doi: null })).toMatch(/ 2012;7\.$/);
    expect(formatCitationAma({ ...base, issue: "  ", pages: " ", doi: null })).toMatch(/ 2012;7\.$/);
  });
});

describe("links a clinician follows to check a study", () => {
  it("a DOI typed with spaces around it still opens the study, with its '/' kept and other characters encoded", () => {
    expect(studyLinks({ doi: " 10.1000/a b/c ", pmid: null }).doi).toBe("https://doi.org/10.1000/a%20b/c");
    // The printed sheet links a stored DOI directly, untrimmed.
    expect(doiUrl(" 10.1370/afm.1602 ")).toBe("https://doi.org/10.1370/afm.1602");
  });

  it("only a numeric PMID becomes a PubMed link: a PMCID or a typo is not linked to the wrong record", () => {
    expect(studyLinks({ doi: null, pmid: " 30543021 " }).pubmed).toBe("https://pubmed.ncbi.nlm.nih.gov/30543021/");
    expect(studyLinks({ doi: null, pmid: "PMC6330016" })).toEqual({});
    expect(studyLinks({ doi: null, pmid: "30543021x" })).toEqual({});
    expect(studyLinks({ doi: null, pmid: "" })).toEqual({});
  });
});

describe("studyShortLabel (how the card and dose status name a study)", () => {
  it("drops only trailing initials: a multi-word surname, a lower-case suffix and a long capital word are kept", () => {
    expect(studyShortLabel({ authors: ["van der Berg J"], year: 2019 })).toBe("van der Berg 2019");
    expect(studyShortLabel({ authors: ["Field TM"], year: 2016 })).toBe("Field 2016");
    expect(studyShortLabel({ authors: ["Smith Jr"], year: 2001 })).toBe("Smith Jr 2001");
    expect(studyShortLabel({ authors: ["Moyer CORPORATE"], year: 2004 })).toBe("Moyer CORPORATE 2004");
    expect(studyShortLabel({ authors: ["Cherkin   DC"], year: 2011 })).toBe("Cherkin 2011");
  });

  it("a one-word author in capitals (a group author such as 'NICE') is the label, not dropped as initials", () => {
    expect(studyShortLabel({ authors: ["NICE"], year: 2021 })).toBe("NICE 2021");
  });

  it("with no author the year alone names the study", () => {
    expect(studyShortLabel({ authors: [], year: 2015 })).toBe("2015");
    expect(studyShortLabel({ authors: ["  "], year: 2015 })).toBe("2015");
  });
});
