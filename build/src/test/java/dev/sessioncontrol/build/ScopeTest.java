package dev.sessioncontrol.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void acceptsTheGatewayClientAndDesignerLettersInAnyOrder() {
        assertThat(Scope.of("CDG").covers(Scope.of("GD"))).isTrue();
        assertThat(Scope.of("CD").covers(Scope.of("G"))).isFalse();
    }

    @Test
    void rejectsALetterIgnitionDoesNotKnow() {
        assertThatThrownBy(() -> Scope.of("GX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'X'");
    }

    @Test
    void rejectsARepeatedLetter() {
        assertThatThrownBy(() -> Scope.of("CDC"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("repeats the letter 'C'");
    }

    @Test
    void hookNeedsExactlyOneScope() {
        assertThatThrownBy(() -> new ModuleHook(Scope.of("CD"), "dev.sessioncontrol.Hook"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one scope");
    }

    @Test
    void descriptorRefusesTwoHooksInOneScope() {
        ModuleDescriptor.Builder builder = ModuleDescriptor.builder()
                .id("dev.sessioncontrol").name("Session Control").description("d")
                .version(new ModuleVersion(1, 0, 0, 1)).requiredIgnitionVersion("8.1.0")
                .requiredFrameworkVersion(8)
                .jar(new ModuleJar(Scope.of("G"), Path.of("gateway.jar")))
                .hook(new ModuleHook(Scope.of("G"), "dev.sessioncontrol.gateway.GatewayHook"))
                .hook(new ModuleHook(Scope.of("G"), "dev.sessioncontrol.gateway.OtherHook"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scope G has two hooks");
    }
}
