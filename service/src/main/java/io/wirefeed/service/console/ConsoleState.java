package io.wirefeed.service.console;

import io.wirefeed.schema.Alert;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Trend;

/**
 * What the console knows of the pipeline's output, all of it bounded: the last enriched dispatches, the stories
 * they belong to, the last alerts and the trends; each new record also goes to the browsers following the feed.
 */
final class ConsoleState {

    private final RecentRecords<DispatchView> feed;
    private final StoryIndex stories;
    private final RecentRecords<AlertView> alerts;
    private final TrendBoard trends;
    private final LiveFeed live;

    ConsoleState(ConsoleConfig config, LiveFeed live) {
        this.feed = new RecentRecords<>(config.getInt(ConsoleConfig.FEED_RECORDS_CONFIG));
        this.stories = new StoryIndex(config.getInt(ConsoleConfig.STORIES_CONFIG));
        this.alerts = new RecentRecords<>(config.getInt(ConsoleConfig.ALERTS_CONFIG));
        this.trends = new TrendBoard(config.getInt(ConsoleConfig.TREND_ENTRIES_CONFIG));
        this.live = live;
    }

    void enriched(String position, EnrichedDispatch dispatch) {
        DispatchView view = DispatchView.of(position, dispatch);
        feed.add(view);
        stories.add(view);
        live.dispatch(view);
    }

    void alert(Alert alert) {
        AlertView view = AlertView.of(alert);
        alerts.add(view);
        live.alert(view);
    }

    void trend(Trend trend) {
        trends.add(trend);
    }

    RecentRecords<DispatchView> feed() {
        return feed;
    }

    StoryIndex stories() {
        return stories;
    }

    RecentRecords<AlertView> alerts() {
        return alerts;
    }

    TrendBoard trends() {
        return trends;
    }

    LiveFeed live() {
        return live;
    }
}
