/// The scenario a trace came from: its file (for headers) and its text (to name tasks
/// after the functions they run).
public struct ScenarioSource: Sendable {
    /// The path as given; exports show only its last component, so output does not depend
    /// on the directory it was run from.
    public var file: String
    public var text: String

    public init(file: String, text: String) {
        self.file = file
        self.text = text
    }

    /// The file's last path component.
    public var name: String {
        let parts = file.split(separator: "/", omittingEmptySubsequences: true)
        return parts.last.map(String.init) ?? file
    }
}
