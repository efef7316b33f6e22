/**
 * Passwords refused by the policy [ASVS 6.2.4, NIST SP 800-63B 3.1.1.2]: the most common passwords of
 * public breach corpora (after the SecLists "Common-Credentials" top lists), lower-cased, plus this
 * app's own name and its obvious variants (a context-specific word, ASVS 6.2.11). Entries shorter than
 * 8 characters are already refused by the length rule; they are kept so the list reads as its source.
 * Typed out here (no download at build or run time). Whitespace separates entries.
 */
const RAW = `
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123 football
monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael 654321 pussy superman
1qaz2wsx 7777777 fuckyou 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm asdfgh hunter buster
soccer harley batman andrew tigger sunshine iloveyou fuckme 2000 charlie robert thomas hockey ranger daniel
starwars klaster 112233 george asshole computer michelle jessica pepper 1111 zxcvbn 555555 11111111 131313
freedom 777777 pass fuck maggie 159753 aaaaaa ginger princess joshua cheese amanda summer love ashley 6969
nicole chelsea biteme matthew access yankees 987654321 dallas austin thunder taylor matrix william corvette
hello martin heather secret fucker merlin diamond 1234qwer gfhjkm hammer silver 222222 88888888 anthony justin
test bailey q1w2e3r4t5 patrick internet scooter orange 11111 golfer cookie richard samantha bigdog guitar
jackson whatever mickey chicken sparky snoopy maverick phoenix camaro sexy peanut morgan welcome falcon cowboy
ferrari samsung andrea smokey steelers joseph mercedes dakota arsenal eagles melissa boomer booboo spider
nascar monster tigers yellow xxxxxx 123123123 gateway marina diablo bulldog qwer1234 compaq purple hardcore
banana junior hannah 123654 porsche lakers iceman money cowboys 987654 london tennis 999999 ncc1701 coffee
scooby 0000 miller boston q1w2e3r4 fuckoff brandon yamaha chester mother forever johnny edward 333333 oliver
redsox player nikita knight fender barney midnight please brandy chicago badboy iwantu slayer rangers
charles angel flower bigdaddy rabbit wizard bigdick jasper enter rachel chris steven winner adidas victoria
natasha 1q2w3e4r jasmine winter prince panties marine ghbdtn fishing cocacola casper james 232323 raiders
888888 marlboro gandalf asdfasdf crystal 87654321 12344321 sexsex golden blowme bigtits 8675309 panther
lauren angela bitch spanky thx1138 angels madison winston shannon mike toyota blowjob jordan23 canada sophie
apples dick tiger razz 123abc pokemon qazxsw 55555 qwaszx muffin johnson murphy cooper jonathan liverpoo david
danielle 159357 jackie 1990 123456a 789456 turtle horny abcd1234 scorpion qazwsxedc 101010 butter carlos
password1 dennis slipknot qwerty123 booger asdf 1991 black startrek 12341234 cameron newyork rainbow nathan
john 1992 rocket viking redskins butthead asdfghjkl 1212 sierra peaches gemini doctor wilson sandra helpme
qwertyui victor florida dolphin pookie captain tucker blue liverpool theman bandit dolphins maddog packers
jaguar lovers nicholas united tiffany maxwell zzzzzz nirvana jeremy suckit stupid porn monica elephant giants
jackass hotdog rosebud success debbie mountain 444444 xxxxxxxx warrior 1q2w3e4r5t q1w2e3 123456q albert
metallic lucky azerty 7777 shithead alex bond007 alexis 1111111 samson 5150 willie scorpio bonnie gators
benjamin voodoo driver dexter 2112 jason calvin freddy 212121 creative 12345a sydney rush2112 1989 asdfghjk
red123 bubba 4815162342 passw0rd trouble gunner happy fucking gordon legend jessie stella qwert eminem arthur
apple nissan bullshit bear america 1qazxsw2 nothing parker 4444 rebecca qweqwe garfield 01012011 beavis 69696969
jack asdasd december 2222 102030 252525 11223344 magic apollo skippy 315475 girls kitten golf copper braves
shelby godzilla beaver fred tomcat august buddy airborne 1993 1988 lifehack qqqqqq brooklyn animal platinum
phantom online xavier darkness blink182 power fish green 789456123 voyager police travis 12qwaszx heaven
snowball lover abcdef 00000 pakistan 007007 walter playboy blazer cricket sniper hooters donkey willow loveme
saturn therock redwings bigboy pumpkin trinity williams tits nintendo digital destiny topgun runner marvin
guinness chance bubbles testing fire november minecraft asdf1234 lasvegas sergey broncos cartman private
celtic birdie little cassie babygirl donald beatles 1313 dickhead family 12121212 school louise gabriel eclipse
fluffy 147258369 lol123 explorer beer nelson flyers spencer scott lovely gibson doggie cherry andrey snickers
buffalo pantera metallica member carter qwertyu peter alexande steve bronco paradise goober 5555 samuel
montana mexico dreams michigan cock carolina friends magnum surfer poopoo maximus genius cool vampire lacrosse
asd123 aaaa christin kimberly speedy sharon carmen 111222 kristina sammy racing ou812 sabrina horses 0987654321
qwerty1 pimpin baby stalker enigma 147147 star poohbear boobies 147258 simple bollocks 12345q marcus brian 1987
qweasdzxc drowssap hahaha caroline barbara dave viper drummer action einstein bitches genesis hello1 scotty
friend forest 010203 hotrod google vanessa spitfire badger maryjane friday alaska 1232323q tester jester jake
champion floyd microsoft hell frank ocean 1313131 chelsea1 rock fylhtq toronto gangster letmein1 q1w2e3r4t5y6
hello123 hammer1 iloveyou1 sunshine1 princess1 football1 baseball1 monkey1 dragon1 master1 shadow1 superman1
welcome1 welcome123 password123 password12 password1234 passw0rd1 p@ssw0rd p@ssword pa55word pa55w0rd
passwort motdepasse contrasena senha parola wachtwoord haslo salasana lozinka jelszo heslo
qwerty12 qwerty1234 qwerty12345 qwertyuiop1 1q2w3e 1q2w3e4r5t6y zaq12wsx zaq1zaq1 zaq1xsw2 !qaz2wsx 1qaz2wsx3edc
abc12345 abcd12345 abcdefg abcdefgh abcdefghi abc123456 a123456 a12345678 a1b2c3d4 a1b2c3 aa123456 aa12345678
123456789a 12345678a 1234567a 123456aa qwe123 qwe12345 qweasd qweasd123 qweqwe123 asd12345 asdasd123 zxc123
zxcvbnm1 zxcvbnm123 1234abcd 12345abc 123abc123 abc123abc 1a2b3c4d iloveu iloveyou2 iloveyou! loveyou
lovelove ilovegod ilovejesus jesus jesus123 jesus1 christ god godisgood blessed blessing faith hope angel1
trustme trust123 letmein123 letmein! welcome! welcome2 login admin admin123 admin1 administrator root toor
default guest user user123 changeme changeme1 changeme123 temp temp123 temppass temporary newpass newpassword
password! password2 password3 password01 password11 password99 password2020 password2021 password2022
password2023 password2024 password2025 password2026 passwordpassword pass123 pass1234 pass12345 passpass
secret1 secret123 mysecret mypassword mypass private1 access14 access123 master123 masterkey superuser
sysadmin system manager support service office default1 12345678910 1234567891 123456789012 0123456789
01234567 098765 0987654 09876543 98765432 9876543210 11112222 11223344 12344321 12341234 123412341234 123123qwe
1234512345 123456123456 123654789 147852369 159753456 741852963 963852741 321654987 147852 258258 369369
121212121 1212121212 131313131 1111111111 2222222222 5555555555 7777777777 9999999999 00000000 0000000000
1111111 11111111 22222222 33333333 44444444 55555555 66666666 77777777 99999999 12121212 123123123123
aaaaaaaa aaaaaaaaaa zzzzzzzz qqqqqqqq asdfghjkl; q1q1q1q1 a1a1a1a1 1a1a1a1a abcabcabc qazqazqaz
sunshine123 princess123 football123 baseball123 monkey123 dragon123 master12 shadow123 superman123 batman123
michael1 michael123 jennifer1 jordan1 jordan123 charlie1 charlie123 robert1 thomas1 daniel1 andrew1 jessica1
ashley1 nicole1 matthew1 amanda1 joshua1 hunter1 hunter2 hunter123 tigger1 buster1 soccer1 soccer123 hockey1
harley1 ranger1 starwars1 computer1 michelle1 pepper1 freedom1 maggie1 ginger1 summer1 summer123 summer2020
summer2021 summer2022 summer2023 summer2024 summer2025 winter1 winter123 winter2020 winter2021 winter2022
winter2023 winter2024 winter2025 spring2023 spring2024 spring2025 autumn2023 autumn2024 fall2023 fall2024
january february march april may june july september october december1 monday tuesday wednesday thursday
friday1 saturday sunday weekend holiday christmas christmas1 easter halloween birthday birthday1
chocolate chocolate1 cupcake cookie1 cookies candy sugar honey honey123 sweety sweetie sweetheart darling
babygirl1 babyboy princesa princesita tequiero teamo teamo123 mamamia mamapapa mama papa mother1 father
daddy mommy family1 familia brother sister friends1 bestfriend forever1 always together
iloveyou123 iloveyou12 loveme1 lovely1 lover1 lovers1 love123 love1234 love12345 mylove mylove1 myangel
flower1 flowers rose roses daisy lily tulip sunflower butterfly butterfly1 dolphin1 elephant1 penguin
monkey12 tiger1 tigers1 lion eagle eagle1 falcon1 hawk wolf wolves fox panda koala kitty kitty1 kitten1
puppy puppy1 doggy dog123 cat123 catdog horse horse1 pony unicorn dragonfly spider1 snake cobra python
shark whale dolphins1 bulldogs bulldog1 cowboys1 yankees1 redsox1 lakers1 celtics steelers1 packers1
patriots eagles1 giants1 raiders1 broncos1 chiefs dallas1 texas california newyork1 chicago1 boston1
america1 usa123 canada1 mexico1 london1 paris france germany england scotland ireland australia
liverpool1 arsenal1 chelsea12 manchester manutd barcelona realmadrid juventus football12 soccer12
basketball basketball1 baseball12 hockey12 tennis1 golfer1 golf123 skater skateboard surfing snowboard
fishing1 hunting hunting1 racing1 nascar1 ferrari1 porsche1 mercedes1 bmw audi honda toyota1 nissan1
mustang1 corvette1 camaro1 harley12 yamaha1 suzuki kawasaki ducati chevy chevrolet dodge jeep ford
computer12 internet1 google1 google123 yahoo hotmail gmail facebook facebook1 twitter youtube myspace
myspace1 linkedin instagram iphone apple123 samsung1 nokia android windows microsoft1 linux ubuntu
matrix1 starwars12 startrek1 gandalf1 frodo hobbit mordor zelda mario pokemon1 pikachu naruto sasuke
batman1 superman12 spiderman spiderman1 ironman hulk thor avengers marvel dccomics wolverine
harrypotter hogwarts voldemort gryffindor sherlock doctorwho tardis jedi yoda darthvader skywalker
minecraft1 fortnite roblox warcraft starcraft diablo2 counterstrike halo xbox playstation nintendo1
killer1 killer123 slayer1 hacker hacker123 h4x0r hacked cracker ninja ninja123 samurai warrior1 soldier
sniper1 ghost phantom1 shadow12 darkness1 darkside demon devil lucifer satan 666999 hell666 death
metallica1 slipknot1 nirvana1 eminem1 tupac 2pac beatles1 queen elvis rockstar rockandroll guitar1 music
music1 music123 musica drummer1 singer dance dancer singing piano violin jazz blues reggae hiphop
pass@123 pass@word password@123 admin@123 welcome@123 p@$$w0rd p@55w0rd pa$$word pa$$w0rd passw0rd!
qwerty! qwerty@123 qwerty!@# 1qaz!qaz 1qaz@wsx !qaz@wsx !@#$%^&* !@#$%^ !@#$%^&*() 1q2w3e!q 123!@# 1234!@#$
trustno1! letmein2 letmeinnow openup opensesame sesame access1 enter123 master01 login123 login1
qwertyuiop123 asdfghjkl1 zxcvbnm12 1qazxsw23edc qazwsx123 qazwsxedc123 1qaz2wsx3edc4rfv zaq1@wsx
abcdefg1 abcdefgh1 abc123def abcde12345 12qwaszx 1qwerty qwerty7 qwerty01 qwerty11 qwerty69 qwertyqwerty
asdfasdf1 asdfjkl; asdfjkl qwertz qwertz123 azerty123 azertyuiop ytrewq poiuytrewq lkjhgfdsa mnbvcxz
iloveyoubaby iloveyousomuch loveyouforever foreveryoung neverforget nevermind whatever1 whatever123
nothing1 anything something everything somebody nobody noone yourmom yourmother fuckyou1 fuckyou123
fuckoff1 fuckme1 bitch1 asshole1 shithead1 bullshit1 dickhead1 motherfucker sexy123 sexygirl sexyboy
sexy1 hottie hottie1 hotstuff cutie cutie1 pretty beautiful beauty gorgeous handsome lovely123
superstar superman2 wonderwoman supergirl princess12 queen123 king king123 kingkong prince1 princesse
diamond1 diamonds crystal1 golden1 silver1 platinum1 money1 money123 moneyman cash dollar millionaire
rich success1 winner1 champion1 victory lucky1 lucky7 lucky13 luckystar fortune destiny1 freedom123
peace peace1 peaceandlove happiness happy1 happy123 smile smile123 sunshine2 rainbow1 sunrise sunset
moon moonlight starlight stars galaxy universe planet earth nature forest1 mountain1 river ocean1
summertime wintertime springtime snowflake snowman snow rain storm thunder1 lightning hurricane tornado
qwerty123456 123456789q 123456789z 1234567890q q123456 q1234567 q12345678 z123456 z1234567 x123456
asdf123 asdf12345 zxcv1234 zxcvb123 1234zxcv 12345zxc 123zxc 123asd 123qweasd 123qweasdzxc qweasdzxc123
football2 jordan2 michael2 ashley2 hunter12 charlie2 thomas12 daniel12 jessica12 nicole12 matthew12
andrew12 joshua12 robert12 william1 william123 james123 james1 john123 johnny1 david1 david123 chris1
chris123 steven1 kevin kevin1 jason1 jason123 brandon1 justin1 tyler tyler1 ryan ryan123 eric austin1
alexander alexander1 alexandra christopher christina christine elizabeth katherine catherine
stephanie jonathan1 benjamin1 nicholas1 samantha1 victoria1 natalie natalia veronica monica1
patricia melissa1 jennifer12 jasmine1 heather1 amber amber1 brittany britney crystal12 tiffany1
vanessa1 chelsea2 courtney danielle1 rachel1 rebecca1 sarah sarah123 emily emily123 emma olivia sophia
isabella mia ava abigail madison1 hannah1 lauren1 megan morgan1 taylor1 alyssa kayla haley
massagerx massage-rx massage_rx massagerx1 massagerx12 massagerx123 massagerx1234 massagerx2024
massagerx2025 massagerx2026 massagerx! massagerx@123 massage massage1 massage12 massage123 massage1234
massagetherapy massagetherapist therapist therapy therapy123 referral referral1 referral123 referrals
clinician clinician1 clinician123 clinic clinic123 clinical doctor1 doctor123 nurse nurse123 physio
physio123 physiotherapy hospital hospital1 hospital123 medical medical123 patient patient1 patient123
health health123 healthcare wellness wellness1 evidence evidence123 rxmassage rx123456
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  RAW.split(/\s+/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean),
);

/** Case-insensitive: "Password123" is as guessable as "password123". */
export function isCommonPassword(candidate: string): boolean {
  return COMMON_PASSWORDS.has(candidate.toLowerCase());
}
