package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.entente.eval.EvalReport;
import org.entente.eval.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles written and hand-coded by an analyst who had not seen the rules, in the style of the unseen news the
 * coder is judged on. The development set guards against regressions; the held-out set, never tuned on, keeps
 * an honest floor.
 */
class DevSetEvaluationTest {
  private static final Path ROOT = Path.of("src/test/resources/org/entente/eval");

  private static EvalReport score(String set, Path data) throws Exception {
    Cli.Result r = Cli.run("code", "--input", ROOT.resolve(set + "/articles").toString(), "--data", data.toString(),
        "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return new Scorer().score(ROOT.resolve(set + "/gold.csv"), data.resolve("mentions.csv"));
  }

  @Test
  void developmentSetStaysAboveTheBar(@TempDir Path data) throws Exception {
    EvalReport report = score("devset", data);
    assertThat(report.f1()).as(report.toJson()).isGreaterThanOrEqualTo(0.90);
    assertThat(report.precision()).as(report.toJson()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void heldOutSetStaysAboveTheUnseenBar(@TempDir Path data) throws Exception {
    EvalReport report = score("holdout", data);
    assertThat(report.f1()).as(report.toJson()).isGreaterThanOrEqualTo(0.80);
  }

  /**
   * The written held-out sets 2 to 11 were measured once before any rule was tuned on them (README, "Measured");
   * their failure classes were fixed since (set 10 only in part, set 11 not), so they now guard against
   * regressions, a little below today's scores. Sets 5 to 7 were tuned on least: their floors sit further below
   * their scores. Sets 13 and 14 (December 5, tenth session) were fixed in two classes only; set 15 (eleventh
   * session) was first measured at 0.647 F1 and then had five of its classes fixed; set 16 at 0.757, then four.
   * Sets 17 to 20 (twelfth session) were first measured at 0.853, 0.758, 0.746 and 0.676 F1, then had some of their
   * classes fixed; sets 21 and 22 were kept sealed until that session's rules were in (0.704 and 0.761 F1, against
   * 0.700 and 0.761 for the session's starting coder), then set 21 had two classes fixed. Sets 29 to 32
   * (fourteenth session) were first measured at 0.777, 0.871, 0.684 and 0.763 F1; sets 29 and 30 then had their
   * classes fixed, and sets 31 and 32 stayed sealed until that session's rules were in; sets 33 and 34, written
   * late in that session, were measured only with its starting coder (0.769 and 0.926) and its last. Sets 35
   * and 36 (fifteenth session) were first measured at 0.861 and 0.782 F1, then had some of their classes fixed; set
   * 37 and 38 stayed sealed until that session's rules were in (0.767 and 0.775 F1, as with its starting coder).
   * Sets 39 and 40 (sixteenth session) were first measured at 0.708 and 0.738 F1, then had some of their classes
   * fixed; sets 41 and 42 stayed sealed until that session's rules were in (0.810 and 0.691 F1, against 0.825 and
   * 0.685 for its starting coder), then had one class each fixed. Set 4's precision floor went from 0.86 to 0.85
   * in that session: its new false rows are acts its gold leaves out ("Israel has been one of Azerbaijan's main
   * arms suppliers", "Museveni sent soldiers to help Kiir's government"), while its F1 rose. Sets 47 to 49 (nineteenth
   * session) were first measured sealed with that session's starting coder at 0.872, 0.823 and 0.830 F1, then had
   * some of their classes fixed; sets 50 and 51 stayed sealed until that session's rules were in (0.785 and
   * 0.796 F1, against 0.780 and 0.786 for its starting coder). Set 46's F1 floor went from 0.82 to 0.80 in that session: one of its visits had
   * been found only through "President" read as a Korean surname, which the session fixed (the president named in
   * full had left office before the article was published). Sets 50 and 51 had classes fixed in the twentieth
   * session and their floors rose. Sets 52 to 54 (twentieth session) were first measured sealed with that session's
   * starting coder at 0.838, 0.843 and 0.788 F1, then had some of their classes fixed; sets 55 and 56 were measured
   * sealed after the session's first rules were in (0.772 and 0.764 F1; 0.772 and 0.748 with its starting coder),
   * then set 55 had three classes fixed and set 56 two. Sets 57 and 58, written late in that session, were
   * measured sealed with its coder of 807735a (0.689 and 0.820 F1; 0.691 and 0.820 with its starting coder), then
   * set 57 had one class fixed ("close to agreeing"). Sets 59 to 62 (twenty-first session) were first measured
   * sealed with a coder that had that session's first rules in ("as did", members of a group, guests at an
   * occasion), which scored them the same as its starting coder: 0.766, 0.731, 0.874 and 0.807 F1. Then some of
   * their classes were fixed. Sets 63 and 64, written while those fixes went in and kept sealed until they were,
   * scored 0.675 and 0.818 F1 with the coder of that moment, the same as with the session's starting coder; then
   * set 63 had two classes fixed (troops "dispatched", joint patrols "run") and set 64 one ("where he"). Sets 65
   * and 66, written at the end of that session and kept sealed until its rules were in, scored 0.748 and 0.744 F1
   * (0.757 and 0.744 with its starting coder); then set 65 had one class fixed (a summit attended that the
   * sentence places nowhere is held at the scene, and its attendees do not visit each other). Sets 67 to 70
   * (twenty-second session: Sahel, Europe and the Americas, Africa beyond the Sahel, Asia and the Pacific) were
   * written while that session's first rules went in and measured sealed: 0.718, 0.808, 0.801 and 0.714 F1, the
   * same with its starting coder. Then some of their classes were fixed. Sets 71 to 74, written in that session
   * and kept sealed until its rules were in (commit 3837063), scored 0.784, 0.714, 0.748 and 0.771 F1 (0.784,
   * 0.714, 0.738 and 0.771 with its starting coder); then sets 71, 72 and 74 had a class or two fixed ("among
   * them", a group spelt out between dashes, "whose" after a list). Sets 75 to 78 (twenty-third session: the Sahel,
   * Asia and the Middle East, Africa beyond the Sahel, Europe and the Americas) were measured sealed with that
   * session's starting coder (0.724, 0.728, 0.797 and 0.782 F1), then some of their classes were fixed; sets 79 to
   * 82, written while those fixes went in and kept sealed until they were, scored 0.814, 0.855, 0.789 and 0.655 F1
   * (0.814, 0.847, 0.791 and 0.655 with the starting coder), then had a few classes fixed too. Sets 83 to 86, written
   * while the session's last rules went in and kept sealed until they were, scored 0.822, 0.849, 0.767 and 0.707 F1
   * (0.822, 0.844, 0.767 and 0.699 with the starting coder); then sets 85 and 86 had one class fixed each (money
   * pledged by several states is no agreement among them; a group beside another party is one side with it).
   * Sets 87 to 92 (twenty-fourth session: the Sahel and Lake Chad, Europe and the Americas, Africa beyond the Sahel,
   * the Middle East and South Asia, East Asia and the Pacific, Russia and its neighbours) were measured sealed with
   * the session's coder after its first two rules (0.848, 0.809, 0.758, 0.751, 0.758 and 0.769 F1; the same with its
   * starting coder but 0.752 for set 91), then some of their classes were fixed; sets 93 to 96, written while those
   * fixes went in and kept sealed until they were, scored 0.750, 0.742, 0.856 and 0.803 F1 (0.750, 0.742, 0.831
   * and 0.803 with the starting coder); then set 93 had one class fixed (the Sahrawi Republic is a party). Sets 97
   * to 100, written at the end of the session and measured sealed with its final coder of 062f319 (0.676, 0.744,
   * 0.842 and 0.852 F1; 0.670, 0.744, 0.842 and 0.863 with the starting coder), showed one regression on set 100
   * ("agreed to open training courses" read "open" as a wish), fixed with a regression test; then set 97 had one
   * class fixed (forces a state keeps in another: 0.689). Sets 101 to 104 (twenty-fifth session: West Africa and
   * the Sahel, Europe and the Americas, Africa beyond the Sahel, South and Southeast Asia and the Middle East) were
   * measured sealed with the session's coder after its first rules (0.838, 0.814, 0.761 and 0.858 F1; the starting
   * coder scored the same but 0.830 on set 101), then some of their classes were fixed (0.889, 0.838, 0.854 and
   * 0.868). Sets 105 to 108, written while those fixes went in and kept sealed until they were, scored 0.798, 0.794,
   * 0.731 and 0.866 F1, the same as with the starting coder; then sets 106, 107 and 108 had a class or two fixed
   * each (a given name after a title and pushing a state to act; the New Development Bank as an organisation of its
   * own, and at its own meeting; "Lukashenka" and a visit fronted after a fronted date). Sets 109 to 112
   * (twenty-sixth session: West Africa and the Sahel, the world outside Africa, Africa beyond the Sahel, Asia and the
   * Gulf) were measured sealed with the session's coder after its first rules (0.772, 0.835, 0.814 and 0.850 F1, the
   * same as with the starting coder); then sets 109 and 111 had classes fixed (goods bought from a state, fighting
   * alongside, Lake Chad; a place after "eastern", a gathering "attended by", "which it shut": 0.824 and 0.887).
   * Sets 113 to 116, written while those fixes went in and kept sealed until they were, scored 0.795, 0.784, 0.802
   * and 0.758 F1 with the coder of f3a9de7, the same as with the starting coder; then classes from sets 112 to 116
   * were fixed (an agreement to meet again, states listed after a named "bloc of", what a resolution demands, a
   * clause hung on an agreement's phrase, forces kept or headquartered in a state). Sets 117 to 120, written while
   * those went in and sealed until the coder of 1fcba27, scored 0.806, 0.809, 0.809 and 0.857 (the starting
   * coder: the same, but 0.799 on set 119). Sets 121 to 124, written while a third round went in (a past after a
   * refusal's "and", naval craft, the state a cause moves to act, an office a state is told to close, an
   * organisation whose summit it was), scored 0.674, 0.697, 0.794 and 0.733 with it, the starting coder's scores
   * but for 0.673 on set 121; then set 122 had one class fixed (a list's last comma before its "and": 0.722), and a
   * last round went in (a trade preference ended, money promised, a state named a partner). Sets 125 to 128, written
   * while those went in and sealed until the session's final coder, scored 0.733, 0.907, 0.783 and 0.839 (the
   * starting coder: 0.737, 0.878, 0.783 and 0.792), the first batch in which the session's classes showed. Sets 129
   * to 132 (twenty-seventh session: West Africa and the Sahel, the world outside Africa, Africa beyond the Sahel,
   * Asia and the Gulf) were measured sealed with the session's coder after its first rule (0.739, 0.773, 0.652 and
   * 0.787 F1, the starting coder's scores), then classes from them were fixed (spoken acronyms such as "Ecowas",
   * company after a relative clause, a state chosen for a first trip, a tour's stops, "and with" a second partner,
   * an alliance unveiled, forces redeployed, a unit's plural in a list) along with a story-day rule for dates:
   * 0.802, 0.782, 0.713 and 0.827. Sets 133 to 136, written while those went in and sealed until the session's
   * final coder, scored 0.780, 0.743, 0.777 and 0.878 (the starting coder: 0.784, 0.743, 0.771 and 0.870). Sets
   * 137 to 140 (twenty-eighth session) were measured sealed with the starting coder (0.777, 0.807, 0.857 and 0.878),
   * then classes from them were fixed (a verb after "and" past a relative clause, "in May" no modal, a tour "on"
   * which the subject travels, regional bodies, manoeuvres and co-hosted exercises): 0.777, 0.836, 0.865 and 0.878.
   * Sets 141 to 144, sealed until the session's final coder, scored 0.758, 0.747, 0.736 and 0.715 (the starting
   * coder: 0.758, 0.739, 0.736 and 0.715). Sets 145 to 148 (twenty-ninth session) were measured sealed with the
   * starting coder (0.865, 0.772, 0.791 and 0.865), then classes from them were fixed (a fronted phrase without a
   * comma, a refusal's scope, Libya's GNA, a capital's airport, a "national" with a title, troops that help
   * protect): 0.874, 0.782, 0.784 and 0.896. Sets 149 to 152, sealed until the session's final coder, scored
   * 0.882, 0.763, 0.808 and 0.849, the starting coder's scores. Sets 153 to 156 (thirtieth session) were measured
   * sealed with the starting coder (0.764, 0.767, 0.654 and 0.814), then classes from them were fixed (arms named by
   * their system, a guest received in an object relative clause, a second "in" that locates a place, a title held
   * "then", envoys who left their post, a surname the article named in full, the states a group leaves out): 0.786,
   * 0.809, 0.774 and 0.852. Sets 157 to 160, sealed until the session's first landing, scored 0.708, 0.810, 0.823
   * and 0.823, the starting coder's scores; sets 161 to 164, sealed until its final coder, scored 0.776, 0.782,
   * 0.722 and 0.790 (the starting coder: 0.763, 0.782, 0.722 and 0.790). Sets 165 to 168 (thirty-first session)
   * were measured sealed with the starting coder (0.845, 0.754, 0.737 and 0.726), then classes from them were fixed
   * (deals announced or quit, agreements named without their parties, envoys stripped of status or immunity, guests
   * of another's gathering, company set off by commas, a consulate in a city, a refusal after "which"): 0.883,
   * 0.788, 0.759 and 0.796. Sets 169 to 172, sealed until the session's final coder, scored 0.670, 0.763, 0.853 and
   * 0.770 (the starting coder: 0.663, 0.751, 0.853 and 0.771). Sets 173 to 176 (thirty-second session) were
   * measured sealed with the starting coder (0.827, 0.788, 0.781 and 0.731; on set 175 it stopped with an internal
   * error at a headline that ends on a state's name, so that score is of the starting coder with that bug fixed),
   * then classes from them were fixed (parties ranked after others, troops operating alongside an army, the three
   * states soldiers rule, a visit told in an aside, a demand over joined infinitives, police sent abroad): 0.864,
   * 0.840, 0.793 and 0.741. Sets 177 to 180, sealed until the session's final coder, scored 0.874, 0.798, 0.665 and
   * 0.863 (the starting coder: 0.874, 0.798, 0.653 and 0.863).
   */
  @Test
  void writtenHeldOutSetsStayAboveTheirFloors(@TempDir Path data) throws Exception {
    java.util.Map<String, double[]> floors = java.util.Map.ofEntries(
        java.util.Map.entry("heldout2", new double[] {0.82, 0.85}),
        java.util.Map.entry("heldout3", new double[] {0.84, 0.88}),
        java.util.Map.entry("heldout4", new double[] {0.78, 0.85}),
        java.util.Map.entry("heldout5", new double[] {0.74, 0.83}),
        java.util.Map.entry("heldout6", new double[] {0.80, 0.90}),
        java.util.Map.entry("heldout7", new double[] {0.86, 0.93}),
        java.util.Map.entry("heldout8", new double[] {0.85, 0.91}),
        java.util.Map.entry("heldout9", new double[] {0.83, 0.91}),
        java.util.Map.entry("heldout10", new double[] {0.80, 0.90}),
        java.util.Map.entry("heldout11", new double[] {0.80, 0.88}),
        java.util.Map.entry("heldout13", new double[] {0.74, 0.85}),
        java.util.Map.entry("heldout14", new double[] {0.78, 0.85}),
        java.util.Map.entry("heldout15", new double[] {0.75, 0.92}),
        java.util.Map.entry("heldout16", new double[] {0.77, 0.88}),
        java.util.Map.entry("heldout17", new double[] {0.89, 0.90}),
        java.util.Map.entry("heldout18", new double[] {0.78, 0.85}),
        java.util.Map.entry("heldout19", new double[] {0.76, 0.82}),
        java.util.Map.entry("heldout20", new double[] {0.69, 0.77}),
        java.util.Map.entry("heldout21", new double[] {0.71, 0.83}),
        java.util.Map.entry("heldout22", new double[] {0.74, 0.86}),
        java.util.Map.entry("heldout23", new double[] {0.84, 0.90}),
        java.util.Map.entry("heldout24", new double[] {0.68, 0.80}),
        java.util.Map.entry("heldout25", new double[] {0.78, 0.85}),
        java.util.Map.entry("heldout26", new double[] {0.82, 0.92}),
        java.util.Map.entry("heldout27", new double[] {0.77, 0.81}),
        java.util.Map.entry("heldout28", new double[] {0.81, 0.85}),
        java.util.Map.entry("heldout29", new double[] {0.90, 0.93}),
        java.util.Map.entry("heldout30", new double[] {0.88, 0.91}),
        java.util.Map.entry("heldout31", new double[] {0.70, 0.77}),
        java.util.Map.entry("heldout32", new double[] {0.75, 0.86}),
        java.util.Map.entry("heldout33", new double[] {0.78, 0.87}),
        java.util.Map.entry("heldout34", new double[] {0.90, 0.93}),
        java.util.Map.entry("heldout35", new double[] {0.91, 0.94}),
        java.util.Map.entry("heldout36", new double[] {0.84, 0.87}),
        java.util.Map.entry("heldout37", new double[] {0.74, 0.74}),
        java.util.Map.entry("heldout38", new double[] {0.75, 0.82}),
        java.util.Map.entry("heldout39", new double[] {0.77, 0.92}),
        java.util.Map.entry("heldout40", new double[] {0.78, 0.83}),
        java.util.Map.entry("heldout41", new double[] {0.81, 0.83}),
        java.util.Map.entry("heldout42", new double[] {0.69, 0.82}),
        java.util.Map.entry("heldout43", new double[] {0.79, 0.91}),
        java.util.Map.entry("heldout44", new double[] {0.79, 0.89}),
        java.util.Map.entry("heldout45", new double[] {0.82, 0.88}),
        java.util.Map.entry("heldout46", new double[] {0.80, 0.94}),
        java.util.Map.entry("heldout47", new double[] {0.87, 0.87}),
        java.util.Map.entry("heldout48", new double[] {0.83, 0.90}),
        java.util.Map.entry("heldout49", new double[] {0.89, 0.93}),
        java.util.Map.entry("heldout50", new double[] {0.82, 0.89}),
        java.util.Map.entry("heldout51", new double[] {0.82, 0.82}),
        java.util.Map.entry("heldout52", new double[] {0.89, 0.95}),
        java.util.Map.entry("heldout53", new double[] {0.87, 0.97}),
        java.util.Map.entry("heldout54", new double[] {0.80, 0.89}),
        java.util.Map.entry("heldout55", new double[] {0.82, 0.87}),
        java.util.Map.entry("heldout56", new double[] {0.76, 0.83}),
        java.util.Map.entry("heldout57", new double[] {0.71, 0.73}),
        java.util.Map.entry("heldout58", new double[] {0.80, 0.94}),
        java.util.Map.entry("heldout59", new double[] {0.76, 0.88}),
        java.util.Map.entry("heldout60", new double[] {0.75, 0.85}),
        java.util.Map.entry("heldout61", new double[] {0.87, 0.92}),
        java.util.Map.entry("heldout62", new double[] {0.79, 0.86}),
        java.util.Map.entry("heldout63", new double[] {0.70, 0.92}),
        java.util.Map.entry("heldout64", new double[] {0.80, 0.86}),
        java.util.Map.entry("heldout65", new double[] {0.76, 0.85}),
        java.util.Map.entry("heldout66", new double[] {0.72, 0.82}),
        java.util.Map.entry("heldout67", new double[] {0.73, 0.77}),
        java.util.Map.entry("heldout68", new double[] {0.79, 0.88}),
        java.util.Map.entry("heldout69", new double[] {0.83, 0.89}),
        java.util.Map.entry("heldout70", new double[] {0.77, 0.91}),
        java.util.Map.entry("heldout71", new double[] {0.79, 0.88}),
        java.util.Map.entry("heldout72", new double[] {0.76, 0.90}),
        java.util.Map.entry("heldout73", new double[] {0.72, 0.80}),
        java.util.Map.entry("heldout74", new double[] {0.77, 0.87}),
        java.util.Map.entry("heldout75", new double[] {0.75, 0.82}),
        java.util.Map.entry("heldout76", new double[] {0.71, 0.78}),
        java.util.Map.entry("heldout77", new double[] {0.87, 0.93}),
        java.util.Map.entry("heldout78", new double[] {0.77, 0.87}),
        java.util.Map.entry("heldout79", new double[] {0.79, 0.88}),
        java.util.Map.entry("heldout80", new double[] {0.83, 0.89}),
        java.util.Map.entry("heldout81", new double[] {0.78, 0.85}),
        java.util.Map.entry("heldout82", new double[] {0.69, 0.85}),
        java.util.Map.entry("heldout83", new double[] {0.80, 0.84}),
        java.util.Map.entry("heldout84", new double[] {0.82, 0.85}),
        java.util.Map.entry("heldout85", new double[] {0.79, 0.85}),
        java.util.Map.entry("heldout86", new double[] {0.73, 0.77}),
        java.util.Map.entry("heldout87", new double[] {0.86, 0.85}),
        java.util.Map.entry("heldout88", new double[] {0.80, 0.84}),
        java.util.Map.entry("heldout89", new double[] {0.76, 0.81}),
        java.util.Map.entry("heldout90", new double[] {0.81, 0.92}),
        java.util.Map.entry("heldout91", new double[] {0.77, 0.78}),
        java.util.Map.entry("heldout92", new double[] {0.77, 0.91}),
        java.util.Map.entry("heldout93", new double[] {0.75, 0.77}),
        java.util.Map.entry("heldout94", new double[] {0.72, 0.76}),
        java.util.Map.entry("heldout95", new double[] {0.84, 0.96}),
        // (precision 0.893 before the thirtieth session; "talks on the sale of F-35 stealth jets … were suspended by
        // Abu Dhabi" now reads as the UAE ending an arms negotiation, which the codebook codes and this gold does not)
        java.util.Map.entry("heldout96", new double[] {0.78, 0.88}),
        java.util.Map.entry("heldout97", new double[] {0.66, 0.72}),
        java.util.Map.entry("heldout98", new double[] {0.72, 0.73}),
        java.util.Map.entry("heldout99", new double[] {0.82, 0.86}),
        java.util.Map.entry("heldout100", new double[] {0.84, 0.87}),
        java.util.Map.entry("heldout101", new double[] {0.86, 0.90}),
        java.util.Map.entry("heldout102", new double[] {0.81, 0.87}),
        java.util.Map.entry("heldout103", new double[] {0.83, 0.93}),
        java.util.Map.entry("heldout104", new double[] {0.84, 0.94}),
        java.util.Map.entry("heldout105", new double[] {0.77, 0.86}),
        java.util.Map.entry("heldout106", new double[] {0.77, 0.74}),
        java.util.Map.entry("heldout107", new double[] {0.72, 0.78}),
        java.util.Map.entry("heldout108", new double[] {0.87, 0.87}),
        java.util.Map.entry("heldout109", new double[] {0.80, 0.89}),
        java.util.Map.entry("heldout110", new double[] {0.81, 0.89}),
        java.util.Map.entry("heldout111", new double[] {0.86, 0.91}),
        java.util.Map.entry("heldout112", new double[] {0.86, 0.87}),
        java.util.Map.entry("heldout113", new double[] {0.79, 0.81}),
        java.util.Map.entry("heldout114", new double[] {0.84, 0.88}),
        java.util.Map.entry("heldout115", new double[] {0.79, 0.91}),
        java.util.Map.entry("heldout116", new double[] {0.75, 0.81}),
        java.util.Map.entry("heldout117", new double[] {0.78, 0.88}),
        java.util.Map.entry("heldout118", new double[] {0.78, 0.83}),
        java.util.Map.entry("heldout119", new double[] {0.78, 0.94}),
        java.util.Map.entry("heldout120", new double[] {0.83, 0.88}),
        java.util.Map.entry("heldout121", new double[] {0.65, 0.72}),
        java.util.Map.entry("heldout122", new double[] {0.70, 0.81}),
        java.util.Map.entry("heldout123", new double[] {0.77, 0.84}),
        java.util.Map.entry("heldout124", new double[] {0.71, 0.79}),
        java.util.Map.entry("heldout125", new double[] {0.71, 0.70}),
        java.util.Map.entry("heldout126", new double[] {0.88, 0.93}),
        java.util.Map.entry("heldout127", new double[] {0.76, 0.80}),
        java.util.Map.entry("heldout128", new double[] {0.81, 0.90}),
        java.util.Map.entry("heldout129", new double[] {0.78, 0.85}),
        java.util.Map.entry("heldout130", new double[] {0.76, 0.86}),
        java.util.Map.entry("heldout131", new double[] {0.69, 0.85}),
        java.util.Map.entry("heldout132", new double[] {0.80, 0.89}),
        java.util.Map.entry("heldout133", new double[] {0.76, 0.76}),
        java.util.Map.entry("heldout134", new double[] {0.72, 0.84}),
        java.util.Map.entry("heldout135", new double[] {0.75, 0.81}),
        java.util.Map.entry("heldout136", new double[] {0.85, 0.86}),
        java.util.Map.entry("heldout137", new double[] {0.75, 0.88}),
        java.util.Map.entry("heldout138", new double[] {0.81, 0.91}),
        java.util.Map.entry("heldout139", new double[] {0.84, 0.86}),
        java.util.Map.entry("heldout140", new double[] {0.85, 0.86}),
        java.util.Map.entry("heldout141", new double[] {0.73, 0.88}),
        java.util.Map.entry("heldout142", new double[] {0.72, 0.87}),
        java.util.Map.entry("heldout143", new double[] {0.71, 0.88}),
        // (precision 0.753 before the thirty-first session; "attended a Nato summit as a guest alongside the leaders
        // of Japan, South Korea and New Zealand" in Madrid now sends those leaders there too, which this gold omits)
        java.util.Map.entry("heldout144", new double[] {0.69, 0.70}),
        java.util.Map.entry("heldout145", new double[] {0.85, 0.90}),
        java.util.Map.entry("heldout146", new double[] {0.76, 0.86}),
        java.util.Map.entry("heldout147", new double[] {0.76, 0.78}),
        java.util.Map.entry("heldout148", new double[] {0.87, 0.93}),
        // (precision 0.932 before the thirty-second session; "Spain's Civil Guard works alongside French, Italian and
        // Portuguese gendarmes to train Nigerien units" is now military cooperation of Spain with each, which this
        // gold does not code)
        java.util.Map.entry("heldout149", new double[] {0.86, 0.90}),
        java.util.Map.entry("heldout150", new double[] {0.74, 0.79}),
        java.util.Map.entry("heldout151", new double[] {0.78, 0.83}),
        java.util.Map.entry("heldout152", new double[] {0.82, 0.89}),
        java.util.Map.entry("heldout153", new double[] {0.76, 0.87}),
        java.util.Map.entry("heldout154", new double[] {0.78, 0.81}),
        java.util.Map.entry("heldout155", new double[] {0.74, 0.76}),
        java.util.Map.entry("heldout156", new double[] {0.80, 0.80}),
        java.util.Map.entry("heldout157", new double[] {0.68, 0.76}),
        java.util.Map.entry("heldout158", new double[] {0.79, 0.94}),
        java.util.Map.entry("heldout159", new double[] {0.80, 0.82}),
        java.util.Map.entry("heldout160", new double[] {0.80, 0.80}),
        java.util.Map.entry("heldout161", new double[] {0.75, 0.76}),
        java.util.Map.entry("heldout162", new double[] {0.76, 0.76}),
        java.util.Map.entry("heldout163", new double[] {0.70, 0.83}),
        java.util.Map.entry("heldout164", new double[] {0.77, 0.85}),
        java.util.Map.entry("heldout165", new double[] {0.86, 0.94}),
        java.util.Map.entry("heldout166", new double[] {0.76, 0.84}),
        java.util.Map.entry("heldout167", new double[] {0.73, 0.94}),
        java.util.Map.entry("heldout168", new double[] {0.77, 0.91}),
        java.util.Map.entry("heldout169", new double[] {0.65, 0.85}),
        java.util.Map.entry("heldout170", new double[] {0.74, 0.84}),
        java.util.Map.entry("heldout171", new double[] {0.83, 0.92}),
        java.util.Map.entry("heldout172", new double[] {0.75, 0.84}),
        java.util.Map.entry("heldout173", new double[] {0.84, 0.88}),
        java.util.Map.entry("heldout174", new double[] {0.82, 0.88}),
        java.util.Map.entry("heldout175", new double[] {0.77, 0.80}),
        java.util.Map.entry("heldout176", new double[] {0.72, 0.86}),
        java.util.Map.entry("heldout177", new double[] {0.85, 0.94}),
        java.util.Map.entry("heldout178", new double[] {0.77, 0.92}),
        java.util.Map.entry("heldout179", new double[] {0.64, 0.76}),
        java.util.Map.entry("heldout180", new double[] {0.84, 0.89}));
    for (String set : new java.util.TreeSet<>(floors.keySet())) {
      EvalReport report = score(set, data.resolve(set));
      assertThat(report.f1()).as(set + " " + report.toJson()).isGreaterThanOrEqualTo(floors.get(set)[0]);
      assertThat(report.precision()).as(set + " " + report.toJson()).isGreaterThanOrEqualTo(floors.get(set)[1]);
    }
  }
}
