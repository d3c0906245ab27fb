/** The word lists name recognition consults, in token-key form (lower case, no diacritics). */

/** A set of the words of a list separated by spaces or line breaks. */
const words = (list: string) => new Set(list.split(/\s+/));

/** "Jordan said": a name beside a verb of saying is a person's. */
export const SPEECH_VERBS = words(
	'said says told added wrote argued explained noted asked replied insisted claimed stated according'
);

/**
 * Words that place what follows them: "in Brest", "near Orsha", "between Brest and Pinsk". Not
 * "on" or "within": "based on Johnson's notes" must not make a small town of Johnson (the list in
 * resolution/isLiteral.ts differs on purpose; unifying the two lowered the TR-News figures).
 */
export const LOCATIVES = words(
	'in at near from to outside inside around across toward towards into via through between of'
);

/**
 * Verbs whose object is where something happened: "visited Ukraine", "shelled Kharkiv", "left
 * Bamako". A capital after them is the city, not its government.
 */
export const PLACING_VERBS = words(
	`visited visit visiting entered invaded reached toured struck hit hits targeted pounded shelled bombed
attacked raided captured seized stormed besieged liberated left leaving departed fled`
);

/** Capitalised heads that turn a preceding place name into the name of something else (a street named after a town is seldom in it). */
export const INSTITUTION_HEADS =
	words(`forum dialogue format council center centre institute university college school academy group battalion regiment
brigade division corps declaration agreement agreements accords accord protocol memorandum conference club airlines
airways times post review initiative triangle process company corporation committee commission foundation tribunal
pact summit union alliance congress assembly party front movement index fund bank stadium museum theatre theater
orchestra ballet opera fc team dynamo spartak express herald gazette journal weekly daily telegraph tribune doctrine
plan talks street avenue road drive boulevard lane agency news`);

/** Facility heads written short, whose period is part of the name: "Cedar Flat Rd.". */
export const ABBREVIATED_FACILITY_HEADS = words('rd ave blvd');

/**
 * Head words of a named street or building: "Maple Street", "Alderbrook Children's Hospital". Not
 * the heads that mostly name an organisation (church, university, school, centre, station).
 */
export const FACILITY_HEADS = new Set([
	...words(`street road avenue boulevard lane drive highway square plaza bridge tunnel park
airport stadium arena hospital clinic cathedral basilica chapel mosque synagogue temple monastery library museum
theatre theater hall courthouse prison cemetery tower palace castle mall harbour harbor pier quay zoo hotel
gardens beach canal`),
	...ABBREVIATED_FACILITY_HEADS
]);

/** Capitalised words that make the place after them the name of something else: "Air France", "Real Madrid". */
export const INSTITUTION_PREFIXES = words('air real');

/** Titles before a person's name: "President Sandu", "Mr. Steele". */
export const TITLES = words(
	`president minister premier chancellor general gen colonel col captain capt lieutenant lt sergeant sgt
admiral marshal commander ambassador mr mrs ms dr sir lord lady mayor governor gov senator sen sens rep
judge justice councillor councilman councilwoman alderman sheriff constable const det inspector coach
prince king queen pope patriarch cardinal rabbi imam sheikh rev reverend`
);

/** Lower-case nouns after which a capitalised name is the name of that thing: "the company Orano", "the container ship Joseph Schulte". */
export const APPOSITION_HEADS = words(
	'company firm airline carrier operator trader conglomerate giant newspaper broadcaster ship vessel tanker freighter frigate cruiser corvette destroyer submarine yacht icebreaker'
);

/** Articles, prepositions, conjunctions and pronouns: capitalised, they open a sentence, not a name. */
export const FUNCTION_WORDS =
	words(`a an the in on at to from of for by with into onto over under near via and or but nor as than since until after
before between among across around during through while when where if that this these those its his her their our
my your both either neither each every all some any no not why what how who which whom whose`);

/** Days and months, capitalised but never a given name: "Monday Barrie officers said". */
export const CALENDAR_WORDS =
	words(`monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december`);
