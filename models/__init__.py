"""Record types and Arrow schemas of kehoach's output tables."""
from models.records import (Assignment, Campaign, ErrorRecord, Header, Recipient, Reference,
                            Section, Task)
from models.schemas import TABLES

__all__ = ["Assignment", "Campaign", "ErrorRecord", "Header", "Recipient", "Reference",
           "Section", "Task", "TABLES"]
