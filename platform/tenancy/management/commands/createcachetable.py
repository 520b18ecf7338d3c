"""``createcachetable`` runs as the owner role: the runtime role may not create tables."""

from django.core.management.base import CommandParser
from django.core.management.commands.createcachetable import Command as CreateCacheTableCommand


class Command(CreateCacheTableCommand):
    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        parser.set_defaults(database="owner")
