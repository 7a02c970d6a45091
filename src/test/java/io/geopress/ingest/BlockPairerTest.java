package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Progress;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockPairerTest {
    private static final SourceFile FILE = new SourceFile(Path.of("a.md"), "a.md", new byte[0], ZoneId.of("Asia/Shanghai"), Progress.NONE,
            ImportLimits.DEFAULT);

    @Test
    void aHeadingIsNeverPairedWithAParagraph() {
        var result = BlockPairer.pair(List.of(
                new BlockPairer.Candidate(BlockKind.HEADING, 2, false, "报名方式", 3),
                new BlockPairer.Candidate(BlockKind.PARAGRAPH, 0, false, "Residents sign up at the community office.", 5)), FILE);
        assertThat(result.blocks()).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH);
        assertThat(result.blocks()).allMatch(b -> b.has(BlockFlag.UNTRANSLATED));
        assertThat(result.warnings()).isEmpty();
        assertThat(result.untranslated()).hasSize(2).anyMatch(w -> w.startsWith("a.md:3: Chinese heading has no English"));
    }

    @Test
    void anEnglishFirstPairIsPreferredWhenItMatchesBetter() {
        var result = BlockPairer.pair(List.of(
                new BlockPairer.Candidate(BlockKind.PARAGRAPH, 0, false, "北站广场有300个车位。", 1),
                new BlockPairer.Candidate(BlockKind.PARAGRAPH, 0, false, "The east gate opened 12 new bays in 2025.", 2),
                new BlockPairer.Candidate(BlockKind.PARAGRAPH, 0, false, "东门在2025年新开了12个车位。", 3)), FILE);
        assertThat(result.blocks()).hasSize(2);
        assertThat(result.blocks().get(0).has(BlockFlag.UNTRANSLATED)).isTrue();
        assertThat(result.blocks().get(1).text().zh()).startsWith("东门");
        assertThat(result.blocks().get(1).text().en()).startsWith("The east gate");
    }
}
