package dev.assay.engine.quantity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The noun vocabulary: what a count counts, the words that may stand before it, user nouns,
 * compute nouns for per-machine capacity, and the classes a rate can be of.
 */
final class Measures {

  /** Count nouns, singular and plural, to the canonical plural measure. */
  private static final Map<String, String> NOUNS = new HashMap<>();

  /** Rate classes, as written, to the canonical measure of a rate. */
  private static final Map<String, String> RATE_CLASSES = new HashMap<>();

  /** Compute nouns, as written, to the canonical singular used after "-per-". */
  private static final Map<String, String> COMPUTE = new HashMap<>();

  /** Measures that count people. */
  static final Set<String> PEOPLE =
      Words.of(
          "users", "visitors", "customers", "viewers", "players", "shoppers", "members", "people",
          "subscribers", "actives", "dau", "mau", "wau", "riders", "drivers", "passengers", "buyers",
          "sellers", "guests", "readers", "listeners", "learners", "students", "patients", "creators");

  /** Words that may stand between a number and its count noun. */
  private static final Set<String> MODIFIERS =
      Words.of(
          "new", "active", "daily", "monthly", "weekly", "hourly", "unique", "public", "private",
          "historical", "total", "distinct", "raw", "live", "paying", "concurrent", "organic",
          "sponsored", "eligible", "existing", "legitimate", "fraudulent", "human", "manual",
          "online", "offline", "global", "more", "additional", "extra", "fresh", "recent", "past",
          "upcoming", "incoming", "outgoing", "candidate", "feed", "home", "page", "homepage",
          "auth", "fraud", "card", "training", "validation", "test", "holdout", "content", "text",
          "watch", "ranker", "ranking", "model", "eta", "api", "inference", "scoring", "catalogue",
          "catalog", "hard", "clean", "noisy", "unlabeled", "unlabelled", "synthetic", "gold",
          "seed", "pairwise", "short", "long", "full", "high", "low", "quality", "video", "image",
          "search", "user", "ad", "click", "product", "item", "post", "photo", "spam", "toxic",
          "abusive", "harmful", "rare", "positive", "negative", "mobile", "web", "app", "unread",
          "open", "merchant", "payment", "scored", "ml", "partner");

  /** Nouns that name a duration's role when they follow it ("30-day window"). */
  private static final Map<String, String> DURATION_ROLES =
      Map.ofEntries(
          Map.entry("window", "window"),
          Map.entry("windows", "window"),
          Map.entry("retention", "retention"),
          Map.entry("lookback", "lookback"),
          Map.entry("horizon", "horizon"),
          Map.entry("history", "history"),
          Map.entry("timeout", "timeout"),
          Map.entry("interval", "interval"),
          Map.entry("cadence", "interval"),
          Map.entry("delay", "delay"),
          Map.entry("lag", "delay"),
          Map.entry("ttl", "retention"));

