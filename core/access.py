"""Who may see what is for members only. Here, not in the accounts app, so that every app can ask."""


def sees_members_only(user):
    """Logged-in contacts of member organisations (a `member_account`) and staff see members-only items."""
    if not user.is_authenticated:
        return False
    return user.is_staff or hasattr(user, "member_account")
