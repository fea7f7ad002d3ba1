from django.urls import path

from . import events, feeds, views

app_name = "news"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="article-list"),
    path("<int:year>/", views.ArticleYearArchiveView.as_view(), name="article-archive"),
    path("feed/rss/", feeds.LatestNewsRss(), name="feed-rss"),
    path("feed/atom/", feeds.LatestNewsAtom(), name="feed-atom"),
    path("tag/<slug:tag>/feed/rss/", feeds.TagNewsRss(), name="tag-feed-rss"),
    path("tag/<slug:tag>/feed/atom/", feeds.TagNewsAtom(), name="tag-feed-atom"),
    path("events/", events.EventListView.as_view(), name="event-list"),
    path("events/calendar.ics", events.upcoming_calendar, name="event-calendar"),
    path("events/<slug:slug>/", events.EventDetailView.as_view(), name="event-detail"),
    path("events/<slug:slug>/event.ics", events.event_ics, name="event-ics"),
    path("events/<slug:slug>/photos/<int:pk>/", events.photo_detail, name="photo-detail"),
    path("<slug:slug>/", views.ArticleDetailView.as_view(), name="article-detail"),
]
