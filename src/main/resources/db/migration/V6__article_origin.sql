-- What each article was first imported from: the identity its source gave (file:posts/a.md for a file's path under
-- its content root, id:… for an id, url:… for a fetched page), or where it was read when its source gave none.
-- NULL for articles stored before this column: a later import of the same file adopts such an article by its old
-- identity (source URL, slug, or source name and title) once, so that re-importing a folder duplicates nothing.
ALTER TABLE article ADD COLUMN origin TEXT;
