import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from core.models import Status
from research.filters import count_stages
from research.models import ResearchEntry, ResearchStatus
from tests.factories import make_research_entry

pytestmark = pytest.mark.django_db

HOUR = datetime.timedelta(hours=1)


def a_call(deadline, **fields):
    return make_research_entry(research_status=ResearchStatus.CALL_OPEN, deadline=deadline, **fields)


def test_an_entry_has_a_name_and_an_address():
    entry = make_research_entry(title="Health at school", slug="health-at-school")
    assert str(entry) == "Health at school"
    assert entry.get_absolute_url() == "/research/health-at-school/"


def test_published_leaves_out_drafts_and_entries_scheduled_for_later():
    visible = make_research_entry()
    make_research_entry(status=Status.DRAFT)
    scheduled = make_research_entry(published_at=timezone.now() + HOUR)
    assert list(ResearchEntry.objects.published()) == [visible]
    assert scheduled.is_scheduled and not scheduled.is_published


def test_a_call_is_open_until_its_deadline_then_closed():
    open_call = a_call(timezone.now() + HOUR)
    closed_call = a_call(timezone.now() - HOUR)
    fieldwork = make_research_entry(research_status=ResearchStatus.FIELDWORK, deadline=timezone.now() - HOUR)
    assert open_call.is_call and not open_call.is_call_closed
    assert closed_call.is_call and closed_call.is_call_closed
    assert not fieldwork.is_call and not fieldwork.is_call_closed  # an old deadline means nothing outside a call
    assert list(ResearchEntry.objects.open_calls()) == [open_call]
    assert list(ResearchEntry.objects.closed_calls()) == [closed_call]


def test_current_entries_are_open_calls_fieldwork_and_analysis():
    open_call = a_call(timezone.now() + HOUR, title="B open call")
    a_call(timezone.now() - HOUR, title="Closed call")
    fieldwork = make_research_entry(title="A fieldwork", research_status=ResearchStatus.FIELDWORK)
    analysis = make_research_entry(title="C analysis", research_status=ResearchStatus.ANALYSIS)
    make_research_entry(research_status=ResearchStatus.PUBLISHED)
    make_research_entry(research_status=ResearchStatus.FIELDWORK, status=Status.DRAFT)
    assert set(ResearchEntry.objects.current()) == {open_call, fieldwork, analysis}


def test_stage_counts_split_calls_into_open_and_closed():
    a_call(timezone.now() + HOUR)
    a_call(timezone.now() - HOUR)
    a_call(timezone.now() - 2 * HOUR)
    make_research_entry(research_status=ResearchStatus.ANALYSIS)
    assert count_stages(ResearchEntry.objects.published()) == {"call": 1, "closed-call": 2, "analysis": 1}


def test_a_call_for_researchers_needs_a_deadline():
    entry = ResearchEntry(title="Call", slug="call", summary="A call.", research_status=ResearchStatus.CALL_OPEN)
    with pytest.raises(ValidationError) as error:
        entry.full_clean()
    assert "deadline" in error.value.message_dict
    entry.deadline = timezone.now() + HOUR
    entry.full_clean()


def test_the_end_date_cannot_be_before_the_start_date():
    entry = ResearchEntry(title="Fieldwork", slug="fieldwork", summary="In schools.",
                          start_date=datetime.date(2016, 1, 1), end_date=datetime.date(2015, 1, 1))
    with pytest.raises(ValidationError) as error:
        entry.full_clean()
    assert "end_date" in error.value.message_dict
    entry.end_date = datetime.date(2016, 1, 1)
    entry.full_clean()


def test_the_research_question_and_method_are_sanitised_when_saved():
    entry = make_research_entry(research_question='<p onclick="x()">Why?</p><script>alert(1)</script>',
                                method='<a href="javascript:alert(1)">Interviews</a>')
    entry.refresh_from_db()
    assert "<script" not in entry.research_question and "onclick" not in entry.research_question
    assert "Why?" in entry.research_question
    assert "javascript:" not in entry.method
