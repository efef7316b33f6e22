import { buildMatcherIndex, matchComplaint, toMatcherConditions } from "@/lib/domain/matcher";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

/**
 * Patients' words for carpal tunnel syndrome, exercise soreness, a pressing headache, the back of the
 * neck and an episode of low back pain, and skin lesions of the sole (docs/matching.md). Lines written
 * for this test from the clinical descriptions each rule cites, not taken from any labelled set. Each
 * test fails when its rule or lay entry is removed.
 */

const NOW = new Date("2026-06-01T00:00:00Z");
const index = buildMatcherIndex(toMatcherConditions(seedEvidence.conditions));
const candidates = (text: string) => matchComplaint(index, text, { now: NOW }).candidates;
const top = (text: string) => candidates(text)[0];
const confidenceFor = (text: string, slug: string) => candidates(text).find((c) => c.slug === slug)?.confidence ?? "none";

describe("numbness of the hand with a median-nerve sign suggests carpal tunnel syndrome (CTS-6, flick sign)", () => {
  test.each([
    "My fingers go numb at night and I wake up shaking my hand to get the feeling back.",
    "I keep dropping things because my hand is numb and weak.",
    "My wrist and hand tingle and burn at night; the doctor thinks it's my median nerve.",
  ])("%s", (text) => {
    const best = top(text);
    expect(best?.slug).toBe("carpal-tunnel-syndrome");
    // Suggested, not diagnosed: the pattern alone never reads "high".
    expect(best?.confidence).toBe("medium");
    expect(best?.matched.map((m) => m.why).join(" ")).toMatch(/median-nerve sign/);
  });

  test("without a median-nerve sign, or outside the hand, numbness is not carpal tunnel syndrome", () => {
    expect(confidenceFor("My hand is numb.", "carpal-tunnel-syndrome")).toBe("none");
    expect(confidenceFor("Tingling in my feet at night.", "carpal-tunnel-syndrome")).toBe("none");
    expect(confidenceFor("Numbness in my fingers in the cold, they turn white.", "carpal-tunnel-syndrome")).toBe("none");
  });

  test("another named nerve cause still caps it (the condition's Not for exclusions)", () => {
    expect(["none", "low"]).toContain(confidenceFor("Numb hands at night from diabetic peripheral neuropathy.", "carpal-tunnel-syndrome"));
    expect(["none", "low"]).toContain(
      confidenceFor(
        "Tingling in my hand and arm at night from a pinched nerve in my neck, cervical radiculopathy.",
        "carpal-tunnel-syndrome",
      ),
    );
  });

  test("a compressed or pinched nerve is a nerve entrapment", () => {
    expect(top("median nerve compression at the wrist")?.slug).toBe("carpal-tunnel-syndrome");
  });
});

describe("exercise soreness in everyday words", () => {
  test.each([
    "Did my first spin class in years and two days later my thighs are on fire.",
    "My arms are so sore from the push-ups I did on Monday, I can't straighten them.",
    "Ran a half marathon Sunday and now my calves and quads are killing me.",
  ])("%s", (text) => {
    expect(top(text)?.slug).toBe("exercise-muscle-soreness");
  });

  test("a weekday alone, with no exercise named, is not exercise soreness", () => {
    expect(confidenceFor("My arms are sore from the flu shot on Monday.", "exercise-muscle-soreness")).toBe("none");
  });
});

describe("regions and episodes in everyday words", () => {
  test("pressure or a band around the head is a head pain, and the band suggests tension type", () => {
    expect(top("A tight band around my head most afternoons, like my head is in a vise.")?.slug).toBe("tension-type-headache");
    expect(top("Pressure across my forehead and temples that builds when I'm stressed at work.")?.slug).toBe("tension-type-headache");
  });

  test("the base of the skull is the back of the neck", () => {
    expect(top("Constant ache at the base of my skull and into my upper back from hunching over a laptop.")?.slug).toBe(
      "chronic-neck-pain",
    );
  });

  test("'threw my back out' is an episode of low back pain, and a past one is history", () => {
    expect(top("I threw my back out again; it's been bad on and off since last year.")?.slug).toBe("chronic-low-back-pain");
    expect(["none", "low"]).toContain(confidenceFor("Threw my back out ten years ago, fine since.", "chronic-low-back-pain"));
  });

  test("a plantar wart or Morton's neuroma is not plantar heel pain", () => {
    expect(["none", "low"]).toContain(confidenceFor("Plantar wart on my heel, it hurts to walk.", "plantar-heel-pain"));
    expect(["none", "low"]).toContain(confidenceFor("Verruca on my heel, painful", "plantar-heel-pain"));
    expect(["none", "low"]).toContain(confidenceFor("Morton neuroma with heel pain", "plantar-heel-pain"));
  });
});

