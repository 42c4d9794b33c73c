/// Methods of `str`: searching, splitting, joining, stripping and replacing. Case
/// conversions, predicates, padding and encoding are in StrPredicates.swift; `format` in
/// StrFormat.swift. Indices count Unicode scalars, as Python's code points.
extension Builtins {
    static func installStrMethods() {
        let t = strType
        func def(_ name: String, _ body: @escaping (VM, inout Arguments, PyStr) throws -> Value) {
            method(t, name) { vm, a in try body(vm, &a, try vm.receiver(a, PyStr.self, "str", name)) }
        }
        def("join") { vm, a, s in
            let it = try a.oneArgument("str.join")
            let iter: Value
            do {
                iter = try vm.iterator(it)
            } catch let e as PyError where e.exception.type === Builtins.typeError {
                throw vm.typeError("can only join an iterable")
            }
            var items: [Value] = []
            while let v = try vm.nextItem(iter) { items.append(v) }
            var out = ""
            for (i, v) in items.enumerated() {
                guard let piece = v.stringValue else {
                    throw vm.typeError("sequence item \(i): expected str instance, \(v.typeName) found")
                }
                if i > 0 { out += s.value }
                out += piece
            }
            return .str(out)
        }
        def("split") { vm, a, s in
            let (sep, max) = try splitArguments(vm, a, "split")
            if sep != nil, let text = try splitSeparatorText(a) {
                return .object(PyList(UTF8Text.split(s.value, text, max: max).map { .str($0) }))
            }
            return .object(PyList(try splitScalars(vm, s.scalars, sep, max).map(makeStr)))
        }
        def("rsplit") { vm, a, s in
            let (sep, max) = try splitArguments(vm, a, "rsplit")
            return .object(PyList(try rsplitScalars(vm, s.scalars, sep, max).map(makeStr)))
        }
        def("splitlines") { vm, a, s in
            let args = try a.bind("splitlines", ["keepends"])
            let keep = try args[0].map { v -> Bool in
                if case .float = v { throw vm.typeError("'float' object cannot be interpreted as an integer") }
                return try vm.truthy(v)
            } ?? false
            return .object(PyList(splitLines(s.scalars, keepends: keep).map(makeStr)))
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            def(name) { vm, a, s in
                try a.clinic(name, "str.\(name)", 0, 1)
                var chars: Set<Unicode.Scalar>?
                if a.restCount == 1 && !a[1].isNone {
                    guard let c = a[1].asObject as? PyStr else { throw vm.typeError("\(name) arg must be None or str") }
                    chars = Set(c.scalars)
                }
                let sc = s.scalars
                var i = 0, j = sc.count
                func strip(_ c: Unicode.Scalar) -> Bool { chars.map { $0.contains(c) } ?? isPySpace(c) }
                if left { while i < j && strip(sc[i]) { i += 1 } }
                if right { while j > i && strip(sc[j - 1]) { j -= 1 } }
                if i == 0 && j == sc.count { return a[0].type === strType ? a[0] : .str(s.value) }
                return makeStr(sc[i..<j])
            }
        }
        def("replace") { vm, a, s in
            try a.clinic("replace", "str.replace", 2, 3)
            guard let old = a[1].asObject as? PyStr else { throw vm.typeError("replace() argument 1 must be str, not \(a[1].typeName)") }
            guard let new = a[2].asObject as? PyStr else { throw vm.typeError("replace() argument 2 must be str, not \(a[2].typeName)") }
            let count = a.restCount > 2 ? try vm.indexArgument(a[3]) : -1
            if !old.value.isEmpty {
                return .str(UTF8Text.replace(s.value, old.value, new.value, max: count < 0 ? Int.max : count))
            }
            return .str(replaceScalars(s.scalars, old.scalars, new.scalars, count < 0 ? Int.max : count))
        }
        for name in ["find", "rfind", "index", "rindex"] {
            def(name) { vm, a, s in
                let (sub, start, end) = try searchArguments(vm, a, name)
                let sc = s.scalars
                let (st, en) = adjustIndices(start, end, sc.count)
                let r = name.hasPrefix("r") ? rfindScalars(sc, sub, st, en) : findScalars(sc, sub, st, en)
                if r < 0 && name.hasSuffix("index") { throw vm.valueError("substring not found") }
                return .int(r)
            }
        }
        def("count") { vm, a, s in
            let (sub, start, end) = try searchArguments(vm, a, "count")
            if start == nil && end == nil && !sub.isEmpty, let subStr = a[1].asObject as? PyStr {
                return .int(UTF8Text.count(s.value, subStr.value))
            }
            let sc = s.scalars
            let (st, en) = adjustIndices(start, end, sc.count)
            return .int(countScalars(sc, sub, st, en))
        }
        for name in ["startswith", "endswith"] {
            def(name) { vm, a, s in
                try a.parseTuple(name, "str.\(name)", 1, 3)
                let start = try vm.sliceBound(a.restCount > 1 ? a[2] : nil)
                let end = try vm.sliceBound(a.restCount > 2 ? a[3] : nil)
                let sc = s.scalars
                func match(_ sub: [Unicode.Scalar]) -> Bool {
                    var (st, en) = adjustIndices(start, end, sc.count)
                    en -= sub.count
                    if en < st { return false }
                    if sub.isEmpty { return true }
                    let at = name == "startswith" ? st : en
                    return sc[at..<(at + sub.count)].elementsEqual(sub)
                }
                if let p = a[1].asObject as? PyStr { return .bool(match(p.scalars)) }
                if let tup = a[1].asObject as? PyTuple {
                    for item in tup.items {
                        guard let p = item.asObject as? PyStr else {
                            throw vm.typeError("tuple for \(name) must only contain str, not \(item.typeName)")
                        }
                        if match(p.scalars) { return .bool(true) }
                    }
                    return .bool(false)
                }
                throw vm.typeError("\(name) first arg must be str or a tuple of str, not \(a[1].typeName)")
            }
        }
        for name in ["partition", "rpartition"] {
            def(name) { vm, a, s in
                let arg = try a.oneArgument("str.\(name)")
                guard let sep = arg.asObject as? PyStr else { throw vm.typeError("must be str, not \(arg.typeName)") }
                if sep.count == 0 { throw vm.valueError("empty separator") }
                let sc = s.scalars
                let i = name == "partition" ? findScalars(sc, sep.scalars, 0, sc.count) : rfindScalars(sc, sep.scalars, 0, sc.count)
                if i < 0 {
                    let whole = Value.str(s.value), empty = Value.str("")
                    return .object(PyTuple(name == "partition" ? [whole, empty, empty] : [empty, empty, whole]))
                }
                return .object(PyTuple([makeStr(sc[0..<i]), .str(sep.value), makeStr(sc[(i + sep.count)...])]))
            }
        }
        for name in ["removeprefix", "removesuffix"] {
            def(name) { vm, a, s in
                let arg = try a.oneArgument("str.\(name)")
                guard let p = arg.asObject as? PyStr else { throw vm.typeError("\(name)() argument must be str, not \(arg.typeName)") }
                let sc = s.scalars, ps = p.scalars
                if name == "removeprefix", sc.starts(with: ps) { return makeStr(sc[ps.count...]) }
                if name == "removesuffix", !ps.isEmpty, sc.count >= ps.count, sc[(sc.count - ps.count)...].elementsEqual(ps) {
                    return makeStr(sc[..<(sc.count - ps.count)])
                }
                return .str(s.value)
            }
        }
        def("__len__") { _, a, s in
            try a.noArguments("str.__len__")
            return .int(s.count)
        }
        def("__contains__") { vm, a, _ in .bool(try vm.contains(a[0], try a.oneArgument("str.__contains__"))) }
        def("__getitem__") { vm, a, _ in try vm.getItem(a[0], try a.oneArgument("str.__getitem__")) }
        def("__iter__") { vm, a, _ in
            try a.noArguments("str.__iter__")
            return try vm.iterator(a[0])
        }
        def("__str__") { _, a, s in .str(s.value) }
        def("__repr__") { _, a, s in .str(VM.quote(s.value)) }
        def("__mod__") { vm, a, s in .str(try vm.percentFormat(s, try a.oneArgument("str.__mod__"))) }
        installStrPredicates()
        installStrFormat()
    }

