"""Domain errors. Every message is written for the agent at the counter, not for a developer."""


class DeskError(Exception):
    """Base of every error the desk shows to a person as it is."""


class InvalidInput(DeskError):
    """What was typed cannot be used; nothing was changed."""


class NotFound(DeskError):
    """The record asked for does not exist (or no longer exists)."""


class Conflict(DeskError):
    """Someone else changed the record first; reload and try again."""


class SchemaMismatch(DeskError):
    """The database schema is not the one this desk was built for."""


class DatabaseUnavailable(DeskError):
    """The database cannot be reached right now; nothing was written."""


class AccountDisabled(DeskError):
    """The signed-in person's account was disabled (or removed) since they signed in; they must stop here."""


class AccessDenied(DeskError):
    """The database refused a change this person may not make (its own rules, whatever the client says)."""
