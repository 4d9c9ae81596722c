/**
 * Every tuned number of the answer path, in one documented object (as MiniSearch documents its BM25
 * parameters). A passage's score is the sum of its features (src/answers/rank.ts), each in [0, 1],
 * times the weight of that feature here; `sanctuary ask --explain` prints both.
 */
export const WEIGHTS = {
  /** Features of a passage and what each is worth. */
  rank: {
    /** The retriever's BM25+ score (minisearch's: k 1.2, b 0.7), divided by the best candidate's: lexical relevance. */
    bm25: 1.0,
    /** IDF-weighted share of the question's content words found in the sentence itself. */
    coverage: 0.8,
    /** The same share over the window of the sentence and its neighbours (the name in one, the claim in the next). */
    window: 0.3,
    /**
     * The answer type the question expects is in the sentence: a date for "when", a figure for "how
     * many", a place for "where", a person the question does not name for "who did …", a colour for
     * "what color". The feature is 1 with digits ("August 16", "800"), 0.5 with words only.
     */
    answerType: { date: 0.6, number: 1.0, place: 0.3, person: 0.5, colour: 1.0 },
    /** "what share / percentage" and the sentence gives a percentage. */
    percent: 0.3,
    /** A "why" question and the sentence gives a reason after the asked-about words ("in response to"). */
    reason: 0.9,
    /** The sentence mentions the entity the question is about. */
    focus: 0.5,
    /** "what did X say": the sentence quotes X (1), attributes words to X without quote marks (2/3), or mentions X (0.2). */
    speaker: 1.5,
    /** "what is X": X then "is/are" (1), X then an appositive (0.75), X at all (0.33). */
    definition: 0.9,
    /** "what must students do": the asked doer's head noun then a modal ("Students must keep up their grades"). */
    actor: 0.9,
    /** An article's unpunctuated first line (a headline or dateline) is a weaker quote: a penalty. */
    headline: -0.2,
    /** "now / currently": the article's date, newest 1, oldest 0 (only when the articles' dates differ). */
    recency: 0.6,
    /** The sentence uses an asked verb as a verb ("he fought with the man" for "who fought with him"), not only its noun ("the fight"). */
    predicate: 0.4,
  },
  /** For "what did X say": X's own words matter more than the question's words. */
  speakerRank: { bm25: 0.5, coverage: 0.4, window: 1.0 },
  /** What a word that says the question's relation otherwise (a synonym, a derived word) weighs in retrieval, against 1 for the question's own words. */
  softMatch: 0.5,
  /** Candidates fetched from the index before ranking. */
  candidates: 80,
  /** How retrieval scores, the same in both retrievers (the in-memory postings and PostgreSQL score minisearch's BM25+). */
  retrieval: {
    /** A match in the sentence's own words, against one in the full names of those it mentions. */
    fieldBoost: { text: 3, names: 2 },
    /** A word the corpus lacks, of at least `minLength` letters, also matches words this fraction of its length of edits away. */
    fuzzy: { minLength: 5, fraction: 0.2 },
    /** What such a near match is worth against an exact one (minisearch's default), before its edits are counted. */
    fuzzyWeight: 0.45,
    /**
     * Passages PostgreSQL scores for one search, at most: first those with every one of the question's
     * own words, then those with the query's terms in the fewest passages, until their counts reach this;
     * commoner terms add to those passages' scores without bringing their own (as max-score pruning
     * does); a question whose rarest word is in more passages scores this many of them, as stored. A
     * passage with only common words rarely beats one with a rarer word by BM25. Scoring costs about 6 µs
     * a passage: at 9 M words 5,000 took 30 ms of a search, and 2,000 changed 5 more of Brown's 287
     * bench answers (10 against 5 that differ from the in-memory index's, which scores every passage).
     */
    scoredPassages: 2_000,
  },
  /** WordNet senses of a question's noun whose one-word synonyms retrieval also matches ("doctors": physicians). */
  nounSynonymSenses: 1,
  /** Steps down WordNet's hyponyms by which a plural kind of person asked is also said ("workers": cleaners, attendants). */
  narrowerPersonDepth: 2,
  /** Of the best candidates, how many bring the next sentence when it goes on about them by a pronoun ("It's valued at …"). */
  continuations: 20,
  decide: {
    /** The least share of the question's words (sentence or neighbours) a passage must have to answer. */
    minCoverage: 0.5,
    /** Passages tried, best first, for one that states the question's predicate and names. */
    tryPassages: 5,
    /** Sentences from an article's start that are its lead: a verb its headline uses is told by them ("Houston hires …" over "Houston has promoted …"). */
    leadSentences: 2,
    /** Sentences before a figure's passage that may name its thing, the passage going on about it ("… could just as easily be AWD. … 0-60 mph could arrive in 5.0 seconds"). */
    thingNamedBefore: 3,
    /** WordNet senses whose synonyms count as stating a verb (senses come commonest first). */
    synonymSenses: 3,
    /**
     * Senses of a passage's verb by which it may state the question's verb as a synonym: one of its own
     * commonest ("overtake" states "pass" by its second sense; "exit" does not state "die", its third).
     * Fewer than `synonymSenses`: read from the passage's side, a third sense reaches far ("conduct" →
     * behave → "bear").
     */
    reverseSynonymSenses: 2,
    /** WordNet senses whose derived words (and their synonyms) count as stating a verb or noun: the commonest only, as derivations widen fast ("found": basis). */
    derivationSenses: 1,
    /** WordNet senses whose derived words built on the word's own root also state it: "lose" → losses (its fourth sense), "grow" → growth. */
    rootedDerivationSenses: 5,
    /** Of the derived word built on the root, how many of its own senses may be the one derived: "production" is "produce"'s in its third sense (making), past its stage production. */
    rootedDerivationTargetSenses: 6,
    /** WordNet senses of a phrasal verb in a passage whose synonyms and broader verbs it states ("kick off": start). */
    phrasalSenses: 2,
    /** The same for a light verb's phrasal asked, stated by the passage itself ("come out": its third sense, "be issued", is what a product does). */
    lightPhrasalSenses: 3,
    /** Senses of a passage's verb that may list such a further meaning among its synonyms ("release" lists "issue" in its fourth). */
    lightPhrasalReverseSenses: 4,
    /** WordNet senses of a verb whose causes and entailers count as stating it ("killing 200" states that 200 died). */
    implicationSenses: 1,
    /** "what did X say about Y" where X's words never name Y: they answer when Y is in this many sentences of their article (its subject). */
    topicSentences: 2,
    /** "why": sentences after a passage searched for the reason it does not give itself. */
    reasonAfter: 2,
    /** Other quotes shown with a passage answer score at least this share of the best one's. */
    closeScore: 0.6,
    /** A person's name this long or longer, one edit away, is another article's spelling of it ("Zelensky", "Zelenskiy"). */
    respelledNameLength: 6,
    /** Sentences read back, each opening with a pronoun or "The 48-year-old", for the person it goes on about. */
    pronounChain: 3,
    /** Sentences of page furniture (an embedded post, a caption) read past on the way back to the person. */
    furnitureSkipped: 4,
    /** Sentences before a passage searched for its section's heading ("NISSAN SENTRA" over the paragraphs on it). */
    headingReach: 12,
    /** Sentences after a mention that may open with a description of the person ("… he told them. But the former governor …"). */
    describedReach: 2,
    /** Best passages besides the chosen one read for a game's other side or its result ("Jets 2, Predators 1:"). */
    gamePassages: 3,
    /** People named who equally hold an office asked ("who are the founding members"): a list longer is cut, as a chat answer is read at a glance. */
    roleHolders: 6,
  },
  extract: {
    /**
     * Characters added to the distance between an asked word and a candidate span (a date, a figure, a
     * place) when a clause break lies between them: enough that the span in the asked word's own clause
     * wins over a nearer one in the next ("in May 2015, and a Proton-M rocket … in May 2014").
     */
    otherClauseChars: 150,
  },
} as const;
