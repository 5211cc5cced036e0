import CrosscheckText

/// Word lists of general English news writing that the extractors share. Entries are folded and
/// lowercased, without a trailing dot.
enum ClaimLexicon {
    static let abbreviations: Set<String> = [
        "gen", "gens", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "brig", "pvt", "cpl", "sen", "rep",
        "gov", "pres", "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "corp", "co", "ltd", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Words whose `'s` is "is"/"has", not a possessive.
    static let contractionHosts: Set<String> = [
        "it", "that", "there", "here", "he", "she", "what", "who", "where", "how", "let", "this", "everyone",
    ]

    static let functionWords = English.functionWords

    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "get", "got", "gets",
    ]

    /// Words in "-ly" that are no adverbs: nouns, and adjectives that stand before a counted noun
    /// ("800,000 daily riders", "12 elderly residents").
    static let notAdverbsInLy: Set<String> = [
        "assembly", "family", "supply", "ally", "rally", "reply", "anomaly", "monopoly", "july", "italy", "homily",
        "belly", "bully", "tally", "lily", "fly", "folly", "jelly", "assemblywoman", "assemblyman", "only",
        "daily", "weekly", "monthly", "yearly", "hourly", "nightly", "quarterly", "elderly", "deadly", "costly",
        "lonely", "friendly", "orderly", "unruly", "burly",
    ]