  static {
    nouns("users", "user", "users");
    nouns("visitors", "visitor", "visitors");
    nouns("customers", "customer", "customers");
    nouns("viewers", "viewer", "viewers");
    nouns("players", "player", "players");
    nouns("shoppers", "shopper", "shoppers");
    nouns("members", "member", "members");
    nouns("people", "people", "persons");
    nouns("subscribers", "subscriber", "subscribers");
    nouns("riders", "rider", "riders");
    nouns("drivers", "driver", "drivers");
    nouns("passengers", "passenger", "passengers");
    nouns("buyers", "buyer", "buyers");
    nouns("sellers", "seller", "sellers");
    nouns("guests", "guest", "guests");
    nouns("readers", "reader", "readers");
    nouns("listeners", "listener", "listeners");
    nouns("learners", "learner", "learners");
    nouns("students", "student", "students");
    nouns("patients", "patient", "patients");
    nouns("creators", "creator", "creators");
    nouns("actives", "actives");
    nouns("dau", "dau", "daus");
    nouns("mau", "mau", "maus");
    nouns("wau", "wau", "waus");
    nouns("requests", "request", "requests", "req", "reqs");
    nouns("queries", "query", "queries");
    nouns("transactions", "transaction", "transactions", "txn", "txns", "tx");
    nouns("payments", "payment", "payments");
    nouns("authorizations", "authorization", "authorizations", "authorisation", "authorisations",
        "auths");
    nouns("events", "event", "events");
    nouns("items", "item", "items");
    nouns("videos", "video", "videos");
    nouns("clips", "clip", "clips");
    nouns("posts", "post", "posts");
    nouns("images", "image", "images");
    nouns("photos", "photo", "photos");
    nouns("impressions", "impression", "impressions");
    nouns("clicks", "click", "clicks");
    nouns("predictions", "prediction", "predictions");
    nouns("scores", "scores");
    nouns("rows", "row", "rows");
    nouns("ads", "ad", "ads");
    nouns("creatives", "creative", "creatives");
    nouns("candidates", "candidate", "candidates");
    nouns("documents", "document", "documents", "doc", "docs");
    nouns("listings", "listing", "listings");
    nouns("products", "product", "products");
    nouns("skus", "sku", "skus");
    nouns("trips", "trip", "trips");
    nouns("rides", "ride", "rides");
    nouns("sessions", "session", "sessions");
    nouns("uploads", "upload", "uploads");
    nouns("comments", "comment", "comments");
    nouns("messages", "message", "messages");
    nouns("searches", "search", "searches");
    nouns("views", "view", "views", "pageview", "pageviews");
    nouns("loads", "load", "loads");
    nouns("labels", "label", "labels");
    nouns("examples", "example", "examples");
    nouns("samples", "sample", "samples");
    nouns("records", "record", "records");
    nouns("logs", "logs");
    nouns("embeddings", "embedding", "embeddings");
    nouns("vectors", "vector", "vectors");
    nouns("parameters", "parameter", "parameters", "param", "params");
    nouns("layers", "layer", "layers");
    nouns("features", "feature", "features");
    nouns("accounts", "account", "accounts");
    nouns("merchants", "merchant", "merchants");
    nouns("cards", "card", "cards");
    nouns("songs", "song", "songs");
    nouns("tracks", "track", "tracks");
    nouns("reviews", "review", "reviews");
    nouns("annotations", "annotation", "annotations");
    nouns("positives", "positives");
    nouns("negatives", "negatives");
    nouns("calls", "call", "calls");
    nouns("orders", "order", "orders");
    nouns("bookings", "booking", "bookings");
    nouns("places", "place", "places");
    nouns("restaurants", "restaurant", "restaurants");
    nouns("pins", "pin", "pins");
    nouns("tweets", "tweet", "tweets");
    nouns("stories", "story", "stories");
    nouns("reels", "reel", "reels");
    nouns("notifications", "notification", "notifications");
    nouns("emails", "email", "emails");
    nouns("visits", "visit", "visits");
    nouns("sellers", "seller", "sellers");
    nouns("buyers", "buyer", "buyers");
    nouns("drivers", "driver", "drivers");
    nouns("riders", "rider", "riders");
    nouns("frames", "frame", "frames");
    nouns("tokens", "token", "tokens");
    nouns("dimensions", "dimension", "dimensions", "dim", "dims");
    nouns("chargebacks", "chargeback", "chargebacks");
    nouns("reports", "report", "reports");
    nouns("appeals", "appeal", "appeals");
    nouns("lookups", "lookup", "lookups");
    nouns("hits", "hits");
    nouns("plays", "plays");
    nouns("streams", "stream", "streams");
    nouns("downloads", "download", "downloads");
    nouns("installs", "install", "installs");
    nouns("conversions", "conversion", "conversions");
    nouns("purchases", "purchase", "purchases");
    nouns("articles", "article", "articles");
    nouns("apps", "apps");
    nouns("entities", "entity", "entities");
    nouns("classes", "classes");
    nouns("categories", "category", "categories");
    nouns("objects", "objects");
    nouns("faces", "faces");
    nouns("patients", "patient", "patients");
    nouns("loans", "loan", "loans");
    nouns("applications", "applications");
    nouns("claims", "claim", "claims");
    nouns("tickets", "ticket", "tickets");
    nouns("operations", "ops", "operations");
    nouns("edges", "edges");
    nouns("connections", "connection", "connections");
    nouns("friends", "friends");
    nouns("followers", "follower", "followers");
    nouns("pages", "pages");
    nouns("ratings", "rating", "ratings");
    nouns("interactions", "interaction", "interactions");
    nouns("signals", "signals");
    nouns("devices", "devices");
    nouns("sensors", "sensors");
    nouns("routes", "routes");
    nouns("cases", "case", "cases");
    nouns("attempts", "attempt", "attempts");
    nouns("slots", "slot", "slots");
    nouns("tiles", "tile", "tiles");
    nouns("engagements", "engagement", "engagements");
    nouns("likes", "likes");
    nouns("shares", "shares");
    nouns("replies", "reply", "replies");

    rate("fraud", "fraud", "frauds", "fraudulent");
    rate("ctr", "ctr", "ctrs");
    rate("positive", "positive", "positives");
    rate("negative", "negative", "negatives");
    rate("toxic", "toxic", "toxicity");
    rate("spam", "spam", "spammy");
    rate("conversion", "conversion", "conversions", "cvr");
    rate("click", "click", "clicks");
    rate("harmful", "harmful");
    rate("abuse", "abuse", "abusive");
    rate("violation", "violating", "violation", "violations", "violative");
    rate("churn", "churn");
    rate("chargeback", "chargeback", "chargebacks");
    rate("error", "error", "errors");
    rate("bounce", "bounce");
    rate("fallback", "fallback");
    rate("hate", "hate", "hateful");
    rate("nsfw", "nsfw");
    rate("bot", "bot", "bots");
    rate("anomaly", "anomaly", "anomalies", "anomalous");
    rate("default", "default", "defaults");
    rate("precision", "precision");
    rate("recall", "recall");
    rate("accuracy", "accuracy");
    rate("malicious", "malicious");
    rate("scam", "scam", "scams");
    rate("fake", "fake");
    rate("suspicious", "suspicious");
    rate("cancellation", "cancellation", "cancellations");
    rate("dispute", "dispute", "disputes");
    rate("refund", "refund", "refunds");
    rate("misinformation", "misinformation");
    rate("illegal", "illegal");
    rate("fpr", "fpr");
    rate("fnr", "fnr");
    rate("tpr", "tpr");

    compute("pod", "pod", "pods");
    compute("replica", "replica", "replicas");
    compute("gpu", "gpu", "gpus", "a10", "a100", "h100", "t4", "v100", "l4");
    compute("tpu", "tpu", "tpus");
    compute("host", "host", "hosts");
    compute("instance", "instance", "instances");
    compute("node", "node", "nodes");
    compute("machine", "machine", "machines");
    compute("server", "server", "servers");
    compute("worker", "worker", "workers");
    compute("core", "core", "cores");
    compute("cpu", "cpu", "cpus");
    compute("shard", "shard", "shards");
    compute("container", "container", "containers");
    compute("partition", "partition", "partitions");
    compute("consumer", "consumer", "consumers");
    compute("box", "box", "boxes");
  }

