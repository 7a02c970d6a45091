package io.geopress.measure.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.measure.retrieve.RetrievedSource;
import io.geopress.measure.score.SourceScore;
import io.geopress.model.Lang;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    static final List<Query> QUERIES = List.of(
            new Query("en-1", "How long does home composting take?", Lang.EN, "compost-basics"),
            new Query("zh-1", "家庭堆肥需要多长时间？", Lang.ZH, "https://geopress.example/articles/compost-basics.html/"),
            new Query("en-2", "Do worm bins work indoors?", null, null));

    @TempDir Path dir;

    static Run offlineRun() {
        return new Simulator(FixtureCorpus.all(), Answerer.extractive(), 3, 1, CLOCK).run(QUERIES, q -> {});
    }

    @Test
    void theOfflineEngineGivesTheSameAnswersTwice() {
        List<String> first = offlineRun().queries().stream().map(q -> q.samples().get(0).answer()).toList();
        List<String> second = offlineRun().queries().stream().map(q -> q.samples().get(0).answer()).toList();
        assertThat(second).isEqualTo(first);
        assertThat(first).allSatisfy(a -> assertThat(a).isNotBlank());
    }

    @Test
    void thePageThatAnswersTheQueryIsRetrievedCitedFirstAndScoresMost() {
        QueryResult en = offlineRun().queries().get(0);
        String answer = en.samples().get(0).answer();
        assertThat(answer).startsWith("Home composting turns kitchen scraps into soil in about three months. [1]");
        assertThat(answer).doesNotContain("council").doesNotContain("堆肥");
        List<SourceScore> scores = en.samples().get(0).score().sources();
        assertThat(scores.get(0).firstSentence()).isZero();
        assertThat(en.ourPawc()).isGreaterThan(0.5);
        assertThat(scores.get(2).cited()).as("the council news answers nothing").isFalse();
        assertThat(en.target()).isEqualTo(new QueryResult.TargetHit("compost-basics", true, 1, 1));
    }

    @Test
    void aChineseQueryIsAnsweredFromTheChineseSentencesAndItsTargetMatchedByUrl() {
        QueryResult zh = offlineRun().queries().get(1);
        String answer = zh.samples().get(0).answer();
        assertThat(answer).startsWith("家庭堆肥大约三个月就能把厨余变成土壤。[1]").doesNotContain("composting");
        assertThat(zh.target().hit()).isTrue();
    }

    @Test
    void aSourcesOwnCitationMarksAreNotTakenIntoTheAnswer() {
        String answer = offlineRun().queries().get(2).samples().get(0).answer();
        assertThat(answer).contains("Worm bins work indoors all year. [2]").doesNotContain("[3]");
    }

    @Test
    void aSentenceInTwoSourcesCitesBothAndSentencesSharingNoTermWithTheQueryAreLeftOut() {
        RetrievedSource copy = new RetrievedSource(2, "https://copy.example/a", "copy.example", "Copy", null, false,
                "Home composting turns kitchen scraps into soil in about three months. Parking is free on Sundays.");
        String answer = Answerer.extractive().answer(QUERIES.get(0), List.of(FixtureCorpus.COMPOST, copy), 0);
        assertThat(answer).startsWith("Home composting turns kitchen scraps into soil in about three months. [1][2]")
                .doesNotContain("Parking");
    }

    @Test
    void theSummaryPutsOurSiteFirstWithIntervalsAroundItsEstimates() {
        RunSummary summary = RunSummary.of(offlineRun());
        assertThat(summary.sites()).extracting(SiteSummary::site).first().isEqualTo(FixtureCorpus.OURS);
        assertThat(summary.sites()).extracting(SiteSummary::site).contains("garden.example", "news.example");
        SiteSummary ours = summary.sites().get(0);
        assertThat(ours.pawc().low()).isLessThanOrEqualTo(ours.pawc().estimate());
        assertThat(ours.pawc().high()).isGreaterThanOrEqualTo(ours.pawc().estimate());
        assertThat(summary.targets()).isEqualTo(2);
        assertThat(summary.targetsHit()).isEqualTo(2);
        assertThat(RunSummary.of(offlineRun())).as("seeded: the same interval again").isEqualTo(summary);
    }

    @Test
    void eachQueryIsHandedOnAsSoonAsItIsScored() {
        List<String> seen = new ArrayList<>();
        new Simulator(FixtureCorpus.all(), Answerer.extractive(), 2, 1, CLOCK).run(QUERIES, q -> seen.add(q.query().id()));
        assertThat(seen).containsExactly("en-1", "zh-1", "en-2");
    }

    @Test
    void aStoredRunReadsBackAsItWasAndComparesWithItselfAsNoChange() {
        RunStore store = RunStore.open(dir.resolve("geopress.db"), CLOCK);
        Run saved = store.save(offlineRun());
        assertThat(saved.id()).isPositive();
        Run loaded = store.load(saved.id());
        assertThat(loaded).isEqualTo(saved);
        assertThat(store.list()).extracting(RunStore.Stored::id).containsExactly(saved.id());
        Comparison same = Comparison.of(loaded, saved);
        assertThat(same.absolute()).isEqualTo(new Interval(0, 0, 0));
        assertThat(same.relative().estimate()).isZero();
        assertThatThrownBy(() -> store.load(99)).isInstanceOf(SimulationException.class).hasMessageEndingWith("no simulation run 99");
    }

    @Test
    void runsOnDifferentQuerySetsAreNotCompared() {
        Run a = offlineRun();
        Run b = new Simulator(FixtureCorpus.all(), Answerer.extractive(), 3, 1, CLOCK).run(QUERIES.subList(0, 2), q -> {});
        assertThatThrownBy(() -> Comparison.of(a, b)).isInstanceOf(SimulationException.class)
                .hasMessageContaining("query 'en-2' is not in run").hasMessageNotContaining("\n");
    }

    @Test
    void aPageThatStartsToBeRetrievedGainsAndItsRelativeChangeIsNotApplicableFromZero() {
        Run before = new Simulator(new FixtureCorpus(FixtureCorpus.NEWS), Answerer.extractive(), 3, 1, CLOCK).run(QUERIES, q -> {});
        Run after = offlineRun();
        Comparison change = Comparison.of(before, after);
        assertThat(change.before()).isZero();
        assertThat(change.after()).isGreaterThan(0.3);
        assertThat(change.relative()).as("n/a: nothing before").isNull();
        assertThat(change.queries()).extracting(Comparison.Change::relative).containsOnlyNulls();
        assertThat(change.absolute().estimate()).isEqualTo(change.after());
        assertThat(change.absolute().low()).as("no query lost").isBetween(0.0, change.absolute().estimate());
        assertThat(change.absolute().high()).isGreaterThan(change.absolute().estimate());
    }
}
