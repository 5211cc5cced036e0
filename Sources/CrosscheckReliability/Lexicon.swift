/// Closed word classes of English that the detectors rely on; general grammar, not story vocabulary.
enum Lexicon {
    /// Words that cannot end a clause: a sentence that stops on one of them was cut off.
    static let dangling: Set<String> = [
        "the", "a", "an", "of", "to", "from", "in", "into", "on", "onto", "at", "by", "with", "for", "throughout",
        "all", "and", "or", "its", "their", "his", "her", "our", "your", "my", "whose", "between", "about",
        "against", "toward", "towards", "during", "across", "after", "before", "than", "as", "if", "because",
        "while", "whether", "told",
    ]

    /// Capitalised words that begin a sentence and rarely start a name ("The letter", "It was").
    static let sentenceStarters: Set<String> = [
        "The", "It", "He", "She", "They", "We", "Neither", "This", "These", "Those", "His", "Her", "Their", "Its",
        "But", "However", "Our", "There",
    ]

    /// Pronouns: after a dangling word they start a new sentence whatever follows.
    static let pronounStarters: Set<String> = ["It", "He", "She", "They", "We", "Neither", "There"]

    /// Words legitimately written twice in a row ("had had", "that that").
    static let legitimateDoubles: Set<String> = ["had", "that", "is", "do", "very", "so", "bye", "no", "knock", "now", "yes"]

    /// Lowercase words that may sit inside a name ("Department of State", "Abu Mahdi al-Muhandis").
    static let nameConnectors: Set<String> = [
        "of", "the", "and", "for", "de", "del", "della", "di", "da", "du", "des", "la", "le", "los", "las", "von",
        "van", "der", "den", "al", "el", "bin", "ibn", "y", "e", "on", "upon", "in", "at", "&",
    ]

    /// Head nouns of institutions and offices: what precedes them is part of a fixed name.
    static let institutionHeads: Set<String> = [
        "Department", "Ministry", "Office", "Agency", "Council", "Committee", "Commission", "Bureau", "Service",
        "Services", "Force", "Forces", "Corps", "Party", "Court", "University", "Institute", "Administration",
        "Authority", "Secretary", "Minister", "Command", "Guard", "Assembly", "Parliament", "Senate", "House",
        "Board", "Foundation", "Association", "Union", "Organization", "Organisation", "Group", "Center",
        "Centre", "Chiefs", "Staff", "General", "Army", "Navy",
    ]

    /// Words commonly followed by a dot that does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "brig", "rep",
        "sen", "gov", "pres", "st", "sr", "jr", "rev", "hon", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sept", "sep", "oct", "nov", "dec", "no", "nos", "vs", "etc", "inc", "co", "corp", "ltd", "mt", "ft", "approx",
        "est", "dept", "govt", "vol", "p", "pp", "cf", "al", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n",
    ]

    /// Very common words that say nothing about the topic.
    static let stopwords: Set<String> = [
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is",
        "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "this", "that", "these",
        "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "my", "your", "him", "them",
        "us", "not", "no", "will", "would", "could", "should", "can", "may", "might", "must", "do", "does", "did",
        "said", "says", "say", "told", "also", "there", "which", "who", "whom", "what", "when", "where", "why",
        "how", "than", "then", "so", "if", "about", "into", "over", "after", "before", "up", "out", "more", "most",
        "some", "any", "all", "one", "two", "new", "just", "now", "very", "only", "other", "such", "while", "because",
        "during", "against", "between", "through", "under", "per", "mr", "ms", "mrs", "on", "off", "down", "its",
        "it's", "there's", "that's", "don't", "didn't", "isn't", "wasn't", "yet", "still", "even", "like",
    ]

    /// Articles, pronouns, prepositions, conjunctions and auxiliaries: the grammar of a sentence, not its content.
    static let functionWords: Set<String> = stopwords.subtracting([
        "said", "says", "say", "told", "new", "just", "like", "one", "two", "also", "still", "even", "yet", "more",
        "most", "only", "other", "very", "now", "up", "out", "off", "down",
    ]).union(prepositions)

    /// Prepositions beyond the commonest, which swap with each other in paraphrase and translation.
    static let prepositions: Set<String> = [
        "above", "below", "across", "among", "along", "around", "behind", "beyond", "near", "within", "without",
        "toward", "towards", "upon", "throughout", "beside", "despite", "inside", "outside", "onto", "via", "amid",
        "concerning", "regarding", "following", "till", "until", "since", "unlike", "beneath", "alongside",
    ]

    static func isContent(_ word: String) -> Bool {
        word.count >= 3 && !stopwords.contains(word) && !(word.first?.isNumber ?? true)
    }
}
