import CrosscheckModel
import CrosscheckText

/// Does the source say who said what, and where its information came from?
enum Attribution {
    static func findings(_ source: SourceText, quotes: [Quote]) -> [Finding] {
        var out: [Finding] = []
        var sourcing: [Reliability.Evidence] = []
        for sentence in source.sentences where sentence.kind == .body {
            if let phrase = namedSource(sentence.tokens) {
                sourcing.append(Reliability.Evidence(sentence, note: "\u{201C}\(phrase)\u{201D}"))
            }
        }
        if !sourcing.isEmpty {
            out.append(
                Finding(
                    id: "names-sources", label: "Says where its information comes from (\(sourcing.count))",
                    points: Weights.namedSourcesBonus, evidence: sourcing, phrase: "names its sources"))
        }
        // A quote whose speaker the analysis could not find tells about the analysis, not the source: only quotes
        // the source itself leaves unnamed ("an official said") count against it.
        let own = quotes.filter { $0.sourceID == source.document.id && $0.placement == .body && $0.speakerKind != .unknown }
        let anonymous = own.filter { $0.speakerKind == .anonymous }
        let namedShare = own.isEmpty ? 0 : 1 - Double(anonymous.count) / Double(own.count)
        if own.count >= 3, namedShare >= 0.8 {
            out.append(
                Finding(
                    id: "named-speakers", label: "Quotes attributed to named speakers (\(own.count - anonymous.count) of \(own.count))",
                    points: Weights.namedSpeakersBonus,
                    evidence: own.filter { $0.speakerKind != .anonymous }.prefix(8).map {
                        Reliability.Evidence(paragraph: $0.paragraph, text: $0.context, note: $0.speakerLabel)
                    },
                    phrase: "quotes attributed to named speakers"))
        }
        // A few unnamed voices are normal; a story resting on them is not.
        if own.count >= 3, Double(anonymous.count) > 0.3 * Double(own.count) {
            let share = Double(anonymous.count) / Double(own.count)
            out.append(
                Finding(
                    id: "unnamed-speakers", label: "Quotes without a named speaker (\(anonymous.count) of \(own.count))",
                    points: -min(Weights.anonymousCap, (share - 0.3) * 10),
                    evidence: anonymous.map { Reliability.Evidence(paragraph: $0.paragraph, text: $0.context, note: $0.speakerLabel) },
                    phrase: "many quotes without a named speaker"))
        }
        return out
    }

    /// `according to`, `told CNN`, `told The Times`, a wire credit `(AP)`, `AFP confirmed`, `confirmed to X`,
    /// `seen by X`, `in an interview with X`.
    static func namedSource(_ tokens: [Token]) -> String? {
        for i in tokens.indices {
            let word = tokens[i].lower
            // Most words open none of the phrases: they are passed over before their neighbours are read,
            // most of them by their first letter alone (each string comparison is a call).
            switch word.utf8.firstByte {
            case UInt8(ascii: "a"), UInt8(ascii: "t"), UInt8(ascii: "("), UInt8(ascii: "c"), UInt8(ascii: "r"), UInt8(ascii: "s"),
                 UInt8(ascii: "o"), UInt8(ascii: "i"): break
            default: continue
            }
            // The phrases' words are 1, 4, 8 or 9 bytes long: "the", "to", "a" go no further.
            switch word.utf8.count {
            case 1, 4, 8, 9: break
            default: continue
            }
            switch word {
            case "according", "told", "(", "confirmed", "reported", "seen", "obtained", "reviewed", "interview": break
            default: continue
            }
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            let afterNext = i + 2 < tokens.count ? tokens[i + 2] : nil
            switch word {
            case "according" where next?.lower == "to":
                return "according to"
            case "told" where next.map(isOrganization) == true:
                return "told \(next!.text)"
            case "told" where next?.text == "The" && afterNext?.isCapitalized == true:
                return "told The \(afterNext!.text)"
            case "(" where next.map(isOrganization) == true && afterNext?.text == ")":
                return "(\(next!.text))"
            case "confirmed", "reported", "seen", "obtained", "reviewed":
                if (next?.lower == "to" || next?.lower == "by"), let name = afterNext, name.isCapitalized {
                    return "\(tokens[i].text) \(next!.text) \(name.text)"
                }
                if word == "confirmed", i > 0, isOrganization(tokens[i - 1]) { return "\(tokens[i - 1].text) confirmed" }
            case "interview" where next?.lower == "with" && afterNext.map(isOrganization) == true:
                return "interview with \(afterNext!.text)"
            default:
                continue
            }
        }
        return nil
    }

    /// An acronym (`CNN`, `AFP`): how wire services and broadcasters are usually named.
    static func isOrganization(_ token: Token) -> Bool {
        token.isWord && token.text.count >= 2 && token.text.count <= 5 && token.text.allSatisfy { $0.isUppercase }
    }
}
