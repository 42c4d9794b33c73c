/// The gallery's scenarios, embedded in the binary: the files of `Scenarios/` at the
/// repository root (this target's `Scenarios` folder is a link to it, so SwiftPM's
/// `embedInCode` embeds them and names each file's bytes `PackageResources.<name with _ for .>`).
/// Adding a scenario: put the file in `Scenarios/` and its line in `files` (a test fails
/// while a file there is missing here).
public enum BundledScenarios {
    private static let files: [(name: String, bytes: [UInt8])] = [
        ("asyncio_blocking_sleep.py", PackageResources.asyncio_blocking_sleep_py),
        ("asyncio_callbacks.py", PackageResources.asyncio_callbacks_py),
        ("asyncio_create_task_vs_gather.py", PackageResources.asyncio_create_task_vs_gather_py),
        ("asyncio_future_callback.py", PackageResources.asyncio_future_callback_py),
        ("asyncio_gather.py", PackageResources.asyncio_gather_py),
        ("asyncio_producer_consumer.py", PackageResources.asyncio_producer_consumer_py),
        ("asyncio_semaphore.py", PackageResources.asyncio_semaphore_py),
        ("asyncio_taskgroup.py", PackageResources.asyncio_taskgroup_py),
        ("asyncio_to_thread.py", PackageResources.asyncio_to_thread_py),
        ("asyncio_wait_for_timeout.py", PackageResources.asyncio_wait_for_timeout_py),
        ("gevent_asyncresult.py", PackageResources.gevent_asyncresult_py),
        ("gevent_http_fanout.py", PackageResources.gevent_http_fanout_py),
        ("gevent_monkey_patch.py", PackageResources.gevent_monkey_patch_py),
        ("gevent_pool_30.py", PackageResources.gevent_pool_30_py),
        ("gevent_pool_5.py", PackageResources.gevent_pool_5_py),
        ("gevent_pool_map.py", PackageResources.gevent_pool_map_py),
        ("gevent_pool_vs_group.py", PackageResources.gevent_pool_vs_group_py),
        ("gevent_semaphore.py", PackageResources.gevent_semaphore_py),
        ("grequests_fanout.py", PackageResources.grequests_fanout_py),
        ("sequential_tasks.py", PackageResources.sequential_tasks_py),
        ("sync_subroutines.py", PackageResources.sync_subroutines_py),
        ("tornado_callback_chain.py", PackageResources.tornado_callback_chain_py),
        ("tornado_coroutines.py", PackageResources.tornado_coroutines_py),
        ("tornado_multi_dict.py", PackageResources.tornado_multi_dict_py),
        ("tornado_native_mix.py", PackageResources.tornado_native_mix_py),
        ("tornado_with_timeout.py", PackageResources.tornado_with_timeout_py),
    ]

    /// (file name, text) of every bundled scenario, sorted by file name.
    public static var all: [(name: String, text: String)] {
        files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) }
    }
}
