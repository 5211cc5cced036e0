/// Checks that a site file's path stays inside the output folder on every file system.
enum SitePath {
    static func validate(_ path: String) throws {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        let bad = path.isEmpty || path.hasPrefix("/") || path.contains("\\") || path.utf8.count > 1024
            || components.contains { $0.isEmpty || $0 == "." || $0 == ".." || $0.utf8.count > 200 }
            || path.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || ":*?\"<>|".unicodeScalars.contains($0) }
        if bad { throw WriteError(path: path, reason: "unsafe file name in the site") }
    }
}
