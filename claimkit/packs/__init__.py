"""The built-in rule packs. Each is an ordinary plugin registered through the
``claimkit`` entry-point group in ``pyproject.toml``; nothing here is special-cased
by the engine."""
