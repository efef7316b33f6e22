/**
 * Ordinary words the spelling corrector must leave alone even when they are one edit from a clinical
 * word ("later" is not "laser"). Only words of five letters or more matter: shorter ones are never corrected.
 */
export const COMMON_WORDS = `
about above after again against along already although always among another answer anything around asked
because before began begin being below better between bring brought built called came cannot carry cause
certain change check child children clear close color come could course cover daily doing during early
either enough every everything example except family father feels feeling felt field final first follow
found friend front getting given going great green group happy heard heavy hello help helps here house
however hundred important inside instead itself just keeps known large later learn least leave leaves level
light little lives living longer looked looking lower makes making matter maybe means might minute minutes
money month months morning mother moved moving music never night nothing notice number often order other
others outside paper parents party people period person picture place plant played playing point power
pretty problem problems quite rather reach ready really reason right round saying school second seems
sense seven several shall short should shown since sitting small sound south space stand start started
starting state still story study such sure table taken taking thing things think third those though thought
three through today together tomorrow total toward trying turned under until using usual usually village
walking wants watch water weeks where whether which while white whole whose within without woman women
words work worked working world would write wrong years young weekend stairs climbing standing bending
lifting carrying driving typing sleeping sleep slept wakes waking worse worst better improved improving
slowly quickly mildly severe severely moderate gardening cleaning shopping nurse teacher office worker
desk computer laptop phone steps first second third fourth fifth sixth twice three times daily weekly
nightly hourly ongoing chronic recent recently initially gradually suddenly sudden onset episode episodes
flare flares trigger triggers stress stressed tired fatigue fatigued sleepy restless anxious moody
medication medications tablets tablet ibuprofen naproxen paracetamol acetaminophen opioids tramadol
physio physiotherapy therapy therapist massage referral referred follow review visit clinic hospital
doctor surgeon surgery operation injection injections xray scan imaging ultrasound normal abnormal
mild moderate swelling swollen stiff stiffness locking clicking giving popping walks walked walker
crutches frame cane stick cycle cycles class classes match game games player players soccer football
rugby tennis basketball baseball hockey netball cricket swimming swimmer golf golfer dancer dancing
yesterday tonight weeks months years hours daily
`
  .split(/\s+/)
  .filter((w) => w.length >= 5);
