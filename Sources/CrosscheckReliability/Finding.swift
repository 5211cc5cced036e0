import CrosscheckModel
import CrosscheckText

/// What one detector found in one source: a signal before it is scored into the report.
struct Finding: Sendable {
    var id: String
    var label: String
    var points: Double
    var evidence: [Reliability.Evidence]
    /// The clause the one-sentence summary uses: "several translation errors".
    var phrase: String

    /// Evidence for one passage is given once, its notes joined.
    var signal: Reliability.Signal {
        var merged: [Reliability.Evidence] = []
        /// Hashed by paragraph and length only: hashing whole sentences took longer than the merging.
        struct Passage: Hashable {
            var paragraph: Int
            var text: String

            static func == (a: Passage, b: Passage) -> Bool {
                a.paragraph == b.paragraph && a.text.utf8.sameBytes(as: b.text)
            }

            func hash(into hasher: inout Hasher) {
                hasher.combine(paragraph)
                hasher.combine(text.utf8.count)
            }
        }
        var position: [Passage: Int] = [:]
        for item in evidence {
            let key = Passage(paragraph: item.paragraph ?? -1, text: item.text)
            if let i = position[key] {
                if let note = item.note, merged[i].note?.contains(note) != true {
                    merged[i].note = [merged[i].note, note].compactMap { $0 }.joined(separator: "; ")
                }
            } else {
                position[key] = merged.count
                merged.append(item)
            }
        }
        return Reliability.Signal(id: id, label: label, points: (points * 10).rounded() / 10, evidence: merged)
    }
}

extension Reliability.Evidence {
    init(_ sentence: Sentence, note: String? = nil) {
        self.init(paragraph: sentence.paragraph, text: sentence.text, note: note)
    }
}

/// Counted findings lose points per item up to a cap, so one noisy detector cannot sink a source alone.
func cappedPoints(_ count: Double, each: Double, cap: Double) -> Double {
    -min(cap, count * each)
}

/// "one", "two", ... for the summary sentence; figures above ten stay figures.
func countWord(_ n: Int) -> String {
    let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    return n < words.count ? words[n] : String(n)
}

/// "one" for 1, "several" for 2 to 5, "many" beyond: how the summary talks about counts.
func amountWord(_ n: Int) -> String {
    n <= 1 ? "one" : n <= 5 ? "several" : "many"
}
