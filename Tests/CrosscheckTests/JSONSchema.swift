import Foundation

/// The part of JSON Schema that the report's contract uses: type, required, properties, items,
/// enum, minimum, maximum, minLength. Returns the paths that break it.
enum JSONSchema {
    static func violations(of value: Any, against schema: [String: Any], at path: String = "$") -> [String] {
        var found: [String] = []
        if let types = schema["type"] {
            let allowed = (types as? [String]) ?? [types as? String].compactMap { $0 }
            if !allowed.contains(where: { matches(value, type: $0) }) {
                return ["\(path): expected \(allowed.joined(separator: " or "))"]
            }
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { "\($0)" == "\(value)" }) {
            found.append("\(path): \(value) not in \(options)")
        }
        if let number = value as? Double, !isBoolean(value) {
            if let min = schema["minimum"] as? Double, number < min { found.append("\(path): below \(min)") }
            if let max = schema["maximum"] as? Double, number > max { found.append("\(path): above \(max)") }
        }
        if let string = value as? String, let min = schema["minLength"] as? Int, string.count < min {
            found.append("\(path): shorter than \(min)")
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                found.append("\(path): missing \(key)")
            }
            for (key, sub) in schema["properties"] as? [String: [String: Any]] ?? [:] {
                if let child = object[key] { found += violations(of: child, against: sub, at: "\(path).\(key)") }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (i, item) in array.enumerated() { found += violations(of: item, against: items, at: "\(path)[\(i)]") }
        }
        return found
    }

    /// Foundation hands JSON booleans back as a number class of their own.
    private static func isBoolean(_ value: Any) -> Bool {
        String(describing: type(of: value)).contains("Boolean")
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBoolean(value)
        case "number": return !isBoolean(value) && value is Double
        case "integer": return !isBoolean(value) && value is Int
        case "null": return value is NSNull
        default: return true
        }
    }
}
