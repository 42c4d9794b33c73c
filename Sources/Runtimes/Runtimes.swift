// The Runtimes layer; see docs/ARCHITECTURE.md.
