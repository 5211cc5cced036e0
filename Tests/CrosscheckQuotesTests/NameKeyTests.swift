import Testing

@testable import CrosscheckQuotes

@Suite struct NameKeyTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let a: [String]
        let b: [String]
        let same: Bool
        var testDescription: String { "\(a) ~ \(b)" }
    }

    /// Hyphenated family names are one name; a hyphen after a particle ("al-", "Abdul-") is not.
    static let cases: [Case] = [
        Case(a: ["Fiona", "Carr-Bates"], b: ["Carr-Bates"], same: true),
        Case(a: ["Nadia", "Abdul-Rahim"], b: ["Nadia", "Abdul", "Rahim"], same: true),
        Case(a: ["Omar", "al-Rashid"], b: ["Omar", "Rashid"], same: true),
        Case(a: ["Jane", "Lloyd-Webb"], b: ["Jane", "Webb"], same: false),
    ]

    @Test(arguments: cases)
    func hyphenatedSurnames(_ c: Case) {
        let a = NameKey(parts: c.a), b = NameKey(parts: c.b)
        #expect((a.surname == b.surname && NameKey.givenCompatible(a.givenSpelling, b.givenSpelling)) == c.same, "\(a.core) \(b.core)")
    }

    @Test func keyOfParticleHyphen() {
        #expect(NameKey(parts: ["Adil", "Abdul-Mahdi"]).core == ["adil", "mahdi"])
        #expect(NameKey(parts: ["Carr-Bates"]).core == ["carrbates"])
    }
}
