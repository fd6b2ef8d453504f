package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which commands start again in a child JVM on C1 alone: the coding ones, and never a child itself. */
class QuickCompilationTest {

  @AfterEach
  void clearProperties() {
    System.clearProperty("entente.relaunched");
    System.clearProperty("entente.c2");
  }

  @Test
  void codingCommandsAndNoArgumentsRunInAChild() {
    assertThat(QuickCompilation.worthRelaunching(new String[] {"code", "--input", "seeds"})).isTrue();
    assertThat(QuickCompilation.worthRelaunching(new String[] {"run"})).isTrue();
    assertThat(QuickCompilation.worthRelaunching(new String[] {"bench", "--copies", "3"})).isTrue();
    assertThat(QuickCompilation.worthRelaunching(new String[0])).isTrue();
  }

  @Test
  void helpVersionAndLightCommandsRunInThisJvm() {
    assertThat(QuickCompilation.worthRelaunching(new String[] {"code", "--help"})).isFalse();
    assertThat(QuickCompilation.worthRelaunching(new String[] {"--version"})).isFalse();
    assertThat(QuickCompilation.worthRelaunching(new String[] {"chart"})).isFalse();
    assertThat(QuickCompilation.worthRelaunching(new String[] {"export", "--out", "x.csv"})).isFalse();
  }

  @Test
  void aChildAndARunThatKeepsC2StartNoOtherJvm() {
    System.setProperty("entente.relaunched", "true");
    assertThat(QuickCompilation.worthRelaunching(new String[] {"code"})).isFalse();
    System.clearProperty("entente.relaunched");
    System.setProperty("entente.c2", "on");
    assertThat(QuickCompilation.worthRelaunching(new String[] {"code"})).isFalse();
  }
}
