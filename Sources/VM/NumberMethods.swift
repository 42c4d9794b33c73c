/// Methods of the builtin number type(s).
extension Builtins {
    static func installNumberMethods() {
    }
}
