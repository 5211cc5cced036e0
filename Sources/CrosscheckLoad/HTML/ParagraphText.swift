/// How much text sits in the page's `p` elements, and how much is shown at all (not a script's or a style's),
/// before each event, to weigh parts of the page by it.
struct ParagraphText {
    private var before: [Int]
    private var shownBefore: [Int]

    init(_ document: HTMLDocument) {
        var inside = [Bool](repeating: false, count: document.events.count)
        // A paragraph inside another (a page can nest them) is counted once.
        for p in document.elements("p") where !inside[p] { for i in document.content(of: p) { inside[i] = true } }
        before = [0]
        shownBefore = [0]
        before.reserveCapacity(document.events.count + 1)
        shownBefore.reserveCapacity(document.events.count + 1)
        for (i, event) in document.events.enumerated() {
            var (length, shown) = (0, 0)
            if case .text(let text) = event {
                let hidden = i > 0 && document.tag(at: i - 1).map { HTMLEvents.rawText.contains($0.name) || $0.name == "noscript" } == true
                shown = hidden ? 0 : text.utf8.count
                length = inside[i] ? shown : 0
            }
            before.append(before[before.count - 1] + length)
            shownBefore.append(shownBefore[shownBefore.count - 1] + shown)
        }
    }

    func length(in range: Range<Int>) -> Int {
        before[range.upperBound] - before[range.lowerBound]
    }

    func shownLength(in range: Range<Int>) -> Int {
        shownBefore[range.upperBound] - shownBefore[range.lowerBound]
    }
}
