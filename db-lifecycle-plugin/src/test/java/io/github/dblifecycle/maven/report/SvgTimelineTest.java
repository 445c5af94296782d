package io.github.dblifecycle.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import io.github.dblifecycle.core.report.BuildRun;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class SvgTimelineTest {
    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static NodeList nodes(Document doc, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
    }

    @Test
    void oneLanePerForkWithItsCloneThenItsClassesColoredByResult() throws Exception {
        String svg = SvgTimeline.render(SampleRuns.twoForks());
        Document doc = parse(svg); // well-formed XML, with the class name's <&> escaped

        NodeList lanes = nodes(doc, "/svg/g[@class='lane']");
        assertThat(lanes.getLength()).isEqualTo(2);
        assertThat(nodes(doc, "/svg/g[@class='lane'][1]/@data-pid").item(0).getNodeValue())
                .isEqualTo("4101");
        assertThat(nodes(doc, "/svg/g[@class='lane'][@data-pid='4101']/g/@class"))
                .satisfies(classes -> {
                    assertThat(classes.getLength()).isEqualTo(5);
                    assertThat(classes.item(0).getNodeValue()).isEqualTo("startup");
                    assertThat(classes.item(1).getNodeValue()).isEqualTo("bar clone");
                    assertThat(classes.item(2).getNodeValue()).isEqualTo("bar test passed");
                    assertThat(classes.item(3).getNodeValue()).isEqualTo("bar test failed");
                    assertThat(classes.item(4).getNodeValue()).isEqualTo("bar test skipped");
                });
        // JVM start (+500 ms) to the first class (+1000 ms)
        assertThat(nodes(doc, "//g[@class='startup']/rect/title").item(0).getTextContent())
                .isEqualTo("JVM start to first test class: 500 ms (clone bound at +900 ms)");
        assertThat(nodes(doc, "//g[@class='bar test error']/rect/@fill").item(0).getNodeValue())
                .isEqualTo(SvgTimeline.COLORS.get(io.github.dblifecycle.core.report.TestResult.ERROR));
        assertThat(nodes(doc, "//g[@class='bar test passed']/rect/title")
                        .item(1)
                        .getTextContent())
                .startsWith("com.example.BravoIT <&>: passed in 1.60 s");
        assertThat(nodes(doc, "/svg/g[@class='build-lane']/g/@class").getLength())
                .isEqualTo(2);
        assertThat(svg).doesNotContain("<script").contains("fork 1 (pid 4101)", "clone 2: dblc_b1d_2");
    }

    @Test
    void barsSitOnOneTimeScaleWithATickEveryHalfSecond() throws Exception {
        Document doc = parse(SvgTimeline.render(SampleRuns.twoForks()));
        // 4.56 s in all: ticks at 0, 0.5 s .. 4.5 s (at most 10), and Alpha (1.0-2.6 s) is 1.6/4.56 of the plot wide.
        NodeList ticks = nodes(doc, "/svg/g[@class='axis']/text");
        assertThat(ticks.item(0).getTextContent()).isEqualTo("0");
        assertThat(ticks.item(1).getTextContent()).isEqualTo("0.5 s");
        assertThat(ticks.item(8).getTextContent()).isEqualTo("4 s");
        assertThat(ticks.item(10).getTextContent()).isEqualTo("time since prepare");
        double plot = SvgTimeline.WIDTH - SvgTimeline.LABEL_WIDTH - SvgTimeline.RIGHT_MARGIN;
        double width = Double.parseDouble(
                nodes(doc, "//g[@class='bar test passed']/rect/@width").item(0).getNodeValue());
        assertThat(width).isCloseTo(plot * 1600 / 4560, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void aBuildWithoutPrepareDataStillDraws() throws Exception {
        BuildRun onlyForks =
                new BuildRun(Optional.empty(), SampleRuns.twoForks().forks(), Optional.empty());
        Document doc = parse(SvgTimeline.render(onlyForks));
        assertThat(nodes(doc, "/svg/g[@class='lane']").getLength()).isEqualTo(2);
        assertThat(nodes(doc, "//g[@class='bar clone']").getLength()).isZero();
        BuildRun empty = new BuildRun(Optional.empty(), List.of(), Optional.empty());
        assertThat(nodes(parse(SvgTimeline.render(empty)), "/svg/g[@class='lane']")
                        .getLength())
                .isZero();
    }

    @Test
    void labelsAreCutToTheirSpace() {
        assertThat(SvgTimeline.clip("AlphaIT", 100)).isEqualTo("AlphaIT");
        assertThat(SvgTimeline.clip("AVeryLongTestClassNameIT", 62)).isEqualTo("AVeryLong\u2026");
        assertThat(SvgTimeline.clip("AlphaIT", 10)).isEmpty();
        assertThat(Durations.format(850)).isEqualTo("850 ms");
        assertThat(Durations.format(1523)).isEqualTo("1.52 s");
        assertThat(Durations.format(123_400)).isEqualTo("2 min 03 s");
    }
}
