import Foundation

/// Refuses an output folder whose replacement would lose the user's files.
struct OutputGuard {
    var options: SiteWriter.Options

    func check(_ output: URL) throws {
        let fm = FileManager.default
        let path = output.path
        func refuse(_ reason: String) -> WriteError { WriteError(path: path, reason: reason) }

        if path == "/" { throw refuse("refusing to replace the root folder") }
        let home = URL(fileURLWithPath: NSHomeDirectory()).standardizedFileURL.resolvingSymlinksInPath()
        var protected = options.protected.map { $0.standardizedFileURL.resolvingSymlinksInPath() } + [home]
        if let repository = Self.repositoryRoot(containing: URL(fileURLWithPath: fm.currentDirectoryPath)) {
            protected.append(repository)
        }
        for folder in protected where Self.isSameOrInside(folder, output) {
            throw refuse("refusing to replace a folder that is or contains \(folder.path)")
        }
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw refuse("exists and is not a folder") }
        let contents = (try? fm.contentsOfDirectory(atPath: path)) ?? []
        if !contents.isEmpty, !contents.contains(SiteWriter.marker), !options.force {
            throw refuse("not empty and not a Crosscheck site (no \(SiteWriter.marker)); use --force to replace it")
        }
    }

    /// Whether `inner` is `outer` or lies inside it.
    static func isSameOrInside(_ inner: URL, _ outer: URL) -> Bool {
        let a = inner.pathComponents, b = outer.pathComponents
        return a.count >= b.count && Array(a.prefix(b.count)) == b
    }

    static func repositoryRoot(containing folder: URL) -> URL? {
        var current = folder.standardizedFileURL.resolvingSymlinksInPath()
        while current.path != "/" {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent(".git").path) { return current }
            current.deleteLastPathComponent()
        }
        return nil
    }
}
