import PyBase
import VM

extension PyModule {
    /// Adds a native function to the module.
    func def(_ name: String, _ body: @escaping PyNativeFunction.Body) {
        self[name] = .object(PyNativeFunction(name, qualname: name, body))
    }
}

extension Arguments {
    /// A float-like argument (int or float), with CPython's TypeError text.
    func seconds(_ i: Int, _ vm: VM, function: String) throws -> Double {
        switch self[i] {
        case .int(let v): return Double(v)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return d
        case .object(let o) where o is PyBigInt:
            do {
                return try FloatMath.toDouble((o as! PyBigInt).value)
            } catch let e as PyBaseError {
                throw vm.overflowError(e.message)
            }
        default: throw vm.typeError("'\(self[i].typeName)' object cannot be interpreted as an integer")
        }
    }
}
