/// Something wrong with one input, reported to the user while the build goes on.
public struct BuildProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Step: String, Sendable, Hashable {
        case load, clean, analyze, render, write
    }

    public var step: Step
    /// The file concerned, relative to the folder the user named where possible.
    public var path: String
    public var message: String

    public init(step: Step, path: String, message: String) {
        self.step = step
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message) [\(step.rawValue)]" }
}
