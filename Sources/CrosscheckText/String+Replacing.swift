import Foundation

extension String {
    /// Foundation's `replacingOccurrences(of:with:)` for a target of ASCII punctuation and spaces,
    /// which nothing else is canonically equivalent to: where its bytes do not occur there is nothing
    /// to replace, and Foundation's search, slow for every name of a large corpus, is skipped.
    public func replacingPunctuation(_ target: String, with replacement: String) -> String {
        guard utf8.containsBytes(of: target) else { return self }
        return replacingOccurrences(of: target, with: replacement)
    }
}
