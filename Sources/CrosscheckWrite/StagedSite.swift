import CrosscheckModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A site written a batch of files at a time into a hidden folder beside the output, which replaces
/// the old site only on `commit`: a failed build leaves it intact, and no batch stays in memory.
public struct StagedSite {
    public let output: URL
    private let staging: URL
    private let previous: URL
    /// The site being replaced, whose files are reused where a page comes out the same.
    private let existing: String?
    private var made = Set<String>()
    /// Files written so far, the marker file not counted.
    public private(set) var count = 0

    /// Checks that the output may be replaced and makes the staging folder.
    public init(output folder: URL, options: SiteWriter.Options) throws {
        output = folder.standardizedFileURL.resolvingSymlinksInPath()
        try OutputGuard(options: options).check(output)
        let parent = output.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        staging = parent.appendingPathComponent(".\(output.lastPathComponent).building-\(pid)")
        previous = parent.appendingPathComponent(".\(output.lastPathComponent).previous-\(pid)")
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory) && isDirectory.boolValue
        existing = exists ? output.path : nil
        try? FileManager.default.removeItem(at: staging)
        try wrapped {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            let marker = "Made by Crosscheck. `crosscheck build` replaces this folder as a whole.\n"
            try SiteWriter.writeFile(staging.path + "/" + SiteWriter.marker, Array(marker.utf8))
        }
    }

    /// Plain POSIX writes on string paths: Foundation's URL-based writes stat every path they build,
    /// which costs more than the write itself for thousands of small pages. A file that the site being
    /// replaced holds with the same bytes is linked, not written: making a new file is the costly part
    /// of writing on most file systems, and a rebuild changes few pages.
    public mutating func add(_ files: [SiteFile]) throws {
        for file in files { try SitePath.validate(file.path) }
        let root = staging.path
        try wrapped {
            for file in files {
                let path = root + "/" + file.path
                if let slash = path.lastIndex(of: "/") {
                    let directory = String(path[..<slash])
                    if !made.contains(directory) {
                        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                        made.insert(directory)
                    }
                }
                if let existing, Self.reuse(existing + "/" + file.path, as: path, ifItHolds: file.contents) { continue }
                try SiteWriter.writeFile(path, file.contents)
            }
        }
        count += files.count
    }

    /// Puts the written site in place of the old one; returns the number of files written.
    public func commit() throws -> Int {
        let fm = FileManager.default
        do {
            if fm.fileExists(atPath: output.path) {
                try fm.moveItem(at: output, to: previous)
            }
            try fm.moveItem(at: staging, to: output)
            try? fm.removeItem(at: previous)
        } catch {
            discard()
            throw WriteError(path: output.path, reason: "\(error.localizedDescription)")
        }
        return count
    }

    /// Removes the staging folder and brings back the old site if a commit was cut short.
    public func discard() {
        let fm = FileManager.default
        try? fm.removeItem(at: staging)
        if !fm.fileExists(atPath: output.path), fm.fileExists(atPath: previous.path) {
            try? fm.moveItem(at: previous, to: output)
        }
    }

    /// Links `old` to `new` if `old` is a regular file (not a link) holding exactly `bytes`.
    private static func reuse(_ old: String, as new: String, ifItHolds bytes: [UInt8]) -> Bool {
        let fd = open(old, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == bytes.count else { return false }
        var same = true
        var offset = 0
        var buffer = [UInt8](repeating: 0, count: min(max(bytes.count, 1), 1 << 20))
        while same, offset < bytes.count {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, min($0.count, bytes.count - offset)) }
            guard count > 0 else { return false }
            // memcmp: comparing element by element cost more than reading the file.
            same = bytes.withUnsafeBytes { new in buffer.withUnsafeBytes { old in memcmp(new.baseAddress! + offset, old.baseAddress!, count) == 0 } }
            offset += count
        }
        return same && linkat(AT_FDCWD, old, AT_FDCWD, new, 0) == 0
    }

    private func wrapped(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            throw WriteError(path: output.path, reason: "\(error.localizedDescription)")
        }
    }
}
