"""Sub-commands of the CLI, one module each; every module exposes ``register(subparsers)``."""
