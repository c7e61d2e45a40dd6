-- dyad's store: one row per article (identified by the hash of its text), its events and actors as
-- queryable columns plus the full JSON record, and the inputs that failed with their reason.
CREATE TABLE IF NOT EXISTS articles (
    hash        VARCHAR PRIMARY KEY,
    id          VARCHAR NOT NULL,
    title       VARCHAR,
    url         VARCHAR,
    published   DATE,
    origin      VARCHAR,
    text        VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id             VARCHAR PRIMARY KEY,
    article_hash   VARCHAR NOT NULL,
    article_id     VARCHAR NOT NULL,
    source_country VARCHAR,
    source_sector  VARCHAR,
    source_name    VARCHAR,
    target_country VARCHAR,
    target_sector  VARCHAR,
    target_name    VARCHAR,
    cameo_code     VARCHAR NOT NULL,
    cameo_root     VARCHAR NOT NULL,
    quad_class     INTEGER NOT NULL,
    goldstein      DOUBLE NOT NULL,
    plover_type    VARCHAR,
    modality       VARCHAR NOT NULL,
    date_value     VARCHAR,
    date_precision VARCHAR,
    event_date     DATE,
    confidence     DOUBLE NOT NULL,
    sentence       VARCHAR NOT NULL,
    record         JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS actors (
    id           VARCHAR PRIMARY KEY,
    article_hash VARCHAR NOT NULL,
    name         VARCHAR,
    kind         VARCHAR,
    country      VARCHAR,
    sector       VARCHAR,
    record       JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS failures (
    origin    VARCHAR NOT NULL,
    reason    VARCHAR NOT NULL,
    failed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (origin, reason)
);
-- Quotes: what a speaker said in an article (filled by the quote stage); empty until then.
CREATE TABLE IF NOT EXISTS quotes (
    id              VARCHAR PRIMARY KEY,
    article_hash    VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    speaker_name    VARCHAR,
    speaker_country VARCHAR,
    speaker_sector  VARCHAR,
    kind            VARCHAR,
    text            VARCHAR NOT NULL,
    record          JSON NOT NULL
);
-- Places named in an article (the dateline among them) and its time expressions, resolved.
CREATE TABLE IF NOT EXISTS places (
    id           VARCHAR PRIMARY KEY,
    article_hash VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    name         VARCHAR,
    country      VARCHAR,
    admin1       VARCHAR,
    lat          DOUBLE,
    lon          DOUBLE,
    dateline     BOOLEAN,
    record       JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS times (
    id           VARCHAR PRIMARY KEY,
    article_hash VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    text         VARCHAR,
    value        VARCHAR,
    precision    VARCHAR,
    record       JSON NOT NULL
);
-- Indexes for the dashboard and analytics (dyad look-ups, article pages, time ranges).
CREATE INDEX IF NOT EXISTS events_dyad ON events (source_country, target_country);
CREATE INDEX IF NOT EXISTS events_article ON events (article_hash);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_hash);
