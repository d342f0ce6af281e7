package dev.assay.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.api.auth.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web pages in a real headless Chromium against a real server: the key prompt, grading a pasted
 * calibration answer with its spans highlighted, a finding scrolling its span into view, a batch
 * upload's progress bar, the grade book download, search snippets, the shareable evaluation page,
 * roles, accessibility basics, and both widths. Screenshots of every page land in
 * {@code target/screenshots}.
 */
class WebPagesTest {
  static final Path CALIBRATION = Path.of("..", "rules", "src", "test", "resources", "calibration");
  static final String COHORT = "fall-24";

  static TestServer t;
  static Chromium browser;
  static String instructor;
  static String student;
  /** Seeded evaluation ids by candidate. */
  static final Map<String, String> seeded = new java.util.LinkedHashMap<>();

  /** Whether an element is inside the viewport and inside every scrolling box around it. */
  static final String VISIBLE =
      """
      const e = arguments[0], r = e.getBoundingClientRect();
      if (r.height === 0 || r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return false;
      for (let p = e.parentElement; p; p = p.parentElement) {
        if (/(auto|scroll|hidden)/.test(getComputedStyle(p).overflowY)) {
          const q = p.getBoundingClientRect();
          if (r.bottom <= q.top || r.top >= q.bottom) return false;
        }
      }
      return true;
      """;

  /** Every visible text whose colour contrasts less than 4.5:1 with the background behind it. */
  static final String LOW_CONTRAST =
      """
      const rgb = s => { const m = s.match(/rgba?\\(([^)]+)\\)/); const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
                         return { c: p.slice(0, 3), a: p.length > 3 ? p[3] : 1 }; };
      const lum = c => { const v = c.map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
                         return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
      const back = e => { for (let n = e; n; n = n.parentElement) { const b = rgb(getComputedStyle(n).backgroundColor); if (b.a > 0.5) return b.c; }
                          return [255, 255, 255]; };
      const bad = [], seen = new Set();
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (w.nextNode()) {
        const e = w.currentNode.parentElement;
        if (!w.currentNode.textContent.trim() || seen.has(e)) continue;
        seen.add(e);
        if (e.getClientRects().length === 0 || getComputedStyle(e).visibility === 'hidden' || e.closest('.visually-hidden')) continue;
        const st = getComputedStyle(e);
        const fg = rgb(e.closest('svg') ? st.fill : st.color).c, bg = back(e);
        const a = lum(fg), b = lum(bg), ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        if (ratio < 4.5) bad.push(e.tagName + ' "' + e.textContent.trim().slice(0, 40) + '" ' + ratio.toFixed(2));
      }
      return bad;
      """;

  /** Form controls with no label. */
  static final String UNLABELLED =
      """
      return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
        .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
        .map(e => e.id || e.outerHTML.slice(0, 80));
      """;

  @BeforeAll
  static void start() {
    t = TestServer.start();
    instructor = t.key(Role.INSTRUCTOR, List.of(COHORT), null);
    student = t.key(Role.STUDENT, List.of(COHORT), "stu");
    seed("ada", "cal-01.md", "payment-fraud");
    seed("ben", "cal-05.md", "ad-click-prediction");
    seed("cat", "cal-12.md", "event-recommendation");
    browser = Chromium.start();
  }

