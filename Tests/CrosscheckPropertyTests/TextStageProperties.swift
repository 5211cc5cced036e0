import CrosscheckClean
import CrosscheckModel
import CrosscheckQuotes
import CrosscheckText
import Foundation
import PropertyBased
import Testing

/// Invariants that hold for any text, news-like or hostile.
@Suite struct TextStageProperties {
    /// Characters that matter to the text stages: quote marks of every kind, sentence punctuation,
    /// line breaks, capitals, other scripts and symbols.
    static let alphabet: [Character] = Array(
        "aeiou tnrs AEMS. ,;:!?\"'\u{201C}\u{201D}\u{2018}\u{2019}\u{2026}-\u{2014}()[]\n\n#*_<>&/\\0123\u{0627}\u{0644}\u{00E9}\u{1F600}\u{0301}")
    static let text = Gen<Character?>.element(of: alphabet).map { $0! }.string(of: 0...400)

    static func article(_ body: String) -> Article {
        Article(id: "a", file: "a.txt", format: .text, metadata: Metadata(), body: body)
    }

    @Test func cleaningIsIdempotent() async {
        await propertyCheck(count: 300, input: Self.text) { body in
            let once = Cleaner().clean(Self.article(body))
            let again = Cleaner().clean(Self.article(once.paragraphs.map(\.text).joined(separator: "\n")))
            #expect(again.paragraphs.map(\.text) == once.paragraphs.map(\.text))
        }
    }

    @Test func cleaningLosesNoText() async {
        await propertyCheck(count: 300, input: Self.text) { body in
            let document = Cleaner().clean(Self.article(body))
            let kept = document.paragraphs.map(\.text) + document.removed.map(\.text)
            let words = Set(body.split(whereSeparator: \.isWhitespace).map(String.init))
            let accounted = Set(kept.joined(separator: " ").split(whereSeparator: \.isWhitespace).map(String.init))
            #expect(words.isSubset(of: accounted))
        }
    }

    @Test func quoteSpansLieInsideTheirParagraph() async {
        await propertyCheck(count: 300, input: Self.text) { body in
            let document = Cleaner().clean(Self.article(body))
            let analysis = QuoteAnalyzer().analyze([document])
            for quote in analysis.quotes {
                let paragraph = Array(document.paragraphs[quote.paragraph].text)
                #expect(0 <= quote.start && quote.start <= quote.end && quote.end <= paragraph.count)
            }
        }
    }

    @Test func foldingIsStable() async {
        await propertyCheck(count: 500, input: Self.text) { text in
            let folded = Folding.fold(text)
            #expect(Folding.fold(folded) == folded)
        }
    }

    @Test func slugsAreSafeFileNames() async {
        await propertyCheck(count: 500, input: Self.text) { text in
            let slug = Slug.make(text)
            #expect(!slug.isEmpty && slug.count <= 64)
            #expect(slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
            #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-"))
        }
    }

    /// `page-2.html` is the second page of a long table in the same folder as people and sources.
    @Test(arguments: [("Page 2", "page-2-1"), ("page-10", "page-10-1"), ("Page", "page"), ("page 2b", "page-2b"), ("Index", "index-1")])
    func slugsNeverTakeAPagesName(_ text: String, _ expected: String) {
        #expect(Slug.make(text) == expected)
    }

