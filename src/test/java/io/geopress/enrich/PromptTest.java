package io.geopress.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTest {
    @Test
    void aSlotIsFilledOnceSoThatATextHoldingASlotsNameStaysAsItIs() {
        Prompt prompt = new Prompt("translate", 9, "system", "Blocks: {{blocks}}\n{{feedback}}");

        assertThat(prompt.user(Map.of("blocks", "{\"1\": \"见{{feedback}}\"}", "feedback", "Try again.")))
                .isEqualTo("Blocks: {\"1\": \"见{{feedback}}\"}\nTry again.");
    }
}
