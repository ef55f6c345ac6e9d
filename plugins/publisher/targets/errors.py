"""The one way an upload fails: a PublishError whose message says what happened and what to do."""


class PublishError(Exception):
    """The upload did not complete; the live site is the previous one (the message says more)."""
