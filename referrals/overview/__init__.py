"""The organization's overview: organization-wide figures and what needs attention, for staff."""
