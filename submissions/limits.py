"""How much an organisation may send in a day (settings SUBMISSIONS_PER_DAY, SUBMISSION_BYTES_PER_DAY), over the
last 24 hours: a limit on what one account, or a stolen password, can pile up for staff and on the disk."""

import datetime

from django.conf import settings
from django.db.models import Sum
from django.utils import timezone

from .models import Submission, SubmissionEvent


def _since():
    return timezone.now() - datetime.timedelta(days=1)


def submissions_left(organisation):
    """New submissions (actions and proposed changes, drafts included) the organisation may still start today."""
    made = Submission.objects.filter(organisation=organisation, created_at__gte=_since()).count()
    return max(settings.SUBMISSIONS_PER_DAY - made, 0)


def bytes_left(organisation):
    """Bytes the organisation may still upload today. Uploads count even if the file was removed since."""
    uploaded = (SubmissionEvent.objects.filter(submission__organisation=organisation, at__gte=_since())
                .aggregate(total=Sum("bytes"))["total"] or 0)
    return max(settings.SUBMISSION_BYTES_PER_DAY - uploaded, 0)
