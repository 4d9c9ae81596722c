/**
 * What the answer path knows about English, in one place: months, weekdays, number words, pronouns,
 * speech verbs, how people type in chat. General language only: nothing here names a person, place
 * or phrase of any article (the answers are judged on articles never seen).
 */

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** Abbreviations newspapers use for months (AP style), as typed in text. */
export const MONTH_ABBREVIATIONS = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
/** Seasons, as dates are told by them ("last fall", "in the spring of 2019"). */
export const SEASONS = ["spring", "summer", "fall", "autumn", "winter"];
export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Month and weekday names, lower-cased: capitalized words that name no person and no place. */
export const TIME_NAMES = new Set([...MONTHS, ...WEEKDAYS, ...MONTH_ABBREVIATIONS.map((m) => m.replace(/\.$/, ""))].map((w) => w.toLowerCase()));

/** The numbers below twenty as words, each at its value's index ("zero" 0 … "nineteen" 19). */
export const SMALL_NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const UNITS = SMALL_NUMBER_WORDS.slice(1, 10);
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
/** Quantities written as words ("sixty", "twenty-five", "dozens"). "one" alone is left out: it is far more often a pronoun ("each one"). */
export const NUMBER_WORDS = [...UNITS.slice(1), ...TENS, ...TENS.flatMap((t) => UNITS.map((u) => `${t}-${u}`)), ...SMALL_NUMBER_WORDS.slice(10), "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "half", "third", "quarter"];

/** A number's value up to ninety-nine when spelled out ("eighty-seven": 87), else its digits'; NaN for any other. */
export function smallNumberValue(text: string): number {
  if (/^\d/.test(text)) return Number(text.replace(/,/g, ""));
  const [first, unit] = text.toLowerCase().split("-");
  const tens = TENS.indexOf(first);
  const units = unit === undefined ? 0 : UNITS.indexOf(unit) + 1;
  if (tens >= 0) return units > 0 || unit === undefined ? (tens + 2) * 10 + units : NaN;
  const small = SMALL_NUMBER_WORDS.indexOf(first);
  return small >= 0 && unit === undefined ? small : NaN;
}

/** Pronouns a follow-up question uses for someone asked about before. */
/** A word of letters and digits together: a code, model or flight number ("MS-05", "F-35", "777x"). */
export const MODEL_CODE = /^(?=[\p{L}\d-]*\p{L})(?=[\p{L}\d-]*\d)[\p{L}\d]+(?:-[\p{L}\d]+)*$/u;

export const PRONOUNS = ["he", "she", "him", "her", "his", "hers", "they", "them", "their", "it"];

/** Verbs of saying, in the forms news writing uses to attribute words to someone. */
export const SPEECH_VERBS = ["said", "says", "told", "tweeted", "wrote", "writes", "added", "adds", "argued", "argues", "claimed", "claims", "warned", "stated", "explained", "noted", "announced", "replied", "insisted", "called", "declared", "vowed", "acknowledged", "conceded", "testified", "advised", "suggested", "urged", "remarked", "responded", "admitted", "predicted", "quipped", "joked", "boasted", "complained"];
/** Verbs of beating someone in a game or a vote: "who beat the Chargers" is told by "the Chargers' loss to the Chiefs". */
export const BEATING_VERBS = ["beat", "defeat", "top", "edge", "rout", "down", "overcome"];

/** Verbs of losing a game: "who lost the Bruins Devils game". */
export const LOSING_VERBS = ["lose"];

/** Verbs of meeting an opponent in a game: "who did the Browns play", "who will they face". */
export const PLAYING_VERBS = ["play", "face", "compete"];

/** Verbs that only place something: what is put "into WeWork" is told by whatever verb takes it there ("inject $6.5 billion … into WeWork"). */
/** Particles that make a phrasal verb and are seldom a preposition ("win over", "step down", "come out"). */
export const PHRASAL_PARTICLES = ["off", "up", "down", "out", "over", "away", "back"];
export const PLACING_VERBS = ["put", "place", "pump", "pour"];

/** Verbs of what a thing costs: a sum after "for" or "at" beside its name tells it ("Wyze Sense Starter Kit for $20"). */
export const COSTING_VERBS = ["cost"];
/** Verbs that ask what someone took in: "how much did Twitch make", stated by "generated $2 billion". */
export const EARNING_VERBS = ["make", "earn"];

/** Verbs of meeting: a meeting "between A and B" tells that they met ("a news conference between Trump and Liu He"). */
export const MEETING_VERBS = ["meet"];

/** Verbs a question asks speaking by ("who reported the cost"): any reported speech states them, and a source's "according to" names who did it. */
/** Verbs of putting words in print, which a written work "in" or "to" a paper states ("an article to The Washington Post"). */
export const PUBLISHING_VERBS = ["publish", "write", "pen", "author"];
/** Nouns for a written work a paper prints. */
export const WRITTEN_WORKS = ["article", "articles", "op-ed", "column", "piece", "essay", "letter", "editorial", "commentary"];
/** Verbs of what a source tells, which "according to <the source>" states: "according to a 2013 USC study" says what the study found. */
export const SOURCE_VERBS = ["find", "show", "say", "report", "estimate", "suggest", "conclude", "indicate", "reveal", "state", "claim"];
export const SPEAKING_VERBS = ["speak", "talk", "comment", "remark", "say", "report"];
/** Verbs that report speech only when the speaker follows them ("reported Alexandra Olgin"): "Yahoo Finance reported", "Samsung recalled" name no person. */
export const SPEECH_VERBS_BEFORE_NAME = ["reported", "recalled", "continued"];
/** The same verbs as participles that lead into a quote (", replying to the memo: “…”"). */
export const SPEECH_PARTICIPLES = ["saying", "replying", "responding", "writing", "adding", "telling", "tweeting", "arguing", "noting", "warning", "declaring", "insisting", "explaining", "announcing", "stating"];
/** The same verbs as a question asks with them ("what did X say / tell / warn"). */
export const SPEECH_VERBS_ASKED = ["say", "said", "says", "tell", "told", "write", "wrote", "tweet", "tweeted", "think", "thinks", "claim", "claimed", "argue", "argued", "warn", "warned", "mean", "meant", "announce", "announced", "declare", "declared"];
/** Of those, the ones that are events with a date of their own, not only words ("announce a campaign", "declare a state of emergency", "when did he tweet about Boeing"). */
export const SPEECH_EVENTS = ["announce", "declare", "tweet", "post"];

/** Verbs whose "how much" asks a margin ("by how much did Trump win Kentucky"; a beating is told by its score), and what a margin is counted in: "won by 30 points", "lost by 2,000 votes". */
export const MARGIN_VERBS = ["win", "lose", "lead", "trail"];
export const MARGIN_UNITS = ["points", "votes", "goals", "runs", "strokes", "seats", "lengths"];

/**
 * Verbs whose object does what the infinitive after it says ("urged Congress to act", "allowed them to
 * leave"): the subject of "X <verb> Y to <act>" is no doer of the act, as it is after "beat Y 6-0 to win".
 */
export const OBJECT_CONTROL_VERBS = ["ask", "urge", "tell", "allow", "want", "force", "order", "invite", "persuade", "encourage", "expect", "need", "require", "help", "enable", "pressure", "press", "push", "lead", "get", "cause", "advise", "instruct", "permit", "warn", "beg", "remind", "challenge", "convince", "teach", "train", "hire", "pay", "elect", "appoint", "choose", "select", "pick", "call", "implore", "direct", "authorize", "compel", "prompt", "inspire", "motivate", "tap", "recruit", "send", "set"];

/**
 * Verbs that make or send a thing whose date a paper writes before its noun ("In a Nov. 5 letter",
 * "the March 21 phone call"): "when was the letter sent" is told by that date, the verb unsaid.
 */
export const MAKING_VERBS = ["send", "write", "sign", "make", "place", "issue", "publish", "release", "post", "file", "deliver", "draft", "hold", "date"];

/** Nouns of kinship: "the son of former President X" says whose son, and the office before X is X's, not the son's. */
export const KIN_NOUNS = new Set(
  `son sons daughter daughters wife husband father mother parent parents brother brothers sister sisters widow widower
nephew niece grandson granddaughter grandfather grandmother cousin uncle aunt stepson stepdaughter child children
fiance fiancee`.split(/\s+/),
);

/** Words that make a phrase a title or office ("Deputy Director", "City Council members"). */
export const TITLE_WORDS = new Set(
  `mayor mayors director deputy president vice attorney general atty gen governor gov senator sen secretary chief
judge sheriff commissioner representative rep councilmember councilwoman councilman council member members chair
chairman chairwoman officer spokesman spokeswoman spokesperson speaker minister captain lt sgt chancellor
superintendent supervisor administrator head leader founder ceo executive advocate resident residents candidate
justice marshal prosecutor assemblymember assemblyman assemblywoman lawmaker official editor reporter writer
inspector ambassador analyst professor economist researcher scientist priest bishop pastor rabbi imam cardinal pope
king queen prince princess general colonel commander premier envoy mediator negotiator lawyer doctor coach manager
adviser advisor counsel counselor aide supt asst assoc vp svp evp cfo coo cto`.split(/\s+/),
);

/**
 * How people type in chat, as whole words: contractions without apostrophes, shorthand. Each maps to
 * what it stands for. Possessives without apostrophes ("schaafs") are not listed: they are told by the
 * corpus's vocabulary (questions/normalize.ts).
 */
export const CHAT_FORMS: Record<string, string> = {
  whos: "who is", whats: "what is", wheres: "where is", whens: "when is", hows: "how is", whys: "why is", whose: "whose",
  whatre: "what are", whore: "who are", theyre: "they are", thats: "that is", hes: "he is", shes: "she is",
  dont: "don't", doesnt: "doesn't", didnt: "didn't", isnt: "isn't", wasnt: "wasn't", arent: "aren't", werent: "weren't",
  cant: "can't", wont: "won't", hasnt: "hasn't", havent: "haven't", hadnt: "hadn't", wouldnt: "wouldn't", couldnt: "couldn't",
  wat: "what", wut: "what", wht: "what", hw: "how", wen: "when", y: "why",
  abt: "about", bout: "about", ppl: "people", peeps: "people", u: "you", ur: "your", r: "are", bc: "because", cuz: "because",
  coz: "because", thru: "through", govt: "government", "gov't": "government", pct: "percent", yr: "year", yrs: "years",
  sen: "senator", sens: "senators", rep: "representative", reps: "representatives", gov: "governor", pres: "president",
  supt: "superintendent", asst: "assistant", assoc: "associate", atty: "attorney", lt: "lieutenant", sgt: "sergeant",
  capt: "captain", det: "detective", insp: "inspector", cmdr: "commander", prof: "professor",
  prez: "president", dept: "department", admin: "administration", approx: "approximately", info: "information",
  intl: "international", natl: "national", amt: "amount", num: "number", tho: "though", b4: "before", max: "maximum",
  vs: "against", versus: "against",
};

/** Verbs whose object may be an event they only hold: "where did Trump hold the rally" asks where the rally was. */
export const EVENT_HOLDING_VERBS = ["hold", "host", "stage"];

/** The last word of a street's name: after a house number ("88 Marrow Lane") it is an address, no one's surname. */
export const STREET_WORDS = new Set(["street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "lane", "ln", "place", "pl", "court", "ct", "boulevard", "blvd", "way", "terrace", "circle", "parkway", "highway"]);
/** A company's form of incorporation written after its name: "Vizio Inc. of Irvine". */
export const COMPANY_FORMS = ["Inc", "Corp", "Co", "Ltd", "LLC", "Group", "Holdings", "plc", "AG", "SA"];
/** Words of a place named by its number after them: "Interstate 10", "Route 66", "Gate 23". */
export const ROUTE_WORDS = ["Interstate", "Highway", "Route", "Road", "Exit", "Gate", "Terminal", "Pier", "Platform", "Runway", "Building"];
/** Verbs of being placed or working somewhere: "where is X based", "where does X teach" ask where X is or works. */
export const PLACEMENT_VERBS = ["base", "locate", "situate", "headquarter", "work", "teach", "serve"];

/** Titles the articles abbreviate before names ("Gov. Deval Patrick"), spelled out by the chat forms: gov → governor. */
export const TITLE_ABBREVIATIONS = new Set(["gov", "sen", "sens", "rep", "reps", "pres", "supt", "asst", "assoc", "atty", "lt", "sgt", "capt", "det", "insp", "cmdr", "prof"]);

/** Phrases of chat that carry no question: dropped wherever they stand at the start. */
export const CHAT_FILLER = [
  "hey", "hi", "hello", "yo", "ok", "okay", "so", "and", "but", "um", "uh", "hmm", "please", "pls", "plz", "quick question",
  "quick q", "question", "q", "sanctuary", "bot", "lol", "btw", "also", "just", "real quick", "sorry",
  "can you tell me", "could you tell me", "can u tell me", "would you tell me", "tell me", "do you know", "do u know",
  "any idea", "any ideas", "anyone know", "i want to know", "i wanna know", "i'd like to know", "i wonder", "i was wondering",
  "remind me", "explain", "i need to know", "can you explain", "could you explain",
];

/** Phrases that ask about something, rewritten to the plain question ("what's the deal with X" → "what is X"). */
export const CHAT_OPENERS: Array<[RegExp, string]> = [
  [/^(?:what(?:'s| is) the (?:deal|story|situation|news|update) (?:with|on)|what about|how about|anything (?:on|about)|info on|information (?:on|about)|details on)\s+/i, "what is "],
  [/^(?:tell me about|talk about|tell me more about|more about)\s+/i, "about "],
];

/**
 * Abbreviations people type that articles usually spell out. A question's abbreviation is expanded only
 * when the corpus does not use the abbreviation itself and does use the long form.
 */
export const COMMON_ABBREVIATIONS: Record<string, string> = {
  AG: "attorney general", DOJ: "Justice Department", DHS: "Homeland Security", FBI: "Federal Bureau of Investigation",
  LA: "Los Angeles", NYC: "New York City", NY: "New York", SF: "San Francisco", DC: "Washington", UK: "Britain",
  US: "United States", USA: "United States", EU: "European Union", UN: "United Nations", PM: "prime minister",
  CEO: "chief executive", VP: "vice president", GOP: "Republican", POTUS: "president", SCOTUS: "Supreme Court",
  DA: "district attorney", CA: "California", TX: "Texas", FL: "Florida", IL: "Illinois", NOLA: "New Orleans",
  // US states by postal code, but for the codes that are also English words or other bodies' initials (IN, OR, ME, OK, VA, MS …).
  AK: "Alaska", AZ: "Arizona", AR: "Arkansas", CT: "Connecticut", GA: "Georgia", IA: "Iowa", KS: "Kansas", KY: "Kentucky",
  MI: "Michigan", MN: "Minnesota", MO: "Missouri", MT: "Montana", NV: "Nevada", NH: "New Hampshire", NJ: "New Jersey",
  NM: "New Mexico", NC: "North Carolina", ND: "North Dakota", RI: "Rhode Island", SC: "South Carolina", SD: "South Dakota",
  TN: "Tennessee", UT: "Utah", VT: "Vermont", WA: "Washington", WV: "West Virginia", WI: "Wisconsin", WY: "Wyoming",
  // A company's quarters and halves as its reports write them.
  // Rates and indexes as reports abbreviate them.
  APR: "annual percentage rate", GDP: "gross domestic product", CPI: "consumer price index", EV: "electric vehicle",
  Q1: "first quarter", Q2: "second quarter", Q3: "third quarter", Q4: "fourth quarter", H1: "first half", H2: "second half",
  // The world wars as chat writes them.
  WW1: "World War I", WWI: "World War I", WW2: "World War II", WWII: "World War II",
};

/** Adverbs of emphasis that change nothing a passage must state ("what was the raid really for"). */
export const HEDGE_WORDS = ["really", "actually", "exactly", "basically", "even", "ever", "again", "anyway", "precisely"];

/** Words by which a sentence tells of what is yet to come: "when will X" is answered only by one that has one. */
/** Verbs that say an act did not happen because someone stopped it ("prevented the arrest of 800 people"). */
export const PREVENTING_VERBS = ["prevent", "stop", "avert", "thwart", "foil", "block", "avoid", "halt"];

/** Words of an aim, an attempt or a purpose before a verb ("set a goal to arrest", "tried to block", "it was to arrest"): no more an event than a plan. */
export const AIM_WORDS = ["goal", "goals", "intends", "intend", "intended", "wants", "want", "wanted", "aims", "aimed", "hope", "hoped", "seeks", "sought", "seeking", "trying", "tried", "attempt", "attempted", "was to", "were to"];
export const FUTURE_WORDS = ["will", "won't", "shall", "would", "expected", "expects", "likely", "unlikely", "scheduled", "planned", "plans", "plan", "set to", "going to", "due to", "next", "upcoming", "later this", "is to", "are to", "aims to", "hopes to", "could", "may", "might", "should", "until"];

/** Ordinal words, first to twelfth, in order: "3rd" is written for the third ("3rd quarter", "the 3rd time"). */
export const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

/** Verbs that move an event from one time to another: of "postponed from Tuesday to Friday", the time after "to" is when it happens. */
export const RESCHEDULING_VERBS = ["postpone", "move", "delay", "push", "reschedule", "shift", "bring", "change", "switch"];

/** Words that make a title another, lower office: a "deputy associate administrator" is no administrator. */
export const SUBORDINATE_RANKS = ["deputy", "associate", "assistant", "vice", "under", "lieutenant"];

/** Verbs told from the other side, with whom the other side's verb names after "to": "X sold Y to Z" says Z bought Y. */
export const CONVERSE_VERBS: Record<string, string[]> = { buy: ["sell"], purchase: ["sell"], acquire: ["sell"], borrow: ["lend", "loan"], receive: ["give", "send", "award", "grant"] };

/** Verbs of beginning: a passage that says what has gone on "since" a time states when it began; any of them states another ("will launch trials" for "start"). */
export const INCEPTIVE_VERBS = ["start", "begin", "commence", "launch"];

/** Verbs of ending: a passage that says what goes on "until" a time states when it ends ("can be enjoyed until 20 January 2019"). */
export const TERMINATIVE_VERBS = ["end", "finish", "close", "conclude"];

/** Verbs that end or call off what their object names: "ended their engagement" tells of no engaging. */
export const CALLING_OFF_VERBS = ["end", "cancel", "terminate", "scrap", "abandon", "call off", "break off", "suspend"];

/** Verbs of leaving, and of staying: one who "remained in the lineup until 1982" left it then. */
export const LEAVING_VERBS = ["leave", "quit", "depart", "exit"];
export const STAYING_VERBS = ["remain", "stay"];

/** Words that say a question asks about the present ("who is the mayor now"). */
export const NOW_WORDS = ["now", "currently", "current", "today", "nowadays", "presently", "these days", "at the moment", "right now"];

/** Verbs that carry no relation of their own: a question's predicate is never one of these. */
export const LIGHT_VERBS = new Set(
  `be do have get happen say tell know think mean go come make let take give put seem want need like please face can could
will would shall should may might must`.split(/\s+/),
);

/**
 * Words that give a reason or a cause: the strong ones say outright that what follows is the reason
 * ("because", "due to", "is to blame"); the weaker ones usually introduce one ("in response to", "after",
 * a demand: "surrounded the Statehouse to call for better pay").
 */
export const REASON_GIVEN = ["because", "as a result", "due to", "owing to", "thanks to", "the reason", "caused by", "blamed on", "to blame", "contribute", "contributes", "contributed", "led to"];
export const REASON_CUES = [...REASON_GIVEN, "in response to", "in order to", "so that", "when in fact", "in fact", "aimed at", "after", "to call for", "to demand", "to press for", "to push for", "calling for", "demanding"];

/** The basic colour terms of English, what "what color" asks for. */
export const COLOUR_WORDS = ["red", "orange", "yellow", "green", "blue", "purple", "violet", "pink", "brown", "black", "white", "gray", "grey", "gold", "silver", "crimson", "scarlet", "turquoise", "beige"];

/** Nouns for a kind of place or body written before its name: "in the coastal city of Napier", "at analyst firm RedMonk". */
export const PLACE_KINDS = ["city", "town", "village", "state", "county", "province", "country", "region", "district", "neighborhood", "neighbourhood", "suburb", "capital", "island", "port", "firm", "company", "startup", "university", "college", "school", "hospital", "agency", "bank", "lab", "laboratory", "museum", "newspaper", "journal", "magazine", "website", "studio", "group"];

/** Nouns that count people of any kind: "how many people" is answered by "1,000 immigrants" (a WordNet noun.person). */
export const PEOPLE_NOUNS = ["people", "persons", "individuals", "humans", "ppl"];

/** Nouns for a sum of money: "what is the minimum fare" asks for one. */
export const MONEY_NOUNS = ["price", "cost", "fee", "fare", "salary", "wage", "rent", "fine", "budget", "toll", "charge", "tuition", "bail", "bond"];

/** A sum asked by its noun, then a clause: "what wage do the workers want", "what fare will riders pay". */
export const MONEY_NOUN_THEN_CLAUSE = new RegExp(`^what (?:[\\p{L}'-]+ )?(?:${MONEY_NOUNS.join("|")})s? (?:do|does|did|will|would|are|is|was|were|could|can)\\s`, "u");

/** A rate asked by its noun, then a clause: "what unemployment rate does the Fed expect". A percentage answers. */
export const RATE_THEN_CLAUSE = /^what (?:[\p{L}'-]+ ){0,2}(?:rate|percentage)s? (?:do|does|did|will|would|are|is|was|were|could|can)\s/u;

/** A sum asked without "how much": "what was the deal worth", "what did the jets cost". */
export const SUM_ASKED_BY_WHAT = /^what(?:'s| is| was| are| were) .+ worth$|^what (?:did|does|do|will|would) .+ cost$/;

/** What follows a game clock's time that is left, not a time of day: "with 3:08 to play", "1:24 left". */
export const TIME_LEFT_WORDS = ["to play", "to go", "left", "remaining"];

/** "what was the final score", "what's the score": a game's result, both sides' points. */
export const SCORE_ASKED = /^what(?:'s| is| was| were)? the (?:[\p{L}.'’-]+ ){0,3}?(?:final |full[- ]time |half[- ]?time )?score\b|^what(?:'s| is| was| were)? (?:the |their |its )?(?:[\p{L}.'’-]+ ){0,3}(?<!world )record(?: in .+)?$/u;

/** A regular expression alternation of a list, longest first (so "Sept." wins over "Sep"). */
export function alternation(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}

/**
 * Currency signs and codes written before a sum ("$4.8 billion", "Rs 24 lakh", "₹500", "HK$176",
 * "USD 40"): general writing of money, as a dictionary lists it.
 */
export const CURRENCY_SIGNS = ["$", "£", "€", "¥", "₹", "₩", "₽", "₺", "₦", "₱", "Rs.", "Rs", "US$", "HK$", "C$", "A$", "NZ$", "S$", "R$", "INR", "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD"];
/** Words of scale after a figure: "11 million"; in Indian English, "24 lakh" (100,000) and "3 crore" (10 million). */
export const SCALE_WORDS = ["hundred", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores"];
/** Words for money after a figure ("40 dollars", "2 million pounds"). */
export const CURRENCY_WORDS = ["dollar", "dollars", "pound", "pounds", "euro", "euros", "yen", "yuan", "rupee", "rupees", "peso", "pesos", "franc", "francs", "cent", "cents", "bucks"];

/** Verbs, and nouns of money, that make "how much" a question about money ("how much did X pay", "how much student loan debt"). */
export const MONEY_VERBS = ["pay", "paid", "paying", "pays", "cost", "costs", "spend", "spent", "spending", "worth", "price", "sell", "sold", "selling", "buy", "bought", "buying", "deal", "fund", "funding", "charge", "charged", "earn", "earned", "earns", "raise", "raised", "owe", "owed", "fine", "fined", "budget", "salary", "money", "offer", "offered", "value", "valued", "debt", "debts", "loan", "loans", "revenue", "profit", "income", "savings", "cash", "investment"];

/** A rough figure's word before it, if any ("about", "less than", "an estimated"), as a regular expression's optional group. */
const ABOUT = "(?:(?:about|around|some|roughly|nearly|almost|more than|less than|fewer than|over|under|just over|just under|an estimated|approximately)\\s+)?";

/**
 * Nouns that name a count of something else: the units it is counted in, and (when the unit alone is
 * too common) the words that introduce such a count ("a nation of about 11 million people", "the city
 * has 400,000 residents", not "killing 19 people").
 */
export const MEASURE_NOUNS: Record<string, { units: string[]; lead?: RegExp; unitless?: RegExp; askedAs?: RegExp; only?: RegExp }> = {
  population: {
    units: ["people", "residents", "inhabitants", "citizens", "population"],
    // "how many people live in Tunisia" asks the population in other words.
    askedAs: /\bhow many (?:people|persons|residents|inhabitants|citizens) (?:live|lives|living|reside|resides) in\b/i,
    // "… currently is estimated at around 40,000": a population estimated or put at a figure.
    lead: new RegExp(`(?:\\b(?:of|has|had|have|with|home to|population(?: of| is| was| stands at)?|(?:estimated|put|numbered|stood|stands) at)|,)\\s+${ABOUT}$`, "i"),
    // "Ireland, a nation of less than five million,": after a place's noun and "of", a figure is its people, the unit unsaid.
    unitless: new RegExp(`\\b(?:nation|country|city|town|village|island|state|province|region|metropolis)\\s+of\\s+${ABOUT}$`, "i"),
  },
  "death toll": { units: ["dead", "deaths", "killed", "people", "lives"] },
  // "how much range does it have": a vehicle's or an aircraft's, in distance.
  range: { units: ["miles", "mile", "km", "kilometers", "kilometres"] },
  // An engine's output, as car reviews write it ("151 PS along with 197 Nm of torque"); only so asked
  // ("how many districts did the storm cut power to" counts districts).
  power: { units: ["hp", "horsepower", "bhp", "ps", "kw"], only: /\bhow much (?:power|horsepower)\b/i },
  torque: { units: ["nm", "lb-ft", "pound-feet"], only: /\bhow much torque\b/i },
  // A radio's or a processor's, in hertz: "what frequency does Zigbee run on" — "the 2.4GHz band".
  frequency: { units: ["hz", "khz", "mhz", "ghz", "hertz", "kilohertz", "megahertz", "gigahertz"] },
};

/** "what frequency does it run on": a measure named by its noun after "what", answered in its units (`MEASURE_NOUNS`). */
export const MEASURE_ASKED_BY_WHAT = /^what (?:frequency|frequencies|torque)\b/;

/**
 * What "how ADJ" asks to measure, by the units a figure of it is written in ("how fast" → "1.2GHz",
 * "60 mph"; "how heavy" → "300 pounds"). A verb that asks the same ("how much does it weigh") names
 * its adjective in `MEASURE_VERBS`. Some scales are also told as a rate or a sum (`alsoAs`): "how fast did
 * the economy grow" (4.2 percent), "how big will the deficit be" ($1 trillion).
 */
/** Verbs of a change in amount: "how much did prices rise" is answered by a rate, a sum or a multiple. */
const RISING_VERBS = ["increase", "rise", "grow", "expand", "boom", "balloon", "swell", "skyrocket", "spike", "climb", "jump", "soar", "surge", "double", "triple", "go up", "boost", "raise", "lift", "hike", "gain", "add"];
const FALLING_VERBS = ["fall", "drop", "decline", "shrink", "plunge", "sink", "slide", "go down", "cut", "reduce", "lower", "slash", "shed"];
export const CHANGE_VERBS = [...RISING_VERBS, ...FALLING_VERBS];
/** The other verbs of a change in the same direction: sales that "plunged" dropped. */
export function sameDirectionVerbs(verb: string): string[] {
  const group = RISING_VERBS.includes(verb) ? RISING_VERBS : FALLING_VERBS.includes(verb) ? FALLING_VERBS : [];
  return group.filter((v) => v !== verb && !v.includes(" "));
}
/** The forms of the verbs and the words of a change the other way ("trending upwards" for "drop"); none for a verb of no change. */
export function oppositeDirectionWords(verb: string): string[] {
  const [other, words] = RISING_VERBS.includes(verb) ? [FALLING_VERBS, ["down", "lower", "downward", "downwards"]] : FALLING_VERBS.includes(verb) ? [RISING_VERBS, ["up", "higher", "upward", "upwards"]] : [[], []];
  return [...other.filter((v) => !v.includes(" ")), ...words];
}
/** The words that state a change's direction without its verb: prices "down by 6.6 per cent" fell. */
/** Words a multiplier compares by: "nine times higher", "three times as many" (a ratio, not a count). */
export const COMPARATIVES = ["higher", "greater", "larger", "bigger", "more", "lower", "smaller", "fewer", "less", "faster", "slower", "quicker", "longer", "shorter", "cheaper", "as"];

export const CHANGE_DIRECTION_WORDS = new Map<string, string[]>([...RISING_VERBS.map((v): [string, string[]] => [v, ["up", "higher"]]), ...FALLING_VERBS.map((v): [string, string[]] => [v, ["down", "lower"]])]);

/** The units of a length of time: what "how long did it last" is answered in. */
export const DURATION_UNITS = ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"];

/** The units of a length or distance, from an inch to a light-year: what "how wide", "how far", "how deep" are answered in. */
export const LENGTH_UNITS = ["inches", "feet", "foot", "ft", "yards", "meters", "metres", "cm", "centimeters", "centimetres", "mm", "millimeters", "millimetres", "miles", "km", "kilometers", "kilometres", "light-years", "parsecs"];
const AREA_UNITS = ["square", "acres", "hectares", ...LENGTH_UNITS];
/** Units of power and energy: how big a power plant or a solar project is. */
const POWER_UNITS = ["kw", "mw", "gw", "tw", "kwh", "mwh", "gwh", "twh", "megawatts", "gigawatts"];

/** Units written as symbols after a figure and a space ("30.8 GW", "256 GB", "60 mph"): part of the figure when it is answered. */
export const UNIT_SYMBOLS = ["W", "kW", "MW", "GW", "TW", "kWh", "MWh", "GWh", "TWh", "KB", "MB", "GB", "TB", "Mbps", "Gbps", "Hz", "kHz", "MHz", "GHz", "mph", "kph", "km", "kg", "mm", "cm", "lb", "lbs", "oz", "ft", "Nm", "PS", "hp", "bhp"];

export const MEASURE_ADJECTIVES: Record<string, { units: string[]; alsoAs?: Array<"percent" | "money"> }> = {
  fast: { units: ["mph", "kph", "knots", "ghz", "mhz", "gbps", "mbps", "kbps", "fps", "times", "faster", "miles", "kilometers", "kilometres"], alsoAs: ["percent"] },
  heavy: { units: ["pounds", "lbs", "lb", "kilograms", "kg", "kilos", "tons", "tonnes", "grams", "ounces", "oz", "stone"] },
  tall: { units: [...LENGTH_UNITS, "stories", "storeys"] },
  high: { units: [...LENGTH_UNITS, "stories", "storeys"], alsoAs: ["percent", "money"] },
  // A text is long in words or pages ("a colossal work, over 140,000 words long").
  long: { units: [...LENGTH_UNITS, ...DURATION_UNITS, "words", "pages"] },
  far: { units: LENGTH_UNITS },
  big: { units: [...AREA_UNITS, ...POWER_UNITS, "gb", "tb", "mb"], alsoAs: ["percent", "money"] },
  large: { units: [...AREA_UNITS, ...POWER_UNITS, "gb", "tb", "mb"], alsoAs: ["percent", "money"] },
  deep: { units: [...LENGTH_UNITS, "fathoms"] },
  wide: { units: LENGTH_UNITS },
  hot: { units: ["degrees", "fahrenheit", "celsius"] },
  cold: { units: ["degrees", "fahrenheit", "celsius"] },
  warm: { units: ["degrees", "fahrenheit", "celsius"] },
};
/** Verbs a how-many question counts what something holds or takes by ("how many cores did it use"): the count is of the noun, and a passage may say "required 16,000 processor cores". */
export const HOLDING_VERBS = new Set(["use", "require", "employ", "need", "contain", "include", "hold"]);

/** Verbs of keeping a thing somewhere: "where does Apple keep its firm" asks where the thing is, whatever verb a passage places it by ("is housed"). */
export const KEEPING_VERBS = new Set(["keep", "store", "stash", "house", "park"]);

export const MEASURE_VERBS: Record<string, string> = { weigh: "heavy", weighs: "heavy", weighed: "heavy", measure: "long", measures: "long" };

/** Participles that act as prepositions ("19 people, including 17 foreigners", "starting in 1995"): they name no act of their own. */
export const PREPOSITIONAL_PARTICIPLES = new Set(["starting", "beginning", "ending", "including", "excluding", "according", "following", "concerning", "regarding", "considering", "involving", "barring", "pending", "given"]);

/** Verbs that ask about the article's words, not a relation they state ("which scandal is mentioned"). */
export const META_VERBS = ["mention", "discuss", "describe", "cite", "reference"];

/** Small words inside a name between its capitalized ones: "Bill de Blasio", "Van der Beek", "Monte dei Paschi di Siena". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["de", "di", "dei", "da", "del", "della", "van", "von", "der", "den", "la", "le", "du", "des", "bin", "al"]);
