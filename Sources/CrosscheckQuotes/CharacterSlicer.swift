/// Cuts the text of a run of a paragraph's characters from its own string, by byte offsets: building
/// it from the characters one by one was among the slowest steps of reading a paragraph.
struct CharacterSlicer {
    let text: String
    /// Character number → its first byte; one more entry for the end.
    private let offsets: [Int]

    init(_ text: String, _ chars: [Character]) {
        self.text = text
        var offsets = [0]
        offsets.reserveCapacity(chars.count + 1)
        for c in chars { offsets.append(offsets[offsets.count - 1] + c.utf8.count) }
        self.offsets = offsets
    }

    func text(_ range: Range<Int>) -> String {
        let (lo, hi) = (offsets[range.lowerBound], offsets[range.upperBound])
        // Straight from the bytes where the string holds them in one piece, as native strings do:
        // slicing by index validated each index and made a substring to copy.
        if let piece = text.utf8.withContiguousStorageIfAvailable({ String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self) }) {
            return piece
        }
        let utf8 = text.utf8
        return String(text[utf8.index(utf8.startIndex, offsetBy: lo)..<utf8.index(utf8.startIndex, offsetBy: hi)])
    }
}
