import CrosscheckModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files of a corpus folder that Crosscheck reads, found without following symbolic links:
/// a corpus downloaded from a stranger must not publish files from outside it.
struct CorpusListing {
    struct File {
        var url: URL
        /// Relative to the corpus folder, `/`-separated.
        var relativePath: String
        var size: Int
    }

    var files: [File]
    /// The corpus settings file (`crosscheck.yml`), if present.
    var settings: URL?

    static let articleExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "xhtml"]
    static let settingsNames: Set<String> = ["crosscheck.yml", "crosscheck.yaml"]
    /// Article formats a user may well drop in but that are not read: they are named, not passed over in silence.
    static let unreadFormats: [String: String] = [
        "pdf": "PDF files", "docx": "Word documents", "doc": "Word documents",
        "rtf": "RTF documents", "odt": "OpenDocument files",
    ]

    static func list(_ folder: URL, problems: inout [BuildProblem]) -> CorpusListing {
        var listing = CorpusListing(files: [], settings: nil)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            problems.append(BuildProblem(step: .load, path: folder.path, message: "corpus folder not found"))
            return listing
        }
        walk(folder, prefix: "", depth: 0, into: &listing, problems: &problems)
        listing.files.sort { $0.relativePath < $1.relativePath }
        return listing
    }

    private static func walk(_ folder: URL, prefix: String, depth: Int, into listing: inout CorpusListing, problems: inout [BuildProblem]) {
        let fm = FileManager.default
        guard depth < 32 else {
            problems.append(BuildProblem(step: .load, path: prefix, message: "skipped: folders nested too deep"))
            return
        }
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else {
            problems.append(BuildProblem(step: .load, path: prefix.isEmpty ? "." : prefix, message: "folder cannot be read"))
            return
        }
        // A site Crosscheck built inside the corpus is not articles, though its pages are HTML.
        if names.contains(SiteFile.siteMarker) {
            problems.append(BuildProblem(step: .load, path: prefix.isEmpty ? "." : prefix, message: "skipped: a site Crosscheck built, not articles"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            // lstat, not FileManager's attributes: those look up the owner's name for every file.
            var status = stat()
            guard lstat(url.path, &status) == 0 else {
                problems.append(BuildProblem(step: .load, path: relative, message: "cannot be read"))
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFLNK:
                problems.append(BuildProblem(step: .load, path: relative, message: "skipped: symbolic links are not followed"))
            case S_IFDIR:
                walk(url, prefix: relative, depth: depth + 1, into: &listing, problems: &problems)
            case S_IFREG:
                let ext = url.pathExtension.lowercased()
                if prefix.isEmpty, settingsNames.contains(name.lowercased()) {
                    listing.settings = url
                } else if articleExtensions.contains(ext) {
                    listing.files.append(File(url: url, relativePath: relative, size: Int(status.st_size)))
                } else if let format = unreadFormats[ext] {
                    problems.append(
                        BuildProblem(step: .load, path: relative, message: "skipped: \(format) are not read; save the article's text as .txt, .md or .html"))
                }
            default:
                problems.append(BuildProblem(step: .load, path: relative, message: "skipped: not a regular file"))
            }
        }
    }
}
