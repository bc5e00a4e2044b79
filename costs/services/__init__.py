from .disclosures import (
    disclosure_create,
    disclosure_delete_draft,
    disclosure_publish,
    disclosure_revise,
    disclosure_update_draft,
    disclosure_withdraw,
)
from .reports import (
    report_accept,
    report_delete,
    report_reject,
    report_submit,
    report_update,
)

__all__ = [
    "disclosure_create",
    "disclosure_delete_draft",
    "disclosure_publish",
    "disclosure_revise",
    "disclosure_update_draft",
    "disclosure_withdraw",
    "report_accept",
    "report_delete",
    "report_reject",
    "report_submit",
    "report_update",
]
