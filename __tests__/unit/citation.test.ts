import { formatCitationAma, preferredStudyUrl, studyLinks, studyShortLabel, type CitableStudy } from "@/lib/domain/evidence/citation";

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
