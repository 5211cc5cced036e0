/// Why the site could not be rendered; always names the file a user can fix.
public enum RenderError: Error, CustomStringConvertible {
    case template(file: String, line: Int, column: Int, message: String, source: String)
    case missingTemplate(file: String)

    public var description: String {
        switch self {
        case .template(let file, let line, let column, let message, let source):
            return "\(file):\(line):\(column): template error: \(message)\n    \(source)"
        case .missingTemplate(let file):
            return "\(file): template not found"
        }
    }
}
