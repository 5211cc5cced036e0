/// Checks that a site file's path stays inside the output folder on every file system.
enum SitePath {
    static func validate(_ path: String) throws {
        // On bytes: every byte tested is ASCII, which in UTF-8 is never part of a longer character.
        let bytes = Array(path.utf8)
        let components = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        let bad = bytes.isEmpty || bytes[0] == UInt8(ascii: "/") || bytes.count > 1024
            || components.contains { $0.isEmpty || $0.count > 200 || $0.allSatisfy { $0 == UInt8(ascii: ".") } && $0.count <= 2 }
            || bytes.contains { $0 < 0x20 || $0 == 0x7F || forbidden.contains($0) }
        if bad { throw WriteError(path: path, reason: "unsafe file name in the site") }
    }

    /// Characters Windows forbids in names, and the backslash it reads as a separator.
    private static let forbidden = Set(":*?\"<>|\\".utf8)
}
