-- A revert: the files of an earlier revision uploaded again with a later effective date are a revision
-- of their own (same content hash, its own date and note), so one policy may hold the same hash twice.
-- The upload refuses only content that is already the revision in force on the requested date.
alter table policy_revision drop constraint if exists policy_revision_policy_id_sha256_key;
create index policy_revision_content on policy_revision (policy_id, sha256);
