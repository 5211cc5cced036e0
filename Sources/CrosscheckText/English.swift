/// Words of English that carry grammar rather than content: articles, pronouns, prepositions,
/// conjunctions, auxiliaries and a few common adverbs and speech verbs. Lowercase.
public enum English {
    public static let functionWords: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
        "of", "in", "on", "at", "to", "from", "by", "for", "with", "about", "across", "into", "over", "after",
        "before", "during", "since", "until", "against", "between", "among", "through", "near", "within", "without",
        "under", "above", "around", "out", "up", "down", "off", "as", "than", "per", "via", "toward", "towards",
        "and", "or", "but", "nor", "so", "yet", "if", "while", "because", "although", "though", "when", "where",
        "whether", "which", "who", "whom", "whose", "what", "is", "are", "was", "were", "be", "been", "being",
        "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
        "may", "might", "must", "not", "no", "never", "it", "he", "she", "they", "we", "i", "you", "them", "him",
        "us", "there", "here", "also", "still", "just", "only", "even", "then", "now", "all", "some", "any",
        "each", "every", "either", "neither", "more", "most", "less", "least", "very", "too", "such", "said", "says", "say",
    ]
}