describe("pain said apart from its body part, and context read the ConText way", () => {
  test("a definite 'the pain' in a sentence naming no body part refers back to the one named before (capped at medium)", () => {
    const best = top("I have trouble using my shoulder for anything overhead. Lately I wake at night because of the pain.");
    expect(best?.slug).toBe("shoulder-pain");
    expect(best?.confidence).toBe("medium");
    expect(best?.warnings.join(" ")).toMatch(/said in a later sentence/);
  });

  test("'because' ends a negation's scope: the cause is affirmed", () => {
    expect(top("Not able to work because of low back pain.")?.slug).toBe("chronic-low-back-pain");
  });

  test("'X was ruled out' sets X aside as surely as 'ruled out X'", () => {
    expect(confidenceFor("Fibromyalgia was ruled out.", "fibromyalgia")).toBe("none");
    expect(confidenceFor("Carpal tunnel syndrome has been ruled out.", "carpal-tunnel-syndrome")).toBe("none");
  });

  test("ankylosing spondylitis is a different diagnosis of the back", () => {
    expect(["none", "low"]).toContain(
      confidenceFor("Ankylosing spondylitis with morning stiffness in the lower back for years.", "chronic-low-back-pain"),
    );
  });
});

describe("more everyday words for the added conditions", () => {
  test("a joint 'replaced' is an operation that has happened", () => {
    expect(top("I had my hip replaced ten days ago and the first week home was really hard, sore all the time.")?.slug).toBe(
      "post-operative-pain",
    );
  });

  test("legs 'wrecked' after exercise, or arms too sore to move, are exercise soreness", () => {
    expect(top("My legs are wrecked after yesterday's hike.")?.slug).toBe("exercise-muscle-soreness");
    expect(top("Started a new workout program on Monday and today I can hardly move my arms.")?.slug).toBe("exercise-muscle-soreness");
  });

  test("a heel spur, or a bruised feeling under the heel, is plantar heel pain", () => {
    expect(top("Podiatrist said I have a heel spur and inflamed fascia.")?.slug).toBe("plantar-heel-pain");
    expect(top("Feels like a bruise under my heel, I've had it for months.")?.slug).toBe("plantar-heel-pain");
  });
});

describe("exercise soreness told by what the patient cannot do", () => {
  test.each([
    "After my first CrossFit session I could barely walk down the stairs.",
    "My legs felt like lead for two days after the race.",
    "I was hobbling around the office the day after the hill run.",
    "Two days after the marathon I'm still waddling like a duck.",
    "I overdid it at the gym and now I'm paying for it, everything is sore.",
    "The soreness kicked in the day after my first boxing class, especially my shoulders and arms.",
  ])("%s", (text) => {
    expect(top(text)?.slug).toBe("exercise-muscle-soreness");
  });

  test("a functional sign with no exercise named is not exercise soreness", () => {
    expect(confidenceFor("I could barely walk down the stairs this morning.", "exercise-muscle-soreness")).toBe("none");
  });
});

describe("when the operation happened, in patients' words", () => {
  test.each([
    "They did a lumpectomy on Monday and my breast and armpit are very sore.",
    "Having had my tonsils out, the pain is unbelievable.",
    "My mastectomy was on Friday; the drains are out but the whole area aches.",
    "The nurses say the pain after a thoracotomy is the worst.",
  ])("%s", (text) => {
    expect(top(text)?.slug).toBe("post-operative-pain");
  });

  test("an operation said to be ahead, after its word, is not one that happened", () => {
    expect(["none", "low"]).toContain(confidenceFor("My surgery is on Friday and the pain in my knee is bad.", "post-operative-pain"));
    expect(["none", "low"]).toContain(
      confidenceFor("Knee osteoarthritis for years, the operation was on hold, the pain is constant.", "post-operative-pain"),
    );
  });
});

describe("a date that marks an onset, and more everyday anatomy", () => {
  test("'diagnosed … years ago' dates the onset of a condition that goes on; 'had … years ago' is past", () => {
    expect(top("Knee osteoarthritis diagnosed 2 years ago, worse now.")?.confidence).toBe("high");
    expect(top("I was diagnosed with fibro five years ago, the pain and fatigue never stop.")?.slug).toBe("fibromyalgia");
    expect(confidenceFor("I was diagnosed with fibro five years ago, the pain and fatigue never stop.", "fibromyalgia")).toBe("high");
    expect(confidenceFor("I had a tension headache years ago.", "tension-type-headache")).toBe("low");
  });

  test("sore heels are heel pain; the shoulder blades are the upper back, not the shoulder", () => {
    expect(top("Sore heels from standing on a hard floor all shift.")?.slug).toBe("plantar-heel-pain");
    expect(top("My heel feels like I'm stepping on glass when I get up.")?.slug).toBe("plantar-heel-pain");
    expect(["none", "low"]).toContain(confidenceFor("Pain between my shoulder blades from sitting at a desk all day.", "shoulder-pain"));
  });

  test("a degenerative joint, bone rubbing on bone, is osteoarthritis", () => {
    expect(top("Degenerative knee joint, bone rubbing on bone, the X-ray showed.")?.slug).toBe("knee-osteoarthritis");
  });
});

test("a condition 'not bothering her now' is nothing to treat now (the no-current-symptoms cap)", () => {
  const text = "Follow-up for diabetes. Knee osteoarthritis is managed with acetaminophen and not bothering her now.";
  expect(confidenceFor(text, "knee-osteoarthritis")).toBe("low");
});
