/// Descriptors written in Python: a class attribute whose (user-defined) class has `__get__`
/// is called on reads (`__get__(obj, type)`, `obj` None through the class); with `__set__`
/// or `__delete__` it is a data descriptor and takes priority over the instance dict.
extension VM {
    /// The `__get__` of a user-defined descriptor object, nil for anything else.
    @inline(__always)
    static func userDescriptorGet(_ attr: Value) -> Value? {
        guard case .object(let o) = attr, !o.type.isBuiltin, !(o is PyType) else { return nil }
        return o.type.lookup("__get__")
    }

    static func isDataDescriptor(_ attr: Value) -> Bool {
        guard case .object(let o) = attr, !o.type.isBuiltin, !(o is PyType) else { return false }
        return o.type.lookup("__set__") != nil || o.type.lookup("__delete__") != nil
    }

    /// Reads `attr` through `obj` (an instance) or through a class (`obj` None).
    func descriptorGet(_ get: Value, _ attr: Value, _ obj: Value, _ owner: PyType) throws -> Value {
        try call(get, [attr, obj, .object(owner)])
    }

    /// `obj.name = value` when the class holds a data descriptor for `name`; false otherwise.
    func descriptorSet(_ attr: Value, _ obj: Value, _ value: Value?) throws -> Bool {
        guard case .object(let o) = attr, !o.type.isBuiltin, !(o is PyType) else { return false }
        if let value {
            guard let set = o.type.lookup("__set__") else {
                if o.type.lookup("__get__") != nil && o.type.lookup("__delete__") != nil { throw attributeError("__set__") }
                return false
            }
            try call(set, [attr, obj, value])
        } else {
            guard let del = o.type.lookup("__delete__") else {
                if o.type.lookup("__get__") != nil && o.type.lookup("__set__") != nil { throw attributeError("__delete__") }
                return false
            }
            try call(del, [attr, obj])
        }
        return true
    }
}
