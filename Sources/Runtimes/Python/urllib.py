"""urllib: the package of urllib.parse (loopscope has no network, so only parse is here)."""
