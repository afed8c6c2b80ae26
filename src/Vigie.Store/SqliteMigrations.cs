namespace Vigie.Store;

/// <summary>
/// The SQLite store's schema, as numbered steps. A new version appends a step; applied steps are never
/// edited. The <c>migrations</c> table records which steps a file has. Events stored before
/// step 3 get their corpus event when the store is opened (<see cref="SqlCorpusStore"/>).
/// </summary>
internal static class SqliteMigrations
{
    public static readonly (int Version, string Name, string Sql)[] Steps =
    [
        (1, "documents, layers and events", """
            CREATE TABLE documents (
                id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL,
                lang TEXT, date TEXT, title TEXT, url TEXT, source TEXT,
                text TEXT NOT NULL,
                body_start INTEGER NOT NULL, body_end INTEGER NOT NULL,
                ingested_at TEXT NOT NULL);
            CREATE INDEX documents_hash ON documents(content_hash);
            CREATE TABLE entities (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
                span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,
                type TEXT NOT NULL, code TEXT, country TEXT, name TEXT,
                PRIMARY KEY (doc_id, ordinal));
            CREATE TABLE timex (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
                span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,
                type TEXT NOT NULL, value TEXT NOT NULL,
                PRIMARY KEY (doc_id, ordinal));
            CREATE TABLE amounts (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
                span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,
                value REAL, qualifier TEXT NOT NULL, unit TEXT,
                PRIMARY KEY (doc_id, ordinal));
            CREATE TABLE quotes (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
                span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,
                speaker TEXT, speaker_code TEXT, verb TEXT,
                PRIMARY KEY (doc_id, ordinal));
            CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
                source_text TEXT, source_code TEXT, source_country TEXT, source_name TEXT,
                target_text TEXT, target_code TEXT, target_country TEXT, target_name TEXT,
                cameo TEXT NOT NULL, root TEXT NOT NULL,
                date TEXT, date_first TEXT, date_last TEXT, date_source TEXT NOT NULL,
                modality TEXT NOT NULL,
                reported_by_text TEXT, reported_by_code TEXT, reported_by_country TEXT,
                location_text TEXT, location_name TEXT, location_country TEXT, location_lat REAL, location_lon REAL,
                rule TEXT NOT NULL,
                UNIQUE (doc_id, ordinal));
            CREATE INDEX events_source ON events(source_code, source_country);
            CREATE INDEX events_target ON events(target_code, target_country);
            CREATE INDEX events_cameo ON events(cameo);
            CREATE INDEX events_date ON events(date_first, date_last);
            CREATE TABLE event_mentions (
                event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
                sentence INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, trigger TEXT NOT NULL,
                PRIMARY KEY (event_id, ordinal));
            """),
        (2, "full-text search over documents", """
            CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
            INSERT INTO documents_fts(rowid, title, text) SELECT rowid, title, text FROM documents;
            CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
                INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
            END;
            CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
                INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
            END;
            """),
        (3, "corpus events", """
            CREATE TABLE corpus_events (
                id INTEGER PRIMARY KEY,
                key TEXT NOT NULL UNIQUE,
                source_code TEXT, source_name TEXT, source_country TEXT,
                target_code TEXT, target_name TEXT, target_country TEXT,
                cameo TEXT NOT NULL, root TEXT NOT NULL,
                date TEXT, date_first TEXT, date_last TEXT,
                location_name TEXT, location_country TEXT, location_lat REAL, location_lon REAL,
                num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,
                first_seen TEXT, last_seen TEXT, first_url TEXT);
            CREATE INDEX corpus_events_source ON corpus_events(source_code, source_country);
            CREATE INDEX corpus_events_target ON corpus_events(target_code, target_country);
            CREATE INDEX corpus_events_cameo ON corpus_events(cameo);
            CREATE INDEX corpus_events_date ON corpus_events(date_first, date_last);
            ALTER TABLE events ADD COLUMN corpus_event_id INTEGER REFERENCES corpus_events(id);
            CREATE INDEX events_corpus ON events(corpus_event_id);
            """),
        (4, "when corpus events were added", """
            ALTER TABLE corpus_events ADD COLUMN added_at TEXT;
            UPDATE corpus_events SET added_at = (SELECT min(d.ingested_at) FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.corpus_event_id = corpus_events.id);
            """),
        (5, "tone of documents and corpus events", """
            ALTER TABLE documents ADD COLUMN tone REAL;
            ALTER TABLE corpus_events ADD COLUMN avg_tone REAL;
            """),
    ];
}
