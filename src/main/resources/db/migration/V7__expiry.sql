-- When an article leaves the site (Hugo's expiryDate), as its source last said; a build compares it with the clock.
ALTER TABLE article ADD COLUMN expires_at TEXT;
