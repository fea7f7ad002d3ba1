"""What member organisations send for review: actions for the toolbox and changes to their pages."""
