import Foundation

/// A parsed JSON example, kept precise enough to tell `true` from `1` and `1` from `1.5`.
indirect enum JSONValue: Equatable {
    case null, bool(Bool), integer(Int64), number(Double), string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Reads `text` with JSONSerialization, which also finds the syntax errors the checks
    /// report; it is several times faster than a `Decodable` tree, whose every failed guess
    /// at a value's kind throws. Throws JSONSerialization's error.
    init(parsing text: String) throws {
        self.init(try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]))
    }

    private init(_ object: Any) {
        // JSONSerialization gives Swift strings, arrays and dictionaries: told apart by their
        // exact type, they skip the casts below, which try bridging to Foundation's classes.
        let type = ObjectIdentifier(Swift.type(of: object))
        if type == ObjectIdentifier(String.self) {
            self = .string(object as! String)
            return
        }
        if type == ObjectIdentifier([Any].self) {
            self = .array((object as! [Any]).map(Self.init))
            return
        }
        if type == ObjectIdentifier([String: Any].self) {
            self = .object((object as! [String: Any]).mapValues(Self.init))
            return
        }
        switch object {
        case let string as String: self = .string(string)
        case let number as NSNumber: self = Self(number)
        case let values as [Any]: self = .array(values.map(Self.init))
        case let members as [String: Any]: self = .object(members.mapValues(Self.init))
        default: self = .null
        }
    }

    /// Booleans are the numbers of type `c`. A whole number stays apart from `1.5`, and so
    /// does `1.0`'s value 1, as Codable reads it; a whole number beyond Int64 is a number.
    private init(_ number: NSNumber) {
        switch UInt8(bitPattern: number.objCType.pointee) {
        case UInt8(ascii: "c"): self = .bool(number.boolValue)
        case UInt8(ascii: "d"), UInt8(ascii: "f"):
            let double = number.doubleValue
            self = Int64(exactly: double).map(Self.integer) ?? .number(double)
        case UInt8(ascii: "Q") where number.uint64Value > UInt64(Int64.max): self = .number(number.doubleValue)
        default: self = .integer(number.int64Value)
        }
    }

    /// How a reader would name the value's type: "a string", "a number".
    var typeDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .integer, .number: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    /// Whether the value has the documented type; null is allowed for any.
    func conforms(to type: ValueType) -> Bool {
        switch (type, self) {
        case (_, .null), (.any, _): return true
        case (.number, .integer), (.number, .number), (.file, .string): return true
        case (.long, .integer), (.int, .integer): return true
        case (.string, .string), (.boolean, .bool), (.object, .object): return true
        case (.list(let element), .array(let values)): return values.allSatisfy { $0.conforms(to: element) }
        default: return false
        }
    }
}