  @AfterAll
  static void stop() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      t.close();
    }
  }

  private static void seed(String candidate, String file, String prompt) {
    TestServer.Response r =
        t.post("/v1/evaluations", instructor, TestServer.submission("answer", calibration(file), "candidateId", candidate, "promptId", prompt));
    assertEquals(201, r.status(), r.toString());
    seeded.put(candidate, r.json().get("id").asText());
  }

  static String calibration(String file) {
    try {
      return Files.readString(CALIBRATION.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String url(String path) {
    return t.uri(path).toString();
  }

  /** Opens a page of the server with this key already in the tab's session, as after the prompt. */
  private static void open(String path, String key) {
    browser.driver.get(url("/health"));
    browser.js("sessionStorage.clear(); if (arguments[0]) sessionStorage.setItem('assay.key', arguments[0]);", key);
    browser.driver.get(url(path));
  }

  private static WebElement byId(String id) {
    return browser.driver.findElement(By.id(id));
  }

  private static WebElement waitVisible(String id) {
    return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  private static void waitText(String id, String part) {
    browser.waiting().until(d -> d.findElement(By.id(id)).getText().contains(part));
  }

  private static boolean visible(WebElement e) {
    return (Boolean) browser.js(VISIBLE, e);
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(String script, Object... args) {
    return (List<String>) browser.js(script, args);
  }

  private static String fmt(double x) {
    String s = String.format(Locale.ROOT, "%.1f", x);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  @Test
  void thePageAsksForTheKeyOnceAndRefusesAWrongOneInWords() {
    open("/", null);
    WebElement dialog = waitVisible("key-dialog");
    assertEquals("Grade an answer", browser.driver.findElement(By.tagName("h1")).getText(), "the page itself loads without a key");
    assertTrue(dialog.getDomAttribute("open") != null);
    browser.screenshot("key-prompt", false);

    byId("key-input").sendKeys("ak_not-a-real-key");
    byId("key-submit").click();
    waitText("key-error", "not accepted");
    assertTrue(byId("key-error").getText().contains("unknown or revoked key"), byId("key-error").getText());
    assertTrue(dialog.isDisplayed(), "a refused key keeps the prompt open");

    byId("key-input").clear();
    byId("key-input").sendKeys(instructor + Keys.ENTER);
    browser.waiting().until(ExpectedConditions.invisibilityOf(dialog));
    waitText("who-text", "instructor");
    assertTrue(byId("who-text").getText().contains(COHORT));
    assertEquals(instructor, browser.js("return sessionStorage.getItem('assay.key')"));

    browser.driver.get(url("/search.html"));
    waitText("who-text", "instructor");
    assertFalse(byId("key-dialog").isDisplayed(), "asked once per browser session");

    browser.js("sessionStorage.setItem('assay.key', 'ak_revoked-meanwhile')");
    browser.driver.get(url("/search.html"));
    waitText("key-error", "refused");
    assertTrue(byId("key-dialog").isDisplayed(), "a key that stops working asks again");
  }

  @Test
  void aStudentKeyUploadsAndGradesAsItsCandidateAndIsRefusedInWordsElsewhere() {
    open("/", student);
    waitText("who-text", "student");
    List<WebElement> nav = browser.driver.findElements(By.cssSelector(".top nav li"));
    assertEquals(List.of("Grade"), nav.stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList());
    assertFalse(byId("who-fields").isDisplayed(), "a student submits as the candidate on the key");

    // A student uploads an answer file and grades it under the candidate on the key.
    String answer = calibration("cal-02.md");
    browser.waiting().until(d -> !d.findElements(By.cssSelector("#prompt option[value='payment-fraud']")).isEmpty());
    new Select(byId("prompt")).selectByValue("payment-fraud");
    byId("answer-file").sendKeys(CALIBRATION.resolve("cal-02.md").toAbsolutePath().normalize().toString());
    browser.waiting().until(d -> answer.equals(byId("answer").getDomProperty("value")));
    byId("grade-button").click();
    waitVisible("total");
    assertTrue(byId("share").getText().contains("for candidate stu in cohort " + COHORT), byId("share").getText());

    browser.driver.get(url("/cohort.html?cohort=" + COHORT));
    waitText("cohort-error", "Not allowed");
    assertTrue(byId("cohort-error").getText().contains("student"), byId("cohort-error").getText());
    assertFalse(byId("cohort-view").isDisplayed());

    browser.driver.get(url("/search.html?q=baseline"));
    waitText("search-error", "Not allowed");

    browser.driver.get(url("/evaluation.html?id=" + seeded.get("ada")));
    waitText("evaluation-error", "no such evaluation");
  }

  @Test
  void gradingAPastedCalibrationAnswerShowsItsScoreAndHighlightsEveryEvidenceSpan() {
    String answer = calibration("cal-18.md");
    browser.viewport(1280, 900);
    open("/", instructor);
    browser.waiting().until(d -> !d.findElements(By.cssSelector("#prompt option[value='payment-fraud']")).isEmpty());
    new Select(byId("prompt")).selectByValue("payment-fraud");
    byId("candidate").sendKeys("web-dan");
    byId("answer").click();
    browser.driver.executeCdpCommand("Input.insertText", Map.of("text", answer)); // as a paste does
    byId("grade-button").click();
    waitVisible("total");

    String id = byId("share-link").getText();
    JsonNode ev = t.get("/v1/evaluations/" + id, instructor).json();
    assertEquals(answer, t.get("/v1/evaluations/" + id + "/answer", instructor).json().get("answer").asText(), "the pasted answer arrives intact");
    assertEquals("web-dan", ev.get("candidateId").asText());
    assertEquals(COHORT, ev.get("cohortId").asText());
    assertEquals(fmt(ev.get("score").get("total").asDouble()), byId("total").getText());
    assertEquals(ev.get("score").get("grade").asText(), byId("grade").getText());
    assertEquals(ev.get("score").get("gradeLabel").asText(), byId("grade-label").getText());
    assertEquals(7, browser.driver.findElements(By.cssSelector("#step-bars li")).size());

    // The checklist shows every criterion with its status in words.
    List<WebElement> items = browser.driver.findElements(By.cssSelector("#criteria li[data-criterion]"));
    List<String> expected = new ArrayList<>();
    ev.get("steps").forEach(s -> s.get("criteria").forEach(c -> expected.add(c.get("id").asText() + "=" + c.get("status").asText())));
    assertEquals(expected, items.stream().map(li -> li.getDomAttribute("data-criterion") + "=" + li.getDomAttribute("data-status")).toList());
    assertTrue(items.stream().allMatch(li -> !li.findElement(By.className("status")).getText().isBlank()), "status in words, not colour alone");

    // Every mark is a piece of the answer at its offsets, and every evidence span is covered.
    List<String> marks = list(
        "return [...document.querySelectorAll('#answer-text mark.hl')].map(m => m.dataset.start + ':' + m.dataset.end + ':' + m.dataset.kind + ':' + m.textContent)");
    assertTrue(marks.size() > 5, marks.toString());
    boolean[] covered = new boolean[answer.length()];
    Set<String> kinds = new HashSet<>();
    for (String m : marks) {
      String[] p = m.split(":", 4);
      int start = Integer.parseInt(p[0]);
      int end = Integer.parseInt(p[1]);
      assertEquals(answer.substring(start, end), p[3]);
      kinds.add(p[2]);
      for (int i = start; i < end; i++) {
        covered[i] = true;
      }
    }
    assertTrue(kinds.containsAll(Set.of("met", "violated")), kinds.toString());
    assertEquals(answer, byId("answer-text").getDomProperty("textContent"), "the whole answer is shown, untouched");
    ev.get("steps").forEach(s -> s.get("criteria").forEach(c -> c.get("evidence").forEach(span -> {
      if (!c.get("status").asText().equals("missing") && !c.get("status").asText().equals("not_applicable")) {
        for (int i = span.get("start").asInt(); i < span.get("end").asInt(); i++) {
          assertTrue(covered[i], c.get("id") + " evidence at " + i + " is highlighted");
        }
      }
    })));
    browser.js("document.getElementById('score-title').scrollIntoView()");
    browser.screenshot("grade-1280", false);

    // Clicking the finding furthest down the answer scrolls its span into view and flashes it.
    JsonNode findings = ev.get("findings");
    int last = -1;
    int first = -1;
    for (int i = 0; i < findings.size(); i++) {
      JsonNode spans = findings.get(i).get("spans");
      if (spans.isEmpty()) {
        continue;
      }
      int at = spans.get(0).get("start").asInt();
      if (last < 0 || at > findings.get(last).get("spans").get(0).get("start").asInt()) {
        last = i;
      }
      if (first < 0 || at < findings.get(first).get("spans").get(0).get("start").asInt()) {
        first = i;
      }
    }
    assertTrue(last >= 0 && first != last, "cal-18 has findings with spans in different places");
    assertFindingScrollsToItsSpan(last, findings.get(last), false);
    assertFindingScrollsToItsSpan(first, findings.get(first), true);
    assertEquals(List.of(), list(UNLABELLED), "every form control has a label");
    assertEquals(List.of(), list(LOW_CONTRAST), "text contrast at least 4.5:1");
    assertEquals(
        0L,
        browser.js("return [...document.querySelectorAll('.finding[data-finding]')].filter(b => b.tagName !== 'BUTTON').length"),
        "findings are buttons, so keyboards reach them");
    // A phone: one column, no sideways scrolling, and findings still scroll to their spans.
    assertNoSidewaysScrollAt390();
    browser.js("window.scrollTo(0, 0)");
    assertFindingScrollsToItsSpan(last, findings.get(last), false);
    browser.js("document.getElementById('score-title').scrollIntoView()");
    browser.screenshot("grade-390", false);
    browser.viewport(1280, 900);
  }

  /** Narrows the viewport to a phone's 390 px and checks that the page does not scroll sideways; stays narrow. */
  private static void assertNoSidewaysScrollAt390() {
    browser.viewport(390, 844);
    browser.waiting().until(d -> (Long) browser.js("return document.documentElement.clientWidth") == 390L);
    assertTrue((Boolean) browser.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
        "no horizontal scroll at 390 px on " + browser.driver.getCurrentUrl() + ": " + browser.js("return document.documentElement.scrollWidth"));
  }

  private static void assertFindingScrollsToItsSpan(int index, JsonNode finding, boolean keyboard) {
    int start = finding.get("spans").get(0).get("start").asInt();
    WebElement mark =
        browser.driver.findElements(By.cssSelector("#answer-text mark.hl")).stream()
            .filter(m -> List.of(m.getDomAttribute("data-findings").split(" ")).contains(Integer.toString(index)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no mark for finding " + index));
    assertEquals(start, Integer.parseInt(mark.getDomAttribute("data-start")));
    WebElement button = browser.driver.findElement(By.cssSelector("button.finding[data-finding='" + index + "']"));
    browser.js("arguments[0].scrollIntoView({block: 'center'})", button);
    if (!keyboard) {
      assertFalse(visible(mark), "the span of finding " + finding.get("ruleId") + " starts out of view");
      button.click();
    } else {
      button.sendKeys(Keys.ENTER);
    }
    browser.waiting().until(d -> mark.getDomAttribute("class").contains("flash"));
    assertTrue(visible(mark), "the span of " + finding.get("ruleId") + " is scrolled into view");
    assertEquals(mark, browser.driver.switchTo().activeElement(), "focus moves to the span");
  }

  @Test
  void aBatchUploadShowsItsProgressToTheEndAndTheGradeBookDownloads() throws IOException {
    browser.viewport(1280, 900);
    open("/cohort.html", instructor);
    waitVisible("cohort-view");
    assertEquals(COHORT, byId("cohort-id").getDomProperty("value"), "an instructor of one cohort lands on it");

    Path jsonl = Files.createTempFile("assay-batch", ".jsonl");
    try {
      String lines = String.join("\n",
          TestServer.submission("answer", Answers.FRAUD, "candidateId", "batch-1", "promptId", "payment-fraud"),
          TestServer.submission("answer", Answers.FEED, "candidateId", "batch-2"),
          TestServer.submission("answer", Answers.ACCURACY, "candidateId", "batch-3"),
          "{\"candidateId\": \"batch-4\"}") + "\n";
      Files.writeString(jsonl, lines, StandardCharsets.UTF_8);
      byId("batch-file").sendKeys(jsonl.toAbsolutePath().toString());
      byId("batch-upload").click();
      WebElement progress = waitVisible("batch-progress");
      browser.waiting().until(d -> "done".equals(progress.getDomAttribute("data-state")));
    } finally {
      Files.delete(jsonl);
    }
    WebElement progress = byId("batch-progress");
    assertEquals("4", progress.getDomProperty("max"));
    assertEquals("4", progress.getDomProperty("value"));
    assertEquals("Done: 3 of 4 graded, 1 failed.", byId("batch-status").getText());
    assertTrue(byId("batch-failures").getText().startsWith("Line 4: answer"), byId("batch-failures").getText());

    // The table lists each candidate once, linking to the latest evaluation, and sorts.
    browser.waiting().until(d -> d.findElements(By.cssSelector("#candidates tbody tr")).size() >= 7);
    JsonNode rows = t.get("/v1/cohorts/" + COHORT + "/candidates", instructor).json().get("candidates");
    assertEquals(rows.size(), browser.driver.findElements(By.cssSelector("#candidates tbody tr")).size());
    Set<String> shown = new HashSet<>(list("return [...document.querySelectorAll('#candidates tbody th a')].map(a => a.textContent)"));
    assertTrue(shown.containsAll(List.of("ada", "ben", "cat", "batch-1", "batch-2", "batch-3")), shown.toString());
    assertFalse(shown.contains("batch-4"));
    WebElement totalHeader = browser.driver.findElement(By.cssSelector("#candidates-head th[data-key='total'] button"));
    totalHeader.click();
    List<Double> up = totals();
    assertEquals(up.stream().sorted().toList(), up);
    assertEquals("ascending", browser.driver.findElement(By.cssSelector("#candidates-head th[data-key='total']")).getDomAttribute("aria-sort"));
    browser.driver.findElement(By.cssSelector("#candidates-head th[data-key='total'] button")).click();
    List<Double> down = new ArrayList<>(totals());
    java.util.Collections.reverse(down);
    assertEquals(up, down);
    String href = browser.driver.findElement(By.cssSelector("#candidates tbody th a")).getDomAttribute("href");
    assertTrue(href.startsWith("/evaluation.html?id=ev_"), href);

    // The chart and the counts agree with the report.
    JsonNode report = t.get("/v1/cohorts/" + COHORT + "/report", instructor).json();
    List<String> bars = list("return [...document.querySelectorAll('#grade-chart rect.chart-bar')].map(r => r.dataset.grade + '=' + r.dataset.count)");
    List<String> want = new ArrayList<>();
    report.get("grades").forEach(g -> want.add(g.get("grade").asText() + "=" + g.get("count").asText()));
    assertEquals(want, bars);
    assertEquals(report.get("mostMissing").size(), browser.driver.findElements(By.cssSelector("#most-missing li")).size());
    assertTrue(byId("most-missing").getText().contains(report.get("mostMissing").get(0).get("criterion").asText()));
    assertEquals(7, browser.driver.findElements(By.cssSelector("#step-means li")).size());
    assertEquals(List.of(), list(UNLABELLED));
    assertEquals(List.of(), list(LOW_CONTRAST));
    browser.screenshot("cohort", true);
    assertNoSidewaysScrollAt390();
    browser.viewport(1280, 900);

    byId("download-csv").click();
    Path csv = browser.downloads.resolve("gradebook-" + COHORT + ".csv");
    browser.waiting().until(d -> Files.exists(csv) && noPartialDownloads());
    List<String> csvLines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertTrue(csvLines.get(0).startsWith("candidateId,evaluationId,createdAt,total,grade,gradeLabel,requirements"), csvLines.get(0));
    assertEquals(rows.size() + 1, csvLines.size());
    assertEquals(t.get("/v1/cohorts/" + COHORT + "/gradebook.csv", instructor).body(), Files.readString(csv, StandardCharsets.UTF_8));
  }

  private static boolean noPartialDownloads() {
    try (Stream<Path> files = Files.list(browser.downloads)) {
      return files.noneMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Double> totals() {
    return browser.driver.findElements(By.cssSelector("#candidates tbody tr td:nth-of-type(1)")).stream().map(e -> Double.parseDouble(e.getText())).toList();
  }

  @Test
  void searchShowsHighlightedSnippetsThatLinkToTheEvaluations() {
    browser.viewport(1280, 900);
    open("/search.html", instructor);
    waitText("who-text", "instructor");
    byId("q").sendKeys("baseline" + Keys.ENTER);
    browser.waiting().until(d -> !d.findElements(By.cssSelector("#results .hit")).isEmpty());
    JsonNode api = t.get("/v1/search?q=baseline&limit=20", instructor).json();
    List<String> ids = list("return [...document.querySelectorAll('#results .hit')].map(h => h.dataset.evaluation)");
    List<String> apiIds = new ArrayList<>();
    api.get("results").forEach(h -> apiIds.add(h.get("id").asText()));
    assertEquals(apiIds, ids);
    assertTrue(byId("search-count").getText().startsWith(api.get("matched").asText() + " answer"), byId("search-count").getText());
    List<String> marked = list("return [...document.querySelectorAll('#results .snippet mark')].map(m => m.textContent)");
    assertFalse(marked.isEmpty());
    assertTrue(marked.stream().allMatch(m -> m.toLowerCase(Locale.ROOT).startsWith("baseline")), marked.toString());
    String href = browser.driver.findElement(By.cssSelector("#results .hit h2 a")).getDomAttribute("href");
    assertEquals("/evaluation.html?id=" + ids.get(0), href);
    assertTrue(browser.driver.getCurrentUrl().endsWith("?q=baseline"), "the search is in the address, so it can be shared");
    browser.screenshot("search", true);
    assertNoSidewaysScrollAt390();
    browser.viewport(1280, 900);

    byId("q").clear();
    byId("q").sendKeys("\"unclosed" + Keys.ENTER);
    waitText("search-error", "not a valid query");
    assertTrue(byId("search-error").getText().contains("field: q"), byId("search-error").getText());
  }

  @Test
  void theEvaluationPageIsShareablePrintableAndListsSimilarAnswers() {
    browser.viewport(1280, 900);
    String id = seeded.get("ada");
    open("/evaluation.html?id=" + id, instructor);
    waitVisible("total");
    JsonNode ev = t.get("/v1/evaluations/" + id, instructor).json();
    assertEquals(fmt(ev.get("score").get("total").asDouble()), byId("total").getText());
    assertEquals("Evaluation of ada", byId("evaluation-title").getText());
    assertFalse(browser.driver.findElements(By.cssSelector("#answer-text mark.hl")).isEmpty());
    browser.waiting().until(d -> !d.findElements(By.cssSelector("#similar-list li a")).isEmpty());
    JsonNode similar = t.get("/v1/evaluations/" + id + "/similar?limit=5", instructor).json().get("similar");
    assertEquals(similar.size(), browser.driver.findElements(By.cssSelector("#similar-list li")).size());
    assertEquals(similar.get(0).get("candidateId").asText(), browser.driver.findElement(By.cssSelector("#similar-list li a")).getText());
    assertNotEquals(id, similar.get(0).get("id").asText());
    browser.screenshot("evaluation", false);
    assertNoSidewaysScrollAt390();
    browser.viewport(1280, 900);

    browser.printMedia(true);
    try {
      assertFalse(browser.driver.findElement(By.cssSelector("header.top")).isDisplayed(), "printing drops the navigation");
      assertFalse(byId("print").isDisplayed());
      assertTrue(byId("answer-text").isDisplayed());
      assertEquals("static", browser.js("return getComputedStyle(document.querySelector('.answer-panel')).position"));
    } finally {
      browser.printMedia(false);
    }

    browser.driver.get(url("/evaluation.html?id=ev_000000000000000000000000"));
    waitText("evaluation-error", "no such evaluation");
  }
}
