import CrosscheckModel
import CrosscheckText

/// The people analysis's names, for the whole corpus: alias → person, surname → people.
struct PeopleDirectory: Sendable {
    private var aliasIDs: [String: String] = [:]
    private var surnameIDs: [String: Set<String>] = [:]
    private var names: [String: String] = [:]

    init(_ people: [Person]) {
        for person in people {
            names[person.id] = person.name
            for alias in [person.name] + person.aliases {
                let words = Folding.words(alias)
                aliasIDs[words.joined(separator: " ")] = person.id
                if let last = words.last(where: { !ClaimLexicon.nameSuffixes.contains($0) }) {
                    surnameIDs[NameMentions.surnameKey(last), default: []].insert(person.id)
                }
            }
        }
    }

    /// The person a written name stands for: by alias, else by a surname only one person has.
    func personID(folded: String, surname: String) -> String? {
        if let id = aliasIDs[folded] { return id }
        if let ids = surnameIDs[surname], ids.count == 1 { return ids.first }
        return nil
    }

    func isSurname(_ surname: String) -> Bool { surnameIDs[surname] != nil }

    func name(of id: String) -> String? { names[id] }
}
