"""``minutebook web``: the audit trail as a read-only web page (see ``minutebook.web.app``)."""
