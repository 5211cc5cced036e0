import CrosscheckText

/// Word lists of general English news writing. Everything is lowercased; none is tied to one story.
enum Lexicon {
    /// Verbs that introduce speech on their own, in every tense and as participles.
    static let speechVerbs: Set<String> = expand([
        "say", "tell", "add", "state", "write", "assert", "warn", "emphasize", "emphasise", "explain", "stress",
        "continue", "insist", "note", "argue", "claim", "declare", "acknowledge", "admit", "announce", "remark",
        "reply", "respond", "answer", "observe", "recall", "suggest", "urge", "vow", "pledge", "promise", "tweet",
        "caution", "concede", "confirm", "counter", "complain", "boast", "predict", "maintain", "contend",
        "mention", "quip", "joke", "shout", "whisper", "yell", "testify", "recount", "reiterate", "underscore",
        "conclude", "comment", "ask", "deny", "allege", "affirm", "assure", "exclaim", "lament", "muse", "plead",
        "proclaim", "retort", "scoff", "sigh", "snap", "agree", "elaborate", "indicate", "demand", "inform",
        "advise", "describe", "threaten", "accuse",
    ]).union(["told", "wrote", "written", "writing", "said", "saying", "says", "telling", "tells", "according"])

    /// Verbs that rewritten or translated copy puts in place of "said"/"added"; trusted only right
    /// after a name, pronoun or document, because most of them are also ordinary words.
    static let weakSpeechVerbs: Set<String> = [
        "reported", "reports", "read", "reads", "extra", "additional", "included", "mentioned", "stated",
        "informed", "posted", "published", "wrote", "crafted",
    ]

    /// "called the plan 'reckless'", "branded it a 'disgrace'": the fragment after the object is the
    /// subject's word for it.
    static let labellingVerbs: Set<String> = [
        "called", "calls", "calling", "labelled", "labeled", "branded", "dubbed", "termed", "hailed", "slammed",
    ]

    /// Participles and gerunds: their speaker is the subject of the clause they hang on.
    static func isParticiple(_ word: String) -> Bool {
        word.hasSuffix("ing") && word != "according"
    }

    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i"]
    /// "the 52-year-old said": refers back like a pronoun, of either sex.
    static let agePronoun = "the-year-old"
    static let personPronouns: Set<String> = ["he", "she", agePronoun]

    static let determiners: Set<String> = [
        "a", "an", "the", "one", "two", "three", "several", "some", "many", "other", "another", "his", "her",
        "its", "their", "our", "this", "that", "these", "those", "senior", "top", "former",
    ]

    static let prepositions: Set<String> = [
        "to", "from", "by", "with", "for", "at", "in", "on", "of", "about", "against", "into", "over", "under",
        "after", "before", "during", "near", "through", "within", "without", "across", "between", "among",
    ]