    /// Verbs of saying: a day before one is often when it was said, not when the act was done.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "announced", "announces", "stated", "added", "confirmed", "reported",
        "declared", "wrote", "claimed",
    ]

    /// Verbs that make what follows hypothetical rather than a reported fact.
    static let modals: Set<String> = ["should", "would", "could", "might", "may", "must", "ought", "shall", "can"]

    static let negations: Set<String> = ["not", "never", "no", "n't", "neither", "nor", "without"]

    static let pronouns: Set<String> = ["it", "its", "he", "him", "his", "she", "her", "one", "this", "that"]

    static let personPronouns: Set<String> = ["he", "him", "his", "she", "her"]

    static let days: [String: String] = [
        "monday": "Monday", "mon": "Monday", "tuesday": "Tuesday", "tue": "Tuesday", "tues": "Tuesday",
        "wednesday": "Wednesday", "wed": "Wednesday", "thursday": "Thursday", "thu": "Thursday", "thur": "Thursday",
        "thurs": "Thursday", "friday": "Friday", "fri": "Friday", "saturday": "Saturday", "sat": "Saturday",
        "sunday": "Sunday", "sun": "Sunday", "today": "", "yesterday": "", "tonight": "",
    ]

    static let months: [String: String] = [
        "january": "January", "jan": "January", "february": "February", "feb": "February", "march": "March",
        "mar": "March", "april": "April", "apr": "April", "may": "May", "june": "June", "jun": "June",
        "july": "July", "jul": "July", "august": "August", "aug": "August", "september": "September",
        "sep": "September", "sept": "September", "october": "October", "oct": "October", "november": "November",
        "nov": "November", "december": "December", "dec": "December",
    ]

    /// Words before a figure that hedge it.
    static let approximators: [[String]] = [
        ["about"], ["some"], ["nearly"], ["almost"], ["around"], ["roughly"], ["approximately"], ["an", "estimated"],
        ["estimated"], ["more", "than"], ["over"], ["fewer", "than"], ["less", "than"], ["up", "to"], ["at", "least"],
        ["close", "to"], ["as", "many", "as"], ["as", "much", "as"], ["as", "few", "as"], ["upwards", "of"], ["roughly"], ["approx"],
    ]
    /// The hedges among them that make the figure a floor or a ceiling rather than an estimate.
    static let floorHedges = ["more than", "over", "at least", "upwards of", "as many as"]
    static let ceilingHedges = ["fewer than", "less than", "up to", "as few as", "as much as", "nearly", "almost"]

    /// Nouns that count the same thing, mapped to one name.
    static let unitSynonyms: [String: String] = [
        "troop": "troops", "soldier": "troops", "force": "troops", "personnel": "troops", "servicemember": "troops",
        "serviceman": "troops", "servicemen": "troops", "servicewomen": "troops", "military": "troops",
        "person": "people", "individual": "people", "people": "people", "civilian": "civilians",
        "country": "countries", "nation": "countries", "state": "countries", "dollar": "dollars", "usd": "dollars",
        "pound": "pounds", "euro": "euros", "percent": "percent", "per cent": "percent", "%": "percent", "death": "deaths", "fatality": "deaths",
        "protester": "protesters", "protestor": "protesters", "demonstrator": "protesters",
        "resident": "people", "inhabitant": "people", "relief": "aid", "assistance": "aid", "household": "homes",
        "home": "homes", "house": "homes", "dwelling": "homes", "measure": "bill", "legislation": "bill",
        "structure": "buildings", "building": "buildings",
    ]

    /// Words that name the sum after them ("fined £14m", "a ransom of $5m"): the sum's noun.
    static let sumNouns: [String: String] = [
        "fine": "fine", "penalty": "penalty", "ransom": "ransom", "compensation": "compensation",
        "damages": "damages", "bail": "bail", "settlement": "settlement", "loss": "loss", "profit": "profit",
        "revenue": "revenue", "deficit": "deficit", "losses": "loss", "profits": "profit", "revenues": "revenue", "sales": "revenue",
    ]

    /// Verbs whose sum follows them or their object, by the noun the sum is filed under: "fined £14m",
    /// "stole £2.3m", "siphoned off £2.1m", "defrauded the council of £2m", "would save $900 million a year".
    static let sumVerbs: [String: String] = [
        "fined": "fine", "stole": "theft", "stolen": "theft", "stealing": "theft", "embezzled": "theft",
        "embezzling": "theft", "siphoned": "theft", "siphoning": "theft", "swindled": "theft", "defrauded": "theft",
        "misappropriated": "theft", "pocketed": "theft", "save": "savings", "saves": "savings", "saving": "savings",
        "lose": "loss", "lost": "loss", "losing": "loss", "pledged": "pledge", "pledge": "pledge", "pledges": "pledge",
        "pledging": "pledge", "promised": "pledge", "contribute": "pledge", "contributes": "pledge", "contributed": "pledge",
        "contributing": "pledge", "donated": "donation", "donate": "donation", "donating": "donation",
    ]

    /// What befell those a figure counts; synonyms share one word.
    static let outcomes: [String: String] = [
        "killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed", "slain": "killed",
        "injured": "injured", "wounded": "injured", "hurt": "injured", "killing": "killed", "injuring": "injured",
        "wounding": "injured", "arrested": "arrested", "detained": "arrested",
        "missing": "missing", "displaced": "displaced", "evacuated": "evacuated", "evacuation": "evacuated", "evacuate": "evacuated",
        "rescued": "rescued",
    ]

    /// Verbs that befall those counted just after them: "killing 12", "injuring 35".
    static let outcomeVerbs: [String: String] = [
        "killing": "killed", "killed": "killed", "injuring": "injured", "injured": "injured", "wounding": "injured",
        "wounded": "injured", "evacuating": "evacuated", "evacuated": "evacuated",
    ]

    /// Wordings of an outcome that take several words.
    static let outcomePhrases: [[String]: String] = [
        ["leave", "their", "homes"]: "evacuated", ["left", "their", "homes"]: "evacuated",
        ["ordered", "to", "leave"]: "evacuated", ["told", "to", "leave"]: "evacuated",
        ["fled", "their", "homes"]: "displaced", ["flee", "their", "homes"]: "displaced",
        ["forced", "from", "their", "homes"]: "displaced",
    ]

    /// Participles whose denial describes rather than disputes ("an unidentified man" later named).
    static let descriptiveParticiples: Set<String> = [
        "identified", "named", "specified", "disclosed", "precedented", "expected", "related", "limited", "noticed",
    ]

    /// Time spans are relative ("two months later") more often than checkable, so they are not counted.
    static let timeUnits: Set<String> = [
        "second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "time", "am", "pm", "a.m",
        "p.m", "o'clock",
    ]

    /// Nationality words for the country itself or its people; folded forms.
    static let nationalities: [String: String] = [
        "us": "U.S.", "u.s": "U.S.", "u.s.": "U.S.", "usa": "U.S.", "american": "U.S.", "america": "U.S.",
        "uk": "British", "u.k": "British", "u.k.": "British", "british": "British", "britain": "British",
        "un": "U.N.", "u.n": "U.N.", "u.n.": "U.N.", "eu": "EU", "nato": "NATO",
    ]

    /// Military services; the value is the name a reader knows.
    static let branches: [String: String] = [
        "army": "Army", "navy": "Navy", "naval": "Navy", "marine": "Marine Corps", "marines": "Marine Corps",
        "marine corps": "Marine Corps", "air force": "Air Force", "coast guard": "Coast Guard",
        "space force": "Space Force", "national guard": "National Guard", "royal navy": "Royal Navy",
        "royal marines": "Royal Marines", "royal air force": "Royal Air Force", "raf": "Royal Air Force",
    ]

    /// Military ranks, abbreviations spelled out; longest first when matched.
    static let ranks: [[String]: String] = [
        ["general"]: "General", ["gen"]: "General",
        ["brigadier", "general"]: "Brigadier General", ["brig", "gen"]: "Brigadier General",
        ["brigadier"]: "Brigadier", ["brig"]: "Brigadier",
        ["major", "general"]: "Major General", ["maj", "gen"]: "Major General",
        ["lieutenant", "general"]: "Lieutenant General", ["lt", "gen"]: "Lieutenant General",
        ["admiral"]: "Admiral", ["adm"]: "Admiral", ["rear", "admiral"]: "Rear Admiral",
        ["rear", "adm"]: "Rear Admiral", ["vice", "admiral"]: "Vice Admiral", ["vice", "adm"]: "Vice Admiral",
        ["colonel"]: "Colonel", ["col"]: "Colonel", ["lieutenant", "colonel"]: "Lieutenant Colonel",
        ["lt", "col"]: "Lieutenant Colonel", ["major"]: "Major", ["maj"]: "Major", ["captain"]: "Captain",
        ["capt"]: "Captain", ["lieutenant"]: "Lieutenant", ["lt"]: "Lieutenant", ["sergeant"]: "Sergeant",
        ["sgt"]: "Sergeant", ["corporal"]: "Corporal", ["cpl"]: "Corporal", ["commodore"]: "Commodore",
        ["field", "marshal"]: "Field Marshal",
    ]

    /// Offices a person holds; synonyms share one head.
    static let posts: [[String]: String] = [
        ["president"]: "president", ["vice", "president"]: "vice president", ["prime", "minister"]: "prime minister",
        ["premier"]: "prime minister", ["minister"]: "minister", ["secretary"]: "secretary",
        ["chairman"]: "chair", ["chairwoman"]: "chair", ["chair"]: "chair", ["spokesperson"]: "spokesperson",
        ["spokesman"]: "spokesperson", ["spokeswoman"]: "spokesperson", ["ambassador"]: "ambassador",
        ["director"]: "director", ["governor"]: "governor", ["gov"]: "governor", ["senator"]: "senator", ["sen"]: "senator",
        ["representative"]: "representative", ["rep"]: "representative", ["mayor"]: "mayor", ["king"]: "king",
        ["queen"]: "queen", ["prince"]: "prince", ["ayatollah"]: "ayatollah", ["leader"]: "leader",
        ["head"]: "head", ["chief"]: "head", ["commander"]: "head", ["commanding", "general"]: "head",
        ["commanding", "officer"]: "head", ["analyst"]: "analyst", ["adviser"]: "adviser", ["advisor"]: "adviser",
        ["envoy"]: "envoy", ["speaker"]: "speaker", ["chancellor"]: "chancellor", ["attorney", "general"]: "attorney general",
        // "director general of the CBI": "general" after an office is part of it, not an army rank.
        ["director", "general"]: "director general", ["secretary", "general"]: "secretary general",
        ["solicitor", "general"]: "solicitor general", ["surgeon", "general"]: "surgeon general",
        ["inspector", "general"]: "inspector general", ["governor", "general"]: "governor general",
        ["auditor", "general"]: "auditor general", ["postmaster", "general"]: "postmaster general",
        ["commissioner"]: "commissioner", ["constable"]: "constable",
        ["chief", "constable"]: "chief constable", ["superintendent"]: "superintendent", ["inspector"]: "inspector", ["deputy"]: "deputy", ["ceo"]: "chief executive",
        ["chief", "executive"]: "chief executive", ["founder"]: "founder", ["judge"]: "judge", ["administrator"]: "administrator",
    ]

    /// Words that may stand before a name inside a title without being part of it.
    static let titleModifiers: Set<String> = [
        "military", "political", "defense", "defence", "foreign", "deputy", "acting", "former", "senior", "top",
        "supreme", "interim", "caretaker", "state", "junior", "retired", "then", "elite", "regional", "national",
    ]

    /// Capitalised words that name institutions rather than people.
    static let institutionWords: Set<String> = [
        "defense", "defence", "state", "staff", "chiefs", "joint", "force", "forces", "corps", "department",
        "ministry", "office", "council", "committee", "house", "senate", "congress", "parliament", "treasury",
        "justice", "interior", "foreign", "affairs", "homeland", "security", "command", "operations", "pentagon",
        "united", "states", "kingdom", "nations", "union", "republic", "task", "coalition", "agency", "bureau",
        "service", "services", "intelligence", "central", "national", "federal", "government", "cabinet",
        "white", "army", "navy", "air", "marine", "guard", "general", "commission", "court", "supreme",
        // "Premier League", "Labour Party", "Football Association": a title word before these is no office.
        "league", "party", "association", "federation", "club", "cup", "championship", "authority", "board",
        "university", "institute", "foundation", "organization", "organisation", "police",
    ]

    /// Name particles written in lower case ("Abd al-Mahdi", "bin Salman").
    static let nameParticles: Set<String> = ["al", "el", "bin", "ibn", "de", "da", "di", "van", "von", "der", "la", "le"]

    /// Suffixes that follow a name without changing who it is.
    static let courtesyTitles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "revd"]

    /// Suffixes and British post-nominal letters ("Timothy Spencer KC", "Jane Roe MP").
    static let nameSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "kc", "qc", "mp", "msp", "obe", "mbe", "cbe", "kbe", "dbe"]

    /// Parts of Arabic names that several spellings add or drop ("Abdul-Mahdi", "Abd al-Mahdi").
    static let surnameNoise: Set<String> = ["al", "el", "abd", "abdul", "abdel", "bin", "ibn"]

    /// British spellings folded to one form so that posts compare.
    static let spellings: [String: String] = ["defence": "defense", "offence": "offense", "organisation": "organization"]

    /// A word in American spelling, so that "Harbour" and "Harbor", "Centre" and "Center" key alike.
    static func americanSpelling(_ lower: String) -> String {
        if let known = spellings[lower] { return known }
        if lower.count >= 6, lower.hasSuffix("our"), !["detour", "contour", "devour"].contains(lower) {
            return String(lower.dropLast(2)) + "r"
        }
        if lower.count >= 6, lower.hasSuffix("tre") { return String(lower.dropLast(2)) + "er" }
        return lower
    }
}
