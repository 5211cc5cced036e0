import CrosscheckModel

/// Letters of another script left in an article written in Latin letters: a template or a source page showing through.
extension Integrity {
    static func foreignScript(_ source: SourceText) -> Finding? {
        var latin = 0, other = 0
        var hits: [Reliability.Evidence] = []
        for paragraph in source.document.paragraphs {
            let (l, o) = scriptCounts(paragraph.text)
            latin += l
            other += o
            if o >= 2, o > l / 10 { hits.append(Reliability.Evidence(paragraph: paragraph.index, text: paragraph.text, note: "letters of another script")) }
        }
        for removal in source.document.removed {
            let (_, o) = scriptCounts(removal.text)
            if o >= 2 { hits.append(Reliability.Evidence(paragraph: nil, text: removal.text, note: "letters of another script")) }
        }
        // Only an article mostly in Latin letters can have residue of another script.
        guard !hits.isEmpty, latin >= 200, Double(other) < 0.1 * Double(latin) else { return nil }
        return Finding(
            id: "foreign-script", label: "Text in another script left in the page (\(hits.count))",
            points: cappedPoints(Double(hits.count), each: Weights.foreignScriptEach, cap: Weights.foreignScriptCap),
            evidence: hits, phrase: "foreign-language residue")
    }

    /// Latin letters and letters of the scripts a scraped English page most often carries by mistake.
    static func scriptCounts(_ text: String) -> (latin: Int, other: Int) {
        var latin = 0, other = 0
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                if Tokenizer.isLetter(scalar) { latin += 1 }
                continue
            }
            guard scalar.properties.isAlphabetic else { continue }
            switch scalar.value {
            case 0x41...0x24F, 0x1E00...0x1EFF: latin += 1
            case 0x0370...0x03FF, 0x0400...0x052F, 0x0590...0x05FF, 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFEFF,
                 0x0900...0x0DFF, 0x0E00...0x0E7F, 0x1100...0x11FF, 0x3040...0x30FF, 0x3400...0x9FFF, 0xAC00...0xD7AF:
                other += 1
            default: break
            }
        }
        return (latin, other)
    }
}
