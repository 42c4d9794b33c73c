import BigInt
import Loop
import VM

/// The `time` module on the virtual clock. `time.time()` is a fixed epoch plus virtual
/// time, so differences print exactly (`5.0`, not `5.0015`). The calendar functions
/// (struct_time, gmtime, localtime, strftime, ...) are Python (`Python/time.py`); these
/// clock functions are added to that module.
enum TimeModule {
    /// 2023-11-14 22:13:20 UTC: a fixed, recognisable epoch.
    static let epoch = 1_700_000_000.0

    static func install(into m: PyModule, _ engine: Engine) {
        m.def("sleep") { [unowned engine] vm, a in
            try a.expect("sleep", 1)
            let seconds = try a.seconds(0, vm, function: "sleep")
            if seconds < 0 { throw vm.valueError("sleep length must be non-negative") }
            // CPython's deadline must fit 64-bit nanoseconds of its clock.
            if !(seconds < 9.2e9) { throw vm.overflowError("timestamp out of range for platform time_t") }
            try engine.sleep(VirtualTime.nanoseconds(fromSeconds: seconds))
            return .none
        }
        m.def("time") { [unowned engine] _, _ in .float(epoch + seconds(engine.now)) }
        m.def("time_ns") { [unowned engine] _, _ in .int(BigInt(Int(epoch)) * 1_000_000_000 + BigInt(engine.now)) }
        for name in ["monotonic", "perf_counter", "process_time", "thread_time"] {
            m.def(name) { [unowned engine] _, _ in .float(name.hasSuffix("_time") ? 0 : seconds(engine.now)) }
        }
        for name in ["monotonic_ns", "perf_counter_ns"] {
            m.def(name) { [unowned engine] _, _ in .int(Int(engine.now)) }
        }
    }

    static func seconds(_ ns: Int64) -> Double {
        Double(ns) / 1_000_000_000
    }
}

extension Engine {
    /// `time.sleep`: only a worker thread waits in a pool; otherwise the thread is held (while
    /// worker threads keep running beside the main thread).
    /// (gevent's monkey patching replaces `time.sleep` itself with gevent.sleep.)
    func sleep(_ ns: Int64) throws {
        if try workerSleep(ns) { return }
        if try mainSleepBesideWorkers(ns) { return }
        blockingSleep(ns)
    }
}