    @Test func characterShortcutsAgreeWithTheStandardLibrary() async {
        await propertyCheck(count: 300, input: Self.text) { text in
            #expect(text.characterArray == Array(text))
            for edge in ["a\r\nb\r", "e\u{301}x\u{301}", "\r\n", "\u{1F1EB}\u{1F1F7}a", "a\u{200D}b", text] {
                #expect(edge.characterArray == Array(edge))
                #expect(edge.characterByteOffsets == edge.reduce(into: [0]) { $0.append($0.last! + $1.utf8.count) })
            }
            for n in [0, 1, 4, 5, text.count, text.count + 1] { #expect(text.hasCount(atLeast: n) == (text.count >= n)) }
            let tail = String(text.suffix(2))
            for suffix in [tail, String(text.suffix(1)), "ed", "\n", "\u{301}d", "’s", "", text + "x"] {
                for edge in [text, "a\r\n", "x\u{301}ed", "\u{600}ed", "ed", "fed"] {
                    #expect(edge.endsWith(suffix) == edge.hasSuffix(suffix))
                }
            }
            for byte: UInt8 in [0x2D, 0x2E, 0x61, 0xCC] { #expect(text.utf8.containsByte(byte) == text.utf8.contains(byte)) }
            #expect(text.map(\.asciiByte) == text.map { $0.utf8.count == 1 ? $0.asciiValue : nil })
            #expect(text.letters == String(text.filter(\.isLetter)))
            for separators: [Character] in [[" ", "-"], [" ", "'", "\u{2019}"], ["\u{301}"]] {
                #expect(text.split(separators: separators) == text.split(whereSeparator: separators.contains))
            }
            let ascii = String(text.unicodeScalars.filter(\.isASCII).map(Character.init))
            #expect(ascii.letters == String(ascii.filter(\.isLetter)))
        }
    }

    @Test func linesAreTheGenericSplitsPieces() async {
        await propertyCheck(count: 300, input: Self.text) { text in
            for (maxSplits, omitting) in [(Int.max, false), (Int.max, true), (0, false), (0, true), (3, false), (3, true)] {
                let expected = text.utf8.split(separator: 0x0A, maxSplits: maxSplits, omittingEmptySubsequences: omitting).map { String(Substring($0)) }
                #expect(text.lines(maxSplits: maxSplits, omittingEmptySubsequences: omitting).map(String.init) == expected)
            }
        }
    }

    @Test func caseInsensitiveSearchAgreesWithFoundation() async {
        await propertyCheck(count: 300, input: Self.text) { mixed in
            // ASCII alone is searched on bytes; anything else goes to Foundation.
            for text in [mixed, mixed.filter(\.isASCII)] {
                func offsets(_ range: Range<String.Index>?) -> Range<Int>? {
                    range.map { text.distance(from: text.startIndex, to: $0.lowerBound)..<text.distance(from: text.startIndex, to: $0.upperBound) }
                }
                for needle in ["source:", "AEMS", "a", "\u{00E9}", String(text.prefix(3)).uppercased()] {
                    #expect(offsets(text.caseInsensitiveRange(of: needle)) == offsets(text.range(of: needle, options: [.caseInsensitive])),
                            "\(needle) in \(text.debugDescription)")
                }
            }
        }
        #expect("Photo SOURCE: AP".caseInsensitiveRange(of: "source:").map { "Photo SOURCE: AP"[$0] } == "SOURCE:")
    }

    @Test func byteSearchAgreesWithAPlainScan() async {
        await propertyCheck(count: 300, input: Self.text) { text in
            let chars = Array(text)
            var needles = ["zz", "\u{1F601}", "AEMS. ,", "\n\n#"]
            for start in stride(from: 0, to: chars.count, by: 37) {
                needles.append(String(chars[start..<min(chars.count, start + 1 + start % 7)]))
            }
            let haystack = Array(text.utf8)
            for needle in needles {
                let pattern = Array(needle.utf8)
                let plain = haystack.count >= pattern.count
                    && (0...(haystack.count - pattern.count)).contains { Array(haystack[$0..<($0 + pattern.count)]) == pattern }
                #expect(text.utf8.containsBytes(of: needle) == plain, "\(needle)")
            }
        }
    }

    @Test func sameBytesIsByteEquality() async {
        await propertyCheck(count: 300, input: Self.text) { text in
            for other in [text, String(text.dropLast()), text + "a", String(text.reversed())] {
                #expect(text.utf8.sameBytes(as: other) == (Array(text.utf8) == Array(other.utf8)), "\(other.debugDescription)")
            }
        }
        // Canonically equal, so `==` holds, but spelled with other bytes.
        #expect("caf\u{E9}" == "cafe\u{301}")
        #expect(!"caf\u{E9}".utf8.sameBytes(as: "cafe\u{301}"))
        #expect("".utf8.sameBytes(as: ""))
    }
}
