// The VM layer; see docs/ARCHITECTURE.md.
