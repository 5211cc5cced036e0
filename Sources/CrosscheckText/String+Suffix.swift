extension String {
    /// `hasSuffix`, read as bytes when the suffix is ASCII. `hasSuffix` compares characters from the
    /// end, which costs a call per character even for the many words that end otherwise. A character
    /// equal to an ASCII one is that byte, so other bytes rule the suffix out; matching bytes are the
    /// suffix's characters when the byte before them is ASCII (only CR LF joins two ASCII bytes into
    /// one character). Anything else is left to `hasSuffix`.
    public func endsWith(_ suffix: String) -> Bool {
        let verdict = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            suffix.utf8.withContiguousStorageIfAvailable { tail -> Bool? in
                guard tail.allSatisfy({ $0 < 0x80 }) else { return nil }
                let start = bytes.count - tail.count
                guard start >= 0 else { return false }
                for k in 0..<tail.count where bytes[start + k] != tail[k] { return false }
                guard start > 0 else { return true }
                let before = bytes[start - 1]
                return before < 0x80 && (before != 0x0D || tail.first != 0x0A) ? true : nil
            } ?? nil
        } ?? nil
        return verdict ?? hasSuffix(suffix)
    }
}
