import CrosscheckModel
import Foundation

/// The files of a corpus folder that Crosscheck reads, found without following symbolic links:
/// a corpus downloaded from a stranger must not publish files from outside it.
struct CorpusListing {
    struct File {
        var url: URL
        /// Relative to the corpus folder, `/`-separated.
        var relativePath: String
    }

    var files: [File]
    /// The corpus settings file (`crosscheck.yml`), if present.
    var settings: URL?

    static let articleExtensions: Set<String> = ["txt", "md", "markdown"]
    static let settingsNames: Set<String> = ["crosscheck.yml", "crosscheck.yaml"]

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
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            guard let attributes = try? fm.attributesOfItem(atPath: url.path), let type = attributes[.type] as? FileAttributeType else {
                problems.append(BuildProblem(step: .load, path: relative, message: "cannot be read"))
                continue
            }
            switch type {
            case .typeSymbolicLink:
                problems.append(BuildProblem(step: .load, path: relative, message: "skipped: symbolic links are not followed"))
            case .typeDirectory:
                walk(url, prefix: relative, depth: depth + 1, into: &listing, problems: &problems)
            case .typeRegular:
                let ext = url.pathExtension.lowercased()
                if prefix.isEmpty, settingsNames.contains(name.lowercased()) {
                    listing.settings = url
                } else if articleExtensions.contains(ext) {
                    listing.files.append(File(url: url, relativePath: relative))
                }
            default:
                problems.append(BuildProblem(step: .load, path: relative, message: "skipped: not a regular file"))
            }
        }
    }
}