    private static func splitArguments(_ vm: VM, _ a: Arguments, _ name: String) throws -> ([Unicode.Scalar]?, Int) {
        let args = try a.bind(name, ["sep", "maxsplit"])
        var sep: [Unicode.Scalar]?
        if let v = args[0], !v.isNone {
            guard let p = v.asObject as? PyStr else { throw vm.typeError("must be str or None, not \(v.typeName)") }
            if p.count == 0 { throw vm.valueError("empty separator") }
            sep = p.scalars
        }
        let max = try args[1].map { try vm.indexArgument($0) } ?? -1
        return (sep, max < 0 ? Int.max : max)
    }

    /// The separator of a `split` call as text (already checked by `splitArguments`).
    private static func splitSeparatorText(_ a: Arguments) throws -> String? {
        try a.bind("split", ["sep", "maxsplit"])[0]?.stringValue
    }

    private static func searchArguments(_ vm: VM, _ a: Arguments, _ name: String) throws -> ([Unicode.Scalar], Int?, Int?) {
        try a.parseTuple(name, "str.\(name)", 1, 3)
        guard let sub = a[1].asObject as? PyStr else { throw vm.typeError("must be str, not \(a[1].typeName)") }
        let start = try vm.sliceBound(a.restCount > 1 ? a[2] : nil)
        let end = try vm.sliceBound(a.restCount > 2 ? a[3] : nil)
        return (sub.scalars, start, end)
    }
}

// MARK: - Scalar-array algorithms (CPython's stringlib)

func makeStr<C: Collection>(_ scalars: C) -> Value where C.Element == Unicode.Scalar {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return .str(String(view))
}

/// `str.isspace()` for one character (`Py_UNICODE_ISSPACE`).
func isPySpace(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x09...0x0d, 0x1c...0x20, 0x85, 0xa0, 0x1680, 0x2000...0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000: return true
    default: return false
    }
}

