// The TUIBackend layer; see docs/ARCHITECTURE.md.