    /// Words that sit between a subject and its speech verb ("has also said", "later told").
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "was", "were", "is", "would", "will", "did", "does", "do", "also", "later",
        "then", "again", "further", "still", "previously", "earlier", "once", "had", "repeatedly", "reportedly",
        "just", "already", "recently", "told", "not", "never", "quickly", "flatly", "publicly", "privately",
        // "was quoted as saying", "is heard asking".
        "quoted", "as", "heard", "seen", "being", "been", "are", "be", "could", "can", "may", "might", "should",
    ]

    /// Nouns whose speaker is a text rather than a person: "the letter read".
    static let documentNouns: Set<String> = [
        "letter", "statement", "memo", "memorandum", "email", "e-mail", "note", "report", "document", "release",
        "tweet", "post", "message", "filing", "communique", "notice", "directive", "order", "cable", "text",
        "draft", "lawsuit", "complaint", "indictment", "ruling", "verdict", "transcript", "editorial", "petition",
    ]

    /// Nouns of people who are not named: "a White House official", "sources said".
    static let anonymousNouns: Set<String> = [
        "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
        "aide", "aides", "diplomat", "diplomats", "person", "people", "insider", "insiders", "officer", "officers",
        "representative", "representatives", "staffer", "staffers", "witness", "witnesses", "resident",
        "residents", "lawmaker", "lawmakers", "analyst", "analysts", "expert", "experts", "member", "members",
        "general", "commander", "minister", "leader", "leaders", "adviser", "advisers", "advisor", "advisors",
        "employee", "employees", "worker", "workers", "investigator", "investigators", "authorities", "police",
        "military", "government", "administration", "ministry", "agency", "army", "spokespersons",
    ]

    /// Nouns that introduce an organisation's name: those that can stand for one alone, and others
    /// ("supermarket giant Tesco", "energy supplier Brightwell", "think tank Chatham House").
    static let organisationDescriptors = organisationNouns.union([
        "giant", "supplier", "lender", "chain", "brand", "maker", "carmaker", "conglomerate", "publisher",
        "developer", "provider", "startup", "start-up", "body", "outlet", "tank", "utility", "producer", "platform",
        "app", "website", "site", "station", "channel", "paper", "tabloid", "magazine", "nonprofit", "non-profit",
        "ngo", "consultancy",
    ])

    /// Nouns of bodies that speak as one: "the company said", "the ministry said".
    static let organisationNouns: Set<String> = [
        "company", "firm", "group", "ministry", "department", "agency", "government", "police", "army", "military",
        "council", "court", "committee", "club", "union", "party", "campaign", "team", "board", "bank", "hospital",
        "school", "university", "network", "broadcaster", "newspaper", "airline", "administration", "embassy",
        "office", "regime", "authority", "commission", "organisation", "organization", "charity", "coalition",
        "alliance", "federation", "league", "association", "parliament", "cabinet", "presidency", "navy",
        "manufacturer", "retailer", "insurer", "carrier", "operator", "regulator", "watchdog", "prosecutors",
        "authorities", "spokesperson's office", "service", "force", "militia", "movement", "state", "city",
        "county", "statement",
    ]

    /// Features of the land that lead a place's name: "River South Esk", "Lake Tahoe", "Mount Kenya".
    static let landFeatures: Set<String> = [
        "river", "lake", "loch", "lough", "mount", "mountain", "glen", "valley", "cape", "port", "fort", "bay", "gulf",
        "sea", "island", "isle", "strait", "canal", "creek", "falls", "forest", "park",
    ]

    /// Bodies and places often named after someone's or something's possession: "Children's Hospital".
    static let institutionWords: Set<String> = [
        "hospital", "hospitals", "school", "college", "university", "church", "cathedral", "chapel", "institute",
        "museum", "league", "club", "party", "association", "society", "foundation", "trust", "fund", "hall", "park",
        "bridge", "street", "square", "centre", "center", "clinic", "home", "homes", "day", "parade", "bay", "island",
    ]

    /// Titles of address and honours that say nothing about what a person does.
    /// Titles set before a given name alone: royals, and British knights and dames ("Sir Keir" is Sir Keir Starmer).
    static let givenNameTitles: Set<String> = [
        "prince", "princess", "king", "queen", "sheikh", "shaikh", "emir", "sultan", "pope", "sir", "dame",
    ]

    static let courtesyTitles: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "sir", "dame"]
    /// Courtesy titles and the academic ones a name is addressed by.
    static let addressTitles = courtesyTitles.union(["dr", "dr.", "prof", "prof."])

    /// Lowercase role nouns that introduce a name: "analyst Jane Roe", "commander John Doe".
    static let roleNouns: Set<String> = [
        "analyst", "commander", "general", "spokesperson", "spokesman", "spokeswoman", "premier", "minister",
        "ambassador", "leader", "chief", "head", "adviser", "advisor", "envoy", "lawyer", "attorney", "professor",
        "director", "president", "secretary", "senator", "governor", "mayor", "judge", "economist", "researcher",
        "expert", "doctor", "chairman", "chairwoman", "chair", "official", "diplomat", "colonel", "captain",
        "lieutenant", "sergeant", "admiral", "coach", "founder", "ceo", "executive", "author", "historian",
        "scientist", "activist", "candidate", "lawmaker", "congressman", "congresswoman", "officer", "deputy",
        "cleric", "negotiator", "strategist", "pollster", "commentator", "journalist", "reporter", "correspondent",
        "editor", "writer", "manager", "owner", "investor", "pastor", "priest", "bishop", "rabbi", "imam",
        "militant", "fighter", "soldier", "prosecutor", "investigator", "inspector", "commissioner", "councillor",
        "councilman", "councilwoman", "representative", "speaker", "lord", "prince", "princess", "king", "queen",
        "sheikh", "emir", "cardinal", "pope", "physician", "surgeon", "nurse", "teacher", "student", "mother",
        "father", "son", "daughter", "wife", "husband", "brother", "sister", "singer", "actor", "actress",
        "player", "striker", "midfielder", "defender", "goalkeeper", "manager", "boss", "sheriff", "marshal",
        "engineer", "firefighter", "paramedic", "farmer", "resident", "neighbour", "neighbor", "volunteer",
        "curator", "restorer", "architect", "consultant", "contractor", "accountant", "planner", "campaigner",
        "grandmother", "grandfather", "grandson", "granddaughter", "widow", "widower", "pensioner", "commuter",
        "passenger", "shopper", "motorist", "homeowner", "retiree", "parent", "mum", "dad", "mom", "survivor",
        "witness", "eyewitness", "victim", "bystander", "protester", "protestor", "demonstrator", "shopkeeper",
        "worker", "employee", "customer", "patient", "tourist", "visitor", "mourner", "onlooker", "pupil",
        "veteran", "driver", "cyclist", "pilot", "barrister", "solicitor", "aide",
    ]

    /// A role noun of the list, or a noun for someone who does something ("commuter", "protester",
    /// "shopkeeper", "demonstrator", "retiree"): news copy puts any of them before a name.
    static func isRoleNoun(_ key: String) -> Bool {
        roleNouns.contains(key) || key.utf8.count >= 5 && agentSuffixes.contains { key.hasSuffix($0) } && !notAgents.contains(key)
    }

    private static let agentSuffixes = ["er", "or", "ist", "ian", "ant", "ee", "man", "woman", "person"]
    /// Words of those endings that name no one.
    private static let notAgents: Set<String> = [
        "former", "latter", "whether", "neither", "either", "rather", "further", "together", "another", "however",
        "never", "ever", "other", "earlier", "later", "longer", "under", "after", "over", "major", "minor", "prior",
        "important", "significant", "relevant", "recent", "current", "present", "different", "silent", "instant",
        "vacant", "constant", "distant", "urgent", "decent", "regardless", "guarantee", "committee", "lower", "upper", "fewer", "inner", "outer",
    ]

    /// Capitalised titles and ranks before a name (lowercased, dots removed).
    static let titles: Set<String> = [
        "president", "vice", "secretary", "minister", "prime", "premier", "chancellor", "king", "queen", "prince",
        "princess", "pope", "sen", "senator", "rep", "representative", "gov", "governor", "mayor", "judge",
        "justice", "gen", "general", "brig", "brigadier", "lt", "lieutenant", "col", "colonel", "maj", "major",
        "capt", "captain", "sgt", "sergeant", "adm", "admiral", "cmdr", "commander", "marshal", "ambassador",
        "chairman", "chairwoman", "chair", "chief", "director", "spokesman", "spokeswoman", "spokesperson", "dr",
        "mr", "mrs", "ms", "miss", "prof", "professor", "rev", "reverend", "father", "sheikh", "ayatollah", "imam",
        "cardinal", "bishop", "rabbi", "attorney", "speaker", "leader", "supreme", "deputy", "assistant",
        "acting", "interim", "caretaker", "commissioner", "inspector", "sir", "dame", "lord", "lady", "baroness",
        "baron", "ceo", "cfo", "coo", "chairperson", "emir", "sultan", "crown", "field", "private", "corporal",
        "cpl", "pvt", "officer", "detective", "sheriff", "congressman", "congresswoman", "councilman",
        "councilwoman", "councillor", "alderman", "ald", "alderwoman", "alderperson", "mp", "mep", "ag", "dep", "sec", "amb", "gov.", "lt.", "supt",
        "superintendent", "constable", "pc", "sgt.", "staff", "envoy", "counselor", "counsellor", "adviser",
        "advisor", "coach", "manager", "analyst", "economist", "head", "founder", "executive", "officer",
        "treasurer", "auditor", "comptroller", "registrar", "provost", "dean", "principal", "trustee", "chaplain", "administrator",
        "warden", "ranger", "magistrate", "coroner", "pastor", "elder", "archbishop", "metropolitan", "patriarch",
        "grand", "ayatollah", "mullah", "rabbi", "shaikh", "shaykh", "hajji", "president-elect", "chief-of-staff",
        "cllr", "msp", "td", "mla", "qc", "kc", "lt-gen", "maj-gen", "gov-elect", "senator-elect",
        "councilmember", "councilor", "assemblymember", "assemblyman", "assemblywoman", "supervisor", "delegate",
        "selectman", "selectwoman", "legislator", "lawmaker", "alderwoman", "alderperson",
        // British police ranks as printed without dots: "Det Con", "Det Insp", "Ch Supt", "DCI".
        "det", "con", "insp", "ch", "dci", "pcso",
    ]

    /// Capitalised words that name a field of a title: "Secretary of Defense", "Foreign Minister".
    static let titleFields: Set<String> = [
        "defense", "defence", "state", "foreign", "interior", "justice", "treasury", "homeland", "security",
        "health", "commerce", "energy", "labor", "labour", "education", "agriculture", "transportation",
        "transport", "affairs", "finance", "economy", "trade", "war", "navy", "army", "air", "joint", "chiefs",
        "national", "general", "home", "environment", "culture", "information", "intelligence", "oil",
        "petroleum", "development", "housing", "veterans", "communications", "press", "white", "house",
        "operations", "staff", "team", "public", "international", "legal", "political", "military", "senior",
        "top", "chief", "former", "first", "second", "federal", "regional", "district", "special", "minority",
        "majority", "democratic", "republican", "opposition", "department", "ministry", "office", "marine",
        "corps", "force", "forces", "coast", "guard", "police", "fire", "central", "command", "bank",
    ]

    /// Words that end a name: organisations, places and other capitalised non-names.
    static let organisationWords: Set<String> = Set<String>([
        "house", "department", "ministry", "pentagon", "kremlin", "agency", "office", "commission", "council",
        "committee", "army", "navy", "force", "forces", "police", "government", "administration", "embassy",
        "party", "court", "parliament", "congress", "senate", "union",
        "command", "coalition", "organization", "organisation", "university", "institute", "foundation",
        "association", "authority", "service", "services", "times", "news", "journal",
        "network", "airport", "zone", "area", "street", "square", "province", "region", "state", "states",
        "republic", "kingdom", "city", "county", "district", "island", "islands", "river", "sea", "ocean", "gulf",
        "mountains", "valley", "base", "center", "centre", "hospital", "school", "college",
        "mosque", "temple", "avenue", "palace", "station", "corps",
        "brigade", "battalion", "division", "regiment", "guards", "militia", "militias", "movement",
        "alliance", "federation", "league", "club", "fund", "reserve", "exchange", "board",
        "operation", "operations", "task", "mission", "program", "programme", "project", "initiative", "act",
        "bill", "law", "treaty", "accord", "agreement", "resolution", "plan", "war", "crisis", "conference",
        "summit", "forum", "festival", "award", "awards", "prize", "cup", "championship", "games", "olympics",
        "east", "west", "north", "south", "middle", "central", "photo", "photos", "images", "image", "getty",
        "afp", "reuters", "ap", "epa", "via", "file", "staff", "twitter", "facebook", "instagram", "youtube",
        "google", "apple", "microsoft", "amazon", "media", "tv", "radio", "channel", "online", "daily", "weekly",
        "herald", "tribune", "telegraph", "guardian", "gazette", "observer", "chronicle", "monitor", "review",
        "magazine", "broadcasting", "corporation", "associated", "agence", "france", "presse", "al", "jazeera",
        "hotel", "restaurant", "mall", "stadium", "arena", "theatre", "theater", "museum", "library",
        "prison", "jail", "cathedral", "hq", "headquarters", "building", "plaza", "center",
        // "Cal Fire", "the Ridge Fire": an agency or a wildfire, named like a person.
        "fire",
    ]).union(companyWords)

    /// Last words of company names ("Brightwell Energy", "Halden Group"); not "power" or "water",
    /// which are family names too.
    static let companyWords: Set<String> = [
        "company", "corp", "inc", "group", "airlines", "airways", "energy", "holdings", "motors", "pharmaceuticals",
        "pharma", "industries", "technologies", "systems", "capital", "partners", "insurance", "labs", "laboratories",
        "rail", "railways", "telecom", "communications", "entertainment", "studios", "financial", "securities",
        "investments", "ventures", "logistics", "shipping", "mining", "petroleum", "utilities", "therapeutics",
        "software", "automotive", "aerospace", "plc", "ltd", "llc", "bancorp", "brands", "foods", "stores",
        "supermarkets",
    ]

    /// Capitalised words that are never part of a name: sentence openers, months, days.
    static let nonNameWords: Set<String> = [
        "the", "a", "an", "but", "and", "or", "in", "on", "at", "of", "for", "to", "from", "by", "with", "as",
        "if", "when", "while", "after", "before", "since", "because", "although", "though", "yet", "so", "still",
        "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "our", "my", "your", "who", "what", "which", "where", "why", "how", "some",
        "many", "most", "all", "no", "not", "neither", "nor", "both", "either", "each", "every", "any", "one",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "mr", "mrs", "ms", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tomorrow", "speaking", "asked", "meanwhile", "however", "also", "then", "now", "last", "next", "new",
        "breaking", "update", "updated", "read", "more", "watch", "video", "photo", "source", "sources",
        "according", "under", "over", "about", "during", "despite", "amid", "among", "until", "unless",
        "whether", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
        "would", "can", "could", "should", "must", "might", "may", "said", "says", "say", "told", "key",
        "figure", "comments", "comment", "share", "tell", "leave", "reply", "back", "top", "world", "us", "u.s",
        "u.k", "uk", "u.n", "eu", "nato", "isis", "isil", "christmas", "easter", "ramadan", "god", "allah",
        "islamic", "sir", "madam", "dear", "yes", "ok", "okay", "period", "english", "arabic", "french",
        "spanish", "german", "russian", "chinese", "persian", "hebrew", "latin",
    ]

    /// Particles inside Arabic, Dutch, Spanish and other names; dropped when names are compared.
    static let nameParticles: Set<String> = [
        "al", "el", "abd", "abdul", "abdel", "abdol", "ad", "ash", "as", "at", "an", "ar", "az", "bin", "ibn",
        "ben", "bint", "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "dos",
        "das", "y", "los", "las",
    ]

    /// Lowercase particles allowed inside a name ("Ludwig van Beethoven", "Abd al-Mahdi").
    static let lowercaseNameParticles: Set<String> = [
        "al", "el", "bin", "ibn", "bint", "de", "da", "di", "du", "del", "della", "der", "den", "van", "von",
        "la", "le", "dos", "das", "los", "las",
    ]

    static let nameSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "v"]

    /// Countries, capitals and regions that lead or follow names in news copy.
    static let places: Set<String> = [
        "iraq", "iran", "syria", "lebanon", "israel", "palestine", "gaza", "egypt", "libya", "yemen",
        "saudi", "arabia", "qatar", "kuwait", "bahrain", "oman", "emirates", "uae", "turkey", "afghanistan",
        "pakistan", "india", "china", "japan", "korea", "taiwan", "russia", "ukraine", "belarus", "poland",
        "germany", "france", "britain", "england", "scotland", "wales", "ireland", "italy", "spain", "portugal",
        "greece", "sweden", "norway", "denmark", "finland", "netherlands", "belgium", "switzerland", "austria",
        "hungary", "romania", "serbia", "canada", "mexico", "brazil", "argentina", "chile", "colombia",
        "venezuela", "cuba", "peru", "australia", "zealand", "nigeria", "kenya", "ethiopia", "somalia", "sudan",
        "africa", "europe", "asia", "america", "americas", "washington", "london", "paris", "berlin", "moscow",
        "beijing", "tokyo", "tehran", "baghdad", "damascus", "beirut", "jerusalem", "cairo", "riyadh", "ankara",
        "istanbul", "kabul", "islamabad", "delhi", "kyiv", "kiev", "brussels", "rome", "madrid", "geneva",
        "dubai", "doha", "california", "texas", "florida", "ohio", "michigan",
        "pennsylvania", "arizona", "nevada", "illinois", "chicago", "boston", "angeles", "francisco",
        "basra", "mosul", "erbil", "kurdistan", "saada", "tel", "aviv", "hong", "kong", "singapore", "seoul",
        "pyongyang", "hanoi", "bangkok", "manila", "jakarta", "sydney", "toronto", "ottawa", "dublin",
        "edinburgh", "warsaw", "vienna", "athens", "lisbon", "stockholm", "oslo", "copenhagen", "helsinki",
        "ukrainian", "capitol", "gulf",
        // US states not spelt like a first name ("Virginia", "Carolina"): those are places after a point of
        // the compass ("South Carolina", `NameFinder`).
        "alabama", "alaska", "arkansas", "colorado", "connecticut", "delaware", "hawaii", "idaho", "iowa", "kansas",
        "kentucky", "louisiana", "maine", "maryland", "massachusetts", "minnesota", "mississippi", "missouri",
        "nebraska", "oklahoma", "oregon", "tennessee", "utah", "vermont", "wisconsin", "wyoming",
        "persian", "atlantic", "pacific", "mediterranean", "baltic", "caribbean", "sahara", "crimea", "donbas",
    ]

    /// Nationalities and demonyms that do not follow the "-ian", "-ese", "-ish", "-i" endings.
    static let nationalities: Set<String> = [
        "american", "british", "french", "dutch", "greek", "thai", "swiss", "german", "irish", "welsh",
        "scottish", "english", "spanish", "turkish", "polish", "danish", "swedish", "finnish", "kurdish",
        "jewish", "arab", "arabic", "israeli", "iraqi", "saudi", "kuwaiti", "qatari", "yemeni", "pakistani",
        "afghan", "iranian", "syrian", "lebanese", "chinese", "japanese", "korean", "russian", "ukrainian",
        "european", "african", "asian", "mexican", "canadian", "australian", "western", "eastern", "northern",
        "southern", "sunni", "shiite", "shia", "muslim", "christian", "catholic", "iran-backed", "us-led",
        "u.s.-led", "pro-iranian", "federal", "democrat", "republican", "conservative", "liberal", "labour",
        "tory", "emirati", "omani", "bahraini", "jordanian", "egyptian", "libyan", "palestinian", "turk",
    ]

    /// Whether a capitalised word reads as a nationality ("Iraqi", "Lebanese", "Pakistani").
    static func isNationality(_ lower: String) -> Bool {
        if nationalities.contains(lower) { return true }
        if lower.endsWith("-led") || lower.endsWith("-backed") || lower.endsWith("-based") { return true }
        return lower.hasCount(atLeast: 5) && (lower.endsWith("ian") || lower.endsWith("ese")) && !givenNames.contains(lower)
    }

    /// First names spelt like a nationality or a creed ("Brian Kemp", "Christian Lindner"): before a
    /// surname they begin a name (`NameFinder`); elsewhere "Christian" is still a creed.
    static let givenNames: Set<String> = [
        "brian", "adrian", "julian", "damian", "fabian", "florian", "kilian", "killian", "dorian", "marian", "lillian",
        "gillian", "jillian", "vivian", "maximilian", "cristian", "kristian", "lucian", "sebastian", "bastian",
        "christian", "therese",
    ]

    /// Expands base verbs into their past, present and participle forms.
    private static func expand(_ verbs: [String]) -> Set<String> {
        var out = Set<String>()
        for verb in verbs {
            out.insert(verb)
            let stem: String
            if verb.hasSuffix("e") {
                stem = String(verb.dropLast())
                out.insert(verb + "d")
                out.insert(verb + "s")
            } else if verb.hasSuffix("y"), let last = verb.dropLast().last, !"aeiou".contains(last) {
                stem = verb
                out.insert(verb.dropLast() + "ied")
                out.insert(verb.dropLast() + "ies")
            } else {
                stem = verb
                let doubled = ["admit", "quip", "snap", "plan"].contains(verb)
                out.insert(verb + (doubled ? String(verb.last!) : "") + "ed")
                out.insert(verb + (verb.hasSuffix("sh") || verb.hasSuffix("ss") ? "es" : "s"))
            }
            let doubled = ["admit", "quip", "snap"].contains(verb)
            out.insert(stem + (doubled ? String(verb.last!) : "") + "ing")
        }
        return out
    }
}
