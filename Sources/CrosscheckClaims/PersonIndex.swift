import CrosscheckModel
import CrosscheckText

/// Maps the ways a corpus writes a person's name to one key, using the people analysis where it
/// is given and a surname key otherwise.
struct PersonIndex: Sendable {
    private var aliasIDs: [String: String] = [:]
    private var surnameIDs: [String: Set<String>] = [:]
    private var peopleNames: [String: String] = [:]
    /// Surnames that some source writes with a title, so that the bare surname is known to be a person.
    private var known: Set<String> = []
    private var labels: [String: String] = [:]

    /// Places the corpus names ("in Iraq"): a place is never taken for a person's name.
    private var places: Set<String> = []

    init(people: [Person], documents: [PreparedDocument], places: Set<String>) {
        self.places = places
        for person in people {
            peopleNames[person.id] = person.name
            for alias in [person.name] + person.aliases {
                aliasIDs[Self.fold(alias)] = person.id
                if let last = Folding.words(alias).last(where: { !ClaimLexicon.nameSuffixes.contains($0) }) {
                    surnameIDs[NameMentions.surnameKey(last), default: []].insert(person.id)
                }
            }
        }
        for document in documents {
            for sentence in document.sentences {
                for mention in sentence.mentions where mention.titled && !places.contains(mention.folded) {
                    known.insert(mention.surname)
                }
            }
        }
        known.formUnion(surnameIDs.keys)
        // The label is the fullest form most sources use: the commonest name of two words or more.
        var counts: [String: [String: Int]] = [:]
        for document in documents {
            for sentence in document.sentences {
                for mention in sentence.mentions where mention.name.count >= 2 {
                    guard let key = key(for: mention) else { continue }
                    counts[key, default: [:]][mention.text, default: 0] += 1
                }
            }
        }
        for (key, forms) in counts {
            labels[key] = forms.sorted { a, b in
                a.value != b.value ? a.value > b.value : a.key.count != b.key.count ? a.key.count < b.key.count : a.key < b.key
            }.first?.key
        }
    }

    /// Surnames written somewhere as a full name after a title ("Iranian general Qasem Soleimani").
    static func titledSurnames(_ documents: [PreparedDocument]) -> Set<String> {
        var out = Set<String>()
        for document in documents {
            for sentence in document.sentences {
                for mention in sentence.mentions where mention.titled && mention.name.count >= 2 { out.insert(mention.surname) }
            }
        }
        return out
    }

    /// The person a mention names: "p:<id>" for a known person, "s:<surname>" otherwise; nil when
    /// nothing says the words are a person's name.
    func key(for mention: NameMention) -> String? {
        if let id = aliasIDs[mention.folded] { return "p:" + id }
        if let ids = surnameIDs[mention.surname], ids.count == 1, let id = ids.first { return "p:" + id }
        guard mention.titled || known.contains(mention.surname), !places.contains(mention.folded) else { return nil }
        return "s:" + mention.surname
    }

    func personID(for key: String) -> String? {
        key.hasPrefix("p:") ? String(key.dropFirst(2)) : nil
    }

    func label(for key: String, fallback: String) -> String {
        if let id = personID(for: key), let name = peopleNames[id] { return name }
        return labels[key] ?? fallback
    }

    private static func fold(_ name: String) -> String {
        Folding.words(name).joined(separator: " ")
    }
}
