"""The one exception hierarchy of newsfuse's public API."""


class NewsfuseError(Exception):
    """Base class of every error newsfuse raises on purpose."""


class ConfigError(NewsfuseError):
    """A configuration value is missing, of the wrong type or out of range."""


class InputError(NewsfuseError):
    """An input path or dataset cannot be used at all (not one bad record: those are rejected)."""
