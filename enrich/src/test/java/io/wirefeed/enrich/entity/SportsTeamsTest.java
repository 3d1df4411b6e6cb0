package io.wirefeed.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SportsTeamsTest {

    @Test
    void aScoreAndAWordOnlySportUsesReportMatches() {
        assertThat(SportsTeams.reportsMatches("Napoli beat Cagliari 2-1, the striker scoring twice.")).isTrue();
        assertThat(SportsTeams.reportsMatches("The striker's goal won it 1-0")).isTrue();
    }

    @Test
    void aScoreWithNoSportWordsOrSportWordsWithNoScoreDoNot() {
        assertThat(SportsTeams.reportsMatches("The council voted 7-2 to approve the budget.")).isFalse();
        assertThat(SportsTeams.reportsMatches("The striker scored in the 2022-23 season.")).isFalse();
        assertThat(SportsTeams.reportsMatches("The striker scored twice - 2 - and then left.")).isFalse();
        assertThat(SportsTeams.reportsMatches("-1 goals")).isFalse();
    }

    @Test
    void cricketScoresAndCricketWordsReportMatches() {
        assertThat(SportsTeams.reportsMatches("India were 245 for 6 when bad light ended play after 50 overs.")).isTrue();
        assertThat(SportsTeams.reportsMatches("All out for 10 wickets? No: 312 for 10, in 49 overs")).isTrue();
        assertThat(SportsTeams.reportsMatches("The motion passed 245 for 6 against, after two readings.")).isFalse();
        assertThat(SportsTeams.reportsMatches("He bowled for 10 overs")).isFalse();
    }
}
