"""The tests' throwaway PostgreSQL lives in desk.throwaway_pg (make bench starts one too)."""

from desk.throwaway_pg import ThrowawayPostgres, find_bin_dir, free_loopback_port

__all__ = ["ThrowawayPostgres", "find_bin_dir", "free_loopback_port"]
