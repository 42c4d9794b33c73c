/// Interned strings: each distinct string is stored once and named by a `StringID`, so
/// events stay plain integers and repeated names cost nothing.
public struct StringTable: Sendable {
    private var strings: [String] = [""]
    private var ids: [String: UInt32] = ["": 0]

    /// A table holding only "" (as `StringID.empty`).
    public init() {}

    /// Number of distinct strings.
    public var count: Int { strings.count }

    /// The ID of `string`, adding it if new. Equal strings always get the same ID.
    public mutating func intern(_ string: String) -> StringID {
        if let id = ids[string] { return StringID(id) }
        let id = UInt32(strings.count)
        strings.append(string)
        ids[string] = id
        return StringID(id)
    }

    /// The ID of `string` if it was interned.
    public func lookup(_ string: String) -> StringID? {
        ids[string].map(StringID.init)
    }

    /// The string with this ID.
    public subscript(id: StringID) -> String { strings[Int(id.rawValue)] }
}
