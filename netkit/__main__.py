"""``python -m netkit`` runs the command line."""

from .cli import main

main(prog_name="netkit")
