"""netkit: a networking workbook for job seekers.

Ask to be introduced, meet people for informational interviews, and close every
conversation with "Who else should I talk to?". ``import netkit`` gives your data
as pandas DataFrames::

    import netkit
    wb = netkit.open_workbook()
    wb.contacts()
"""

from .errors import NetkitError
from .workbook import Workbook, open_workbook

__all__ = ["NetkitError", "Workbook", "open_workbook", "__version__"]
__version__ = "0.1.0"