  private Measures() {}

  private static void nouns(String canonical, String... forms) {
    for (String form : forms) {
      NOUNS.put(form, canonical);
    }
  }

  private static void rate(String canonical, String... forms) {
    for (String form : forms) {
      RATE_CLASSES.put(form, canonical);
    }
  }

  private static void compute(String canonical, String... forms) {
    for (String form : forms) {
      COMPUTE.put(form, canonical);
    }
  }

  /** The canonical measure of the count noun at token {@code i}, or null. */
  static String noun(TokenSeq t, int i) {
    return t.isWord(i) ? NOUNS.get(t.lower(i)) : null;
  }

  /** The rate class the word at token {@code i} names ("fraudulent" is "fraud"), or null. */
  static String rateClass(TokenSeq t, int i) {
    return t.isWord(i) ? RATE_CLASSES.get(t.lower(i)) : null;
  }

  /** The compute noun at token {@code i} in canonical singular ("replicas" is "replica"). */
  static String compute(TokenSeq t, int i) {
    return t.isWord(i) ? COMPUTE.get(t.lower(i)) : null;
  }

  /** Whether the word at token {@code i} may stand between a number and its count noun. */
  static boolean modifier(TokenSeq t, int i) {
    if (!t.isWord(i)) {
      return false;
    }
    String w = t.lower(i);
    return MODIFIERS.contains(w) || (w.length() >= 5 && w.endsWith("ed"));
  }

  /** The role a duration noun names ("window", "retention", ...), or null. */
  static String durationRole(TokenSeq t, int i) {
    return t.isWord(i) ? DURATION_ROLES.get(t.lower(i)) : null;
  }

  /** Whether a measure counts people. */
  static boolean isPeople(String measure) {
    return PEOPLE.contains(measure);
  }

  /** The active-user measure for a period ("dau" for a day, "mau", "wau"), or null for another period. */
  static String activeUsers(String period) {
    if (period == null) {
      return null;
    }
    switch (period) {
      case "day":
        return "dau";
      case "month":
        return "mau";
      case "week":
        return "wau";
      default:
        return null;
    }
  }
}
