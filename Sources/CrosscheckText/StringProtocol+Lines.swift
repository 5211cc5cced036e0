extension StringProtocol {
    /// `split(separator: "\n", …)` over UTF-8 bytes. A line feed is always a character of its own,
    /// so the pieces are the same; walking characters to find it cost more than the work on the lines.
    public func lines(maxSplits: Int = .max, omittingEmptySubsequences: Bool = false) -> [Substring] {
        Substring(self).utf8.split(separator: 0x0A, maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences)
            .map { Substring($0) }
    }
}
