"""minutebook: local-council committee papers in, structured auditable data out."""

__version__ = "0.1.0"