/// Line boundaries of `str.splitlines()`.
func isPyLineBreak(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x0a...0x0d, 0x1c...0x1e, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
}

/// First index of `n` in `h[start..<end]`, or -1 (indices already adjusted).
func findScalars(_ h: [Unicode.Scalar], _ n: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
    if end - start < n.count { return -1 }
    if n.isEmpty { return start }
    let first = n[0], last = end - n.count
    var i = start
    while i <= last {
        if h[i] == first {
            var k = 1
            while k < n.count && h[i + k] == n[k] { k += 1 }
            if k == n.count { return i }
        }
        i += 1
    }
    return -1
}

func rfindScalars(_ h: [Unicode.Scalar], _ n: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
    if end - start < n.count { return -1 }
    if n.isEmpty { return end }
    var i = end - n.count
    while i >= start {
        if h[i] == n[0] {
            var k = 1
            while k < n.count && h[i + k] == n[k] { k += 1 }
            if k == n.count { return i }
        }
        i -= 1
    }
    return -1
}

func countScalars(_ h: [Unicode.Scalar], _ n: [Unicode.Scalar], _ start: Int, _ end: Int, max: Int = Int.max) -> Int {
    if end - start < n.count { return 0 }
    if n.isEmpty { return Swift.min(end - start + 1, max) }
    var count = 0, i = start
    while count < max {
        let j = findScalars(h, n, i, end)
        if j < 0 { break }
        count += 1
        i = j + n.count
    }
    return count
}

func splitScalars(_ vm: VM, _ s: [Unicode.Scalar], _ sep: [Unicode.Scalar]?, _ max: Int) throws -> [ArraySlice<Unicode.Scalar>] {
    var out: [ArraySlice<Unicode.Scalar>] = []
    let n = s.count
    var remaining = max
    guard let sep else {
        var i = 0
        while remaining > 0 {
            while i < n && isPySpace(s[i]) { i += 1 }
            if i == n { break }
            let j = i
            i += 1
            while i < n && !isPySpace(s[i]) { i += 1 }
            out.append(s[j..<i])
            remaining -= 1
        }
        if i < n {
            while i < n && isPySpace(s[i]) { i += 1 }
            if i != n { out.append(s[i..<n]) }
        }
        return out
    }
    var i = 0
    while remaining > 0 {
        let pos = findScalars(s, sep, i, n)
        if pos < 0 { break }
        out.append(s[i..<pos])
        i = pos + sep.count
        remaining -= 1
    }
    out.append(s[i..<n])
    return out
}

func rsplitScalars(_ vm: VM, _ s: [Unicode.Scalar], _ sep: [Unicode.Scalar]?, _ max: Int) throws -> [ArraySlice<Unicode.Scalar>] {
    var out: [ArraySlice<Unicode.Scalar>] = []
    var remaining = max
    guard let sep else {
        var i = s.count - 1
        while remaining > 0 {
            while i >= 0 && isPySpace(s[i]) { i -= 1 }
            if i < 0 { break }
            let j = i
            i -= 1
            while i >= 0 && !isPySpace(s[i]) { i -= 1 }
            out.append(s[(i + 1)...j])
            remaining -= 1
        }
        if i >= 0 {
            while i >= 0 && isPySpace(s[i]) { i -= 1 }
            if i >= 0 { out.append(s[0...i]) }
        }
        return out.reversed()
    }
    var j = s.count
    while remaining > 0 {
        let pos = rfindScalars(s, sep, 0, j)
        if pos < 0 { break }
        out.append(s[(pos + sep.count)..<j])
        j = pos
        remaining -= 1
    }
    out.append(s[0..<j])
    return out.reversed()
}

func splitLines(_ s: [Unicode.Scalar], keepends: Bool) -> [ArraySlice<Unicode.Scalar>] {
    var out: [ArraySlice<Unicode.Scalar>] = []
    var i = 0, j = 0
    let n = s.count
    while i < n {
        while i < n && !isPyLineBreak(s[i]) { i += 1 }
        var eol = i
        if i < n {
            if s[i] == "\r" && i + 1 < n && s[i + 1] == "\n" { i += 2 } else { i += 1 }
            if keepends { eol = i }
        }
        out.append(s[j..<eol])
        j = i
    }
    return out
}

func replaceScalars(_ s: [Unicode.Scalar], _ old: [Unicode.Scalar], _ new: [Unicode.Scalar], _ max: Int) -> String {
    var out = String.UnicodeScalarView()
    var done = 0
    if old.isEmpty {
        for c in s {
            if done < max { out.append(contentsOf: new); done += 1 }
            out.append(c)
        }
        if done < max { out.append(contentsOf: new) }
        return String(out)
    }
    var i = 0
    while done < max {
        let j = findScalars(s, old, i, s.count)
        if j < 0 { break }
        out.append(contentsOf: s[i..<j])
        out.append(contentsOf: new)
        i = j + old.count
        done += 1
    }
    out.append(contentsOf: s[i...])
    return String(out)
}
